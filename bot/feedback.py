"""👍 / 👎 under every answer, recorded in the question log.

The buttons are dynamic items: their custom id names the logged question ("talkbot:vote:up:42"), and the bot
registers the class at start, so a press on an answer sent before a restart still lands.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Any

import discord

if TYPE_CHECKING:
    from bot.client import TalkBot

log = logging.getLogger(__name__)

VOTE_ID = "talkbot:vote:{kind}:{question}"
VOTE_TEMPLATE = r"talkbot:vote:(?P<kind>up|down):(?P<id>\d+)"


class VoteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=VOTE_TEMPLATE):
    """One vote on one logged answer."""

    def __init__(self, question_id: int, up: bool) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="👍" if up else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=VOTE_ID.format(kind="up" if up else "down", question=question_id),
            )
        )
        self.question_id = question_id
        self.up = up

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> VoteButton:
        return cls(int(match["id"]), match["kind"] == "up")

    async def callback(self, interaction: discord.Interaction) -> None:
        bot: TalkBot = interaction.client  # type: ignore[assignment]
        if bot.questions is None:
            await interaction.response.send_message("Votes are not recorded on this server.", ephemeral=True)
            return
        try:
            known = await asyncio.to_thread(bot.questions.vote, self.question_id, self.up)
        except Exception:  # the log is busy or gone: a vote lost is no reason for a traceback in the channel
            log.exception("could not record a vote on question %d", self.question_id)
            await interaction.response.send_message("Sorry, that vote could not be recorded.", ephemeral=True)
            return
        text = "Thanks, noted." if known else "That answer is no longer in the log."
        await interaction.response.send_message(text, ephemeral=True)


def vote_buttons(question_id: int) -> list[VoteButton]:
    return [VoteButton(question_id, up=True), VoteButton(question_id, up=False)]
