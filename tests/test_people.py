"""People: roles as the articles state them, affiliations, aliases merged, and rules that generalise."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.extract.people import find_names, same_person


def _person(kb: KnowledgeBase, name: str):
    return next(p for p in kb.people if p.name == name)


@pytest.mark.parametrize(
    ("name", "role_fragment", "affiliation"),
    [
        ("Dmitry Peskov", "Kremlin spokesman", "Russia"),
        ("Vladimir Medinsky", "lead negotiator", "Russia"),
        ("Alexander Stubb", "President", "Finland"),
        ("Ursula von der Leyen", "President of the European Commission", "European Union"),
        ("Giorgia Meloni", "Prime Minister", "Italy"),
        ("Sergey Lavrov", "Foreign Minister", "Russia"),
        ("J.D. Vance", "Vice President", "United States"),
        ("Volodymyr Zelensky", "Ukrainian President", "Ukraine"),
        ("Tammy Bruce", "spokeswoman", "United States"),
    ],
)
def test_roles_and_affiliations(kb: KnowledgeBase, name: str, role_fragment: str, affiliation: str) -> None:
    person = _person(kb, name)
    assert any(role_fragment in role for role in person.roles)
    assert person.affiliation == affiliation
    assert person.role_citations, "a role is cited"


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("Volodymyr Zelensky", {"Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"}),
        ("Karoline Leavitt", {"Caroline Leavitt", "Leavitt"}),
        ("Marco Rubio", {"Mark Rubio", "Rubio"}),
        ("J.D. Vance", {"Vance"}),
    ],
)
def test_aliases_merge_across_articles(kb: KnowledgeBase, name: str, aliases: set[str]) -> None:
    assert aliases <= set(_person(kb, name).aliases)


def test_nobody_is_listed_twice(kb: KnowledgeBase) -> None:
    surnames = [p.name.split()[-1] for p in kb.people]
    assert len(surnames) == len(set(surnames))


def test_places_and_institutions_are_not_people(kb: KnowledgeBase) -> None:
    names = {p.name for p in kb.people}
    for not_a_person in ("White House", "Oval Office", "Truth Social", "NBC News", "John McDonnell", "Istanbul"):
        assert not_a_person not in names


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        (
            "Rustem Umerov, Ukraine's defence minister, led the delegation.",
            "Rustem Umerov",
            "Ukraine's defence minister",
            "Ukraine",
        ),
        ("Turkish Foreign Minister Hakan Fidan opened the talks.", "Hakan Fidan", "Turkish Foreign Minister", "Turkey"),
        ("Kirill Dmitriev, an aide to Putin, flew in.", "Kirill Dmitriev", "an aide to Putin", None),
        ("President Emmanuel Macron, of France, called.", "Emmanuel Macron", "President", "France"),
    ],
)
def test_new_articles_yield_people_without_editing_a_list(
    sentence: str, name: str, role: str, affiliation: str | None
) -> None:
    found = {m.name: m for m in find_names(sentence) if m.is_person}
    assert name in found
    assert (found[name].role, found[name].affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Marco Rubio", "Mark Rubio", True),
        ("Mark Rubio", "Mark Rutte", False),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Sergey Lavrov", "Sergei Shoigu", False),
        ("J.D. Vance", "JD Vance", True),
    ],
)
def test_alias_gates(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
