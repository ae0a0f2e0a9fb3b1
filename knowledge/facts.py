"""Build every fact from a list of articles: sentences, people, events, demands, speakers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from knowledge.extract.demands import extract_demands
from knowledge.extract.events import extract_events, merge_events
from knowledge.extract.people import extract_people
from knowledge.extract.speakers import Actor, ActorFinder
from knowledge.models import Article, Demand, Event, Person, Sentence
from knowledge.sentences import split_article

log = logging.getLogger(__name__)


@dataclass
class Facts:
    """All that was extracted from a corpus, with the lookups answering needs."""

    articles: dict[str, Article]
    sentences: list[Sentence]
    people: list[Person]
    events: list[Event]
    demands: list[Demand]
    speakers: dict[tuple[str, int], Actor] = field(default_factory=dict)  # (article, sentence start) -> speaker


def build_facts(articles: list[Article]) -> Facts:
    """Extract everything; people first, since demands and speakers need to know who is who."""
    by_article = {a.id: split_article(a.id, a.text, a.body_start) for a in articles}
    sentences = [s for article_sentences in by_article.values() for s in article_sentences]
    people = extract_people(sentences)
    actors = ActorFinder(people)
    events: list[Event] = []
    demands: list[Demand] = []
    speakers: dict[tuple[str, int], Actor] = {}
    for article in articles:
        article_sentences = by_article[article.id]
        events.extend(extract_events(article, article_sentences))
        demands.extend(extract_demands(article_sentences, actors))
        starts = {s.index: s.start for s in article_sentences}
        for index, actor in actors.speakers(article_sentences).items():
            speakers[(article.id, starts[index])] = actor
    events = merge_events(events)
    log.info(
        "extracted %d sentences, %d people, %d events, %d demands from %d articles",
        len(sentences),
        len(people),
        len(events),
        len(demands),
        len(articles),
    )
    return Facts(
        articles={a.id: a for a in articles},
        sentences=sentences,
        people=people,
        events=events,
        demands=demands,
        speakers=speakers,
    )
