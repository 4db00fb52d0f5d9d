"""Anchors: the heads of the two hash chains, kept outside the database.

A hash chain (``gridesk.core.chains``) shows an edit made by someone who did not re-hash what
follows; someone holding the file can re-hash everything after their edit and the chain links
again. An anchor is a chain's head written down elsewhere: its entry count and the hash of its
last entry. A chain re-hashed below an anchored count no longer has that hash at that count,
and a chain cut below it no longer reaches it; ``gridesk check`` names either.

Anchors live in two places, both out of reach of someone who only holds the database file:

- every daily closing (日结) prints and exports both heads as ``CHAIN:COUNT:HASH``
  (``ledger:1234:3f9a0c1d2e4b5a69``: the first ``SHORT`` hex digits of the hash), which is what
  ``gridesk check --anchor`` takes back;
- each one is also appended to ``anchors.txt`` in the data folder (``FILE_NAME``), which the
  backups carry. One line per anchor, fields separated by one space::

      2026-03-02T10:15:07.123456Z ledger 1234 3f9a0c1d…(the whole SHA-256, 64 hex digits)

  (UTC time, chain, entry count, hash). Lines starting with ``#`` are comments. The file is
  only ever appended to, each line flushed to the disk before the closing is shown.

A restore puts an older database back, whose chains end before the newer anchors: the restore
appends the restored heads as ``restored`` lines (``2026-03-05T09:00:00Z restored ledger 1100
<hash>``). An anchor written before a restore and counting more entries than that restore left
belonged to the database it replaced (kept as the safety copy) and is no longer checked; every
other anchor still is, the restored lines themselves included.

Chains: ``ledger`` (the points ledger, ``points_entries``) and ``audit`` (``audit_log``).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk.core.backup_files import anchors_copies
from gridesk.core.chains import GENESIS, utc_text
from gridesk.core.models import AuditEntry
from gridesk.core.points.models import LedgerEntry
from gridesk.paths import ANCHORS_FILE

log = logging.getLogger(__name__)

FILE_NAME = ANCHORS_FILE
SHORT = 16
"""Hex digits of a head's hash printed on a closing (64 bits: no one can grind a forgery to
match them)."""
MIN_PREFIX = 8
"""The fewest hex digits ``--anchor`` accepts."""
LEDGER, AUDIT = "ledger", "audit"
_TABLES: dict[str, Any] = {LEDGER: LedgerEntry, AUDIT: AuditEntry}
_NAMES = {LEDGER: "the points ledger", AUDIT: "the audit log"}
_HEADER = (
    "# GriDesk chain anchors, appended at every daily closing; never edit.\n"
    "# UTC time, chain (ledger: points ledger, audit: audit log), entry count, SHA-256 of "
    "the last entry\n"
)
_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class Anchor:
    """A chain's head: ``count`` entries, the last one's hash (or the first digits of it)."""

    chain: str
    count: int
    hash: str
    at: datetime | None = None
    source: str = ""
    """Where it was read (``anchors.txt line 3``, ``--anchor``); empty for a fresh one."""
    restored: bool = False
    """The head a restore left (a ``restored`` line): older anchors beyond it are retired."""

    @property
    def short(self) -> str:
        return self.hash[:SHORT]

    def text(self) -> str:
        """As printed on a closing and given to ``gridesk check --anchor``."""
        return f"{self.chain}:{self.count}:{self.short}"

    def line(self) -> str:
        assert self.at is not None
        kind = "restored " if self.restored else ""
        return f"{utc_text(self.at)} {kind}{self.chain} {self.count} {self.hash}\n"

    def described(self) -> str:
        where = f" ({self.source})" if self.source else ""
        when = f" of {self.at:%Y-%m-%d %H:%M} UTC" if self.at else ""
        return f"the anchor {self.text()}{when}{where}"


def heads(s: Session, at: datetime) -> tuple[Anchor, Anchor]:
    """Both chains' heads as this read sees them: (ledger, audit)."""

    def head(chain: str) -> Anchor:
        table = _TABLES[chain]
        row = s.execute(select(table.seq, table.hash).order_by(table.seq.desc()).limit(1)).first()
        return Anchor(chain, row.seq, row.hash, at) if row else Anchor(chain, 0, GENESIS, at)

    return head(LEDGER), head(AUDIT)


def parse(text: str) -> Anchor:
    """``CHAIN:COUNT:HASH`` or ``COUNT:HASH`` (the ledger's), as printed on a closing.
    Raises ValueError saying what is wrong."""
    parts = text.strip().lower().split(":")
    if len(parts) == 2 and parts[0].strip().isdigit():
        parts.insert(0, LEDGER)
    if len(parts) != 3:
        raise ValueError(f"{text!r} is not CHAIN:COUNT:HASH (e.g. ledger:1234:3f9a0c1d2e4b5a69)")
    chain, count, digest = (p.strip() for p in parts)
    if chain not in _TABLES:
        raise ValueError(f"{chain!r} is not a chain: use {LEDGER} or {AUDIT}")
    if not count.isdigit() or int(count) < 1:
        raise ValueError(f"{count!r} is not an entry count (a whole number from 1)")
    if len(digest) < MIN_PREFIX or len(digest) > 64 or not _HEX.fullmatch(digest):
        raise ValueError(f"{digest!r} is not a hash: {MIN_PREFIX} to 64 hex digits")
    return Anchor(chain, int(count), digest, source="--anchor")


