"""Words askers type that no article uses, on text written for these tests: a typo past the word's stem
("minster"), a noun asking for a figure ("the fund's size?"), chat words ("per his post"), "back in 2019", a
verb of trying or of feeling in the asker's words, and a role misspelt in a full who-question."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Intent, KnowledgeBase
from knowledge.answering.context import CLOSEST_LABEL
from knowledge.answering.demands import _led_by_demands, _Scored
from knowledge.answering.router import parse_question
from knowledge.answering.search import closest_sentences
from knowledge.answering.spelling import respelt
from knowledge.answering.subjects import wh_subject
from knowledge.lexicon import opposite
from knowledge.text import stem
from tests.conftest import knowledge_over

HARBOUR = """date: 2026-03-12
source: Coastal Ledger
title: Portugal and Norway split over the harbour fund

Portuguese Prime Minister Rui Tavares laid out two conditions before the Lisbon summit on Wednesday.

The Nordic states on Thursday approved a €45 billion harbour fund for the Baltic ports, after weeks of talks.

In a radio interview, Mr Tavares said his meeting with Mr Dahl was to "settle the quota before the summer".

During a visit to Oslo in 2019, then-Fisheries Commissioner Lena Brandt aimed to weaken Norway's grip on the northern quota, an effort that failed.

Norwegian Prime Minister Arne Dahl said he was "deeply disappointed" with Tavares after the collapse of the quota talks.

Dahl met the Icelandic fisheries minister in Bergen on Friday.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("asker") / "corpus", {"harbour.txt": HARBOUR})


def test_a_typo_past_the_stem_is_read_as_the_word(kb: KnowledgeBase) -> None:
    # "minster" is one letter short of "minister", whose stem ("minist") is shorter than what was typed
    for question in ("who is portugals prime minster", "Norway's prime minster?"):
        answer = kb.answer(question)
        assert answer.found, question
        assert "minster" not in kb.context.ranker.absent_words(kb.context.question(question)), question
        assert "No article" not in (answer.message or ""), question


def test_a_word_no_typo_of_any_article_word_stays_absent(kb: KnowledgeBase) -> None:
    # "expect" is one letter from no article word plus an ending: it is the asker's own word, not a typo
    question = kb.context.question("Did Tavares expect a deal on the quota?")
    assert "expect" in kb.context.ranker.absent_words(question)


def test_size_asks_for_a_figure(kb: KnowledgeBase) -> None:
    for question in ("harbour fund size?", "what is the size of the harbour fund", "what is the harbour fund worth?"):
        answer = kb.answer(question)
        assert answer.found, question
        assert "€45 billion" in answer.items[0].text, question
        assert answer.items[0].label is None, question
        assert "No article" not in (answer.message or ""), question


def test_per_is_no_word_to_find(kb: KnowledgeBase) -> None:
    answer = kb.answer("whats the point of the Tavares Dahl meeting per his radio interview")
    assert answer.found
    assert "settle the quota" in answer.items[0].text
    assert "'per'" not in (answer.message or "")


def test_back_in_a_year_is_a_date_not_a_word(kb: KnowledgeBase) -> None:
    for question in ("What did Brandt try to do back in 2019?", "what was Brandt attempting in Oslo back then"):
        answer = kb.answer(question)
        assert answer.found, question
        assert "aimed to weaken" in answer.items[0].text, question
    assert "back" not in [g.word for g in kb.context.question("What did Brandt try to do back in 2019?").groups]


def test_a_feeling_in_the_askers_words(kb: KnowledgeBase) -> None:
    answer = kb.answer("Is Dahl upset with Tavares?")
    assert answer.found
    assert "deeply disappointed" in answer.items[0].text


def test_a_role_misspelt_in_a_full_who_question(kb: KnowledgeBase) -> None:
    for question in ("who is portugals prime minster", "who is Norway's prime minster?"):
        answer = kb.answer(question)
        assert answer.found, question
        assert answer.items[0].text.startswith(("Rui Tavares", "Arne Dahl")), question
        assert answer.items[0].label is None, question


POSTPONED = """date: 2026-05-02
source: Nordic Wire
title: Envoys' meeting put off

A meeting between envoys Kari Lind and Tomas Berg, ahead of a summit between Norwegian Prime Minister Arne Dahl and Portuguese Prime Minister Rui Tavares, has been postponed indefinitely, Radio Nord reported, citing its sources in the Royal Palace.

The fishing quota remains the main dispute.
"""


def test_where_a_source_sits_is_no_venue(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("venue") / "corpus", {"postponed.txt": POSTPONED})
    answer = kb.answer("Where was the Dahl-Tavares summit supposed to take place?")
    assert answer.found
    assert "Royal Palace" in answer.items[0].text
    assert answer.items[0].label is not None  # the sentence names no venue: it is the closest, not the answer
    assert "says all the rest" not in (answer.message or "")


CALL = """date: 2026-06-20
source: Alpine Desk
title: Berg and Lind speak by phone

"On June 18, a phone conversation was held between Austrian Chancellor Paul Egger and Czech President Jana Kral. A constructive exchange of views took place," the Austrian chancellery said.

Egger later met rail freight chiefs in Linz, an aide said.

Prague has not commented on the Linz meeting.
"""


def test_how_someone_described_a_thing_asks_for_their_words_not_the_verb(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("described") / "corpus", {"call.txt": CALL})
    for question in ("How did Vienna characterize the Egger-Kral phone call?", "how did Austria describe the call"):
        answer = kb.answer(question)
        assert answer.found, question
        assert "constructive exchange" in answer.items[0].text, question
        assert answer.items[0].label is None, question


TERMS = """date: 2026-03-20
source: Coastal Ledger
title: Portugal holds out on the harbour fund

The Nordic states on Thursday approved a €45 billion harbour fund for the Baltic ports, after weeks of talks.

Portugal refused to back the harbour fund on Thursday, without guarantees from the other members.

The ministers met for six hours in Brussels, and a second meeting is planned for May.

Portuguese Prime Minister Rui Tavares laid out two demands before the summit: all members must share the legal risks, and the ports must publish their accounts.
"""


def test_a_partys_demands_lead_the_closest_sentences_search_found(tmp_path_factory: pytest.TempPathFactory) -> None:
    # when no demand's own words say the topic, the closest sentences answer; those stating the party's demands
    # lead them (still labelled), and none search did not find is added
    kb = knowledge_over(tmp_path_factory.mktemp("terms") / "corpus", {"terms.txt": TERMS})
    context = kb.context
    question = context.question("Portugal harbour fund demands", command=False)
    fallback = closest_sentences(context, question, Intent.DEMANDS, "No demand says that.")
    assert fallback is not None
    assert "two demands" not in fallback.items[0].text
    assert any("two demands" in item.text for item in fallback.items)
    scored = [_Scored(1.0, row, by_article=True) for row in context.store.demands(["Portugal"])]
    led = _led_by_demands(context, fallback, scored, " by Portugal")
    assert "two demands" in led.items[0].text
    assert led.items[0].label == CLOSEST_LABEL  # (search ranked another sentence first: still a closest one)
    assert {item.text for item in led.items} == {item.text for item in fallback.items}
    assert "Demands by Portugal" in (led.message or "")
    # ... and when search ranks the demand's sentence first, the fact and the ranking agree: it answers as a demand
    stating = next(item for item in fallback.items if "two demands" in item.text)
    first = fallback.model_copy(update={"items": (stating, *(i for i in fallback.items if i is not stating))})
    agreed = _led_by_demands(context, first, scored, " by Portugal")
    assert agreed.items[0].text.startswith("Portugal") and agreed.items[0].label is None, agreed
    # (the same sentence's other demands answer too: "two demands: A, and B" are two items of Portugal's)
    stated = agreed.items[0].citations[0].quote
    assert all(item.label == CLOSEST_LABEL for item in agreed.items[1:] if item.citations[0].quote != stated), agreed


OSLO = """date: 2026-07-02
source: Nordic Wire
title: Quota talks in Oslo end without a deal

The first round of quota talks between the Norwegian and Icelandic delegations took place in Oslo on June 30 and lasted about five hours.

The ministers will meet again in Reykjavik in August, the Norwegian foreign ministry said.

Cod prices rose by a tenth in June.

Herring catches fell for a third year.

The prime minister's brother-in-law, shipowner Piet Vos, bought two trawlers in May.
"""


@pytest.fixture(scope="module")
def oslo(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("oslo") / "corpus", {"oslo.txt": OSLO})


def test_what_someone_said_is_told_where_they_are_named(oslo: KnowledgeBase) -> None:
    # Vos is named in the article, but far from the talks: no sentence there has him say anything
    answer = oslo.answer("What did Vos say after the Oslo talks?")
    assert not answer.found
    assert oslo.answer("What did the Norwegian foreign ministry say after the Oslo talks?").found


def test_a_person_named_by_their_countrys_office(kb: KnowledgeBase) -> None:
    # nobody is named: "the Norwegian leader" is the one Norwegian the articles give a top office (prime minister)
    question = kb.context.question("Is the Norwegian leader upset with the Portuguese PM?")
    assert {p.name for p in question.people} == {"Arne Dahl", "Rui Tavares"}
    assert "leader" not in [g.word for g in question.groups]
    answer = kb.answer("Is the Norwegian leader upset with the Portuguese PM?")
    assert "deeply disappointed" in answer.items[0].text
    # an office nobody holds there names no one
    assert not kb.context.question("What did the Norwegian president say?").people


def test_seeing_someone_named_by_office_is_meeting_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    visit = """date: 2026-05-06
source: Nordic Wire
title: Berg in Reykjavik

Envoy Tomas Berg arrived in Reykjavik on Monday in what is his third visit to Iceland this year.

Icelandic President Sigrun Holm thanked Berg for a "useful" conversation.

He last met Holm on March 2.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("office") / "corpus", {"visit.txt": visit})
    answer = kb.answer("When had the envoy last seen the Icelandic leader before the Reykjavik visit?")
    assert answer.found
    assert "March 2" in answer.items[0].text


SIRENS = """date: 2026-04-12
source: Nordic Wire
title: Truce begins in Tarnia

President Ivo Marsh of Tarnia ordered his forces to halt all fire from Saturday through Sunday, declaring a spring truce.

Air raid sirens sounded in Velna, the capital, around 4 p.m. local time, shortly after Marsh announced the truce.

The truce was agreed on April 10 after talks in Velna.
"""


def test_what_time_asks_for_a_time_of_day(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("clock") / "corpus", {"sirens.txt": SIRENS})
    for question in ("What time did the sirens sound in Velna?", "at what time did sirens go off in Velna"):
        answer = kb.answer(question)
        assert answer.found, question
        assert "4 p.m." in answer.items[0].text, question
        assert answer.items[0].label is None, question
    assert kb.context.question("what time of year was the truce agreed?").kind != "clock"


def test_how_someone_answered_asks_for_what_they_said(kb: KnowledgeBase) -> None:
    question = kb.context.question("How did Dahl answer Tavares?")
    assert "answer" not in [g.word for g in question.groups]


ROUND = """date: 2026-09-15
source: Baltic Desk
title: Vilnius talks end after two days

The first round of talks between the Latvian and Estonian delegations took place in Vilnius on September 13 and lasted about four hours.

The parties continued on Monday morning, and the meeting lasted about two hours.

The Latvian delegation included Foreign Minister Ilze Berzina and trade envoy Mart Kuusk.

Estonia was represented by Prime Minister Kaja Ruut, envoy Tiit Laar and General Peeter Aas.
"""


def test_who_made_up_a_team_is_answered_by_its_members(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("members") / "corpus", {"round.txt": ROUND})
    for question in (
        "Estonia's delegation in Vilnius?",
        "who was on the Estonian team in Vilnius",
        "members of Estonia's team",
    ):
        answer = kb.answer(question)
        assert answer.found, question
        assert "Kaja Ruut" in answer.items[0].text, question
    answer = kb.answer("Who was on the Latvian team in Vilnius?")
    assert "Mart Kuusk" in answer.items[0].text
    assert not any("took place" in item.text and item.label is None for item in answer.items)  # names no one


def test_how_often_counts_the_times(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-10-02
source: Baltic Desk
title: Ruut and Berzina meet in Riga

During their meeting, the warmth between the two leaders, who signed 12 accords, was plain to see.

The leaders have met 9 times in the past 4 years.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("often") / "corpus", {"often.txt": text})
    assert kb.context.question("How often have Ruut and Berzina met?").counted == "time"
    answer = kb.answer("How often have the leaders met?")
    assert "9 times" in answer.items[0].text


def test_a_party_of_several_words_is_found_under_its_other_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-08-20
source: Baltic Desk
title: Marsh plans London trip

Tarnian President Ivo Marsh last travelled to Britain in May 2019, when he met the prime minister.

Marsh will hold talks in Paris on Friday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("party") / "corpus", {"trip.txt": text})
    assert not kb.context.question("When did Marsh last visit the United Kingdom?").places
    answer = kb.answer("When did Marsh last visit the United Kingdom?")
    assert answer.found
    assert "Britain" in answer.items[0].text


VISITS = """date: 2026-06-01
source: Baltic Desk
title: Marsh to meet Kesk in Riga

