"""The project's vocabulary: every code, its Vietnamese and English labels, its aliases.

This module is the only place where a code is defined. Everything else (the loader,
the comparisons, the figures, the notebooks) asks it for labels, orders and colours.

Codes are stable English ``snake_case``. Input is matched after :func:`fold`, so
"Cơ sở", "CO SO", "co  so" and the decomposed (NFD) form of "cơ sở" all give
``grassroots``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[str, ...] = ("vi", "en")

# Okabe-Ito: a palette that readers with the common colour-vision deficiencies can
# tell apart. One colour per code, fixed here, so every chart agrees.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#7F7F7F",
    "black": "#000000",
}


@dataclass(frozen=True)
class Term:
    """One code of a vocabulary column.

    Parameters
    ----------
    code : str
        Stable English snake_case code, stored in the tidy frame.
    vi, en : str
        Display labels.
    aliases : tuple of str
        Other ways reports write it; matched after :func:`fold`.
    colour : str or None
        Hex colour used for this code in every chart.
    """

    code: str
    vi: str
    en: str
    aliases: tuple[str, ...] = ()
    colour: str | None = None

    def label(self, lang: Lang = "vi") -> str:
        """Return the label in ``lang`` ("vi" or "en")."""
        return self.vi if lang == "vi" else self.en


_C = OKABE_ITO

TERMS: dict[str, tuple[Term, ...]] = {
    "movement": (
        Term(
            "dan_van_kheo",
            "Dân vận khéo",
            "Skilful mass mobilisation",
            ("dvk", "phong trao thi dua dan van kheo", "phong trao dan van kheo"),
            _C["blue"],
        ),
        Term(
            "ho_chi_minh_study",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Studying and following Ho Chi Minh's thought, ethics and style",
            (
                "hoc tap va lam theo tu tuong dao duc phong cach ho chi minh",
                "hoc tap va lam theo tam guong dao duc ho chi minh",
                "hoc tap va lam theo bac",
                "chi thi 05",
            ),
            _C["vermillion"],
        ),
        Term(
            "grassroots_democracy",
            "Thực hiện Quy chế dân chủ ở cơ sở",
            "Grassroots democracy regulations",
            ("quy che dan chu", "quy che dan chu o co so", "dan chu o co so"),
            _C["green"],
        ),
    ),
    "subject": (
        Term("model", "Mô hình", "Models", ("mo hinh dan van kheo",), _C["blue"]),
        Term("exemplar", "Điển hình", "Exemplars", ("dien hinh dan van kheo",), _C["sky"]),
        Term(
            "model_or_exemplar",
            "Mô hình, điển hình",
            "Models and exemplars",
            ("mo hinh dien hinh", "mo hinh va dien hinh", "mo hinh/dien hinh"),
            _C["green"],
        ),
        Term("collective", "Tập thể", "Collectives", ("tap the mo hinh",), _C["orange"]),
        Term("individual", "Cá nhân", "Individuals", ("ca nhan dien hinh",), _C["purple"]),
    ),
    "action": (
        Term("registered", "Đăng ký", "Registered", ("dang ky xay dung",)),
        Term("recognised", "Công nhận", "Recognised", ("recognized", "dat tieu chi")),
        Term("praised", "Biểu dương", "Praised", ("tuyen duong",)),
        Term("rewarded", "Khen thưởng", "Rewarded"),
        Term("certificate_of_merit", "Giấy khen", "Certificate of merit", ("tang giay khen",)),
        Term("merit_certificate", "Bằng khen", "Higher certificate of merit", ("tang bang khen",)),
        # A proposal is not an award: kept apart so it is never counted as one.
        Term(
            "proposed", "Đề nghị khen thưởng", "Proposed for an award", ("de nghi", "de nghi khen", "de xuat")
        ),
    ),
    "tier": (
        Term("achievement", "Có thành tích", "With achievements", ("thanh tich",)),
        Term(
            "excellent",
            "Có thành tích xuất sắc",
            "With excellent achievements",
            ("thanh tich xuat sac", "xuat sac"),
        ),
    ),
    # Ordered from the grassroots up: the order of this tuple is the order of the
    # categorical and of every chart.
    "level": (
        Term("grassroots", "Cơ sở", "Grassroots", ("cap co so",), _C["green"]),
        Term(
            "commune",
            "Xã, phường",
            "Commune",
            ("xa", "phuong", "thi tran", "cap xa", "xa phuong", "xa phuong thi tran"),
            _C["sky"],
        ),
        Term(
            "district",
            "Huyện",
            "District",
            ("cap huyen", "quan", "thi xa", "huyen quan thi xa", "quan huyen"),
            _C["yellow"],
        ),
        Term(
            "bloc",
            "Khối",
            "Bloc",
            ("cap khoi", "dang uy khoi", "cap dang uy khoi"),
            _C["orange"],
        ),
        Term(
            "province",
            "Tỉnh",
            "Province",
            ("cap tinh", "tinh thanh pho", "tinh/thanh pho"),
            _C["vermillion"],
        ),
        Term("central", "Trung ương", "Central", ("cap trung uong", "toan quoc"), _C["purple"]),
    ),
    "unit_type": (
        Term("agency", "Cơ quan", "State agency", ("co quan nha nuoc",), _C["blue"]),
        Term(
            "public_service_unit",
            "Đơn vị sự nghiệp",
            "Public service unit",
            ("don vi su nghiep cong lap",),
            _C["sky"],
        ),
        Term("enterprise", "Doanh nghiệp", "Enterprise", ("cong ty",), _C["orange"]),
        Term(
            "mass_organisation",
            "Đoàn thể",
            "Mass organisation",
            ("to chuc chinh tri xa hoi", "mass organization", "mat tran va cac doan the"),
            _C["green"],
        ),
        Term(
            "armed_forces",
            "Lực lượng vũ trang",
            "Armed forces",
            ("llvt", "quan doi cong an"),
            _C["vermillion"],
        ),
        Term("locality", "Địa phương", "Locality", ("khu dan cu", "dia ban dan cu"), _C["purple"]),
    ),
    "field": (
        Term("economy", "Kinh tế", "Economy", ("linh vuc kinh te",), _C["orange"]),
        Term(
            "culture_society",
            "Văn hóa - xã hội",
            "Culture and society",
            ("van hoa xa hoi", "linh vuc van hoa xa hoi"),
            _C["sky"],
        ),
        Term(
            "defence_security",
            "Quốc phòng - an ninh",
            "Defence and security",
            ("quoc phong an ninh", "defense security"),
            _C["vermillion"],
        ),
        Term(
            "political_system",
            "Xây dựng hệ thống chính trị",
            "Building the political system",
            ("he thong chinh tri",),
            _C["blue"],
        ),
    ),
    "qualifier": (
        Term("exact", "Chính xác", "Exact", ("dung",)),
        Term("at_least", "Trên", "At least", ("hon", "it nhat", "tu", ">=", "+")),
        Term("approx", "Khoảng", "About", ("gan", "xap xi", "chung", "~", "approximately")),
        Term("at_most", "Dưới", "At most", ("toi da", "khong qua", "<=")),
    ),
    # What a count measures: a number of units (the default), a change against an
    # earlier period ("tăng 276 so với năm 2020"), or award instances ("lượt"), which
    # can count the same unit twice. Only stocks of the same kind may be compared.
    "measure": (
        Term("stock", "Số lượng", "Number", ("so luong", "ton")),
        Term(
            "change",
            "Thay đổi so với kỳ trước",
            "Change on earlier period",
            # "tăng 276 ... so với năm 2020": the words a change is reported with.
            ("tang giam", "thay doi", "tang", "giam"),
        ),
        Term("instances", "Lượt", "Award instances", ("luot",)),
    ),
    "period_kind": (
        Term("day", "Ngày", "Day", ("ngay",)),
        Term("month", "Tháng", "Month", ("thang",)),
        Term("quarter", "Quý", "Quarter", ("quy",)),
        Term("half_year", "6 tháng", "Half year", ("sau thang", "nua nam")),
        Term("year", "Năm", "Year", ("nam",)),
        Term("phase", "Giai đoạn", "Phase", ("nhieu nam",)),
    ),
}

#: Vocabulary columns whose codes must come from :data:`TERMS`.
VOCAB_COLUMNS: tuple[str, ...] = tuple(TERMS)

#: Vocabulary columns that are ordered (the order of their terms is meaningful).
ORDERED_COLUMNS: tuple[str, ...] = ("level", "qualifier", "period_kind")

# Display names of the columns of the tidy frame and of comparison tables, with the
# header aliases the loader accepts. One place, so a chart axis, a table header and
# an input header cannot drift apart.
COLUMN_LABELS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "record_id": ("Mã bản ghi", "Record id", ("ma", "id", "stt ban ghi")),
    "movement": ("Phong trào", "Movement", ("phong trao thi dua",)),
    "subject": ("Đối tượng", "Subject", ("loai", "doi tuong khen")),
    "action": ("Hình thức", "Action", ("hinh thuc khen", "hinh thuc ghi nhan")),
    "tier": ("Mức thành tích", "Tier", ("muc", "thanh tich")),
    "level": ("Cấp", "Level", ("cap cong nhan", "cap khen")),
    "unit_type": ("Loại đơn vị", "Unit type", ("loai hinh don vi",)),
    "field": ("Lĩnh vực", "Field", ()),
    "count": ("Số lượng", "Count", ("so luong", "so", "sl", "so luong khen thuong")),
    "qualifier": ("Mức chính xác", "Qualifier", ("dinh luong",)),
    "measure": ("Loại số liệu", "Measure", ("loai so lieu",)),
    "period": ("Thời kỳ", "Period", ("giai doan", "ky", "thoi gian", "nam", "ky bao cao", "thoi diem")),
    "period_start": ("Từ ngày", "Period start", ("bat dau",)),
    "period_end": ("Đến ngày", "Period end", ("ket thuc",)),
    "period_kind": ("Loại kỳ", "Period kind", ()),
    "period_label": ("Kỳ", "Period label", ()),
    "province": (
        "Tỉnh, thành phố",
        "Province",
        ("tinh", "tinh thanh", "tinh/thanh pho", "tinh / thanh pho", "tinh/tp", "tinh tp", "dia phuong"),
    ),
    "province_current": (
        "Tỉnh, thành phố hiện nay",
        "Province today",
        ("tinh hien nay", "tinh sau sap nhap", "tinh moi"),
    ),
    "issuer": (
        "Cơ quan",
        "Issuer",
        ("don vi ban hanh", "co quan khen thuong", "don vi", "don vi bao cao", "co quan don vi"),
    ),
    "source_id": ("Mã nguồn", "Source id", ("nguon",)),
    "quote": ("Trích dẫn", "Quote", ("cau trich",)),
    "part_of": ("Thuộc bản ghi", "Part of", ("trong do thuoc",)),
    "note": ("Ghi chú", "Note", ("ghi chu",)),
    # Record-level input: one row per model, collective or person, named; it counts 1.
    "name": (
        "Tên",
        "Name",
        ("ten mo hinh", "ten dien hinh", "ten tap the", "ten ca nhan", "ho va ten", "ho ten", "ten don vi"),
    ),
    # Columns of comparison tables.
    "display": ("Hiển thị", "Display", ()),
    "n_records": ("Số bản ghi", "Records", ()),
    "years": ("Số năm", "Years", ()),
    "per_year": ("Bình quân mỗi năm", "Per year", ()),
    "share_of_base": ("Tỷ lệ so với cấp cơ sở", "Share of base level", ()),
    "share_qualifier": ("Mức chính xác của tỷ lệ", "Share qualifier", ()),
    "share_display": ("Tỷ lệ (hiển thị)", "Share (display)", ()),
    "per_year_display": ("Bình quân mỗi năm (hiển thị)", "Per year (display)", ()),
    "record_ids": ("Các bản ghi được cộng", "Records summed", ()),
}

#: Columns of a sources sheet, with their display names and header aliases.
SOURCE_COLUMN_LABELS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "source_id": ("Mã nguồn", "Source id", ("ma", "id")),
    "title": ("Tiêu đề", "Title", ("ten bai", "ten tai lieu")),
    "publisher": ("Cơ quan đăng", "Publisher", ("bao", "nha xuat ban", "don vi dang")),
    "published": ("Ngày đăng", "Publication date", ("ngay xuat ban", "ngay phat hanh")),
    "event_date": ("Ngày sự kiện", "Event date", ("ngay hoi nghi", "ngay dien ra")),
    "url": ("Đường dẫn", "URL", ("link", "dia chi")),
    # How the publication date was known: "page" (printed on the page), "url" (in
    # the address), "text" (stated in the article's text).
    "date_basis": ("Căn cứ ngày", "Date known from", ("nguon ngay",)),
    "issuer": ("Cơ quan báo cáo", "Issuer", ("don vi bao cao",)),
    "note": ("Ghi chú", "Note", ("ghi chu",)),
}

_DIACRITIC_FREE = str.maketrans({"đ": "d", "Đ": "d"})
_NON_WORD = re.compile(r"[^0-9a-z<>=~+/]+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC with non-breaking and repeated spaces folded.

    >>> nfc("co\u0302ng  nha\u0323\u0302n\u00a0")
    'công nhận'
    """
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(text.split())


