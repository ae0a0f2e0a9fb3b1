"""Classes of wording new users typed that the articles tell in other words, on text written for these tests:
a measure asked with "how", a verb of the mind, a word no article uses, role abbreviations, whom a demand was
asked of, and a clause that leaves its verb to the clause before."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Intent, KnowledgeBase
from knowledge.answering.context import CLOSEST_LABEL
from knowledge.matching import parties_in_question
from tests.conftest import knowledge_over

LOAN = """date: 2026-04-09
source: Lowland Post
title: Dutch premier Vos holds out on the harbour fund

Dutch Prime Minister Henk Vos refused to approve the €80 billion harbour fund on Wednesday, warning he would do everything in his power to stop it unless all members share the risk.

The finance ministers are considering the fund again in May, an official said.

Latvian President Ilze Berzina said she has asked lawmakers to prepare changes allowing a referendum on the fund, while urging Germany to guarantee the loans.

"We are realists. We know for sure that neither Germany nor Poland sees Latvia in the fund this year," Berzina said.

Berzina said Latvia could hold the referendum within 45 days if the fund is approved.

Envoy Mart Kuusk met Vos in Utrecht on Tuesday, and the talks covered port tariffs, the fund and rail links with Poland.

In 2019, Kuusk became deputy head of the Baltic desk, and in March of the same year, the head of the Tallinn Port Authority.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("paraphrase") / "corpus", {"loan.txt": LOAN})


def test_how_big_asks_for_a_figure_not_for_the_word_big(kb: KnowledgeBase) -> None:
    for question in ("How big is the harbour fund?", "how large is the harbour fund the ministers are weighing"):
        answer = kb.answer(question)
        assert answer.found
        assert "€80 billion" in answer.items[0].text, question
        assert question.split()[1] not in kb.context.question(question).groups.__repr__()


def test_how_soon_asks_for_a_span(kb: KnowledgeBase) -> None:
    answer = kb.answer("how soon could Latvia hold the referendum according to Berzina?")
    assert answer.found
    assert "within 45 days" in answer.items[0].text
    assert answer.items[0].label is None


def test_a_verb_of_the_mind_is_no_word_the_answer_must_hold(kb: KnowledgeBase) -> None:
    answer = kb.answer("Does Berzina think Germany sees Latvia in the fund?")
    assert answer.found
    assert "neither Germany nor Poland" in answer.items[0].text
    assert answer.items[0].label is None
    assert not any(group.word.startswith("think") for group in kb.context.question("does Vos think it works").groups)


def test_a_question_whose_only_word_no_article_uses_still_finds_what_it_names(kb: KnowledgeBase) -> None:
    answer = kb.answer("Besides the fund what else was on the agenda in Utrecht?")
    assert answer.found  # "agenda" is what the talks "covered"
    assert "port tariffs" in answer.items[0].text
    unknown_word = kb.answer("what was the zeitgeist in Utrecht?")
    assert unknown_word.found  # the one word no article uses leaves what the question names to go on, labelled
    assert unknown_word.items[0].label == CLOSEST_LABEL
    assert "Utrecht" in unknown_word.items[0].text


def test_a_role_abbreviation_is_the_role_not_a_place(kb: KnowledgeBase) -> None:
    question = kb.context.question("Dutch PM threatened what if the risk is not shared?")
    assert not question.places
    assert {"prime", "minister"} <= {group.word for group in question.groups}
    answer = kb.answer("Dutch PM threatened what if the risk is not shared?")
    assert answer.found
    assert "warning he would do everything" in answer.items[0].text


@pytest.mark.parametrize("word", ["chief", "agenda", "purpose"])
def test_an_english_word_of_the_talks_is_no_misspelt_country(word: str) -> None:
    assert parties_in_question(f"the {word} of the desk") == []
    assert parties_in_question("the Ukriane delegation") == ["Ukraine"]  # a typo of a country is still read


