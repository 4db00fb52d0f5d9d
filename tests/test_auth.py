"""Sign-in, lock-out, and permissions checked in the services."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from gridesk.clock import utcnow
from gridesk.core import auth, settings
from gridesk.core.actor import Role
from gridesk.core.models import User
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    count_residents,
    create_resident,
)
from gridesk.errors import AuthenticationError, Conflict, PermissionDenied


def test_password_is_stored_with_scrypt(store, admin):
    with store.read() as s:
        stored = s.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("scrypt$") and "secret1" not in stored
    assert auth.verify_password("secret1", stored)
    assert not auth.verify_password("secret2", stored)


def test_sign_in(store, admin):
    actor = auth.sign_in(store, "admin", "secret1")
    assert actor.role is Role.ADMIN
    with pytest.raises(AuthenticationError, match="Wrong user name or password"):
        auth.sign_in(store, "nobody", "secret1")


def test_five_wrong_passwords_lock_for_five_minutes(store, admin):
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong"):
            auth.sign_in(store, "admin", "nope")
    with pytest.raises(AuthenticationError, match="locked for 5 minutes"):
        auth.sign_in(store, "admin", "nope")
    with pytest.raises(AuthenticationError, match="locked"):
        auth.sign_in(store, "admin", "secret1")  # even the right password waits
    with store.write(admin) as s:  # five minutes pass
        user = s.execute(select(User).where(User.username == "admin")).scalar_one()
        user.locked_until = utcnow() - timedelta(seconds=1)
    assert auth.sign_in(store, "admin", "secret1").username == "admin"


def _cashier(store, admin):
    auth.create_user(store, admin, "shouyin", "收银员", Role.CASHIER, "cash123")
    return auth.sign_in(store, "shouyin", "cash123")


def test_cashier_is_refused_admin_services(store, admin):
    cashier = _cashier(store, admin)
    with pytest.raises(PermissionDenied):
        auth.list_users(store, cashier)
    with pytest.raises(PermissionDenied):
        auth.create_user(store, cashier, "x", "x", Role.ADMIN, "secret1")
    with pytest.raises(PermissionDenied):
        settings.save_setting(store, cashier, "idle_lock_minutes", 5)
    with pytest.raises(PermissionDenied):
        create_resident(store, cashier, ResidentInput(name="王五"))
    assert count_residents(store, cashier, ResidentFilter()) == 0  # looking is allowed


def test_disabled_user_cannot_sign_in(store, admin):
    cashier = _cashier(store, admin)
    auth.set_user_active(store, admin, cashier.user_id, False)
    with pytest.raises(AuthenticationError, match="disabled"):
        auth.sign_in(store, "shouyin", "cash123")


def test_reset_password_and_change_role(store, admin):
    cashier = _cashier(store, admin)
    auth.reset_password(store, admin, cashier.user_id, "newpass1")
    auth.set_user_role(store, admin, cashier.user_id, Role.FRONT_DESK)
    assert auth.sign_in(store, "shouyin", "newpass1").role is Role.FRONT_DESK


def test_the_last_admin_stays(store, admin):
    with pytest.raises(Conflict):
        auth.set_user_role(store, admin, admin.user_id, Role.CASHIER)
    with pytest.raises(Conflict):
        auth.set_user_active(store, admin, admin.user_id, False)


def test_short_password_refused(store, admin):
    from gridesk.errors import ValidationError

    with pytest.raises(ValidationError):
        auth.create_user(store, admin, "kid", "小孩", Role.CASHIER, "123")


def test_init_twice_refused(store, admin):
    from gridesk.core.setup import initialise

    with pytest.raises(Conflict):
        initialise(
            store,
            station_name="再来",
            station_code="ZL",
            admin_username="a",
            admin_password="secret1",
        )