The highly anticipated meeting between President Ivo Marsh of Tarnia and Latvian President Anna Kesk will take place next Friday in Riga.

Marsh last set foot on Latvian soil in March 2019, when he travelled to Riga to attend a trade forum.

Envoy Tomas Berg arrived in Riga on Monday on a previously planned trip.

Kremlin aide Ivan Sokol said that envoys Lind and Aas would fly to Riga for talks.

A spokesman declined to comment when asked if Marsh and Kesk would meet face-to-face in Riga later this month.
"""


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("visits") / "corpus", {"visits.txt": VISITS})


def test_the_last_time_is_the_last_that_happened(visits: KnowledgeBase) -> None:
    # the planned meeting is still to come: the last visit is the one history records
    for question in ("When was the last time Marsh visited Latvia?", "When did Marsh last visit Latvia?"):
        answer = visits.answer(question)
        assert answer.found, question
        assert answer.items[0].date == "2019-03", question


def test_flying_somewhere_is_travelling_there(visits: KnowledgeBase) -> None:
    answer = visits.answer("Where did Berg fly ahead of the talks?")
    assert "Berg arrived in Riga" in answer.items[0].text


def test_declining_to_comment_answers_whether_it_is_confirmed(visits: KnowledgeBase) -> None:
    answer = visits.answer("Is a face-to-face Marsh-Kesk meeting in Riga confirmed for later this month?")
    assert "declined to comment" in answer.items[0].text
    assert answer.items[0].label is None


def test_a_figure_no_article_gives_on_a_word_no_article_uses_is_not_covered(
    kb: KnowledgeBase, visits: KnowledgeBase
) -> None:
    answer = kb.answer("How many ministers were injured after the collapse of the quota talks?")
    assert not answer.found
    assert "'injured'" in (answer.message or "")
    # a word no article uses with a figure of the kind asked still answers (the asker's word for "approved")
    assert kb.answer("How big is the harbour fund the Nordic states greenlit?").found
    assert not visits.answer("How many envoys would journey to Riga?").found  # two are named, no figure is given


def test_an_old_post_a_sentence_calls_former(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-04
source: Baltic Desk
title: Berzina moves to the security council

Latvian President Anna Kesk appointed former Trade Minister Ilze Berzina as Secretary of the Security Council on May 2.

Secretary of the Security Council Ilze Berzina said the border talks would resume in June.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("former") / "corpus", {"former.txt": text})
    for question in ("Berzina's job before the security council?", "What was Berzina's previous post?"):
        answer = kb.answer(question)
        assert answer.found, question
        assert "Trade Minister" in (answer.message or ""), question
        assert "former Trade Minister Ilze Berzina" in answer.items[0].text, question


def test_a_place_misspelt_by_one_letter_is_the_place(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-03-03
source: Baltic Desk
title: Berg in Vilnius

Envoy Tomas Berg arrived in Vilnius on Monday for talks with the Lithuanian side.

Talks with the Swiss side were held in Geneva on Wednesday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("misspelt") / "corpus", {"vilnius.txt": text})
    answer = kb.answer("When did Berg arrive in Vilnuis?")  # two letters swapped
    assert answer.found
    assert "Berg arrived in Vilnius" in answer.items[0].text
    assert not kb.answer("When did Berg arrive in Tallinn?").found  # a place no article names stays unknown
    assert not kb.answer("When did Berg arrive in Vilna?").found  # too short to be read as a typo of one
    assert kb.answer("When were the talks in Genva held?").found  # five letters typed for a name of six


def test_a_name_asked_for_or_a_deals_terms_are_no_demands_list(kb: KnowledgeBase) -> None:
    for question in (
        "which radio reported Tavares's conditions?",
        "harbour fund deal terms?",
        "terms of the quota deal",
    ):
        assert kb.answer(question).intent is not Intent.DEMANDS, question
    assert kb.answer("what are Portugal's terms for the quota?").intent is Intent.DEMANDS


PLANT = """date: 2026-02-11
source: Baltic Desk
title: Tarnia rejects Latvian offer on the plant

Tarnia has rejected a Latvian proposal that would give Riga control over the Velna Hydro Power Station as part of a settlement.

Under the Latvian plan, Riga would run the dam and share its electricity with both sides.
"""


def test_an_acronym_no_article_defines_is_read_from_the_words_that_spell_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("acronym") / "corpus", {"plant.txt": PLANT})
    answer = kb.answer("Does Tarnia accept the Latvian plan to run the VHPS?")
    assert answer.found
    assert any("Velna Hydro Power Station" in item.text for item in answer.items)
    assert answer.query == "Does Tarnia accept the Latvian plan to run the VHPS"  # the asker's words, not ours
    assert not kb.answer("What did the IAEA say about the VHPS?").found  # an acronym nothing spells


def test_a_venue_fragment_asks_where_and_a_reason_comes_before_an_act(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-11-30
source: Baltic Desk
title: Kesk and Varo meet again

Envoy Mart Kesk held another meeting with negotiator Rein Varo in Tartu, an official said.

Kesk, meanwhile, is set to continue talks with the Latvian side.

The discussion, their second meeting in two days, took place because "there are still questions" about the plan.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("venue2") / "corpus", {"again.txt": text})
    assert kb.context.question("Kesk Varo talks venue?").kind == "where"
    assert kb.context.question("who called Tartu an odd venue?").kind == "who"
    answer = kb.answer("Why did Kesk and Varo meet a second time?")
    assert "because" in answer.items[0].text


def test_who_is_out_asks_who_was_replaced(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-12-01
source: Baltic Desk
title: Laar to head the chancellery

Prime Minister Kaja Ruut said that envoy Tiit Laar will replace Peeter Aas as head of the State Chancellery.

Aas has been head of the State Chancellery since 2021.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("out") / "corpus", {"out.txt": text})
    answer = kb.answer("Who is out as head of the State Chancellery?")
    assert answer.found
    assert "will replace Peeter Aas" in answer.items[0].text


def test_a_generic_modifier_the_articles_never_use_names_no_unknown_thing(kb: KnowledgeBase) -> None:
    # "outside states" asks about states (the Nordic ones), however the asker qualifies them
    answer = kb.answer("What did outside states approve for the Baltic ports?")
    assert answer.found
    assert "€45 billion harbour fund" in answer.items[0].text


def test_a_new_post_offered_in_a_persons_own_words(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-07-22
source: Baltic Desk
title: Ruut to move to the defence ministry

"As with the position of Prime Minister, the post of Defence Minister was also offered by President Anna Kesk," Prime Minister Kaja Ruut said.

Ruut noted that envoy Tiit Laar is more valuable as a negotiator.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("offered") / "corpus", {"offered.txt": text})
    answer = kb.answer("Ruut's new job?")
    assert answer.found
    assert "Defence Minister" in (answer.message or "")
    assert "was also offered" in answer.items[0].text


def test_a_speaker_named_by_title_alone(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-01-02
source: Baltic Desk
title: Laar to head the chancellery

Latvian President Anna Kesk appointed envoy Tiit Laar as head of the State Chancellery on Friday.

Peeter Aas, head of the President's Office, will leave in March.

According to the president, Laar has "the strength to achieve results".
"""
    kb = knowledge_over(tmp_path_factory.mktemp("titled") / "corpus", {"titled.txt": text})
    answer = kb.answer("What did Kesk say about why she picked Laar?")
    assert answer.found
    assert "the strength to achieve results" in answer.items[0].text
    assert answer.items[0].text.startswith("Anna Kesk")  # the president's words, credited to her (not to Aas)


def test_a_sentence_without_the_kind_of_answer_asked_is_labelled_wherever_it_stands(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-01-08
source: Baltic Desk
title: Coalition drafts its guarantees

The coalition is to be responsible for forming a multinational force for Estonia.

On May 23, Estonia managed to return 70 soldiers and 12 civilians from captivity.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("typed") / "corpus", {"typed.txt": text})
    answer = kb.answer("How many troops will the multinational force number?")
    assert "No sentence gives the number" in (answer.message or "")
    assert all(item.label is not None for item in answer.items)


def test_counts_asked_in_other_words_or_misspelt(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-06-02
source: Baltic Desk
title: Exchange completed

On June 1, Estonia managed to return 40 soldiers and 15 civilians from captivity.

Among the liberated are two women and 53 men.

Under the draft, a system of guarantees is to be launched with four components.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("counts") / "corpus", {"counts.txt": text})
    answer = kb.answer("How many civillians were freed on June 1?")
    assert answer.found  # (a count of "civilians", though typed one letter off)
    assert "15 civilians" in answer.items[0].text
    answer = kb.answer("How many parts does the guarantees system have?")
    assert "four components" in answer.items[0].text
    assert answer.items[0].label is None
    answer = kb.answer("women among released prisoners?")
    assert "two women" in answer.items[0].text


def test_who_speaks_for_a_side_is_one_of_that_side(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-14
source: Baltic Desk
title: Talks in Tartu

Early on Tuesday, Estonian and Latvian delegations began talks in the city of Tartu.

The Latvian delegation will be led by Foreign Minister Ilze Berzina, a former trade minister.

Estonian envoy Tiit Laar attended the talks, in the presence of Finnish officials.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("side") / "corpus", {"side.txt": text})
    answer = kb.answer("Who represented Estonia at the Tartu talks?")
    assert "Tiit Laar" in answer.items[0].text
    answer = kb.answer("Who led Estonia's delegation at the Tartu talks?")
    assert not any("Berzina" in item.text and item.label is None for item in answer.items)  # Latvia's head


def test_lawmakers_of_a_country_are_asked_not_the_country(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-09
source: Lowland Post
title: Berzina wants a referendum

Latvian President Ilze Berzina said she has asked lawmakers to prepare changes allowing a referendum on the fund, while urging Germany to guarantee the loans.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("lawmakers") / "corpus", {"law.txt": text})
    answer = kb.answer("What has Berzina asked Latvian lawmakers to prepare?")
    assert answer.found
    # the sentence saying what the lawmakers were asked, never the demand made of Germany listed as the answer
    assert answer.items[0].text.startswith("Latvian President Ilze Berzina said she has asked lawmakers")


def test_a_sentence_with_none_of_the_words_ranks_by_what_it_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    # many sentences naming Ruut alone come first: ranked by their order, they would crowd out the one on the Council
    filler = "\n\n".join(f"Prime Minister Kaja Ruut met trade envoy number {n} in Tallinn." for n in range(80))
    text = f"""date: 2026-12-10
source: Baltic Desk
title: Ruut on the alliance

{filler}

Prime Minister Kaja Ruut said Estonia truly wants to join the Nordic Council, but neither Sweden nor Norway sees it there.
"""
    other = """date: 2026-12-11
source: Baltic Desk
title: The Vatican offers help

Pope Leo said soon after his election that the Vatican was ready to help.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("floor") / "corpus", {"floor.txt": text, "other.txt": other})
    answer = kb.answer("Does Ruut think Estonia will get into the Nordic Council soon?")
    assert answer.found
    assert "truly wants to join the Nordic Council" in answer.items[0].text


def test_what_a_thing_is_for(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-01-06
source: Baltic Desk
title: Coalition drafts its force

The coalition is to be responsible for forming a multinational force for Estonia.

It is to be created "to support the restoration of the Estonian army and strengthen deterrence".

In a social media post, Ruut said her call with Laar was to "settle the quota before the summer".
"""
    kb = knowledge_over(tmp_path_factory.mktemp("purpose") / "corpus", {"purpose.txt": text})
    for question in ("Purpose of the multinational force?", "what is the aim of the multinational force"):
        answer = kb.answer(question)
        assert "to support the restoration" in answer.items[0].text, question
        assert answer.items[0].label is None, question
    answer = kb.answer("whats the point of Ruut's call with Laar per her social post")
    assert answer.intent is not Intent.WHO  # a social media post is no post held
    assert "settle the quota" in answer.items[0].text
    assert answer.items[0].label is None


