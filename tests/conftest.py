"""Shared fixtures: the bundled corpus, and small corpora written on the fly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, KnowledgeBase

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