def test_a_demand_asked_of_neither_party_nor_person_is_not_another_demand_of_the_sentence(kb: KnowledgeBase) -> None:
    answer = kb.answer("what has Berzina asked parliament to do?")
    assert answer.intent is Intent.DEMANDS
    assert answer.found
    assert "asked lawmakers to prepare changes" in answer.items[0].text  # not "Latvia -> Germany: guarantee the loans"
    # the sentence says that very asking of lawmakers: the answer, though the extraction kept no demand of them
    assert answer.items[0].label is None


def test_a_clause_naming_the_place_asked_gives_the_date_its_verb_left_to_the_clause_before(kb: KnowledgeBase) -> None:
    answer = kb.answer("When did Kuusk become Tallinn Port Authority chief?")
    assert answer.found
    assert answer.items[0].date == "2019-03"
    deputy = kb.answer("When did Kuusk become deputy head of the Baltic desk?")
    assert deputy.items[0].date == "2019"


COUNCIL = """date: 2026-05-14
source: Alpine Ledger
title: Swiss spokesman and Tarnian premier weigh in on the river accord

Furthermore, Lukas Imhof, a spokesman for the Swiss Foreign Ministry, denounced the tariffs at a briefing on Thursday, saying Bern opposes measures that lack "a basis in the accord."

- On May 11, Imhof said that the names of the Swiss observers would be announced only when the council "deems it necessary."

The observers will be led by Anna Roth, a former judge, who already took part in the Lugano talks.

Tarnian Prime Minister Edda Salm said this in an interview with the Alpine Ledger.

Salm said the accord was "a fair start" for the river valley.

Tarnian President Aldo Kesk on Tuesday said he is "ready" to hold parliamentary elections within 60 days if the accord is signed.

President Mira Feld of Velm met President Oskar Lind of Orsa on Wednesday.

On April 2, the cabinet appointed Jonas Brandt as Tarnian defence minister.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("council") / "corpus", {"council.txt": COUNCIL})


def test_a_name_opening_a_sentence_that_says_saying_speaks_in_it(council: KnowledgeBase) -> None:
    answer = council.answer("what did Lukas Imhof say?")
    assert answer.found
    assert any("denounced the tariffs" in item.text and item.label is None for item in answer.items)


def test_a_party_with_no_extracted_position_answers_by_those_who_speak_for_it(council: KnowledgeBase) -> None:
    answer = council.answer("Switzerland position on the tariffs")
    assert answer.intent is Intent.POSITIONS
    assert answer.found
    assert any("denounced the tariffs" in item.text for item in answer.items)
    assert all("Imhof" in item.text for item in answer.items)
    assert answer.message is not None and "speaking for Switzerland" in answer.message


def test_a_persons_statements_closest_to_a_topic_they_never_named_come_first(council: KnowledgeBase) -> None:
    answer = council.answer("what did Imhof say about the river valley?")
    assert answer.found
    assert all("Imhof" in item.text for item in answer.items[:2])  # his words first, then anyone's on the valley
    assert any("river valley" in item.text for item in answer.items[2:])
    assert answer.message is not None and "statements by Lukas Imhof closest to it" in answer.message
    assert all(item.label == CLOSEST_LABEL for item in answer.items)
    unheard = council.answer("what did Imhof say about the delegation?")  # no article says "delegation"
    assert unheard.found
    assert all(item.label == CLOSEST_LABEL for item in unheard.items)
    never = council.answer("what did Imhof say about Antarctica?")
    assert not never.found  # a topic the articles never tell is not answered with his other words


def test_a_new_post_is_one_an_appointment_gives_or_the_answer_says_none_is_told(council: KnowledgeBase) -> None:
    given = council.answer("Jonas Brandt's new job?")
    assert given.found
    assert "defence minister" in given.items[0].text.lower()
    assert given.message is None
    titled = council.answer("Salm's new job?")
    assert titled.found
    assert titled.message is not None and "No sentence tells of a new post for Edda Salm" in titled.message


def test_the_day_someone_said_they_were_ready_is_no_date_for_what_is_to_come(council: KnowledgeBase) -> None:
    answer = council.answer("What date are the Tarnian parliamentary elections scheduled for?")
    assert answer.found
    assert answer.items[0].label == CLOSEST_LABEL  # never "[Tuesday] the elections" as the answer


def test_a_family_word_far_more_common_than_the_word_asked_holds_nothing(council: KnowledgeBase) -> None:
    answer = council.answer("when are the presidential elections in Tarnia?")
    assert not any(
        "Feld" in item.text and item.label is None for item in answer.items
    )  # "President Mira Feld" holds no "presidential"


CALLS = """date: 2026-03-12
source: Harbour Times
title: Kesk and Varo speak by phone

