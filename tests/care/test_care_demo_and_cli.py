"""`gridesk demo` gives the care register rhythms, helpers and a year of visits (a few left
overdue); `gridesk care register|overdue|record` read it from the command line."""

from __future__ import annotations

from datetime import timedelta

from openpyxl import load_workbook

from gridesk import clock, demo
from gridesk.cli import main
from gridesk.core.care import register
from gridesk.core.check import run_checks
from gridesk.core.partners.evaluation import evaluate
from gridesk.core.residents.records import ResidentFilter


def test_demo_care_register_and_the_command_line(store, admin, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    summary = demo.fill_demo(store, admin, residents=400, seed=3)
    extra = summary.extra
    assert extra["care frequencies"] == 6
    assert extra["care helpers"] >= extra["care visits"] / 60 > 0
    rows = register.register(store, admin)
    visited = [r for r in rows if r.last_visit is not None]
    assert visited and all(r.helpers for r in visited)
    assert max(r.last_visit for r in visited) >= clock.today() - timedelta(days=7)
    late = register.overdue_visits(store, admin)
    assert 0 < len([o for o in late if o.last_visit is not None]) < len(visited)
    assert run_checks(store) == []
    # the partner units' demo comes in the same run: the units the other demos name
    assert extra["partner units"] == 8 and extra["partner links"] > 0
    ranking = evaluate(store, admin, clock.today().year).results
    assert len(ranking) == 8 and [r.rank for r in ranking] == sorted(r.rank for r in ranking)
    assert any(r.figures.cases for r in ranking)  # the requests demo dispatched cases to them
    assert demo.fill_demo(store, admin, residents=0, seed=3).extra.get("care visits", 0) == 0

    args = ["--data-dir", str(tmp_path)]
    path = tmp_path / "台账.xlsx"
    assert main(["care", "register", str(path), *args]) == 0
    assert f"Wrote {len(rows)} care residents" in capsys.readouterr().out
    sheet = load_workbook(path).active
    assert sheet.max_row == 3 + len(rows)
    assert main(["care", "overdue", *args]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(late)
    first = lines[0].split("\t")
    assert len(first) == 8 and first[0] == late[0].name and first[-1] == str(late[0].days_overdue)
    assert f"{len(late)} not visited in time" in captured.err
    someone = next(
        r
        for r in visited
        if r.phone and len(register.register(store, admin, ResidentFilter(text=r.phone))) == 1
    )
    pdf = tmp_path / "record.pdf"
    assert main(["care", "record", someone.phone, str(pdf), *args]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert main(["care", "record", "zzzz", str(pdf), *args]) == 1  # nobody: one clear line
    assert main(["care", "register", str(tmp_path / "x.csv"), *args]) == 1
