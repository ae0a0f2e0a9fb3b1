"""Buttons to page through a long answer: first/prev/next/last, for the person who asked only."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import discord

PAGE_TIMEOUT_SECONDS = 300.0


class Paginator(discord.ui.View):
    """Pages of embeds; other users get a short ephemeral refusal; buttons go inert after the timeout."""

    def __init__(
        self,
        pages: list[discord.Embed],
        author_id: int,
        timeout: float = PAGE_TIMEOUT_SECONDS,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(timeout=timeout)
        self.on_done = on_done  # called once paging has timed out (the vote buttons re-register there)
        self.pages = pages
        self.author_id = author_id
        self.index = 0
        self.message: discord.Message | None = None
        self._sync_buttons()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id:
            return True
        await interaction.response.send_message("Only the person who asked can turn these pages.", ephemeral=True)
        return False

    def _sync_buttons(self) -> None:
        last = len(self.pages) - 1
        self.first.disabled = self.previous.disabled = self.index == 0
        self.next.disabled = self.last.disabled = self.index == last
        self.counter.label = f"Page {self.index + 1}/{len(self.pages)}"

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="«", style=discord.ButtonStyle.secondary)
    async def first(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, 0)

    @discord.ui.button(label="‹", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Page", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        """A label, not a button."""

    @discord.ui.button(label="›", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index + 1)

    @discord.ui.button(label="»", style=discord.ButtonStyle.secondary)
    async def last(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, len(self.pages) - 1)

    async def on_timeout(self) -> None:
        if self.on_done is not None:
            # discord.py forgets the dynamic items of a view that timed out (vote buttons on every message)
            self.on_done()
        for child in (self.first, self.previous, self.next, self.last):  # votes stay open: they outlive paging
            child.disabled = True
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):  # the message may be gone; nothing to tidy
                await self.message.edit(view=self)
