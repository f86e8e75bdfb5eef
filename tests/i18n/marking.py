"""Finding user-facing strings that are not marked for translation (used by test_marked.py and
re-runnable by hand: `python -m tests.i18n.marking studio/ui/x.py ...` lists them).

Two rules, both on the source's syntax tree:

1. A literal (or f-string, or concatenation) given to a call that puts text on screen
   (`setText`, `QLabel(...)`, `addRow`, `QMessageBox.warning`, an error's message and hint, a
   CLI `print`...) must be the result of a translation call instead.
2. Any other string literal that reads like words for a person (a capitalised word or two words
   with a space) must be inside a translation call, or be a docstring, a log message, a
   programmer's exception, a style sheet, an object name, or carry `# i18n: not shown` on its
   line with the reason.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TRANSLATE = {
    "tr", "translate", "_", "gettext", "ngettext", "pgettext", "npgettext", "N_", "QT_TR_NOOP",
    "QT_TRANSLATE_NOOP",
}  # fmt: skip
# Calls whose string arguments a person reads (method or constructor names).
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "addItem", "insertItem", "addItems", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "addRow", "insertRow", "setTitle", "setSubTitle",
    "setButtonText", "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage",
    "setLabelText", "addAction", "addMenu", "setAccessibleName", "setAccessibleDescription",
    "setPrefix", "setSuffix", "setSpecialValueText", "setInformativeText", "setDetailedText",
    "set_state", "show_message", "set_full_text", "setCheckBoxText", "setDefaultSuffix",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QTableWidgetItem", "QListWidgetItem", "QStandardItem", "QCommandLinkButton",
    "warning", "information", "critical", "question", "about", "getText", "getItem", "getInt",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "muted_label", "Pill",
    "print", "StudioError", "UsageError", "SourceError", "OutputError", "EncoderError",
    "RecordingError", "UnsupportedProfile", "BadUrl", "UnknownDevice", "UnreadableFile",
    "IngestUnreachable", "ConnectionRefused", "ConnectionLost", "StreamKeyRejected",
    "StreamKeyInUse", "StreamRefused", "RedirectRefused", "KeyringUnavailable", "say", "Warning",
}  # fmt: skip
NOT_SHOWN_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "property", "findChild", "findChildren",
    "getLogger", "debug", "info", "warn", "warning_log", "exception", "error", "log",
    "startswith", "endswith", "split", "join", "replace", "get", "pop", "setdefault",
    "environ", "getenv", "Path", "open", "strftime", "strptime", "QColor", "QFont",
    "QKeySequence", "QIcon", "QUrl", "Signal", "Slot", "isinstance", "getattr", "hasattr",
    "setattr", "fromisoformat", "compile", "match", "search", "sub", "fullmatch", "format_currency",
    "format_decimal", "format_number", "rstrip", "lstrip", "strip", "encode", "decode",
    "RuntimeError", "ValueError", "TypeError", "KeyError", "AssertionError", "NotImplementedError",
    "setFamily", "setFamilies", "setStyle", "setApplicationName", "setOrganizationName",
    "setDesktopFileName", "setApplicationDisplayName", "objectName", "cast", "TypeVar", "NewType",
    "field",
}  # fmt: skip
PROSE = re.compile(
    r"^\W*[A-Z][a-z]+\b"  # a capitalised word
    r"|^\W*[A-Z]{4,}( [A-Z]+)*\W*$"  # a badge: "PINNED", "OFF AIR"
    r"|[A-Za-z]{2,}[,.!?]?\s+[A-Za-z]{2,}"  # two words
)
CODEISH = re.compile(
    r"[{};]\s*$|^\s*[#.]?[a-z-]+\s*[:{]|^[a-z0-9_.:/-]+$|%\("  # style, identifiers, paths
    r"|^[A-Z0-9]{1,3}$|^[A-Z][A-Z0-9]*_[A-Z0-9_]+$"  # codes ("USD", "FPS") and CONSTANTS
)
PRAGMA = "i18n: not shown"
URL = re.compile(r"^[a-z]+://")
# Calls whose first argument is the text and the others are data (a state kind, item data).
FIRST_ONLY = {"set_state", "addItem", "Pill", "say"}
# ... and those whose first two are texts (a health warning and its hint), then data.
FIRST_TWO = {"Warning"}


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _has_words(node: ast.expr) -> bool:
    """A literal with letters in it (f-strings: their literal parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2,}", re.sub(r"<[^>]*>", "", node.value)))
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _has_words(node.left) or (isinstance(node.op, ast.Add) and _has_words(node.right))
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "strip", "rstrip", "lstrip", "upper", "capitalize")
    ):
        return _has_words(node.func.value)  # "...".format(...), f"...".strip()
    return False


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def scan(path: Path, *, root: Path | None = None) -> Iterator[Unmarked]:
    """Unmarked user-facing strings in one module."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    rel = str(path.relative_to(root)) if root else str(path)
    skip = _docstrings(tree)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node

    def pragma(node: ast.AST) -> bool:
        """The marker on the node's lines, the line above, or its statement's first line."""
        stmt: ast.AST | None = node
        while stmt is not None and not isinstance(stmt, ast.stmt):
            stmt = parents.get(id(stmt))
        starts = {getattr(node, "lineno", 1) - 1, getattr(stmt, "lineno", 1)}
        if any(0 < i <= len(lines) and PRAGMA in lines[i - 1] for i in starts):
            return True
        first = getattr(node, "lineno", 1)
        last = getattr(node, "end_lineno", first) or first
        return any(PRAGMA in lines[i - 1] for i in range(first, last + 1) if i <= len(lines))

    def inside(node: ast.AST, names: set[str], *, first_only: bool = False) -> bool:
        child: ast.AST = node
        cur = parents.get(id(node))
        while cur is not None:
            if isinstance(cur, ast.Call) and _name(cur.func) in names:
                return not first_only or (bool(cur.args) and cur.args[0] is child)
            if isinstance(cur, (ast.FunctionDef, ast.ClassDef, ast.Module)):
                return False
            child, cur = cur, parents.get(id(cur))
        return False

    def in_log(node: ast.AST) -> bool:
        cur = parents.get(id(node))
        while cur is not None and not isinstance(cur, (ast.stmt)):
            if isinstance(cur, ast.Call) and isinstance(cur.func, ast.Attribute):
                owner = cur.func.value
                if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):
                    return True
            cur = parents.get(id(cur))
        return False

    # Rule 1: arguments of calls that show text.
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in SHOWN:
            continue
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        if _name(node.func) in FIRST_ONLY:
            args = args[:1]
        elif _name(node.func) in FIRST_TWO:
            args = node.args[:2]
        for arg in args:
            if isinstance(arg, ast.Constant) and URL.match(str(arg.value)):
                continue
            if _has_words(arg) and not pragma(arg):
                yield Unmarked(rel, arg.lineno, ast.unparse(arg)[:80], "shown unmarked")

    # Rule 2: prose anywhere else.
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        text = node.value
        parent = parents.get(id(node))
        words = re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]*>", "", text))
        in_fstring = isinstance(parent, ast.JoinedStr) and words
        if id(node) in skip or not (PROSE.search(text) or in_fstring) or CODEISH.search(text):
            continue
        if isinstance(parent, ast.keyword) and parent.arg in ("metavar", "dest", "prog", "loc"):
            continue  # argparse's placeholders and names, matplotlib's positions
        whole = text
        if isinstance(parent, ast.JoinedStr):
            whole = "{}".join(v.value for v in parent.values if isinstance(v, ast.Constant))
        if re.search(r"[a-z-]+:\s*[^;{}]*;", whole) or URL.match(whole):  # style sheets
            continue
        visible = re.sub(r"<[^>]*>", "", whole.replace("{}", ""))
        if not re.search(r"[A-Za-z]{2,}", visible) or CODEISH.search(visible.strip()):
            continue  # markup only
        if isinstance(parent, ast.JoinedStr):
            parent_of = parents.get(id(parent))
            if isinstance(parent_of, ast.Call) and _name(parent_of.func) in SHOWN:
                continue  # reported by rule 1
        if inside(node, TRANSLATE) or inside(node, NOT_SHOWN_CALLS) or in_log(node):
            continue
        if inside(node, SHOWN):
            continue  # rule 1 reported it
        if pragma(node):
            continue
        yield Unmarked(rel, node.lineno, text[:80], "prose unmarked")


def main(argv: list[str]) -> int:
    found = [u for arg in argv for u in scan(Path(arg))]
    for u in found:
        print(u)
    print(f"{len(found)} unmarked", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
