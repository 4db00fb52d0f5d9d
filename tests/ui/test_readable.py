"""Readability: every page of the window registry, every tab of it, and every dialog of the app,
on a 1366×768 screen, a 1280×720 one and a 1920×1080 laptop at 150 % (1280×720 logical pixels
drawn at a device pixel ratio of 1.5), in Chinese and in English: no text a person must read is
cut off, nothing sits outside its window or its frame, and no window is larger than the room the
screen leaves it (a Windows taskbar and a title bar taken off its height).

A screen's size is fixed when Qt starts, so each screen is a process of its own (this file run as
a program on the offscreen platform given that screen, QT_SCALE_FACTOR=1.5 for the laptop): the
main window is maximised as the app shows it, and each dialog is shown over it as its page opens
it, sized and placed by Qt for that screen. The three run side by side on one demo database.

GRIDESK_WALK_SHOTS=FOLDER keeps a picture of every page, tab and dialog walked
(screen-language-name.png), to look at.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

SLACK = 2  # pixels: rounding between the font's advance and the widget's geometry

SCREENS = {
    # name: (width, height, scale): the screen's pixels; at 150 % Qt lays out 1280×720
    "1366x768": (1366, 768, 1.0),
    "1280x720": (1280, 720, 1.0),
    "1920x1080@150%": (1920, 1080, 1.5),
}
LANGUAGES = ("zh_CN", "en")
# A screen's room for a window is less than its size: Windows' taskbar (48 px in Windows 11,
# 40 in 10) takes the bottom, and a window's title bar its top (about 31 px). The offscreen
# platform draws neither, so its screen is made that much shorter.
TASKBAR, TITLE_BAR = 48, 32


# -- the checker ---------------------------------------------------------------------------------


def _in_scrolled_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area or an item view: scrolled out of sight on purpose, not cut (an item
    view's header is read: its columns' titles must fit)."""
    if isinstance(widget, QHeaderView):
        widget = widget.parentWidget()
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QAbstractScrollArea, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _unmarked(text: str) -> str:
    """``text`` as drawn: "&Name" shows its mnemonic as an underline, "&&" as one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut_text(widget: QWidget) -> str:
    """What of ``widget``'s text does not fit it ("" when all of it does)."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text:
            return ""
        if widget.wordWrap() or "<" in text:  # it lays itself out: are all its lines shown?
            need = widget.heightForWidth(widget.width())
            return text if need > widget.height() + SLACK else ""
        if widget.buddy() is not None:
            text = _unmarked(text)
        room = widget.contentsRect().width() - 2 * widget.margin() - 2 * max(0, widget.indent())
        need = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        high = widget.fontMetrics().height() * len(text.split("\n"))
        return text if need > room + SLACK or high > widget.contentsRect().height() + SLACK else ""
    if isinstance(widget, QAbstractButton) and widget.text():
        # the style's own size for the text (padding, the check box's box) against the width
        return widget.text() if widget.sizeHint().width() > widget.width() + SLACK else ""
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        need = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if not widget.itemIcon(widget.currentIndex()).isNull():
            need += widget.iconSize().width() + 4
        return widget.currentText() if need > field.width() + SLACK else ""
    if isinstance(widget, QLineEdit) and widget.isReadOnly() and widget.text():
        room = (
            widget.contentsRect().width()
            - 2 * 2
            - widget.textMargins().left()
            - widget.textMargins().right()
        )
        need = widget.fontMetrics().horizontalAdvance(widget.displayText())
        return widget.text() if need > room + SLACK else ""
    if isinstance(widget, QGroupBox) and widget.title():
        return widget.title() if widget.minimumSizeHint().width() > widget.width() + SLACK else ""
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        model = widget.model()
        cut = [
            f"{model.headerData(n, Qt.Orientation.Horizontal)} "
            f"({widget.sectionSize(n)} of {widget.sectionSizeFromContents(n).width()} px)"
            for n in range(widget.count())
            if not widget.isSectionHidden(n)
            and 0 < widget.sectionSize(n) < widget.sectionSizeFromContents(n).width() - SLACK
        ]
        return ", ".join(cut)
    if isinstance(widget, QTabBar):
        for n in range(widget.count()):
            shown = widget.tabRect(n)
            if shown.width() + SLACK < widget.tabSizeHint(n).width() or not widget.rect().contains(
                shown
            ):
                return widget.tabText(n)
    return ""


