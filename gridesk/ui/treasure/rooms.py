"""功能室: rooms by the day or the week, for one room or all; book, check in, approve, cancel;
the day's schedule printed for the door. Bookings not checked in in time turn into no-shows
(checked every minute while the page is open) and their slots are free again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.treasure import papers, rooms
from gridesk.core.treasure.labels import BOOKING_STATUS
from gridesk.core.treasure.models import (
    CHECKED_IN,
    CONFIRMED,
    FOR_PARTNER,
    FOR_RESIDENT,
    FOR_TEAM,
    NO_SHOW,
    PENDING,
)
from gridesk.core.treasure.rooms import (
    BookingConflict,
    BookingRequest,
    BookingView,
    RoomInput,
    RoomView,
    hhmm,
)
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_treasure_booking_dialog import Ui_TreasureBookingDialog
from gridesk.ui.forms.ui_treasure_room_dialog import Ui_TreasureRoomDialog
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.messages import confirm, show_error
from gridesk.ui.widgets.resident_picker import add_residents, find_residents

NO_SHOW_CHECK_MS = 60_000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


# --- the schedule view ------------------------------------------------------------------------


def week_header(day: date) -> str:
    """A day's column in the week view: "11-30 周一", "11-30 Mon" (the interface language's
    locale, which install_language sets)."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day:%m-%d} {name}"


@dataclass(frozen=True)
class ViewColumn:
    title: str
    day: date
    rooms: tuple[RoomView, ...]
    """One lane per room."""


_FILL = {
    PENDING: QColor("#FFF1CC"),
    CONFIRMED: QColor("#FBE3E6"),
    CHECKED_IN: QColor("#DDF0DF"),
    NO_SHOW: QColor("#ECEAE8"),
}
_EDGE = {
    PENDING: QColor("#C79A2A"),
    CONFIRMED: QColor("#C8102E"),
    CHECKED_IN: QColor("#2E7D32"),
    NO_SHOW: QColor("#9E9892"),
}


_WRAP = Qt.TextFlag.TextWrapAnywhere.value
_BLOCK_TEXT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value | _WRAP
_LANE_TITLE = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value | _WRAP


