"""The collector setting of answering processes: young collections less often, a process's own setting kept."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.cli import main
from bot.collector import YOUNG_OBJECTS, tune_collector


@pytest.fixture
def threshold() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_raises_the_default_threshold(threshold: None) -> None:
    gc.set_threshold(700, 10, 10)
    tune_collector()
    assert gc.get_threshold() == (YOUNG_OBJECTS, 10, 10)


def test_keeps_a_higher_threshold_and_a_disabled_one(threshold: None) -> None:
    gc.set_threshold(YOUNG_OBJECTS * 5, 20, 30)
    tune_collector()
    assert gc.get_threshold() == (YOUNG_OBJECTS * 5, 20, 30)
    gc.set_threshold(0, 10, 10)
    tune_collector()
    assert gc.get_threshold() == (0, 10, 10)


def test_the_cli_sets_it(threshold: None, capsys: pytest.CaptureFixture[str]) -> None:
    gc.set_threshold(700, 10, 10)
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    assert gc.get_threshold()[0] == YOUNG_OBJECTS
