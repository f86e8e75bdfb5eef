"""The layer map of ../shared/DESIGN.md, enforced: imports point down only, and no cycles.

Every `import` in `studio/` is read from the source (function-level imports included: a lazy
import still ties two modules together), except those under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import studio

ROOT = Path(studio.__file__).parent

# Higher layers may import lower ones, never the reverse. Modules in one layer may import each
# other (without cycles). Keys are a top-level module or package of `studio`.
LAYERS: list[set[str]] = [
    {"__init__", "errors", "paths", "ingest_url", "redact", "canvases", "i18n"},
    {"jsonstore", "logs", "config", "secrets"},
    {"media"},
    {"show"},
    {"capture"},
    {"engine"},
    {"overlays"},
    {"platform"},
    {"session"},
    {"report"},
    {"health"},
    {"control"},
    {"app"},
    {"ui"},
    {"sandbox"},
    {"commands", "cli", "__main__"},
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}
# The sandbox sits beside the app: only the command line may start it.
ONLY_FROM = {"sandbox": {"commands", "cli", "sandbox"}}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, package: str) -> Iterator[str]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for sub in node.orelse:
                yield from _imports(ast.Module(body=[sub], type_ignores=[]), package)
            continue
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            yield base
            # `from studio.x import y` may name a submodule y
            yield from (f"{base}.{a.name}" for a in node.names)
        yield from _imports(node, package)


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = {t for t in _imports(tree, package) if t in modules and t != name}
        edges[name] = targets
    return edges


def top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_module_has_a_layer() -> None:
    missing = sorted({top(m) for m in graph()} - set(RANK))
    assert not missing, f"add these to LAYERS (and to DESIGN.md's map): {missing}"


def test_imports_point_down_the_layer_map() -> None:
    upward = []
    for src, targets in graph().items():
        for dst in targets:
            a, b = top(src), top(dst)
            if a == b:
                continue
            against = RANK[b] > RANK[a] or (b in ONLY_FROM and a not in ONLY_FROM[b])
            if against:
                upward.append(f"{src} -> {dst}")
    assert not upward, "imports against the layer map:\n" + "\n".join(sorted(upward))


def test_no_import_cycle() -> None:
    edges = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> None:
        state[n] = 1
        stack.append(n)
        for m in sorted(edges[n]):
            if state.get(m) == 1:
                cycles.append([*stack[stack.index(m) :], m])
            elif m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(edges):
        if n not in state:
            visit(n)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_engine_and_core_never_import_qt_widgets() -> None:
    qt_free = (
        "studio.media",
        "studio.show",
        "studio.capture",
        "studio.engine",
        "studio.platform",
        "studio.session",
    )
    bad = []
    for path in ROOT.rglob("*.py"):
        name = module_name(path)
        if not name.startswith(qt_free):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for imp in _imports(tree, name):
            if imp.startswith("PySide6"):
                bad.append(f"{name} imports {imp}")
    assert not bad, "\n".join(bad)
