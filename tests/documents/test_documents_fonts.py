"""Display widths, line wrapping and text fitting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gridesk.documents.cards import fit_line, fit_lines
from gridesk.documents.fonts import (
    FONT_NAME,
    NO_LINE_END,
    NO_LINE_START,
    display_width,
    pad_to,
    register_fonts,
    string_width,
    wrap_columns,
    wrap_points,
)


def test_display_width_counts_chinese_as_two_columns() -> None:
    assert display_width("") == 0
    assert display_width("abc 123") == 7
    assert display_width("积分") == 4
    assert display_width("大米5kg") == 7
    assert display_width("（全角）") == 8  # fullwidth brackets
    assert display_width("ＡＢ") == 4  # fullwidth Latin


def test_pad_to_aligns_by_display_width() -> None:
    assert pad_to("积分", 6) == "积分  "
    assert pad_to("积分", 6, "right") == "  积分"
    assert pad_to("积分", 8, "center") == "  积分"


def test_register_fonts_is_idempotent_and_measures_chinese_and_latin() -> None:
    assert register_fonts() == FONT_NAME
    assert register_fonts() == FONT_NAME
    assert string_width("积", 10) == pytest.approx(10)
    assert 0 < string_width("1", 10) < 10
    assert string_width("W", 10) > string_width("i", 10)


def test_wrap_breaks_between_latin_words_not_inside_them() -> None:
    assert wrap_columns("hello world again", 11) == ["hello world", "again"]
    assert wrap_columns("supercalifragilistic", 8) == ["supercal", "ifragili", "stic"]


def test_wrap_breaks_anywhere_between_chinese_characters() -> None:
    assert wrap_columns("社区党群服务中心", 6) == ["社区党", "群服务", "中心"]
    assert wrap_columns("使用WiFi连接", 8) == ["使用WiFi", "连接"]
    assert wrap_columns("使用WiFi连接", 7) == ["使用", "WiFi连", "接"]


def test_wrap_honours_explicit_newlines_and_keeps_empty_lines() -> None:
    assert wrap_columns("第一行\n\n第三行", 20) == ["第一行", "", "第三行"]
    assert wrap_columns("a\r\nb\rc", 5) == ["a", "b", "c"]
    assert wrap_columns("", 10) == [""]


def test_wrap_keeps_closing_punctuation_off_the_start_of_a_line() -> None:
    lines = wrap_columns("你好，世界。谢谢！", 4)
    assert lines == ["你", "好，", "世", "界。", "谢", "谢！"]
    for columns in range(4, 20):
        for line in wrap_columns("积分兑换商品，非质量问题恕不退换。（限兑一桶）“好”", columns):
            assert not line or line[0] not in NO_LINE_START, (columns, line)


def test_wrap_keeps_opening_brackets_off_the_end_of_a_line() -> None:
    for columns in range(4, 24):
        for line in wrap_columns("金龙鱼食用调和油（限兑一桶）《通知》「好」", columns):
            assert not line or line[-1] not in NO_LINE_END, (columns, line)


def test_wrap_columns_needs_room_for_one_chinese_character() -> None:
    with pytest.raises(ValueError, match="2 columns"):
        wrap_columns("积分", 1)


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("积分兑换社区服务中心大米油，。、；：！？）」（「《》“”…—"),
        st.sampled_from("abcXYZ0123456789 -.,!?()'\n"),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=120,
)


@given(text=_TEXT, columns=st.integers(min_value=2, max_value=60))
def test_wrap_columns_never_exceeds_the_width_and_loses_no_characters(
    text: str, columns: int
) -> None:
    lines = wrap_columns(text, columns)
    for line in lines:
        assert display_width(line) <= columns, (line, columns)
    # Only whitespace at a break may go; everything else comes back in order.
    kept = "".join(ch for ch in "".join(lines) if not ch.isspace())
    assert kept == "".join(ch for ch in text if not ch.isspace())
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    assert len(lines) >= paragraphs


@settings(max_examples=40)
@given(text=_TEXT, width=st.floats(min_value=20, max_value=300))
def test_wrap_points_never_exceeds_the_width(text: str, width: float) -> None:
    for line in wrap_points(text, 10, width):
        assert string_width(line, 10) <= width + 1e-6 or len(line) == 1


def test_fit_line_shrinks_to_the_floor_then_cuts_with_an_ellipsis() -> None:
    size, text = fit_line("张桂兰", 18, 16, 200)
    assert (size, text) == (18, "张桂兰")
    size, text = fit_line("张桂兰张桂兰张桂兰", 18, 12, 120)
    assert 12 <= size < 18 and text == "张桂兰张桂兰张桂兰"
    assert string_width(text, size) <= 120 + 1e-6
    size, text = fit_line("张桂兰" * 10, 18, 16, 100)
    assert size == 16 and text.endswith("…") and string_width(text, 16) <= 100


@given(
    text=_TEXT.filter(lambda s: s.strip()),
    width=st.floats(min_value=40, max_value=250),
    max_lines=st.integers(min_value=1, max_value=3),
)
@settings(max_examples=40)
def test_fit_lines_stays_in_its_box(text: str, width: float, max_lines: int) -> None:
    size, lines = fit_lines(text, 14, 8, width, max_lines)
    assert 8 <= size <= 14
    assert 1 <= len(lines) <= max_lines
    for line in lines:
        assert string_width(line, size) <= width + 1e-6 or len(line) <= 2
