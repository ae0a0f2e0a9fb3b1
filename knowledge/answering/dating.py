"""The date a cited sentence states, put on its answer item: "He last met Putin on April 25." is dated 2025-04-25.

An answer found by search is a sentence, not an event, but a sentence stating a date carries it: a reader (and the
JSON's ``date``) should not have to read it out of the quote. The date is the one the extractor gave the sentence's
own dated clause (relative dates resolved against its article), never one borrowed from the sentence before; a
sentence stating several is dated by the clause holding most of the question's words and names ("On October 20, a
call was held between Lavrov and Rubio ... the October 16 call between Putin and Trump", asked about Lavrov and
Rubio: October 20).
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.answering.context import Context
from knowledge.answering.question import Question
from knowledge.index import EventRow, SentenceRow
from knowledge.models import AnswerItem
from knowledge.text import stems


def dated_items(
    context: Context, question: Question, rows: Sequence[SentenceRow], items: list[AnswerItem]
) -> list[AnswerItem]:
    """``items`` (one per row of ``rows``, in order), each undated one given the date its sentence states."""
    undated = [row for row, item in zip(rows, items, strict=True) if item.date is None]
    if not undated:
        return items
    events = context.store.events_of_sentences(row.id for row in undated)
    if not events:
        return items
    wanted = {s for group in question.named_people for person in group for s in stems(person.name)}
    wanted |= {token for group in question.groups for token in group.stems}
    return [
        item.model_copy(update={"date": _best(events[row.id], wanted).iso})
        if item.date is None and events.get(row.id)
        else item
        for row, item in zip(rows, items, strict=True)
    ]


def _best(events: list[EventRow], wanted: set[str]) -> EventRow:
    """The event whose dated clause holds most of what the question asks (the first stated among equals)."""
    return max(events, key=lambda event: (len(wanted & set(event.focus_stems)), -event.id))