def test_venue_of_a_day_is_that_days_news(tmp_path_factory: pytest.TempPathFactory) -> None:
    earlier = """date: 2026-01-23
source: Baltic Desk
title: Talks open in Tartu

Estonia, Latvia and Finland are holding trilateral talks in Tartu for the first time on January 23.
"""
    later = """date: 2026-02-18
source: Baltic Desk
title: Riga round assessed

Trilateral talks between the delegations in Riga have been difficult, the Latvian negotiator said.

The countries had previously held two meetings in a similar format in Tartu in January.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("venueday") / "corpus", {"a.txt": earlier, "b.txt": later})
    assert kb.context.question("Venue of the Jan 23-24 talks?").kind == "where"
    answer = kb.answer("Venue of the Jan 23-24 talks?")
    assert "Tartu" in answer.items[0].text  # never the Riga round, from an article that only mentions January


@pytest.mark.parametrize(
    ("question", "demands"),
    [
        ("Which demands has Tarnia made?", True),
        ("Which conditions did Marsh set for a ceasefire?", True),
        ("Who is calling for a ceasefire?", True),
        ("who called for a ceasefire?", True),
        ("Tarnia's ceasefire terms?", True),
        ("which broadcaster reported Tarnia's demands?", False),
        ("who reported the demands were unrealistic?", False),
        ("harbour deal terms?", False),
    ],
)
def test_which_questions_are_demand_questions(question: str, demands: bool) -> None:
    from knowledge.answering.router import parse_question

    assert (parse_question(question).intent is Intent.DEMANDS) is demands


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What are the key points of the peace plan?", None),
        ("What did Kesk say about the purpose of the talks?", "said"),
        ("Purpose of the patrol force?", "purpose"),
        ("Did members of parliament approve the aid?", "yes/no"),
        ("members of Estonia's team?", "who"),
        ("What did Marsh say about the location?", "said"),
        ("Tartu talks venue?", "where"),
        ("What is the value of membership for Estonia?", None),
        ("Is the army's size capped?", "yes/no"),
        ("What time frame did they set?", "how long"),  # (a span, never a time of day)
        ("what time did the sirens sound", "clock"),
    ],
)
def test_new_kinds_never_take_another_questions_kind(question: str, kind: str | None) -> None:
    from knowledge.answering.question import question_kind

    assert question_kind(question) == kind


def test_an_office_is_the_role_itself_never_one_naming_it() -> None:
    from knowledge.matching import PeopleLookup
    from knowledge.models import Person

    def person(key: int, name: str, role: str) -> Person:
        return Person(key=key, name=name, aliases=(name,), roles=(role,), affiliation="Estonia")

    people = [
        person(1, "Ivo Mets", "Estonian President"),
        person(2, "Karl Vint", "President Mets's special envoy"),  # names the office, holds another
        person(3, "Eva Lind", "Vice President"),
    ]
    found = PeopleLookup(people).by_party_office("What did the Estonian President say?")
    assert [holder.name for holder, _ in found] == ["Ivo Mets"]


def test_the_president_is_never_the_vice_president(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-03-03
source: Baltic Desk
title: Vint named envoy

Estonian Vice President Mari Saar met envoy Tiit Laar in Tartu on Monday.

According to the president, Laar has "the strength to achieve results".
"""
    kb = knowledge_over(tmp_path_factory.mktemp("vice") / "corpus", {"vice.txt": text})
    row = next(r for r in kb.context.store.all_sentences() if r.text.startswith("According to"))
    assert row.speaker is None  # Saar is the vice president; no president is named before


def test_a_post_offered_to_someone_else_is_not_theirs(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-07-22
source: Baltic Desk
title: Ruut on the new cabinet

Prime Minister Kaja Ruut said the post of Finance Minister was offered to Tiit Laar.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("offered2") / "corpus", {"offered.txt": text})
    answer = kb.answer("Ruut's new job?")
    assert "Finance Minister" not in (answer.message or "")


def test_which_general_is_answered_by_a_general(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-19
source: Baltic Desk
title: Marsh declares a truce

Air raid sirens sounded in Velna around 4 p.m., shortly after President Ivo Marsh announced the truce.

"We will assume the other side will follow our example," Marsh said in a meeting televised Saturday with his top commander, Gen. Piret Kask.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("general") / "corpus", {"general.txt": text})
    answer = kb.answer("Which general was with Marsh when he announced the truce?")
    assert "Gen. Piret Kask" in answer.items[0].text


def test_an_offer_to_capitals_is_to_their_governments(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-15
source: Baltic Desk
title: Marsh offers to host

Following his meeting with Latvian President Anna Kesk, Tarnian President Ivo Marsh said Tarnia would be willing to host Latvian and Estonian leaders.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("offer") / "corpus", {"offer.txt": text})
    answer = kb.answer("Marsh's offer to Riga and Tallinn?")
    assert answer.found
    assert "willing to host" in answer.items[0].text


def test_a_figure_giving_a_things_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-15
source: Baltic Desk
title: Patrol force planned

The coalition would deploy a so-called "patrol contingent" of about 30,000 people in Estonia.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("sizeof") / "corpus", {"size.txt": text})
    answer = kb.answer("How many troops would the coalition send to Estonia?")
    assert "30,000" in answer.items[0].text
    assert answer.items[0].label is None
    assert "No sentence gives the number" not in (answer.message or "")


def test_a_place_spelt_the_other_way_is_the_place(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-15
source: Baltic Desk
title: Donbas talks

Russia is demanding control of the entire Donbas region, even as Ukraine controls part of it.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("donbass") / "corpus", {"donbas.txt": text})
    answer = kb.answer("How much of the Donbass does Ukraine still control?")
    assert answer.found
    assert "Donbas region" in answer.items[0].text


def test_who_became_a_post_is_answered_by_that_post(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-07-20
source: Baltic Desk
title: Reshuffle in Tallinn

The decision to appoint former Defence Minister Tiit Laar as Secretary of the Security Council was driven by the talks.

Prime Minister Kaja Ruut said this in an interview with Baltic Radio.

The council moved its next session to June.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("became") / "corpus", {"became.txt": text})
    answer = kb.answer("Who became prime minister after Laar moved to the council?")
    assert not any(item.label is None and "appoint" in item.text for item in answer.items)  # no prime minister there


def test_an_evaluative_adjective_names_no_unknown_thing_and_what_set_off_asks_why(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-12-01
source: Baltic Desk
title: Plan revised

The two sides met to continue negotiations on the peace plan, whose original 12 points imposed punishing conditions on Tallinn.

The talks come after Prime Minister Kaja Ruut spoke to President Ivo Marsh by phone last week.

"It would not be comfortable for Tallinn itself to host the talks," Ruut said.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("harsh") / "corpus", {"harsh.txt": text})
    answer = kb.answer("What harsh terms did the original 12-point plan impose on Tallinn?")
    assert answer.found
    assert "punishing conditions" in answer.items[0].text
    assert kb.context.question("What set off the push for the talks?").kind == "why"
    # "a bad venue", "a poor choice": how the asker rates it, no kind of venue the articles must name
    venue = kb.answer("Why does Ruut think Tallinn is a bad venue for the talks?")
    assert venue.found


def test_a_possessive_typed_without_its_apostrophe_is_no_word_to_find(kb: KnowledgeBase) -> None:
    assert "dahls" not in [
        g.word for g in kb.context.question("Where did Dahls team meet the Icelandic minister?").groups
    ]


def test_which_firms_is_answered_by_the_sentence_naming_them_and_dismissing_is_replacing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-10-23
source: Baltic Desk
title: Sanctions on Tarnian oil

Tarnia has condemned the latest Latvian sanctions targeting its top oil companies, warning such moves will backfire.

They target Velnaoil and Marsk Energy, Tarnia's two largest oil companies, over its refusal to end the blockade.

President Anna Kesk appointed Tiit Laar as Secretary of the Security Council, dismissing Peeter Aas from the post.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("firms") / "corpus", {"firms.txt": text})
    assert kb.context.question("Which Tarnian oil firms do the new sanctions hit?").kind == "names"
    answer = kb.answer("Which Tarnian oil firms do the new sanctions hit?")
    assert "Velnaoil" in answer.items[0].text
    answer = kb.answer("Who did Laar replace at the security council?")
    assert "dismissing Peeter Aas" in answer.items[0].text
    assert answer.items[0].label is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how lnog did the talks last?", "how long did the talks last?"),  # two letters swapped in a short cue
        ("Delgation in Oslo?", "Delegation in Oslo?"),  # a letter dropped, the capital kept
        ("the plan's purpse?", "the plan's purpose?"),
        ("who were the memebrs of the team?", "who were the members of the team?"),
        ("Is there a plan?", "Is there a plan?"),  # a stop word is never a typo of "where"
        ("energy sites hit?", "energy sites hit?"),  # a letter changed is another word as often as a typo
        ("who is leaving the council?", "who is leaving the council?"),
        ("black market deals", "black market deals"),  # a letter added: "back" is no cue to guess
        ("when will they decide?", "when will they decide?"),  # "decided" is a form of the word, not a typo of it
        ("it weren't met", "it weren't met"),  # part of a contraction
        ("who will Tallinn send to Riga?", "who will Tallinn send to Riga?"),  # a verb of its own, never "spend"
        ("who did Riga sent?", "who did Riga sent?"),
    ],
)
def test_a_cue_typed_one_letter_off_is_read_as_the_cue(typed: str, read: str) -> None:
    assert respelt(typed, lambda _: False) == read


def test_a_word_the_articles_use_is_never_respelt() -> None:
    assert respelt("the lnog table", lambda stem: stem == "lnog") == "the lnog table"


def test_a_misspelt_cue_keeps_the_questions_reading(kb: KnowledgeBase) -> None:
    for typed, right in (
        ("Tavares Dahl meeting purpse?", "Tavares Dahl meeting purpose?"),
        ("whta is the harbour fund wroth?", "what is the harbour fund worth?"),
    ):
        assert kb.read(typed).question.kind == kb.read(right).question.kind is not None, typed
        answer, expected = kb.answer(typed), kb.answer(right)
        assert [i.text for i in answer.items] == [i.text for i in expected.items], typed
        assert answer.items[0].label is None, typed


TOLLS = """date: 2026-04-02
source: Harbour Herald
title: Kesk in Tartu

Envoy Mart Kesk was accompanied in Tartu by Deputy Minister Liis Varo, who had visited Estonia in March.

Kesk met Prime Minister Juhan Oja in Tartu on Friday, a meeting Oja's office called useful.

Oja asked Kesk to pause the harbour tolls for a month, until May 3, to allow talks.

Oja said the move had not been seen even during World War II.
"""


@pytest.fixture(scope="module")
def tolls(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("tolls") / "corpus", {"tolls.txt": TOLLS})


def test_the_subject_of_a_passive_is_not_who_acts(tolls: KnowledgeBase) -> None:
    # "Kesk was accompanied by Varo": Kesk is the one accompanied, so the sentence answers who accompanied him
    answer = tolls.answer("Who accompanied Kesk to Tartu?")
    assert "Liis Varo" in answer.items[0].text and answer.items[0].label is None
    assert answer.message is None


def test_until_when_asks_for_a_date(tolls: KnowledgeBase) -> None:
    answer = tolls.answer("Until when did Oja ask Kesk to pause the tolls?")
    assert answer.intent is Intent.TIMELINE
    assert answer.items[0].date is not None and answer.items[0].date.startswith("2026-05-03")


def test_where_at_the_end_of_a_fragment_asks_for_a_place(tolls: KnowledgeBase) -> None:
    assert tolls.read("Kesk Oja meeting where?").question.kind == "where"
    answer = tolls.answer("Kesk Oja meeting where?")
    assert "Tartu" in answer.items[0].text
    assert answer.items[1].label == CLOSEST_LABEL  # the toll sentence names no place


def test_a_war_typed_by_its_initials_is_the_war(tolls: KnowledgeBase) -> None:
    answer = tolls.answer("what did Oja say about WWII?")
    assert answer.found and "World War II" in answer.items[0].text


PACT = """date: 2026-04-02
source: Harbour Herald
title: Harbour pact draft

The Nordic council has prepared a draft pact calling for Latvia to open its harbour to Estonian ships within a month.

Latvia demanded that Estonia lift the harbour tolls first.

Estonia's prime minister said Latvia should stop delaying.
"""


@pytest.mark.parametrize(
    "question", ["What does the draft pact want Latvia to do?", "what do they want Latvia to do?", "want Latvia to?"]
)
def test_a_party_wanted_to_act_is_asked_never_asking(tmp_path_factory: pytest.TempPathFactory, question: str) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("pact") / "corpus", {"pact.txt": PACT})
    answer = kb.answer(question)
    assert answer.intent is Intent.DEMANDS
    assert answer.items and not answer.items[0].text.startswith("Latvia"), answer.items[:1]  # never Latvia's own
    assert "Latvia: stop delaying" in answer.items[0].text


BOARD = """date: 2026-04-02
source: Harbour Herald
title: Harbour watch

The harbour inspection board is to operate under Estonian leadership, with Latvian observers.

The ferry council will meet in Riga on Monday.

Prime Minister Juhan Oja heads the Estonian government.
"""


