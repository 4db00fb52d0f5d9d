"""The one command line: for admins, scripts and checks.

Errors are one clear line and a non-zero exit, never a traceback (details go to the log file).
Commands act as the installation's administrator and are audited as such.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from gridesk import __version__, clock, volunteers_cli
from gridesk.config import Location, setup_logging
from gridesk.core.errors import GrideskError

log = logging.getLogger("gridesk.cli")

EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A one-line failure for the command line."""


def _location_args(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        default=default,
        help="folder for the database, backups and logs (env GRIDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--db-url", default=default, help="SQLAlchemy database URL (env GRIDESK_DB_URL)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gridesk",
        description="GriDesk: front-desk software for community service centres and grid stations.",
    )
    parser.add_argument("--version", action="version", version=f"GriDesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a demo database, ready to try"
    )
    _location_args(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _location_args(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "init",
        parents=[common],
        help="set up the station and its admin account (password on stdin)",
    )
    p.add_argument("--station-name", required=True)
    p.add_argument("--station-code", required=True)
    p.add_argument("--admin", required=True, help="the admin's user name")
    p.add_argument("--address", default="")
    p.add_argument("--hotline", default="")

    p = sub.add_parser("demo", parents=[common], help="fill with realistic zh_CN demo data")
    p.add_argument("--residents", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)

    p = sub.add_parser("import", parents=[common], help="import records from .xlsx or .csv")
    p.add_argument("what", choices=["residents"])
    p.add_argument("file", type=Path)
    p.add_argument(
        "--update-existing",
        action="store_true",
        help="update residents whose ID number is registered",
    )

    p = sub.add_parser("export", parents=[common], help="export records to .xlsx or .csv")
    p.add_argument("what", choices=["residents", "requests"])
    p.add_argument("file", type=Path)
    p.add_argument("--from", dest="day_from", help="requests: accepted on or after YYYY-MM-DD")
    p.add_argument("--to", dest="day_to", help="requests: accepted on or before YYYY-MM-DD")

    p = sub.add_parser("backup", parents=[common], help="back up the database now")
    p.add_argument("--to", type=Path, help="write the backup to this file")

    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    p.add_argument("file", type=Path)

    sub.add_parser(
        "check", parents=[common], help="integrity and every invariant; exit 1 listing violations"
    )

    p = sub.add_parser("points", parents=[common], help="points shop: the daily closing (日结)")
    p.add_argument("what", choices=["closing"])
    p.add_argument("--day", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--to", type=Path, help="also write it to this .xlsx file")

    p = sub.add_parser(
        "self-test",
        parents=[common],
        help="start the real GUI, visit every page, exit 0 if all went well",
    )
    p.add_argument("--screenshot", type=Path)

    p = sub.add_parser("treasure", parents=[common], help="treasure box: overdue, labels, rooms")
    p.add_argument("action", choices=["overdue", "labels", "schedule", "no-shows"])
    p.add_argument(
        "file", type=Path, nargs="?", help="overdue: .xlsx or .pdf; labels/schedule: .pdf"
    )
    p.add_argument("--roll", action="store_true", help="labels: 40x30 mm pages, not A4 sheets")
    p.add_argument("--day", help="schedule: YYYY-MM-DD (default today)")

    p = sub.add_parser(
        "bench", parents=[common], help="the benchmarks, with ratios against raw baselines"
    )
    p.add_argument("--residents", type=int, default=200_000)
    p.add_argument("--quick", action="store_true", help="small sizes, to try the harness")
    volunteers_cli.add_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    where = Location.resolve(args.data_dir, args.db_url, demo=args.demo)
    try:
        setup_logging(where.data_dir)
    except OSError as exc:
        print(
            f"gridesk: error: cannot use the data folder {where.data_dir}: {exc.strerror}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    command: Callable[[argparse.Namespace, Location], int]
    command = COMMANDS.get(args.command or "", run_gui)
    try:
        return command(args, where)
    except GrideskError as exc:
        print(f"gridesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except CliError as exc:
        print(f"gridesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("gridesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: one line, never a traceback
        log.exception("command %s failed", args.command)
        print(f"gridesk: error: {type(exc).__name__}: {exc} (details in the log)", file=sys.stderr)
        return EXIT_ERROR


def _open(where: Location, *, initialised: bool = True):  # type: ignore[no-untyped-def]
    from gridesk.core.store import open_store

    store = open_store(where.db_url, where.data_dir)
    if initialised and not store.is_initialised():
        store.close()
        raise CliError(
            f"the database at {where.data_dir} is not set up yet: run `gridesk init` first"
        )
    return store


def _admin(store):  # type: ignore[no-untyped-def]
    from gridesk.core.setup import installation_admin

    return installation_admin(store)


def cmd_init(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.setup import initialise

    if sys.stdin.isatty():
        password = getpass.getpass("Admin password: ")
        if getpass.getpass("Again: ") != password:
            raise CliError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    store = _open(where, initialised=False)
    try:
        initialise(
            store,
            station_name=args.station_name,
            station_code=args.station_code,
            admin_username=args.admin,
            admin_password=password,
            address=args.address,
            hotline=args.hotline,
        )
        print(
            f"GriDesk set up for {args.station_name} ({args.station_code.upper()}) at {store.location}"
        )
    finally:
        store.close()
    return 0


def cmd_demo(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.demo import fill_demo

    if args.residents < 0:
        raise CliError("--residents must be 0 or more")
    store = _open(where)
    try:
        summary = fill_demo(
            store,
            _admin(store),
            residents=args.residents,
            seed=args.seed,
            progress=_progress_printer("demo"),
        )
        print(f"\ndemo data added: {summary}")
    finally:
        store.close()
    return 0


def _progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace, where: Location) -> int:
    from gridesk.exchange import residents_io

    store = _open(where)
    try:
        actor = _admin(store)
        table = residents_io.read_table(args.file)
        mapping = residents_io.guess_mapping(table.headers)
        plan = residents_io.plan_import(
            store, actor, table, mapping, update_existing=args.update_existing
        )
        if plan.errors:
            for err in plan.errors[:50]:
                print(f"row {err.row}, {err.column}: {err.value!r}: {err.reason}", file=sys.stderr)
            more = len(plan.errors) - 50
            if more > 0:
                print(f"... and {more} more", file=sys.stderr)
            raise CliError(f"{len(plan.errors)} error(s) in {args.file.name}; nothing was imported")
        result = residents_io.apply_import(store, actor, plan, progress=_progress_printer("import"))
        print(
            f"imported {args.file.name}: {result.created} new, {result.updated} updated, "
            f"{result.skipped_blank} blank rows skipped"
        )
    finally:
        store.close()
    return 0


def cmd_export(args: argparse.Namespace, where: Location) -> int:
    if args.what == "requests":
        return _export_requests(args, where)
    from gridesk.core.residents import ResidentFilter
    from gridesk.exchange import residents_io

    store = _open(where)
    try:
        n = residents_io.export_residents(store, _admin(store), ResidentFilter(), args.file)
        print(f"exported {n} residents to {args.file}")
    finally:
        store.close()
    return 0


def _export_requests(args: argparse.Namespace, where: Location) -> int:
    from datetime import date

    from gridesk.exchange.requests_io import export_requests

    try:
        days = [date.fromisoformat(d) if d else None for d in (args.day_from, args.day_to)]
    except ValueError as exc:
        raise CliError(f"dates are YYYY-MM-DD ({exc})") from exc
    store = _open(where)
    try:
        n = export_requests(store, _admin(store), args.file, days[0], days[1])
        print(f"exported {n} requests to {args.file}")
    finally:
        store.close()
    return 0


def cmd_backup(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.backup import backup_now

    store = _open(where)
    try:
        made = backup_now(store, _admin(store), to=args.to)
        print(f"backup written to {made}")
    finally:
        store.close()
    return 0


def cmd_restore(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.backup import check_backup_file, restore_backup
    from gridesk.core.store import open_store

    check_backup_file(args.file)
    store = _open(where, initialised=False)
    path = store.sqlite_path
    store.close()
    if path is None:
        raise CliError("restore works on the local SQLite database only")
    safety = restore_backup(args.file, path, where.data_dir)
    store = open_store(where.db_url, where.data_dir)
    try:
        with store.write(_admin(store)) as s:
            store.audit(s, "restore", "database", args.file.name)
    finally:
        store.close()
    print(
        f"restored {args.file}"
        + (f"; the previous database was saved as {safety}" if safety else "")
    )
    return 0


def cmd_check(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.check import run_checks, run_warnings

    store = _open(where)
    try:
        problems = run_checks(store)
        warnings = run_warnings(store)
    finally:
        store.close()
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_ERROR
    print("all checks passed")
    return 0


def cmd_points(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.points.reports import daily_closing, monthly
    from gridesk.exchange.points_io import closing_lines, export_closing

    store = _open(where)
    try:
        closing = daily_closing(store, _admin(store), args.day or clock.today())
        print("\n".join(closing_lines(closing)))
        if args.to:
            export_closing(closing, monthly(store, _admin(store), closing.day.year), args.to)
            print(f"written to {args.to}")
    finally:
        store.close()
    return 0


def cmd_self_test(args: argparse.Namespace, where: Location) -> int:
    from gridesk.ui.selftest import run_self_test

    return run_self_test(where, args.screenshot)


def cmd_treasure(args: argparse.Namespace, where: Location) -> int:
    from datetime import date

    from gridesk.core.treasure import lending, papers, rooms

    if args.action in ("labels", "schedule") and args.file is None:
        raise CliError(f"treasure {args.action} needs a FILE to write")
    try:
        day = date.fromisoformat(args.day) if args.day else None
    except ValueError:
        raise CliError(f"--day {args.day!r} is not a date like 2026-11-23") from None
    store = _open(where)
    try:
        actor = _admin(store)
        if args.action == "overdue":
            rows = lending.overdue_list(store, actor)
            for r in rows:
                print(f"{r.resident_name}\t{r.phone}\t{r.item_name}\t{r.due_on}\t{r.days_overdue}")
            if args.file is not None and args.file.suffix.lower() == ".pdf":
                args.file.write_bytes(papers.overdue_pdf(store, actor))
            elif args.file is not None:
                from gridesk.exchange.treasure_io import export_overdue

                export_overdue(store, actor, args.file)
            print(f"{len(rows)} overdue", file=sys.stderr)
        elif args.action == "labels":
            ids = [i.id for i in lending.list_items(store, actor)]
            if not ids:
                raise CliError("the treasure box has no items in circulation")
            args.file.write_bytes(papers.label_pdf(store, actor, ids, roll=args.roll))
            print(f"{len(ids)} labels written to {args.file}")
        elif args.action == "schedule":
            day = day or clock.today()
            args.file.write_bytes(papers.schedule_pdf(store, actor, day))
            print(f"the schedule of {day} written to {args.file}")
        else:
            print(f"{rooms.mark_no_shows(store, actor)} booking(s) marked no-show")
    finally:
        store.close()
    return 0


def cmd_bench(args: argparse.Namespace, where: Location) -> int:
    from gridesk.bench import run_bench

    return run_bench(where, residents=args.residents, quick=args.quick)


def run_gui(args: argparse.Namespace, where: Location) -> int:
    from gridesk.ui.app import run_app

    return run_app(where, demo=args.demo)


COMMANDS: dict[str, Callable[[argparse.Namespace, Location], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "points": cmd_points,
    "self-test": cmd_self_test,
    "bench": cmd_bench,
    "volunteers": volunteers_cli.run,
    "treasure": cmd_treasure,
}

if __name__ == "__main__":
    raise SystemExit(main())