During the call, Estonian President Aldo Kesk requested additional coastal radar systems.

Estonia also asked for a seat at the river commission, an aide said.

Kesk made a personal request to Varo to keep the ferries running.
"""

LATER = """date: 2026-09-02
source: Harbour Times
title: Kesk urges Latvia to reopen the border

Kesk urged Latvia to reopen the northern border crossings before winter.
"""


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("calls") / "corpus", {"calls.txt": CALLS, "later.txt": LATER})


def test_requested_and_asked_for_state_demands_never_the_noun_request(calls: KnowledgeBase) -> None:
    texts = [item.text for item in calls.answer("!demands Estonia").items]
    assert any("additional coastal radar systems" in text for text in texts)
    assert any("a seat at the river commission" in text for text in texts)
    assert not any("ferries" in text for text in texts)  # "made a personal request to": the noun


def test_what_someone_asked_for_in_a_month_puts_that_months_demands_first(calls: KnowledgeBase) -> None:
    answer = calls.answer("what did Kesk ask Latvia for in their March call?")
    assert answer.intent is Intent.DEMANDS
    assert answer.found
    assert "coastal radar" in answer.items[0].text
    later = calls.answer("what did Kesk ask for in September?")
    assert "border" in later.items[0].text


def test_a_requested_thing_is_a_demand(calls: KnowledgeBase) -> None:
    answer = calls.answer("Kesk ask for more radars?")
    assert answer.intent is Intent.DEMANDS
    assert answer.found
    assert answer.items[0].label is None
    assert "coastal radar" in answer.items[0].text


PORTS = """date: 2026-07-03
source: Delta Wire
title: Kesk hails the offer of direct talks on the delta ports

- On June 28, Varo offered direct talks on the delta ports without preconditions.

Kesk called it "a real chance for both banks of the river."

The Estonian side described the call as "a very good conversation, with jokes," an official said.

The Estonian spokesperson said there are "no major obstacles" to the port talks.

Lavrin cast doubt on Friday over Narva as a potential location for port talks.

The measures target Baltmor and Portline, Estonia's two largest shipping companies.

Estonia condemned the latest port measures targeting its shipping companies.

Estonian President Aldo Kesk and Latvian envoy Ilmars Varo spoke to reporters in Narva.
"""


@pytest.fixture(scope="module")
def ports(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("ports") / "corpus", {"ports.txt": PORTS})


def test_what_the_person_asked_about_did_comes_before_what_others_did(ports: KnowledgeBase) -> None:
    answer = ports.answer("What did Kesk call Varo's offer of direct talks?")
    assert answer.found
    # (his word on it, shown as his statement: "Aldo Kesk (Estonian President): Kesk called it ...")
    assert "Kesk called it" in answer.items[0].text and answer.items[0].label is None


def test_does_a_side_see_is_what_it_says_not_a_verb_the_answer_must_hold(ports: KnowledgeBase) -> None:
    answer = ports.answer("Does Estonia see any obstacles to the port talks?")
    assert answer.found
    assert "no major obstacles" in answer.items[0].text
    assert answer.items[0].label is None


def test_a_partys_side_is_the_party_not_the_word_side(ports: KnowledgeBase) -> None:
    question = ports.context.question("how did Tallinn's side characterise the call?")
    assert "side" not in {group.word for group in question.groups}
    assert "Estonia" in question.parties


def test_which_companies_is_answered_by_a_sentence_naming_them(ports: KnowledgeBase) -> None:
    answer = ports.answer("which shipping companies do the measures target?")
    assert answer.found
    assert "Baltmor and Portline" in answer.items[0].text


def test_going_to_a_named_place_is_travelling_there(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "trip.txt": "date: 2026-07-04\nsource: Delta Wire\ntitle: Kesk stays home\n\n"
            "Estonian President Aldo Kesk will also not travel to Latvia for the port talks, an aide said.\n\n"
            "The talks in Riga will be led by envoys.\n"
        },
    )
    question = kb.context.question("is Kesk going to Latvia?")
    assert "travel" in {group.word for group in question.groups}
    answer = kb.answer("is Kesk going to Latvia?")
    assert answer.found
    assert "not travel to Latvia" in answer.items[0].text
    assert answer.items[0].label is None
    # ... while "going to meet" tells the future: neither a journey nor a word to find
    assert not {"go", "travel"} & {group.own for group in kb.context.question("is Kesk going to meet Varo?").groups}


SUMMIT = """date: 2026-08-09
source: Northern Post
title: Kesk and Varo to meet in Bergen

