"""Both languages, as the settings switch them: Chinese everywhere, English with its plurals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from gridesk.ui import i18n
from gridesk.ui.i18n import install_language


@pytest.fixture
def language(qapp) -> Iterator[object]:
    yield qapp
    for translator in i18n._installed:  # the other tests read the source strings
        qapp.removeTranslator(translator)
    i18n._installed.clear()


def backup_age(days: int) -> str:
    return QCoreApplication.translate("MainWindow", "Last backup: %n day(s) ago", "", days)


def test_english_says_one_day_and_three_days(language) -> None:
    install_language(language, "en")
    assert backup_age(1) == "Last backup: 1 day ago"
    assert backup_age(3) == "Last backup: 3 days ago"
    # a window's own file too
    text = QCoreApplication.translate("HoursAwardDialog", "Awarded %n record(s).", "", 1)
    assert text == "Awarded 1 record."


def test_chinese_is_the_default_and_covers_every_window(language) -> None:
    install_language(language, "zh_CN")
    assert "天" in backup_age(2)
    assert QCoreApplication.translate("windows", "Points shop") == "积分超市"
    assert QCoreApplication.translate("windows", "loans overdue") == "件借出物品已逾期"


def test_a_status_and_a_column_that_share_their_english_differ_in_chinese(language) -> None:
    """'Accepted' is a case's status (已受理) in the requests' labels and a date column
    (受理日期) in the queue: each context has its own Chinese."""
    from gridesk.core.requests.labels import STATUS
    from gridesk.ui.i18n import label_text

    install_language(language, "zh_CN")
    assert label_text(STATUS, "accepted") == "已受理"
    assert QCoreApplication.translate("CaseQueue", "Accepted") == "受理日期"
