"""The goals' action counts read as Swedish: "1 beslutad", not "1 beslutade"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from est_desktop.services.agreements.follow_up import ActionCounts
from est_desktop.ui.agreements.follow_up_models import actions_text


@pytest.mark.parametrize(
    ("counts", "read"),
    [
        (ActionCounts(1, 1, 1, 1), "1 beslutad · 1 klar · 1 öppen · 1 försenad"),
        (ActionCounts(3, 2, 0, 5), "3 beslutade · 2 klara · 0 öppna · 5 försenade"),
    ],
)
def test_each_count_agrees_with_its_word(qapp, counts: ActionCounts, read: str) -> None:
    text = actions_text(SimpleNamespace(actions=counts)).replace("\u00a0", " ")
    assert text == read
