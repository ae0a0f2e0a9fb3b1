"""The garbage collector set for a process that answers from an index (the CLI and the bot).

The index's caches (sentence rows, mentions, event rows; the people and their citations) hold ~250,000 objects the
collector tracks at 10,000 articles, and they grow as questions come. With CPython's default of a young collection
every 700 new objects, the oldest generation was collected in full (~130 ms each) six times over the benchmark's
1,200 questions: 1.1-1.4 s, about 15% of the time answering. Collecting young objects less often runs the full
collections far less; garbage without cycles is freed by reference counts as before, only cyclic garbage waits
longer.
"""

from __future__ import annotations

import gc

# a young collection every 10,000 new objects instead of 700: at 10,000 articles no full collection over 1,200
# questions (7,000 and 20,000 measured the same); at most this many cyclic objects wait to be freed, a few MiB
YOUNG_OBJECTS = 10000


def tune_collector() -> None:
    """Raise the collector's first threshold to ``YOUNG_OBJECTS`` (a higher one set by the embedding process stays)."""
    first, *older = gc.get_threshold()
    if 0 < first < YOUNG_OBJECTS:  # 0: collection turned off by the process; leave it so
        gc.set_threshold(YOUNG_OBJECTS, *older)
