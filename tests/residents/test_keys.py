"""Search keys for residents' names: typed as 汉字, full pinyin or initials, any reading."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gridesk.core.residents.keys import (
    match_rank,
    name_keys,
    name_readings,
    normalise_query,
    preload,
    sort_key,
)

POLYPHONIC_SURNAMES = {
    "单": {"shan", "dan"},
    "曾": {"zeng", "ceng"},
    "解": {"xie", "jie"},
    "仇": {"qiu", "chou"},
    "朴": {"piao", "pu"},
    "区": {"ou", "qu"},
    "查": {"zha", "cha"},
    "盖": {"ge", "gai"},
    "乐": {"yue", "le"},
    "缪": {"miao", "mou"},
    "秘": {"bi", "mi"},
    "尉": {"yu", "wei"},
    "覃": {"qin", "tan"},
    "翟": {"zhai", "di"},
    "那": {"na", "nuo"},
    "种": {"chong", "zhong"},
}

# Common characters in the names at a desk; several of them are polyphonic.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭" + "".join(
    POLYPHONIC_SURNAMES
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文玉梅红志海燕鹏飞宇浩然子涵欣怡梓轩佳琪诗雨晨阳俊博思彤一诺嘉雅婷晓东立新春花德胜长青和振永朝家乐重行传"

names = st.builds(
    lambda surname, given: surname + given,
    st.sampled_from(SURNAMES),
    st.text(alphabet=GIVEN, min_size=1, max_size=2),
)
any_hanzi_names = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4
)


@pytest.fixture(scope="module", autouse=True)
def _pypinyin_loaded() -> None:
    preload()  # its 0.4 s import must not count against hypothesis deadlines


def finds(keys: set[str], query: str) -> bool:
    """What the store does: a prefix range over the keys."""
    typed = normalise_query(query)
    return any(key.startswith(typed) for key in keys)


def substrings(text: str) -> Iterator[str]:
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            yield text[start:end]


def test_keys_of_a_plain_name() -> None:
    assert name_keys("张三丰") == {
        "张三丰",
        "三丰",
        "丰",
        "zhangsanfeng",
        "sanfeng",
        "feng",
        "zsf",
        "sf",
        "f",
    }


@pytest.mark.parametrize(("surname", "readings"), sorted(POLYPHONIC_SURNAMES.items()))
def test_every_reading_of_a_polyphonic_surname_finds_the_person(
    surname: str, readings: set[str]
) -> None:
    keys = name_keys(surname + "小明")
    for reading in readings:
        assert reading + "xiaoming" in keys
        assert reading[0] + "xm" in keys
        assert finds(keys, reading + " xiao")
        assert finds(keys, f"{reading}'xiaom")


@pytest.mark.parametrize(("surname", "readings"), sorted(POLYPHONIC_SURNAMES.items()))
def test_polyphonic_surname_readings_are_listed_surname_reading_first(
    surname: str, readings: set[str]
) -> None:
    first = name_readings(surname + "明")[0]
    assert readings <= set(first)
    assert first[0] in readings


def test_polyphonic_characters_inside_a_given_name_get_every_reading() -> None:
    keys = name_keys("李长乐")
    for query in ["lichangle", "lizhangyue", "changle", "zhangle", "yue", "le", "lcl", "lzy", "zy"]:
        assert finds(keys, query), query


def test_rare_readings_of_given_name_characters_are_not_keys() -> None:
    # pypinyin also reads 董 zhong and 立 wei: zw and zhangwei found 董立新 and 张立军 first
    assert name_readings("董立新") == [["dong"], ["li"], ["xin"]]
    assert not finds(name_keys("董立新"), "zw")
    assert not finds(name_keys("张立军"), "zhangwei")
    assert name_readings("于和") == [["yu"], ["he"]]  # not wei, xu; hu, huo
    # common second readings stay: 长 chang and zhang, 乐 le and yue
    assert name_readings("李长乐")[1:] == [["zhang", "chang"], ["le", "yue"]]


def test_the_whole_name_ranks_before_its_start_before_rare_readings_before_the_middle() -> None:
    ranked = sorted(
        ["李张伟", "张伟民", "张伟", "周文", "单雄信", "赵文武"], key=lambda n: match_rank(n, "zw")
    )
    assert ranked[:2] == ["张伟", "周文"]  # both the whole name in initials
    assert ranked[2:] == ["张伟民", "赵文武", "李张伟", "单雄信"]
    assert match_rank("张伟", "zhangwei") == 0
    assert match_rank("张伟", "张伟") == 0
    assert match_rank("张伟民", "zhangwei") == 1
    assert match_rank("张伟民", "张") == 1
    assert match_rank("李张伟", "zhangwei") == 3
    assert match_rank("李张伟", "张伟") == 3
    # a surname's own reading is real, but not the everyday one: it comes below
    assert match_rank("山田", "shan") == 1
    assert match_rank("单雄信", "shan") == 2
    assert match_rank("单雄信", "dan") == 1
    assert match_rank("曾小贤", "zengxiaoxian") == 2
    assert match_rank("张伟", "1234") == 4
    assert match_rank("张伟", "") == 4


def test_compound_surnames_are_read_as_surnames() -> None:
    assert sort_key("尉迟恭").startswith("yuchigong ")
    assert sort_key("万俟卨").startswith("moqi")
    assert sort_key("澹台明月").startswith("tantai")
    assert sort_key("单于明").startswith("shanyu")  # a 单 with a given name, not 单于
    assert finds(name_keys("单于明"), "chanyuming")  # but the compound reading still finds it


@settings(deadline=None)
@given(names)
def test_every_substring_of_the_name_is_found(name: str) -> None:
    keys = name_keys(name)
    for part in substrings(name):
        assert finds(keys, part), part


@settings(deadline=None)
@given(names)
def test_pinyin_and_initials_from_any_syllable_are_found(name: str) -> None:
    keys = name_keys(name)
    readings = name_readings(name)
    for start in range(len(readings)):
        for end in range(start + 1, len(readings) + 1):
            for reading in readings[start]:
                # any reading at the start of what is typed, the likeliest after it
                rest = [options[0] for options in readings[start + 1 : end]]
                assert finds(keys, reading + "".join(rest))
                assert finds(keys, reading[0] + "".join(r[0] for r in rest))


@settings(deadline=None)
@given(any_hanzi_names)
@example("誒")  # pypinyin reads it ê
@example("兙")  # pypinyin has no reading: the character stands for itself
def test_keys_are_lower_case_ascii_or_the_names_own_characters(name: str) -> None:
    for key in name_keys(name):
        assert key
        for char in key:
            assert (char.isascii() and not char.isupper()) or char in name


@settings(deadline=None)
@given(st.text(max_size=12), st.integers(1, 80))
@example("U ¨", 64)  # NFKC gives a combining mark; without the space it makes ü
@example("扃¯", 64)  # a mark that would sit on the g of jiong
def test_any_text_gives_keys_without_errors(name: str, limit: int) -> None:
    keys = name_keys(name, limit)
    assert all(key == normalise_query(key) for key in keys)  # keys are already normalised
    assert isinstance(sort_key(name), str)


def test_the_first_characters_readings_survive_a_tight_limit() -> None:
    heavy = "那朝长重行乐传便"  # 2 ** 8 = 256 combinations of common readings
    readings = name_readings(heavy)
    likeliest_rest = "".join(options[0] for options in readings[1:])
    keys = name_keys(heavy, limit=1)
    assert {reading + likeliest_rest for reading in readings[0]} <= keys
    assert len(keys) < len(name_keys(heavy, limit=64)) < len(name_keys(heavy, limit=1000))


def test_a_tight_limit_keeps_each_single_reading_before_pairs_of_them() -> None:
    assert name_readings("李朝长重") == [
        ["li"],
        ["chao", "zhao"],
        ["zhang", "chang"],
        ["zhong", "chong"],
    ]
    keys = name_keys("李朝长重", limit=5)  # 8 combinations: the first pair, zhao + chang, stays
    full = {key for key in keys if key.startswith("li") and len(key) > 2}
    assert full == {
        "lichaozhangzhong",
        "lizhaozhangzhong",
        "lichaochangzhong",
        "lichaozhangchong",
        "lizhaochangzhong",
    }
    assert not finds(keys, "zhaozhangchong")
    assert finds(name_keys("李朝长重"), "zhaozhangchong")


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        name_keys("张三", limit=0)


def test_minority_names_drop_the_middle_dot() -> None:
    name = "阿依古丽·买买提"
    keys = name_keys(name)
    assert "买买提" in keys
    assert "ayigulimaimaiti" in keys
    assert finds(keys, "古丽·买")
    assert finds(keys, "古丽买买")
    assert finds(keys, "maimaiti")
    assert finds(keys, "aygl")
    assert all("·" not in key for key in keys)
    assert len(name_readings(name)) == 7


def test_latin_letters_and_digits_pass_through_in_lower_case() -> None:
    assert name_readings("Tom张2") == [["t"], ["o"], ["m"], ["zhang"], ["2"]]
    keys = name_keys("Tom张")
    assert {"tom张", "tomzhang", "tomz", "zhang"} <= keys
    assert finds(keys, "TOM")


def test_u_umlaut_is_written_v() -> None:
    assert name_readings("吕绿") == [["lv"], ["lv"]]  # 绿 lu (绿林) is too rare to be a key
    assert finds(name_keys("吕小女"), "lvxiaonv")
    assert normalise_query("Lü") == "lv"


def test_query_normalisation() -> None:
    assert normalise_query("  Zhang San ") == "zhangsan"
    assert normalise_query("xi'an") == "xian"
    assert normalise_query("ＺＳＦ") == "zsf"  # full-width letters from an IME
    assert normalise_query("古丽·买") == "古丽买"
    assert normalise_query("") == ""


def test_sort_key_orders_by_pinyin_of_the_likeliest_reading() -> None:
    people = ["张三", "李安", "安娜", "曾国藩", "李", "单雄信", "Tom", "乐嘉"]
    ordered = sorted(people, key=sort_key)
    assert ordered == ["安娜", "李", "李安", "单雄信", "Tom", "乐嘉", "曾国藩", "张三"]
    assert sort_key("单雄信") == "shanxiongxin 单雄信"


def test_keys_do_not_depend_on_hash_seed_or_cache_state() -> None:
    sample = ["那朝长重行乐", "单田芳", "阿依古丽·买买提", "曾小贤", "种长和"]
    here = {name: sorted(name_keys(name, limit=7)) for name in sample}
    script = (
        "import json, sys\n"
        "from gridesk.core.residents.keys import name_keys\n"
        "names = json.loads(sys.argv[1])\n"
        "print(json.dumps({n: sorted(name_keys(n, limit=7)) for n in reversed(names)}))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(sample)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert json.loads(done.stdout) == here


def test_importing_the_module_does_not_import_pypinyin() -> None:
    script = (
        "import sys\n"
        "import gridesk.core.residents.keys as keys\n"
        "assert 'pypinyin' not in sys.modules\n"
        "keys.normalise_query('Zhang San')\n"
        "assert 'pypinyin' not in sys.modules\n"
        "keys.name_keys('张三')\n"
        "assert 'pypinyin' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


@pytest.mark.slow
def test_keys_for_200000_names_take_seconds_not_minutes() -> None:
    rng = random.Random(20240601)
    sample = [
        rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2))))
        for _ in range(200_000)
    ]
    started = time.perf_counter()
    total = sum(len(name_keys(name)) for name in sample)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, elapsed  # an import of 200,000 residents has 30 s in all
    assert 8 < total / len(sample) < 30
