"""Render an Answer as plain text for a terminal: items, each with its article and quoted sentence."""

from __future__ import annotations

from knowledge import Answer, Article


def source_label(article_id: str, articles: dict[str, Article]) -> str:
    """'002_e4dbbe45f6cbfff8 (Voz.us, 2025-05-19)': the id, then outlet and date where known."""
    article = articles.get(article_id)
    if article is None:
        return article_id
    details = [d for d in (article.source, article.published.isoformat()) if d]
    return f"{article_id} ({', '.join(details)})"


def answer_to_text(answer: Answer, articles: dict[str, Article]) -> str:
    lines: list[str] = []
    if answer.message:
        lines.append(answer.message)
    if answer.suggestions and not answer.found and "Did you mean" not in (answer.message or ""):
        lines.append("Did you mean: " + ", ".join(answer.suggestions) + "?")
    for number, item in enumerate(answer.items, start=1):
        date = f"[{item.date}] " if item.date else ""
        quotes_itself = len(item.citations) == 1 and item.citations[0].quote == item.text
        lines.append(f"{number}. {date}{'“' + item.text + '”' if quotes_itself else item.text}")
        for citation in item.citations:
            quote = "" if quotes_itself else f": “{citation.quote}”"
            lines.append(f"   — {source_label(citation.article, articles)}{quote}")
    return "\n".join(lines) if lines else "No answer."
