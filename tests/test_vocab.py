"""The vocabulary: codes, labels, aliases and matching of Vietnamese input."""

from __future__ import annotations

import unicodedata

import pytest

from dvk_analysis import vocab


@pytest.mark.parametrize("column", vocab.VOCAB_COLUMNS)
def test_codes_are_snake_case_and_unique(column: str) -> None:
    codes = vocab.codes(column)
    assert len(codes) == len(set(codes))
    for code in codes:
        assert code == code.lower() and " " not in code and code.isascii()


@pytest.mark.parametrize("column", vocab.VOCAB_COLUMNS)
def test_every_spelling_maps_back_to_its_own_code(column: str) -> None:
    for term in vocab.TERMS[column]:
        for spelling in (term.code, term.vi, term.en, *term.aliases):
            assert vocab.to_code(column, spelling) == term.code, spelling


@pytest.mark.parametrize(
    ("column", "typed", "code"),
    [
        ("level", "Cơ sở", "grassroots"),
        ("level", "CO SO", "grassroots"),
        ("level", unicodedata.normalize("NFD", "cấp tỉnh"), "province"),
        ("level", "  cấp\u00a0khối ", "bloc"),
        ("level", "Trung ương", "central"),
        ("level", "cấp huyện", "district"),
        ("subject", "mô hình, điển hình", "model_or_exemplar"),
        ("subject", "Tập thể", "collective"),
        ("subject", "ca nhan", "individual"),
        ("action", "Giấy khen", "certificate_of_merit"),
        ("action", "bằng khen", "merit_certificate"),
        ("action", "Đề nghị khen thưởng", "proposed"),
        ("tier", "có thành tích xuất sắc", "excellent"),
        ("field", "Văn hoá - xã hội", "culture_society"),  # tone mark on the other vowel
        ("field", "Văn hóa - xã hội", "culture_society"),
        ("movement", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "ho_chi_minh_study"),
        ("movement", "DÂN VẬN KHÉO", "dan_van_kheo"),
        ("qualifier", "trên", "at_least"),
        ("measure", "lượt", "instances"),
    ],
)
def test_vietnamese_input_maps_to_codes(column: str, typed: str, code: str) -> None:
    assert vocab.to_code(column, typed) == code


def test_unknown_input_gives_none() -> None:
    assert vocab.to_code("level", "provincial-ish") is None
    assert vocab.to_code("subject", "") is None


def test_levels_are_ordered_from_the_grassroots_up() -> None:
    assert vocab.codes("level") == ["grassroots", "commune", "district", "bloc", "province", "central"]


def test_labels_in_both_languages() -> None:
    assert vocab.label("level", "grassroots") == "Cơ sở"
    assert vocab.label("level", "grassroots", "en") == "Grassroots"
    assert vocab.labels("subject", "en")["collective"] == "Collectives"
    assert vocab.column_label("count") == "Số lượng"
    assert vocab.column_label("count", "en") == "Count"


def test_labels_are_nfc() -> None:
    for terms in vocab.TERMS.values():
        for term in terms:
            assert unicodedata.is_normalized("NFC", term.vi)


def test_one_colour_per_level_subject_movement_and_distinct() -> None:
    for column in ("level", "subject", "movement"):
        colours = vocab.colours(column)
        assert len(colours) == len(vocab.codes(column))
        assert len(set(colours.values())) == len(colours), column


def test_header_aliases() -> None:
    assert vocab.header_to_column("Số lượng") == "count"
    assert vocab.header_to_column("SO LUONG") == "count"
    assert vocab.header_to_column("record_id") == "record_id"
    assert vocab.header_to_column("Cấp") == "level"
    assert vocab.header_to_column("Ngày đăng", "sources") == "published"
    assert vocab.header_to_column("nonsense header") is None


def test_fold_unifies_spellings_offices_type() -> None:
    assert vocab.fold("Hoà Bình") == vocab.fold("Hòa Bình") == vocab.fold("HOA BINH") == "hoa binh"
    assert vocab.fold("Đắk Lắk") == "dak lak"
    assert vocab.nfc("a\u00a0 b ") == "a b"


def test_check_lang() -> None:
    assert vocab.check_lang("en") == "en"
    with pytest.raises(ValueError, match="lang must be"):
        vocab.check_lang("fr")
