"""Errors the knowledge layer raises; "no match" is a normal answer, never an exception."""

from __future__ import annotations

from pathlib import Path


class KnowledgeError(Exception):
    """Base class for every error the knowledge layer raises on purpose."""


class CorpusError(KnowledgeError):
    """An article file or the corpus folder cannot be read; the message names the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")
