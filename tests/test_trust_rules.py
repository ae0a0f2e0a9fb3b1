"""Each rule behind positions, conflicts and who-said, on sentences written for it (new names, places, dates):
removing the rule makes its test fail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import KnowledgeBase

STANCES = """date: 2026-09-14
source: Ostrava Ledger
title: Stances ahead of the Brno round

Ukraine does not oppose a ceasefire along the current line.

Russia no longer rejects a prisoner swap.

Kyiv backed away from the truce proposal on Monday.

Moscow welcomed the end of the ceasefire.

Ukrainian officials said they were ready to fight rather than accept a ceasefire.

Lavrov rejected claims that Russia opposes a prisoner swap.

Zelensky could reject the truce offer.

The truce plan was rejected by Moscow.

The offer came with the support of Kyiv for a ceasefire.

Foreign Minister Sergey Lavrov said Ukrainian officials claim the country is not ready to hold elections.

Russia does not oppose Ukraine's EU membership.
"""

DEMANDS_A = """date: 2026-09-10
source: Morava Daily
title: Demands in Brno

Moscow demands that Kyiv cap its army at 600,000 troops.

Moscow demands the recognition of Russian control over Crimea.
"""

DEMANDS_B = """date: 2026-09-11
source: Danube Post
title: Another view from Brno

Moscow demands that Kyiv cap its army at 85,000 troops.

Moscow demands the recognition of Russian control over Donbas.
"""

STAGES_A = """date: 2026-09-20
source: Vistula Wire
title: First stage of the Brno swap

The first stage of the prisoner exchange in Brno took place on Friday, with 390 prisoners freed.
"""

STAGES_B = """date: 2026-09-21
source: Oder Courier
title: Second stage of the Brno swap

The second stage of the prisoner exchange in Brno took place on Saturday, with 307 prisoners freed.
"""

HEDGED_A = """date: 2026-10-02
source: Tisza Times
title: Swap in Uzhhorod

Russia released 150 prisoners in the Uzhhorod swap on Wednesday.
"""

HEDGED_B = """date: 2026-10-02
source: Drava News
title: Uzhhorod swap details

Russia released more than 140 prisoners in the Uzhhorod swap on Wednesday.
"""

PLANNED = """date: 2026-10-05
source: Sava Report
title: Talks in Kaunas next week

The talks in Kaunas are scheduled for Thursday.
"""

HELD = """date: 2026-10-10
source: Neman Herald
title: Talks in Kaunas end

The talks in Kaunas took place on Friday.
"""

SPEECH = """date: 2026-10-12
source: Prut Chronicle
title: Calls and words

Ukrainian President Volodymyr Zelensky told Russian President Vladimir Putin to stop the shelling of Kharkiv.

US President Donald Trump said he spoke with Vladimir Putin about the Kaunas talks.

