"""Shared fixtures: the bundled corpus, and small corpora written on the fly."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# The tests' compiled patterns (hundreds of invented corpora's alias tries) are kept apart from the user's
# (``knowledge.regex_cache``), set before the package is imported; the processes the tests start inherit it.
os.environ.setdefault("TALKBOT_REGEX_CACHE", str(Path(tempfile.gettempdir()) / "talkbot-tests-regex.marshal"))

from knowledge import DEFAULT_CORPUS, Demand, Event, KnowledgeBase

SEEDS = DEFAULT_CORPUS


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_folder(SEEDS)


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {file name: text or bytes} into a fresh folder and return it."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write


def all_events(kb: KnowledgeBase) -> list[Event]:
    return [row.event for row in kb.store.events(limit=-1)]


def all_demands(kb: KnowledgeBase) -> list[Demand]:
    return [row.demand for row in kb.store.demands(limit=-1)]


def knowledge_over(folder: Path, articles: dict[str, str]) -> KnowledgeBase:
    """A knowledge base over articles written for a test ({file name: text}) in a fresh ``folder``; every article
    must load."""
    from knowledge import load_articles

    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    loaded = load_articles(folder)
    assert not loaded.problems
    return KnowledgeBase(loaded.articles)
