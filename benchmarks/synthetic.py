"""A deterministic synthetic corpus made from the seed articles, for measuring how cost grows.

Each article recombines sentences of the seeds, with people, places and dates varied so that facts differ:
every seed person is swapped (consistently within an article, by full name and surname) for a generated person
from a pool that recurs across articles, cities for other cities, and day numbers shifted. Each file starts
with a ``date:`` header, so the loader and the date resolver work as on real articles.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from knowledge import load_articles
from knowledge.corpus import DEFAULT_CORPUS
from knowledge.sentences import split_article

FIRST_NAMES = (
    "Anton Boris Clara Daria Elias Fiona Gleb Hanna Igor Jana Kiril Lena Marta Nikolai Olga Pavel Rosa Stefan "
    "Tamara Ulrich Vera Wiktor Yana Zoran Alina Bogdan Celine Dmitri Emil Flora Grigor Helga Ivan Julia Karl "
    "Larisa Milan Nadia Oskar Petra Ruslan Sofia Taras Uliana Vadim Wanda Yuri Zlata"
).split()
SURNAMES = (
    "Abramov Belov Chernov Danko Egorov Fedorov Galkin Horvath Ilyin Jurić Kovalenko Lebedev Moroz Novak "
    "Orlov Petrenko Rybak Sokolov Tkachenko Usik Volkov Wolski Yermak Zaytsev Antonescu Bauer Castellano Dupont "
    "Eriksen Fischer Gallo Hansen Ionescu Jansen Kowalski Lindqvist Marino Nielsen Olsen Peeters Quist Rossi "
    "Schmidt Toth Urban Varga Weber Zelenko Andersen Brandt Conti Dvorak Esposito Fontaine Gruber Holm Ivanov "
    "Jovanovic Keller Lorenz Mazur Nowak Ostrowski Popescu Romano Svoboda Tomasz Ulrich Vogel Winter"
).split()
CITIES = (
    "Istanbul Geneva Vienna Doha Riyadh Helsinki Oslo Budapest Minsk Ankara Rome Warsaw Prague Baku "
    "Tbilisi Astana Belgrade Sofia Bucharest Vilnius"
).split()
SEED_CITIES = ("Istanbul", "Alaska", "Rome", "Washington")


def seed_material(seeds: Path = DEFAULT_CORPUS) -> tuple[list[str], list[tuple[str, ...]]]:
    """The seed sentences (not headings) and every seed person's aliases (full names first)."""
    from knowledge import KnowledgeBase

    loaded = load_articles(seeds)
    sentences = [s.text for a in loaded.articles for s in split_article(a.id, a.text, a.body_start) if not s.heading]
    people = [tuple(sorted(p.aliases, key=lambda a: -len(a.split()))) for p in KnowledgeBase(loaded.articles).people]
    return sentences, people


def person_pool(size: int, rng: random.Random) -> list[tuple[str, str]]:
    names = {(f, s) for f in FIRST_NAMES for s in SURNAMES}
    chosen = rng.sample(sorted(names), min(size, len(names)))
    return [(f"{first} {last}", last) for first, last in chosen]


def make_article(
    rng: random.Random,
    sentences: list[str],
    seed_people: list[tuple[str, ...]],
    pool: list[tuple[str, str]],
    published: dt.date,
    length: int = 18,
) -> str:
    body = " ".join(rng.sample(sentences, min(length, len(sentences))))
    # Swap people: full names first, then surnames alone, always to the same generated person in this article.
    for aliases in seed_people:
        new_full, new_surname = rng.choice(pool)
        for alias in aliases:
            body = re.sub(rf"(?<![\w.]){re.escape(alias)}\b", new_full if " " in alias else new_surname, body)
    for city in SEED_CITIES:
        body = re.sub(rf"\b{city}\b", rng.choice(CITIES), body)
    body = re.sub(r"\b(May|June|July|Aug\.|August) (\d{1,2})\b", lambda m: f"{m.group(1)} {rng.randint(1, 28)}", body)
    paragraphs = re.sub(r"(?<=[.”\"]) (?=[A-Z“\"])", lambda _: "\n\n" if rng.random() < 0.35 else " ", body)
    return f"date: {published.isoformat()}\nsource: Synthetic Wire\n\n{paragraphs}\n"


def write_corpus(folder: Path, articles: int, seed: int = 2025) -> list[Path]:
    """Write ``articles`` files into ``folder`` (created); the same arguments always give the same bytes."""
    rng = random.Random(seed)
    sentences, seed_people = seed_material()
    pool = person_pool(max(40, min(3000, articles // 3)), rng)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2025, 1, 1)
    paths = []
    for number in range(articles):
        published = start + dt.timedelta(days=rng.randrange(365))
        path = folder / f"syn_{number:06d}.txt"
        path.write_text(make_article(rng, sentences, seed_people, pool, published), encoding="utf-8")
        paths.append(path)
    return paths
