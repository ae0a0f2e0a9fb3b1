"""Questions as users phrase them, through the public API: intents, facts, typos, not-found, bad input."""

from __future__ import annotations

import pytest

from knowledge import Answer, Intent, KnowledgeBase


def _first_quotes(answer: Answer, top: int) -> list[str]:
    return [c.quote for item in answer.items[:top] for c in item.citations]


@pytest.mark.parametrize(
    ("question", "intent", "date", "quote_part"),
    [
        ("when did Rubio testify before the House?", Intent.TIMELINE, "2025-05-21", "May 21"),
        ("when did Trump announce he would call Putin?", Intent.TIMELINE, "2025-05-17", "Saturday"),
        ("when did Putin and Trump meet in Alaska?", Intent.TIMELINE, "2025-08-15", "Alaska"),
        ("when were the Istanbul talks scheduled to resume?", Intent.TIMELINE, "2025-05-15", "Thursday"),
        ("!timeline 2019", Intent.TIMELINE, "2019", "2019"),
        ("!timeline june", Intent.TIMELINE, "2025-06-02", "June 2"),
    ],
)
def test_timeline_answers(kb: KnowledgeBase, question: str, intent: Intent, date: str, quote_part: str) -> None:
    answer = kb.answer(question)
    assert answer.intent is intent and answer.found
    assert any(item.date == date and any(quote_part in c.quote for c in item.citations) for item in answer.items[:3])


def test_timeline_items_are_in_date_order(kb: KnowledgeBase) -> None:
    for question in ("!timeline", "!timeline Istanbul", "/timeline Trump", "!timeline 2025"):
        dates = [item.date for item in kb.answer(question).items]
        assert dates and all(dates) and dates == sorted(dates)  # type: ignore[type-var]


@pytest.mark.parametrize(
    ("question", "name", "role_part"),
    [
        ("!who Dmitry Peskov", "Dmitry Peskov", "spokesman"),
        ("!who Peskow", "Dmitry Peskov", "spokesman"),
        ("who is Zelenksy?", "Volodymyr Zelensky", "President"),
        ("who is Ukraine's president?", "Volodymyr Zelensky", "President"),
        ("who is the Kremlin spokesman?", "Dmitry Peskov", "spokesman"),
        ("who is JD Vance", "J.D. Vance", "Vice President"),
        ("who's Caroline Leavitt?", "Karoline Leavitt", "Press Secretary"),
        ("/who president of finland", "Alexander Stubb", "President"),
    ],
)
def test_who_answers(kb: KnowledgeBase, question: str, name: str, role_part: str) -> None:
    answer = kb.answer(question)
    assert answer.intent is Intent.WHO and answer.found
    assert answer.items[0].text.startswith(name) and role_part in answer.items[0].text
    assert answer.items[0].citations


@pytest.mark.parametrize("question", ["who is Sergei Shoigu?", "!who Mark Rutte", "!who Olaf Scholz"])
def test_people_not_in_the_articles_are_not_found(kb: KnowledgeBase, question: str) -> None:
    answer = kb.answer(question)
    assert not answer.found and not answer.items
    assert answer.message and "do not mention" in answer.message


def test_not_found_offers_close_names(kb: KnowledgeBase) -> None:
    answer = kb.answer("!who Sergey Lavrenko")
    assert not answer.found and "Sergey Lavrov" in answer.suggestions


@pytest.mark.parametrize(
    ("question", "party", "quote_part"),
    [
        ("!demands ukraine", "Ukraine", "ceasefire"),
        ("!demands Ukriane", "Ukraine", "ceasefire"),
        ("what is Kyiv asking for?", "Ukraine", "ceasefire"),
        ("what does Moscow demand about Crimea?", "Russia", "Crimea"),
        ("!demands united states", "United States", "dialogue"),
        ("what are Putin's preconditions?", "Russia", "NATO"),
    ],
)
def test_demand_answers(kb: KnowledgeBase, question: str, party: str, quote_part: str) -> None:
    answer = kb.answer(question)
    assert answer.intent is Intent.DEMANDS and answer.found
    assert all(item.text.startswith(party) for item in answer.items)
    assert any(quote_part in q for q in _first_quotes(answer, 5))


def test_demands_for_a_party_with_none_is_not_found(kb: KnowledgeBase) -> None:
    answer = kb.answer("!demands China")
    assert not answer.found and "Russia" in answer.suggestions


@pytest.mark.parametrize(
    ("question", "quote_part"),
    [
        ("what did Lavrov tell NBC?", "NBC News"),
        ("what did Peskov say about diplomacy?", "diplomatic methods"),
        ("what did Leavitt say?", "tired and frustrated"),
        ("which leaders did Trump inform after his call with Putin?", "so informed"),
    ],
)
def test_free_questions_find_the_sentence(kb: KnowledgeBase, question: str, quote_part: str) -> None:
    answer = kb.answer(question)
    assert answer.found
    assert any(quote_part in q for q in _first_quotes(answer, 3))


@pytest.mark.parametrize("question", ["what did Shoigu say about Crimea?", "what did Olaf Scholz tell CNN?"])
def test_free_questions_about_unknown_names_are_not_answered(kb: KnowledgeBase, question: str) -> None:
    assert not kb.answer(question).found


@pytest.mark.parametrize(
    "question",
    ["", "   ", "🙂🔥🇺🇦", "x" * 10_000, "**__~~||", "@everyone", "<@123456789>"],
)
def test_bad_input_gets_a_message_not_an_exception(kb: KnowledgeBase, question: str) -> None:
    answer = kb.answer(question)
    assert not answer.found and answer.message
    assert len(answer.query) <= 200


def test_markdown_and_mentions_are_stripped_before_answering(kb: KnowledgeBase) -> None:
    answer = kb.answer("@everyone **who is** <@123> `Peskov`?")
    assert answer.found and answer.items[0].text.startswith("Dmitry Peskov")


def test_help_describes_the_corpus(kb: KnowledgeBase) -> None:
    answer = kb.answer("!help")
    assert answer.intent is Intent.HELP and "5 articles" in answer.items[0].text


def test_a_month_timeline_is_not_crowded_out_by_year_level_events(tmp_path) -> None:
    from knowledge import load_articles

    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(60):
        (folder / f"year{n:02d}.txt").write_text(f"date: 2025-03-05\n\nThe delegations {n} last met in 2019.\n")
    (folder / "march.txt").write_text("date: 2025-03-05\n\nThe delegations met in Geneva on Monday.\n")
    answer = KnowledgeBase(load_articles(folder).articles).answer("!timeline march")
    assert answer.found and [item.date for item in answer.items] == ["2025-03-03"]


def test_a_full_name_in_a_question_means_that_person_only(kb: KnowledgeBase) -> None:
    people = kb.context.lookup.in_question("what did Vladimir Putin say to J.D. Vance?")
    assert [p.name for p in people] == ["Vladimir Putin", "J.D. Vance"]
