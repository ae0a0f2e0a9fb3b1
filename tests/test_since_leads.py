"""What is new since a day holds the news of every article published since, its lead, even when the article dates
nothing of its own ("Zelensky reported that Budanov will replace Yermak ...")."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import knowledge_over

_OLD = (
    "date: 2032-03-02\nsource: Alpine Desk\ntitle: Talks open\n\n"
    "Swiss and Austrian negotiators opened water talks in Bregenz on Monday.\n"
)
_NEW = (
    "date: 2032-04-15\nsource: Alpine Desk\ntitle: New head of delegation\n\n"
    "The Austrian chancellor said that the head of the water agency, Lena Gruber, will replace Karl Moser as chief"
    " negotiator.\n\n"
    "Moser's office was searched on the morning of March 28.\n"
)


def test_an_article_since_the_day_gives_its_lead_even_when_it_dates_nothing_of_its_own(tmp_path: Path) -> None:
    knowledge = knowledge_over(tmp_path / "corpus", {"old.txt": _OLD, "new.txt": _NEW})
    answer = knowledge.answer("!since 2032-03-10")
    shown = [(item.date, item.label, item.citations[0].quote[:25]) for item in answer.items]
    assert shown[0] == ("2032-04-15", "reported that day", "The Austrian chancellor s"), shown
    assert ("2032-03-28", None, "Moser's office was search") in shown, shown
    assert not any(quote.startswith("Swiss and Austrian") for _, _, quote in shown), shown  # (before the day)


def test_a_bare_dateline_is_no_lead(tmp_path: Path) -> None:
    wire = (
        "date: 2032-04-20\nsource: Alpine Desk\ntitle: Talks go on\n\n"
        "VADUZ, April 20. /ALP/.\n\n"
        "Liechtenstein offered to host the next water round, its foreign minister said.\n"
    )
    knowledge = knowledge_over(tmp_path / "corpus", {"old.txt": _OLD, "wire.txt": wire})
    answer = knowledge.answer("!since 2032-04-01")
    quotes = [item.citations[0].quote for item in answer.items]
    assert quotes and quotes[0].startswith("Liechtenstein offered to host"), quotes
