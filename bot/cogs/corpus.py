"""Growing the corpus from Discord: ``!ingest`` an attached article, ``!reload`` what was added on disk.

Both run the knowledge layer's own code (``KnowledgeBase.ingest`` / ``reload``) in a worker thread, so the bot
keeps answering while an article is indexed. Only members with Manage Server, or the bot's owner, may use them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.render import inline_code, report_embed, safe, trim
from knowledge import IngestError, IngestResult, KnowledgeError, Upload

if TYPE_CHECKING:
    from bot.client import TalkBot

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 2_000_000
MAX_ATTACHMENTS = 10  # Discord's own limit per message
REPLY_LIMIT = 2000


class IngestFlags(commands.FlagConverter, delimiter=" ", prefix="--"):
    """Optional metadata for an ingested article: ``--date 2025-06-02 --source Kyiv Post``."""

    date: str | None = commands.flag(default=None, description="Publication date YYYY-MM-DD, if the file has none")
    source: str | None = commands.flag(default=None, description="The outlet, e.g. Reuters")
    title: str | None = commands.flag(default=None, description="The headline")


class Corpus(commands.Cog):
    """Add articles to what the bot knows."""

    def __init__(self, bot: TalkBot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="ingest")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.check_any(commands.has_guild_permissions(manage_guild=True), commands.is_owner())
    @app_commands.describe(file="A UTF-8 .txt article; its first line may be 'date: YYYY-MM-DD'")
    async def ingest(self, ctx: commands.Context[TalkBot], file: discord.Attachment, *, flags: IngestFlags) -> None:
        """Add attached .txt articles to the corpus (Manage Server only)."""
        await ctx.defer()
        files = [file]
        if ctx.interaction is None:  # a message may carry several: every one is added, or none
            files += [a for a in ctx.message.attachments if a.id != file.id][: MAX_ATTACHMENTS - 1]
        too_large = [f for f in files if f.size > MAX_UPLOAD_BYTES]
        if too_large:
            names = ", ".join(f"`{inline_code(f.filename)}`" for f in too_large)
            await ctx.send(
                trim(f"{names}: too large (the limit is {MAX_UPLOAD_BYTES:,} bytes). Nothing was added.", REPLY_LIMIT)
            )
            return
        uploads = [Upload(name=f.filename, data=await f.read()) for f in files]
        try:
            results = await self.bot.write(
                self.bot.knowledge.ingest, uploads, date=flags.date, source=flags.source, title=flags.title
            )
        except IngestError as exc:
            await ctx.send(
                trim("Nothing was added:\n" + "\n".join(f"- {inline_code(p)}" for p in exc.problems), REPLY_LIMIT)
            )
            return
        except KnowledgeError as exc:  # the index is busy or cannot be written: say so, nothing was added
            await ctx.send(trim(f"Nothing was added: {safe(str(exc))}", REPLY_LIMIT))
            return
        await ctx.send(trim("\n".join(_describe(result) for result in results), REPLY_LIMIT))
        await self.bot.post_digest([(r.article_id, r.new_people) for r in results if r.added])

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


def _describe(result: IngestResult) -> str:
    name = f"`{inline_code(result.name)}`"
    if not result.added:
        return f"{name}: {result.message}"
    people = ", ".join(result.new_people[:10]) or "none"
    return (
        f"{name}: added as `{result.article_id}` — new people: {inline_code(people)}; "
        f"{result.events} dated events; {result.demands} demands."
    )


async def setup(bot: TalkBot) -> None:
    await bot.add_cog(Corpus(bot))
