"""The volunteers window's errors, with their messages (translated in the "errors" context)."""

from __future__ import annotations

from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

__all__ = ["QT_TRANSLATE_NOOP", "Conflict", "NotFound", "ValidationError"]

NOT_A_VOLUNTEER = QT_TRANSLATE_NOOP(
    "errors", "{name} has no volunteer profile yet. Add them as a volunteer first."
)
NO_SUCH_RESIDENT = QT_TRANSLATE_NOOP("errors", "This resident does not exist.")
NO_SUCH_SHIFT = QT_TRANSLATE_NOOP("errors", "This shift does not exist.")
NO_SUCH_ACTIVITY = QT_TRANSLATE_NOOP("errors", "This activity does not exist.")
NO_SUCH_RECORD = QT_TRANSLATE_NOOP("errors", "This hours record does not exist.")
NO_SUCH_TEAM = QT_TRANSLATE_NOOP("errors", "This team does not exist.")
NO_SUCH_TASK = QT_TRANSLATE_NOOP("errors", "This task does not exist.")
ALREADY_ON_SHIFT = QT_TRANSLATE_NOOP("errors", "{name} is already on this shift.")
SHIFT_FULL = QT_TRANSLATE_NOOP("errors", "This shift already has the {needed} people it needs.")
OVERLAP = QT_TRANSLATE_NOOP(
    "errors", "{name} is already on duty from {start} to {end}; shifts cannot overlap."
)
TOO_MANY_IN_A_ROW = QT_TRANSLATE_NOOP(
    "errors",
    "{name} would work more than {cap} shifts in a row. Pick someone else or leave a break.",
)
BAD_CAP = QT_TRANSLATE_NOOP("errors", "The cap on shifts in a row must be between 1 and 12.")
BAD_TIME = QT_TRANSLATE_NOOP("errors", "“{value}” is not a time of day (HH:MM).")
BAD_TIMES = QT_TRANSLATE_NOOP("errors", "The end must come after the start.")
BAD_AVAILABILITY = QT_TRANSLATE_NOOP(
    "errors", "“{value}” is not an availability like “1 08:00-12:00” (weekday 1-7, then times)."
)
NEEDED_AT_LEAST_ONE = QT_TRANSLATE_NOOP("errors", "A shift needs at least one person.")
CAPACITY_AT_LEAST_ONE = QT_TRANSLATE_NOOP("errors", "The capacity must be at least one.")
TITLE_NEEDED = QT_TRANSLATE_NOOP("errors", "Please enter a title.")
POST_NEEDED = QT_TRANSLATE_NOOP("errors", "Please enter the post (what the duty is).")
TEAM_NAME_NEEDED = QT_TRANSLATE_NOOP("errors", "Please enter the team's name.")
TEAM_NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "There is already a team called {name}.")
ALREADY_SIGNED_UP = QT_TRANSLATE_NOOP("errors", "{name} has already signed up for this activity.")
NOT_SIGNED_UP = QT_TRANSLATE_NOOP("errors", "{name} has not signed up for this activity.")
ACTIVITY_CANCELLED = QT_TRANSLATE_NOOP("errors", "This activity has been cancelled.")
ACTIVITY_OVER = QT_TRANSLATE_NOOP("errors", "This activity is already over.")
NOT_ELIGIBLE = {
    "volunteers": QT_TRANSLATE_NOOP(
        "errors", "This activity is for registered volunteers; {name} is not one yet."
    ),
    "party": QT_TRANSLATE_NOOP(
        "errors", "This activity is for party members; {name}'s profile does not say so."
    ),
    "team": QT_TRANSLATE_NOOP("errors", "This activity is for one team; {name} is not in it."),
}
NOTHING_NOW = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is not on a shift or activity now. Choose one for a walk-up check-in.",
)
CHECK_IN_LATE = QT_TRANSLATE_NOOP(
    "errors",
    "{what} ended at {end}. A check-in this long after its end needs the coordinator's reason.",
)
RECORD_FINAL = QT_TRANSLATE_NOOP(
    "errors", "These hours are already approved and may have earned points; they stay as they are."
)
REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Please give the reason for the correction.")
BAD_MINUTES = QT_TRANSLATE_NOOP("errors", "Minutes must be between 0 and 1440.")
STILL_OPEN = QT_TRANSLATE_NOOP("errors", "{name} has not checked out yet.")
TASK_TAKEN = QT_TRANSLATE_NOOP("errors", "This task is no longer open.")
TASK_NOT_CLAIMED = QT_TRANSLATE_NOOP("errors", "This task has not been claimed.")
TASK_PUBLISHED = QT_TRANSLATE_NOOP(
    "errors", "{number} is already published for volunteers to claim."
)
ROOM_ONE_DAY = QT_TRANSLATE_NOOP(
    "errors", "A room is booked within one day: end the activity on the day it starts."
)


class RosterConflict(Conflict):
    """An assignment the roster rules refuse (overlap, too many in a row, shift full)."""


class NotScheduled(Conflict):
    """A check-in for someone who is on nothing now, with no shift or activity chosen."""


class LateCheckIn(Conflict):
    """A walk-up check-in to a shift or activity that ended long ago, without a reason."""
