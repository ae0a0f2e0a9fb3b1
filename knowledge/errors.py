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


class IndexUnavailableError(KnowledgeError):
    """The index file cannot be opened or written (a read-only folder, a full disk); the message names it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"cannot use the index at {self.path}: {reason}")


class IndexBusyError(KnowledgeError):
    """Another process kept the index locked for writing for too long; nothing was changed."""

    def __init__(self, path: Path | str, waited: float) -> None:
        self.path = Path(path)
        super().__init__(
            f"another talkbot process has been writing the index at {self.path} for over {waited:.0f} s; "
            "nothing was changed: try again when it has finished"
        )
