"""Render an Answer as plain text for a terminal: items, each with its source (outlet, title, date) and quote."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge import Answer, Article
from knowledge.questions import CoverageReport, without_controls
from knowledge.sources import label_for, sources_count


def page_summary(article: Article) -> str:
    """What was read off a page, for an ingest reply: "“Title”, Outlet, 2025-06-04"."""
    parts = [f"“{article.title}”" if article.title else "", article.source or "", article.published.isoformat()]
    return ", ".join(part for part in parts if part)


def answer_to_text(answer: Answer, articles: Mapping[str, Article]) -> str:
    lines: list[str] = []
    if answer.message:
        lines.append(answer.message)
    if answer.suggestions and not answer.found and "Did you mean" not in (answer.message or ""):
        lines.append("Did you mean: " + ", ".join(answer.suggestions) + "?")
    for number, item in enumerate(answer.items, start=1):
        date = f"[{item.date}] " if item.date else ""
        label = f"({item.label}) " if item.label else ""
        quotes_itself = len(item.citations) == 1 and item.citations[0].quote == item.text
        stance = f"{item.party} on {item.issue}, {item.stance}: " if item.stance else ""
        text = "“" + item.text + "”" if quotes_itself else item.text
        count = f" ({sources_count(item.sources)})" if item.sources else ""
        lines.append(f"{number}. {date}{label}{stance}{text}{count}")
        for citation in item.citations:
            quote = "" if quotes_itself else f": “{citation.quote}”"
            lines.append(f"   — {label_for(citation.article, articles)}{quote}")
        for conflict in item.conflicts:
            lines.append(f"   ⚠ sources differ: {conflict.note}")
            lines.append(f"     — {label_for(conflict.article, articles)}: “{conflict.quote}”")
    return "\n".join(lines) if lines else "No answer."


def report_to_text(report: CoverageReport) -> str:
    """The coverage report for a terminal: unanswered questions, most asked first, then answers voted down."""
    since = f" since {report.since}" if report.since else ""
    lines = [f"{report.questions} questions logged{since}."]
    if not report.questions:  # "Every question found an answer" would be said of none
        lines.append(
            "The bot logs the questions asked in Discord; '--record' (on 'ask' and the other commands) logs a "
            "terminal's."
        )
    elif report.unanswered:
        lines.append("Not answered by the articles (most asked first):")
        for group in report.unanswered:
            askers = f", {group.askers} askers" if group.askers else ""
            lines.append(f"  {group.times}x{askers}, last {group.last_asked}: {group.question}")
            lines += [f"      also: {wording}" for wording in group.wordings if wording != group.question][:3]
    else:
        lines.append("Every question found an answer.")
    if report.voted_down:
        lines.append("Answers voted down:")
        for vote in report.voted_down:
            cited = ", ".join(vote.articles) or "nothing"
            lines.append(f"  {vote.asked} [{vote.intent}] {vote.question} (cited {cited})")
    return "\n".join(without_controls(line) for line in lines)  # nothing a question holds reaches the terminal raw
