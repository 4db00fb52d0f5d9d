"""Fixtures shared by the document tests."""

from __future__ import annotations

import pytest

from gridesk.documents.pages import StationInfo


@pytest.fixture
def station() -> StationInfo:
    return StationInfo(
        name="幸福里社区党群服务中心",
        address="杭州市拱墅区幸福里路 88 号",
        hotline="0571-88886666",
    )
