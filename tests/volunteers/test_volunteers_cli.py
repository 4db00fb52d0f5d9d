"""`gridesk volunteers ...`: documents and the approved hours from the command line."""

from __future__ import annotations

from datetime import date, timedelta

from gridesk.cli import main
from gridesk.core.volunteers.hours import Target, approve_hours, check_in_out
from gridesk.core.volunteers.services import add_shift, local_dt


def test_approved_hours_and_certificate_from_the_command_line(
    tmp_path, store, admin, people, capsys, monkeypatch
):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # the command line speaks the user's language
    start = local_dt(date(2026, 5, 4), 9 * 60)
    shift = add_shift(store, admin, "前台引导", start, start + timedelta(hours=2))
    who = people["王秀英"]
    check_in_out(store, admin, who, Target("shift", shift), now=start)
    out = check_in_out(store, admin, who, now=start + timedelta(minutes=100))
    approve_hours(store, admin, [out.record.id])
    args = ["--data-dir", str(tmp_path)]
    assert main(["volunteers", "approved", "--since", "2026-01-01", *args]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split("\t")[:3] == [str(out.record.id), str(who), "100"]
    pdf = tmp_path / "cert.pdf"
    assert (
        main(
            [
                "volunteers",
                "certificate",
                "13700001234",
                str(pdf),
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                *args,
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "1.7 h" in capsys.readouterr().out
    # an ambiguous person is one clear line and a non-zero exit
    assert (
        main(
            [
                "volunteers",
                "certificate",
                "x",
                str(pdf),
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                *args,
            ]
        )
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert err.startswith("gridesk: error:") and "\n" not in err
