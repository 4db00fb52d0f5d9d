"""Search keys for residents' names: 汉字 substrings, full pinyin and initials.

A resident is found by a prefix match on any of the keys of :func:`name_keys`, so the keys are
stored in an indexed column and queried as a range (``key >= q AND key < q || '\\uffff'``).
A surname gets every reading it has as a surname (the desk cannot know whether 单 is read shan
or dan); a character of a given name only its common readings (COMMON_READINGS: 长 zhang and
chang, but 立 only li), since every rare reading finds the wrong people. :func:`match_rank`
orders what a search finds: the whole name, then its start in everyday readings, then rarer
readings, then matches inside the name.

pypinyin takes about 0.4 s to import, so it is imported on first use, never when this module
is imported; :func:`preload` lets the UI pay that cost on a worker thread.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

from gridesk.core.residents.common_readings import COMMON_READINGS

__all__ = [
    "match_rank",
    "name_keys",
    "name_readings",
    "normalise_query",
    "preload",
    "sort_key",
]

# Readings of characters as surnames, the surname reading first. pypinyin has all readings of
# most of these but lists the everyday one first (单 dan, 曾 ceng, 解 jie...), and lacks a few
# (谌 shen, 黑 he). The order decides sorting and which combinations survive the cap.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan", "dan", "chan"),
    "曾": ("zeng", "ceng"),
    "解": ("xie", "jie"),
    "仇": ("qiu", "chou"),
    "朴": ("piao", "pu", "po"),
    "区": ("ou", "qu"),
    "查": ("zha", "cha"),
    "盖": ("ge", "gai"),
    "乐": ("yue", "le"),
    "缪": ("miao", "mou", "miu"),
    "秘": ("bi", "mi"),
    "尉": ("yu", "wei"),
    "覃": ("qin", "tan"),
    "翟": ("zhai", "di"),
    "那": ("na", "nuo"),
    "种": ("chong", "zhong"),
    "沈": ("shen", "chen"),
    "谌": ("shen", "chen"),
    "黑": ("he", "hei"),
    "柏": ("bai", "bo"),
    "薄": ("bo", "bao"),
    "贾": ("jia", "gu"),
    "隗": ("wei", "kui"),
    "员": ("yun", "yuan"),
    "召": ("shao", "zhao"),
    "宓": ("mi", "fu"),
    "祭": ("zhai", "ji"),
    "冼": ("xian",),
    "折": ("she", "zhe"),
    "褚": ("chu", "zhu"),
    "卜": ("bu", "bo"),
    "句": ("gou", "ju"),
    "能": ("nai", "neng"),
    "繁": ("po", "fan"),
    "贲": ("ben", "bi"),
    "莘": ("shen", "xin"),
    "洗": ("xian", "xi"),
    "长": ("chang", "zhang"),
    "藏": ("zang", "cang"),
    "万": ("wan", "mo"),
    "阚": ("kan",),
    "燕": ("yan",),
    "任": ("ren",),
    "华": ("hua",),
    "角": ("jue", "jiao"),
    "粘": ("nian", "zhan"),
    "乜": ("nie", "mie"),
    "牟": ("mou", "mu"),
}

# Two-character surnames whose readings differ from the characters' everyday readings. Left
# out on purpose: pairs that are more often a one-character surname and a given name
# (单于明 is usually Shan Yuming, 乐正阳 Yue Zhengyang).
COMPOUND_SURNAME_READINGS: dict[str, tuple[str, str]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "澹台": ("tan", "tai"),
    "长孙": ("zhang", "sun"),
    "令狐": ("ling", "hu"),
}

# Dropped from names and queries: the middle dot of minority and foreign names in its many
# look-alikes, apostrophes (xi'an), and whitespace (handled separately).
_DROPPED = frozenset("·・•‧∙⋅.'‘’")
# CJK Unified Ideographs and Extension A, which NFKC and lower() leave as they are.
_PLAIN_HANZI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
# For ASCII text (digits and letters from a scanner or keyboard) NFKC changes nothing: only
# spaces and the dropped marks go.
_ASCII_DROPPED = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if c.isspace() or c in _DROPPED)
)


def preload() -> None:
    """Imports pypinyin now (about 0.4 s), e.g. from a worker thread after start-up."""
    _pypinyin_readings("中")


def _compact(text: str) -> str:
    """NFKC (full-width letters from an IME become ASCII), lower case, ü as v, no dots/spaces."""
    if _PLAIN_HANZI.fullmatch(text):
        return text  # most names: nothing to change
    if text.isascii():
        return text.translate(_ASCII_DROPPED).lower()
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text if ch not in _DROPPED and not ch.isspace())
    if not text.isascii():
        # Dropping a space can bring a combining mark to a letter ("U ¨" → "ü"); marks left
        # on their own would combine with the pinyin of the character before them.
        text = unicodedata.normalize("NFKC", text).replace("ü", "v")
        text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    return text


@lru_cache(maxsize=65536)
def _pypinyin_readings(char: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin  # lazy: see the module docstring

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")
    readings: list[str] = []
    for item in found[0] if found else ():
        # ü is typed v; ê (欸, the only other non-ASCII reading pypinyin gives) is typed e
        reading = item.replace("ü", "v").replace("ê", "e").lower()
        if reading and reading not in readings:
            readings.append(reading)
    return tuple(readings) or (char,)


@lru_cache(maxsize=65536)
def _char_readings(char: str) -> tuple[str, ...]:
    """The common readings of one character of a compacted name, the everyday one first."""
    if char.isascii():
        return (char,)  # letters and digits stand for themselves (already lower case)
    readings = _pypinyin_readings(char)
    if len(readings) > 1:
        return COMMON_READINGS.get(char, readings[:1])
    return readings


@lru_cache(maxsize=4096)
def _surname_readings(char: str) -> tuple[str, ...]:
    """Readings of a name's first character: the surname reading first."""
    readings = _char_readings(char)
    preferred = SURNAME_READINGS.get(char, ())
    return preferred + tuple(r for r in readings if r not in preferred)


