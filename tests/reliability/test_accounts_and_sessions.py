"""Accounts: a disabled or demoted user is stopped at the next action, demo data never goes into
a live installation, and passwords are hashed at today's cost (old hashes upgraded)."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from gridesk.core.actor import Actor, NoLongerAllowed, Role
from gridesk.core.auth import create_user, set_user_active, set_user_role, sign_in
from gridesk.core.models import User
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    create_resident,
    list_residents,
)
from gridesk.core.store import Store
from gridesk.exchange.residents_io import export_residents


@pytest.fixture
def desk(store: Store, admin: Actor) -> tuple[Actor, Actor]:
    """The admin and a front-desk user signed in at another desk."""
    create_user(store, admin, "qiantai", "前台小王", Role.FRONT_DESK, "desk-pass1")
    return admin, sign_in(store, "qiantai", "desk-pass1")


def test_a_disabled_user_is_stopped_at_the_next_action(
    store: Store, desk: tuple[Actor, Actor], tmp_path: Path
):
    admin, clerk = desk
    create_resident(store, clerk, ResidentInput(name="王五"))  # allowed while active
    user_id = clerk.user_id
    assert user_id is not None
    set_user_active(store, admin, user_id, False)
    with pytest.raises(NoLongerAllowed):
        create_resident(store, clerk, ResidentInput(name="赵六"))
    out = tmp_path / "all.xlsx"
    with pytest.raises(NoLongerAllowed):
        export_residents(store, clerk, ResidentFilter(), out)
    assert not out.exists()
    with pytest.raises(NoLongerAllowed):
        list_residents(store, clerk, ResidentFilter(), 0, 50)
    with store.read() as s:
        assert s.execute(select(User.active).where(User.id == user_id)).scalar_one() is False
    names = [r.name for r in list_residents(store, admin, ResidentFilter(), 0, 50)]
    assert names == ["王五"]


def test_a_demoted_user_is_stopped_and_a_write_refused_in_the_store(
    store: Store, desk: tuple[Actor, Actor]
):
    admin, clerk = desk
    assert clerk.user_id is not None
    set_user_role(store, admin, clerk.user_id, Role.CASHIER)
    with pytest.raises(NoLongerAllowed):
        create_resident(store, clerk, ResidentInput(name="赵六"))
    # the store refuses the write itself, whatever the service checked before
    stale = Actor(clerk.user_id, "qiantai", "前台小王", Role.FRONT_DESK, clerk.station_id)
    with pytest.raises(NoLongerAllowed), store.write(stale) as s:
        s.add(User(username="x", display_name="x", role="admin", password_hash="-"))
    with store.read() as s:
        assert s.execute(select(User.id).where(User.username == "x")).first() is None
    # signing in again gives the actor of the new role, which works
    cashier = sign_in(store, "qiantai", "desk-pass1")
    assert cashier.role is Role.CASHIER
    assert list_residents(store, cashier, ResidentFilter(), 0, 10) == []


def test_passwords_are_hashed_at_owasp_cost_and_old_hashes_upgraded(store: Store, admin: Actor):
    create_user(store, admin, "laoyonghu", "老用户", Role.FRONT_DESK, "old-pass1")
    with store.read() as s:
        made = s.execute(
            select(User.password_hash).where(User.username == "laoyonghu")
        ).scalar_one()
    assert made.startswith("scrypt$131072$8$1$")
    # a hash made by an older GriDesk (n=2**14)
    salt = os.urandom(16)
    digest = hashlib.scrypt(b"old-pass1", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    with store.write(admin) as s:
        s.execute(select(User).where(User.username == "laoyonghu")).scalar_one().password_hash = old
    sign_in(store, "laoyonghu", "old-pass1")  # the old hash still signs in ...
    with store.read() as s:
        now = s.execute(select(User.password_hash).where(User.username == "laoyonghu")).scalar_one()
    assert now.startswith("scrypt$131072$8$1$") and now != old  # ... and is replaced
    sign_in(store, "laoyonghu", "old-pass1")


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "en_US.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "gridesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.mark.slow
def test_demo_refuses_a_database_with_real_data(store: Store, admin: Actor):
    folder = store.data_dir
    create_resident(store, admin, ResidentInput(name="王五"))
    store.close()
    done = _cli(folder, "demo", "--residents", "5")
    assert done.returncode == 1
    assert "holds real data (1 residents" in done.stderr
    assert "demo123" not in done.stdout
    with store.read() as s:
        names = set(s.execute(select(User.username)).scalars())
    assert names == {"admin"}  # no account with the known password


@pytest.mark.slow
def test_demo_fills_a_new_station_and_again_a_demo_one(store: Store, admin: Actor):
    from gridesk.demo import fill_demo

    fill_demo(store, admin, residents=3, seed=1)
    fill_demo(store, admin, residents=3, seed=2)  # a demo installation takes more
    with store.read() as s:
        assert "qiantai" in set(s.execute(select(User.username)).scalars())
