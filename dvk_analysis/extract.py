"""From report text to candidate records: a first draft for an analyst to review.

New data mostly arrives as text (news items, summary reports). :func:`extract_counts`
reads such a text and returns one candidate record per count it states, in the columns
of the tidy frame (:mod:`dvk_analysis.schema`) plus where the count was read
(``quote``, ``span_start``, ``span_end``), a ``confidence`` and a ``needs_review`` flag.
:func:`other_numbers` lists every other number of the text with the reason it is not a
count (a date, a duration, a percentage, a read counter...). :func:`read_document` reads
.txt, .html and .docx files; :func:`write_workbook` writes the draft as an .xlsx in the
loader's input layout, ready to correct in Excel and load with
:func:`dvk_analysis.load_awards`.

How a text is read, in order:

1. Normalise to NFC (spans index the normalised text) and fold a same-length copy
   without diacritics, so patterns match "hoà"/"hòa", capitals and "đ" typed as "d".
2. Find the expressions that are not counts first (periods, dates, times, fractions,
   percentages, document numbers), then every remaining number, and classify it by its
   neighbours: a subject noun after it ("mô hình", "điển hình", "tập thể", "cá nhân")
   makes a candidate count; a unit of time, money or anything else gives the reason it is
   not one.
3. Group candidates written together ("7 tập thể, 6 cá nhân") and resolve each one's
   action, tier, level, period, movement and issuer from the words nearest to it: after
   the group first for what qualifies it ("... có thành tích xuất sắc", "cấp tỉnh"),
   before it for the verb that governs it ("tặng giấy khen 7 tập the"); parts written
   after "trong đó" or in brackets are linked to their total and inherit what they do not
   restate; a period may be carried from an earlier sentence.
4. Drop restatements (a headline or a later sentence repeating a count) into the
   companion list, and score each record: whatever was guessed lowers its confidence.

Everything here is rules on words, not a trained model: every decision can be traced to
a pattern below, and a reviewer sees why a record was flagged.
"""

from __future__ import annotations

import datetime as dt
import html
import html.parser
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema, vocab
from .parse import ParseError, Period, parse_count, parse_period
from .vocab import Lang

__all__ = [
    "DocumentError",
    "Extraction",
    "evaluate",
    "extract",
    "extract_counts",
    "extract_file",
    "other_numbers",
    "read_document",
    "write_workbook",
]

#: Columns added to the tidy frame's columns by :func:`extract_counts`.
REVIEW_COLUMNS: tuple[str, ...] = ("span_start", "span_end", "confidence", "needs_review", "reasons")

#: Columns of :func:`other_numbers`.
OTHER_COLUMNS: tuple[str, ...] = ("text", "value", "span_start", "span_end", "reason", "same_as", "context")

#: Records below this confidence are flagged for review.
REVIEW_THRESHOLD = 0.75

READABLE_DOCUMENTS = (".txt", ".html", ".htm", ".docx")


# --- text preparation -----------------------------------------------------------------------


