"""Demands told in other words: a demand revised ("cut its demand to 35 bcm") is the demand as it now stands, and
an adverb between a demanding verb and its preposition ("called instead for") keeps it a demand."""

from __future__ import annotations

from pathlib import Path

from knowledge.extract.demands import _is_vague
from tests.conftest import knowledge_over

_TALKS = (
    "date: 2029-04-11\nsource: Lake Desk\ntitle: Malawi and Tanzania narrow the gap on Lake Nyasa\n\n"
    "MZUZU - Malawi is demanding fishing rights over the whole northern shore of the lake.\n\n"
    "Tanzania has cut its demand for a shared patrol zone to 12 kilometres from the shore, negotiators said on"
    " Tuesday, down from 20.\n\n"
    "Malawian negotiator Chisomo Banda rejected a joint survey and called instead for an arbitration panel in"
    " Geneva.\n\n"
    "Malawi later raised its claim from 300 to 420 fishing licences.\n"
)


def test_a_revised_demand_is_the_demand_as_it_now_stands(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    tanzania = [item.text for item in knowledge.answer("what does Tanzania demand now?").items]
    assert tanzania and tanzania[0].endswith(": 12 kilometres from the shore"), tanzania
    assert "negotiators said" not in tanzania[0]  # (the attribution after it is no part of the demand)
    malawi = [item.text for item in knowledge.answer("!demands Malawi").items]
    assert any(text.endswith(": 420 fishing licences") for text in malawi), malawi


def test_a_demand_called_for_instead_is_a_demand(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _TALKS})
    malawi = [item.text for item in knowledge.answer("!demands Malawi").items]
    assert any("an arbitration panel in Geneva" in text for text in malawi), malawi


def test_a_conjunction_alone_is_no_demand() -> None:
    assert _is_vague("and")
    assert not _is_vague("an arbitration panel")


_REQUESTS = (
    "date: 2029-05-02\nsource: Lake Desk\ntitle: Mozambique asks Malawi for a plan\n\n"
    "Mozambique asked Malawi to publish, before the next round, a list of fishing camps and trading posts on the"
    " shore, Mozambican negotiator Rui Macuacua told reporters.\n\n"
    "Macuacua urged Malawi not to use the storm as an excuse to delay the survey.\n\n"
    "Mozambique also called on Malawi to reopen the ferry, warning that traders were losing money.\n"
)


def test_a_request_keeps_its_not_its_asides_and_its_one_object(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"talks.txt": _REQUESTS})
    texts = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Mozambique").items]
    assert any(t.startswith("not to use the storm as an excuse") for t in texts), texts  # (never "use the storm")
    assert not any(t.startswith("use the storm") for t in texts), texts
    published = [t for t in texts if t.startswith("publish")]
    assert published and "a list of fishing camps and trading posts on the shore" in published[0], texts
    assert not any(t.startswith(("before the next round", "trading posts", "warning")) for t in texts), texts
    assert any(t == "reopen the ferry" for t in texts), texts


def test_a_list_of_specific_demands_gives_one_item_each(tmp_path: Path) -> None:
    # "three specific demands" is the noun (an adjective between), its list after the colon is the items, and a
    # modal inside the list obliges from the list's own separator, never from the sentence's start
    story = (
        "date: 2029-06-01\nsource: Lake Desk\ntitle: Zambia sets terms\n\n"
        "Zambian Finance Minister Mwila Banda laid out three specific demands before the meeting: all riparian states"
        " must share the cost of the dredging; there must be a public audit of the fund; and the loans held by"
        " foreign banks should be rescheduled.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    texts = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Zambia").items]
    assert sorted(texts) == [
        "all riparian states must share the cost of the dredging",
        "the loans held by foreign banks should be rescheduled",
        "there must be a public audit of the fund",
    ], texts


