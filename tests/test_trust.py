"""Trust: positions by party and issue, how many sources state a fact, where sources differ, and who said it.

Over three articles written for these tests (names, places and dates found nowhere else): a party whose position
on an issue changes between two articles, two articles that disagree on a date and on a figure, the same demand
stated by two articles, and quotes whose speaker is a pronoun.
"""

from __future__ import annotations

import pytest

from knowledge import Intent, KnowledgeBase
from knowledge.answering.router import parse_question

NARVA_APRIL_9 = """date: 2026-04-09
source: Baltic Ledger
title: Prisoner exchange in Narva as Kyiv rejects early elections

Ukraine rejects holding elections before a ceasefire, Foreign Minister Marta Olendska said on Wednesday.

The exchange of prisoners took place on Tuesday in Narva, border officials said.

Russia released 212 Ukrainian prisoners in the exchange.

Moscow demands the withdrawal of Ukrainian troops from the Kursk border area.

Russian envoy Oleg Vatrushin spoke to reporters in Narva after the exchange.

"The talks were a waste of time," he said.

"We will not come back to Narva before the summer."

Olendska said Ivan Hrebenyuk had signed the exchange protocol for Ukraine.
"""

NARVA_APRIL_10 = """date: 2026-04-10
source: Tallinn Evening Courier
title: Narva swap completed

The prisoner exchange in Narva took place on Wednesday, the Estonian border guard said.

Russia released 221 Ukrainian prisoners in the exchange.

Moscow demands the withdrawal of Ukrainian troops from the Kursk border area, Vatrushin told the Courier.

Olendska described the mood at the crossing as "a bloodbath of nerves".
"""

NARVA_APRIL_12 = """date: 2026-04-12
source: Pskov Lake Review
title: Minister at the crossing

Ukrainian Defence Minister Marta Olendska visited the border crossing in Narva on Saturday.
"""