def _normalise(text: str) -> str:
    """NFC, with look-alike spaces made plain spaces (same length, so spans stay valid)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\u00a0\u2007\u202f\u200b\t]", " ", text)


def _fold_chars(text: str) -> str:
    """A copy of ``text`` of the same length: no diacritics, lower case, "đ" as "d".

    Same length matters: a match in the folded copy is a span of the original.
    """
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)) or ch
        low = base[0].lower()
        out.append(low if len(low) == 1 else base[0])
    return "".join(out)


# Word edges in the folded text.
_B = r"(?<![a-z0-9])"
_E = r"(?![a-z0-9])"
_YEAR = r"((?:19|20)\d\d)"


@dataclass
class _Span:
    kind: str  # what was found: period, date, action, level, ...
    start: int
    end: int
    code: str | None = None  # a vocabulary code, or a reason
    period: Period | None = None
    text: str = ""


# --- sentences --------------------------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence ("TP. Hồ Chí Minh").
_ABBREVIATIONS = {"tp", "q", "p", "tx", "tt", "ths", "ts", "gs", "pgs", "bs", "ks", "th", "x", "h", "ll"}


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    headline: bool = False
    heading: bool = False  # a later short line with no full stop: a sub-heading or caption
    caption: bool = False  # a photo's caption: followed by "Ảnh: ..." or carrying it


# A dateline: weekday, date, time, "(GMT+7)", "Đăng ngày", and nothing else.
_DATELINE = re.compile(
    r"(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|dang ngay|ngay dang|cap nhat|gmt\s*\+?\s*7"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?|[\s,|()\[\]:+-])*"
)


def _is_dateline(folded_line: str) -> bool:
    line = folded_line.strip()
    return bool(line) and bool(re.search(r"\d", line)) and _DATELINE.fullmatch(line) is not None


def _sentences(text: str, folded: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        start = line_start
        for m in re.finditer(r"[.!?…]+[”\"']?\s+(?=[“\"'(]?[A-ZĐÀ-Ỹ0-9])", line):
            word = re.search(r"(\w+)\W*$", folded[line_start : line_start + m.start() + 1])
            if word and word.group(1) in _ABBREVIATIONS:
                continue
            cut = line_start + m.end()
            out.append(_Sentence(start, cut, paragraph))
            start = cut
        out.append(_Sentence(start, line_end, paragraph))
        paragraph += 1
    for i, sentence in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) and out[i + 1].paragraph == sentence.paragraph else None
        if re.search(_B + r"anh\s*:", folded[sentence.start : sentence.end]) or (
            nxt is not None and re.match(r"\s*\(?anh\s*:", folded[nxt.start : nxt.end])
        ):
            sentence.caption = True
    # A headline: the first paragraph that is not a dateline, one short sentence with no full
    # stop at its end. Later paragraphs of that shape are sub-headings or captions.
    datelines = {s.paragraph for s in out if _is_dateline(folded[s.start : s.end])}
    first_paragraph = min((s.paragraph for s in out if s.paragraph not in datelines), default=-1)
    for paragraph in sorted({s.paragraph for s in out} - datelines):
        sentences = [s for s in out if s.paragraph == paragraph]
        line = text[sentences[0].start : sentences[0].end].strip()
        if len(sentences) != 1 or line.endswith((".", ":", ";", "…")):
            continue
        if paragraph == first_paragraph and len(line) <= 200:
            sentences[0].headline = True
        elif paragraph != first_paragraph and len(line) <= 80:
            sentences[0].heading = True
    return out


# --- expressions that are not counts ------------------------------------------------------

_PERIOD_PATTERNS: tuple[tuple[str, str], ...] = (
    # "từ năm 2009 đến nay": a phase ending in the year of publication (resolved later).
    ("since", _B + r"tu nam\s+" + _YEAR + r"\s+(?:den|toi) nay" + _E),
    ("range", _B + r"(?:giai doan|thoi ky|nhiem ky)?\s*\(?" + _YEAR + r"\s*[-–—]\s*" + _YEAR + r"(?!\d)"),
    ("range", _B + r"tu nam\s+" + _YEAR + r"\s+(?:den|toi) nam\s+" + _YEAR + r"(?!\d)"),
    ("quarter", _B + r"quy\s+(i{1,3}|iv|[1-4])\s*(?:/|nam|-)\s*" + _YEAR + r"(?!\d)"),
    ("half", _B + r"(?:6|sau) thang (dau|cuoi) nam\s*" + _YEAR + r"(?!\d)"),
    ("month", _B + r"thang\s+(\d{1,2})\s*(?:/|nam)\s*" + _YEAR + r"(?!\d)"),
    # "các năm 2016, 2017, 2018": consecutive years named one by one are the phase they span.
    ("years", _B + r"(?:cac )?nam\s+" + _YEAR + r"(?:\s*(?:,|va)\s*" + _YEAR + r"(?!\d|[.,/-]\d))+"),
    ("year", _B + r"nam\s+" + _YEAR + r"(?!\d|[.,/-]\d)"),
)

_DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("date", r"(?<![\d.,/])\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?![\d.,/-]*\d)"),
    ("date", _B + r"(?:ngay|sang|chieu|toi|trua|dem|hom) (\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.-])"),
    ("time_of_day", r"(?<![\d.,])\d{1,2}\s*(?::|h)\s*\d{2}(?!\d)"),
    ("time_of_day", r"(?<![\d.,])\d{1,2}\s*(?:h|gio)(?![a-z0-9])"),
    ("percent", r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|phan tram" + _E + ")"),
    ("document_id", r"(?<![\d.,])\d+(?:/\d+)*[-/][a-z]{1,8}(?:[-/][a-z0-9]{1,10})*" + _E),
    ("date", r"(?<![\d.,/])(?:[0-2]?\d|3[01])-(?:0?[1-9]|1[0-2])(?![\d/.-])"),
    ("fraction", r"(?<![\d.,/])\d+(?:\.\d{3})*\s*/\s*\d+(?:\.\d{3})*(?![\d/])"),
    ("decimal", r"(?<![\d.,])\d+,\d+(?![\d,])"),
    ("year", r"(?<![\d.,/-])" + _YEAR + r"(?![\d.,/-]\d)"),
)

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# How long the work ran, said as a duration: "qua 5 năm", "trong 5 năm", "sau 3 năm".
_YEARS_RUN = re.compile(_B + r"(?:qua|trong|sau) (\d{1,2}) nam" + _E)
# The year a movement or plan started: "phát động từ năm 2009", "triển khai năm 2011".
_LAUNCHED = re.compile(_B + r"(?:phat dong|trien khai|bat dau)(?: tu)? nam\s+" + _YEAR)
# "5 năm qua", "trong 5 năm qua": the years up to the time of writing.
_YEARS_PAST = re.compile(
    _B + r"(?:(\d{1,2}) nam qua|qua (\d{1,2}) nam (?:trien khai|thuc hien|phat dong))" + _E
)
# A period the text plans for, not one a count belongs to: "phương hướng ... giai đoạn tiếp
# theo (2015 - 2020)", "kế hoạch giai đoạn 2025-2030", "mục tiêu đến năm 2030".
# An office's term ("bầu cử đại biểu ... nhiệm kỳ 2021-2026"): not the period of a count.
_TERM_BEFORE = re.compile(r"(?:bau cu|dai bieu|hdnd|hoi dong nhan dan|quoc hoi)[^.;]{0,50}nhiem ky")
_PLAN_BEFORE = re.compile(
    r"(?:"
    + _B
    + r"(?:phuong huong|ke hoach|dinh huong|muc tieu|tam nhin)[^.;]{0,50}"
    + r"|"
    + _B
    + r"(?:giai doan|nhiem ky|thoi ky) (?:tiep theo|toi|sap toi|moi)\s*\(?\s*"
    + r")$"
)


def _period_of(
    kind: str,
    m: re.Match[str],
    published: dt.date | None,
    latest_year: int | None,
    years_run: int | None = None,
) -> Period:
    g = m.groups()
    if kind == "since":
        end = published.year if published else latest_year
        if not published and years_run and (end is None or end <= int(g[0])):
            # "từ năm 2011 đến nay ... Qua 5 năm": the text says how long it ran.
            end = int(g[0]) + years_run - 1
        if end is None or end <= int(g[0]):
            return parse_period(g[0])
        return parse_period(f"{g[0]}-{end}")
    if kind == "range":
        return parse_period(f"{g[0]}-{g[1]}")
    if kind == "years":
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(0))]
        if years != list(range(years[0], years[0] + len(years))):
            raise ParseError(f"not consecutive years: {m.group(0)}")  # each is read on its own
        return parse_period(f"{years[0]}-{years[-1]}")
    if kind == "quarter":
        q = _ROMAN.get(g[0]) or int(g[0])
        return parse_period(f"quý {q} năm {g[1]}")
    if kind == "half":
        return parse_period(f"6 tháng {'đầu' if g[0] == 'dau' else 'cuối'} năm {g[1]}")
    if kind == "month":
        return parse_period(f"tháng {int(g[0])}/{g[1]}")
    return parse_period(g[0])


# --- words around a number ------------------------------------------------------------------

# The subject noun right after a number, longest first. "tập thể mô hình" counts collectives,
# "mô hình tập thể" counts models: the first noun decides (data/README.md).
_SUBJECTS: tuple[tuple[str, str], ...] = (
    # "mô hình, điển hình" and "mô hình điển hình" (the annotators' reading of both).
    (r"mo hinh\s*(?:,|va|/|hoac)?\s*dien hinh", "model_or_exemplar"),
    (r"mo hinh", "model"),
    (r"(?:guong )?dien hinh", "exemplar"),
    (r"tap the", "collective"),
    (r"ca nhan", "individual"),
)
_MIXED = r"(?:tap the\s*(?:,|va|/|hoac)\s*ca nhan|ca nhan\s*(?:,|va|/|hoac)\s*tap the)" + _E
_SUBJECT_RE = re.compile(
    r"^\s*(luot\s+)?[“\"']?\s*(" + "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_SUBJECTS)) + ")" + _E
)
# Words that may follow the subject noun and still belong to its phrase.
_NOUN_TAIL = re.compile(
    r"(?:\s*(?:tap the|ca nhan|dien hinh|mo hinh|tieu bieu|xuat sac|dan van kheo|[“\"][^”\"\n]{0,60}[”\"]))*"
)

_QUALIFIER_BEFORE = re.compile(_B + r"(khong qua|it nhat|xap xi|toi da|khoang|chung|tren|hon|gan|duoi)\s*$")
_CHANGE_BEFORE = re.compile(_B + r"(tang|giam)(?: them)?\s*(?:(?:tren|hon|gan|khoang)\s*)?$")

_UNIT_AFTER: tuple[tuple[str, str], ...] = (
    ("read_counter", r"^\s*luot (?:xem|doc|truy cap|thich|chia se|binh luan)" + _E),
    ("percent", r"^\s*(?:%|phan tram" + _E + ")"),
    ("money", r"^\s*(?:trieu |ty |ti |nghin |ngan |tram )?(?:dong|vnd|d|usd|\$)" + _E),
    ("other_unit", r"^\s*(?:trieu|ty|ti|nghin|ngan|van)" + _E),
    (
        "duration",
        r"^\s*(?:nam|thang|ngay|tuan|gio|phut|thap ky|thap nien|the ky|nhiem ky)" + _E + r"(?!\s*\d)",
    ),
    ("age", r"^\s*tuoi" + _E),
)
_READ_BEFORE = re.compile(
    r"(?:so lan doc|so luot doc|luot doc|luot xem|so luot xem|luot truy cap|views?)\s*:?\s*$"
)
_ID_BEFORE = re.compile(
    _B
    + r"(?:chi thi|nghi quyet|quyet dinh|ke hoach|cong van|thong bao|nghi dinh|thong tu|huong dan|ket luan"
    + r"|quy dinh|dieu|khoan|luat|ma so|so hieu|so dien thoai|dt|id)\s*(?:so\s*)?:?\s*$"
)
_SO_BEFORE = re.compile(
    r"(?:^|[^a-z])(tong|con|trong|mot|nhieu|da|phan|dai|so|ty|the)?\s*" + _B + r"so\s*:?\s*$"
)
# A target for each unit: "mỗi xã (xây dựng) ít nhất 1 mô hình", "các xã, thị trấn ... tối thiểu 2".
_QUOTA_BEFORE = re.compile(
    _B
    + r"(?:moi|cac) (?:xa|phuong|thi tran|co so|chi hoi|chi bo|don vi|khu dan cu|thon|ap|to chuc|dia phuong)"
    + r"[^.;!?]{0,70}"
    + _B
    + r"(?:it nhat|toi thieu)\s*$"
)
# What each unit registers ("Mỗi Đảng ủy phường đăng ký từ 2 – 3 mô hình", "100% các chi bộ
# ... đăng ký thực hiện 1 mô hình"): a rule for every unit, not a count.
_EACH_BEFORE = re.compile(
    r"(?:"
    + _B
    + r"moi|100\s*%\s*(?:cac)?)"
    + _E
    + r"[^.;!?]{0,70}"
    + _B
    + r"(?:dang ky|xay dung|thuc hien|co)"
    + _E
    + r"[^.;!?\d]{0,25}$"
)
# A count the text aims at: "phấn đấu ... 100 mô hình", "dự kiến xây dựng 20", "sẽ nhân rộng 5".
_PLAN_COUNT_BEFORE = re.compile(_B + r"(?:phan dau|du kien|muc tieu(?: la)?|se)" + _E + r"[^.;!?]{0,60}$")
_MONEY_BEFORE = re.compile(
    _B + r"(?:kinh phi|so tien|tri gia|tong kinh phi|ung ho|quyen gop)\s*(?:la|khoang|hon|tren|gan)?\s*$"
)

_NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_NUMBER_WORD_RE = re.compile(r"(?<!\w)(" + "|".join(_NUMBER_WORDS) + r")(?!\w)")

# Action words, after fold(), with their code. Award forms name what was given and win over
# the generic verbs; a proposal ("đề nghị ... khen thưởng") is never an award.
_ACTIONS: tuple[tuple[str, str], ...] = (
    # "đề xuất" too, and the bodies asked may come first ("đề xuất Ban Dân vận Tỉnh ủy, ... xét khen").
    (
        r"(?:de nghi|de xuat)(?: [a-z0-9.,]+){0,12}? (?:xet )?"
        r"(?:khen thuong|tang|cong nhan|tuyen duong|bieu duong|trao)",
        "proposed",
    ),
    (r"bang khen", "merit_certificate"),
    (r"giay khen", "certificate_of_merit"),
    (
        r"(?:bieu duong|tuyen duong),? (?:va )?khen thuong|khen thuong,? (?:va )?(?:bieu duong|tuyen duong)",
        "rewarded",
    ),
    (r"giai thuong|khen thuong", "rewarded"),
    (r"bieu duong|tuyen duong|vinh danh", "praised"),
    (r"cong nhan|dat tieu chi|dat hieu qua|binh xet,? dat", "recognised"),
    (
        r"dang ky|xay dung (?:va [a-z ]{0,24}?)?duoc|xay dung va (?:nhan rong|phat huy)"
        r"|thuc hien duoc|ghi nhan",
        "registered",
    ),
)
_AWARD_FORMS = {"merit_certificate", "certificate_of_merit"}
# Actions that may restate each other ("biểu dương 37" in a headline, "biểu dương, khen thưởng 37").
_ACTION_FAMILY = {
    "rewarded": "award",
    "praised": "award",
    "certificate_of_merit": "award",
    "merit_certificate": "award",
    "recognised": "recognised",
    "registered": "registered",
    "proposed": "proposed",
}

_LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    ("co so", "grassroots"),
    ("xa|phuong|thi tran", "commune"),
    ("huyen|quan|thi xa", "district"),
    ("(?:dang uy )?khoi", "bloc"),
    ("tinh", "province"),
    ("thanh pho|tp", "city"),  # province or district, by where the report is from
    ("trung uong|tw", "central"),
)
_LEVEL_RE = re.compile(
    _B + r"cap\s+(" + "|".join(f"(?P<l{i}>{p})" for i, (p, _) in enumerate(_LEVEL_WORDS)) + ")" + _E
)

# Bodies that award or report, with the level they stand for.
_ORGS: tuple[tuple[str, str], ...] = (
    (r"cap uy (?:cac )?(?:co so|chi bo)(?: dang)?", "grassroots"),
    (r"dang uy (?:xa|phuong|thi tran)", "commune"),
    (r"dang uy khoi|dang uy (?:cac )?co quan|dang uy ubnd|dang uy uy ban", "bloc"),
    (r"(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:tinh)", "province"),
    (r"(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa|q\.)", "district"),
    (r"(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:thanh pho|tp)", "city"),
    (r"(?:ban thuong vu |ban dan van )?tinh uy", "province"),
    (r"(?:ban thuong vu |ban dan van )?(?:huyen uy|quan uy|thi uy)", "district"),
    (r"(?:ban thuong vu |ban dan van )?thanh uy", "city"),
    (r"ban chi dao(?: [a-z“”\"]+){0,14}? (?:tinh)", "province"),
    (r"ban chi dao(?: [a-z“”\"]+){0,14}? (?:huyen|quan|thi xa)", "district"),
    (r"ban chi dao(?: [a-z“”\"]+){0,14}? (?:thanh pho|tp)", "city"),
    (r"bo chi huy quan su tinh|bo chqs tinh", "province"),
    (r"ban dan van trung uong|thu tuong|chinh phu|trung uong", "central"),
    (r"dang uy", "host"),
)
_ORG_RE = re.compile(_B + "(" + "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(_ORGS)) + ")" + _E)

_TIERS = (
    (r"(?:co |dat )?thanh tich xuat sac|xuat sac", "excellent"),
    (r"(?:co |dat )?thanh tich(?: tot)?", "achievement"),
)

_MOVEMENTS: tuple[tuple[str, str], ...] = (
    (r"dan van kheo", "dan_van_kheo"),
    (
        r"hoc tap va lam theo|chi thi (?:so )?05|lam theo tam guong|phong cach ho chi minh|lam theo bac",
        "ho_chi_minh_study",
    ),
    (r"quy che dan chu|qcdc|dan chu o co so", "grassroots_democracy"),
    # Named with no code of their own: counts under them are left out, with that reason.
    (r"dan van (?:cua )?chinh quyen|vi su nghiep dan van|ky niem chuong", "other"),
    # Other campaigns and titles: another directive, the poverty movement, model cadres.
    (
        r"chi thi (?:so )?(?!0?5\b)\d+|phong trao(?: thi dua)? [“\"]?vi nguoi ngheo"
        r"|can bo dan van (?:tieu bieu|gioi|xuat sac)"
        # A contest's prizes ("giấy khen cho 4 tập thể ... trong Cuộc thi viết về mô hình ...").
        r"|cuoc thi|hoi thi",
        "other",
    ),
)
# A movement named in a steering committee's name ("Ban Chỉ đạo thực hiện Quy chế dân chủ
# ở cơ sở và phong trào ...") names the body, not what a count is of.
_BODY_BEFORE = re.compile(r"ban chi dao(?: thuc hien)?(?: cac)? $")
# A movement the work is "gắn với" (tied to) accompanies the one the counts belong to: "công
# tác dân vận ... gắn với thực hiện cuộc vận động học tập và làm theo ..., 273 mô hình".
_TIED_BEFORE = re.compile(
    _B + r"gan (?:lien )?voi(?: viec)?(?: (?:thuc hien|day manh|trien khai))?"
    r"(?: (?:cuoc van dong|phong trao(?: thi dua)?|chuyen de))?\s*[“\"]?\s*$"
)

_PART_MARKERS = re.compile(
    _B + r"(?:trong do|trong so do|bao gom|gom co|gom|cu the)" + _E + r"\s*(?:co\s*)?:?\s*"
)
_COMPARISON = re.compile(_B + r"so voi\s*(?:cung ky\s*)?$")
_VERBS_AFTER_ORG = re.compile(
    _B
    + r"(?:da|cung|vua|tang|trao|khen thuong|cong nhan|tuyen duong|bieu duong|quyet dinh|to chuc|de nghi"
    + r"|khen|ghi nhan)"
    + _E
)


_FIELD_WORDS = re.compile(
    _B + r"(?:linh vuc|kinh te|van hoa|xa hoi|quoc phong|an ninh|chinh tri|he thong|xay dung|dang"
    r"|moi truong|giao duc|y te|nong thon moi|do thi|va|tren|[-,])" + _E
)


def _compile(patterns: Iterable[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(_B + "(?:" + p + ")" + _E), code) for p, code in patterns]


_ACTION_RES = _compile(_ACTIONS)
_TIER_RES = _compile(_TIERS)
_MOVEMENT_RES = _compile(_MOVEMENTS)


# --- the numbers of a text ---------------------------------------------------------------------


@dataclass
class _Number:
    start: int  # the number, with a qualifier word before it
    end: int
    text: str
    value: int | None
    qualifier: str = "exact"
    reason: str | None = None  # why it is not a count; None for a candidate
    subject: str | None = None
    noun_end: int = 0
    measure: str = "stock"
    word: bool = False
    sentence: int = -1
    clause_start: int = 0
    clause_end: int = 0
    same_as: str | None = None
    unit: str = ""


@dataclass
class _Candidate:
    number: _Number
    group: int = -1
    part_of: int | None = None  # index of the total among candidates
    movement: str | None = None
    subject: str | None = None
    action: str | None = None
    tier: str | None = None
    level: str | None = None
    period: Period | None = None
    issuer: str | None = None
    reasons: list[str] = field(default_factory=list)
    explicit: set[str] = field(default_factory=set)
    quote_start: int = 0
    quote_end: int = 0
    dropped: str | None = None  # reason it was dropped (restated, other_movement)
    same_as: int | None = None


@dataclass
class Extraction:
    """What :func:`extract` found in a text.

    Attributes
    ----------
    records : DataFrame
        Candidate records (see :func:`extract_counts`).
    others : DataFrame
        Every other number with the reason it is not a count (see :func:`other_numbers`).
    text : str
        The normalised text the spans index.
    source : dict
        The source's fields as given (``source_id``, ``title``, ``publisher``, ``published``,
        ``url``, ``province``...).
    """

    records: pd.DataFrame
    others: pd.DataFrame
    text: str
    source: dict[str, object]


def _source_fields(source: str | Mapping[str, object] | None) -> dict[str, object]:
    if source is None:
        return {}
    if isinstance(source, str):
        return {"source_id": source}
    fields = dict(source)
    if "id" in fields and "source_id" not in fields:
        fields["source_id"] = fields.pop("id")
    return fields


def _published(fields: Mapping[str, object]) -> dt.date | None:
    value = fields.get("published")
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return pd.Timestamp(str(value)).date()
    except (ValueError, TypeError):
        return None


class _Reader:
    """Everything found in one text: spans of non-counts, numbers, and words of context."""

    def __init__(self, text: str, fields: Mapping[str, object]) -> None:
        self.text = _normalise(text)
        self.folded = _fold_chars(self.text)
        self.lower = self.text.lower()
        self.fields = fields
        self.published = _published(fields)
        self.sentences = _sentences(self.text, self.folded)
        self.taken = bytearray(len(self.text))
        self.periods: list[_Span] = []
        self.others: list[_Span] = []
        self.numbers: list[_Number] = []
        self._find_non_counts()
        self._find_numbers()
        # The time of writing, for "đến nay": the publication date, else the first full date
        # the text gives ("Ngày 21/03/2017, ... tổ chức hội nghị").
        self.written = self.published or self._first_full_date()
        self._assign_sentences()
        self.actions = self._find(_ACTION_RES, "action")
        self.tiers = self._find(_TIER_RES, "tier")
        self.movements = self._find(_MOVEMENT_RES, "movement")
        self.levels = self._find_levels()
        self.orgs = self._find_orgs()
        self.markers = [(m.start(), m.end()) for m in _PART_MARKERS.finditer(self.folded)]
        self.province = self._province()
        self.city_is_province = self._city_is_province()

    # -- helpers

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _take(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def sentence_of(self, pos: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= pos < s.end:
                return i
        return len(self.sentences) - 1

    def clause_of(self, pos: int) -> tuple[int, int]:
        s = self.sentences[self.sentence_of(pos)]
        start, end = s.start, s.end
        for m in re.finditer(";", self.text[s.start : s.end]):
            cut = s.start + m.start()
            if cut < pos:
                start = cut + 1
            else:
                end = cut
                break
        return start, end

    # -- non-counts

    def _find_non_counts(self) -> None:
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", self.folded)]
        latest = max(years) if years else None
        run = _YEARS_RUN.search(self.folded)
        years_run = int(run.group(1)) if run and 1 < int(run.group(1)) <= 20 else None
        for kind, pattern in _PERIOD_PATTERNS:
            for m in re.finditer(pattern, self.folded):
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" (")))
                if not self._free(start, m.end()):
                    continue
                try:
                    period = _period_of(kind, m, self.published, latest, years_run)
                except ParseError:
                    continue
                before = self.folded[max(0, start - 20) : start]
                code = "comparison_period" if _COMPARISON.search(before) else "period"
                if _PLAN_BEFORE.search(self.folded[max(0, start - 70) : start]):
                    code = "future_period"  # "phương hướng ... giai đoạn tiếp theo (2015-2020)"
                if self.published is not None and period.start > self.published:
                    code = "future_period"  # a plan or a vision ("tầm nhìn đến năm 2050"): no count's
                if _TERM_BEFORE.search(self.folded[max(0, start - 70) : start + 9]):
                    code = "term_period"  # "bầu cử đại biểu HĐND nhiệm kỳ 2021-2026": an office's term
                self.periods.append(_Span("period", start, m.end(), code, period, self.text[start : m.end()]))
                self._take(start, m.end())
        for kind, pattern in _DATE_PATTERNS:
            for m in re.finditer(pattern, self.folded):
                start, end = m.start(), m.end()
                if kind == "date" and m.group(0)[:1].isalpha():  # "sáng 31-10": keep the word out
                    start = m.start(1)
                if not self._free(start, end):
                    continue
                code = kind
                if kind == "fraction":
                    _, b = (int(x.replace(".", "")) for x in re.findall(r"[\d.]+", m.group(0))[:2])
                    # "3/4" after "ngày" was taken as a date above; otherwise a ratio.
                    code = "fraction" if b else "document_id"
                self.others.append(_Span("other", start, end, code, None, self.text[start:end]))
                self._take(start, end)

    def _first_full_date(self) -> dt.date | None:
        for span in sorted(self.others, key=lambda o: o.start):
            if span.code != "date":
                continue
            found = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)", span.text.strip())
            # A document's date ("Kế hoạch số 53-KH/TU, ngày 10/3/2021") is not the time of writing.
            if found and re.search(
                r"(?:\d+[-/][a-z]{1,8}(?:/[a-z0-9]{1,10})*|ke hoach|ket luan|chi thi|nghi quyet|quyet dinh"
                r"|thong bao|huong dan|de an)[^.;]{0,12}$",
                self.folded[max(0, span.start - 40) : span.start],
            ):
                continue
            if found:
                try:
                    return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
                except ValueError:
                    continue
        return None

    # -- numbers

    def _find_numbers(self) -> None:
        for m in re.finditer(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d)", self.folded):
            if not self._free(m.start(), m.end()):
                continue
            self._classify(m.start(), m.end(), m.group(1), word=False)
        for m in _NUMBER_WORD_RE.finditer(self.lower):
            if not self._free(m.start(), m.end()):
                continue
            self._classify(m.start(), m.end(), m.group(1), word=True)
        self.numbers.sort(key=lambda n: n.start)

    def _classify(self, start: int, end: int, token: str, word: bool) -> None:
        f = self.folded
        before = f[max(0, start - 40) : start]
        after = f[end : end + 60]
        value = _NUMBER_WORDS[token] if word else int(token.replace(".", ""))
        number = _Number(start, end, self.text[start:end], value)

        def other(reason: str, unit: str = "") -> None:
            number.reason, number.unit = reason, unit
            self.numbers.append(number)

        low_before = self.lower[max(0, start - 12) : start]
        ordinal = re.search(r"(?:thứ|lần thứ|khóa|khoá|lần|số thứ tự)\s*$", low_before)
        if ordinal:
            if word and not re.search(r"thứ\s*$", low_before):
                return
            number.start = start - (len(low_before) - ordinal.start())
            number.text = self.text[number.start : end]
            return other("ordinal")
        if word:
            # A number word is a count only when a subject noun follows ("hai tập thể") and it
            # is not "một số" / "một trong" (some, one of).
            if not _SUBJECT_RE.match(after) or re.match(_MIXED, after.lstrip()):
                duration = re.match(_UNIT_AFTER[4][1], after)
                if duration and token != "năm":
                    number.end = end + duration.end()
                    number.text = self.text[start : number.end]
                    return other("duration")
                return
            if token == "một" and not re.search(
                r"(?:tặng|trao|khen thưởng|công nhận|tuyên dương|biểu dương|cho|và|,)\s*$",
                self.lower[max(0, start - 25) : start],
            ):
                return
        if any(o.value == value and o.unit and vocab.fold(o.unit) == "dai bieu" for o in self.numbers):
            return other("other_unit", "đại biểu")  # "203 đại biểu ...", then "203 điển hình về dự"
        if re.search(_B + r"mot trong(?: so)?(?: nhung| cac)?\s*$", before):
            return other("one_of")  # "một trong 11 tập thể": names a group counted elsewhere
        if _PLAN_COUNT_BEFORE.search(f[max(0, start - 80) : start]):
            return other("quota")  # "phấn đấu đến năm 2025 có 100 mô hình": a plan, not a result
        if _QUOTA_BEFORE.search(f[max(0, start - 90) : start]):
            return other("quota")  # "mỗi xã ít nhất 1 mô hình": a target for each unit
        each = _EACH_BEFORE.search(f[max(0, start - 110) : start])
        # Folded, "mỗi" (each) and "mới" (new) are one word: look at the text itself.
        if each and not self.lower[max(0, start - 110) + each.start() :].startswith(("mới", "moi")):
            return other("quota")  # "mỗi chi bộ đăng ký 1 – 2 mô hình": a rule for every unit
        # ("duy trì, phát triển, nhân rộng 961 mô hình", "xây dựng và nhân rộng được": the list's
        # first verb governs.)
        if re.search(_B + r"nhan rong(?: duoc)?\s*$", before) and not re.search(
            r"(?:,|\bva) nhan rong(?: duoc)?\s*$", before
        ):
            return other("replicated")  # "đồng thời nhân rộng được 39 mô hình": spread, not built
        if re.search(r"\d\s*[–-]\s*$", before):
            return other("quota")  # "từ 2 – 3 mô hình": a range a unit registers
        last = self.numbers[-1] if self.numbers else None
        if (
            last is not None
            and last.reason == "quota"
            and re.fullmatch(r"[^.;!?]{0,60}(?:,|\bva\b)\s*", f[last.end : start])
        ):
            return other("quota")  # "... ít nhất 1 mô hình ... và 1 điển hình": the same target
        if _READ_BEFORE.search(before):
            return other("read_counter")
        if _ID_BEFORE.search(before):
            return other("document_id")
        so = _SO_BEFORE.search(before)
        if so and not so.group(1):  # "số 24" is an id; "tổng số 500" is a count
            return other("document_id")
        if _MONEY_BEFORE.search(before):
            return other("money")
        for reason, pattern in _UNIT_AFTER:
            unit = re.match(pattern, after)
            if unit:
                if reason != "read_counter":  # "3 năm", "95 %", "500 triệu đồng": show the unit
                    number.end = end + unit.end()
                    number.text = self.text[number.start : number.end]
                return other(reason)
        if re.match(r"^\s*(?:luot\s+)?[“\"']?\s*" + _MIXED, after):
            return other("mixed_subject")
        m = _SUBJECT_RE.match(after)
        if not m and re.search(_B + r"trong do" + _E + r"[^.;!?]{0,40}$", f[max(0, start - 60) : start]):
            # "Trong đó, duy trì 116, đăng ký mới 162, tăng 87 mô hình": the list's last number
            # names the noun for all of them.
            listed = re.match(r"(?:\s*,\s*(?:[a-z]+ ){1,4}(?:\d{1,3}(?:\.\d{3})+|\d+))+", f[end : end + 120])
            if listed:
                m = _SUBJECT_RE.match(f[end + listed.end() : end + listed.end() + 60])
                if m:
                    number.subject = next(code for i, (_, code) in enumerate(_SUBJECTS) if m.group(f"s{i}"))
                    number.noun_end = end
                    self.numbers.append(number)
                    return
                m = None
        if not m:
            unit = re.match(r"^\s*([a-z]+(?: [a-z]+)?)", after)
            if unit:
                return other("other_unit", self.text[end + unit.start(1) : end + unit.end(1)])
            return other("no_unit")
        subject = next(code for i, (_, code) in enumerate(_SUBJECTS) if m.group(f"s{i}"))
        number.subject = subject
        number.measure = "instances" if m.group(1) else "stock"
        tail = _NOUN_TAIL.match(f, end + m.end())
        number.noun_end = tail.end() if tail else end + m.end()
        q = _QUALIFIER_BEFORE.search(before)
        if q:
            number.start = start - (len(before) - q.start())
            number.text = self.text[number.start : end]
            try:
                _, number.qualifier = parse_count(f"{q.group(1)} {value}")
            except ParseError:  # pragma: no cover - the words are parse_count's own
                number.qualifier = "exact"
        if _CHANGE_BEFORE.search(f[max(0, number.start - 20) : number.start]):
            number.measure = "change"
        number.word = word
        self.numbers.append(number)

    def _assign_sentences(self) -> None:
        for n in self.numbers:
            n.sentence = self.sentence_of(n.start)
            n.clause_start, n.clause_end = self.clause_of(n.start)

    # -- words of context

    def _find(self, compiled: list[tuple[re.Pattern[str], str]], kind: str) -> list[_Span]:
        found: list[_Span] = []
        taken = bytearray(len(self.text))
        tied_until: dict[str, int] = {}
        for pattern, code in compiled:  # earlier patterns win where they overlap
            for m in pattern.finditer(self.folded):
                if any(taken[m.start() : m.end()]):
                    continue
                if kind == "movement" and _BODY_BEFORE.search(
                    self.folded[max(0, m.start() - 30) : m.start()]
                ):
                    continue
                if kind == "movement" and (
                    m.start() < tied_until.get(code, -1)
                    or _TIED_BEFORE.search(self.folded[max(0, m.start() - 60) : m.start()])
                ):
                    # The rest of that name ("..., phong cách Hồ Chí Minh") is not a mention either.
                    tied_until[code] = m.end() + 80
                    continue
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                found.append(_Span(kind, m.start(), m.end(), code, None, self.text[m.start() : m.end()]))
        return sorted(found, key=lambda s: s.start)

    def _find_levels(self) -> list[_Span]:
        found = []
        for m in _LEVEL_RE.finditer(self.folded):
            code = next(code for i, (_, code) in enumerate(_LEVEL_WORDS) if m.group(f"l{i}"))
            found.append(_Span("level", m.start(), m.end(), code, None, self.text[m.start() : m.end()]))
        return found

    def _find_orgs(self) -> list[_Span]:
        found = []
        for m in _ORG_RE.finditer(self.folded):
            code = next(code for i, (_, code) in enumerate(_ORGS) if m.group(f"o{i}"))
            # The body's name runs to the verb that follows it ("... Kiên Giang tặng").
            rest = self.folded[m.end() : m.end() + 90]
            stop = len(rest)
            # "TP." and "TX." abbreviate "thành phố", "thị xã": their dot does not end the name.
            for cut in (_VERBS_AFTER_ORG.search(rest), re.search(r"[,;:()]|\n|(?<!tp)(?<!tx)\.", rest)):
                if cut:
                    stop = min(stop, cut.start())
            name = self.text[m.start() : m.end() + stop].strip(' “”"')
            if code == "city":
                code = self._city_level(self.folded[m.start() : m.end() + stop])
            found.append(_Span("org", m.start(), m.end() + stop, code, None, name))
        return found

    def _city_level(self, name: str) -> str:
        """ "Thành ủy TP. Thủ Đức" is a city inside a province (district level); "Thành ủy Cần
        Thơ" and a bare "Thành ủy" are left to :meth:`level_code`."""
        place = re.split(r"(?:thanh uy|thanh pho|tp\.?)\s*", name)[-1].strip(' .,“”"')
        if not place:
            return "city"
        try:
            from . import provinces
        except ImportError:  # pragma: no cover
            return "city"
        return "province" if provinces.match_province(place) else "district"

    def _province(self) -> str | None:
        given = self.fields.get("province")
        if isinstance(given, str) and given.strip():
            return given.strip()
        try:
            from . import provinces
        except ImportError:  # pragma: no cover - the crosswalk ships with the package
            return None
        counts: Counter[str] = Counter()
        folded = vocab.fold(self.text)  # "TP.HCM" and "tp hcm" alike
        for p in provinces.provinces():
            for name in (p.name, *p.aliases):
                key = vocab.fold(name)
                if len(key) < 4:
                    continue
                n = len(re.findall(_B + re.escape(key) + _E, folded))
                if n:
                    counts[p.name] += n
        if not counts:
            return None
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def _city_is_province(self) -> bool:
        if not self.province:
            return False
        try:
            from . import provinces
        except ImportError:  # pragma: no cover
            return False
        found = provinces.match_province(self.province)
        return bool(found and found[1].kind == "thanh_pho")

    def level_code(self, code: str | None) -> str | None:
        if code == "city":
            return "province" if self.city_is_province else "district"
        return code