Russian Foreign Minister Sergey Lavrov said Vladimir Putin conveyed his readiness for the Kaunas talks.
"""


def _kb(tmp_path: Path, articles: dict[str, str]) -> KnowledgeBase:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")


def _stances(kb: KnowledgeBase) -> dict[str, set[tuple[str, str, str]]]:
    """Sentence -> {(party, issue, stance)} of every position stated."""
    with kb.store.snapshot():
        found: dict[str, set[tuple[str, str, str]]] = {}
        for position in kb.store.positions():
            found.setdefault(position.citation.quote, set()).add((position.party, position.issue, position.stance))
    return found


@pytest.fixture(scope="module")
def stances(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str, str]]]:
    return _stances(_kb(tmp_path_factory.mktemp("stances"), {"stances": STANCES}))


def test_a_negated_rejection_is_openness_and_its_text_keeps_the_negation(
    stances: dict[str, set[tuple[str, str, str]]], tmp_path: Path
) -> None:
    assert stances["Ukraine does not oppose a ceasefire along the current line."] == {("Ukraine", "ceasefire", "open")}
    assert stances["Russia no longer rejects a prisoner swap."] == {("Russia", "prisoners", "open")}
    kb = _kb(tmp_path, {"stances": STANCES})
    (cell,) = [i for i in kb.positions("Ukraine").items if i.issue == "ceasefire"]
    assert cell.text.startswith("does not oppose")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv backed away from the truce proposal on Monday.",  # a reversal, not support
        "Moscow welcomed the end of the ceasefire.",  # welcoming an end is no support of the thing
        "Ukrainian officials said they were ready to fight rather than accept a ceasefire.",
        "Lavrov rejected claims that Russia opposes a prisoner swap.",  # rejecting a claim
        "Zelensky could reject the truce offer.",  # speculation
        "The offer came with the support of Kyiv for a ceasefire.",  # a noun, not a stance
        "Foreign Minister Sergey Lavrov said Ukrainian officials claim the country is not ready to hold elections.",
        "Russia does not oppose Ukraine's EU membership.",  # "membership" alone is no NATO
    ],
)
def test_sentences_that_take_no_stance_give_no_position(
    stances: dict[str, set[tuple[str, str, str]]], sentence: str
) -> None:
    assert sentence not in stances or all(stance != "supports" for _, _, stance in stances[sentence])
    if sentence.startswith(("Zelensky could", "The offer", "Foreign Minister", "Russia does not oppose")):
        assert sentence not in stances


def test_a_passive_takes_its_agent_as_the_party(stances: dict[str, set[tuple[str, str, str]]]) -> None:
    assert stances["The truce plan was rejected by Moscow."] == {("Russia", "ceasefire", "rejects")}


def test_different_figures_or_places_are_different_demands(tmp_path: Path) -> None:
    kb = _kb(tmp_path, {"a": DEMANDS_A, "b": DEMANDS_B})
    texts = [item.text for item in kb.demands("Russia").items]
    assert sum("600,000" in t for t in texts) == 1 and sum("85,000" in t for t in texts) == 1
    assert sum("Crimea" in t for t in texts) == 1 and sum("Donbas" in t for t in texts) == 1
    assert all(item.sources == 1 for item in kb.demands("Russia").items)


def test_stages_of_one_exchange_on_two_days_are_no_conflict(tmp_path: Path) -> None:
    kb = _kb(tmp_path, {"a": STAGES_A, "b": STAGES_B})
    timeline = kb.timeline("Brno")
    assert len([i for i in timeline.items if i.date]) == 2 and all(not i.conflicts for i in timeline.items)
    assert not any(item.conflicts for item in kb.answer("how many prisoners were freed in Brno?").items)


def test_a_hedged_figure_is_no_conflict(tmp_path: Path) -> None:
    kb = _kb(tmp_path, {"a": HEDGED_A, "b": HEDGED_B})
    answer = kb.answer("how many prisoners did Russia release in the Uzhhorod swap?")
    assert answer.found and not any(item.conflicts for item in answer.items)


def test_a_schedule_not_kept_is_said_as_such(tmp_path: Path) -> None:
    kb = _kb(tmp_path, {"planned": PLANNED, "held": HELD})
    notes = [c.note for item in kb.timeline("Kaunas").items for c in item.conflicts]
    assert "scheduled for 2026-10-08; another article says it took place on 2026-10-09" in notes


def test_a_person_spoken_to_or_about_is_not_reported(tmp_path: Path) -> None:
    kb = _kb(tmp_path, {"speech": SPEECH})
    told = kb.answer("who said 'stop the shelling of Kharkiv'?").items[0].text
    assert "reporting" not in told
    spoke = kb.answer("who said 'spoke with Vladimir Putin'?").items[0].text
    assert "reporting" not in spoke
    conveyed = kb.answer("who said 'conveyed his readiness'?").items[0].text
    assert conveyed.startswith("Sergey Lavrov") and "reporting Vladimir Putin" in conveyed


def test_a_quoted_phrase_of_small_words_is_found_verbatim(tmp_path: Path) -> None:
    kb = _kb(tmp_path, {"speech": SPEECH})
    assert kb.answer("who said 'he spoke with'?").found


def test_who_called_for_is_a_demands_question() -> None:
    from knowledge import Intent
    from knowledge.answering.router import parse_question

    assert parse_question("who called for a ceasefire?").intent is Intent.DEMANDS
    assert parse_question("who warned of sanctions?").intent is Intent.SAID


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2025-02-30", None), ("Monday", dt.date(2026, 3, 9)), ("monday", dt.date(2026, 3, 9))],
)
def test_since_refuses_days_that_do_not_exist_and_reads_weekdays(text: str, expected: dt.date | None) -> None:
    from knowledge.answering.since import since_day

    assert since_day(text, today=dt.date(2026, 3, 12), latest=None) == expected


def test_question_ids_are_never_reused_after_forgetting(tmp_path: Path) -> None:
    from knowledge import Answer, Intent
    from knowledge.questions import QuestionLog

    log = QuestionLog(tmp_path / "q.sqlite")
    first = log.record(Answer(intent=Intent.WHO, query="a", found=False))
    log.forget()
    second = log.record(Answer(intent=Intent.WHO, query="b", found=False))
    assert second > first and not log.vote(first, up=False)


def test_the_question_log_keeps_no_discord_mentions(tmp_path: Path) -> None:
    from knowledge import Answer, Intent
    from knowledge.questions import QuestionLog

    log = QuestionLog(tmp_path / "q.sqlite")
    log.record(Answer(intent=Intent.WHO, query="x", found=False), question="<@123456789> who is <@&42> Shoigu?")
    assert b"123456789" not in log.path.read_bytes()


def test_opposite_stances_on_one_day_are_both_shown(tmp_path: Path) -> None:
    one = "date: 2026-11-02\nsource: Lake Press\n\nUkraine rejects a ceasefire in the Kursk border area.\n"
    other = "date: 2026-11-02\nsource: River Press\n\nUkraine supports a ceasefire in the Kursk border area.\n"
    kb = _kb(tmp_path, {"one": one, "other": other})
    (cell,) = kb.positions("ceasefire").items
    (conflict,) = cell.conflicts
    assert conflict.note.startswith("another statement of the same day:")
    assert conflict.article != cell.citations[0].article
