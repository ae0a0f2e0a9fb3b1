"""Where things live on disk: the bundled articles, and the index file for a corpus folder.

In a source checkout the bundled articles are ``seeds/`` beside ``pyproject.toml`` and a corpus's index sits
beside its folder (``seeds/`` -> ``seeds.index.sqlite``). An installed copy (``pip install .`` or a wheel)
carries the articles as the data package ``talkbot_seeds``; its folder belongs to the installation, so its
index, and the index of any corpus whose parent folder cannot be written, goes to the per-user data folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path

SEEDS_PACKAGE = "talkbot_seeds"
APP_NAME = "talkbot"
_CHECKOUT = Path(__file__).resolve().parent.parent


def checkout_seeds() -> Path | None:
    """``seeds/`` of a source checkout (editable installs included), or None in an installed copy."""
    folder = _CHECKOUT / "seeds"
    return folder if folder.is_dir() and (_CHECKOUT / "pyproject.toml").is_file() else None


def installed_seeds() -> Path | None:
    """The folder of the installed ``talkbot_seeds`` data package, or None when it is not installed."""
    try:
        spec = importlib.util.find_spec(SEEDS_PACKAGE)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]).resolve() if locations else None


def bundled_corpus() -> Path:
    """The five bundled articles: the checkout's ``seeds/`` first, so an edit there is what answers."""
    return checkout_seeds() or installed_seeds() or _CHECKOUT / "seeds"


def is_installed_bundle(folder: Path) -> bool:
    """True for the bundled articles of an installed copy: part of the installation, not the user's to write."""
    installed = installed_seeds()
    return installed is not None and Path(folder).resolve() == installed and checkout_seeds() != installed


def user_data_dir() -> Path:
    """The per-user data folder: ``$XDG_DATA_HOME/talkbot`` (``~/.local/share/talkbot``) on Linux,
    ``~/Library/Application Support/talkbot`` on macOS, ``%LOCALAPPDATA%\\talkbot`` on Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_index_path(corpus: Path) -> Path:
    """Beside the corpus folder when that can be written (``seeds/`` -> ``seeds.index.sqlite``, git-ignored);
    otherwise, and always for an installed copy's bundled articles, in the user data folder, one file per corpus
    folder (its name plus a short hash of its full path, so two folders named alike never share an index)."""
    corpus = Path(corpus).resolve()
    beside = corpus.parent / f"{corpus.name}.index.sqlite"
    if not is_installed_bundle(corpus) and _writable(corpus.parent, beside):
        return beside
    digest = hashlib.sha256(str(corpus).encode("utf-8")).hexdigest()[:12]
    return user_data_dir() / f"{corpus.name}-{digest}.index.sqlite"


def _writable(folder: Path, file: Path) -> bool:
    """An existing index file we may write, or a folder where one can be made (SQLite adds -wal/-shm there too)."""
    if file.exists():
        return os.access(file, os.W_OK) and os.access(folder, os.W_OK)
    return os.access(folder, os.W_OK)
