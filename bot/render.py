"""Answer -> Discord embeds, every Discord limit handled here and only here.

Each item carries numbered references; a Sources field per cited article gives its title or id, outlet and
date, and the quoted sentences as ``>`` quotes, escaped, trimmed with an ellipsis only when a limit forces it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import discord
from discord.utils import escape_markdown, escape_mentions

from knowledge import Answer, AnswerItem, Article
from knowledge.answering.digest import DigestArticle
from knowledge.questions import CoverageReport, without_controls
from knowledge.sources import label_for, sources_count

_LINK_MARKS = re.compile(r"(?<!\\)\](\s*)\(")  # "](" of a masked link; escape_markdown escapes the "[" only
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
EMBED_TOTAL_LIMIT = 6000
FOOTER_LIMIT = 2048
ITEMS_PER_PAGE = 5
ITEM_TEXT_CHARS = 350
SOURCES_PER_PAGE = 10
ELLIPSIS = "…"
FOUND_COLOUR = discord.Colour.blurple()
MISS_COLOUR = discord.Colour.light_grey()
INTENT_TITLES = {
    "timeline": "Timeline",
    "who": "Who",
    "demands": "Demands",
    "positions": "Positions",
    "said": "Who said it",
    "since": "New since",
    "search": "Answer",
    "help": "Help",
}


def safe(text: str) -> str:
    """Markdown escaped and mentions defused, so article or user text renders as typed and pings nobody; no
    control or direction characters (NUL, ESC, BEL, U+202E); no masked link ("[x](http://...)": discord.py
    escapes the opening bracket only, and Discord still links it, so its "](" is escaped too)."""
    escaped = escape_mentions(escape_markdown(without_controls(text)))
    return _LINK_MARKS.sub(lambda m: f"\\]{m.group(1)}\\(", escaped)


def inline_code(text: str) -> str:
    """User text to show inside `code`: no backticks to break out of it, no mentions, no control characters."""
    return escape_mentions(without_controls(text).replace("`", "'"))[:100]


def trim(text: str, limit: int) -> str:
    """The text, cut to ``limit`` characters with an ellipsis when it is longer; empty when no room is left."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ""
    return text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def answer_pages(answer: Answer, articles: Mapping[str, Article]) -> list[discord.Embed]:
    """One embed per page; each page fits every Discord limit."""
    title = trim(f"{INTENT_TITLES.get(answer.intent.value, 'Answer')}: {answer.query}".rstrip(": "), TITLE_LIMIT)
    if not answer.items:
        return [_miss(answer, title)]
    # not covered, with what plain search ranks first (labelled): the miss says so, the pages show them
    pages: list[discord.Embed] = [] if answer.found else [_miss(answer, title)]
    if answer.intent.value == "positions":
        pages.append(_positions_overview(answer, title))
    pending = list(enumerate(answer.items, start=1))
    while pending:
        taken = _fill_page(pending, articles, title)
        pages.append(taken[0])
        pending = pending[taken[1] :]
    if len(pages) > 1:
        for number, page in enumerate(pages, start=1):
            page.set_footer(text=f"Page {number}/{len(pages)}")
    return pages