def file_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def read_file(data_dir: Path) -> tuple[list[Anchor], list[str]]:
    """The anchors in the data folder's file and in the copies every backup carries (so a file
    deleted or cut short in the data folder still has its anchors in the backups), each once,
    and a sentence for each line that is not one."""
    found: dict[tuple[str, int, str, bool], Anchor] = {}
    bad: list[str] = []
    copies = anchors_copies(data_dir)
    for path in (file_path(data_dir), *copies):
        name = FILE_NAME if path.parent == data_dir else f"{path.parent.name}/{path.name}"
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            continue
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            anchor = _from_line(line, f"{name} line {number}")
            if anchor is None:
                bad.append(f"{name} line {number} is not an anchor: the file was edited")
            else:
                key = (anchor.chain, anchor.count, anchor.hash, anchor.restored)
                found.setdefault(key, anchor)
    return list(found.values()), bad


def _from_line(line: str, source: str) -> Anchor | None:
    fields = line.split(" ")
    restored = len(fields) == 5 and fields[1] == "restored"
    if restored:
        del fields[1]
    if len(fields) != 4:
        return None
    when, chain, count, digest = fields
    try:
        at = datetime.fromisoformat(when)
    except ValueError:
        return None
    if chain not in _TABLES or not count.isdigit() or not re.fullmatch(r"[0-9a-f]{64}", digest):
        return None
    return Anchor(chain, int(count), digest, at, source, restored)


def record(data_dir: Path, anchors: Sequence[Anchor]) -> None:
    """Append each anchor to the file (made if missing) unless it repeats the file's last one
    of its chain; flushed to the disk before returning. An empty chain is not anchored."""
    known, _bad = read_file(data_dir)
    last = {a.chain: (a.count, a.hash) for a in known}
    append(
        data_dir,
        [a.line() for a in anchors if a.count > 0 and last.get(a.chain) != (a.count, a.hash)],
    )


def append(data_dir: Path, lines: Sequence[str]) -> None:
    """Append ``lines`` to the file (made, with its header, if missing), on the disk before
    returning."""
    if not lines:
        return
    path = file_path(data_dir)
    fresh = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        data = ((_HEADER if fresh else "") + "".join(lines)).encode("utf-8")
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if fresh:  # the new name itself must reach the disk
        _fsync_folder(data_dir)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows opens no folders; its rename and create are durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def verify(s: Session, anchors: Iterable[Anchor]) -> Iterator[str]:
    """What the chains say against ``anchors``: per chain, the first anchored count whose
    hash differs (the chain was rewritten at or before it), and the highest anchored count the
    chain no longer reaches (entries were removed)."""
    by_chain: dict[str, list[Anchor]] = {}
    for a in anchors:
        by_chain.setdefault(a.chain, []).append(a)
    for chain, every in by_chain.items():
        found = _not_retired(every)
        table = _TABLES[chain]
        name = _NAMES[chain]
        length = s.execute(select(table.seq).order_by(table.seq.desc()).limit(1)).scalar() or 0
        stored: dict[int, str] = dict(
            s.execute(
                select(table.seq, table.hash).where(
                    table.seq.in_(sorted({a.count for a in found if a.count <= length}))
                )
            )
            .tuples()
            .all()
        )
        good: Anchor | None = None
        for a in sorted(found, key=lambda a: a.count):
            if a.count > length:
                continue
            if str(stored.get(a.count, "")).startswith(a.hash):
                good = a
                continue
            after = (
                f"; it still matches {good.described()} at #{good.count}, so the first "
                f"changed entry is #{good.count + 1} to #{a.count}"
                if good is not None and good.count < a.count
                else f"; the first changed entry is #1 to #{a.count}"
            )
            yield (
                f"{name} entry #{a.count} does not match {a.described()}: the chain was "
                f"rewritten at or before entry #{a.count}{after}"
            )
            break
        beyond = [a for a in found if a.count > length]
        if beyond:
            top = max(beyond, key=lambda a: a.count)
            yield (
                f"{name} holds {length} entries, but {top.described()} counted {top.count}: "
                f"entries #{length + 1} to #{top.count} were removed (or an older backup was "
                "restored after that anchor)"
            )


def _not_retired(anchors: list[Anchor]) -> list[Anchor]:
    """One chain's anchors without those a later restore cut off: written before a restore
    and counting more entries than the restore left."""
    restores = [a for a in anchors if a.restored and a.at is not None]
    return [
        a
        for a in anchors
        if a.at is None
        or not any(r.at is not None and r.at >= a.at and r.count < a.count for r in restores)
    ]


def restored(data_dir: Path, heads: Sequence[Anchor]) -> None:
    """A restore put the chains back to ``heads``: append them as ``restored`` lines, always
    (not only when they differ from the last line, as ``record`` does)."""
    append(data_dir, [replace(h, restored=True).line() for h in heads if h.count > 0])


def verify_all(s: Session, data_dir: Path, given: Sequence[Anchor] = ()) -> list[str]:
    """The chains against every anchor known: the data folder's file and ``given``."""
    known, bad = read_file(data_dir)
    return bad + list(verify(s, [*known, *given]))
