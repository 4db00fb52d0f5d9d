"""志愿抢单 from the other windows: a wish or a request published as a task volunteers claim,
once while it is open."""

from __future__ import annotations

import pytest

from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.hours import claim_task, complete_task, list_tasks, publish_task
from gridesk.errors import Conflict


def test_a_request_or_wish_is_published_once_while_open(store, admin) -> None:
    wang = create_resident(store, admin, ResidentInput(name="王秀英", phone="13912345678")).id
    task = publish_task(store, admin, "微心愿 CS-20261123-001：想要一台收音机", source="wish",
                        source_id="CS-20261123-001")  # fmt: skip
    with pytest.raises(Conflict):
        publish_task(store, admin, "again", source="wish", source_id="CS-20261123-001")
    claim_task(store, admin, task, wang)
    with pytest.raises(Conflict):  # claimed is still open work
        publish_task(store, admin, "again", source="wish", source_id="CS-20261123-001")
    complete_task(store, admin, task, 60)
    # done: a new need of the same wish may be published again
    publish_task(store, admin, "once more", source="wish", source_id="CS-20261123-001")
    assert [(t.source, t.title) for t in list_tasks(store, admin)] == [("wish", "once more")]