# --- resolving each candidate ---------------------------------------------------------------------


def _nearest(spans: Sequence[_Span], lo: int, hi: int, anchor: int, *, after: bool) -> _Span | None:
    """The span within [lo, hi) nearest to ``anchor``: the first after it, or the last before."""
    inside = [s for s in spans if s.start >= lo and s.end <= hi]
    if after:
        inside = [s for s in inside if s.start >= anchor]
        return inside[0] if inside else None
    inside = [s for s in inside if s.end <= anchor]
    return inside[-1] if inside else None


class _Resolver:
    def __init__(self, reader: _Reader) -> None:
        self.r = reader
        self.candidates = [_Candidate(n) for n in reader.numbers if n.reason is None]
        self.host = self._host()

    def _host(self) -> _Span | None:
        """The body whose event the text reports: the one that "tổ chức", else the most named."""
        orgs = [o for o in self.r.orgs if o.code != "host"]
        if not orgs:
            return None
        for o in orgs:
            if re.match(r"\s*(?:da |vua )?to chuc", self.r.folded[o.end : o.end + 20]):
                return o
        counts = Counter(vocab.fold(o.text) for o in orgs)
        best = max(counts.values())
        return next(o for o in orgs if counts[vocab.fold(o.text)] == best)

    def run(self) -> list[_Candidate]:
        self._groups()
        self._parts()
        for c in self.candidates:
            self._resolve(c)
        for c in self.candidates:  # parts inherit what they do not restate, after totals resolve
            self._inherit(c)
        self._defaults()
        self._by_unit()
        self._restatements()
        return self.candidates

    # -- structure

    def _groups(self) -> None:
        group = -1
        prev: _Candidate | None = None
        for c in self.candidates:
            n = c.number
            joined = False
            if prev is not None and prev.number.clause_start == n.clause_start:
                between = self.r.folded[prev.number.noun_end : n.start]
                joined = re.fullmatch(r"[\s,]*(?:va|cung|,)?[\s,]*", between) is not None
            if not joined:
                group += 1
            c.group = group
            prev = c

    def group_members(self, group: int) -> list[_Candidate]:
        return [c for c in self.candidates if c.group == group]

    def _parts(self) -> None:
        r = self.r
        for i, c in enumerate(self.candidates):
            n = c.number
            if n.measure == "change":
                continue
            # Brackets right after a count: "55 mô hình (29 tập thể, 26 cá nhân)".
            if i > 0:
                prev = self.candidates[i - 1]
                between = r.folded[prev.number.noun_end : n.start]
                if re.fullmatch(r"\s*\(\s*", between) and prev.number.measure != "change":
                    c.part_of = i - 1
                    continue
                if (
                    prev.part_of is not None
                    and prev.group == c.group
                    and re.search(r"\(", r.folded[self.candidates[prev.part_of].number.noun_end : n.start])
                    and ")" not in r.folded[prev.number.end : n.start]
                ):
                    c.part_of = prev.part_of
                    continue
            # "trong đó 78 ... và 76 ...": parts of the count before the marker, in the sentence.
            markers = [(a, b) for a, b in r.markers if r.sentences[n.sentence].start <= a and b <= n.start]
            if not markers:
                continue
            marker_start = markers[-1][0]
            # The total is in this sentence or in the last one before it that has a count (a
            # photo caption with no count may stand between them).
            earlier = [t.number.sentence for t in self.candidates if t.number.sentence < n.sentence]
            previous = max(earlier, default=-1)
            if previous < n.sentence - 2:
                previous = -1
            totals = [
                j
                for j, t in enumerate(self.candidates)
                if t.number.end <= marker_start
                and t.number.measure != "change"
                and t.part_of is None
                and t.number.sentence in (n.sentence, previous)
            ]
            if not totals:
                continue
            j = totals[-1]
            # Only if every count between the marker and this one is a part of the same total.
            between = [o for o in self.candidates if marker_start <= o.number.start < n.start]
            if any(o.part_of != j for o in between):
                continue
            total = self.candidates[j].number
            if total.value is not None and n.value is not None and n.value <= total.value:
                c.part_of = j

    # -- attributes

    def _zones(self, c: _Candidate) -> tuple[int, int, int, int]:
        """(left start, group start, group end, right end) of the candidate's group."""
        n = c.number
        members = self.group_members(c.group)
        g_start, g_end = members[0].number.start, members[-1].number.noun_end
        clause_start, clause_end = n.clause_start, n.clause_end
        previous = [
            o for o in self.candidates if o.group == c.group - 1 and o.number.clause_start == clause_start
        ]
        left = max([clause_start] + [o.number.noun_end for o in previous])
        for a, b in self.r.markers:  # the words of a total stay with the total
            if left <= a and b <= g_start:
                left = b
        following = [
            o for o in self.candidates if o.group == c.group + 1 and o.number.clause_start == clause_start
        ]
        right = following[0].number.start if following else clause_end
        return left, g_start, g_end, right

    def _resolve(self, c: _Candidate) -> None:
        r = self.r
        n = c.number
        c.subject = n.subject
        left, g_start, g_end, right = self._zones(c)
        # Own words: from this number to the next member of the group (or the group's end).
        members = self.group_members(c.group)
        k = members.index(c)
        own_end = members[k + 1].number.start if k + 1 < len(members) else right

        # Movement: the nearest named after the group, else before it in the clause.
        mov = _nearest(r.movements, n.start, own_end, n.start, after=True) or _nearest(
            r.movements, g_end, right, g_end, after=True
        )
        mov = mov or _nearest(r.movements, left, g_start, g_start, after=False)
        if mov is None:  # named elsewhere in the sentence; another clause's "other" is not ours
            sentence = r.sentences[n.sentence]
            known = [m for m in r.movements if m.code != "other"]
            mov = _nearest(known, sentence.start, sentence.end, n.start, after=True) or _nearest(
                known, sentence.start, sentence.end, n.start, after=False
            )
        if mov is not None:
            c.movement = mov.code
            c.explicit.add("movement")
        # "05 mô hình tự quản về an ninh trật tự", "55 mô hình quần chúng tham gia giữ gìn ANTT",
        # with no movement named in the sentence: models of a security or farming programme (not
        # "46 mô hình tiêu biểu như các tổ tự quản ...": examples of the movement's models).
        if (
            n.subject == "model"
            and mov is None
            and re.match(
                r"\s*(?:(?!nhu )[a-z]+ ){0,3}?(?:tu quan|an ninh trat tu|antt|phong chong toi pham"
                r"|quan chung tham gia|camera|cay trong|vat nuoi|chan nuoi|trong trot)" + _E,
                r.folded[n.noun_end : n.clause_end],
            )
        ):
            c.movement = "other"
            c.explicit.add("movement")
        # "222 mô hình được công nhận là điển hình": exemplars.
        if n.subject == "model" and re.match(
            r"\s*(?:da )?duoc (?:binh xet,? )?cong nhan (?:la )?(?:dien hinh|guong)", r.folded[n.noun_end :]
        ):
            c.subject = "exemplar"
        # "2.173 mô hình “Tự quản, tự phòng ngừa ...”": models of a named programme, not of a
        # movement, unless the name is a movement's ("mô hình “Dân vận khéo”").
        named = re.match(
            r"\s*[“\"]([^”\"\n]{3,120})[”\"]", r.folded[n.end : n.end + 140].split("mo hinh", 1)[-1]
        )
        if (
            n.subject == "model"
            and named
            and not any(p.search(named.group(1)) for p, _ in _MOVEMENT_RES)
            and (mov is None or mov.start > n.noun_end)
        ):
            c.movement = "other"
            c.explicit.add("movement")

        # Action: the verb governing the group (before it), else a passive verb after it.
        window = r.folded[left:g_start]
        before = _nearest(r.actions, left, g_start, g_start, after=False)
        forms = [a for a in r.actions if left <= a.start and a.end <= g_start and a.code in _AWARD_FORMS]
        proposals = [a for a in r.actions if left <= a.start and a.end <= g_start and a.code == "proposed"]
        # A verb after the group is the group's own, not that of the parts a "trong đó" opens.
        own_right = min([a for a, _ in r.markers if g_end <= a < right], default=right)
        after = _nearest(r.actions, g_end, own_right, g_end, after=True)
        if proposals:
            action: _Span | None = proposals[-1]
        elif forms:
            action = forms[-1]
        elif before is not None and (g_start - before.end) <= 60:
            action = before
        elif after is not None:
            action = after
        else:
            action = before
        if action is not None:
            c.action = action.code
            c.explicit.add("action")
        del window
        # A proposal is at the level of the body it is sent to ("đề nghị Ban Dân vận Tỉnh ủy").
        addressee = (
            _nearest(r.orgs, action.start, action.end, action.start, after=True)
            if action is not None and action.code == "proposed"
            else None
        )

        # Tier: qualifies the group, written after it.
        tier = _nearest(r.tiers, n.start, own_end, n.start, after=True) or _nearest(
            r.tiers, g_end, right, g_end, after=True
        )
        if tier is not None:
            c.tier = tier.code
            c.explicit.add("tier")

        # Level: "cấp X" after the number (not in the parts a "trong đó" opens), else before it;
        # else the body that awards.
        level = _nearest(r.levels, n.start, min(own_end, own_right), n.start, after=True) or _nearest(
            r.levels, g_end, own_right, g_end, after=True
        )
        level = level or _nearest(r.levels, left, g_start, g_start, after=False)
        if level is None and addressee is not None and addressee.code != "host":
            c.level = r.level_code(addressee.code)
            c.explicit.add("level")
        org_before = _nearest(r.orgs, left, g_start, g_start, after=False)
        if org_before is None:  # "Đảng ủy tặng giấy khen ...; 19 tập thể ...": the sentence's body
            sentence = r.sentences[n.sentence]
            org_before = _nearest(r.orgs, sentence.start, g_start, g_start, after=False)
        org_after = None
        passive = re.search(_B + r"duoc" + _E, r.folded[g_end:right])
        if passive:
            org_after = _nearest(r.orgs, g_end + passive.end(), right, g_end + passive.end(), after=True)
            if org_after is not None and org_after.start - (g_end + passive.end()) > 3:
                org_after = None
        org = org_after or org_before
        if org is not None:
            c.issuer = self._issuer(org)
        if level is not None:
            c.level = r.level_code(level.code)
            c.explicit.add("level")
        elif c.level is not None:
            pass  # the addressee of a proposal
        elif org is not None and not (
            c.action in (None, "registered") and c.subject in ("model", "exemplar", "model_or_exemplar")
        ):
            # A tally of what was built ("có 7.678 mô hình") is not recognition by the body
            # that reports it: it stays at the grassroots (data/README.md's convention).
            code = self.host.code if org.code == "host" and self.host else org.code
            if code != "host":
                c.level = r.level_code(code)
                c.explicit.add("level")

        # Period: after the group (not a "so với" period), else before it, else in the sentence.
        periods = [p for p in r.periods if p.code == "period"]
        period = _nearest(periods, n.start, own_end, n.start, after=True) or _nearest(
            periods, g_end, right, g_end, after=True
        )
        period = period or _nearest(periods, left, g_start, g_start, after=False)
        if period is None:
            sentence = r.sentences[n.sentence]
            in_sentence = [p for p in periods if sentence.start <= p.start < sentence.end]
            if in_sentence:
                period = min(in_sentence, key=lambda p: abs(p.start - n.start))
        if period is not None:
            c.period = period.period
            c.explicit.add("period")

        # The quote: from the governing verb (or the clause) to the end of the group's words.
        q_start = min(g_start, action.start) if action is not None and action.start >= left else g_start
        if c.part_of is not None or n.start > g_start:
            q_start = min(q_start, n.start)
        q_end = max(g_end, n.noun_end)
        for s in (tier, level, period):
            if s is not None and g_end <= s.start and s.end <= right and s.end - q_start < 240:
                q_end = max(q_end, s.end)
        c.quote_start, c.quote_end = q_start, q_end

    def _issuer(self, org: _Span) -> str | None:
        if org.code == "host" and self.host is not None:
            return self.host.text
        return org.text or None

    def _inherit(self, c: _Candidate) -> None:
        if c.part_of is None:
            return
        total = self.candidates[c.part_of]
        for attr in ("movement", "action", "tier", "level", "period", "issuer"):
            if getattr(c, attr) is None and getattr(total, attr) is not None:
                setattr(c, attr, getattr(total, attr))
                if attr in total.explicit:
                    c.explicit.add(attr)

    def _defaults(self) -> None:
        r = self.r
        dominant_movement = self._dominant_movement()
        doc_period = self._dominant_period()
        for c in self.candidates:
            n = c.number
            if c.movement == "other":
                c.dropped = "other_movement"
                continue
            if c.movement is None:
                carried = [m for m in r.movements if m.end <= n.start and m.code != "other"]
                same_paragraph = [
                    m
                    for m in carried
                    if r.sentences[r.sentence_of(m.start)].paragraph == r.sentences[n.sentence].paragraph
                ]
                c.movement = same_paragraph[-1].code if same_paragraph else dominant_movement
                c.reasons.append("movement_guessed")
            if c.action is None:
                # Sentence's earlier verb ("... được đăng ký ... (tăng 276 ...)"), else by subject:
                # a tally of models is what was built (registered); people are rewarded.
                sentence = r.sentences[n.sentence]
                earlier = [a for a in r.actions if sentence.start <= a.start and a.end <= n.start]
                if earlier:
                    c.action = earlier[-1].code
                elif self._subset(c) and re.match(
                    r"[^.;]{0,80}?" + _B + r"duoc(?: [a-z,]+){0,12}? nhan rong" + _E,
                    r.folded[n.noun_end : n.clause_end],
                ):
                    # "6.848 mô hình; trong đó, 3.142 mô hình tiêu biểu được nhân rộng": how far
                    # some of them spread, not a count of registration, recognition or award. (A
                    # count standing alone, "383 mô hình hoạt động hiệu quả được nhân rộng", is
                    # the movement's tally.)
                    c.dropped = "replicated"
                    continue
                elif re.match(
                    r"[^.;]{0,40}?" + _B + r"(?:da )?duoc phat hien" + _E, r.folded[n.noun_end : n.clause_end]
                ):
                    # "240 tập thể, 157 cá nhân tiên tiến đã được phát hiện và nhân rộng": found
                    # as examples, not recognised or rewarded.
                    c.dropped = "discovered"
                    continue
                elif c.subject in ("model", "exemplar", "model_or_exemplar"):
                    c.action = "registered"
                    c.reasons.append("action_guessed")
                else:
                    c.action = "rewarded"
                    c.reasons.append("action_guessed")
            if c.level is None:
                if c.action == "merit_certificate":
                    c.level = "province"
                elif c.action in ("certificate_of_merit", "rewarded", "praised") and self.host is not None:
                    c.level = r.level_code(self.host.code)
                    c.issuer = c.issuer or self.host.text
                    c.reasons.append("level_guessed")
                else:
                    c.level = "grassroots"
                    if c.action not in ("registered",) or c.subject not in (
                        "model",
                        "exemplar",
                        "model_or_exemplar",
                    ):
                        c.reasons.append("level_guessed")
                if c.level == "host":  # pragma: no cover - host without a host body
                    c.level = "grassroots"
            if c.issuer is None and c.action in _AWARD_FORMS and self.host is not None:
                c.issuer = self.host.text
            total = self.candidates[c.part_of] if c.part_of is not None else None
            if c.period is None and total is not None and total.period is not None:
                c.period = total.period  # a part's period is its total's, even when guessed
                if "period" not in total.explicit:
                    c.reasons.append("period_guessed")
            if c.period is None:
                # A photo caption's period is not carried to later sentences.
                periods = [
                    p
                    for p in r.periods
                    if p.code == "period"
                    and p.end <= n.start
                    and (
                        r.sentence_of(p.start) == n.sentence
                        or not r.sentences[r.sentence_of(p.start)].caption
                    )
                ]
                # "đến nay", "hiện nay" in the count's sentence: a running total at the time of
                # writing, whatever period an earlier sentence named.
                sentence = r.sentences[n.sentence]
                to_date = re.search(
                    _B + r"(?:(?:tinh |cho )?den nay|hien nay|hien co)" + _E,
                    r.folded[sentence.start : n.start],
                ) or re.search(_B + r"(?:den|cho den) nay" + _E, r.folded[n.clause_start : n.clause_end])
                last = max(periods, key=lambda p: p.end).period if periods else None
                if last is not None and r.written is not None and last.end.year == r.written.year:
                    to_date = None  # a phase named before, running to the year of writing: that one
                compared = next(
                    (
                        p
                        for p in r.periods
                        if p.code == "comparison_period" and sentence.start <= p.start < sentence.end
                    ),
                    None,
                )
                past = _YEARS_PAST.search(r.folded[sentence.start : sentence.end])
                years = int(past.group(1) or past.group(2)) if past else 0
                launched = _LAUNCHED.findall(r.folded[: sentence.start]) if past else []
                if past and r.written is not None and 1 < years <= 20:
                    # "Trong 5 năm qua, ... 400.000 mô hình": the phase ending at the time of writing.
                    w = r.written.year
                    c.period = parse_period(f"{w - years}-{w}")
                    c.reasons.append("period_guessed")
                elif past and launched and 1 < years <= 20:
                    # No date of writing: "phát động từ năm 2009. 10 năm qua, ..." runs from the launch.
                    start = int(launched[-1])
                    c.period = parse_period(f"{start}-{start + years}")
                    c.reasons.append("period_guessed")
                elif (
                    compared is not None
                    and compared.period is not None
                    and r.written is None
                    and last is None
                ):
                    # "tăng 87 mô hình so với cùng kỳ năm 2022", no date of writing and no period
                    # named before (that one wins): the year after.
                    c.period = parse_period(str(compared.period.end.year + 1))
                    c.reasons.append("period_guessed")
                elif to_date and r.written is not None:
                    # "đến nay": a running total at the time of writing, the month of publication.
                    c.period = parse_period(f"tháng {r.written.month}/{r.written.year}")
                    c.reasons.append("period_guessed")
                elif last is not None:  # the period named last before it (found kind by kind)
                    c.period = last
                    c.reasons.append("period_carried")
                elif doc_period is not None:
                    c.period = doc_period
                    c.reasons.append("period_guessed")
                elif r.published is not None and c.action in ("registered", "recognised"):
                    # No period anywhere: models a place has are a running total when the page was
                    # written (the dataset's convention); awards below are of the ceremony's year.
                    c.period = parse_period(f"tháng {r.published.month}/{r.published.year}")
                    c.reasons.append("period_guessed")
                elif r.published is not None:
                    c.period = parse_period(f"năm {r.published.year}")
                    c.reasons.append("period_guessed")
            if c.action == "proposed":
                c.reasons.append("proposed")
            if n.measure == "instances":
                c.reasons.append("instances")
            if n.measure == "change":
                c.reasons.append("change")
            if n.word:
                c.reasons.append("number_word")
            if r.sentences[n.sentence].headline:
                c.reasons.append("headline")

    def _subset(self, c: _Candidate) -> bool:
        """A part of a total, or a smaller count of the same thing in the sentences just before."""
        if c.part_of is not None:
            return True
        n = c.number
        return any(
            o.number.sentence in (n.sentence - 2, n.sentence - 1, n.sentence)
            and o.number.end <= n.start
            and o.subject == c.subject
            and (o.number.value or 0) > (n.value or 0)
            for o in self.candidates
        )

    def _by_unit(self) -> None:
        """Drop a total's split by named unit: "Trong đó, TP. Điện Biên Phủ 13 mô hình; Nậm Pồ 2 ..."."""
        r = self.r
        named: list[_Candidate] = []
        for c in self.candidates:
            if c.dropped or c.part_of is None:
                continue
            n = c.number
            sentence = r.sentences[n.sentence]
            # The words since the last separator: a unit's name and nothing else.
            label = r.text[self._last_separator(sentence.start, n.start) : n.start].strip()
            words = label.split()
            # A field ("Kinh tế 104 mô hình; Văn hóa xã hội 48 ...") is a split by field, kept.
            rest = re.sub(_FIELD_WORDS, " ", vocab.fold(label))
            if (
                re.search(r"[a-z]", rest)
                and 0 < len(words) <= 8
                and label[0].isupper()
                and not re.search(r"\d", label)
                and not re.search(
                    _B + r"(?:co|linh vuc|cap|xay dung|dang ky|cong nhan|trong do|giai doan)" + _E,
                    vocab.fold(label),
                )
                and not re.search(r"(?<!\w)năm(?!\w)", label.lower())  # "Năm 2022 ..." (not "Nậm Pồ")
            ):
                named.append(c)
        by_total = Counter(c.part_of for c in named)
        for c in named:
            if by_total[c.part_of] >= 2:
                c.dropped = "by_unit"

    def _last_separator(self, start: int, end: int) -> int:
        r = self.r
        cuts = [start + m.end() for m in re.finditer(r"[;,:(]", r.text[start:end])]
        cuts += [b for _, b in r.markers if start <= b <= end]
        return max([start, *cuts])

    def _dominant_movement(self) -> str:
        counts = Counter(m.code for m in self.r.movements if m.code != "other")
        if not counts:
            return "dan_van_kheo"
        best = max(counts.values())
        for code in vocab.codes("movement"):  # ties: the vocabulary's order (DVK first)
            if counts.get(code) == best:
                return code
        return "dan_van_kheo"  # pragma: no cover

    def _dominant_period(self) -> Period | None:
        periods = [p.period for p in self.r.periods if p.code == "period" and p.period is not None]
        if not periods:
            return None
        counts = Counter(periods)
        best = max(counts.values())
        return next(p for p in periods if counts[p] == best)

    def _restatements(self) -> None:
        """A count repeated (a headline, a later sentence) is one fact: keep one record."""
        r = self.r
        kept: list[_Candidate] = []
        for c in self.candidates:
            if c.dropped:
                continue
            twin = next((k for k in kept if self._same_fact(k, c)), None)
            if twin is None:
                kept.append(c)
                continue
            # Keep the body's wording over the headline's; otherwise the first (it may carry
            # the "trong đó" link, as in the seed article).
            # A mention whose verb was only guessed ("80 điển hình ... về dự") gives way to
            # one that names it ("lựa chọn 80 mô hình, điển hình"), unless it carries links.
            guessed_only = "action_guessed" in twin.reasons and "action_guessed" not in c.reasons
            linked = twin.part_of is not None or any(
                k.part_of == self.candidates.index(twin) for k in self.candidates
            )
            twin_title, c_title = (
                r.sentences[k.number.sentence].headline or r.sentences[k.number.sentence].heading
                for k in (twin, c)
            )
            headline_first = twin_title and not c_title
            if headline_first or (guessed_only and not linked):
                twin.dropped, twin.same_as = "restated", self.candidates.index(c)
                kept[kept.index(twin)] = c
            else:
                c.dropped, c.same_as = "restated", self.candidates.index(twin)
        # A sub-heading repeating the count of the headline or of a sentence, or close to it
        # ("Tuyên dương 92 điển hình" over the article, "Tuyên dương 93 điển hình" over a
        # section): the headline's or the sentence's.
        titles = [k for k in kept if not k.dropped and not r.sentences[k.number.sentence].heading]
        for c in kept:
            if c.dropped or not r.sentences[c.number.sentence].heading:
                continue
            for k in titles:
                if (
                    k.movement == c.movement
                    and _compatible_subjects(k.subject, c.subject)
                    and _ACTION_FAMILY.get(k.action or "") == _ACTION_FAMILY.get(c.action or "")
                    and k.number.value is not None
                    and c.number.value is not None
                    and abs(k.number.value - c.number.value) <= 0.1 * k.number.value
                ):
                    c.dropped, c.same_as = "restated", self.candidates.index(k)
                    break
        # A rounded headline ("hơn 270" for 274, "hơn 500" for 501) restates the body's count.
        for c in kept:
            if not r.sentences[c.number.sentence].headline or c.number.qualifier not in (
                "at_least",
                "approx",
            ):
                continue
            for k in kept:
                if k is c or k.dropped or r.sentences[k.number.sentence].headline:
                    continue
                if (
                    k.movement == c.movement
                    and _compatible_subjects(k.subject, c.subject)
                    and c.number.value is not None
                    and k.number.value is not None
                    and c.number.value <= k.number.value <= c.number.value * 1.1
                ):
                    c.dropped, c.same_as = "restated", self.candidates.index(k)
                    break

    def _same_fact(self, a: _Candidate, b: _Candidate) -> bool:
        if a.number.value != b.number.value or a.number.measure != b.number.measure:
            return False
        if a.movement != b.movement or not _compatible_subjects(a.subject, b.subject):
            return False
        guessed = "action_guessed" in a.reasons or "action_guessed" in b.reasons
        if not guessed and _ACTION_FAMILY.get(a.action or "") != _ACTION_FAMILY.get(b.action or ""):
            return False
        if a.level != b.level and "level" in a.explicit and "level" in b.explicit:
            return False
        if b.part_of is not None and a.part_of is not None and b.part_of != a.part_of:
            return False
        if a.part_of is not None and a.part_of == b.part_of and a.number.sentence == b.number.sentence:
            return False  # two parts of one total listed side by side: "5 ...; 6 ...; 5 ..."
        return not (a.period != b.period and "period" in a.explicit and "period" in b.explicit)