def problems(window: QWidget, where: str) -> list[str]:
    """What is cut off in ``window`` or lies outside it or its parent, and whether the window
    leaves its screen."""
    found = []
    screen = window.screen().availableGeometry()
    if not screen.contains(window.frameGeometry()):
        found.append(
            f"{where}: the window {window.frameGeometry().getRect()} leaves the screen "
            f"{screen.width()}×{screen.height()}"
        )
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _in_scrolled_area(widget, window):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        parent = widget.parentWidget()
        name = widget.objectName() or type(widget).__name__
        if parent is not None and not parent.rect().contains(widget.geometry()):
            place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            outside = (
                "the window" if parent is window else (parent.objectName() or type(parent).__name__)
            )
            found.append(f"{where}: {name} outside {outside} ({place.getRect()})")
            continue
        cut = _cut_text(widget)
        if cut:
            found.append(f"{where}: {name} cut: {cut!r} ({widget.width()} px wide)")
    return found


# -- the dialogs ---------------------------------------------------------------------------------


@dataclass
class Walk:
    """What an opener has: the desk, the main window (its pages are the dialogs' parents) and
    the demo's records, read once."""

    desk: Any
    window: Any
    records: dict[str, Any]

    def page(self, key: str) -> QWidget:
        return self.window.show_page(key)


