"""What one article yields once the people are known: speakers, mentions, events, demands, positions."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from knowledge.extract.demands import extract_demands
from knowledge.extract.events import LEADING_PRONOUN, extract_events
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
    stood_for = set()
    for before, sentence in itertools.pairwise(sentences):
        if LEADING_PRONOUN.match(sentence.text) and not LEADING_PRONOUN.match(before.text):
            keys = {actor.key for actor in actors.people_in(before.text) if actor.key}
            subject = actors.subject_of(before.text)
            if len(keys) == 1 and subject is not None and subject.key in keys:
                stood_for.add((keys.pop(), sentence.index))
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