def _compatible_subjects(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    pair = {a, b}
    return "model_or_exemplar" in pair and bool(pair & {"model", "exemplar"})


# --- public functions ---------------------------------------------------------------------------


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return ("…" if a else "") + " ".join(text[a:b].split()) + ("…" if b < len(text) else "")


def _confidence(c: _Candidate) -> float:
    weights = {
        "action_guessed": 0.2,
        "level_guessed": 0.15,
        "period_carried": 0.1,
        "period_guessed": 0.25,
        "movement_guessed": 0.1,
        "number_word": 0.2,
        "headline": 0.1,
        "proposed": 0.1,
        "instances": 0.1,
        "change": 0.1,
    }
    score = 1.0 - sum(weights.get(reason, 0.0) for reason in c.reasons)
    return round(max(score, 0.05), 2)


def extract(text: str, *, source: str | Mapping[str, object] | None = None) -> Extraction:
    """Read a report's text: candidate records and every other number.

    Parameters
    ----------
    text : str
        The report's text (NFC or NFD; plain text, as :func:`read_document` gives it).
    source : str or mapping, optional
        The source id, or a mapping with ``source_id`` and any of ``title``, ``publisher``,
        ``published`` (a date: the year of a period "đến nay"), ``url``, ``province``
        (default: the province the text names most).

    Returns
    -------
    Extraction
        ``records`` (see :func:`extract_counts`) and ``others`` (see :func:`other_numbers`).

    Examples
    --------
    >>> found = extract("Năm 2022, huyện tặng giấy khen 7 tập thể, 6 cá nhân có thành tích.")
    >>> found.records[["count", "subject", "action"]].values.tolist()
    [[7, 'collective', 'certificate_of_merit'], [6, 'individual', 'certificate_of_merit']]
    >>> found.records["period_label"].tolist()
    ['Năm 2022', 'Năm 2022']
    >>> found.others[["text", "reason"]].values.tolist()
    [['Năm 2022', 'period']]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    fields = _source_fields(source)
    reader = _Reader(text, fields)
    candidates = _Resolver(reader).run()
    source_id = str(fields.get("source_id") or "text")
    prefix = re.sub(r"[^0-9A-Za-z_.-]+", "-", source_id).strip("-") or "text"

    kept = [c for c in candidates if not c.dropped]
    ids = {id(c): f"{prefix}-{i:02d}" for i, c in enumerate(kept, start=1)}
    rows = []
    for c in kept:
        total = candidates[c.part_of] if c.part_of is not None else None
        while total is not None and total.dropped == "restated" and total.same_as is not None:
            total = candidates[total.same_as]
        period = c.period
        reasons = list(dict.fromkeys(c.reasons))
        confidence = _confidence(c)
        flagged = {"proposed", "instances", "change", "number_word", "headline"}
        needs_review = confidence < REVIEW_THRESHOLD or bool(flagged & set(reasons)) or period is None
        rows.append(
            {
                "record_id": ids[id(c)],
                "movement": c.movement,
                "subject": c.subject,
                "action": c.action,
                "tier": c.tier,
                "level": c.level,
                "unit_type": None,
                "field": None,
                "count": c.number.value,
                "qualifier": c.number.qualifier,
                "measure": c.number.measure,
                "period_start": pd.Timestamp(period.start) if period else pd.NaT,
                "period_end": pd.Timestamp(period.end) if period else pd.NaT,
                "period_kind": period.kind if period else None,
                "period_label": period.label if period else None,
                "province": reader.province,
                "issuer": c.issuer,
                "source_id": fields.get("source_id"),
                "quote": reader.text[c.quote_start : c.quote_end],
                "part_of": ids.get(id(total)) if total is not None else None,
                "note": None,
                "source_title": fields.get("title"),
                "source_publisher": fields.get("publisher"),
                "source_date": _published(fields),
                "source_url": fields.get("url"),
                "span_start": c.quote_start,
                "span_end": c.quote_end,
                "confidence": confidence,
                "needs_review": needs_review,
                "reasons": "; ".join(reasons),
            }
        )
    records = _records_frame(rows)

    others = []
    for n in reader.numbers:
        if n.reason is not None:
            others.append((n.start, n.end, n.text, n.value, n.reason, None))
    for c in candidates:
        if c.dropped:
            same = None
            if c.same_as is not None:
                twin = candidates[c.same_as]
                same = ids.get(id(twin))
            others.append((c.number.start, c.number.end, c.number.text, c.number.value, c.dropped, same))
    for s in reader.periods + reader.others:
        value = None
        others.append((s.start, s.end, s.text, value, s.code, None))
    others.sort(key=lambda o: (o[0], o[1]))
    other_rows = [
        {
            "text": text_,
            "value": value,
            "span_start": start,
            "span_end": end,
            "reason": reason,
            "same_as": same,
            "context": _context(reader.text, start, end),
        }
        for start, end, text_, value, reason, same in others
    ]
    others_frame = pd.DataFrame(other_rows, columns=list(OTHER_COLUMNS))
    others_frame["value"] = others_frame["value"].astype("Int64")
    for column in ("span_start", "span_end"):
        others_frame[column] = others_frame[column].astype("int64")
    return Extraction(records=records, others=others_frame, text=reader.text, source=fields)


def _records_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    columns = [*schema.COLUMNS, *REVIEW_COLUMNS]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("period_start", "period_end", "source_date"):
        frame[column] = pd.to_datetime(frame[column])
    tidy = schema.coerce(frame[[c for c in schema.COLUMNS]])
    for column in REVIEW_COLUMNS:
        tidy[column] = frame[column].to_numpy()
    tidy["span_start"] = tidy["span_start"].astype("int64")
    tidy["span_end"] = tidy["span_end"].astype("int64")
    tidy["confidence"] = tidy["confidence"].astype("float64")
    tidy["needs_review"] = tidy["needs_review"].astype("bool")
    tidy["reasons"] = tidy["reasons"].astype("str")
    return tidy


def extract_counts(text: str, *, source: str | Mapping[str, object] | None = None) -> pd.DataFrame:
    """Return the candidate records a report's text states, one row per count.

    Parameters
    ----------
    text : str
        The report's text.
    source : str or mapping, optional
        The source id, or its fields (see :func:`extract`).

    Returns
    -------
    DataFrame
        The columns of the tidy frame (:data:`dvk_analysis.schema.COLUMNS`; ``quote`` is
        the phrase the count was read from, ``part_of`` links a "trong đó" part to its
        total) plus ``span_start`` and ``span_end`` (``quote`` is ``text[span_start:span_end]``
        of the NFC text), ``confidence`` (1.0 when everything was stated next to the number,
        lower for each thing guessed), ``needs_review`` and ``reasons`` (codes of
        :data:`dvk_analysis.vocab.REVIEW_REASONS`). :func:`other_numbers` gives the companion
        list of numbers that are not counts.

    Examples
    --------
    >>> text = ("Giai đoạn 2021-2023, toàn tỉnh có trên 500 mô hình được công nhận cấp cơ sở, "
    ...         "trong đó 78 mô hình đạt cấp tỉnh.")
    >>> columns = ["record_id", "count", "qualifier", "level", "part_of"]
    >>> extract_counts(text, source="kg")[columns].values.tolist()
    [['kg-01', 500, 'at_least', 'grassroots', nan], ['kg-02', 78, 'exact', 'province', 'kg-01']]
    """
    return extract(text, source=source).records


def other_numbers(text: str, *, source: str | Mapping[str, object] | None = None) -> pd.DataFrame:
    """List every number of a text that is not a count, with the reason.

    Returns
    -------
    DataFrame
        ``text`` (as written), ``value`` (the number, when it is one), ``span_start``,
        ``span_end``, ``reason`` (a code of :data:`dvk_analysis.vocab.NOT_COUNT_REASONS`:
        date, period, duration, percent, money, ordinal, read_counter, document_id,
        fraction, restated...), ``same_as`` (for a restated count, the record it repeats)
        and ``context``.

    Examples
    --------
    >>> other_numbers("Sáng 31-10, sau 3 năm, đạt 95%. Số lần đọc: 657")[["text", "reason"]].values.tolist()
    [['31-10', 'date'], ['3 năm', 'duration'], ['95%', 'percent'], ['657', 'read_counter']]
    """
    return extract(text, source=source).others


# --- reading documents ----------------------------------------------------------------------------


class DocumentError(ValueError):
    """A document could not be read; the message names the file and what was expected."""


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figcaption",
    "blockquote",
    "ul",
    "ol",
    "td",
    "th",
}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


class _TextOfHtml(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Return the text of an HTML page: one paragraph per line, scripts and styles left out.

    >>> html_to_text("<p>Tặng giấy khen 7&nbsp;tập thể</p><script>x=1</script><p>Số lần đọc: 657</p>")
    'Tặng giấy khen 7 tập thể\\nSố lần đọc: 657'
    """
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts)).replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _docx_text(path: Path) -> str:
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise DocumentError(f"{path}: reading .docx needs python-docx (pip install python-docx)") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a damaged file
        raise DocumentError(f"{path}: not a readable .docx file ({type(exc).__name__}: {exc})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:  # report tables: one line per row, cells joined
        for row in table.rows:
            cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))
            lines.append(" | ".join(c for c in cells if c))
    return "\n".join(line.strip() for line in lines if line.strip())


