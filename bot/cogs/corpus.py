"""Growing the corpus from Discord: ``!ingest`` a link or an attached article or page, ``!reload`` what was added
on disk.

Both run the knowledge layer's own code (``KnowledgeBase.add_sources`` / ``reload``) off the event loop: pages
are fetched and read on a worker thread, and every write waits its turn on the bot's one writer thread
(``TalkBot.write``), so the bot keeps answering while an article is indexed. Only members with Manage Server, or
the bot's owner, may use them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import escape_mentions

from bot.render import inline_code, report_embed, safe, trim
from bot.render_text import page_summary
from knowledge import IngestError, IngestResult, KnowledgeError, Source
from knowledge.fetch import MAX_PAGE_BYTES
from knowledge.links import PAGE_SUFFIXES, is_page, is_url

if TYPE_CHECKING:
    from bot.client import TalkBot

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 2_000_000
MAX_ATTACHMENTS = 10  # Discord's own limit per message
REPLY_LIMIT = 2000
MAX_LINKS = 5  # each link may take up to 15 s to fetch, and the channel waits for the one reply
DATE_FLAG = "--date YYYY-MM-DD"  # how the knowledge layer's refusals name the option (the CLI's and !ingest's)
PROBLEM_LIMIT = 500  # a refusal names the source (a link can be long) and then why: never cut before the reason


class IngestFlags(commands.FlagConverter, delimiter=" ", prefix="--"):
    """A link and optional metadata: ``https://... --date 2025-06-02 --source Kyiv Post``."""

    url: str | None = commands.flag(
        default=None, positional=True, description="A link to the article (http or https); several, space-separated"
    )
    date: str | None = commands.flag(default=None, description="Publication date YYYY-MM-DD, if the page has none")
    source: str | None = commands.flag(default=None, description="The outlet, e.g. Reuters")
    title: str | None = commands.flag(default=None, description="The headline")


