"""A plain install works: every package and every bundled article is in the distribution, and the index for
articles that are not the user's to write goes to the per-user data folder. (CI also installs a real copy into a
temporary venv and asks it a question from another folder.)"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from knowledge import KnowledgeBase, Upload, locations
from knowledge.errors import KnowledgeError

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_python_package_is_listed_for_the_distribution() -> None:
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("knowledge", "bot")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk <= set(SETUPTOOLS["packages"])


def test_every_bundled_article_ships_as_package_data() -> None:
    assert SETUPTOOLS["package-dir"][locations.SEEDS_PACKAGE] == "seeds"
    patterns = SETUPTOOLS["package-data"][locations.SEEDS_PACKAGE]
    bundled = {path.name for path in (ROOT / "seeds").iterdir() if path.is_file()}
    shipped = {name for name in bundled if any(Path(name).match(pattern) for pattern in patterns)}
    assert shipped == bundled


def test_a_checkout_reads_and_indexes_its_own_seeds_folder() -> None:
    assert locations.bundled_corpus() == ROOT / "seeds"
    assert locations.default_index_path(ROOT / "seeds") == ROOT / "seeds.index.sqlite"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed copy: the articles in a site-packages-like folder, no checkout, a private data folder."""
    site = tmp_path / "site-packages" / locations.SEEDS_PACKAGE
    site.mkdir(parents=True)
    for article in (ROOT / "seeds").iterdir():
        if article.is_file():
            (site / article.name).write_bytes(article.read_bytes())
    monkeypatch.setattr(locations, "installed_seeds", lambda: site.resolve())
    monkeypatch.setattr(locations, "checkout_seeds", lambda: None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "data"))
    return site


def test_an_installed_copy_answers_and_keeps_its_index_in_the_user_data_folder(installed: Path) -> None:
    assert locations.bundled_corpus() == installed.resolve()
    index = locations.default_index_path(installed)
    assert index.parent == locations.user_data_dir() and index.name.startswith(f"{locations.SEEDS_PACKAGE}-")
    knowledge = KnowledgeBase.from_folder(installed)
    assert knowledge.answer("who is Lavrov?").found
    assert index.is_file()
    assert not any(path.suffix == ".sqlite" for path in installed.parent.iterdir())  # nothing written beside it


def test_an_installed_copys_articles_refuse_an_ingest_and_keep_nothing(installed: Path) -> None:
    knowledge = KnowledgeBase.from_folder(installed)
    before = sorted(path.name for path in installed.iterdir())
    upload = Upload(name="new.txt", data=b"date: 2025-06-01\n\nAn envoy named Oskar Vintermark said talks went well.")
    with pytest.raises(KnowledgeError, match="--corpus"):
        knowledge.ingest([upload])
    assert sorted(path.name for path in installed.iterdir()) == before


def test_two_folders_with_the_same_name_get_different_indexes_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locations, "_writable", lambda folder, file: False)  # as for a read-only parent folder
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "data"))
    first, second = (locations.default_index_path(tmp_path / side / "articles") for side in ("a", "b"))
    assert first.parent == second.parent == locations.user_data_dir()
    assert first != second


def test_a_writable_folder_keeps_its_index_beside_it(tmp_path: Path) -> None:
    assert locations.default_index_path(tmp_path / "articles") == tmp_path / "articles.index.sqlite"