def read_document(path: str | os.PathLike[str]) -> str:
    """Return the text of a .txt, .html or .docx report (NFC).

    Parameters
    ----------
    path : path-like
        A .txt file (UTF-8, with or without a byte-order mark), an .html/.htm page, or a
        Word .docx document (paragraphs, then table rows).

    Raises
    ------
    DocumentError
        For a missing file, another format, a text that is not UTF-8, or text in a legacy
        Vietnamese font encoding (TCVN3/VNI), with what to do.
    """
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"{path}: file not found; expected a .txt, .html or .docx report")
    suffix = path.suffix.lower()
    if suffix not in READABLE_DOCUMENTS:
        raise DocumentError(
            f"{path}: a {suffix or 'file without suffix'} file cannot be read; expected .txt, .html or .docx "
            "(for .doc or .pdf: open it and save it as .docx)"
        )
    if suffix == ".docx":
        text = _docx_text(path)
    else:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            meta = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096]) if suffix != ".txt" else None
            if meta is None:
                raise DocumentError(
                    f"{path}: the text is not UTF-8 (probably Windows-1258, TCVN3 or VNI); "
                    "save it as UTF-8 and try again"
                ) from None
            try:
                text = raw.decode(meta.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                raise DocumentError(f"{path}: cannot decode the page as {meta.group(1).decode()}") from None
        if suffix in (".html", ".htm"):
            text = html_to_text(text)
    from . import safety

    hit = safety.find_legacy((0, 0, line) for line in text.splitlines())
    if hit:
        raise DocumentError(
            f"{path}: the text is in a legacy Vietnamese font encoding (TCVN3/VNI), e.g. {hit[2][:40]!r}; "
            "convert it to Unicode (Unikey's converter does it) and try again"
        )
    return unicodedata.normalize("NFC", text)


# --- writing the draft workbook --------------------------------------------------------------------

# Columns of the records sheet, in the order of data/dvk_awards.xlsx (and ``measure``).
_SHEET_COLUMNS: tuple[str, ...] = schema.WORKBOOK_COLUMNS
_SOURCE_SHEET_COLUMNS: tuple[str, ...] = ("source_id", "title", "publisher", "published", "url", "note")


def _cell_label(column: str, value: object, lang: Lang) -> object:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    if column in vocab.TERMS:
        return vocab.label(column, str(value), lang)
    return value


def _review_note(row: Mapping[str, object], lang: Lang) -> str | None:
    if not row.get("needs_review"):
        return None
    reasons = [r for r in str(row.get("reasons") or "").split("; ") if r]
    words = [vocab.extract_label(r, lang) for r in reasons]
    head = vocab.extract_label("review_note", lang)
    return f"[{head}] " + "; ".join(words) if words else f"[{head}]"


def write_workbook(
    extraction: Extraction | Sequence[Extraction],
    path: str | os.PathLike[str],
    *,
    lang: Lang = "vi",
) -> Path:
    """Write candidate records as an .xlsx that :func:`dvk_analysis.load_awards` reads.

    Sheets: ``records`` (the headers of ``data/dvk_awards.xlsx``; a record to check has a
    note starting "[Cần xem lại]"), ``sources`` (one row per document), a review sheet
    (confidence, flags, position of each quote) and a sheet of the numbers that are not
    counts, with the reason. The loader reads the first two and skips the others.

    Parameters
    ----------
    extraction : Extraction or sequence of Extraction
        What :func:`extract` returned, for one or several documents.
    path : path-like
        The .xlsx file to write (replaced if it exists).
    lang : {"vi", "en"}
        Language of the headers and labels (both load).

    Returns
    -------
    Path
        The file written.
    """
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    vocab.check_lang(lang)
    extractions = [extraction] if isinstance(extraction, Extraction) else list(extraction)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"{path}: the draft is written as .xlsx; give a path ending in .xlsx")
    book = openpyxl.Workbook()
    records_sheet = book.active
    records_sheet.title = "records"
    records_sheet.append([vocab.column_label(c, lang) for c in _SHEET_COLUMNS])
    review = book.create_sheet(vocab.extract_label("review_sheet", lang)[:31])
    review.append(
        [
            vocab.column_label("record_id", lang),
            vocab.extract_label("confidence", lang),
            vocab.extract_label("needs_review", lang),
            vocab.extract_label("reasons", lang),
            vocab.extract_label("span", lang),
        ]
    )
    others_sheet = book.create_sheet(vocab.extract_label("others_sheet", lang)[:31])
    others_sheet.append(
        [
            _source_label("source_id", lang),
            vocab.extract_label("number", lang),
            vocab.extract_label("why_not", lang),
            vocab.extract_label("restates", lang),
            vocab.extract_label("context", lang),
        ]
    )
    sources_sheet = book.create_sheet("sources")
    sources_sheet.append([_source_label(c, lang) for c in _SOURCE_SHEET_COLUMNS])

    seen_ids: set[str] = set()
    for found in extractions:
        fields = found.source
        source_id = str(fields.get("source_id") or "text")
        for row in found.records.to_dict("records"):
            record_id = str(row["record_id"])
            if record_id in seen_ids:
                raise ValueError(
                    f"record id {record_id!r} is written twice: give each document its own source id"
                )
            seen_ids.add(record_id)
            values = []
            for column in _SHEET_COLUMNS:
                if column == "period":
                    value: object = row.get("period_label")
                elif column == "source_id":
                    value = source_id
                elif column == "note":
                    value = _review_note(row, lang)
                else:
                    value = row.get(column)
                values.append(_cell_label(column, value, lang))
            records_sheet.append(values)
            review.append(
                [
                    record_id,
                    float(row["confidence"]),
                    vocab.extract_label("yes" if row["needs_review"] else "no", lang),
                    "; ".join(vocab.extract_label(r, lang) for r in str(row["reasons"]).split("; ") if r),
                    f"{row['span_start']}-{row['span_end']}",
                ]
            )
        for row in found.others.to_dict("records"):
            others_sheet.append(
                [
                    source_id,
                    row["text"],
                    vocab.extract_label(str(row["reason"]), lang),
                    row["same_as"] if isinstance(row["same_as"], str) else None,
                    row["context"],
                ]
            )
        published = _published(fields)
        note = (
            fields.get("note")
            or f"{vocab.extract_label('extracted_from', lang)} {fields.get('file', '')}".strip()
        )
        sources_sheet.append(
            [
                source_id,
                fields.get("title") or source_id,
                fields.get("publisher"),
                published,
                fields.get("url"),
                note,
            ]
        )
    for sheet in (records_sheet, review, others_sheet, sources_sheet):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for i, column_cells in enumerate(sheet.columns, start=1):
            width = max(len(str(c.value or "")) for c in column_cells)
            sheet.column_dimensions[get_column_letter(i)].width = min(max(10, width + 2), 60)
        sheet.freeze_panes = "A2"
    for row in sources_sheet.iter_rows(min_row=2, min_col=4, max_col=4):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _source_label(column: str, lang: Lang) -> str:
    vi, en, _ = vocab.SOURCE_COLUMN_LABELS[column]
    return vi if lang == "vi" else en