Velm President Rune Varo announced on Friday that he would meet Estonian President Aldo Kesk in Bergen on August 15.

It is unclear whether Lumi Salo will have any involvement in the Bergen summit.

Kesk last set foot on Norwegian soil in September 2015, when he traveled to Oslo for a fisheries forum.

The Holy See press office declined to comment further.

As reported by Radio Borealis, which has seen the document, the draft foresees a special commission to examine violations of the truce.

Estonian Foreign Minister Tiit Rebane cast doubt on Friday over the Holy See as a potential venue, saying it would be "a bit inelegant".

Rebane said Varo's actions were "bold, but we must hope they succeed."
"""


@pytest.fixture(scope="module")
def summit(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("summit") / "corpus", {"summit.txt": SUMMIT})


def test_who_did_an_act_is_answered_by_a_sentence_telling_that_act(summit: KnowledgeBase) -> None:
    answer = summit.answer("Who announced the Bergen summit date?")
    assert answer.found
    assert "Varo announced" in answer.items[0].text


def test_a_when_question_of_one_word_is_told_by_a_clause_holding_it(summit: KnowledgeBase) -> None:
    answer = summit.answer("When was Kesk last on Norwegian soil?")
    assert answer.found
    assert answer.items[0].date == "2015-09"
    assert answer.items[0].label != CLOSEST_LABEL


def test_anything_asks_nothing(summit: KnowledgeBase) -> None:
    answer = summit.answer("Did the Holy See press office say anything?")
    assert answer.found
    assert "declined to comment" in answer.items[0].text
    assert answer.items[0].label is None


def test_which_outlet_is_answered_by_a_sentence_naming_one_and_a_verb_after_it_is_no_compound(
    summit: KnowledgeBase,
) -> None:
    question = summit.context.question("which outlet saw the draft document")
    assert "outlet" not in question.modifiers
    answer = summit.answer("which outlet saw the draft document")
    assert answer.found
    assert "Radio Borealis" in answer.items[0].text
    assert answer.items[0].label is None


def test_a_view_asked_by_a_fragment_is_what_the_person_said(summit: KnowledgeBase) -> None:
    answer = summit.answer("Rebane Holy See view?")
    assert answer.intent is Intent.SAID
    assert answer.found
    assert "Rebane" in answer.items[0].text
    taken = summit.answer("Rebane's take on the Holy See")
    assert taken.found
    assert "Rebane" in taken.items[0].text


def test_phrases_for_reporting_examining_and_actions(summit: KnowledgeBase) -> None:
    broke = summit.context.question("who broke the news about the draft?")
    assert "report" in {group.own for group in broke.groups}
    body = summit.answer("is there a body to look into truce violations?")
    assert "special commission to examine violations" in body.items[0].text
    moves = summit.answer("How did Rebane characterise Varo's moves?")
    assert "bold" in moves.items[0].text


def test_a_country_can_be_the_who(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "draft.txt": "date: 2026-02-04\nsource: Delta Wire\ntitle: Draft on the truce\n\n"
            "Under the draft, a system of guarantees is to be launched with two components:\n\n"
            "- participation in a Swiss-led mechanism to monitor and verify the truce\n\n"
            "- a special commission to examine violations\n"
        },
    )
    answer = kb.answer("Who would lead the truce monitoring mechanism?")
    assert answer.found
    assert "Swiss-led mechanism" in answer.items[0].text
    assert answer.items[0].label is None


def test_a_place_named_elsewhere_in_the_article_does_not_unsettle_a_date_naming_everyone(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "visit.txt": "date: 2026-05-16\nsource: Delta Wire\ntitle: Kesk and Varo talk ports\n\n"
            "Earlier, Estonian President Aldo Kesk arrived in Riga for a meeting with Latvian President Ilmars Varo.\n\n"
            "The two ports handle most of the region's grain.\n\n"
            "Following his meeting with Kesk on Thursday, Varo said Latvia would host the next round.\n"
        },
    )
    answer = kb.answer("Varo Kesk Riga meeting date?")
    assert answer.found
    assert answer.items[0].date == "2026-05-14"
    assert answer.items[0].label is None


def test_made_before_a_post_is_appointed(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "post.txt": "date: 2026-07-30\nsource: Delta Wire\ntitle: Kesk named council secretary\n\n"
            "As reported earlier, on July 18, President Ilmars Varo appointed Aldo Kesk as Secretary of the Harbour "
            "Security Council.\n\nKesk made a personal request to the ministers on July 20.\n"
        },
    )
    question = kb.context.question("When was Kesk made Harbour Security Council secretary?")
    assert "appointed" in {group.word for group in question.groups}
    answer = kb.answer("When was Kesk made Harbour Security Council secretary?")
    assert answer.items[0].date == "2026-07-18"
    assert answer.items[0].label is None
    assert "make" in {group.own for group in kb.context.question("when was the request made").groups}


ROUNDS = """date: 2026-01-25
source: Gulf Wire
title: First three-way talks in Doha