def _positions_overview(answer: Answer, title: str) -> discord.Embed:
    """The matrix at a glance: one field per party, a line per issue with a stance; the pages after it quote
    the sentences behind each numbered cell. Cells with nothing stated are named as such, never filled in."""
    embed = discord.Embed(title=safe(title)[:TITLE_LIMIT], colour=FOUND_COLOUR)
    by_party: dict[str, list[str]] = {}
    for number, item in enumerate(answer.items, start=1):
        count = f", {sources_count(item.sources)}" if item.sources else ""
        changed = " (changed)" if item.label and item.label.startswith("changed") else ""
        line = f"**{safe(item.issue or '')}**: {item.stance}{changed} · `{item.date}`{count} [#{number}]"
        by_party.setdefault(item.party or "?", []).append(line)
    for party, lines in list(by_party.items())[:FIELD_LIMIT]:
        embed.add_field(name=trim(safe(party), FIELD_NAME_LIMIT), value=trim("\n".join(lines), FIELD_VALUE_LIMIT))
    if answer.message:
        embed.description = trim(safe(answer.message), DESCRIPTION_LIMIT)
    while len(embed) > EMBED_TOTAL_LIMIT - 40 and embed.description:  # room for the page footer
        embed.description = trim(embed.description, len(embed.description) // 2) or None
    while len(embed) > EMBED_TOTAL_LIMIT - 40 and len(embed.fields) > 1:
        embed.remove_field(-1)  # the pages after this one still list every cell
    return embed


def _miss(answer: Answer, title: str) -> discord.Embed:
    lines = [answer.message or "The articles do not cover that."]
    if answer.suggestions and "Did you mean" not in lines[0]:
        lines.append("Did you mean: " + ", ".join(answer.suggestions) + "?")
    return discord.Embed(
        title=safe(title)[:TITLE_LIMIT], description=trim(safe("\n".join(lines)), DESCRIPTION_LIMIT), colour=MISS_COLOUR
    )


def _fill_page(
    pending: Sequence[tuple[int, AnswerItem]], articles: Mapping[str, Article], title: str
) -> tuple[discord.Embed, int]:
    """The largest page (at most ITEMS_PER_PAGE items) that fits; always at least one item."""
    for count in range(min(ITEMS_PER_PAGE, len(pending)), 0, -1):
        embed = _page(pending[:count], articles, title)
        if len(embed) <= EMBED_TOTAL_LIMIT - 40:  # room for the page footer
            return embed, count
    return _page(pending[:1], articles, title, squeeze=True), 1


def _page(
    items: Sequence[tuple[int, AnswerItem]], articles: Mapping[str, Article], title: str, squeeze: bool = False
) -> discord.Embed:
    refs: dict[str, int] = {}
    quotes: dict[str, list[str]] = {}
    lines = []

    def reference(article: str, quote: str) -> int | None:
        if article not in refs and len(refs) < SOURCES_PER_PAGE:
            refs[article] = len(refs) + 1
        if article not in refs:
            return None
        quotes.setdefault(article, [])
        if quote not in quotes[article]:
            quotes[article].append(quote)
        return refs[article]

    for number, item in items:
        item_refs = [r for c in item.citations if (r := reference(c.article, c.quote)) is not None]
        date = f"`{item.date}` " if item.date else ""
        label = f"*{item.label}* " if item.label else ""
        stance = f"**{safe(item.party or '')} · {safe(item.issue or '')}: {item.stance}** " if item.stance else ""
        marks = "".join(f"[{r}]" for r in dict.fromkeys(item_refs))
        count = f" · *{sources_count(item.sources)}*" if item.sources else ""
        text = trim(item.text, 150 if squeeze else ITEM_TEXT_CHARS)
        lines.append(f"**{number}.** {date}{label}{stance}{safe(text)} {marks}{count}".rstrip())
        for conflict in item.conflicts:
            ref = reference(conflict.article, conflict.quote)
            lines.append(f"⚠ sources differ: {safe(trim(conflict.note, 150))}" + (f" [{ref}]" if ref else ""))
    embed = discord.Embed(
        title=safe(title)[:TITLE_LIMIT], description=trim("\n".join(lines), DESCRIPTION_LIMIT), colour=FOUND_COLOUR
    )
    for article_id, ref in refs.items():
        name = trim(f"[{ref}] {label_for(article_id, articles)}", FIELD_NAME_LIMIT)
        article = articles.get(article_id)
        link = f"\n[read the article]({article.url})" if article is not None and article.url else ""
        block = _quote_block(quotes[article_id], squeeze, reserve=len(link))
        embed.add_field(name=safe(name)[:FIELD_NAME_LIMIT], value=block + link, inline=False)
    return embed


def _quote_block(quotes: list[str], squeeze: bool, reserve: int = 0) -> str:
    """'> quote' lines, each trimmed evenly so the field (and ``reserve`` more characters) stays within its limit."""
    limit = FIELD_VALUE_LIMIT - reserve
    budget = (limit // max(1, len(quotes))) - 4
    if squeeze:
        budget = min(budget, 300)
    block = "\n".join("> " + trim(safe(" ".join(q.split())), budget) for q in quotes)
    return trim(block, limit)


def report_embed(report: CoverageReport) -> discord.Embed:
    """The coverage report: what the articles could not answer (most asked first) and the answers voted down."""
    since = f" since {report.since}" if report.since else ""
    embed = discord.Embed(
        title="What the articles could not answer",
        description=f"{report.questions} questions logged{since}.",
        colour=FOUND_COLOUR,
    )
    unanswered = [
        f"**{group.times}×** {safe(trim(group.question, 150))} (last {group.last_asked[:10]})"
        for group in report.unanswered
    ]
    embed.add_field(
        name="Not answered",
        value=trim(
            "\n".join(unanswered)
            or ("Every question found an answer." if report.questions else "No questions logged yet."),
            FIELD_VALUE_LIMIT,
        ),
        inline=False,
    )
    if report.voted_down:
        down = [f"{vote.asked[:10]} {safe(trim(vote.question, 150))} ({vote.intent})" for vote in report.voted_down]
        embed.add_field(name="Voted down", value=trim("\n".join(down), FIELD_VALUE_LIMIT), inline=False)
    return embed


def digest_embed(articles: list[DigestArticle], total: int | None = None) -> discord.Embed:
    """One embed per batch of added articles: per article its source, new people, events (with any conflict with
    what was known) and demands; ``total`` when the batch held more than are shown."""
    count = total if total is not None else len(articles)
    title = f"New in the corpus: {count} article" + ("s" if count != 1 else "")
    if count > len(articles):
        title += f" (the first {len(articles)} shown)"
    embed = discord.Embed(title=title)
    embed.colour = FOUND_COLOUR
    for article in articles[:FIELD_LIMIT]:
        lines = []
        if article.new_people:
            lines.append("**New people:** " + safe(", ".join(article.new_people[:10])))
        for item in article.events:
            when = f"`{item.date}` " if item.date else ""
            lines.append(f"{when}{safe(trim(item.text, 140))}")
            lines += [f"⚠ sources differ: {safe(trim(c.note, 120))}" for c in item.conflicts]
        lines += [f"**Demand:** {safe(trim(item.text, 140))}" for item in article.demands]
        value = "\n".join(lines) or "No people, dated events or demands found in it."
        embed.add_field(
            name=trim(safe(article.source), FIELD_NAME_LIMIT), value=trim(value, FIELD_VALUE_LIMIT), inline=False
        )
    while len(embed) > EMBED_TOTAL_LIMIT and len(embed.fields) > 1:
        embed.remove_field(-1)
    return embed