def test_a_body_led_by_a_side_answers_who_leads_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("board") / "corpus", {"board.txt": BOARD})
    led = kb.answer("who leads the harbour inspection board?")
    assert "under Estonian leadership" in led.items[0].text and led.items[0].label is None
    assert "side that leads it" in (led.message or "")
    # ... and a body no sentence says anyone leads stays unanswered: its closest sentences are labelled
    council = kb.answer("who heads the ferry council?")
    assert all(item.label == CLOSEST_LABEL for item in council.items)


def test_how_much_of_a_thing_wants_a_figure_for_that_thing(tmp_path_factory: pytest.TempPathFactory) -> None:
    vault = """date: 2026-04-02
source: Harbour Herald
title: Reserves

Norway, which holds most of the pooled fishing reserves through the Bergen depository, refused to back the €20 billion quota loan.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("vault") / "corpus", {"vault.txt": vault})
    question = "How much of the pooled fishing reserves does the Bergen depository hold?"
    answer = kb.answer(question)
    assert answer.items[0].label == CLOSEST_LABEL  # €20 billion is the loan's figure, not the reserves'
    told = knowledge_over(
        tmp_path_factory.mktemp("told") / "corpus",
        {"vault.txt": vault + "\nThe Bergen depository holds €12 billion of pooled fishing reserves.\n"},
    )
    answer = told.answer(question)
    assert "€12 billion" in answer.items[0].text and answer.items[0].label is None


def test_people_naming_an_event_are_not_who_acts(tolls: KnowledgeBase) -> None:
    # "what did the Kesk-Oja talks cover?": the talks are the subject; sentences in which Kesk or Oja acts are not
    # put first for it (a third party's sentence saying what the talks covered answers), as they are for "what did
    # Oja call the meeting?"
    context = tolls.context
    assert wh_subject("What did the Kesk-Oja talks cover", context.lookup, context.affiliations) is None
    called = wh_subject("What did Oja call the meeting", context.lookup, context.affiliations)
    assert called is not None and called.people


def test_words_told_of_but_not_given_are_no_statement(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk meets Varo

Envoy Mart Kesk met Fisheries Minister Peeter Varo in Tartu on Friday.

The Daily also quoted from remarks made by Kesk and Varo at the start of their talks.

A statement made by Varo on Saturday said that the quotas "will hold until spring".

The talks stalled after Varo claimed victory in the harbour vote.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("remarks") / "corpus", {"remarks.txt": text})
    answer = kb.answer("What did Varo say to Kesk at the start of the talks?")
    assert all(item.label == CLOSEST_LABEL for item in answer.items if "quoted from remarks" in item.text)
    assert not any(item.text.startswith("Peeter Varo") and "quoted from remarks" in item.text for item in answer.items)
    # ... nor is a thing claimed ("claimed victory"): an act, no words
    vote = kb.answer("What did Varo say about the harbour vote?")
    assert all(item.label == CLOSEST_LABEL for item in vote.items if "claimed victory" in item.text)
    given = kb.answer("what did Varo say about the quotas?")  # a statement made by him that gives his words
    assert "will hold until spring" in given.items[0].text and given.items[0].label is None


def test_a_passive_yes_no_question_asks_about_its_verb(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk in Tartu

Prime Minister Juhan Oja spoke to envoy Mart Kesk by phone on Monday about the harbour talks.

"Oja has not yet been informed of the results of the Tartu meeting," an official said.

Kesk met Fisheries Minister Peeter Varo in Tartu on Friday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("briefed") / "corpus", {"briefed.txt": text})
    for question in ("Has Oja been briefed on the Kesk-Varo meeting?", "was Oja informed about the Tartu meeting"):
        answer = kb.answer(question)
        assert "not yet been informed" in answer.items[0].text and answer.items[0].label is None, question


def test_a_yes_no_verb_after_an_adverb_or_typed_one_letter_off(tolls: KnowledgeBase) -> None:
    # "did Oja actually ask ...?" asks about asking, not "actually"; "did Oja aks ...?" too: the sentence saying he
    # asked answers, one where he only says something does not
    for question in ("did Oja actually ask Kesk to pause the tolls?", "did Oja akss Kesk to pause the tolls?"):
        answer = tolls.answer(question)
        assert "asked Kesk to pause" in answer.items[0].text and answer.items[0].label is None, question
        assert all(item.label == CLOSEST_LABEL for item in answer.items if "World War" in item.text), question


OCCASION = """date: 2026-03-04
source: Harbour Herald
title: Oja and Kesk

Prime Minister Juhan Oja spoke by phone on Tuesday with envoy Mart Kesk about the harbour tolls.

Oja agreed to lower the tolls but refused to open the harbour.

Oja agreed with Fisheries Minister Peeter Varo on the ferry timetable in April.

Kesk described the call as useful.

Oja said he was furious at Latvia for blocking the ferries.
"""


def test_the_occasion_and_a_part_of_the_month_are_not_what_is_asked(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_over(tmp_path_factory.mktemp("occasion") / "corpus", {"occasion.txt": OCCASION})
    # "in his call with Kesk" says when: the sentence saying what Oja agreed to answers, though it never says "call"
    answer = kb.answer("What did Oja agree to in his call with Kesk in March?")
    agreed = [item for item in answer.items if item.text.startswith("Oja agreed to lower")]
    assert agreed and agreed[0].label is None
    # "in late May": "late" is part of the date, no word to find
    late = kb.answer("Why was Oja furious with Latvia in early March?")
    assert "furious at Latvia" in late.items[0].text and "No article" not in (late.message or "")


def test_a_sentence_stating_another_date_is_not_news_of_its_articles_month(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-10-22
source: Harbour Herald
title: Summits

The first Oja-Kesk summit took place in Tallinn on August 15, their aides said.

Preparations for a second meeting in Riga went on this week, officials said on Monday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("summits") / "corpus", {"summits.txt": text})
    answer = kb.answer("Where was the Oja-Kesk summit supposed to take place in October?")
    assert "Riga" in answer.items[0].text  # October's news, before the August summit the October article recalls


TARTU = """date: 2026-04-02
source: Harbour Herald
title: Tartu talks

Estonian Prime Minister Juhan Oja met Latvian Prime Minister Anu Saar in Riga on Monday.

“We will know by spring whether the ferries run,” the Estonian prime minister said Tuesday. “They seem ready, but until the pact is signed nobody can tell.”

Estonian and Latvian delegations began talks in Tartu on Monday about the ferry tolls.

Foreign Minister Mari Kask attended the Tartu talks for Estonia, with Deputy Minister Liis Arro.
"""


@pytest.fixture(scope="module")
def tartu(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("tartu") / "corpus", {"tartu.txt": TARTU})


def test_a_quote_said_by_a_countrys_title_and_its_continuation_are_that_holders(tartu: KnowledgeBase) -> None:
    # "“...,” the Estonian prime minister said": Oja, never Latvia's prime minister named beside him
    spring = tartu.answer("what did Oja say about spring?")
    assert spring.items[0].text.startswith("Juhan Oja") and spring.items[0].label is None
    assert "No statement" not in (spring.message or "") and "found no statement" not in (spring.message or "")
    # ... and the quotation going on in the next sentence is his too
    signed = tartu.answer("what did Oja say about the pact being signed?")
    assert signed.items[0].text.startswith("Juhan Oja") and "until the pact is signed" in signed.items[0].text


def test_what_someone_said_about_a_demand_is_what_they_said(tartu: KnowledgeBase) -> None:
    reading = tartu.read("What did Oja say about whether Latvia wants a deal?")
    assert reading.intent is not Intent.DEMANDS and reading.question.kind == "said"


def test_delegation_members_typed_as_a_fragment(tartu: KnowledgeBase) -> None:
    answer = tartu.answer("Estonian delegation members?")
    assert "Mari Kask" in answer.items[0].text and answer.items[0].label is None
    assert "No article mentions" not in (answer.message or "")


def test_who_represented_a_side_is_answered_by_a_person_first(tartu: KnowledgeBase) -> None:
    answer = tartu.answer("Who represented Estonia at the Tartu talks?")
    assert "Mari Kask" in answer.items[0].text


def test_a_bare_form_of_a_title_is_no_new_post(tmp_path_factory: pytest.TempPathFactory) -> None:
    early = """date: 2026-03-02
source: Harbour Herald
title: Talks open

Estonian Foreign Minister Mari Kask opened the harbour talks in Tartu.
"""
    later = """date: 2026-06-10
source: Harbour Herald
title: Talks go on

The talks resumed in Riga, where Minister Mari Kask met Latvian officials.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("bare") / "corpus", {"early.txt": early, "later.txt": later})
    answer = kb.answer("who is Mari Kask?")
    assert answer.items[0].text.startswith("Mari Kask — Estonian Foreign Minister"), answer.items[0].text


def test_a_speakers_words_on_the_topic_answer_though_a_name_asked_about_is_not_in_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    offer = """date: 2026-04-02
source: Harbour Herald
title: Oja offers Tallinn

Following his meeting with Latvian Prime Minister Anu Saar on Thursday, Estonian Prime Minister Juhan Oja said Estonia would be willing to host the Latvian and Lithuanian leaders for talks when they are ready.
"""
    vilnius = """date: 2026-04-05
source: Harbour Herald
title: Vilnius

Lithuanian President Rokas Vilkas met Latvian Prime Minister Anu Saar in Vilnius on Monday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("host") / "corpus", {"offer.txt": offer, "vilnius.txt": vilnius})
    answer = kb.answer("What did Oja say about hosting Vilkas and Saar?")  # the article says "leaders", not Vilkas
    assert answer.found and "willing to host" in answer.items[0].text
    assert answer.items[0].label == CLOSEST_LABEL  # labelled: it never names Vilkas


@pytest.mark.parametrize("question", ["Kask's role in the ferry talks?", "what role did Kask play in the ferry talks?"])
def test_the_part_someone_played_is_no_job_question(tmp_path_factory: pytest.TempPathFactory, question: str) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry talks

Estonian Foreign Minister Mari Kask met Latvian officials in Riga on Friday.

Kask chaired the ferry talks in Tartu on Monday and drafted the toll accord.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("part") / "corpus", {"part.txt": text})
    answer = kb.answer(question)
    assert answer.intent is not Intent.WHO
    assert "chaired the ferry talks" in answer.items[0].text and answer.items[0].label is None
    assert kb.answer("Kask's role?").intent is Intent.WHO  # her job, as before


def test_a_thing_named_by_its_noun_alone_after_its_full_name_is_that_thing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Terminal row

Estonia has proposed that it run the Riga ferry terminal under a new lease.

Latvia has pushed back on this proposal, insisting instead on running the terminal itself while offering Estonia lower fees.

Latvia also opened a new bus terminal in Liepaja on Monday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("terminal") / "corpus", {"terminal.txt": text})
    answer = kb.answer("What's Latvia's counter-offer on the ferry terminal?")
    offer = [item for item in answer.items if "lower fees" in item.text]
    assert offer and offer[0].label is None  # "the terminal itself": the ferry terminal of the sentence before
    assert all(item.label == CLOSEST_LABEL for item in answer.items if "bus terminal" in item.text)


def test_a_yes_no_question_is_answered_by_its_opposite(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Toll plan

In 2024, Estonian envoy Mart Kesk tried to pull Latvia away from the Nordic toll bloc.

But these efforts failed after the Riga elections.

Latvia rejected the Estonian toll plan on Monday.

Estonia published the toll plan in March.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("opposite") / "corpus", {"opposite.txt": text})
    succeeded = kb.answer("Did Kesk's 2024 effort to pull Latvia away from the bloc succeed?")
    assert "efforts failed" in succeeded.items[0].text and succeeded.items[0].label is None
    assert stem("continue") in opposite(stem("finished"))  # "is the exchange finished?": "it will continue"
    accepted = kb.answer("Did Latvia accept the Estonian toll plan?")
    assert "Latvia rejected" in accepted.items[0].text and accepted.items[0].label is None
    assert all(item.label == CLOSEST_LABEL for item in accepted.items if "published" in item.text)


FERRY = """date: 2026-04-02
source: Harbour Herald
title: Ferry pact

Latvian Foreign Ministry official Ilze Berzina is director of the ferry department at the ministry.

Fisheries spokesman Karl Tamm said the ferry pact was only possible with the consent of both ports.

According to him, it is premature to talk about new ferry routes.

Estonian Prime Minister Juhan Oja's special envoy Mart Kesk accused the Tallinn Daily of misrepresenting his words, clarifying that he did not mean "closing" the harbour itself.

The Tallinn Daily wrote that Kesk suggested closing the harbour to Latvian ships.

The ruling parties left open the possibility of Estonian participation in the patrol.

Estonian Defence Minister Anu Saar expressed doubts about this.

Chancellor Peeter Varo said the harbour talks "tapped the well of goodwill".
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("ferry") / "corpus", {"ferry.txt": FERRY})


