"""Each of this round's rules only where it belongs (a review's misfires, on invented text): a plan that went ahead
is not moved by another's "will now"; a moment after "after" is no reason; a people noun without a nationality
counts no side's people; a dateline is no demander, nor a capital a protest is held in; a counted list keeps its
asides; a quotation is on whom its announcer named; a person's own role is never their side's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import knowledge_over


def test_a_plan_that_went_ahead_keeps_its_day() -> None:
    from knowledge.answering.dating import called_off
    from knowledge.extract.dates import find_dates

    met = "The committee, which had been scheduled to meet on Thursday, met as planned and will now resume on May 19."
    days = {m.date.phrase: m.date.start for m in find_dates(met, dt.date(2026, 5, 11))}
    assert days["Thursday"] == dt.date(2026, 5, 7), days
    opened = "The first round, set for October 26, opened on time, and the second round will now begin on November 12."
    assert not called_off(opened, "October 26")
    moved = "The round, which had been scheduled for Thursday in Quito, would now take place on May 21."
    assert called_off(moved, "Thursday")


def test_a_moment_after_after_is_no_reason_and_a_missing_one_in_any_words_is_none() -> None:
    from knowledge.answering.answer_types import _KIND_PATTERNS, _shows

    why = _KIND_PATTERNS["why"]
    assert not _shows("why", why, "The talks were delayed by a week, the ministry said on Saturday, after a meeting.")
    assert _shows("why", why, "The talks were delayed, the ministry said on Saturday, after Quito accused Lima of it.")
    for text in (
        "The move was announced without giving reasons.",
        "The ministry declined to give a reason.",
        "Officials did not explain why the talks were moved.",
        "The ministry gave no reason but said the talks would resume in November.",
    ):
        assert not _shows("why", why, text), text


def test_workers_of_no_stated_nationality_are_no_sides_people(tmp_path: Path) -> None:
    article = (
        "date: 2026-05-10\nsource: Andes Desk\ntitle: Border crossing shut\n\n"
        "Some 300 workers are stranded at Huaquillas after the crossing was shut on Friday.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"border.txt": article})
    answer = knowledge.answer("How many Chileans are stranded at Huaquillas?")
    assert not any(item.label is None and "300 workers" in item.text for item in answer.items), answer.items[:1]


_LISTS = (
    "date: 2026-09-20\nsource: Andes Desk\ntitle: Mexico sets out gestures\n\n"
    "CARACAS — Mexico is now asking both governments for three gestures before October 1: the release of the"
    " remaining migrants, a joint patrol on the bridge, and the reopening of consulates.\n\n"
    "Colombia asked Mexico for two guarantees: a monitoring team, led by Mexican officers, and the return of"
    " displaced farmers to their land.\n\n"
    "Mexico is also asking both governments for two further steps: a prisoner list and a hotline between the"
    " armies.\n\n"
    "LA PAZ — Protesters in La Paz demanded the resignation of Economy Minister Marcelo Paz on Friday.\n"
)


def test_a_dateline_and_a_protests_place_demand_nothing_and_a_counted_list_keeps_its_asides(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"lists.txt": _LISTS})
    venezuela = [item.text for item in knowledge.answer("!demands Venezuela").items]
    assert not any("joint patrol" in text for text in venezuela), venezuela
    mexico = [item.text for item in knowledge.answer("!demands Mexico").items]
    for wanted in ("joint patrol on the bridge", "reopening of consulates", "a prisoner list", "a hotline"):
        assert any(wanted in text for text in mexico), (wanted, mexico)
    colombia = [item.text for item in knowledge.answer("!demands Colombia").items]
    assert any("a monitoring team, led by Mexican officers" in text for text in colombia), colombia
    assert not any(text.endswith("led by Mexican officers") and "team" not in text for text in colombia), colombia
    bolivia = [item.text for item in knowledge.answer("!demands Bolivia").items if item.label is None]
    assert not any("resignation" in text for text in bolivia), bolivia


def test_a_quotation_is_on_whom_its_announcer_named_never_on_the_announcer(tmp_path: Path) -> None:
    article = (
        "date: 2026-03-15\nsource: Nile Desk\ntitle: Sudan answers Ethiopia\n\n"
        "Sudanese negotiator Omar Siddig met Ethiopian envoy Abebe Babiker in Addis Ababa on Friday.\n\n"
        "Babiker commented on the Ethiopian proposal on Friday.\n\n"
        "“We need a map, not promises,” said Siddig.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"nile.txt": article})
    answer = knowledge.answer("!said Siddig Babiker")
    assert not any(item.label is None and "map, not promises" in item.text for item in answer.items), answer.items


def test_a_persons_own_role_is_never_their_sides(tmp_path: Path) -> None:
    article = (
        "date: 2026-05-20\nsource: Andes Desk\ntitle: Peru sends navy\n\n"
        "Peruvian President Ana Villanueva said the talks would go on.\n\n"
        "The armed forces chief of staff, Admiral Julio Caceres, said Peru's navy would escort fishing boats.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"peru.txt": article})
    answer = knowledge.answer("Who is Villanueva's chief of staff?")
    assert not any(item.label is None and "Caceres" in item.text for item in answer.items), answer.items[:1]


def test_a_reason_for_another_thing_of_the_kind_asked_is_no_answer(tmp_path: Path) -> None:
    article = (
        "date: 2026-10-12\nsource: Andes Desk\ntitle: Talks on three tracks\n\n"
        "The customs talks were postponed until October 20, the foreign ministry said, without giving reasons.\n\n"
        "The water talks were suspended last week after Lima refused to share flow data for the canal.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"tracks.txt": article})
    customs = knowledge.answer("Why were the customs talks postponed?")
    assert not any(item.label is None and "water talks" in item.text for item in customs.items), customs.items[:2]
    water = knowledge.answer("Why were the water talks suspended?")
    assert water.items and "refused to share" in water.items[0].text and water.items[0].label is None, water.items


def test_a_place_naming_the_same_talks_is_no_other_kind(tmp_path: Path) -> None:
    article = (
        "date: 2026-04-21\nsource: Lake Desk\ntitle: Maritime talks halted\n\n"
        "The Kampala talks were suspended on Monday after Somalia objected to a Kenyan map.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"lake.txt": article})
    answer = knowledge.answer("Why were the maritime talks suspended?")
    assert answer.items and "objected" in answer.items[0].text and answer.items[0].label is None, answer.items[:1]


def test_being_placed_under_arrest_is_the_arrest(tmp_path: Path) -> None:
    article = (
        "date: 2026-05-09\nsource: Caspian Desk\ntitle: Activist released\n\n"
        "Georgian police placed activist Levan Dadiani under arrest on Saturday after a protest in Tbilisi.\n\n"
        "Dadiani was released on Friday under house arrest, his lawyer said.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"arrest.txt": article})
    arrested = knowledge.answer("When did police arrest Dadiani?")
    assert arrested.items and arrested.items[0].date == "2026-05-09", arrested.items[:1]
    house = knowledge.answer("When was Dadiani placed under house arrest?")
    assert house.items and house.items[0].date == "2026-05-08", house.items[:1]


def test_a_persons_own_titled_holder_answers_and_a_minority_is_no_country(tmp_path: Path) -> None:
    article = (
        "date: 2026-05-09\nsource: Balkan Desk\ntitle: Rally in Kardzhali\n\n"
        "Georgian President Nino Kapanadze said the talks would resume.\n\n"
        "Kapanadze's chief of staff, Tamar Lomidze, said Georgia would study the offer.\n\n"
        "Ethnic Turks in Bulgaria's Kardzhali province demanded bilingual schooling at a rally on Sunday.\n\n"
        "Kenya asked Somalia for three conditions: compensation for seized boats, access to the fishing grounds off"
        " Kismayo, and the release of 12 fishermen.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"rally.txt": article})
    staff = knowledge.answer("Who is Kapanadze's chief of staff?")
    assert staff.items and staff.items[0].text.startswith("Tamar Lomidze"), staff.items[:1]
    turkey = [item.text for item in knowledge.answer("!demands Turkey").items if item.label is None]
    assert not any("bilingual" in text for text in turkey), turkey
    kenya = [item.text for item in knowledge.answer("!demands Kenya").items]
    assert sum(1 for text in kenya if "compensation" in text or "access to" in text or "release" in text) == 3, kenya


def test_thanks_tell_a_reason_only_for_thanks_and_a_reason_after_no_reason_given_is_one(tmp_path: Path) -> None:
    article = (
        "date: 2026-06-05\nsource: Caspian Desk\ntitle: Fourth round delayed\n\n"
        "The fourth round, due to open in Tbilisi on June 2, has been postponed, the OSCE said on Friday.\n\n"
        "Mammadli thanked Norway for hosting the talks.\n\n"
        "Officials did not say why the round was delayed, but diplomats said Baku had objected to holding it there.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"round.txt": article})
    answer = knowledge.answer("Why was the fourth round postponed?")
    assert answer.items and "objected" in answer.items[0].text, [item.text for item in answer.items]
    assert not any(item.label is None and "thanked" in item.text for item in answer.items), answer.items
    thanks = knowledge.answer("Why did Mammadli thank Norway?")
    assert thanks.items and "hosting" in thanks.items[0].text, thanks.items[:1]
