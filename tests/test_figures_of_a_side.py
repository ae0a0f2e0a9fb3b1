"""Whose a figure is: a side named before the figure counts it or gives it ("Malaysia would contribute $5 million");
one named only after it is among what is counted ("the release of 31 detainees, among them two Americans")."""

from __future__ import annotations

from pathlib import Path

from knowledge import KnowledgeBase
from tests.conftest import knowledge_over

_RELEASE = """date: 2026-08-03
source: Mekong Wire
title: Laos frees detainees after talks with Vietnam envoy

Laos freed a group of detainees on Sunday after talks with a Vietnamese envoy in Vientiane.

The release of 31 detainees on Sunday, among them two Americans, was confirmed by the Red Cross.

Vietnam said it would send 12 observers to the border next month.
"""


def test_a_side_named_after_the_figure_does_not_make_it_another_sides(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"release.txt": _RELEASE})
    answer = knowledge.answer("how many detainees did Laos release on Sunday?")
    first = answer.items[0]
    assert "31 detainees" in first.text and first.label is None, (
        answer.message,
        [(i.label, i.text) for i in answer.items],
    )
    assert "No sentence gives a figure" not in (answer.message or "")
    observers = knowledge.answer("how many observers will Laos send?")  # Vietnam's, named before its figure
    assert "No sentence gives a figure for Laos" in (observers.message or ""), observers


_TALLY = """date: 2026-10-02
source: Andes Wire
title: Border clashes between Peru and Ecuador ease

The death toll since the clashes began on September 3 stands at 41, the Red Cross said.

In 2019, a border flare-up killed about 12 people near Zarumilla.

About 18,000 people were displaced in the first week of fighting.
"""

_TALLY_LATER = """date: 2026-10-16
source: Andes Wire
title: Peru and Ecuador agree to pull back troops

A soldier died in Tumbes on Monday, bringing the total number of people killed since September 3 to 43.

About 9,500 people remain displaced, down from around 18,000, as families return to their farms.
"""


def _tally(tmp_path: Path) -> KnowledgeBase:
    return knowledge_over(tmp_path / "corpus", {"early.txt": _TALLY, "later.txt": _TALLY_LATER})


def test_a_running_count_asked_in_any_form_is_the_newest_telling_of_how_it_stands(tmp_path: Path) -> None:
    knowledge = _tally(tmp_path)
    for question in (
        "latest death toll",
        "death toll?",
        "what is the death toll",
        "how many people have been killed",
        "how many ppl killed",
    ):
        answer = knowledge.answer(question)
        assert "to 43" in answer.items[0].text, (question, [(i.label, i.text) for i in answer.items])
    for question in ("how many ppl displaced", "how many people displaced?", "displaced people - latest figure?"):
        answer = knowledge.answer(question)
        assert "9,500" in answer.items[0].text, (question, [(i.label, i.text) for i in answer.items])


def test_a_count_asked_of_a_past_event_is_not_the_running_total(tmp_path: Path) -> None:
    answer = _tally(tmp_path).answer("how many people were killed in the 2019 flare-up?")
    assert "about 12 people" in answer.items[0].text, [(i.label, i.text) for i in answer.items]


_SINCE = """date: 2026-11-10
source: Sahel Wire
title: Mali and Niger open border talks in Niamey

NIAMEY (Sahel Wire) - Mali and Niger held first talks on Monday to calm a dispute that has killed 30 since March.

The deaths brought the number of people killed along the border since March to 48, according to the UN.
"""

_SINCE_LATER = """date: 2026-11-24
source: Sahel Wire
title: UN raises Mali-Niger toll

The UN raised its count of those killed along the border since March to 51 after three herders died on Friday.
"""


def test_a_since_date_is_no_event_beside_the_day_and_dates_no_count(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"niamey.txt": _SINCE, "toll.txt": _SINCE_LATER})
    timeline = knowledge.answer("!timeline Mali Niger talks")
    lede = [i for i in timeline.items if any("held first talks" in c.quote for c in i.citations)]
    assert lede and {i.date for i in lede} == {"2026-11-09"}, [(i.date, i.text) for i in timeline.items]
    count = knowledge.answer("death toll since march?")
    assert "to 51" in count.items[0].text, [(i.date, i.text) for i in count.items]
    assert all(item.date != "2026-03" for item in count.items), [(i.date, i.text) for i in count.items]


_RELEASED = """date: 2027-04-14
source: Danube Wire
title: Serbia frees five Kosovo officers

Serbia released five Kosovo police officers on Monday.

Serbia is still holding nine Kosovo police officers, an envoy said.

In 2020, record floods displaced a total of 650,000 people in the region.

About 6,500 people have been displaced by this month's floods.
"""


def test_a_state_of_another_verb_or_of_years_past_is_no_count_as_it_stands(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"released.txt": _RELEASED})
    released = knowledge.answer("how many Kosovo police officers have been released?")
    assert "released five" in released.items[0].text, [i.text for i in released.items]
    displaced = knowledge.answer("how many people have been displaced?")
    assert "6,500" in displaced.items[0].text, [i.text for i in displaced.items]


def test_a_death_toll_asked_why_or_who_is_no_count_question() -> None:
    from knowledge.answering.question import question_kind

    assert question_kind("latest death toll") == "how many"
    assert question_kind("why did the death toll rise?") != "how many"
    assert question_kind("who gave the death toll?") != "how many"


def test_a_measure_or_an_ordinal_since_a_year_is_no_running_total() -> None:
    from knowledge.answering.question import COUNT_NOW_ASKED, CUMULATIVE_ASKED

    assert COUNT_NOW_ASKED.search("how many people were killed since january")
    assert not COUNT_NOW_ASKED.search("how much has the lake fallen since 2020?")
    assert not CUMULATIVE_ASKED.search("how many detainees were exchanged in the first swap since 2019?")


def test_a_baseline_year_after_the_figure_does_not_make_a_count_history(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "baseline",
        {
            "one.txt": "date: 2027-05-20\nsource: Lake Wire\ntitle: Floods\n\n"
            "About 5,100 people were displaced by the floods last week.\n",
            "two.txt": "date: 2027-05-27\nsource: Lake Wire\ntitle: Floods spread\n\n"
            "About 6,300 people have been displaced, up from 2,000 in December 2026.\n",
        },
    ).answer("how many people have been displaced?")
    assert "6,300" in answer.items[0].text, [i.text for i in answer.items]


def test_since_last_month_is_a_running_total_and_death_names_what_a_toll_counts() -> None:
    from knowledge.answering.question import COUNT_NOW_ASKED, kind_words

    assert COUNT_NOW_ASKED.search("how many people were killed since last month?")
    assert COUNT_NOW_ASKED.search("death toll since last week?")
    assert kind_words("what is the civilian death toll in Bamako?") == {"toll"}