Estonia was represented exclusively by military officials at the talks in Doha on January 23.

Indeed, Estonian President Aldo Kesk made a personal request to Latvian President Ilmars Varo to refrain from closing the port for a week, until February 1.

Pope Leo said the Vatican could act as a mediator in regional disputes.
"""

EARLIER = """date: 2025-05-17
source: Baltic Wire
title: Talks in Riga end

The head of the Estonian delegation, Tiit Rebane, said the talks in Riga were useful.
"""


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("rounds") / "corpus", {"rounds.txt": ROUNDS, "earlier.txt": EARLIER})


def test_until_what_date_asks_a_date_not_a_demand(rounds: KnowledgeBase) -> None:
    answer = rounds.answer("until what date did Kesk ask Varo to refrain from closing the port")
    assert answer.intent is Intent.TIMELINE
    assert answer.items[0].date == "2026-02-01"


def test_a_titles_words_name_the_speaker_not_the_topic(rounds: KnowledgeBase) -> None:
    answer = rounds.answer("what did the pope say about a truce at christmas")
    assert not any(item.label is None and "mediator" in item.text for item in answer.items)


def test_a_role_held_in_another_round_is_no_answer_for_this_one(rounds: KnowledgeBase) -> None:
    answer = rounds.answer("Who headed Estonia's military delegation in Doha?")
    assert not any(item.label is None and "Rebane" in item.text for item in answer.items)
    assert answer.message is not None and "Tiit Rebane" in answer.message
    same = rounds.answer("Who headed Estonia's delegation in Riga?")
    assert "Tiit Rebane" in same.items[0].text


STALLED = """date: 2026-10-22
source: Gulf Wire
title: Kesk-Varo meeting put off

A meeting between Estonian Foreign Minister Tiit Rebane and Latvian Foreign Minister Ilze Berzina, ahead of a summit of the two presidents, has been postponed indefinitely.

Estonia said on Monday that Rebane and Berzina held a "constructive" conversation as part of preparations for the meeting, according to ERR.

Rebane arrived in Riga earlier Wednesday in what is his fifth visit to Latvia since the start of the year.

