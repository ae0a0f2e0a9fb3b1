"""People an article calls by their given name ("Thai Foreign Minister Nattapong Chaiyaporn", then "Nattapong said"):
Thai, Indonesian, Ethiopian or Icelandic usage. The given name is their alias when the article writes it alone as
a person and never the surname alone; a bare rank never becomes their post; and "!said <name> <participle> <noun>"
reads the participle as the topic's adjective when the person spoke on it."""

from __future__ import annotations

from pathlib import Path

from knowledge import KnowledgeBase, load_articles
from knowledge.extract.registry import extract_people
from knowledge.sentences import split_article
from tests.conftest import knowledge_over

_TALKS = """date: 2026-09-14
source: Horn Wire
title: Eritrea and Ethiopia open port talks in Djibouti

Eritrean Foreign Minister Tsegay Berhane and Ethiopian envoy Hailu Worku opened talks in Djibouti on Monday.

"We will not discuss Assab until the soldiers held in Tigray are home," Tsegay said.

Hailu told reporters that Addis Ababa wanted a corridor to the sea and would not give up the Zalambessa road.

The talks were led for Djibouti by retired General Omar Farah Dini, the mediator.

"General Omar has the trust of both sides," Hailu said.

Tsegay added that Asmara would publish its proposal on the detained soldiers next week.
"""

_ENGLISH = """date: 2026-09-15
source: Coast Wire
title: Ghana and Togo meet in Accra

Ghanaian Trade Minister Kwame Boateng met his Togolese counterpart in Accra on Tuesday.

Boateng said the border markets would reopen in October.

The talks moved on Wednesday to Kara, where Kwame was the name of the hotel's restaurant.
"""


def _people(name: str, text: str, tmp_path: Path) -> dict[str, tuple[str, ...]]:
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    article = load_articles(folder).articles[0]
    people = extract_people(split_article(article.id, article.text, article.body_start))
    return {person.name: person.aliases for person in people}


def test_a_given_name_the_article_calls_someone_by_is_their_alias(tmp_path: Path) -> None:
    people = _people("djibouti", _TALKS, tmp_path)
    assert "Tsegay" in people["Tsegay Berhane"] and "Hailu" in people["Hailu Worku"], people
    assert "Tsegay" not in people and "Hailu" not in people  # one person each, never a second one by given name


def test_a_given_name_is_no_alias_where_the_surname_goes_on_alone(tmp_path: Path) -> None:
    people = _people("accra", _ENGLISH, tmp_path)
    assert "Kwame" not in people["Kwame Boateng"], people


def _knowledge(tmp_path: Path) -> KnowledgeBase:
    return knowledge_over(tmp_path / "corpus", {"djibouti.txt": _TALKS})


def test_words_said_under_a_given_name_are_the_persons_and_a_rank_is_no_post(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path)
    who = knowledge.answer("!who Tsegay")
    assert who.items and who.items[0].text.startswith("Tsegay Berhane"), [i.text for i in who.items]
    said = knowledge.answer("what did Tsegay say about Assab?")
    assert said.items and "Assab" in said.items[0].text and said.items[0].label is None, said
    dini = knowledge.answer("!who Omar Farah Dini")
    assert dini.items and "General" not in dini.items[0].text.split("—")[-1], [i.text for i in dini.items]


def test_said_with_a_participle_before_a_noun_is_what_the_person_said_on_it(tmp_path: Path) -> None:
    answer = _knowledge(tmp_path).answer("!said Tsegay Berhane detained soldiers")
    assert answer.items and "Tsegay" in answer.items[0].text and "detained soldiers" in answer.items[0].text, [
        (i.label, i.text) for i in answer.items
    ]


_PLACE_NAMED = """date: 2027-04-27
source: Balkan Wire
title: Serbia and Kosovo talks open in Milan

Milan Petrovic, Serbia's chief negotiator, said Serbia was ready to free all detainees.

The mayor of Milan said the city was proud to host the talks.

"We came to work," Milan said on Monday.
"""


def test_a_given_name_the_article_also_writes_as_a_place_is_no_alias(tmp_path: Path) -> None:
    people = _people("milan", _PLACE_NAMED, tmp_path)
    assert "Milan" not in people["Milan Petrovic"], people


def test_said_with_a_verb_the_articles_write_after_the_name_asks_who_said_it(tmp_path: Path) -> None:
    answer = knowledge_over(
        tmp_path / "offered",
        {
            "offer.txt": "date: 2027-07-26\nsource: Andean Report\ntitle: Ecuador offers talks\n\n"
            "Ecuador's negotiator Ana Torres said the round had produced a draft on joint patrols.\n\n"
            "Torres offered talks on a free trade zone, officials said.\n"
        },
    ).answer("!said Torres offered talks")
    assert "Torres offered talks on a free trade zone" in answer.items[0].text, [i.text for i in answer.items]


_ADDIS = """date: 2027-03-02
source: Horn Wire
title: Abyei truce extended

African Union envoy Mesfin Tadesse and his deputy Addis Worku arrived in Addis Ababa on Monday.

The truce will be extended by 60 days, according to Mesfin.

Mesfin said the truce was holding.

"Monitors will be deployed within a week," Addis said.
"""


def test_according_to_or_a_longer_place_does_not_make_a_given_name_a_place(tmp_path: Path) -> None:
    people = _people("addis", _ADDIS, tmp_path)
    assert "Addis" in people["Addis Worku"] and "Mesfin" in people["Mesfin Tadesse"], people
