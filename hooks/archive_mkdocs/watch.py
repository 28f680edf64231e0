"""`mkdocs serve` rebuilds on the system's change notifications (inotify, through watchdog,
which MkDocs already uses) instead of MkDocs 1.6's polling, and not for the files the build
writes itself.

MkDocs 1.6's server polls what it watches: every 0.5 s it lists every file, which with
thousands of statements and generated pages took a good part of the interpreter's time while a
rebuild ran, and saw a save up to 0.5 s late (benchmarks/README.md). Notifications cost nothing
while nothing changes.

Contract: a rebuild follows a file written, added, removed or moved under the statements or
docs/, except the files `is_ours` says the build wrote (its pages, the addresses file): each
of those writes would otherwise start a second rebuild after every change. Where
notifications cannot start (a file system without them, the watch limit reached), the
server's polling watch stays, with the same filter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.archive")

# The changes a rebuild follows: a file written, added, removed or moved (not a file opened
# or read: each build reads every statement).
_CHANGES = (
    "FileCreatedEvent",
    "FileModifiedEvent",
    "FileClosedEvent",
    "FileDeletedEvent",
    "FileMovedEvent",
    "DirCreatedEvent",
    "DirDeletedEvent",
    "DirMovedEvent",
)


def watch(server, folders: list[Path], docs: Path, is_ours: Callable[[Path], bool]):
    """Watch `folders` (the statements, docs/) for the server; returns the observer to stop
    at shutdown, or None when the server's own polling watch is used."""
    import watchdog.events
    import watchdog.observers

    def on_any_event(event) -> None:
        if isinstance(event, watchdog.events.DirModifiedEvent):
            return  # a file in it changed: that file's own event follows
        paths = [Path(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(is_ours(p) for p in paths):
            return
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    handler = watchdog.events.FileSystemEventHandler()
    handler.on_any_event = on_any_event
    changes = [getattr(watchdog.events, name) for name in _CHANGES]
    observer = watchdog.observers.Observer()
    try:
        for folder in folders:
            observer.schedule(handler, str(folder), recursive=True, event_filter=changes)
        observer.start()
    except OSError as exc:
        log.info("archive: %s; statements and docs/ watched by polling", exc)
        observer = None
    server.unwatch(str(docs))
    if observer is None:
        for folder in folders:
            server.observer.schedule(handler, str(folder), recursive=True)
        return None
    log.debug("archive: statements and docs/ watched with %s", type(observer).__name__)
    return observer