class Corpus(commands.Cog):
    """Add articles to what the bot knows."""

    def __init__(self, bot: TalkBot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="ingest")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.check_any(commands.has_guild_permissions(manage_guild=True), commands.is_owner())
    @app_commands.describe(file="A UTF-8 .txt article (first line may be 'date: YYYY-MM-DD') or a saved .html page")
    async def ingest(
        self, ctx: commands.Context[TalkBot], file: discord.Attachment | None = None, *, flags: IngestFlags
    ) -> None:
        """Add an article from a link, an attached .txt article or a saved .html page (Manage Server only)."""
        links = [link.removeprefix("<").removesuffix(">") for link in (flags.url or "").split()]  # <url>: no preview
        not_links = [link for link in links if not is_url(link)]
        if not_links and not_links[0].startswith("--"):  # "--date" last, with no value: not read as a flag
            await ctx.send(f"`{inline_code(not_links[0])}` needs a value, e.g. `--date 2025-06-03`. Nothing was added.")
            return
        if not_links:
            await ctx.send(
                f"`{inline_code(not_links[0])}` is not a link: give the whole address, starting with https://. "
                "Nothing was added."
            )
            return
        if len(links) > MAX_LINKS:
            await ctx.send(f"At most {MAX_LINKS} links at a time, please (you gave {len(links)}). Nothing was added.")
            return
        if file is None and not links:
            await ctx.send(
                "Give a link (`!ingest https://...`) or attach a .txt article or a saved .html page. Nothing was added."
            )
            return
        await ctx.defer()
        files = [file] if file is not None else []
        if ctx.interaction is None:  # a message may carry several: every one is added, or none
            others = [a for a in ctx.message.attachments if file is None or a.id != file.id]
            files += others[: MAX_ATTACHMENTS - len(files)]
        too_large = [f for f in files if f.size > _size_limit(f.filename)]
        if too_large:
            names = ", ".join(f"`{inline_code(f.filename)}` ({f.size:,} bytes)" for f in too_large)
            limits = f"{MAX_UPLOAD_BYTES:,} bytes for an article, {MAX_PAGE_BYTES:,} for a saved page"
            await ctx.send(trim(f"{names}: too large (the limit is {limits}). Nothing was added.", REPLY_LIMIT))
            return
        sources = [Source(name=f.filename, data=await f.read()) for f in files] + [Source(name=u) for u in links]
        knowledge = self.bot.knowledge
        private = self.bot.settings.talkbot_allow_private_urls
        try:
            # Fetching and reading on a worker thread; then only the write waits its turn on the bot's one
            # writer, and no worker thread is held while it waits (questions run on those).
            batch = await asyncio.to_thread(
                knowledge.prepare_sources,
                sources,
                allow_private=private,
                date=flags.date,
                source=flags.source,
                title=flags.title,
            )
            results = await self.bot.write(
                knowledge.add_batch, batch, date=flags.date, source=flags.source, title=flags.title
            )
        except IngestError as exc:
            slash = ctx.interaction is not None
            if len(exc.problems) == 1:
                await ctx.send(trim(f"Nothing was added: `{_problem(exc.problems[0], slash)}`", REPLY_LIMIT))
            else:
                problems = "\n".join(f"- `{_problem(p, slash)}`" for p in exc.problems)
                await ctx.send(trim(f"Nothing was added:\n{problems}", REPLY_LIMIT))
            return
        except KnowledgeError as exc:  # the index is busy or cannot be written: say so, nothing was added
            await ctx.send(trim(f"Nothing was added: {safe(str(exc))}", REPLY_LIMIT))
            return
        found = await asyncio.to_thread(self._found, results)
        await ctx.send(trim("\n".join(_describe(result, found.get(result.name)) for result in results), REPLY_LIMIT))
        await self.bot.post_digest([(r.article_id, r.new_people) for r in results if r.added])

    def _found(self, results: list[IngestResult]) -> dict[str, str]:
        """In a worker thread: what was read off each page added (title, outlet, date), for the reply."""
        added = [r for r in results if r.added and is_page(r.name)]
        articles = self.bot.knowledge.articles if added else {}
        return {r.name: page_summary(articles[r.article_id]) for r in added if r.article_id in articles}

    @commands.hybrid_command(name="report")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.check_any(commands.has_guild_permissions(manage_guild=True), commands.is_owner())
    @app_commands.describe(since="Only questions asked on or after this day, YYYY-MM-DD")
    async def report(self, ctx: commands.Context[TalkBot], since: str = "") -> None:
        """What the articles could not answer, and answers voted down (Manage Server only)."""
        questions = self.bot.questions
        if questions is None:
            await ctx.send("Questions are not recorded (RECORD_QUESTIONS=false), so there is nothing to report.")
            return
        try:
            day = dt.date.fromisoformat(since) if since else None
        except ValueError:
            await ctx.send(f"`{inline_code(since)}` is not a day; use YYYY-MM-DD, e.g. 2025-06-01.")
            return
        report = await asyncio.to_thread(questions.report, day)
        await ctx.send(embed=report_embed(report))

    @commands.hybrid_command(name="reload")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.check_any(commands.has_guild_permissions(manage_guild=True), commands.is_owner())
    async def reload(self, ctx: commands.Context[TalkBot]) -> None:
        """Pick up articles added to the corpus folder on disk (Manage Server only)."""
        await ctx.defer()
        try:
            report = await self.bot.write(self.bot.knowledge.reload)
        except KnowledgeError as exc:  # a corpus folder gone or unreadable, an index busy or unusable
            await ctx.send(trim(f"Could not reload: {safe(str(exc))}", REPLY_LIMIT))
            return
        lines = [f"Added {len(report.added)} articles" + (" (rebuilt the index)" if report.rebuilt else "") + "."]
        lines += [f"Skipped {inline_code(str(problem))}" for problem in report.problems]
        await ctx.send(trim("\n".join(lines), REPLY_LIMIT))
        await self.bot.post_digest([(a.id, a.new_people) for a in report.added if a.id in report.new])


def _size_limit(filename: str) -> int:
    """A saved page carries its markup, so it may be larger than an article file."""
    return MAX_PAGE_BYTES if filename.lower().endswith(PAGE_SUFFIXES) else MAX_UPLOAD_BYTES


def _problem(text: str, slash: bool = False) -> str:
    """One refusal as inline code (a link in it is not unfurled), whole: the reason is at its end. A slash
    command is told of its own option, not the prefix command's flag."""
    if slash:
        text = text.replace(DATE_FLAG, "the date: option of /ingest (YYYY-MM-DD)")
    return escape_mentions(text.replace("`", "'"))[:PROBLEM_LIMIT]


def _describe(result: IngestResult, found: str | None = None) -> str:
    name = f"`{inline_code(result.name)}`"
    if not result.added:
        return f"{name}: {result.message}"
    people = ", ".join(result.new_people[:10]) or "none"
    read = f" ({safe(found)})" if found else ""
    return (
        f"{name}: added as `{result.article_id}`{read} — new people: {inline_code(people)}; "
        f"{result.events} dated events; {result.demands} demands."
    )


async def setup(bot: TalkBot) -> None:
    await bot.add_cog(Corpus(bot))