KYIV_JUNE_15 = """date: 2026-06-15
source: Dnipro Herald
title: Kyiv shifts on elections

Ukraine now supports holding elections within 100 days of a ceasefire, Ukrainian President Taras Kovalenko said on Monday.

Kovalenko met the Finnish envoy Aino Lehtinen in Kyiv on Monday.

He said the country would not accept any cap on the size of its army.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    folder = tmp_path_factory.mktemp("trust") / "corpus"
    folder.mkdir()
    articles = {"narva-a": NARVA_APRIL_9, "narva-b": NARVA_APRIL_10, "narva-c": NARVA_APRIL_12, "kyiv": KYIV_JUNE_15}
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return KnowledgeBase.from_folder(folder, index=folder.parent / "index.sqlite")


# ----- 1. positions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("!positions", Intent.POSITIONS),
        ("/positions NATO", Intent.POSITIONS),
        ("where does Ukraine stand on elections?", Intent.POSITIONS),
        ("what is Kyiv's position on a ceasefire?", Intent.POSITIONS),
        ("!said bloodbath", Intent.SAID),
        ("who said 'waste of time'?", Intent.SAID),
    ],
)
def test_positions_and_said_are_routed(question: str, intent: Intent) -> None:
    assert parse_question(question).intent is intent


def test_a_position_that_changed_shows_the_latest_and_says_from_what(kb: KnowledgeBase) -> None:
    answer = kb.answer("where does Ukraine stand on elections?")
    assert answer.found and answer.intent is Intent.POSITIONS
    (cell,) = [item for item in answer.items if item.issue == "elections"]
    assert (cell.party, cell.stance, cell.date) == ("Ukraine", "supports", "2026-06-15")
    assert cell.label == "changed: rejects (2026-04-09) → supports (2026-06-15)"
    quotes = [c.quote for c in cell.citations]
    assert "now supports holding elections" in quotes[0] and any("rejects holding elections" in q for q in quotes)


def test_one_issue_across_parties_and_nothing_stated_is_said_not_guessed(kb: KnowledgeBase) -> None:
    answer = kb.positions("elections")
    assert {item.issue for item in answer.items} == {"elections"}
    assert "Russia on elections" in (answer.message or "")  # Russia says nothing on elections here
    territory = kb.positions("Russia")
    assert [(i.party, i.issue, i.stance) for i in territory.items] == [("Russia", "territory", "demands")]


def test_a_negated_acceptance_is_a_rejection_and_speculation_is_no_stance(kb: KnowledgeBase) -> None:
    forces = kb.positions("forces")
    assert [(i.party, i.stance) for i in forces.items] == [("Ukraine", "rejects")]  # "would not accept any cap"


def test_an_unknown_party_or_issue_gets_the_known_ones(kb: KnowledgeBase) -> None:
    answer = kb.positions("Atlantis")
    assert not answer.found and "Ukraine" in answer.suggestions and "NATO" in answer.suggestions


# ----- 2. corroboration ---------------------------------------------------------------------------------------


def test_the_same_demand_from_two_articles_is_one_item_with_both_citations(kb: KnowledgeBase) -> None:
    answer = kb.demands("Russia")
    kursk = [item for item in answer.items if "Kursk" in item.text]
    assert len(kursk) == 1
    assert kursk[0].sources == 2 and {c.article for c in kursk[0].citations} == {"narva-a", "narva-b"}


def test_every_event_item_counts_its_sources(kb: KnowledgeBase) -> None:
    answer = kb.timeline("")
    assert answer.items and all(item.sources == len({c.article for c in item.citations}) for item in answer.items)


# ----- 3. who said it -----------------------------------------------------------------------------------------


def test_who_said_a_quote_whose_speaker_is_a_pronoun(kb: KnowledgeBase) -> None:
    answer = kb.answer("who said 'waste of time'?")
    assert answer.found and answer.intent is Intent.SAID
    first = answer.items[0]
    assert first.text.startswith("Oleg Vatrushin") and first.date == "2026-04-09"
    assert first.citations[0].quote == '"The talks were a waste of time," he said.'


def test_who_said_names_the_speaker_and_whom_they_report(kb: KnowledgeBase) -> None:
    answer = kb.answer("who said the exchange protocol was signed?")
    first = answer.items[0]
    assert first.text.startswith("Marta Olendska") and "reporting Ivan Hrebenyuk" in first.text


def test_a_phrase_nobody_said_is_not_found(kb: KnowledgeBase) -> None:
    answer = kb.said('"unconditional surrender"')
    assert not answer.found and "unconditional surrender" in (answer.message or "")


def test_what_someone_said_about_something_is_their_own_statements(kb: KnowledgeBase) -> None:
    answer = kb.answer("what did Kovalenko say about the army?")
    assert answer.found and answer.intent is Intent.SAID
    assert answer.items[0].text.startswith("Taras Kovalenko")
    assert "cap on the size of its army" in answer.items[0].citations[0].quote


# ----- 2b. where sources differ -------------------------------------------------------------------------------


def test_two_articles_dating_one_event_differently_are_both_shown(kb: KnowledgeBase) -> None:
    answer = kb.answer("when did the prisoner exchange in Narva take place?")
    first = answer.items[0]
    assert first.date in ("2026-04-07", "2026-04-08") and len(first.conflicts) == 1
    (conflict,) = first.conflicts
    other_day = "2026-04-08" if first.date == "2026-04-07" else "2026-04-07"
    assert conflict.note == f"another article dates it {other_day}"
    assert conflict.article != first.citations[0].article and "took place on" in conflict.quote


def test_events_of_one_article_on_different_days_are_no_conflict(kb: KnowledgeBase) -> None:
    answer = kb.timeline("Kovalenko")  # two events on one day in one article, nothing to compare
    assert answer.items and all(not item.conflicts for item in answer.items)


def test_two_articles_giving_different_figures_for_one_count_are_both_shown(kb: KnowledgeBase) -> None:
    answer = kb.answer("how many prisoners did Russia release?")
    (conflict,) = answer.items[0].conflicts
    figures = {"212", "221"}
    assert any(f in answer.items[0].citations[0].quote for f in figures)
    assert conflict.note.startswith("another article gives ") and {conflict.note.split()[3]} < figures
    assert conflict.quote in (NARVA_APRIL_9 + NARVA_APRIL_10)  # quoted verbatim like every citation


def test_conflicts_render_in_text_and_discord(kb: KnowledgeBase) -> None:
    from bot.render import answer_pages
    from bot.render_text import answer_to_text

    answer = kb.answer("how many prisoners did Russia release?")
    assert "⚠ sources differ: another article gives" in answer_to_text(answer, kb.articles)
    page = answer_pages(answer, kb.articles)[0]
    assert "⚠ sources differ" in (page.description or "")
    assert any("Tallinn Evening Courier" in field.name and "221" in field.value for field in page.fields) or any(
        "Baltic Ledger" in field.name and "212" in field.value for field in page.fields
    )


def test_two_ministries_for_one_person_at_the_same_time_are_both_shown(kb: KnowledgeBase) -> None:
    answer = kb.who("Olendska")
    first = answer.items[0]
    assert first.text.startswith("Marta Olendska")
    (conflict,) = first.conflicts
    assert "Minister" in conflict.note and conflict.article != first.citations[0].article
    assert conflict.quote in (NARVA_APRIL_9 + NARVA_APRIL_12)
    assert not kb.who("Kovalenko").items[0].conflicts  # one role, nothing to compare


def test_who_said_reads_reporting_verbs_and_quotes_that_go_on(kb: KnowledgeBase) -> None:
    described = kb.answer("who said 'bloodbath of nerves'?")
    assert described.items[0].text.startswith("Marta Olendska")  # "Olendska described the mood as ..."
    went_on = kb.answer("who said 'before the summer'?")
    first = went_on.items[0]
    assert first.text.startswith("Oleg Vatrushin") and first.label == "speaker from the sentence before"
    assert [c.quote for c in first.citations] == [
        '"The talks were a waste of time," he said.',
        '"We will not come back to Narva before the summer."',
    ]
