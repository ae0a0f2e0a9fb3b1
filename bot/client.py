"""``create_bot()``: a ready ``commands.Bot`` with every command registered and no network use until started."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.errors import handle_app_command_error, handle_command_error
from bot.settings import Settings
from knowledge import KnowledgeBase

log = logging.getLogger(__name__)

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
        self.tree.error(handle_app_command_error)

    async def setup_hook(self) -> None:
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


def create_bot(
    settings: Settings | None = None, knowledge: KnowledgeBase | None = None, *, sync_commands: bool = False
) -> TalkBot:
    """A bot over ``knowledge`` (default: the configured corpus). Extensions load in ``setup_hook``."""
    settings = settings or Settings()
    knowledge = knowledge or KnowledgeBase.from_folder(settings.talkbot_corpus, index=settings.talkbot_index)
    return TalkBot(settings, knowledge, sync_commands=sync_commands)
