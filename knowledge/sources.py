"""How an article is named to a reader: outlet, title and date, or what the file itself offers."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.models import Article

TITLE_CHARS = 90  # a headline past this is cut with an ellipsis: the label names the article, it does not quote it
FIRST_LINE_CHARS = 120  # a first line longer than this is a paragraph, not a headline


def article_title(article: Article) -> str:
    """The headline, else the body's first line when it reads like one, else the file name."""
    if article.title:
        return article.title
    first = article.text[article.body_start :].strip().split("\n", 1)[0].strip()
    if first and len(first) <= FIRST_LINE_CHARS:
        return first
    return article.id


def source_label(article: Article) -> str:
    """'Dawn, “Rubio arrives in Saudi Arabia…”, 2025-02-17'."""
    title = article_title(article)
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    parts = [article.source] if article.source else []
    parts += [f"“{title}”", article.published.isoformat()]
    return ", ".join(parts)


def label_for(article_id: str, articles: Mapping[str, Article]) -> str:
    """``source_label`` of an article by id; the id itself when the article is unknown."""
    article = articles.get(article_id)
    return source_label(article) if article is not None else article_id


def sources_count(count: int) -> str:
    """'1 source', '3 sources': how many distinct articles state a fact, as every renderer words it."""
    return "1 source" if count == 1 else f"{count} sources"
