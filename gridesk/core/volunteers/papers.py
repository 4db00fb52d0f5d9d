"""The volunteers' documents built from the records: roster, activity notice, certificate. The
``*_pdf`` functions draw them; the ``paper_*`` ones return them as a ``Document`` for the print
history, so the screens only choose a printer."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.printing import FAMILY_PAGE, Document, document_station
from gridesk.core.store import Store
from gridesk.core.volunteers import errors as E
from gridesk.core.volunteers import labels
from gridesk.core.volunteers.activities import ActivityInfo, list_activities
from gridesk.core.volunteers.hours import list_hours
from gridesk.core.volunteers.services import (
    COUNTED,
    get_volunteer,
    local_dt,
    local_zone,
    week_view,
)
from gridesk.documents.volunteers import (
    WEEKDAYS_ZH,
    Certificate,
    CertificateLine,
    NoticeActivity,
    RosterEntry,
    render_certificate,
    render_notice,
    render_roster,
)
from gridesk.errors import QT_TRANSLATE_NOOP


def roster_pdf(store: Store, actor: Actor, monday: date) -> bytes:
    actor.require(Permission.VOLUNTEERS_VIEW)
    monday = monday - timedelta(days=monday.weekday())
    zone = local_zone()
    entries = []
    for s in week_view(store, actor, monday):
        start, end = s.starts_at.astimezone(zone), s.ends_at.astimezone(zone)
        entries.append(
            RosterEntry(
                start.weekday(),
                f"{start:%H:%M}-{end:%H:%M}",
                s.post,
                s.place,
                s.needed,
                tuple(p.name for p in s.people),
            )
        )
    return render_roster(monday, entries, document_station(store))


def notice_activity(a: ActivityInfo) -> NoticeActivity:
    zone = local_zone()
    start, end = a.starts_at.astimezone(zone), a.ends_at.astimezone(zone)
    when = (
        f"{start.month}月{start.day}日（{WEEKDAYS_ZH[start.weekday()]}）{start:%H:%M}-{end:%H:%M}"
    )
    points = f"每小时 {a.points} 积分" if a.points_mode == "hour" else f"每次 {a.points} 积分"
    return NoticeActivity(
        a.title,
        when,
        a.place,
        a.description,
        a.capacity,
        a.signed,
        points,
        labels.ELIGIBILITY[a.eligibility].zh,
    )


def notice_pdf(store: Store, actor: Actor, days: int = 31) -> bytes:
    """The upcoming activities (the next ``days`` days) as an A4 notice."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    until = local_dt(clock.today() + timedelta(days=days), 0)
    found = [a for a in list_activities(store, actor) if a.starts_at < until]
    return render_notice([notice_activity(a) for a in found], document_station(store))


def certificate_data(
    store: Store, actor: Actor, resident_id: uuid.UUID, start: date, end: date
) -> Certificate:
    """The certificate's facts: approved hours of records started in [start, end] (local)."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    zone = local_zone()
    with store.read() as s:
        person = s.execute(
            select(Resident.name, Resident.id_number).where(Resident.id == resident_id)
        ).first()
    if person is None:
        raise E.NotFound(E.NO_SUCH_RESIDENT)
    records = list_hours(
        store,
        actor,
        statuses=COUNTED,
        resident_id=resident_id,
        since=local_dt(start, 0, zone),
        until=local_dt(end + timedelta(days=1), 0, zone),
        limit=100_000,
    )
    records.reverse()  # oldest first
    volunteer = get_volunteer(store, actor, resident_id)
    lines = tuple(
        CertificateLine(r.started_at.astimezone(zone).date(), r.label, r.minutes or 0)
        for r in records
    )
    return Certificate(
        name=person.name,
        id_tail=(person.id_number or "")[-4:],
        start=start,
        end=end,
        minutes=sum(x.minutes for x in lines),
        lines=lines,
        issued=clock.today(),
        teams=volunteer.team_names if volunteer else (),
    )


def certificate_pdf(
    store: Store, actor: Actor, resident_id: uuid.UUID, start: date, end: date
) -> tuple[Certificate, bytes]:
    data = certificate_data(store, actor, resident_id, start, end)
    return data, render_certificate(data, document_station(store))


CONTEXT = "volunteers"


def paper_roster(store: Store, actor: Actor, monday: date) -> Document:
    """The duty roster of the week that starts on ``monday``."""
    week = f"{monday:%Y-%m-%d}"
    return Document(
        kind="volunteer_roster",
        title=QT_TRANSLATE_NOOP("volunteers", "Duty roster, week of {day}"),
        subject=week,
        pdf=roster_pdf(store, actor, monday),
        family=FAMILY_PAGE,
        context=CONTEXT,
        params={"day": week},
    )


def paper_notice(store: Store, actor: Actor, activities: list[ActivityInfo]) -> Document:
    """A notice of the chosen ``activities`` (the selection on the page)."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    pdf = render_notice([notice_activity(a) for a in activities], document_station(store))
    return Document(
        kind="activity_notice",
        title=QT_TRANSLATE_NOOP("volunteers", "Upcoming activities"),
        subject="",
        pdf=pdf,
        family=FAMILY_PAGE,
        context=CONTEXT,
    )


def paper_certificate(
    store: Store, actor: Actor, resident_id: uuid.UUID, start: date, end: date
) -> Document:
    """A volunteer's service certificate for ``start``..``end``."""
    data, pdf = certificate_pdf(store, actor, resident_id, start, end)
    return Document(
        kind="volunteer_certificate",
        title=QT_TRANSLATE_NOOP("volunteers", "Service certificate: {name}"),
        subject=data.name,
        pdf=pdf,
        family=FAMILY_PAGE,
        subject_id=str(resident_id),
        context=CONTEXT,
        params={"name": data.name},
    )