def extract_file(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    *,
    source: str | Mapping[str, object] | None = None,
    lang: Lang = "vi",
) -> tuple[Extraction, Path]:
    """Read a .txt/.html/.docx report, extract its counts and write the draft workbook.

    Parameters
    ----------
    path : path-like
        The report.
    out : path-like, optional
        The .xlsx to write; default: beside the report, ``<name>.extract.xlsx``.
    source : str or mapping, optional
        The source id or fields (see :func:`extract`); the default id is the file's stem.
    lang : {"vi", "en"}
        Language of the workbook's headers and labels.

    Returns
    -------
    tuple
        The :class:`Extraction` and the path written.
    """
    path = Path(path)
    text = read_document(path)
    fields = _source_fields(source)
    fields.setdefault("source_id", re.sub(r"[^0-9A-Za-z_.-]+", "-", path.stem).strip("-") or "text")
    fields.setdefault("file", path.name)
    found = extract(text, source=fields)
    target = Path(out) if out is not None else path.with_name(path.stem + ".extract.xlsx")
    return found, write_workbook(found, target, lang=lang)


# --- evaluation ------------------------------------------------------------------------------------

_CORE = ("count", "qualifier", "subject", "movement")


def _keys(frame: pd.DataFrame, by: str, columns: Sequence[str]) -> dict[str, Counter[tuple[object, ...]]]:
    """``{document: Counter of fact tuples}``, in one pass over the rows."""
    rows = frame[list(columns)].astype(object).where(frame[list(columns)].notna(), None)
    facts: dict[str, Counter[tuple[object, ...]]] = {}
    for doc, row in zip(frame[by].astype(str), rows.itertuples(index=False, name=None), strict=True):
        fact = tuple(
            None if v is None else (int(v) if c == "count" else str(v))
            for c, v in zip(columns, row, strict=True)
        )
        facts.setdefault(doc, Counter())[fact] += 1
    return facts


