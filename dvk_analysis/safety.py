"""Checks that run before any parser sees a file, and safe writing of text cells.

A workbook is a zip of XML parts. Before a parser opens one, :func:`check_workbook`
reads only the zip's directory and the first bytes of each XML part, and refuses:

- a file that is empty, an old .xls, password-protected (an OLE container holding an
  ``EncryptedPackage``) or not a zip at all;
- a zip bomb: parts that unpack to more than :data:`MAX_UNPACKED_BYTES` in total, a part
  compressed more than :data:`MAX_RATIO` times, or more than :data:`MAX_PARTS` parts;
- XML that declares a DOCTYPE or entities (billion laughs, external entities): Excel
  never writes one.

openpyxl then parses with defusedxml (:func:`harden_openpyxl`); calamine's XML reader
does not expand entities. Macros in .xlsm files are never run: neither reader executes
anything, and the loader only notes that a ``vbaProject.bin`` is present.

Text that begins with ``=``, ``+``, ``-`` or ``@`` is never written as a formula:
:func:`write_text_cell` stores it as a string cell and :func:`csv_text` prefixes an
apostrophe for CSV.
"""

from __future__ import annotations

import html
import re
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: Refuse workbooks whose parts unpack to more than this many bytes in total. A full Excel
#: sheet (1,048,576 rows) of records written with inline strings unpacks to about 1 GiB; a
#: zip bomb is stopped by the compression ratio below long before that.
MAX_UNPACKED_BYTES = 1024 * 2**20
#: Refuse a part larger than :data:`RATIO_FLOOR` compressed more than this many times.
MAX_RATIO = 500
RATIO_FLOOR = 2**20
#: Refuse workbooks with more parts than this.
MAX_PARTS = 10_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT = re.compile(rb"<[A-Za-z_]")
_SCAN_LIMIT = 1 << 20  # bytes of an XML part read while looking for its root element


class FileRefused(Exception):
    """A file is refused before parsing; ``key`` and ``params`` say why (see messages)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class WorkbookInfo:
    """What :func:`check_workbook` learnt from the zip directory of an .xlsx/.xlsm."""

    has_macros: bool = False
    #: ``{sheet name: {(row, column): formula}}`` (0-based) of formula cells with no saved value.
    uncached: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    #: ``{sheet name: {(row, column): "#DIV/0!"}}`` of cells holding an Excel error (readers
    #: differ: one shows the error, another an empty cell).
    errors: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)


def human_size(size: int) -> str:
    """Return a size in bytes as "12.3 MB".

    >>> human_size(3 * 2**20), human_size(512)
    ('3.0 MB', '512 B')
    """
    if size < 1024:
        return f"{size} B"
    for unit in ("KB", "MB", "GB", "TB"):
        size /= 1024  # type: ignore[assignment]
        if size < 1024 or unit == "TB":
            return f"{size:.1f} {unit}"
    return f"{size} B"  # pragma: no cover


def _scan_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a part that declares a DOCTYPE or entities before its root element."""
    with zf.open(info) as handle:
        head = b""
        while len(head) < _SCAN_LIMIT:
            chunk = handle.read(65536)
            if not chunk:
                break
            head += chunk
            text = head
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                text = head.decode("utf-16", errors="ignore").encode("utf-8")
            root = _ROOT.search(text)
            prolog = text[: root.start()] if root else text
            if _DTD.search(prolog):
                raise FileRefused("xml_entities", part=info.filename)
            if root:
                return


