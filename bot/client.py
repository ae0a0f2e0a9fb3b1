"""``create_bot()``: a ready ``commands.Bot`` with every command registered and no network use until started."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord.ext import commands

from bot.errors import handle_app_command_error, handle_command_error
from bot.feedback import VoteButton
from bot.render import digest_embed
from bot.settings import Settings
from knowledge import KnowledgeBase, KnowledgeError
from knowledge.questions import QuestionLog, log_path

log = logging.getLogger(__name__)
T = TypeVar("T")

DIGEST_ARTICLES = 10  # a digest is a glance: a first build of thousands of articles is counted, not listed
EXTENSIONS = ("bot.cogs.answers", "bot.cogs.corpus")


class TalkBot(commands.Bot):
    """The bot, holding the knowledge base and settings it was given."""

    def __init__(self, settings: Settings, knowledge: KnowledgeBase, *, sync_commands: bool = False) -> None:
        intents = discord.Intents.default()
        intents.message_content = settings.message_content_intent
        super().__init__(
            command_prefix=settings.command_prefix,  # a mention is a free question, not a command prefix
            intents=intents,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            case_insensitive=True,
        )
        self.settings = settings
        self.knowledge = knowledge
        self.sync_commands = sync_commands
        self._start_digest_posted = False
        self.questions: QuestionLog | None = (
            QuestionLog(log_path(knowledge.store.path)) if settings.record_questions else None
        )
        # Writes (ingest, reload) queue here, one at a time, on their own thread: a slow ingest and the writes
        # queued behind it never hold the worker threads that answer questions.
        self.writer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="talkbot-writer")
        self.tree.error(handle_app_command_error)

    async def write(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a write on the writer thread, after the writes queued before it; the event loop never waits."""
        return await asyncio.get_running_loop().run_in_executor(self.writer, functools.partial(work, *args, **kwargs))

    async def close(self) -> None:
        await super().close()
        self.writer.shutdown(wait=False, cancel_futures=True)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(VoteButton)  # votes on answers sent before a restart still land
        for extension in EXTENSIONS:
            if extension not in self.extensions:
                await self.load_extension(extension)
        if self.sync_commands:
            await self.sync_application_commands()

    async def sync_application_commands(self) -> None:
        """Instant sync to the development servers if any are set, otherwise global (up to an hour to show)."""
        if self.settings.dev_guild_ids:
            for guild_id in self.settings.dev_guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d slash commands to server %d", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally", len(synced))

    async def on_command_error(  # type: ignore[override]
        self, ctx: commands.Context[TalkBot], error: commands.CommandError
    ) -> None:
        await handle_command_error(ctx, error)

    async def on_ready(self) -> None:
        log.info("connected as %s to %d servers", self.user, len(self.guilds))
        if not self._start_digest_posted:  # on_ready comes again after every reconnect
            self._start_digest_posted = True
            opened = self.knowledge.opened
            await self.post_digest([(a.id, a.new_people) for a in opened.added if a.id in opened.new])

    async def post_digest(self, added: list[tuple[str, list[str]]]) -> None:
        """Post what newly added articles bring in the digest channel, if one is set; one embed per batch."""
        channel_id = self.settings.digest_channel_id
        if not added or channel_id is None:
            return
        channel = self.get_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("the digest channel %d is not a channel the bot can post in", channel_id)
            return
        try:
            articles = await asyncio.to_thread(self.knowledge.digest, added[:DIGEST_ARTICLES])
            await channel.send(embed=digest_embed(articles, total=len(added)))
        except (discord.HTTPException, KnowledgeError):  # a digest missed is logged, never an error in a channel
            log.exception("could not post the digest of %d articles", len(added))


def create_bot(
    settings: Settings | None = None, knowledge: KnowledgeBase | None = None, *, sync_commands: bool = False
) -> TalkBot:
    """A bot over ``knowledge`` (default: the configured corpus). Extensions load in ``setup_hook``."""
    settings = settings or Settings()
    knowledge = knowledge or KnowledgeBase.from_folder(settings.talkbot_corpus, index=settings.talkbot_index)
    return TalkBot(settings, knowledge, sync_commands=sync_commands)
