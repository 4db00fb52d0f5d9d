from datetime import date

from gridesk.core.actor import Actor
from gridesk.core.numbers import next_number
from gridesk.core.store import Store


def test_numbers_count_per_series_and_day(store: Store, admin: Actor) -> None:
    day, other = date(2026, 11, 23), date(2026, 11, 24)
    with store.write(admin) as s:
        code = store.station().code if store.station() else ""
        first = next_number(s, "ticket", day)
        second = next_number(s, "ticket", day)
        receipt = next_number(s, "receipt", day)
        tomorrow = next_number(s, "ticket", other)
    assert (first, second) == (f"T-{code}-20261123-001", f"T-{code}-20261123-002")
    assert receipt == f"X-{code}-20261123-001"
    assert tomorrow == f"T-{code}-20261124-001"


def test_each_kind_of_paper_has_its_own_prefix(store: Store, admin: Actor) -> None:
    """A number read out at the desk says what it is; old numbers (no prefix) still read as
    numbers where the desk types one."""
    import re

    from gridesk.core.numbers import NUMBER_PATTERN

    day = date(2026, 11, 23)
    with store.write(admin) as s:
        numbers = {
            series: next_number(s, series, day)
            for series in ("ticket", "receipt", "loan", "booking", "refund")
        }
    prefixes = {series: number.split("-")[0] for series, number in numbers.items()}
    assert prefixes == {"ticket": "T", "receipt": "X", "loan": "L", "booking": "B", "refund": "F"}
    for number in [*numbers.values(), "CY-20261123-007"]:
        assert re.fullmatch(NUMBER_PATTERN, number)


def test_a_rolled_back_action_gives_its_number_back(store: Store, admin: Actor) -> None:
    day = date(2026, 11, 23)
    try:
        with store.write(admin) as s:
            next_number(s, "ticket", day)
            raise RuntimeError("the action failed")
    except RuntimeError:
        pass
    with store.write(admin) as s:
        assert next_number(s, "ticket", day).endswith("-001")