def _sniff(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(8)


def check_workbook(path: Path) -> WorkbookInfo:
    """Check an .xlsx/.xlsm before parsing; return what its directory says.

    Raises
    ------
    FileRefused
        With the key of the reason (file_empty, xls_legacy, encrypted, corrupt,
        too_large, too_compressed, too_many_parts, xml_entities).
    """
    if path.stat().st_size == 0:
        raise FileRefused("file_empty")
    magic = _sniff(path)
    if magic == OLE_MAGIC:
        # Encrypted OOXML is an OLE container with an EncryptedPackage stream; any
        # other OLE file here is a legacy .xls renamed or saved with the wrong ending.
        with path.open("rb") as handle:
            data = handle.read(min(path.stat().st_size, 64 * 2**20))
        raise FileRefused("encrypted" if _ENCRYPTED in data else "xls_legacy")
    if magic[:4] != ZIP_MAGIC:
        raise FileRefused("corrupt", detail="not a zip archive, as .xlsx files are")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused("corrupt", detail=_short(exc)) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_PARTS:
            raise FileRefused("too_many_parts", limit=MAX_PARTS, count=len(infos))
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED_BYTES:
            raise FileRefused("too_large", limit=human_size(MAX_UNPACKED_BYTES), size=human_size(total))
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise FileRefused("too_compressed", part=info.filename, ratio=ratio)
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
            raise FileRefused(
                "corrupt", detail="a zip archive, but not an Excel workbook (no xl/workbook.xml)"
            )
        try:
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _scan_xml(zf, info)
            uncached, errors = _special_cells(zf, names)
        except FileRefused:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise FileRefused("corrupt", detail=_short(exc)) from None
        has_macros = any(n.lower().endswith("vbaproject.bin") for n in names)
    return WorkbookInfo(has_macros=has_macros, uncached=uncached, errors=errors)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_FORMULA = re.compile(rb"<f\b[^>]*?(?:/>|>(.*?)</f>)", re.DOTALL)
_VALUE = re.compile(rb"<v>([^<]+)</v>|<is>", re.DOTALL)
_ERROR_TYPE = re.compile(rb'\bt="e"')


def column_index(letters: str) -> int:
    """Return the 0-based index of a column given by its letters ("A" is 0, "AA" is 26)."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def column_letter(index: int) -> str:
    """Return the letters of a 0-based column index (0 is "A", 26 is "AA")."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _special_cells(
    zf: zipfile.ZipFile, names: set[str]
) -> tuple[dict[str, dict[tuple[int, int], str]], dict[str, dict[tuple[int, int], str]]]:
    """Find formula cells with no saved result (a reader would see them as empty) and
    cells holding an Excel error; return both as ``{sheet: {(row, column): text}}``."""
    import defusedxml.ElementTree as SafeET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    workbook = SafeET.fromstring(zf.read("xl/workbook.xml"))
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id", "")] = target
    uncached: dict[str, dict[tuple[int, int], str]] = {}
    errors: dict[str, dict[tuple[int, int], str]] = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        part = targets.get(sheet.get(f"{ns_rel}id", ""), "")
        if part not in names:
            continue
        data = zf.read(part)
        if b"<f" not in data and b't="e"' not in data:
            continue
        name = sheet.get("name", "")
        for match in _CELL.finditer(data):
            attrs, inner = match.group(1), match.group(2) or b""
            ref = _REF.search(attrs)
            if ref is None:
                continue
            where = (int(ref.group(2)) - 1, column_index(ref.group(1).decode()))
            value = _VALUE.search(inner)
            if _ERROR_TYPE.search(attrs) and value and value.group(1):
                errors.setdefault(name, {})[where] = value.group(1).decode("utf-8", errors="replace")
                continue
            formula = _FORMULA.search(inner)
            if formula is None or value:
                continue
            text = html.unescape((formula.group(1) or b"").decode("utf-8", errors="replace"))
            uncached.setdefault(name, {})[where] = "=" + text
    return uncached, errors


