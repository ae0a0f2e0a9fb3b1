"""Each class of answer the rewording issue names, on sentences written for these tests (invented people, places
and events; real countries, since a party is a country): facts re-rank but never veto, dates, roles and parties,
not covered, and items a reader can read."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from knowledge import Intent, KnowledgeBase, load_articles
from knowledge.actors import parties_in
from knowledge.answering.question import _counted, frame_words
from knowledge.answering.said import spoken_on
from knowledge.answering.subjects import question_subject
from knowledge.extract.dates import find_dates
from knowledge.extract.events import clause_around, extract_events
from knowledge.extract.people import find_names
from knowledge.lexicon import without_phrasal_verbs
from knowledge.models import Article
from knowledge.sentences import split_article
from knowledge.text import stem, stems

HARBOUR = """date: 2026-06-12
source: Coastal Courier
title: Estonian and Georgian envoys agree on harbour inspections

Estonian Prime Minister Maret Kivisild and Georgian envoy Levan Datuashvili agreed on Wednesday to open the Pernavi harbour to joint inspections.

The meeting on Wednesday took place in Pernavi between Kivisild, Datuashvili and the mayor, Tiit Orula.

According to the prime minister, Datuashvili has "the patience of a fisherman".

Navy Secretary Anna Holtsmark, of Estonia, said the inspections would begin in mid-July.

The two sides first discussed inspections in March last year.

Georgia wants Estonia to share the inspection logs before any ferry traffic resumes.

The Holy See offered to host the next round, a Vatican spokesman said.

Gela Tsomaia, Georgian President Nino Abashidze's special envoy for the Black Sea, joined the talks by video.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    folder: Path = tmp_path_factory.mktemp("classes") / "corpus"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    loaded = load_articles(folder)
    assert not loaded.problems
    return KnowledgeBase(loaded.articles)


def _corpus(tmp_path: Path, articles: dict[str, str]) -> KnowledgeBase:
    """A knowledge base over articles written for a test, by file name."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return KnowledgeBase(load_articles(folder).articles)


def _knowledge(tmp_path: Path, name: str, text: str) -> KnowledgeBase:
    """A knowledge base over one article written for a test."""
    return _corpus(tmp_path, {name: text})


def _answered_first(knowledge: KnowledgeBase, questions: tuple[str, ...], phrase: str) -> None:
    """Under every wording, the first item holds ``phrase`` and is an answer, not a closest sentence."""
    for question in questions:
        answer = knowledge.answer(question)
        assert phrase in answer.items[0].text and answer.items[0].label is None, (
            question,
            answer.message,
            [(i.label, i.text) for i in answer.items],
        )


def _dated_first(knowledge: KnowledgeBase, questions: tuple[str, ...], day: str) -> None:
    """Under every wording, the first item is dated ``day``."""
    for question in questions:
        answer = knowledge.answer(question)
        assert answer.items[0].date == day, (question, [(i.label, i.date, i.text) for i in answer.items])


# ----- facts re-rank, never veto --------------------------------------------------------------------------------


def test_a_when_answer_is_the_dated_clause_even_when_the_asked_about_person_is_not_its_subject(
    kb: KnowledgeBase,
) -> None:
    # "The meeting on Wednesday took place in Pernavi between Kivisild, Datuashvili and the mayor"
    answer = kb.answer("when did Orula meet Datuashvili?")
    assert answer.found and answer.items[0].date == "2026-06-10", answer.items[:1]


def test_a_positions_question_outside_the_issues_answers_with_labelled_sentences(kb: KnowledgeBase) -> None:
    answer = kb.answer("where does Georgia stand on the harbour inspections?")
    assert answer.found and answer.intent is Intent.POSITIONS
    assert all(item.label == "closest sentence" for item in answer.items)
    assert any("inspection" in item.text for item in answer.items[:3])


def test_a_role_nobody_was_extracted_to_hold_answers_with_labelled_sentences(kb: KnowledgeBase) -> None:
    answer = kb.answer("who heads the harbour inspections?")
    assert answer.found and all(item.label == "closest sentence" for item in answer.items)


# ----- dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The deal was first floated in March last year.", "2025-03-01", "2025-03-31"),
        ("A summit is planned for mid-June.", "2026-06-01", "2026-06-30"),
        ("They met in early January.", "2026-01-01", "2026-01-31"),
        ("The truce will hold until June next year.", "2027-06-01", "2027-06-30"),
        ("By the end of November the talks had stalled.", "2025-11-01", "2025-11-30"),
    ],
)
def test_month_phrases_resolve_to_one_month(sentence: str, start: str, end: str) -> None:
    (mention,) = find_dates(sentence, dt.date(2026, 2, 12))  # one expression, never two readings
    assert (mention.date.start.isoformat(), mention.date.end.isoformat()) == (start, end)


def test_a_month_of_last_year_is_listed_once_under_that_month(kb: KnowledgeBase) -> None:
    answer = kb.answer("!timeline 2025")
    dated = [item.date for item in answer.items if "first discussed inspections" in item.text]
    assert dated == ["2025-03"]


# ----- roles and parties ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Lead Moldovan negotiator Ion Varzaru arrived.", "Ion Varzaru", "Lead Moldovan negotiator"),
        ("Navy Secretary Anna Holtsmark testified.", "Anna Holtsmark", "Navy Secretary"),
        (
            "The head of the State Harbour Agency (known as SHA) Tiit Orula spoke.",
            "Tiit Orula",
            "head of the State Harbour Agency",
        ),
    ],
)
def test_a_title_before_a_name_is_its_role(sentence: str, name: str, role: str) -> None:
    found = {m.name: m.role for m in find_names(sentence)}
    assert found.get(name) == role, found


def test_a_possessive_apposition_gives_the_role_and_a_cited_title_is_nobodys_role() -> None:
    found = {m.name: m.role for m in find_names(HARBOUR.split("\n\n")[-1])}
    assert found.get("Gela Tsomaia", "").endswith("special envoy for the Black Sea"), found
    found = {m.name: m.role for m in find_names('According to the prime minister, Datuashvili has "patience".')}
    assert found.get("Datuashvili") is None, found


@pytest.mark.parametrize(
    "wording", ["who is Estonia's prime minister?", "Estonian PM?", "who leads the Estonian government?"]
)
def test_a_role_question_for_any_country_names_that_countrys_holder(kb: KnowledgeBase, wording: str) -> None:
    answer = kb.answer(wording)
    assert answer.found and answer.items[0].text.startswith("Maret Kivisild"), (wording, answer.items[:1])


@pytest.mark.parametrize("wording", ["who is Latvia's prime minister?", "Latvian PM?", "Belgium's president?"])
def test_a_role_question_for_a_country_nobody_holds_it_for_never_names_another(kb: KnowledgeBase, wording: str) -> None:
    answer = kb.answer(wording)
    assert not any(item.text.startswith("Maret Kivisild") and item.label is None for item in answer.items)


def test_an_institution_is_its_own_party(kb: KnowledgeBase) -> None:
    from knowledge.actors import parties_in

    assert [p for _, _, p in parties_in("The Holy See and the coalition of the willing")] == [
        "Vatican",
        "Coalition of the Willing",
    ]
    answer = kb.answer("what does Georgia want from Estonia?")
    assert answer.found and "inspection logs" in answer.items[0].text


# ----- not covered ----------------------------------------------------------------------------------------------


def test_a_question_about_a_thing_never_reported_is_not_covered(kb: KnowledgeBase) -> None:
    for wording in (
        "when was the fishing quota deal signed?",
        "who signed the fishing quota deal?",
        "how many tugboats does the Pernavi harbour have?",  # counts what no article names
    ):
        assert not kb.answer(wording).found, wording


# ----- items a reader can read ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word", "clause"),
    [
        (
            "Officials said that the talks, which began on Friday night, lasted nine hours.",
            "Friday",
            "the talks, which began on Friday night, lasted nine hours.",
        ),
        (
            "The envoys met in Pernavi, and they agreed on Monday to resume talks.",
            "Monday",
            "they agreed on Monday to resume talks.",
        ),
    ],
)
def test_a_clause_read_alone_never_opens_with_which_or_and(sentence: str, word: str, clause: str) -> None:
    assert clause_around(sentence, sentence.index(word)) == clause


def test_timeline_items_never_open_with_a_joining_or_relative_word(kb: KnowledgeBase) -> None:
    for item in kb.answer("!timeline").items:
        assert item.text.split()[0].lower() not in {"and", "but", "which", "who"}, item.text


def test_a_leading_pronoun_is_shown_as_the_person_it_stands_for(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Envoy's visits

Georgian envoy Levan Datuashvili visited Tallinn in April.

He last met Kivisild on May 14, officials said.
"""
    kb = _knowledge(tmp_path, "visits.txt", text)
    (item,) = [i for i in kb.answer("!timeline May").items if i.date == "2026-05-14"]
    assert item.text.startswith("[Datuashvili] last met Kivisild on May 14")
    assert item.citations[0].quote == "He last met Kivisild on May 14, officials said."


def test_a_photo_caption_is_not_an_event() -> None:
    from knowledge.extract.events import extract_events
    from knowledge.models import Article
    from knowledge.sentences import split_article

    body = (
        "Estonian Secretary of the Navy Anna Holtsmark testifies before the committee on May 21, 2025 in Tallinn.\n\n"
        "Holtsmark met the committee on May 21, 2025 in Tallinn to present the inspection plan.\n"
    )
    article = Article(id="caption", published=dt.date(2025, 5, 22), text=body)
    events = extract_events(article, split_article("caption", body))
    assert [e.text[:9] for e in events] == ["Holtsmark"]


def test_a_speaker_the_sentence_names_is_never_called_unnamed(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Harbour statement

"The inspections are a useful start," the Pernavi Harbour Board said on Tuesday.
"""
    kb = _knowledge(tmp_path, "board.txt", text)
    answer = kb.answer("who said the inspections are a useful start?")
    assert answer.found and not answer.items[0].text.startswith("Speaker not named"), answer.items[0].text


def test_a_month_of_the_same_year_takes_the_year_the_sentence_named() -> None:
    found = find_dates(
        "In 2019, she became deputy director, and in May of the same year, its head.", dt.date(2026, 1, 2)
    )
    assert [m.date.iso for m in found] == ["2019", "2019-05"]


def test_a_speaker_named_by_title_alone_is_the_one_person_the_article_gave_that_title(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Harbour chief named

Estonian President Kaarel Tamm appointed Tiit Orula, the head of the Harbour Office, as envoy.

According to the president, Orula has "the patience of a fisherman".
"""
    kb = _knowledge(tmp_path, "chief.txt", text)
    answer = kb.answer("who said Orula has the patience of a fisherman?")
    assert answer.found and answer.items[0].text.startswith("Kaarel Tamm"), answer.items[0].text


def test_equally_rare_words_each_tell_a_when_question(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Coastal Courier
title: Sanctions on two shipping firms

The administration on Wednesday announced sanctions against Latvia.

They target Kurzeme Lines and Daugava Freight, the two largest shipping firms.
"""
    kb = _knowledge(tmp_path, "ships.txt", text)
    answer = kb.answer("when were the Kurzeme and Daugava sanctions announced?")
    assert answer.items[0].date == "2026-05-20", answer.items[:1]


def test_a_past_when_question_is_not_answered_by_the_day_a_plan_was_told(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Envoys talk by phone

Kivisild announced on Saturday that she would speak with Datuashvili by phone.

Kivisild and Datuashvili held a telephone conversation on Monday about the inspections.
"""
    kb = _knowledge(tmp_path, "phone.txt", text)
    assert kb.answer("when did Kivisild and Datuashvili speak?").items[0].date == "2026-05-18"


def test_the_picture_lane_is_who_acts_never_the_city_it_happened_in(kb: KnowledgeBase) -> None:
    from knowledge.answering.timeline import acting_party

    with kb.store.snapshot():
        lane = acting_party(kb.context, "The meeting in Tbilisi between Kivisild and the mayor took place on Monday.")
    assert lane == "Estonia"


def test_news_with_a_full_date_and_a_city_is_not_a_caption() -> None:
    from knowledge.extract.events import _is_photo_caption

    assert _is_photo_caption("Estonian Prime Minister Maret Kivisild speaks to reporters on May 21, 2025 in Tallinn.")
    for news in (
        "Georgian officials met Estonian delegates on March 11, 2026, in Pernavi.",
        "The talks on May 16, 2025 in Pernavi lasted under two hours.",
        "Estonian and Georgian negotiators held talks on May 16, 2025, in Pernavi.",
    ):
        assert not _is_photo_caption(news), news


def test_a_pronoun_after_two_people_is_not_guessed(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Envoys meet

Maret Kivisild met Levan Datuashvili in Pernavi on Monday.

She said talks would resume on Thursday, May 21.
"""
    kb = _knowledge(tmp_path, "two.txt", text)
    items = [i for i in kb.answer("!timeline May").items if i.date == "2026-05-21"]
    assert items and not items[0].text.startswith("["), items[0].text


@pytest.mark.parametrize(
    ("wording", "intent"),
    [
        ("Who called Kivisild?", Intent.SEARCH),  # a phone call, not words
        ("who called the inspections a useful start?", Intent.SAID),
        ("What did Kivisild say in the Harbour Office?", Intent.SEARCH),  # not her job
        ("What was the title of the inspection plan?", Intent.SEARCH),
        ("Which country hosted the talks on the first day?", Intent.SEARCH),  # no date asked
        ("What did the Estonian prime minister say about the harbour?", Intent.SEARCH),  # names a role, asks words
    ],
)
def test_cue_words_in_other_roles_do_not_change_the_intent(kb: KnowledgeBase, wording: str, intent: Intent) -> None:
    assert kb.read(wording).intent is intent
    answer = kb.answer(wording)
    assert not (answer.intent is Intent.WHO and answer.items and answer.items[0].text.startswith("Maret Kivisild"))


def test_a_generic_modifier_never_makes_a_question_not_covered(kb: KnowledgeBase) -> None:
    assert kb.answer("when did the Estonian and Georgian peace envoys agree on inspections?").found


def test_a_party_speaking_after_a_phrase_of_time_is_named_as_the_party(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Georgia studies the plan

On Tuesday Georgia said it would study the inspection plan.
"""
    kb = _knowledge(tmp_path, "study.txt", text)
    answer = kb.answer("who said they would study the inspection plan?")
    assert answer.items[0].text.startswith("Georgia: "), answer.items[0].text


def test_timeline_items_that_would_open_with_which_or_and_are_read_from_their_noun(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Coastal Courier
title: Harbour talks

Officials said that the harbour talks, which began on Tuesday, lasted nine hours.

The envoys met in Pernavi, and they agreed on Wednesday to resume the inspections.
"""
    kb = _knowledge(tmp_path, "clauses.txt", text)
    texts = [item.text for item in kb.answer("!timeline May").items]
    assert "the harbour talks, which began on Tuesday, lasted nine hours." in texts, texts
    assert all(t.split()[0].lower() not in {"and", "but", "which", "who"} for t in texts), texts


def test_a_count_no_sentence_gives_is_labelled_and_said_so(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Inspections at Pernavi

Inspectors from Georgia checked the Pernavi harbour cranes on Tuesday.
"""
    kb = _knowledge(tmp_path, "cranes.txt", text)
    count = kb.answer("how many cranes were checked at the Pernavi harbour?")
    assert count.found and count.message == "No sentence gives the number asked for."
    assert all(item.label == "closest sentence" for item in count.items)


def test_a_title_without_a_country_is_that_countrys_when_only_its_holders_sentences_name_it(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Premiers speak

Prime Minister Aarav Mehtani told reporters that India would stay on the side of peace.

Prime Minister Olek Danyliw said the harbour talks would go on.
"""
    kb = _knowledge(tmp_path, "premiers.txt", text)
    answer = kb.answer("Indian PM?")
    assert answer.found and answer.items[0].text.startswith("Aarav Mehtani"), answer.items[:1]
    assert "do not say outright whose" in (answer.message or "")
    assert not kb.answer("Latvian PM?").items or kb.answer("Latvian PM?").items[0].label == "closest sentence"


def test_a_speaker_named_by_a_countrys_title_is_that_countrys_holder(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Coastal Courier
title: Presidents talk

Estonian President Kaarel Tamm and Georgian President Nino Abashidze met on Monday.

"We are very much on course," the Estonian president said on Tuesday.
"""
    kb = _knowledge(tmp_path, "presidents.txt", text)
    answer = kb.answer('who said "very much on course"?')
    assert answer.items[0].text.startswith("Kaarel Tamm"), answer.items[0].text


def test_a_persons_stance_whose_party_states_none_is_never_the_other_parties_matrix(kb: KnowledgeBase) -> None:
    answer = kb.answer("Datuashvili's stance on a ceasefire?")
    assert all(item.label == "closest sentence" for item in answer.items), answer.items[:1]


def test_a_sentence_with_two_dates_answers_with_the_one_written_near_what_is_asked(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Coastal Courier
title: Two calls

"On May 20, a phone conversation was held between Maret Kivisild and Levan Datuashvili to follow up the May 16 phone conversation between Kaarel Tamm and Nino Abashidze," the ministry said.
"""
    kb = _knowledge(tmp_path, "calls.txt", text)
    assert kb.answer("Kivisild Datuashvili call date?").items[0].date == "2026-05-20"
    assert kb.answer("Tamm Abashidze call date?").items[0].date == "2026-05-16"


def test_a_word_opening_a_sentence_is_no_person() -> None:
    assert not any(m.is_person for m in find_names("So, the President and I had a conversation."))


# ----- answer types named by a noun ("the outcome of", "the reason for") --------------------------------------------

PREVIEW = """date: 2026-03-02
source: Lakeside Ledger
title: Leaders to meet in Tarnovo on Friday

The long-planned summit between Chilean President Ana Rivas and Kenyan President Daniel Kiprop will take place on Friday in Tarnovo.

It is unclear whether the Tarnovo summit will include the fisheries ministers.

The city council postponed a vote on the harbour levy because the auditors had not finished their report.

A separate ferry levy was postponed last year.
"""


def test_an_outcome_nobody_reports_is_said_so_over_the_previews_of_the_event(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "preview.txt", PREVIEW)
    for wording in (
        "what was the outcome of the Tarnovo summit?",
        "how did the Tarnovo summit end?",
        "Tarnovo summit outcome?",
    ):
        answer = kb.answer(wording)
        assert answer.found, wording  # search found the summit: shown, never vetoed ...
        assert answer.message == "No sentence gives the outcome asked for.", wording  # ... but said to be no outcome


def test_a_reported_outcome_answers_an_outcome_question(tmp_path: Path) -> None:
    text = PREVIEW.replace("date: 2026-03-02", "date: 2026-03-09") + (
        "\nThe Tarnovo summit ended without a fisheries agreement, officials said.\n"
    )
    answer = _knowledge(tmp_path, "after.txt", text).answer("what came of the Tarnovo summit?")
    assert answer.message is None
    assert "ended without a fisheries agreement" in answer.items[0].citations[0].quote


def test_a_why_question_ranks_the_sentence_giving_a_reason_first(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "preview.txt", PREVIEW)
    for wording in (
        "why was the levy vote postponed?",
        "reason the levy vote was put off?",
        "what was the reason for deferring the levy vote",
    ):
        answer = kb.answer(wording)
        assert "because the auditors" in answer.items[0].citations[0].quote, wording


# ----- roles: the post given now, past titles, whose role it is ------------------------------------------------------

CABINET = """date: 2026-09-03
source: Northern Wire
title: Kenya reshuffles its negotiators

On Monday, President Daniel Kiprop appointed former Trade Minister Wanjiru Mwangi as Secretary of the Maritime Security and Boundaries Council, replacing Otieno Barasa.

Mwangi was named as head of the boundary delegation last spring.

The delegation will be led by Rodrigo Fuentes, who took part in the Lima talks in 2022.

Fuentes told reporters that Chile expected a map by October.
"""


def test_a_post_someone_is_appointed_to_is_their_role() -> None:
    roles = {m.name: m.role for m in find_names(CABINET.splitlines()[4])}
    assert roles["Wanjiru Mwangi"] == "Secretary of the Maritime Security and Boundaries Council"
    named = {m.name: m.role for m in find_names("Mwangi was named as head of the boundary delegation last spring.")}
    assert named["Mwangi"] == "head of the boundary delegation"
    both = {
        m.name: m.role for m in find_names("Kiprop nominated Ada Otieno as chief negotiator and Lia Moss as deputy.")
    }
    assert both["Ada Otieno"] == "chief negotiator" and both["Lia Moss"] == "deputy"
    assert {m.name: m.role for m in find_names("They see Ada Otieno as a partner.")}["Ada Otieno"] is None


def test_a_past_title_does_not_answer_who_holds_the_role_now(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "cabinet.txt", CABINET)
    assert not kb.answer("who is Kenya's trade minister?").items[0].text.startswith("Wanjiru Mwangi")
    job = kb.answer("Mwangi job?").items[0].text
    assert job.startswith("Wanjiru Mwangi — Secretary of the Maritime Security and Boundaries Council"), job


def test_a_holder_whose_own_sentences_point_to_another_country_is_not_that_countrys(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "cabinet.txt", CABINET)
    answer = kb.answer("who heads Kenya's delegation?")  # Fuentes leads the Chilean one; Kenya's is not said
    assert not (answer.items and answer.items[0].text.startswith("Rodrigo Fuentes")), answer.items[0].text
    assert answer.message and answer.message.startswith("No one is named as head of Kenya's delegation")
    chile = kb.answer("who heads the Chilean delegation?")
    assert chile.items[0].text.startswith("Rodrigo Fuentes")


# ----- a thing the question names narrows demands and positions ("the Easter truce", not any truce) -----------------

TRUCES = {
    "spring.txt": """date: 2026-05-02
source: Harbour Herald
title: Georgia and Estonia agree a grain ceasefire

Georgia demanded the withdrawal of Estonian patrol boats before any ceasefire.

Georgia supports a ceasefire along the coast, its envoy Levan Datuashvili said.
""",
    "feast.txt": """date: 2026-05-20
source: Baltic Bulletin
title: Georgia declares Vardoba truce

Georgian President Nino Abashidze declared a Vardoba truce on Tuesday, saying she expected Estonia to follow her example.

Estonian officials said they would abide by the Vardoba truce as long as Georgia did.
""",
}


@pytest.fixture(scope="module")
def truces(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("truces"), TRUCES)


def test_a_demand_on_another_truce_is_no_answer_about_the_named_one(truces: KnowledgeBase) -> None:
    answer = truces.answer("What did Georgia demand of Estonia during the Vardoba truce?")
    quotes = [c.quote for item in answer.items for c in item.citations]
    assert "patrol boats" not in quotes[0]  # the spring demand is about another ceasefire
    assert any("Vardoba" in q for q in quotes[:3])
    assert answer.items[0].label == "closest sentence"


def test_a_position_on_another_truce_is_no_answer_about_the_named_one(truces: KnowledgeBase) -> None:
    answer = truces.answer("What is Georgia's position on the Vardoba ceasefire?")
    assert "Vardoba" in (answer.message or "")
    assert all(item.label == "closest sentence" for item in answer.items)
    assert "along the coast" not in answer.items[0].citations[0].quote
    plain = truces.answer("What is Georgia's position on the ceasefire?")  # no truce named: the position answers
    assert plain.items[0].label is None and "ceasefire" in plain.items[0].citations[0].quote


# ----- numbers, amounts and counts -----------------------------------------------------------------------------------

SUMMIT = """date: 2026-10-07
source: Alpine Gazette
title: Andorra hosts a fisheries summit

The fisheries summit in Andorra la Vella opened at 5 p.m. on October 6 with a speech by Chilean President Ana Rivas.

A meeting of the fisheries coalition involving 19 countries is taking place in the Andorran capital on Tuesday.

The coalition is to be responsible for forming joint patrol fleets.

Chile pledged €40 million for the patrol fleets, Rivas said.
"""


def test_a_count_next_to_the_thing_counted_answers_how_many(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "summit.txt", SUMMIT)
    for wording in ("how many countries are in the fisheries coalition?", "how many countries at the summit"):
        answer = kb.answer(wording)
        assert "19 countries" in answer.items[0].citations[0].quote, wording


def test_a_time_or_a_day_is_no_count(tmp_path: Path) -> None:
    text = SUMMIT.replace("involving 19 countries ", "")
    answer = _knowledge(tmp_path, "summit.txt", text).answer("how many speeches opened the fisheries summit?")
    assert answer.message == "No sentence gives the number asked for."  # "5 p.m. on October 6" counts nothing


def test_a_how_much_question_wants_an_amount(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "summit.txt", SUMMIT)
    answer = kb.answer("how much money will Chile spend on the patrol fleets?")
    assert "€40 million" in answer.items[0].citations[0].quote and answer.message is None
    none = kb.answer("how much will the coalition spend on forming patrol fleets?")
    assert none.items[0].citations[0].quote.startswith("Chile pledged") or none.message == (
        "No sentence gives the amount asked for."
    )
    text = SUMMIT.replace("pledged €40 million for", "will spend on")
    (tmp_path / "2").mkdir()
    missing = _knowledge(tmp_path / "2", "summit.txt", text).answer("how much will Chile spend on the patrol fleets?")
    assert missing.message == "No sentence gives the amount asked for."


# ----- a name and its acronym are one thing ---------------------------------------------------------------------

ACRONYMS = """date: 2026-08-14
source: Danube Daily
title: Talks on the Iron Gate HPP resume in Vienna

Slovak envoy Marek Hudak was appointed Chair of the Joint Water and Energy Commission (JWEC) on August 3.

On August 10, the river shipping board met in Vienna to discuss the hydro power plant.

On August 12, the Joint Water and Energy Commission met in Vienna to discuss the hydro power plant.

Hudak would also visit Belgrade, according to DH sources.

DH wrote that Serbia wanted a share of the plant's output.
"""


def test_an_acronym_defined_in_an_article_finds_the_spelled_out_name(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "danube.txt", ACRONYMS)
    for wording in ("when did the JWEC meet in Vienna?", "JWEC Vienna meeting date?"):
        answer = kb.answer(wording)
        assert answer.items[0].date == "2026-08-12", wording


def test_a_name_finds_the_initials_the_articles_write_instead(tmp_path: Path) -> None:
    answer = _knowledge(tmp_path, "danube.txt", ACRONYMS).answer("what did the Danube Herald write about Serbia?")
    assert "Serbia wanted a share" in answer.items[0].citations[0].quote


def test_a_word_only_a_headline_uses_is_no_unknown_name(tmp_path: Path) -> None:
    answer = _knowledge(tmp_path, "danube.txt", ACRONYMS).answer("who met in Vienna to discuss the HPP?")
    assert answer.found and "do not mention" not in (answer.message or "")
    assert "met in Vienna" in answer.items[0].citations[0].quote


# ----- a statement is dated by the day it was made ---------------------------------------------------------------


def test_a_statement_is_dated_when_it_was_made_not_when_it_was_published(tmp_path: Path) -> None:
    published = dt.date(2026, 3, 20)
    assert spoken_on("On March 17, Okafor said the names would follow.", published) == "2026-03-17"
    assert spoken_on("Okafor said on Wednesday that the port would reopen on March 30.", published) == "2026-03-18"
    assert spoken_on("Okafor said the port would reopen on March 30.", published) == "2026-03-20"  # what, not when
    assert spoken_on("Okafor said the talks of March 2 were useful.", published) == "2026-03-20"
    assert (
        spoken_on("While others waited, envoy Ada Okafor on Wednesday said it was positive.", published) == "2026-03-18"
    )
    assert spoken_on("Lagos was struck on Monday, Okafor said.", published) == "2026-03-20"  # the strike's day
    text = "date: 2026-03-20\nsource: Gulf Post\ntitle: Port talks\n\nOn March 17, Nigerian envoy Ada Okafor said the names would follow.\n"
    answer = _knowledge(tmp_path, "port.txt", text).answer("what did Okafor say about the names?")
    assert answer.items[0].date == "2026-03-17"


# ----- what is new on a topic since a day --------------------------------------------------------------------------

NEWS = {
    "early.txt": """date: 2026-04-02
source: Fjord Times
title: Norway and Iceland open fishing talks

Norwegian negotiator Ola Berge met Icelandic envoy Gudrun Olafsdottir in Tromso on April 1.

Separately, Iceland's parliament approved the harbour budget on April 1.
""",
    "late.txt": """date: 2026-04-20
source: Fjord Times
title: Berge says fishing talks are close to a deal

Berge remains the key figure in the fishing talks, officials say.

Iceland's parliament set aside funds for 2027 and 2028 to cover the harbour upgrade.
""",
}


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("news"), NEWS)


def test_whats_new_on_a_topic_since_a_day_is_about_the_topic(news: KnowledgeBase) -> None:
    for wording in (
        "anything new on Berge since April 10?",
        "what happened since April 10 with Berge",
        "Berge developments since April 10",
    ):
        answer = news.answer(wording)
        assert answer.intent is Intent.SINCE, wording
        quotes = [c.quote for item in answer.items for c in item.citations]
        assert quotes and all("Berge" in q for q in quotes), wording  # never the parliament's budget
        assert answer.items[0].date == "2026-04-20" and answer.items[0].label == "reported that day"


def load_articles_text(name: str, text: str) -> Article:
    """One article read from text, as the loader reads a file."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_text(text, encoding="utf-8")
        return load_articles(Path(folder)).articles[0]


def test_the_years_a_budget_is_for_are_no_event() -> None:
    article = load_articles_text("late.txt", NEWS["late.txt"])
    sentences = split_article(article.id, article.text, article.body_start)
    assert not [e for e in extract_events(article, sentences) if e.date.iso in ("2027", "2028")]


def test_a_when_answer_lists_a_sentence_once(tmp_path: Path) -> None:
    text = (
        "date: 2026-12-12\nsource: Andes Wire\ntitle: Peru declares a harvest truce\n\n"
        "Peruvian President Rosa Quispe ordered a halt to border patrols from Saturday evening through Sunday, "
        "declaring a harvest truce.\n"
    )
    answer = _knowledge(tmp_path, "truce.txt", text).answer("when does the harvest truce end?")
    quotes = [item.citations[0].quote for item in answer.items]
    assert len(quotes) == len(set(quotes))
    assert answer.items[0].date == "2026-12-13"


def test_the_side_asked_is_not_the_side_demanding_when_the_subject_names_another() -> None:
    text = (
        "date: 2026-01-06\nsource: Paris Brief\ntitle: Harbour League drafts its requests\n\n"
        "The Coalition of the Willing has prepared a draft calling for Norway to commit ships to the patrols.\n"
        "Norway demanded that the coalition pay for fuel.\n"
    )
    kb = _knowledge(Path(tempfile.mkdtemp()), "alliance.txt", text)
    answer = kb.answer("what does the coalition draft want from Norway?")
    assert "commit ships" in answer.items[0].citations[0].quote


def test_two_named_things_in_one_sentence_answer_though_the_verb_differs(tmp_path: Path) -> None:
    kb = _corpus(
        tmp_path,
        {
            "muscat.txt": (
                "date: 2026-02-17\nsource: Gulf Daily\ntitle: Envoy in Muscat\n\n"
                "Chilean envoy Ana Rivas arrived in Muscat on Monday on a previously planned trip.\n"
            ),
            "border.txt": (
                "date: 2026-02-18\nsource: Andes Wire\ntitle: Border talks\n\nThe land dispute was discussed at length.\n"
            ),
        },
    )
    answer = kb.answer("What date did Rivas dock in Muscat?")
    assert answer.found and answer.items[0].date == "2026-02-16"
    assert answer.items[0].label == "closest sentence"  # "arrived" is not "dock": near, and said so
    # (landing in a place is arriving there: ``lexicon._LANDED``)
    landed = kb.answer("What date did Rivas land in Muscat?")
    assert landed.items[0].date == "2026-02-16" and landed.items[0].label is None, landed.items[:1]


def test_a_stance_on_another_part_of_an_issue_is_not_the_stance_asked_about(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-02\nsource: Valley Post\ntitle: Georgia rejects Estonian dam plan\n\n"
        "Georgia is demanding control of the entire Kodori valley as part of any settlement.\n\n"
        "Georgia has rejected an Estonian plan to run the Kodori dam for both sides.\n"
    )
    kb = _knowledge(tmp_path, "dam.txt", text)
    answer = kb.answer("What is Georgia's stance on the Estonian plan for the Kodori dam?")
    assert "rejected an Estonian plan" in answer.items[0].citations[0].quote


def test_a_cause_in_other_words_answers_why(tmp_path: Path) -> None:
    text = (
        "date: 2026-07-30\nsource: Port Gazette\ntitle: Mwangi moved to the council\n\n"
        "On July 18, President Daniel Kiprop appointed Wanjiru Mwangi as Secretary of the Harbour Council.\n\n"
        "The decision to move Mwangi to the Harbour Council was driven by the need to strengthen the delegation.\n"
    )
    answer = _knowledge(tmp_path, "council.txt", text).answer("Why was Mwangi moved to the harbour council?")
    assert "driven by the need" in answer.items[0].citations[0].quote


def test_going_to_an_event_is_travelling_there() -> None:
    assert without_phrasal_verbs("Is Okafor going to the Lagos talks?") == "Is Okafor travelling to the Lagos talks?"
    assert without_phrasal_verbs("Is Okafor going to meet Rivas?") == "Is Okafor going to meet Rivas?"


# ----- who acts: a country's name is no person, a spokesperson is not their boss, a relative clause has its own -----


def test_the_end_of_a_countrys_name_is_no_person() -> None:
    names = [m.name for m in find_names("Okafor met the President of the United States Ada Rivas on Monday.")]
    assert "States" not in " ".join(names) and "Ada Rivas" in names


def test_a_persons_spokesperson_speaking_is_not_the_person(tmp_path: Path) -> None:
    text = (
        "date: 2026-05-02\nsource: Lake Post\ntitle: Talks in Kisumu\n\n"
        "Kenyan President Daniel Kiprop met Ugandan envoy Ruth Akello in Kisumu.\n\n"
        "Kiprop’s spokesperson said the talks lasted six hours.\n"
    )
    answer = _knowledge(tmp_path, "kisumu.txt", text).answer("what did Kiprop say about the talks?")
    assert not any(
        (item.text or "").startswith("Daniel Kiprop") and "six hours" in item.citations[0].quote
        for item in answer.items
    )


def test_a_date_in_a_relative_clause_is_the_visit_of_who_it_describes(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-21\nsource: Lake Post\ntitle: Envoy in Kampala\n\n"
        "Kenyan envoy Otieno Barasa met Ugandan President Yoweri Kaguta in Kampala on Friday.\n\n"
        "Barasa was accompanied in Kampala by deputy minister Ruth Akello, who visited Uganda in February to "
        "negotiate a deal on fishing rights.\n"
    )
    kb = _knowledge(tmp_path, "kampala.txt", text)
    answer = kb.answer("when did Barasa meet Kaguta?")
    assert answer.items[0].date == "2026-06-19"
    fragment = kb.answer("Barasa Kampala visit date?")  # "visit" is said of Akello only: no sure answer, but ...
    assert all(item.label for item in fragment.items)  # ... never her February visit as his, unlabelled
    assert "2026-06-19" in [item.date for item in fragment.items[:3]]


def test_a_persons_want_from_another_is_not_their_countrys_other_demands(tmp_path: Path) -> None:
    kb = _corpus(
        tmp_path,
        {
            "kampala.txt": (
                "date: 2026-06-21\nsource: Lake Post\ntitle: Envoy in Kampala\n\n"
                "Kenyan envoy Otieno Barasa met Ugandan President Yoweri Kaguta in Kampala to seek his support for a "
                "fishing deal.\n"
            ),
            "ports.txt": (
                "date: 2026-05-01\nsource: Coast News\ntitle: Kenya's port demands\n\nKenya demands that Tanzania reopen the "
                "Tanga port.\n"
            ),
        },
    )
    answer = kb.answer("What did Barasa want from Kaguta?")
    assert "Tanga" not in answer.items[0].citations[0].quote
    assert answer.items[0].label == "closest sentence"


def test_the_sentence_giving_a_title_says_whose_it_is(tmp_path: Path) -> None:
    text = (
        "date: 2026-03-19\nsource: Capitol Wire\ntitle: Port plan\n\n"
        "The US could run the port, according to a statement from deputy adviser Lena Park on Wednesday.\n\n"
        "Park said the plan would help Europe find what was available.\n\n"
        "Prime Minister Ana Castro told Russian President Ivan Petrov that Chile was not neutral.\n"
    )
    kb = _knowledge(tmp_path, "port.txt", text)
    assert kb.answer("US deputy adviser?").items[0].text.startswith("Lena Park")
    assert kb.answer("Chilean PM?").items[0].text.startswith("Ana Castro")  # "Russian" is Petrov's title
    assert not kb.answer("Russian PM?").items[0].text.startswith("Ana Castro")


def test_a_word_no_article_uses_is_named_and_the_rest_labelled(tmp_path: Path) -> None:
    text = (
        "date: 2026-12-10\nsource: Andes Wire\ntitle: Peru ready for elections\n\n"
        "Peruvian President Rosa Quispe said she is ready to hold presidential elections within 90 days.\n"
    )
    answer = _knowledge(tmp_path, "vote.txt", text).answer("Which city will host Peru's presidential election debate?")
    assert answer.message and "'debate'" in answer.message
    assert all(item.label == "closest sentence" for item in answer.items)


def test_a_why_question_without_a_reason_in_the_articles_says_so(tmp_path: Path) -> None:
    text = (
        "date: 2026-01-02\nsource: Andes Wire\ntitle: Office searched\n\n"
        "Anti-corruption officers searched the office of Tomas Berg on the morning of November 28.\n"
    )
    answer = _knowledge(tmp_path, "search.txt", text).answer("Why was Berg's office searched on November 28?")
    assert answer.message == "No sentence states a reason in so many words; these are the closest sentences."
    assert answer.items and answer.items[0].label == "closest sentence"


def test_a_subjects_second_verb_takes_a_stance_and_a_possessive_without_its_apostrophe_is_the_person(
    tmp_path: Path,
) -> None:
    text = (
        "date: 2026-03-19\nsource: Harbour Herald\ntitle: Georgian call\n\n"
        "Georgian President Nino Abashidze agreed not to target the ferries but refused to back a full 30-day "
        "ceasefire.\n"
    )
    kb = _knowledge(tmp_path, "call.txt", text)
    for wording in ("Whats Abashidzes position on the 30 day ceasefire?", "Abashidze's stance on the ceasefire?"):
        answer = kb.answer(wording)
        assert answer.items[0].stance == "rejects", wording
        assert answer.items[0].party == "Georgia", wording


def test_a_body_or_a_described_source_is_the_speaker_the_sentence_names(tmp_path: Path) -> None:
    text = (
        "date: 2026-04-12\nsource: Lake Post\ntitle: Harbour patrols\n\n"
        "The KHB said the patrols would be a de facto blockade of the harbour.\n\n"
        "Kiprop and Akello discussed the patrols, according to a senior Kenyan official.\n\n"
        "The teams still had to settle the details, said the official, who called the talks “frank and friendly”.\n"
    )
    kb = _knowledge(tmp_path, "patrols.txt", text)
    body = kb.answer("who said the patrols would be a de facto blockade?")
    assert body.items[0].text.startswith("The KHB:")
    source = kb.answer("who called the talks frank and friendly?")
    assert source.items[0].text.startswith("a senior Kenyan official:")


def test_a_passive_after_conditions_and_a_participle_required_are_no_demands() -> None:
    text = (
        "date: 2026-12-10\nsource: Andes Wire\ntitle: Peru ready for elections\n\n"
        "Peruvian President Rosa Quispe said she is ready to hold elections within 90 days if security conditions "
        "are ensured, urging Chile to help create the environment required under ongoing border raids.\n\n"
        "Peru's conditions include frozen accounts being released first.\n"
    )
    article = load_articles_text("vote.txt", text)
    kb = KnowledgeBase([article])
    demands = [row.demand.text for row in kb.context.store.demands(limit=50)]
    assert not any(d.startswith("ensured") or d.startswith("under ongoing") for d in demands), demands
    assert any("frozen accounts" in d for d in demands), demands


def test_a_clause_never_ends_inside_a_quote_it_opens() -> None:
    text = "Kiprop told a cabinet meeting on Thursday that he had “personally asked” Akello to wait."
    clause = clause_around(text, text.index("Thursday"))
    assert clause.count("“") == clause.count("”") and clause in text


def test_whats_new_lists_a_sentence_once(tmp_path: Path) -> None:
    text = (
        "date: 2026-04-05\nsource: Fjord Times\ntitle: Budget\n\n"
        "Iceland's parliament approved the harbour budget on April 1 and the port plan on April 3.\n"
    )
    answer = _knowledge(tmp_path, "budget.txt", text).answer("!since 2026-03-01")
    quotes = [item.citations[0].quote for item in answer.items]
    assert len(quotes) == len(set(quotes))


def test_a_who_answer_names_someone_and_a_dated_answer_is_of_that_month(tmp_path: Path) -> None:
    kb = _corpus(
        tmp_path,
        {
            "march.txt": (
                "date: 2026-03-19\nsource: Lake Post\ntitle: Harbour call\n\n"
                "Kiprop agreed not to target the ferries during the harbour call.\n\n"
                "The president also told the new head of the harbour board to submit a plan.\n"
            ),
            "october.txt": (
                "date: 2026-10-21\nsource: Lake Post\ntitle: Another call\n\n"
                "On October 20, a harbour call was held between Akello and Barasa.\n"
            ),
        },
    )
    who = kb.answer("who took over the harbour board?")
    assert who.items[0].label == "closest sentence"  # no one is named in the sentence
    march = kb.answer("outcome of the March harbour call?")
    assert all(item.label == "closest sentence" for item in march.items if "October" in item.citations[0].quote)


def test_whether_someone_did_something_is_settled_first_by_their_own_words(tmp_path: Path) -> None:
    text = (
        "date: 2026-04-12\nsource: Lake Post\ntitle: Barasa and the zones\n\n"
        "The Gazette wrote that Barasa proposed splitting the lake into patrol zones after the talks.\n\n"
        "Barasa said he never proposed splitting the lake itself, only patrol zones.\n"
    )
    answer = _knowledge(tmp_path, "zones.txt", text).answer("Did Barasa propose splitting the lake into zones?")
    assert answer.items[0].citations[0].quote.startswith("Barasa said he never proposed")


def test_someone_named_by_whose_role_they_hold_is_that_person(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-21\nsource: Lake Post\ntitle: Envoy in Kampala\n\n"
        "Otieno Barasa, Kenyan President Daniel Kiprop's special envoy for the lake, met Ugandan President Yoweri "
        "Kaguta in Kampala on Friday.\n\n"
        "Kiprop said on Saturday that the lake talks would go on.\n"
    )
    kb = _knowledge(tmp_path, "kampala.txt", text)
    question = kb.read("when did Kiprop's envoy meet Kaguta?").question
    assert "Otieno Barasa" in {p.name for p in question.people}
    assert "Daniel Kiprop" not in {p.name for p in question.people}  # he only says whose envoy
    assert kb.answer("when did Kiprop's envoy meet Kaguta?").items[0].date == "2026-06-19"


def test_the_sides_of_an_event_named_between_them_are_who_acted(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-21\nsource: Lake Post\ntitle: Envoy in Kampala\n\n"
        "Otieno Barasa, Kenyan President Daniel Kiprop's special envoy for the lake, met Ugandan President Yoweri "
        "Kaguta in Kampala.\n\n"
        "Barasa was accompanied in Kampala by deputy minister Ruth Akello, who visited Uganda in February to "
        "negotiate a deal on fishing rights.\n\n"
        "Kaguta's spokesperson said the talks, which began on Friday night, lasted six hours.\n"
    )
    kb = _knowledge(tmp_path, "kampala.txt", text)
    question = "what day did the Kampala meeting between Kiprop's envoy and Kaguta begin?"
    subject = question_subject(question, kb.context.lookup, kb.context.affiliations)
    assert subject is not None and {p.name for p in kb.context.people if p.key in subject.people} >= {"Yoweri Kaguta"}
    answer = kb.answer(question)
    assert not (answer.items[0].date == "2026-02" and answer.items[0].label is None)  # never Akello's visit as theirs
    assert "2026-06-19" in [item.date for item in answer.items[:3]]


def test_a_when_question_naming_two_sides_before_its_verb_has_both_as_subject(tmp_path: Path) -> None:
    text = (
        "date: 2026-04-17\nsource: Lake Post\ntitle: Talks\n\n"
        "Kenyan envoy Otieno Barasa met Ugandan minister Ruth Akello in Jinja on Tuesday.\n\n"
        "Akello said the two sides would meet again on May 6.\n"
    )
    kb = _knowledge(tmp_path, "jinja.txt", text)
    subject = question_subject("when did Akello and Barasa meet", kb.context.lookup, kb.context.affiliations)
    assert subject is not None and len(subject.people) == 2
    assert kb.answer("when did Akello and Barasa meet").items[0].date == "2026-04-14"


def test_why_and_yes_no_questions_about_a_request_are_answered_by_sentences_not_a_demands_list(tmp_path: Path) -> None:
    text = (
        "date: 2026-01-30\nsource: Lake Post\ntitle: Kiprop asked Kaguta to pause Jinja strikes\n\n"
        "Kiprop made a personal request to Kaguta to refrain from striking Jinja for a week, until February 1, amid "
        "extremely cold weather.\n\n"
        "Akello declined to say whether Kaguta agreed to the request.\n"
    )
    kb = _knowledge(tmp_path, "jinja.txt", text)
    why = kb.answer("why did Kiprop ask Kaguta to stop hitting Jinja?")
    assert why.intent is Intent.SEARCH and "amid extremely cold weather" in why.items[0].citations[0].quote
    did = kb.answer("Did Kaguta agree to Kiprop's request to pause strikes?")
    assert did.found and "declined to say" in did.items[0].citations[0].quote
    until = kb.answer("pause on Jinja strikes was until when?")
    assert until.items[0].date == "2026-02-01"
    cold = kb.answer("how cold was it in Jinja when Kiprop asked for the pause?")
    assert cold.message == "No sentence gives the number asked for."


def test_whether_one_side_did_something_is_not_answered_by_the_other_sides_act(tmp_path: Path) -> None:
    text = (
        "date: 2026-03-12\nsource: Lake Post\ntitle: Kenya accepts truce\n\n"
        "Following talks in Mombasa, Kenya has accepted a proposal for a 30-day lake truce.\n\n"
        "Uganda has yet to comment on the proposal.\n"
    )
    kb = _knowledge(tmp_path, "truce.txt", text)
    other = kb.answer("did Uganda accept the 30 day lake truce?")
    assert other.items[0].label == "closest sentence"
    same = kb.answer("did Kenya accept the 30 day lake truce?")
    assert same.items[0].label is None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Uganda", "Uganda"),
        ("the Ugandan minister", "Uganda"),
        ("talks in Dar es Salaam and Dodoma", "Tanzania"),
        ("Laotian officials", "Laos"),
        ("Burmese generals", "Myanmar"),
        ("Harare", "Zimbabwe"),
        ("Trinidad and Tobago", "Trinidad and Tobago"),
    ],
)
def test_every_country_is_a_party_by_name_adjective_or_capital(text: str, party: str) -> None:
    assert party in {found for _, _, found in parties_in(text)}


def test_a_common_word_is_no_countrys_capital() -> None:
    assert not parties_in("male delegates met in Kingston and Georgetown")


def test_a_title_nobody_holds_is_not_another_officials_words(tmp_path: Path) -> None:
    text = (
        "date: 2026-08-18\nsource: Lake Post\ntitle: Summit\n\n"
        "Kenyan Foreign Minister Ada Otieno said the lake summit was a useful start.\n"
    )
    kb = _knowledge(tmp_path, "summit.txt", text)
    nobody = kb.answer("what did the Kenyan president say about the lake summit?")
    assert nobody.message and nobody.message.startswith("No one is named as Kenyan president")
    assert all(item.label == "closest sentence" for item in nobody.items)
    holder = kb.answer("what did the Kenyan foreign minister say about the lake summit?")
    assert holder.items[0].text.startswith("Ada Otieno")


def test_a_misspelt_title_word_finds_its_holder_and_the_newest_title_leads(tmp_path: Path) -> None:
    kb = _corpus(
        tmp_path,
        {
            "old.txt": (
                "date: 2025-05-01\nsource: Lake Post\ntitle: Old\n\nThe head of military intelligence, Tomas Berg, spoke.\n"
            ),
            "new.txt": (
                "date: 2026-01-02\nsource: Lake Post\ntitle: New\n\nKenyan Defence Minister Tomas Berg met the envoys.\n"
            ),
        },
    )
    assert kb.answer("kenyan defence ministr?").items[0].text.startswith("Tomas Berg")
    assert kb.answer("who is Tomas Berg?").items[0].text.startswith("Tomas Berg — Kenyan Defence Minister")


def test_typos_past_the_stem_and_in_question_words_still_find_the_sentence(tmp_path: Path) -> None:
    text = (
        "date: 2026-05-23\nsource: Lake Post\ntitle: Talks\n\n"
        "Kenyan and Ugandan negotiators held their first direct talks in more than three years in Jinja.\n\n"
        "The wheat harvest was poor.\n"
    )
    kb = _knowledge(tmp_path, "talks.txt", text)
    answer = kb.answer("wher did kenyan and ugandan negotiatiors hold there first direct talks in 3 yrs")
    assert answer.found and answer.items[0].label is None
    assert "negotiators held" in answer.items[0].citations[0].quote
    assert "wheat" in kb.answer("what about the wheat harvest?").items[0].citations[0].quote


def test_who_is_someones_aide_is_the_aide_not_them(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-21\nsource: Lake Post\ntitle: Talks\n\n"
        "Kenyan President Daniel Kiprop met Ugandan envoy Ruth Akello in Kisumu.\n\n"
        "The Lake Times quoted Kiprop’s press secretary, Wanjiru Mwangi, as saying the talks lasted six hours.\n"
    )
    kb = _knowledge(tmp_path, "talks.txt", text)
    for wording in (
        "who is Kiprop's press secretary?",
        "who is kiprops press secretary",
        "wat did Kiprop say abt the talks",
    ):
        answer = kb.answer(wording)
        if wording.startswith("who"):
            assert answer.items[0].text.startswith("Wanjiru Mwangi"), wording
        else:
            assert answer.found, wording


def test_who_led_a_side_is_not_answered_by_a_sentence_naming_no_one(tmp_path: Path) -> None:
    text = (
        "date: 2026-03-12\nsource: Lake Post\ntitle: Talks in Mombasa\n\n"
        "Early on Tuesday, Kenyan and Ugandan delegations began talks in Mombasa.\n\n"
        "Kenyan Foreign Minister Ada Otieno attended the Mombasa talks.\n"
    )
    answer = _knowledge(tmp_path, "mombasa.txt", text).answer("Who led the Kenyan side at the Mombasa talks?")
    assert answer.intent is Intent.WHO
    assert all(item.label == "closest sentence" for item in answer.items if "Otieno" not in item.text)


def test_a_sentence_introducing_a_list_answers_with_the_list(tmp_path: Path) -> None:
    text = (
        "date: 2026-01-06\nsource: Lake Post\ntitle: Lake guarantees\n\n"
        "Under the draft, a system of lake guarantees is to be launched with three components:\n\n"
        "- joint patrols on the lake\n\n"
        "- a hotline between the navies\n\n"
        "- a review every single year\n\n"
        "- mine clearance\n\n"
        "The draft will be discussed on Friday.\n"
    )
    answer = _knowledge(tmp_path, "lake.txt", text).answer("what are the components of the lake guarantees?")
    quotes = [c.quote for c in answer.items[0].citations]
    assert quotes[0].endswith("three components:")
    assert quotes[1:] == [
        "- joint patrols on the lake",
        "- a hotline between the navies",
        "- a review every single year",
        "- mine clearance",  # a list item of a few words is no banner to drop
    ]


def test_how_a_side_views_something_asks_its_position() -> None:
    from knowledge.answering.router import parse_question

    for wording in ("How does Kenya view Uganda's demand for the islands?", "how do the Kenyans see the plan?"):
        assert parse_question(wording).intent is Intent.POSITIONS, wording


# ----- a review's regressions, each pinned -----------------------------------------------------------------------


def test_since_a_span_is_no_topic_and_since_an_event_is_no_day(tmp_path: Path) -> None:
    text = (
        "date: 2026-12-05\nsource: Lake Post\ntitle: Talks\n\n"
        "Kenyan and Ugandan envoys met in Jinja on Friday.\n\nKenya has changed its position since the summit.\n"
    )
    kb = _knowledge(tmp_path, "talks.txt", text)
    kb.today = dt.date(2026, 12, 5)
    assert kb.answer("!since 3 days").found
    assert kb.answer("Has Kenya changed its position since the summit?").intent is not Intent.SINCE


def test_a_date_the_statement_speaks_of_is_not_when_it_was_made() -> None:
    published = dt.date(2026, 5, 20)
    assert spoken_on("Kenya struck Jinja on May 13, Akello said.", published) == "2026-05-20"
    assert spoken_on("The talks that began on May 16 ended, Akello said on Monday.", published) == "2026-05-18"


def test_a_count_after_a_month_and_a_comma_is_a_count_and_territory_is_no_money() -> None:
    from knowledge.answering.answer_types import _counts
    from knowledge.answering.question import question_kind

    assert _counts("In May, 27 countries signed the declaration.")
    assert not _counts("They met on May 21.")
    assert question_kind("How much territory would Kenya give up under the plan?") != "amount"
    assert question_kind("How much time did Akello spend with Barasa?") != "amount"


def test_chat_shorthand_never_rewrites_a_name_and_courtesy_is_not_missing(tmp_path: Path) -> None:
    from knowledge.answering.router import parse_question

    assert "Bout" in parse_question("what did Viktor Bout say?").cleaned
    assert "Wen" in parse_question("What did Wen Jiabao say?").cleaned
    text = "date: 2026-05-02\nsource: Lake Post\ntitle: Pact\n\n27 countries signed the lake declaration in Jinja.\n"
    answer = _knowledge(tmp_path, "pact.txt", text).answer("Which countries signed the lake declaration, thanks?")
    assert answer.message is None or "thanks" not in answer.message


def test_a_title_is_no_set_of_initials_and_a_country_adjective_of_another_is_no_country() -> None:
    assert not parties_in("Congolese President Felix Tshisekedi met Dominican friars in Nassau County.")
    assert [p for _, _, p in parties_in("the Democratic Republic of the Congo")] == ["Democratic Republic of the Congo"]


# ----- this round: ordinals, the asker's own words, who speaks ------------------------------------------------

VISITS = """date: 2025-07-10
source: Test Wire
title: Kesk returns to Tarnia

Foreign Minister Orvald Kesk arrived in Tarnia on June 3 for a second round of talks with Prime Minister Ilse Varro.

Kesk first visited Tarnia on March 14, when he met Varro at the harbour ministry.

A spokesman for Kesk said on Wednesday that the minister would not travel again before autumn.

"A visit in August would be premature," Varro said on Thursday.

Varro, speaking at the harbour ministry, on Thursday played down the idea of a Kesk visit in August.

According to him, Kesk remains premature in planning an August visit.

Kesk said on Monday that Varro had agreed to reopen the ferry line.

Under the draft, Norwegian and Danish engineers could be deployed to the northern islands as a "survey team."
"""


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("visits"), {"visits.txt": VISITS})


@pytest.mark.parametrize(
    "question",
    [
        "when was Kesk last in Tarnia?",
        "Kesk's most recent Tarnia visit?",
        "when did Kesk last visit Tarnia",
        "latest Kesk Tarnia trip",
    ],
)
def test_the_last_event_is_the_latest_that_names_what_the_question_names(visits: KnowledgeBase, question: str) -> None:
    # the spokesman's later statement names Tarnia only in the headline: it is no later visit; "arrived in" is
    # one told in other words than "visit"
    answer = visits.answer(question)
    assert answer.intent is Intent.TIMELINE
    assert answer.items[0].date == "2025-06-03", [i.text for i in answer.items]


@pytest.mark.parametrize("question", ["when was Kesk first in Tarnia?", "Kesk first Tarnia trip"])
def test_the_first_event_is_the_earliest_whatever_full_name_the_sentence_writes(
    visits: KnowledgeBase, question: str
) -> None:
    # "Orvald Kesk" in one sentence and "Kesk" in another name the same man: neither wins by the first name
    assert visits.answer(question).items[0].date == "2025-03-14"


def test_a_word_of_the_askers_own_labels_nothing_when_the_sentence_says_all_the_rest(visits: KnowledgeBase) -> None:
    # "sit" appears in no article, but the sentence holds the engineers, the islands and the draft
    answer = visits.answer("under the draft, whose engineers would sit on the northern islands?")
    assert answer.items[0].text.startswith("Under the draft")
    assert answer.items[0].label is None
    assert "'sit'" in (answer.message or "")


def test_a_word_no_article_uses_still_labels_an_answer_missing_the_rest(visits: KnowledgeBase) -> None:
    answer = visits.answer("which Tarnia town will host the ferry regatta?")
    assert all(item.label == "closest sentence" for item in answer.items)


def test_a_reported_clause_is_its_own_subjects_act(visits: KnowledgeBase) -> None:
    # "Kesk said on Monday that Varro had agreed ...": when Varro agreed is that sentence's date, not another's
    answer = visits.answer("Varro agreed to reopen ferry line - date?")
    assert answer.items[0].text.startswith("Kesk said on Monday")
    assert answer.items[0].label is None


def test_the_one_person_a_sentence_opens_with_speaks_in_it(visits: KnowledgeBase) -> None:
    answer = visits.answer("who called a Kesk visit in August premature?")
    assert answer.intent is Intent.SAID
    assert any("played down" in item.text for item in answer.items)
    assert all(item.text.startswith("Ilse Varro") for item in answer.items if "Varro" in item.text)
    # "According to him, Kesk ...": someone else's words about Kesk, not Kesk speaking
    assert not any(item.text.startswith("Orvald Kesk") for item in answer.items if "According to him" in item.text)
    # "A spokesman for Kesk said": the spokesman speaks, named as the sentence names him
    spokesman = [item for item in answer.items if "A spokesman for Kesk said" in item.text]
    assert spokesman and spokesman[0].text.startswith("A spokesman for Kesk: ")


def test_contractions_are_cut_to_their_first_word() -> None:
    from knowledge.answering.router import without_contractions

    assert without_contractions("how long did she say it'd take? they won't, we can't, Who'd, don't") == (
        "how long did she say it would take? they will not, we can not, Who would, do not"
    )


def test_a_capital_that_acts_is_its_party_not_a_place_to_find(tmp_path: Path) -> None:
    text = """date: 2025-03-02
source: Test Wire
title: Calls between the capitals

Latvian Foreign Minister Janis Ozols spoke by phone with Lithuanian Foreign Minister Rasa Kalnins on Sunday.

Latvia on Monday called the talks between Ozols and Kalnins "useful" after a phone conversation.
"""
    knowledge = _knowledge(tmp_path, "calls.txt", text)
    question = knowledge.context.question("How did Riga characterise the Ozols–Kalnins conversation?")
    assert "Latvia" in question.parties and not question.by_seat_only
    assert [name for name, _ in question.places] == []  # the dash joins two people, no place
    answer = knowledge.answer("How did Riga characterise the Ozols–Kalnins conversation?")
    assert answer.items[0].text.startswith("Latvia on Monday") and answer.items[0].label is None


FERRY = """date: 2025-09-02
source: Test Wire
title: Ferry talks in Vardo end with a swap

Norway and Finland agreed to a 40-for-40 exchange of detained fishermen during talks in Vardo on August 28.

The fishermen were from the Hammerfest, Alta and Kirkenes fleets, the Norwegian coast guard said.

Norwegian Fisheries Minister Sigrid Aune, speaking in Oslo, cast doubt on a second round before winter.

In a briefing after the Vardo meeting, Aune praised it as "a decent start for both fleets."

Finnish Foreign Minister Juho Lehtinen called the Vardo talks "useful but slow" on Monday.
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("ferry"), {"ferry.txt": FERRY})


def test_a_participle_the_articles_never_use_is_no_missing_thing(ferry: KnowledgeBase) -> None:
    # "freed fishermen": "freed" is the asker's verb, not a kind of fishermen the articles lack ("the minerals deal")
    answer = ferry.answer("Which fleets did the freed fishermen come from?")
    assert answer.found and "Hammerfest" in answer.items[0].text


def test_a_deal_struck_is_agreed_not_a_strike(ferry: KnowledgeBase) -> None:
    answer = ferry.answer("When and where was the 40-for-40 deal struck?")
    assert answer.items[0].date == "2025-08-28" and "Vardo" in answer.items[0].text


def test_timing_asks_when(ferry: KnowledgeBase) -> None:
    assert ferry.answer("Vardo swap timing").intent is Intent.TIMELINE


def test_a_name_before_a_reporting_verb_makes_a_statement(ferry: KnowledgeBase) -> None:
    # "Aune praised it as ...": no verb of saying, but her words all the same
    answer = ferry.answer("What did Aune say about the Vardo meeting?")
    assert "decent start" in answer.items[0].text and answer.items[0].label is None


def test_a_take_on_something_no_issue_names_is_what_the_person_said_on_it(ferry: KnowledgeBase) -> None:
    answer = ferry.answer("Lehtinen's take on the Vardo talks")
    assert answer.intent is Intent.POSITIONS
    assert answer.items[0].text.startswith("Juho Lehtinen") and "useful but slow" in answer.items[0].text
    assert "Lehtinen said" in (answer.message or "")


def test_a_misspelt_country_adjective_is_the_country(ferry: KnowledgeBase) -> None:
    question = ferry.context.question("what did the Norweigan minister say?")
    assert question.unknown is None and "Norway" in question.parties


CALLS = """date: 2025-06-11
source: Test Wire
title: Baltic ministers speak again

"On June 9, a phone conversation was held between Estonian Foreign Minister Kaarel Tamm and Latvian Foreign Minister Liga Rebane. It followed up on the June 2 phone conversation between Estonian President Mart Kask and Latvian President Ilze Mets," the Estonian ministry stated.

Latvian Foreign Ministry spokeswoman Anna Berzina, in turn, previously stated that any ferry blockade would be viewed as a threat.

Estonia is prepared to reopen the ferry line if Latvia does the same, Tamm told journalists.

The talks were held in the Latvian capital Riga on June 9–10.
"""


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("calls"), {"calls.txt": CALLS})


@pytest.mark.parametrize("question", ["Tamm Rebane phone call date?", "when did Tamm and Rebane speak by phone?"])
def test_of_two_dates_in_one_sentence_the_one_written_next_to_the_names_answers(
    calls: KnowledgeBase, question: str
) -> None:
    assert calls.answer(question).items[0].date == "2025-06-09"


def test_a_speaker_with_an_adverb_before_the_verb_is_the_speaker(calls: KnowledgeBase) -> None:
    answer = calls.answer("What does Berzina say about a ferry blockade?")
    assert answer.items[0].text.startswith("Anna Berzina") and answer.items[0].label is None
    assert "no statement" not in (answer.message or "")


def test_a_common_word_opening_a_question_is_no_name(calls: KnowledgeBase) -> None:
    question = calls.context.question("Ferry line talks?")
    assert not question.places and question.unknown is None


def test_a_condition_is_answered_by_the_sentence_stating_its_terms(calls: KnowledgeBase) -> None:
    answer = calls.answer("What's Estonia's condition for reopening the ferry line?")
    assert "if Latvia does the same" in answer.items[0].text


def test_go_ahead_is_moving_forward_not_ahead_of(tmp_path: Path) -> None:
    text = """date: 2025-04-02
source: Test Wire
title: Harbour summit in doubt

A meeting of the port chiefs, ahead of a summit between Kask and Mets, was postponed, officials said.

Tamm is not likely to recommend the Kask-Mets summit move forward this month, a source said.
"""
    answer = _knowledge(tmp_path, "port.txt", text).answer("Will Tamm recommend the Kask-Mets summit go ahead?")
    assert answer.items[0].text.startswith("Tamm is not likely")


def test_a_paper_misrepresenting_words_is_a_newspaper_twisting_remarks(tmp_path: Path) -> None:
    text = """date: 2025-04-02
source: Test Wire
title: Envoy blasts paper

The Herald also quoted from remarks made by Ostrowski at the start of the talks.

Envoy Piotr Ostrowski accused the Gazette newspaper of misrepresenting his words about the border zones.
"""
    answer = _knowledge(tmp_path, "paper.txt", text).answer("Which paper did Ostrowski say twisted his remarks?")
    assert "Gazette" in answer.items[0].text


def test_the_name_in_a_reported_clause_is_not_the_speaker(visits: KnowledgeBase) -> None:
    # "Kesk said on Monday that Varro had agreed ...": Kesk's words about Varro, never Varro's
    answer = visits.answer("what did Varro say about the ferry line?")
    assert not any(item.text.startswith("Ilse Varro") and "Kesk said" in item.text for item in answer.items)


SUCCESSION = """date: 2026-03-03
source: Test Wire
title: Ruus named chief of staff

Prime Minister Mari Saar said that coast guard chief Peeter Ruus will replace Jaan Lepp as chief of staff.

The first round of the harbour talks took place in Tartu on February 20.

The next round will be held "in the near future," Saar said.
"""


@pytest.fixture(scope="module")
def succession(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("succession"), {"succession.txt": SUCCESSION})


def test_who_is_done_to_is_not_answered_by_them_doing_it(succession: KnowledgeBase) -> None:
    # "who will replace Ruus?": the sentence where Ruus replaces Lepp is shown, labelled, never as the answer
    assert succession.answer("Who will replace Ruus as head of the coast guard?").items[0].label == "closest sentence"
    assert succession.answer("Who will Ruus replace?").items[0].label is None


def test_the_next_event_with_none_still_to_come_is_no_past_one(succession: KnowledgeBase) -> None:
    answer = succession.answer("when is the next round of the harbour talks?")
    # the past round is no answer (labelled); the sentence saying "in the near future" is, with no date
    assert all(item.label == "closest sentence" for item in answer.items if "February 20" in item.text)
    assert answer.items[0].label == "no date given" and answer.items[0].date is None


@pytest.mark.parametrize(
    "question", ["Who's going to sit across from Saar in Tartu?", "who was on the Estonian side in Tartu?"]
)
def test_who_did_something_is_a_search_not_a_name(question: str) -> None:
    from knowledge.answering.router import parse_question

    assert parse_question(question).intent is Intent.SEARCH


MINSK_LIKE = """date: 2025-06-22
source: Test Wire
title: Envoy Holm meets Tamberg in Narva

Envoy Lars Holm met Mayor Eva Tamberg in Narva to seek her support for a border deal.

The delegation will be led by Arvo Sepp, who already took part in the border talks in Narva in 2019.

On the evening of June 19, Tamberg approved the composition of the Narva delegation.

The talks, which began on Friday night, lasted six and a half hours, Tamberg's spokeswoman said.

The NYT also quoted from remarks made by Holm and Tamberg at the start of their talks.
"""


@pytest.fixture(scope="module")
def narva(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("narva"), {"narva.txt": MINSK_LIKE})


def test_length_asks_how_long(narva: KnowledgeBase) -> None:
    answer = narva.answer("Holm Tamberg meeting length?")
    assert "six and a half hours" in answer.items[0].text


def test_what_was_agreed_wants_an_outcome(narva: KnowledgeBase) -> None:
    # nothing in the article says what was agreed: the answer says so instead of passing the meeting for it
    answer = narva.answer("What was agreed at the Narva talks?")
    assert answer.message and "outcome" in answer.message


def test_who_is_heading_a_team_is_who_leads_a_delegation(narva: KnowledgeBase) -> None:
    answer = narva.answer("Who's heading the team for the Narva border talks?")
    assert "Arvo Sepp" in answer.items[0].text


def test_history_is_no_sure_answer_to_a_question_naming_no_time(narva: KnowledgeBase) -> None:
    # Sepp's 2019 talks are his history; the approval of the delegation is the news
    answer = narva.answer("Sepp delegation approved when")
    first = answer.items[0]
    assert first.date == "2025-06-19" or first.label is not None, answer.items
    assert not (first.date == "2019" and first.label is None)


def test_a_seats_possessive_is_its_government_not_a_place(narva: KnowledgeBase) -> None:
    question = narva.context.question("What was Tallinn's motive behind the border deal?")
    assert "Estonia" in question.parties and not question.places


def test_two_swapped_letters_are_the_word_the_articles_use(narva: KnowledgeBase) -> None:
    answer = narva.answer("how long did the Narva tlaks last?")
    assert "six and a half hours" in answer.items[0].text
    assert "tlaks" not in (answer.message or "")


def test_a_sentence_passing_every_test_comes_before_close_ones_failing_one(tmp_path: Path) -> None:
    text = """date: 2025-12-16
source: Test Wire
title: Delegations meet in Tartu

The first round of negotiations between the Estonian and Latvian delegations took place in Tartu on December 14.

The Estonian delegation included envoy Kaarel Tamm and adviser Liis Oja.
"""
    answer = _knowledge(tmp_path, "tartu.txt", text).answer("Who made up the Estonian delegation in Tartu?")
    assert "Kaarel Tamm" in answer.items[0].text and answer.items[0].label is None


def test_replacing_someone_as_a_post_gives_the_post(succession: KnowledgeBase) -> None:
    # "coast guard chief Peeter Ruus will replace Jaan Lepp as chief of staff": his post from then on
    ruus = next(person for person in succession.context.people if person.name == "Peeter Ruus")
    assert "chief of staff" in ruus.roles


def test_a_kind_word_written_after_a_word_boundary_is_still_a_kind_word() -> None:
    from knowledge.answering.question import kind_words

    assert kind_words("Holm Tamberg meeting length?") == frozenset({"length"})
    assert kind_words("talks duration?") == frozenset({"duration"})


def test_a_name_asked_for_is_no_word_to_find(narva: KnowledgeBase) -> None:
    answer = narva.answer("Tamberg's spokeswoman name?")
    assert not answer.message or "'name'" not in answer.message


def test_a_yes_no_answer_says_the_act_asked_about(tmp_path: Path) -> None:
    text = """date: 2025-03-26
source: Test Wire
title: Harbour deal in Tallinn

The two sides met to continue negotiations on the Nordic-backed harbour plan, which imposed tough terms on Riga.

Estonia and Latvia agreed to develop measures for a ban on ferry strikes.
"""
    knowledge = _knowledge(tmp_path, "harbour.txt", text)
    answer = knowledge.answer("Did they agree to stop ferry strikes?")
    assert answer.items[0].text.startswith("Estonia and Latvia agreed") and answer.items[0].label is None
    # a verb of wanting is answered in any words: no label for lacking "want"
    wants = knowledge.answer("does Latvia want the harbour plan?")
    assert wants.items[0].label is None


def test_a_statement_from_the_article_telling_a_days_news_answers_for_that_day(tmp_path: Path) -> None:
    one = """date: 2025-12-01
source: Test Wire
title: Envoys meet in Parnu

Envoy Kaarel Tamm held talks with the Latvian delegation in Parnu on Nov. 30.

President Alar Karis described the meeting as "useful" but said hard issues remain.
"""
    other = """date: 2026-02-10
source: Test Wire
title: Karis awaits a report

President Alar Karis wrote that he is awaiting a report on the talks in Riga.
"""
    knowledge = _corpus(tmp_path, {"parnu.txt": one, "riga.txt": other})
    answer = knowledge.answer("what did Karis say about the Nov 30 talks?")
    assert "useful" in answer.items[0].text and answer.items[0].label is None


HISTORY = """date: 2025-03-12
source: Test Wire
title: Harbour talks in Tallinn

On February 24, 2022, Norway launched a fishing blockade against Iceland.

Norwegian and Icelandic envoys held talks in Tallinn in February 2025, their first since the 2022 blockade.

Icelandic Prime Minister Eva Jonsdottir agreed to send a delegation out of respect for the Nordic Council.

Fisheries chief Ola Berg sat in on the Tallinn meeting, with 27 countries watching.
"""


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("history"), {"history.txt": HISTORY})


def test_history_whose_clause_says_the_asked_act_answers(history: KnowledgeBase) -> None:
    answer = history.answer("When did Norway start its fishing blockade against Iceland?")
    assert answer.items[0].date == "2022-02-24" and answer.items[0].label in (None, "background")


def test_out_of_respect_is_a_reason(history: KnowledgeBase) -> None:
    answer = history.answer("Why did Jonsdottir agree to send a delegation?")
    assert answer.items[0].text.startswith("Icelandic Prime Minister") and answer.items[0].label is None


def test_sat_in_on_is_attended_and_nations_are_countries(history: KnowledgeBase) -> None:
    assert "Ola Berg" in history.answer("Which fisheries official sat in on the Tallinn meeting?").items[0].text
    assert "27 countries" in history.answer("How many nations watched the Tallinn meeting?").items[0].text


def test_who_a_question_cites_as_its_source_is_not_the_answer() -> None:
    from knowledge.answering.router import parse_question

    parsed = parse_question("Who leads Estonia's negotiating team according to Saar?")
    assert parsed.intent is Intent.WHO and "Saar" not in parsed.argument


def test_a_count_of_another_things_members_is_no_answer(history: KnowledgeBase) -> None:
    # "the fisheries patrol force" is named nowhere: a count of the countries watching is labelled, not the answer
    answer = history.answer("How many boats will the fisheries patrol force have?")
    assert all(item.label == "closest sentence" for item in answer.items) or not answer.found


def test_a_modifier_letter_apostrophe_is_an_apostrophe(tmp_path: Path) -> None:
    text = """date: 2026-01-02
source: Test Wire
title: New chief of staff

President Alar Karis reported that coast guard chief Peeter Ruus will replace Jaan Lepp as the new head of the Presidentʼs Office.
"""
    knowledge = _knowledge(tmp_path, "office.txt", text)
    for wording in ("who was named head of the President's Office?", "who heads the President's Office?"):
        assert knowledge.answer(wording).items[0].text.startswith("Peeter Ruus"), wording


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("who was appointed defence minister?", Intent.WHO),
        ("who was pushed out of the job to make room for Ruus?", Intent.SEARCH),
    ],
)
def test_a_post_given_is_a_role_other_participles_a_search(question: str, intent: Intent) -> None:
    from knowledge.answering.router import parse_question

    parsed = parse_question(question)
    assert parsed.intent is intent
    if intent is Intent.WHO:
        assert parsed.argument == "defence minister"


def test_capitals_met_with_are_their_governments_and_a_hyphens_lower_part_no_name(history: KnowledgeBase) -> None:
    question = history.context.question("Did the envoys sit down with Oslo and Reykjavik in the same room in Tallinn?")
    assert {"Norway", "Iceland"} <= set(question.parties)
    assert {name for name, _ in question.places} == {"Tallinn"}
    assert history.answer("Did the envoys sit down with Oslo and Reykjavik in the same room in Tallinn?").found
    hosted = history.context.question("How many countries watched the Estonia-hosted talks?")
    assert "hosted" not in {name for name, _ in hosted.places}


def test_what_a_capital_wants_a_capital_to_have_is_a_demand_between_governments(tmp_path: Path) -> None:
    text = """date: 2025-12-10
source: Test Wire
title: Security for Estonia

Speaking to journalists in Riga, Prime Minister Kristen Michal said Finland wants Estonia to have security commitments with air defense systems.
"""
    answer = _knowledge(tmp_path, "security.txt", text).answer(
        "What kind of security guarantees does Helsinki want Tallinn to have?"
    )
    assert answer.found and "security commitments" in answer.items[0].text


def test_regarding_is_no_topic_word_and_still_hold_is_control(tmp_path: Path) -> None:
    text = """date: 2026-02-07
source: Test Wire
title: Latvia refuses a Nordic plan

Latvia is demanding control of the entire Latgale region, even as Estonia controls over 200 square miles of it.

Officials in Tallinn have expressed openness to creative solutions, such as a free-trade zone in Latgale.
"""
    knowledge = _knowledge(tmp_path, "latgale.txt", text)
    assert knowledge.answer("What does Latvia demand regarding Latgale?").items[0].text.startswith("Latvia: control")
    assert "200 square miles" in knowledge.answer("How much of Latgale does Estonia still hold?").items[0].text
    assert "creative solutions" in knowledge.answer("What creative compromises has Tallinn floated?").items[0].text


# ----- found by a review of this round's diff ---------------------------------------------------------------------

REVIEWED = """date: 2026-03-12
source: Test Wire
title: Third round in Parnu

Latvian envoy Janis Berzins met Estonian ministers in Parnu on March 9 for the third round of talks.

Ministers also discussed grain exports at the third round of talks.

Estonia condemned Latvia's refusal of the ceasefire on Tuesday.

Latvia paused the fishing talks with Estonia on March 4.

The Latvian delegation reached Tallinn on Sunday evening.

Estonian Prime Minister Maret Kivisild said the framework paper was drafted by Latvian officials.

Estonia's offer includes 300 tonnes of grain and a fishing quota.

Fishing minister Ahmed Saar said the quota talks would resume in April.

Drones hit power plants in Parnu and Tallinn overnight.

- Advertisement -
"""


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("reviewed"), {"reviewed.txt": REVIEWED})


@pytest.mark.parametrize(
    "question",
    [
        "Grain exports at the third round of talks?",
        "Outcome of the third round of talks?",
        "Berzins's role at the third round of talks?",
    ],
)
def test_a_question_mentioning_an_ordinal_event_is_not_a_date_question(question: str) -> None:
    from knowledge.answering.router import parse_question

    assert not parse_question(question).is_when


def test_condemning_someones_refusal_of_an_issue_is_no_stance_on_it(reviewed: KnowledgeBase) -> None:
    answer = reviewed.answer("What is Estonia's position on the ceasefire?")
    assert not any(item.stance == "rejects" and "condemned" in item.text for item in answer.items)


def test_pausing_talks_is_no_truce_and_reaching_a_city_no_agreement(reviewed: KnowledgeBase) -> None:
    truce = reviewed.answer("When was the ceasefire agreed?")
    assert not any(item.label is None and "paused" in item.text for item in truce.items)
    agreed = reviewed.answer("Did Latvia agree to a ceasefire?")
    assert not any(item.label is None and "reached Tallinn" in item.text for item in agreed.items)


def test_a_framework_paper_is_no_newspaper(reviewed: KnowledgeBase) -> None:
    answer = reviewed.answer("Which newspaper drafted it?")
    assert not any(item.label is None and "framework paper" in item.text for item in answer.items)


def test_the_thing_asked_for_missing_keeps_the_label(reviewed: KnowledgeBase) -> None:
    answer = reviewed.answer("What steps will Estonia take on the quota?")
    assert answer.items and all(item.label == "closest sentence" for item in answer.items)


def test_a_caveat_names_only_words_the_asker_typed(reviewed: KnowledgeBase) -> None:
    answer = reviewed.answer("Who made up the Latvian delegation?")
    assert "comprised" not in (answer.message or "")


def test_a_lower_case_name_ending_like_a_participle_is_a_name(reviewed: KnowledgeBase) -> None:
    answer = reviewed.answer("who is ahmed saar?")
    assert answer.intent is Intent.WHO and answer.items[0].text.startswith("Ahmed Saar")


def test_places_listed_after_in_stay_places(reviewed: KnowledgeBase) -> None:
    question = reviewed.context.question("Which plants were hit in Parnu and Tallinn?")
    assert {name for name, _ in question.places} == {"Parnu", "Tallinn"}


def test_a_banner_between_dashes_is_no_list_item(reviewed: KnowledgeBase) -> None:
    assert not reviewed.answer("Advertisement?").found


def test_which_nationalitys_official_is_answered_by_a_person_of_that_country(reviewed: KnowledgeBase) -> None:
    # "Latvian envoy Janis Berzins met Estonian ministers": a Latvian; nobody Finnish is named
    assert reviewed.answer("Which Latvian envoy met ministers in Parnu?").items[0].label is None
    finnish = reviewed.answer("Which Finnish official met ministers in Parnu?")
    assert all(item.label == "closest sentence" for item in finnish.items)


def test_who_speaks_for_a_party_is_its_spokesman_and_dept_is_department() -> None:
    from knowledge.answering.router import parse_question

    parsed = parse_question("Who speaks for the Kremlin?")
    assert parsed.intent is Intent.WHO and parsed.argument == "spokesman for the Kremlin"
    assert "department" in parse_question("state dept spokesperson?").cleaned


def test_abbreviations_typed_capitalised_and_emphasis_words(tmp_path: Path) -> None:
    text = """date: 2025-10-21
source: Test Wire
title: Tamm and Rebane call

According to an Estonian Foreign Ministry readout of the call, Tamm "emphasised the importance of the ferry line."
"""
    knowledge = _knowledge(tmp_path, "readout.txt", text)
    answer = knowledge.answer("What did Tamm stress according to the Foreign Ministry readout?")
    assert "emphasised the importance" in answer.items[0].text
    from knowledge.answering.router import parse_question

    assert parse_question("State Dept readout of the mtg?").cleaned == "State Department readout of the meeting?"


def test_praise_is_how_someone_described_it_and_west_is_western(tmp_path: Path) -> None:
    text = """date: 2025-12-01
source: Test Wire
title: Parnu talks

After the Nov. 30 meeting, Tamm praised it as "very productive," adding that the ferry line would reopen.

Prime Minister Kivisild described the meeting as "constructive" but said hard issues remain.

Finnish engineers could be deployed to western Estonia as a "survey team."

The Latvian delegation would deploy about 100 people in the west.
"""
    knowledge = _knowledge(tmp_path, "parnu.txt", text)
    assert "very productive" in knowledge.answer("How did Tamm characterize the meeting?").items[0].text
    stationed = knowledge.answer("Whose engineers would be stationed in the west of Estonia?")
    assert stationed.items[0].text.startswith("Finnish engineers")


def test_a_feeling_and_what_it_is_about_is_a_reason_and_a_service_an_agency(tmp_path: Path) -> None:
    text = """date: 2025-05-28
source: Test Wire
title: Tamm disappointed

"I am very disappointed at what happened on the ferry line, where people were hurt," Tamm said.

Estonia's Foreign Intelligence Service reported that Latvia would send about 300 inspectors.
"""
    knowledge = _knowledge(tmp_path, "feelings.txt", text)
    why = knowledge.answer("why was Tamm disappointed?")
    assert "disappointed at what happened" in why.items[0].text and why.items[0].label is None
    spies = knowledge.answer("How many inspectors did Estonia's spy agency say Latvia would send?")
    assert "300 inspectors" in spies.items[0].text


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The ferry deal was signed on March 24 last year.", "2025-03-24"),
        ("Inspectors first arrived on 9 October last year.", "2025-10-09"),
        ("The port is to reopen on June 2 next year.", "2027-06-02"),
    ],
)
def test_a_day_of_last_or_next_year_is_that_day_once(sentence: str, iso: str) -> None:
    (mention,) = find_dates(sentence, dt.date(2026, 1, 27))  # one expression, in the year it names
    assert mention.date.iso == iso


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Kivisild met with his top naval commander, Adm. Rein Tammaru, on the pier.",
            "Rein Tammaru",
            "top naval commander",
        ),
        ("Tamm sent his chief negotiator, Aldo Kesk, to Parnu.", "Aldo Kesk", "chief negotiator"),
        (
            "Mari Lepik, secretary of Estonia's Harbour Safety and Customs Council and Tallinn's chief negotiator, "
            "arrived.",
            "Mari Lepik",
            "secretary of Estonia's Harbour Safety and Customs Council",
        ),
    ],
)
def test_a_title_owned_by_a_pronoun_or_a_bodys_name_with_and_is_the_whole_role(
    sentence: str, name: str, role: str
) -> None:
    found = {m.name: m.role for m in find_names(sentence)}
    assert found.get(name) == role, found


def test_a_name_in_a_clause_of_time_is_not_the_speaker_of_the_news(tmp_path: Path) -> None:
    text = """date: 2026-04-02
source: Test Wire
title: Sirens in Parnu

Estonian Prime Minister Priit Kivisild declared a harbour truce on Wednesday.

Sirens sounded over Parnu around noon, shortly after Kivisild announced the truce.

"We expect the Latvian side to follow our example," Kivisild said.
"""
    knowledge = _knowledge(tmp_path, "sirens.txt", text)
    said = knowledge.answer("!said Kivisild")
    assert any("follow our example" in item.text for item in said.items)
    assert not any(item.text.startswith("Priit Kivisild") and "Sirens" in item.text for item in said.items)


def test_a_long_name_two_letters_off_is_the_name_the_articles_spell(tmp_path: Path) -> None:
    text = """date: 2026-03-11
source: Test Wire
title: Dam proposal

Latvia proposed that inspectors run the Novozhzhelanivka dam under a ten-year lease.

The harbour board met on Tuesday to discuss ferry fares.
"""
    knowledge = _knowledge(tmp_path, "dam.txt", text)
    spelt = knowledge.answer("what did Latvia propose for the Novozhelanivka dam?")
    assert spelt.found and spelt.items[0].text.startswith("Latvia proposed"), spelt.message
    assert spelt.items[0].label is None
    absent = knowledge.answer("what did Latvia propose for the Vorontsovka dam?")
    assert not absent.found and "Vorontsovka" in (absent.message or "")


def test_who_leads_a_thing_is_answered_by_a_sentence_naming_that_thing(tmp_path: Path) -> None:
    text = """date: 2026-02-14
source: Test Wire
title: Harbour inspections

The ferry truce was agreed on Friday, and the draft declaration was published on Monday.

Details: Tiit Orula, the head of the Estonian delegation, confirmed the ferry agreement.

The harbour inspection mission is to operate under Latvian leadership with Finnish participation.
"""
    knowledge = _knowledge(tmp_path, "mission.txt", text)
    answer = knowledge.answer("Who would lead the harbour inspection mission under the draft declaration?")
    assert answer.items[0].text.startswith("The harbour inspection mission"), [i.text for i in answer.items]
    assert answer.items[0].label is None
    assert all(item.label for item in answer.items if "Orula" in item.text)


def test_going_to_before_a_verb_tells_the_future_and_briefing_is_reporting(tmp_path: Path) -> None:
    text = """date: 2026-05-02
source: Test Wire
title: Ferry talks

Harbour envoy Aldo Tamm led the Estonian side at the ferry talks in Parnu on Friday.

A source in Latvian diplomatic circles said Tamm put forward demands that go far beyond what was discussed.

Tamm, who was expected to meet Prime Minister Priit Kivisild in Riga on May 3 to report on the ferry talks, will now \
meet him in Tartu on May 4 instead.
"""
    knowledge = _knowledge(tmp_path, "brief.txt", text)
    answer = knowledge.answer("Where is Tamm going to brief Kivisild?")
    assert "in Tartu" in answer.items[0].text and answer.items[0].label is None, [i.text for i in answer.items]


def test_a_speaker_who_said_nothing_in_the_words_asked_shows_their_statements_unfound(tmp_path: Path) -> None:
    chief = """date: 2026-01-09
source: Test Wire
title: New harbour chief

Prime Minister Priit Kivisild named Aldo Tamm as the new head of the Harbour Board.

"I consider the harbour an honour and a duty to the country," Aldo Tamm wrote on Friday.

Tamm devoted his entire life to the merchant fleet.
"""
    fares = """date: 2026-01-10
source: Test Wire
title: Ferry fares

No decision has been taken on the ferry fares, the Latvian transport ministry said.
"""
    knowledge = _corpus(tmp_path, {"chief.txt": chief, "fares.txt": fares})
    answer = knowledge.answer("What did Tamm say about taking the job?")
    assert not answer.found  # nothing holds the words asked about: not covered ...
    assert "an honour and a duty" in answer.items[0].text  # ... but what he said comes first, for the asker to check
    assert all(item.label for item in answer.items)


def test_a_phrasal_verb_and_a_word_for_a_deadline_ask_what_the_article_says_in_its_words(tmp_path: Path) -> None:
    text = """date: 2026-03-02
source: Test Wire
title: Ferry offer

Latvia rejected the Estonian ferry offer on Monday, saying the fares were too high.

Prime Minister Priit Kivisild set a deadline of May 1 for a new harbour agreement.

The ferry line carried 40,000 passengers last year.
"""
    knowledge = _knowledge(tmp_path, "offer.txt", text)
    for wording in ("Did Latvia turn down the ferry offer?", "who turned down the ferry offer?"):
        answer = knowledge.answer(wording)
        assert answer.items[0].text.startswith("Latvia rejected") and answer.items[0].label is None, wording
        assert answer.message is None, answer.message
    ultimatum = knowledge.answer("Kivisild's ultimatum for the harbour agreement?")
    assert ultimatum.items[0].text.startswith("Prime Minister Priit Kivisild set a deadline")
    assert ultimatum.message is None, ultimatum.message


def test_the_first_of_a_kind_of_talks_is_the_first_told_as_that_kind(tmp_path: Path) -> None:
    earlier = """date: 2025-03-01
source: Test Wire
title: Riga talks

Estonia and Latvia held talks in Riga in February 2025, their first in-person meeting on the ferry dispute.

The consultations covered harbour fees and ferry fares.
"""
    later = """date: 2026-01-20
source: Test Wire
title: Three-way talks

Estonia, Latvia and Finland are holding direct trilateral ferry talks in Turku for the first time on January 23.

Officials said the talks would continue in Tallinn.
"""
    knowledge = _corpus(tmp_path, {"riga.txt": earlier, "turku.txt": later})
    for wording in ("When did Estonia, Latvia and Finland first hold three-way talks?", "first trilateral talks date?"):
        answer = knowledge.answer(wording)
        assert answer.items[0].date == "2026-01-23", (wording, [(i.date, i.text) for i in answer.items])


def test_a_sentence_where_someone_else_does_the_asked_act_is_labelled(tmp_path: Path) -> None:
    text = """date: 2026-04-12
source: Test Wire
title: Harbour words

Aldo Tamm, the harbour envoy, accused the Coastal Courier of misrepresenting his words about the harbour zones in Latvia.

Earlier in April, Mari Lepik, director of the Baltic desk at the Estonian Foreign Ministry, told reporters that the \
ferry talks were stalling.

According to Lepik, Riga is known to be rejecting the ferry plan and is even sabotaging the harbour truce.
"""
    knowledge = _knowledge(tmp_path, "words.txt", text)
    answer = knowledge.answer("What did Lepik accuse Riga of?")
    assert all(item.label for item in answer.items if item.text.startswith("Aldo Tamm, the harbour envoy, accused"))
    assert any("sabotaging the harbour truce" in item.text for item in answer.items)


def test_a_clause_opened_by_a_title_and_a_name_is_that_persons_unless_the_title_is_someone_elses(
    tmp_path: Path,
) -> None:
    from knowledge.answering.subjects import clause_subject
    from knowledge.matching import PeopleLookup

    text = """date: 2026-04-12
source: Test Wire
title: Harbour words

Harbour envoy Aldo Tamm met Prime Minister Priit Kivisild in Parnu on Monday.

Kivisild's spokesman Jaan Ilves said the talks lasted four hours.
"""
    knowledge = _knowledge(tmp_path, "titles.txt", text)
    people = knowledge.people
    lookup, affiliations = PeopleLookup(people), {p.key: p.affiliation for p in people}
    keys = {p.name: p.key for p in people}
    tamm = clause_subject("Harbour envoy Aldo Tamm accused the Courier of lying", lookup, affiliations)
    assert tamm.people == {keys["Aldo Tamm"]}
    spokesman = clause_subject("Kivisild's spokesman said the talks lasted four hours", lookup, affiliations)
    assert keys["Priit Kivisild"] not in spokesman.people


def test_a_role_of_a_country_no_list_holds_is_matched_by_its_peoples_name_and_its_portfolio(tmp_path: Path) -> None:
    text = """date: 2026-03-10
source: Test Wire
title: Talks in Port Celest

Oskarian Foreign Minister Ilse Marrenko rejected the proposal outright.

Maravian Foreign Minister Helena Sorvik said the mediators would examine the matter.

A senior official in the Oskarian defence ministry said the army would observe the truce.
"""
    knowledge = _knowledge(tmp_path, "celest.txt", text)
    oskaria = knowledge.answer("who is Oskaria's foreign minister?")
    assert oskaria.items[0].text.startswith("Ilse Marrenko") and len(oskaria.items) >= 1, oskaria.message
    assert not any(item.text.startswith("Helena Sorvik") for item in oskaria.items)
    maravia = knowledge.answer("who is Maravia's foreign minister?")
    assert maravia.items[0].text.startswith("Helena Sorvik"), [i.text for i in maravia.items]
    defence = knowledge.answer("who is Oskaria's defence minister?")  # nobody: never the foreign minister
    assert not any(item.text.startswith("Ilse Marrenko") and item.label is None for item in defence.items)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "On Monday, President Ivo Kesk appointed Colonel General Rein Tammaru, the former commander of the "
            "southern district, as his country's liaison to the joint harbour commission that will oversee the truce.",
            "Rein Tammaru",
            "liaison to the joint harbour commission",
        ),
        ("President Ivo Kesk on Monday appointed Colonel General Rein Tammaru.", "Rein Tammaru", "Colonel General"),
        ("Kesk appointed General Rein Tammaru on Monday.", "Rein Tammaru", "General"),
        (
            "The newly appointed Defence Minister Rein Tammaru spoke.",
            "Rein Tammaru",
            "newly appointed Defence Minister",
        ),
        (
            "Latvia sent Ambassador Ilze Ozola, its permanent representative to the Nordic Council, as head of delegation.",
            "Ilze Ozola",
            "head of delegation",
        ),
        (
            "Estonia on Sunday appointed Rein Tammaru, its former ambassador to Belgium, as chief negotiator in the talks.",
            "Rein Tammaru",
            "chief negotiator",
        ),
    ],
)
def test_the_verb_that_appoints_is_no_part_of_the_title_and_the_post_given_is_the_role(
    sentence: str, name: str, role: str
) -> None:
    found = {m.name: m.role for m in find_names(sentence)}
    assert found.get(name) == role, found


def test_an_event_its_clause_calls_the_second_is_the_second_whatever_other_dates_follow(tmp_path: Path) -> None:
    text = """date: 2026-04-01
source: Test Wire
title: Second round ends

PARNU - The second round of harbour talks between Estonia and Latvia ended on Tuesday without agreement on the \
ferry fares, but the two sides agreed to extend their truce by 15 days, until May 3.

Kivisild said a third round of harbour talks would open in Tartu on April 20.

The first round is scheduled to run until Thursday, officials said in March.
"""
    knowledge = _knowledge(tmp_path, "rounds.txt", text)
    for wording in ("when did the second round end?", "when did the second round of talks wrap up"):
        answer = knowledge.answer(wording)
        assert answer.items[0].date == "2026-03-31", (wording, [(i.date, i.text) for i in answer.items])


def test_a_pronoun_speaker_is_the_one_person_the_sentence_before_names(tmp_path: Path) -> None:
    text = """date: 2026-03-10
source: Test Wire
title: Harbour talks open

"Nobody in this room expects a treaty by Friday," Helga Sorvik told reporters after the first session.

Latvia's delegation is led by Foreign Minister Ilze Marrena. She said her government would not discuss the fares \
until the ferries return.

The head of Estonian diplomacy described President Kivisild's plan as bold. "It is bold," he said.
"""
    knowledge = _knowledge(tmp_path, "pronoun.txt", text)
    said = knowledge.answer("!said Marrena")
    assert any("would not discuss the fares" in item.text for item in said.items), [i.text for i in said.items]
    sorvik = knowledge.answer("!said Sorvik")
    assert not any("would not discuss the fares" in item.text for item in sorvik.items)
    kivisild = knowledge.answer("!said Kivisild")  # named only as whose plan it is: "he" is not him
    assert not any(item.text.startswith("Priit Kivisild") and "It is bold" in item.text for item in kivisild.items)


def test_closest_sentences_are_never_fewer_than_a_search_box_shows(tmp_path: Path) -> None:
    text = """date: 2025-06-21
source: Test Wire
title: Envoy visited Latvia

Aldo Tamm, the Estonian harbour envoy, met Latvian leader Ivars Kalns to seek his support for a ferry deal.

Details: Kalns's press secretary said the talks, which began on Friday night, lasted six hours.

Tamm was accompanied in Riga by Deputy Minister Ivo Kesk, who visited Latvia in February to negotiate a prisoner \
deal.

The paper also quoted remarks made by Tamm and Kalns at the start of their talks.
"""
    knowledge = _knowledge(tmp_path, "trip.txt", text)
    answer = knowledge.answer("Tamm Riga trip when?")
    assert len(answer.items) >= 3 and all(item.label for item in answer.items), [i.text for i in answer.items]
    assert any(item.text.startswith("Aldo Tamm, the Estonian harbour envoy, met") for item in answer.items)


def test_a_reason_comes_before_a_sentence_that_only_names_the_one_asked_about(tmp_path: Path) -> None:
    text = """date: 2025-07-30
source: Test Wire
title: Harbour council

As reported earlier, on July 18, Prime Minister Priit Kivisild appointed Aldo Tamm as Secretary of the Harbour Council.

The decision to appoint former ferry minister Aldo Tamm as Secretary of the Harbour Council was driven by the need to \
strengthen the ferry talks.
"""
    knowledge = _knowledge(tmp_path, "council.txt", text)
    answer = knowledge.answer("Why did Kivisild move Tamm to the harbour council?")
    assert answer.items[0].text.startswith("The decision to appoint"), [i.text for i in answer.items]


def test_a_count_of_meetings_is_answered_by_the_times_they_met_however_asked(tmp_path: Path) -> None:
    text = """date: 2025-12-05
source: Test Wire
title: Kesk visits Tartu

During their bilateral meeting in Tartu on Friday, Prime Minister Aldo Kesk praised Ivars Varo as a visionary leader.

The leaders have met 14 times in the past 9 years.

During their meeting, the leaders discussed the ferry line and harbour fees.
"""
    knowledge = _knowledge(tmp_path, "count.txt", text)
    for wording in (
        "Kesk Varo meetings count?",
        "number of Kesk Varo meetings?",
        "how many meetings have Kesk and Varo had?",
    ):
        answer = knowledge.answer(wording)
        first = answer.items[0]
        assert first.text.startswith("The leaders have met 14 times") and first.label is None, (wording, answer.message)


def test_a_sides_reaction_not_extracted_shows_its_spokesmans_words_first(tmp_path: Path) -> None:
    text = """date: 2025-10-24
source: Test Wire
title: Fishing sanctions

Latvia imposed sanctions on Baltfish and Nordcatch, Estonia's two largest fishing companies.

The measures also extend to dozens of subsidiaries linked to Baltfish and Nordcatch, blocking their assets.

Furthermore, Wen Jiali, a spokesman for the Chinese Foreign Ministry, denounced the measures as unilateral.
"""
    other = """date: 2025-10-20
source: Test Wire
title: Ferry sanctions

Estonia said the sanctions on its ferries would be lifted in May.

The sanctions were first imposed in 2023, officials said.

Sanctions on the harbour remain, the ministry said.

Estonia opposes any ceasefire that leaves the harbour closed, Prime Minister Priit Kivisild said.
"""
    knowledge = _corpus(tmp_path, {"fish.txt": text, "ferry.txt": other})
    answer = knowledge.answer("china's reaction to the baltfish nordcatch sanctions")
    assert "Wen Jiali" in answer.items[0].text and "denounced" in answer.items[0].text, [i.text for i in answer.items]


def test_what_someone_called_a_thing_named_in_many_words_asks_for_their_word_on_it(tmp_path: Path) -> None:
    text = """date: 2025-03-12
source: Test Wire
title: Ferry truce

While the parties are yet to comment, Estonian Prime Minister Aldo Kesk on Tuesday said Tallinn considered Riga's \
proposal for a 30-day ferry truce as "positive."

Kesk and Varo held a phone call on Monday about the harbour.

The call lasted an hour, officials said.
"""
    knowledge = _knowledge(tmp_path, "call.txt", text)
    answer = knowledge.answer("What did Kesk call the Latvian ferry truce offer?")
    assert '"positive."' in answer.items[0].text and answer.items[0].label is None, [i.text for i in answer.items]
    assert not any("phone call" in item.text and item.label is None for item in answer.items)  # no call was asked


def test_the_questions_own_verb_missing_from_the_articles_hedges_nothing(tmp_path: Path) -> None:
    text = """date: 2025-05-24
source: Test Wire
title: Ferry swap

Aldo Tamm, the head of the harbour police, then said that a large-scale ferry swap could take place "next week."

The swap will continue this weekend, on Saturday and Sunday.

Latvia's minister said the fares would stay the same.
"""
    knowledge = _knowledge(tmp_path, "swap.txt", text)
    answer = knowledge.answer("What did Tamm predict about the swap?")
    assert answer.items[0].text.startswith("Aldo Tamm, the head") and answer.items[0].label is None, answer.message
    missing = knowledge.answer("What did Tamm predict about the minerals deal?")  # a thing no article names
    assert all(item.label for item in missing.items)


def test_a_sentence_whose_only_people_are_another_sides_tells_no_one_of_the_side_asked(tmp_path: Path) -> None:
    text = """date: 2026-02-18
source: Test Wire
title: Parnu talks

Trilateral talks between Latvian, Finnish and Estonian delegations in Parnu have been "difficult," Riga's top \
negotiator, Ivars Berzins, said after the meeting.

The head of the Estonian delegation, Aldo Tamm, wrote that progress had been made.
"""
    knowledge = _knowledge(tmp_path, "sides.txt", text)
    answer = knowledge.answer("Who was on the Finnish team at Parnu?")
    assert all(item.label for item in answer.items), [(i.label, i.text) for i in answer.items]


def test_where_someone_was_heading_is_where_they_were_travelling(tmp_path: Path) -> None:
    text = """date: 2025-12-10
source: Test Wire
title: Kesk ready for vote

A new round of harbour talks will take place "in the near future," the head of the Latvian delegation told reporters.

The head of the Latvian delegation, Ivars Berzins, said the talks with Kesk's team were difficult.

Speaking to journalists en route to Tartu from Riga, Kesk said Estonia wants the ferries back.
"""
    knowledge = _knowledge(tmp_path, "heading.txt", text)
    answer = knowledge.answer("Where was Kesk heading when he talked to reporters?")
    assert answer.items[0].text.startswith("Speaking to journalists en route"), [i.text for i in answer.items]


def test_coming_into_force_is_taking_effect(tmp_path: Path) -> None:
    text = """date: 2026-03-16
source: Test Wire
title: Truce holds

The swap came a day after the two sides, meeting in Parnu, agreed on Friday to a 30-day truce on the river.

The truce took effect at midnight on Sunday.
"""
    knowledge = _knowledge(tmp_path, "force.txt", text)
    answer = knowledge.answer("When did the truce come into force?")
    assert answer.items[0].date == "2026-03-15", [(i.date, i.text) for i in answer.items]


def test_a_name_after_said_that_has_a_verb_of_its_own_opens_the_words_said(tmp_path: Path) -> None:
    text = """date: 2026-03-03
source: Test Wire
title: Lease offer

Deputy Foreign Minister Aldo Tamm led the talks in Parnu.

Kebede said Port Celest was prepared to offer a long-term lease.

The plan is workable, said Ivo Kesk.
"""
    said = _knowledge(tmp_path, "lease.txt", text).answer("!said Port Celest")
    assert not any(item.text.startswith("Port Celest") for item in said.items), [i.text for i in said.items]


def test_a_count_written_out_in_words_answers_a_how_many_question(tmp_path: Path) -> None:
    text = """date: 2026-03-18
source: Test Wire
title: Monitors on the river

Forty Nordic Council monitors will be deployed to the river border, mostly around Valga and Narva.

Latvia has said it wants any truce to be monitored by neutral observers.
"""
    knowledge = _knowledge(tmp_path, "monitors.txt", text)
    answer = knowledge.answer("how many observers are being sent to watch the river border?")
    assert answer.items[0].text.startswith("Forty Nordic Council monitors") and answer.items[0].label is None


# ----- a reviewer's counter-examples to this round's rules -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("After meeting his French counterpart, Aldo Kesk said the talks went well.", "Aldo Kesk", None),
        ("According to his aide, Aldo Kesk has not decided.", "Aldo Kesk", None),
        ("Kesk named Ivo Tamm as special envoy to Latvia on Monday.", "Ivo Tamm", "special envoy"),
        ("Estonia's defence minister appointed General Rein Tammaru.", "Rein Tammaru", "General"),
        (
            "Ivo Tamm, the head of the Foreign Ministry and Latvian Security Council member, spoke.",
            "Ivo Tamm",
            "the head of the Foreign Ministry",
        ),
    ],
)
def test_roles_are_never_read_off_an_opening_phrase_a_destination_or_the_sentences_verb(
    sentence: str, name: str, role: str | None
) -> None:
    found = {m.name: m.role for m in find_names(sentence)}
    assert found.get(name) == role, found


def test_talks_to_end_the_war_on_monday_are_last_mondays() -> None:
    (mention,) = find_dates("Estonia and Latvia began talks to end the dispute on Monday.", dt.date(2026, 3, 10))
    assert mention.date.iso == "2026-03-09"


def test_counted_nouns_are_never_names_nor_the_verb() -> None:
    from knowledge.answering.question import question_kind

    assert question_kind("Do the ferry talks count?") == "yes/no"
    for wording, counted in (("how many POWs were swapped?", "pow"), ("How many Latvians came home?", "latvian")):
        assert _counted(wording) == counted, wording


def test_a_title_owned_by_someone_is_their_sides_act_however_many_words_it_has(tmp_path: Path) -> None:
    from knowledge.answering.subjects import clause_subject
    from knowledge.matching import PeopleLookup

    text = """date: 2026-04-12
source: Test Wire
title: Harbour words

Prime Minister Priit Kivisild met Aldo Tamm in Parnu on Monday.
"""
    people = _knowledge(tmp_path, "owned.txt", text).people
    lookup, affiliations = PeopleLookup(people), {p.key: p.affiliation for p in people}
    said = clause_subject("Kivisild's press secretary said the talks lasted four hours", lookup, affiliations)
    assert not said.people


def test_a_countrys_name_and_its_peoples_are_one_by_a_demonym_ending() -> None:
    from knowledge.roles import _named_in

    assert _named_in("oskaria", frozenset({"oskarian"})) and _named_in("latvia", frozenset({"latvian"}))
    assert not _named_in("oskaria", frozenset({"oskarianistan"}))  # a longer name is another place


def test_a_name_differing_only_at_its_end_is_another_name() -> None:
    from knowledge.answering.question import _misspelt_thing

    assert _misspelt_thing("Kovalenka", lambda word: "kovalenko") is None
    assert _misspelt_thing("Novozhelanivka", lambda word: "novozhzhelanivka") == "novozhzhelanivka"


def test_the_next_round_is_the_first_still_to_come_when_the_newest_article_was_written(tmp_path: Path) -> None:
    first = """date: 2026-03-03
source: Test Wire
title: Talks open

A second round of harbour talks is expected next week, officials said, possibly in Tartu.
"""
    later = """date: 2026-03-24
source: Test Wire
title: Third round set

The envoy said the next round of harbour talks would be held in Narva on April 7.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    for wording in ("next round of harbour talks - when and where?", "when is the next round of harbour talks?"):
        answer = knowledge.answer(wording)
        assert answer.items[0].date == "2026-04-07", (wording, [(i.date, i.text) for i in answer.items])


def test_a_word_the_lexicon_knows_is_no_misspelt_name_and_asking_someone_to_do_is_a_demand(tmp_path: Path) -> None:
    text = """date: 2026-02-07
source: Test Wire
title: Harbour demands

Latvia demanded the withdrawal of Estonian ships from the river before a ceasefire can be declared.

Spokeswoman Tammy Bruce said the talks would go on.
"""
    knowledge = _knowledge(tmp_path, "demands.txt", text)
    question = knowledge.context.question("What is Riga asking Tallinn to do before any truce?")
    assert not question.people, [p.name for p in question.people]  # "truce" is no misspelt "Bruce"
    answer = knowledge.answer("What is Riga asking Tallinn to do before any truce?")
    assert answer.intent is Intent.DEMANDS and "withdrawal of Estonian ships" in answer.items[0].text


def test_talks_stuck_on_something_stalled_over_it(tmp_path: Path) -> None:
    text = """date: 2026-03-25
source: Test Wire
title: Talks stall

The delegations met in a guesthouse on the outskirts of Tartu, sitting at opposite ends of a long table.

The talks stalled over the Narva power plant, which Latvian forces have held since 2022.
"""
    knowledge = _knowledge(tmp_path, "stuck.txt", text)
    answer = knowledge.answer("What issue did the talks get stuck on?")
    assert answer.items[0].text.startswith("The talks stalled over") and answer.items[0].label is None


def test_an_arabic_article_joined_to_a_surname_is_part_of_the_name(tmp_path: Path) -> None:
    found = [(m.name, m.role) for m in find_names("The Omani envoy, Khalid bin Hamad al-Rawahi, said they agreed.")]
    assert found == [("Khalid bin Hamad al-Rawahi", "The Omani envoy")]
    text = """date: 2026-03-25
source: Test Wire
title: Next round

The Omani envoy, Khalid bin Hamad al-Rawahi, said the two delegations had agreed on a pause.

Deputy negotiator Taras Hnatyuk said on Tuesday that a second stage was being prepared.

The delegations will reconvene in Muscat in April, al-Rawahi said. He said Oman was ready to host "as many rounds as \
it takes".
"""
    said = _knowledge(tmp_path, "rounds.txt", text).answer("!said as many rounds as it takes")
    assert said.items[0].text.startswith("Khalid bin Hamad al-Rawahi"), [i.text for i in said.items]


def test_a_side_named_as_whose_or_as_acting_is_no_place_for_a_where_question(tmp_path: Path) -> None:
    text = """date: 2026-03-10
source: Test Wire
title: Ferry swap

Asked if Latvia will have to accept the loss of the ferry, Kesk replied: "We are looking at a ferry swap, swapping it back."

Speaking earlier in the harbour office in Tartu at a signing ceremony, Kesk said talks were underway over a ferry swap.
"""
    knowledge = _knowledge(tmp_path, "where.txt", text)
    answer = knowledge.answer("Where was Kesk when he floated the ferry swap?")
    assert "in Tartu" in answer.items[0].text, [i.text for i in answer.items]
    # ("Latvia will have to accept" names a side acting, no place: that sentence is no where-answer)
    assert all(item.label for item in answer.items if item.text.startswith("Asked if Latvia"))


def test_what_someone_called_it_is_on_what_the_sentence_before_named(tmp_path: Path) -> None:
    text = """date: 2025-05-15
source: Test Wire
title: Kesk welcomes talks

Varo proposed direct ferry talks in Tartu on Thursday.

Prime Minister Aldo Kesk called it "a potentially big day for both banks."

Kesk said the harbour fees would stay the same.
"""
    knowledge = _knowledge(tmp_path, "it.txt", text)
    answer = knowledge.answer("What did Kesk call Varo's Tartu proposal?")
    assert "big day" in answer.items[0].text and answer.items[0].label is None, [
        (i.label, i.text) for i in answer.items
    ]


def test_the_speaker_slot_holds_the_one_who_speaks_even_when_no_person_was_extracted_for_it(tmp_path: Path) -> None:
    text = """date: 2026-04-02
source: Test Wire
title: Harbour aide says Varo-Lindholm meeting was frank

Prime Minister Aldo Varo met Finnish envoy Sanna Lindholm in Tartu on Wednesday.

"It was a frank and businesslike exchange," Orasmaa told reporters after the meeting.

Orasmaa said the two discussed ferry tariffs.
"""
    knowledge = _knowledge(tmp_path, "slot.txt", text)
    answer = knowledge.answer("what did orasmaa say about the varo lindholm meeting")
    # Orasmaa speaks, Varo and Lindholm are spoken of: no "no statement by Varo" notice, his words first, unhedged
    assert "Varo" not in (answer.message or ""), answer.message
    assert "Orasmaa" in answer.items[0].text and answer.items[0].label is None, [
        (i.label, i.text) for i in answer.items
    ]


def test_a_title_before_the_verb_of_saying_speaks_and_the_named_person_after_it_is_spoken_of(tmp_path: Path) -> None:
    text = """date: 2026-04-02
source: Test Wire
title: Varo and Lindholm meet

Finnish President Sanna Lindholm said the ferry talks with Prime Minister Aldo Varo were "a good start".

Varo said the Finnish president was "a reliable partner" and that the tariffs would be cut.
"""
    knowledge = _knowledge(tmp_path, "title.txt", text)
    for asked in ("what did the finnish president say about Varo?", "what did lindholmm say about varo"):
        answer = knowledge.answer(asked)  # (misspelt, the speaker is still the speaker)
        assert "good start" in answer.items[0].text, (asked, [(i.label, i.text) for i in answer.items])
        # Varo is spoken of: his own words are no answer (at most a labelled closest sentence)
        assert all(item.label for item in answer.items if "reliable partner" in item.text), asked


def test_a_team_asked_about_by_its_side_in_lower_case_is_that_sides(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Ferry talks open in Tartu

The first round of talks between the Finnish and Estonian delegations took place in Tartu on May 4 and lasted six hours.

Estonia was represented by Prime Minister Aldo Varo, Navy Secretary Anna Holtsmark and General Tiit Orula.

The Finnish delegation included envoy Sanna Lindholm and the Finnish president's adviser, economist Mikko Rantanen.
"""
    knowledge = _knowledge(tmp_path, "team.txt", text)
    for asked in ("who was on the finnish team in tartu", "who was on the Finnish team in Tartu"):
        answer = knowledge.answer(asked)
        assert "Lindholm" in answer.items[0].text, (asked, [(i.label, i.text) for i in answer.items])
        assert all(item.label for item in answer.items if item.text.startswith("Estonia was")), asked


def test_a_job_told_after_the_name_wins_over_a_bare_rank_and_an_age_is_skipped(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Seafarers to come home

The exchange will take place within days, said Lieutenant General Piret Saar, head of Estonia's Bureau for the Return of Detained Seafarers and Fishing Crews, who joined the talks.

Tiina Kask, 58, a former Estonian ambassador to Finland, was appointed on Monday to chair the talks.
"""
    knowledge = _knowledge(tmp_path, "jobs.txt", text)
    saar = knowledge.answer("Saar's role?")
    assert "head of Estonia's Bureau for the Return of Detained Seafarers" in saar.items[0].text, [
        i.text for i in saar.items
    ]
    kask = knowledge.answer("kask's background?")  # (asked as a job: who she is)
    assert kask.intent is Intent.WHO and "former Estonian ambassador to Finland" in kask.items[0].text, [
        i.text for i in kask.items
    ]


def test_a_sides_chief_or_lead_negotiator_is_the_head_of_its_delegation(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Ferry talks open in Tartu

"This is a first step," Estonia's chief negotiator Aldo Varo said.

"We came with serious proposals," Latvian delegation head Ilze Ozola told reporters after the session.
"""
    knowledge = _knowledge(tmp_path, "negotiators.txt", text)
    for asked in ("latvia's chief negotiator?", "latvian lead negotiator", "who is Latvia's lead negotiator?"):
        answer = knowledge.answer(asked)
        assert answer.items and answer.items[0].text.startswith("Ilze Ozola"), (asked, answer.message)


def test_demands_seeking_a_thing_a_subjunctive_be_and_conditions_for_a_deal(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Ferry talks stall in Tartu

Latvia, for its part, is seeking a suspension of Estonian harbour fees for as long as the talks last, Ozola told reporters.

Estonia insists that any deal be verified by Nordic inspectors, Varo said.

Estonia's trade envoy Tiit Orula said the ferry deal had been the easiest item to agree on.

Varo met the mayor to seek his support for a new ferry line.
"""
    knowledge = _knowledge(tmp_path, "seeking.txt", text)
    latvia = knowledge.answer("latvia's conditions for a deal")
    assert latvia.intent is Intent.DEMANDS and "suspension of Estonian harbour fees" in latvia.items[0].text, [
        (i.label, i.text) for i in latvia.items
    ]
    estonia = knowledge.answer("what does estonia want?")
    assert any("verified by Nordic inspectors" in item.text for item in estonia.items), [i.text for i in estonia.items]
    assert not any("his support" in item.text for item in estonia.items)  # a purpose ("to seek"), no demand


def test_eu_and_uk_typed_in_lower_case_name_their_parties_but_not_in_a_web_address() -> None:
    assert [party for _, _, party in parties_in("what do eu leaders want for latvia")] == ["European Union", "Latvia"]
    assert [party for _, _, party in parties_in("uk troops?")] == ["United Kingdom"]
    assert parties_in("see europa.eu or bbc.co.uk, and tell us") == []


def test_a_demand_asked_of_eu_leaders_in_lower_case_is_the_eus(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Ferry quotas

The European Union wants guarantees for Latvia to include a Nordic ferry monitoring mission.

Latvia wants Estonia to lift its fishing quotas.
"""
    answer = _knowledge(tmp_path, "eu.txt", text).answer("what do eu leaders want in guarantees for latvia")
    assert answer.items and "Nordic ferry monitoring mission" in answer.items[0].text, [
        (i.label, i.text) for i in answer.items
    ]


def test_a_search_item_is_dated_by_the_first_date_its_sentence_states(tmp_path: Path) -> None:
    first = """date: 2026-05-01
source: Test Wire
title: Ferry talks adjourn

Estonia and Latvia will meet again in June to discuss a pause in ferry inspections, Varo said.
"""
    second = """date: 2026-05-20
source: Test Wire
title: Ferry pause agreed

Estonia and Latvia agreed on Tuesday to a 20-day pause in ferry inspections and to meet again next month.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    answer = knowledge.answer("ferry inspection pause length?")
    agreed = [item for item in answer.items if "agreed on Tuesday" in item.text]
    assert agreed and agreed[0].date == "2026-05-19", [(i.date, i.text) for i in answer.items]


def test_alarms_are_sirens_a_swap_format_counts_and_earlier_meetings_are_previous_ones(tmp_path: Path) -> None:
    text = """date: 2026-04-19
source: Test Wire
title: Harbour truce declared

Prime Minister Aldo Varo ordered the coast guard to stop all boarding of Latvian trawlers from Saturday evening through Monday, declaring a "fishing truce".

Air raid sirens rang out in Tartu around 5 p.m. local time, shortly after Varo spoke.

Latvian envoy Ilze Ozola said the two sides had discussed an exchange of detained fishermen in the forty-for-forty format.

The countries had previously held two meetings in a similar format in Riga in January.

The trawler talks resumed in Tartu on Tuesday.
"""
    knowledge = _knowledge(tmp_path, "truce.txt", text)
    cases = {
        "what time did the alarms go off in tartu": "Air raid sirens",
        "how many fishermen in the swap": "forty-for-forty",
        "where did the earlier meetings take place": "in Riga in January",
    }
    for asked, expected in cases.items():
        _answered_first(knowledge, (asked,), expected)


def test_a_truce_starts_when_it_takes_effect_and_ends_when_it_expires(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Test Wire
title: Fishing truce agreed

Estonia and Latvia agreed to a 30-day fishing truce, to take effect on Monday, May 25.

The fishing truce is due to expire on June 24, the same day the next round is expected to open.

Latvian envoy Ilze Ozola resigned on Tuesday, citing a dispute over quotas.
"""
    knowledge = _knowledge(tmp_path, "effect.txt", text)
    start = knowledge.answer("when did the fishing truce start")
    assert start.items[0].date == "2026-05-25", [(i.date, i.text) for i in start.items]
    end = knowledge.answer("when does the fishing truce end")
    assert end.items[0].date == "2026-06-24", [(i.date, i.text) for i in end.items]
    quit_ = knowledge.answer("why did ozola quit")
    assert "citing a dispute over quotas" in quit_.items[0].text and quit_.items[0].label is None, (
        quit_.message,
        [(i.label, i.text) for i in quit_.items],
    )


def test_a_date_told_in_passing_does_not_date_the_sentence_and_a_reaction_is_no_role(tmp_path: Path) -> None:
    text = """date: 2026-05-20
source: Test Wire
title: Fishermen freed

Among those freed were 14 fishermen, including two skippers detained in 2019, Latvian officials said.

Finnish envoy Sanna Lindholm, speaking in Helsinki on Monday, called the swap "small but real".
"""
    knowledge = _knowledge(tmp_path, "passing.txt", text)
    freed = knowledge.answer("how many fishermen freed?")
    assert "14 fishermen" in freed.items[0].text and freed.items[0].date != "2019", [
        (i.date, i.text) for i in freed.items
    ]
    detained = knowledge.answer("when were the skippers detained?")  # ... unless that date is what is asked
    assert any(item.date == "2019" for item in detained.items), [(i.date, i.text) for i in detained.items]
    reaction = knowledge.answer("Finnish envoy reaction to the swap")
    assert "small but real" in reaction.items[0].text and not (reaction.message or "").startswith("No one is named")


def test_what_happened_after_an_event_is_what_the_articles_date_from_its_day_on(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Test Wire
title: Ferry talks end with a deal

Latvia's delegation walked out of the ferry talks in Tartu late on Wednesday after an Estonian admiral showed a map of the disputed shoals.

The delegations returned on Thursday and agreed to a 20-day pause in ferry inspections.

A closing session is scheduled for Friday.

The two sides first met in Riga in 2019.
"""
    knowledge = _knowledge(tmp_path, "walkout.txt", text)
    answer = knowledge.answer("what happened after the walkout?")
    texts = [item.text for item in answer.items]
    assert answer.intent is Intent.TIMELINE and "returned on Thursday" in texts[0], (answer.message, texts)
    assert not any("scheduled for Friday" in t or "in 2019" in t for t in texts)  # what took place, from that day on
    assert "walked out" in texts[-1] and answer.items[-1].label is not None  # the anchor, cited last


def test_demands_insisting_that_a_sides_forces_act_and_refusing_a_deal_unless(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Ferry talks stall

Tallinn insists that Latvian trawlers leave the disputed shoals before any truce can take effect.

Ilze Ozola told Latvian radio that Riga would not sign any final deal unless Estonia lifted its quotas on herring.

Latvia insisted that Estonian patrols had not boarded its trawlers.
"""
    knowledge = _knowledge(tmp_path, "unless.txt", text)
    estonia = [item.text for item in knowledge.answer("what does estonia want?").items]
    assert any("Latvian trawlers leave the disputed shoals" in t for t in estonia), estonia
    latvia = [item.text for item in knowledge.answer("!demands latvia").items]
    assert any("Estonia lifted its quotas on herring" in t for t in latvia), latvia
    assert not any("had not boarded" in t for t in latvia)  # a claim, no demand


def test_two_articles_counting_one_swap_differently_are_said_to_differ(tmp_path: Path) -> None:
    first = """date: 2026-05-21
source: Harbour Post
title: Fishermen swapped

Estonia and Latvia swapped 212 fishermen each on Wednesday at the Valga border crossing, according to the Estonian side.
"""
    second = """date: 2026-05-25
source: Baltic Wire
title: Swap details emerge

Latvian coast guard chief Ilze Ozola told local radio that 198 Latvian fishermen had come home in last Wednesday's exchange.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    answer = knowledge.answer("how many fishermen did estonia and latvia swap on wednesday")
    assert "212 fishermen" in answer.items[0].text, [i.text for i in answer.items]
    assert any("198" in c.note for c in answer.items[0].conflicts), answer.items[0].conflicts


def test_a_light_verb_no_article_writes_names_nothing_missing(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Test Wire
title: Envoy moves on

Finnish envoy Sanna Lindholm, who observed the ferry talks, left Tartu on Friday morning for Oslo, where she is due to brief Nordic ministers.

The ferry talks ended in Tartu on Thursday.
"""
    knowledge = _knowledge(tmp_path, "went.txt", text)
    answer = knowledge.answer("where did lindholm go after tartu")
    assert "for Oslo" in answer.items[0].text and answer.items[0].label is None, (
        answer.message,
        [(i.label, i.text) for i in answer.items],
    )


def test_a_plan_told_as_past_a_job_before_a_rank_and_pushed_back_or_swapped_out(tmp_path: Path) -> None:
    text = """date: 2026-06-11
source: Test Wire
title: Ferry talks open a day late

The ferry talks, originally scheduled to open on Tuesday, began on Wednesday morning after the Latvian ferry broke down.

Latvia's delegation, led by Ilze Ozola, is expected to include the head of naval intelligence, Major General Tiit Orula, who has overseen previous exchanges.

The second round was postponed because Latvia wanted more time to study the Estonian draft.

Estonian envoy Mart Kask was replaced as head of the delegation because of a dispute over quotas.
"""
    knowledge = _knowledge(tmp_path, "late.txt", text)
    [sentence] = [s for s in split_article("t", text, 0) if "originally scheduled" in s.text]
    days = [m.date.start for m in find_dates(sentence.text, dt.date(2026, 6, 11))]
    assert days == [dt.date(2026, 6, 9), dt.date(2026, 6, 10)]  # the Tuesday and Wednesday of that week
    roles = {m.name: m.role for m in find_names(text.split("\n\n")[2])}
    assert roles["Tiit Orula"] == "the head of naval intelligence" and roles["Ilze Ozola"] is None, roles
    pushed = knowledge.answer("why was the second round pushed back")
    assert "more time to study" in pushed.items[0].text and pushed.items[0].label is None, pushed.message
    swapped = knowledge.answer("why was kask swapped out")
    assert "dispute over quotas" in swapped.items[0].text and swapped.items[0].label is None, swapped.message


def test_the_next_round_is_never_a_day_called_off_and_a_day_beats_a_month(tmp_path: Path) -> None:
    first = """date: 2026-06-02
source: Test Wire
title: Ferry talks open

The mediator said the delegations would return to Tartu for a second round on June 24.
"""
    second = """date: 2026-06-17
source: Test Wire
title: Second round postponed

The mediator announced that the second round, which had been set for June 24, would not go ahead on that date.

He said a new date would be announced next week after consultations with both delegations.
"""
    third = """date: 2026-06-22
source: Test Wire
title: New dates set

The second round of ferry talks will be held from July 14 to 16, the mediator said on Sunday.

An analyst said the July round would show whether the talks were more than a ferry-fee channel.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second, "third.txt": third})
    answer = knowledge.answer("when is the next round")
    assert answer.items[0].date == "2026-07-14", [(i.date, i.text) for i in answer.items]


def test_our_demands_are_the_speakers_sides_and_nobody_should_expect_is_no_demand(tmp_path: Path) -> None:
    text = """date: 2026-05-05
source: Test Wire
title: Ferry talks

Latvian foreign ministry spokeswoman Ilze Ozola said the change in Tallinn's team would not matter. "Whoever Estonia sends, our demands remain the same: a fee freeze first, and our trawlers home," Ozola said.

"We are ready to work, but nobody should expect miracles in the first week," Estonian spokesman Mart Kask said.
"""
    knowledge = _knowledge(tmp_path, "our.txt", text)
    # (what Estonia's spokesman said may follow, labelled as said for the side: never as its demand)
    estonia = [
        item.text
        for item in knowledge.answer("!demands estonia").items
        if not (item.label or "").startswith("said for the side")
    ]
    assert not any("fee freeze" in t or "miracles" in t for t in estonia), estonia
    latvia = [item.text for item in knowledge.answer("what does latvia want").items]
    assert any("a fee freeze first" in t for t in latvia), latvia


def test_dates_asked_in_the_plural_is_a_when_question_not_a_misspelt_party(tmp_path: Path) -> None:
    text = """date: 2026-05-23
source: Test Wire
title: Ferry talks

The ferry talks took place in Tartu on May 18 and May 19.

Estonian envoy Mart Kask said the talks were useful.
"""
    knowledge = _knowledge(tmp_path, "plural.txt", text)
    for asked in ("ferry talks dates?", "tartu talks dates"):
        answer = knowledge.answer(asked)  # ("dates" is no misspelt "Danes")
        assert answer.items[0].date == "2026-05-18" and answer.items[0].label is None, (
            asked,
            answer.message,
            [(i.date, i.text) for i in answer.items],
        )


def test_chat_words_brit_quote_raid_and_a_when_question_naming_what_no_article_does(tmp_path: Path) -> None:
    text = """date: 2026-05-23
source: Test Wire
title: Ferry talks

Under the plan, British and Finnish patrol boats could be stationed in Saaremaa.

"We did not come to Tartu to trade herring for promises," Ozola told reporters on Friday.

Kesk's office was searched on the morning of May 21, investigators said.

Ozola and Kesk met in Tartu on May 18.
"""
    knowledge = _knowledge(tmp_path, "chat.txt", text)
    brit = knowledge.answer("where would brit and finnish boats be stationed")
    assert "British and Finnish" in brit.items[0].text and brit.items[0].label is None, brit.message
    assert "brit" not in (brit.message or ""), brit.message  # ("brit" is British, no word the articles lack)
    quote = knowledge.answer("ozola quote on herring?")
    assert "trade herring" in quote.items[0].text and quote.items[0].label is None, quote.message
    assert "quote" not in (quote.message or ""), quote.message  # (it asks for her words)
    raided = knowledge.answer("when was kesk raided")
    assert raided.items[0].date == "2026-05-21" and raided.items[0].label is None, raided.message
    unknown = knowledge.answer("kesk tartu meeting with lindqvist date")  # no article names a Lindqvist
    assert (unknown.message or "").startswith("No article mentions 'lindqvist'"), unknown.message
    assert all(item.label for item in unknown.items)


def test_a_date_in_a_relative_clause_on_someones_past_does_not_date_the_sentence(tmp_path: Path) -> None:
    text = """date: 2026-06-21
source: Test Wire
title: Envoy in Riga

Kesk was accompanied in Riga by Finnish envoy Sanna Lindholm, who visited Latvia in February to negotiate a fishing deal.

The talks, which began on Friday night, lasted six hours.
"""
    knowledge = _knowledge(tmp_path, "relative.txt", text)
    who = knowledge.answer("who went with kesk to riga")
    assert "Lindholm" in who.items[0].text and who.items[0].date is None, [(i.date, i.text) for i in who.items]
    talks = knowledge.answer("how long did the talks last")  # (the same event's date stays)
    assert talks.items[0].date == "2026-06-19", [(i.date, i.text) for i in talks.items]


def test_a_yes_no_question_about_a_side_is_answered_by_what_is_reported_of_it(tmp_path: Path) -> None:
    text = """date: 2026-06-21
source: Test Wire
title: Kesk in Riga

Prime Minister Aldo Kesk told the Latvian president that Estonia was not neutral in the fishing dispute and was on the side of the fishermen.
"""
    answer = _knowledge(tmp_path, "reported.txt", text).answer("is estonia neutral on the fishing dispute?")
    assert "Estonia was not neutral" in answer.items[0].text and answer.items[0].label is None, answer.message


def test_a_full_stop_inside_a_quote_ends_a_title_and_a_sides_post_after_had_been(tmp_path: Path) -> None:
    quoted = [(m.name, m.role) for m in find_names('"Varo was a diplomat. Kesk is a security person," she said.')]
    assert ("Kesk", None) in quoted and ("Varo", "diplomat") in quoted, quoted
    after = {m.name: (m.role, m.affiliation) for m in find_names(
        "Ilze Ozola had been Latvia's chief negotiator for exactly seven days when she sat down across from Aldo Varo."
    )}  # fmt: skip
    assert after["Ilze Ozola"] == ("Latvia's chief negotiator", "Latvia"), after
    head = {
        m.name: m.role for m in find_names("Mart Kask has been the head of the Prime Minister's Office since May 2020.")
    }
    assert head["Mart Kask"] == "head of the Prime Minister's Office", head


def test_demands_a_sides_position_is_that_a_colon_list_and_a_question_put_is_none(tmp_path: Path) -> None:
    text = """date: 2026-05-23
source: Test Wire
title: Ferry talks

Riga's position, as set out by its envoy Ilze Ozola, is that trawlers must leave the shoals before any talk of quotas.

10:15 Estonia's demands, according to an Estonian official: a fee freeze; the return of seized nets; and an inspection regime.

Asked what Latvia wants, she counted on her fingers.
"""
    knowledge = _knowledge(tmp_path, "position.txt", text)
    latvia = [item.text for item in knowledge.answer("!demands latvia").items]
    assert any("trawlers must leave the shoals" in t for t in latvia), latvia
    assert not any("fingers" in t for t in latvia), latvia
    estonia = [item.text for item in knowledge.answer("what does estonia want").items]
    assert any("the return of seized nets" in t for t in estonia) and any("inspection regime" in t for t in estonia)


def test_a_number_counts_only_within_its_clause(tmp_path: Path) -> None:
    text = """date: 2026-05-23
source: Test Wire
title: Ferry talks

When the delegations left on Thursday, they had agreed on exactly one thing: to swap fishermen.

Estonia and Latvia agreed to exchange 140 fishermen, 70 from each side.
"""
    answer = _knowledge(tmp_path, "clause.txt", text).answer("how many fishermen in the swap")
    assert "140 fishermen" in answer.items[0].text, [(i.label, i.text) for i in answer.items]
    assert all(item.label for item in answer.items if "one thing" in item.text)


def test_no_one_and_the_minutes_of_a_time_count_nothing(tmp_path: Path) -> None:
    text = """date: 2026-05-23
source: Test Wire
title: Ferry talks

"No one threatened anything. The delegation is working," she said.

09:20 The Latvian delegation has arrived.

According to the Estonian foreign ministry, the Latvian team has nine members and the Estonian team eleven.
"""
    answer = _knowledge(tmp_path, "count.txt", text).answer("size of each delegation")
    assert "nine members" in answer.items[0].text, [(i.label, i.text) for i in answer.items]
    assert all(item.label for item in answer.items if "No one" in item.text or "09:20" in item.text)


def test_when_someone_became_a_post_is_told_by_the_clause_naming_the_post(tmp_path: Path) -> None:
    text = """date: 2026-05-23
source: Test Wire
title: Who is Aldo Kesk

Since 2011, Aldo Kesk served in the special units of Kapo.

In 2019, he became the deputy director of the Fisheries Board, and in August of the same year, the head of Kapo.

Kapo has tracked dozens of Latvian trawlers since then, and Kapo officers will join the delegation.

Kesk said Kapo would brief the ministers.
"""
    answer = _knowledge(tmp_path, "became.txt", text).answer("when did kesk become head of kapo")
    assert answer.items[0].date == "2019-08", [(i.date, i.text) for i in answer.items]


def test_a_clause_that_is_only_its_date_goes_on_into_the_next(tmp_path: Path) -> None:
    sentence = "- On May 13, Kesk said that the names of Estonia's delegates would be announced only when ready."
    assert clause_around(sentence, sentence.index("May 13")).startswith("On May 13, Kesk said that the names")
    text = f"""date: 2026-05-20
source: Test Wire
title: Delegates named

{sentence}
"""
    answer = _knowledge(tmp_path, "fronted.txt", text).answer("!timeline Kesk")
    assert answer.items[0].text.startswith("On May 13, Kesk said that"), [i.text for i in answer.items]


def test_words_said_at_a_briefing_on_a_day_and_words_going_on_are_dated_when_said(tmp_path: Path) -> None:
    text = """date: 2026-10-24
source: Test Wire
title: Quotas condemned

Latvian foreign ministry spokeswoman Ilze Ozola denounced the quotas at a press briefing on Thursday, saying Riga opposed unilateral measures.

On October 22, Estonian spokesman Mart Kask said the quotas would backfire.

He called the move "entirely counterproductive".
"""
    knowledge = _knowledge(tmp_path, "briefing.txt", text)
    ozola = knowledge.answer("what did ozola say about the quotas")
    assert ozola.items[0].date == "2026-10-22", [(i.date, i.text) for i in ozola.items]  # that Thursday
    kask = knowledge.answer("what did kask call the move")
    going_on = [item for item in kask.items if "counterproductive" in item.text]
    assert going_on and going_on[0].date == "2026-10-22", [(i.date, i.text) for i in kask.items]


@pytest.mark.parametrize(
    ("sentence", "party", "expected"),
    [
        # a colon list ends where a part has a verb of its own, and a trailing attribution is no item
        ("Latvia's demands remain the same: a fee freeze; Estonia, for its part, still wants the shoals.", "Latvia",
         ["a fee freeze"]),
        ("Latvia's demands: a fee freeze; the return of nets; and an inspection regime, Ozola told reporters.",
         "Latvia", ["a fee freeze", "the return of nets", "an inspection regime"]),
        # told, not demanded: a modal, an irregular past
        ("Tallinn insisted that the next round will be held in Tartu.", "Estonia", []),
        ("Tallinn insisted that Latvian trawlers struck the pier in Narva.", "Estonia", []),
        # "seek" denied or of no demand; "back down unless" no refused deal
        ("Riga has never sought a fee freeze on those terms.", "Latvia", []),
        ("Tallinn said it was seeking clarification from Riga.", "Estonia", []),
        ("Estonia will not back down unless it is forced to, Kesk said.", "Estonia", []),
        # "What X wants is ...": a demand, without the copula
        ("What Tallinn wants is control of the whole of the shoals.", "Estonia", ["control of the whole of the shoals"]),
    ],
)  # fmt: skip
def test_demands_as_the_review_found_them(sentence: str, party: str, expected: list[str]) -> None:
    from knowledge.extract.demands import extract_demands
    from knowledge.extract.registry import extract_people
    from knowledge.extract.speakers import ActorFinder

    sentences = split_article("t", sentence, 0)
    found = [d.text for d in extract_demands(sentences, ActorFinder(extract_people(sentences))) if d.party == party]
    assert found == expected, found


def test_the_next_round_as_the_review_found_it(tmp_path: Path) -> None:
    text = """date: 2026-03-20
source: Test Wire
title: Rounds ahead

The next round of talks between Estonia and Latvia is expected in April, officials said.

A separate round of fishery safety talks with the FAO in Rome is set for April 9.

Talks scheduled for March 28 were called off.
"""
    knowledge = _knowledge(tmp_path, "rounds.txt", text)
    answer = knowledge.answer("when is the next round of talks between estonia and latvia?")
    assert answer.items[0].date == "2026-04", [(i.date, i.text) for i in answer.items]  # not the FAO round's day
    assert all(item.date != "2026-03-28" or item.label for item in answer.items)  # a day called off


def test_a_when_question_own_verb_no_article_writes_hedges_nothing(tmp_path: Path) -> None:
    text = """date: 2026-03-20
source: Test Wire
title: Walkout

Latvia's delegation walked out of the ferry talks in Tartu on Wednesday.
"""
    answer = _knowledge(tmp_path, "stage.txt", text).answer("when did the latvian delegation stage its walkout?")
    assert answer.items[0].date == "2026-03-18" and answer.items[0].label is None, answer.message


def test_what_followed_an_event_is_asked_as_what_happened_after_it(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Test Wire
title: Ferry talks end with a deal

The ferry talks in Tartu opened on Monday.

The delegations agreed on Thursday to a 20-day pause in ferry inspections.
"""
    answer = _knowledge(tmp_path, "followed.txt", text).answer("what followed the tartu talks?")
    assert answer.intent is Intent.TIMELINE and "agreed on Thursday" in answer.items[0].text, answer.message


def test_a_running_total_is_no_other_count_of_one_swap(tmp_path: Path) -> None:
    first = """date: 2026-05-22
source: Harbour Post
title: Fishermen swapped

Estonia and Latvia swapped 212 fishermen each on Thursday at the Valga border crossing.
"""
    second = """date: 2026-05-25
source: Baltic Wire
title: Totals

Latvia says 4,757 fishermen have been returned home in all since the dispute began.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    answer = knowledge.answer("how many fishermen were swapped on thursday")
    assert "212 fishermen" in answer.items[0].text and not answer.items[0].conflicts, answer.items[0].conflicts


def test_a_count_reads_past_an_abbreviation(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Test Wire
title: Citizens freed

The sides freed 12 U.S. citizens on Friday, officials in Tartu said.
"""
    answer = _knowledge(tmp_path, "abbrev.txt", text).answer("how many citizens were freed?")
    assert "12 U.S. citizens" in answer.items[0].text and answer.items[0].label is None, answer.message


def test_a_title_is_never_filled_by_a_loose_word_family(tmp_path: Path) -> None:
    text = """date: 2026-05-22
source: Test Wire
title: Talks in Tartu

Latvia's military intelligence chief, Tiit Orula, led the Latvian delegation in Tartu.
"""
    answer = _knowledge(tmp_path, "army.txt", text).answer("who is latvia's army chief?")
    assert not answer.items or not answer.items[0].text.startswith("Tiit Orula"), answer.message


def test_citing_a_source_is_no_reason_and_a_ministry_for_less_developed_regions_keeps_its_name() -> None:
    from knowledge.answering.answer_types import _CAUSE

    assert not _CAUSE.search("The envoy resigned, citing a senior Latvian government official.")
    assert not _CAUSE.search("The envoy resigned, citing Baltic Wire.")
    assert _CAUSE.search("The envoy resigned, citing concerns raised by officials over the quotas.")
    roles = {m.name: m.role for m in find_names("Mart Kask was the minister for less developed regions.")}
    assert roles["Mart Kask"] == "minister for less developed regions", roles


def test_a_when_question_naming_two_people_is_answered_by_a_sentence_naming_both(tmp_path: Path) -> None:
    text = """date: 2026-03-20
source: Test Wire
title: Kesk and Ozola speak after Kesk's call with Varo

Mr Kesk spoke on Tuesday to Latvian President Aldo Varo about a possible fishing truce.

Estonian Prime Minister Mart Kesk and Latvian envoy Ilze Ozola said on Wednesday that they had a constructive call.
"""
    answer = _knowledge(tmp_path, "two.txt", text).answer("when did kesk and ozola speak")
    assert answer.items[0].date == "2026-03-18", [(i.date, i.label, i.text) for i in answer.items]
    assert all(item.label for item in answer.items if "Varo" in item.text)


def test_a_count_asked_for_in_the_end_is_the_newest_articles(tmp_path: Path) -> None:
    first = """date: 2026-03-10
source: Test Wire
title: Inspectors

Estonia agreed in principle to allow six Latvian inspectors to be stationed at the port.
"""
    second = """date: 2026-03-20
source: Test Wire
title: Protocol initialled

The negotiators initialled a draft protocol allowing ten Latvian inspectors to be stationed at the port.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    answer = knowledge.answer("how many latvian inspectors in the end")
    assert "ten Latvian inspectors" in answer.items[0].text and answer.items[0].label is None, [
        (i.label, i.text) for i in answer.items
    ]


def test_a_request_made_of_someone_is_their_demand_and_anothers_demand_is_not_it(
    tmp_path: Path,
) -> None:
    # (this test once held that no demand was extracted from "asked X to Y", answered by the sentence, labelled; the
    # request is now extracted as Tarrant's demand of Latvia and answers unlabelled)
    text = """date: 2026-04-09
source: Test Wire
title: Okafor asked to pause the dredging

Estonian Prime Minister Mart Kesk demanded that Latvia share the inspection logs before the ferries resume.

Canadian envoy Lydia Tarrant asked Latvian President Aldo Varo on Tuesday to pause the dredging of the Pernavi channel for ten days.

Varo did not say whether he would agree.
"""
    answer = _knowledge(tmp_path, "ask.txt", text).answer("What did Tarrant ask Varo to do?")
    first = answer.items[0]
    assert "pause the dredging" in first.text, [(i.label, i.text) for i in answer.items]
    assert not any("inspection logs" in item.text and not item.label for item in answer.items)


def test_an_ordinal_the_articles_write_is_the_event_they_call_so_not_a_count_of_events(tmp_path: Path) -> None:
    first = """date: 2026-05-04
source: Test Wire
title: Fishing talks open in Tarvik

Latvian and Estonian negotiators sat down in Tarvik on Monday for fishing talks.

The first session is scheduled to run until Wednesday.

Diplomats said a second session had been pencilled in for May 11, also in Tarvik.

Estonian envoy Mart Kesk met the harbour master on Wednesday.
"""
    second = """date: 2026-05-12
source: Test Wire
title: Second session ends

The second session ended on Tuesday without a deal.

The mediator's office says the sides have agreed to hold a fourth session in Tarvik on June 3.
"""
    third = """date: 2026-05-30
source: Test Wire
title: Calendar slips

The fourth session, which had been set for June 3, was pushed back on Friday to June 10 at Latvia's request.

If the June 10 session holds, diplomats expect it to focus on the trawler quotas.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second, "third.txt": third})
    for question in ("fourth session date?", "when is the fourth session"):
        answer = knowledge.answer(question)
        assert "June 10" in answer.items[0].text, (question, [(i.date, i.text) for i in answer.items])
    assert knowledge.answer("when is the fourth session").items[0].date == "2026-06-10"


def test_a_width_or_a_length_is_answered_by_a_distance(tmp_path: Path) -> None:
    text = """date: 2026-08-14
source: Test Wire
title: Corridor talks in Tarvik

Latvian and Estonian negotiators met in Tarvik on Thursday to discuss a shipping corridor along the roughly 240-km coast.

The talks have been going on for nine days.

Latvia wants the corridor to reach 6 km from the shore; Estonia has said it will not go beyond 4 km.

The gap over how wide a corridor Latvia should get has narrowed, officials said.

A Latvian official said the corridor had to be agreed before the autumn storms.
"""
    knowledge = _knowledge(tmp_path, "corridor.txt", text)
    wide = knowledge.answer("how wide a corridor does Latvia want?")
    assert "6 km from the shore" in wide.items[0].text and wide.items[0].label is None, [
        (i.label, i.text) for i in wide.items
    ]
    _answered_first(knowledge, ("length of the coast", "how long is the coast?"), "240-km")
    lasted = knowledge.answer("how long have the corridor talks lasted?")
    assert "nine days" in lasted.items[0].text, [(i.label, i.text) for i in lasted.items]


def test_a_hyphened_un_rank_is_a_role() -> None:
    found = {
        m.name: m.role
        for m in find_names("Tove Marklund, the UN Under-Secretary-General for Humanitarian Affairs, landed on Friday.")
    }
    assert found.get("Tove Marklund") == "the UN Under-Secretary-General for Humanitarian Affairs", found
    assert "Under-Secretary-General" not in found  # a rank, never a person


def test_a_groups_size_written_before_its_noun_counts_its_people_and_anonymous_sources_count_nothing(
    tmp_path: Path,
) -> None:
    text = """date: 2026-09-02
source: Test Wire
title: Quota talks in Tarvik

Ilze Ozola, a deputy fisheries minister who heads Latvia's delegation, arrived with a 17-member delegation that includes two trawler captains.

Both delegations are now working with a quota of 40 tonnes a week, according to four people familiar with the drafts.

Latvia, according to a member of its delegation, is ready to go to 45 tonnes.

People in the port towns fear that the quota will be cut, and local people have protested outside the ministry.

Estonian negotiators said the people of both countries would gain from a deal.
"""
    knowledge = _knowledge(tmp_path, "quota.txt", text)
    _answered_first(
        knowledge,
        (
            "How many people are in Latvia's delegation?",
            "size of latvia's delegation",
            "latvian delegation size?",
        ),
        "17-member",
    )


def test_a_reaction_asked_in_any_wording_is_the_reacting_persons_words_naming_whom_they_react_to(
    tmp_path: Path,
) -> None:
    text = """date: 2026-10-16
source: Test Wire
title: Varo asks Kesk to pause the dredging

Latvian President Aldo Varo asked Estonian Prime Minister Mart Kesk on Wednesday to pause the dredging of the Pernavi channel for a week.

A spokesman declined to say whether Kesk agreed to the request.

Kesk later thanked Varo in a statement posted on his website, saying the matter would be discussed at the Tarvik talks.

Earlier on Thursday, Kesk told journalists that Estonia was ready to stop the night shipments if Latvia did the same.
"""
    knowledge = _knowledge(tmp_path, "react.txt", text)
    _answered_first(
        knowledge,
        (
            "How did Kesk react to Varo's request?",
            "kesk reaction to varo request",
            "Kesk's response to Varo's request",
            "how did kesk respond to varo's request?",
        ),
        "thanked Varo",
    )


def test_a_sentence_opening_with_he_is_about_the_person_the_sentence_before_names(tmp_path: Path) -> None:
    text = """date: 2026-11-04
source: Test Wire
title: Tarvik talks inch forward

Both delegations are now working with a quota of 40 tonnes a week, according to people familiar with the drafts.

Latvia's negotiator, Colonel Mart Kesk, told reporters on Monday that the quota was "a floor, not a ceiling".

On the Latvian side, Colonel Mart Kesk has left the delegation to take up a command post, the Latvian defence ministry said on Tuesday.

He will be replaced as military adviser by Colonel Ilze Ozola.
"""
    knowledge = _knowledge(tmp_path, "kesk.txt", text)
    _answered_first(knowledge, ("who replaced Kesk", "who will replace kesk as military adviser?"), "Ilze Ozola")
    assert {m.name: m.role for m in find_names("Kesk was replaced by Colonel Ilze Ozola.")}.get("Ilze Ozola") == (
        "Colonel"
    )  # a rank before a name is never part of it


def test_a_person_speaking_before_a_colon_and_a_quotation_says_it(tmp_path: Path) -> None:
    text = """date: 2026-07-21
source: Test Wire
title: Live: Tarvik quota talks, day two

09:40 - The delegations have arrived at the harbour office.

11:30 - Movement on the quota. A Latvian source tells us Riga has tabled a revised figure. "The gap is now four tonnes instead of ten," the source said.

12:20 - Ilze Ozola, the E.U. special envoy, speaking briefly in the lobby: "Four tonnes is a gap you can close over lunch. I'd like to think we can close it by Friday."

16:50 - The session is over for today.
"""
    knowledge = _knowledge(tmp_path, "live.txt", text)
    _answered_first(knowledge, ("what did ozola say about the gap", "Ozola on the four-tonne gap"), "over lunch")


def test_a_name_inside_the_quotation_a_sentence_opens_with_is_not_its_speaker(tmp_path: Path) -> None:
    text = """date: 2026-08-05
source: Test Wire
title: Kesk received in Riga

Estonian envoy Mart Kesk arrived in Riga on Wednesday for talks on the fishing quota.

"... Kesk was received by our president this morning. A very useful and frank conversation took place," Ostrov told reporters in the Latvian capital.

Kesk last visited Riga in April.
"""
    answer = _knowledge(tmp_path, "riga.txt", text).answer(
        'Who said "A very useful and frank conversation took place"?'
    )
    first = answer.items[0].text
    assert first.startswith("Ostrov") and not first.startswith("Mart Kesk"), [(i.label, i.text) for i in answer.items]


def test_a_post_given_without_as_after_a_relative_clause_is_the_persons_new_role(tmp_path: Path) -> None:
    found = {
        m.name: m.role
        for m in find_names(
            "Ilze Ozola, who led Riga's delegation from the start, was appointed head of the Coast Guard on Friday."
        )
    }
    assert found.get("Ilze Ozola") == "head of the Coast Guard", found
    assert {m.name: m.role for m in find_names("Mart Kesk was appointed on Monday.")}.get("Mart Kesk") is None
    text = """date: 2026-06-30
source: Test Wire
title: Quota talks change hands

Latvian negotiator Ilze Ozola, the deputy fisheries minister, said on Monday the quota was fair.

Ilze Ozola, who led Riga's delegation from the start, was appointed head of the Coast Guard on Friday.
"""
    answer = _knowledge(tmp_path, "ozola.txt", text).answer("Ozola's new job?")
    assert "head of the Coast Guard" in answer.items[0].text, (answer.message, [i.text for i in answer.items])


def test_a_demands_question_on_a_body_the_actors_table_does_not_know_is_answered_by_the_sentences_on_it(
    tmp_path: Path,
) -> None:
    text = """date: 2026-05-19
source: Test Wire
title: Mine survey talks

Latvia demands that Estonia hand over the original charts of the harbour minefields.

Estonia insists that ICMM, which has worked in the Baltic since 2019, must lead the checks.

Dr. Lena Varga, the director of ICMM, said her agency needed unrestricted access for 12 survey boats and wanted the charts handed over in their original form.
"""
    answer = _knowledge(tmp_path, "icmm.txt", text).answer("what does ICMM want")
    shown = [(i.label, i.text) for i in answer.items]
    assert any("12 survey boats" in item.text for item in answer.items[:3]), (answer.message, shown)
    assert "ICMM" in (answer.message or "") and all(item.label for item in answer.items), shown  # none as its demand


def test_she_after_a_sentence_naming_no_one_is_the_person_opening_the_one_before(tmp_path: Path) -> None:
    text = """date: 2026-04-12
source: Test Wire
title: 'A harbour is a promise': inside the Tarvik talks

Ilze Ozola does not talk like a diplomat. The deputy fisheries minister, who led Latvia's delegation at the Tarvik talks earlier this month, spent most of her career at sea before she was sent to negotiate.

"A harbour we cannot use is a promise the war still keeps," she told the Test Wire in an interview in Riga last week.

Latvian Deputy Fisheries Minister Ilze Ozola is expected back in Tarvik next week.
"""
    answer = _knowledge(tmp_path, "ozola.txt", text).answer('Who said "A harbour we cannot use is a promise"?')
    assert answer.items[0].text.startswith("Ilze Ozola"), [(i.label, i.text) for i in answer.items]


def test_a_plain_question_on_one_person_in_words_no_sentence_holds_shows_what_they_said(tmp_path: Path) -> None:
    text = """date: 2026-05-15
source: Test Wire
title: Latvia willing to host Estonian and Finnish leaders for talks

Following his meeting with Estonian Prime Minister Mart Kesk on Thursday, Latvian President Aldo Varo said Latvia would be willing to host Estonian and Finnish leaders for talks when they are ready.

Kesk arrived in Riga on Thursday morning.

Finland offers its own harbour for a second meeting, a spokesman said.
"""
    answer = _knowledge(tmp_path, "varo.txt", text).answer("What is Varo offering to do?")
    assert "willing to host" in answer.items[0].text, (answer.message, [(i.label, i.text) for i in answer.items])
    assert answer.items[0].label  # his words, not in the words asked: shown for the asker to check


def test_a_clause_calling_the_event_by_another_ordinal_is_never_the_answer_first(tmp_path: Path) -> None:
    first = """date: 2026-05-20
source: Test Wire
title: Pipeline talks end without a deal

Negotiators ended two days of talks in Tarvik on Wednesday without agreement on the pipeline.

The next session is scheduled for June 2 in Tarvik.
"""
    later = """date: 2026-06-24
source: Test Wire
title: Second session ends

The second session of the pipeline talks ended in Tarvik on Wednesday after two postponements.

The third session will be held on July 7, a week later than originally planned, according to the mediator.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    for question in ("second session original date?", "when was the second session originally planned"):
        answer = knowledge.answer(question)
        top = answer.items[0]
        shown = [(i.label, i.text) for i in answer.items]
        assert "third session" not in top.text or top.label == "closest sentence", (question, shown)


def test_a_search_item_opening_with_her_names_the_one_person_the_sentence_before_names(tmp_path: Path) -> None:
    text = """date: 2026-10-21
source: Test Wire
title: New faces at the Tarvik talks

Latvia's delegation this time was led by Ilze Ozola, deputy minister of fisheries. Her predecessor, Mart Kesk, was named Latvia's ambassador to Iceland earlier this month.

Both delegations met for six hours on Tuesday.
"""
    answer = _knowledge(tmp_path, "ozola.txt", text).answer("who replaced kesk")
    first = answer.items[0]
    assert first.text.startswith("[Ilze Ozola's] predecessor, Mart Kesk"), [(i.label, i.text) for i in answer.items]
    assert first.citations[0].quote.startswith("Her predecessor, Mart Kesk")  # the citation stays verbatim


def test_an_articles_own_question_is_answered_by_the_sentence_after_it(tmp_path: Path) -> None:
    text = """date: 2026-03-12
source: Test Wire
title: Explainer: the Tarvik quota talks

Why did the first session stall?

Latvia wanted the spring survey published first, and Estonia would not wait.

When is the next session?

The next session is due on March 30.
"""
    knowledge = _knowledge(tmp_path, "explainer.txt", text)
    answer = knowledge.answer("why did the first session stall")
    shown = [(i.label, i.text) for i in answer.items]
    assert answer.items[0].text.startswith("Latvia wanted the spring survey") and answer.items[0].label is None, shown
    assert all(item.label for item in answer.items if item.text.endswith("?")), shown
    # ... never another question's answer: the article asks of the first session, the user of the second
    other = knowledge.answer("why did the second session stall")
    assert other.items[0].label or not other.items[0].text.startswith("Latvia wanted"), [
        (i.label, i.text) for i in other.items
    ]


def test_a_reason_in_the_next_sentence_and_an_articles_own_question_answer_together(tmp_path: Path) -> None:
    # (the reason goes first, the article's question is answered by the line after it, and neither shifts the other:
    # fewer sentences than an answer holds once made the two steps fall out of line)
    text = """date: 2026-04-14
source: Test Wire
title: Envoy leaves the Narva river talks

Lithuanian envoy Rasa Vaitkute stepped down on Friday.

Officials said she needed to focus on the fisheries ministry, which she also leads.

Who will replace Vaitkute at the table?

No successor has been named.
"""
    knowledge = _knowledge(tmp_path, "envoy.txt", text)
    answer = knowledge.answer("why did Vaitkute step down")
    shown = [(i.label, i.text) for i in answer.items]
    assert answer.items[0].text.startswith("Officials said she needed to focus") and answer.items[0].label is None, (
        shown
    )
    assert [i.text for i in answer.items].count("No successor has been named.") == 1, shown
    assert all(item.label for item in answer.items if item.text.endswith("?")), shown


def test_what_a_title_holder_said_about_a_person_is_their_words_naming_that_person_first(tmp_path: Path) -> None:
    text = """date: 2026-09-10
source: Test Wire
title: Inside the Tarvik quota talks

The Latvian side was led by Ilze Ozola, Latvia's special envoy for fisheries. She described the session as "slow but honest" and said Riga wanted a written timetable by October.

Estonian Deputy Fisheries Minister Mart Kesk leads Estonia's team.

Ilze Ozola, the Latvian envoy, has praised his command of the quota tables. According to Ozola, Kesk "knows more about herring than the rest of us combined."

She said a technical working group would meet in Tarvik on October 4.
"""
    answer = _knowledge(tmp_path, "envoy.txt", text).answer("what did the Latvian envoy say about kesk")
    first = answer.items[0]
    assert "knows more about herring" in first.text and first.label is None, [(i.label, i.text) for i in answer.items]
    assert all(item.label for item in answer.items if "Kesk" not in item.text and "his" not in item.text)


def test_a_bare_title_yields_to_the_same_post_given_in_full(tmp_path: Path) -> None:
    first = """date: 2026-02-10
source: Test Wire
title: Tarvik talks open

The Canadian side was led by Lydia Tarrant, Ottawa's special envoy for Baltic fisheries.
"""
    later = """date: 2026-03-02
source: Test Wire
title: Tarvik talks resume

Lydia Tarrant, the Canadian envoy, said the talks were "slow but honest".

The Canadian envoy, Lydia Tarrant, was quoted as saying the gap had narrowed.
"""
    answer = _corpus(tmp_path, {"first.txt": first, "later.txt": later}).answer("tarrant title")
    assert "special envoy for Baltic fisheries" in answer.items[0].text, [i.text for i in answer.items]


def test_money_lost_is_an_amount_and_millions_of_tonnes_are_no_money(tmp_path: Path) -> None:
    text = """date: 2026-08-18
source: Test Wire
title: The idle pipeline

The pipeline, which has been idle since March 2024, could carry up to 1.8 million tonnes of grain oil a year, according to the Latvian ministry.

Ilze Ozola runs the line for the Latvian operator. "We lose about $2 million in upkeep every month the line sits idle."
"""
    answer = _knowledge(tmp_path, "idle.txt", text).answer("how much does latvia lose each month the pipeline is idle")
    shown = [(i.label, i.text) for i in answer.items]
    assert "$2 million in upkeep" in answer.items[0].text and answer.items[0].label is None, shown
    assert all(item.label for item in answer.items if "million tonnes" in item.text), shown  # a quantity, no money


def test_a_job_asked_at_a_time_or_an_occasion_is_the_post_the_articles_then_give(tmp_path: Path) -> None:
    spring = """date: 2026-05-16
source: Test Wire
title: Tarvik talks end after two hours

Estonian Defence Minister Mart Kesk led Estonia's delegation at the Tarvik talks, which ended after two hours.
"""
    winter = """date: 2026-12-17
source: Test Wire
title: Riga round opens

Estonia was represented by Secretary of the Security Council Mart Kesk and two deputy ministers.
"""
    knowledge = _corpus(tmp_path, {"spring.txt": spring, "winter.txt": winter})
    for question, post in (
        ("Kesk's job at the tarvik talks?", "Defence Minister"),
        ("Kesk position in May 2026?", "Defence Minister"),
        ("Kesk position in december 2026?", "Secretary of the Security Council"),
        ("Kesk's job?", "Secretary of the Security Council"),  # the newest, asked of no time
    ):
        answer = knowledge.answer(question)
        assert answer.items and post in answer.items[0].text, (question, [i.text for i in answer.items])


def test_an_interviewers_line_and_a_fact_checks_claim_are_answered_by_what_follows(tmp_path: Path) -> None:
    interview = """date: 2026-04-08
source: Test Wire
title: Interview: Latvia's envoy on the quota deal

Q: Estonia asked for 40 survey boats. How many did it get?

A: Nine, for now. Riga accepted nine as a starting point, and they can sail next Monday.

Q: Is that enough?

A: It is a beginning.
"""
    check = """date: 2026-04-20
source: Test Check
title: Fact check: claims about the quota talks

CLAIM: "Not a single boat has left Tarvik." - a Latvian deputy minister, on April 2.

VERDICT: False. Port records show eleven boats sailed from Tarvik to Riga in March.
"""
    knowledge = _corpus(tmp_path, {"interview.txt": interview, "check.txt": check})
    boats = knowledge.answer("how many survey boats did Estonia get?")
    shown = [(i.label, i.text) for i in boats.items]
    assert boats.items[0].text.startswith("A: Nine, for now"), shown
    claim = knowledge.answer("was the claim that not a single boat left tarvik true?")
    assert any(item.text.startswith("VERDICT: False") for item in claim.items[:2]), [
        (i.label, i.text) for i in claim.items
    ]


def test_a_museum_a_gallery_or_an_auction_house_is_no_person() -> None:
    named = {m.name: m.is_person for m in find_names("He was a former director of the Latvian Museum in Riga.")}
    assert not any(named.values()), named


def test_a_sides_delegation_led_by_someone_makes_them_its_head(tmp_path: Path) -> None:
    found = {
        m.name: m.led for m in find_names("Latvia's delegation is led by Ilze Ozola, the deputy minister of fisheries.")
    }
    assert found.get("Ilze Ozola") == "head of Latvia's delegation", found
    text = """date: 2026-03-10
source: Test Wire
title: Quota talks open

Latvia's delegation is led by Ilze Ozola, the deputy minister of fisheries. Estonia's team was headed by Mart Kesk.
"""
    knowledge = _knowledge(tmp_path, "led.txt", text)
    for question, name in (("who leads latvias delegation", "Ilze Ozola"), ("who heads estonia's team?", "Mart Kesk")):
        answer = knowledge.answer(question)
        assert answer.items[0].text.startswith(name) and answer.items[0].label is None, (
            question,
            answer.message,
            [(i.label, i.text) for i in answer.items],
        )


def test_a_plan_changed_after_something_was_said_gives_the_reason(tmp_path: Path) -> None:
    text = """date: 2026-03-12
source: Test Wire
title: Tarvik session off

A second session that had been scheduled for Thursday morning was cancelled after the Latvian delegation said it needed to consult Riga, a ministry spokeswoman said.

The delegations met for three hours on Wednesday.
"""
    answer = _knowledge(tmp_path, "off.txt", text).answer("why was thursday's session cancelled")
    first = answer.items[0]
    assert "needed to consult Riga" in first.text and first.label is None, (answer.message, first.label)
    assert answer.message is None or "reason" not in answer.message, answer.message


def test_a_fragment_naming_two_sides_of_a_summit_is_answered_as_the_full_question_is(tmp_path: Path) -> None:
    text = """date: 2026-08-18
source: Test Wire
title: Ozola after the Tarvik summit

Latvian envoy Ilze Ozola also commented on Friday's summit between Estonian Prime Minister Mart Kesk and Latvian President Aldo Varo in Tarvik.

Ozola said the summit had been "useful".
"""
    knowledge = _knowledge(tmp_path, "summit.txt", text)
    full = knowledge.answer("when was the kesk varo summit in tarvik")
    fragment = knowledge.answer("Kesk Varo Tarvik summit date?")
    for answer in (full, fragment):
        assert answer.items[0].date == "2026-08-14" and answer.items[0].label is None, (
            answer.query,
            answer.message,
            [(i.label, i.date, i.text) for i in answer.items],
        )


def test_an_adverb_opening_a_question_is_no_name_the_articles_lack(tmp_path: Path) -> None:
    text = """date: 2026-05-28
source: Test Wire
title: Kesk gives Varo two weeks

Estonian Prime Minister Mart Kesk said it would take about a week and a half to two weeks to find out whether Varo was serious.
"""
    answer = _knowledge(tmp_path, "weeks.txt", text).answer("Roughly when will Kesk know whether Varo is serious?")
    assert answer.items and "week and a half" in answer.items[0].text, (answer.message, [i.text for i in answer.items])
    assert "Roughly" not in (answer.message or "")


def test_a_day_counted_from_another_the_sentence_states_is_dated_so() -> None:
    published = dt.date(2026, 6, 26)  # a Friday
    said = "Ozola said on Wednesday that she had written to Mart Kesk the day before, asking for a seat at the talks."
    assert [(m.date.start, m.date.phrase) for m in find_dates(said, published)] == [
        (dt.date(2026, 6, 24), "Wednesday"),
        (dt.date(2026, 6, 23), "the day before"),
    ]
    tabled = "The draft was tabled the day before the July 15 deadline."
    assert find_dates(tabled, dt.date(2026, 7, 20))[0].date.start == dt.date(2026, 7, 14)
    later = "Riga first said on April 18 that the charts were ready; two days later the first batch arrived."
    assert [m.date.start for m in find_dates(later, dt.date(2026, 4, 25))] == [
        dt.date(2026, 4, 18),
        dt.date(2026, 4, 20),
    ]
    # ... never a phrase that only tells the day before it again by another event
    again = "Kesk met Ozola on Monday evening, the day before the opening session."
    assert [m.date.phrase for m in find_dates(again, published)] == ["Monday evening"] or [
        m.date.phrase for m in find_dates(again, published)
    ] == ["Monday"]


def test_words_after_a_source_the_sentence_names_are_that_sources(tmp_path: Path) -> None:
    text = """date: 2026-03-19
source: Test Wire
title: Kesk and Varo speak

Foreign Minister Ilze Ozola and Defence Minister Aivars Liepa attended the talks in Riga.

Mr Kesk told Mr Varo that Estonia could be "very helpful in running the harbour", according to a statement from Foreign Minister Ilze Ozola and Defence Minister Aivars Liepa that described the call as "excellent".
"""
    knowledge = _knowledge(tmp_path, "call.txt", text)
    described = knowledge.answer('who described the call as "excellent"?')
    assert described.items[0].text.startswith("Ilze Ozola"), [i.text for i in described.items]
    helpful = knowledge.answer('who said "very helpful in running the harbour"?')
    assert not helpful.items[0].text.startswith("Ilze Ozola"), [i.text for i in helpful.items]


def test_a_date_written_on_an_event_noun_dates_the_event_whoever_the_clause_is_about() -> None:
    from knowledge.answering.dating import dates_the_event

    assert dates_the_event("Ozola also commented on Friday's summit between Kesk and Varo.", "Friday")
    assert dates_the_event("The meeting on March 3 between Kesk and Varo went well.", "March 3")
    assert not dates_the_event("Tom Bell, who visited Riga in February to prepare the talks, stayed home.", "February")


def test_the_review_counter_examples_hold(tmp_path: Path) -> None:
    """The counter-examples a fresh review of this round's rules wrote, each a sentence or question no rule may
    misread."""
    from knowledge.answering import answer_types
    from knowledge.answering.demands import _body_named
    from knowledge.answering.router import parse_question
    from knowledge.extract.registry import bare_title

    assert not bare_title("President", ["vice-president of the European Commission"])
    assert not bare_title("Foreign Minister", ["the deputy prime minister for Digital Transformation"])
    assert bare_title("the Canadian envoy", ["Ottawa's special envoy for Baltic fisheries"])
    close = "Five people close to the blast site in Pernavi were killed on Monday."
    assert answer_types._counts(close)  # a count of the dead, never of anonymous sources
    assert not answer_types._counts("Four people familiar with the drafts said so.")
    assert not answer_types._counts_it("the 27-member bloc agreed", len("the 27"), "peopl")
    assert not answer_types._AMOUNT.search("could carry 2.5m tonnes a year")
    assert answer_types._CAUSE.search("The session was cancelled after Moscow said it needed time.")
    assert not answer_types._CAUSE.search("The vote was postponed until after the holidays.")
    assert not find_dates("The vote, held on Friday, came two days later than planned.", dt.date(2026, 7, 18))[1:]
    assert _body_named("What did negotiators demand on the ZNPP?") is None
    assert parse_question("Kesk position in the talks?").intent is not Intent.WHO
    assert {m.name: m.is_person for m in find_names("Art Lusis, the mayor of Pernavi, said no.")}.get("Art Lusis")
    text = """date: 2026-05-02
source: Test Wire
title: Harbour talks

Latvian envoy Ilze Varo told reporters the ferry plan, drafted according to Mart Kesk's instructions, was "a trap".

Estonian Prime Minister Mart Kesk put it bluntly: "Why would we accept a ferry plan that lets them rearm?"

The harbour in Pernavi has been closed since January.

Asked about Kesk, Varo, speaking in the lobby: "We will never give up the harbour."

Kesk arrived at the Vatican on Friday. His Holiness Pope Leo received him.

Kelsey Kelly, a harbour pilot, was not at the talks.
"""
    knowledge = _knowledge(tmp_path, "review.txt", text)
    trap = knowledge.answer('who said "a trap"?')
    assert trap.items[0].text.startswith("Ilze Varo"), [i.text for i in trap.items]
    accept = knowledge.answer("Would Kesk accept a ferry plan that lets them rearm?")
    assert not (accept.items[0].text.startswith("The harbour in Pernavi") and accept.items[0].label is None), [
        (i.label, i.text) for i in accept.items
    ]
    harbour = knowledge.answer('who said "We will never give up the harbour"?')
    assert not harbour.items[0].text.startswith("Mart Kesk"), [i.text for i in harbour.items]
    received = knowledge.answer("who received Kesk at the Vatican?")
    assert not any("[Mart Kesk's] Holiness" in item.text for item in received.items)


def test_a_date_told_in_passing_in_another_persons_relative_clause_never_answers_when(tmp_path: Path) -> None:
    text = """date: 2026-06-22
source: Test Wire
title: Kesk in Riga

Estonian envoy Mart Kesk met Latvian President Aldo Varo in Riga to seek his support for a fishing accord.

Kesk was accompanied in Riga by deputy minister Tom Bell, who visited Latvia in February to negotiate a deal whereby Varo would free two fishermen.

Varo's press secretary, Anna Ozola, said the talks, which began on Friday night, lasted six hours.
"""
    answer = _knowledge(tmp_path, "riga.txt", text).answer("When did the Kesk-Varo talks start?")
    assert answer.items[0].date == "2026-06-19" and answer.items[0].label is None, [
        (i.label, i.date, i.text) for i in answer.items
    ]


def test_a_count_after_the_noun_orders_as_an_ordinal_does() -> None:
    from knowledge.answering.question import ordinal_in

    assert ordinal_in("when does round two start") == ordinal_in("when does the second round start") == 2
    assert ordinal_in("session 3 date?") == 3
    assert ordinal_in("the talks went to a second day") == 2 and ordinal_in("round two days later") is None


def test_a_post_held_in_turn_by_two_of_one_side_answers_with_the_newest_first(tmp_path: Path) -> None:
    spring = """date: 2026-03-10
source: Test Wire
title: Quota talks open

Latvia's delegation is led by Ilze Ozola, the deputy fisheries minister.
"""
    later = """date: 2026-04-20
source: Test Wire
title: New faces in Tarvik

Aivars Liepa, who replaced Ozola as head of the Latvian delegation, said the quota was fair.
"""
    knowledge = _corpus(tmp_path, {"spring.txt": spring, "later.txt": later})
    found = {m.name: m.role for m in find_names(later.split("\n\n")[1])}
    assert found.get("Aivars Liepa") == "head of the Latvian delegation", found
    answer = knowledge.answer("who heads latvia's delegation?")
    assert answer.items[0].text.startswith("Aivars Liepa"), (answer.message, [i.text for i in answer.items])
    assert "say whose" not in (answer.message or "")


def test_a_team_handed_on_makes_the_one_handed_it_its_head(tmp_path: Path) -> None:
    handed = (
        "Riga announced that Aivars Liepa would hand over leadership of its delegation to Deputy Minister Ilze Ozola."
    )
    found = {m.name: m.led for m in find_names(handed)}
    assert found.get("Ilze Ozola") == "head of Latvia's delegation" and not found.get("Aivars Liepa"), found
    spring = """date: 2026-03-10
source: Test Wire
title: Quota talks open

Latvia's delegation is led by Aivars Liepa, the deputy fisheries minister.
"""
    later = f"""date: 2026-04-20
source: Test Wire
title: Riga changes its negotiator

{handed}
"""
    answer = _corpus(tmp_path, {"spring.txt": spring, "later.txt": later}).answer(
        "Who leads the Latvian delegation now?"
    )
    assert answer.items[0].text.startswith("Ilze Ozola"), (answer.message, [i.text for i in answer.items])


def test_words_quoted_in_a_question_are_never_rewritten(tmp_path: Path) -> None:
    text = """date: 2026-04-02
source: Test Wire
title: The mediator

Mediator Ilze Ozola shrugs off the charge. "A harbour doesn't care whose flag flies over it," she said.
"""
    answer = _knowledge(tmp_path, "ozola.txt", text).answer(
        "Who said 'A harbour doesn't care whose flag flies over it'?"
    )
    assert answer.items and answer.items[0].text.startswith("Ilze Ozola"), (answer.message, answer.items)
    assert "No article has the words" not in (answer.message or "")


def test_he_is_the_one_the_sentences_before_are_about(tmp_path: Path) -> None:
    text = """date: 2026-03-13
source: Test Wire
title: Children's talks in Tarvik

Estonian ombudswoman Ilze Ozola said the list was incomplete, and she demanded a full one by April.

Ozola's deputy, Aivars Liepa, a former judge, was unimpressed. He said the list showed that Riga "can find boats when it wants to".

The mediator, Finnish Foreign Minister Mart Kesk, has kept a low profile. He eats lunch alone. Asked on Friday whether he was optimistic, he said only: "I am patient."
"""
    knowledge = _knowledge(tmp_path, "children.txt", text)
    patient = knowledge.answer('who said "I am patient"?')
    assert patient.items[0].text.startswith("Mart Kesk"), [i.text for i in patient.items]
    boats = knowledge.answer('who said "can find boats when it wants to"?')
    assert boats.items[0].text.startswith("Aivars Liepa"), [i.text for i in boats.items]


def test_the_latest_number_of_something_is_a_count_asked_as_it_stands(tmp_path: Path) -> None:
    first = """date: 2026-03-09
source: Test Wire
title: Tarvik list

On Thursday, Latvia told the mediator it would verify 340 names from the list.
"""
    later = """date: 2026-03-25
source: Test Wire
title: Tarvik list grows

Latvia has so far agreed to verify 412 names, and at Thursday's session it raised that to 530, officials said.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    answer = knowledge.answer("latest number of names latvia will verify")
    assert "530" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_a_sides_spokesman_denying_it_answers_whether_the_side_did(tmp_path: Path) -> None:
    first = """date: 2026-03-25
source: Test Wire
title: Visits to children's homes

Russian media reported earlier this week that Moscow had agreed to let UNICEF staff visit children's homes in Tarvik. Kremlin spokesman Mart Kesk denied the reports on Thursday, saying no such agreement had been reached.
"""
    later = """date: 2026-04-15
source: Test Wire
title: Moscow's answer

Moscow's answer has been firm. Kremlin spokesman Mart Kesk denied earlier this month that any agreement on UNICEF visits existed.
"""
    answer = _corpus(tmp_path, {"first.txt": first, "later.txt": later}).answer(
        "did the Kremlin agree to UNICEF visits?"
    )
    assert "denied" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_a_demands_question_with_an_acronym_the_articles_write_out_reads_it_written_out(tmp_path: Path) -> None:
    text = """date: 2026-02-10
source: Test Wire
title: Harbour terms

Latvia has rejected a Finnish proposal that would give Helsinki control over the Pernavi deep water port.

Riga has pushed back on this proposal, insisting instead on running the Pernavi deep water port itself while offering Estonia cheap berths.

Latvia is also demanding that Estonia withdraw its trawlers from the northern fishing grounds.
"""
    answer = _knowledge(tmp_path, "port.txt", text).answer("what does Latvia want for the PDWP?")
    assert "cheap berths" in answer.items[0].text, (answer.message, [i.text for i in answer.items])


def test_a_reason_told_in_the_sentence_after_the_act_answers_why(tmp_path: Path) -> None:
    text = """date: 2026-04-15
source: Test Wire
title: A new mediator

Start with the change at the top. Mart Kesk, the Estonian foreign minister who opened the talks, handed the role of chief mediator last week to his deputy, Ilze Ozola. Estonian officials said he needed to concentrate on the country's presidency of the Baltic council.
"""
    answer = _knowledge(tmp_path, "mediator.txt", text).answer("Why did Kesk hand over the mediator role?")
    assert "needed to concentrate" in answer.items[0].text and answer.items[0].label is None, (
        answer.message,
        [(i.label, i.text) for i in answer.items],
    )


SPEAKERS_BY_OUTLET = """date: 2026-09-18
source: Lake Gazette
title: Dravan mediators trade claims over the Orsk corridor

The Orsk corridor opened for the first barges on Thursday.

The state-run Velmar Today channel said on Telegram late Wednesday: "The Orsk corridor is a triumph of patient mediation."

The Ridgefield Post quoted Halina Moravec as saying on Tuesday that "the corridor is a promise, not a gift".

Tomas Brandl, the report said, proposed splitting the corridor into three customs zones.

Tomas Brandl, the Moldovan envoy, said the customs zones were never his idea.
"""


def test_a_speaker_a_sentence_names_as_an_outlet_or_as_quoted_is_named_and_dated_by_the_words(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "orsk.txt", SPEAKERS_BY_OUTLET)
    channel = kb.answer("who said the Orsk corridor is a triumph of patient mediation?")
    assert channel.found and channel.items[0].text.startswith("The state-run Velmar Today channel"), channel.items[0]
    assert channel.items[0].date == "2026-09-16", channel.items[0].date  # "late Wednesday", not the article's day
    quoted = kb.answer("who said the corridor is a promise, not a gift?")
    assert quoted.found and quoted.items[0].text.startswith("Halina Moravec"), quoted.items[0].text
    assert quoted.items[0].date == "2026-09-15", quoted.items[0].date  # "as saying on Tuesday"


def test_words_a_report_puts_in_a_persons_mouth_are_the_reports_not_theirs(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "orsk.txt", SPEAKERS_BY_OUTLET)
    answer = kb.answer("what did Brandl say about the customs zones?")
    first = answer.items[0]
    assert "never his idea" in first.text and first.label is None, [(i.label, i.text) for i in answer.items]
    assert all(not i.text.startswith("Tomas Brandl") or "the report said" not in i.text for i in answer.items)
    said = kb.answer("who proposed splitting the corridor into three customs zones?")
    assert not said.items[0].text.startswith("Tomas Brandl ("), said.items[0].text  # the report's claim, not his


PLACES_AND_DOUBTS = """date: 2026-10-09
source: Harbour Ledger
title: Trilateral talks open in Valletta as Narva round is recalled

Delegations from Ukraine, Russia and the United States opened talks in Valletta on Thursday.

The first round was held in Narva in May.

In the earlier Narva talks, the two sides agreed to exchange 300 prisoners and to reopen two consulates.

The Estonian coalition parties left open the possibility of sending observers to the Valletta talks.

Estonian Defence Minister Rein Ilves expressed doubts about this.
"""


def test_a_sentence_on_an_occasion_at_another_place_never_answers_unlabelled(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "valletta.txt", PLACES_AND_DOUBTS)
    answer = kb.answer("What did the Valletta talks agree on?")
    narva = [i for i in answer.items if "Narva" in i.text]
    assert narva and all(i.label is not None for i in narva), [(i.label, i.text) for i in answer.items]


def test_words_on_this_are_on_what_the_sentence_before_names(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "valletta.txt", PLACES_AND_DOUBTS)
    _answered_first(
        kb,
        (
            "Where does Ilves stand on sending observers to the Valletta talks?",
            "what did Ilves say about sending observers?",
        ),
        "expressed doubts about this",
    )


GRAIN_LEVY = """date: 2026-11-12
source: Nordic Wire
title: Allies back Kyiv budget but shelve the grain levy

Allied leaders on Wednesday agreed to cover Ukraine's budget gap for next year but shelved the grain levy on Russian exports until January, amid Norwegian objections.

Norway, which handles most of the affected shipments, refused to endorse the grain levy without further guarantees.

Norwegian Prime Minister Eirik Dahl set out two conditions before the meeting: all allies must share the legal costs of the scheme; and the shipping companies must be compensated for their losses.
"""


def test_a_partys_demand_search_finds_for_the_question_answers_as_a_demand(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "levy.txt", GRAIN_LEVY)
    # the party's demands lead, in an article about the topic though their own words never name it; "before
    # agreeing to" sets the condition, it is no topic: the same answer as "what does Norway want on the grain levy?"
    for wording in (
        "What does Norway demand before agreeing to the grain levy?",
        "What does Norway want on the grain levy?",
    ):
        asked = kb.answer(wording)
        assert "share the legal costs" in asked.items[0].citations[0].quote, asked
        assert asked.items[0].text.startswith("Norway") and asked.items[0].label is None, asked
    conditions = kb.answer("what are Norway's conditions for the grain levy?")
    first = conditions.items[0]
    assert first.text.startswith("Norway") and first.label is None, conditions
    assert any("share the legal costs" in i.text and i.label is None for i in conditions.items), conditions


def test_a_plan_a_later_article_says_was_pushed_back_is_never_its_date_unhedged(tmp_path: Path) -> None:
    kb = _corpus(
        tmp_path,
        {
            "split1.txt": "date: 2026-03-20\nsource: Adriatic Post\ntitle: First round of Split talks ends\n\n"
            "The first round of talks in Split ended on Thursday without a deal.\n\n"
            "Mediator Vesna Horvat said a second round of talks would take place in Split on April 9.\n",
            "split2.txt": "date: 2026-04-02\nsource: Danube Daily\ntitle: Split talks delayed\n\n"
            "The second round of talks, which Horvat had announced for April 9, has now been pushed back.\n",
        },
    )
    for question in ("When is the second round of talks?", "second round date?"):
        answer = kb.answer(question)
        unhedged = [i for i in answer.items if i.label is None and i.date == "2026-04-09"]
        assert not unhedged, (question, [(i.label, i.date, i.text) for i in answer.items])
        assert any("pushed back" in c.quote for i in answer.items for c in i.citations), answer


def test_words_a_speaker_goes_on_with_after_a_quotation_are_theirs(tmp_path: Path) -> None:
    text = """date: 2026-02-03
source: Bergen Tidende
title: Fisheries minister speaks on the seizures

Norwegian Fisheries Minister Halvard Moen spoke to reporters in Bergen on Monday.

"The talks were useful," Moen said.

"When I see trawlers being seized at sea, that is no good. We will not accept it," he continued.
"""
    kb = _knowledge(tmp_path, "moen.txt", text)
    answer = kb.answer("Moen's reaction to the trawlers being seized?")
    first = answer.items[0]
    assert first.text.startswith("Halvard Moen") and "trawlers being seized" in first.text, answer
    # ... never a sentence going on with another act: "he continued to press for sanctions" says nothing
    (tmp_path / "pressed").mkdir()
    pressed = _knowledge(
        tmp_path / "pressed",
        "pressed.txt",
        text + "\nAfter the talks, he continued to press for new sanctions on the fleet owners.\n",
    )
    on_sanctions = pressed.answer("What did Moen say about sanctions?")
    assert not any(
        i.label is None and i.text.startswith("Halvard Moen") and "continued to press" in i.text
        for i in on_sanctions.items
    ), on_sanctions


FERRY_SWAP = """date: 2026-06-12
source: Baltic Courier
title: Detainees come home as Riga talks pause

Latvia and Estonia exchanged 214 detained fishermen on Thursday at a crossing near Valka, the first result of the talks.

The two sides had agreed in principle to exchange 260 fishermen on the first day of the talks.

The last direct meeting between the two sides took place in Narva in March 2025, producing a series of fishermen exchanges but no accord.

The fishermen exchange planned for Tuesday has been postponed, officials said last week.

Moscow refused to return to Narva because it considers the town too close to the border, officials said.

The Estonian navy refused to escort the ferries without preconditions being met.

The delegations went home on Saturday and are due back in Riga soon.

Latvia wants the ferry line handed to a neutral operator for two years before returning to Latvian control.

On the ferry line, the positions are closer than on any other issue.

On June 9, Latvian Foreign Ministry spokesperson Ilze Berzina said the tolls would "backfire" on Estonia.

Janis Ozols, the Latvian negotiator, said the next round would open in Riga on August 3.
"""


@pytest.fixture(scope="module")
def fishermen(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    folder: Path = tmp_path_factory.mktemp("ferry") / "corpus"
    folder.mkdir()
    (folder / "fishermen.txt").write_text(FERRY_SWAP, encoding="utf-8")
    return KnowledgeBase(load_articles(folder).articles)


def test_a_count_the_asked_verb_governs_comes_before_one_only_aimed_at(fishermen: KnowledgeBase) -> None:
    _answered_first(fishermen, ("How many fishermen were exchanged?", "how many fishermen did they exchange?"), "214")


def test_a_swap_asked_when_it_actually_happened_is_its_held_day_not_a_plan_or_history(fishermen: KnowledgeBase) -> None:
    for question in (
        "When did the fishermen exchange actually take place?",
        "When did the fishermen exchange take place?",
    ):
        answer = fishermen.answer(question)
        assert answer.items[0].date == "2026-06-11", (question, [(i.label, i.date, i.text) for i in answer.items])


def test_a_reason_is_read_after_go_back_to_and_without_preconditions_is_none(fishermen: KnowledgeBase) -> None:
    _answered_first(fishermen, ("Why did Moscow refuse to go back to Narva?",), "too close to the border")


def test_a_question_naming_one_side_ranks_its_sentences_first_among_the_closest(fishermen: KnowledgeBase) -> None:
    answer = fishermen.answer("Latvia position on the ferry line?")
    assert "Latvia wants the ferry line" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_someones_comments_asked_when_are_the_day_they_spoke(fishermen: KnowledgeBase) -> None:
    for question in (
        "When did Berzina make her comments on the tolls?",
        "when did Berzina give her remarks about tolls",
    ):
        answer = fishermen.answer(question)
        first = answer.items[0]
        assert first.date == "2026-06-09" and "backfire" in first.text and first.label is None, (question, answer)


def test_a_plan_for_after_the_newest_article_never_answers_a_past_question_unhedged(fishermen: KnowledgeBase) -> None:
    answer = fishermen.answer("When did the Riga round open?")
    # the best match is the plan for August, still to come: nothing answers for sure (no other event unhedged either)
    assert all(i.label is not None for i in answer.items), [(i.label, i.date, i.text) for i in answer.items]
    planned = fishermen.answer("When will the Riga round open?")
    assert planned.items[0].date == "2026-08-03", planned


VARNA = """date: 2026-07-15
source: Danube Daily
title: Tanev to lead delegation as Kesk skips Varna talks

The delegation will be led by Mirko Tanev, an aide to the Bulgarian president, who already took part in the Varna talks in 2024.

On July 11, Tanev suggested that the sides resume direct talks on July 16 in Varna without preconditions.

Latvian President Aldo Kesk will also not travel to Varna to take part in the talks, the Riga Post reported.

As the paper's source noted, the decision was made after Tanev announced the composition of the Bulgarian delegation.
"""


def test_a_role_asked_with_its_occasion_is_the_role(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "varna.txt", VARNA)
    for question in ("who heads Bulgaria's delegation to the Varna talks", "who leads the Bulgarian delegation?"):
        answer = kb.answer(question)
        assert answer.items[0].text.startswith("Mirko Tanev"), (question, answer)


def test_a_decision_made_after_something_is_its_reason_and_no_preconditions_is_none(tmp_path: Path) -> None:
    kb = _knowledge(tmp_path, "varna.txt", VARNA)
    answer = kb.answer("Why isn't Kesk going to the talks in Varna?")
    assert "the decision was made after" in answer.items[0].text, [(i.label, i.text) for i in answer.items]
    assert not any("without preconditions" in i.text and i.label is None for i in answer.items), answer


def test_a_person_before_an_appositive_takes_the_stance_for_their_side(tmp_path: Path) -> None:
    text = """date: 2026-03-05
source: Nordic Wire
title: Stockholm condemns new fishing sanctions

Furthermore, Mara Lind, a spokeswoman for the Swedish Foreign Ministry, condemned the sanctions at a briefing on Tuesday, saying Stockholm opposes measures that lack a legal basis.
"""
    kb = _knowledge(tmp_path, "lind.txt", text)
    answer = kb.answer("Stockholm's position on the sanctions?")
    first = answer.items[0]
    assert (first.party, first.issue, first.stance, first.label) == ("Sweden", "sanctions", "rejects", None), answer
    assert "(via Mara Lind)" in first.text, first.text


def test_a_post_someone_agreed_to_take_is_the_post_given(tmp_path: Path) -> None:
    text = """date: 2026-04-02
source: Baltic Courier
title: Kesk moves to the defence ministry

Latvian Prime Minister Aldo Kesk said the president had asked whether he would agree to lead the Ministry of Defence, and he said yes.
"""
    kb = _knowledge(tmp_path, "kesk.txt", text)
    for question in ("What job did Kesk agree to take?", "Kesk's new job?"):
        answer = kb.answer(question)
        assert answer.message is not None and "agreed to head the Ministry of Defence" in answer.message, answer
        assert not answer.items[0].text.startswith("Aldo Kesk — Latvian Prime Minister"), (question, answer)
    (tmp_path / "other").mkdir()
    other = _knowledge(
        tmp_path / "other",
        "other.txt",
        "date: 2026-04-02\nsource: Baltic Courier\ntitle: Talks\n\nLatvian Prime Minister Aldo Kesk agreed to lead "
        "Latvia's delegation to the Tartu talks.\n",
    )
    whose = other.answer("What job did Kesk agree to take?")
    assert "head of the Latvia" not in (whose.message or ""), whose.message  # a body's name, never whose it is


def test_a_date_asked_of_what_the_questions_own_clause_names_not_its_relative_clause(tmp_path: Path) -> None:
    text = """date: 2026-05-12
source: Baltic Courier
title: Ministers follow up on the leaders' call

"On May 11, a phone conversation was held between Estonian Foreign Minister Liis Tamm and Latvian Foreign Minister Ivo Berzins. A useful discussion of steps to implement the understandings reached during the May 4 phone conversation between Estonian President Aldo Kesk and Latvian President Rita Varo was held," the Estonian ministry stated.
"""
    kb = _knowledge(tmp_path, "call.txt", text)
    answer = kb.answer("What was the date of the Kesk–Varo phone call whose understandings Tamm and Berzins discussed?")
    assert answer.items[0].date == "2026-05-04", [(i.label, i.date, i.text) for i in answer.items]
    ministers = kb.answer("When did Tamm and Berzins speak by phone?")
    assert ministers.items[0].date == "2026-05-11", [(i.label, i.date, i.text) for i in ministers.items]


TRUCE_AND_VISIT = """date: 2026-09-07
source: Baltic Courier
title: Kesk orders a harvest truce

Latvian President Aldo Kesk ordered his forces to stop all firing from Saturday evening through Sunday, declaring a "harvest truce".

Kesk claimed that Tallinn's response to the truce would shed light on Estonia's readiness to negotiate.

Hugo Brandt, the German envoy, met with Estonian President Rita Varo in Tartu to seek her support for a ferry accord.

Brandt was accompanied by Lena Vogt, who visited Estonia in May to negotiate a fishing deal.

Estonia's energy ministry said on Monday that a Latvian drone had knocked out a substation in the Valga region the previous day.

Mart Bruce, a Latvian spokesman, declined to comment.
"""


@pytest.fixture(scope="module")
def harvest(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("harvest"), {"harvest.txt": TRUCE_AND_VISIT})


def test_a_span_from_one_day_to_another_answers_how_long(harvest: KnowledgeBase) -> None:
    _answered_first(harvest, ("harvest truce length?", "how long did the harvest truce last?"), "through Sunday")


def test_a_meetings_purpose_is_its_reason_never_a_relative_clauses_on_someone_else(harvest: KnowledgeBase) -> None:
    _answered_first(harvest, ("why did Brandt meet Varo?", "why did brant meet varo?"), "to seek her support")


def test_a_response_to_a_thing_is_never_a_response_to_a_person_named_like_it(harvest: KnowledgeBase) -> None:
    answer = harvest.answer("What did Kesk say Tallinn's response to the truce would show?")
    assert "Bruce" not in (answer.message or ""), answer.message
    assert any("shed light" in i.text for i in answer.items[:2]), [(i.label, i.text) for i in answer.items]


def test_the_day_before_the_day_of_the_saying_dates_what_was_said(harvest: KnowledgeBase) -> None:
    answer = harvest.answer("When was the substation in the Valga region knocked out?")
    assert answer.items[0].date == "2026-09-06", [(i.label, i.date, i.text) for i in answer.items]


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs checks and Latvia's fishing demand were both parked until autumn.",
        "Estonia wants the tolls cut first, while Latvia wants its fishing demand settled first.",
        "Whether Riga wants a deal at all is the question no statement has yet answered.",
    ],
)
def test_a_demand_told_of_is_no_demand_of_its_words(tmp_path: Path, sentence: str) -> None:
    text = f"date: 2026-05-02\nsource: Baltic Courier\ntitle: Quota talks\n\n{sentence}\n"
    kb = _knowledge(tmp_path, "quota.txt", text)
    # (what the sentence says of the demand, or a question about one: "its fishing demand settled first" is fine)
    junk = ("both parked", "settled first", "a deal at all")
    texts = [d.demand.text for d in kb.store.demands(["Latvia"])]
    assert not any(text.startswith(junk) for text in texts), (sentence, texts)


GUARDS = """date: 2026-10-02
source: Baltic Courier
title: Narva talks open as drones strike the coast

Overnight, 3 buildings were damaged in Parnu.

Overnight, 12 drones were shot down over Parnu.

Latvia launched 40 drones at the Estonian coast overnight, the Estonian navy said.

Delegations flew from both capitals to Monday's talks in Narva.

The sides agreed to hold the next round of talks in Valga.

Kesk announced on Monday that the Narva summit had been postponed.

On Tuesday, Tamm said the summit delay was regrettable.

Brandt had met Varo in March to seek her support for the ferry accord.

On Sunday, Tamm proposed resuming direct talks in Valga without preconditions.
"""


@pytest.fixture(scope="module")
def guards(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return _corpus(tmp_path_factory.mktemp("guards"), {"guards.txt": GUARDS})


def test_a_count_of_something_else_or_a_word_of_time_is_no_count_by_the_verb(guards: KnowledgeBase) -> None:
    answer = guards.answer("How many drones did Latvia launch overnight?")
    assert "40 drones" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_a_trip_from_places_to_a_days_talks_is_no_span_of_time(guards: KnowledgeBase) -> None:
    answer = guards.answer("How long did the Narva talks last?")
    assert not any(i.label is None and "flew from both capitals" in i.text for i in answer.items), answer


def test_a_plan_to_meet_somewhere_else_is_what_the_talks_agreed_not_another_occasion(guards: KnowledgeBase) -> None:
    answer = guards.answer("What did the Narva talks agree on?")
    assert "next round of talks in Valga" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_the_day_of_an_announcement_is_no_plan_called_off(guards: KnowledgeBase) -> None:
    answer = guards.answer("When did Kesk announce the summit postponement?")
    assert answer.items[0].date == "2026-09-28", [(i.label, i.date, i.text) for i in answer.items]


def test_a_purpose_told_in_the_past_perfect_is_a_reason_and_no_preconditions_is_none(guards: KnowledgeBase) -> None:
    _answered_first(guards, ("why did Brandt meet Varo?",), "to seek her support")
    proposed = guards.answer("Why did Tamm propose resuming direct talks in Valga?")
    assert proposed.items[0].label is not None, proposed  # "without preconditions" states no reason


@pytest.mark.parametrize(
    ("question", "year"),
    [("when is the summit planned for 2027?", 2027), ("when was the summit scheduled for 2027?", 2027)],
)
def test_a_year_a_plan_is_set_for_stays_a_date(question: str, year: int) -> None:
    from knowledge.answering.question_dates import date_filter

    assert date_filter(question).year == year


def test_a_count_asked_of_a_side_named_as_a_place_comes_first(tmp_path: Path) -> None:
    text = """date: 2026-06-21
source: Baltic Courier
title: Prisoners freed

The release of 14 prisoners on Saturday accelerated a slow process, the paper noted.

Brandt was accompanied in Minsk by an aide who had handled the file.
"""
    kb = _knowledge(tmp_path, "freed.txt", text)
    answer = kb.answer("number of prisoners freed in Belarus")
    assert "14 prisoners" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_a_role_with_an_occasion_after_its_body_keeps_the_body(tmp_path: Path) -> None:
    from knowledge.roles import _without_occasion

    assert _without_occasion("head of the delegation at the talks") == "head of the delegation"
    assert _without_occasion("head of russia's delegation to the istanbul talks") == "head of russia's delegation"
    assert _without_occasion("Secretary of the Security Council") == "Secretary of the Security Council"


def test_a_round_counted_by_another_ordinal_or_by_none_never_answers_where_the_asked_one_is(tmp_path: Path) -> None:
    text = """date: 2026-04-22
source: Adriatic Post
title: Split talks pause

The talks, held behind closed doors at the Diocletian Palace, are mediated by Croatian envoy Vesna Horvat.

Horvat said a second round of talks would take place in Split on May 12.
"""
    kb = _knowledge(tmp_path, "split.txt", text)
    third = kb.answer("Where will the third round of talks be held?")
    assert all(i.label is not None for i in third.items), [(i.label, i.text) for i in third.items]
    second = kb.answer("Where will the second round of talks be held?")
    assert "Split on May 12" in second.items[0].text and second.items[0].label is None, second


def test_supposed_and_unlikely_are_the_askers_words_for_what_articles_write_otherwise(tmp_path: Path) -> None:
    text = """date: 2026-10-21
source: Lake Post
title: Kesk-Varo summit likely to be stalled

Latvia said on Monday that Tamm and Berzins held a useful call as part of preparations for the summit between their two presidents in Valga, Estonia.

According to the sources, Tamm and Berzins disagreed on the quotas, and Berzins is not likely to recommend that the Kesk-Varo summit move forward next week.
"""
    kb = _knowledge(tmp_path, "valga.txt", text)
    _answered_first(kb, ("Where is the Kesk-Varo summit supposed to take place?",), "in Valga, Estonia")
    _answered_first(
        kb, ("Why is Berzins unlikely to recommend that the Kesk-Varo summit go ahead?",), "disagreed on the quotas"
    )


def test_a_contraction_typed_without_its_apostrophe_and_words_said_in_a_place_on_a_day(tmp_path: Path) -> None:
    text = """date: 2026-07-15
source: Sea Monitor
title: Demining talks

"The river does not care who laid a mine," Ingrid Holm said in Tallinn on Friday.
"""
    kb = _knowledge(tmp_path, "holm.txt", text)
    answer = kb.answer("who said the river doesnt care who laid a mine")
    first = answer.items[0]
    assert first.text.startswith("Ingrid Holm") and first.date == "2026-07-10", answer


def test_a_sentence_stating_another_day_is_no_news_of_the_day_asked(tmp_path: Path) -> None:
    text = """date: 2026-12-01
source: Lake Post
title: Kesk meets Varo again after Tartu talks

Estonia has sought to revise the plan in talks with Riga, initially during consultations in Narva on Nov. 23 and subsequently in Tartu.

Kesk, Tamm and Berzins held talks on the plan with a Latvian delegation in Tartu on Nov. 30.
"""
    kb = _knowledge(tmp_path, "tartu.txt", text)
    answer = kb.answer("Where did the Nov 30 Estonia-Latvia talks take place?")
    assert "in Tartu on Nov. 30" in answer.items[0].text, [(i.label, i.date, i.text) for i in answer.items]


def test_an_outlet_someone_spoke_to_is_no_place() -> None:
    from knowledge.answering.answer_types import _venues

    text = "The meeting took place because questions remain, according to sources who spoke to AFP."
    assert [m.group("place") for m in _venues(text)] == []
    assert [m.group("place") for m in _venues("The delegations flew to Tallinn on Monday.")] == ["Tallinn"]


def test_a_church_title_speaks_and_a_prisoner_of_war_is_a_prisoner(tmp_path: Path) -> None:
    text = """date: 2026-04-10
source: Tiber Wire
title: Rome talks yield a swap outline

The talks were chaired by Cardinal Paolo Renzi, the papal envoy, and Latvian negotiator Ilze Ozola led her side.

"The path is narrow, but it is open," the cardinal said at a briefing on Thursday.

"No child should ever be a bargaining chip," he added.

Riga came to Rome demanding an all-for-all exchange and the priority release of sick prisoners.
"""
    kb = _knowledge(tmp_path, "rome.txt", text)
    said = kb.answer("Who said 'No child should ever be a bargaining chip'?")
    assert said.items[0].text.startswith("Paolo Renzi"), said.items[0].text
    demands = kb.answer("What does Latvia demand on prisoners of war?")
    assert demands.items[0].text.startswith("Latvia") and "prisoners" in demands.items[0].text, demands


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        (
            "The exchange had been scheduled for Saturday at the border, when it was postponed.",
            "2026-04-22",
            "2026-04-18",
        ),
        ("The swap is on track for Saturday, officials said.", "2026-04-17", "2026-04-18"),
    ],
)
def test_a_plan_in_the_past_perfect_is_the_day_gone_and_on_track_for_is_to_come(
    sentence: str, published: str, day: str
) -> None:
    found = find_dates(sentence, dt.date.fromisoformat(published))
    assert [m.date.iso for m in found] == [day], found


def test_a_lead_tells_the_event_its_headline_names(tmp_path: Path) -> None:
    # news writing opens with the headline's event: "sat down in the Moldovan capital on Monday" under "open Chisinau
    # talks" tells when the talks opened, over a plan for a later round and an "open to dialogue"
    opening = """date: 2026-03-10
source: Test Wire
title: Latvia and Georgia open Chisinau talks on river ferries

CHISINAU, March 10 (Test Wire) - Latvian and Georgian negotiators sat down in the Moldovan capital on Monday for their first direct talks in two years, seeking a deal on river ferries.

"We came to Chisinau to talk about boats, not borders," envoy Ilze Varna told reporters after the opening session.

Varna said the first round would run until Thursday.
"""
    later = """date: 2026-03-20
source: Test Post
title: Chisinau ferry talks stall

A Georgian spokesman, Dato Beridze, said on Thursday that Georgia remained "open to dialogue" on the ferries.

The mediator said the next round would open in Chisinau on April 14 and that both delegations would attend.
"""
    knowledge = _corpus(tmp_path, {"opening.txt": opening, "later.txt": later})
    for question in (
        "When did the Chisinau talks open?",
        "chisinau talks opening date?",
        "When did talks in Chisinau begin?",
    ):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert first.date == "2026-03-09" and first.label is None, (question, [(i.label, i.date) for i in answer.items])


def test_the_sides_of_a_meeting_are_people_though_no_title_names_them() -> None:
    sentence = "The envoys also prepared a possible meeting between Aldis Berzinsh and Toomas Kaskk in the spring."
    assert [(m.name, m.is_person) for m in find_names(sentence)] == [("Aldis Berzinsh", True), ("Toomas Kaskk", True)]
    # ... but the sides of talks between parties are no people
    assert not any(m.is_person for m in find_names("Talks between Saudi Arabia and United States went on."))


def test_may_after_a_determiner_is_the_month_and_a_modal_is_not() -> None:
    from knowledge.answering.question_dates import date_filter

    assert date_filter("Where are the May ferry talks being held?").month == 5
    assert date_filter("what did Tallinn say last May?").month == 5
    assert date_filter("what may the talks bring?").month is None
    assert date_filter("how this may affect the ferry talks?").month is None  # "this may" is the verb


LINEUP = """date: 2026-09-20
source: Test Wire
title: Tallinn names its ferry negotiators

On the evening of September 18, Prime Minister Anu Saar approved the composition of the Estonian delegation for the ferry talks in Riga.

Estonia says more than 3,000 of its fishermen remain in Latvian detention.

Latvia hosted the first session, which lasted a little over five hours.

The Latvian side decided on Friday to postpone the vote on the quota.
"""


def test_a_when_question_in_the_askers_own_noun_for_a_compound_answers_unhedged(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "lineup.txt", LINEUP)
    answer = knowledge.answer("When did Saar sign off on the delegation lineup?")
    first = answer.items[0]
    assert first.date == "2026-09-18" and first.label is None, answer
    assert "lineup" in (answer.message or ""), answer.message  # the word no article uses is still named


def test_a_verb_finds_the_noun_made_from_it_and_the_noun_its_verb() -> None:
    from knowledge.lexicon import derived
    from knowledge.text import stem

    assert stem("detention") in derived(stem("detained")) and stem("decided") in derived(stem("decision"))
    assert stem("resumption") in derived(stem("resume")) and stem("ratified") in derived(stem("ratification"))
    assert not derived(stem("contain")) and not derived(stem("lead"))


def test_a_count_asked_with_the_verb_in_another_form_finds_its_noun(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "lineup.txt", LINEUP)
    _answered_first(knowledge, ("How many Estonians are still detained in Latvia?",), "more than 3,000")


def test_how_much_with_any_form_of_a_money_verb_asks_for_a_sum(tmp_path: Path) -> None:
    from knowledge.answering.question import question_kind

    for question in ("How much is Latvia paying to host the talks?", "how much are they spending on it?"):
        assert question_kind(question) == "amount", question
    knowledge = _knowledge(tmp_path, "lineup.txt", LINEUP)
    answer = knowledge.answer("How much is Latvia paying to host the talks?")  # "five hours" is no sum
    assert all(item.label for item in answer.items) and "amount" in (answer.message or ""), answer


def test_a_stance_no_extraction_holds_is_what_the_sides_spokespeople_said_on_it(tmp_path: Path) -> None:
    text = """date: 2026-05-04
source: Test Review
title: Analysis: the gaps after Tartu

What to watch: whether Estonia links sanctions relief to a ferry deal, and whether the EU finds a way into the talks.

Ilze Varna, the EU's trade commissioner, has said sanctions will remain in force until the Estonian fleet withdraws from the bay.

Estonian officials have also said any deal must include the lifting of Western sanctions on Estonian banks.

The European Union supports an immediate ceasefire on the bay, its envoy said.
"""
    knowledge = _knowledge(tmp_path, "gaps.txt", text)  # (a stance of the EU extracted, on another issue)
    answer = knowledge.answer("EU stance on sanctions against Estonia")
    assert "will remain in force" in answer.items[0].text, [(i.label, i.text) for i in answer.items]
    # never "Nothing stated": the header says what is shown, their words on it (their stated view, unhedged since a
    # caveat over the person's own words read as "not found" to fresh users)
    message = (answer.message or "").lower()
    assert "said on it" in message and "nothing" not in message and answer.items[0].label is None, answer.message


def test_a_light_verb_neither_tells_nor_is_missing_from_the_answer(tmp_path: Path) -> None:
    text = """date: 2026-08-12
source: Test Wire
title: Saar gives Tallinn two weeks

"We will know in about two weeks whether they mean it," Prime Minister Anu Saar said on Monday in answer to questions in Riga.

Saar met the Latvian envoy on Tuesday.
"""
    knowledge = _knowledge(tmp_path, "saar.txt", text)
    question = knowledge.context.question("Where was Saar when she made the two-week comment?")
    telling = {question.groups[n].word for n in knowledge.context.ranker.telling(question)}
    assert telling and "made" not in telling, telling  # a light verb never tells what is asked
    answer = knowledge.answer("Where was Saar when she made the two-week comment?")
    first = answer.items[0]
    assert "Riga" in first.text and first.label is None, (answer.message, [(i.label, i.text) for i in answer.items])


def test_a_role_asked_with_the_place_its_team_meets_is_that_sides_role(tmp_path: Path) -> None:
    text = """date: 2026-06-02
source: Test Wire
title: Latvia names its team for the Vilnius talks

The delegation will be led by Inese Kalnina, an adviser to the Latvian "president", who already took part in the ferry negotiations in 2024.

Latvian President Aldis Berzins approved the composition of the Latvian delegation for the talks in Lithuania.
"""
    knowledge = _knowledge(tmp_path, "team.txt", text)
    for question in ("Who is heading the Latvian negotiating team in Lithuania?", "who heads the Latvian team?"):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert first.text.startswith("Inese Kalnina") and first.label is None, (question, answer.message, first)


def test_the_verb_a_condition_is_set_on_is_no_topic_of_a_demand(tmp_path: Path) -> None:
    text = """date: 2026-07-01
source: Test Wire
title: Ferry talks in Kaunas

The source said that Latvia's demands include the withdrawal of Estonian patrol boats from the bay before a truce can be declared.

The statement said that Estonia and Latvia agreed to develop measures for implementing an agreement reached between the two prime ministers.

A truce on the bay would be the first since 2019, and a truce on the river may follow.

Fishermen on both shores said they doubted a truce would hold.
"""
    knowledge = _knowledge(tmp_path, "kaunas.txt", text)  # ("truce" common, "agree" rare: it would weigh most)
    for question in (
        "What is Riga demanding before it will agree to a truce?",
        "Latvia's conditions for accepting a truce?",
    ):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert "withdrawal of Estonian patrol boats" in first.text and first.label is None, (question, answer)


def test_a_relative_clause_telling_the_act_asked_dates_it(tmp_path: Path) -> None:
    text = """date: 2026-09-09
source: Test Wire
title: Ferry talks resume in Tartu

Latvia is represented by Ilze Varna, the special envoy for Estonia, who arrived in Tartu on Sunday after meetings in Riga last week.

Ilze Varna called the delay "disappointing but not surprising."
"""
    knowledge = _knowledge(tmp_path, "tartu.txt", text)
    for question in ("When did the Latvian envoy get to Tartu?", "When did Varna arrive in Tartu?"):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert first.date == "2026-09-06" and first.label is None, (question, answer)
        assert not first.text.startswith("Estonia, who"), (
            first.text
        )  # a clause cut from its "who" reads as the sentence


def test_of_two_dates_in_a_sentence_the_one_naming_those_asked_answers_even_for_last(tmp_path: Path) -> None:
    text = """date: 2026-05-21
source: Test Wire
title: Berzins-Tamm summit likely to stall

"On May 20, a phone conversation was held between Latvian Foreign Minister Ilze Varna and Estonian Foreign Minister Mart Kesk. A constructive discussion of steps to implement the understandings reached during the May 16 phone conversation between Latvian President Aldis Berzins and Estonian President Alar Tamm was held," the ministry said.
"""
    knowledge = _knowledge(tmp_path, "stall.txt", text)
    _dated_first(knowledge, ("When did Berzins and Tamm last talk by phone?", "Berzins Tamm call date?"), "2026-05-16")
    _dated_first(knowledge, ("When did Varna and Kesk last talk by phone?",), "2026-05-20")


def test_a_place_asked_for_two_people_is_hedged_when_no_sentence_names_both(tmp_path: Path) -> None:
    text = """date: 2026-10-21
source: Test Wire
title: Kesk-Varo summit likely to stall

On the evening of October 14, Estonian President Mart Kesk approved the composition of the Estonian delegation for negotiations on the ferry dispute in Lithuania.

Latvian President Ilmar Varo said the ferry line must reopen first.

Estonia said on Monday that its foreign minister held a "constructive" call as part of preparations for the meeting between the two presidents in Vilnius.
"""
    knowledge = _knowledge(tmp_path, "stall.txt", text)
    answer = knowledge.answer("Where was the Kesk-Varo summit supposed to take place?")
    # Lithuania is no answer (the sentence names Kesk alone); the meeting "between the two presidents in Vilnius", under
    # a headline naming them both, is
    assert not any("Lithuania" in item.text for item in answer.items if item.label is None), answer.items
    assert "Vilnius" in answer.items[0].text and answer.items[0].label is None, [
        (i.label, i.text) for i in answer.items
    ]
    (tmp_path / "2").mkdir()
    together = _knowledge(
        tmp_path / "2", "met.txt", text + "\nKesk and Varo met in Riga on October 2 for their first summit.\n"
    )
    met = together.answer("Where did the Kesk-Varo summit take place?")
    assert "Riga" in met.items[0].text and met.items[0].label is None, [(i.label, i.text) for i in met.items]


def test_the_quotation_a_sentence_announces_is_on_that_sentences_topic(tmp_path: Path) -> None:
    text = """date: 2026-08-18
source: Test Radio
title: Pressure must be put on the aggressor, says FM Saar

Estonian Foreign Minister Anu Saar said that Latvia should negotiate any concessions on the ferry line itself.

Saar also commented on Friday's summit between the Latvian and Lithuanian presidents in Narva.

“I don't think any formal agreements were reached. There were some positive elements, but also worrying ones,” she said.
"""
    knowledge = _knowledge(tmp_path, "saar.txt", text)
    for question in ("Saar's take on the Narva summit?", "what did Saar say about the Narva summit?"):
        answer = knowledge.answer(question)
        assert "formal agreements" in answer.items[0].text, (question, [i.text for i in answer.items])


def test_got_back_is_received(tmp_path: Path) -> None:
    text = """date: 2026-03-13
source: Test Wire
title: Latvia and Estonia swap bodies

Latvia received 800 bodies that Estonia says belong to Latvian servicemen, while 12 bodies were handed over to the Estonian side.

Separately, the two sides repatriated the bodies of fallen sailors.
"""
    knowledge = _knowledge(tmp_path, "bodies.txt", text)
    answer = knowledge.answer("How many bodies of fallen soldiers did Latvia get back?")
    assert "800" in answer.items[0].text and answer.items[0].label is None, (answer.message, answer.items[0])


def test_a_quotation_standing_alone_goes_on_with_the_speaker_before() -> None:
    from knowledge.extract.registry import extract_people
    from knowledge.extract.speakers import ActorFinder

    text = (
        '"Every one of them is a family that gets its son back," Ants Tamm said in a statement. '
        '"But hundreds more are still held, and we will not stop until they are home."\n\n'
        '"Nobody else said it," the report added.'
    )
    sentences = split_article("t", text)
    speakers = ActorFinder(extract_people(sentences)).speakers(sentences)
    names = {s.index: speakers[s.index].name if s.index in speakers else None for s in sentences}
    assert [names[s.index] for s in sentences[:2]] == ["Ants Tamm", "Ants Tamm"], names


def test_a_participle_no_article_uses_is_the_askers_verb_not_a_missing_thing(tmp_path: Path) -> None:
    text = """date: 2026-08-09
source: Test Wire
title: Kesk and Varo to meet in Narva

The long-awaited meeting between Estonian President Mart Kesk and Latvian President Ilmar Varo will take place next Friday in Narva, Kesk said.
"""
    knowledge = _knowledge(tmp_path, "narva.txt", text)
    answer = knowledge.answer("When is the Kesk-Varo meeting in Narva scheduled?")
    first = answer.items[0]
    assert first.date == "2026-08-14" and first.label in (None, "planned"), (answer.message, first)
    # the asker's word for a plan ("scheduled"), which no article uses, is answered by the planned day: no note that
    # it is missing (a hedge users read as doubt about a right answer)
    assert answer.message is None, answer.message
    minerals = knowledge.answer("When was the minerals deal signed?")  # a missing noun names another thing
    assert all(item.label for item in minerals.items) or not minerals.found, minerals


def test_news_comes_before_history_for_a_question_naming_no_time(tmp_path: Path) -> None:
    text = """date: 2026-06-21
source: Test Wire
title: Envoy visits Riga

Mart Kesk, the Estonian special envoy, met Latvian President Ilmar Varo to seek his support for a ferry deal.

Details: The Times quoted the presidential press secretary, Anna Lepp, as saying that the talks, which began on Friday night, lasted six and a half hours and covered sanctions against Latvia, the conflicts in Ukraine and the Middle East, and Latvia's relations with its neighbours, the fate of political prisoners held in Latvian jails and the reopening of the border crossings for freight lorries and buses.

The paper says that during a meeting with Varo in 2020, then-minister Toomas Ilves aimed to weaken Varo's ties.
"""
    knowledge = _knowledge(tmp_path, "riga.txt", text)
    _dated_first(knowledge, ("kesk varo meeting date?", "When did Kesk and Varo meet?"), "2026-06-19")
    _dated_first(knowledge, ("When did Ilves meet Varo in 2020?",), "2020")


def test_a_plan_told_as_changed_is_never_the_date_and_its_new_date_comes_first(tmp_path: Path) -> None:
    text = """date: 2027-05-19
source: Test Review
title: Analysis: the Bar talks hit a wall

The meeting between Estonian Foreign Minister Anu Saar and her Latvian counterpart, Ilmar Varo, had been scheduled for this Friday, May 21. The ministry said on Tuesday that it had been postponed to June 9 "at the request of the parties".
"""
    knowledge = _knowledge(tmp_path, "bar.txt", text)
    answer = knowledge.answer("saar varo meeting date?")
    assert answer.items[0].date == "2027-06-09", [(i.label, i.date) for i in answer.items]
    assert all(item.date != "2027-05-21" or item.label == "closest sentence" for item in answer.items), answer
    from knowledge.extract.dates import find_dates

    found = find_dates("It had been scheduled for this Friday, May 21.", dt.date(2027, 5, 19))
    assert [m.date.start for m in found] == [dt.date(2027, 5, 21)]  # "this Friday, May 21" is one date
    # ... but another plan put off in the next sentence is no new date of this one, and a plan in reported speech
    # that stands is its date
    other = text.replace(
        'The ministry said on Tuesday that it had been postponed to June 9 "at the request of the parties".',
        "Separately, parliament postponed the vote on the fishing quota to June 9.",
    )
    (tmp_path / "2").mkdir()
    elsewhere = _knowledge(tmp_path / "2", "bar.txt", other).answer("saar varo meeting date?")
    assert all(item.label != "new date of a changed plan" for item in elsewhere.items), elsewhere
    standing = "Lepp told reporters that the meeting between Saar and Varo had been set for May 21 in Narva and would go ahead."
    (tmp_path / "3").mkdir()
    kept = _knowledge(tmp_path / "3", "bar.txt", text.split("\n\n")[0] + "\n\n" + standing + "\n").answer(
        "saar varo meeting date?"
    )
    assert kept.items[0].date == "2027-05-21" and kept.items[0].label in (None, "planned"), kept


def test_a_done_event_never_answers_when_a_plan_is_to_happen(tmp_path: Path) -> None:
    text = """date: 2027-03-12
source: Test Ledger
title: Latvia and Estonia agree a harbour truce

Estonian drone strikes hit harbour cranes in at least three towns last month, leaving the ports idle.

Latvia and Estonia agreed on Thursday to halt strikes on each other's harbours for 60 days.

The night ferries stop running in winter.
"""
    knowledge = _knowledge(tmp_path, "truce.txt", text)  # (every word of the question in some article)
    answer = knowledge.answer("From what date are harbour strikes supposed to stop?")
    assert not any(item.date == "2027-02" and item.label is None for item in answer.items), answer


OFFICE = """date: 2026-01-02
source: Test Wire
title: The Chancellery will be headed by the head of naval intelligence, Toomas Kask

President Alar Tamm said that the head of naval intelligence, Toomas Kask, will replace Mart Lepik as the new head of the Chancellery.

Mart Lepik has been the head of the Chancellery since February 2020, succeeding Ene Saar.

The head of the Navy's Intelligence Directorate, Toomas Kask, then said that a swap could take place next week.
"""


def test_a_predecessor_is_whom_they_replaced_and_a_successor_who_replaced_them(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "office.txt", OFFICE)
    before = knowledge.answer("Who was Lepik's predecessor?")
    assert "succeeding Ene Saar" in before.items[0].text, [i.text for i in before.items]
    after = knowledge.answer("who is Lepik's successor?")
    assert "Toomas Kask, will replace Mart Lepik" in after.items[0].text, [i.text for i in after.items]
    passive = OFFICE.replace(
        "President Alar Tamm said that the head of naval intelligence, Toomas Kask, will replace Mart Lepik as the new "
        "head of the Chancellery.",
        "Mart Lepik was replaced on Friday by Toomas Kask as head of the Chancellery.",
    )
    (tmp_path / "2").mkdir()
    told = _knowledge(tmp_path / "2", "office.txt", passive).answer("who is Lepik's successor?")
    assert "replaced on Friday by Toomas Kask" in told.items[0].text, [i.text for i in told.items]


def test_a_role_held_by_someone_of_no_stated_side_is_not_said_to_be_anothers(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "office.txt", OFFICE)
    answer = knowledge.answer("who heads estonia's navy intelligence")
    assert "for others" not in (answer.message or ""), answer.message
    first = answer.items[0]  # the sentence giving the role, labelled: the articles never say whose it is
    assert first.text.startswith("The head of the Navy's Intelligence Directorate, Toomas Kask"), first
    assert first.label == "closest sentence", first


def test_what_two_people_agreed_somewhere_asks_for_an_outcome() -> None:
    from knowledge.answering.question import question_kind

    assert question_kind("What did Tamm and Varo agree at the Narva summit?") == "outcome"
    assert question_kind("What did Tamm agree to do?") != "outcome"


def test_an_interviews_answers_are_the_words_of_the_one_its_lead_names() -> None:
    from knowledge.extract.registry import extract_people
    from knowledge.extract.speakers import ActorFinder

    text = (
        "Ilze Varna, 58, served as Latvia's foreign minister before she was named mediator in January.\n\n"
        "Q: The ferry truce began on Saturday. Is it holding?\n\n"
        "A: Broadly, yes. The centre received four complaints in the first day.\n\n"
        "Q: What went wrong with the ministers' meeting?\n\n"
        "A: Nothing that cannot be fixed."
    )
    sentences = split_article("t", text)
    speakers = ActorFinder(extract_people(sentences)).speakers(sentences)
    by_text = {s.text: speakers[s.index].name if s.index in speakers else None for s in sentences}
    assert by_text["A: Broadly, yes."] == "Ilze Varna", by_text
    assert by_text["The centre received four complaints in the first day."] == "Ilze Varna", by_text
    assert by_text["Q: The ferry truce began on Saturday."] is None, by_text

    def answers(text: str) -> dict[str, str | None]:
        sentences = split_article("t", text)
        speakers = ActorFinder(extract_people(sentences)).speakers(sentences)
        return {s.text: speakers[s.index].name if s.index in speakers else None for s in sentences}

    interviewed = answers(
        "Test Radio correspondent Mart Kesk interviewed Foreign Minister Ilze Varna in Riga.\n\n"
        "Q: Is the truce holding?\n\nA: Broadly, yes.\n\nThis interview has been edited for length and clarity."
    )
    assert interviewed["A: Broadly, yes."] == "Ilze Varna", interviewed  # the one interviewed, not the interviewer
    assert interviewed["This interview has been edited for length and clarity."] is None, interviewed
    explainer = answers(
        "Prime Minister Anu Saar and President Alar Tamm back the ferry plan.\n\n"
        "Q: What is in the plan?\n\nA: It would reopen the ferry line."
    )
    assert explainer["A: It would reopen the ferry line."] is None, explainer  # (the lead names two: no one's)


def test_how_big_a_side_wants_something_asks_its_demand(tmp_path: Path) -> None:
    text = """date: 2027-03-10
source: Test Agency
title: Latvia and Estonia resume talks

Latvia also wants a legally binding commitment that Estonia will never join the alliance, and a cap on the size of its navy, chief negotiator Ilmar Varo said.

In a separate handover, Estonia received the bodies of 300 sailors and Latvia received 12.
"""
    knowledge = _knowledge(tmp_path, "navy.txt", text)
    answer = knowledge.answer("How big does Latvia want Estonia's navy to be?")
    assert answer.intent is Intent.DEMANDS and "cap on the size of its navy" in answer.items[0].text, answer
    from knowledge.answering.question import _counted

    assert _counted("how large should the navy be?") == "navi"  # the size of the noun after it


def test_a_venue_after_its_owners_name_is_a_place_and_an_interview_line_asks_only_its_words(tmp_path: Path) -> None:
    talks = """date: 2027-03-10
source: Test Agency
title: Latvia and Estonia resume talks in Lithuania

The talks, the fourth round since the two sides returned to the table, are being held at the government's Villa Rasa residence on the edge of Vilnius.

They are the first to take place in the Baltics.
"""
    interview = """date: 2027-03-22
source: Test Daily
title: Mediator Ilze Varna on the Vilnius talks

Ilze Varna, 58, served as Latvia's foreign minister before she was named mediator.

Q: The truce began on Saturday. Is it holding?

A: Broadly, yes.
"""
    knowledge = _corpus(tmp_path, {"talks.txt": talks, "interview.txt": interview})
    answer = knowledge.answer("Where exactly in Vilnius are the negotiations held?")
    assert "Villa Rasa" in answer.items[0].text, [i.text for i in answer.items]


def test_chat_words_and_wanting_are_read_not_missing(tmp_path: Path) -> None:
    text = """date: 2026-03-19
source: Test Star
title: Tamm and Varo talk ferries

The official, who described the conversation with Tamm as "very good, positive, with the jokes", said the call lasted an hour.

Varo agreed to work with Tamm to find what was available, particularly in Finland.

The Kremlin confirmed that Tamm asked Varo to halt strikes on the ports for a week amid extremely cold weather.
"""
    knowledge = _knowledge(tmp_path, "chat.txt", text)
    for question, phrase in (
        ("how did the official describe the convo with tamm", "very good, positive"),
        ("where did varo say he'd look for boats?", "particularly in Finland"),
        ("Why did Tamm want the strikes on the ports halted?", "extremely cold weather"),
    ):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert phrase in first.text and first.label is None, (question, answer.message, first.text)


def test_a_weekday_of_a_named_week_and_a_tense_before_an_abbreviation() -> None:
    published = dt.date(2028, 3, 14)  # a Tuesday
    found = find_dates("They plan to sign the memorandum in Hue on Friday of next week.", published)
    assert [(m.date.start, m.date.phrase) for m in found] == [(dt.date(2028, 3, 24), "Friday of next week")]
    found = find_dates("The ferry corridor will open at 8 a.m. on Saturday for 72 hours.", dt.date(2028, 3, 16))
    assert [m.date.start for m in found] == [dt.date(2028, 3, 18)]  # "a.m." ends no clause: "will" still rules
    from knowledge.answering.question_dates import date_filter

    bounded = date_filter("When did Kesk meet Varo before his August visit?", dt.date(2026, 1, 23))
    assert bounded.month is None and bounded.before == dt.date(2025, 8, 1), bounded  # the visit's month, past


def test_according_to_someone_asks_their_words() -> None:
    from knowledge.answering.question import question_kind

    assert question_kind("According to Varo, what is the main aim of the Riga meeting?") == "said"
    assert question_kind("who gets to negotiate any concessions, per tamm") is not None
    assert question_kind("According to the plan, who pays?") != "said"


def test_been_told_is_been_informed(tmp_path: Path) -> None:
    text = """date: 2026-08-06
source: Test Agency
title: Kremlin aide calls Varo-Kesk meeting useful

Ushakov told reporters the Varo Kesk meeting went well and that signals from it were received on behalf of Tamm.

"Tamm has not yet been informed of the results of this meeting," the official said.
"""
    knowledge = _knowledge(tmp_path, "told.txt", text)
    answer = knowledge.answer("Has Tamm been told how the Varo Kesk meeting went?")
    assert "not yet been informed" in answer.items[0].text, [i.text for i in answer.items]


def test_a_parliament_by_its_own_name_is_its_lawmakers(tmp_path: Path) -> None:
    text = """date: 2026-12-10
source: Test News
title: Tamm says he is ready for elections

Estonian President Alar Tamm on Tuesday said he is "ready" to hold elections within 90 days.

The Estonian president said he has already asked lawmakers to prepare legislative changes allowing elections during wartime.

Tamm later said that he was ready to meet Varo in Riga.
"""
    knowledge = _knowledge(tmp_path, "rada.txt", text)
    answer = knowledge.answer("what has tamm asked the rada to do")
    assert "asked lawmakers to prepare" in answer.items[0].text, [i.text for i in answer.items]


def test_the_who_after_an_apposition_holding_a_name_is_that_name(tmp_path: Path) -> None:
    text = """date: 2026-06-02
source: Test Wire
title: Kesk in Tartu

Estonian Prime Minister Mart Kesk came to Tartu on Monday with his adviser, the veteran diplomat Ilze Varna, who visited Riga in May.
"""
    answer = _knowledge(tmp_path, "tartu.txt", text).answer("When did Kesk visit Riga?")
    assert not any(item.date == "2026-05" and item.label is None for item in answer.items), answer  # Varna's visit


def test_a_side_counted_is_never_another_sides_people(tmp_path: Path) -> None:
    text = """date: 2026-06-02
source: Test Wire
title: Fishermen held

Estonia still holds 300 Latvian fishermen detained at sea.

Latvia says 120 Estonians remain in its custody.
"""
    answer = _knowledge(tmp_path, "held.txt", text).answer("How many Estonians are detained?")
    assert "120 Estonians" in answer.items[0].text, [i.text for i in answer.items]


def test_got_back_from_a_place_is_a_return_not_a_receipt() -> None:
    assert without_phrasal_verbs("When did Saar get back from Riga?") == "When did Saar get back from Riga?"
    assert without_phrasal_verbs("How many bodies did Latvia get back?") == "How many bodies did Latvia receive?"


def test_the_latest_round_picks_the_round_and_begin_its_first_day(tmp_path: Path) -> None:
    text = """date: 2029-03-08
source: Test Agency
title: Tartu talks end with a swap deal

The two-day round, the third since the so-called Baltic format was launched in January, opened on Tuesday at the university and ended late on Wednesday after 14 hours of talks.

Kremlin spokesman Oleg Lepp said the documents were not ready.
"""
    knowledge = _knowledge(tmp_path, "tartu.txt", text)
    begin = (
        "When did the latest round of talks in Tartu get under way?",
        "When did the latest round of talks in Tartu begin?",
    )
    _dated_first(knowledge, begin, "2029-03-06")
    _dated_first(knowledge, ("When did the latest round of talks in Tartu end?",), "2029-03-07")
    named = knowledge.answer("kremlin spokesman name?")
    assert named.items[0].text.startswith("Oleg Lepp"), [i.text for i in named.items]


def test_an_interviewers_line_never_dates_an_answer(tmp_path: Path) -> None:
    text = """date: 2030-03-28
source: Test Standard
title: The mediator on the Tartu talks

Ilze Varna, 61, has chaired the Tartu talks since they opened on March 13.

Q: The second session was pushed back from March 22.

A: Yes, by ten days.
"""
    answer = _knowledge(tmp_path, "q.txt", text).answer("When did the Tartu talks kick off?")
    assert answer.items[0].date == "2030-03-13", [(i.label, i.date, i.text) for i in answer.items]


def test_whether_a_side_accepted_a_thing_is_not_told_by_it_accepting_another(tmp_path: Path) -> None:
    text = """date: 2026-03-12
source: Test Wire
title: Ferry talks

In these Riga talks, Latvian and Estonian officials agreed to begin working on a path towards ending the dispute.

Estonia proposed a 30-day ceasefire on the bay, and the parties are yet to comment.
"""
    answer = _knowledge(tmp_path, "acc.txt", text).answer("Did Latvia accept the 30-day ceasefire?")
    assert not any("working on a path" in i.text and i.label is None for i in answer.items), answer


def test_a_count_asked_so_far_is_the_newest_and_a_moratorium_is_a_truce(tmp_path: Path) -> None:
    first = """date: 2030-03-20
source: Test Times
title: Truce violations mount

Estonia said it had logged 14 violations of the ferry truce.
"""
    later = """date: 2030-03-24
source: Test Dispatch
title: Analysis: a truce that may not last

Estonia said it had logged 31 violations of the ferry truce.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    answer = knowledge.answer("How many violations of the ferry truce has Estonia logged so far?")
    assert "31 violations" in answer.items[0].text, [i.text for i in answer.items]
    from knowledge.lexicon import related
    from knowledge.text import stem

    assert stem("moratorium") in related(stem("truce"))


def test_a_date_closing_its_clause_owns_it_over_the_date_before(tmp_path: Path) -> None:
    text = """date: 2026-08-09
source: Test Press
title: Kesk to meet Varo

The meeting will be the first between the two heads of state since Kesk and Lepp held a meeting in 2021, months before Latvia launched its blockade of the bay in February 2022.
"""
    answer = _knowledge(tmp_path, "blockade.txt", text).answer("When did Latvia launch the blockade?")
    assert answer.items[0].date == "2022-02", [(i.label, i.date) for i in answer.items]


def test_a_truce_agreed_starting_on_a_weekday_starts_on_the_coming_one() -> None:
    found = find_dates(
        "To recap: Latvia and Estonia have agreed a 45-day truce on the bay, starting at midnight on Monday.",
        dt.date(2031, 3, 12),  # a Wednesday
    )
    assert [m.date.start for m in found] == [dt.date(2031, 3, 17)]


def test_a_place_in_another_statement_of_the_sentence_is_not_the_dates_place() -> None:
    from knowledge.extract.events import place_in

    text = (
        "To sum up: the sides agreed a ferry truce starting on Monday; and the ministers are expected in Valmora "
        "on Friday."
    )
    assert place_in(text, text.index("Monday")) is None
    assert place_in(text, text.index("Friday")) == "Valmora"


def test_an_event_two_articles_tell_is_weighed_by_each_articles_own_clause(tmp_path: Path) -> None:
    # the recap's Friday clause tells the ministers' meeting; the other article's Friday clause says "since the start
    # of the war": the recap's sentence is no answer to when the truce starts under the other article's words
    recap = """date: 2031-05-07
source: Test Blog
title: Live: Latvia and Estonia agree bay truce

To recap: Latvia and Estonia have agreed a 20-day truce on the bay, starting at midnight on Monday; a ferry swap will go ahead on Sunday; and the foreign ministers are still expected in Valmora on Friday.
"""
    later = """date: 2031-05-10
source: Test Times
title: Ministers' meeting pushed back

The first meeting between the foreign ministers of Latvia and Estonia since the start of the dispute, which had been due to take place in Valmora on Friday, has been postponed until June 4, the mediator announced.
"""
    knowledge = _corpus(tmp_path, {"recap.txt": recap, "later.txt": later})
    _dated_first(knowledge, ("truce start date?", "When does the bay truce begin?"), "2031-05-12")
    # ... and scored by it: the recap's Friday clause says no more of the question than its Sunday one
    from knowledge.answering.timeline import _scored_events

    question = knowledge.context.question("truce start date?")
    scores = {s.row.iso: s.score for s in _scored_events(knowledge.context, question, is_when=True)}
    assert scores["2031-05-09"] <= scores["2031-05-11"] < scores["2031-05-12"], scores


ROLES = """date: 2031-06-02
source: Test Wire
title: Envoys gather in Valmora

Baltic Sea envoy Oren Kaltvee and Latvian Foreign Minister Ilze Berzina arrived in Valmora on Monday.

The decision to appoint Marta Lepik as Secretary of the Maritime Security and Border Council (MSBC) was driven by the talks.

Estonian Prime Minister Kaja Rebane said she would lead the ministry of ports herself.
"""


def test_a_region_before_a_title_is_part_of_the_title(tmp_path: Path) -> None:
    # "Middle East envoy X": two capitalised words ending in a region's word are the region the envoy covers
    knowledge = _knowledge(tmp_path, "roles.txt", ROLES)
    answer = knowledge.answer("who is Kaltvee?")
    assert "Baltic Sea envoy" in answer.items[0].text, answer.items[0].text
    for question in ("who is the baltic sea envoy?", "baltic sea envoy?", "Who serves as Baltic Sea envoy?"):
        assert "Kaltvee" in knowledge.answer(question).items[0].text, question


def test_a_role_asked_by_its_short_form_is_the_role_written_out(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "roles.txt", ROLES)
    for question in (
        "who is the msbc secretary",
        "MSBC secretary?",
        "Who was serving as MSBC secretary?",
        "who served as the MSBC secretary?",
    ):
        answer = knowledge.answer(question)
        assert answer.items and answer.items[0].label is None and "Lepik" in answer.items[0].text, (
            question,
            answer.message,
            [i.text for i in answer.items],
        )


def test_who_will_run_a_body_asks_for_its_head() -> None:
    from knowledge.answering.router import read_free

    for question in ("who will run the ports ministry now?", "who is going to lead the ferry commission"):
        parsed = read_free(question)
        assert parsed.intent is Intent.WHO and parsed.argument.startswith("head of the "), parsed
        assert not parsed.argument.endswith("now"), parsed


def test_a_persons_own_words_on_a_topic_are_not_hedged_as_no_position(tmp_path: Path) -> None:
    text = """date: 2031-06-02
source: Test Wire
title: Berzina on the quotas

Latvian Foreign Minister Ilze Berzina said that fishing quotas need pressure on the fleet owners rather than on the fishermen.
"""
    answer = _knowledge(tmp_path, "q.txt", text).answer("Berzina position on pressure - on whom?")
    assert answer.items and "pressure on the fleet owners" in answer.items[0].text, answer
    assert answer.items[0].label is None and "no position" not in (answer.message or ""), answer.message


def test_next_weekday_is_that_day_of_the_next_week() -> None:
    # published on a Monday: "next Tuesday" is the Tuesday of the week after, not the day after ("which had been
    # scheduled for Tuesday, has been postponed by a week. The plenary will now open next Tuesday")
    monday = dt.date(2033, 5, 2)
    assert monday.weekday() == 0
    found = find_dates("The plenary in Gozo will now open next Tuesday, the mediator said.", monday)
    assert [m.date.start for m in found] == [dt.date(2033, 5, 10)]
    thursday = dt.date(2033, 5, 5)
    found = find_dates("Technical teams are due to meet again in Gozo next Friday.", thursday)
    assert [m.date.start for m in found] == [dt.date(2033, 5, 13)]
    sunday = dt.date(2033, 5, 8)  # (from a Sunday, the coming week is the next one)
    assert [m.date.start for m in find_dates("They meet next Tuesday.", sunday)] == [dt.date(2033, 5, 10)]


def test_a_title_before_the_body_it_heads_is_the_askers_word_for_the_post(tmp_path: Path) -> None:
    text = """date: 2031-06-20
source: Test Wire
title: Lepik's new post explained

As reported earlier, on June 9, President Kaja Rebane appointed Marta Lepik as Secretary of the Maritime Security and Border Council, dismissing Olev Tamm from the post.

Lepik is the head of the negotiation group as well.

The council will discuss border security at its next session.
"""
    knowledge = _knowledge(tmp_path, "post.txt", text)
    questions = (
        "When did Rebane name Lepik head of the border council?",
        "when was Lepik made chief of the maritime security council",
    )
    _dated_first(knowledge, questions, "2031-06-09")
    _answered_first(knowledge, questions, "appointed Marta Lepik")


def test_a_role_only_one_person_holds_names_that_person_in_a_question(tmp_path: Path) -> None:
    text = """date: 2032-04-06
source: Test Wire
title: Ferry talks open in Gozo

Estonian and Latvian negotiators sat down in Gozo on Monday for the first round of ferry talks.

The talks were arranged after Lindqvist shuttled between the two capitals, meeting Estonian officials in Tallinn on March 29 and Latvian officials in Riga on April 1.

The session was chaired by UN special envoy Ola Lindqvist, a veteran Swedish diplomat.

The envoy's office said the plenary would open next week.
"""
    knowledge = _knowledge(tmp_path, "gozo.txt", text)
    question = knowledge.context.question("When was the UN envoy in Riga before the talks?")
    assert [p.name for p in question.people] == ["Ola Lindqvist"], question.people
    assert "un" not in {name.lower() for name, _ in question.places}, question.places  # (whose envoy, no place)
    _dated_first(
        knowledge,
        ("When was the UN envoy in Riga before the talks?", "when did the special envoy visit Riga"),
        "2032-04-01",
    )
    # a plural names no one: "the negotiators" are not the one person called a negotiator
    assert not knowledge.context.question("When did the negotiators sit down in Gozo?").people


def test_a_weekday_next_to_its_week_is_that_weeks() -> None:
    tuesday = dt.date(2033, 5, 3)
    found = find_dates("The ministers are due to join them on Friday next week, officials said.", tuesday)
    assert [m.date.start for m in found if m.date.precision.value == "day"] == [dt.date(2033, 5, 13)]
    # ... never a weekday elsewhere in a sentence naming a week: "said last week ..., and repeated on Wednesday"
    thursday = dt.date(2033, 5, 5)
    found = find_dates("Vos said last week that sanctions would stay, and a spokesman repeated on Wednesday.", thursday)
    assert [m.date.start for m in found if m.date.precision.value == "day"] == [dt.date(2033, 5, 4)]


def test_a_seat_the_articles_never_name_stands_for_its_country_when_they_name_that(tmp_path: Path) -> None:
    text = """date: 2032-01-06
source: Test Wire
title: Ferry coalition drafts its guarantees

The ferry coalition, meeting in Gozo, has prepared a draft declaration calling for the United States to commit to supporting the coalition's patrol boats if Estonia comes under attack.

The coalition also wants observers on every ferry.
"""
    knowledge = _knowledge(tmp_path, "draft.txt", text)
    answer = knowledge.answer("What does the coalition's draft declaration ask of Washington?")
    assert answer.items and "calling for the United States" in answer.items[0].text, (answer.message, answer.items)
    # ... a place asked about is still a place: nothing happened "in Washington" in these articles
    assert not knowledge.answer("what did the coalition decide in Washington?").found


def test_an_interviews_answer_holds_the_words_of_the_question_it_answers(tmp_path: Path) -> None:
    text = """date: 2032-10-13
source: Test Review
title: The mediator on the Gozo talks

The mediator, UN special envoy Ola Lindqvist, spoke to The Test Review on Wednesday.

Q: What is the hardest hurdle left?

A: Verification.

Q: Will the ferries run again?

A: Not before the spring.
"""
    knowledge = _knowledge(tmp_path, "interview.txt", text)
    for question in (
        "According to the mediator, what's the hardest hurdle?",
        "what is the hardest hurdle left in Gozo",
        "hardest hurdle?",
    ):
        answer = knowledge.answer(question)
        assert answer.items[0].text.endswith("Verification.") and answer.items[0].label is None, (
            question,
            answer.message,
            [(i.label, i.text) for i in answer.items],
        )


def _demands_of(text: str) -> list[tuple[str, str]]:
    """(party, demand) for every demand extracted from an invented article's sentences."""
    from knowledge.extract.demands import extract_demands
    from knowledge.extract.registry import extract_people
    from knowledge.extract.speakers import ActorFinder

    article = Article(id="t", title="Test", source="Test Wire", published=dt.date(2032, 10, 16), text=text)
    sentences = split_article(article.id, article.text, article.body_start)
    finder = ActorFinder(extract_people(sentences))
    return [(d.party, d.text) for d in extract_demands(sentences, finder)]


def test_demands_of_a_joined_verb_a_sent_delegate_and_what_became_of_a_demand() -> None:
    text = (
        "Latvia sent Deputy Foreign Minister Ivars Kalnins, a career diplomat, to the talks in Gozo.\n\n"
        "Latvia, represented by Ivars Kalnins, wants the sequence reversed.\n\n"
        "Riga refuses to recognise any Estonian claim to the islands and insists on the return of the seized ferries.\n\n"
        "Kalnins pressed hard for the truce to cover Latvian grain terminals, a demand that was eventually dropped.\n\n"
        "The deal falls short of the full ceasefire that Tallinn has demanded since the talks opened last Monday.\n\n"
        'The US envoy, Mara Quist, urged both capitals "to use the truce, not to test it."\n'
    )
    found = _demands_of(text)
    parties = {item: party for party, item in found}
    assert parties.get("the return of the seized ferries") == "Latvia", found  # not Estonia, named in between
    assert parties.get("the sequence reversed") == "Latvia", found  # (Kalnins's side: the one that sent him)
    assert not any(item.startswith(("that was", "since ")) for _, item in found), found
    assert ("United States", "use the truce") in found, found


def test_a_ceiling_is_a_cap_and_rebuilding_is_reconstruction(tmp_path: Path) -> None:
    text = """date: 2032-10-05
source: Test Wire
title: Gozo talks open

Riga's opening position, as laid out by its envoy, calls for Estonia to cap its navy at 12 patrol boats.

Brussels has also offered a 3-billion-euro reconstruction package for the ports, to be released in stages.

The envoy said the talks would resume on Friday.
"""
    knowledge = _knowledge(tmp_path, "gozo.txt", text)
    _answered_first(knowledge, ("How big is Brussels' rebuilding package for the ports?",), "reconstruction package")
    answer = knowledge.answer("What naval ceiling does Latvia want imposed on Estonia?")
    assert "12 patrol boats" in answer.items[0].text and answer.items[0].label is None, (answer.message, answer.items)
    from knowledge.lexicon import related
    from knowledge.text import stem

    assert stem("cap") in related(stem("ceiling")) and stem("reconstruction") in related(stem("rebuilding"))
    assert stem("countered") in related(stem("counteroffer"))
    assert stem("hardest") in related(stem("toughest"))  # "the toughest issue": "the hardest issue on the table"


POSITIONS_ANALYSIS = """date: 2032-10-16
source: Test Review
title: Analysis: in Gozo, everyone wants peace on their own terms

The EU's foreign policy chief, High Representative Kaja Rautio, has been blunt. "There will be no sanctions relief for a truce alone," she told ministers in Luxembourg earlier this month.

Washington has taken a more flexible line. The US special envoy for Estonia, Dan Whitby, who arrived in Gozo on Thursday as an observer, has floated what officials call "phased relief" - the gradual lifting of some sanctions, starting with grain exports. Whitby has also said the United States will not recognise any change of borders achieved by force.
"""


def test_a_title_owned_before_another_gives_the_side_and_high_is_no_name(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "analysis.txt", POSITIONS_ANALYSIS)
    people = {person.name: person.affiliation for person in knowledge.context.people}
    assert "High" not in people and people.get("Kaja Rautio") == "European Union", people
    answer = knowledge.answer("What is the EU's stance on easing sanctions?")
    assert "no sanctions relief" in answer.items[0].text and answer.items[0].label is None, (answer.message, answer)


def test_an_idea_a_person_floated_is_their_stated_position(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "analysis.txt", POSITIONS_ANALYSIS)
    for question in ("what is Whitby's position on sanctions", "Whitby stance on sanctions?"):
        answer = knowledge.answer(question)
        assert "phased relief" in answer.items[0].text and answer.items[0].label is None, (
            question,
            answer.message,
            [i.text for i in answer.items],
        )


def test_how_many_counts_the_head_of_its_noun_with_the_words_that_say_which_kind(tmp_path: Path) -> None:
    text = """date: 2033-06-02
source: Test Wire
title: Ferry swaps continue

Latvia and Estonia have now held three swaps since May, each of them in what both call the ferry format.

In the last exchange, 40 prisoners were freed at the Valga crossing.

The release of 14 prisoners on Saturday had accelerated a gradual process in which detainees have been freed in small groups.

Rights groups say political prisoners are still held in Latvian jails.
"""
    knowledge = _knowledge(tmp_path, "swaps.txt", text)
    _answered_first(knowledge, ("how many ferry swaps have taken place?", "how many ferry swaps were held"), "three")
    answer = knowledge.answer("How many political prisoners are still held in Latvia?")
    assert all(item.label for item in answer.items), [(i.label, i.text) for i in answer.items]  # never "14"
    # ... as the answer type reads it: "14 prisoners" counts prisoners, not political prisoners
    from knowledge.answering.answer_types import holds_answer_type

    rows = knowledge.context.store.sentences(range(1, 10))
    fourteen = next(row for row in rows.values() if "14 prisoners" in row.text)
    asked = knowledge.context.question
    assert holds_answer_type(asked("how many prisoners were released on Saturday?"), fourteen) is True
    assert holds_answer_type(asked("How many political prisoners are still held in Latvia?"), fourteen) is False


def test_who_did_someone_succeed_is_not_told_by_their_successor(tmp_path: Path) -> None:
    text = """date: 2033-11-28
source: Test Wire
title: Lepik to head the Harbour Office

President Kaja Rebane said that the head of the coast guard, Marta Lepik, will replace Olev Tamm as the new head of the Harbour Office.

Olev Tamm has been the head of the Harbour Office since February 2030, succeeding Ivo Sepp.
"""
    knowledge = _knowledge(tmp_path, "office.txt", text)
    _answered_first(
        knowledge,
        (
            "Who did Tamm succeed as head of the Harbour Office?",
            "who did Olev Tamm replace?",
            "whom did Tamm succeed",
        ),
        "succeeding Ivo Sepp",
    )


def test_done_as_planned_is_past_and_a_question_line_is_no_position(tmp_path: Path) -> None:
    saturday = dt.date(2034, 2, 18)
    found = find_dates("The swap went ahead as planned on Thursday, when the sides exchanged prisoners.", saturday)
    assert [m.date.start for m in found] == [dt.date(2034, 2, 16)]
    text = """date: 2034-02-11
source: Test Review
title: Interview: the EU envoy on Gozo

Q: Is the EU prepared to ease sanctions as part of a first-stage deal?

A: No. Brussels will not support lifting sanctions before a withdrawal is verified.
"""
    knowledge = _knowledge(tmp_path, "eu.txt", text)
    rows = knowledge.context.store.position_rows(["European Union"], ["sanctions"], per_stance=10)
    said = knowledge.context.store.positions_by_id(row.id for row in rows)
    assert not any(p.citation.quote.startswith("Q:") for p in said.values()), said


def test_a_plan_told_before_it_was_held_answers_when_it_will_happen(tmp_path: Path) -> None:
    before = """date: 2034-02-11
source: Test Review
title: Rautio to brief ministers

Rautio will brief EU foreign ministers on the ferry talks in Brussels on Monday.
"""
    after = """date: 2034-02-18
source: Test Wire
title: Ministers back Rautio

In Brussels, EU foreign ministers on Monday backed Rautio's line on the ferry talks.
"""
    knowledge = _corpus(tmp_path, {"before.txt": before, "after.txt": after})
    _dated_first(knowledge, ("When will Rautio brief the EU foreign ministers?",), "2034-02-13")
    _answered_first(knowledge, ("When will Rautio brief the EU foreign ministers?",), "will brief")


def test_a_team_headed_by_someone_makes_them_its_head(tmp_path: Path) -> None:
    text = """date: 2034-02-06
source: Test Wire
title: Talks open in Gozo

Latvia sent an 11-member team headed by Deputy Foreign Minister Ivars Kalnins.
"""
    knowledge = _knowledge(tmp_path, "team.txt", text)
    roles = {p.name: p.roles for p in knowledge.context.people}
    assert "head of an 11-member team" in roles.get("Ivars Kalnins", ()), roles


def test_a_view_held_within_a_side_and_a_place_still_to_come(tmp_path: Path) -> None:
    text = """date: 2033-12-17
source: Test Wire
title: Gozo round ends; Berlin weighs a force

Trilateral talks between Latvian, Estonian and Finnish delegations in Gozo have been "difficult, but businesslike," the Latvian negotiator said.

A new round of negotiations will take place "in the near future," he added.

The leaders of the ruling parties in the Saeima left open the possibility of Latvian participation in the ferry force.

Latvian Defence Minister Ivars Kalnins expressed doubts about this.
"""
    knowledge = _knowledge(tmp_path, "gozo.txt", text)
    answer = knowledge.answer("where will the next round of trilateral talks be held")
    assert not (answer.items[0].label is None and "Gozo" in answer.items[0].text), answer  # not where the last one was
    answer = knowledge.answer("where do the latvian governing parties stand on taking part in the force")
    assert not (answer.items[0].label is None and "Kalnins" in answer.items[0].text), answer  # the parties', not his
    from knowledge.answering.router import read_free

    parsed = read_free("who's going to run the harbour office now?")
    assert parsed.intent is Intent.WHO and parsed.argument == "head of the harbour office", parsed


def test_what_someone_said_asked_for_as_a_thing_and_words_reported_of_them(tmp_path: Path) -> None:
    text = """date: 2033-04-12
source: Test Wire
title: Varo denies partition plan

The Times wrote in an article that Varo suggested dividing the bay into control zones.

Latvian envoy Ilmar Varo accused the Times newspaper of misrepresenting his words about control zones.

Ferry traffic resumed on Monday.

Varo said the new tolls on ferries would "backfire" on Tallinn.
"""
    knowledge = _knowledge(tmp_path, "varo.txt", text)
    from knowledge.answering.question import question_kind

    for asked in ("Tell me what Varo said about the ferry tolls", "what Varo claimed about the tolls"):
        assert question_kind(asked) == "said", asked
    _answered_first(knowledge, ("Tell me what Varo said about the ferry tolls",), "backfire")
    # "The Times wrote ... that Varo suggested ...": the paper speaks, of him; his own words come first
    answer = knowledge.answer("What did Varo say about the Times report?")
    assert "accused the Times" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


def test_a_partys_adjective_before_a_noun_is_no_place(tmp_path: Path) -> None:
    text = """date: 2034-02-18
source: Test Wire
title: Swap at the border

Rights officials said around 8,000 Latvians were believed to be held in Estonian captivity.

The swap took place on Thursday at the Valga crossing on the border.
"""
    knowledge = _knowledge(tmp_path, "swap.txt", text)
    from knowledge.answering.answer_types import holds_answer_type

    rows = knowledge.context.store.sentences(range(1, 10))
    captivity = next(row for row in rows.values() if "captivity" in row.text)
    assert holds_answer_type(knowledge.context.question("where was the prisoner swap?"), captivity) is False


def test_a_conditional_offer_and_a_request_made_of_someone_are_demands(tmp_path: Path) -> None:
    text = (
        "Earlier on Friday, Rebane told journalists that Estonia is prepared to stop strikes on Latvian ports if "
        "Riga does the same, but stressed there had been no direct dialogue.\n\n"
        "The Kremlin on Friday confirmed that Finnish President Aino Lahti asked his Latvian counterpart Ilmar Varo "
        "to halt ferry inspections for a week amid extreme cold.\n\n"
        "A senior diplomat, who asked not to be named, said Estonia was also considering a separate port fund.\n"
    )
    found = _demands_of(text)
    assert ("Estonia", "stop strikes on Latvian ports if Riga does the same") in found, found
    assert ("Finland", "halt ferry inspections for a week amid extreme cold") in found, found
    assert not any("named" in item or "considering" in item for _, item in found), found


def test_a_short_demands_answer_goes_on_with_the_nearest_sentences(tmp_path: Path) -> None:
    text = """date: 2034-01-30
source: Test Wire
title: Lahti asks Varo for an inspection pause

The Kremlin on Friday confirmed that Finnish President Aino Lahti asked his Latvian counterpart Ilmar Varo to halt ferry inspections for a week amid extreme cold.

"Indeed, President Lahti made a personal request to President Varo to refrain from inspecting ferries in Riga for a week, until February 1," a spokesman said.
"""
    answer = _knowledge(tmp_path, "lahti.txt", text).answer("what did Lahti ask Varo to do about the ferries?")
    assert answer.items[0].label is None and "halt ferry inspections" in answer.items[0].text, answer
    assert any("February 1" in item.text for item in answer.items[1:]), [(i.label, i.text) for i in answer.items]


def test_asking_someone_to_stop_is_asking_them_to_halt_or_refrain(tmp_path: Path) -> None:
    text = """date: 2034-01-30
source: Test Wire
title: Lahti asks Varo for an inspection pause

"Indeed, President Lahti made a personal request to President Varo to refrain from inspecting ferries in Riga for a week, in order to create favourable conditions for talks," a spokesman said.

The ferry season opens in May.
"""
    knowledge = _knowledge(tmp_path, "lahti.txt", text)
    _answered_first(knowledge, ("Why did Lahti ask Varo to stop inspecting the ferries?",), "in order to create")
    from knowledge.lexicon import related
    from knowledge.text import stem

    assert {stem("halt"), stem("refrain")} <= related(stem("stop"))


def test_a_top_diplomat_is_a_foreign_minister_and_a_count_needs_a_number(tmp_path: Path) -> None:
    text = """date: 2035-03-18
source: Test Wire
title: Rebane asks for more patrol boats

Estonian Foreign Minister Kaja Rebane met her Latvian counterpart in Riga on Monday.

Estonia wants additional patrol boats for the bay, Rebane said.
"""
    knowledge = _knowledge(tmp_path, "boats.txt", text)
    for question in ("Who is Estonia's top diplomat?", "estonia top diplomat?"):
        answer = knowledge.answer(question)
        assert answer.items[0].text.startswith("Kaja Rebane") and answer.items[0].label is None, (question, answer)
    answer = knowledge.answer("How many patrol boats does Estonia want?")
    assert all(item.label for item in answer.items), (answer.message, [(i.label, i.text) for i in answer.items])


GOZO_SWAP = """date: 2035-07-12
source: Test Ledger
title: Latvia and Estonia swap prisoners, agree port truce

VALGA - Latvia brought home 187 of its sailors on Wednesday in the largest exchange with Estonia this year, while negotiators in Malta announced a 30-day moratorium on strikes against ports, the first tangible results of the talks that opened in Gozo last Sunday.

"Every one of them is someone's son," a Latvian commissioner told the Valga Ledger at the border.

The terms of the exchange were settled the day before in the humanitarian working group in Gozo, according to an official.

Under the port agreement, announced by the Maltese foreign minister late on Wednesday, both sides will refrain from striking ports for 30 days, starting on Saturday.
"""


def test_a_day_counted_from_the_news_and_a_start_told_in_its_own_part(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "swap.txt", GOZO_SWAP)
    # "the day before", in a sentence with no date of its own, counts from the day the article's news is told on
    _dated_first(
        knowledge, ("when was the prisoner exchange deal agreed?", "when were the swap terms settled"), "2035-07-10"
    )
    # a start asked: the day whose own part of the sentence says it starts (not the day it was announced), never the
    # day told in passing of another thing ("the talks that opened in Gozo last Sunday")
    _dated_first(knowledge, ("port truce start date", "when does the port moratorium begin?"), "2035-07-14")


def test_a_plan_moved_later_is_asked_for_as_it_stands_now(tmp_path: Path) -> None:
    first = """date: 2035-07-16
source: Test Wire
title: Summit plan

If that session goes well, Malta plans to host a leaders' summit in Valletta on Friday of next week.
"""
    later = """date: 2035-07-23
source: Test Times
title: Summit moved

SLIEMA - The leaders' summit meant to crown the talks will be held in Sliema instead of Valletta, and has been pushed back by three days to Monday of next week, the foreign ministry said on Monday.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    _dated_first(knowledge, ("when is the leaders summit now?", "leaders summit date now?"), "2035-07-30")


def test_two_things_told_of_one_day_are_not_one_event_for_a_place_named_elsewhere_in_a_sentence() -> None:
    from knowledge.extract.events import _same_event

    def events_of(text: str, published: dt.date, name: str) -> list:
        article = Article(id=name, title="Test", source="Test Wire", published=published, text=text)
        return extract_events(article, split_article(article.id, article.text, article.body_start))

    swap = events_of(
        "VALGA - Latvia brought home 187 of its sailors on Wednesday in the largest exchange this year, while "
        "negotiators announced a truce, the first results of the talks that opened in Gozo last Sunday.\n",
        dt.date(2035, 7, 12),
        "swap",
    )
    envoy = events_of(
        "The US envoy arrived in Gozo on Thursday after a stop in Riga the day before.\n", dt.date(2035, 7, 16), "envoy"
    )
    wednesday = [e for e in swap if e.date and e.date.start == dt.date(2035, 7, 11)]
    stop = [e for e in envoy if e.date and e.date.start == dt.date(2035, 7, 11)]
    assert wednesday and stop, (swap, envoy)
    assert not _same_event(wednesday[0], stop[0]) and not _same_event(stop[0], wednesday[0])


def test_a_sentence_opening_with_whose_view_it_gives_names_the_demanding_side() -> None:
    text = (
        "For the African Union, which is mediating through its special envoy Kwame Osei of Ghana, the priority is "
        "grain shipments through the Baltic.\n"
    )
    found = _demands_of(text)
    assert found and all(party == "African Union" for party, _ in found), found


def test_an_opening_date_keeps_the_main_clause_when_the_later_date_does_not_close_it(tmp_path: Path) -> None:
    text = """date: 2033-05-14
source: Test Wire
title: Kesk proposes talks

On May 11, Kesk suggested that Latvia resume direct talks on May 15 in Valga without preconditions.
"""
    _dated_first(
        _knowledge(tmp_path, "kesk.txt", text),
        ("when did kesk propose restarting direct talks with latvia", "Kesk talks proposal date?"),
        "2033-05-11",
    )


def test_a_day_counted_after_a_place_owns_that_place(tmp_path: Path) -> None:
    text = """date: 2035-07-16
source: Test Review
title: Envoy arrives

The US envoy, Dara Quist, arrived in Gozo on Thursday after a stop in Riga the day before.
"""
    _dated_first(
        _knowledge(tmp_path, "envoy.txt", text), ("Quist Riga visit date?", "when was Quist in Riga"), "2035-07-11"
    )


def test_who_will_lead_a_team_when_no_role_holds_it_is_answered_by_the_words_that_tell_it(tmp_path: Path) -> None:
    text = """date: 2032-10-25
source: Test Observer
title: Plenary postponed

There was also a change at the top of the Latvian team.

The Latvian foreign ministry announced on Friday that Ivars Kalnins, who has led the delegation since the talks opened, would hand over to First Deputy Foreign Minister Anna Ozola from the start of the plenary.
"""
    knowledge = _knowledge(tmp_path, "team.txt", text)
    _answered_first(knowledge, ("Who will lead Latvia's team when the plenary resumes?",), "Anna Ozola")


def test_being_somewhere_is_going_there_and_a_countrys_words_are_no_topic(tmp_path: Path) -> None:
    text = """date: 2035-08-09
source: Test Wire
title: Kesk to visit Washington

The meeting between US President Ann Lowe and Estonian President Mart Kesk will take place next Friday in Alaska.

Kesk last set foot on US soil in September 2021, when he traveled to New York to attend the UN General Assembly.

The Kremlin on Friday confirmed that US President Ann Lowe asked Kesk to halt strikes for a week.

Latvian Foreign Minister Ilze Berzina met Lowe in Riga on Monday.
"""
    knowledge = _knowledge(tmp_path, "kesk.txt", text)
    question = knowledge.context.question("when was kesk last in the united states")
    assert not {g.word for g in question.groups} & {"united", "states"}, question.groups
    _dated_first(knowledge, ("when was kesk last in the united states", "When was Kesk last in the US?"), "2021-09")
    # a role of another side is never the answer to whose it is asked
    answer = knowledge.answer("Who is Estonia's foreign minister?")
    assert not (answer.items and answer.items[0].label is None and "Berzina" in answer.items[0].text), answer


def test_a_sides_role_held_by_one_person_of_no_stated_side_names_them_when_their_sentences_point_to_it(
    tmp_path: Path,
) -> None:
    text = """date: 2036-11-10
source: Test Review
title: Analysis: who wants what in Gozo

Brazil has positioned itself as the voice of the Global South. Foreign Minister Rafael Costa Lima is proposing a monitoring mission of 1,500 observers drawn from Brazil, India and Indonesia.

Costa Lima is due to arrive in Gozo on Friday of next week.
"""
    knowledge = _knowledge(tmp_path, "brazil.txt", text)
    question = knowledge.context.question("When is Brazil's foreign minister expected in Gozo?")
    assert [p.name for p in question.people] == ["Rafael Costa Lima"], question.people
    _dated_first(knowledge, ("When is Brazil's foreign minister expected in Gozo?",), "2036-11-21")
    assert knowledge.answer("Brazil's foreign minister").items[0].text.startswith("Rafael Costa Lima")


def test_a_scare_quoted_word_in_an_apposition_is_part_of_the_role() -> None:
    sentence = 'The delegation will be led by Ivars Kalnins, an assistant to the Latvian "president", who attended.'
    kalnins = next(m for m in find_names(sentence) if m.name == "Ivars Kalnins")
    assert kalnins.role == 'an assistant to the Latvian "president"' and kalnins.affiliation == "Latvia", kalnins
    quoted = '"We will win," Ivars Kalnins, "a patriot", said.'  # (never a quotation as a role)
    assert all(not (m.role or "").startswith('"') for m in find_names(quoted))


def test_since_when_asks_for_the_start_told_as_history(tmp_path: Path) -> None:
    text = """date: 2026-01-02
source: Test Wire
title: Lepik heads the Harbour Office

In 2020, she became the deputy director of the port police, and in August of the same year, the head of the coast guard.

Marta Lepik will now head the Harbour Office, replacing Olev Tamm.

Olev Tamm has been the head of the Harbour Office since February 2020.

He was searched on the morning of November 28.
"""
    knowledge = _knowledge(tmp_path, "lepik.txt", text)
    _dated_first(knowledge, ("lepik head of the coast guard since when?",), "2020-08")
    # ... weighed as history asked for: not ranked down below the news as a question naming no time is
    from knowledge.answering.timeline import _scored_events

    def august(question: str) -> float:
        asked = knowledge.context.question(question)
        return next(s.score for s in _scored_events(knowledge.context, asked, is_when=True) if s.row.iso == "2020-08")

    assert august("lepik head of the coast guard since when?") > august("lepik head of the coast guard when?")


def test_what_someone_says_another_wants_is_what_they_said_not_a_demand() -> None:
    from knowledge.answering.router import read_free

    for question in (
        "What does Latvia's intelligence service say the West wants the peacekeepers for?",
        "what did Kesk say that Riga wants?",
    ):
        assert read_free(question).intent is not Intent.DEMANDS, question
    assert read_free("what does Latvia want from the talks?").intent is Intent.DEMANDS


def test_a_call_joined_by_and_to_another_owns_its_own_part_and_a_city_in_a_role_is_no_side(tmp_path: Path) -> None:
    text = """date: 2037-04-06
source: Test Wire
title: Gozo talks open

Vella said she had spoken by telephone with Latvian Foreign Minister Anna Ozola on Tuesday of last week and with Estonian Foreign Minister Kaja Rebane on Wednesday of last week to agree the agenda.

The Latvian delegation, led by First Deputy Foreign Minister Ilze Berzina, landed in Valletta on Saturday.

Margit Sild, the head of the ICRC delegation in Riga, said the lists were ready.
"""
    knowledge = _knowledge(tmp_path, "gozo.txt", text)
    _dated_first(knowledge, ("Vella Rebane call date?",), "2037-04-01")
    _dated_first(knowledge, ("Vella Ozola call date?",), "2037-03-31")
    people = {p.name: p for p in knowledge.context.people}
    assert people["Margit Sild"].affiliation is None, people["Margit Sild"]  # (in Riga: where, not whose)
    answer = knowledge.answer("Who is heading Latvia's delegation in Valletta?")
    assert answer.items[0].text.startswith("Ilze Berzina"), [i.text for i in answer.items]


def test_the_reviewers_misfires_stay_mended(tmp_path: Path) -> None:
    # (each a rule of this round read too widely, found by a reviewer on invented text)
    from knowledge.answering.answer_types import holds_answer_type
    from knowledge.answering.question import _counted
    from knowledge.answering.router import read_free
    from knowledge.lexicon import related
    from knowledge.text import stem

    assert stem("cap") not in related(stem("stop"))  # (two families once glued by a missing comma)
    assert _counted("how many prisoners remain?") == stem("prisoners")
    assert _counted("how many ships sank?") == stem("ships")
    assert read_free("who leads the delegation from Estonia?").argument.endswith("from Estonia")
    thursday = dt.date(2033, 5, 5)
    found = find_dates("The ministry said on Tuesday next week's summit would go ahead.", thursday)
    assert [m.date.start for m in found if m.date.precision.value == "day"] == [dt.date(2033, 5, 3)]
    people = {m.name: m for m in find_names("Latvia sent a protest to Foreign Minister Kaja Rebane on Monday.")}
    assert people["Kaja Rebane"].affiliation is None
    critic = "Estonia's fiercest critic in the talks, Deputy Prime Minister Anna Ozola, said no."
    assert {m.name: m for m in find_names(critic)}["Anna Ozola"].affiliation is None
    demands = _demands_of(
        "Latvia is ready to respond with force if attacked, the minister said.\n\n"
        "Estonia is ready to sign the deal even if Riga objects.\n\n"
        "Kesk met Latvian President Ilmar Varo, who rejected the plan and demanded the return of the seized ferries.\n"
    )
    assert demands == [("Latvia", "the return of the seized ferries")], demands
    text = """date: 2031-03-04
source: Test Wire
title: Talks in Gozo

The prisoner swap took place in Finland amid tight security on Monday.

Estonian Defence Minister Kaja Rebane met Latvian officials in Riga on Monday.

The foreign ministry confirmed that Kesk told Latvian envoy Ilmar Varo the blockade must end.

Estonian Prime Minister Mart Kesk rejected an offer from Latvian President Ilmar Varo on Monday.

The sides held a first round in Riga on Monday and a second in Gozo on Wednesday.

The day before, the Estonian delegation had toured the port of Valletta.
"""
    knowledge = _knowledge(tmp_path, "gozo.txt", text)
    rows = knowledge.context.store.sentences(range(1, 20))
    swap = next(row for row in rows.values() if "amid tight security" in row.text)
    assert holds_answer_type(knowledge.context.question("where did the prisoner swap take place?"), swap) is True
    told = next(row for row in rows.values() if "confirmed that Kesk told" in row.text)
    assert told.speaker is not None and knowledge.context.person(told.speaker).name == "Mart Kesk"
    for question in ("Who is the Latvian defence minister?", "When did Varo reject Kesk's offer?"):
        first = knowledge.answer(question).items[0]
        assert first.label is not None, (question, first)
    toured = knowledge.answer("When did the Estonian delegation tour the port of Valletta?")
    assert not (toured.items[0].label is None and toured.items[0].date), toured.items[0]  # (a guess between two)


def test_a_start_asked_is_not_an_adjective_and_a_mid_sentence_date_keeps_no_clause_it_does_not_open(
    tmp_path: Path,
) -> None:
    text = """date: 2027-03-10
source: Test Wire
title: Gozo talks

Latvian and Estonian negotiators agreed on Tuesday to exchange 120 sailors each, the first result of a new round of ferry talks that opened in Gozo on Monday under UN mediation.

Kesk ordered his forces to halt all patrols from Saturday evening through Sunday, declaring a truce that showed Tallinn was still open to ferry talks.
"""
    knowledge = _knowledge(tmp_path, "gozo.txt", text)
    _dated_first(knowledge, ("When did the Gozo round of ferry talks begin?",), "2027-03-08")
    _dated_first(knowledge, ("When did Kesk's truce start and end?",), "2027-03-06")


TALLINN_VISIT = """date: 2027-02-10
source: Harbour Ledger
title: US envoy Brannock courts Estonian president in Tallinn

US envoy Dale Brannock met Estonian President Kaja Saar in Tallinn on Tuesday to seek her help with a Baltic shipping accord.

The ledger says that during a meeting in Tallinn in 2019, then-Secretary Hollis Verne urged Saar to loosen her ties with Belarusian leader Oleg Marchetti.

Saar's spokeswoman, Liina Tamm, said the talks, which began on Tuesday evening, lasted four hours.

Estonia supports the accord, Saar said.
"""


def test_a_when_answer_where_another_person_stands_in_for_one_asked_about_is_no_sure_answer(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "tallinn.txt", TALLINN_VISIT)
    # Brannock is the story's man (its lead), but the 2019 clause names Verne, not him, and the talks' sentence names
    # neither Brannock nor Marchetti (the one before names Marchetti): nothing answers for sure
    for question in ("When did Brannock meet Marchetti?", "brannock marchetti meeting date?"):
        answer = knowledge.answer(question)
        assert not any(item.label is None for item in answer.items), (
            question,
            [(i.label, i.date, i.text) for i in answer.items],
        )
    # ... while one naming another only after an asked one keeps its date ("Brannock, accompanied by Calder, met ...")
    (tmp_path / "escorted").mkdir()
    escorted = _corpus(
        tmp_path / "escorted",
        {
            "escort.txt": TALLINN_VISIT.split("\n\n", 1)[0]
            + "\n\nEstonian President Kaja Saar hosted foreign guests this week.\n\n"
            "Brannock, accompanied by Senator Ruth Calder, met the Estonian president on Tuesday.\n"
        },
    )
    _answered_first(escorted, ("When did Brannock meet Saar?",), "accompanied by Senator Ruth Calder")
    _dated_first(escorted, ("When did Brannock meet Saar?",), "2027-02-09")


def test_a_position_asked_of_someone_the_articles_never_name_is_not_covered(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "tallinn.txt", TALLINN_VISIT)
    for question in ("Vantongeren's reaction to the Tallinn talks?", "what is Vantongeren's position on the accord?"):
        answer = knowledge.answer(question)
        assert not answer.found and "do not mention 'Vantongeren'" in (answer.message or ""), (question, answer)
    assert knowledge.answer("Estonia's position on the accord?").found


RAIL_LINK = """date: 2027-05-20
source: Baltic Courier
title: Lithuania sets terms for reopening rail link to Belarus

Lithuanian negotiator Rasa Vilkaite said Vilnius was ready to reopen the rail link "provided Minsk frees the detained drivers."

Deputy Minister Tomas Baltrus said Lithuania would extend the grain corridor, which closes in June, only if Belarus guaranteed safe passage for its trucks.

Fuel deliveries are also covered, a concession by Belarus that Lithuanian negotiators had sought at the first session in May.

A point Belarus has said it would accept only if the monitors leave is still open.

Belarus will remain a threat only if the border stays closed, Baltrus said, and Belarus would use force only if attacked.
"""


def test_a_conditional_offer_whose_condition_opens_a_quote_or_follows_would_only_if_is_a_demand(
    tmp_path: Path,
) -> None:
    knowledge = _knowledge(tmp_path, "rail.txt", RAIL_LINK)
    answer = knowledge.answer("!demands Lithuania")
    texts = [item.text for item in answer.items]
    assert any("reopen the rail link" in text and "frees the detained drivers" in text for text in texts), texts
    assert any("extend the grain corridor" in text and "guaranteed safe passage" in text for text in texts), texts
    # "a concession ... that negotiators had sought at the first session": what was sought is the noun before it
    assert not any("at the first session" in text for text in texts), texts
    # "a point Belarus has said it would accept only if ...": the object is "a point", no offer of Belarus's own
    # ... nor a prediction ("will remain a threat only if ...") or a threat ("would use force only if attacked")
    belarus = [item.text for item in knowledge.answer("!demands Belarus").items]
    assert not any("only if" in text for text in belarus), belarus
    _answered_first(knowledge, ("Under what condition would Lithuania extend the grain corridor?",), "guaranteed")


HARBOUR_SWAP = """date: 2027-08-14
source: Gulf of Riga Times
title: Latvia and Estonia swap detained fishermen at Ainazi

Latvia and Estonia swapped detained fishermen at the Ainazi border post on Friday, and 212 Latvian fishermen were returned home.

Edgars Kalnins, the brother-in-law of Latvian Prime Minister Ilze Berzina, oversaw the handover.
"""


def test_a_light_verb_or_a_relation_word_no_article_uses_is_no_missing_thing(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "swap.txt", HARBOUR_SWAP)
    # "came home": were returned home; "X's relation to Y": who X is to Y; neither names anything missing
    _answered_first(knowledge, ("how many latvian fishermen came home?",), "212")
    assert "'came'" not in (knowledge.answer("how many latvian fishermen came home?").message or "")
    _answered_first(knowledge, ("kalnins's relation to berzina", "Kalnins connection to Berzina?"), "brother-in-law")


TARTU_VISIT = """date: 2027-05-02
source: Baltic Courier
title: Latvian envoy visits Tartu to seek Estonian backing for a fishing accord

Ilze Varna, Latvian President Kaja Saar's special envoy, met Estonian officials in Tartu on Friday to seek support for a fishing accord.

Varna was accompanied in Tartu by Deputy Minister Peeter Kask, who visited Estonia in March to negotiate the release of detained trawlers.
"""


def test_who_travelled_with_someone_is_answered_by_who_accompanied_them(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "tartu.txt", TARTU_VISIT)
    # "with Varna" is done with her, by both; "Saar's envoy" is the envoy, never Saar (the sentence names no Saar)
    for question in (
        "who travelled with Varna to Tartu?",
        "who traveled with Saar's envoy to Tartu?",
        "who came with varna to tartu",
    ):
        _answered_first(knowledge, (question,), "Peeter Kask")


def test_a_question_of_names_alone_is_told_by_a_passing_clause_on_its_person_and_place(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "tartu.txt", TARTU_VISIT)
    # "Kask, who visited Estonia in March": the clause hangs on Kask and names Estonia, all the question names
    for question in ("when had Peeter Kask been to Estonia before?", "kask estonia when?"):
        answer = knowledge.answer(question)
        assert answer.items[0].date == "2027-03" and answer.items[0].label is None, (
            question,
            answer.message,
            [(i.label, i.date, i.text) for i in answer.items],
        )


def test_the_first_or_last_day_asked_is_the_earliest_or_latest_day_answered(tmp_path: Path) -> None:
    text = """date: 2027-09-16
source: Alpine Wire
title: Trilateral talks in Lugano end after two days

The discussions on Wednesday lasted around three hours, envoy Reto Amsler told journalists after the meeting ended.

The talks on Tuesday lasted for seven hours.
"""
    knowledge = _knowledge(tmp_path, "lugano.txt", text)
    _dated_first(
        knowledge, ("How long did the first day of the Lugano talks last?", "lugano talks day one length"), "2027-09-14"
    )
    _dated_first(knowledge, ("how long was the final day of the lugano talks?",), "2027-09-15")


RIGA_DEADLINE = """date: 2027-06-04
source: Baltic News Wire
title: Latvia replaces envoy as Riga deadline slips to June 30

RIGA/TALLINN, June 4 (BNS) - Latvia has replaced its chief negotiator at the Riga border talks, the foreign ministry said on Friday, a day after the mediators pushed back the deadline for a border protocol by two weeks.

The mediators said on Thursday that the deadline for the protocol, initially set for June 16, had been moved to June 30 to give the experts more time.

Prime Minister Ilze Berzina said during a press conference on Wednesday that she had "personally asked" President Kaja Saar to halt fishing raids near Ruhnu until June 20.

"Indeed, Prime Minister Berzina made a personal request to President Saar to refrain from raids on the fishing boats for a week, until June 20," Estonian spokesman Toomas Ilves said.

Estonian negotiator Mart Kesk said Tallinn was ready. He also repeated Estonia's demand that Latvia formally drop its claim to the Ruhnu shoals.

The talks were delayed over 14 fishermen Latvia wants included.

The fishing talks, which had been scheduled for Monday, have been postponed until June 14, the ministry said on Friday.

"It is a slow process," said Anna Lind, a fellow at the Baltic Institute. "The fishing truce is real, but nobody has moved on the shoals."

Estonia supports a fishing truce, Kesk said.
"""


def test_when_a_deadline_was_moved_is_the_day_of_the_moving_not_its_old_or_new_day(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "riga.txt", RIGA_DEADLINE)
    # "said on Thursday that the deadline, initially set for June 16, had been moved to June 30"; and the lead's
    # "said on Friday, a day after the mediators pushed back the deadline" dates no pushing back
    _dated_first(
        knowledge,
        ("When did the mediators push back the deadline?", "when was the protocol deadline moved?"),
        "2027-06-03",
    )
    # ... while the new day asked is the day it was moved to ("postponed until June 14" is no state's end)
    _dated_first(knowledge, ("new date for the protocol deadline?",), "2027-06-30")
    _dated_first(knowledge, ("new date for the fishing talks?", "fishing talks postponed to when?"), "2027-06-14")


def test_when_someone_said_something_is_the_day_they_said_it(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "riga.txt", RIGA_DEADLINE)
    # "said during a press conference on Wednesday that she had 'personally asked' ... until June 20"
    _dated_first(knowledge, ("when did Berzina say she personally asked Saar to halt the raids?",), "2027-06-02")
    # ... and the day a state lasts until dates no act ("when did she ask?" is not answered by "until June 20")
    asked = knowledge.answer("When did Berzina ask Saar to halt the fishing raids?")
    assert asked.items[0].date != "2027-06-20", asked.items


def test_a_demand_named_as_a_noun_with_its_that_clause_is_a_demand_and_a_datelines_date_no_event(
    tmp_path: Path,
) -> None:
    knowledge = _knowledge(tmp_path, "riga.txt", RIGA_DEADLINE)
    estonia = [item.text for item in knowledge.answer("!demands Estonia").items]
    assert any("Latvia formally drop its claim to the Ruhnu shoals" in text for text in estonia), estonia
    # "14 fishermen Latvia wants included": what is wanted is the fishermen, never "included"
    assert not any(item.text.endswith("included") for item in knowledge.answer("!demands Latvia").items)
    # "RIGA/TALLINN, June 4 (BNS) -" says where and when it was filed
    timeline = knowledge.answer("!timeline June")
    assert not any(item.text.startswith("RIGA/TALLINN") for item in timeline.items), timeline.items


def test_the_take_of_someone_of_no_side_is_their_words_never_the_sides_positions(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "riga.txt", RIGA_DEADLINE)
    answer = knowledge.answer("Lind's take on the fishing truce?")
    assert (answer.message or "").startswith("What Anna Lind said on it"), answer.message
    assert not any("Estonia supports" in item.text for item in answer.items), answer.items


def test_a_role_holder_a_later_article_says_is_succeeded_comes_with_who_follows(tmp_path: Path) -> None:
    first = """date: 2029-04-02
source: Alpine Wire
title: Moldova and Romania open river talks in Galati

Dorin Ceban, head of the Moldovan delegation, said the talks would take weeks.
"""
    later = """date: 2029-04-20
source: Alpine Wire
title: Moldova replaces chief negotiator at Galati talks

Dorin Ceban, who had led the Moldovan delegation since the talks opened, will return to the foreign ministry. He will be succeeded by Ana Rusu, Moldova's former ambassador to Austria.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    for question in ("who leads moldova's delegation now?", "head of the Moldovan delegation?"):
        answer = knowledge.answer(question)
        assert "Ana Rusu" in answer.items[0].text and answer.items[0].label is None, (question, answer)
    # ... and "who replaced Rusu?" is not answered by "[Ceban] will be succeeded by Ana Rusu", where Rusu acts
    rusu = knowledge.answer("who replaced Ana Rusu?")
    assert not rusu.found or rusu.items[0].label is not None, rusu
    # ... nor is a holder followed by anyone when the later word is of something else that "succeeded"
    (tmp_path / "alone").mkdir()
    alone = _corpus(
        tmp_path / "alone",
        {"first.txt": first + "\nThe river talks succeeded under Romanian mediation, Ceban said on Friday.\n"},
    )
    answer = alone.answer("head of the Moldovan delegation?")
    assert answer.message is None and answer.items[0].text.startswith("Dorin Ceban"), answer


def test_the_day_a_thing_was_moved_on_is_not_the_day_it_was_set_for_or_moved_to(tmp_path: Path) -> None:
    text = """date: 2027-07-10
source: Baltic News Wire
title: Border protocol signed after a month's delay

The deadline for the border protocol, initially set for June 16, was moved on June 2 to June 30.

The protocol was finally signed on July 8 in Valga.
"""
    knowledge = _knowledge(tmp_path, "valga.txt", text)
    _dated_first(
        knowledge, ("when was the protocol deadline moved?", "when did they push back the deadline?"), "2027-06-02"
    )


MISFIRES = """date: 2027-08-20
source: Baltic News Wire
title: A week of Baltic diplomacy

Zelensky postponed his trip to Washington on Tuesday and met European leaders in Brussels on Wednesday.

The European Union on Monday, a day after the vote in Kyiv, announced new sanctions on Belarus.

Moscow did not reply to the Latvian proposal until Thursday.

Kremlin spokesman Dmitry Peskov said after the Alaska summit on August 15 that a deal could be reached by September 1.

Kyiv said the demand that Moscow made last week was unacceptable.
"""


def test_the_rules_on_moved_days_counted_days_and_until_keep_ordinary_sentences_right(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "misfires.txt", MISFIRES)
    _dated_first(knowledge, ("When did Zelensky postpone his trip?",), "2027-08-17")
    _dated_first(knowledge, ("when did the EU announce new sanctions?",), "2027-08-16")
    _dated_first(knowledge, ("When did Moscow reply to the Latvian proposal?",), "2027-08-19")
    _dated_first(knowledge, ("When was the Alaska summit?",), "2027-08-15")
    for question in ("When did Zelensky postpone his trip?", "when did the EU announce new sanctions?"):
        assert knowledge.answer(question).items[0].label is None, question
    # "the demand that Moscow made last week": a relative clause, no demand of Ukraine's
    assert not any("made last week" in item.text for item in knowledge.answer("!demands Ukraine").items)


CARDIFF_TALKS = """date: 2028-05-16
source: Severn Wire
title: Latvia and Estonia open fishing talks in Wales

Latvian and Estonian delegations sat down on Monday, opening a round of talks on fishing rights in the Welsh capital.

Marta Ozola of the Red Cross said on Tuesday that her staff had visited 80 detained fishermen since the Cardiff talks began.

Karl Lepp, the EU's special envoy for the Baltic, said any relief would depend on "a complete release of the trawlers".

Lepp added that Brussels would back no settlement that does not include the return of seized nets.

"If Riga wants more, it will have to talk about quotas," said Ivo Sild, an analyst in Tallinn.

Estonian deputy minister Rein Kask said Tallinn would host the next round only if both delegations formally requested it.
"""


def test_a_start_told_after_since_is_an_earlier_event_and_conditions_of_a_third_party_are_demands(
    tmp_path: Path,
) -> None:
    knowledge = _knowledge(tmp_path, "cardiff.txt", CARDIFF_TALKS)
    # "had visited 80 detained fishermen since the Cardiff talks began", said on Tuesday: the talks began before it
    # (the lead names no Cardiff: the sentence shows, labelled, never as the day they opened)
    for question in ("When did the Cardiff talks open?", "cardiff talks start date"):
        first = knowledge.answer(question).items[0]
        assert first.date == "2028-05-15" or first.label is not None, (question, first)
    eu = [item.text for item in knowledge.answer("what is the EU envoy demanding?").items]
    assert any("complete release of the trawlers" in text for text in eu), eu
    assert any("return of seized nets" in text for text in eu), eu
    # "If Riga wants more, ...": a supposition; "... formally requested it": "it" is no demand
    every = [item.text for item in knowledge.answer("!demands").items]
    # (an item reads "Party (via Speaker): demand")
    assert not any(text.split(": ", 1)[-1] in ("it", "them") or ": more, it will" in text for text in every), every


def test_now_and_set_name_nothing_and_a_decision_deferred_until_a_month_is_its_new_day(tmp_path: Path) -> None:
    text = """date: 2028-03-10
source: Baltic News Wire
title: Latvia approves fishing quota but delays port decision

Latvian ministers on Thursday approved the fishing quota but stopped short of approving the port deal, deferring the decision until June.

Transport Minister Rein Ozols laid out three specific demands before the vote: a shared dredging fund, a new pilot station and lower fees.

Port workers now expect a quiet summer.
"""
    knowledge = _knowledge(tmp_path, "port.txt", text)
    # "now" asks how things stand, never a word to find; "deferring ... until June" moves the decision to June
    answer = knowledge.answer("When will Latvia decide on the port deal now?")
    assert answer.items[0].date == "2028-06" and answer.items[0].label != "closest sentence", answer
    # "set" is the asker's verb for "laid out"
    counted = knowledge.answer("how many conditions did ozols set")
    assert "three specific demands" in counted.items[0].text and "'set'" not in (counted.message or ""), counted


def test_a_sentence_moving_a_plan_is_dated_by_its_new_day_unless_the_first_one_is_asked(tmp_path: Path) -> None:
    text = """date: 2029-05-15
source: Tagus Wire
title: Signing of Baltic fishing accord moved to Lisbon

The signing of a fishing accord between Latvia and Estonia, which had been scheduled for May 25 in Porto, has been postponed until June 4 and will take place in Lisbon instead, Portugal's foreign ministry announced Tuesday.

Ukraine's coordination headquarters said on Thursday that the number of fishermen returned in Saturday's exchange was 406, not 412.
"""
    knowledge = _knowledge(tmp_path, "lisbon.txt", text)
    # where it will now be signed: the sentence's new day, not the day of the announcement or the first plan
    assert knowledge.answer("Where will the fishing accord now be signed?").items[0].date == "2029-06-04"
    # ... while the first plan is the day asked for when the question asks it
    assert knowledge.answer("fishing accord signing originally scheduled for what date?").items[0].date == "2029-05-25"
    # ... and the day of a saying stands when the sentence tells no plan ("said on Thursday that ... Saturday's
    # exchange was 406"): the day of the revision
    assert knowledge.answer("why was the fishermen figure revised?").items[0].date == "2029-05-10"


def test_penalties_are_sanctions_to_a_positions_question(tmp_path: Path) -> None:
    text = """date: 2029-10-24
source: Harbour Ledger
title: Tallinn and Beijing condemn Latvian sanctions on Estonian shipping

Chinese Foreign Ministry spokesman Li Wenbo denounced the sanctions at a press briefing on Thursday, saying Beijing opposes unilateral measures without a basis in international law.

Latvia imposed the sanctions on two Estonian shipping firms last week.
"""
    knowledge = _knowledge(tmp_path, "penalties.txt", text)
    answer = knowledge.answer("Beijing position on Latvian penalties against Estonian shipping")
    assert "Li Wenbo" in answer.items[0].text and answer.items[0].label is None, answer


def test_the_previous_meeting_may_be_told_by_a_sentence_opening_with_he(tmp_path: Path) -> None:
    text = """date: 2030-08-07
source: Baltic News Wire
title: Kremlin calls Kesk-Varo meeting in Riga useful

The Kremlin said on Wednesday that a meeting between Latvian President Ivo Kesk and US envoy Lars Varo in Riga was "useful and constructive".

Varo arrived in Riga earlier on Wednesday on his third visit this year. He last met Kesk on April 25.
"""
    knowledge = _knowledge(tmp_path, "riga.txt", text)
    # "previous": one of several, told by "He last met Kesk", the "He" being Varo
    _dated_first(
        knowledge, ("varo previous meeting with kesk when", "when was varo's previous meeting with kesk?"), "2030-04-25"
    )
    # ... while the meeting asked with no ordinal is the one the article reports
    _dated_first(knowledge, ("when did varo and kesk meet?",), "2030-08-07")


MISFIRES_TOO = """date: 2028-05-16
source: Baltic News Wire
title: A busy week in Riga

The Kremlin announced on Tuesday that 40 prisoners had been freed and that the next exchange would take place on June 2.

Prices have risen 12 percent since the war began, the central bank said on Monday.

The referendum, which had been scheduled for May 3, went ahead as planned, and results are now expected on Friday.

Russia said the timing would depend on the weather.

If Russia demands more territory, Ukraine will walk away.
"""


def test_the_round_nine_rules_keep_ordinary_sentences_right(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path, "busy.txt", MISFIRES_TOO)
    # a plan's day tags a sentence only when it matches the question no less than the day of the saying
    assert knowledge.answer("how many prisoners were freed?").items[0].date == "2028-05-16"
    # "since the war began", said on Monday: the war did not begin on Monday
    first = knowledge.answer("When did the war begin?").items[0]
    assert first.date != "2028-05-15" or first.label is not None, first
    # "had been scheduled for May 3, went ahead as planned": no plan was changed
    _dated_first(knowledge, ("When was the referendum held?",), "2028-05-03")
    # "the timing would depend on the weather", "If Russia demands more territory, ...": no demands
    texts = [item.text for item in knowledge.answer("!demands Russia").items]
    assert not any("weather" in text or "walk away" in text for text in texts), texts


def test_a_truce_starting_on_a_weekday_starts_ahead_and_a_second_of_one_is_not_told(tmp_path: Path) -> None:
    text = """date: 2031-03-18
source: Lakeside Wire
title: Latvia and Estonia swap 120 fishermen and agree three-day port truce

KAMPALA, March 18 (Lakeside Wire) - Latvia and Estonia exchanged 120 fishermen on Monday in the first swap since talks in Kampala began last week, and agreed to a 72-hour halt to raids on each other's ports starting on Wednesday, mediators said.

The mediators also corrected the figures from the fishermen exchange of March 17.
"""
    knowledge = _knowledge(tmp_path, "kampala.txt", text)
    # "agreed to a 72-hour halt ... starting on Wednesday" in a Tuesday article: the Wednesday to come; and "the
    # first swap since talks in Kampala began" starts no truce on Monday
    _dated_first(knowledge, ("port truce start date?", "when does the port truce begin?"), "2031-03-19")
    # ... and "for 72 hours from midnight on Friday" in a Monday article is the Friday to come
    friday = [
        m.date.start
        for m in find_dates("agreed to halt raids for 72 hours from midnight on Friday", dt.date(2031, 3, 17))
    ]
    assert friday == [dt.date(2031, 3, 21)], friday
    # "the second exchange" over articles telling one: no sure day
    second = knowledge.answer("date of second fishermen exchange?")
    assert second.items[0].label is not None, second.items


def test_a_demand_made_of_the_only_side_named_is_that_sides_target_and_a_deadline_set_is_a_demand(
    tmp_path: Path,
) -> None:
    text = """date: 2031-06-14
source: Baltic News Wire
title: Berzina sets deadline for Tallinn as port talks stall

Latvian Prime Minister Ilze Berzina set a 10-day deadline for Tallinn to reopen the Ruhnu port or face new tariffs on Estonian fish.

The original 12-point plan imposed tough conditions on Estonia, including a cap on its fishing fleet.
"""
    knowledge = _knowledge(tmp_path, "deadline.txt", text)
    # "What did Berzina demand of Tallinn?": Berzina asks, Estonia is asked (never "no demands by Estonia")
    answer = knowledge.answer("What did Berzina demand of Tallinn?")
    assert "reopen the Ruhnu port" in answer.items[0].text, answer
    assert "by Estonia" not in (answer.message or ""), answer.message
    # ... and "the plan" asks of Estonia, whose own demands are not what is asked
    plan = knowledge.answer("what did the original 12-point plan demand of estonia")
    assert "cap on its fishing fleet" in plan.items[0].text and "by Estonia" not in (plan.message or ""), plan


def test_a_later_correction_of_a_count_comes_before_the_figure_it_corrects(tmp_path: Path) -> None:
    first = """date: 2031-09-08
source: Danube Wire
title: Serbia and Croatia swap soldiers at the Bezdan crossing

BEZDAN, Sept 8 (Danube Wire) - Serbia and Croatia exchanged soldiers on Sunday at the Bezdan crossing.

Serbia said 518 of its soldiers came home in the swap, which was brokered by Hungary.

Croatia said it received 240 of its troops.
"""
    later = """date: 2031-09-15
source: Sava Press
title: ANALYSIS-Bezdan swap leaves questions on the next round

ZAGREB, Sept 15 (Sava Press) - The Red Cross said on Thursday that 503 Serbian soldiers were returned in the Bezdan exchange, not 518 as Belgrade had initially announced.

Mediators hope for a second exchange before the winter.
"""
    knowledge = _corpus(tmp_path, {"bezdan.txt": first, "analysis.txt": later})
    for wording in (
        "how many serbian soldiers actually came home in the swap?",
        "number of Serbian troops returned at Bezdan",
        "how many soldiers did serbia get back",
    ):
        answer = knowledge.answer(wording)
        assert "503" in answer.items[0].text, (wording, answer.items[:2])
        assert any("518 of its soldiers" in item.text for item in answer.items[1:]), (wording, answer.items)
    # the count as it was first announced is asked for as such
    initial = knowledge.answer("how many soldiers did Serbia initially say came home?")
    assert "518" in initial.items[0].text, initial.items[:2]
    # a figure repeated "as Belgrade had said" confirms it: no correction
    confirming = later.replace("503 Serbian soldiers", "518 Serbian soldiers").replace(
        ", not 518 as Belgrade had initially announced", ", as Belgrade had said"
    )
    (tmp_path / "confirmed").mkdir()
    knowledge = _corpus(tmp_path / "confirmed", {"bezdan.txt": first, "analysis.txt": confirming})
    answer = knowledge.answer("how many serbian soldiers came home in the swap?")
    assert "518 of its soldiers" in answer.items[0].text, answer.items[:2]


def test_a_figure_revised_without_repeating_it_is_a_correction_too(tmp_path: Path) -> None:
    text = """date: 2031-09-20
source: Danube Wire
title: Bezdan figures revised

BEZDAN, Sept 20 (Danube Wire) - Belgrade said 518 of its soldiers came home in the Bezdan swap on Sunday.

On Friday Belgrade revised the figure to 503, saying 15 wounded men had stayed in hospital in Osijek.
"""
    knowledge = _knowledge(tmp_path, "revised.txt", text)
    answer = knowledge.answer("how many soldiers came home in the Bezdan swap?")
    assert "503" in answer.items[0].text, answer.items[:2]
    assert "518" in answer.items[1].text, answer.items[:2]


def test_who_called_it_a_word_is_the_one_the_quotation_is_given_by(tmp_path: Path) -> None:
    text = """date: 2031-10-02
source: Amber Wire
title: Lithuania and Poland hold border talks in Druskininkai

DRUSKININKAI, Oct 2 (Amber Wire) - Lithuanian Foreign Minister Rasa Kaunaite told Polish envoy Marek Zielny on Wednesday that Vilnius would reopen two crossings, according to a statement from government spokesman Tomas Vilkas that described the meeting as “productive”.

Kaunaite was among those who attended the dinner along with presidential adviser Jonas Petraitis, who thanked Zielny for what he described as a “generous” offer on fishing quotas.

Zielny said the talks had been “useful” and that he would report to Warsaw.
"""
    knowledge = _knowledge(tmp_path, "druskininkai.txt", text)
    cases = {
        "who called the kaunaite zielny meeting productive": "Tomas Vilkas",
        "who described the meeting as productive?": "Tomas Vilkas",
        "who said the quota offer was generous": "Jonas Petraitis",
        "who called the talks useful?": "Marek Zielny",
    }
    for wording, speaker in cases.items():
        answer = knowledge.answer(wording)
        assert answer.items[0].text.startswith(speaker), (wording, [i.text[:60] for i in answer.items])


def test_a_role_given_by_an_arrival_as_answers_a_role_asked_now_and_conditions_put_on_a_thing_are_demands(
    tmp_path: Path,
) -> None:
    first = """date: 2031-11-03
source: Andes Wire
title: Peru and Chile open border talks in Arica

ARICA, Nov 3 (Andes Wire) - Peru and Chile opened border talks in Arica on Monday.

Chilean Deputy Foreign Minister Ramon Fuenzalida, who leads the Chilean team, said Santiago would accept a fishing truce only if Peru withdrew its patrol boats from the disputed bay.

Peruvian negotiator Lucia Quispe said Lima wanted the bay's fishing quotas shared equally.

Chile puts the bay's yearly catch at 40,000 tonnes, and a second round is set for December 2.
"""
    later = """date: 2031-11-20
source: Pacific Press
title: ANALYSIS-New Chilean negotiator changes the tone in Arica

LIMA, Nov 20 (Pacific Press) - Analysts say the arrival of Ignacio Barrientos as Chile's chief negotiator last week is the biggest change in the Arica talks so far.

Barrientos has kept Santiago's demand that Peruvian patrol boats leave the bay.

Quispe called the truce idea premature, and Peruvian fishermen say a truce would cost them the winter season.

Mediators from Ecuador plan to table a written truce text before the second round.
"""
    knowledge = _corpus(tmp_path, {"arica.txt": first, "analysis.txt": later})
    for wording in (
        "chile chief negotiator now?",
        "who is Chile's current chief negotiator",
        "chile's chief negotiator",
    ):
        answer = knowledge.answer(wording)
        assert answer.items[0].text.startswith("Ignacio Barrientos"), (wording, answer.message, answer.items[:1])
    for wording in (
        "What conditions is Santiago putting on a fishing truce?",
        "What conditions does Chile set for a truce?",
        "what terms has chile laid down for the truce",
    ):
        answer = knowledge.answer(wording)
        assert "patrol boats" in answer.items[0].text and answer.items[0].label is None, (wording, answer.message)


def test_landing_being_in_the_room_an_affiliation_and_a_meeting_day_are_read_as_articles_write_them(
    tmp_path: Path,
) -> None:
    text = """date: 2031-12-09
source: Fjord Wire
title: Norwegian and Icelandic ministers meet in Tromso over fishing rights

TROMSO, Dec 9 (Fjord Wire) - Icelandic Foreign Minister Gudrun Haraldsdottir arrived in Tromso on Monday on a previously planned trip.

She will hold talks with Norwegian Fisheries Minister Per Solberg on Wednesday.

The closed-door meeting will also be attended by coast guard chief Eirik Vangen and trade adviser Sigrun Lund.

"Nobody wants a second cod war," said Kari Moen, a senior fellow at the Arctic Policy Institute in Bergen.

Iceland wants more land in the north for its fish farms, officials said.
"""
    knowledge = _knowledge(tmp_path, "tromso.txt", text)
    _answered_first(
        knowledge, ("When did Haraldsdottir land in Tromso?", "haraldsdottir landed in tromso when"), "arrived"
    )
    answer = knowledge.answer("who was in the room besides haraldsdottir and solberg")
    assert "Vangen" in answer.items[0].text, (answer.message, answer.items[:1])
    answer = knowledge.answer("Kari Moen affiliation")
    assert answer.intent == Intent.WHO and "Arctic Policy Institute" in answer.items[0].text, answer.items[:1]
    answer = knowledge.answer("haraldsdottir solberg meeting day?")  # read as a when-question, as "... date?" is
    assert answer.intent == Intent.TIMELINE and answer.items[0].date == "2031-12-10", (answer.intent, answer.items[:1])
    # "land" the object of a verb is land, not a landing
    from knowledge.lexicon import without_phrasal_verbs

    assert without_phrasal_verbs("does Iceland want land in the north") == "does Iceland want land in the north"


def test_a_subject_before_need_to_is_no_compound_and_a_who_question_ending_in_cost_asks_for_a_person(
    tmp_path: Path,
) -> None:
    text = """date: 2032-01-14
source: Danube Wire
title: Draft truce for the Drina valley

SARAJEVO, Jan 14 (Danube Wire) - Under the draft, heavy artillery would be pulled back at least 20 kilometres from the Drina within five days of the truce taking effect.

"Kovac was sent to say no. Begic was sent to find out the price of yes," said Amra Hodzic, an analyst at the Balkan Policy Forum.
"""
    knowledge = _knowledge(tmp_path, "drina.txt", text)
    _answered_first(
        knowledge,
        ("how far would heavy guns need to pull back under the draft", "how far do heavy guns have to pull back"),
        "20 kilometres",
    )
    answer = knowledge.answer("who thinks Begic was sent to find out what a deal would cost")
    assert "price of yes" in answer.items[0].text and answer.items[0].label is None, (answer.message, answer.items)
    from knowledge.answering.question import question_kind

    assert question_kind("who thinks Begic was sent to find out what a deal would cost") == "who"
    assert question_kind("the truce plan cost?") == "amount"


def test_a_deadline_is_told_by_a_sentence_naming_it_and_one_moved_from_a_day_no_longer_holds_there(
    tmp_path: Path,
) -> None:
    first = """date: 2032-02-03
source: Nordic Wire
title: Mediator tables truce plan in Tallinn, sets Feb 10 deadline

TALLINN, Feb 3 (Nordic Wire) - The Swiss mediator at the Tallinn talks on Tuesday presented both delegations with a draft plan for a 20-day truce, and asked for written answers by February 10.
"""
    later = """date: 2032-02-08
source: Baltic Press
title: Serbia replaces its negotiator; truce deadline pushed back

TALLINN, Feb 8 (Baltic Press) - Serbia replaced the head of its delegation at the Tallinn talks on Saturday, and the mediator responded by giving both sides an extra week to answer her truce proposal.

The mediator's office said the deadline for written responses to the truce draft had been moved from February 10 to February 17.
"""
    knowledge = _corpus(tmp_path, {"tallinn.txt": first, "later.txt": later})
    for wording in (
        "deadline for answering the truce plan?",
        "what's the deadline for replying to the truce draft",
        "when is the deadline for the written answers",
    ):
        answer = knowledge.answer(wording)
        assert answer.items[0].date == "2032-02-17", (
            wording,
            answer.intent,
            [(i.date, i.text[:60]) for i in answer.items],
        )


def test_history_that_tells_more_of_the_question_comes_before_news_that_shares_a_word(tmp_path: Path) -> None:
    text = """date: 2032-03-20
source: Lake Wire
title: Prisoner swap agreed

GENEVA, March 20 (Lake Wire) - Mediators said on Friday that a large exchange between Estonia and Latvia had been agreed and would take effect in the near future.

On August 3, 2029, Estonia launched a military offensive against Latvia.
"""
    knowledge = _knowledge(tmp_path, "geneva.txt", text)
    answer = knowledge.answer("when did estonia begin its full-scale invasion of latvia")
    assert answer.items[0].date == "2029-08-03", [(i.date, i.label, i.text[:60]) for i in answer.items]


def test_the_round_eleven_rules_keep_ordinary_sentences_right(tmp_path: Path) -> None:
    """What a reviewer found the round's rules misreading, on sentences written for it."""
    from knowledge.answering.question import FIRST_FIGURE_ASKED
    from knowledge.answering.who import _AS_IT_STANDS
    from knowledge.extract.people import find_names
    from knowledge.figures import corrects, numbers_in
    from knowledge.lexicon import without_phrasal_verbs

    # land as a noun, or the object of a verb, is no landing
    for text in ("which lands in the south does Latvia still hold?", "did Estonia capture land in Valga?"):
        assert "arriv" not in without_phrasal_verbs(text), without_phrasal_verbs(text)
    # a change over time, another side's figure, a confirmation: no corrections; a number before "may" is a figure
    assert not corrects("Latvia exported 520 shiploads of grain in 2032, up from 412 in 2031.", "412")
    assert not corrects("Riga wants 50 observers rather than the 200 Tallinn has proposed.", "200")
    confirming = (
        "The Red Cross confirmed the return of 518 Latvian soldiers, as Riga had first announced, and of 240 Estonians."
    )
    assert not any(corrects(confirming, n) for n in numbers_in(confirming))
    assert corrects("As many as 60 may have died in the shelling, not 41 as first reported.", "41")
    # "claimed" as killed, "at first light": no first figure asked
    assert not FIRST_FIGURE_ASKED.search("how many civilians has the Narva shelling claimed?")
    # "Russia Today" is a name, not a role asked as it stands
    assert " ".join(_AS_IT_STANDS.sub(" ", "the editor-in-chief of Russia Today").split()).endswith("Russia Today")
    # a post blocked is no post held; a post's noun ends at its verb
    blocked = find_names("Parliament blocked the appointment of Ilze Ozola as defence minister on Tuesday.")
    assert [m.role for m in blocked if m.name == "Ilze Ozola"] == [None]
    first = """date: 2032-04-02
source: Baltic Wire
title: Narva swap completed

NARVA, April 2 (Baltic Wire) - Latvia said 518 of its soldiers came home in the Narva swap on Sunday.

Separately, the health ministry updated the death toll to 12 from Saturday's floods.

Foreign Minister Karlis Berzins said the peace talks were a waste of time and mocked Estonian envoy Mart Tamm, who called for a "just peace".

Berzins told Tamm, who thanked him, that the talks had been "useful".
"""
    knowledge = _knowledge(tmp_path, "narva.txt", first)
    answer = knowledge.answer("how many soldiers came home to Latvia in the Narva swap?")
    assert "518" in answer.items[0].text and answer.items[0].label is None, answer.items[:2]
    for wording in ("who said the peace talks were a waste of time?", "who called the talks useful?"):
        said = knowledge.answer(wording)
        assert said.items[0].text.startswith("Karlis Berzins"), (wording, [i.text[:40] for i in said.items])
    assert knowledge.answer("what is Latvia's biggest employer?").intent != Intent.WHO
    assert knowledge.answer("floods in Narva on swap day?").intent != Intent.TIMELINE


def test_round_twelve_wordings_a_count_asked_after_its_noun_huge_for_big_an_idea_and_an_envoys_wish(
    tmp_path: Path,
) -> None:
    text = """date: 2032-05-12
source: Vistula Wire
title: Poland and Lithuania swap detainees as envoy meets Lukaszenko

WARSAW, May 12 (Vistula Wire) - Poland managed to return 270 soldiers and 120 civilians from Lithuanian custody in the exchange on Saturday, the ministry said.

Among the freed are three women and 387 men.

Polish President Adam Wrona called it "a potentially big day for Poland and Lithuania."

Prime Minister Ewa Lis on Tuesday said Warsaw considered Vilnius's proposal for a 20-day truce as "positive".

Lis said in her evening address that the exchange showed that "what we agree can be carried out".

Canadian envoy Paul Marchand met Belarusian leader Viktor Lukaszenko to seek his support for a peace agreement between Poland and Lithuania.
"""
    knowledge = _knowledge(tmp_path, "warsaw.txt", text)
    assert _counted("civilians freed in the swap, how many") == "civilian"
    answer = knowledge.answer("civilians freed in the swap, how many")
    assert "120 civilians" in answer.items[0].text, [(i.label, i.text[:50]) for i in answer.items]
    said = knowledge.answer("who said saturday could be a huge day for poland and lithuania")
    assert said.items[0].text.startswith("Adam Wrona"), [i.text[:50] for i in said.items]
    reacted = knowledge.answer("how did lis react to the vilnius idea")
    assert "positive" in reacted.items[0].text, [i.text[:60] for i in reacted.items]
    wish = knowledge.answer("what does the Canadian envoy want from lukaszenko")
    assert wish.found and "seek his support" in wish.items[0].text, (wish.message, wish.items[:1])


def test_a_correction_naming_only_the_side_and_one_revised_to_a_figure_from_another_lead(tmp_path: Path) -> None:
    first = """date: 2032-06-10
source: Tagus Wire
title: Portugal and Spain swap fishermen

LISBON, June 10 (Tagus Wire) - The coast guard said 412 Portuguese fishermen were freed in the swap on Wednesday, among them 31 skippers.

The mediator said the swap went smoothly.
"""
    later = """date: 2032-06-14
source: Iberia Press
title: Spain names new negotiator

MADRID, June 14 (Iberia Press) - The coast guard said 398 Portuguese had returned home, not 412 as it had initially announced, because 14 men were not handed over.

The number of skippers among those freed was also revised, to 29 from 31.
"""
    knowledge = _corpus(tmp_path, {"lisbon.txt": first, "madrid.txt": later})
    answer = knowledge.answer("how many portuguese fishermen were actually freed in the swap")
    assert "398" in answer.items[0].text, [(i.label, i.text[:60]) for i in answer.items]
    answer = knowledge.answer("skippers among released portuguese")
    assert "to 29 from 31" in answer.items[0].text, [(i.label, i.text[:60]) for i in answer.items]


def test_round_thirteen_earlier_rounds_an_assessment_and_a_start_told_by_a_day_earlier(tmp_path: Path) -> None:
    first = """date: 2032-07-08
source: Rhine Wire
title: Austria and Slovenia agree detainee swap in Graz

GRAZ, July 8 (Rhine Wire) - Austrian and Slovenian negotiators agreed in principle on Tuesday to exchange several hundred detainees, the first concrete result of a new round of talks that opened in Graz a day earlier under OSCE auspices.

Trilateral talks between Austrian, Slovenian and Croatian delegations in Graz have been "hard, but businesslike," Austria's top negotiator, Karl Huber, said.

Slovenian negotiator Marko Zupan called the Graz round "intense and honest".

The countries had previously held two meetings in a similar format in Zadar in May.
"""
    later = """date: 2032-07-20
source: Alpine Press
title: Truce start pushed back

VIENNA, July 20 (Alpine Press) - As a result, the earliest possible start date for the truce has moved from July 25 to August 1.
"""
    knowledge = _corpus(tmp_path, {"graz.txt": first, "vienna.txt": later})
    answer = knowledge.answer("whre did the earlier trilateral rounds take place")
    assert "Zadar" in answer.items[0].text, [(i.label, i.text[:60]) for i in answer.items]
    answer = knowledge.answer("huber's assessment of graz")
    assert answer.items[0].text.startswith("Karl Huber") and "businesslike" in answer.items[0].text, answer.items[:1]
    answer = knowledge.answer("graz talks start date?")
    assert answer.items[0].date == "2032-07-05", [(i.date, i.text[:60]) for i in answer.items]


def test_on_the_ground_is_deployed(tmp_path: Path) -> None:
    text = """date: 2032-08-02
source: Nordic Wire
title: Monitors for the Narva truce

NARVA, Aug 2 (Nordic Wire) - The OSCE has said it could deploy an initial team of 120 within ten days of a decision but would need about five weeks to reach full strength.

Tamm said Tallinn would accept the truce only if monitors were physically on the ground before it took effect.

The mediator's plan called for 400 unarmed observers on the ground.
"""
    knowledge = _knowledge(tmp_path, "narva.txt", text)
    answer = knowledge.answer("how quickly can the osce get monitors on the ground")
    assert "within ten days" in answer.items[0].text and answer.items[0].label is None, answer.items[:2]


def test_whos_before_an_ing_form_is_who_is(tmp_path: Path) -> None:
    text = """date: 2032-09-01
source: Baltic Wire
title: Latvia names delegation for Parnu talks

RIGA, Sept 1 (Baltic Wire) - Latvia's delegation to the Parnu talks will be led by Deputy Foreign Minister Andris Ozols.

A Reuters report said Latvian trade envoy Juris Kalns could also join the Latvian team in Parnu.
"""
    knowledge = _knowledge(tmp_path, "parnu.txt", text)
    for wording in ("who's heading latvia's team for the parnu talks?", "who's leading the latvian delegation?"):
        answer = knowledge.answer(wording)
        assert answer.intent == Intent.WHO and answer.items[0].text.startswith("Andris Ozols"), (
            wording,
            answer.items[:1],
        )


def test_a_synonym_far_more_common_than_the_asked_word_still_tells_the_act(tmp_path: Path) -> None:
    first = """date: 2032-10-12
source: Nordic Wire
title: Estonia and Latvia exchange prisoners of war

TARTU, Oct 12 (Nordic Wire) - Estonia and Latvia exchanged 806 prisoners of war on Saturday, fewer than the 840 announced last week.

The exchange was carried out at a border crossing under Red Cross supervision.

Officials said a second exchange could follow, and Riga said the exchange of lists would continue.

The exchange of bodies is handled separately, and an exchange of letters set out the terms.

Tallinn wants an exchange of all detainees; Riga wants an exchange in stages, and a third exchange is not ruled out.

An exchange of views on the border will follow the exchange of maps, the mediators said.
"""
    analysis = """date: 2032-10-15
source: Baltic Review
title: ANALYSIS-Tartu talks yield a prisoner swap, but hard questions wait

TARTU, Oct 15 (Baltic Review) - Ten days after the talks opened, they have produced one exchange and little else.

Riga's list of 1,312 children, submitted to the mediators this week, is seen as a test of whether Tallinn will trade goodwill gestures for a deal.
"""
    knowledge = _corpus(tmp_path, {"tartu.txt": first, "analysis.txt": analysis})
    _dated_first(knowledge, ("When did the POW swap take place?", "pow swap date?"), "2032-10-09")


def test_the_round_thirteen_rules_keep_ordinary_sentences_right(tmp_path: Path) -> None:
    """What a second reviewer found this round's rules misreading, on sentences written for it."""
    from knowledge.answering.question import question_kind
    from knowledge.figures import corrects

    assert _counted("does latvia still hold estonian soldiers, how many?") is None
    assert _counted("tartu talks, how many?") == "talk"
    assert question_kind("kakhovka dam damage assessment") is None
    assert question_kind("ozols trial verdict?") is None
    assert not corrects("Over the summer Latvia raised troops near Valga to 52,000 from 40,000.", "40,000")
    text = """date: 2032-11-03
source: Baltic Wire
title: Graz talks resume

GRAZ, Nov 3 (Baltic Wire) - Talks resumed in Graz on Tuesday, a week before the deadline.

The first two trilateral rounds were held in Zadar in May.

The next round will be held in Split, the mediators said, after the previous talks collapsed.

Austria said 412 soldiers came home in the swap; Vienna later revised the figure to 397.

The sides have held 3 rounds of direct talks in Graz.

Chancellor Karl Huber said a political solution was the only way to end the dispute.

Huber proposed sending 200 unarmed monitors to the border.
"""
    knowledge = _knowledge(tmp_path, "graz.txt", text)
    assert knowledge.context.question("Whre did the earlier rounds take place?").kind == "where"
    answer = knowledge.answer("where did the earlier trilateral rounds take place?")
    assert "Zadar" in answer.items[0].text, [(i.label, i.text[:50]) for i in answer.items]
    answer = knowledge.answer("where will the next round be held after the previous talks collapsed?")
    assert "Split" in answer.items[0].text, [(i.label, i.text[:50]) for i in answer.items]
    answer = knowledge.answer("graz direct talks")
    assert answer.items[0].label != "corrects an earlier figure", [(i.label, i.text[:50]) for i in answer.items]
    answer = knowledge.answer("what did huber propose?")
    assert "monitors" in answer.items[0].text, [(i.label, i.text[:50]) for i in answer.items]


def test_a_who_said_question_search_cannot_answer_still_names_the_speakers_of_the_closest_sentences(
    tmp_path: Path,
) -> None:
    text = """date: 2032-12-17
source: Rhine Wire
title: Talks in Vienna tapped the diplomatic well, chancellor says

VIENNA, Dec 17 (Rhine Wire) - Austrian Chancellor Karl Huber told parliament that the Vienna negotiations had tapped the diplomatic well.

"We often hear that more diplomacy is needed. I can tell you there is more diplomacy from here, from Vienna, than from anywhere else," Huber said.
"""
    knowledge = _knowledge(tmp_path, "vienna.txt", text)
    answer = knowledge.answer(
        "who said vienna has delivered more peace diplomacy than any other european capital in recent weeks"
    )
    assert answer.items and answer.items[0].text.startswith("Karl Huber"), [
        (i.label, i.text[:50]) for i in answer.items
    ]


def test_taking_over_a_body_is_becoming_its_head_and_a_thing_taken_over_is_seized() -> None:
    from knowledge.lexicon import without_phrasal_verbs

    assert without_phrasal_verbs("when did Ozols take over military intelligence") == (
        "when did Ozols become head of military intelligence"
    )
    assert without_phrasal_verbs("who took over as prime minister?") == "who became prime minister?"
    assert (
        without_phrasal_verbs("when did Latvia take over the Valga plant")
        == "when did Latvia take over the Valga plant"
    )


def test_a_head_of_a_body_taken_over_is_dated_by_the_becoming(tmp_path: Path) -> None:
    text = """date: 2033-01-02
source: Baltic Wire
title: Ozols to head the chancellery

RIGA, Jan 2 (Baltic Wire) - President Ilze Berzina said the head of military intelligence, Janis Ozols, will replace Andris Kalns as head of the chancellery.

Since 2009, he served in the special forces of military intelligence, where he carried out secret missions.

In 2021, he became head of military intelligence.
"""
    knowledge = _knowledge(tmp_path, "riga.txt", text)
    answer = knowledge.answer("when did ozols take over military intelligence")
    assert answer.items[0].date == "2021", [(i.date, i.text[:50]) for i in answer.items]


def test_a_successor_told_by_a_replacement_by_leads(tmp_path: Path) -> None:
    first = """date: 2033-02-02
source: Fjord Wire
title: Estonia and Latvia open talks in Bergen

BERGEN, Feb 2 (Fjord Wire) - Estonia's delegation is headed by Mart Kask, a senior aide in the prime minister's office.
"""
    later = """date: 2033-02-09
source: Nordic Press
title: Estonia replaces chief negotiator in Bergen

BERGEN, Feb 9 (Nordic Press) - Deputy Foreign Minister Liis Saar arrived in Bergen on Monday evening to take over the Estonian delegation from Mart Kask, the aide who had led it since the talks opened.

The replacement of Mart Kask by Deputy Foreign Minister Liis Saar has been read in different ways.
"""
    knowledge = _corpus(tmp_path, {"bergen.txt": first, "later.txt": later})
    answer = knowledge.answer("Who heads the Estonian delegation now?")
    assert "Liis Saar" in answer.items[0].text, (answer.message, [i.text[:60] for i in answer.items])


def test_a_successor_named_to_succeed_a_titled_holder_leads(tmp_path: Path) -> None:
    # "naming X to succeed Deputy Foreign Minister Y": the title between the verb and the name is no other person
    first = """date: 2034-05-02
source: Fjord Wire
title: Latvia and Estonia open talks in Bergen

BERGEN, May 2 (Fjord Wire) - Latvia's delegation is headed by Deputy Foreign Minister Janis Ozols.
"""
    later = """date: 2034-05-09
source: Nordic Press
title: Latvia replaces chief negotiator in Bergen

BERGEN, May 9 (Nordic Press) - Latvia on Tuesday replaced its chief negotiator in Bergen, naming veteran diplomat Ilze Berzina to succeed Deputy Foreign Minister Janis Ozols in a move Estonian officials said had cost a week.
"""
    knowledge = _corpus(tmp_path, {"bergen.txt": first, "later.txt": later})
    answer = knowledge.answer("who is latvia's chief negotiator now")
    assert "Ilze Berzina" in answer.items[0].text, (answer.message, [i.text[:60] for i in answer.items])


def test_a_count_a_start_and_a_city_asked_in_fragments(tmp_path: Path) -> None:
    text = """date: 2034-06-09
source: Harbour Wire
title: Latvia and Estonia exchange detainees as Tartu talks go on

TARTU, June 9 (Harbour Wire) - Latvia and Estonia exchanged 212 detainees on Thursday at a crossing near Valga, officials said.

Officials said on Monday the two sides had agreed in principle to exchange about 400 detainees at the border later this week.

The two delegations signed a draft on Wednesday, the most tangible progress since the talks opened at Raadi Manor earlier this month.

Delegations sat down at Raadi Manor in Tartu on Monday, June 5, for their first direct talks in two years.

Prime Minister Ilze Berzina met Estonian Prime Minister Kaja Tamm during the bilateral meeting in Valga on Saturday.

Buses carrying the freed detainees reached the city of Valka on Friday evening.
"""
    knowledge = _knowledge(tmp_path, "tartu.txt", text)
    # a count told by the asked verb, with a phrase of when after it ("swapped on June 8"), before the plan's count
    swapped = knowledge.answer("how many detainees were exchanged on june 8 at the border")
    assert "212" in swapped.items[0].text, [i.text[:60] for i in swapped.items]
    # a start told only in a since-phrase is not the day of the clause it hangs on
    began = knowledge.answer("tartu talks start date?")
    assert began.items[0].date == "2034-06-05", [(i.date, i.text[:50]) for i in began.items]
    # a fragment ending in "city" asks where
    city = knowledge.answer("berzina tamm meeting city?")
    assert "Valga" in city.items[0].text and city.items[0].label is None, (city.message, city.items[0])


def test_the_years_asked_come_from_just_below_the_sentence_holding_most_words(tmp_path: Path) -> None:
    # the sentence holding most of the question gives no years; one ranked just below it does: it comes first,
    # labelled, and the message says why (never "no sentence gives the years" while one does)
    text = """date: 2034-06-09
source: Harbour Wire
title: Latvia and Estonia exchange detainees as Tartu talks go on

TARTU, June 9 (Harbour Wire) - Latvia and Estonia exchanged 212 detainees on Thursday at a crossing near Valga, officials said.

Leaders on Friday committed to the Valga bridge for 2035 and 2036, the ministry said.

Officials announced a bridge funding commitment that covers the next two years.

Prime Minister Ilze Berzina met Estonian Prime Minister Kaja Tamm in Valga on Saturday.
"""
    knowledge = _knowledge(tmp_path, "years.txt", text)
    years = knowledge.answer("which years does the bridge funding commitment cover")
    assert "2035 and 2036" in years.items[0].text, (years.message, [i.text[:60] for i in years.items])
    assert years.items[0].label == "closest sentence" and "holds less of it" in (years.message or "")


def test_an_event_noun_then_city_town_or_place_ends_a_fragment_asking_where(kb: KnowledgeBase) -> None:
    for fragment in ("kivisild datuashvili meeting city?", "Kivisild Datuashvili talks town", "the meeting place?"):
        assert kb.context.question(fragment).kind == "where", fragment
    for not_where in (
        "when did the talks take place?",
        "what sanctions remain in place?",
        "which party finished in first place?",
        "what was agreed in Cape Town?",
        "which minister led the delegation in Kivisild's place?",
    ):
        assert kb.context.question(not_where).kind != "where", not_where


def test_the_accord_a_thing_is_done_under_is_its_setting(kb: KnowledgeBase) -> None:
    # "how many ... under the Pernavi deal?": the deal sets the occasion (a count sentence need not say "deal");
    # only once the question is pinned by a name or place, and never a deal that is itself asked about
    asked = kb.context.question("How many boats will be inspected under the Pernavi deal")
    assert asked.settings == frozenset({"deal"}), asked.settings
    assert kb.context.question("what is in the Pernavi deal").settings == frozenset()
    assert kb.context.question("how many boats will be inspected under the deal").settings == frozenset()


def test_the_round_seventeen_review_sentences(tmp_path: Path) -> None:
    # a reviewer's ordinary sentences on which this round's rules first misfired: a successor of someone else named
    # near the holder, a telling word both inside and outside a since-phrase, "in place" that asks no place
    first = """date: 2034-05-02
source: Fjord Wire
title: Latvia and Estonia open talks in Bergen

BERGEN, May 2 (Fjord Wire) - Latvia's delegation is headed by Deputy Foreign Minister Janis Ozols.
"""
    later = """date: 2034-05-09
source: Nordic Press
title: Latvia names a deputy in Bergen

BERGEN, May 9 (Nordic Press) - Latvia on Tuesday named veteran diplomat Ilze Berzina to succeed Aivars Kalnins as Ozols's deputy in Bergen.

The talks resumed on Thursday, the first session since the Valga ambush.

Estonia's delegation walked out of the talks on Monday.

Sanctions on Latvia's state bank remain in place until the pullback is verified, Estonian Foreign Minister Kaja Tamm said.
"""
    knowledge = _corpus(tmp_path, {"bergen.txt": first, "later.txt": later})
    now = knowledge.answer("who heads the Latvian delegation now?")
    assert "Janis Ozols" in now.items[0].text and now.message is None, (now.message, now.items[0].text[:60])
    resumed = knowledge.answer("when did the talks resume after the Valga ambush?")
    assert "resumed" in resumed.items[0].text and resumed.items[0].label is None, resumed.items[0]
    sanctions = knowledge.answer("what sanctions remain in place?")
    assert "state bank" in sanctions.items[0].text and sanctions.items[0].label is None, sanctions.items[0]


def test_help_still_answers_with_no_article() -> None:
    knowledge = KnowledgeBase([])
    assert knowledge.answer("!help").found
    assert (knowledge.answer("who is Kask?").message or "").startswith("No articles are indexed yet")


def test_a_day_asked_is_told_by_that_days_event_before_a_week_spanning_it(tmp_path: Path) -> None:
    # "how many were exchanged on June 8?": the exchange told on that Thursday, not the plan to exchange "later this
    # week", dated to a span holding the day
    opening = """date: 2034-06-05
source: Harbour Wire
title: Latvia and Estonia open talks in Tartu

TARTU, June 5 (Harbour Wire) - Latvian and Estonian negotiators opened talks in Tartu on Monday.

The mediator said the two sides had agreed in principle to exchange about 400 detainees later this week, the first exchange since March.
"""
    swap = """date: 2034-06-09
source: Harbour Wire
title: Latvia and Estonia swap 212 detainees, fewer than promised

TARTU, June 9 (Harbour Wire) - Latvia and Estonia exchanged 212 detainees on Thursday at a crossing near Valga, the first concrete result of the talks under way in Tartu, although the number fell well short of what both governments had promised the families earlier in the week.
"""
    knowledge = _corpus(tmp_path, {"opening.txt": opening, "swap.txt": swap})
    answer = knowledge.answer("how many detainees were exchanged on june 8")
    assert "212" in answer.items[0].text and answer.items[0].date == "2034-06-08", [i.text[:60] for i in answer.items]


def test_a_deadline_pushed_back_is_asked_as_it_now_stands(tmp_path: Path) -> None:
    # a fragment ending in "deadline" asks its day; the day it is pushed back to, named at length ("pushed back the
    # deadline for a border truce framework by two weeks, to Oct. 6"), is the deadline, not the day of the pushing;
    # a plan another article calls "the original deadline" no longer holds; "when was it pushed back?" asks the other
    opening = """date: 2034-09-04
source: Harbour Wire
title: Latvia and Estonia open talks in Tartu

TARTU, Sept 4 (Harbour Wire) - Latvian and Estonian negotiators opened talks in Tartu on Monday.

The mediator, Anna Lepp, said the two delegations had also set Sept. 22 as the deadline for agreeing a written framework for a border truce.
"""
    moved = """date: 2034-09-19
source: Harbour Wire
title: Mediator pushes back Tartu truce deadline

TARTU, Sept 19 (Harbour Wire) - Latvia and Estonia exchanged 40 detainees on Saturday, and the mediator on Monday pushed back the deadline for a border truce framework by two weeks, to Oct. 6.

The original deadline for a written border truce framework had been Friday, Sept. 22.
"""
    knowledge = _corpus(tmp_path, {"opening.txt": opening, "moved.txt": moved})
    deadline = knowledge.answer("when is the border truce framework deadline?")
    assert deadline.items[0].date == "2034-10-06", [(i.date, i.text[:50]) for i in deadline.items]
    pushed = knowledge.answer("when was the truce deadline pushed back?")
    assert pushed.items[0].date == "2034-09-18", [(i.date, i.text[:50]) for i in pushed.items]


def test_two_slips_in_a_long_counted_word_and_who_is_mediating(kb: KnowledgeBase) -> None:
    # "inspcetons": two slips from "inspections" (two letters swapped, one dropped), whose stem the articles use; a
    # real word two letters off another is not one ("promised" is never "proposed"); "who's mediating" asks for a
    # mediator, never for someone called that
    assert kb.context.question("how many inspcetons were held in pernavi").counted == "inspect"
    assert kb.context.ranker.spelt_as("inspcetons") == "inspect"
    assert kb.context.ranker.spelt_as("promised") == stem("promised")
    assert kb.read("who's mediating").parsed.argument == "mediator"
    assert kb.read("who is mediating the harbour talks?").parsed.argument == "mediator"


def test_a_sized_group_counts_its_kind_and_chat_shorthand_for_according_to(tmp_path: Path, kb: KnowledgeBase) -> None:
    text = """date: 2034-03-02
source: Harbour Wire
title: Report on monitors

Latvian intelligence previously reported that Estonia would deploy a so-called "monitoring force" of about 2,000 people along the border.

Officials said monitors would arrive later.
"""
    knowledge = _knowledge(tmp_path, "monitors.txt", text)
    answer = knowledge.answer("how many monitors does latvian intelligence say estonia will deploy")
    assert "2,000" in answer.items[0].text and answer.items[0].label is None, (answer.message, answer.items[0])
    # "acc. to X" is "according to X": the source, not a word to find
    assert "acc" not in {
        g.word for g in kb.context.question(kb.read("who leads acc. to kivisild").parsed.cleaned).groups
    }


def test_sources_counted_when_asked_and_a_total_and_a_side_backing_a_plan_is_no_place(tmp_path: Path) -> None:
    text = """date: 2034-07-02
source: Harbour Wire
title: Valga talks go on

The talks took place because "there are still questions" about the Estonian-backed plan for Latvia, officials said.

Latvian and Estonian envoys held talks at the Raadi Manor in Tartu on June 30.

That timeline is likely to slip, according to three sources familiar with the matter.

Officials now say the overall exchange will cover 820 detainees, not 900 as announced.

The first stage, in which 310 detainees were swapped, was carried out on June 3.
"""
    knowledge = _knowledge(tmp_path, "valga.txt", text)
    # the anonymous sources a story cites are what "how many sources ...?" counts
    sources = knowledge.answer("how many sources said the timeline would slip?")
    assert "three sources" in sources.items[0].text and sources.items[0].label is None, sources.items[0]
    # "the total swap" is "the overall exchange": "total" names no other swap
    total = knowledge.answer("how many detainees in the total exchange?")
    assert total.found and "820" in total.items[0].text, (total.message, [i.text[:50] for i in total.items])
    # a side a plan is "for", or that "backs" it, is no place the talks were in
    where = knowledge.answer("where did the june 30 talks take place")
    assert "Raadi Manor" in where.items[0].text, [i.text[:50] for i in where.items]
    assert all(i.label for i in where.items if "took place because" in i.text), [
        (i.label, i.text[:40]) for i in where.items
    ]


def test_the_round_nineteen_review_sentences(tmp_path: Path) -> None:
    # a reviewer's kind of ordinary sentences on which this round's first rules misfired: an offer declined and an
    # older post taken over are no successor; a battalion's kind is not what its number counts; a source counted
    # is not a toll; a visit's verb does not stop a place being one
    first = """date: 2034-02-10
source: Fjord Wire
title: Latvia names its delegation

Latvia's government appointed Ilze Berzina as head of the delegation to the Valga talks on Monday.
"""
    later = """date: 2034-04-22
source: Nordic Press
title: Valga talks go on

Deputy minister Liis Saar declined an offer to take over from Ilze Berzina, the ministry said on Tuesday.

Mart Tamm, who took over the energy ministry from Ilze Berzina in 2031, said the grid was ready.

Estland will send a tank battalion of about 600 soldiers to Valga this summer, defence minister Ulla Brant said.

The strike killed several workers at the Narva depot, according to three people familiar with the investigation.

Envoy Mark Halvorsen visited Latvia on Tuesday for talks on the energy ceasefire.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    head = knowledge.answer("who is the head of the delegation to the valga talks?")
    assert "Ilze Berzina" in head.items[0].text and head.message is None, (head.message, head.items[0].text[:60])
    tanks = knowledge.answer("how many tanks will estland send to valga?")
    assert tanks.items[0].label is not None or "600" not in tanks.items[0].text, tanks.items[0]
    killed = knowledge.answer("how many people were killed in the narva depot strike?")
    assert killed.items[0].label is not None or "three people" not in killed.items[0].text, killed.items[0]
    went = knowledge.answer("where did halvorsen go on tuesday?")
    assert "visited Latvia" in went.items[0].text and went.items[0].label is None, (went.message, went.items[0])


def test_a_side_named_after_the_asking_word_is_what_a_persons_demand_is_about(tmp_path: Path) -> None:
    # "what does Kask want to do with Latvian ports?": Kask (Estonian) asks; Latvia is what it is about, never the
    # side whose demands are listed or said to be missing
    text = """date: 2034-03-05
source: Harbour Wire
title: Kask suggests Estonian ownership of Latvian ports

Estonian envoy Mart Kask said on Wednesday that Estonian ownership of the Latvian ports could be the best protection for them.

Latvia demands that Estonia withdraw its patrol boats from the Gulf of Riga before any talks.
"""
    knowledge = _knowledge(tmp_path, "ports.txt", text)
    answer = knowledge.answer("what does Kask want to do with Latvian ports?")
    assert "Latvia" not in (answer.message or "") and "Kask" in (answer.message or ""), answer.message
    assert "Estonian ownership" in answer.items[0].text, [i.text[:50] for i in answer.items]


def test_a_surname_spelt_with_another_ending_names_the_same_person(tmp_path: Path) -> None:
    # one outlet writes "Petrovskyy", another "Petrovsky": the same man, whose words "Petrovsky said" are
    first = """date: 2034-05-02
source: Fjord Wire
title: Talks open in Tartu

President Ivan Petrovskyy welcomed the delegations to Tartu on Monday.
"""
    later = """date: 2034-05-03
source: Nordic Press
title: Petrovsky ready to meet

- Petrovsky later said that he was ready to meet the Latvian president in Tartu and would wait for him there.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    answer = knowledge.answer("what did petrovsky say about meeting in tartu")
    assert "ready to meet" in answer.items[0].text and answer.found, (
        answer.message,
        [i.text[:50] for i in answer.items],
    )
    from knowledge.extract.registry import surname_spellings

    assert "Petrovsky" in surname_spellings("Petrovskyy") and surname_spellings("Kovalenko") == []


def test_a_deadline_a_later_article_calls_the_original_no_longer_holds(tmp_path: Path) -> None:
    # "The original deadline was June 20." in a later article: June 20, told as the deadline by an earlier one (and
    # by someone saying it "still stood" before the move), no longer answers; the day it was pushed back to does;
    # a fragment of a thing's words and "deadline" asks its day, "kask on the deadline" what Kask said
    opening = """date: 2034-06-10
source: Harbour Wire
title: Tartu talks open

The mediators have set June 20 as the deadline for the two sides to agree a written framework document.
"""
    middle = """date: 2034-06-13
source: Harbour Wire
title: Tartu talks stall

Foreign Minister Mart Kask said the June 20 deadline for a framework document still stood.
"""
    moved = """date: 2034-06-19
source: Harbour Wire
title: Tartu deadline pushed to July 3

TARTU, June 19 (Harbour Wire) - Mediators at the talks in Tartu on Wednesday pushed back the deadline for a framework document on a border truce by two weeks, to July 3.

The original deadline was June 20.
"""
    knowledge = _corpus(tmp_path, {"opening.txt": opening, "middle.txt": middle, "moved.txt": moved})
    for asked in ("when is the framework document deadline?", "framework document deadline?"):
        answer = knowledge.answer(asked)
        assert answer.items[0].date == "2034-07-03", (asked, [(i.date, i.text[:50]) for i in answer.items])
    assert knowledge.read("kask on the deadline").parsed.intent is not Intent.TIMELINE


def test_the_round_twenty_review_sentences(tmp_path: Path) -> None:
    # a reviewer's kind of ordinary sentences on which this round's first rules misfired
    court = """date: 2034-03-04
source: Harbour Post
title: Trial postponed

The Valga court on Wednesday postponed the trial of the former mayor, who will remain in custody until March 30.

No new date for the trial was given.
"""
    tax = """date: 2034-03-01
source: Harbour Post
title: Tax returns due in April

The Valga tax office said on Sunday that the deadline for filing annual tax returns is April 15.
"""
    bids = """date: 2034-03-20
source: Harbour Post
title: Bridge repair bids

The original deadline for bids was April 15. Bids are now due by May 30.
"""
    budget = """date: 2034-03-04
source: Harbour Post
title: Tartu misses budget deadline

Tartu missed the March 3 deadline to submit its budget plan, the regional commission said on Wednesday.

As a result, the commission will withhold 2 million euros of funding from Tartu.
"""
    minister = """date: 2034-03-05
source: Harbour Post
title: Minister on talks

Foreign Minister Jerzy Kaminski said on Wednesday that talks with Estonia would resume in April.
"""
    coach = """date: 2034-03-06
source: Sports Post
title: Coach unhappy

Kaminsky, the club's coach, said the team had played badly.
"""
    knowledge = _corpus(
        tmp_path,
        {"court.txt": court, "tax.txt": tax, "bids.txt": bids, "budget.txt": budget, "m.txt": minister, "c.txt": coach},
    )
    trial = knowledge.answer("When is the former mayor's trial?")
    assert trial.items[0].label is not None, trial.items[0]  # (no new date was given: March 30 is his custody's end)
    filing = knowledge.answer("When is the deadline for filing annual tax returns?")
    assert filing.items[0].date == "2034-04-15" and filing.items[0].label in (None, "planned"), filing.items[0]
    funding = knowledge.answer("funding after missed deadline?")
    assert any("withhold" in i.text for i in funding.items[:2]), [i.text[:40] for i in funding.items]
    who = knowledge.answer("Who is Kaminsky?")
    assert not any("coach" in i.text for i in who.items), [i.text[:50] for i in who.items]


def test_a_name_in_a_heading_and_the_official_who_has_just_spoken(tmp_path: Path) -> None:
    # the full name only in a subtitle ("Mart Kask says ..."): the body's bare "Kask said" is him; "he added" goes
    # on with him, not with a man his words name; '"...," the official said' right after is him too
    text = """date: 2034-08-06
source: Harbour Wire
title: Kremlin aide says talks useful

Mart Kask says Estonian envoy discussed the border, prospects for trade

Kask said the two discussed the border and prospects for trade between Tallinn and Riga.

He said the Estonian side conveyed "some signals" on the border, and "corresponding signals" were received on behalf of Berzina.

Tamm is now fully informed on the situation, he added.

"Berzina has not yet been informed of the results of this meeting. Therefore, I would refrain from more detailed comments," the official said.
"""
    knowledge = _knowledge(tmp_path, "kask.txt", text)
    answer = knowledge.answer("who said Berzina had not been informed of the meeting's results?")
    assert answer.items[0].text.startswith("Mart Kask") and "refrain" in answer.items[0].text, answer.items[0].text[:80]
    added = knowledge.answer("who said Tamm is fully informed?")
    assert added.items[0].text.startswith("Mart Kask"), added.items[0].text[:80]


def test_the_round_twenty_one_review_sentences(tmp_path: Path) -> None:
    # a heading's "Santa Valga says ..." is a town, not the body's treasurer Maria Valga; a diplomat brought in as "a
    # diplomat" is the one "the diplomat said", not the minister quoted just before
    town = """date: 2034-07-01
source: Harbour Wire
title: Water tax to rise

Santa Valga says water tax will rise

City treasurer Maria Valga said on Tuesday that the water tax would rise in August.

"We have no choice if we want clean water," Valga said.
"""
    talks = """date: 2034-03-14
source: Harbour Wire
title: Accounts differ after Tartu session

A European diplomat who attended the session gave a different account of the meeting and asked not to be named.

Estonian Foreign Minister Anna Tamm told reporters the talks had been constructive. "We made real progress on the river crossings," Tamm said.

"Nothing was agreed, and nothing will be agreed before the spring," the diplomat said.
"""
    knowledge = _corpus(tmp_path, {"town.txt": town, "talks.txt": talks})
    water = knowledge.answer("who said they have no choice if they want clean water?")
    assert water.items[0].text.startswith("Maria Valga"), water.items[0].text[:60]
    spring = knowledge.answer("who said nothing will be agreed before the spring?")
    assert not spring.items[0].text.startswith("Anna Tamm"), spring.items[0].text[:60]


def test_a_speaker_told_by_a_sides_title_is_of_that_side(tmp_path: Path) -> None:
    # "The Ukrainian negotiator said ... '...,' she said": the side's person holding a role of the title's family
    # (the head of its delegation), never the mediator or the other side's envoy named just before; "deputy" in the
    # title asked is that office; a side's title nobody in the article holds is told as the sentence tells it
    first = """date: 2035-02-11
source: Harbour Wire
title: Plovdiv talks stall over inspectors

PLOVDIV, Feb. 11 (Wire) - Russian and Ukrainian negotiators ended a second day of talks on Tuesday without a deal.

Ukraine's delegation is led by First Deputy Foreign Minister Iryna Savchuk. Russia sent Deputy Foreign Minister Oleg Tarasov.

Tarasov told reporters that Moscow would accept inspectors only from neutral states. "We will not open a side door for NATO," he said.

The mediator, Danish diplomat Brigitte Lund, said both sides would meet again next week.

The Ukrainian negotiator said Kyiv would accept a truce only if it were checked by a third party. "A truce nobody checks is a postcard," she said.

The Ukrainian deputy foreign minister, in a briefing for reporters on Monday evening, said Russia wanted "inspectors who inspect nothing".

The Russian envoy, speaking after the session, said the talks would resume on Thursday.
"""
    second = """date: 2035-02-20
source: Harbour Wire
title: Plovdiv round ends early

Talks in Plovdiv ended a day early on Wednesday.

The Ukrainian deputy foreign minister said the river crossings must reopen before any vote.
"""
    knowledge = _corpus(tmp_path, {"plovdiv.txt": first, "early.txt": second})
    postcard = knowledge.answer("who said a truce nobody checks is a postcard?")
    assert postcard.items[0].text.startswith("Iryna Savchuk") and "postcard" in postcard.items[0].text, [
        i.text[:60] for i in postcard.items
    ]
    inspect = knowledge.answer("who said russia wants inspectors who inspect nothing")
    assert inspect.items[0].text.startswith("Iryna Savchuk"), inspect.items[0].text[:60]
    resume = knowledge.answer("who said the talks would resume on thursday?")
    assert "resume" in resume.items[0].text and resume.items[0].text.startswith("The Russian envoy"), resume.items[
        0
    ].text[:60]
    # (in an article naming no one of that title, the title as the sentence gives it: the office may have changed
    # hands since the article that named its holder)
    crossings = knowledge.answer("who said the river crossings must reopen before any vote?")
    assert crossings.items[0].text.startswith("The Ukrainian deputy foreign minister:"), crossings.items[0].text[:60]
    said = knowledge.answer("what did Lund say?")
    assert not any("postcard" in i.text for i in said.items), [i.text[:60] for i in said.items]


def test_a_sides_title_as_whose_and_a_title_left_unnamed(tmp_path: Path) -> None:
    # "Ukraine's chief negotiator said": the side's head of delegation, and her "she said" after; "The Ukrainian
    # president said" with no president named is told as the sentence tells it, never after another's words that
    # share less of the question; "Kesk's aide said" is the aide, not a person of that title named before
    text = """date: 2035-06-03
source: Harbour Wire
title: Varna session ends without text

VARNA, June 3 (Wire) - A fourth session of talks in Varna ended on Monday without an agreed text.

Ukraine's delegation is led by Defence Minister Halyna Rudko. Russia's team is headed by presidential aide Yuri Morozov.

Morozov said the draft was "dead on arrival". He added that Moscow would table its own text next week.

The Ukrainian president said on Sunday that he would not travel to Varna.

Ukraine's chief negotiator said the river crossings were the first test. "If the crossings stay shut, there is no trust," she said.

Morozov's aide said the Russian team would stay in Varna until Friday.
"""
    knowledge = _knowledge(tmp_path, "varna.txt", text)
    crossings = knowledge.answer("who said the river crossings were the first test?")
    assert crossings.items[0].text.startswith("Halyna Rudko"), crossings.items[0].text[:60]
    trust = knowledge.answer("who said there is no trust if the crossings stay shut?")
    assert trust.items[0].text.startswith("Halyna Rudko"), trust.items[0].text[:60]
    travel = knowledge.answer("who said he would not travel to varna")
    assert travel.items[0].text.startswith("The Ukrainian president"), [i.text[:60] for i in travel.items]
    friday = knowledge.answer("who said the russian team would stay until friday?")
    assert not friday.items[0].text.startswith("Yuri Morozov"), friday.items[0].text[:60]


def test_the_round_twenty_two_review_titles(tmp_path: Path) -> None:
    # a title is the office it names, with its qualifiers, never a kin one: "the Ukrainian leader" is no head of a
    # delegation, "the Russian defence minister" no foreign minister, "the former Ukrainian president" not the one in
    # office, "the Ukrainian president" not the head of his office, "Kyiv's mayor" not Odesa's; an opposition leader
    # speaks for no one named; "the Russian delegation head" is the head of the Russian delegation, not of a fund
    text = """date: 2035-09-02
source: Harbour Wire
title: Talks in Sintra

SINTRA, Sept. 2 (Wire) - Talks resumed in the Portuguese town of Sintra on Tuesday.

Ukrainian President Danylo Vorna arrived on Monday. Rustem Olbar, head of Ukraine's delegation, will join him.

Marko Tesla, head of the Ukrainian President's Office, met the mediators. Russian Foreign Minister Pavel Dronov told reporters the talks were useful.

Vladimir Moshkin, head of the Russian delegation, arrived late. Kirill Dobrov, head of Russia's sovereign wealth fund, came with him.

Hennadiy Strum, the Ukrainian mayor of Odesa, said three warehouses had burned down.

"We will not sign a surrender under a deadline," the Ukrainian leader said in his nightly address.

The Russian defence minister said troops would hold their positions along the river.

The former Ukrainian president said in an interview that the talks were a trap.

The Ukrainian president said he would not sign any paper that gave away the valley.

Kyiv's mayor said the metro stations would stay open as shelters.

The Russian opposition leader said the ceasefire offer was a trick to rearm the army.

The Russian delegation head said the territorial questions would be settled first.
"""
    knowledge = _knowledge(tmp_path, "sintra.txt", text)
    wrong = {
        "who said we will not sign a surrender under a deadline?": "Rustem Olbar",
        "who said troops would hold their positions along the river?": "Pavel Dronov",
        "who said the talks were a trap?": "Danylo Vorna",
        "who said he would not sign any paper that gave away the valley?": "Marko Tesla",
        "who said the metro stations would stay open as shelters?": "Hennadiy Strum",
        "who said the ceasefire offer was a trick to rearm the army?": "Vladimir Moshkin",
    }
    for question, not_them in wrong.items():
        first = knowledge.answer(question).items[0].text
        assert not first.startswith(not_them), (question, first[:60])
    head = knowledge.answer("who said the territorial questions would be settled first?")
    assert head.items[0].text.startswith("Vladimir Moshkin"), head.items[0].text[:60]


def test_what_a_side_offers_is_what_it_said(tmp_path: Path) -> None:
    # "what is Malta offering?" over articles that never say "offer": what the side said, in its own words (its
    # minister's, or the side speaking), never a sentence merely naming it; not when the side is not who acts, nor
    # when its words lack the rest of the question
    text = """date: 2035-07-09
source: Harbour Wire
title: Budva talks open

BUDVA, July 9 (Wire) - Russian and Ukrainian delegations opened talks in the Montenegrin resort of Budva on Monday.

Maltese Foreign Minister Clara Zammit said Malta would be willing to host a follow-up round in Valletta and to send naval officers to help clear mines.

Montenegro said it could provide security for the delegations free of charge.

Ukraine wants an unconditional 30-day ceasefire. Russia insists on recognition of its control over four regions.

Oleh Marchuk, head of the Ukrainian delegation, said Kyiv would table a map of the front line on Wednesday.

The draft imposes strict limits on Kyiv's army.
"""
    knowledge = _knowledge(tmp_path, "budva.txt", text)
    for question in ("What is Malta offering?", "what is malta prepared to do"):
        answer = knowledge.answer(question)
        assert answer.items[0].text.startswith("Clara Zammit") and "willing" in answer.items[0].text, (
            question,
            answer.message,
            [i.text[:60] for i in answer.items],
        )
    for question in ("what is montenegro offering", "what did montenegro say?"):
        answer = knowledge.answer(question)
        assert "provide security" in answer.items[0].text, (question, [i.text[:60] for i in answer.items])
    hotel = knowledge.answer("which hotel did the ukrainian delegation stay at?")
    assert "what Ukraine said" not in (hotel.message or ""), hotel.message
    harsh = knowledge.answer("what harsh limits did the draft impose on kyiv?")
    assert "what Ukraine said" not in (harsh.message or ""), harsh.message


def test_her_words_after_a_title_no_one_holds_are_hers(tmp_path: Path) -> None:
    # 'The Ukrainian negotiator said ... "...," she said' with no Ukrainian named: the quotation is the negotiator's,
    # told as the sentence before describes her, never the Russian envoy's quoted just before; a sentence opening with
    # its described speaker is theirs, not the side its words name after the verb
    text = """date: 2035-10-02
source: Harbour Wire
title: Kotor talks

KOTOR, Oct. 2 (Wire) - Talks resumed in Kotor on Wednesday.

Russian envoy Pavel Krylov said Moscow would not accept foreign monitors. "We will not let NATO in," he said.

The Ukrainian negotiator said Kyiv would accept a truce only if it were verified. "A truce nobody checks is a postcard," she said.

The Ukrainian deputy foreign minister, speaking to reporters on Tuesday evening, said Russia wanted "inspectors who inspect nothing".
"""
    knowledge = _knowledge(tmp_path, "kotor.txt", text)
    postcard = knowledge.answer("who said a truce nobody checks is a postcard?")
    assert postcard.items[0].text.startswith("The Ukrainian negotiator:"), postcard.items[0].text[:60]
    inspect = knowledge.answer("who said russia wants inspectors who inspect nothing?")
    assert inspect.items[0].text.startswith("The Ukrainian deputy foreign minister:"), inspect.items[0].text[:60]


def test_the_askers_own_frame_words_never_hedge_a_right_answer(tmp_path: Path) -> None:
    # "hes" is "he is"; a verb in the colloquial passive with its agent ("got hit by") is the asker's word for what
    # was done; "the rest of the exchange" is the exchange; someone's prediction is what they
    # said: none of them makes the sentence that answers a closest one
    text = """date: 2035-11-05
source: Harbour Wire
title: Narva round ends with a timetable

NARVA, Nov. 5 (Wire) - Estonian President Aino Rebane on Tuesday said he is ready to hold a referendum within 45-60 days if the border stays calm.

The new sanctions announced on Monday target Alfa Bank and Nordbank, the two largest lenders in the region.

The exchange will continue this weekend, on Saturday and Sunday.

Intelligence chief Jaak Org then said that a second exchange could take place "next month".

A drone hit a fuel depot near the port on Sunday night, officials said.

Banks in the border towns stayed open through the weekend. Smaller banks said the sanctions would cost them clients.
"""
    knowledge = _knowledge(tmp_path, "narva.txt", text)
    cases = {
        "when did rebane say hes ready for a referendum": "45-60 days",
        "which banks got hit by the new sanctions": "Alfa Bank",
        "When does the rest of the exchange continue?": "this weekend",
        "Org's prediction on timing of the second exchange?": "next month",
    }
    for question, phrase in cases.items():
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert phrase in first.text and first.label in (None, "planned"), (question, answer.message, first.label)


def test_when_talks_began_is_never_a_later_session(tmp_path: Path) -> None:
    # "when did the Ohrid talks begin/kick off?": the lead telling the first talks ("sat down on Monday for their
    # first talks"), never "the second session opened on Monday" (a first for someone in it aside), nor a sentence
    # whose other clause opens a later session; "gonna" is "going to"
    first = """date: 2036-04-07
source: Harbour Wire
title: Talks open in Ohrid

OHRID, April 7 (Wire) - Russian and Ukrainian negotiators sat down on Monday for their first talks in a year, meeting at a lakeside villa under UN mediation.

The next round will be held in Skopje, officials said.
"""
    second = """date: 2036-04-22
source: Harbour Wire
title: Second round of Ohrid talks opens

OHRID, April 22 (Wire) - Russia and Ukraine exchanged 300 prisoners on Saturday, officials said on Monday, as the second session of the talks opened in Ohrid.

The second session of the talks opened on Monday at the lakeside villa with Marta Hlyb leading the Ukrainian team for the first time.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    _dated_first(
        knowledge,
        (
            "when did the ohrid talks begin?",
            "when did the ohrid talks kick off",
            "ohrid talks start date?",
            "when did the talks in Ohrid start?",
        ),
        "2036-04-07",
    )
    again = knowledge.answer("where is the next round gonna be held")
    assert "Skopje" in again.items[0].text and again.items[0].label is None, (again.message, again.items[0].label)
    assert "gonna" not in (again.message or ""), again.message


def test_the_round_twenty_two_review_frames_and_sides(tmp_path: Path) -> None:
    # a side's words answer only what the side does ("what is Turkey's population?", "what was Montenegro pressured
    # to do?", "what is Turkey doing about flooding?" are not answered by them); "cant" is the articles' own "can't";
    # a person's estimate or a town's forecast is a thing; "were seized by" keeps its verb; "the rest of the fleet"
    # is a word to find; a quotation's shorthand is kept as typed
    text = """date: 2035-03-04
source: Harbour Wire
title: Border talks reopen

Montenegro said it could provide security for the border crossing at Bozaj.

Serbia told Montenegro it must extradite the two suspects.

Turkish Energy Minister Selim Oktar said Turkey would open two new coal mines next year.

The port authority said the ship can't leave until the customs check is complete.

Economist Luka Perovic predicted the strike would end within a week. Perovic estimated the losses to the port at 8 million euros.

The weather forecast for Kotor predicts heavy rain through Thursday.

The coast guard seized a smuggling boat near Ulcinj. The coast guard in Bar rescued the crews of two cargo ships on Friday.

The rest of the fleet will stay in Bar until the strike ends.

"We wont sign anything before the vote," union leader Marko Drecun said.
"""
    knowledge = _knowledge(tmp_path, "border.txt", text)
    for question in (
        "What is Turkey's population?",
        "What was Montenegro pressured to do?",
        "What is Turkey doing about flooding?",
    ):
        answer = knowledge.answer(question)
        assert "said." not in (answer.message or "") or all(i.label for i in answer.items), (
            question,
            answer.message,
            [(i.label, i.text[:40]) for i in answer.items],
        )
    cant = knowledge.answer("which ships cant leave port?")
    assert "can't leave" in cant.items[0].text and cant.items[0].label is None, (cant.message, cant.items[0].label)
    losses = knowledge.answer("What is Perovic's estimate of the losses?")
    assert "8 million" in losses.items[0].text, [i.text[:50] for i in losses.items]
    kotor = knowledge.answer("What is Kotor's forecast?")
    assert "heavy rain" in kotor.items[0].text, [i.text[:50] for i in kotor.items]
    seized = knowledge.answer("Which ships were seized by the coast guard?")
    assert "seized" in seized.items[0].text and not any(
        "rescued" in i.text and i.label is None for i in seized.items
    ), [(i.label, i.text[:40]) for i in seized.items]
    fleet = knowledge.answer("What happens to the rest of the fleet?")
    assert "rest of the fleet" in fleet.items[0].text and fleet.items[0].label is None, fleet.message
    quoted = knowledge.answer("who said 'we wont sign anything'")
    assert quoted.items and quoted.items[0].text.startswith("Marko Drecun"), (quoted.message, quoted.items[:1])


def test_the_head_of_a_sides_delegation_and_a_gibe_in_quotes(tmp_path: Path) -> None:
    # "The head of the Russian delegation told reporters ... He accused Kyiv ...": both his, told as the sentence
    # names him (no Russian named in the article), never the Ukrainian quoted before; and '"Russia wants to be paid
    # for not bombing power stations," the Ukrainian negotiator said' is his gibe, not a Russian demand
    text = """date: 2035-12-01
source: Harbour Wire
title: Energy truce talks stall

Ukraine's negotiator Petro Kovalchuk said Kyiv demands the return of all deported children.

"We are ready to sign tomorrow. Russia wants to be paid for not bombing power stations," Kovalchuk said.

The head of the Russian delegation told reporters on Saturday that Moscow "will not sign anything with a deadline written in Oslo". He accused Kyiv of seeking guarantees without offering concessions.

"That is not a negotiation, it is a wish list," he said.

Russian envoy Igor Sedov said Moscow demands that the EU lift curbs on fertiliser exports.
"""
    knowledge = _knowledge(tmp_path, "truce.txt", text)
    oslo = knowledge.answer("who said moscow will not sign anything with a deadline written in oslo?")
    assert oslo.items[0].text.startswith("The head of the Russian delegation:"), oslo.items[0].text[:60]
    accused = knowledge.answer("who accused Kyiv of seeking guarantees without offering concessions?")
    assert not any(i.text.startswith("Petro Kovalchuk") for i in accused.items), [i.text[:50] for i in accused.items]
    wish = knowledge.answer("who said it is a wish list, not a negotiation?")
    assert not wish.items[0].text.startswith("Petro Kovalchuk"), wish.items[0].text[:60]
    kyiv = knowledge.answer("what does ukraine demand?")
    assert not any("guarantees without" in i.text for i in kyiv.items), [i.text[:60] for i in kyiv.items]
    demands = knowledge.answer("what does russia want?")
    assert not any("bombing" in i.text for i in demands.items), [i.text[:60] for i in demands.items]
    assert any("fertiliser" in i.text for i in demands.items), [i.text[:60] for i in demands.items]


def test_the_diplomat_brought_in_unnamed_and_an_offer_asked_as_told(tmp_path: Path) -> None:
    # '"...," the diplomat said' right after "A senior European diplomat said ..." is that one, never the Swiss
    # diplomat the article named earlier; "tell me what Malta is offering to do" is "what is Malta offering?"
    text = """date: 2036-09-05
source: Harbour Wire
title: Talks open in Durres

The Swiss co-mediator, veteran diplomat Ursula Egli, will chair the working group on prisoners.

Maltese Foreign Minister Clara Zammit said Malta would be willing to host a follow-up round in Valletta.

A senior European diplomat following the talks said the gap between the two positions remained very wide.

"The fact that they sent mapping experts tells you they mean to negotiate details," the diplomat said, speaking on condition of anonymity.
"""
    knowledge = _knowledge(tmp_path, "durres.txt", text)
    mapping = knowledge.answer("who said sending mapping experts shows they mean to negotiate details?")
    assert "mapping experts" in mapping.items[0].text and not mapping.items[0].text.startswith("Ursula Egli"), (
        mapping.items[0].text[:60]
    )
    offer = knowledge.answer("tell me what Malta is offering to do")
    assert offer.items and offer.items[0].text.startswith("Clara Zammit"), (offer.message, offer.items[:1])


def test_the_round_twenty_four_review_starts_and_sides(tmp_path: Path) -> None:
    # a start told in a sentence naming another thing's ordinal ("their second prisoner exchange", "the
    # second-largest city") is still the start, never a later sentence telling no start; a side asked by its capital
    # or in the perfect ("What is Kyiv offering?", "What has Russia offered?") is the side; "cant" is "cannot"
    clean = """date: 2035-10-01
source: Harbour Wire
title: Talks open in Vardel

Negotiators from Ukraine and Russia began talks in Vardel on Monday, two days after their second prisoner exchange, in the country's second-largest city.
"""
    later = """date: 2035-10-05
source: Harbour Wire
title: Vardel talks stall

The Vardel talks stalled on Friday over the line of the border.

Envoys met in Moscow on Monday for a new round of ceasefire talks.

Russian negotiator Pavel Lindorf said Russia could pull its artillery back from the Serin valley if shelling stopped.

Ukrainian delegate Oksana Varnyk said Ukraine would agree to a monitored truce along the Serin river.

A drone struck an apartment block in Kyiv on Sunday night, officials said.

Harbour master Ivo Sarn said the ferry cannot leave before the inspection ends.
"""
    knowledge = _corpus(tmp_path, {"clean.txt": clean, "later.txt": later})
    _dated_first(knowledge, ("when did the Vardel talks begin?", "Vardel talks start date?"), "2035-10-01")
    kyiv = knowledge.answer("What is Kyiv offering?")
    assert kyiv.items[0].text.startswith("Oksana Varnyk"), (kyiv.message, kyiv.items[0].text[:50])
    russia = knowledge.answer("What has Russia offered?")
    assert russia.items[0].text.startswith("Pavel Lindorf"), (russia.message, russia.items[0].text[:50])
    ferry = knowledge.answer("which ferry cant leave")
    assert "ferry cannot leave" in ferry.items[0].text and ferry.items[0].label is None, ferry.message


def test_the_prime_minister_is_no_foreign_minister(tmp_path: Path) -> None:
    # '"...," the prime minister said' with only the foreign minister named before: told as the sentence names its
    # speaker, never the foreign minister ("minister" alone is not the office)
    text = """date: 2036-05-04
source: Harbour Wire
title: Valletta hosts the talks

Maltese Foreign Minister Clara Zammit welcomed the delegations at the Grandmaster's Palace on Monday.

Malta's prime minister, in a televised address on Sunday, said the country would cover the cost of the talks. "Malta will stay at the table for as long as both sides do," the prime minister said.
"""
    knowledge = _knowledge(tmp_path, "valletta.txt", text)
    table = knowledge.answer("who said malta would stay at the table as long as both sides do?")
    assert not table.items[0].text.startswith("Clara Zammit"), table.items[0].text[:60]


def test_a_later_count_set_against_the_one_announced_corrects_it(tmp_path: Path) -> None:
    # "exchanged 612 prisoners on Saturday, fewer than the 650 announced" and "corrected the number of detainees
    # handed over last week to 288" correct the earlier figures of what happened: they lead a how-many answer,
    # marked so; "more than 300 people, officials announced" corrects nothing; the agreed 650 still was agreed
    first = """date: 2036-06-02
source: Harbour Wire
title: Sides agree on a swap

SKADAR, June 2 (Wire) - Russia and Ukraine agreed on Monday to exchange 650 prisoners of war, the mediators said.

The two sides also agreed to hand over 300 detainees held for minor offences, more than 300 people in all, officials announced.
"""
    later = """date: 2036-06-16
source: Harbour Wire
title: Swap smaller than announced

SKADAR, June 16 (Wire) - Russia and Ukraine exchanged 612 prisoners of war on Saturday, fewer than the 650 announced by the mediators, officials said on Monday.

The ombudsman on Monday corrected the number of detainees handed over last week to 288, saying the figure of 300 had counted some names twice.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    for question in ("how many POWs actually came home in the swap?", "how many prisoners were exchanged?"):
        answer = knowledge.answer(question)
        assert "612" in answer.items[0].text, (question, [(i.label, i.text[:50]) for i in answer.items])
    detainees = knowledge.answer("how many detainees were handed over?")
    assert "288" in detainees.items[0].text, [(i.label, i.text[:50]) for i in detainees.items]
    # (what was agreed still was: the later count of what happened corrects no agreement)
    agreed = knowledge.answer("how many prisoners did they agree to exchange?")
    assert not any(i.label == "corrects an earlier figure" for i in agreed.items), [
        (i.label, i.text[:50]) for i in agreed.items
    ]


def test_the_round_twenty_five_review_counts(tmp_path: Path) -> None:
    # a revision of another count is no correction of the one asked ("the number of civilians killed" for soldiers);
    # a camp holding more than it was built for, or peacekeepers fewer than the number approved, correct no plan
    first = """date: 2035-04-01
source: Harbour Wire
title: Shelling in Tarvo

TARVO, April 1 (Wire) - Shelling killed 12 soldiers and 30 civilians in Tarvo on Monday, regional officials said.

The Lenka camp was built to hold 500 people. The council agreed to deploy 2,000 peacekeepers to Tarvo.
"""
    later = """date: 2035-04-09
source: Harbour Wire
title: Tarvo toll revised

On Wednesday the health ministry corrected the number of civilians killed in the attack to 41.

The Lenka camp now holds 900 people, more than the 500 it was designed for, aid workers said.

About 1,400 peacekeepers have arrived in Tarvo so far, fewer than the 2,000 approved by the council, a spokesman said.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    for question in (
        "how many soldiers were killed in Tarvo?",
        "how many people can the Lenka camp hold?",
        "how many peacekeepers will be deployed to Tarvo?",
    ):
        answer = knowledge.answer(question)
        assert answer.items[0].label != "corrects an earlier figure", (question, answer.items[0].text[:60])


def test_when_talks_began_is_the_day_they_opened_not_a_plan_for_part_of_them(tmp_path: Path) -> None:
    # "when did the Lucerne talks kick off?": the lead's "sat down on Monday for their first talks", never the
    # working groups' "will begin sessions on Tuesday" in the sentence after (a plan for part of the talks, its
    # start word notwithstanding), nor a later article's "set up at the opening of the talks earlier this week",
    # which tells the start by its week
    first = """date: 2037-06-08
source: Lake Wire
title: Russia and Ukraine open talks in Lucerne

LUCERNE, June 8 (Lake Wire) - Russian and Ukrainian negotiators sat down for their first face-to-face talks in three years on Monday at a lakeside hotel in Lucerne.

The delegations met for five hours on Monday, and working groups on shipping and prisoners will begin sessions on Tuesday, a Swiss spokesman said.
"""
    second = """date: 2037-06-11
source: Lake Wire
title: Lucerne working groups begin

LUCERNE, June 11 (Lake Wire) - Russia and Ukraine agreed to exchange 400 prisoners, mediators said on Thursday.

The deal came on the same day that the working groups set up at the opening of the Lucerne talks earlier this week held their first sessions.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    _dated_first(
        knowledge,
        (
            "When did negotiations kick off in Lucerne?",
            "when did the Lucerne talks start?",
            "When did the talks start?",
            "when did the lucerne talks open",
        ),
        "2037-06-08",
    )
    groups = knowledge.answer("when did the working groups begin sessions?")
    assert groups.items[0].date == "2037-06-09", [(i.date, i.text) for i in groups.items]


def test_one_acting_then_saying_speaks_and_a_lone_quotation_after_goes_on_with_their_words(tmp_path: Path) -> None:
    # "Ana Rusu, a spokeswoman for the ministry, criticised the tariffs on Friday, saying ...": the one acting says
    # it, and the bare quotation paragraph after is hers; "The Moldovan spokeswoman also reaffirmed ..." is the
    # spokeswoman named before; "Peskov declined to answer, adding: ..." speaks; the one thanked does not
    text = """date: 2036-02-14
source: Prut Wire
title: Chisinau and Tiraspol trade charges over tariffs

On Thursday, Moldovan Foreign Ministry spokeswoman Ana Rusu said the new tariffs would "hurt ordinary families".

The Moldovan spokeswoman also reaffirmed that Chisinau remains open to talks, saying there are "no real obstacles" to a meeting.

Separately, Ion Ceban, an adviser to the Romanian government, criticised the tariffs at a briefing on Friday, saying Bucharest opposes measures that lack "any legal basis".

"Only patient talks can settle the quarrel over the bridge at Gura Bicului, never pressure."

Lena Vutcarau thanked Ion Ceban for his support, saying the bridge would reopen in March.
"""
    kb = _knowledge(tmp_path, "tariffs.txt", text)
    cases = (
        ("who said patient talks can settle the quarrel, not pressure?", "Ion Ceban"),
        ("who said Bucharest opposes the measures?", "Ion Ceban"),
        ("who said there are no real obstacles to a meeting?", "Ana Rusu"),
        ("who said the bridge would reopen in March?", "Lena Vutcarau"),
    )
    for question, speaker in cases:
        answer = kb.answer(question)
        assert answer.found and speaker in answer.items[0].text, (question, [i.text for i in answer.items[:2]])


def test_a_building_asked_for_is_a_named_building_not_the_city(tmp_path: Path) -> None:
    # "in which building are the negotiators meeting?": the sentence naming the building ("at the Orsova Palace"),
    # never one placing someone only in the city, however many of the question's words it holds
    text = """date: 2038-05-04
source: River Wire
title: Talks open in Lisca

LISCA, May 4 (River Wire) - Russian and Ukrainian negotiators opened talks on Monday.

The talks are being held at the Orsova Palace in the old town, under tight security.

The Ukrainian envoy arrived in Lisca on Monday evening and held her first meeting with the mediators on Tuesday.
"""
    kb = _knowledge(tmp_path, "lisca.txt", text)
    _answered_first(
        kb,
        (
            "In which building are the negotiators meeting?",
            "which building are the talks in?",
            "at what building are the talks held?",
        ),
        "Orsova Palace",
    )


def test_a_side_with_no_stance_extracted_is_never_said_to_have_none_stated(tmp_path: Path) -> None:
    # "the two sides' positions on monitoring the truce?": Ukraine's stance is extracted; Russia's is told only in
    # the sentence after "The two sides remain far apart on ...": the message says no stance was extracted (never
    # "Nothing stated in the articles"), and that sentence follows, labelled
    text = """date: 2039-09-12
source: Delta Wire
title: Truce monitors divide Russia and Ukraine at Galati talks

GALATI, Sept. 12 (Delta Wire) - Ukraine demands an internationally monitored truce along the Danube delta, its delegation said on Monday.

The two sides remain far apart on who should monitor the truce.

Kyiv wants a mission of 3,000 observers under a UN mandate, while Moscow insists on a small mission of countries it chooses itself.

Russia rejects any new sanctions on its grain exports, the Russian delegation said on Tuesday.

The talks resume on Thursday.
"""
    kb = _knowledge(tmp_path, "galati.txt", text)
    for question in (
        "What are the two sides' positions on monitoring the truce?",
        "russia and ukraine positions on truce monitoring",
    ):
        answer = kb.answer(question)
        assert "Nothing stated" not in (answer.message or ""), (question, answer.message)
        assert any("Moscow insists" in item.text for item in answer.items), (
            question,
            answer.message,
            [(i.label, i.text) for i in answer.items],
        )


def test_the_title_before_a_name_given_a_new_post_is_their_earlier_post(tmp_path: Path) -> None:
    # "the head of the Foreign Intelligence Service (known as SZR) Marta Kolar will replace Ivo Tann as the new head of
    # the Cabinet Office": her earlier post is the service's, her post now the office's; a title the sentence calls
    # former ("former Defence Minister Aro Kask") is no post he is given
    text = """date: 2039-02-02
source: Harbour Wire
title: Cabinet Office will be headed by the border guard chief

The head of the Foreign Intelligence Service (known as SZR) Marta Kolar will replace Ivo Tann as the new head of the Cabinet Office, the prime minister said.

The prime minister appointed former Defence Minister Aro Kask as Secretary of the Security Council.

Kolar said she accepted the offer to head the Cabinet Office.
"""
    kb = _knowledge(tmp_path, "kolar.txt", text)
    for question in ("Kolar's job before the cabinet office?", "what was Marta Kolar's previous post?"):
        answer = kb.answer(question)
        assert "Foreign Intelligence Service" in answer.items[0].text and answer.items[0].label is None, (
            question,
            answer.message,
            [i.text for i in answer.items[:2]],
        )
    now = kb.answer("who is Marta Kolar?")
    assert "head of the Cabinet Office" in now.items[0].text, now.items[0].text
    kask = next(person for person in kb.people if person.name == "Aro Kask")
    assert not any("Defence Minister" in role for role in kask.roles), kask.roles


def test_a_number_no_demand_gives_is_read_off_the_sentence_that_gives_it(tmp_path: Path) -> None:
    # "how many fishermen does Tallinn want released?": the demand extracted names no number; the sentence counting
    # them ("a list of 46 fishermen whose release Tallinn is seeking") answers, said to be a sentence, not a demand
    text = """date: 2039-04-20
source: Baltic Wire
title: Estonia presses Russia over detained fishermen

Estonia demands the release of its fishermen held in Russia, the Estonian delegation said on Monday.

Separately, the Estonian consul said on Tuesday that a list of 46 fishermen whose release Tallinn is seeking had been handed to Moscow.

Estonia demands new patrol ships for the lake.

Estonia received 12 patrol ships from Finland last year, and Russia received none.

The talks resume in May.
"""
    kb = _knowledge(tmp_path, "fishermen.txt", text)
    # (... never a sentence that only counts what the side has: "received 12 patrol ships" is no number it wants)
    ships = kb.answer("how many patrol ships does Estonia want?")
    assert not ("12 patrol ships" in ships.items[0].text and ships.items[0].label is None), (
        ships.message,
        [(i.label, i.text) for i in ships.items[:2]],
    )
    for question in ("How many fishermen does Tallinn want released?", "how many fishermen does Estonia want freed"):
        answer = kb.answer(question)
        quote = answer.items[0].citations[0].quote
        assert "46 fishermen" in quote and answer.items[0].label is None, (
            question,
            answer.message,
            [(i.label, i.text) for i in answer.items[:2]],
        )


def test_what_a_side_offers_between_two_others_is_its_own_words_naming_them(tmp_path: Path) -> None:
    # "what is Astana offering to do to get Moscow and Kyiv together?": the other sides the question names are what
    # Kazakhstan's words are about ("ready to host Russian and Ukrainian negotiators"), not a reason to give up
    text = """date: 2039-06-03
source: Steppe Wire
title: Kazakhstan ready to host Russia-Ukraine talks

After meeting Ukraine's foreign minister on Monday, Kazakh President Aidar Nurlanov said Kazakhstan would be ready to host Russian and Ukrainian negotiators in Almaty whenever both sides agree.

Earlier, Ukraine's foreign minister arrived in Kazakhstan's capital Astana for a meeting with Nurlanov ahead of expected Russia-Ukraine talks.

"Out of respect for our hosts in Astana, we will send a delegation to the talks," the Ukrainian minister said.

Moscow demands Kyiv give up its claims to the occupied coast as a condition for peace, a stance Kyiv rejects.

Russia said it had received no formal invitation.

Ukraine thanked Kazakhstan for its support.
"""
    kb = _knowledge(tmp_path, "astana.txt", text)
    for question in (
        "What is Astana offering to do to get Moscow and Kyiv together?",
        "what is Kazakhstan offering Russia and Ukraine?",
    ):
        answer = kb.answer(question)
        assert "ready to host" in answer.items[0].text, (question, answer.message, [i.text for i in answer.items[:2]])


def test_a_sentence_adverb_before_a_titled_name_is_no_person() -> None:
    # "Separately, Ukraine's ombudsman, Taras Voloshyn, said ...": the title is Voloshyn's; "Separately" (or
    # "Meanwhile", "Elsewhere") is no person holding it, while "Kask, Estonia's envoy, said" keeps his title
    from knowledge.extract.people import find_names

    for opener in ("Separately", "Meanwhile", "Elsewhere", "Additionally"):
        found = find_names(f"{opener}, Latvia's ombudsman, Ilze Ozola, said on Tuesday that the list was ready.")
        people = {m.name: m.role for m in found if m.is_person}
        assert people == {"Ilze Ozola": "Latvia's ombudsman"}, (opener, people)
    kask = {m.name: m.role for m in find_names("Kask, Estonia's envoy, said on Tuesday that the list was ready.")}
    assert kask == {"Kask": "Estonia's envoy"}, kask


def test_an_adjective_of_time_no_article_writes_never_makes_a_question_not_covered(tmp_path: Path) -> None:
    # "original deadline ferry framework?" over articles that never write "original": the deadline sentences still
    # answer (a modifier like "first" or "initial", never the thing asked)
    text = """date: 2039-10-02
source: Lake Wire
title: Mediators set deadline for ferry framework

The mediators have set October 20 as the deadline for both sides to agree a ferry framework, the Swiss envoy said on Monday.

Fishermen in Narva said they hoped for calm.
"""
    kb = _knowledge(tmp_path, "ferry.txt", text)
    for question in ("original deadline ferry framework", "what was the original deadline for the ferry framework?"):
        answer = kb.answer(question)
        assert answer.found and "October 20" in answer.items[0].text, (question, answer.message)


def test_a_deadline_moved_from_one_day_to_another_is_asked_for_as_it_stands(tmp_path: Path) -> None:
    # "agreed to push back the deadline for a draft ferry framework from May 10 to May 21", then "to move the
    # deadline ... a second time, to June 4 from May 21": the deadline is June 4, however asked ("when is", "now", a
    # fragment; "current" over articles that never write it is hedged, by the round-28 review); May 10 and May 21
    # are the days it was moved from
    first = """date: 2039-05-02
source: Lake Wire
title: Mediators set deadline for ferry framework

The mediators have set May 10 as the deadline for both sides to agree a draft ferry framework, the Swiss envoy said on Tuesday.
"""
    second = """date: 2039-05-08
source: Lake Wire
title: Ferry deadline pushed back

The mediators agreed on Monday to push back the deadline for a draft ferry framework from May 10 to May 21, after both delegations asked for more time.
"""
    third = """date: 2039-05-19
source: Lake Wire
title: Ferry deadline moved again

The mediators agreed on Thursday to move the deadline for a draft ferry framework a second time, to June 4 from May 21.
"""
    kb = _corpus(tmp_path, {"first.txt": first, "second.txt": second, "third.txt": third})
    _dated_first(
        kb,
        (
            "when is the deadline for the draft ferry framework?",
            "What is the deadline for the draft ferry framework now?",
            "ferry framework deadline?",
        ),
        "2039-06-04",
    )


def test_according_to_whom_asks_who_told_it(tmp_path: Path) -> None:
    # "according to whom did Latvia ask for a week's delay?": who told it, as "who said" asks; here a source the
    # sentence names only by a title at its end
    text = """date: 2039-03-03
source: Gulf Wire
title: Fishing talks delayed

The decision came after the Latvian side requested a week's delay and the Estonian side argued for none, a senior mediator told Gulf Wire.

Latvia also demands new quotas for the gulf.
"""
    kb = _knowledge(tmp_path, "delay.txt", text)
    for question in (
        "According to whom did Latvia ask for a week's delay?",
        "Latvia asked for a week's delay, according to whom?",
    ):
        answer = kb.answer(question)
        assert answer.intent is Intent.SAID and "a senior mediator" in answer.items[0].text, (
            question,
            answer.intent,
            [i.text for i in answer.items[:2]],
        )


def test_a_title_opening_a_sentence_is_a_mention_of_the_one_named_before(tmp_path: Path) -> None:
    # "The president also instructed the new head of the Defence Ministry to ...": a sentence about President Ilves,
    # named before, so "what did Ilves instruct the new head of the Defence Ministry to do?" finds it first (over one
    # naming him and the ministry's old head)
    text = """date: 2039-07-15
source: Harbour Wire
title: Estonia names a new defence minister

President Aino Ilves said that Defence Minister Peeter Rand will replace Toomas Org as the new head of the Chancellery.

The president also instructed the new head of the Defence Ministry to update and submit for approval the strategic framework for the navy.

Rand thanked the president.
"""
    kb = _knowledge(tmp_path, "ilves.txt", text)
    answer = kb.answer("What did Ilves instruct the new head of the Defence Ministry to do?")
    assert "strategic framework" in answer.items[0].text, (answer.message, [i.text for i in answer.items[:2]])


def test_a_title_inside_a_quotation_is_the_speakers_not_the_one_named_before() -> None:
    # '"The president has made it clear ...," Leht said': the speaker's president, never the president the
    # article named last ("Ukrainian President Ilves")
    from knowledge.extract.registry import extract_people
    from knowledge.extract.speakers import ActorFinder

    text = (
        "Ukrainian President Aino Ilves met the envoys on Monday.\n\n"
        '"The president has made it clear that his goal is a ceasefire," White House spokeswoman Mari Leht said.'
    )
    sentences = split_article("t", text)
    titled = ActorFinder(extract_people(sentences)).titled_subjects(sentences)
    assert titled == {}, titled


def _first(kb: KnowledgeBase, question: str) -> tuple[str | None, str | None, str, str]:
    """The first item of an answer (label, date, text) and its message, for the review tests below."""
    answer = kb.answer(question)
    item = answer.items[0]
    return item.label, item.date, item.text, answer.message or ""


def test_the_round_twenty_seven_review_speakers_and_people(tmp_path: Path) -> None:
    # a ", saying" after a relative clause is its subject's; "widely acknowledged as" and "whose director reaffirmed"
    # are no statement of the one named first; "The president had ..., he added" is reported speech; a one-word name
    # in a list keeps its title; the post a sentence moves someone from is not the one "who is" leads with
    text = """date: 2034-10-03
source: Tisza Herald
title: Envoys clash over river plan in Szolnok

SZOLNOK, Oct. 3 (Tisza Herald) - Latvian envoy Ivars Kalnins met Estonian envoy Tarmo Saar, who rejected the river plan, saying it ignored "the facts on the water".

"Nobody in Tallinn will sign a paper written in Riga."

Hungarian diplomat Bence Orsos, widely acknowledged as the architect of the earlier swaps, will chair the ferry talks.

Latvian ombudsman Ilze Berzina met the Red Cross team, whose director reaffirmed its commitment to visiting every camp.

The president had the last word on any border question under Latvia's constitution, he added.

The Latvian delegation includes Ozols, Latvia's deputy foreign minister, Janis Liepa, a presidential aide, and two lawyers.

The head of the State Border Guard Aivars Krumins will replace Anna Zvaigzne as chief negotiator, the government said.
"""
    kb = _knowledge(tmp_path, "szolnok.txt", text)
    for question in ("who said the plan ignored the facts on the water?", "who said nobody in Tallinn will sign?"):
        label, _, said, _ = _first(kb, question)
        assert "Kalnins" not in said.split(":")[0], (question, label, said)
    for question, sentence in (
        ("what did Orsos say?", "widely acknowledged"),
        ("what did Berzina say?", "whose director reaffirmed"),
    ):
        answer = kb.answer(question)  # (neither sentence is their words: only a closest one, if shown)
        assert not any(sentence in item.text and item.label is None for item in answer.items), (
            question,
            [(i.label, i.text) for i in answer.items[:3]],
        )
    assert not any(person.name == "Lars Lapsa" for person in kb.people)  # (no one else; the president is never named)
    ozols = kb.answer("who is Ozols?")
    assert "deputy foreign minister" in ozols.items[0].text, ozols.items[0].text
    krumins = kb.answer("who is Krumins?")
    assert "chief negotiator" in krumins.items[0].text, krumins.items[0].text


def test_the_round_twenty_seven_review_dates_and_plans(tmp_path: Path) -> None:
    # "will move to its second phase from April 1", "shift its staff to Vilnius from May 20" and "delay its reply
    # because expert talks will run from May 11 to May 13" move no plan off its day; a start told by its week is not
    # replaced by "launched a new proposal ... at the talks on Thursday"
    first = """date: 2036-03-25
source: Gulf Wire
title: Truce to enter second phase

The ceasefire on the Narva river will move to its second phase from April 1, when both sides must pull patrol boats back 20 kilometres, the Finnish mediators said on Wednesday.

The Red Cross will shift its Narva staff to Tartu from May 20.

Estonia will delay its reply because expert talks in Parnu will run from May 11 to May 13.
"""
    second = """date: 2036-06-05
source: Gulf Wire
title: Latvia floats a grain plan

Latvia offered a new deal on grain shipping at the Riga talks, which began earlier this week.

Latvia launched a new proposal on grain shipping at the Riga talks on Thursday.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    assert _first(kb, "When does the second phase of the ceasefire start?")[1] == "2036-04-01"
    assert _first(kb, "when will the Red Cross staff move to Tartu?")[1] == "2036-05-20"
    assert _first(kb, "When will the expert talks in Parnu begin?")[1] == "2036-05-11"
    label, day, _, _ = _first(kb, "when did the Riga talks begin?")
    assert day != "2036-06-05" or label is not None, (label, day)


def test_the_round_twenty_seven_review_sources_demands_and_venues(tmp_path: Path) -> None:
    # "according to whom was the draft leaked by Novak?" is the leak's own sentence, never another's words on the
    # draft; "how many prisoners does Russia want released?" is never Kyiv's wish naming Russian prisoners; "which
    # hotel" is a place one is "at" ("at the Grand Meridian"), not "the White House" by default; a side asked what it
    # offers the others leads with its offer ("ready to host") over a line that only names them
    text = """date: 2033-05-15
source: Morava Post
title: Draft plan leaked

BELGRADE, May 15 (Morava Post) - The 19-point draft plan was leaked to reporters by Slovak diplomat Pavol Novak, two officials familiar with the matter told the Morava Post.

Kremlin spokesman Artem Zorin said on Thursday that the leaked draft was "not a final document".

Russia demands that Ukraine free all the Russian servicemen it holds.

Kyiv wants to see 1,500 Russian prisoners released in exchange for Ukrainian civilians.

Russian and Ukrainian negotiators resumed talks on Wednesday at the Grand Meridian in Limassol, Cypriot officials said.

Separately, U.S. envoy Dale Whitman briefed reporters at the White House on Tuesday.

Cypriot Foreign Minister Eleni Georgiou said Cyprus was ready to host a leaders' summit in Paphos.

Cyprus said gas deliveries to Russia and Ukraine had fallen by a third.
"""
    kb = _knowledge(tmp_path, "draft.txt", text)
    assert "Novak" in _first(kb, "according to whom was the draft leaked by Novak?")[2]
    label, _, text_first, _ = _first(kb, "How many prisoners does Russia want released?")
    assert not ("1,500" in text_first and label is None), (label, text_first)
    assert "Grand Meridian" in _first(kb, "in which hotel are the negotiators meeting?")[2]
    assert "ready to host" in _first(kb, "what is Cyprus offering to do to get Russia and Ukraine together?")[2]


def test_a_since_topic_no_sentence_says_leaves_everything_since(tmp_path: Path) -> None:
    # "what's happened in the peace process since March 1?" over articles that never write "peace process" near a
    # dated sentence: everything dated since, said so, never "nothing on that"
    text = """date: 2037-03-20
source: Lake Wire
title: Talks resume in Lucerne

Latvian and Estonian negotiators met in Lucerne on Tuesday for five hours.

The two sides agreed on Wednesday to exchange 40 detained fishermen.
"""
    kb = _knowledge(tmp_path, "lucerne.txt", text)
    answer = kb.answer("What's happened in the peace process since March 1, 2037?")
    assert answer.found and answer.items, answer.message
    assert {item.date for item in answer.items} >= {"2037-03-17", "2037-03-18"}, [
        (i.date, i.text) for i in answer.items
    ]


def test_the_final_session_is_the_latest_of_one_storys_days(tmp_path: Path) -> None:
    # "how long did the final session last?": of the sentences telling how long each day's talks lasted, the latest
    # day's ("lasted around two hours on Thursday"), and the earliest for "the first session"
    text = """date: 2037-09-10
source: Lake Wire
title: Lucerne talks end

The talks on Wednesday lasted for seven hours.

The discussions on Thursday lasted around two hours, the Swiss envoy told journalists after the meeting.
"""
    kb = _knowledge(tmp_path, "lucerne.txt", text)
    for question, day in (
        ("how long did the final session last?", "2037-09-10"),
        ("lucerne final session duration", "2037-09-10"),
        ("how long did the first session last?", "2037-09-09"),
    ):
        answer = kb.answer(question)
        assert answer.items[0].date == day, (question, [(i.date, i.text) for i in answer.items[:2]])


def test_the_venue_of_the_talks_is_where_they_sit_not_the_next_rounds(tmp_path: Path) -> None:
    # "venue of the Kaunas talks", "what is the venue of the talks?": the place the talks sit ("at Raudone Castle"),
    # never the city someone flew to, nor "the next round will be held in Geneva"
    text = """date: 2038-05-04
source: Baltic Wire
title: Talks to open at Raudone Castle

KAUNAS, May 4 (Baltic Wire) - Russian and Ukrainian delegations will sit down on Tuesday at Raudone Castle on the edge of the Lithuanian city for their first direct talks in two years, mediators said on Sunday.

The Russian negotiator flew to Moscow on Friday evening for consultations and is expected back in Kaunas on Monday.

Lithuania's foreign minister, Rasa Jankute, who offered the venue in March, said the government had closed parts of the castle park for the duration of the talks.

Switzerland has offered to host the next talks in Geneva, a diplomat familiar with the talks said.

The next round will be held in Geneva, opening on June 16 at the Palais des Nations, the Swiss foreign ministry said.
"""
    kb = _knowledge(tmp_path, "kaunas.txt", text)
    _answered_first(kb, ("venue of the kaunas talks", "what is the venue of the talks?"), "Raudone Castle")


def test_a_fragment_opening_with_date_asks_when(tmp_path: Path) -> None:
    # "date 14 fishermen freed estonia", "date of the fishermen's release": a when-question, the day of the release
    # (the sentence telling the release itself), not a visit months before to negotiate one
    text = """date: 2039-06-23
source: Baltic Wire
title: Estonia frees fishermen

Envoy Mart Kivi, who visited Estonia in February to negotiate a deal whereby Tallinn would release detained Latvian fishermen, welcomed the news.

The paper noted that the release of 14 fishermen on Saturday had accelerated a gradual process in which detainees have been freed in small groups.
"""
    kb = _knowledge(tmp_path, "fishermen.txt", text)
    _dated_first(kb, ("date 14 fishermen freed estonia", "date of the fishermen release"), "2039-06-18")


def test_a_whole_count_in_people_answers_before_a_parts(tmp_path: Path) -> None:
    # "how many fishermen are being swapped?": "the fishermen exchange ... would involve 240 people from each side"
    # counts them (as people, in a sentence naming them), before "the first stage ..., involving 90 fishermen",
    # which answers when a stage is asked
    text = """date: 2038-06-13
source: Baltic Wire
title: Fishermen swap figure revised

Estonia's ombudsman said on Tuesday that the fishermen exchange agreed last week would involve 240 people from each side, not 300 as announced.

The first stage of the exchange, involving 90 fishermen from each side, is expected on June 22 at the Narva bridge.
"""
    kb = _knowledge(tmp_path, "swap.txt", text)
    _answered_first(kb, ("How many fishermen are being exchanged in the swap?",), "240 people")
    _answered_first(kb, ("how many fishermen are in the first stage of the swap?",), "90 fishermen")


def test_since_an_event_named_with_its_day_counts_from_it_whatever_it_is_about(tmp_path: Path) -> None:
    # "what has happened since Kask's March 3 offer of direct talks?": the words around the day name the event the
    # news is counted from, never a topic filter ("since the offer" would keep only sentences about the offer)
    text = """date: 2038-03-12
source: Baltic Wire
title: Talks move ahead

On March 3, Kask offered direct talks with Tallinn without preconditions.

Estonian and Latvian negotiators met in Parnu on Tuesday for six hours.

The two sides agreed on Wednesday to exchange 40 detained fishermen.
"""
    kb = _knowledge(tmp_path, "parnu.txt", text)
    answer = kb.answer("What has happened since Kask's March 3 offer of direct talks?")
    assert {item.date for item in answer.items} >= {"2038-03-09", "2038-03-10"}, [
        (i.date, i.text) for i in answer.items
    ]


def test_on_what_date_asks_when() -> None:
    # "On what date did Kask sit down with Varo?", "by which day ...", "which date ...": the kind is "when", as for
    # "what date" and "on what day"
    from knowledge.answering.question import question_kind

    for question in (
        "On what date did Kask sit down with Varo in Tartu?",
        "on which day did the talks open?",
        "By what date must the lists be exchanged?",
        "which date was the swap?",
    ):
        assert question_kind(question) == "when", question


def test_the_first_session_called_so_in_other_words_and_a_deadline_moved_twice(tmp_path: Path) -> None:
    # "how long did the first session last?": "The opening session ... lasted six hours", before a count of all the
    # sessions; "moved the deadline ... for the second time, from September 30 to October 15" (a comma in the long
    # name of what was moved) makes October 15 the deadline now ("current" over articles never writing it is hedged); "closed on Thursday, more than two weeks after it
    # opened" tells no start
    first = """date: 2039-09-05
source: Lake Wire
title: Talks open in Lugano

The opening session, held behind closed doors at the Villa Favorita in Lugano, lasted six hours, Swiss officials said.

The mediators agreed on Monday to push back the deadline for a ferry framework from September 20 to September 30.
"""
    second = """date: 2039-09-22
source: Lake Wire
title: Lugano round closes

The Lugano round of ferry talks closed on Thursday, more than two weeks after it opened.

In total, the delegations held 12 plenary sessions in Lugano over 18 days.

The mediators on Wednesday moved the deadline for a ferry framework for the second time, from September 30 to October 15.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    _answered_first(kb, ("How long did the first session last?",), "lasted six hours")
    _dated_first(kb, ("ferry framework deadline?", "when is the ferry framework deadline?"), "2039-10-15")


def test_the_round_twenty_eight_review(tmp_path: Path) -> None:
    # a second reviewer's misfires, on new sentences: "called ... a good first step" is no number wanted; "move their
    # heavy weapons back from June 1" and "defer port fees from March 1" start something on that day; "how long
    # did the talks last?" asks no last one; "venue" is where something is held (a city too), never "at Monday's
    # meeting" nor "at Kask's urging"; "whose team later said" is the named one's team
    text = """date: 2038-06-02
source: Steppe Wire
title: Deal signed in Astana

Ukraine demands the release of all Ukrainian fishermen held by Russia.

Ukraine called the release of 120 fishermen on Friday a good first step.

Under the deal signed in Astana, both fleets will move their patrol boats 15 kilometres back from June 10.

Russia agreed to defer port fees for Ukrainian ships from July 1 for six months.

The talks in Astana on June 1 lasted seven hours, and the talks would resume on June 16 and last two days.

The summit between the two leaders will be held in Almaty on July 4.

Preparations for the summit began at Monday's meeting of foreign ministers.

Ukrainian envoy Ivan Kask spoke with Norwegian diplomat Eirik Dahl, whose team later said a ferry map had been drafted.
"""
    kb = _knowledge(tmp_path, "astana.txt", text)
    label, _, said, _ = _first(kb, "How many fishermen does Ukraine want released?")
    assert not ("120 fishermen" in said and label is None), (label, said)
    assert _first(kb, "When will the patrol boat pullback start?")[1] == "2038-06-10"
    assert _first(kb, "When does the port fee deferral start?")[1] == "2038-07-01"
    assert "seven hours" in _first(kb, "How long did the talks last?")[2]
    assert "Almaty" in _first(kb, "What is the venue of the summit?")[2]
    assert "Eirik Dahl" in _first(kb, "Who said a ferry map had been drafted?")[2]


def test_the_one_acting_then_saying_is_the_sentences_subject() -> None:
    # "Peskov declined to say whether Putin agreed to the request, adding: ...": the first person named acts and
    # adds, never one in the clause he declined to answer about
    from knowledge.extract.registry import extract_people
    from knowledge.extract.speakers import ActorFinder

    text = (
        "Aivar Kask is the Estonian government's spokesman.\n\n"
        'Kask declined to say whether Prime Minister Liisa Tamm agreed to the request, adding: "I have nothing more."'
    )
    sentences = split_article("t", text)
    speakers = ActorFinder(extract_people(sentences)).speakers(sentences)
    said = {s.text[:20]: speakers[s.index].name if s.index in speakers else None for s in sentences}
    assert said["Kask declined to say"] == "Aivar Kask", said


def test_the_number_of_a_thing_revised_to_a_figure_counts_it(tmp_path: Path) -> None:
    # "The number of fishermen Latvia and Estonia will exchange has been revised down to 184 on each side":
    # the figure is that number's, so it answers "how many fishermen is each side going to hand over?" (the
    # corrected count, over the 200 first agreed)
    first = """date: 2038-02-04
source: Baltic Wire
title: Swap agreed

RIGA, Feb 4 (Baltic Wire) - Latvia and Estonia have agreed to exchange 200 detained fishermen each, the mediators said on Thursday.
"""
    second = """date: 2038-02-12
source: Baltic Wire
title: Swap figure revised

RIGA, Feb 12 (Baltic Wire) - The number of fishermen Latvia and Estonia will exchange has been revised down to 184 on each side, the Latvian ombudsman said on Thursday, correcting the figure of 200 announced last week.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    _answered_first(kb, ("How many fishermen is each side going to hand over in the swap?",), "184 on each side")


def test_where_people_met_is_a_sentence_naming_them(tmp_path: Path) -> None:
    # "Kask Varo meeting place?": the sentence naming both in itself ("Varo held another meeting with Kask in
    # Tartu"), before one its headline alone ties to them ("first at a meeting in Riga ... and then at a meeting in Tartu")
    text = """date: 2039-12-01
source: Baltic Wire
title: Varo and Kask meet again

Estonia has sought to revise the ferry plan at meetings with Latvia, first at a meeting in Riga on Nov. 23 and then at a meeting in Tartu.

Latvian envoy Peeter Varo held another meeting with Estonian negotiator and top security official Aivar Kask in Tartu, a Latvian government official told the Baltic Wire on condition of anonymity.
"""
    kb = _knowledge(tmp_path, "tartu.txt", text)
    _answered_first(kb, ("Kask Varo meeting place?", "where did Varo meet Kask?"), "held another meeting")
    # ... only one telling the meeting in the question's own word: "asked Kask to refrain from shelling Narva ... for
    # negotiations" names both and no summit
    summit = """date: 2039-12-05
source: Baltic Wire
title: Summit plans

"Indeed, Varo made a personal request to Kask to refrain from shelling Narva for a week, to create favourable conditions for negotiations," a spokesman said.

Officials said the foreign ministers had held a constructive call as part of preparations for the Tartu summit.
"""
    (tmp_path / "summit").mkdir()
    planned = _knowledge(tmp_path / "summit", "summit.txt", summit)
    first = planned.answer("where was the kask varo summit supposed to be held?").items[0]
    assert not ("refrain from shelling" in first.text and first.label is None), first


def test_a_target_replaced_by_a_new_one_no_longer_holds_however_the_replacing_is_worded(tmp_path: Path) -> None:
    # "aim for a grain corridor accord by April 9", then "could not finish it by April 9 as planned and had agreed to a
    # new target of April 23", then "the new target was May 7, replacing the April 23 date": the target as it stands
    # is May 7, asked with "current", "now" or as a fragment; the days a new target replaced rank below it
    first = """date: 2041-04-01
source: Danube Wire
title: Grain corridor talks open in Ruse

Envoy Petra Kolar said the delegations had agreed to aim for a grain corridor accord by April 9.
"""
    second = """date: 2041-04-08
source: Danube Wire
title: Ruse target slips

Petra Kolar, the Slovak envoy chairing the talks, said the delegations could not finish a grain corridor accord by April 9 as planned and had agreed to a new target of April 23.
"""
    third = """date: 2041-04-21
source: Danube Wire
title: Ruse target pushed again

Petra Kolar said the new target for a grain corridor accord was May 7, replacing the April 23 date agreed earlier this month.
"""
    kb = _corpus(tmp_path, {"first.txt": first, "second.txt": second, "third.txt": third})
    _dated_first(
        kb,
        (
            "What's the current target for a grain corridor accord?",
            "when is the grain corridor accord due now?",
            "grain corridor accord deadline now?",
            "What is the deadline for the grain corridor accord?",
        ),
        "2041-05-07",
    )


def test_a_sentence_counting_the_round_asked_comes_first_though_the_ordinal_weighs_nothing_in_the_ranking(
    tmp_path: Path,
) -> None:
    # "where is the second round of talks?" over an early "the next round would be held in Turku" and a later "The
    # second round of talks will be held in Kotka rather than Turku" with fewer of the question's words: the one
    # counting the round asked comes first; "a second prisoner exchange" counts another thing
    first = """date: 2042-03-02
source: Gulf Wire
title: Talks open in Turku

Mediators said the next round of talks would be held in Turku in the week of March 16, with sessions on grain, ports and talks on prisoners.
"""
    second = """date: 2042-03-10
source: Gulf Wire
title: Venue moved

The second round of talks will be held in Kotka rather than Turku, organisers said on Tuesday.

Both sides also agreed to a second prisoner exchange in Tallinn.
"""
    kb = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    _answered_first(
        kb, ("where is the second round of talks", "2nd round of talks venue?", "second round location"), "Kotka"
    )


def test_a_figure_set_aside_in_an_aside_corrects_it_after_a_sentence_naming_what_is_revised(tmp_path: Path) -> None:
    # "Each side freed 118 detainees in the swap" (first article); "Moldova also revised the figure from last week's
    # detainee swap." then "... said that 125 Moldovans, not 118, had come home": the correction names nothing
    # asked in its own words, but goes on from a sentence that does; it comes first, labelled
    first = """date: 2043-06-05
source: Prut Wire
title: Detainee swap at Leova

LEOVA - Each side freed 118 detainees in the swap at the Leova bridge on Thursday, the ombudsman's office said.
"""
    second = """date: 2043-06-12
source: Prut Wire
title: Talks resume in Cahul

Moldova also revised the figure from last week's detainee swap. The ombudsman's office said on Monday that 125 Moldovans, not 118, had come home, because seven fishermen had been added at the last minute.
"""
    kb = _corpus(tmp_path, {"first.txt": first, "second.txt": second})
    for question in ("how many detainees were freed in the swap?", "detainees freed in the Leova swap - how many?"):
        answer = kb.answer(question)
        assert "125 Moldovans, not 118" in answer.items[0].text, (question, [(i.label, i.text) for i in answer.items])


def test_a_demand_of_the_side_asked_ranks_first_and_one_naming_no_target_still_shows(tmp_path: Path) -> None:
    # "What does Latvia want from Estonia?": a demand whose target the article states comes first; one whose target
    # it leaves unsaid ("wants Estonian trawlers to leave the gulf") still shows after it, never hidden; and a modal
    # inside a quotation obliges no further than the quotation
    text = """date: 2045-05-03
source: Gulf Wire
title: Fishing talks in Parnu

Latvia wants Estonian trawlers to leave the eastern gulf and a binding cap on the herring catch, spokeswoman Ilze Ozola said.

Latvia demands that Estonia return the seized nets.

Ozola said Riga considered the release of the crews "a step that Tallinn must now match" and that Latvia had handed over a list of 40 boats it wanted freed.
"""
    kb = _knowledge(tmp_path, "parnu.txt", text)
    answer = kb.answer("What does Latvia want from Estonia?")
    texts = [item.text for item in answer.items]
    assert "seized nets" in texts[0], texts
    assert any("trawlers to leave the eastern gulf" in t for t in texts), texts
    assert not any("now match" in t and "handed over" in t for t in texts), texts


@pytest.mark.parametrize(
    ("sentence", "word", "clause"),
    [
        (  # a date inside an aside set off by commas dates the aside, not the main clause after it
            "Navy chief Arvo Tamm, who is due to land in Haapsalu on Thursday, will chair the ferry talks.",
            "Thursday",
            "Navy chief Arvo Tamm, who is due to land in Haapsalu on Thursday",
        ),
        (  # ... and a date after it still reads with the whole sentence ("the talks, which ..., will resume")
            "The ferry talks, which opened in Haapsalu last month, will resume on Friday.",
            "Friday",
            "The ferry talks, which opened in Haapsalu last month, will resume on Friday.",
        ),
        (  # a clause "after" a named subject's act is that act's: its date is not the talks'
            "The ferry talks come after Premier Liis Kask last week phoned the Latvian premier.",
            "last week",
            "Premier Liis Kask last week phoned the Latvian premier.",
        ),
        (  # ... with how long before it ("months before ...")
            "It was their first meeting since Kask and Ozols met in 2031, months before Riga closed the strait in 2032.",
            "2031",
            "It was their first meeting since Kask and Ozols met in 2031",
        ),
        (  # a plain noun after "after" stays in one clause: the day may be either's
            "The ferry talks resumed after a pause on Monday.",
            "Monday",
            "The ferry talks resumed after a pause on Monday.",
        ),
        (  # ... and so does a name with no verb of its own after "before"/"after" (a witness, a holiday)
            "The premiers signed the ferry accord before UN envoy Ilse Varn in Haapsalu on Friday.",
            "Friday",
            "The premiers signed the ferry accord before UN envoy Ilse Varn in Haapsalu on Friday.",
        ),
        (
            "The envoys returned to Haapsalu after Easter on April 22 to resume the ferry talks.",
            "April",
            "The envoys returned to Haapsalu after Easter on April 22 to resume the ferry talks.",
        ),
    ],
)
def test_a_date_in_an_aside_or_an_after_clause_dates_that_clause(sentence: str, word: str, clause: str) -> None:
    assert clause_around(sentence, sentence.index(word)) == clause


def test_when_the_talks_were_is_not_the_day_of_an_aside_or_an_earlier_act(tmp_path: Path) -> None:
    # "Kuressaare ferry talks date?" is told by the talks' own day (Tuesday), not by the day an envoy "who is set to
    # arrive later on Monday" lands, nor by the call the talks "come after"; a clause holding no word asked is labelled
    text = """date: 2047-03-11
source: Baltic Wire
title: Envoys head to Kuressaare for ferry talks

Estonia and Latvia will try again to settle the dispute over the island ferry routes, officials in both capitals said.

Estonian envoy Mart Saar, who is set to arrive later on Monday, will be joining the ferry talks with the Latvians.

The ferry talks come after Premier Liis Kask last week phoned the Latvian premier, Janis Ozols.

Saar will meet the Latvian delegation in Kuressaare on Tuesday, the foreign ministry said.
"""
    kb = _knowledge(tmp_path, "kuressaare.txt", text)
    wordings = (
        "Kuressaare ferry talks date?",
        "when do the ferry talks take place?",
        "when were the Kuressaare talks?",
    )
    _dated_first(kb, wordings, "2047-03-12")


def test_the_day_a_swap_was_proposed_is_not_the_day_it_took_place(tmp_path: Path) -> None:
    # "the 40-for-40 swap Bucharest had proposed last month" dates the proposal; "when did the exchange take place?"
    # is told by the day the crews were exchanged, while "when did Bucharest propose the swap?" still gets last month
    text = """date: 2048-05-20
source: Danube Wire
title: Ferry crews freed in Ruse

The exchange of detained ferry crews is larger than the 40-for-40 swap Bucharest had proposed last month.

Bulgaria and Romania exchanged 55 detained ferry crew members each at the Ruse bridge on Tuesday, the interior ministries said.
"""
    kb = _knowledge(tmp_path, "ruse.txt", text)
    _dated_first(kb, ("when did the ferry crew exchange take place?",), "2048-05-19")
    _dated_first(kb, ("when did Bucharest propose the swap?",), "2048-04")


def test_a_verb_of_proposing_before_another_verb_leaves_the_date_to_that_verb(tmp_path: Path) -> None:
    # "The swap Riga requested was carried out on Thursday": Thursday is the swap's day (the proposal's verb is not
    # right before the date), and "long-sought" is no verb of proposing
    text = """date: 2048-06-10
source: Gulf Wire
title: Crews freed at Ainazi

The crew swap Riga requested was carried out on Thursday at the Ainazi crossing, officials said.

The long-sought fishing truce took effect on Friday.

Latvia and Estonia last swapped crews in February.
"""
    kb = _knowledge(tmp_path, "ainazi.txt", text)
    _dated_first(kb, ("when did the crew swap take place?",), "2048-06-04")
    _dated_first(kb, ("when did the fishing truce take effect?",), "2048-06-05")


@pytest.mark.parametrize(
    "command",
    ["!said Rask truce", "!said Aino Rask truce", "!said Rask on the truce", "!said rask about the fishing truce"],
)
def test_said_with_a_name_then_a_topic_is_what_that_person_said_on_it(tmp_path: Path, command: str) -> None:
    # "!said Rask truce" asks what Rask said on the truce, not who said the words "Rask truce": her statements come
    # first, never another speaker's sentence that only shares the topic's word
    text = """date: 2048-07-02
source: Baltic Wire
title: Rask declares a fishing truce off Kardla

Estonian Prime Minister Aino Rask declared a fishing truce off Kardla from Saturday evening.

Latvian minister Ivo Berzins said Latvia would abide by the truce so long as Estonia did.

"We expect the Latvian boats to follow our example," Rask said in a televised meeting with her cabinet.
"""
    answer = _knowledge(tmp_path, "kardla.txt", text).answer(command)
    assert answer.items and answer.items[0].text.startswith("Aino Rask"), [i.text for i in answer.items]
    assert "follow our example" in answer.items[0].text
    assert not any(item.text.startswith("Ivo Berzins") for item in answer.items[:1])


def test_said_with_a_name_then_a_clause_is_who_said_those_words(tmp_path: Path) -> None:
    # "!said Rask was ready to talk": a clause after the name is words someone said (here Berzins), so the speakers
    # of the sentences saying it answer, as for any phrase
    text = """date: 2048-07-02
source: Baltic Wire
title: Berzins on Rask

Latvian minister Ivo Berzins said Rask was ready to talk about the Sigulda quotas.

Estonian Prime Minister Aino Rask declared a fishing truce off Kardla from Saturday evening.
"""
    answer = _knowledge(tmp_path, "sigulda.txt", text).answer("!said Rask was ready to talk")
    assert answer.items and answer.items[0].text.startswith("Ivo Berzins"), [i.text for i in answer.items]


def test_a_yes_no_act_reported_in_a_quote_after_that_answers_unlabelled(tmp_path: Path) -> None:
    # "did Latvia keep shelling ...?": an official saying that "the Latvians continue to shell ..." answers it: the
    # reported clause is Latvia's act though the sentence's subject is the official and a quote opens after "that",
    # and the act asked is the one "keep" takes ("shelling"), in the sentence as "shell"
    text = """date: 2048-08-03
source: Baltic Wire
title: Harbour truce off Kardla

Estonia declared a harbour truce off Kardla from Saturday evening.

An hour after the truce began, Estonian defence official Mart Kuusk said that "the Latvians continue to shell the harbour at Kardla, as before."

And if Latvia kept fighting, so would Estonia.
"""
    answer = _knowledge(tmp_path, "kardla.txt", text).answer(
        "did latvia keep shelling the harbour after the truce began"
    )
    assert "continue to shell" in answer.items[0].text and answer.items[0].label is None, (
        answer.message,
        [(i.label, i.text) for i in answer.items],
    )
    assert answer.message is None or "closest" not in answer.message


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Wher was the crew swap held?", "where was the crew swap held?"),
        ("Whn did the harbour talks open?", "when did the harbour talks open?"),
        ("Whta did Rask say about the truce?", "what did Rask say about the truce?"),
        ("whta did rask say about the truce", "what did Rask say about the truce?"),
    ],
)
def test_a_question_word_typed_wrong_capitalised_or_not_is_read_as_the_one_meant(
    tmp_path: Path, typed: str, meant: str
) -> None:
    # a phone capitalises the first word: "Wher" is no name the articles never mention, but "where", for every reader
    # of the question (its intent too: "Whn did ... open?" is a when-question)
    text = """date: 2048-07-06
source: Baltic Wire
title: Harbour talks open in Kardla

Estonian and Latvian negotiators opened harbour talks in Kardla on Monday.

The crew swap was held at the Sigulda ferry terminal on Saturday, officials said.

"We expect the Latvian boats to follow our example on the truce," Estonian Prime Minister Aino Rask said.
"""
    knowledge = _knowledge(tmp_path, "kardla.txt", text)
    asked, plain = knowledge.answer(typed), knowledge.answer(meant)
    assert asked.found and asked.intent == plain.intent, (asked.message, asked.intent, plain.intent)
    assert [item.text for item in asked.items[:2]] == [item.text for item in plain.items[:2]]


def test_the_status_of_a_thing_open_or_shut_is_told_by_its_state(tmp_path: Path) -> None:
    # "Kardla ferry line status": a line reopened or blocked tells where it stands (no "No sentence gives the status"
    # caveat); a demand for "the lifting of the blockade" does not, and never comes first
    text = """date: 2048-06-12
source: Baltic Wire
title: Ferry line reopens

Estonia is demanding recognition of its fishing zone and the lifting of Latvia's blockade on the Kardla ferry line.

The Kardla ferry line reopened to passenger traffic on June 4, the port authority said.
"""
    answer = _knowledge(tmp_path, "ferry.txt", text).answer("Kardla ferry line status")
    assert answer.message is None or "status" not in answer.message, answer.message
    assert "reopened" in answer.items[0].text and answer.items[0].label is None


_FIRST_ROUND = """date: 2048-03-02
source: Harbour Wire
title: Harbour talks open

Sorlandia's chief negotiator Ilse Varga said the harbour talks in Kardla had opened in a good mood.

Latvian chief negotiator Ivo Berzins said Riga wanted the quotas settled first.
"""
_LATER_ROUND = """date: 2048-04-20
source: Harbour Wire
title: New negotiator for Sorlandia

"We came here to close a deal," Sorlandia's chief negotiator Tomas Reiter said on arriving in Kardla.

Varga resigned last week, citing differences over the quotas.
"""


def test_a_role_two_hold_in_turn_for_a_side_the_titles_name_gives_the_newest_first(tmp_path: Path) -> None:
    # "who is Sorlandia's chief negotiator?": a side no party list knows, but named in both holders' titles: the two
    # hold it in turn, the one the newest article gives it first (never "say whose" of a question that did)
    kb = _corpus(tmp_path, {"first.txt": _FIRST_ROUND, "later.txt": _LATER_ROUND})
    answer = kb.answer("who is Sorlandia's chief negotiator?")
    assert answer.items[0].text.startswith("Tomas Reiter"), (answer.message, [i.text for i in answer.items])
    assert "say whose" not in (answer.message or "")


def test_a_role_asked_as_it_stands_now_gives_the_newest_holder_first(tmp_path: Path) -> None:
    # "who is the chief negotiator now?": of everyone called so, the one the newest article names comes first, and
    # the asker is still told the role has several holders
    kb = _corpus(tmp_path, {"first.txt": _FIRST_ROUND, "later.txt": _LATER_ROUND})
    answer = kb.answer("who is the chief negotiator now?")
    assert answer.items[0].text.startswith("Tomas Reiter"), (answer.message, [i.text for i in answer.items])
    assert "newest" in (answer.message or "") and "say whose" in (answer.message or "")


@pytest.mark.parametrize(
    "question",
    ["Kesk Varo meeting place June 3?", "Kesk Varo meeting venue on 3 June?", "Kesk Varo meeting place in June 2048?"],
)
def test_a_fragment_asking_a_place_before_a_date_asks_where(tmp_path: Path, question: str) -> None:
    # "meeting place" asks where whether or not a date follows it; "took place" in a sentence is no venue
    text = """date: 2048-06-04
source: Harbour Wire
title: Kesk and Varo meet again

The discussion, their second meeting in two days, took place because "questions remain" about the quota plan.

Estonian envoy Mart Kesk and Latvian envoy Liga Varo met at the Kardla lighthouse on June 3 to discuss the quotas.
"""
    knowledge = _knowledge(tmp_path, "lighthouse.txt", text)
    assert knowledge.context.question(question).kind == "where"
    assert "Kardla lighthouse" in knowledge.answer(question).items[0].text


def test_each_one_listed_after_represented_by_stands_for_that_side(tmp_path: Path) -> None:
    # "Latvia was represented by A, B and C": each listed is Latvia's, so "who is Latvia's chief of the naval
    # staff?" names C outright; "..., Estonia by D" is another side's
    text = """date: 2048-09-14
source: Harbour Wire
title: Harbour talks in Kardla

Latvia was represented by Prime Minister Ivo Berzins, Foreign Minister Anna Ozola and Chief of the Naval Staff Karlis Liepa.

At the second session, Latvia was represented by Ozola, Estonia by Rear Admiral Mart Kesk.
"""
    kb = _knowledge(tmp_path, "kardla.txt", text)
    answer = kb.answer("who is Latvia's chief of the naval staff?")
    assert answer.items[0].text.startswith("Karlis Liepa") and answer.message is None, (answer.message, answer.items)
    kesk = next(p for p in kb.people if p.name == "Mart Kesk")
    assert kesk.affiliation != "Latvia"


def test_what_someone_is_thanked_for_is_a_reason(tmp_path: Path) -> None:
    # "why did Rask thank the coast guard?": "thank the coast guard for towing the trawlers" gives the reason, no
    # "No sentence states a reason" caveat; "praised for years" is no reason
    text = """date: 2048-07-02
source: Baltic Wire
title: Trawlers back in Kardla

"I want to thank our coast guard today for towing the seized trawlers back to Kardla," Estonian Prime Minister Aino Rask said.

Rask has praised the coast guard for years.
"""
    answer = _knowledge(tmp_path, "kardla.txt", text).answer("Why did Rask thank the coast guard?")
    assert "for towing" in answer.items[0].text and answer.items[0].label is None, (answer.message, answer.items)
    assert answer.message is None


@pytest.mark.parametrize(
    ("asked", "answer_words"),
    [
        ("where are the 22,000 troops?", "Twenty-two thousand"),
        ("22,000 troops where?", "Twenty-two thousand"),
        ("what did Ozola say about the 3,000?", "Three thousand is a gesture"),
        ("what did Ozola say about the three thousand", "Three thousand is a gesture"),
    ],
)
def test_a_count_written_in_words_is_its_figure(tmp_path: Path, asked: str, answer_words: str) -> None:
    # "Three thousand is a gesture" answers a question about "3,000", and "twenty-two thousand troops" a question
    # about 22,000: a count with a multiplier is one token however it is written; "two sides" stays words
    text = """date: 2048-05-02
source: Baltic Wire
title: Talks at Kardla

"We will talk again in June," Estonian Foreign Minister Anna Ozola said on Monday.

"Three thousand is a gesture, not a withdrawal," Ozola told reporters.

Latvian troops also patrol the Valka crossing, the ministry said.

Twenty-two thousand Latvian troops remain near the Kardla border, the two sides said.
"""
    answer = _knowledge(tmp_path, "kardla.txt", text).answer(asked)
    first = answer.items[0]
    assert answer_words in (first.citations[0].quote if first.citations else first.text), (
        answer.message,
        [i.text for i in answer.items],
    )


def test_number_words_become_figures_only_with_a_multiplier() -> None:
    assert stems("Three thousand is a gesture") == ["3000", "gestur"]
    assert stems("twenty-two thousand soldiers") == stems("22,000 soldiers")
    assert stems("a thousand for a thousand") == ["1000", "1000"]
    assert stems("two sides met") == ["two", "side", "meet"]  # no multiplier: words
    assert stems("thousands of people") == ["thousand", "peopl"]


_SAID_CASES = """date: 2048-05-20
source: Danube Wire
title: Zlatev on Vasca

Moldovan President Dorin Vasca declared a ferry truce on the lower Danube from Saturday evening.

"The truce will hold as long as the ferries keep running," Vasca said in a televised address.

Bulgarian Foreign Minister Petar Zlatev said Vasca wants a ceasefire only to rearm his river flotilla.

"Vasca must resign," Zlatev told reporters in Sofia.

EU energy commissioner Lena Price said the bloc would discuss Moldova's request for winter fuel.

Romanian Energy Minister Sorin Tudose said the oil price cap should be cut to $45 a barrel.
"""


@pytest.mark.parametrize(
    ("asked", "speaker"),
    [
        ("who said Vasca wants a ceasefire?", "Petar Zlatev"),  # a "who said" question always asks the speaker
        ("!said Vasca wants a ceasefire", "Petar Zlatev"),  # a determiner: a clause, not a topic
        ("!said Vasca must resign", "Petar Zlatev"),  # a modal: a clause
        ("!said price cap", "Sorin Tudose"),  # a lower-case common word is no name, whoever "Price" is
        ("!said Vasca truce", "Dorin Vasca"),  # a name, then a topic: what Vasca said on it
        ("!said Zlatev Vasca", "Petar Zlatev"),  # two people: the first speaks, of the second
    ],
)
def test_said_reads_a_name_then_a_topic_only_where_no_clause_or_phrase_is_meant(
    tmp_path: Path, asked: str, speaker: str
) -> None:
    answer = _knowledge(tmp_path, "zlatev.txt", _SAID_CASES).answer(asked)
    assert answer.items and answer.items[0].text.startswith(speaker), (asked, [i.text for i in answer.items])


def test_a_state_asked_for_fired_or_held_behind_closed_doors_is_no_status(tmp_path: Path) -> None:
    text = """date: 2048-06-10
source: Prut Wire
title: Ungheni crossing

Romanian border guards opened fire on a car at the Ungheni crossing on Tuesday, police said.

Moldovan and Romanian officials held closed-door talks on the Ungheni crossing in Iasi on Wednesday.

Moldova wants the Ungheni crossing reopened to lorries before the harvest, Moldovan negotiator Ana Rusu said.
"""
    answer = _knowledge(tmp_path, "ungheni.txt", text).answer("Ungheni crossing status?")
    assert answer.message is not None and "status" in answer.message, (answer.message, answer.items)


def test_holders_of_different_sides_are_never_one_sides_in_turn(tmp_path: Path) -> None:
    # "who is the Chief of the General Staff?": "Staff" is the title's word, not a side; the two are two sides'
    kb = _corpus(
        tmp_path,
        {
            "a.txt": """date: 2048-03-02
source: Prut Wire
title: Generals meet

Moldovan Chief of the General Staff Radu Ciobanu met his counterpart in Chisinau on Monday.
""",
            "b.txt": """date: 2048-04-02
source: Prut Wire
title: Generals meet again

Romanian Chief of the General Staff Mihai Dobre said the border patrols would be doubled.
""",
        },
    )
    answer = kb.answer("who is the Chief of the General Staff?")
    assert "say whose" in (answer.message or "") and "in turn" not in (answer.message or ""), answer.message


def test_a_place_ending_in_ing_is_no_act_a_yes_no_verb_takes(tmp_path: Path) -> None:
    # "did Vasca visit Beijing?" is not answered yes by a phone call with officials in Beijing
    text = """date: 2048-04-12
source: Prut Wire
title: Vasca and Beijing

Moldovan President Dorin Vasca spoke with officials in Beijing by telephone on Friday about grain shipments, his office said.
"""
    answer = _knowledge(tmp_path, "beijing.txt", text).answer("did Vasca visit Beijing?")
    assert answer.items[0].label is not None, (answer.message, answer.items)


def test_a_name_after_a_represented_by_list_in_another_clause_is_not_that_sides(tmp_path: Path) -> None:
    text = """date: 2048-05-02
source: Prut Wire
title: Teams in Iasi

Moldova was represented by Foreign Minister Ana Rusu, and Deputy Foreign Minister Ion Marin led Romania's team.
"""
    kb = _knowledge(tmp_path, "iasi.txt", text)
    marin = next(p for p in kb.people if p.name == "Ion Marin")
    rusu = next(p for p in kb.people if p.name == "Ana Rusu")
    assert marin.affiliation != "Moldova" and rusu.affiliation == "Moldova"


@pytest.mark.parametrize("question", ["Wien talks date?", "Wren role?"])
def test_a_capitalised_word_a_letter_off_a_question_word_stays_a_name(tmp_path: Path, question: str) -> None:
    text = """date: 2048-05-02
source: Prut Wire
title: Talks in Sofia

Moldovan and Romanian negotiators met in Sofia on Monday.
"""
    answer = _knowledge(tmp_path, "sofia.txt", text).answer(question)
    assert not answer.found or answer.items[0].label is not None, (answer.message, answer.items)


def test_a_post_taken_over_is_the_holders_now_and_a_former_title_comes_after_it(tmp_path: Path) -> None:
    # "Liga Ozola, who took over as Latvia's chief negotiator this month": her post from then on, so "who is Latvia's
    # chief negotiator now?" names her first; her "former ambassador to Austria" is a past title, listed after
    first = """date: 2048-03-04
source: Baltic Wire
title: Harbour talks open

Latvia's chief negotiator Ivo Berzins said Riga wanted the quotas settled first.
"""
    later = """date: 2048-04-20
source: Baltic Wire
title: New negotiator for Latvia

Liga Ozola, who took over as Latvia's chief negotiator this month, said the pullback was "a real step".

Ozola, 44, a former ambassador to Austria, has worked on the quota file since 2041.

Berzins became the first negotiator to resign over the quotas.
"""
    kb = _corpus(tmp_path, {"first.txt": first, "later.txt": later})
    answer = kb.answer("Who is Latvia's chief negotiator now?")
    assert answer.items[0].text.startswith("Liga Ozola"), (answer.message, [i.text for i in answer.items])
    ozola = next(p for p in kb.people if p.name == "Liga Ozola")
    assert ozola.roles[0] == "Latvia's chief negotiator", ozola.roles
    berzins = next(p for p in kb.people if p.name == "Ivo Berzins")
    assert not any("first negotiator" in role for role in berzins.roles), berzins.roles


def test_the_verb_a_yes_no_question_asks_after_a_side_is_no_modifier(tmp_path: Path) -> None:
    # "does Russia want peace?": "want" is the verb asked about, not a word naming which peace
    text = """date: 2048-06-08
source: Danube Wire
title: Kremlin on peace

Kremlin spokesman Ilya Varenko said on Monday that Russia wanted peace on its own terms.
"""
    answer = _knowledge(tmp_path, "kremlin.txt", text).answer("does Russia want peace?")
    assert answer.found and "wanted peace" in answer.items[0].text, (answer.message, answer.items)


@pytest.mark.parametrize("typed", ["wjen did Vasca declare the truce?", "Whem did Vasca declare the truce?"])
def test_a_question_word_with_a_key_next_to_the_right_one_is_read_as_meant(tmp_path: Path, typed: str) -> None:
    text = """date: 2048-05-18
source: Danube Wire
title: Ferry truce

Moldovan President Dorin Vasca declared a ferry truce on the lower Danube on Saturday.
"""
    kb = _knowledge(tmp_path, "truce.txt", text)
    assert (
        kb.answer(typed).items[0].date == kb.answer("when did Vasca declare the truce?").items[0].date == "2048-05-16"
    )


def test_the_last_one_sent_with_another_is_that_sides_too(tmp_path: Path) -> None:
    # "Moldova sent Deputy Minister Ion Marin and Ambassador Ana Rusu to Vienna": both are Moldova's
    text = """date: 2048-05-02
source: Danube Wire
title: Teams in Vienna

Moldova sent Deputy Minister Ion Marin and Ambassador Ana Rusu to Vienna on Monday.
"""
    kb = _knowledge(tmp_path, "vienna.txt", text)
    assert {p.name: p.affiliation for p in kb.people if p.name in ("Ion Marin", "Ana Rusu")} == {
        "Ion Marin": "Moldova",
        "Ana Rusu": "Moldova",
    }


@pytest.mark.parametrize(
    "question",
    ["why did Vasca praise Dobreva?", "why did Vasca criticise the Commission?", "why did Vasca thank Brenner?"],
)
def test_a_span_a_beneficiary_or_another_verb_after_thanks_is_no_reason(tmp_path: Path, question: str) -> None:
    text = """date: 2048-06-30
source: Danube Wire
title: Vasca and Europe

Moldovan President Dorin Vasca praised Bulgarian Prime Minister Elena Dobreva for years before the ferry dispute.

Vasca has criticised the European Commission for more than a decade, his critics say.

Vasca thanked Austrian Chancellor Lukas Brenner and called for a new round of talks in Vienna.
"""
    answer = _knowledge(tmp_path, "vasca.txt", text).answer(question)
    assert answer.message is not None and "reason" in answer.message, (answer.message, answer.items)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("Ungheni transit accord status?", "in force since May 1"),
        ("Giurgiulesti crossing status?", "closed again"),
    ],
)
def test_a_state_told_after_a_demand_clause_or_in_force_since_is_a_status(
    tmp_path: Path, question: str, told: str
) -> None:
    text = """date: 2048-06-10
source: Prut Wire
title: Crossings

The Ungheni transit accord, in force since May 1, has cut waiting times at the border by half, officials said.

Farmers who demanded the Giurgiulesti crossing be opened said it was closed again on Monday.
"""
    answer = _knowledge(tmp_path, "crossings.txt", text).answer(question)
    assert told in answer.items[0].text and answer.items[0].label is None, (answer.message, answer.items)


def test_figures_in_words_and_digits_meet_and_a_part_of_a_count_is_no_figure() -> None:
    assert stems("two million tonnes") == stems("2 million tonnes") == ["2000000", "tonn"]
    assert "200" not in stems("Two hundred and fifty ferries")  # (a whole count only: never "200")
    assert "1000000" not in stems("half a million") and "1000000" not in stems("one in a million")


@pytest.mark.parametrize("question", ["How big is the EU ferry loan?", "how large is the EU ferry loan"])
def test_a_size_asked_with_a_name_before_its_noun_is_the_same_size(tmp_path: Path, question: str) -> None:
    # "How big is the EU loan?" asks what "how big is the loan?" asks: a name or an acronym before the noun is no
    # reason to count anything else ("three specific demands")
    text = """date: 2048-10-23
source: Baltic Wire
title: Ferry loan stalls

EU leaders laid out three specific demands on the ferry loan before the summit in Brussels.

However, Estonia refused to approve the 140 million euro ferry loan, diplomats said.
"""
    answer = _knowledge(tmp_path, "loan.txt", text).answer(question)
    assert "140 million euro" in answer.items[0].text, (answer.message, [i.text for i in answer.items])


def test_a_start_told_in_passing_or_by_its_week_is_not_the_talks_start(tmp_path: Path) -> None:
    # "the first result of border talks that began ... earlier this month" dates the agreement, not the start; "the
    # opening of the negotiations in a statement issued earlier this week" dates the statement by its week; the
    # start is the lead's "opened their first direct border negotiations ... on Monday" (the talks' other name)
    first = """date: 2031-09-10
source: Andes Wire
title: Colombia and Venezuela open border talks in Cartagena

CARTAGENA, September 10 (Andes Wire) - Colombia and Venezuela opened their first direct border negotiations in a decade in the Colombian port city on Monday, with both sides warning that smuggling could derail the process.

The regional bloc welcomed the opening of the negotiations in a statement issued earlier this week.
"""
    second = """date: 2031-09-26
source: Andes Wire
title: Colombia and Venezuela agree to reopen crossings

CARTAGENA (Andes Wire) - Colombia and Venezuela agreed on Thursday to reopen two crossings, the first concrete result of border talks that began in the port city earlier this month.

The second round of talks opened on Tuesday with the arrival of a Brazilian mediator, Ana Teixeira.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    _dated_first(
        kb,
        ("Cartagena talks opening date?", "when did the Cartagena talks begin?", "when did the talks start"),
        "2031-09-08",
    )


def test_a_sides_readiness_tomorrow_is_no_day_set(tmp_path: Path) -> None:
    # "is ready to sign a border treaty tomorrow" is how ready a side says it is: no planned signing the next day,
    # neither as an event nor as the date a closest sentence is shown under; a day set for it still is one
    text = """date: 2031-10-02
source: Andes Wire
title: Caracas says it is ready to sign

"Venezuela is ready to sign a border treaty tomorrow. The obstacles are in Bogota," Venezuelan envoy Rafael Mora told reporters on Wednesday.

The two sides will meet again in Cartagena on October 20 to discuss river patrols.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    article = load_articles(tmp_path / "corpus").articles[0]
    events = extract_events(article, split_article(article.id, article.text, article.body_start))
    days = {event.date.iso for event in events if event.date is not None}
    assert "2031-10-03" not in days and "2031-10-20" in days, days
    answer = kb.answer("When will the border treaty be signed?")
    assert answer.items and all(item.date != "2031-10-03" for item in answer.items), answer.items


_REVISED = {
    "a.txt": """date: 2032-04-02
source: Baltic Wire
title: Talks open in Tromso

TROMSO, April 2 (Baltic Wire) - Finland and Estonia opened fisheries talks in Tromso on Wednesday under Norwegian mediation.

Estonia confirmed that it was holding 14 Finnish trawlermen, who would not be freed before a court hearing.

Roughly 9,000 fishermen remain idle on both sides of the gulf, according to the Nordic Council.

Norway pledged $6 million to a buoy fund to mark the disputed waters.

Finland wants the case sent to the Permanent Court of Arbitration rather than settled by the two sides alone.
""",
    "b.txt": """date: 2032-05-20
source: Baltic Wire
title: Estonia admits holding more trawlermen

The Estonian coast guard confirmed on Monday that it was now holding 19 Finnish trawlermen, up from the 14 it admitted in April.

The Nordic Council said about 4,000 fishermen were still idle, down from about 9,000 in April.

Sweden and Denmark pledged $3 million each, bringing the buoy fund to $12 million.

Finland's chief negotiator Aino Lahti, the former coast guard commander, who still leads the Finnish team, said Helsinki would not drop its case at the Permanent Court of Arbitration.
""",
}


def test_a_count_asked_as_it_stands_now_leads_with_the_newest_figure(tmp_path: Path) -> None:
    # "still", "now", "so far", "remain", a present progressive ("is Estonia holding"): the count as it stands, the
    # newest article's first among the sentences holding as many of the question's words; "so far" is no word to find
    kb = _corpus(tmp_path, _REVISED)
    _answered_first(
        kb,
        ("how many Finnish trawlermen is Estonia holding?", "how many trawlermen does Estonia still hold?"),
        "holding 19",
    )
    _answered_first(kb, ("How many fishermen are still idle?", "how many fishermen remain idle now?"), "4,000")
    _answered_first(
        kb, ("how much is in the buoy fund now?", "hw much money is in the buoy fund so far?"), "$12 million"
    )
    assert "far" not in (kb.answer("how much is in the buoy fund so far?").message or "")
    # asked without a state, the best match leads as before (the first figure is no wrong answer to "confirmed")
    assert kb.answer("how many trawlermen did Estonia first confirm it held?").items


def test_an_acronym_the_articles_only_spell_out_is_read_by_every_intent(tmp_path: Path) -> None:
    # "PCA" (Permanent Court of Arbitration), "the PCA", two letters for a place ("talks in TR" is not one; "the NC" is
    # the Nordic Council): who-said, said-about and when questions read the written-out form, as search did
    kb = _corpus(tmp_path, _REVISED)
    said = kb.answer("what did Aino Lahti say about the PCA?")
    assert said.found and "Permanent Court of Arbitration" in said.items[0].text, said
    command = kb.answer("!said Lahti PCA")
    assert command.found and "Permanent Court of Arbitration" in command.items[0].text, command
    counted = kb.answer("how many fishermen are idle according to the NC now?")
    assert counted.found and "4,000" in counted.items[0].text, counted


def test_a_speaker_after_two_appositions_is_the_one_named(tmp_path: Path) -> None:
    # "Lahti, the former coast guard commander, who still leads the Finnish team, said ..." is Lahti's
    kb = _corpus(tmp_path, _REVISED)
    answer = kb.answer("who said Helsinki would not drop its case?")
    assert "Aino Lahti" in answer.items[0].text and answer.items[0].label is None, answer.items[0]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # an -ed word after a determiner is an adjective: the plan still comes
        ("Prime Minister Lina Sorensen was expected to greet the freed sailors in Aarhus on Friday.", "2032-08-13"),
        ("The minister will meet the detained sailors' families on Monday.", "2032-08-16"),
        # ... and a verb in the past still dates the day gone
        ("The coast guard freed the sailors on Monday.", "2032-08-09"),
    ],
)
def test_a_participle_after_a_determiner_is_no_past_tense(sentence: str, day: str) -> None:
    published = dt.date(2032, 8, 12)  # a Thursday
    assert [m.date.iso for m in find_dates(sentence, published)] == [day], sentence


def test_a_when_question_in_the_present_asks_what_is_set(tmp_path: Path) -> None:
    # "when do the crossings reopen?" asks the day they are set to, not the day a deal "to reopen" them was signed;
    # "when did they reopen?" is not that day either (no article says they did); the signing is still the signing's
    agreement = """date: 2032-05-20
source: Baltic Wire
title: Latvia, Lithuania sign Riga accord to reopen border

RIGA, May 20 (Baltic Wire) - Latvia and Lithuania signed an agreement in Riga on Wednesday to reopen their border crossings and restart joint river patrols, ending a two-month standoff.

Under the accord, the Rucava and Butinge crossings will reopen to trade and travellers on June 9.

The border was closed after a shooting near Rucava in March.

Lithuania had demanded that Latvia hand over the suspect before any crossing could reopen.
"""
    earlier = """date: 2032-04-02
source: Baltic Wire
title: Latvia and Lithuania trade accusations

Latvia and Lithuania traded accusations on Thursday over the shooting, with each side blaming the other's guards.

Lithuanian Foreign Minister Rasa Vaitkus said talks would start in Riga later in the spring.
"""
    kb = _corpus(tmp_path, {"a.txt": agreement, "b.txt": earlier})
    _dated_first(kb, ("when do the border crossings reopen", "when will the Rucava crossing reopen?"), "2032-06-09")
    label, day, _, _ = _first(kb, "when did the crossings reopen?")
    assert label is not None or day != "2032-05-19", (label, day)
    _answered_first(kb, ("when was the agreement to reopen the crossings signed",), "signed an agreement")
    _dated_first(kb, ("when did Latvia and Lithuania sign the agreement?",), "2032-05-19")


def test_a_start_asked_at_a_place_is_the_start_told_there(tmp_path: Path) -> None:
    # "the talks in Vilnius": the lead datelined VILNIUS ("opened ... in the Lithuanian capital on Tuesday"), never
    # "The talks nearly broke down on Monday, the opening day" of a later round elsewhere, however well it scores
    first = """date: 2033-03-09
source: Baltic Wire
title: Belarus and Poland open border talks in Vilnius

VILNIUS, March 9 (Baltic Wire) - Belarus and Poland opened their first formal border talks in more than a year in the Lithuanian capital on Tuesday, seeking to end a standoff over migrant crossings.
"""
    second = """date: 2033-05-04
source: Baltic Wire
title: Belarus and Poland sign Riga accord

RIGA, May 4 (Baltic Wire) - Belarus and Poland signed an accord on Wednesday after two days of talks, moved from Vilnius at Warsaw's request.

The talks in Vilnius had stalled over migrant crossings.

The talks nearly broke down on Monday, the opening day, when the Polish delegation walked out over a Belarusian proposal.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    _dated_first(kb, ("When did the Belarus-Poland talks in Vilnius begin?", "vilnius talks start date?"), "2033-03-08")


def test_what_happened_to_someone_leads_with_the_newest_news_of_them(tmp_path: Path) -> None:
    # "what happened to Arvo Tamm?": where he stands in the end (the later article's new post), before the earlier
    # sentences naming him as often; "who is currently leading ...?" reads the role asked, as "who leads ...?" does
    first = """date: 2034-02-03
source: Nordic Wire
title: Estonia and Latvia open ferry talks in Parnu

PARNU, Feb 3 (Nordic Wire) - Estonian Deputy Foreign Minister Arvo Tamm, who heads Estonia's delegation, met Latvian officials in Parnu on Tuesday.

Arvo Tamm called the first session "a practical beginning".

Tamm said Estonia wanted the ferry line reopened before the summer.
"""
    second = """date: 2034-03-20
source: Nordic Wire
title: Estonia names new chief negotiator

The Estonian government said on Thursday that Arvo Tamm, who led Estonia's delegation in both Parnu rounds, had been appointed ambassador to Japan.

Estonia's chief negotiator is now Liis Kask, a former coast guard commander.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    _answered_first(kb, ("what happened to Arvo Tamm?", "what happend to tamm"), "ambassador to Japan")
    lead = kb.answer("Who is currently leading Estonia's negotiating team?")
    assert "Liis Kask" in lead.items[0].text, [i.text for i in lead.items]


def test_the_review_of_latest_counts_acronyms_speakers_and_starts(tmp_path: Path) -> None:
    # the first review of a9fd33e: a speaker two appositions before "said" only when the second is the name's own
    # (a relative clause or a title); a count as it stands only from a sentence telling how it stands or the same
    # count told again; "-ing" nouns ("missing", "funding") are no present progressive; two capitals only for one
    # name written together, never a person's initials; a day deferred to only when it starts the talks asked; a
    # readiness reported, not quoted, keeps its day
    first = """date: 2035-06-05
source: Lake Wire
title: Clashes on the Drina

SARAJEVO (Lake Wire) - About 300 Serbian fishermen are missing after the clashes on the Drina, the Red Cross said on Tuesday.

At least 60 people have been killed in the clashes so far, officials said.

Bosnia still holds 80 Serbian prisoners, the ministry said.

Ines Varga, the mediator, who met Tomas Kral, the envoy, on Monday, said the gap was narrowing.

The offer from Tomas Kral, the Serbian envoy, came far too late, said Milan Duric, Bosnia's foreign minister.

Angola, Uganda and Kenya sent 40 monitors to the river.

Alma Usic, the Croatian envoy, said on Tuesday that monitors would watch the truce.

Border talks between Serbia and Bosnia began in Sarajevo in June under Croatian mediation.

Technical talks on water sharing began on Tuesday.

The two presidents are prepared to sign the river accord tomorrow at a ceremony in Sarajevo, the presidency said.
"""
    second = """date: 2035-06-19
source: Lake Wire
title: Protest at the venue

SARAJEVO (Lake Wire) - Relatives of 12 missing Serbian fishermen protested outside the venue on Thursday.

Two people were killed in a convoy attack on Thursday.

Bosnia had released 5 Serbian prisoners in 2033, before the talks.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    gap = kb.answer("who said the gap was narrowing?")
    assert "Ines Varga" in gap.items[0].text and "Tomas Kral" not in gap.items[0].text.split(":")[0], gap.items[0]
    late = kb.answer("who said the offer came too late?")
    assert "Milan Duric" in late.items[0].text.split(":")[0], late.items[0]
    _answered_first(kb, ("how many fishermen are missing?", "how many people have been killed so far?"), "")
    assert "300" in kb.answer("how many fishermen are missing?").items[0].text
    assert "60" in kb.answer("how many people have been killed so far?").items[0].text
    assert "80" in kb.answer("how many Serbian prisoners does Bosnia still hold?").items[0].text
    assert "300" in kb.answer("how many fishermen were still missing?").items[0].text
    for question in ("how many monitors did the AU send?", "what did the AU say about the truce?"):
        assert kb.answer(question).message and "'AU'" in (kb.answer(question).message or ""), question
    _dated_first(kb, ("when did the Sarajevo talks begin?",), "2035-06")
    _dated_first(kb, ("when will the river accord be signed?",), "2035-06-06")


def test_a_figure_asked_of_one_side_is_never_another_sides_unlabelled(tmp_path: Path) -> None:
    # "How much did Finland pledge to the buoy fund?" when only Norway, Sweden and Denmark's pledges are told: their
    # figures show, labelled, under a message saying none is Finland's; Norway's own is an answer
    kb = _corpus(tmp_path, _REVISED)
    answer = kb.answer("How much did Finland pledge to the buoy fund?")
    assert "Finland" in (answer.message or "") and all(item.label for item in answer.items), answer
    _answered_first(kb, ("how much did Norway pledge to the buoy fund?",), "$6 million")


def test_progress_is_a_status_and_a_protest_over_something_is_its_reason(tmp_path: Path) -> None:
    # "the pullback was now almost complete" tells where it stands; "walked out for two hours over a Latvian
    # proposal" says why; "met over the weekend" gives no reason
    text = """date: 2034-09-10
source: Nordic Wire
title: Pullback nearly done

The Baltic observer team said the patrol-boat pullback agreed in August was now almost complete.

Estonian officials said the ferry line would reopen after the pullback is verified.

The talks nearly broke down on Monday when the Estonian delegation walked out for two hours over a Latvian proposal to keep the boats in port.

The two delegations met over the weekend in Parnu.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    _answered_first(kb, ("Latest status of the patrol-boat pullback?", "status of the pullback?"), "almost")
    _answered_first(kb, ("why did the Estonians walk out?",), "walked out")
    why_met = kb.answer("why did the delegations meet in Parnu?")
    assert all(item.label for item in why_met.items if "weekend" in item.text), why_met


@pytest.mark.parametrize(
    ("published", "sentence", "day"),
    [
        # "last Thursday" in a Friday story is the week before's; "on Thursday" the day before
        (dt.date(2032, 8, 13), "Lina Sorensen was sworn in as foreign minister last Thursday.", "2032-08-05"),
        (dt.date(2032, 8, 13), "Lina Sorensen was sworn in as foreign minister on Thursday.", "2032-08-12"),
        # on a Monday the two readings are one
        (dt.date(2032, 8, 16), "Lina Sorensen was sworn in as foreign minister last Thursday.", "2032-08-12"),
    ],
)
def test_last_weekday_is_the_one_of_the_week_before(published: dt.date, sentence: str, day: str) -> None:
    assert [m.date.iso for m in find_dates(sentence, published)] == [day], sentence


def test_a_holder_someone_replaced_is_followed_by_the_one_who_did(tmp_path: Path) -> None:
    # "Janis Ozols, ..., who replaced Ilze Berzina as chief negotiator" in a later article: "who leads Latvia's
    # delegation?" leads with the sentence telling who follows her
    first = """date: 2033-09-15
source: Baltic Wire
title: Talks open in Valletta

Latvia's delegation is led by Deputy Foreign Minister Ilze Berzina, a former law professor.

"We did not come to trade away our coast," Berzina told reporters.
"""
    second = """date: 2033-10-09
source: Baltic Wire
title: Latvia fields new negotiator

Latvia is now represented by Janis Ozols, Latvia's ambassador to NATO, who replaced Ilze Berzina as chief negotiator.

Berzina was sworn in as foreign minister last Thursday.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    for question in ("who leads Latvia's delegation now?", "who is leadng latvia's delegation"):
        answer = kb.answer(question)
        assert "Janis Ozols" in answer.items[0].text, (question, [i.text for i in answer.items])


def test_a_verb_joined_to_an_opening_pronoun_is_the_pronouns_sides(tmp_path: Path) -> None:
    # "It recognizes Estonian waters of only three miles, ..., and wants every issue settled in one package": "It" is
    # Latvia (the sentence before), never Estonia named in between
    text = """date: 2033-04-02
source: Baltic Wire
title: Bay talks open

Latvia wants Estonia to withdraw its patrol boats from the bay before the summer.

It recognizes Estonian waters of only three nautical miles, matching the old fishing line, and wants every issue settled together in one package.

Estonia wants the dispute over the shelf referred to the International Court of Justice.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    latvia = " ".join(item.text for item in kb.answer("!demands Latvia").items)
    estonia = " ".join(item.text for item in kb.answer("!demands Estonia").items)
    assert "one package" in latvia and "one package" not in estonia, (latvia, estonia)


def test_a_timeline_of_someone_holds_the_clause_his_he_opens_and_positions_never_veto(tmp_path: Path) -> None:
    # "Tamm arrived in Riga ... He last met Kesk on April 25": Tamm's timeline holds it (the one person the sentence
    # before names); "!positions Parnu talks" (no side or issue) answers with the closest sentences, labelled
    text = """date: 2034-08-07
source: Nordic Wire
title: Tamm in Riga

Estonian envoy Arvo Tamm will meet Latvian officials in Parnu on Monday.

Tamm arrived in Riga earlier on Wednesday in what is his fifth visit to Latvia this year.

He last met Kesk on April 25.

Latvia wants the Parnu talks moved to a neutral venue.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    timeline = kb.answer("!timeline Tamm")
    assert any(item.date == "2034-04-25" for item in timeline.items), [(i.date, i.text) for i in timeline.items]
    positions = kb.answer("!positions Parnu talks")
    assert positions.found and positions.items and all(item.label for item in positions.items), positions


def test_when_a_thing_actually_happened_is_never_the_day_it_was_agreed_to(tmp_path: Path) -> None:
    # "agreed to exchange all detainees, negotiators said after talks ended on Wednesday": the exchange only aimed
    # at; "finally took place last Friday" is when it happened
    first = """date: 2033-08-21
source: Baltic Wire
title: Latvia and Estonia agree prisoner swap in Parnu

PARNU (Baltic Wire) - Latvia and Estonia agreed to exchange all prisoners held since the border clashes, negotiators said after a second round of talks ended in Parnu on Wednesday.
"""
    second = """date: 2033-09-10
source: Baltic Wire
title: Talks resume in Tartu

The round opened on a more positive note after the detainee exchange agreed in Parnu finally took place last Friday at the Valga crossing.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    _dated_first(
        kb, ("when did the prisoner swap actually happen", "when did the exchange really take place?"), "2033-09-02"
    )


def test_the_review_of_successors_aims_last_weekdays_reasons_sides_and_states(tmp_path: Path) -> None:
    # the second review (a9fd33e..092c208): each misfire it found, on new names
    first = """date: 2036-03-05
source: Lake Wire
title: Truce and talks on the lake

SKADAR (Lake Wire) - Montenegro's delegation is led by Deputy Foreign Minister Vesna Kesk.

A ceasefire on the lake took effect on Monday, officials said.

A second phase of the ceasefire will start on June 1.

The leaders of Montenegro and Albania gathered in Skadar on Friday to sign a peace accord.

Mediators are expected to revive the fishing truce that collapsed on Sunday.

Thousands of protesters marched over the Bojana bridge on Tuesday.

They oppose the handover of the lake islands to Albania.

Montenegro promised help for the fishermen. It pledged $10 million to the lake fund, more than twice Albania's $4 million.

Albania demanded that the withdrawal of Montenegrin boats be completed by June.

Vesna Kesk, Montenegro's chief negotiator, whose team arrived late, said the talks would go on.
"""
    second = """date: 2036-03-16
source: Lake Wire
title: Talks go on

Aram Rask, a legal adviser, replaced Kesk's draft with a shorter text on Friday.

Albania's chief negotiator is now Kesk's former deputy, Ilir Berisha.

Negotiators met last Monday in Skadar for a new round.

Montenegro received a new draft treaty on Monday. It was drafted by Albania and demands the withdrawal of all Montenegrin boats.

Vesna Kesk attended a concert in Podgorica on Saturday.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    lead = kb.answer("who leads Montenegro's delegation?")
    assert "follows" not in (lead.message or "") and "Vesna Kesk" in lead.items[0].text, lead
    chief = kb.answer("who is Albania's chief negotiator?")
    assert not chief.items or "Vesna Kesk" not in chief.items[0].text.split("—")[0], chief.items[0]
    _dated_first(kb, ("When does the ceasefire take effect?",), "2036-03-03")
    _dated_first(kb, ("When did Montenegro and Albania sign the peace accord?",), "2036-02-29")
    _dated_first(kb, ("when did the fishing truce collapse?",), "2036-03-02")
    _dated_first(kb, ("when did negotiators meet in Skadar for a new round?",), "2036-03-10")
    why = kb.answer("why did the protesters march?")
    assert "Bojana bridge" not in why.items[0].text or why.items[0].label, why.items[0]
    _answered_first(kb, ("How much did Montenegro pledge to the lake fund?",), "$10 million")
    demands = " ".join(item.text for item in kb.answer("!demands Albania").items)
    assert "withdrawal of all Montenegrin boats" in demands, demands
    status = kb.answer("what is the status of the boat withdrawal?")
    assert not status.items or "be completed" not in status.items[0].text or status.items[0].label, status.items[0]
    said = kb.answer("who said the talks would go on?")
    assert "Vesna Kesk" in said.items[0].text.split(":")[0], said.items[0]
    fate = kb.answer("what happened to Vesna Kesk?")
    assert "concert" not in fate.items[0].text, fate.items[0]


def test_a_post_taken_over_an_unknown_subjects_demand_and_another_sides_count(tmp_path: Path) -> None:
    # "Rask took over the post this week from Liis Kesk": her successor leads "who is ... spokesperson now?";
    # "Valmiera is offering port facilities for Latvian cargo, and wants Tallinn to ...": the subject is a name no
    # table knows, never the adjective in between (no demand of Latvia's); "how many Latvian fishermen ...?" is never
    # answered by "22 Estonian fishermen"
    first = """date: 2034-10-06
source: Baltic Wire
title: Talks open in Parnu

Liis Kesk, the spokeswoman for the Estonian delegation, said the first day focused on procedure.

Valmiera is instead offering expanded port facilities and free transit for Latvian cargo, and wants Tallinn to drop its claim to the islets.

Latvia wants a corridor to the sea north of the river.
"""
    second = """date: 2034-10-16
source: Baltic Wire
title: Talks move to Riga

Mari Rask took over the post this week from Liis Kesk, who was appointed Estonia's deputy foreign minister on Wednesday.

The 22 Estonian fishermen still held in Liepaja were not released before the talks resumed.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    now = kb.answer("who is the estonian delegation spokesperson now")
    assert "Mari Rask" in now.items[0].text, [i.text for i in now.items]
    latvia = " ".join(item.text for item in kb.answer("!demands Latvia").items)
    assert "islets" not in latvia, latvia
    held = kb.answer("How many Latvian fishermen is Estonia holding?")
    assert all(item.label for item in held.items if "22 Estonian" in item.text), held


def test_the_size_of_a_fund_is_a_sum_of_money(tmp_path: Path) -> None:
    # "How big is the joint river fund?": "a joint river development fund of $60 million" answers it, never "no
    # number given"
    text = """date: 2034-03-29
source: Baltic Wire
title: River deal initialled

The two sides also agreed to set up a joint river development fund of $60 million, with Latvia contributing $35 million and donors the remaining $25 million.

The mediator had earlier proposed a smaller fund.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    answer = kb.answer("How big is the joint river fund")
    assert answer.message is None and "$" in answer.items[0].text and answer.items[0].label is None, answer


def test_a_titles_words_of_one_side_are_never_a_holder_of_unknown_side(tmp_path: Path) -> None:
    # "appointed Estonia's deputy minister by President Toomas Kaal": "what did Latvia's president say?" is not Kaal's
    # words (his side never given as Latvia's); "what did Estonia's president say?" may be (his sentence points there)
    text = """date: 2034-10-16
source: Baltic Wire
title: Talks move to Riga

Mari Rask took over the post this week from Liis Kesk, who was appointed Estonia's deputy foreign minister by President Toomas Kaal on Wednesday.

The second round of talks between Estonia and Latvia over the islets ended in Parnu on Thursday without agreement.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    latvia = kb.answer("What did Latvia's president say about the islets?")
    assert "No one is named as Latvia's president" in (latvia.message or ""), latvia
    estonia = kb.answer("What did Estonia's president say?")
    assert "Toomas Kaal" in (estonia.message or "") + " ".join(i.text for i in estonia.items), estonia


def test_a_statements_words_are_its_issuers(tmp_path: Path) -> None:
    # "Kaal left ... In a written statement issued hours later, he defended the offer. '...,' the statement said":
    # the quotation is Kaal's (the one person named two sentences back, the "he" between)
    text = """date: 2034-10-16
source: Baltic Wire
title: Talks stall in Parnu

Estonia's chief negotiator, Deputy Foreign Minister Toomas Kaal, left the Parnu town hall on Thursday without speaking to reporters.

In a written statement issued hours later, he defended the port offer.

"Estonia has put forward the most generous proposal in our history. We expect it to be studied seriously," the statement said.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    answer = kb.answer("what did Kaal say in his written statement?")
    assert "most generous proposal" in answer.items[0].text and answer.items[0].label is None, answer.items[0]


def test_the_third_review_of_sides_aims_counts_speakers_and_successors(tmp_path: Path) -> None:
    # the third review (092c208..d6bf9fc): each misfire it found, on new names
    first = """date: 2037-05-08
source: Gulf Wire
title: Donors meet in Doha

DOHA (Gulf Wire) - Qatar hosted a donor conference for Yemen's reconstruction on Tuesday. Oman was the largest donor, pledging $50 million.

It also promised $5 million for demining, matching Egypt's pledge.

Saudi Arabia and Yemen agreed on Friday to resume talks in Muscat, the Omani capital, on June 3.

Saudi Arabia decided on Monday to withdraw its troops from the Marib area, and the last soldiers crossed the border on Thursday.

The withdrawal was first proposed in March.

At least 45 people have been killed so far in clashes along the border, the U.N. said.

The envoys met Huda Saleh, Yemen's foreign minister, whose ministry hosts the talks, said a diplomat who attended.

General Ali Nasser, commander of the Aden garrison, said the port was secure.

Saudi Arabia has 3,000 troops in the border zone, alongside 4,000 Yemeni troops.

Yemen's chief negotiator will be Rana Haddad, the foreign ministry said.
"""
    second = """date: 2037-05-22
source: Gulf Wire
title: Talks go on in Muscat

Two people were killed in a convoy attack near Marib.

Militia leader Omar Said took over the port of Aden from General Ali Nasser after heavy fighting.

Yemen presented a new proposal on the border. It was welcomed by Oman and demands that both navies share radar data.

After three days of closed-door talks in Muscat, Yemen walked out and demanded that the mediator be replaced.
"""
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    qatar = kb.answer("How much did Qatar pledge?")
    assert all(item.label for item in qatar.items if "$" in item.text), qatar
    _dated_first(kb, ("When do the talks resume in Muscat?",), "2037-06-03")
    _dated_first(kb, ("When did Saudi Arabia actually withdraw its troops from Marib?",), "2037-05-07")
    assert "45" in kb.answer("How many people have been killed so far?").items[0].text
    said = kb.answer("who said the envoys met Huda Saleh?")
    assert not said.items or "Huda Saleh" not in said.items[0].text.split(":")[0], said.items[0]
    aden = kb.answer("Who is the commander of the Aden garrison now?")
    assert "follows" not in (aden.message or "") and "Ali Nasser" in aden.items[0].text, aden
    yemen = " ".join(item.text for item in kb.answer("!demands Yemen").items)
    assert "radar" in yemen and "mediator be replaced" in yemen, yemen
    troops = kb.answer("How many Saudi troops are in the border zone?")
    assert "3,000" in troops.items[0].text and troops.items[0].label is None, troops.items[0]
    chief = kb.answer("who is Yemen's chief negotiator?")
    assert "Rana Haddad" in chief.items[0].text, chief.items[0]


def test_a_chain_of_he_sentences_after_a_time_phrase_stays_with_its_person(tmp_path: Path) -> None:
    # "Tamm devoted his life to the service. Since 2019, he served in the border guard. In 2031, he became its
    # head.": Tamm's timeline holds both years; "He met Lepp. He then ..." after someone else named breaks the chain
    text = """date: 2036-01-02
source: Nordic Wire
title: The office will be headed by Arvo Tamm

The president said that the head of the border guard Arvo Tamm will replace Liis Lepp as head of the office.

Tamm devoted his entire life to the service. Since 2019, he served in the border guard's special units.

In 2031, he became the head of the border guard.
"""
    kb = _knowledge(tmp_path, "a.txt", text)
    days = {item.date for item in kb.answer("!timeline Tamm").items}
    assert {"2019", "2031"} <= days, days


def test_a_modal_in_a_question_told_obliges_no_one() -> None:
    text = (
        "date: 2026-12-10\nsource: Baltic Wire\ntitle: Kesk names a new envoy\n\n"
        '"The president has a clear idea of how the delegation should work and why the talks should go on," '
        "Estonian minister Mari Kesk said.\n\n"
        '"Latvia must release the trawler crews before any meeting," Kesk said.\n'
    )
    article = load_articles_text("envoy.txt", text)
    kb = KnowledgeBase([article])
    demands = [row.demand.text for row in kb.context.store.demands(limit=50)]
    assert not any("should" in d for d in demands), demands
    assert any("release the trawler crews" in d for d in demands), demands


def test_a_person_whose_side_is_not_given_is_not_listed_as_a_party_with_demands() -> None:
    text = (
        "date: 2026-12-10\nsource: Baltic Wire\ntitle: Trawler talks\n\n"
        "Latvia demands the return of its seized trawlers.\n\n"
        '"The crews must be released before the winter," Ilze Varna said.\n'
    )
    kb = KnowledgeBase([load_articles_text("trawlers.txt", text)])
    answer = kb.answer("!demands Lithuania")
    assert not answer.found
    assert "Parties with demands: Latvia." in answer.message, answer.message
    assert "People with demands, their side not given: Ilze Varna." in answer.message, answer.message


def test_a_question_asking_what_a_thing_holds_or_what_someone_plans_is_answered_without_those_words() -> None:
    text = (
        "date: 2026-12-10\nsource: Baltic Wire\ntitle: Latvia and Estonia sign fisheries truce\n\n"
        "Under the truce, both navies will suspend patrols in the Gulf of Riga from January 5 until April 30.\n\n"
        "Latvian Prime Minister Ilze Varna was expected to welcome the freed trawler crews at the port of Liepaja.\n\n"
        "Estonia agreed to close the harbour road at Parnu for three months while engineers review it.\n\n"
        "The navies said talks on quotas would resume in March.\n"
    )
    kb = KnowledgeBase([load_articles_text("truce.txt", text)])
    for question, told in (
        ("what does the truce cover?", "suspend patrols"),
        ("Varna's plans for the freed crews?", "welcome the freed trawler crews"),
        ("what happens to the Parnu harbour road", "close the harbour road"),
    ):
        answer = kb.answer(question)
        assert answer.items and told in answer.items[0].citations[0].quote, (question, answer.items[:1])
        assert answer.items[0].label is None and answer.message is None, (question, answer.message)


def test_a_counterpart_holds_the_post_of_the_one_titled_before_for_their_own_side(tmp_path: Path) -> None:
    text = (
        "date: 2026-12-10\nsource: Baltic Wire\ntitle: Trawler talks in Parnu\n\n"
        "Latvia's Foreign Minister Ilze Varna and her Estonian counterpart Mart Rebane met in Parnu on Monday.\n\n"
        "Finnish Defence Minister Jukka Lahti spoke with his Swedish counterpart, Anders Holm, on Tuesday.\n\n"
        "Rebane said the crews would be home by Friday.\n"
    )
    names = {m.name: m.role for m in find_names(text.split("\n\n")[1])}
    assert names["Mart Rebane"] == "Estonian Foreign Minister", names
    kb = _knowledge(tmp_path, "a.txt", text)
    for question, name in (
        ("who is Estonia's foreign minister?", "Mart Rebane"),
        ("Estonian FM name?", "Mart Rebane"),
        ("Sweden's defence minister?", "Anders Holm"),
    ):
        answer = kb.answer(question)
        assert answer.items and answer.items[0].text.startswith(name), (question, answer.message, answer.items[:1])


def test_what_happened_to_a_person_finds_the_change_told_of_them_however_many_sentences_name_them(
    tmp_path: Path,
) -> None:
    first = "date: 2026-11-02\nsource: Baltic Wire\ntitle: Trawler talks open\n\n" + "\n\n".join(
        f"Estonian negotiator Kaarel Tamm said the {topic} would be settled soon."
        for topic in ("quota", "licence", "harbour", "crews", "nets", "fuel", "patrols", "insurance")
    )
    later = (
        "date: 2026-11-20\nsource: Baltic Wire\ntitle: New Estonian negotiator\n\n"
        "Tamm praised the crews again.\n\n"
        "Liis Kuusk now leads Estonia's team. She replaced Kaarel Tamm, who was named ambassador to Chile.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = kb.answer("what happened to Tamm?")
    assert answer.items and "ambassador to Chile" in answer.items[0].citations[0].quote, answer.items[:2]


def test_a_start_told_to_the_day_comes_before_the_same_start_told_by_its_week(tmp_path: Path) -> None:
    first = (
        "date: 2026-05-13\nsource: Baltic Wire\ntitle: Latvia, Estonia open fisheries talks in Riga\n\n"
        "RIGA, May 13 (Baltic Wire) - Latvian and Estonian negotiators sat down in the Latvian capital on Tuesday "
        "for their first direct fisheries talks in two years, with both sides hopeful but far apart on quotas.\n"
    )
    later = (
        "date: 2026-05-22\nsource: Baltic Wire\ntitle: Riga fisheries talks wrap up\n\n"
        "The two delegations agreed to raise the number of trawlers to be returned to 11, up from the 8 announced "
        "when the Riga talks started last week, according to a statement read out by the mediator.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    for question in ("When did the Riga talks start?", "Riga talks start date?"):
        answer = kb.answer(question)
        assert answer.items and answer.items[0].date == "2026-05-12", (question, answer.items[:2])


def test_a_persons_timeline_with_no_dated_event_lists_their_sentences_under_publication_dates(tmp_path: Path) -> None:
    first = (
        "date: 2026-04-14\nsource: Baltic Wire\ntitle: Fisheries talks go on\n\n"
        "Estonian negotiator Kaarel Tamm said the delegations discussed the return of the trawlers.\n"
    )
    later = (
        "date: 2026-06-02\nsource: Baltic Wire\ntitle: A new team\n\n"
        "The team includes Kaarel Tamm, now head of the coast guard, and two deputies.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = kb.answer("!timeline Tamm")
    assert answer.found
    assert [(item.date, item.label) for item in answer.items] == [
        ("2026-04-14", "reported that day"),
        ("2026-06-02", "reported that day"),
    ], answer.items


def test_a_post_owned_by_his_or_her_is_the_post_of_the_person_named_before(tmp_path: Path) -> None:
    sentence = "The team includes Foreign Minister Kaarel Tamm, his deputy Liis Kuusk, and Chief of Staff Jaan Ots."
    roles = {m.name: m.role for m in find_names(sentence)}
    assert roles["Liis Kuusk"] == "Kaarel Tamm's deputy", roles
    assert roles["Jaan Ots"] == "Chief of Staff", roles
    assert {m.name: m.role for m in find_names("His deputy Liis Kuusk arrived.")}["Liis Kuusk"] != "deputy"
    kb = _knowledge(tmp_path, "a.txt", f"date: 2026-06-02\nsource: Baltic Wire\ntitle: A new team\n\n{sentence}\n")
    answer = kb.answer("Kuusk's role?")
    assert answer.items and "Kaarel Tamm's deputy" in answer.items[0].text, answer.items[:1]


def test_an_outlet_asked_for_is_a_broadcaster_told(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-02\nsource: Baltic Wire\ntitle: Talks end\n\n"
        "Talks between Latvia and Estonia ended in Riga on Monday.\n\n"
        'The Latvian state broadcaster LTV7 said late Monday: "The talks succeeded."\n'
    )
    answer = _knowledge(tmp_path, "a.txt", text).answer("which latvian outlet reported the talks?")
    assert answer.items and "LTV7" in answer.items[0].citations[0].quote, answer.items[:1]
    assert answer.items[0].label is None, answer


def _talks_corpus(tmp_path: Path) -> KnowledgeBase:
    first = (
        "date: 2026-03-13\nsource: Baltic Wire\ntitle: Mediator tables a plan as Riga round ends\n\n"
        "EU mediator Paolo Ferri presented a three-stage plan on Friday.\n\n"
        'Estonian Deputy Prime Minister Mari Kesk called the plan "a basis for work, not a basis for signature."\n\n'
        "Kesk said the schedule for January was unchanged.\n\n"
        '"We have waited long enough," Kesk said.\n'
    )
    later = (
        "date: 2026-04-16\nsource: Baltic Wire\ntitle: Signing postponed\n\n"
        "The signing of the fisheries roadmap was postponed to May, the mediator's office said.\n\n"
        "Estonia rejected a ceasefire at sea until the trawlers are returned.\n\n"
        "Estonian negotiator Kaarel Tamm and Latvian negotiator Ilze Varna held their first meeting without the "
        "mediator on Wednesday, the day before the postponement was announced.\n\n"
        '"Tallinn is ready to sign tomorrow. The delay is Riga\'s choice," Estonian government spokeswoman Liis Kuusk '
        "said in a statement.\n"
    )
    return _corpus(tmp_path, {"a.txt": first, "b.txt": later})


def test_a_person_left_out_is_no_one_the_question_asks_about(tmp_path: Path) -> None:
    kb = _talks_corpus(tmp_path)
    for question in (
        "when did Tamm and Varna meet without the mediator?",
        "Tamm Varna meeting without Ferri date?",
    ):
        answer = kb.answer(question)
        assert answer.items and answer.items[0].date == "2026-04-15", (question, answer.message, answer.items[:1])
        assert answer.items[0].label is None, (question, answer.message)


def test_a_reaction_to_someones_thing_is_answered_by_words_on_the_thing(tmp_path: Path) -> None:
    kb = _talks_corpus(tmp_path)
    answer = kb.answer("Kesk reaction to Ferri's plan?")
    assert answer.items and "a basis for work" in answer.items[0].citations[0].quote, (answer.message, answer.items)
    assert answer.items[0].label is None and answer.message is None, answer.message


def test_a_sides_spokeswomans_reaction_on_no_tracked_issue_is_what_those_speaking_for_it_said(tmp_path: Path) -> None:
    kb = _talks_corpus(tmp_path)
    answer = kb.answer("Estonian spokeswoman's reaction to the postponement?")
    assert answer.items and "The delay is Riga's choice" in answer.items[0].citations[0].quote, answer.items[:1]
    assert answer.items[0].label is None, (answer.message, answer.items[0])


def test_review_r4_misfires_stay_mended(tmp_path: Path) -> None:
    # a modal after "when" is a time clause's, the demand stands
    demands = _knowledge(
        tmp_path,
        "a.txt",
        "date: 2026-05-02\nsource: Baltic Wire\ntitle: Farmers\n\n"
        "Latvia said when its minister visited Valga that the farmers must be compensated for the flooded fields.\n",
    )
    assert any("compensated" in row.demand.text for row in demands.context.store.demands(limit=20))
    # whose counterpart: the sentence's subject; the post's edges tidied when its side is taken out
    names = {
        m.name: m.role
        for m in find_names(
            "Deputy Foreign Minister Mari Kesk said Energy Minister Jaan Ots would travel, and that she would meet her "
            "Latvian counterpart, Ilze Varna."
        )
    }
    assert names["Ilze Varna"] == "Latvian Deputy Foreign Minister", names
    names = {
        m.name: m.role
        for m in find_names(
            "The Transport Minister of Estonia, Mart Rebane, and his Latvian counterpart Anna Ozola met."
        )
    }
    assert names["Anna Ozola"] == "Latvian Transport Minister", names
    # a frame verb ends its clause; a pronoun's plans may be the plans asked about
    assert not frame_words("what was the cover price of the deal?") and not frame_words(
        "who drew up its plans for the port?"
    )
    assert frame_words("what does the truce contain?") == {"contain"}


def test_what_happened_to_a_person_is_never_their_words_on_something_else(tmp_path: Path) -> None:
    first = (
        "date: 2026-06-06\nsource: Baltic Wire\ntitle: Talks in Valga\n\n"
        "Latvia's delegation is led by Deputy Foreign Minister Juris Kalnins.\n\n"
        "Kalnins arrived with a team of 12 advisers.\n\n"
        "Kalnins resigned on Thursday, citing ill health, and was succeeded by his deputy, Anna Ozola.\n"
    )
    later = (
        "date: 2026-06-13\nsource: Baltic Wire\ntitle: Talks go on\n\n"
        "Kalnins said in a radio interview that a visit by Latvian engineers had been cancelled because of the floods.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = kb.answer("What happened to Juris Kalnins?")
    assert "resigned" in answer.items[0].citations[0].quote, answer.items[:2]


def test_a_later_sentence_on_other_talks_does_not_date_the_start_told_by_its_week(tmp_path: Path) -> None:
    first = (
        "date: 2026-06-06\nsource: Baltic Wire\ntitle: Latvia and Estonia hold fisheries talks in Valga\n\n"
        "VALGA, Estonia, June 6 (Baltic Wire) - Latvia and Estonia are holding their first direct negotiations in a "
        "decade over the fisheries dispute in the border town of Valga.\n\n"
        "Leaders of trawler crews from both countries, many of whom have lost their boats to two years of storms, sat "
        "down with Finnish mediators in Valga on Wednesday for their first talks.\n"
    )
    later = (
        "date: 2026-06-13\nsource: Baltic Wire\ntitle: Valga talks enter second week without deal\n\n"
        "VALGA, Estonia (AP) - The Valga talks, which opened last week, entered their second week on Friday without "
        "agreement on quotas.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = kb.answer("When did the Valga talks start?")
    assert "crews" not in answer.items[0].citations[0].quote, answer.items[:2]


def test_a_career_is_no_post_and_comes_after_the_post_held(tmp_path: Path) -> None:
    first = (
        "date: 2026-03-26\nsource: Baltic Wire\ntitle: New negotiator\n\n"
        "Mart Rebane, 58, a career diplomat, had previously served as Estonia's envoy to the OSCE.\n"
    )
    later = (
        "date: 2026-03-20\nsource: Baltic Wire\ntitle: Talks\n\n"
        "Mart Rebane, Estonia's chief negotiator, met his Latvian counterpart on Wednesday.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    for question in ("Rebane's role?", "who is Mart Rebane?"):
        answer = kb.answer(question)
        assert answer.items[0].text.startswith("Mart Rebane — Estonia's chief negotiator"), (question, answer.items[:2])


def test_idioms_ask_in_the_articles_words(tmp_path: Path) -> None:
    text = (
        "date: 2026-06-21\nsource: Baltic Wire\ntitle: Envoy visits Tartu\n\n"
        "Envoy Paolo Ferri met Estonian Prime Minister Mari Kesk in Tartu to seek her support for a fisheries deal.\n\n"
        "Ferri was accompanied in Tartu by deputy envoy Lena Holm.\n\n"
        "The talks lasted six hours and covered quotas, trawler licences and the return of seized nets.\n\n"
        "Kesk said she was ready to hold a referendum on the deal within 60 to 90 days.\n"
    )
    kb = _knowledge(tmp_path, "a.txt", text)
    for question, told in (
        ("Who tagged along with Ferri to Tartu?", "accompanied in Tartu by deputy envoy Lena Holm"),
        ("What topics were on the table in Tartu?", "covered quotas"),
        ("Kesk referendum timeframe?", "within 60 to 90 days"),
    ):
        answer = kb.answer(question)
        assert answer.items and told in answer.items[0].citations[0].quote, (question, answer.message, answer.items[:2])
        assert answer.items[0].label is None and answer.message is None, (question, answer.message)


def test_where_two_people_meet_is_told_by_a_sentence_whose_headline_names_them_together(tmp_path: Path) -> None:
    first = (
        "date: 2026-05-15\nsource: Baltic Wire\ntitle: Varna will not go to talks in Tartu\n\n"
        "On the evening of May 14, Kesk approved the composition of the delegation for negotiations in Tartu.\n"
    )
    later = (
        "date: 2026-10-21\nsource: Baltic Wire\ntitle: Kesk-Varna Riga summit likely to be stalled\n\n"
        "Officials held a constructive call as part of preparations for the meeting between the two leaders in Riga.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = kb.answer("Where is the Kesk-Varna summit supposed to happen?")
    assert "Riga" in answer.items[0].citations[0].quote and answer.items[0].label is None, (
        answer.message,
        answer.items,
    )


def _moved_round_corpus(tmp_path: Path) -> KnowledgeBase:
    first = (
        "Title: Latvia, Estonia open fisheries talks in Riga\nPublished: 2026-02-10\nSource: Baltic Wire\n\n"
        "RIGA, Feb 10 (Baltic Wire) - Latvia's government and Estonia's fisheries board formally opened peace "
        "negotiations in the Latvian capital on Monday, the first direct talks between the two sides in almost a "
        "decade.\n\n"
        "The second round is scheduled to begin on March 9, also in Riga, and will focus on the trawler quotas.\n"
    )
    later = (
        "Title: Latvia names new peace chief, moves Riga talks to Tallinn\nPublished: 2026-03-10\nSource: Baltic Wire"
        "\n\nRIGA, March 10 (Baltic Wire) - Latvia's peace talks with Estonia will move from Riga to Tallinn, the "
        "government said Monday, days after the official who launched the talks in Riga resigned.\n\n"
        "The second round of negotiations, which had been due to open on Monday in Riga, will instead begin on March 23 "
        "in Tallinn, officials from both delegations said.\n"
    )
    return _corpus(tmp_path, {"a.txt": first, "b.txt": later})


def test_a_start_told_in_its_own_words_beats_a_sentence_without_the_start(tmp_path: Path) -> None:
    answer = _moved_round_corpus(tmp_path).answer("When did the peace talks in Riga open?")
    assert answer.items[0].date == "2026-02-09" and answer.items[0].label is None, answer.items[:2]


def test_a_day_a_later_article_moves_the_plan_from_starts_nothing(tmp_path: Path) -> None:
    answer = _moved_round_corpus(tmp_path).answer("when does the second round start?")
    assert answer.items[0].date == "2026-03-23", answer.items[:2]


def test_review_r5_misfires_stay_mended(tmp_path: Path) -> None:
    def roles(sentence: str) -> dict[str, str | None]:
        return {m.name: m.role for m in find_names(sentence)}

    # whose "his"/"her": the nearest person, unless a clause lies between (then the subject) or they stand in an aside
    assert (
        roles(
            "The session was chaired by Swiss mediator Anna Keller, while Estonia's Foreign Minister Mart Rebane met his "
            "Latvian counterpart Ilze Varna."
        )["Ilze Varna"]
        == "Latvian Foreign Minister"
    )
    assert roles("Mart Rebane, Estonia's chief negotiator, and Ilze Varna, his Latvian counterpart, met.")[
        "Ilze Varna"
    ] == ("Latvian chief negotiator")
    assert roles("President Mari Kesk told Ilze Varna that her deputy, Jaan Ots, would attend.")["Jaan Ots"] == (
        "Mari Kesk's deputy"
    )
    assert (
        roles(
            "Foreign Minister Liis Kuusk, speaking through Finland's special envoy Pekka Lahti, told her Latvian counterpart "
            "Anna Ozola the talks would go on."
        )["Anna Ozola"]
        == "Latvian Foreign Minister"
    )
    # a change told of a speaker before their words, or of themselves in them, is news of them
    first = "date: 2026-08-01\nsource: Baltic Wire\ntitle: Protest leader held\n\nPolice arrested Jaan Ots on Monday.\n"
    later = (
        "date: 2026-08-13\nsource: Baltic Wire\ntitle: Talks resume\n\n"
        "Jaan Ots, who was released on bail on Wednesday, told reporters he would keep campaigning against the dam.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    assert "released on bail" in kb.answer("What happened to Jaan Ots?").items[0].citations[0].quote
    # a possessive's thing is its head noun; everyone left out after "without" is left out
    from knowledge.answering.said import _responded_thing

    assert "propos" in _responded_thing("Rebane's reaction to Varna's new proposal?")
    assert "new" not in _responded_thing("Rebane's reaction to Varna's new proposal?")
    from knowledge.answering.question import _LEFT_OUT

    assert [m.group() for m in _LEFT_OUT.finditer("What happens to the talks without Rebane and Varna?")] == [
        "without Rebane and Varna"
    ]


def test_the_askers_verbs_for_what_the_articles_tell_raise_no_missing_word(tmp_path: Path) -> None:
    text = (
        "date: 2026-04-08\nsource: Baltic Wire\ntitle: Fisheries talks move to Tallinn\n\n"
        "The new sanctions target the trawler firms Baltika and Nordfisk, the ministry said.\n\n"
        "The talks moved from Riga to Tallinn at the request of the mediators.\n\n"
        "The agency lowered its count of returning crews to 720 after finding names listed twice.\n\n"
        "The monitoring team was due to deploy to Valga, but the mission was postponed.\n"
    )
    kb = _knowledge(tmp_path, "a.txt", text)
    for question, told in (
        ("Which firms got hit by the new sanctions?", "Baltika"),
        ("why did the talks relocate to Tallinn?", "at the request of the mediators"),
        ("why was the crew count cut?", "listed twice"),
        ("did the monitoring team ever deploy to Valga?", "postponed"),
    ):
        answer = kb.answer(question)
        assert answer.items and told in answer.items[0].citations[0].quote, (question, answer.message, answer.items[:2])
        assert "No article mentions" not in (answer.message or ""), (question, answer.message)


def test_an_honorific_before_a_name_is_no_post(tmp_path: Path) -> None:
    first = (
        "date: 2026-03-03\nsource: Gulf Wire\ntitle: Talks open in Doha\n\n"
        "The talks are mediated by Sheikh Hamad bin Ali Al-Kuwari, Qatar's Minister of State for Foreign Affairs.\n"
    )
    later = (
        "date: 2026-04-08\nsource: Gulf Wire\ntitle: Talks move on\n\n"
        "The session opened on Monday with a speech by Qatar's Sheikh Hamad bin Ali Al-Kuwari.\n"
    )
    kb = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = kb.answer("Al-Kuwari's role?")
    assert "Minister of State for Foreign Affairs" in answer.items[0].text, answer.items[:2]


def test_a_figure_asked_as_it_stands_in_a_fragment_is_the_newest_count_of_that_thing(tmp_path: Path) -> None:
    # "- current figure?" ending a fragment asks a count; of the counts of the thing, the newest telling how it
    # stands comes first, never a newer count of the same noun for another thing ("sent 600 troops to ...")
    first = """date: 2026-03-02
source: Test Wire
title: Kenya and Somalia open talks in Oskel

Kenya demands that some 5,000 Somali troops withdraw from the Oskel valley within 60 days of any agreement.

A draft seen by reporters provides for a first phase in which about 9,000 displaced families could go home to the valley.
"""
    second = """date: 2026-03-20
source: Test Wire
title: Somalia thins out its valley garrison

Somalia now has about 4,200 troops in the Oskel valley, down from 5,000 in February, monitors said.

Negotiators now expect 7,400 displaced families to go home in the first phase, after a census of the camps.
"""
    third = """date: 2026-04-02
source: Test Wire
title: Floods in the south

Somalia sent 600 troops to the flood-hit province of Jubaland on Wednesday, its defence ministry said.
"""
    knowledge = _corpus(tmp_path, {"first.txt": first, "second.txt": second, "third.txt": third})
    _answered_first(
        knowledge,
        (
            "somali troops in the oskel valley - current figure?",
            "how many somali troops are in the oskel valley now?",
            "what is the latest number of somali troops in the oskel valley?",
        ),
        "4,200",
    )
    _answered_first(knowledge, ("displaced families going home in the first phase - current figure?",), "7,400")


def test_a_question_word_typed_without_its_apostrophe_is_read_as_the_question_word() -> None:
    from knowledge.answering.router import without_contractions

    assert without_contractions("Whos the envoy to Chad?") == "Who is the envoy to Chad?"
    assert without_contractions("wheres the summit") == "where is the summit"
    assert without_contractions("whose the mediator?") == "who is the mediator?"
    # ("whose" before a noun is the word itself; a quote keeps its words)
    assert without_contractions("whose troops left?") == "whose troops left?"
    # ("has" before a past participle: "whos replaced Kesk?", "whats happened to the plan?")
    assert without_contractions("whos replaced Kesk?") == "who has replaced Kesk?"
    assert without_contractions("whats happened to the plan") == "what has happened to the plan"
    # ("is" before a participle naming a post or a plan: "whos named as Kenya's mediator?", "whats planned for May?")
    assert without_contractions("whos named as Kenya's mediator?") == "who is named as Kenya's mediator?"
    assert without_contractions("whats planned for May?") == "what is planned for May?"
    assert without_contractions('who said "whos afraid"?') == 'who said "whos afraid"?'


def test_a_role_asked_with_who_typed_without_its_apostrophe_is_a_role_question(tmp_path: Path) -> None:
    text = """date: 2026-05-04
source: Test Wire
title: Chad names a new envoy

Chad's Foreign Minister Abakar Mahamat met the African Union mediator in N'Djamena on Monday.
"""
    knowledge = _knowledge(tmp_path, "a.txt", text)
    for question in ("Whos Chad's foreign minister?", "whose the foreign minister of Chad"):
        answer = knowledge.answer(question)
        assert answer.intent == "who" and "Abakar Mahamat" in answer.items[0].text, (
            question,
            answer.intent,
            answer.items[:1],
        )


def test_a_word_asking_for_the_newest_telling_is_no_word_an_article_must_write(tmp_path: Path) -> None:
    first = """date: 2026-05-04
source: Test Wire
title: Chad warns Sudan

Chad on Monday gave Sudan a 14-day deadline to reopen the Adre crossing to aid convoys or face a halt to fuel shipments.
"""
    later = """date: 2026-05-20
source: Test Wire
title: Chad extends its deadline

Chad on Tuesday extended the deadline it set for Khartoum to reopen the Adre crossing to 30 days, after a request from the mediators.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    for question in ("what's the current deadline Chad has given Sudan?", "Chad's latest deadline for the crossing?"):
        answer = knowledge.answer(question)
        assert answer.message is None or ("current" not in answer.message and "latest" not in answer.message), (
            question,
            answer.message,
        )
        assert "30 days" in answer.items[0].text and answer.items[0].label is None, (question, answer.items[:2])


def test_a_when_clause_with_its_own_date_is_its_own_event_and_place(tmp_path: Path) -> None:
    # "accused X on Thursday ... the figure it cited when negotiations opened in Riga earlier this month": the opening
    # is the when-clause's act, dated by its own words, in its own place; the Thursday is the accusation's
    from knowledge import load_articles
    from knowledge.extract.events import extract_events
    from knowledge.sentences import split_article

    first = """date: 2026-02-10
source: Test Wire
title: Norland and Vesk open talks in Riga

RIGA, Feb 10 (Test Wire) - Norland and Vesk opened their first formal negotiations in three years on Monday, meeting at the Latvian foreign ministry under Nordic mediation.
"""
    later = """date: 2026-02-27
source: Test Wire
title: Norland says Vesk troop build-up has grown

TALLINN (Test Wire) - Norland accused Vesk on Thursday of moving more soldiers to the edge of the disputed Oskel region while the talks go on, putting their number at about 6,000, up from the 4,500 it cited when negotiations opened in Riga earlier this month.

The talks were overshadowed by an incident on Sunday, when a fisherman was wounded near the village of Kuld.
"""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.txt").write_text(later, encoding="utf-8")
    articles = {a.published.isoformat(): a for a in load_articles(folder).articles}
    article = articles["2026-02-27"]
    events = {
        e.date.iso: e
        for e in extract_events(article, split_article(article.id, article.text, article.body_start))
        if e.date
    }
    assert (
        events["2026-02"].focus == "negotiations opened in Riga earlier this month."
        and events["2026-02"].place == "Riga"
    ), events
    assert events["2026-02-26"].place is None, events["2026-02-26"]
    # (a when-clause with no date of its own, or a clause before it with none, is not cut off: one act, one date)
    from knowledge.extract.events import clause_around

    one = "Somali units withdrew from the village of Kell when the truce took hold on Tuesday."
    assert clause_around(one, one.index("Tuesday")) == one
    said = (
        "Food prices in Kismayo rose sharply in May when the border crossings closed, the central bank said on Friday."
    )
    assert "when the border crossings closed" in clause_around(said, said.index("May"))
    after = (
        "Kenya's parliament ratified the truce on Thursday, a week after Somalia's lawmakers approved it when they met "
        "in an emergency session in Kismayo on June 11."
    )
    assert "approved it" in clause_around(after, after.index("June 11"))
    # (", when" after a date tells what happened then: one clause)
    assert "a fisherman was wounded" in (events["2026-02-22"].focus or ""), events["2026-02-22"]
    answer = KnowledgeBase(list(articles.values())).answer("When did the Norland-Vesk talks open in Riga?")
    assert answer.items[0].date == "2026-02-09", [(i.date, i.text) for i in answer.items]


def test_a_passive_when_question_is_told_by_a_clause_doing_the_act_to_its_subject(tmp_path: Path) -> None:
    text = """date: 2026-03-26
source: Test Wire
title: Lindholm talks close

The round, held on Tuesday and Wednesday in Lindholm, was the first led on the Norland side by Anna Kesk, who replaced Juri Tamm as chief negotiator earlier this month.

Deputy Foreign Minister Juri Tamm had led the Norland delegation since the talks opened in January.

On Monday the mediator dismissed Tamm's proposal for a fisheries fund.

Both delegations agreed to meet again in April.
"""
    knowledge = _knowledge(tmp_path, "a.txt", text)
    for question in ("When was Juri Tamm replaced?", "when was tamm replaced"):
        answer = knowledge.answer(question)
        first = answer.items[0]
        assert first.date == "2026-03" and "replaced Juri Tamm" in first.text and first.label is None, (
            question,
            [(i.date, i.label, i.text) for i in answer.items],
        )


def test_what_a_sides_institution_said_is_that_sides_words_and_none_is_said_so(tmp_path: Path) -> None:
    # "the US State Department", "the State Department": one side's names side by side; over articles where no one
    # speaks for it, the answer says so and shows only closest sentences
    text = """date: 2026-04-02
source: Test Wire
title: Norland and Vesk talks in Lindholm

Norland's Foreign Minister Anna Kesk said the talks in Lindholm were "the last chance for a deal this year".

Vesk's chief negotiator Juri Tamm said his delegation would not discuss the Oskel fisheries until the border is marked.

"Do not ask us to wait another year," Tamm said in a statement posted on the foreign ministry's website.
"""
    knowledge = _knowledge(tmp_path, "a.txt", text)
    for question in (
        "What did the US State Department say about the Lindholm talks?",
        "What did the State Department say about the talks?",
    ):
        answer = knowledge.answer(question)
        assert answer.message, question
        assert all(item.label for item in answer.items), (question, [(i.label, i.text) for i in answer.items])
    # ... and where it speaks, its own words answer, on an issue or not ("provocations" is none)
    spoken = """date: 2026-02-02
source: Test Wire
title: Washington welcomes the talks

The US State Department said on Monday it welcomed the Lindholm talks and urged both sides to avoid provocations.

Kenya's Foreign Minister Anna Kesk said the talks were "the last chance for a deal this year".
"""
    (tmp_path / "spoken").mkdir()
    knowledge = _knowledge(tmp_path / "spoken", "b.txt", spoken)
    for question in (
        "What did the State Department say about provocations?",
        "What did the US State Department say about the Lindholm talks?",
    ):
        _answered_first(knowledge, (question,), "urged both sides to avoid provocations")


def test_the_next_round_asked_where_is_the_newest_round_still_to_be_held_whatever_its_count(tmp_path: Path) -> None:
    first = """date: 2026-03-01
source: Test Wire
title: Norland and Vesk open talks, agree to meet again in Riga

Presidents of the two countries met in Narva in December 2023 and signed a declaration, but follow-up meetings stalled in 2024.

Mediator Anna Kesk said she would travel to Riga and Vilnius before the second round of talks.

The delegations agreed to meet again in Riga on March 20, with technical teams working by video in the meantime.

The next round of talks will be held in Riga on March 20, the mediator said.
"""
    later = """date: 2026-03-25
source: Test Wire
title: Riga talks close

A joint border commission will be based in the city of Valga and will hold its first session within three weeks.

The third round will be held in Tallinn on April 21, Kesk said.
"""
    summit = """date: 2026-04-02
source: Test Wire
title: Regional summit

A summit of Baltic leaders will be held in Vilnius on May 3 to discuss energy links.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": later, "c.txt": summit})
    _answered_first(
        knowledge,
        ("where is the next round?", "next round of talks when and where", "where will they meet next?"),
        "Tallinn",
    )


def test_a_bodys_size_asked_in_the_present_is_its_members_as_the_newest_article_tells(tmp_path: Path) -> None:
    first = """date: 2026-02-10
source: Test Wire
title: Norland and Vesk open talks

The mediators tabled a proposal for a 9-member joint fisheries commission, with four members named by each country and one by the mediators.
"""
    later = """date: 2026-03-26
source: Test Wire
title: Fisheries commission agreed

The joint fisheries commission will have 13 members: six named by each country, plus one from the mediators.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    _answered_first(
        knowledge, ("How big is the fisheries commission?", "how large is the joint commission"), "13 members"
    )


def test_a_side_keeping_to_a_truce_backs_it(tmp_path: Path) -> None:
    text = """date: 2026-04-19
source: Test Wire
title: Easter truce

Somalia declared a 30-hour Easter truce on Saturday.

Kenya's President Anna Kesk said Kenya would abide by the truce as long as Somalia did.

Somalia's chief negotiator Juri Tamm said his country would honour the ceasefire but respond to any attack.
"""
    knowledge = _knowledge(tmp_path, "a.txt", text)
    # (only an accord kept is backed: "stick to its refusal", "honour the dead" back nothing)
    from knowledge.extract.positions import _STANCE_CUES

    supports = dict(_STANCE_CUES)["supports"]
    assert supports.search("Somalia would stick to its refusal to pay compensation to Kenyan fishermen.") is None
    assert supports.search("Kenya will honour the dead of the border war at a ceremony on Friday.") is None
    answer = knowledge.answer("!positions Kenya")
    first = answer.items[0]
    assert (first.party, first.issue, first.stance) == ("Kenya", "ceasefire", "supports"), answer
    assert "abide by the truce" in first.text, first


def test_the_new_holder_of_a_post_named_in_apposition_holds_it_and_the_current_one_is_the_newest(
    tmp_path: Path,
) -> None:
    first = """date: 2026-04-07
source: Test Wire
title: Talks in Tamsk

The talks in Tamsk are mediated by Ostland's envoy, Marta Kuhn, a former interior minister.

The next round is set for April 20 in Tamsk, Kuhn said.
"""
    later = """date: 2026-05-05
source: Test Wire
title: New mediator

Ostland named a new mediator, Piet Aldo, a career diplomat, after Marta Kuhn took up a post at the United Nations.

Aldo will leave for Geneva on Thursday to brief the Security Council, his office said.

About 5,000 families went home to Kell in April, the UN refugee agency said.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    assert knowledge.answer("!who Piet Aldo").items[0].text.startswith("Piet Aldo — mediator")
    answer = knowledge.answer("Who is the current mediator?")
    assert answer.items[0].text.startswith("Piet Aldo"), [(i.label, i.text) for i in answer.items]
    # "where is Aldo going?": a place told of him, before one naming no one ("families went home to Kell")
    for question in ("where is Aldo going on Thursday?", "Wheres Aldo going on Thursday?"):
        assert "Geneva" in knowledge.answer(question).items[0].text, question


def test_until_when_asks_the_day_written_after_until_and_when_asks_the_act(tmp_path: Path) -> None:
    text = """date: 2026-10-23
source: Test Wire
title: Leaders put off the border vote

Somali and Kenyan leaders on Thursday agreed to extend the fishing truce but stopped short of approving the border map, deferring the vote until December amid Kenyan objections.
"""
    knowledge = _knowledge(tmp_path, "a.txt", text)
    _dated_first(knowledge, ("border map vote deferred until when", "until when was the vote deferred?"), "2026-12")
    _dated_first(knowledge, ("when was the border map vote deferred?",), "2026-10-22")


def test_a_deadline_extended_to_a_day_is_asked_as_it_stands_and_a_cancellation_by_the_sentence_telling_it(
    tmp_path: Path,
) -> None:
    first = """date: 2026-03-12
source: Test Wire
title: Kenya and Somalia open talks in Ankara

In one tangible outcome, the two foreign ministers announced on Wednesday that they would make a joint visit to the border crossing at Mandera on March 31 to meet herders on both sides.

The mediators have set June 8 as the deadline for a framework agreement, 90 days after the talks opened.
"""
    later = """date: 2026-05-15
source: Test Wire
title: Mediators extend deadline

A joint visit by the two foreign ministers to the Mandera crossing, announced with fanfare in Ankara, was cancelled on March 30, the day before it was due to take place.

The mediators also announced that the deadline for a framework agreement, originally set for June 8, had been extended to August 31.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    _dated_first(knowledge, ("current deadline for the framework agreement?",), "2026-08-31")
    _dated_first(
        knowledge,
        ("When was the joint visit by the two foreign ministers cancelled?", "when was the mandera visit called off"),
        "2026-03-30",
    )


def test_a_reason_given_at_someones_request_or_cited_answers_why_and_due_to_open_is_no_cause(tmp_path: Path) -> None:
    first = """date: 2026-03-09
source: Test Wire
title: Mombasa round pushed back

NAIROBI, March 9 (Test Wire) - Kenya has replaced its chief negotiator in the sea talks with Somalia, and the mediators said on Monday that the second round, due to open in Mombasa this Thursday, would be delayed by almost two weeks.

In a joint statement on Monday, the mediators said the Mombasa round, originally set for March 12, had been moved to March 24 at the request of the Kenyan government, to give the new head of delegation time to prepare.
"""
    second = """date: 2026-03-26
source: Test Wire
title: Kismayo round pushed back

The third round, which had been set to open in Kismayo on April 14, will now begin on April 27, the African Union said in a short statement. It cited "scheduling requirements of the mediation team" and a session of its Peace and Security Council.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": second})
    answer = knowledge.answer("why was the mombasa round postponed")
    assert "at the request of the Kenyan government" in answer.items[0].text, [(i.label, i.text) for i in answer.items]
    answer = knowledge.answer("Why was the Kismayo round postponed?")
    assert any("scheduling requirements" in i.text for i in answer.items[:2]), [(i.label, i.text) for i in answer.items]


def test_where_the_most_recent_talks_were_held_is_the_newest_articles_place(tmp_path: Path) -> None:
    first = """date: 2025-05-23
source: Test Wire
title: Talks in Istanbul

Kenyan and Somali negotiators held their first direct peace talks in more than three years earlier this month in Istanbul.
"""
    second = """date: 2025-08-09
source: Test Wire
title: Summit announced

The meeting will be the first between the two presidents since they held a meeting in Geneva in 2021.
"""
    third = """date: 2026-01-30
source: Test Wire
title: Talks in the Gulf

The Somali president later said the fishing issue was discussed during peace talks held in Abu Dhabi last week.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": second, "c.txt": third})
    _answered_first(
        knowledge,
        ("where were the most recent peace talks held", "where did the latest talks take place?"),
        "Abu Dhabi",
    )


def test_a_side_announcing_what_its_titled_official_will_do_gives_the_official_its_side(tmp_path: Path) -> None:
    text = """date: 2026-02-17
source: Test Wire
title: Talks in Jeddah

Somalia said Foreign Minister Abdi Warsame will hold talks with Kenyan officials in Jeddah on Tuesday.

Kenya said Foreign Minister Mary Wanjiru's remarks on the border were unhelpful.
"""
    knowledge = _knowledge(tmp_path, "a.txt", text)
    answer = knowledge.answer("who is somalia's foreign minister")
    assert answer.items[0].text.startswith("Abdi Warsame"), (answer.message, [i.text for i in answer.items])
    # (one whose remarks the side speaks of is not given its side outright: at most named near it, and said so)
    answer = knowledge.answer("who is kenya's foreign minister")
    assert answer.message and "do not say outright whose" in answer.message, answer.message


def test_review_r8_an_extended_truce_a_called_off_round_a_due_to_cause_and_an_obligation_honoured(
    tmp_path: Path,
) -> None:
    first = """date: 2026-03-20
source: Test Wire
title: Truce extended

The truce, which had been due to end on March 31, was extended to April 30, the mediators said on Wednesday.

Talks in Entebbe on a second prisoner exchange between Kenya and Somalia were called off on Monday.

A visit to Nairobi by the detainees' lawyers was cancelled due to travel restrictions imposed by Kenya.

A planned site visit was postponed at the Somali delegation's request.

Somalia will honour its obligations under the exchange deal, its foreign ministry said.
"""
    knowledge = _knowledge(tmp_path, "a.txt", first)
    _dated_first(knowledge, ("when does the extended truce end?",), "2026-04-30")
    _dated_first(
        knowledge, ("when were the Entebbe talks called off?", "when were the Entebbe talks cancelled?"), "2026-03-16"
    )
    answer = knowledge.answer("why was the lawyers' visit cancelled?")
    assert "travel restrictions" in answer.items[0].text and answer.items[0].label is None, answer
    answer = knowledge.answer("why was the site visit postponed?")
    assert "at the Somali delegation's request" in answer.items[0].text and answer.items[0].label is None, answer
    from knowledge.extract.positions import _STANCE_CUES

    supports = dict(_STANCE_CUES)["supports"]
    assert supports.search("Somalia will honour its obligations under the exchange deal, its foreign ministry said.")
    from knowledge.answering.router import without_contractions

    assert without_contractions("whos signed the deal?") == "who has signed the deal?"


def test_a_deputy_holds_no_post_and_a_plan_first_set_for_a_day_then_moved_is_asked_as_it_stands(tmp_path: Path) -> None:
    first = """date: 2026-03-12
source: Test Wire
title: Geneva round ends

Kenya's delegation was led by Deputy Foreign Minister Otieno Waweru, the government's chief negotiator.

Foreign Minister Mary Wanjiru, speaking in Nairobi on Wednesday, said her government would not sign a bad deal.

The next round is scheduled for April 14 in Vienna.
"""
    later = """date: 2026-04-09
source: Test Wire
title: Vienna round delayed

The mediators said in a statement on Wednesday that the Vienna round, originally planned for April 14, would now open on April 28 and run for two days.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": later})
    answer = knowledge.answer("who is Kenya's foreign minister")
    shown = f"{answer.message} {answer.items[0].text}"
    assert "Mary Wanjiru" in shown and "Otieno Waweru —" not in shown, shown
    assert knowledge.answer("who is Kenya's deputy foreign minister").items[0].text.startswith("Otieno Waweru")
    _dated_first(knowledge, ("vienna round date?", "when is the Vienna round?"), "2026-04-28")


def test_a_count_that_has_risen_to_a_figure_tells_how_it_stands(tmp_path: Path) -> None:
    first = """date: 2026-03-19
source: Test Wire
title: Trucks pile up

The number of trucks stranded on both sides of the border has climbed to about 5,100, according to the Kenya-Somalia Joint Chamber of Commerce.
"""
    second = """date: 2026-03-26
source: Test Wire
title: Trucks still waiting

About 6,300 trucks are now stranded on both sides, according to the chamber of commerce.
"""
    third = """date: 2026-04-04
source: Test Wire
title: Record queue

The number of trucks stranded on both sides of the border has risen to about 7,400, the chamber said on Thursday, the highest since the closures began.
"""
    knowledge = _corpus(tmp_path, {"a.txt": first, "b.txt": second, "c.txt": third})
    _answered_first(knowledge, ("How many trucks are stranded at the border now?",), "7,400")
