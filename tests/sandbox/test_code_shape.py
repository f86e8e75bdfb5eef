"""The sandbox stays readable: no function in `studio/sandbox/` longer than 80 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import studio.sandbox

MAX_LINES = 80
SANDBOX = Path(studio.sandbox.__file__).parent


def long_functions(root: Path, limit: int) -> list[str]:
    """`path:line name (n lines)` for every def whose body, decorators aside, exceeds `limit`."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                end = node.end_lineno or node.lineno
                length = end - node.lineno + 1
                if length > limit:
                    where = path.relative_to(root.parent.parent)
                    found.append(f"{where}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_sandbox_function_is_longer_than_80_lines() -> None:
    too_long = long_functions(SANDBOX, MAX_LINES)
    assert not too_long, "split these:\n" + "\n".join(too_long)


def test_the_check_finds_a_long_function(tmp_path: Path) -> None:
    pkg = tmp_path / "studio" / "pkg"
    pkg.mkdir(parents=True)
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    (pkg / "m.py").write_text(f"def short():\n    pass\n\n\nasync def long():\n{body}\n")
    assert long_functions(pkg, MAX_LINES) == [f"studio/pkg/m.py:5 long ({MAX_LINES + 1} lines)"]
