"""What the archive's hook needs of MkDocs, Material and mkdocs-static-i18n beyond their
public events: the build's state, and optimisations and features that rely on their internals.

Contract: `hooks/archive_hook.py` (the one module MkDocs loads) wires MkDocs' events to this
package and to `hrdarchive`; only these two import MkDocs. Every reliance on a package's
internals is listed in `internals.RELIANCES` and is on only with the version it was verified
against (`internals.VERIFIED`); with another, it is off, the build log says so in a warning,
and the site is built correctly without it.
"""
