"""`gridesk sync export FILE`, `gridesk sync import FILE`, `gridesk sync status`: the packs a
station and its centre carry to each other (docs/SYNC.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridesk.cli.common import CliError, Command, administrator, open_database, tr
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gridesk.core.actor import Actor
    from gridesk.core.store import Store


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "exchange sync packs between a station and its centre"),
    )
    p.add_argument(
        "what", nargs="?", default="now", choices=["now", "export", "import", "status", "allowance"]
    )
    p.add_argument(
        "file", nargs="?", type=Path, help=QT_TRANSLATE_NOOP("cli", "the pack to write or read")
    )
    p.add_argument(
        "--station",
        help=QT_TRANSLATE_NOOP("cli", "at the centre: the station's code the pack is for"),
    )
    p.add_argument(
        "--hub-url",
        help=QT_TRANSLATE_NOOP(
            "cli", "the centre's database (remembered for the next `gridesk sync`)"
        ),
    )
    p.add_argument(
        "--resident",
        help=QT_TRANSLATE_NOOP("cli", "allowance: the resident's ID number"),
    )
    p.add_argument(
        "--points",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "allowance: the points they may redeem at a station offline, or 'default' for the "
            "setting",
        ),
    )


def cmd_sync(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.sync import packs

    if args.what == "allowance":
        return _allowance(args, where)
    if args.what in ("export", "import") and args.file is None:
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "name the pack file: gridesk sync {what} FILE"), what=args.what
        )
    store = open_database(where)
    try:
        actor = administrator(store)
        if args.what == "export":
            done = packs.export_pack(store, actor, args.file, args.station)
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "cli", "{count} operations for {peer} written to {path} ({size} bytes)"
                    ),
                    count=done.operations,
                    peer=done.peer,
                    path=str(args.file),
                    size=done.size,
                )
            )
        elif args.what == "import":
            done = packs.import_pack(store, actor, args.file)
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "pack from {peer}: {count} operations, {applied} applied, {skipped} "
                        "already here, {conflicts} new conflicts (同步冲突)",
                    ),
                    peer=done.peer,
                    count=done.operations,
                    applied=done.applied,
                    skipped=done.skipped,
                    conflicts=done.conflicts,
                )
            )
        elif args.what == "now":
            _direct(store, actor, args.hub_url)
        else:
            st = packs.status(store, actor)
            for peer in st.peers:
                heard = peer.last_heard_at.strftime("%Y-%m-%d %H:%M") if peer.last_heard_at else "-"
                print(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "cli",
                            "{code} {name}: {waiting} operations wait to go; last heard from {heard}",
                        ),
                        code=peer.code,
                        name=peer.name,
                        waiting=peer.to_send,
                        heard=heard,
                    )
                )
            print(
                tr(
                    QT_TRANSLATE_NOOP("cli", "conflicts to resolve (同步冲突): {count}"),
                    count=st.conflicts,
                )
            )
    finally:
        store.close()
    return 0


def _allowance(args: argparse.Namespace, where: Location) -> int:
    """`gridesk sync allowance --resident ID_NUMBER --points N|default` (at the centre)."""
    from gridesk.core.sync.allowances import set_allowance

    if not args.resident or not args.points:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli", "name both: gridesk sync allowance --resident ID_NUMBER --points N|default"
            )
        )
    points: int | None = None
    if args.points != "default":
        try:
            points = int(args.points)
        except ValueError:
            raise CliError(
                QT_TRANSLATE_NOOP("cli", "--points is a whole number of points, or default")
            ) from None
    store = open_database(where)
    try:
        name = set_allowance(store, administrator(store), args.resident, points)
    finally:
        store.close()
    if points is None:
        print(tr(QT_TRANSLATE_NOOP("cli", "{name}: the usual offline allowance"), name=name))
    else:
        print(
            tr(
                QT_TRANSLATE_NOOP("cli", "{name}: at most {points} points redeemed offline"),
                name=name,
                points=points,
            )
        )
    return 0


def _direct(store: Store, actor: Actor, hub_url: str | None) -> None:
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store, set_setting
    from gridesk.core.sync import packs

    url = hub_url or store.setting(packs.HUB_URL)
    if not url:
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "name the centre's database once: gridesk sync --hub-url URL")
        )
    hub = open_store(url, store.data_dir / "hub", migrate=False)
    try:
        sent, received = packs.exchange_direct(store, actor, hub, installation_admin(hub))
    finally:
        hub.close()
    if hub_url:
        with store.write(actor) as s:
            set_setting(s, packs.HUB_URL, hub_url)
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "synced with {peer}: {sent} operations sent, {received} received, {conflicts} "
                "new conflicts (同步冲突)",
            ),
            peer=received.peer,
            sent=sent.applied,
            received=received.applied,
            conflicts=sent.conflicts + received.conflicts,
        )
    )


COMMANDS: dict[str, Command] = {"sync": cmd_sync}