def test_according_to_him_goes_on_with_the_speaker_before(ferry: KnowledgeBase) -> None:
    answer = ferry.answer("what did Tamm say about new ferry routes?")
    assert "premature" in answer.items[0].text and answer.items[0].text.startswith("Karl Tamm")


def test_a_persons_comment_is_what_they_said(ferry: KnowledgeBase) -> None:
    answer = ferry.answer("Varo's comment on the harbour talks")
    assert answer.items[0].text.startswith("Peeter Varo") and "tapped the well" in answer.items[0].text


def test_doubts_answer_whether_someone_supports_it(ferry: KnowledgeBase) -> None:
    answer = ferry.answer("Does Saar support Estonian participation?")
    assert "expressed doubts" in answer.items[0].text and answer.items[0].label is None


def test_a_persons_position_with_no_topic_is_their_post(ferry: KnowledgeBase) -> None:
    answer = ferry.answer("Berzina's position?")
    assert answer.intent is Intent.WHO and answer.items[0].text.startswith("Ilze Berzina")


def test_the_one_asked_about_denying_it_answers_the_yes_no_question(ferry: KnowledgeBase) -> None:
    # the envoy acts in "Oja's special envoy Mart Kesk accused ...", not Oja
    answer = ferry.answer("did Kesk deny closing the harbour?")
    assert "misrepresenting his words" in answer.items[0].text and answer.items[0].label is None
    # ... and his denial answers whether he suggested it, before what the paper wrote he suggested
    suggested = ferry.answer("did Kesk suggest closing the harbour itself?")
    assert "misrepresenting his words" in suggested.items[0].text and suggested.items[0].label is None


SPRING = """date: 2026-03-12
source: Harbour Herald
title: Quota deal

Estonia and Latvia signed the fishing quota deal in Tartu on March 10.

Envoy Mart Kesk attended the Tartu signing.
"""
SUMMER = """date: 2026-06-20
source: Harbour Herald
title: Ferry swap

Estonia and Latvia completed the ferry swap in Riga on June 18.

The Riga talks were chaired by Latvian Prime Minister Anu Saar.

The Riga talks lasted four hours on Thursday.

Envoy Mart Kesk arrived in Riga on June 17 to brief the Estonian delegation.

Latvia objected to the Nordic patrol plan on Friday.
"""


@pytest.fixture(scope="module")
def seasons(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_over(tmp_path_factory.mktemp("seasons") / "corpus", {"spring.txt": SPRING, "summer.txt": SUMMER})


@pytest.mark.parametrize(
    "question",
    [
        "which came first, the quota deal or the ferry swap?",
        "which happened earlier: the ferry swap or the quota deal",
    ],
)
def test_which_came_first_dates_both_and_orders_them(seasons: KnowledgeBase, question: str) -> None:
    answer = seasons.answer(question)
    assert answer.found and [item.date for item in answer.items] == ["2026-03-10", "2026-06-18"]
    assert answer.message and answer.message.lower().startswith("quota deal came first")


def test_both_asks_each_part(seasons: KnowledgeBase) -> None:
    answer = seasons.answer("Was Kesk at both the Tartu signing and the Riga talks?")
    assert answer.message and answer.message.startswith("Asked as two questions")
    assert any("Kesk attended the Tartu signing" in item.text for item in answer.items)


def test_a_yes_no_answer_about_a_person_names_them(seasons: KnowledgeBase) -> None:
    answer = seasons.answer("Was Kesk at the Riga talks?")
    assert all(item.label == CLOSEST_LABEL for item in answer.items if "Kesk" not in item.text)


def test_why_is_answered_by_the_askeds_own_words_and_where_by_a_sentence_naming_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk doubts Riga

Envoy Mart Kesk cast doubt on Friday over Riga as a venue for the ferry talks.

"I think it would not be comfortable for Riga itself to host two delegations that quarrel over the ferry," Kesk added.

Pope Leo said soon after his election that Riga could act as a venue without specifying details.

Speaking to journalists en route to Tallinn from Vilnius, Kesk said the ferry talks would resume.

Spokesman Karl Tamm said the delegates travelling to the ferry talks in Parnu would be named later.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("ownwords") / "corpus", {"ownwords.txt": text})
    why = kb.answer("Why does Kesk doubt Riga as a venue?")
    assert why.items[0].text.startswith('"I think it would not be comfortable') and why.items[0].label is None
    where = kb.answer("where was Kesk travelling when he talked about the ferry talks")
    assert "en route to Tallinn" in where.items[0].text


def test_a_request_to_someone_no_party_stands_for_is_stated_where_it_is_told(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry law

Estonian Prime Minister Juhan Oja said he has already asked parliament to prepare a ferry law allowing night crossings.

Oja met Latvian officials in Riga on Monday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("parliament") / "corpus", {"law.txt": text})
    answer = kb.answer("What did Oja ask parliament to do?")
    assert "asked parliament to prepare" in answer.items[0].text and answer.items[0].label is None


def test_who_issued_a_statement_is_answered_by_the_sentence_saying_whose_it_was(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry accord

The statement said that Estonia and Latvia agreed to develop measures for the ferry accord reached by Prime Minister Juhan Oja and Prime Minister Anu Saar.

Estonia and Latvia agreed to keep the ferry lanes open, the Nordic council said in a statement.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("statement") / "corpus", {"statement.txt": text})
    answer = kb.answer("Who issued the statement about the ferry accord?")
    assert "the Nordic council said in a statement" in answer.items[0].text


def test_the_next_round_of_a_kind_of_talks_is_no_other_planned_meeting(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry talks in Tartu

Trilateral ferry talks between Estonian, Latvian and Finnish delegations in Tartu were difficult, the Latvian negotiator said.

A new round of negotiations will take place in the near future, the head of the Latvian delegation added.

Envoy Mart Kesk is scheduled to meet Prime Minister Juhan Oja in Parnu on April 9 to report on the outcome of the talks.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("nextround") / "corpus", {"next.txt": text})
    answer = kb.answer("When will the next round of trilateral talks take place?")
    assert not any(item.label is None and "Parnu" in item.text for item in answer.items)  # a report, no next round
    assert any("near future" in item.text for item in answer.items)


def test_who_will_replace_someone_is_answered_by_a_sentence_naming_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Port office

Prime Minister Juhan Oja said that the head of the port authority, Mart Kesk, will replace Liis Arro as head of the ferry office.

Anu Saar has been the head of the harbour board since February 2020, succeeding Peeter Varo.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("replace") / "corpus", {"replace.txt": text})
    answer = kb.answer("Who will replace Kesk as head of the port authority?")
    assert all(item.label == CLOSEST_LABEL for item in answer.items)  # no sentence says who follows Kesk


def test_small_words_that_ask_and_a_places_state(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry sanctions

Since 2019, Kesk served in the coast guard, where he carried out secret patrols, including in occupied Hiiumaa.

The Nordic council, on the same day, approved the new ferry sanctions package.

The sanctions target Tallink and Viking, the two largest ferry firms.

Furthermore, the sanctions include a phased ban on night crossings and new limits on cargo ships.

The US-backed ferry plan, whose original 12 points were unveiled in March, imposed punishing conditions on Latvia.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("small") / "corpus", {"small.txt": text})
    where = kb.answer("Where did Kesk carry out secret patrols?")
    assert "occupied Hiiumaa" in where.items[0].text and where.items[0].label is None
    again = kb.answer("Did the Nordic council approve new sanctions as well?")  # "as well": too
    assert "approved the new ferry sanctions" in again.items[0].text and again.items[0].label is None
    assert "'well'" not in (again.message or "")
    besides = kb.answer("what else do the sanctions include apart from Tallink and Viking")
    assert "No article mentions 'apart'" not in (besides.message or "")
    terms = kb.answer("What conditions did the 12-point plan impose on Latvia?")
    assert terms.intent is not Intent.DEMANDS and "punishing conditions" in terms.items[0].text


def test_a_persons_reaction_is_their_own_words_before_their_sides_stance(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry truce

Estonia agreed to the Latvian proposal for a ferry truce lasting 30 days, the Nordic broadcaster said.

Estonian Prime Minister Juhan Oja said Tallinn considered the ferry truce proposal "positive".
"""
    kb = knowledge_over(tmp_path_factory.mktemp("reaction") / "corpus", {"reaction.txt": text})
    answer = kb.answer("Oja's reaction to the ferry truce proposal")
    assert answer.items[0].text.startswith("Juhan Oja") and '"positive"' in answer.items[0].text
    statement = kb.answer("Oja's statement on the ferry truce")  # a statement is what he said, never his post
    assert statement.intent is not Intent.WHO and '"positive"' in statement.items[0].text


def test_a_sides_reaction_typed_without_its_apostrophe(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry sanctions

Estonia has condemned the latest Latvian sanctions targeting its ferry firms, warning they will lead to instability.

The sanctions mark Latvia's first action against Estonia's ferries this year, lifting fares by more than 2 euros.

Furthermore, Ilmar Rebane, a spokesman for the Finnish Foreign Ministry, denounced the sanctions at a briefing on Thursday.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("sidereaction") / "corpus", {"side.txt": text})
    answer = kb.answer("finland reaction to latvian sanctions on estonian ferries")
    assert answer.intent is Intent.POSITIONS and "Rebane" in answer.items[0].text


def test_violence_is_attacks() -> None:
    # "was Trump disappointed with Putin's attacks?": "'very disappointed' with Russian counterpart's escalation of
    # violence" says it (a family word: ranked at the family's discount, never as the word itself)
    from knowledge.lexicon import related
    from knowledge.text import stem

    assert stem("violence") in related(stem("attacks"))


def test_a_yes_no_question_about_commenting_and_a_statement_going_on(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk takes the ferry office

Estonian Prime Minister Juhan Oja offered envoy Mart Kesk the ferry office on Monday.

Kesk said that he accepted Oja's offer to head the ferry office.

"I consider it another milestone of service to the country, an honour and a duty," he wrote.

The Riga port office declined to comment further.

Latvian Prime Minister Anu Saar said she welcomed the choice of Kesk.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("goingon") / "corpus", {"goingon.txt": text})
    # "did X comment?" asks whether X did: never a question for X's comments
    assert kb.read("Did the Riga port office comment on the choice?").question.kind == "yes/no"
    commented = kb.answer("Did the Riga port office comment on the choice?")
    assert "declined to comment" in commented.items[0].text
    assert all(item.label == CLOSEST_LABEL for item in commented.items[1:])  # Saar's words are no comment by it
    # "X's statement on accepting the post": his words on it, the quotation going on after his statement too
    statement = kb.answer("Kesk's statement on accepting the post")
    assert any("milestone of service" in item.text and item.label is None for item in statement.items)


def test_the_answers_words_going_on_in_a_quotation_are_its_second_half(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk on Oja

Estonian envoy Mart Kesk also commented on the harbour summit in Riga.

The Estonian envoy described Prime Minister Juhan Oja's ferry plan as risky.

“It is bold, but we must hope it works,” he said, adding that the ports should back it.

Kesk emphasized that the ferry lanes must stay open.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("twohalves") / "corpus", {"halves.txt": text})
    answer = kb.answer("How did Kesk describe Oja's ferry plan?")
    assert "as risky" in answer.items[0].text
    assert "bold, but we must hope" in answer.items[1].text and answer.items[1].label is None


def test_words_units_and_purposes_as_askers_mean_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Harbour plan

Latvia is demanding control of the whole harbour, even as Estonia holds over 2,000 square metres of the territory.

The patrol boats are to be built "to support the restoration of the coast guard and strengthen deterrence".

The coast guard plan was published in March.

He described the moment as a historic chance for the harbour, Estonian Prime Minister Juhan Oja said.

In terms of support for the coast guard, the document refers to funding for new radar stations.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("units") / "corpus", {"units.txt": text})
    share = kb.answer("How much of the harbour territory does Estonia still hold?")
    assert "2,000 square metres" in share.items[0].text and share.items[0].label is None  # the unit is no word between
    why = kb.answer("Why are the patrol boats being built?")
    assert '"to support the restoration' in why.items[0].text and why.items[0].label is None  # a purpose is a reason
    mention = kb.answer("what support for the coast guard does the document mention")
    assert "'mention'" not in (mention.message or "")  # "mention" asks what it says, no word to find
    assert kb.read("Oja's description of the moment").question.kind == "said"


def test_the_one_thanked_is_not_whose_statement_it_is(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Oja thanks Kesk

Latvian Prime Minister Anu Saar later thanked Juhan Oja in a statement posted on X, saying the ferry issue was settled.

Estonian Prime Minister Juhan Oja said the ferry talks were going well.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("thanked") / "corpus", {"thanked.txt": text})
    answer = kb.answer("What did Oja say about the ferry issue?")
    assert not any(item.text.startswith("Juhan Oja") and "thanked" in item.text for item in answer.items)


def test_a_fragment_naming_one_person_asks_about_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    pressed = """date: 2026-04-02
source: Harbour Herald
title: Oja pressed over the ferry vote

Latvian Prime Minister Anu Saar said a ferry vote in Estonia was overdue and a second ferry vote should follow it.
"""
    ready = """date: 2026-04-03
source: Harbour Herald
title: Ferry plans

Estonian Prime Minister Juhan Oja said he is ready to hold a vote on the ferry within 60 to 90 days.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("fragment1") / "corpus", {"pressed.txt": pressed, "ready.txt": ready})
    answer = kb.answer("oja ferry vote")
    assert "60 to 90 days" in answer.items[0].text  # Oja's own sentence before Saar's on him