Latvia has stepped up its tariffs on Estonian goods in recent weeks, despite a successful prisoner swap conducted late last week.
"""


@pytest.fixture(scope="module")
def stalled(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("stalled") / "corpus", {"stalled.txt": STALLED})


def test_a_status_is_answered_by_what_came_of_it(stalled: KnowledgeBase) -> None:
    answer = stalled.answer("rebane berzina meeting status?")
    assert "postponed indefinitely" in answer.items[0].text


def test_a_where_answer_names_a_place_and_a_source_is_no_place(stalled: KnowledgeBase) -> None:
    answer = stalled.answer("Where was the Rebane-Berzina conversation supposed to be held?")
    assert not any(item.label is None and "according to ERR" in item.text for item in answer.items)


def test_an_ordinal_visit_counts_the_visits(stalled: KnowledgeBase) -> None:
    answer = stalled.answer("how many times has Rebane been to Latvia this year?")
    assert "fifth visit" in answer.items[0].text
    assert answer.items[0].label is None


def test_a_comparative_names_no_thing_the_articles_must_name(stalled: KnowledgeBase) -> None:
    answer = stalled.answer("Did a prisoner exchange happen despite the heavier tariffs?")
    assert answer.found
    assert "prisoner swap" in answer.items[0].text


def test_a_short_word_one_letter_off_is_the_word_the_articles_use(stalled: KnowledgeBase) -> None:
    answer = stalled.answer("Rebane Berzina meeting postpned?")
    assert "postponed indefinitely" in answer.items[0].text
    assert stalled.context.ranker.absent_words(stalled.context.question("latvia tarifs")) == []


def test_a_reaction_to_something_is_what_the_person_said(stalled: KnowledgeBase) -> None:
    answer = stalled.answer("Rebane reaction to the meeting")
    assert answer.intent is Intent.SAID


def test_tv_is_television() -> None:
    from knowledge.answering.router import parse_question

    assert "television" in parse_question("which general was Kesk talking to on TV?").cleaned


def test_a_date_set_for_something_is_not_the_day_someone_said_they_were_ready(council: KnowledgeBase) -> None:
    answer = council.answer("What date has Kesk set for the parliamentary elections?")
    assert answer.items[0].label == CLOSEST_LABEL


def test_a_count_of_something_else_is_no_answer_to_how_many(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "team.txt": "date: 2026-05-14\nsource: Delta Wire\ntitle: Team named\n\n"
            "Kesk said it would not be comfortable for Oslo to host delegations from two Baltic countries.\n\n"
            "The Estonian delegation will be led by Tiit Rebane, who took part in the Riga talks.\n\n"
            "People in Oslo welcomed the delegation.\n"
        },
    )
    answer = kb.answer("How many people were in Estonia's Oslo delegation?")
    assert answer.message == "No sentence gives the number asked for."
    assert all(item.label == CLOSEST_LABEL for item in answer.items)


FERRIES = """date: 2026-06-05
source: Baltic Wire
title: Ferry talks

On June 1, Kesk suggested that Latvia resume direct talks on June 9 in Narva without preconditions.

Latvia, which holds the bulk of the frozen ferry fares through the clearing house Portbank, refused to release them.

Tiit Rebane has been the head of the Harbour Office since February 2020, succeeding Juri Sepp.

Baltic leaders on Thursday committed to meeting Estonia's ferry needs for 2027.

During the call, Kesk requested additional coastal radar systems from Finland.

