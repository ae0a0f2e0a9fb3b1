"""The garbage collector set for a process that answers from an index (the CLI and the bot).

The index's caches (sentence rows, mentions, event rows; the people and their citations) hold ~250,000 objects the
collector tracks at 10,000 articles, and they grow as questions come. With CPython's default of a young collection
every 700 new objects, the oldest generation was collected in full (~130 ms each) six times over the benchmark's
1,200 questions: 1.1-1.4 s, about 15% of the time answering. Collecting young objects less often runs the full
collections far less; garbage without cycles is freed by reference counts as before, only cyclic garbage waits
longer.

What survives a young collection is, in such a process, almost all cache: kept for the life of an index state and
freed by reference counts when the state goes. The collector walked it again in each older collection (three of
~0.1 s and a full one of ~0.3 s over the benchmark's 1,200 questions at 10,000 articles, 5-9% of the time
answering) and found nothing to free: answering makes almost no cyclic garbage (a few closures per ranked query).
So the survivors of each collection are frozen (``gc.freeze``: never walked again, still freed by reference counts
when dropped). A cycle still in use at that moment would then never be collected once dropped, so every
``THAW_AFTER`` collections everything is given back to the collector until its next full collection has run.
"""

from __future__ import annotations

import gc
from typing import Any

# a young collection every 10,000 new objects instead of 700: at 10,000 articles no full collection over 1,200
# questions (7,000 and 20,000 measured the same); at most this many cyclic objects wait to be freed, a few MiB
YOUNG_OBJECTS = 10000
# collections (of ~10,000 new objects each) between two full walks of everything: ~30,000 questions at 10,000
# articles; a full walk costs ~0.3 s there, and frees any cycle that was in use when frozen and dropped since
THAW_AFTER = 1000
_OLDEST = len(gc.get_count()) - 1  # the generation a full collection walks


class _Freezer:
    """A ``gc.callbacks`` entry freezing what survives each collection, thawing it all every ``THAW_AFTER``."""

    def __init__(self) -> None:
        self.frozen = 0  # collections followed by a freeze since the last full collection
        self.thawed = False  # waiting for a full collection before freezing again

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase != "stop":
            return
        if self.thawed:
            if info.get("generation") == _OLDEST:  # everything was walked
                self.thawed, self.frozen = False, 0
            return
        if self.frozen >= THAW_AFTER:
            gc.unfreeze()  # into the oldest generation, walked by its next collection
            self.thawed = True
            return
        gc.freeze()
        self.frozen += 1


_FREEZER = _Freezer()


def tune_collector() -> None:
    """Raise the collector's first threshold to ``YOUNG_OBJECTS`` (a higher one set by the embedding process stays),
    and freeze what survives each collection (not when the process turned collection off)."""
    first, *older = gc.get_threshold()
    if 0 < first < YOUNG_OBJECTS:  # 0: collection turned off by the process; leave it so
        gc.set_threshold(YOUNG_OBJECTS, *older)
    if first > 0 and _FREEZER not in gc.callbacks:
        gc.callbacks.append(_FREEZER)