def evaluate(
    predicted: pd.DataFrame,
    expected: pd.DataFrame,
    *,
    by: str = "source_id",
    keys: Sequence[str] = _CORE,
) -> dict[str, float]:
    """Precision and recall of extracted facts against annotated ones.

    A fact is the tuple of ``keys`` (by default count, qualifier, subject and movement)
    within one document (``by``); facts are matched as multisets, so a count stated twice
    in the annotation must be found twice. Add ``"level"`` or ``"period_label"`` to
    ``keys`` to score those too.

    Returns
    -------
    dict
        ``tp``, ``predicted``, ``expected``, ``precision``, ``recall``.

    Examples
    --------
    >>> a = pd.DataFrame({"source_id": ["s", "s"], "count": [7, 6], "qualifier": ["exact"] * 2,
    ...                   "subject": ["collective", "individual"], "movement": ["dan_van_kheo"] * 2})
    >>> evaluate(a.iloc[:1], a)
    {'tp': 1, 'predicted': 1, 'expected': 2, 'precision': 1.0, 'recall': 0.5}
    """
    tp = n_pred = n_exp = 0
    found, annotated = _keys(predicted, by, keys), _keys(expected, by, keys)
    for doc in sorted(found.keys() | annotated.keys()):
        p, e = found.get(doc, Counter()), annotated.get(doc, Counter())
        tp += sum((p & e).values())
        n_pred += sum(p.values())
        n_exp += sum(e.values())
    return {
        "tp": tp,
        "predicted": n_pred,
        "expected": n_exp,
        "precision": round(tp / n_pred, 4) if n_pred else 1.0,
        "recall": round(tp / n_exp, 4) if n_exp else 1.0,
    }


# --- command line ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dvk_analysis.extract REPORT``: the same as ``dvk extract REPORT``."""
    from .cli import main as dvk_main

    return dvk_main(["extract", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":  # pragma: no cover - exercised through main() in the tests
    raise SystemExit(main())
