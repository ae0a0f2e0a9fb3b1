"""The question commands (prefix and slash, one implementation) and @mention questions.

Each command parses, calls the knowledge layer once, renders, sends. No domain logic here. The knowledge
layer reads the index, so answering and rendering run in a worker thread (each with its own connection):
the event loop, and with it Discord's heartbeat, never waits on the index.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.paginator import Paginator
from bot.render import answer_pages
from knowledge import Answer

if TYPE_CHECKING:
    from bot.client import TalkBot

log = logging.getLogger(__name__)

COOLDOWN_RATE = 4  # commands per user ...
COOLDOWN_SECONDS = 10.0  # ... per this many seconds
MAX_CHOICES = 25
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
    @app_commands.describe(phrase="Words someone said, e.g. bloodbath, or what was said")
    async def said(self, ctx: commands.Context[TalkBot], *, phrase: str) -> None:
        """Who said it: the speaker, their role, the date and the sentence."""
        await self.reply(ctx, self.bot.knowledge.said, phrase)

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
        _, pages = await asyncio.to_thread(
            self._answer_and_pages, knowledge.answer if question else (lambda _: knowledge.help()), question
        )
        reply = functools.partial(message.channel.send, reference=message, mention_author=False)
        await self._send_pages(reply, message.author.id, pages)

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
        answer, pages = await asyncio.to_thread(self._answer_and_pages, ask, argument)
        ephemeral = ctx.interaction is not None and not answer.found
        await self._send_pages(functools.partial(ctx.send, ephemeral=ephemeral), ctx.author.id, pages)

    def _answer_and_pages(self, ask: Callable[[str], Answer], argument: str) -> tuple[Answer, list[discord.Embed]]:
        """The answer and its embeds, both of which read the index (run off the event loop)."""
        answer = ask(argument)
        return answer, answer_pages(answer, self.bot.knowledge.articles)

    async def _send_pages(
        self, send: Callable[..., Awaitable[discord.Message]], author_id: int, pages: list[discord.Embed]
    ) -> None:
        if len(pages) == 1:
            await send(embed=pages[0])
            return
        view = Paginator(pages, author_id)
        view.message = await send(embed=pages[0], view=view)


def _choices(names: list[str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=name[:100], value=name[:100]) for name in names[:MAX_CHOICES]]


async def setup(bot: TalkBot) -> None:
    await bot.add_cog(Answers(bot))
