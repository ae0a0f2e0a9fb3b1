"""The collector setting of answering processes: young collections less often, a process's own setting kept."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.cli import main
from bot.collector import _FREEZER, THAW_AFTER, YOUNG_OBJECTS, tune_collector


@pytest.fixture
def threshold() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)
    while _FREEZER in gc.callbacks:  # the test process keeps its own setting
        gc.callbacks.remove(_FREEZER)
    gc.unfreeze()
    _FREEZER.frozen, _FREEZER.thawed = 0, False


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


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_what_survives_a_collection_is_frozen_and_cycles_dropped_after_are_still_freed(threshold: None) -> None:
    gc.set_threshold(700, 10, 10)
    tune_collector()
    assert gc.callbacks.count(_FREEZER) == 1
    tune_collector()
    assert gc.callbacks.count(_FREEZER) == 1  # installed once
    kept = [_Cycle() for _ in range(100)]
    gc.collect(0)
    assert gc.get_freeze_count() >= len(kept)  # survivors: out of the collector's sight
    dropped = _Cycle()
    del dropped
    assert gc.collect(0) >= 1  # garbage made since is collected as before
    assert kept


def test_everything_is_walked_again_every_so_many_collections(threshold: None) -> None:
    gc.set_threshold(700, 10, 10)
    tune_collector()
    cycle = _Cycle()
    gc.collect(0)
    assert gc.get_freeze_count() > 0  # the cycle, in use, is frozen with the rest
    del cycle
    assert gc.collect(0) == 0  # dropped, it is out of the collector's sight for now
    _FREEZER.frozen = THAW_AFTER
    gc.collect(0)  # the thaw: nothing stays frozen ...
    assert gc.get_freeze_count() == 0 and _FREEZER.thawed
    gc.collect(0)
    assert gc.get_freeze_count() == 0  # ... until a full collection has walked everything
    assert gc.collect() >= 1  # the cycle frozen while in use is freed
    assert not _FREEZER.thawed and _FREEZER.frozen == 0
    gc.collect(0)
    assert gc.get_freeze_count() > 0


def test_no_freezing_when_the_process_turned_collection_off(threshold: None) -> None:
    gc.set_threshold(0, 10, 10)
    tune_collector()
    assert _FREEZER not in gc.callbacks
