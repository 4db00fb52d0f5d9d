"""First run: this desk alone or a desk of the hall; its name; the station and the admin account.

A desk alone keeps its own SQLite file, as before. A desk of a hall joins the hall's PostgreSQL
database: the connection is really tried (测试连接) before anything is saved; the server's
address goes to this computer's own settings (``desk.json``) and the password to the system's
keyring, or, where there is none, nowhere (it is asked at each start). The first desk of a
hall sets the centre up; the others only name themselves and go to the sign-in window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk.config import (
    DESK_NAME_MAX,
    DeskConfig,
    HallServer,
    Location,
    clean_desk_name,
    keyring_usable,
    read_desk_config,
    save_hall_password,
)
from gridesk.core.actor import Actor
from gridesk.core.desks import check_hall, name_desk, save_desk_config
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store
from gridesk.errors import GrideskError
from gridesk.ui.desk_name import suggested_desk_name
from gridesk.ui.i18n import error_text
from gridesk.ui.widgets.message_line import say


class FirstRunDialog(QDialog):
    """``store`` is the database to go on with once accepted: the one given (a desk alone) or
    the hall's (then ``location`` says where it is, and the caller closes the one it gave)."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, where: Location | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.store = store
        self.location = where
        self.actor: Actor | None = None
        self.joined_ready = False
        """Joined a hall whose centre is set up already: sign in next, no account made."""
        self._tested: tuple[str, bool] | None = None  # (URL tried, whether it was set up)
        self.setWindowTitle(self.tr("Set up GriDesk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welcome. Choose how this desk works and give it a name; then name this centre "
                "or station, give it a short code (it starts every ticket and receipt number, "
                "e.g. CY-20261123-007), and make the administrator's account."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.alone = QRadioButton(self.tr("This desk alone (its own database on this computer)"))
        self.join = QRadioButton(
            self.tr("Join the hall's database (several desks share one PostgreSQL server)")
        )
        self.alone.setObjectName("deskAlone")
        self.join.setObjectName("joinHall")
        self.alone.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.alone)
        choice.addButton(self.join)
        layout.addWidget(self.alone)
        layout.addWidget(self.join)

        desk_form = QFormLayout()
        self.desk_name = QLineEdit(
            read_desk_config(store.data_dir).name or suggested_desk_name(store)
        )
        self.desk_name.setObjectName("deskName")
        self.desk_name.setMaxLength(DESK_NAME_MAX)
        desk_form.addRow(self.tr("Desk name"), self.desk_name)
        layout.addLayout(desk_form)

        self.hall_box = QGroupBox(self.tr("The hall's database"))
        hall_column = QVBoxLayout(self.hall_box)
        hall_form = QFormLayout()
        hall_column.addLayout(hall_form)
        self.host = QLineEdit()
        self.host.setObjectName("hallHost")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # the style hides them
        self.database = QLineEdit("gridesk")
        self.database.setObjectName("hallDatabase")
        self.user = QLineEdit("gridesk")
        self.user.setObjectName("hallUser")
        self.hall_password = QLineEdit()
        self.hall_password.setObjectName("hallPassword")
        self.hall_password.setEchoMode(QLineEdit.EchoMode.Password)
        hall_form.addRow(self.tr("Server"), self.host)
        hall_form.addRow(self.tr("Port"), self.port)
        hall_form.addRow(self.tr("Database"), self.database)
        hall_form.addRow(self.tr("User"), self.user)
        hall_form.addRow(self.tr("Password"), self.hall_password)
        self.keyring_note = QLabel(
            self.tr("The password is kept in this computer's keyring.")
            if keyring_usable()
            else self.tr(
                "This computer has no keyring to keep the password in: it will be asked each "
                "time GriDesk starts. It is never written down."
            )
        )
        self.keyring_note.setObjectName("subtle")
        self.keyring_note.setWordWrap(True)
        hall_column.addWidget(self.keyring_note)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        hall_column.addLayout(test_row)
        hall_column.addWidget(self.test_result)
        hall_column.addStretch(1)
        # side by side, so the window fits a 1366×768 screen with both shown
        boxes = QHBoxLayout()
        boxes.addWidget(self.hall_box, 1)

        self.station_box = QGroupBox(self.tr("The centre or station"))
        form = QFormLayout(self.station_box)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        self.address = QLineEdit()
        self.hotline = QLineEdit()
        self.admin = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Short code"), self.code)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Hotline"), self.hotline)
        form.addRow(self.tr("Admin user name"), self.admin)
        form.addRow(self.tr("Admin's full name"), self.admin_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        boxes.addWidget(self.station_box, 1)
        layout.addLayout(boxes)

        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.join.toggled.connect(self._show_choice)
        for field in (self.host, self.database, self.user, self.hall_password):
            field.textChanged.connect(self._forget_test)
        self.port.valueChanged.connect(self._forget_test)
        self._show_choice()

    def hall(self) -> HallServer:
        return HallServer(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _show_choice(self) -> None:
        joining = self.join.isChecked()
        self.hall_box.setVisible(joining)
        self.setMinimumWidth(1000 if joining else 560)
        # a hall already set up needs no centre nor account: its admin made them
        self.station_box.setVisible(not joining or not (self._tested and self._tested[1]))
        self.message.clear()
        self.adjustSize()

    def _forget_test(self) -> None:
        if self._tested is not None:
            self._tested = None
            self.test_result.clear()
            self._show_choice()

    def test_connection(self) -> bool:
        """Connects for real, with what is typed; says whether the hall is set up already."""
        hall = self.hall()
        url = hall.url(self.hall_password.text())
        if not hall.host or not hall.database or not hall.user:
            say(
                self.test_result,
                self.tr("Fill in the server, the database and the user."),
                error=True,
            )
            return False
        try:
            ready = check_hall(url, self._store.data_dir)
        except GrideskError as exc:
            self._tested = None
            say(self.test_result, error_text(exc), error=True)
            self._show_choice()
            return False
        self._tested = (url, ready)
        say(
            self.test_result,
            self.tr("Connected. The hall is set up already: sign in with your account next.")
            if ready
            else self.tr("Connected. The database is empty: set up the centre on the right."),
        )
        self._show_choice()
        return True

    def _create(self) -> None:
        try:
            desk_name = clean_desk_name(self.desk_name.text())
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        if self.join.isChecked():
            self._join(desk_name)
            return
        self._store.desk_name = desk_name  # the set-up's own rows name the desk too
        if not self._make_station(self._store):
            return
        try:
            name_desk(self._store, desk_name)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()

    def _make_station(self, store: Store) -> bool:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return False
        try:
            self.actor = initialise(
                store,
                station_name=self.name.text(),
                station_code=self.code.text(),
                admin_username=self.admin.text(),
                admin_password=self.password.text(),
                admin_display_name=self.admin_name.text(),
                address=self.address.text(),
                hotline=self.hotline.text(),
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return False
        return True

    def _join(self, desk_name: str) -> None:
        hall = self.hall()
        password = self.hall_password.text()
        url = hall.url(password)
        if (self._tested is None or self._tested[0] != url) and not self.test_connection():
            self.message.setText(self.tr("Test the connection first: it did not work."))
            return
        data_dir = self._store.data_dir
        try:
            store = open_store(url, data_dir)  # the first desk migrates, the others wait
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        store.desk_name = desk_name
        try:
            ready = store.is_initialised()
            if not ready and not self._make_station(store):
                store.close()
                return
            save_desk_config(data_dir, DeskConfig(name=desk_name, hall=hall))
        except GrideskError as exc:
            store.close()
            self.message.setText(error_text(exc))
            return
        save_hall_password(hall, password)  # where there is no keyring: asked at each start
        self.joined_ready = ready
        self.store = store
        self.location = Location(data_dir, url, hall)
        self.accept()


def ask_hall_password(where: Location, parent: QWidget | None = None) -> Location | None:
    """A desk of a hall on a computer without a keyring: the server's password, each start.
    None when the person cancels."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    assert where.hall is not None
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("FirstRunDialog", "The hall's database"),
        QCoreApplication.translate(
            "FirstRunDialog", "Password of the user {user} on the server {host}:"
        ).format(user=where.hall.user, host=where.hall.host),
        QLineEdit.EchoMode.Password,
    )
    return where.with_password(password) if ok else None