def test_were_there_any_asks_whether_they_were(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Sailors home

Among the freed sailors are three women and 87 men.

Estonia is adding Latvian smugglers to the sailor exchange.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("anywomen") / "corpus", {"women.txt": text})
    answer = kb.answer("were there any women among the freed sailors?")
    assert "three women" in answer.items[0].text and answer.items[0].label is None


def test_brought_home_is_returned() -> None:
    from knowledge.lexicon import without_phrasal_verbs

    assert without_phrasal_verbs("how many sailors were brought home?") == "how many sailors were returned?"


def test_what_two_people_did_together_needs_a_sentence_naming_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Oja in Riga

The Estonian Prime Minister's visit to Latvia comes as the Nordic council strives to broker a ferry deal.

During their meeting in Riga on Friday, Estonian Prime Minister Juhan Oja praised Latvian Prime Minister Anu Saar as a reliable partner.
"""
    other = """date: 2026-03-02
source: Harbour Herald
title: Accord

Finland signed a fishing accord with Sweden in March.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("pair") / "corpus", {"pair.txt": text, "other.txt": other})
    answer = kb.answer("What deals did Oja and Saar sign in Latvia?")  # the articles report none
    assert all(item.label == CLOSEST_LABEL for item in answer.items)  # the council's deal is no deal of theirs


def test_how_much_money_in_a_thing_wants_a_sum_for_that_thing(tmp_path_factory: pytest.TempPathFactory) -> None:
    vault = """date: 2026-04-02
source: Harbour Herald
title: Reserves

Norway, which holds most of the pooled fishing reserves through the Bergen depository, refused to back the €20 billion quota loan.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("money") / "corpus", {"vault.txt": vault})
    answer = kb.answer("How much money in pooled fishing reserves does the Bergen depository hold?")
    assert all(item.label == CLOSEST_LABEL for item in answer.items)  # €20 billion is the loan's, not the reserves'


def test_whos_on_a_delegation_asks_for_its_members() -> None:
    from knowledge.answering.question import MEMBERS_ASKED

    assert MEMBERS_ASKED.search("who's on Estonia's delegation in Tartu")  # "who's" typed as one word
    assert MEMBERS_ASKED.search("who is on Estonia's delegation in Tartu")
    assert MEMBERS_ASKED.search("who's on latvia's new tartu delegation")  # (three words before "delegation")


def test_a_condition_is_no_answer_to_a_yes_no_question(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Harbour truce

And if Latvia kept fishing, so would Estonia.

An hour after the harbour truce began, an Estonian official said the Latvian boats continue to fish in all waters.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("ifclause") / "corpus", {"if.txt": text})
    answer = kb.answer("did Latvia keep fishing during the harbour truce?")
    assert all(item.label == CLOSEST_LABEL for item in answer.items if item.text.startswith("And if"))


def test_which_years_is_answered_by_a_sentence_naming_years(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry pledge

Nordic Council President Eva Lund welcomed Estonian Premier Kaja Mets to the Bergen summit, announcing a Nordic commitment to ensure Estonia's ferry needs are covered for the next two years.

Nordic leaders on Thursday committed to meeting Estonia's ferry and harbour needs for 2027 and 2028.

The leaders formally tasked the Nordic Commission with drafting options for meeting Estonia's ferry needs.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("years") / "corpus", {"years.txt": text})
    for question in (
        "what years did Nordic leaders commit to cover Estonia's ferry needs for",
        "Which years of Estonia's ferry needs did the Nordic leaders commit to?",
    ):
        answer = kb.answer(question)
        assert "2027 and 2028" in answer.items[0].text, question


def test_where_words_were_said_follows_the_words(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Tamm on the quota

Fisheries Minister Karl Tamm said this in an interview with the Harbour Herald on Friday.

Tamm said the quota deal with Latvia would be signed before the summer.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("saidthis") / "corpus", {"saidthis.txt": text})
    answer = kb.answer("what did Tamm say?")
    assert "Tamm said the quota deal" in answer.items[0].text, [item.text for item in answer.items]


def test_a_sides_name_misspelt_in_a_role_question(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry talks in Tartu

The head of the Estonian delegation, Mart Kesk, wrote on Telegram that progress had been made in Tartu.

Latvian Fisheries Minister Ilze Ozola said the talks would go on.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("sidetypo") / "corpus", {"tartu.txt": text})
    for question in ("Who is the head of the Estonain delegation in Tartu?", "head of the Estonain delegation?"):
        answer = kb.answer(question)
        assert answer.found and "Mart Kesk" in answer.items[0].text, question


def test_a_time_to_come_with_no_date_answers_when_the_next_round_is(tmp_path_factory: pytest.TempPathFactory) -> None:
    from knowledge.answering.timeline import UNDATED_LABEL

    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry talks in Tartu

Four-way ferry talks between Estonian, Latvian, Finnish and Swedish delegations in Tartu were "tough but useful," chief negotiator Mart Kesk said on Wednesday.

A new round of negotiations will be held "in the near future," the head of the Latvian delegation added.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("undated") / "corpus", {"tartu.txt": text})
    for question in ("When is the next round of four-way ferry talks?", "next round of ferry talks when"):
        answer = kb.answer(question)
        assert answer.items[0].text.startswith("A new round"), question
        assert answer.items[0].label == UNDATED_LABEL and "in the near future" in (answer.message or ""), question
    past = kb.answer("When were the ferry talks in Tartu?")  # a question about what happened is not answered so
    assert all(item.label != UNDATED_LABEL for item in past.items)


def test_a_sentence_found_by_search_carries_the_date_it_states(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-22
source: Harbour Herald
title: Kesk in Riga

Envoy Mart Kesk arrived in Riga on Wednesday for his third visit this year.

He last met Varo on April 3.

On May 20, a call was held between Kesk and Varo, following the May 16 call between Lund and Mets.

The envoy's staff declined to comment.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("dated") / "corpus", {"riga.txt": text})
    last = kb.answer("kesk last varo meeting before may")
    assert last.intent is Intent.SEARCH
    # (the item names whom "He" means, the sentence before's one person; its citation is the sentence as written)
    assert last.items[0].text.startswith("[Mart Kesk] last met") and last.items[0].date == "2026-04-03"
    assert last.items[0].citations[0].quote.startswith("He last met")
    call = kb.answer("Kesk Varo call details")  # of two dates, the one whose clause names who was asked about
    first = next(item for item in call.items if item.text.startswith("On May 20"))
    assert first.date == "2026-05-20"
    assert all(item.date is None for item in call.items if item.text.startswith("The envoy's staff"))


def test_an_abbreviation_the_lexicon_knows_is_a_word_not_an_unknown_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Tartu round

Chief negotiator Mart Kesk confirmed an agreement on a major prisoner exchange between Estonia and Latvia in Tartu.

The ferry quota was left for the next round.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("pow") / "corpus", {"tartu.txt": text})
    for question in ("Kesk comments on POW exchange tartu", "POW swap in Tartu?"):
        answer = kb.answer(question)
        assert answer.found and "prisoner exchange" in answer.items[0].text, question


def test_a_place_typed_in_lower_case_one_letter_off(tmp_path_factory: pytest.TempPathFactory) -> None:
    ventspils = """date: 2026-04-02
source: Harbour Herald
title: Talks in Ventspils between Estonia and Latvia lasted for 7 hours

"After 7 hours of Estonian-Latvian negotiations, Estonia agreed to the proposal for a ferry truce," the broadcaster said.

Early on Tuesday, the delegations began talks in Ventspils.
"""
    tartu = """date: 2026-04-09
source: Harbour Herald
title: Tartu round

The talks in Tartu on Tuesday lasted for three hours.
"""
    kb = knowledge_over(
        tmp_path_factory.mktemp("lowplace") / "corpus", {"ventspils.txt": ventspils, "tartu.txt": tartu}
    )
    for question in ("ventpils talks duration", "how long did the ventpils talks last"):
        answer = kb.answer(question)
        assert answer.items[0].text.startswith('"After 7 hours'), question
        assert not any("Tartu" in item.text for item in answer.items), question  # another place's talks


def test_a_description_naming_a_place_asks_who_it_describes(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Tartu round

Early on Monday, Estonian and Latvian delegations began talks in the university city of Tartu.

Latvian Foreign Minister Ilze Ozola and Estonian Envoy Mart Kesk attended the talks, in the presence of the Finnish ambassador.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("attendees") / "corpus", {"tartu.txt": text})
    for question in ("!who Tartu talks attendees", "!who Tartu talks participants"):
        answer = kb.answer(question)
        assert answer.found and "Ilze Ozola" in answer.items[0].text and answer.items[0].label is None, question


def test_a_team_listed_in_the_sentence_pointing_back_to_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Estonia, Latvia and Finland begin ferry talks in Parnu

Estonia, Latvia and Finland are holding direct ferry talks in Parnu for the first time on April 2.

The Estonian delegation has also been expanded. It includes Fisheries Minister Karl Tamm, Envoy Mart Kesk and Navy Commander Jaan Ilves.

The Latvian delegation in the Riga talks was led by Ilze Ozola, and the Finnish delegation in the Turku talks by Aino Virta.

The Estonian delegation to the Riga talks said the quota was settled.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("itincludes") / "corpus", {"parnu.txt": text})
    for question in ("Who is on Estonia's delegation to the Parnu talks?", "estonian team parnu talks members"):
        answer = kb.answer(question)
        assert answer.items[0].text.startswith("It includes"), (question, [i.text[:40] for i in answer.items])


def test_who_did_something_asked_by_its_act(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk in Tartu

Earlier, Kesk arrived in Estonia's second city Tartu for a meeting with Varo ahead of the ferry talks.

The bilateral meeting and a working lunch, held behind closed doors, lasted two hours.

The closed-door meeting was also attended by Estonian Fisheries Minister Karl Tamm and Navy Commander Jaan Ilves.

Envoy Mart Kesk was accompanied in Tartu by Deputy Harbour Secretary Liis Saar, who visited Latvia in March.

Envoy Mart Kesk met Latvian Premier Ain Varo.

Fisheries Minister Karl Tamm and Navy Commander Jaan Ilves, who are set to arrive later, will be joining Kesk at the talks in Tartu.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("whoacts") / "corpus", {"tartu.txt": text})
    attended = kb.answer("!who attended the Kesk Varo meeting")
    assert attended.items[0].text.startswith("The closed-door meeting") and attended.items[0].label is None
    accompanied = kb.answer("!who accompanied Kesk to Tartu")
    assert accompanied.found and "Liis Saar" in accompanied.items[0].text
    joining = kb.answer("Who is joining Kesk for the talks in Tartu?")
    assert joining.intent is not Intent.WHO or joining.found  # never "nobody called 'joining Kesk ...'"
    assert any("will be joining Kesk" in item.text for item in joining.items[:3])


def test_an_outlets_name_is_a_word_and_a_sides_reaction_asked_with_its_verb(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Tallinn, Oslo condemn Latvian ferry levies

Latvia on Wednesday announced levies on Estonian ferries, and Estonia has condemned them, warning they will hurt the region.

Furthermore, Ola Berg, a spokesman for the Norwegian Foreign Ministry, denounced the levies at a press briefing on Thursday, saying Oslo opposes unilateral measures.

Envoy Mart Kesk accused the Times newspaper of misrepresenting his words about ferry zones.

The Times wrote in an article that Kesk suggested splitting the harbour into zones.
"""
    other = """date: 2026-04-03
source: Harbour Herald
title: Ilves disappointed

Navy Commander Jaan Ilves said he was "very disappointed" with what happened at the harbour a couple of nights ago.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("outlet") / "corpus", {"levies.txt": text, "ilves.txt": other})
    times = kb.answer("Why was Kesk angry at The Times?")
    assert times.found and "Times" in times.items[0].text
    reaction = kb.answer("How did Oslo react to the Latvian ferry levies?")
    assert reaction.intent is Intent.POSITIONS and "Ola Berg" in reaction.items[0].text


def test_a_plan_since_changed_is_dated_by_the_new_date(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-30
source: Harbour Herald
title: Kesk to brief Varo

Kesk, who was initially expected to meet with Varo in Riga on June 2 to report on the outcome of the ferry talks, is now scheduled to meet with the premier in Tartu on June 4 instead, the Herald reported.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("moved") / "corpus", {"moved.txt": text})
    for question in ("when will Kesk meet Varo", "Kesk report to Varo where when"):
        assert kb.answer(question).items[0].date == "2026-06-04", question


def test_a_capital_asked_about_first_is_its_government(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Tallinn talks

Prime Minister Kaja Mets told Latvian Premier Ain Varo that Estonia was not neutral and was on the side of the ferry deal.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("capital") / "corpus", {"neutral.txt": text})
    question = kb.context.question("Is Tallinn impartial on the ferry dispute?")
    assert "Estonia" in question.parties and not question.places  # its government, no place to find
    assert kb.answer("Is Tallinn impartial on the ferry dispute?").found


def test_a_rank_shortened_before_a_name_and_a_request_asked_for(tmp_path_factory: pytest.TempPathFactory) -> None:
    from knowledge.extract.people import find_names

    (gerasimov,) = [m for m in find_names("Marsh met his top naval commander, Adm. Jaan Ilves.") if m.is_person]
    assert gerasimov.name == "Jaan Ilves" and gerasimov.role == "top naval commander"  # a rank never wins over a title
    (ilves,) = [m for m in find_names("Marsh met Adm. Jaan Ilves on the pier.") if m.is_person]
    assert ilves.name == "Jaan Ilves" and ilves.role == "Admiral"  # ... and is the title when there is no other
    text = """date: 2026-04-02