def fold(text: str) -> str:
    """Return a matching key: no diacritics, lower case, words separated by one space.

    Folding removes tone marks, so both tone placements ("hoà", "hòa") give the
    same key, and so do NFC, NFD, capitals and "đ" typed as "d".

    >>> fold("  Văn hoá – XÃ HỘI ")
    'van hoa xa hoi'
    >>> fold("Cơ sở") == fold("CO SO") == fold(unicodedata.normalize("NFD", "cơ sở"))
    True
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_DIACRITIC_FREE))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare.lower()).split())


def _build_index() -> dict[str, dict[str, str]]:
    index: dict[str, dict[str, str]] = {}
    for column, terms in TERMS.items():
        keys: dict[str, str] = {}
        for term in terms:
            for spelling in (term.code, term.code.replace("_", " "), term.vi, term.en, *term.aliases):
                key = fold(spelling)
                other = keys.setdefault(key, term.code)
                if other != term.code:  # pragma: no cover - guarded by a unit test
                    raise ValueError(f"{column}: {spelling!r} folds to {key!r} for {other} and {term.code}")
        index[column] = keys
    return index


_INDEX = _build_index()


def codes(column: str) -> list[str]:
    """Return the codes of a vocabulary column, in their defined order."""
    return [term.code for term in TERMS[column]]


def term(column: str, code: str) -> Term:
    """Return the :class:`Term` of ``code`` in ``column``; raise KeyError if unknown."""
    for candidate in TERMS[column]:
        if candidate.code == code:
            return candidate
    raise KeyError(f"{code!r} is not a code of {column!r}")


def to_code(column: str, value: str) -> str | None:
    """Map a label, alias or code as typed in a report to its code.

    Returns None when nothing matches. For ``level``, a leading "cấp" is optional.

    >>> to_code("level", "CẤP TỈNH")
    'province'
    >>> to_code("subject", "mô hình, điển hình")
    'model_or_exemplar'
    >>> to_code("subject", "robot") is None
    True
    """
    key = fold(value)
    found = _INDEX[column].get(key)
    if found is None and column == "level" and key.startswith("cap "):
        found = _INDEX[column].get(key[4:])
    return found


def label(column: str, code: str, lang: Lang = "vi") -> str:
    """Return the display label of ``code`` in ``column``.

    Works for vocabulary codes and, with ``code=None``-free column names, see
    :func:`column_label`.

    >>> label("level", "bloc"), label("level", "bloc", "en")
    ('Khối', 'Bloc')
    """
    return term(column, code).label(lang)


def labels(column: str, lang: Lang = "vi") -> dict[str, str]:
    """Return ``{code: label}`` for a vocabulary column, in order."""
    return {t.code: t.label(lang) for t in TERMS[column]}


def colours(column: str, lang: Lang = "vi") -> dict[str, str]:
    """Return ``{label: colour}`` for a vocabulary column (for plotly's colour maps)."""
    return {t.label(lang): t.colour or OKABE_ITO["grey"] for t in TERMS[column]}


def column_label(column: str, lang: Lang = "vi") -> str:
    """Return the display name of a column of the tidy frame or of a comparison table."""
    vi, en, _aliases = COLUMN_LABELS[column]
    return vi if lang == "vi" else en


_TABLES = {"records": COLUMN_LABELS, "sources": SOURCE_COLUMN_LABELS}


def accepted_headers(column: str, table: str = "records") -> list[str]:
    """Return every header spelling the loader accepts for ``column`` of ``table``."""
    vi, en, aliases = _TABLES[table][column]
    return [column, vi, en, *aliases]


def _build_header_index(table: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for column in _TABLES[table]:
        for spelling in accepted_headers(column, table):
            index.setdefault(fold(spelling), column)
    return index


_HEADER_INDEX = {table: _build_header_index(table) for table in _TABLES}


def header_to_column(header: str, table: str = "records") -> str | None:
    """Map an input header ("Cấp", "level", "CAP CONG NHAN") to a column name.

    ``table`` is "records" or "sources". Returns None for an unknown header.

    >>> header_to_column("Số lượng"), header_to_column("Ngày đăng", "sources")
    ('count', 'published')
    """
    return _HEADER_INDEX[table].get(fold(header))


def check_lang(lang: str) -> Lang:
    """Return ``lang`` if it is "vi" or "en"; raise a clear ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"lang must be 'vi' or 'en', not {lang!r}")
    return lang  # type: ignore[return-value]


# --- words of tables and charts (compare.py, figures.py) ------------------------------

#: Shown for a missing value of a vocabulary column: the report does not say.
NOT_STATED: tuple[str, str] = ("Không rõ", "Not stated")

#: Words that chart titles, axes and notes are built from: ``{key: (vi, en)}``.
FIGURE_TEXTS: dict[str, tuple[str, str]] = {
    "source": ("Nguồn", "Source"),
    "period": ("Kỳ", "Period"),
    "by": ("theo", "by"),
    "and": ("và", "and"),
    "by_level": ("theo cấp", "by level"),
    "by_period": ("theo kỳ", "by period"),
    "by_movement": ("theo phong trào", "by movement"),
    "per_year": ("bình quân mỗi năm", "per year"),
    "years": ("năm", "years"),
    "total": ("Tổng", "Total"),
    "lower_bound": ("cận dưới", "lower bound"),
    "at_least_note": (
        "Vạch chéo (/): cận dưới, số thực tế lớn hơn",
        "Hatched (/): lower bound, the true number is higher",
    ),
    "at_most_note": (
        "Vạch chéo (\\): cận trên, số thực tế nhỏ hơn",
        "Hatched (\\): upper bound, the true number is lower",
    ),
    "approx_note": ("Chấm (.): số ước tính", "Dotted (.): approximate number"),
    "per_year_note": (
        "Bình quân mỗi năm = số lượng ÷ số năm của kỳ (một quý = 0,25 năm)",
        "Per year = count ÷ length of the period in years (a quarter = 0.25)",
    ),
    # Comparisons by province (compare.pyramid_by_province and the charts after it).
    "all_levels": ("Mọi cấp (tổng toàn địa bàn)", "All levels (area-wide tally)"),
    "now_part_of": ("nay thuộc", "now part of"),
    "all": ("Tất cả", "All"),
    "all_provinces": ("Tất cả tỉnh, thành phố", "All provinces"),
    "by_province": ("theo tỉnh, thành phố", "by province"),
    "over_time": ("theo thời gian", "over time"),
    "log_scale": ("thang logarit", "log scale"),
    "share_of_lowest": ("Tỷ lệ so với cấp thấp nhất", "Share of the lowest level"),
    "n_documents": ("{n} tài liệu", "{n} documents"),
    "more_publishers": ("và {n} nơi đăng khác", "and {n} other publishers"),
    "source_list": ("danh sách: trang tính sources của {files}", "list: sheet 'sources' of {files}"),
    "n_periods": ("{n} kỳ, từ {first} đến {last}", "{n} periods, {first} to {last}"),
    "no_rate_note": (
        "{n} số lũy kế ghi theo tháng: không có bình quân năm, không vẽ",
        "{n} running totals dated by a month: no per-year rate, not drawn",
    ),
    "segment_note": ("Đoạn ngang = kỳ của số liệu", "Segment = the period of the count"),
    "marker_at_least_note": ("▲: cận dưới, số thực tế lớn hơn", "▲: lower bound, the true number is higher"),
    "marker_at_most_note": ("▼: cận trên, số thực tế nhỏ hơn", "▼: upper bound, the true number is lower"),
    "marker_approx_note": ("◆: số ước tính", "◆: approximate number"),
    "labels_hidden_note": (
        "{n} đoạn: quá nhiều để ghi tên; xem tên tỉnh khi rê chuột (HTML) hoặc lọc theo tỉnh",
        "{n} segments: too many to name; hover (HTML) or filter by province to see names",
    ),
}

#: A record whose note begins with this is an area-wide tally over every level ("toàn tỉnh",
#: "được công nhận các cấp"), written at the grassroots level because the schema has no code
#: for "all levels" (data/README.md, "Province-wide tallies versus recognition at a level").
ALL_LEVELS_NOTE: str = "Tổng toàn địa bàn (mọi cấp)"
#: The words such a note, or a unit's own running total over every level, ends with.
ALL_LEVELS_CONVENTION: str = "ghi cấp cơ sở theo quy ước"
#: The colour of an all-levels tally in charts coloured by level (no level has it).
ALL_LEVELS_COLOUR: str = OKABE_ITO["black"]

#: Short labels for legends and selector buttons, where a full label would not fit:
#: ``{(column, code): (vi, en)}``; a code not listed keeps its label.
SHORT_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("movement", "ho_chi_minh_study"): ("Học tập và làm theo Bác", "Following Ho Chi Minh"),
    ("movement", "grassroots_democracy"): ("Quy chế dân chủ ở cơ sở", "Grassroots democracy"),
}


def not_stated(lang: Lang = "vi") -> str:
    """Return the label of a missing value ("Không rõ", "Not stated")."""
    return NOT_STATED[0] if lang == "vi" else NOT_STATED[1]


def figure_text(key: str, lang: Lang = "vi") -> str:
    """Return a word of chart titles and notes from :data:`FIGURE_TEXTS`.

    >>> figure_text("source"), figure_text("source", "en")
    ('Nguồn', 'Source')
    """
    vi, en = FIGURE_TEXTS[key]
    return vi if lang == "vi" else en


def short_label(column: str, code: str, lang: Lang = "vi") -> str:
    """Return the short label of ``code`` (:data:`SHORT_LABELS`), or its label.

    >>> short_label("movement", "ho_chi_minh_study"), short_label("level", "bloc")
    ('Học tập và làm theo Bác', 'Khối')
    """
    pair = SHORT_LABELS.get((column, code))
    if pair is None:
        return label(column, code, lang)
    return pair[0] if lang == "vi" else pair[1]


# --- words of the build outputs (build.py, cli.py) ---------------------------------------

#: Words of ``index.html``, the Excel summary and the ``dvk`` command: ``{key: (vi, en)}``.
REPORT_LABELS: dict[str, tuple[str, str]] = {
    "index_title": ("Báo cáo phân tích phong trào “Dân vận khéo”", "“Dân vận khéo” analysis report"),
    "built_at": ("Thời điểm tạo", "Built at"),
    "language": ("Ngôn ngữ", "Language"),
    "province_shown": ("Biểu đồ theo tỉnh mở ở", "Province charts open on"),
    "reports": ("Báo cáo", "Reports"),
    "figures": ("Biểu đồ", "Figures"),
    "summary": ("Bảng tổng hợp Excel", "Excel summary"),
    "data": ("Dữ liệu", "Data"),
    "file": ("Tệp", "File"),
    "sheet": ("Trang tính", "Sheet"),
    "row": ("Dòng", "Row"),
    "column": ("Cột", "Column"),
    "value": ("Giá trị", "Value"),
    "expected": ("Cần có", "Expected"),
    "sha256": ("Mã băm SHA-256", "SHA-256"),
    "rows_read": ("Số dòng đọc", "Rows read"),
    "rows_loaded": ("Số dòng nạp", "Rows loaded"),
    "rows_rejected": ("Số dòng bị loại", "Rows rejected"),
    "records": ("Bản ghi", "Records"),
    "sources": ("Nguồn", "Sources"),
    "changes": ("Thay đổi so với lần tạo trước", "Changes since the previous build"),
    "first_build": ("Lần tạo đầu tiên: chưa có gì để so sánh.", "First build: nothing to compare with."),
    "no_changes": ("Không có thay đổi.", "No changes."),
    "added": ("Thêm mới", "Added"),
    "removed": ("Bị xóa", "Removed"),
    "changed": ("Thay đổi", "Changed"),
    "figures_added": ("Biểu đồ mới", "Figures added"),
    "figures_removed": ("Biểu đồ bị bỏ", "Figures removed"),
    "figures_changed": ("Biểu đồ thay đổi", "Figures changed"),
    "data_valid": ("Dữ liệu hợp lệ", "Data valid"),
    "data_invalid": ("Dữ liệu có lỗi", "Data has problems"),
    "build_done": ("Đã tạo báo cáo", "Build written"),
    "build_failed": ("Không tạo được báo cáo", "Build failed"),
    "previous_kept": ("Kết quả lần trước được giữ nguyên.", "The previous outputs are unchanged."),
    "data_problems": ("lỗi trong dữ liệu", "problem(s) in the award data"),
    "template_written": ("Đã ghi mẫu nhập liệu", "Template written"),
    "template_next": (
        "Điền trang «{sheet}», rồi kiểm tra bằng: dvk validate {path}",
        "Fill in the «{sheet}» sheet, then check it with: dvk validate {path}",
    ),
}


def report_label(key: str, lang: Lang = "vi") -> str:
    """Return a word of the build outputs from :data:`REPORT_LABELS`.

    >>> report_label("figures"), report_label("figures", "en")
    ('Biểu đồ', 'Figures')
    """
    vi, en = REPORT_LABELS[key]
    return vi if lang == "vi" else en


# --- words of the text extractor (extract.py) -------------------------------------------

#: Why a number in a report's text is not a count: ``{code: (vi, en)}``.
NOT_COUNT_REASONS: dict[str, tuple[str, str]] = {
    "date": ("ngày tháng", "a date"),
    "period": ("thời kỳ (năm, quý, giai đoạn)", "a period (year, quarter, phase)"),
    "comparison_period": ("kỳ so sánh (“so với năm ...”)", "the period compared with ('so với năm ...')"),
    "future_period": (
        "thời kỳ sau ngày đăng (kế hoạch, tầm nhìn)",
        "a period after the publication date (a plan, a vision)",
    ),
    "term_period": ("nhiệm kỳ của một chức vụ (“bầu cử ... nhiệm kỳ 2021-2026”)", "an office's term"),
    "year": ("năm, không phải số lượng", "a year, not a count"),
    "duration": ("khoảng thời gian (“3 năm”)", "a duration ('3 năm')"),
    "percent": ("tỷ lệ phần trăm", "a percentage"),
    "money": ("số tiền", "an amount of money"),
    "ordinal": ("số thứ tự (“thứ năm”, “lần thứ”)", "an ordinal ('thứ năm', 'lần thứ')"),
    "read_counter": ("bộ đếm lượt đọc, lượt xem của trang", "the page's read or view counter"),
    "document_id": ("số hiệu văn bản hoặc mã", "a document number or an id"),
    "fraction": ("phân số hoặc tỷ số (“105/130”)", "a fraction or ratio ('105/130')"),
    "decimal": ("số thập phân", "a decimal number"),
    "time_of_day": ("giờ trong ngày", "a time of day"),
    "age": ("tuổi", "an age"),
    "other_unit": ("đếm thứ khác (không phải mô hình, điển hình, tập thể, cá nhân)", "counts something else"),
    "mixed_subject": ("gộp tập thể và cá nhân: không tách được", "collectives and individuals together"),
    "other_movement": ("phong trào hoặc danh hiệu khác, không có mã", "another movement or title (no code)"),
    "restated": ("nhắc lại một số đã ghi", "restates a count already recorded"),
    "no_unit": ("số đứng một mình, không rõ đếm gì", "a bare number: what it counts is not said"),
    "one_of": ("“một trong N”: nhắc đến một nhóm đã đếm", "'one of N': names a group, not a count"),
    "replicated": (
        "mô hình được nhân rộng: không phải đăng ký, công nhận hay khen thưởng",
        "models replicated elsewhere: not registered, recognised or rewarded",
    ),
    "quota": (
        "chỉ tiêu, kế hoạch (“mỗi xã ít nhất 1 mô hình”, “phấn đấu có 100 mô hình”)",
        "a target or plan ('at least 1 per commune', 'aim for 100 models')",
    ),
    "discovered": (
        "tập thể, cá nhân “được phát hiện”: không phải công nhận hay khen thưởng",
        "collectives or individuals 'found': not recognised or rewarded",
    ),
    "by_unit": (
        "phần chia theo từng đơn vị được nêu tên (“TP. Điện Biên Phủ 13 mô hình; Nậm Pồ 2 ...”)",
        "a total split by named unit ('TP. Điện Biên Phủ 13 mô hình; Nậm Pồ 2 ...')",
    ),
}

#: Why an extracted record needs a reviewer's eye: ``{code: (vi, en)}``.
REVIEW_REASONS: dict[str, tuple[str, str]] = {
    "action_guessed": ("hình thức không nêu, đã đoán", "action not stated, guessed"),
    "level_guessed": ("cấp không nêu, đã đoán", "level not stated, guessed"),
    "period_carried": ("thời kỳ lấy từ câu trước", "period carried from an earlier sentence"),
    "period_guessed": ("thời kỳ không nêu, lấy theo bài hoặc ngày đăng", "period not stated, guessed"),
    "movement_guessed": ("phong trào không nêu trong câu", "movement not named in the sentence"),
    "number_word": ("số viết bằng chữ", "number written as a word"),
    "proposed": ("đề nghị, chưa phải khen thưởng", "a proposal, not an award"),
    "instances": ("số lượt: một đơn vị có thể được tính nhiều lần", "instances: a unit may count twice"),
    "change": ("mức tăng, giảm, không phải số lượng", "a change, not a number of units"),
    "headline": ("số trong tiêu đề", "a number in the headline"),
}

#: Words of the extractor's workbook and of ``dvk extract``: ``{key: (vi, en)}``.
EXTRACT_LABELS: dict[str, tuple[str, str]] = {
    "review_sheet": ("Xem lại", "Review"),
    "others_sheet": ("Số không phải số lượng", "Other numbers"),
    "confidence": ("Độ tin cậy", "Confidence"),
    "needs_review": ("Cần xem lại", "Needs review"),
    "reasons": ("Lý do xem lại", "Why review"),
    "span": ("Vị trí trong văn bản", "Position in the text"),
    "number": ("Con số", "Number"),
    "why_not": ("Vì sao không phải số lượng", "Why it is not a count"),
    "context": ("Ngữ cảnh", "Context"),
    "restates": ("Nhắc lại bản ghi", "Restates record"),
    "yes": ("Có", "Yes"),
    "no": ("Không", "No"),
    "review_note": ("Cần xem lại", "Review"),
    "extracted_from": ("Trích tự động từ", "Extracted automatically from"),
    "written": ("Đã ghi", "Written"),
    "candidates": ("bản ghi đề xuất", "candidate records"),
    "to_review": ("cần xem lại", "to review"),
    "other_numbers": ("số khác", "other numbers"),
}


def extract_label(key: str, lang: Lang = "vi") -> str:
    """Return a word of the extractor from :data:`NOT_COUNT_REASONS`, :data:`REVIEW_REASONS`
    or :data:`EXTRACT_LABELS`.

    >>> extract_label("duration"), extract_label("duration", "en")
    ('khoảng thời gian (“3 năm”)', "a duration ('3 năm')")
    """
    for table in (NOT_COUNT_REASONS, REVIEW_REASONS, EXTRACT_LABELS):
        if key in table:
            vi, en = table[key]
            return vi if lang == "vi" else en
    raise KeyError(f"{key!r} is not a word of the extractor")