def _readings(compact: str) -> list[tuple[str, ...]]:
    if not compact:
        return []
    result = [_surname_readings(compact[0])]
    result.extend(_char_readings(char) for char in compact[1:])
    compound = COMPOUND_SURNAME_READINGS.get(compact[:2])
    if compound is not None:
        for position, reading in enumerate(compound):
            result[position] = (reading, *(r for r in result[position] if r != reading))
    return result


def name_readings(name: str) -> list[list[str]]:
    """All readings of each character of a name, the most likely first.

    Middle dots, apostrophes and spaces are dropped; letters and digits pass through in lower
    case. The first character is read as a surname (单 → shan, dan, chan).
    """
    return [list(readings) for readings in _readings(_compact(name))]


def _combinations(readings: Sequence[tuple[str, ...]], budget: int) -> Iterator[tuple[int, ...]]:
    """Up to ``budget`` index tuples over ``readings``, the likeliest first.

    First all-first-readings, then every single character's other readings one at a time (so
    each reading is found from its own syllable on), then two at a time, and so on.
    """
    size = len(readings)
    polyphonic = [i for i, options in enumerate(readings) if len(options) > 1]
    produced = 0
    for changed in range(len(polyphonic) + 1):
        for positions in itertools.combinations(polyphonic, changed):
            choices = [range(1, len(readings[i])) for i in positions]
            for picked in itertools.product(*choices):
                combination = [0] * size
                for position, index in zip(positions, picked, strict=True):
                    combination[position] = index
                yield tuple(combination)
                produced += 1
                if produced >= budget:
                    return


def _add_every_combination(keys: set[str], readings: Sequence[tuple[str, ...]]) -> None:
    fulls = {""}
    initials = {""}
    for options in reversed(readings):
        fulls = {reading + tail for reading in options for tail in fulls}
        initials = {reading[0] + tail for reading in options for tail in initials}
        keys.update(fulls)
        keys.update(initials)


def name_keys(name: str, limit: int = 64) -> set[str]:
    """See :func:`_name_keys`; names repeat a lot in a register, so answers are remembered."""
    return set(_name_keys(name, limit))


@lru_cache(maxsize=65536)
def _name_keys(name: str, limit: int) -> frozenset[str]:
    return frozenset(_build_name_keys(name, limit))


