"""talkbot's adapters: the Discord bot (``create_bot``) and the ``talkbot`` command line.

``create_bot`` is imported lazily so that the command line's ``ask`` never loads discord.py.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# talkbot uses no pydantic plugins: looking for them reads every installed package's entry points when the first
# model is built (7-10 ms of CPU at each start in a development environment; build workers inherit the setting).
# A value set in the environment wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

if TYPE_CHECKING:
    from bot.client import create_bot

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from bot.client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
