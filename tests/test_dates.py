"""Each date form, resolved against the publication date (HeidelTime's rule for news)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.dates import find_dates

SUN_AUG_24 = dt.date(2025, 8, 24)
WED_MAY_28 = dt.date(2025, 5, 28)
MON_MAY_19 = dt.date(2025, 5, 19)
SUN_MAY_11 = dt.date(2025, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "published", "iso", "precision"),
    [
        ("Lavrov said in an interview with NBC News aired Sunday.", SUN_AUG_24, "2025-08-24", "day"),
        ("Lavrov spoke with Rubio on Wednesday.", WED_MAY_28, "2025-05-28", "day"),
        ("Putin and Trump held a telephone conversation Monday.", MON_MAY_19, "2025-05-19", "day"),
        ("Trump already reported on Saturday that he would speak to Putin.", MON_MAY_19, "2025-05-17", "day"),
        ("The meeting took place on Friday in Istanbul.", MON_MAY_19, "2025-05-16", "day"),
        ("Putin urged officials to resume talks, scheduled for Thursday.", SUN_MAY_11, "2025-05-15", "day"),
        ("Talks will resume on Thursday.", SUN_MAY_11, "2025-05-15", "day"),
        ("They met next Sunday.", SUN_MAY_11, "2025-05-18", "day"),
        ("They met last Sunday.", SUN_MAY_11, "2025-05-04", "day"),
        ("The exchange concluded last week.", WED_MAY_28, "2025-05", "span"),
        ("Prisoners were swapped over the weekend.", WED_MAY_28, "2025-05", "span"),
        ("Since his return to the White House in January, Trump has called for peace.", MON_MAY_19, "2025-01", "month"),
        ("The dispute at the White House in February.", MON_MAY_19, "2025-02", "month"),
        ("Conditions presented in the spring of 2022.", MON_MAY_19, "2022", "season"),
        ("Talks were held on May 16 in Istanbul.", WED_MAY_28, "2025-05-16", "day"),
        ("A summit in Alaska on Aug. 15 was held.", SUN_AUG_24, "2025-08-15", "day"),
        ("Rubio testifies on May 21, 2025 in Washington.", WED_MAY_28, "2025-05-21", "day"),
        ("Russia's February 2022 offensive.", MON_MAY_19, "2022-02", "month"),
        ("They last met in 2019.", MON_MAY_19, "2019", "year"),
        ("The report came yesterday.", MON_MAY_19, "2025-05-18", "day"),
        ("Sanctions tightened last month.", MON_MAY_19, "2025-04", "month"),
        ("A deal is expected on 3 June.", MON_MAY_19, "2025-06-03", "day"),
    ],
)
def test_date_forms_resolve_against_publication(sentence: str, published: dt.date, iso: str, precision: str) -> None:
    mentions = find_dates(sentence, published)
    assert [m.date.iso for m in mentions] == [iso]
    assert mentions[0].date.precision.value == precision


def test_last_week_is_the_calendar_week_before_publication() -> None:
    (mention,) = find_dates("The exchange concluded last week.", WED_MAY_28)
    assert (mention.date.start, mention.date.end) == (dt.date(2025, 5, 19), dt.date(2025, 5, 25))


def test_a_list_of_dates_gives_each_date() -> None:
    mentions = find_dates("Istanbul hosted rounds on May 16, June 2, and July 23-which produced swaps.", SUN_AUG_24)
    assert [m.date.iso for m in mentions] == ["2025-05-16", "2025-06-02", "2025-07-23"]


def test_year_without_context_is_taken_closest_to_publication() -> None:
    (mention,) = find_dates("The talks of December 28 failed.", dt.date(2026, 1, 5))
    assert mention.date.iso == "2025-12-28"


@pytest.mark.parametrize(
    "sentence",
    [
        "The 30-day ceasefire and a 72-hour truce.",
        "An exchange of 1,000 prisoners.",
        "You may go now.",
        "The conversation lasted more than two hours.",
    ],
)
def test_numbers_that_are_not_dates_are_left_alone(sentence: str) -> None:
    assert find_dates(sentence, MON_MAY_19) == []


def test_impossible_dates_are_not_invented() -> None:
    assert find_dates("on February 30", MON_MAY_19) == []


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ('"Nobody here expects a treaty by Friday," the mediator said.', "2026-03-13"),
        ("The sides agreed to a truce on the river, to take effect at dawn on Thursday.", "2026-03-12"),
        ("The accord is to come into force on Sunday.", "2026-03-15"),
        ("The agreement was reached on Thursday evening.", "2026-03-05"),  # a past act stays past
        ("The moratorium takes effect at midnight on Thursday.", "2026-03-12"),  # a schedule in the present
        ("The harbour talks begin on Monday in Tartu.", "2026-03-16"),
        ("The harbour talks began on Monday in Tartu.", "2026-03-09"),
    ],
)
def test_a_weekday_after_an_expectation_or_a_start_to_come_is_the_next_one(sentence: str, iso: str) -> None:
    (mention,) = find_dates(sentence, dt.date(2026, 3, 10))  # a Tuesday
    assert mention.date.iso == iso


@pytest.mark.parametrize(
    "sentence",
    ["The talks opened on Tuesday, March 17, in Tartu.", "The talks opened on Tuesday 17 March in Tartu."],
)
def test_a_weekday_before_its_date_is_one_expression(sentence: str) -> None:
    (mention,) = find_dates(sentence, dt.date(2026, 3, 25))  # a week later: the weekday alone is the 24th
    assert mention.date.iso == "2026-03-17"


def test_expected_in_the_past_tense_does_not_send_a_weekday_forward() -> None:
    import datetime as dt

    from knowledge.extract.dates import find_dates

    published = dt.date(2026, 6, 12)  # a Friday
    past = find_dates('"That is more than most skippers expected on Tuesday," Kesk said.', published)
    assert [m.date.start for m in past] == [dt.date(2026, 6, 9)]
    to_come = find_dates("A ruling on the quotas is expected on Tuesday.", published)
    assert [m.date.start for m in to_come] == [dt.date(2026, 6, 16)]


def test_the_expected_vote_and_a_plan_since_changed_keep_their_weekdays_ahead() -> None:
    import datetime as dt

    from knowledge.extract.dates import find_dates

    published = dt.date(2026, 6, 8)  # a Monday
    vote = find_dates("Officials in Tartu are preparing for the expected vote on Friday.", published)
    assert [m.date.start for m in vote] == [dt.date(2026, 6, 12)]  # ("the expected": no one who expects)
    moved = find_dates("The summit, initially planned for Thursday, will now take place on Friday.", published)
    assert [m.date.start for m in moved] == [dt.date(2026, 6, 11), dt.date(2026, 6, 12)]
    kept = find_dates("The talks, originally scheduled to open on Tuesday, began on Wednesday morning.", published)
    assert [m.date.start for m in kept] == [dt.date(2026, 6, 2), dt.date(2026, 6, 3)]  # a plan told as past


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        ("The two sides said they would meet again later this month.", dt.date(2025, 5, 20)),
        ("A second round is expected later this week.", dt.date(2025, 5, 20)),
        ("Officials hope to sign the accord later this year.", dt.date(2025, 5, 20)),
    ],
)
def test_later_this_month_week_or_year_starts_after_the_story(sentence: str, after: dt.date) -> None:
    """A plan "later this month" in a May 19 story is after May 19: never an earlier event of May 1-18 (an ordinal
    counting events by their first day would put it before a round held on May 17)."""
    (found,) = find_dates(sentence, MON_MAY_19)
    assert found.date.start == after and found.date.end >= after, found


def test_since_a_month_is_the_last_one_past() -> None:
    (found,) = find_dates("The dispute has killed dozens of people since March.", dt.date(2026, 11, 10))
    assert found.date.iso == "2026-03", found
    (found,) = find_dates("Talks have stalled since December.", dt.date(2026, 11, 10))
    assert found.date.iso == "2025-12", found


def test_a_since_clause_with_its_own_verb_and_day_is_an_event() -> None:
    from knowledge.extract.events import extract_events
    from knowledge.models import Article
    from knowledge.sentences import split_article

    text = "Since the border posts reopened on February 20, trade has risen by a third, officials said on Saturday."
    article = Article(id="a", title="t", source="s", published=dt.date(2027, 3, 8), text=text, body_start=0)
    days = {event.date.iso for event in extract_events(article, split_article("a", text, 0))}
    assert "2027-02-20" in days, days


def test_later_this_month_on_its_last_day_is_that_day() -> None:
    (found,) = find_dates("They will meet again later this month.", dt.date(2026, 3, 31))
    assert found.date.start == dt.date(2026, 3, 31) == found.date.end, found


def test_a_plan_postponed_now_is_the_coming_day_one_postponed_then_is_gone() -> None:
    monday = dt.date(2026, 10, 26)
    postponed_now = "The fourth round, which had been due to open in Izmir on Thursday, has been postponed until May 5."
    assert [m.date.start for m in find_dates(postponed_now, monday)][:1] == [dt.date(2026, 10, 29)]
    pushed_back = "The summit, which had been scheduled for Friday in Varna, has now been pushed back by a week."
    assert [m.date.start for m in find_dates(pushed_back, monday)][:1] == [dt.date(2026, 10, 30)]
    postponed_then = "The swap had been scheduled for Saturday but was postponed at the last minute."
    assert [m.date.start for m in find_dates(postponed_then, monday)] == [dt.date(2026, 10, 24)]


def test_a_plan_as_a_noun_is_no_future_cue() -> None:
    monday = dt.date(2026, 10, 26)
    tabled = "Albania tabled its fishing plan on Friday, proposing quotas for three years."
    assert [m.date.start for m in find_dates(tabled, monday)] == [dt.date(2026, 10, 23)]
    rejected = "Neither side accepted the plan on Monday, though both promised replies."
    assert [m.date.start for m in find_dates(rejected, dt.date(2026, 10, 27))] == [dt.date(2026, 10, 26)]
    plans_to = "Tirana plans to reply on Friday."
    assert [m.date.start for m in find_dates(plans_to, monday)] == [dt.date(2026, 10, 30)]


def test_days_after_an_act_told_by_its_subject_date_nothing_new() -> None:
    monday = dt.date(2026, 6, 15)
    recalled = "The envoy was recalled on Saturday, two days after he told a radio station the deal was a mistake."
    assert [m.date.start for m in find_dates(recalled, monday)] == [dt.date(2026, 6, 13)]
    later = "The talks opened on Monday, and two days later the delegations signed a protocol."
    assert [m.date.start for m in find_dates(later, monday)] == [dt.date(2026, 6, 15), dt.date(2026, 6, 17)]


def test_a_plan_as_a_verb_before_its_object_is_to_come_and_another_plans_change_leaves_one_gone() -> None:
    thursday = dt.date(2026, 4, 27)  # a Monday
    plans = "Kenya plans a prisoner exchange with Somalia on Thursday."
    assert [m.date.start for m in find_dates(plans, thursday)] == [dt.date(2026, 4, 30)]
    other = (
        "The prisoner exchange had been scheduled for Saturday but did not happen, and the leaders' summit has been "
        "postponed until June 9."
    )
    assert [m.date.start for m in find_dates(other, thursday)][:1] == [dt.date(2026, 4, 25)]


def test_next_weekday_late_in_the_week_of_publication_is_that_one() -> None:
    monday = dt.date(2027, 3, 8)
    # (four days on or more: the coming one; "next Sunday" thirteen days on is nobody's reading)
    (sunday,) = find_dates("A second round is planned for next Sunday in Jeddah.", monday)
    assert sunday.date.start == dt.date(2027, 3, 14)
    # (... but one soon after publication is the next week's, as news writes "on Tuesday" for this one)
    (tuesday,) = find_dates("The experts will meet again next Tuesday.", monday)
    assert tuesday.date.start == dt.date(2027, 3, 16)
