"""The question commands (prefix and slash, one implementation) and @mention questions.

Each command parses, calls the knowledge layer once, renders, sends. No domain logic here. The knowledge
layer reads the index, so answering and rendering run in a worker thread (each with its own connection):
the event loop, and with it Discord's heartbeat, never waits on the index.
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chart import chart_events, timeline_png
from bot.feedback import VoteButton, vote_buttons
from bot.paginator import Paginator
from bot.render import answer_pages
from knowledge import Answer, Intent

if TYPE_CHECKING:
    from bot.client import TalkBot

log = logging.getLogger(__name__)

COOLDOWN_RATE = 4  # commands per user ...
COOLDOWN_SECONDS = 10.0  # ... per this many seconds
MAX_CHOICES = 25
CHART_FILE = "timeline.png"
_MENTION = re.compile(r"<@!?(\d+)>")


def _cooldown() -> commands.CooldownMapping[discord.Message]:
    """Per-user rate limit for mentions; BucketType.user keys a Message as well as a Context."""
    return commands.CooldownMapping.from_cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)


class Answers(commands.Cog):
    """Ask about the peace talks: timeline, people, demands, or any question."""

    def __init__(self, bot: TalkBot) -> None:
        self.bot = bot
        self._mention_cooldown = _cooldown()

    # ----- commands ---------------------------------------------------------------------------------------------

    @commands.hybrid_command(name="timeline")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(topic="A place, person, month, year or words; empty for everything")
    async def timeline(self, ctx: commands.Context[TalkBot], *, topic: str = "") -> None:
        """Show dated events about a topic, in date order."""
        await self.reply(ctx, self.bot.knowledge.timeline, topic)

    @commands.hybrid_command(name="who")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(name="A person's name or role, e.g. Peskov or Ukraine's president")
    async def who(self, ctx: commands.Context[TalkBot], *, name: str) -> None:
        """Tell who someone is and what they said, with sources."""
        await self.reply(ctx, self.bot.knowledge.who, name)

    @commands.hybrid_command(name="demands")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(party="A country, capital, institution or person; empty for every party")
    async def demands(self, ctx: commands.Context[TalkBot], *, party: str = "") -> None:
        """List what a party demands, one item per demand."""
        await self.reply(ctx, self.bot.knowledge.demands, party)

    @commands.hybrid_command(name="positions")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(topic="A party (Russia) or an issue (NATO, ceasefire); empty for the whole matrix")
    async def positions(self, ctx: commands.Context[TalkBot], *, topic: str = "") -> None:
        """Where each party stands on each issue, with sources."""
        await self.reply(ctx, self.bot.knowledge.positions, topic)

    @commands.hybrid_command(name="said")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(phrase="Words someone said, e.g. bloodbath, or a person and a topic, e.g. Putin truce")
    async def said(self, ctx: commands.Context[TalkBot], *, phrase: str) -> None:
        """Who said it: the speaker, their role, the date and the sentence."""
        await self.reply(ctx, self.bot.knowledge.said, phrase)

    @commands.hybrid_command(name="since")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(when="A day (2025-06-01, June 1) or a span back from today (3 days, 2 weeks)")
    async def since(self, ctx: commands.Context[TalkBot], *, when: str) -> None:
        """What is new since a day: events and demands, newest first."""
        await self.reply(ctx, self.bot.knowledge.since, when)

    @commands.hybrid_command(name="ask")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    @app_commands.describe(question="Your question, e.g. what did Lavrov tell NBC?")
    async def ask(self, ctx: commands.Context[TalkBot], *, question: str) -> None:
        """Answer a free question from the articles, with sources."""
        await self.reply(ctx, self.bot.knowledge.answer, question)

    @commands.hybrid_command(name="help")  # type: ignore[arg-type]  # discord.py types reject cog methods here (#9788)
    @commands.cooldown(COOLDOWN_RATE, COOLDOWN_SECONDS, commands.BucketType.user)
    async def help(self, ctx: commands.Context[TalkBot]) -> None:
        """Show what the bot knows and an example of each command."""
        await self.reply(ctx, lambda _: self.bot.knowledge.help(), "")

    # ----- autocomplete: the same fuzzy search as the commands -------------------------------------------------

    @who.autocomplete("name")
    async def _who_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(await asyncio.to_thread(self.bot.knowledge.people_suggestions, current, MAX_CHOICES))

    @demands.autocomplete("party")
    async def _party_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(await asyncio.to_thread(self.bot.knowledge.party_suggestions, current, MAX_CHOICES))

    @positions.autocomplete("topic")
    async def _position_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(await asyncio.to_thread(self.bot.knowledge.position_suggestions, current, MAX_CHOICES))

    @timeline.autocomplete("topic")
    async def _topic_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _choices(await asyncio.to_thread(self.bot.knowledge.topic_suggestions, current, MAX_CHOICES))

    # ----- mentions and replies --------------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """'@talkbot what did Lavrov tell NBC?' or a reply to one of the bot's answers."""
        me = self.bot.user
        if me is None or message.author.bot:
            return
        if not (me in message.mentions or self._replies_to_me(message)):
            return
        allowed = self.bot.settings.mention_channel_ids
        if allowed and message.channel.id not in allowed:
            return
        if message.content.startswith(self.bot.settings.command_prefix):
            return  # a prefix command that happens to mention the bot: the command machinery answers it
        question = _MENTION.sub(" ", message.content).strip()
        retry_after = self._mention_cooldown.update_rate_limit(message)
        if retry_after:
            await message.reply(f"One moment, please: try again in {retry_after:.0f} s.", mention_author=False)
            return
        knowledge = self.bot.knowledge
        prepared = await asyncio.to_thread(
            self._prepare,
            knowledge.answer if question else (lambda _: knowledge.help()),
            question,
            message.author.id,
            question,
        )
        reply = functools.partial(message.channel.send, reference=message, mention_author=False)
        await self._send(reply, message.author.id, prepared)

    def _replies_to_me(self, message: discord.Message) -> bool:
        reference = message.reference
        if reference is None or reference.message_id is None:
            return False
        resolved = reference.resolved
        if isinstance(resolved, discord.Message):
            return resolved.author == self.bot.user
        cached = discord.utils.get(self.bot.cached_messages, id=reference.message_id)
        return cached is not None and cached.author == self.bot.user

    # ----- sending ---------------------------------------------------------------------------------------------

    async def reply(self, ctx: commands.Context[TalkBot], ask: Callable[[str], Answer], argument: str) -> None:
        """Answer in a worker thread, then send; a miss in a slash command is seen by the asker only."""
        typed = (
            f"{self.bot.settings.command_prefix}{ctx.command.qualified_name} {argument}" if ctx.command else argument
        )
        prepared = await asyncio.to_thread(self._prepare, ask, argument, ctx.author.id, typed.strip())
        ephemeral = ctx.interaction is not None and not prepared.answer.found
        await self._send(functools.partial(ctx.send, ephemeral=ephemeral), ctx.author.id, prepared)

    def _prepare(self, ask: Callable[[str], Answer], argument: str, asker: int, typed: str) -> Prepared:
        """The answer, its embeds, its picture and its log entry: everything that reads or writes files, run off
        the event loop."""
        answer = ask(argument)
        pages = answer_pages(answer, self.bot.knowledge.articles)
        events = chart_events(answer) if answer.intent is Intent.TIMELINE else []
        chart = None
        if events:
            try:
                chart = timeline_png(events, pages[0].title or "Timeline")
            except Exception:  # a picture that cannot be drawn never holds back the cited answer
                log.exception("could not draw the timeline of %r", argument[:80])
        question_id = None
        if self.bot.questions is not None and answer.intent is not Intent.HELP:
            try:
                question_id = self.bot.questions.record(answer, asker, question=typed)
            except Exception:  # the log is busy or gone: the answer still goes out, without vote buttons
                log.exception("could not log the question %r", argument[:80])
        return Prepared(answer, pages, chart, question_id)

    async def _send(self, send: Callable[..., Awaitable[discord.Message]], author_id: int, prepared: Prepared) -> None:
        pages = prepared.pages
        keep_votes = functools.partial(self.bot.add_dynamic_items, VoteButton)
        view: discord.ui.View | None = Paginator(pages, author_id, on_done=keep_votes) if len(pages) > 1 else None
        if prepared.question_id is not None:
            view = view or discord.ui.View(timeout=None)
            for button in vote_buttons(prepared.question_id):
                view.add_item(button)
        extra: dict[str, object] = {}
        if prepared.chart is not None:
            extra["file"] = discord.File(io.BytesIO(prepared.chart), filename=CHART_FILE)
        if view is not None:
            extra["view"] = view
        message = await send(embed=pages[0], **extra)
        if isinstance(view, Paginator):
            view.message = message


@dataclass(frozen=True)
class Prepared:
    """An answer ready to send."""

    answer: Answer
    pages: list[discord.Embed]
    chart: bytes | None  # the timeline picture, for a timeline answer with dated items
    question_id: int | None  # its entry in the question log, which the vote buttons name


def _choices(names: list[str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=name[:100], value=name[:100]) for name in names[:MAX_CHOICES]]


async def setup(bot: TalkBot) -> None:
    await bot.add_cog(Answers(bot))
