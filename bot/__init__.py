"""talkbot's adapters: the Discord bot (``create_bot``) and the ``talkbot`` command line.

``create_bot`` is imported lazily so that the command line's ``ask`` never loads discord.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.client import create_bot

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from bot.client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
