"""Bot settings from the environment or ``.env`` (pydantic-settings). Built in main, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting, with the environment variable of the same name (upper case)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = None
    command_prefix: str = "!"
    message_content_intent: bool = True
    dev_guild_ids: Annotated[list[int], NoDecode] = []
    mention_channel_ids: Annotated[list[int], NoDecode] = []
    talkbot_corpus: Path | None = None
    talkbot_index: Path | None = None
    log_level: str = "INFO"
    record_questions: bool = True  # log answered questions (no user ids) for votes and `talkbot report`
    digest_channel_id: int | None = None  # post a digest of newly added articles in this channel
    talkbot_allow_private_urls: bool = False  # '!ingest URL' may fetch loopback and private hosts (an intranet)

    @field_validator("dev_guild_ids", "mention_channel_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(" ", "").split(",") if part]
        return value

    @field_validator("talkbot_corpus", "talkbot_index", "digest_channel_id", mode="before")
    @classmethod
    def _empty_is_default(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("discord_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if value == "" else value
