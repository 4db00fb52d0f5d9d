"""`gridesk export requests FILE [--from D] [--to D]`: the requests' spreadsheet (the `export`
command and its options are declared with the residents' in :mod:`gridesk.cli.residents`)."""

from __future__ import annotations

import argparse

from gridesk.cli.common import CliError, administrator, open_database
from gridesk.config import Location


def cmd_export_requests(args: argparse.Namespace, where: Location) -> int:
    from datetime import date

    from gridesk.exchange.requests_io import export_requests

    try:
        days = [date.fromisoformat(d) if d else None for d in (args.day_from, args.day_to)]
    except ValueError as exc:
        raise CliError(f"dates are YYYY-MM-DD ({exc})") from exc
    store = open_database(where)
    try:
        n = export_requests(store, administrator(store), args.file, days[0], days[1])
        print(f"exported {n} requests to {args.file}")
    finally:
        store.close()
    return 0
