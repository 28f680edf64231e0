"""The shape the code keeps (../shared/STYLE.md): small modules, short functions, no import
cycles, and a package that never imports MkDocs (it is tested without it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HOOKS = Path(__file__).resolve().parent.parent / "hooks"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
MODULES = sorted(p for p in HOOKS.rglob("*.py") if "__pycache__" not in p.parts)
STACK = ("mkdocs", "material", "mkdocs_static_i18n")


def module_name(path: Path) -> str:
    parts = path.relative_to(HOOKS).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, known: set[str] = frozenset()) -> set[str]:
    """The modules `path` imports, absolute, relative ones resolved (`from . import x`, x a
    module of `known`: that module, not its package)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            submodules = {f"{module}.{alias.name}" for alias in node.names} & known
            found.update(submodules or {module})
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(HOOKS).as_posix())
def test_modules_and_functions_are_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{lines} lines: it holds two jobs"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{node.name}: {length} lines"


def test_the_package_never_imports_the_stack():
    for path in HOOKS.joinpath("hrdarchive").rglob("*.py"):
        stack = [m for m in imports(path) if m.split(".")[0] in STACK]
        assert not stack, f"{path.name} imports {stack}"


def test_no_import_cycles():
    known = {module_name(p): p for p in MODULES}
    graph = {
        name: sorted({m for m in imports(path, set(known)) if m in known and m != name})
        for name, path in known.items()
    }
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for other in graph[name]:
            if state.get(other) == "open":
                cycle = trail[trail.index(other) :] + [other]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if other not in state:
                visit(other, [*trail, other])
        state[name] = "done"

    for name in graph:
        if name not in state:
            visit(name, [name])