source: Harbour Herald
title: Harbour truce

“We will assume that the Latvian side will follow our example,” Marsh said in a meeting televised Saturday with his top naval commander, Adm. Jaan Ilves.

President Ivo Marsh of Estonia ordered his navy to stop all patrols from Saturday evening, declaring a harbour truce.

“Indeed, President Marsh made a personal request to Premier Varo to refrain from fishing near Tartu for a week,” spokesman Karl Tamm told journalists.

Tamm declined to say whether Varo agreed to the request.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("rank") / "corpus", {"truce.txt": text})
    which = kb.answer("Which admiral was Marsh meeting with on Saturday?")
    assert "Jaan Ilves" in which.items[0].text
    request = kb.answer("What exactly did Marsh request from Varo regarding Tartu?")
    assert any("personal request" in item.text for item in request.items[:2])


def test_a_month_naming_a_goal_and_asked_by_its_month(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-02-10
source: Harbour Herald
title: Ferry deal

Estonian and Latvian negotiators have discussed an ambitious April goal for reaching a ferry agreement, though that timeline is likely to slip.

The Latvian side wants a quota first.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("aprilgoal") / "corpus", {"goal.txt": text})
    for question in (
        "target month for the ferry deal",
        "By when did Estonian and Latvian negotiators hope to reach a ferry deal?",
    ):
        answer = kb.answer(question)
        assert answer.items[0].date == "2026-04" and "April goal" in answer.items[0].text, question


def test_made_head_and_took_over_from(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Reshuffle

As reported earlier, on March 18, President Ivo Marsh appointed Mart Kesk as Secretary of the Harbour Council.

Karl Tamm has been the head of the Fisheries Office since February 2021, succeeding Liis Saar.

Tamm will be replaced by Kesk, the president said.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("reshuffle") / "corpus", {"reshuffle.txt": text})
    made = kb.answer("When did Marsh make Kesk head of the Harbour Council?")
    assert made.items[0].date == "2026-03-18"
    took = kb.answer("Who did Tamm take over from when he got the office job?")
    assert any("succeeding Liis Saar" in item.text for item in took.items[:2])


def test_a_headline_holds_the_thing_a_sentence_is_about(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Estonia and Latvia complete first stage of prisoner exchange

On April 1, Estonia managed to return 27 sailors and 12 fishermen from Latvian custody. The exchange will continue this weekend.

Among the liberated are three women and 36 men.
"""
    other = """date: 2026-03-02
source: Harbour Herald
title: Latvia frees sailors

The Herald noted that the release of 14 prisoners on Saturday had accelerated a gradual swap process.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("liberated") / "corpus", {"swap.txt": text, "other.txt": other})
    answer = kb.answer("women freed in the prisoner swap")
    assert answer.items[0].text.startswith("Among the liberated") and answer.items[0].label is None


def test_a_sentence_whose_headline_holds_the_words_is_not_cut_before_it_is_scored(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    target = """date: 2026-04-02
source: Harbour Herald
title: Ferry talks venue: Kesk meets Ozola again after ferry talks

Envoy Ozola, Fisheries Minister Karl Tamm and adviser Liis Saar held talks on the latest ferry effort with an Estonian delegation led by Harbour Council Secretary Kesk in Visby Harbour, on the coast, on March 30.
"""
    other = """date: 2026-03-02
source: Harbour Herald
title: Note

Kesk held ferry talks with Ozola on the fishing quota for the coming season.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("cut") / "corpus", {"target.txt": target, "other.txt": other})
    ranker, question = kb.context.ranker, kb.context.question("ferry talks venue kesk ozola")
    rows = [hit.row for hit in ranker.rank(question, limit=10)]
    best = max(ranker.score(question, rows), key=lambda hit: hit.score).row
    # the first pass keeping one row keeps the one full scoring puts first (its headline's words counted in both)
    groups = ranker._with_corrections(question.groups)
    assert ranker._first_pass(question, groups, rows, 1, {}) == [best]


def test_supposed_to_meet_is_meeting_and_either_side_meets(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-08
source: Harbour Herald
title: Marsh will meet Varo in Tartu on Friday the 15th

"The highly anticipated meeting between me, as President of Estonia, and Premier Ain Varo of Latvia will take place next Friday, May 15th, in Tartu," Marsh announced.

The meeting will be the first between an Estonian and a Latvian leader since Varo and Ilves held a meeting in 2021.

President Ivo Marsh of Estonia said more details would follow.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("supposed") / "corpus", {"meet.txt": text})
    answer = kb.answer("When is Marsh supposed to sit down with Varo in Tartu?")
    assert answer.items[0].date == "2026-05-15", [(i.date, i.text[:40]) for i in answer.items]


def test_a_people_timeline_lists_a_two_date_sentence_under_their_date(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-21
source: Harbour Herald
title: Kesk and Varo speak

"On May 20, a phone conversation was held between Envoy Mart Kesk and Premier Ain Varo. A constructive discussion of steps to implement the understandings reached during the May 16 phone conversation between President Ivo Marsh and Chancellor Eva Lund was held," the ministry said.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("twodates") / "corpus", {"call.txt": text})
    answer = kb.answer("!timeline Kesk Varo phone conversation")
    assert [item.date for item in answer.items] == ["2026-05-20"]


def test_a_sentence_found_by_search_is_dated_by_a_changed_plans_new_date(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-05-30
source: Harbour Herald
title: Kesk to brief Varo

Kesk, who was initially expected to meet with Varo in Riga on June 2 to report on the outcome of the ferry talks, is now scheduled to meet with the premier in Tartu on June 4 instead, the Herald reported.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("searchmoved") / "corpus", {"moved.txt": text})
    answer = kb.answer("Kesk report to Varo - meeting place")
    assert answer.intent is Intent.SEARCH and answer.items[0].date == "2026-06-04"


def test_number_of_and_getting_together_and_an_office_typed_in_lower_case(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-01-06
source: Harbour Herald
title: Nordic coalition meets in Oslo

As reported by the Herald, a meeting of the Nordic coalition involving 11 countries is taking place in the Norwegian capital.

During their meeting, the bonhomie between the two leaders was visible. The leaders have met 9 times in the past 4 years.

Latvian President Ilze Ozola told Estonian Premier Kaja Mets that Latvia was on the side of peace.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("numberof") / "corpus", {"oslo.txt": text})
    question = kb.context.question("number of nations at the oslo coalition meeting")
    assert question.kind == "how many" and question.counted == "nation"
    assert "11 countries" in kb.answer("number of nations at the oslo coalition meeting").items[0].text
    assert "9 times" in kb.answer("how often have the leaders got together").items[0].text
    named = kb.context.question("what did the latvian president tell mets")
    assert ["Ilze Ozola"] in [[p.name for p in group] for group in named.named_people]


def test_a_side_after_help_is_who_acts_not_a_thing_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry deal

Estonia will help restore Latvia’s access to the world market for fish and timber exports.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("regain") / "corpus", {"deal.txt": text})
    answer = kb.answer("What will Estonia help Latvia regain access to?")
    assert answer.found and "restore Latvia" in answer.items[0].text


def test_words_in_response_to_someone_and_words_said_earlier(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-23
source: Harbour Herald
title: Kesk doubts Riga as venue

Envoy Mart Kesk on Friday played down the idea of Riga as the next venue for the ferry talks.

The ferry talks have been held in Tartu since March.

Mayor Anna Lind, the first woman to lead the city, said soon after her election this month that Riga could act as a mediator.

Minister Ola Berg previously stated that Riga would welcome both delegations.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("response") / "corpus", {"riga.txt": text})
    response = kb.answer("What did Mayor Lind say in response to Kesk's remarks?")
    assert all(item.label is not None for item in response.items) and "Kesk" in (response.message or "")
    assert response.items[0].date == "2026-05"  # "this month", not the article's day
    reacted = kb.answer("How did Mayor Lind respond to Kesk's comments?")
    assert reacted.items[0].label is not None and "Kesk" in (reacted.message or "")  # Kesk is no speaker here
    earlier = kb.answer("what did Berg say about Riga")
    assert earlier.items[0].date is None  # "previously stated": no day the article gives


def test_insisting_instead_on_something_is_a_demand(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Latvia rejects Estonian control of the ferry port

Under the Estonian plan, Estonia would manage the Ventspils ferry port and share its revenue. Latvia has pushed back on this proposal, insisting instead on running the port itself while offering Estonia cheap berths, according to the source.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("instead") / "corpus", {"port.txt": text})
    answer = kb.answer("!demands Latvia")
    assert any("running the port itself" in item.text for item in answer.items)


def test_a_rationale_asks_why_and_removed_is_dismissed(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk moves to the Harbour Council

As reported earlier, on March 18, President Ivo Marsh appointed Mart Kesk as Secretary of the Harbour Council, dismissing Liis Saar from the post.

The decision to appoint former Fisheries Minister Mart Kesk as Secretary of the Harbour Council was driven by the need to strengthen Estonia's hand in the ferry talks, Premier Kaja Mets said.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("rationale") / "corpus", {"kesk.txt": text})
    assert kb.context.question("What was the rationale behind giving Kesk the council job?").kind == "why"
    rationale = kb.answer("What was the rationale behind giving Kesk the council job?")
    assert any("driven by the need" in item.text for item in rationale.items[:2])
    removed = kb.answer("which official was removed so kesk could take the council post")
    assert "Liis Saar" in removed.items[0].text


def test_an_acronym_with_small_letters_for_its_joining_words() -> None:
    from knowledge.acronyms import spelled_in

    assert (
        spelled_in("MoF", "he asked whether I would agree to lead the Ministry of Fisheries.")
        == "Ministry of Fisheries"
    )
    assert spelled_in("MoF", "the Minister of Finance Mart Kesk") == "Minister of Finance"
    assert spelled_in("MoF", "Many officials of Finland") is None  # "officials" is no joining word


def test_who_held_a_post_before_someone(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk moves to the Harbour Council

As reported earlier, on March 18, President Ivo Marsh appointed Mart Kesk as Secretary of the Harbour Council, dismissing Liis Saar from the post.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("before") / "corpus", {"kesk.txt": text})
    for question in (
        "who was Harbour Council secretary before Kesk",
        "!who previous Harbour Council secretary before Kesk",
    ):
        answer = kb.answer(question)
        assert answer.found and "Liis Saar" in answer.items[0].text, question


def test_a_speaker_the_articles_never_name_typed_in_lower_case(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Marsh on guarantees

President Ivo Marsh said the ferry guarantees would hold, and Premier Ain Varo said Latvia agreed.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("unknownspeaker") / "corpus", {"marsh.txt": text})
    answer = kb.answer("what did lindqvist tell marsh about the ferry guarantees during their golf game")
    assert not answer.found and "lindqvist" in (answer.message or "")
    assert kb.answer("what did varo say about the ferry guarantees").found  # a name the articles use is known


@pytest.mark.parametrize(
    "question",
    [
        "what did oslo say about the ferry levies",
        "!said Norway about the ferry levies",
        "norway position ferry levies latvia",
    ],
)
def test_what_a_side_said_is_what_its_people_said(tmp_path_factory: pytest.TempPathFactory, question: str) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Tallinn, Oslo condemn Latvian ferry levies

Latvia on Wednesday announced levies on Estonian ferries. They target Tallink and Viking, the two largest ferry lines.

Estonia has condemned the latest Latvian levies targeting its ferry lines, warning such moves will lead the region toward instability.

The levies mark Latvia's first action against Estonian ferries, lifting ticket prices.

Furthermore, Ola Berg, a spokesman for the Norwegian Foreign Ministry, denounced the levies at a press briefing on Thursday, saying Oslo opposes unilateral measures.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("sidesaid") / "corpus", {"levies.txt": text})
    answer = kb.answer(question)
    assert "Ola Berg" in answer.items[0].text, [item.text[:40] for item in answer.items]
    # ... and nothing else is given as what Norway said (Latvia's levies, Estonia's condemnation)
    assert all("Ola Berg" in item.text for item in answer.items if item.label is None)


def test_the_noun_which_asks_for_and_its_verb_are_no_compound() -> None:
    from knowledge.answering.question import _modifiers

    assert "institut" not in _modifiers("Which institution holds most of the frozen money?", {"institution", "holds"})
    assert "oil" in _modifiers("which oil companies did the US sanction?", {"oil", "companies"})  # a compound


def test_a_currency_asked_by_name_is_a_sum_in_its_sign(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Quota loan

However, Norway, which holds the bulk of the pooled fishing reserves, refused to approve the €40 billion (approximately $46 billion) quota loan without assurances.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("currency") / "corpus", {"loan.txt": text})
    for question in ("how many dollars is the quota loan", "how many euros would the quota loan be worth"):
        answer = kb.answer(question)
        assert answer.found and "€40 billion" in answer.items[0].text, question


def test_a_two_person_timeline_keeps_the_events_naming_both(tmp_path_factory: pytest.TempPathFactory) -> None:
    riga = """date: 2026-04-02
source: Harbour Herald
title: Kesk in Riga for ferry talks

Envoy Mart Kesk met Premier Ain Varo in Riga on Wednesday. He last met Varo on March 5.
"""
    tallinn = """date: 2026-02-12
source: Harbour Herald
title: Harbour officials gather in Tallinn

Envoy Mart Kesk will meet the Latvian delegation in Tallinn on Friday.

The ferry quota was not discussed.

President Ivo Marsh spoke to Premier Ain Varo by phone on February 10.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("twopeople") / "corpus", {"riga.txt": riga, "tallinn.txt": tallinn})
    answer = kb.answer("!timeline Kesk Varo meeting")
    dates = [item.date for item in answer.items]
    assert "2026-03-05" in dates and "2026-04-01" in dates
    # Kesk's Tallinn meeting names no Varo near it (only further on in its article): not theirs
    assert not any("Latvian delegation" in item.text for item in answer.items)


