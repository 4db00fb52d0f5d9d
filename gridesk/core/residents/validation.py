"""Checks for the numbers people give at the desk: resident ID numbers and phone numbers.

Pure functions without Qt. Each raises :class:`~gridesk.errors.ValidationError` with an
English message (the source text the UI translates) and named parameters, or returns the value
in the one form we store.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal, NoReturn

from gridesk import clock
from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "IdNumber",
    "check_id_number",
    "check_phone",
    "id_check_char",
    "mask_id_number",
    "phone_tail",
]

Gender = Literal["M", "F"]

ID_LENGTH = 18
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

# GB 11643-1999 / ISO 7064 MOD 11-2: weight of position i is 2**(17 - i) mod 11.
_ID_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_ID_CHECK_CHARS = "10X98765432"  # indexed by (weighted sum mod 11)

# Province-level codes (GB/T 2260) plus 83 (residence permits for Hong Kong, Macao and Taiwan
# residents) and 91 (permanent residence cards of foreigners, 2017 format).
PROVINCE_CODES = frozenset(
    {
        *map(str, range(11, 16)),
        *map(str, range(21, 24)),
        *map(str, range(31, 38)),
        *map(str, range(41, 47)),
        *map(str, range(50, 55)),
        *map(str, range(61, 66)),
        "71",
        "81",
        "82",
        "83",
        "91",
    }
)

_ID_FIELD = "id_number"
_PHONE_FIELD = "phone"


@dataclass(frozen=True, slots=True)
class IdNumber:
    """A checked 18-character resident ID number and what it says about its holder."""

    value: str
    birth_date: date
    gender: Gender

    @property
    def masked(self) -> str:
        return mask_id_number(self.value)

    @property
    def region_code(self) -> str:
        return self.value[:6]


def _normalise_id(value: str) -> str:
    if _PLAIN_ID.fullmatch(value):  # the usual case, from a form or a file: nothing to do
        return value.replace("x", "X")
    # NFKC turns full-width digits and the ideographic space typed with a Chinese IME into ASCII.
    text = unicodedata.normalize("NFKC", value)
    return "".join(text.split()).replace("x", "X")


_PLAIN_ID = re.compile(r"[0-9]{17}[0-9xX]")


# The weighted sum of each group of digits, looked up whole (this runs for every row of a big
# import): positions 0-3, 4-7, 8-11, 12-15 and 16.
_GROUPS = tuple((start, min(start + 4, 17)) for start in range(0, 17, 4))
_GROUP_SUMS = tuple(
    {
        "".join(digits): sum(int(d) * w for d, w in zip(digits, _ID_WEIGHTS[a:b], strict=True))
        for digits in itertools.product("0123456789", repeat=b - a)
    }
    for a, b in _GROUPS
)


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    g0, g1, g2, g3, g4 = _GROUP_SUMS
    total = (
        g0[first17[:4]] + g1[first17[4:8]] + g2[first17[8:12]] + g3[first17[12:16]]
        + g4[first17[16]]
    )  # fmt: skip
    return _ID_CHECK_CHARS[total % 11]


def check_id_number(
    value: str,
    birth_date: date | None = None,
    gender: Gender | None = None,
    *,
    today: date | None = None,
) -> IdNumber:
    """Checks an 18-character mainland resident ID number (GB 11643-1999).

    Spaces are ignored and a lower-case x is read as X. When ``birth_date`` or ``gender``
    ("M"/"F") are given, the number must agree with them. ``today`` is for tests.
    """
    if gender not in (None, "M", "F"):
        raise ValueError(f"gender must be 'M', 'F' or None, not {gender!r}")
    number = _normalise_id(value)
    if not number:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the ID number."), field=_ID_FIELD)

    for position, char in enumerate("" if _PLAIN_ID.fullmatch(number) else number):
        is_digit = "0" <= char <= "9"
        if not is_digit and not (char == "X" and position == len(number) - 1):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The ID number contains “{char}”: only digits are allowed, and X only as the last character.",
                ),
                field=_ID_FIELD,
                char=char,
            )
    if len(number) == 15 and "X" not in number:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is an old 15-digit ID number. Enter the 18-character number from the current ID card.",
            ),
            field=_ID_FIELD,
        )
    if len(number) != ID_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An ID number has 18 characters, but this one has {length}."
            ),
            field=_ID_FIELD,
            length=len(number),
        )
    province = number[:2]
    if province not in PROVINCE_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The ID number starts with {region}, which is not a known region code."
            ),
            field=_ID_FIELD,
            region=number[:6],
        )

    embedded = _embedded_birth_date(number)
    current = today if today is not None else clock.today()
    if embedded > current:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The birth date in the ID number ({birth_date}) is in the future."
            ),
            field=_ID_FIELD,
            birth_date=embedded.isoformat(),
        )
    if embedded < EARLIEST_BIRTH_DATE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The birth date in the ID number ({birth_date}) is before 1900."
            ),
            field=_ID_FIELD,
            birth_date=embedded.isoformat(),
        )

    expected = id_check_char(number[:17])
    if number[17] != expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The ID number's check digit is {actual}, but for the first 17 digits it should be {expected}. Look for a typing error.",
            ),
            field=_ID_FIELD,
            actual=number[17],
            expected=expected,
        )

    holder_gender: Gender = "M" if int(number[16]) % 2 else "F"
    if birth_date is not None and birth_date != embedded:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The ID number gives the birth date {id_birth_date}, but the birth date entered is {birth_date}.",
            ),
            field="birth_date",
            id_birth_date=embedded.isoformat(),
            birth_date=birth_date.isoformat(),
        )
    if gender is not None and gender != holder_gender:
        if holder_gender == "M":
            message = QT_TRANSLATE_NOOP(
                "errors", "The ID number is a man's, but the gender entered is female."
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors", "The ID number is a woman's, but the gender entered is male."
            )
        raise ValidationError(message, field="gender")
    return IdNumber(value=number, birth_date=embedded, gender=holder_gender)


def _embedded_birth_date(number: str) -> date:
    digits = number[6:14]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The ID number contains the birth date {digits} (year, month, day), which is not a real date.",
            ),
            field=_ID_FIELD,
            digits=digits,
        ) from None


def mask_id_number(value: str) -> str:
    """Shows the first and last four characters only: ``3708**********1234``.

    Values shorter than 15 characters (not an ID number) are masked completely, so a mask
    never gives most of a number away.
    """
    number = _normalise_id(value)
    if len(number) < 15:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


# --- phone numbers -------------------------------------------------------------------------

_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
# Beijing (010) and 02x area codes have three digits, every other area code four, so a number
# typed without a hyphen still splits one way only.
_LANDLINE = re.compile(r"(010|02\d|0[3-9]\d\d)-?(\d{7,8})(?:-(\d{1,6}))?", re.ASCII)
_INTERNATIONAL_PREFIX = re.compile(r"(?:\+|00)86-?")
_EXTENSION_WORDS = re.compile(r"转|分机|#|ext\.?", re.IGNORECASE)
_ALLOWED = re.compile(r"[0-9+\-]")


def check_phone(value: str) -> str:
    """Returns a phone number in the form we store, or raises ValidationError.

    Mobile numbers become 11 digits (``13812345678``); +86, 0086 or 86 in front, spaces and
    hyphens are accepted. Landlines need their area code and become ``0531-88881234``, with an
    optional extension ``0531-88881234-123`` (typed after -, #, 转 or ext).
    """
    if len(value) == 11 and _MOBILE.fullmatch(value):  # the usual case: nothing to clean
        return value
    text = unicodedata.normalize("NFKC", value)
    text = "".join(text.split())
    text = text.replace("(", "").replace(")", "")
    text = _EXTENSION_WORDS.sub("-", text, count=1)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a phone number."), field=_PHONE_FIELD
        )
    for char in text:
        if not _ALLOWED.fullmatch(char):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The phone number contains “{char}”: use only digits, spaces and hyphens.",
                ),
                field=_PHONE_FIELD,
                char=char,
            )
    if "+" in text[1:]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A + can only come first in a phone number, as in +86."),
            field=_PHONE_FIELD,
        )

    international = _INTERNATIONAL_PREFIX.match(text)
    if international:
        text = text[international.end() :]
    elif text.startswith("+"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only mainland China numbers (+86) can be entered."),
            field=_PHONE_FIELD,
        )
    text = text.strip("-")
    digits = text.replace("-", "")

    if not international and len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]  # 86 typed without the +
    if _MOBILE.fullmatch(digits):
        return digits

    if international and digits and not digits.startswith("0"):
        landline = _LANDLINE.fullmatch("0" + text)  # +86 10 12345678 drops the 0 of 010
    else:
        landline = _LANDLINE.fullmatch(text)
    if landline:
        area, number, extension = landline.groups()
        return f"{area}-{number}" + (f"-{extension}" if extension else "")

    _explain_bad_phone(text, digits)


def _explain_bad_phone(text: str, digits: str) -> NoReturn:
    if not digits:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a phone number."), field=_PHONE_FIELD
        )
    if digits.startswith("1"):
        if len(digits) != 11:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A mobile number has 11 digits, but this one has {count}."
                ),
                field=_PHONE_FIELD,
                count=len(digits),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Mobile numbers start with 13 to 19; this one starts with {start}."
            ),
            field=_PHONE_FIELD,
            start=digits[:2],
        )
    if digits.startswith("0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A landline number is an area code (such as 010 or 0531) and then 7 or 8 digits, for example 0531-88881234; an extension goes after another hyphen.",
            ),
            field=_PHONE_FIELD,
        )
    if len(digits) in (7, 8):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Add the area code in front of the landline number, for example 0531-{number}.",
            ),
            field=_PHONE_FIELD,
            number=digits,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not a phone number: enter an 11-digit mobile number, or a landline number with its area code.",
        ),
        field=_PHONE_FIELD,
    )


_NORMALISED_MOBILE = re.compile(r"1[3-9]\d{9}")


def phone_tail(phone: str) -> str:
    """The last four digits of the number itself (not of an extension), for search."""
    if _NORMALISED_MOBILE.fullmatch(phone):  # already checked (the usual case): no re-check
        return phone[-4:]
    try:
        number = check_phone(phone)
    except ValidationError:
        number = phone  # imported legacy data: still findable by its last digits
    else:
        if number.startswith("0"):
            number = "-".join(number.split("-")[:2])
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", number) if "0" <= ch <= "9")
    return digits[-4:]
