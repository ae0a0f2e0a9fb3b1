"""What one article yields once the people are known: speakers, mentions, events, demands, positions."""

from __future__ import annotations

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


def extract_article(article: Article, sentences: list[Sentence], actors: ActorFinder) -> ArticleFacts:
    """Everything but people (which need the whole corpus) for one article."""
    speakers = actors.speakers(sentences)
    named = {(actor.key, s.index) for s in sentences for actor in actors.people_in(s.text) if actor.key}
    spoken = {(actor.key, index) for index, actor in speakers.items() if actor.key}  # "he said": a mention too
    # ("The president also instructed ...": the president named before, a mention too)
    titled = {(actor.key, index) for index, actor in actors.titled_subjects(sentences).items() if actor.key}
    mentions = sorted(named | spoken | titled)
    demands = extract_demands(sentences, actors, speakers)
    return ArticleFacts(
        article=article,
        sentences=sentences,
        speakers=speakers,
        mentions=mentions,
        events=extract_events(article, sentences),
        demands=demands,
        positions=extract_positions(article, sentences, demands, speakers, actors),
    )
