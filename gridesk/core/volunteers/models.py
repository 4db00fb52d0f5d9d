"""Volunteers (志愿者): the records (tables on gridesk.core.models.Base).

A volunteer is a resident with a :class:`VolunteerProfile`. Everything else names the person by
``resident_id``, so the points shop and the registry speak of the same person.

Places are text plus a ``room_id``. An activity in a function room (功能室, the treasure box's)
holds a booking of that room for its time, linked by :class:`ActivityBooking`: the booking is
what keeps anyone else out of the room (one enforcement, the treasure box's). Duty shifts carry
a ``room_id`` for the place only.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gridesk.core.models import Base, Tracked


class VolunteerTeam(Tracked, Base):
    """志愿服务队, with a leader (a resident)."""

    __tablename__ = "volunteer_teams"
    name: Mapped[str] = mapped_column(String(60), unique=True)
    leader_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class VolunteerProfile(Tracked, Base):
    """What makes a resident a volunteer: skills, when they are free, party membership.

    ``availability`` is ``"<weekday 1-7> HH:MM-HH:MM"`` ranges joined by ``;`` (local time);
    empty means "any time". ``skills`` are names joined by ``、``.
    """

    __tablename__ = "volunteer_profiles"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), unique=True)
    skills: Mapped[str] = mapped_column(String(300), default="")
    availability: Mapped[str] = mapped_column(String(500), default="")
    party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class VolunteerTeamMember(Base):
    __tablename__ = "volunteer_team_members"
    team_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("volunteer_teams.id", ondelete="CASCADE"), primary_key=True
    )
    resident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("residents.id"), primary_key=True, index=True
    )


class ShiftTemplate(Tracked, Base):
    """A duty that repeats weekly (轮流值守): post, place, weekday, local time, people needed."""

    __tablename__ = "volunteer_shift_templates"
    __table_args__ = (
        CheckConstraint("needed >= 1", name="needed"),
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday"),
    )
    post: Mapped[str] = mapped_column(String(60))
    place: Mapped[str] = mapped_column(String(100), default="")
    room_id: Mapped[uuid.UUID | None]  # a treasure-box room, for the place (see above)
    weekday: Mapped[int] = mapped_column(Integer)  # 1 = Monday
    start_time: Mapped[str] = mapped_column(String(5))  # "HH:MM", local
    end_time: Mapped[str] = mapped_column(String(5))
    needed: Mapped[int] = mapped_column(Integer, default=1)
    skill: Mapped[str] = mapped_column(String(40), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Shift(Tracked, Base):
    """One dated shift (班次), made from a template for a week, or on its own."""

    __tablename__ = "volunteer_shifts"
    __table_args__ = (
        Index("ix_volunteer_shifts_starts", "starts_at"),
        Index("ix_volunteer_shifts_template", "template_id", "starts_at", unique=True),
        CheckConstraint("ends_at > starts_at", name="times"),
        CheckConstraint("needed >= 1", name="needed"),
    )
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("volunteer_shift_templates.id")
    )
    post: Mapped[str] = mapped_column(String(60))
    place: Mapped[str] = mapped_column(String(100), default="")
    room_id: Mapped[uuid.UUID | None]
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    needed: Mapped[int] = mapped_column(Integer, default=1)
    skill: Mapped[str] = mapped_column(String(40), default="")


class ShiftAssignment(Tracked, Base):
    """A person on a shift (排班). Removed assignments stay, ``active`` false."""

    __tablename__ = "volunteer_assignments"
    __table_args__ = (
        Index("ix_volunteer_assignments_shift", "shift_id", "active"),
        Index("ix_volunteer_assignments_person", "resident_id", "active"),
    )
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_shifts.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    # copied from the shift so that the overlap rule is one indexed query per person
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Activity(Tracked, Base):
    """活动: title, place, time, capacity, points scheme and who may sign up."""

    __tablename__ = "volunteer_activities"
    __table_args__ = (
        Index("ix_volunteer_activities_starts", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="times"),
        CheckConstraint("capacity >= 1", name="capacity"),
        CheckConstraint("points_mode IN ('hour', 'attendance')", name="points_mode"),
        CheckConstraint(
            "eligibility IN ('all', 'volunteers', 'party', 'team')", name="eligibility"
        ),
    )
    title: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    room_id: Mapped[uuid.UUID | None]  # booked through ActivityBooking (see above)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    points_mode: Mapped[str] = mapped_column(String(12), default="hour")
    points: Mapped[int] = mapped_column(Integer, default=0)
    eligibility: Mapped[str] = mapped_column(String(12), default="all")
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("volunteer_teams.id"))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class SignUp(Tracked, Base):
    """报名 / 候补: ``signed`` (has a place), ``waitlisted`` or ``cancelled``.

    The waitlist is served in ``created_at`` order when a place frees up."""

    __tablename__ = "volunteer_signups"
    __table_args__ = (
        Index("ix_volunteer_signups_activity", "activity_id", "status", "created_at"),
        Index("ix_volunteer_signups_person", "resident_id"),
        CheckConstraint("status IN ('signed', 'waitlisted', 'cancelled')", name="status"),
    )
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("volunteer_activities.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    status: Mapped[str] = mapped_column(String(12))
    promoted_at: Mapped[datetime | None]


class HoursRecord(Tracked, Base):
    """One stretch of service (服务时长): a check-in, its check-out and the coordinator's word.

    ``status``: ``open`` (checked in), ``flagged`` (no check-out by the next day: never counted
    until corrected), ``pending`` (checked out, awaiting approval), ``approved``, ``corrected``
    (minutes set by the coordinator, with a reason; counts as approved). An approved or corrected
    record is final: it is what earns points (see services.approved_hours_since).
    """

    __tablename__ = "volunteer_hours"
    __table_args__ = (
        Index("ix_volunteer_hours_person", "resident_id", "started_at"),
        Index("ix_volunteer_hours_status", "status", "started_at"),
        Index("ix_volunteer_hours_approved", "approved_at"),
        CheckConstraint(
            "status IN ('open', 'flagged', 'pending', 'approved', 'corrected')", name="status"
        ),
        CheckConstraint("source IN ('shift', 'activity', 'task')", name="source"),
        CheckConstraint("minutes IS NULL OR minutes >= 0", name="minutes"),
    )
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    source: Mapped[str] = mapped_column(String(10))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("volunteer_shifts.id"))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("volunteer_activities.id"))
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("volunteer_tasks.id"))
    label: Mapped[str] = mapped_column(String(120), default="")
    scheduled_start: Mapped[datetime | None]
    scheduled_end: Mapped[datetime | None]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    minutes: Mapped[int | None] = mapped_column(Integer)
    walk_up: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="open")
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    correction_reason: Mapped[str] = mapped_column(Text, default="")


class VolunteerTask(Tracked, Base):
    """志愿抢单: a piece of work a volunteer can claim. Standalone for now; ``source`` and
    ``source_id`` will name the request or wish it came from once those windows exist."""

    __tablename__ = "volunteer_tasks"
    __table_args__ = (
        Index("ix_volunteer_tasks_status", "status", "created_at"),
        CheckConstraint("status IN ('open', 'claimed', 'done', 'cancelled')", name="status"),
    )
    title: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    due_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(20), default="standalone")
    source_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10), default="open")
    claimed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    claimed_at: Mapped[datetime | None]


class ActivityBooking(Base):
    """The room booking (百宝箱 功能室) an activity holds for its time: one each way."""

    __tablename__ = "volunteer_activity_bookings"
    activity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("volunteer_activities.id"), primary_key=True
    )
    booking_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("treasure_bookings.id"), unique=True)
