"""Passwords (scrypt, memory-hard), sign-in with lock-out, and user management."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission, Role
from gridesk.core.models import User
from gridesk.core.store import Store
from gridesk.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    Conflict,
    NotFound,
    ValidationError,
)

MAX_FAILED = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 6
# scrypt at OWASP's minimum (Password Storage Cheat Sheet): N=2**17, r=8, p=1. It needs
# 128 * N * r = 128 MiB while it runs (OpenSSL refuses more than ``maxmem``, 32 MiB unless
# told) and takes a few tenths of a second: slow for a guesser, once per sign-in at the desk.
_N, _R, _P = 2**17, 8, 1
_MAXMEM = 129 * 1024 * 1024  # 128 MiB and OpenSSL's little extra
_MAX_N = 2**20  # what a stored hash may ask for, so a crafted one cannot exhaust memory
# For a user name that does not exist: a real hash at today's cost (of a random password),
# so a wrong name takes as long as a wrong password; a constant, not made at import.
_DUMMY_HASH = (
    "scrypt$131072$8$1$4QSDa1Lab/YAUxwn7FFhVw==$HSczxK8zoLc45Yqf4omd+kGRkXSnHl8ghWzbRf+fyVo="
)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32, maxmem=_MAXMEM
    )
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        cost, block, parallel = int(n), int(r), int(p)
    except ValueError:
        return False
    if scheme != "scrypt" or not (1 < cost <= _MAX_N and 0 < block <= 16 and 0 < parallel <= 4):
        return False
    expected = base64.b64decode(digest)
    got = hashlib.scrypt(
        password.encode(),
        salt=base64.b64decode(salt),
        n=cost,
        r=block,
        p=parallel,
        dklen=len(expected),
        maxmem=128 * cost * block * parallel + 2 * 1024 * 1024,
    )
    return hmac.compare_digest(got, expected)


def needs_rehash(stored: str) -> bool:
    """A hash made at a lower cost than today's (upgraded at the user's next sign-in)."""
    parts = stored.split("$")
    try:
        return parts[0] != "scrypt" or (int(parts[1]), int(parts[2]), int(parts[3])) < (
            _N,
            _R,
            _P,
        )
    except (IndexError, ValueError):
        return True


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {n} characters."),
            field="password",
            n=MIN_PASSWORD,
        )


@dataclass(frozen=True)
class UserView:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_sign_in: datetime | None


def _view(u: User) -> UserView:
    return UserView(
        u.id, u.username, u.display_name, Role(u.role), u.active, u.locked_until, u.last_sign_in
    )


def actor_for(user: User, store: Store | None = None) -> Actor:
    """The actor for ``user``; with ``store``, one whose every ``require`` checks that the
    account is still active with this role (a disabled or demoted user is stopped at once)."""
    return Actor(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.station_id,
        store.check_actor if store is not None else None,
    )


def sign_in(store: Store, username: str, password: str) -> Actor:
    """Check a password. Five wrong ones lock the account for five minutes."""
    now = utcnow()
    failure: AuthenticationError | None = None
    with store.write(None) as s:
        user = s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        if user is None:
            verify_password(password, _DUMMY_HASH)  # same time whether or not the name exists
            failure = AuthenticationError(
                QT_TRANSLATE_NOOP("errors", "Wrong user name or password.")
            )
        elif not user.active:
            failure = AuthenticationError(
                QT_TRANSLATE_NOOP("errors", "This account is disabled. Ask an administrator.")
            )
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, round((user.locked_until - now).total_seconds() / 60))
            failure = AuthenticationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Too many wrong passwords. The account is locked for {minutes} more minute(s).",
                ),
                minutes=minutes,
            )
        elif not verify_password(password, user.password_hash):
            s.info["actor"] = actor_for(user)
            user.failed_attempts += 1
            failure = AuthenticationError(
                QT_TRANSLATE_NOOP("errors", "Wrong user name or password.")
            )
            if user.failed_attempts >= MAX_FAILED:
                user.failed_attempts = 0
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                store.audit(s, "lock", "users", user.id, "five wrong passwords")
                failure = AuthenticationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Five wrong passwords: the account is locked for {minutes} minutes.",
                    ),
                    minutes=LOCK_MINUTES,
                )
        else:
            actor = actor_for(user, store)
            s.info["actor"] = actor
            user.failed_attempts = 0
            user.locked_until = None
            user.last_sign_in = now
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
                store.audit(s, "rehash", "users", user.id, "password hash at today's cost")
            store.audit(s, "sign_in", "users", user.id)
    if failure is not None:
        raise failure
    return actor


def _get_user(s: Session, user_id: uuid.UUID) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user."))
    return user


def list_users(store: Store, actor: Actor) -> list[UserView]:
    actor.require(Permission.USERS_MANAGE)
    with store.read() as s:
        return [_view(u) for u in s.execute(select(User).order_by(User.username)).scalars()]


def create_user(
    store: Store, actor: Actor, username: str, display_name: str, role: Role, password: str
) -> UserView:
    actor.require(Permission.USERS_MANAGE)
    username = username.strip()
    if not username or len(username) > 40 or any(c.isspace() for c in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A user name is 1 to 40 characters without spaces."),
            field="username",
        )
    check_new_password(password)
    with store.write(actor) as s:
        taken = s.execute(select(func.count()).where(User.username == username)).scalar_one()
        if taken:
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "The user name {username} is taken."), username=username
            )
        user = User(
            username=username,
            display_name=display_name.strip() or username,
            role=Role(role).value,
            password_hash=hash_password(password),
        )
        s.add(user)
        s.flush()
        return _view(user)


def set_user_role(store: Store, actor: Actor, user_id: uuid.UUID, role: Role) -> UserView:
    actor.require(Permission.USERS_MANAGE)
    with store.write(actor) as s:
        user = _get_user(s, user_id)
        if user.role == Role.ADMIN and role != Role.ADMIN:
            _keep_one_admin(s, user)
        user.role = Role(role).value
        s.flush()
        return _view(user)


def set_user_active(store: Store, actor: Actor, user_id: uuid.UUID, active: bool) -> UserView:
    actor.require(Permission.USERS_MANAGE)
    with store.write(actor) as s:
        user = _get_user(s, user_id)
        if not active:
            if user.id == actor.user_id:
                raise Conflict(QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."))
            if user.role == Role.ADMIN:
                _keep_one_admin(s, user)
        user.active = active
        s.flush()
        return _view(user)


def reset_password(store: Store, actor: Actor, user_id: uuid.UUID, password: str) -> None:
    actor.require(Permission.USERS_MANAGE)
    check_new_password(password)
    with store.write(actor) as s:
        user = _get_user(s, user_id)
        user.password_hash = hash_password(password)
        user.failed_attempts = 0
        user.locked_until = None


def change_own_password(store: Store, actor: Actor, old: str, new: str) -> None:
    check_new_password(new)
    sign_in(store, actor.username, old)
    with store.write(actor) as s:
        assert actor.user_id is not None
        _get_user(s, actor.user_id).password_hash = hash_password(new)


def _keep_one_admin(s: Session, leaving: User) -> None:
    others = s.execute(
        select(func.count()).where(
            User.role == Role.ADMIN.value, User.active.is_(True), User.id != leaving.id
        )
    ).scalar_one()
    if not others:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "There must be at least one active administrator.")
        )
