"""A station killed mid-write (SIGKILL at random moments): every resident it said it saved is
there with exactly one operation in its outbox, nothing else half-written, and the hub gets
them all from the next pack."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import Side, exchange, new_station, problems

from gridesk.core.actor import Actor
from gridesk.core.models import Resident
from gridesk.core.setup import installation_admin
from gridesk.core.store import Store, open_store
from gridesk.core.sync.models import OutboxOp

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

WRITER = """
import sys
from pathlib import Path
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.setup import installation_admin
from gridesk.core.store import open_store
folder = Path(sys.argv[1])
store = open_store(f"sqlite:///{folder}/gridesk.db", folder, migrate=False, backup_first=False)
actor = installation_admin(store)
n = int(sys.argv[2])
while True:
    done = create_resident(store, actor, ResidentInput(f"居民{n}"))
    print(done.id, flush=True)
    n += 1
"""


def test_a_killed_station_loses_no_operation(
    store: Store, admin: Actor, _migrated_template: str, tmp_path: Path
) -> None:
    rng = random.Random(15)
    hub = Side("hub", store, admin, tmp_path)
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    zx.store.close()
    said: list[str] = []
    for cycle in range(4):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(zx.folder), str(cycle * 1000)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        said.append(writer.stdout.readline().strip())  # it is writing
        time.sleep(rng.uniform(0.1, 0.6))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        said += out.split()
    zx.store = open_store(f"sqlite:///{zx.folder}/gridesk.db", zx.folder)
    zx.admin = installation_admin(zx.store)
    with zx.store.read() as s:
        made = {str(r) for r in s.execute(select(Resident.id)).scalars()}
        ops = [json.loads(p) for p in s.execute(select(OutboxOp.payload)).scalars()]
    in_ops = [i["k"]["id"] for op in ops for i in op if i["t"] == "residents"]
    assert set(said) <= made
    assert sorted(in_ops) == sorted(made)  # one operation each, none without its resident
    assert problems(zx) == []
    exchange(hub, zx)
    with hub.store.read() as s:
        assert made <= {str(r) for r in s.execute(select(Resident.id)).scalars()}
    assert problems(hub) == []
