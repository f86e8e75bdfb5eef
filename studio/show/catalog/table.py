"""A catalog file's text and, for CSV, its table: encoding, dialect and rows.

Encodings: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"); anything
else is refused with a clear message, never guessed.

The dialect is decided from the header line, not sniffed from a byte window: each candidate
delimiter (`,` `;` tab `|`) splits the whole first record, and the one whose cells name the
most known columns (of every supported format) wins. Quoting is always RFC 4180 (`"` with
doubled `""` inside): every export we read (Shopify, WooCommerce, Excel, Numbers, LibreOffice)
writes it so, and `csv.Sniffer` turning `doublequote` off shifted columns of real exports.
An Excel `sep=;` first line is honoured.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studio import i18n
from studio.show.catalog.model import CatalogError

DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(16 * 1024 * 1024)  # a product's HTML body can pass the 128 KB default


def normalise(name: str) -> str:
    """A column name as compared: lower case, outer spaces and a stray BOM removed."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def read_text(path: Path) -> str:
    """The file's text. Raises CatalogError when missing, unreadable or not UTF-8/UTF-16."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(
            i18n._("The catalog file {path} does not exist.").format(path=path),
            i18n._("Check the path given for the catalog."),
        ) from None
    except OSError as exc:
        raise CatalogError(
            i18n._("The catalog file {path} cannot be read ({error}).").format(
                path=path, error=exc.__class__.__name__
            ),
            i18n._("Check that the file is readable."),
        ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise CatalogError(
            i18n._("The catalog file {path} is not UTF-8 text.").format(path=path),
            i18n._("Save it as 'CSV UTF-8' (Excel) or UTF-8 CSV/JSON, then try again."),
        ) from None


@dataclass(frozen=True)
class Table:
    """A CSV file read: the header as written, rows as (spreadsheet row, cells) pairs.

    Spreadsheet rows count records (a quoted cell may span lines); the header is row 1.
    Cells are keyed by the normalised column name; a row shorter than the header lacks the
    missing keys; `extra` lists the rows with more cells than the header.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]
    delimiter: str
    extra: tuple[int, ...] = ()


def read_table(text: str, known_columns: Iterable[str], source: str = "file") -> Table:
    """Split `text` into a Table, choosing the delimiter by the known column names.

    Raises CatalogError (naming `source`) when the csv module cannot read it at all.
    """
    known = {normalise(c) for c in known_columns}
    forced = None
    first_nl = text.find("\n")
    first = text[: first_nl if first_nl >= 0 else len(text)].strip("\r\ufeff")
    if first.lower().startswith("sep=") and len(first) == 5:
        forced = first[4]
        text = text[first_nl + 1 :] if first_nl >= 0 else ""
    delimiter = forced or _choose_delimiter(text, known)
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=delimiter,
        quotechar='"',
        doublequote=True,
        skipinitialspace=False,
        strict=False,
    )
    rows: list[tuple[int, dict[str, str]]] = []
    extra: list[int] = []
    try:
        raw_header = next(reader, None)
        if raw_header is None:
            return Table((), (), delimiter)
        keys = [normalise(h) for h in raw_header]
        for n, cells in enumerate(reader, start=2):
            if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys) :]):
                extra.append(n)
            row: dict[str, str] = {}
            for k, v in zip(keys, cells, strict=False):
                if k and k not in row:
                    row[k] = v
            rows.append((n, row))
    except csv.Error as exc:
        raise CatalogError(
            i18n._("The catalog {source} is not a readable CSV table ({error}).").format(
                source=source, error=exc
            ),
            i18n._("Export it again as CSV (UTF-8) from the spreadsheet or the shop."),
        ) from None
    return Table(tuple(raw_header), tuple(rows), delimiter, tuple(extra))


def _choose_delimiter(text: str, known: set[str]) -> str:
    """The delimiter whose split of the first record names the most known columns.

    Ties (or no known column at all) go to the one giving the most columns, then to ','.
    """
    best = (",", -1, -1)
    for d in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=d, quotechar='"')
        try:
            header = next(reader)
        except (StopIteration, csv.Error):
            continue
        score = sum(1 for h in header if normalise(h) in known)
        width = len(header)
        if (score, width) > best[1:]:
            best = (d, score, width)
    return best[0]