- WP wrote that Estonia could be represented at the talks in Narva by Foreign Minister Rebane.
"""


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("ferries") / "corpus", {"ferries.txt": FERRIES})


def test_restarting_talks_is_resuming_them(ferries: KnowledgeBase) -> None:
    answer = ferries.answer("What date did Kesk propose for restarting direct negotiations with Latvia?")
    assert answer.items[0].date == "2026-06-01"
    assert answer.items[0].label is None


def test_a_country_named_is_a_where_answer(ferries: KnowledgeBase) -> None:
    answer = ferries.answer("Where are most of the frozen ferry fares held?")
    assert "Portbank" in answer.items[0].text
    assert answer.items[0].label is None


def test_since_a_month_says_how_long(ferries: KnowledgeBase) -> None:
    answer = ferries.answer("How long has Rebane been head of the Harbour Office?")
    assert "since February 2020" in answer.items[0].text
    assert answer.message != "No sentence gives the duration asked for."


def test_a_promise_is_a_commitment(ferries: KnowledgeBase) -> None:
    answer = ferries.answer("what did Baltic leaders promise Estonia for 2027")
    assert "committed to meeting" in answer.items[0].text
    assert answer.items[0].label is None


def test_extra_and_own_and_hoping_name_nothing_to_find(ferries: KnowledgeBase) -> None:
    extra = ferries.answer("where would the extra coastal radar systems come from")
    assert extra.found
    assert any("additional coastal radar" in item.text for item in extra.items)
    question = ferries.context.question("What was Kesk hoping to get from Latvia?")
    assert "hoping" not in {group.word for group in question.groups}


def test_a_capital_represented_is_its_government(ferries: KnowledgeBase) -> None:
    answer = ferries.answer("Who did the Washington Post think might represent Tallinn in Narva?")
    assert answer.found
    assert "WP wrote" in answer.items[0].text


def test_someones_comments_on_a_topic_are_what_they_said(ferries: KnowledgeBase) -> None:
    assert ferries.context.question("Kesk's comments on the ferries").kind == "said"


def test_whom_someone_met_is_told_by_a_sentence_saying_they_met(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "oslo.txt": "date: 2026-06-21\nsource: Fjord Post\ntitle: Envoy in Oslo\n\n"
            "Kesk was accompanied in Oslo by deputy envoy Tiit Rebane, who visited Norway in May to negotiate a deal.\n\n"
            "Estonian envoy Aldo Kesk met with Norwegian Prime Minister Ola Strand to seek his support.\n"
        },
    )
    answer = kb.answer("Who did Kesk meet in Oslo?")
    assert "met with Norwegian Prime Minister Ola Strand" in answer.items[0].text


def test_a_place_spelt_the_other_way_is_found(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "pause.txt": "date: 2026-01-30\nsource: Delta Wire\ntitle: Pause confirmed\n\n"
            "President Aldo Kesk made a personal request to President Rune Varo to refrain from striking Kyiv for a "
            "week, in order to create favorable conditions for negotiations.\n"
        },
    )
    answer = kb.answer("why did Kesk ask Varo to stop bombing kiev")
    assert answer.found
    assert "refrain from striking Kyiv" in answer.items[0].text


def test_an_old_post_is_never_the_new_one_given_as_it(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "office.txt": "date: 2026-01-02\nsource: Delta Wire\ntitle: New head of the office\n\n"
            "President Rune Varo reported that the head of the harbour police Aldo Kesk will replace Tiit Rebane as "
            "the new head of the President's Office.\n"
        },
    )
    answer = kb.answer("Kesk old job?")
    assert not any(item.label is None and "head of the President" in item.text for item in answer.items)


def test_who_is_x_doing_is_whom_x_acts_on(tmp_path: Path) -> None:
    from knowledge.answering.router import parse_question

    assert parse_question("Who is Kesk replacing?").intent is Intent.SEARCH
    assert parse_question("who is Aldo Kesk?").intent is Intent.WHO


def test_boilerplate_asks_and_requests_are_no_demands(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "quiet.txt": "date: 2026-02-02\nsource: Delta Wire\ntitle: Quiet day\n\n"
            "Estonian spokesman Tiit Rebane, asked for comment, said the talks would continue.\n\n"
            "An Estonian official, who requested anonymity, said the ferries would run.\n"
        },
    )
    answer = kb.answer("!demands Estonia")
    # (what those speaking for Estonia said may follow, labelled as said for the side: never as its demand)
    demanded = [item.text for item in answer.items if not (item.label or "").startswith("said for the side")]
    assert not any("comment" in text or "anonymity" in text for text in demanded), answer.items
    assert "no demand by Estonia" in (answer.message or ""), answer.message


def test_question_words_read_as_no_kind_they_are_not(ferries: KnowledgeBase) -> None:
    from knowledge.answering.question import question_kind
    from knowledge.answering.subjects import who_verb

    assert who_verb("Who else attended the talks?") == "attended"
    assert question_kind("How serious is Kesk about peace?") != "how many"
    assert question_kind("What steps did Estonia take?") != "said"
    assert question_kind("Is Latvia still on board with the plan?") != "status"
    assert question_kind("is the summit still on?") == "status"
    answer = ferries.answer("What is Rebane's new job?")  # he is head "since February 2020": no new post told
    assert answer.message is not None and "No sentence tells of a new post" in answer.message


def test_a_fragment_ending_in_what_day_asks_a_date() -> None:
    from knowledge.answering.router import parse_question

    assert parse_question("kesk harbour remarks - what day?").is_when
    assert parse_question("which day?").intent is not Intent.DEMANDS


def test_going_up_is_rising(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "prices.txt": "date: 2026-10-24\nsource: Delta Wire\ntitle: Ferry fares\n\n"
            "The levy marks Estonia's first action against the ferry cartel, lifting fares by more than 2 euros.\n"
        },
    )
    assert "rise" in {group.own for group in kb.context.question("how much did fares go up?").groups}
    assert "lifting fares" in kb.answer("how much did fares go up after the levy?").items[0].text


def test_a_misspelt_name_is_no_word_the_answer_must_hold(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "idea.txt": "date: 2026-05-23\nsource: Delta Wire\ntitle: Doubts on the venue\n\n"
            "Estonian Foreign Minister Tiit Rebane, speaking at the Naval Academy in Tallinn, on Friday played down "
            "the idea of Oslo as the next venue.\n\n"
            "Donald Kesk says Estonian efforts to bring Latvia and Finland to peace are going fine.\n"
        },
    )
    question = kb.context.question("where was Rebnae speaking when he knocked the Oslo idea")
    assert "rebnae" not in {group.word for group in question.groups}
    answer = kb.answer("where was Rebnae speaking when he knocked the Oslo idea")
    assert "Naval Academy" in answer.items[0].text
    assert answer.items[0].label is None
    push = kb.answer("Did Kesk say the peace push was going badly?")
    assert "going fine" in push.items[0].text
    assert push.items[0].label is None


def test_according_to_names_a_source_not_a_word_to_find(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "side.txt": "date: 2026-12-05\nsource: Delta Wire\ntitle: Not neutral\n\n"
            '"Estonia is not neutral. Estonia has a side, and that side is of peace," Kesk told Varo.\n'
        },
    )
    assert "according" not in {g.word for g in kb.context.question("Is Estonia neutral according to Kesk?").groups}
    answer = kb.answer("Is Estonia neutral on the war according to Kesk?")
    assert "not neutral" in answer.items[0].text


def test_the_people_named_after_the_verb_of_saying_are_what_was_said_about(council: KnowledgeBase) -> None:
    from knowledge.answering.said import _speakers_only

    question = council.context.question("what did Salm say about Imhof?")
    assert [p.name for p in _speakers_only(question).people] == ["Edda Salm"]
    answer = council.answer("what did Salm say about Imhof?")
    assert not any("Imhof (" in item.text and item.label is None for item in answer.items)  # never Imhof's words


def test_someones_reaction_with_no_word_of_it_shows_their_closest_statements(council: KnowledgeBase) -> None:
    answer = council.answer("Salm's reaction to the appointment")
    assert answer.found
    assert "Salm" in answer.items[0].text and answer.items[0].label == CLOSEST_LABEL


def test_aiming_at_something_sets_no_deadline(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "aims.txt": "date: 2026-05-29\nsource: Delta Wire\ntitle: Two weeks\n\n"
            "During a meeting with Varo in 2020, then-envoy Tiit Rebane aimed to weaken Varo's partnership with Riga.\n\n"
            "Kesk said Wednesday he would know within two weeks whether Varo was serious.\n"
        },
    )
    answer = kb.answer("When did Kesk give the 2 weeks deadline")
    assert not any(item.date == "2020" and item.label != CLOSEST_LABEL for item in answer.items)


def test_a_spokeswoman_is_a_spokesperson(tmp_path: Path) -> None:
    kb = knowledge_over(
        tmp_path / "corpus",
        {
            "talks.txt": "date: 2026-06-21\nsource: Delta Wire\ntitle: Long talks\n\n"
            "Estonian President Aldo Kesk met Latvian envoy Ilmars Varo in Tallinn.\n\n"
            "Kesk’s spokesperson said the talks lasted six hours.\n"
        },
    )
    answer = kb.answer("Kesk's spokeswoman said what?")
    assert answer.found
    assert "spokesperson said" in answer.items[0].text
