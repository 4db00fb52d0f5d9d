"""The benchmark files are built once, and a build that fails leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridesk.bench import cached_database
from gridesk.config import Location


def test_a_benchmark_file_is_built_once(tmp_path: Path) -> None:
    where = Location(tmp_path, f"sqlite:///{tmp_path}/gridesk.db")
    built: list[Path] = []

    def build(partial: Path) -> None:
        built.append(partial)
        partial.write_bytes(b"rows")

    first = cached_database(where, "bench-x.db", build)
    again = cached_database(where, "bench-x.db", build)
    assert first == again == tmp_path / "bench" / "bench-x.db"
    assert len(built) == 1 and first.read_bytes() == b"rows"


def test_an_interrupted_build_leaves_no_file_under_the_final_name(tmp_path: Path) -> None:
    where = Location(tmp_path, f"sqlite:///{tmp_path}/gridesk.db")

    def fail(partial: Path) -> None:
        partial.write_bytes(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cached_database(where, "bench-y.db", fail)
    assert not (tmp_path / "bench" / "bench-y.db").exists()
    cached_database(where, "bench-y.db", lambda p: p.write_bytes(b"whole"))
    assert (tmp_path / "bench" / "bench-y.db").read_bytes() == b"whole"
