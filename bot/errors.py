"""One place that turns command errors into short replies; the unexpected is logged, never shown."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands
from rapidfuzz import fuzz, process

from bot.render import inline_code, trim

if TYPE_CHECKING:
    from bot.client import TalkBot

log = logging.getLogger(__name__)

COMMAND_SUGGESTION_CUTOFF = 70
SORRY = "Sorry, something went wrong. The team has been told; please try again."


def usage(ctx: commands.Context[TalkBot]) -> str:
    command = ctx.command
    if command is None:
        return ""
    signature = f" {command.signature}" if command.signature else ""
    return f"Usage: `{ctx.clean_prefix}{command.qualified_name}{signature}` — {command.short_doc}"


def closest_command(bot: TalkBot, typed: str) -> str | None:
    names = [c.name for c in bot.commands if not c.hidden]
    best = process.extractOne(typed.lower(), names, scorer=fuzz.ratio, score_cutoff=COMMAND_SUGGESTION_CUTOFF)
    return best[0] if best else None


async def handle_command_error(ctx: commands.Context[TalkBot], error: commands.CommandError) -> None:
    """Known errors get a short reply (usage, 'did you mean', cooldown); the rest a log entry and an apology."""
    original = getattr(error, "original", error)
    if isinstance(error, commands.CommandNotFound):
        typed = ctx.invoked_with or ""
        suggestion = closest_command(ctx.bot, typed)
        if suggestion:
            await ctx.send(
                f"There is no command `{inline_code(typed)}`. Did you mean `{ctx.clean_prefix}{suggestion}`?"
            )
        return  # anything else starting with the prefix is probably not meant for us
    if isinstance(error, commands.CommandOnCooldown):
        await ctx.send(f"One moment, please: try again in {error.retry_after:.0f} s.", ephemeral=True)
        return
    if isinstance(error, commands.UserInputError):
        await ctx.send(trim(usage(ctx), 2000), ephemeral=True)
        return
    if isinstance(error, commands.CheckFailure):
        await ctx.send("You cannot use that command here.", ephemeral=True)
        return
    log.error("command %r failed", ctx.command.qualified_name if ctx.command else None, exc_info=original)
    try:
        await ctx.send(SORRY, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not send the apology either")


async def handle_app_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
    """Errors from pure slash commands and autocomplete, which never reach on_command_error."""
    log.error("slash command failed", exc_info=getattr(error, "original", error))
    if interaction.response.is_done():
        await interaction.followup.send(SORRY, ephemeral=True)
    else:
        await interaction.response.send_message(SORRY, ephemeral=True)
