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
    bot.run(settings.discord_token.get_secret_value(), log_handler=None)
    return 0