class ScheduleView(QWidget):
    """Columns of days or rooms, a time axis down the left, bookings as blocks.

    ``booking_clicked(id)``; ``slot_clicked(day, room_id or None, minute)`` on free time."""

    booking_clicked = Signal(object)
    slot_clicked = Signal(object, object, int)
    AXIS = 54
    HEADER = 30  # the day (or the room)
    LANES_HEADER = 62  # the day and, under it, each lane's room on up to two lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomSchedule")
        self.setMinimumSize(600, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.columns: list[ViewColumn] = []
        self.bookings: list[BookingView] = []
        self.first, self.last = 8 * 60, 21 * 60
        self.selected: uuid.UUID | None = None
        self.today = clock.today()
        self.agenda = False

    def set_schedule(
        self,
        columns: list[ViewColumn],
        bookings: list[BookingView],
        first: int,
        last: int,
        today: date,
    ) -> None:
        self.columns, self.bookings = columns, bookings
        lanes = any(len(column.rooms) > 1 for column in columns)
        self.HEADER = self.LANES_HEADER if lanes else type(self).HEADER
        # a week of several rooms: the rooms as named columns, the days as rows, each
        # booking written out (who booked and what for); a time axis is too narrow for it
        self.agenda = len(columns) > 1 and lanes
        if self.agenda:
            self.HEADER = type(self).HEADER
        self.first, self.last = first, max(last, first + 60)
        self.today = today
        self.update()

    # geometry
    def _column_width(self) -> float:
        return (self.width() - self.AXIS - 1) / max(1, len(self.columns))

    def _y(self, minute: int) -> float:
        span = self.last - self.first
        return self.HEADER + (self.height() - self.HEADER - 2) * (minute - self.first) / span

    def _lane(self, col: int, lane: int) -> QRectF:
        width = self._column_width()
        lanes = max(1, len(self.columns[col].rooms))
        x = self.AXIS + col * width + lane * width / lanes
        return QRectF(x, self.HEADER, width / lanes, self.height() - self.HEADER - 2)

    # the agenda (a week of several rooms): rooms across, days down
    AGENDA_AXIS = 96

    def _line(self) -> float:
        return QFontMetrics(self._small()).height()

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.8))
        return small

    def _cell(self, row: int, col: int) -> QRectF:
        rooms = self.columns[0].rooms
        width = (self.width() - self.AGENDA_AXIS - 1) / max(1, len(rooms))
        height = (self.height() - self.HEADER - 2) / max(1, len(self.columns))
        return QRectF(self.AGENDA_AXIS + col * width, self.HEADER + row * height, width, height)

    def _cell_bookings(self, row: int, col: int) -> list[BookingView]:
        day, room = self.columns[row].day, self.columns[0].rooms[col]
        return sorted(
            (b for b in self.bookings if b.day == day and b.room_id == room.id),
            key=lambda b: (b.start, b.end),
        )

    def _agenda_place(self, b: BookingView) -> QRectF | None:
        for row, column in enumerate(self.columns):
            if column.day != b.day:
                continue
            for col, room in enumerate(column.rooms):
                if room.id != b.room_id:
                    continue
                cell = self._cell(row, col)
                step = 2 * self._line() + 4
                k = [x.id for x in self._cell_bookings(row, col)].index(b.id)
                top = cell.y() + 2 + k * step
                if top + step > cell.bottom():
                    return None  # counted in the cell's "+n"
                return QRectF(cell.x() + 2, top, cell.width() - 4, step - 2)
        return None

    def block_lines(self, b: BookingView) -> list[str]:
        """A booking in the agenda: its time and who booked it, then what for (and its state
        where it is not simply booked)."""
        second = [b.purpose] if b.purpose else []
        if b.status in (PENDING, NO_SHOW, CHECKED_IN):
            second.append(label_text(BOOKING_STATUS, b.status))
        return [f"{hhmm(b.start)}–{hhmm(b.end)} {b.holder_name}", " · ".join(second)]

    def _place(self, b: BookingView) -> QRectF | None:
        if self.agenda:
            return self._agenda_place(b)
        for c, column in enumerate(self.columns):
            if column.day != b.day:
                continue
            for lane, room in enumerate(column.rooms):
                if room.id == b.room_id:
                    area = self._lane(c, lane)
                    top, bottom = self._y(b.start), self._y(b.end)
                    return QRectF(area.x() + 2, top + 1, area.width() - 4, bottom - top - 2)
        return None

    def booking_rect(self, booking_id: uuid.UUID) -> QRect:
        for b in self.bookings:
            if b.id == booking_id:
                rect = self._place(b)
                if rect is not None:
                    return rect.toRect()
        return QRect()

    def slot_point(self, day: date, room_id: uuid.UUID, minute: int) -> QPoint:
        if self.agenda:  # free room at the foot of the day's cell
            for row, column in enumerate(self.columns):
                for col, room in enumerate(column.rooms):
                    if column.day == day and room.id == room_id:
                        cell = self._cell(row, col)
                        return QPoint(int(cell.center().x()), int(cell.bottom() - 3))
            return QPoint()
        for c, column in enumerate(self.columns):
            for lane, room in enumerate(column.rooms):
                if column.day == day and room.id == room_id:
                    area = self._lane(c, lane)
                    return QPoint(int(area.center().x()), int(self._y(minute) + 3))
        return QPoint()

    def _hit(
        self, pos: QPoint
    ) -> tuple[BookingView | None, ViewColumn | None, RoomView | None, int]:
        for b in reversed(self.bookings):
            rect = self._place(b)
            if rect is not None and rect.contains(pos.toPointF()):
                return b, None, None, 0
        if self.agenda:
            for row, column in enumerate(self.columns):
                for col, room in enumerate(column.rooms):
                    if self._cell(row, col).contains(pos.toPointF()):
                        return None, column, room, room.opens_at
            return None, None, None, 0
        for c, column in enumerate(self.columns):
            for lane, room in enumerate(column.rooms):
                if self._lane(c, lane).contains(pos.toPointF()):
                    span = self.last - self.first
                    ratio = (pos.y() - self.HEADER) / max(1, self.height() - self.HEADER - 2)
                    minute = self.first + int(ratio * span)
                    return None, column, room, minute
        return None, None, None, 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        booking, column, room, minute = self._hit(event.position().toPoint())
        if booking is not None:
            self.selected = booking.id
            self.update()
            self.booking_clicked.emit(booking.id)
        elif column is not None and room is not None:
            slot = room.slot_minutes
            start = room.opens_at + max(0, (minute - room.opens_at) // slot * slot)
            self.slot_clicked.emit(column.day, room.id, start)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        booking, *_ = self._hit(event.position().toPoint())
        if booking is not None:
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{booking.room_name} {hhmm(booking.start)}–{hhmm(booking.end)}\n"
                f"{booking.holder_name}  {booking.purpose}\n"
                + label_text(BOOKING_STATUS, booking.status),
                self,
            )
        else:
            QToolTip.hideText()

    def block_text(self, b: BookingView, width: float) -> str:
        """What a booking's block says: who booked it and what for, first (a narrow lane of
        the week wraps them); the time where there is room (the block's place says it too)."""
        lines = [b.holder_name, b.purpose]
        if width >= 80:
            lines.insert(0, f"{hhmm(b.start)}–{hhmm(b.end)}")
        if b.status in (PENDING, NO_SHOW, CHECKED_IN):
            lines.append(label_text(BOOKING_STATUS, b.status))
        return "\n".join(line for line in lines if line)

    def _paint_agenda(self, p: QPainter) -> None:
        small = self._small()
        bold = QFont(self.font())
        bold.setBold(True)
        rooms = self.columns[0].rooms
        for col, room in enumerate(rooms):
            cell = self._cell(0, col)
            head = QRectF(cell.x(), 0, cell.width(), self.HEADER)
            p.fillRect(head, QColor("#EFE9E3"))
            p.setFont(bold)
            p.setPen(QColor("#3A2A2A"))
            p.drawText(
                head.adjusted(3, 0, -3, 0),
                Qt.AlignmentFlag.AlignCenter,
                p.fontMetrics().elidedText(
                    room.name, Qt.TextElideMode.ElideRight, int(head.width() - 6)
                ),
            )
        line = self._line()
        for row, column in enumerate(self.columns):
            is_today = column.day == self.today
            band = self._cell(row, 0)
            title = QRectF(0, band.y(), self.AGENDA_AXIS, band.height())
            p.fillRect(title, QColor("#FBEDEF" if is_today else "#EFE9E3"))
            p.setFont(bold)
            p.setPen(QColor("#8E0C21" if is_today else "#3A2A2A"))
            p.drawText(
                title.adjusted(4, 0, -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                column.title,
            )
            p.setPen(QPen(QColor("#D8D0C8"), 1))
            p.drawLine(0, int(band.y()), self.width(), int(band.y()))
            for col in range(len(rooms)):
                cell = self._cell(row, col)
                p.setPen(QPen(QColor("#E2DBD4"), 1))
                p.drawLine(int(cell.x()), int(cell.y()), int(cell.x()), int(cell.bottom()))
                hidden = 0
                for b in self._cell_bookings(row, col):
                    rect = self._agenda_place(b)
                    if rect is None:
                        hidden += 1
                        continue
                    fill = _FILL.get(b.status, QColor("#EEE"))
                    edge = _EDGE.get(b.status, QColor("#999"))
                    p.setPen(QPen(edge, 3 if b.id == self.selected else 1.2))
                    p.setBrush(fill)
                    p.drawRoundedRect(rect, 4, 4)
                    p.fillRect(QRectF(rect.x(), rect.y(), 4, rect.height()), edge)
                    p.setFont(small)
                    p.setPen(QColor("#1F1F1F") if b.status != NO_SHOW else QColor("#8A847E"))
                    inner = rect.adjusted(7, 1, -3, -1)
                    for k, text in enumerate(self.block_lines(b)):
                        p.drawText(
                            QRectF(inner.x(), inner.y() + k * line, inner.width(), line),
                            Qt.AlignmentFlag.AlignLeft,
                            p.fontMetrics().elidedText(
                                text, Qt.TextElideMode.ElideRight, int(inner.width())
                            ),
                        )
                if hidden:
                    p.setFont(small)
                    p.setPen(QColor("#6B625C"))
                    p.drawText(
                        cell.adjusted(0, 0, -4, -1),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                        f"+{hidden}",
                    )
        p.setPen(QPen(QColor("#D8D0C8"), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        if self.agenda and self.columns:
            self._paint_agenda(p)
            p.end()
            return
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        bold = QFont(base)
        bold.setBold(True)
        width = self._column_width()
        # closed hours per lane
        for c, column in enumerate(self.columns):
            for lane, room in enumerate(column.rooms):
                area = self._lane(c, lane)
                for a, b in ((self.first, room.opens_at), (room.closes_at, self.last)):
                    if b > a:
                        p.fillRect(
                            QRectF(area.x(), self._y(a), area.width(), self._y(b) - self._y(a)),
                            QColor("#F1EEEB"),
                        )
        # hour lines and the axis
        p.setFont(small)
        for minute in range(self.first - self.first % 60, self.last + 1, 30):
            if minute < self.first:
                continue
            y = self._y(minute)
            p.setPen(QPen(QColor("#E2DBD4" if minute % 60 == 0 else "#F1ECE7"), 1))
            p.drawLine(self.AXIS, int(y), self.width(), int(y))
            if minute % 60 == 0 and minute < self.last:
                p.setPen(QColor("#6B625C"))
                p.drawText(
                    QRectF(0, y - 8, self.AXIS - 6, 16), Qt.AlignmentFlag.AlignRight, hhmm(minute)
                )
        # columns and headers
        for c, column in enumerate(self.columns):
            x = self.AXIS + c * width
            is_today = column.day == self.today
            p.fillRect(
                QRectF(x, 0, width, self.HEADER), QColor("#FBEDEF" if is_today else "#EFE9E3")
            )
            p.setPen(QPen(QColor("#D8D0C8"), 1))
            p.drawLine(int(x), 0, int(x), self.height())
            p.setFont(bold)
            p.setPen(QColor("#8E0C21" if is_today else "#3A2A2A"))
            p.drawText(
                QRectF(x + 2, 2, width - 4, 22),
                Qt.AlignmentFlag.AlignCenter,
                p.fontMetrics().elidedText(
                    column.title, Qt.TextElideMode.ElideRight, int(width - 6)
                ),
            )
            if len(column.rooms) > 1:
                # each room's lane named in full, on two lines where narrow (棋牌室, 议事厅)
                p.setFont(small)
                p.setPen(QColor("#6B625C"))
                for lane, room in enumerate(column.rooms):
                    area = self._lane(c, lane)
                    if lane:
                        p.setPen(QPen(QColor("#E2DBD4"), 1))
                        p.drawLine(int(area.x()), 24, int(area.x()), self.height())
                        p.setPen(QColor("#6B625C"))
                    # as much of the name as two lines hold (a narrow lane: its first characters)
                    per_line = max(
                        1,
                        int((area.width() - 2) // max(1, p.fontMetrics().horizontalAdvance("中"))),
                    )
                    p.drawText(
                        QRectF(area.x() + 1, 24, area.width() - 2, self.HEADER - 25),
                        _LANE_TITLE,
                        room.name[: 2 * per_line],
                    )
        # bookings
        for b in self.bookings:
            rect = self._place(b)
            if rect is None:
                continue
            fill, edge = _FILL.get(b.status, QColor("#EEE")), _EDGE.get(b.status, QColor("#999"))
            chosen = b.id == self.selected
            p.setPen(QPen(edge, 3 if chosen else 1.2))
            p.setBrush(fill)
            p.drawRoundedRect(rect, 4, 4)
            p.fillRect(QRectF(rect.x(), rect.y(), 4, rect.height()), edge)
            if rect.width() < 26:
                continue
            inner = rect.adjusted(7, 2, -3, -2)
            p.setPen(QColor("#1F1F1F") if b.status != NO_SHOW else QColor("#8A847E"))
            p.setFont(small)
            p.drawText(inner, _BLOCK_TEXT, self.block_text(b, inner.width()))
        p.setPen(QPen(QColor("#D8D0C8"), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()


# --- dialogs ----------------------------------------------------------------------------------


class BookingDialog(QDialog):
    """Book a room; on a conflict, the free times nearby are offered as buttons."""

    def __init__(
        self,
        desk: Desk,
        room_list: list[RoomView],
        room_id: uuid.UUID | None,
        day: date,
        start: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TreasureBookingDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.rooms = room_list
        self.made: list[BookingView] = []
        self.suggestion_buttons: list[QPushButton] = []
        self.ui.messageLabel.setObjectName("errorText")
        self.ui.rulesLabel.setObjectName("subtle")
        for room in room_list:
            self.ui.roomCombo.addItem(room.name, room.id)
        select_data(self.ui.roomCombo, room_id)
        self.ui.dayEdit.setDate(_qdate(day))
        self.ui.untilEdit.setDate(_qdate(day + timedelta(weeks=4)))
        self.ui.untilEdit.setEnabled(False)
        self.ui.kindCombo.addItem(self.tr("A resident"), FOR_RESIDENT)
        self.ui.kindCombo.addItem(self.tr("A team"), FOR_TEAM)
        self.ui.kindCombo.addItem(self.tr("A partner unit"), FOR_PARTNER)
        self.ui.residentCombo.addItem(self.tr("(search first)"), None)
        self.ui.roomCombo.currentIndexChanged.connect(self._fill_times)
        self.ui.startCombo.currentIndexChanged.connect(self._fill_ends)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.residentSearch.installEventFilter(self)  # Enter searches; it must not save
        self.ui.repeatCheck.toggled.connect(self.ui.untilEdit.setEnabled)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill_times()
        if start is not None:
            select_data(self.ui.startCombo, start)
        self._kind_changed()

    def room(self) -> RoomView:
        room_id = self.ui.roomCombo.currentData()
        return next(r for r in self.rooms if r.id == room_id)

    def _fill_times(self) -> None:
        room = self.room()
        current = self.ui.startCombo.currentData()
        self.ui.startCombo.blockSignals(True)
        self.ui.startCombo.clear()
        for m in range(room.opens_at, room.closes_at - room.min_minutes + 1, room.slot_minutes):
            self.ui.startCombo.addItem(hhmm(m), m)
        self.ui.startCombo.blockSignals(False)
        if current is not None:
            select_data(self.ui.startCombo, current)
        self._fill_ends()
        rules = [
            self.tr("Open {opens}–{closes}").format(
                opens=hhmm(room.opens_at), closes=hhmm(room.closes_at)
            ),
            self.tr("{shortest}–{longest} minutes").format(
                shortest=room.min_minutes, longest=room.max_minutes
            ),
            self.tr("up to %n people", "", room.capacity),
        ]
        if room.buffer_minutes:
            rules.append(self.tr("%n minute(s) between bookings", "", room.buffer_minutes))
        if room.needs_approval:
            rules.append(self.tr("needs approval"))
        self.ui.rulesLabel.setText(" · ".join(rules))

    def _fill_ends(self) -> None:
        room = self.room()
        start = self.ui.startCombo.currentData()
        self.ui.endCombo.clear()
        if start is None:
            return
        last = min(start + room.max_minutes, room.closes_at)
        for m in range(start + room.min_minutes, last + 1, room.slot_minutes):
            self.ui.endCombo.addItem(hhmm(m), m)

    def _kind_changed(self) -> None:
        resident = self.ui.kindCombo.currentData() == FOR_RESIDENT
        for w in (self.ui.residentSearch, self.ui.residentCombo, self.ui.residentLabel):
            w.setVisible(resident)
        for w in (self.ui.holderEdit, self.ui.holderLabel):
            w.setVisible(not resident)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.residentSearch
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._find_resident()
            return True
        return super().eventFilter(watched, event)

    def _find_resident(self) -> None:
        text = self.ui.residentSearch.text().strip()
        if not text:
            return
        rows = find_residents(self.desk, text, 30)
        self.ui.residentCombo.clear()
        add_residents(self.ui.residentCombo, rows)
        if not rows:
            self.ui.residentCombo.addItem(self.tr("(nobody found)"), None)
        else:
            self.ui.phoneEdit.setText(rows[0].phone)
            self.ui.residentCombo.setFocus()

    def set_times(self, start: int, end: int) -> None:
        select_data(self.ui.startCombo, start)
        select_data(self.ui.endCombo, end)

    def _clear_suggestions(self) -> None:
        for b in self.suggestion_buttons:
            self.ui.suggestionRow.removeWidget(b)
            b.deleteLater()
        self.suggestion_buttons = []

    def request(self) -> BookingRequest:
        return BookingRequest(
            room_id=self.ui.roomCombo.currentData(),
            day=_pydate(self.ui.dayEdit.date()),
            start=self.ui.startCombo.currentData() or 0,
            end=self.ui.endCombo.currentData() or 0,
            holder_kind=self.ui.kindCombo.currentData(),
            resident_id=self.ui.residentCombo.currentData(),
            holder_name=self.ui.holderEdit.text(),
            phone=self.ui.phoneEdit.text(),
            purpose=self.ui.purposeEdit.text(),
            attendees=self.ui.attendeesSpin.value(),
            repeat_until=_pydate(self.ui.untilEdit.date())
            if self.ui.repeatCheck.isChecked()
            else None,
        )

    def _save(self) -> None:
        self._clear_suggestions()
        try:
            self.made = rooms.book_room(self.desk.store, self.desk.actor, self.request())
        except BookingConflict as exc:
            text = error_text(exc)
            if exc.suggestions:
                text += " " + self.tr("Free nearby on {day}:").format(day=exc.dates[0].isoformat())
                for start, end in exc.suggestions:
                    button = QPushButton(f"{hhmm(start)}–{hhmm(end)}")
                    button.setObjectName("suggestion")
                    button.clicked.connect(lambda _=False, s=start, e=end: self.set_times(s, e))
                    self.ui.suggestionRow.addWidget(button)
                    self.suggestion_buttons.append(button)
            self.ui.messageLabel.setText(text)
            return
        except (ValidationError, GrideskError) as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        self.accept()


class RoomDialog(QDialog):
    """A room's rules: hours, slots, lengths, buffer, no-show time, approval."""

    def __init__(self, desk: Desk, room: RoomView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TreasureRoomDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.room = room
        self.saved: RoomView | None = None
        self.ui.messageLabel.setObjectName("errorText")
        self.setWindowTitle(self.tr("Edit room") if room else self.tr("New room"))
        for minutes in (15, 30, 60):
            self.ui.slotCombo.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        data = room or RoomInput(name="")
        self.ui.nameEdit.setText(data.name)
        self.ui.capacitySpin.setValue(data.capacity)
        self.ui.opensEdit.setTime(QTime(data.opens_at // 60, data.opens_at % 60))
        self.ui.closesEdit.setTime(QTime(data.closes_at // 60 % 24, data.closes_at % 60))
        select_data(self.ui.slotCombo, data.slot_minutes)
        self.ui.minSpin.setValue(data.min_minutes)
        self.ui.maxSpin.setValue(data.max_minutes)
        self.ui.bufferSpin.setValue(data.buffer_minutes)
        self.ui.noShowSpin.setValue(data.no_show_minutes)
        self.ui.approvalCheck.setChecked(data.needs_approval)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        opens, closes = self.ui.opensEdit.time(), self.ui.closesEdit.time()
        data = RoomInput(
            name=self.ui.nameEdit.text(),
            capacity=self.ui.capacitySpin.value(),
            opens_at=opens.hour() * 60 + opens.minute(),
            closes_at=closes.hour() * 60 + closes.minute() or 24 * 60,
            slot_minutes=self.ui.slotCombo.currentData(),
            min_minutes=self.ui.minSpin.value(),
            max_minutes=self.ui.maxSpin.value(),
            buffer_minutes=self.ui.bufferSpin.value(),
            needs_approval=self.ui.approvalCheck.isChecked(),
            no_show_minutes=self.ui.noShowSpin.value(),
            sort_order=self.room.sort_order if self.room else 0,
        )
        try:
            self.saved = rooms.save_room(
                self.desk.store, self.desk.actor, self.room.id if self.room else None, data
            )
        except GrideskError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        self.accept()


# --- the tab ----------------------------------------------------------------------------------


class RoomsTab(QWidget):
    DAY, WEEK = "day", "week"

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.rooms: list[RoomView] = []
        self.day = clock.today()
        self.current: BookingView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.room_combo = QComboBox()
        self.room_combo.setMinimumWidth(130)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Week"), self.WEEK)
        self.mode_combo.addItem(self.tr("Day"), self.DAY)
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(44)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.today_button = QPushButton(self.tr("Today"))
        self.book_button = QPushButton(self.tr("New booking…"))
        self.book_button.setObjectName("primary")
        self.print_button = QPushButton(self.tr("Door schedule…"))
        self.rooms_button = QPushButton(self.tr("Room rules…"))
        for w in (
            self.room_combo,
            self.mode_combo,
            self.prev_button,
            self.date_edit,
            self.next_button,
            self.today_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.book_button, self.print_button, self.rooms_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        body = QHBoxLayout()
        self.view = ScheduleView()
        body.addWidget(self.view, 1)
        side = QVBoxLayout()
        self.detail = QLabel(self.tr("Click a booking to see it, or free time to book it."))
        self.detail.setObjectName("bookingDetail")
        self.detail.setWordWrap(True)
        self.detail.setFixedWidth(230)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.cancel_button = QPushButton(self.tr("Cancel booking"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.slip_button = QPushButton(self.tr("Print confirmation"))
        self.legend = QLabel()
        self.legend.setObjectName("subtle")
        self.legend.setWordWrap(True)
        self.legend.setFixedWidth(230)
        side.addWidget(self.detail)
        for b in (
            self.check_in_button,
            self.approve_button,
            self.reject_button,
            self.cancel_button,
            self.slip_button,  # in the page: without a layout it showed as a window of its own
        ):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.legend)
        body.addLayout(side)
        layout.addLayout(body, 1)
        self.rooms_button.setVisible(desk.actor.can(Permission.TREASURE_MANAGE))

        self.room_combo.currentIndexChanged.connect(self.refresh)
        self.mode_combo.currentIndexChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(lambda: self.go_to(clock.today()))
        self.book_button.clicked.connect(lambda: self.new_booking(self.day, None, None))
        self.print_button.clicked.connect(self.print_schedule)
        self.rooms_button.clicked.connect(self.edit_rooms)
        self.view.booking_clicked.connect(self.show_booking)
        # queued: the booking dialog runs its own loop, not inside the view's mouse handler
        self.view.slot_clicked.connect(self.new_booking, Qt.ConnectionType.QueuedConnection)
        self.check_in_button.clicked.connect(lambda: self._act(rooms.check_in))
        self.cancel_button.clicked.connect(self._cancel)
        self.approve_button.clicked.connect(lambda: self._act(rooms.approve))
        self.reject_button.clicked.connect(lambda: self._act(rooms.reject))
        self.slip_button.clicked.connect(self.print_slip)
        self._timer = QTimer(self)
        self._timer.setInterval(NO_SHOW_CHECK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.load_rooms()
        self.date_edit.setDate(_qdate(self.day))
        self.show_booking(None)

    def load_rooms(self) -> None:
        self.rooms = rooms.list_rooms(self.desk.store, self.desk.actor)
        current = self.room_combo.currentData()
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("All rooms"), None)
        for room in self.rooms:
            self.room_combo.addItem(room.name, room.id)
        select_data(self.room_combo, current)
        self.room_combo.blockSignals(False)
        self.refresh()

    def _date_changed(self, qd: QDate) -> None:
        self.day = _pydate(qd)
        self.refresh()

    def _step(self, direction: int) -> None:
        days = 7 if self.mode_combo.currentData() == self.WEEK else 1
        self.go_to(self.day + timedelta(days=days * direction))

    def go_to(self, day: date) -> None:
        self.date_edit.setDate(_qdate(day))

    def set_mode(self, mode: str, room_id: uuid.UUID | None = None) -> None:
        select_data(self.mode_combo, mode)
        select_data(self.room_combo, room_id)

    def _shown_rooms(self) -> list[RoomView]:
        room_id = self.room_combo.currentData()
        return [r for r in self.rooms if room_id is None or r.id == room_id]

    def refresh(self) -> None:
        shown = self._shown_rooms()
        week = self.mode_combo.currentData() == self.WEEK
        if week:
            first = self.day - timedelta(days=self.day.weekday())
            days = [first + timedelta(days=i) for i in range(7)]
            columns = [ViewColumn(week_header(d), d, tuple(shown)) for d in days]
        else:
            days = [self.day]
            columns = [ViewColumn(r.name, self.day, (r,)) for r in shown]
        room_id = self.room_combo.currentData()
        bookings = (
            rooms.bookings_between(self.desk.store, self.desk.actor, days[0], days[-1], room_id)
            if shown
            else []
        )
        first = min((r.opens_at for r in shown), default=8 * 60)
        last = max((r.closes_at for r in shown), default=21 * 60)
        self.view.set_schedule(columns, bookings, first - first % 60, last, clock.today())
        active = [b for b in bookings if b.active]
        pending = sum(1 for b in bookings if b.status == PENDING)
        self.legend.setText(
            self.tr("%n booking(s) shown", "", len(active))
            + (self.tr(" · %n awaiting approval", "", pending) if pending else "")
            + "\n"
            + self.tr("Red: booked · gold: awaiting approval · green: checked in · grey: no-show")
        )
        if self.current is not None:
            again = next((b for b in bookings if b.id == self.current.id), None)
            self.show_booking(again.id if again else None)

    def _tick(self) -> None:
        if not self.isVisible():
            return
        try:
            if rooms.mark_no_shows(self.desk.store, self.desk.actor):
                self.refresh()
        except GrideskError:
            pass  # the next minute tries again; nothing the desk must act on

    def show_booking(self, booking_id: uuid.UUID | None) -> None:
        self.current = None
        if booking_id is not None:
            try:
                self.current = rooms.get_booking(self.desk.store, self.desk.actor, booking_id)
            except GrideskError as exc:
                show_error(self, exc)
        b = self.current
        self.view.selected = b.id if b else None
        self.view.update()
        for button in (
            self.check_in_button,
            self.cancel_button,
            self.approve_button,
            self.reject_button,
            self.slip_button,
        ):
            button.setVisible(False)
        if b is None:
            self.detail.setText(self.tr("Click a booking to see it, or free time to book it."))
            return
        kinds = {
            FOR_RESIDENT: self.tr("Resident"),
            FOR_TEAM: self.tr("Team"),
            FOR_PARTNER: self.tr("Partner unit"),
        }
        self.detail.setText(
            "\n".join(
                line
                for line in (
                    f"{b.room_name}",
                    f"{b.day.isoformat()}  {hhmm(b.start)}–{hhmm(b.end)}",
                    f"{kinds.get(b.holder_kind, '')}: {b.holder_name}",
                    b.phone,
                    b.purpose,
                    self.tr("%n people", "", b.attendees) if b.attendees else "",
                    label_text(BOOKING_STATUS, b.status),
                    self.tr("No. {number}").format(number=b.number),
                    self.tr("Weekly series") if b.series_id else "",
                )
                if line
            )
        )
        manage = self.desk.actor.can(Permission.TREASURE_MANAGE)
        self.check_in_button.setVisible(b.status == CONFIRMED)
        self.cancel_button.setVisible(b.status in (PENDING, CONFIRMED))
        self.approve_button.setVisible(b.status == PENDING and manage)
        self.reject_button.setVisible(b.status == PENDING and manage)
        self.slip_button.setVisible(b.status in (PENDING, CONFIRMED))

    def open_booking(self, booking_id: uuid.UUID) -> None:
        """A scanned booking code: show its day and the booking."""
        booking = rooms.get_booking(self.desk.store, self.desk.actor, booking_id)
        self.current = booking
        self.go_to(booking.day)
        self.show_booking(booking.id)

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        if self.current is None:
            return
        try:
            action(self.desk.store, self.desk.actor, self.current.id)
        except GrideskError as exc:
            show_error(self, exc)
        self.refresh()

    def _cancel(self) -> None:
        if self.current is None:
            return
        if confirm(
            self,
            self.tr("Cancel the booking of {room} on {day} at {start} for {name}?").format(
                room=self.current.room_name,
                day=self.current.day.isoformat(),
                start=hhmm(self.current.start),
                name=self.current.holder_name,
            ),
        ):
            self._act(rooms.cancel_booking)

    def new_booking(self, day: date | None, room_id: uuid.UUID | None, start: int | None) -> None:
        if not self.rooms:
            return
        dialog = BookingDialog(
            self.desk,
            self.rooms,
            room_id or self.room_combo.currentData(),
            day or self.day,
            start,
            self,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        made = dialog.made
        dialog.deleteLater()
        if accepted and made:
            self.refresh()
            self.show_booking(made[0].id)

    def print_slip(self) -> None:
        from gridesk.ui.printing import print_paper

        if self.current is None:
            return
        store, actor, booking = self.desk.store, self.desk.actor, self.current.id
        print_paper(self, self.desk, lambda: papers.paper_booking_slip(store, actor, booking))

    def print_schedule(self) -> None:
        from gridesk.ui.printing import print_paper

        store, actor, day = self.desk.store, self.desk.actor, self.day
        room_id = self.room_combo.currentData()
        print_paper(self, self.desk, lambda: papers.paper_schedule(store, actor, day, room_id))

    def edit_rooms(self) -> None:
        room_id = self.room_combo.currentData()
        room = next((r for r in self.rooms if r.id == room_id), None)
        dialog = RoomDialog(self.desk, room, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_rooms()