def harden_openpyxl() -> None:
    """Make sure openpyxl parses XML with defusedxml, whatever its environment says.

    openpyxl uses defusedxml when it is installed unless ``OPENPYXL_DEFUSEDXML`` is
    "False", and lxml for some parts when lxml is installed; this puts defusedxml's
    ``fromstring``/``iterparse`` in every loaded openpyxl module, so DTDs and entities
    are always refused (the equivalent of ``defusedxml.defuse_stdlib()`` for openpyxl,
    without changing the standard library for the rest of the process).
    """
    import defusedxml.ElementTree as SafeET
    import openpyxl
    import openpyxl.reader.excel
    import openpyxl.reader.strings
    import openpyxl.worksheet._reader  # noqa: F401

    safe = {"fromstring": SafeET.fromstring, "iterparse": SafeET.iterparse}
    for name, module in list(sys.modules.items()):
        if not name.startswith("openpyxl") or module is None:
            continue
        for attr, replacement in safe.items():
            current = getattr(module, attr, None)
            # The standard library's parsers, or lxml's when lxml is installed: both
            # are replaced, so one parser with one policy reads every part.
            if current is not None and not getattr(current, "__module__", "").startswith("defusedxml"):
                setattr(module, attr, replacement)


def openpyxl_is_defused() -> bool:
    """Tell whether openpyxl's XML parsing goes through defusedxml."""
    import openpyxl.reader.strings
    import openpyxl.worksheet._reader
    import openpyxl.xml.functions

    parsers = (
        openpyxl.xml.functions.iterparse,
        openpyxl.xml.functions.fromstring,
        openpyxl.reader.strings.iterparse,
        openpyxl.worksheet._reader.iterparse,
    )
    return all(getattr(p, "__module__", "").startswith("defusedxml") for p in parsers)


# --- legacy Vietnamese encodings ------------------------------------------------------

# Latin-1 letters Vietnamese uses; every other Latin-1 letter or sign in a Vietnamese
# text means it was typed in TCVN3 (ABC) or VNI and shown as Windows-1252.
_VI_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_HARMLESS = set("°±²³×÷«»·–—‘’“”•…€")  # signs real text uses
_LEGACY = "".join(ch for ch in map(chr, range(0xA1, 0x100)) if ch not in _VI_LATIN1 and ch not in _HARMLESS)
_LEGACY_RE = re.compile(f"[{re.escape(_LEGACY)}]")
# Letters only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ and the Latin Extended Additional block).
_VIETNAMESE_RE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)


def looks_legacy(text: str) -> bool:
    """Tell whether ``text`` looks like Vietnamese typed in TCVN3 (ABC) or VNI.

    >>> looks_legacy("D©n vËn khÐo"), looks_legacy("Soá löôïng"), looks_legacy("Dân vận khéo")
    (True, True, False)
    >>> looks_legacy("Cafe 50 m²"), looks_legacy("Müller")
    (False, True)
    """
    return bool(_LEGACY_RE.search(text)) and not _VIETNAMESE_RE.search(text)


def find_legacy(cells: Iterable[tuple[int, int, object]]) -> tuple[int, int, str] | None:
    """Return the first ``(row, column, text)`` that looks legacy-encoded, if the table does.

    A table looks legacy-encoded when two or more of its text cells do (one stray
    foreign name is not enough).
    """
    first: tuple[int, int, str] | None = None
    seen = 0
    for row, column, value in cells:
        if isinstance(value, str) and looks_legacy(value):
            seen += 1
            first = first or (row, column, value)
            if seen >= 2:
                return first
    return None


# --- writing text safely ----------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: object) -> object:
    """Return ``value`` safe for a CSV cell: text that a spreadsheet would run as a formula
    (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a leading apostrophe.

    >>> csv_text("=SUM(A1:A9)"), csv_text("- mô hình"), csv_text(-5), csv_text("Khối")
    ("'=SUM(A1:A9)", "'- mô hình", -5, 'Khối')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_text_cell(ws: object, row: int, column: int, value: object) -> object:
    """Write ``value`` to an openpyxl worksheet cell; text is always stored as text.

    openpyxl turns any string starting with "=" into a formula; this keeps it a string
    cell, so Excel shows it and never evaluates it. Returns the cell.
    """
    cell = ws.cell(row=row, column=column)  # type: ignore[attr-defined]
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
