"""What one article yields once the people are known: speakers, mentions, events, demands, positions."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from knowledge.extract.demands import extract_demands
from knowledge.extract.events import extract_events
from knowledge.extract.positions import extract_positions
from knowledge.extract.speakers import Actor, ActorFinder
from knowledge.models import Article, Demand, Event, Position, Sentence


@dataclass
class ArticleFacts:
    """The facts of one article. Events are not yet merged with other articles' events."""

    article: Article
    sentences: list[Sentence]
    speakers: dict[int, Actor]  # sentence index -> speaker
    mentions: list[tuple[int, int]]  # (person key, sentence index)
    events: list[Event]
    demands: list[Demand]
    positions: list[Position]


# A sentence whose subject is "he"/"she", after at most a phrase of time or place ("Since 2007, he served ...")
_SUBJECT_PRONOUN = re.compile(r"^\s*(?:[A-Z][^,.;:]{0,40},\s*)?(?:He|he|She|she)\b")


def extract_article(article: Article, sentences: list[Sentence], actors: ActorFinder) -> ArticleFacts:
    """Everything but people (which need the whole corpus) for one article."""
    speakers = actors.speakers(sentences)
    named = {(actor.key, s.index) for s in sentences for actor in actors.people_in(s.text) if actor.key}
    spoken = {(actor.key, index) for index, actor in speakers.items() if actor.key}  # "he said": a mention too
    # ("The president also instructed ...": the president named before, a mention too)
    titled = {(actor.key, index) for index, actor in actors.titled_subjects(sentences).items() if actor.key}
    events = extract_events(article, sentences)
    # ("Witkoff arrived in Moscow ... He last met Putin on April 25": the one person the sentence before names and
    # opens with is whom an opening "He"/"She" stands for, a mention too, so that his timeline holds it; never one
    # named after its subject, "... chaired by mediator Joseph Mrema. She flew ...", nor after a "He" of its own, "He
    # was met by Kamau. He then laid a wreath")
    # (... and on through a chain of them, each opening with "he"/"she" after at most a phrase of time: "Budanov
    # devoted his life to the service. Since 2007, he served in GUR. In 2020, he became its head.")
    stood_for = set()
    carried: int | None = None  # the person the sentence before stands for, through its "he"
    for before, sentence in itertools.pairwise(sentences):
        if _SUBJECT_PRONOUN.match(sentence.text) is None:
            carried = None
            continue
        keys = {actor.key for actor in actors.people_in(before.text) if actor.key}
        subject = actors.subject_of(before.text)
        if _SUBJECT_PRONOUN.match(before.text) is None:
            carried = keys.pop() if len(keys) == 1 and subject is not None and subject.key in keys else None
        elif keys:
            carried = None  # (a chain broken by someone else named: "He met Kamau. He then ...")
        if carried is not None:
            stood_for.add((carried, sentence.index))
    mentions = sorted(named | spoken | titled | stood_for)
    demands = extract_demands(sentences, actors, speakers)
    return ArticleFacts(
        article=article,
        sentences=sentences,
        speakers=speakers,
        mentions=mentions,
        events=events,
        demands=demands,
        positions=extract_positions(article, sentences, demands, speakers, actors),
    )
