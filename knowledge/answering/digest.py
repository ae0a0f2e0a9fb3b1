"""A digest of newly added articles, for the team's channel: each article's title and outlet, the people it
brought, its dated events, its demands, and where it disagrees with what was already known (``conflicts``)."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from knowledge.answering.context import Context
from knowledge.answering.timeline import event_item
from knowledge.models import AnswerItem
from knowledge.sources import source_label

DIGEST_EVENTS = 8  # per article: a digest is a glance, the timeline has the rest
DIGEST_DEMANDS = 6


class DigestArticle(BaseModel):
    """One added article, as the digest shows it."""

    model_config = ConfigDict(frozen=True)

    article: str
    source: str
    new_people: tuple[str, ...] = ()
    events: tuple[AnswerItem, ...] = ()
    demands: tuple[AnswerItem, ...] = ()


def digest(context: Context, added: Iterable[tuple[str, list[str]]]) -> list[DigestArticle]:
    """(article id, new people's names) of each added article -> what the digest says about it."""
    found = []
    for article_id, new_people in added:
        article = context.articles.get(article_id)
        if article is None:
            continue
        rows = context.store.events_of_article(article_id, DIGEST_EVENTS)
        demands = context.store.demands_of_article(article_id, DIGEST_DEMANDS)
        found.append(
            DigestArticle(
                article=article_id,
                source=source_label(article),
                new_people=tuple(new_people),
                events=tuple(event_item(context, row) for row in rows),
                demands=tuple(
                    AnswerItem(
                        text=f"{row.party}: {row.demand.text}", citations=context.cite([row.demand.citation]), sources=1
                    )
                    for row in demands
                ),
            )
        )
    return found
