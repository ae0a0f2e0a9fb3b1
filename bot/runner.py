"""``talkbot run``: settings -> knowledge -> bot -> start, with one clear line on bad configuration."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.settings import Settings
from knowledge import KnowledgeBase, KnowledgeError

log = logging.getLogger(__name__)

NO_TOKEN = (
    "talkbot: no Discord token. Create an application at https://discord.com/developers/applications, "
    "add a bot, copy its token, and put DISCORD_TOKEN=... in .env or the environment (see .env.example)."
)


def run_bot(corpus: Path | None = None) -> int:
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"talkbot: bad setting: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}", file=sys.stderr)
        return 2
    if settings.discord_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    logging.getLogger().setLevel(settings.log_level.upper())
    try:
        knowledge = KnowledgeBase.from_folder(corpus or settings.talkbot_corpus, index=settings.talkbot_index)
    except KnowledgeError as exc:  # a missing corpus, an index that cannot be used: one line, never a traceback
        print(f"talkbot: {exc}", file=sys.stderr)
        return 2
    from bot.client import create_bot

    bot = create_bot(settings, knowledge, sync_commands=True)
    log.info("starting with %d articles", len(knowledge.articles))
    token = settings.discord_token.get_secret_value()
    try:
        bot.run(token, log_handler=None)
    except Exception as exc:  # every way a start can fail is one line and a non-zero exit, never a traceback
        print(f"talkbot: {start_failure(exc)}".replace(token, "***"), file=sys.stderr)
        return 1
    return 0


def start_failure(exc: BaseException) -> str:
    """What went wrong when the bot could not start or stay connected, for a person to act on."""
    import aiohttp
    import discord

    if isinstance(exc, discord.LoginFailure):
        return "Discord refused the token (DISCORD_TOKEN): copy it again from the Bot page of your application"
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return (
            "Discord refused the Message Content Intent: switch it on in the Bot page of your application, "
            "or set MESSAGE_CONTENT_INTENT=false"
        )
    if isinstance(exc, discord.ConnectionClosed):
        reason = CLOSE_CODES.get(exc.code or 0, exc.reason or "no reason given")
        return f"Discord closed the connection (code {exc.code}: {reason})"
    if isinstance(exc, discord.HTTPException):
        return f"Discord answered with an error (HTTP {exc.status}): try again later"
    if isinstance(exc, discord.GatewayNotFound | aiohttp.ClientError | OSError | TimeoutError):
        return f"cannot reach Discord ({type(exc).__name__}: {exc or 'no answer'}); is the network up?"
    return f"the bot stopped: {type(exc).__name__}: {exc}"


CLOSE_CODES = {  # https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-close-event-codes
    4004: "authentication failed: the token is wrong",
    4010: "invalid shard",
    4011: "sharding required",
    4012: "invalid API version",
    4013: "invalid intents",
    4014: "disallowed intents: switch them on in the Bot page, or set MESSAGE_CONTENT_INTENT=false",
}