def test_a_fragment_naming_one_person_keeps_the_sentence_naming_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-02-17
source: Harbour Herald
title: Tamm arrives for ferry talks

Envoy Karl Tamm arrived in the Estonian city of Tartu on Monday on a previously planned trip.

Adviser Liis Saar and Navy Commander Jaan Ilves, who are set to arrive later on Monday, will be joining him at the talks.

The talks will be among the first high-level meetings in years between the two delegations.

Spokesman Peeter Kask declined to comment on a report by the Harbour Herald that Ain Ozola, Latvia's fisheries fund chief and a close ally of the premier, would also meet the Estonian delegation.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("onename") / "corpus", {"tartu.txt": text})
    answer = kb.answer("Ozola attending tartu?")
    assert "Ain Ozola" in answer.items[0].text, [item.text[:40] for item in answer.items]


def test_a_possessive_typed_in_lower_case_without_apostrophe_and_which_town(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry talks near Riga

Envoy Mart Kesk held talks with a Latvian delegation in Jurmala, west of Riga, on March 30.

Kesk said the ferry quota would be settled by May.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("kesks") / "corpus", {"jurmala.txt": text})
    assert [p.name for g in kb.context.question("kesks comments on the ferry quota").named_people for p in g] == [
        "Mart Kesk"
    ]
    where = kb.context.question("which town near riga hosted the ferry talks")
    assert where.kind == "where" and "town" not in where.modifiers
    assert "Jurmala" in kb.answer("which town near riga hosted the ferry talks").items[0].text


def test_a_sides_demand_in_the_article_about_the_talks_asked_for(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-05-16
source: Harbour Herald
title: First round of ferry talks in Parnu ends

The Latvians have put forward a number of unacceptable conditions.

The talks lasted two hours.

- The source said that Latvia's demands include the withdrawal of Estonian ferries from the Gulf of Riga before a truce can be declared.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("byarticle") / "corpus", {"parnu.txt": text})
    answer = kb.answer("What conditions did Latvia put forward at the Parnu talks?")
    assert any("withdrawal of Estonian ferries" in item.text for item in answer.items[:3])


def test_signing_up_to_holding_off_calling_off_and_for_a_week(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-03-19
source: Harbour Herald
title: Harbour truce

Mr Varo agreed not to target the ferries but refused to back a full 30-day truce.

“Indeed, President Marsh made a personal request to Premier Varo to refrain from striking Tartu for a week,” spokesman Karl Tamm told journalists.

A meeting between Envoy Mart Kesk and Minister Ilze Ozola, ahead of a summit, has been postponed indefinitely.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("phrasal") / "corpus", {"truce.txt": text})
    assert "refused to back" in kb.answer("Did Varo sign up to a full 30-day truce?").items[0].text
    held_off = kb.answer("how long was Varo asked to hold off bombing Tartu")
    assert "for a week" in held_off.items[0].text and held_off.items[0].label is None
    called_off = kb.answer("Has the meeting between Kesk and Ozola been called off?")
    assert any("postponed indefinitely" in item.text for item in called_off.items[:2])


def test_a_full_name_whose_surname_no_article_uses_is_not_covered(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Ferry summit

Council President Anna Lind welcomed Premier Ain Varo to the Riga summit.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("surname") / "corpus", {"summit.txt": text})
    answer = kb.answer("What did UN Secretary-General Anna Sorensen say about the ferry summit?")
    assert not answer.found and "Anna Sorensen" in (answer.message or "")
    assert kb.answer("what did Anna Lind say about the summit").found  # the one the articles name


def test_who_said_puts_a_known_speaker_first_and_went_on_for_is_lasted(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-05-23
source: Harbour Herald
title: Ferry swap

Latvia has stepped up its ferry inspections in recent weeks, despite a successful sailor exchange late last week.

The head of the Harbour Directorate, Karl Tamm, then said that a large-scale exchange of sailors could take place "next week."

The talks in Tartu lasted for about three hours, the harbour office said.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("whosaid") / "corpus", {"swap.txt": text})
    said = kb.answer("Who said the big sailor exchange could happen the following week?")
    assert "Karl Tamm" in said.items[0].text
    for question in ("did the Tartu talks go on for hours", "the Tartu talks went on for how long"):
        assert {"lasted", "lasting"} & {group.word for group in kb.context.question(question).groups}, question


def test_what_someone_called_someone_is_naming_and_a_bare_name_position_is_a_post(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Marsh and Varo

Calling Latvia a "true friend" of Estonia, President Ivo Marsh stressed the importance of trust.

Marsh spoke on Tuesday to Premier Ain Varo about a possible ferry truce.

Fisheries Minister Karl Tamm said the quota would hold.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("called") / "corpus", {"marsh.txt": text})
    assert kb.context.question("What did Marsh call Latvia?").kind == "said"
    assert "true friend" in kb.answer("What did Marsh call Latvia?").items[0].text
    post = kb.answer("karl tamm position")
    assert post.intent is Intent.WHO and "Fisheries Minister" in post.items[0].text


def test_not_covered_shows_what_plain_search_ranks_first(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = """date: 2026-04-02
source: Harbour Herald
title: Kesk and the Herald

Envoy Mart Kesk accused the Herald newspaper of misrepresenting his words about ferry zones.

The Herald wrote in an article that Kesk suggested dividing the harbour into zones.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("plain") / "corpus", {"kesk.txt": text})
    answer = kb.answer("herald minerals zones report")  # "minerals zones": a thing no article names
    assert not answer.found
    assert answer.items and all(item.label == CLOSEST_LABEL for item in answer.items)
    assert any("zones" in item.text for item in answer.items)  # what a search box would have shown
    nothing = kb.answer("what is the capital of mars")
    assert nothing.found or not nothing.items or all(item.label == CLOSEST_LABEL for item in nothing.items)


def test_a_post_comes_before_a_part_in_the_talks(tmp_path_factory: pytest.TempPathFactory) -> None:
    older = """date: 2026-01-10
source: Harbour Herald
title: Kesk's new post

President Ivo Marsh appointed Mart Kesk as Secretary of the Harbour Council.
"""
    newer = """date: 2026-03-10
source: Harbour Herald
title: Ferry talks

The head of the Estonian delegation, Mart Kesk, wrote that progress had been made.
"""
    kb = knowledge_over(tmp_path_factory.mktemp("post") / "corpus", {"older.txt": older, "newer.txt": newer})
    answer = kb.answer("Kesk's job?")
    assert "Secretary of the Harbour Council" in answer.items[0].text  # his post, though the talks are newer


@pytest.mark.parametrize(
    "question", ["varo answer to tartu strike pause request", "reason for the tartu strike pause request"]
)
def test_the_answer_to_a_request_or_its_reason_is_no_demands_question(question: str) -> None:
    from knowledge.answering.router import parse_question

    assert parse_question(question).intent is not Intent.DEMANDS


def test_details_asks_and_names_nothing(kb: KnowledgeBase) -> None:
    assert "details" not in [group.word for group in kb.context.question("harbour fund details").groups]


@pytest.mark.parametrize(
    "question", ["reason for kesk new post", "why did kesk get a new post?", "rationale behind Kesk's new job"]
)
def test_why_someone_got_a_post_is_no_job_lookup(question: str) -> None:
    from knowledge.answering.router import parse_question

    assert parse_question(question).intent is not Intent.WHO  # asks the reason, which a job lookup never says


def test_a_job_question_is_still_a_job_lookup() -> None:
    from knowledge.answering.router import parse_question

    assert parse_question("kesk new post").intent is Intent.WHO


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Tammaru - what's his position?", "what's Tammaru's position?"),
        ("Tammaru: what is his job?", "what is Tammaru's job?"),
        ("what is her role, Lepik?", "what is Lepik's role?"),
        ("Kesk - did he meet Varo?", "did Kesk meet Varo?"),
        ("Estonia and Latvia: when did they meet?", "when did Estonia and Latvia meet?"),
        ("Kesk, Varo: what did they sign?", "Kesk, Varo: what did they sign?"),  # a list of names, no name set apart
        ("Harbour talks - who attended?", "Harbour talks - who attended?"),  # no pronoun stands for it
        ("What did Kesk tell her about Tartu?", "What did Kesk tell her about Tartu?"),
        ("Did Kesk say he would meet Varo in Tartu, Estonia?", "Did Kesk say he would meet Varo in Tartu, Estonia?"),
        ("Estonia - Latvia talks: when did they resume?", "Estonia - Latvia talks: when did they resume?"),
    ],
)
def test_a_name_set_apart_is_what_the_pronoun_stands_for(typed: str, read: str) -> None:
    assert parse_question(typed).cleaned == read


def test_a_job_asked_with_the_name_set_apart_is_a_job_question() -> None:
    assert parse_question("Tammaru - what's his position?").intent is Intent.WHO
    assert parse_question("what is his job, Tammaru?").intent is Intent.WHO


@pytest.mark.parametrize(
    ("question", "naming"),
    [
        ("what did Kesk call the plan to deploy ferries?", True),
        ("what did Kesk call the talks with Varo?", True),
        ("What did Kesk call the Latvian truce offer?", True),
        ("what did Kesk call Varo about the strikes?", False),  # a phone call to someone
        ("what did Kesk call Ivars Varo to discuss?", False),
    ],
)
def test_what_someone_called_a_thing_is_a_phone_call_only_to_someone(question: str, naming: bool) -> None:
    from knowledge.answering.question import _WHAT_CALLED

    assert bool(_WHAT_CALLED.match(question)) is naming


def test_put_out_and_put_forward_are_issued_and_proposed(tmp_path: Path) -> None:
    from tests.conftest import knowledge_over

    knowledge = knowledge_over(
        tmp_path / "put",
        {
            "riga.txt": "date: 2026-04-16\nsource: Baltic Desk\ntitle: Riga talks end\n\n"
            "The foreign ministers issued a joint statement on Tuesday after the talks in Riga.\n\n"
            "Latvia proposed a shared coast guard patrol on Wednesday.\n"
        },
    )
    for question, day in (
        ("When did the ministers put out their joint statement?", "2026-04-14"),
        ("when did latvia put forward the coast guard patrol", "2026-04-15"),
    ):
        answer = knowledge.answer(question)
        assert answer.items and answer.items[0].date == day, (question, answer.items[:1])
        assert "No article" not in (answer.message or ""), (question, answer.message)
