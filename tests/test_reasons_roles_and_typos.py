"""A reason said to be missing is no reason, one told after a speech tag is one; a person's government post is their
side's ("Kesk's foreign minister" is no Kesk), a personal one is theirs alone; typos in the rest of a question are
read as the articles spell them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_ROUND = (
    "date: 2026-06-14\nsource: Sahel Desk\ntitle: Third round of Niger-Mali talks postponed after dam row\n\n"
    "The third round of Algerian-mediated talks between Niger and Mali, planned for Thursday in Algiers, has been"
    " postponed until June 30, Algeria's Foreign Ministry said on Sunday, after Niger accused Mali of diverting water"
    " at the Gao dam.\n\n"
    "The venue of the third round has also changed: it will be held in Oran rather than Algiers, the ministry said,"
    " without giving a reason.\n\n"
    "Malian President Amadou Keita said the delay would not change his position.\n\n"
    "Niger's interior minister said the army would deploy 300 additional soldiers to the northern border.\n"
)


def test_a_reason_said_to_be_missing_is_none_and_one_after_a_speech_tag_is_one(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"round.txt": _ROUND})
    answer = knowledge.answer("Why was the third round postponed?")
    assert answer.items and "accused Mali" in answer.items[0].citations[0].quote, answer.items[:2]
    assert answer.items[0].label is None, answer.items[0]


def test_a_missing_reason_is_never_typed_as_one() -> None:
    from knowledge.answering.answer_types import _KIND_PATTERNS, _shows

    why = _KIND_PATTERNS["why"]
    for text in (
        "It will be held in Oran, the ministry said, without giving a reason.",
        "The ministry gave no reason for the change.",
        "Officials did not give a reason for the move.",
    ):
        assert not _shows("why", why, text), text
    assert _shows("why", why, "It was moved for security reasons.")


def test_a_persons_government_post_is_their_sides_and_never_themselves(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"round.txt": _ROUND})
    answer = knowledge.answer("who is Keita's foreign minister?")
    assert not any("Amadou Keita" in item.text and item.label is None for item in answer.items), answer.items[:1]
    assert "Mali" in (answer.message or ""), answer.message
    spokesman = knowledge.answer("who is Keita's spokesman?")
    assert not any(item.text.startswith("Amadou Keita") for item in spokesman.items), spokesman.items[:1]


def test_typos_in_the_rest_of_a_question_are_the_words_the_articles_spell(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"round.txt": _ROUND})
    answer = knowledge.answer("how many soldeirs is niger sendng to the nothern border")
    assert answer.items and "300 additional soldiers" in answer.items[0].citations[0].quote, answer.items[:1]
    assert answer.items[0].label is None, (answer.message, answer.items[0])


def test_a_persons_post_asked_as_a_fragment_is_their_sides_or_their_own_holders(tmp_path: Path) -> None:
    spokesman = (
        "date: 2026-06-15\nsource: Sahel Desk\ntitle: Keita names a spokesman\n\n"
        "Keita's press secretary, Aminata Traore, said the president would attend.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"round.txt": _ROUND, "spokesman.txt": spokesman})
    answer = knowledge.answer("Keita's foreign minister?")
    assert not any(item.text.startswith("Amadou Keita") for item in answer.items), answer.items[:1]
    assert "Mali" in (answer.message or ""), answer.message
    secretary = knowledge.answer("Keita's press secretary")
    assert secretary.items and secretary.items[0].text.startswith("Aminata Traore"), secretary.items[:1]


def test_a_seat_of_government_speaks_for_its_country() -> None:
    from knowledge.actors import parties_in

    assert [party for _, _, party in parties_in("La Paz would ask for a sovereign corridor")] == ["Bolivia"]


_ASKS = (
    "date: 2026-06-01\nsource: Sahel Desk\ntitle: Algeria asks for calm\n\n"
    "Algeria's envoy Karim Belkacem said Algeria wanted both sides to stay at the table.\n"
)
_ASKS_NOW = (
    "date: 2026-06-20\nsource: Sahel Desk\ntitle: Algeria sets three commitments\n\n"
    "Belkacem said Algeria was now asking both sides for three commitments before July 1: no new troop movements,"
    " no change to the dam's operation, and a halt to hostile broadcasts.\n\n"
    "Niamey would ask for a joint inspection of the Gao dam, a Nigerien official said.\n"
)


def test_a_counted_list_asked_for_is_each_demand_and_the_newest_lead_when_asked_now(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"asks.txt": _ASKS, "now.txt": _ASKS_NOW})
    listed = knowledge.answer("!demands Algeria")
    texts = [item.text for item in listed.items]
    assert any("no new troop movements" in text for text in texts), texts
    assert any("no change to the dam's operation" in text for text in texts), texts
    now = knowledge.answer("What is Algeria currently asking both sides to do?")
    assert now.items and "stay at the table" not in now.items[0].text, [item.text for item in now.items]
    assert now.items[0].citations[0].article == "now", now.items[0]


def test_a_seat_of_two_words_is_no_person_and_its_demands_are_its_countrys(tmp_path: Path) -> None:
    from knowledge.extract.people import find_names

    assert not [m.name for m in find_names("Niamey and Phnom Penh said La Paz would ask for talks.") if m.is_person]
    knowledge = knowledge_over(tmp_path / "corpus", {"now.txt": _ASKS_NOW})
    assert "joint inspection" in " ".join(item.text for item in knowledge.answer("!demands Niger").items)


def test_a_reason_given_beyond_a_missing_one_is_one() -> None:
    from knowledge.answering.answer_types import _KIND_PATTERNS, _shows

    text = "The presidency gave no reason for the change beyond saying the talks were entering a new phase."
    assert _shows("why", _KIND_PATTERNS["why"], text)


def test_a_quotation_announced_as_words_on_someone_is_on_them(tmp_path: Path) -> None:
    article = (
        "date: 2026-08-18\nsource: Baltic Desk\ntitle: Rask doubts summit results\n\n"
        "Estonian Foreign Minister Jaan Rask spoke to reporters in Tallinn on Monday.\n\n"
        "Rask also commented on Friday's summit between US President Ann Tamm and Russian President Ivo Kesk in"
        " Helsinki.\n\n"
        "“I don't think anything binding was agreed, and we will wait for the details,” Rask said.\n\n"
        "Rask said Estonia would keep its border controls in place.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"rask.txt": article})
    answer = knowledge.answer("!said Rask Tamm")
    assert answer.items and "anything binding" in answer.items[0].text, [item.text for item in answer.items]
    assert answer.items[0].label is None, answer.items[0]


def test_a_reason_going_on_from_the_sentence_before_answers_why(tmp_path: Path) -> None:
    article = (
        "date: 2026-05-15\nsource: Nordic Desk\ntitle: Latvian president skips Oslo talks\n\n"
        "Latvian President Ivo Kesk will not travel to Oslo to attend the talks, a spokesman said.\n\n"
        "According to the spokesman, the decision was made after Estonia announced a smaller delegation.\n\n"
        "The talks are due to open on Friday.\n"
    )
    other = (
        "date: 2026-05-10\nsource: Nordic Desk\ntitle: Estonia decides on its delegation\n\n"
        "Estonia decided to send its foreign minister, and the decision was welcomed by Lithuania.\n\n"
        "The decision to hold a summit was taken in March, and ministers decided to meet again in June.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"oslo.txt": article, "other.txt": other})
    answer = knowledge.answer("Why did Kesk decide not to go to Oslo?")
    assert answer.items and "decision was made after" in answer.items[0].text, [item.text for item in answer.items]
    assert answer.items[0].label is None, answer.items[0]


_DELAYED = (
    "date: 2026-08-10\nsource: Sahel Desk\ntitle: Third round of Niger-Mali talks pushed back\n\n"
    "NIAMEY - The third round of Algerian-mediated talks between Niger and Mali, planned for August 12, will now"
    " take place on August 26, Algeria said on Sunday.\n\n"
    "Foreign ministry spokesman Karim Bensaid said the delay had been requested by the Malian side to give its new"
    " negotiator time to prepare.\n\n"
    "Separately, Niger freed four more Malian herders on Thursday, bringing the number freed since the talks began"
    " to 11.\n\n"
    "Bensaid urged both sides to exchange lists of missing herders without delay.\n"
)


def test_a_change_requested_by_a_side_is_its_reason_and_a_time_since_is_none(tmp_path: Path) -> None:
    from knowledge.answering.answer_types import _KIND_PATTERNS, _shows

    why = _KIND_PATTERNS["why"]
    assert _shows("why", why, "The postponement was requested by Chad to give its envoy time to prepare.")
    for text in (
        "Niger freed four herders, bringing the number freed since the talks began to 11.",
        "Bensaid urged both sides to exchange lists of missing herders without delay.",
        "The crossing has been closed since the raid on Tuesday.",
        "Fighting broke out over the weekend near Gao.",
    ):
        assert not _shows("why", why, text), text
    assert _shows("why", why, "The round was moved since the hall in Gao was booked.")
    assert _shows("why", why, "The clashes erupted on May 2 over a disputed well near Gao.")
    assert _shows("why", why, "The round has been postponed by a week after fresh fighting near the Gao dam.")
    assert not _shows("why", why, "The round was postponed until after new elections in Mali.")
    knowledge = knowledge_over(tmp_path / "corpus", {"delayed.txt": _DELAYED})
    for question in ("Why was the third round postponed?", "why was round three pushed back"):
        answer = knowledge.answer(question)
        assert answer.items and "requested by the Malian side" in answer.items[0].text, (question, answer.items[:2])


_REPLACED = (
    "date: 2026-08-17\nsource: Sahel Desk\ntitle: Mali fields new negotiator in Niger talks\n\n"
    "BAMAKO - Mali last week replaced Ambassador Oumar Traore, who had led its team since the talks began in Algiers"
    " in June, with Fatoumata Keita, a former defence minister.\n\n"
    "The Foreign Ministry said Traore would take up another senior post and thanked him for his service.\n\n"
    "Two Malian officials said the change followed pressure from northern leaders who had criticised the team's"
    " approach.\n"
)


def test_a_reason_two_sentences_after_the_act_it_points_back_to_is_its_reason(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"replaced.txt": _REPLACED})
    answer = knowledge.answer("Why was Oumar Traore replaced?")
    assert answer.items and "followed pressure" in answer.items[0].text, answer.items[:2]


_POSTPONED = (
    "date: 2026-09-05\nsource: Sahel Desk\ntitle: Niger-Mali talks delayed over water data row\n\n"
    "ORAN - The third round of Niger-Mali talks, which had been set for Oran on Thursday, has been postponed by two"
    " weeks, Algeria said on Saturday.\n\n"
    "The round will now open on September 17 in Oran. Algerian envoy Samir Hadj said the delay was needed so that"
    " engineers could check conflicting figures from the Gao dam before the negotiators meet.\n\n"
    "Malian negotiator Awa Coulibaly said the figures were correct and insisted that the talks go ahead.\n\n"
    "Niger had objected to holding the first round in Gao because of security concerns.\n\n"
    "Hadj said the talks were kept in Oran because both delegations trusted the Algerian hosts.\n\n"
    "Coulibaly refused to say whether Mali would send its water minister to the round.\n"
)


def test_a_reason_going_on_about_the_round_its_lead_counts_tells_of_that_round(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"postponed.txt": _POSTPONED})
    answer = knowledge.answer("why was the third round postponed")
    assert answer.items and "delay was needed" in answer.items[0].text, answer.items[:2]
    assert answer.items[0].label is None, (answer.message, answer.items[0])
