"""ID numbers and phone numbers as they are typed at the desk."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from gridesk.core.residents.validation import (
    PROVINCE_CODES,
    IdNumber,
    check_id_number,
    check_phone,
    id_check_char,
    mask_id_number,
    phone_tail,
)
from gridesk.errors import ValidationError

TODAY = date(2025, 6, 1)

# The two examples printed in GB 11643-1999.
BEIJING_EXAMPLE = "11010519491231002X"  # Chaoyang, Beijing; 1949-12-31; female
SHANTOU_EXAMPLE = "440524188001010014"  # Shantou, Guangdong; 1880-01-01; male


def build_id(region: str, born: date, sequence: str) -> str:
    first17 = f"{region}{born:%Y%m%d}{sequence}"
    return first17 + id_check_char(first17)


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    region = province + draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    sequence = draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
    return build_id(region, born, sequence)


def raises_validation(value: str, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_id_number(value, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return caught.value


# --- ID numbers -----------------------------------------------------------------------------


def test_the_standard_example_is_read_completely() -> None:
    assert check_id_number(BEIJING_EXAMPLE) == IdNumber(
        value="11010519491231002X", birth_date=date(1949, 12, 31), gender="F"
    )


def test_a_real_looking_number_from_shandong() -> None:
    number = build_id("370802", date(1987, 3, 14), "123")
    assert number == "370802198703141237"  # checked by hand: weighted sum 291, 291 mod 11 = 5 → 7
    person = check_id_number(number, birth_date=date(1987, 3, 14), gender="M")
    assert person.gender == "M"  # 17th digit 3 is odd
    assert person.masked == "3708**********1237"
    assert person.region_code == "370802"


def test_check_chars_match_the_standard() -> None:
    assert id_check_char("11010519491231002") == "X"
    assert id_check_char("44052418800101001") == "4"
    assert id_check_char("37080219870314123") == "7"


@pytest.mark.parametrize("bad", ["1101051949123100", "1101051949123100211", "abc", "１２３"])
def test_id_check_char_wants_exactly_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        id_check_char(bad)


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "１１０１０５１９４９１２３１００２ｘ",  # full-width, as a Chinese IME types it
        "110105\u300019491231002X",  # ideographic space
    ],
)
def test_spaces_lower_case_x_and_full_width_digits_are_normalised(typed: str) -> None:
    assert check_id_number(typed).value == BEIJING_EXAMPLE


@given(valid_ids())
def test_any_well_formed_number_is_accepted(number: str) -> None:
    person = check_id_number(number, today=TODAY)
    assert person.value == number
    assert person.birth_date == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert person.gender == ("M" if int(number[16]) % 2 else "F")
    # and it agrees with itself when the form has the same birth date and gender
    assert check_id_number(number, person.birth_date, person.gender, today=TODAY) == person


@given(valid_ids(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_change_is_rejected(number: str, position: int, new: str) -> None:
    assume(number[position] != new)
    changed = number[:position] + new + number[position + 1 :]
    raises_validation(changed)


@given(valid_ids(), st.integers(0, 15))
def test_swapping_two_neighbouring_digits_is_rejected(number: str, position: int) -> None:
    assume(number[position] != number[position + 1])
    swapped = number[:position] + number[position + 1] + number[position] + number[position + 2 :]
    raises_validation(swapped)


@given(st.text())
@example("")
@example("x" * 18)
@example("00000000000000000X")
@example("11010599999999002X")
@example("٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣")  # Arabic-Indic digits: isdigit() but not ID digits
def test_any_text_is_either_accepted_or_rejected_with_a_validation_error(text: str) -> None:
    try:
        person = check_id_number(text, today=TODAY)
    except ValidationError as error:
        assert error.field in {"id_number", "birth_date", "gender"}
        assert str(error)
    else:
        assert re.fullmatch(r"[0-9]{17}[0-9X]", person.value)


def test_wrong_length_says_how_long_it_is() -> None:
    error = raises_validation("11010519491231002")
    assert error.field == "id_number"
    assert error.params == {"length": 17}
    assert "17" in str(error)


def test_old_fifteen_digit_numbers_are_recognised() -> None:
    error = raises_validation("110105491231002")
    assert "15-digit" in str(error)


def test_non_digits_are_named() -> None:
    error = raises_validation("1101051949l231002X")  # a lower-case L instead of 1
    assert error.params == {"char": "l"}  # as typed
    assert "“l”" in str(error)


def test_x_is_only_allowed_last() -> None:
    error = raises_validation("1101051949123100X2")
    assert error.params == {"char": "X"}


def test_a_wrong_check_digit_says_which_is_expected() -> None:
    error = raises_validation("110105194912310021")
    assert error.params == {"actual": "1", "expected": "X"}
    assert "should be X" in str(error)


def test_an_impossible_birth_date_is_reported() -> None:
    error = raises_validation(build_id("110105", date(1949, 12, 31), "002")[:10] + "0230" + "0021")
    assert error.params == {"digits": "19490230"}
    assert "not a real date" in str(error)


def test_a_birth_date_in_the_future_is_rejected() -> None:
    number = build_id("110105", date(2025, 6, 2), "002")
    error = raises_validation(number)
    assert "future" in str(error)
    assert check_id_number(number, today=date(2025, 6, 2)).birth_date == date(2025, 6, 2)


def test_birth_dates_before_1900_are_rejected() -> None:
    error = raises_validation(SHANTOU_EXAMPLE)  # valid check digit, born 1880
    assert "1900" in str(error)
    assert check_id_number(build_id("440524", date(1900, 1, 1), "001")).birth_date == date(
        1900, 1, 1
    )


@pytest.mark.parametrize("province", ["00", "10", "16", "20", "39", "47", "60", "72", "84", "99"])
def test_unknown_regions_are_rejected(province: str) -> None:
    error = raises_validation(build_id(province + "0105", date(1980, 5, 6), "002"))
    assert error.params == {"region": province + "0105"}


@pytest.mark.parametrize("province", ["11", "15", "23", "37", "46", "54", "65", "71", "83", "91"])
def test_known_regions_are_accepted(province: str) -> None:
    check_id_number(build_id(province + "0105", date(1980, 5, 6), "002"))


def test_a_different_birth_date_on_the_form_is_reported() -> None:
    error = raises_validation(BEIJING_EXAMPLE, birth_date=date(1949, 12, 30))
    assert error.field == "birth_date"
    assert error.params == {"id_birth_date": "1949-12-31", "birth_date": "1949-12-30"}


def test_a_different_gender_on_the_form_is_reported() -> None:
    error = raises_validation(BEIJING_EXAMPLE, gender="M")
    assert error.field == "gender"
    assert "woman's" in str(error)
    man = build_id("370802", date(1987, 3, 14), "123")
    assert "man's" in str(raises_validation(man, gender="F"))


def test_a_gender_that_is_not_m_or_f_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        check_id_number(BEIJING_EXAMPLE, gender="female")  # type: ignore[arg-type]


@given(valid_ids())
def test_masking_keeps_only_the_first_and_last_four(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked[:4] == number[:4]
    assert masked[-4:] == number[-4:]
    assert masked[4:14] == "*" * 10


def test_masking_examples() -> None:
    assert mask_id_number("370802198703141234") == "3708**********1234"
    assert mask_id_number("11010519491231002x") == "1101**********002X"
    assert mask_id_number("12345") == "*****"  # too short to show any of it
    assert mask_id_number("") == ""


# --- phone numbers --------------------------------------------------------------------------

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@given(
    mobiles,
    st.sampled_from(["", "+86", "+86 ", "+86-", "0086", "0086 ", "86", "(+86)"]),
    st.sampled_from(["", " ", "-"]),
    st.booleans(),
)
def test_mobile_numbers_in_many_formats_become_eleven_digits(
    mobile: str, prefix: str, separator: str, full_width: bool
) -> None:
    typed = prefix + separator.join([mobile[:3], mobile[3:7], mobile[7:]])
    if full_width:
        typed = typed.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    assert check_phone(typed) == mobile
    assert phone_tail(typed) == mobile[-4:]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0531-88881234", "0531-88881234"),
        ("053188881234", "0531-88881234"),
        ("0531 8888 1234", "0531-88881234"),
        ("(010) 6552 9988", "010-65529988"),
        ("01065529988", "010-65529988"),
        ("021-54321234-8021", "021-54321234-8021"),
        ("0755-2345678 转 12", "0755-2345678-12"),
        ("0871-65432109#3", "0871-65432109-3"),
        ("+86 10 6552 9988", "010-65529988"),
        ("+86 531 8888 1234", "0531-88881234"),
        ("  138 0013 8000 ", "13800138000"),
        ("+86 199-1234-5678", "19912345678"),
    ],
)
def test_phone_examples(typed: str, stored: str) -> None:
    assert check_phone(typed) == stored


@given(
    st.sampled_from(["010", "021", "029", "0531", "0755", "0991"]),
    st.from_regex(r"[2-8][0-9]{6,7}", fullmatch=True),
    st.one_of(st.none(), st.from_regex(r"[0-9]{1,6}", fullmatch=True)),
    st.booleans(),
)
def test_landlines_are_stored_with_hyphens(
    area: str, number: str, extension: str | None, hyphen: bool
) -> None:
    typed = area + ("-" if hyphen else "") + number + (f"-{extension}" if extension else "")
    expected = f"{area}-{number}" + (f"-{extension}" if extension else "")
    assert check_phone(typed) == expected
    assert phone_tail(typed) == number[-4:]  # of the number, not of the extension


@pytest.mark.parametrize(
    ("typed", "params", "words"),
    [
        ("88881234", {"number": "88881234"}, "area code"),
        ("8888123", {"number": "8888123"}, "area code"),
        ("8888-1234", {"number": "88881234"}, "area code"),
        ("1381234567", {"count": 10}, "11 digits"),
        ("138123456789", {"count": 12}, "11 digits"),
        ("12812345678", {"start": "12"}, "13 to 19"),
        ("0531-8888", {}, "area code"),
        ("138 1234 567a", {"char": "a"}, "“a”"),
        ("13812345678+", {}, "+"),
        ("+1 415 555 0100", {}, "+86"),
        ("", {}, "Enter a phone number"),
        ("   ", {}, "Enter a phone number"),
        ("12345", {"count": 5}, "11 digits"),
        ("2345", {}, "not a phone number"),
    ],
)
def test_bad_phone_numbers_say_what_is_wrong(
    typed: str, params: dict[str, object], words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_phone(typed)
    assert caught.value.field == "phone"
    assert caught.value.params == params
    assert words in str(caught.value)


@given(st.text())
@example("+")
@example("+86")
@example("-")
@example("转")
@example("0086-")
def test_any_text_gives_a_stored_form_or_a_validation_error(text: str) -> None:
    try:
        stored = check_phone(text)
    except ValidationError as error:
        assert error.field == "phone"
        assert str(error)
    else:
        assert re.fullmatch(r"1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?", stored)
        assert check_phone(stored) == stored  # the stored form is accepted as it is


def test_phone_tail_of_legacy_numbers_still_gives_the_last_digits() -> None:
    assert phone_tail("8888-1234") == "1234"
    assert phone_tail("no phone") == ""