def test_a_want_in_the_speakers_own_words_is_their_sides(tmp_path: Path) -> None:
    # '"We truly want to join NATO—that's fair ...," he said': the speaker's side wants it, in the first person; the
    # em dash ends it, and a clause after ", and" ("and the mediators agreed") is no second thing asked
    story = (
        "date: 2031-04-02\nsource: Test Wire\ntitle: Moldova on the alliance\n\n"
        "Moldovan President Ana Rusu spoke in Chisinau on Tuesday.\n\n"
        '"We are realists. We truly want to join NATO—that\'s fair. But some allies are not ready," Rusu said.\n\n'
        '"We asked for a border monitoring mission, and the mediators agreed," Rusu added.\n'
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    texts = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Moldova").items]
    assert "to join NATO" in texts and "a border monitoring mission" in texts, texts
    assert not any("mediators agreed" in text for text in texts), texts
    positions = knowledge.answer("!positions NATO")
    assert any(item.party == "Moldova" for item in positions.items), positions.items


def test_a_subjunctive_after_a_noun_and_a_condition_made_are_demands(tmp_path: Path) -> None:
    # "insists that the route remain ...": a bare verb after a singular noun is what is demanded ("remains" would be
    # told); "has made the signing conditional on X" sets X as a condition; "and has asked" shares the subject
    story = (
        "date: 2031-10-02\nsource: Test Wire\ntitle: Bhutan and Nepal set terms\n\n"
        "Thimphu insists that the corridor remain under full Bhutanese control.\n\n"
        "Nepal wants Bhutan to open two crossings before the monsoon, and has made the signing of a final accord"
        " conditional on Bhutan returning the seized trucks.\n\n"
        "India has proposed a joint survey and has asked both governments to halt road building near the river.\n\n"
        "Kathmandu insisted that the meeting went well, and Thimphu insists that the ceasefire holds.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    bhutan = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Bhutan").items]
    assert any(t.startswith("the corridor remain under full Bhutanese control") for t in bhutan), bhutan
    assert not any("ceasefire holds" in t for t in bhutan), bhutan  # (told, no demand)
    nepal = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Nepal").items]
    assert any(t.startswith("Bhutan returning the seized trucks") for t in nepal), nepal
    assert any(t.startswith("Bhutan to open two crossings before the monsoon") and "accord" not in t for t in nepal)
    india = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands India").items]
    assert any(t.startswith("halt road building near the river") for t in india), india


def test_a_persons_side_demands_are_never_shown_as_their_own(tmp_path: Path) -> None:
    # "what did Otieno demand?" of a negotiator who demanded nothing himself: his side's demands, said to be its
    story = (
        "date: 2031-05-02\nsource: Test Wire\ntitle: Kenya sets terms\n\n"
        "Kenyan negotiator Peter Otieno insisted that the meeting went well.\n\n"
        "Kenya demands a ten-year fishing quota and the return of seized boats.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    answer = knowledge.answer("What did Otieno demand?")
    assert (answer.message or "").startswith("I extracted no demand by Peter Otieno in person"), answer.message
    assert answer.items and answer.items[0].text.startswith("Kenya:"), answer.items[:1]


def test_the_subject_before_an_aside_demands_never_a_side_the_aside_names(tmp_path: Path) -> None:
    # "Ethiopia, landlocked since Eritrean independence in 1993, is seeking ...": Ethiopia's, not Eritrea's
    story = (
        "date: 2031-06-02\nsource: Test Wire\ntitle: Port talks\n\n"
        "Nepal, landlocked since Indian partition plans failed in 1950, is seeking guaranteed access to Kolkata port.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    texts = [item.text for item in knowledge.answer("!demands Nepal").items]
    assert any(t.startswith("Nepal: guaranteed access to Kolkata port") for t in texts), texts


def test_words_of_courtesy_and_a_state_told_are_no_demands(tmp_path: Path) -> None:
    # review R19: '"We want to thank the AU ...," he said', '"We want to make clear ..."' and "insisted that the
    # ceasefire remained in place" were read as demands; the side's real demand is its only one
    story = (
        "date: 2031-07-01\nsource: Test Wire\ntitle: Oil talks\n\n"
        '"We want to thank Kenya for its patience. We want to make clear that we will not walk away," Mali\'s'
        " negotiator Ali Mahamat said.\n\n"
        "Mahamat insisted that the ceasefire remained in place.\n\n"
        "Mali wants transit fees cut to $10 a barrel.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"story.txt": story})
    texts = [item.text.split(": ", 1)[1] for item in knowledge.answer("!demands Mali").items]
    assert texts == ["transit fees cut to $10 a barrel"], texts
