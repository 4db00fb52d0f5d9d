"""`gridesk import residents` after `gridesk init`, as an administrator would run it: the
grids and tags of a roster added with --add-missing, repeated errors said once with their rows,
and every line in the user's language. Real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def gridesk(
    *args: str, lang: str = "en_US.UTF-8", stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRIDESK_", "LC_", "LANG"))}
    env["GRIDESK_NOW"] = os.environ["GRIDESK_NOW"]
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "gridesk", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=env,
    )


@pytest.fixture
def station(tmp_path: Path) -> Path:
    data = tmp_path / "station"
    proc = gridesk(
        "init", "--data-dir", str(data), "--station-name", "测试驿站", "--station-code", "TS",
        "--admin", "admin", stdin="secret12\n",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return data


def roster(path: Path, rows: int = 120) -> Path:
    lines = ["姓名,手机号,网格,标签"]
    for i in range(rows):
        grid = "第五网格" if i % 2 == 0 else "第六网格"
        lines.append(f"居民{i},139{i:08d},{grid},楼长")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_repeated_errors_are_said_once_with_their_rows(station, tmp_path):
    proc = gridesk(
        "import", "residents", str(roster(tmp_path / "名册.csv")), "--data-dir", str(station)
    )

    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    # 120 rows x (a grid and a tag that do not exist) = 240 errors, said in three lines
    assert lines == [
        "rows 2, 4, 6, 8, 10 … (60 rows), 网格 “第五网格”: There is no grid named “第五网格”. "
        "Correct the name, or ask an administrator to add the grid first.",
        "rows 2, 3, 4, 5, 6 … (120 rows), 标签 “楼长”: There is no tag named “楼长”. "
        "Correct the name, or ask an administrator to add the tag first.",
        "rows 3, 5, 7, 9, 11 … (60 rows), 网格 “第六网格”: There is no grid named “第六网格”. "
        "Correct the name, or ask an administrator to add the grid first.",
        "gridesk: error: 240 error(s) in 名册.csv; nothing was imported",
    ]


def test_add_missing_makes_the_grids_and_tags_of_the_file(station, tmp_path):
    path = roster(tmp_path / "名册.csv")
    proc = gridesk("import", "residents", str(path), "--add-missing", "--data-dir", str(station))

    assert proc.returncode == 0, proc.stderr
    assert "imported 名册.csv: 120 new, 0 updated, 0 blank rows skipped" in proc.stdout
    assert "added grids: 第五网格、第六网格; added tags: 楼长" in proc.stdout
    assert gridesk("check", "--data-dir", str(station)).returncode == 0


def test_an_error_line_never_prints_a_huge_value(station, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("姓名,备注\n张三," + "很长" * 1_750_000 + "\n", encoding="utf-8")
    proc = gridesk("import", "residents", str(path), "--data-dir", str(station))
    assert proc.returncode == 1
    assert len(proc.stderr) < 500, proc.stderr[:500]
    assert "This cell holds 3500000 characters; a cell can hold at most 32767." in proc.stderr


@pytest.mark.parametrize(
    ("lang", "setting", "expected"),
    [
        ("zh_CN.UTF-8", "en", "zh"),  # a Chinese locale
        ("C.UTF-8", "zh_CN", "zh"),  # no language in the locale: the installation's setting
        ("C.UTF-8", "en", "en"),
        ("en_US.UTF-8", "zh_CN", "en"),  # the person at this terminal chose English
    ],
)
def test_the_command_line_speaks_the_users_language(station, tmp_path, lang, setting, expected):
    import sqlite3

    conn = sqlite3.connect(station / "gridesk.db")
    with conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'language'", (f'"{setting}"',))
    conn.close()

    refused = gridesk(
        "import", "residents", str(roster(tmp_path / "名册.csv", 3)), "--data-dir", str(station),
        lang=lang,
    )  # fmt: skip
    checked = gridesk("check", "--data-dir", str(station), lang=lang)

    if expected == "zh":
        assert refused.stderr.splitlines()[0] == (
            "行 2, 4，网格“第五网格”：没有名为“第五网格”的网格。请更正名称，或请管理员先添加该网格。"
        )
        assert (
            refused.stderr.splitlines()[-1]
            == "gridesk：错误：名册.csv 中有 6 处错误，未导入任何内容"
        )
        assert checked.stdout.strip() == "全部检查通过"
    else:
        assert refused.stderr.splitlines()[-1] == (
            "gridesk: error: 6 error(s) in 名册.csv; nothing was imported"
        )
        assert checked.stdout.strip() == "all checks passed"