def _build_name_keys(name: str, limit: int) -> set[str]:
    """Keys such that a prefix match on one of them finds the person.

    For 张三丰: the 汉字 suffixes 张三丰, 三丰, 丰 (a prefix of a suffix is a substring), full
    pinyin from every syllable on (zhangsanfeng, sanfeng, feng) and initials from every
    position (zsf, sf, f), for each combination of readings. At most ``limit`` combinations
    are used, but always every reading of the first character, where polyphony matters most.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    compact = _compact(name)
    keys = {compact[i:] for i in range(len(compact))}
    readings = _readings(compact)
    if not readings:
        return keys
    first, rest = readings[0], readings[1:]
    budget = max(1, limit // len(first))
    if math.prod(len(options) for options in rest) <= budget:
        _add_every_combination(keys, readings)  # the usual case, and the fast one
        return keys
    rest_combinations = list(_combinations(rest, budget))
    for head in first:
        for combination in rest_combinations:
            syllables = [head, *(rest[i][index] for i, index in enumerate(combination))]
            full = ""
            initials = ""
            for syllable in reversed(syllables):
                full = syllable + full
                initials = syllable[0] + initials
                keys.add(full)
                keys.add(initials)
    return keys


def sort_key(name: str) -> str:
    """Orders names by the pinyin of their likeliest reading, then by the name itself.

    The space keeps shorter readings first: li 李 < lian 李安.
    """
    pinyin = "".join(readings[0] for readings in _readings(_compact(name)))
    return f"{pinyin} {name.strip()}"


def match_rank(name: str, query: str) -> int:
    """How well ``query`` (normalised) fits ``name``, lower is better: 0 the whole name, 1 the
    start of the name in its everyday readings, 2 the start in a rarer reading (单 read dan),
    3 inside the name, 4 not the name (a phone or ID number tail, an address)."""
    if not query:
        return 4
    return _match_rank(_compact(name), query)


@lru_cache(maxsize=4096)
def _match_rank(compact: str, query: str) -> int:
    if compact.startswith(query):
        return 0 if compact == query else 1
    readings = _readings(compact)
    # a surname's own reading that is not the character's everyday one (单 shan, 曾 zeng) is
    # real but rarer: what is found through it comes below
    everyday = [_char_readings(char)[0] for char in compact]
    best = _fit(readings, everyday, query)
    if best is not None:
        return best
    if query in compact[1:]:
        return 3
    for start in range(1, len(readings)):
        if _fit(readings[start:], everyday[start:], query) is not None:
            return 3
    return 4


def _fit(readings: Sequence[tuple[str, ...]], everyday: Sequence[str], query: str) -> int | None:
    """The best rank (0-2) at which ``query`` is the start of the readings, typed in full
    pinyin or as initials, or None."""
    found = [
        _fit_from(readings, everyday, query, 0, 0, False, initials) for initials in (False, True)
    ]
    ranks = [rank for rank in found if rank is not None]
    return min(ranks) if ranks else None


def _fit_from(
    readings: Sequence[tuple[str, ...]],
    everyday: Sequence[str],
    query: str,
    i: int,
    pos: int,
    rare: bool,
    initials: bool,
) -> int | None:
    if pos == len(query):
        return 2 if rare else (0 if i == len(readings) else 1)
    if i == len(readings):
        return None
    rest = query[pos:]
    best: int | None = None
    for reading in readings[i]:
        typed = reading[0] if initials else reading
        less_likely = rare or typed != everyday[i][: len(typed)]
        if rest.startswith(typed):
            rank = _fit_from(
                readings, everyday, query, i + 1, pos + len(typed), less_likely, initials
            )
        elif typed.startswith(rest):
            rank = 2 if less_likely else 1  # the last syllable half typed
        else:
            continue
        if rank is not None and (best is None or rank < best):
            best = rank
    return best


def normalise_query(text: str) -> str:
    """What the user typed, in the form of the keys: lower case, no spaces, apostrophes, dots.

    Full-width letters and digits typed with a Chinese input method become ASCII; ü becomes v.
    """
    return _compact(text)