def _records(store: Any, actor: Any) -> dict[str, Any]:
    """One record of each kind a dialog opens, the one with the longest name where there is a
    choice (the hardest to fit)."""
    from sqlalchemy import func, select

    from gridesk.core.auth import list_users
    from gridesk.core.care.helpers import list_helpers
    from gridesk.core.care.models import CareHelper
    from gridesk.core.points import earning, shop
    from gridesk.core.points.models import Redemption, Refund
    from gridesk.core.printing import list_jobs
    from gridesk.core.requests.cases import get_case
    from gridesk.core.requests.models import Request, RequestAttachment
    from gridesk.core.residents.records import get_resident
    from gridesk.core.treasure.lending import list_items
    from gridesk.core.treasure.models import Booking, Loan
    from gridesk.core.treasure.rooms import list_rooms
    from gridesk.core.volunteers.activities import list_activities
    from gridesk.core.volunteers.hours import list_hours
    from gridesk.core.volunteers.models import VolunteerProfile

    def longest(rows: list[Any], name: Callable[[Any], str]) -> Any:
        assert rows, "the demo has none"
        return max(rows, key=lambda r: len(name(r)))

    with store.read() as s:
        # the fullest 居民档案: a resident with requests, loans, bookings and a volunteer's hours
        kinds = [
            select(Request.resident_id),
            select(Loan.resident_id),
            select(Booking.resident_id),
            select(VolunteerProfile.resident_id),
            select(CareHelper.resident_id),
        ]
        counts: Counter[uuid.UUID] = Counter()
        for kind in kinds:
            counts.update({r for r in s.scalars(kind) if r is not None})
        resident_id = counts.most_common(1)[0][0]
        helped = s.scalars(select(CareHelper.resident_id).limit(1)).one()
        volunteer = s.scalars(select(VolunteerProfile.resident_id).limit(1)).one()
        redemption = s.scalars(
            select(Redemption.id)
            .where(Redemption.id.not_in(select(Refund.redemption_id)))
            .order_by(Redemption.created_at)
        ).first()
        case_ids = list(s.scalars(select(Request.id)))
        photographed = s.scalars(
            select(RequestAttachment.request_id)
            .group_by(RequestAttachment.request_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    cases = [get_case(store, actor, case_id) for case_id in case_ids]
    users = [u for u in list_users(store, actor) if u.username != actor.username]
    job = list_jobs(store, actor, limit=1)[0]
    return {
        "resident": get_resident(store, actor, resident_id),
        "helpers": list_helpers(store, actor, helped),
        "volunteer": volunteer,
        "redemption": redemption,
        "cases": cases,
        "photographed": photographed,
        "user": longest(users, lambda u: u.display_name),
        "rule": longest(earning.list_rules(store, actor), lambda r: r.name),
        "product": longest(shop.list_products(store, actor), lambda p: p.name),
        "item": longest(list_items(store, actor), lambda i: i.name),
        "rooms": list_rooms(store, actor),
        "activity": longest(list_activities(store, actor), lambda a: a.title),
        "hours": list_hours(store, actor)[0],
        "job": job,
    }


def _case_for(walk: Walk, action: Any) -> Any:
    """A case that may take ``action`` now (the dialog's button is there only then)."""
    cases = walk.records["cases"]
    return next((c for c in cases if action in c.allowed_actions()), cases[0])


def _step_dialogs() -> list[tuple[str, Callable[[Walk], QDialog]]]:
    from gridesk.ui.requests.case_dialog import ASKS

    def opener(action: Any) -> Callable[[Walk], QDialog]:
        def step(w: Walk) -> QDialog:
            case = w.page("requests").case_dialog(_case_for(w, action).id)
            return case.step_dialog(action)

        return step

    return [(f"StepDialog {action.value}", opener(action)) for action in sorted(ASKS, key=str)]


def _photos(w: Walk) -> QDialog:
    case = w.page("requests").case_dialog(w.records["photographed"])
    row = next(
        n for n, e in enumerate(case.case.events) if len(e.attachment_ids) == MAX_PHOTOS_SHOWN
    )
    dialog = case.photos_dialog(row)
    assert dialog is not None
    return dialog


MAX_PHOTOS_SHOWN = 6  # a step may keep six photos (core/requests/cases.py: MAX_PHOTOS)


def _until(done: Callable[[], bool]) -> None:
    """Let the event loop run until ``done()`` (a dialog's work on its thread)."""
    end = time.monotonic() + 60
    while not done():
        assert time.monotonic() < end, "waited a minute"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _import_step(step: int) -> Callable[[Walk], QDialog]:
    """The import's mapping of columns, or its check listing a file's errors (so nothing is
    imported), reached as a person does: a file read, then Next."""
    from gridesk.ui.residents.import_dialog import ImportDialog

    def opener(w: Walk) -> QDialog:
        dialog = ImportDialog(w.desk, w.page("residents"))
        dialog.load_file(w.records["import_file"])
        _until(lambda: not dialog.busy)
        if step == ImportDialog.CHECK:
            dialog.next_button.click()
            _until(lambda: not dialog.busy)
        assert dialog.step == step
        return dialog

    return opener


NOT_WALKED = {
    "FormDialog": "admin/dialog.py: the base of the user dialogs (walked), never shown itself",
}


def dialogs() -> list[tuple[str, Callable[[Walk], QDialog]]]:
    """Every dialog of the app, opened as its page opens it; a name starts with its class.
    Qt's own boxes (QMessageBox, QInputDialog, QFileDialog, QPrintDialog, QProgressDialog) lay
    themselves out and are not walked."""
    from gridesk.ui.admin.users import NewUserDialog, PasswordDialog, RoleDialog
    from gridesk.ui.care.dialogs import FrequencyDialog, HelperDialog, VisitDialog
    from gridesk.ui.desk_name import DeskNameDialog
    from gridesk.ui.first_run import FirstRunDialog
    from gridesk.ui.own_password import OwnPasswordDialog
    from gridesk.ui.points.earning import RuleDialog
    from gridesk.ui.points.hours_dialog import HoursAwardDialog
    from gridesk.ui.points.products import ProductDialog
    from gridesk.ui.points.refund import RefundDialog
    from gridesk.ui.printing import PrintPreviewDialog
    from gridesk.ui.residents.dialog import ResidentDialog
    from gridesk.ui.residents.file_dialog import ResidentFileDialog
    from gridesk.ui.residents.import_dialog import ImportDialog
    from gridesk.ui.sign_in import SignInDialog
    from gridesk.ui.treasure.items import ItemDialog
    from gridesk.ui.treasure.rooms import BookingDialog, RoomDialog
    from gridesk.ui.volunteers.activities import ActivityDialog
    from gridesk.ui.volunteers.documents import RangeDialog
    from gridesk.ui.volunteers.duties import DutiesDialog
    from gridesk.ui.volunteers.hours import CorrectDialog
    from gridesk.ui.volunteers.people import ProfileDialog
    from gridesk.ui.volunteers.tasks import TaskDialog

    def station(w: Walk) -> str:
        found = w.desk.store.station()
        return found.name if found else ""

    def first_run_joining(w: Walk) -> QDialog:
        dialog = FirstRunDialog(w.desk.store)
        dialog.join.setChecked(True)  # the hall's server beside the centre's details
        return dialog

    def preview(w: Walk) -> QDialog:
        from gridesk.core.printing import job_pdf

        job = w.records["job"]
        pdf = job_pdf(w.desk.store, w.desk.actor, job.id)
        return PrintPreviewDialog(w.page("treasure"), w.desk, job, pdf)

    def booking(w: Walk) -> QDialog:
        from gridesk import clock

        rooms = w.records["rooms"]
        return BookingDialog(w.desk, rooms, rooms[0].id, clock.today(), 9 * 60, w.page("treasure"))

    def range_dialog(w: Walk) -> QDialog:
        page = w.page("volunteers")
        return RangeDialog(page, page.tr("Service certificate"))

    def resident(w: Walk) -> QDialog:
        return ResidentDialog(w.desk, w.records["resident"], w.page("residents"))

    return [
        # before the main window: the first run (the store's data folder gives the desk's name)
        # and the sign-in window, and the lock screen over the main window
        ("FirstRunDialog", lambda w: FirstRunDialog(w.desk.store)),
        ("FirstRunDialog joining a hall", first_run_joining),
        ("SignInDialog", lambda w: SignInDialog(w.desk.store, station(w))),
        ("SignInDialog demo", lambda w: SignInDialog(w.desk.store, station(w), demo=True)),
        (
            "SignInDialog locked",
            lambda w: SignInDialog(
                w.desk.store, station(w), locked_actor=w.desk.actor, parent=w.window
            ),
        ),
        ("DeskNameDialog", lambda w: DeskNameDialog(w.desk)),  # at start, before the window
        ("OwnPasswordDialog", lambda w: OwnPasswordDialog(w.desk, w.window)),
        (
            "ResidentFileDialog",
            lambda w: ResidentFileDialog(w.desk, w.records["resident"].id, w.page("residents")),
        ),
        ("ResidentDialog new", lambda w: ResidentDialog(w.desk, None, w.page("residents"))),
        ("ResidentDialog", resident),
        ("ImportDialog", lambda w: ImportDialog(w.desk, w.page("residents"))),
        ("ImportDialog columns", _import_step(ImportDialog.MAPPING)),
        ("ImportDialog check", _import_step(ImportDialog.CHECK)),
        ("CaseDialog", lambda w: w.page("requests").case_dialog(w.records["cases"][0].id)),
        *_step_dialogs(),
        ("case photos", _photos),
        ("ProfileDialog new", lambda w: ProfileDialog(w.desk, None, w.page("volunteers"))),
        (
            "ProfileDialog",
            lambda w: ProfileDialog(w.desk, w.records["volunteer"], w.page("volunteers")),
        ),
        ("ActivityDialog new", lambda w: ActivityDialog(w.desk, None, w.page("volunteers"))),
        (
            "ActivityDialog",
            lambda w: ActivityDialog(w.desk, w.records["activity"], w.page("volunteers")),
        ),
        ("DutiesDialog", lambda w: DutiesDialog(w.desk, w.page("volunteers"))),
        ("CorrectDialog", lambda w: CorrectDialog(w.records["hours"], w.page("volunteers"))),
        ("TaskDialog", lambda w: TaskDialog(w.page("volunteers"))),
        ("RangeDialog", range_dialog),
        ("ItemDialog new", lambda w: ItemDialog(w.desk, None, w.page("treasure"))),
        ("ItemDialog", lambda w: ItemDialog(w.desk, w.records["item"], w.page("treasure"))),
        ("BookingDialog", booking),
        ("RoomDialog new", lambda w: RoomDialog(w.desk, None, w.page("treasure"))),
        ("RoomDialog", lambda w: RoomDialog(w.desk, w.records["rooms"][0], w.page("treasure"))),
        ("PrintPreviewDialog", preview),
        (
            "RefundDialog",
            lambda w: RefundDialog(w.desk, w.records["redemption"], w.page("points")),
        ),
        ("ProductDialog new", lambda w: ProductDialog(w.desk, None, w.page("points"))),
        (
            "ProductDialog",
            lambda w: ProductDialog(w.desk, w.records["product"], w.page("points")),
        ),
        ("RuleDialog new", lambda w: RuleDialog(w.desk, None, w.page("points"))),
        ("RuleDialog", lambda w: RuleDialog(w.desk, w.records["rule"], w.page("points"))),
        ("HoursAwardDialog", lambda w: HoursAwardDialog(w.desk, w.page("points"))),
        ("HelperDialog new", lambda w: HelperDialog(None, w.page("care"))),
        ("HelperDialog", lambda w: HelperDialog(w.records["helpers"][0], w.page("care"))),
        ("VisitDialog", lambda w: VisitDialog(w.records["helpers"], w.page("care"))),
        ("FrequencyDialog", lambda w: FrequencyDialog(w.desk, w.page("care"))),
        ("NewUserDialog", lambda w: NewUserDialog(w.desk, w.page("admin"))),
        ("RoleDialog", lambda w: RoleDialog(w.desk, w.records["user"], w.page("admin"))),
        ("PasswordDialog", lambda w: PasswordDialog(w.desk, w.records["user"], w.page("admin"))),
    ]


# -- one screen: this file run as a program ------------------------------------------------------


def _walk_pages(
    app: QApplication, window: Any, language: str, shots: Path | None, screen: str
) -> Iterator[str]:
    for key in window.page_keys():
        page = window.show_page(key)
        for tabs in [page, *page.findChildren(QTabWidget)]:
            indexes = range(tabs.count()) if isinstance(tabs, QTabWidget) else [None]
            for index in indexes:
                if index is not None:
                    tabs.setCurrentIndex(index)
                app.processEvents()
                where = f"{language} {key}" + (f" tab {index}" if index is not None else "")
                yield from problems(window, where)
                if shots is not None:
                    window.grab().save(str(shots / f"{screen}-{where}.png".replace(" ", "_")))
                if not window.screen().availableGeometry().contains(window.frameGeometry()):
                    window.showNormal()  # a page that grew it: the next one starts maximised
                    window.showMaximized()
                    app.processEvents()


def REFUSAL() -> str:
    """A refusal as long as the longer ones a dialog shows, in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "errors",
        "The ID number's check digit is {actual}, but for the first 17 digits it should be "
        "{expected}. Look for a typing error.",
    ).format(actual="3", expected="X")


def _walk_dialogs(
    app: QApplication, walk: Walk, language: str, shots: Path | None, screen: str
) -> Iterator[str]:
    from gridesk.ui.widgets.message_line import say

    for name, opener in dialogs():
        dialog = opener(walk)
        dialog.show()  # as exec() shows it: its own size, centred on its window
        app.processEvents()
        yield from problems(dialog, f"{language} {name}")
        if shots is not None:
            dialog.grab().save(str(shots / f"{screen}-{language}-{name}.png".replace(" ", "_")))
        # the dialog refusing something: its error line says why, in full (as say() shows it)
        lines = [
            label
            for label in dialog.findChildren(QLabel)
            if label.objectName() == "errorText" and label.isVisible() and not label.text()
        ]
        if lines:
            for label in lines:
                say(label, REFUSAL(), error=True)
            app.processEvents()
            yield from problems(dialog, f"{language} {name} refusing")
            if shots is not None:
                dialog.grab().save(
                    str(shots / f"{screen}-{language}-{name}-refusing.png".replace(" ", "_"))
                )
        dialog.reject()
        dialog.deleteLater()
        app.processEvents()


def walk_screen(config: dict[str, Any]) -> list[str]:
    """Pages and dialogs on this process's screen, in each language: what is cut off."""
    from gridesk.config import Location
    from gridesk.core.store import open_store
    from gridesk.ui import i18n
    from gridesk.ui.desk import Desk
    from gridesk.ui.fonts import install_fonts
    from gridesk.ui.main_window import MainWindow
    from gridesk.ui.style import STYLE_SHEET

    app = QApplication([])
    install_fonts(app)
    app.setStyleSheet(STYLE_SHEET)  # the desk's look: its type sizes decide the widths
    shots = Path(config["shots"]) if config.get("shots") else None
    data_dir = Path(config["data_dir"])
    store = open_store(config["url"], data_dir)
    actor = pickle.loads(bytes.fromhex(config["actor"]))
    desk = Desk(store, actor, Location(data_dir, store.url))
    records = _records(store, actor)
    # a file of residents with mistakes in each row: the import checks it and lists them
    records["import_file"] = data_dir / "residents.csv"
    records["import_file"].write_text(
        "姓名,性别,出生日期,手机号,身份证号,小区,楼栋,单元,房号,网格,标签,备注\n"
        "赵强,男,1955-03-03,12345,,锦绣家园,5,1,301,,,\n"
        "钱芳,女,1980-13-08,13700001234,,锦绣家园,5,2,101,,,常来\n",
        encoding="utf-8-sig",
    )
    found: list[str] = []
    try:
        for language in config["languages"]:
            i18n.install_language(app, language)
            window = MainWindow(desk, lambda: None)
            window.showMaximized()  # as the app shows it
            app.processEvents()
            found += _walk_pages(app, window, language, shots, config["screen"])
            window.showNormal()
            window.showMaximized()
            window.show_page("home")
            app.processEvents()
            found += _walk_dialogs(
                app, Walk(desk, window, records), language, shots, config["screen"]
            )
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        store.close()
    return found


# -- the test ------------------------------------------------------------------------------------


def _photo() -> bytes:
    """A photo as a phone takes it (4:3); the case keeps it at 600 px."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (90, 140, 200)).save(out, "JPEG")
    return out.getvalue()


def _records_the_demo_lacks(store: Any, actor: Any) -> None:
    """A step of a case with the most photos a step may keep, and a document in the print
    history (the preview opens it)."""
    from sqlalchemy import select

    from gridesk.core.printing import record_document
    from gridesk.core.requests.cases import Photo, StepRequest, move_case
    from gridesk.core.requests.machine import Action
    from gridesk.core.requests.models import Request
    from gridesk.core.treasure import papers
    from gridesk.core.treasure.models import Booking

    with store.read() as s:
        case_id = s.scalars(select(Request.id).limit(1)).one()
        booking_id = s.scalars(select(Booking.id).limit(1)).one()
    photos = tuple(Photo(f"photo{n}.jpg", _photo()) for n in range(MAX_PHOTOS_SHOWN))
    move_case(store, actor, case_id, StepRequest(Action.NOTE, note="现场照片", photos=photos))
    document = papers.paper_booking_slip(store, actor, booking_id)
    record_document(
        store,
        actor,
        document.kind,
        document.title,
        document.subject,
        document.pdf,
        document.family,
        document.subject_id,
    )


def test_the_checker_sees_what_is_cut(qtbot) -> None:
    """A window too small for what it holds: each kind of cut the walk looks for is named."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setFixedSize(300, 200)
    long = "一个很长很长的标签文字，不会折行，放不下" * 2
    label = QLabel(long, window)
    label.setGeometry(0, 0, 120, 20)
    wrapped = QLabel(long * 3, window)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 20, 120, 20)
    button = QPushButton("A button with a long text", window)
    button.setGeometry(0, 40, 60, 30)
    combo = QComboBox(window)
    combo.addItem(long)
    combo.setGeometry(0, 70, 100, 30)
    box = QGroupBox(long, window)
    box.setGeometry(0, 100, 100, 40)
    shown = QLineEdit(long, window)
    shown.setReadOnly(True)
    shown.setGeometry(0, 140, 100, 30)
    astray = QLabel("x", window)
    astray.setGeometry(290, 190, 40, 40)
    window.show()
    found = problems(window, "here")
    assert all(f.startswith("here: ") for f in found)
    assert len(found) == 7, found
    assert "outside the window" in found[-1]
    assert window.screen().availableGeometry().contains(window.frameGeometry())
    window.setFixedSize(2000, 200)
    assert "leaves the screen" in problems(window, "here")[0]


def test_every_dialog_of_the_app_is_walked() -> None:
    """A dialog added to gridesk/ui is added to the walk (or to NOT_WALKED, saying why)."""
    import importlib
    import pkgutil

    import gridesk.ui

    for module in pkgutil.walk_packages(gridesk.ui.__path__, "gridesk.ui."):
        if not module.name.startswith("gridesk.ui.forms"):
            importlib.import_module(module.name)

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = {c.__name__ for c in subclasses(QDialog) if c.__module__.startswith("gridesk.ui.")}
    walked = {name.split()[0] for name, _ in dialogs()}
    assert ours - walked == set(NOT_WALKED)


@pytest.mark.slow
@pytest.mark.timeout(900)  # three Qt processes side by side: about 2 minutes on 2 busy cores
def test_every_page_and_dialog_is_readable(store, admin, tmp_path) -> None:
    from gridesk.demo import fill_demo

    fill_demo(store, admin, residents=60, seed=5)
    _records_the_demo_lacks(store, admin)
    runs = {}
    for name, (width, height, scale) in SCREENS.items():
        folder = tmp_path / name.replace("%", "pc")
        (folder / "data").mkdir(parents=True)
        (folder / "screen.json").write_text(
            json.dumps(
                {
                    "screens": [
                        {
                            "name": name,
                            "x": 0,
                            "y": 0,
                            "width": width,
                            "height": height - round((TASKBAR + TITLE_BAR) * scale),
                            "logicalDpi": 96,
                            "logicalBaseDpi": 96,
                        }
                    ]
                }
            )
        )
        config = {
            "screen": name,
            "url": store.url,
            "data_dir": str(folder / "data"),
            "actor": pickle.dumps(admin).hex(),
            "languages": LANGUAGES,
            "shots": os.environ.get("GRIDESK_WALK_SHOTS", ""),
            "out": str(folder / "found.json"),
        }
        (folder / "config.json").write_text(json.dumps(config))
        env = {
            **os.environ,
            # relative: Qt splits the platform's options at ':'
            "QT_QPA_PLATFORM": "offscreen:configfile=screen.json",
            "QT_SCALE_FACTOR": str(scale),
        }
        runs[name] = (
            subprocess.Popen(
                [sys.executable, __file__, str(folder / "config.json")],
                cwd=folder,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            ),
            folder,
        )
    found = []
    for name, (run, folder) in runs.items():
        output, _ = run.communicate(timeout=840)
        assert run.returncode == 0, f"the walk on {name} failed:\n{output[-4000:]}"
        found += [f"{name} {p}" for p in json.loads((folder / "found.json").read_text())]
    assert not found, "\n".join(dict.fromkeys(found))


if __name__ == "__main__":
    settings = json.loads(Path(sys.argv[1]).read_text())
    result = walk_screen(settings)
    Path(settings["out"]).write_text(json.dumps(result, ensure_ascii=False))
