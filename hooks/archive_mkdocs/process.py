"""Work kept between the builds of one process, with public interfaces only: the theme's
compiled templates (Jinja's bytecode cache), and, under `mkdocs serve`, the heap frozen while
the server is idle, so that a rebuild's garbage collections do not walk through everything
the last build left alive.

Contract: neither changes a byte of the site. The heap is frozen only while idle, and
unfrozen and collected at the next idle time, so nothing dropped stays in memory.
"""

from __future__ import annotations

import gc
import threading

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

# Seconds after a build of `mkdocs serve` before the heap is collected and frozen: after the
# browsers have reloaded the page (a collection holds the interpreter for a while).
IDLE_SECONDS = 2.0


class TemplateCode(BytecodeCache):
    """Compiled templates in memory, by template and checksum of its source: an edited
    template is compiled again."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def freeze_heap() -> None:
    """Everything alive now out of the collector's way until the next call; what was frozen
    before is collected first if it has since been dropped."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class IdleCollection:
    """A collection of the whole heap once the server has been idle for IDLE_SECONDS."""

    def __init__(self) -> None:
        self._timer: threading.Timer | None = None

    def schedule(self) -> None:
        self.cancel()
        self._timer = threading.Timer(IDLE_SECONDS, freeze_heap)
        self._timer.daemon = True
        self._timer.start()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
