"""``!ingest URL`` and a saved ``.html`` attachment through dpytest, fetching from a server on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.ext import commands

from bot import create_bot
from bot.client import TalkBot
from knowledge import DEFAULT_CORPUS, KnowledgeBase
from tests.test_bot import _make_manager, _settings, _start
from tests.web import PAGES, Route, Site, page, serve


@pytest.fixture
def site() -> Iterator[Site]:
    routes = {
        "/world/grain-corridor-timetable": Route(page("news.html")),
        "/nodate": Route(page("nodate.html")),
        "/archive.zip": Route(b"PK\x03\x04", headers={"Content-Type": "application/zip"}),
    }
    with serve(routes) as running:
        yield running


async def _bot(tmp_path: Path, allow_private: bool) -> TalkBot:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*"))
    settings = _settings(talkbot_allow_private_urls=allow_private)
    return await _start(create_bot(settings, KnowledgeBase.from_folder(folder)))


@pytest_asyncio.fixture
async def intranet_bot(tmp_path: Path) -> AsyncIterator[TalkBot]:
    yield await _bot(tmp_path, allow_private=True)
    await dpytest.empty_queue()


@pytest_asyncio.fixture
async def public_bot(tmp_path: Path) -> AsyncIterator[TalkBot]:
    yield await _bot(tmp_path, allow_private=False)
    await dpytest.empty_queue()


async def test_a_manager_ingests_a_link_and_it_answers(intranet_bot: TalkBot, site: Site) -> None:
    await _make_manager()
    url = site.url("/world/grain-corridor-timetable")
    await dpytest.message(f"!ingest <{url}>")  # the brackets that stop Discord's preview
    reply = dpytest.get_message().content
    assert reply.startswith(
        f"`{url}`: added as `127.0.0.1-grain-corridor-timetable` (“Negotiators agree on a grain corridor "
        "timetable”, The Harbour Ledger, 2025-06-04) — new people: Hakan Fidan; "
    )
    article = intranet_bot.knowledge.articles["127.0.0.1-grain-corridor-timetable"]
    assert (article.url, article.source) == (url, "The Harbour Ledger")
    await dpytest.message("!who Fidan")
    answer = dpytest.get_message()
    assert "Turkish Foreign Minister" in (answer.embeds[0].description or "")
    await dpytest.message(f"!ingest {url}")
    assert dpytest.get_message().content == (
        f"`{url}`: already present as 127.0.0.1-grain-corridor-timetable (the same link): nothing to do"
    )


async def test_ingesting_a_link_is_for_managers_only(intranet_bot: TalkBot, site: Site) -> None:
    with pytest.raises(commands.CheckAnyFailure):
        await dpytest.message(f"!ingest {site.url('/world/grain-corridor-timetable')}")
    assert dpytest.get_message().content == "You cannot use that command here."
    assert site.requests == []


async def test_a_page_without_a_date_asks_for_the_option(intranet_bot: TalkBot, site: Site) -> None:
    await _make_manager()
    url = site.url("/nodate")
    await dpytest.message(f"!ingest {url}")
    reply = dpytest.get_message().content
    assert reply.startswith(f"Nothing was added: `{url}: no publication date found on the page")
    assert "--date YYYY-MM-DD" in reply
    await dpytest.message(f"!ingest {url} --date 2025-06-12 --source Lakeside Courier")
    assert dpytest.get_message().content.startswith(
        f"`{url}`: added as `127.0.0.1-nodate` (“Envoys meet again without a statement”, Lakeside Courier, 2025-06-12)"
    )


async def test_loopback_is_refused_unless_the_setting_allows_it(public_bot: TalkBot, site: Site) -> None:
    await _make_manager()
    url = site.url("/world/grain-corridor-timetable")
    await dpytest.message(f"!ingest {url}")
    assert dpytest.get_message().content == (
        f"Nothing was added: `{url}: refused: 127.0.0.1 is a loopback address (127.0.0.1)`"
    )
    assert site.requests == []


async def test_a_404_and_a_zip_are_one_line_each(intranet_bot: TalkBot, site: Site) -> None:
    await _make_manager()
    await dpytest.message(f"!ingest {site.url('/gone')} {site.url('/archive.zip')}")
    assert dpytest.get_message().content == (
        f"Nothing was added:\n- `{site.url('/gone')}: HTTP 404 Not Found`\n"
        f"- `{site.url('/archive.zip')}: not an article page (the content type is application/zip)`"
    )


async def test_a_saved_html_page_is_ingested_as_an_attachment(intranet_bot: TalkBot, tmp_path: Path) -> None:
    await _make_manager()
    saved = tmp_path / "riyadh.html"
    shutil.copy(PAGES / "saved.html", saved)
    await dpytest.message("!ingest", attachments=[str(saved)])
    assert dpytest.get_message().content.startswith(
        "`riyadh.html`: added as `riyadh` (“Envoys agree to a second round in Riyadh”, The Desert Courier, 2025-03-11)"
    )
    assert intranet_bot.knowledge.articles["riyadh"].url == "https://courier.example/politics/envoys-agree-on-talks"


async def test_neither_link_nor_file_says_how(intranet_bot: TalkBot) -> None:
    await _make_manager()
    await dpytest.message("!ingest")
    assert dpytest.get_message().content.startswith("Give a link (`!ingest https://...`)")
    await dpytest.message("!ingest " + " ".join(f"https://news.example/{n}" for n in range(6)))
    assert dpytest.get_message().content == "At most 5 links at a time, please (you gave 6). Nothing was added."
    await dpytest.message("!ingest example.org/story")
    assert dpytest.get_message().content.startswith("`example.org/story` is not a link: give the whole address")


async def test_the_slash_command_takes_a_url_option(intranet_bot: TalkBot) -> None:
    command = intranet_bot.tree.get_command("ingest")
    assert command is not None
    options = {p.name: (p.required, p.description) for p in command.parameters}  # type: ignore[union-attr]
    assert set(options) == {"file", "url", "date", "source", "title"}
    assert not any(required for required, _ in options.values())
    assert all(description and description != "…" for _, description in options.values())


async def test_a_flag_without_its_value_says_so(intranet_bot: TalkBot, site: Site) -> None:
    await _make_manager()
    await dpytest.message("!ingest https://news.example/story --date")
    assert dpytest.get_message().content == "`--date` needs a value, e.g. `--date 2025-06-03`. Nothing was added."
    assert site.requests == []


def test_the_setting_is_off_by_default_and_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.settings import Settings

    monkeypatch.delenv("TALKBOT_ALLOW_PRIVATE_URLS", raising=False)
    assert Settings(_env_file=None).talkbot_allow_private_urls is False  # type: ignore[call-arg]
    monkeypatch.setenv("TALKBOT_ALLOW_PRIVATE_URLS", "true")
    assert Settings(_env_file=None).talkbot_allow_private_urls is True  # type: ignore[call-arg]
    example = (Path(__file__).parent.parent / ".env.example").read_text(encoding="utf-8")
    assert "\nTALKBOT_ALLOW_PRIVATE_URLS=false\n" in example


def test_a_slash_command_is_told_of_its_date_option() -> None:
    from bot.cogs.corpus import _problem

    refusal = "http://x.example/a: no publication date found on the page (...); give it with --date YYYY-MM-DD"
    assert _problem(refusal, slash=True).endswith("give it with the date: option of /ingest (YYYY-MM-DD)")
    assert _problem(refusal) == refusal


async def test_the_slash_command_fetches_and_names_its_own_option(intranet_bot: TalkBot, site: Site) -> None:
    """/ingest url:... as Discord calls it (a context with an interaction), without and then with date:."""
    from types import SimpleNamespace
    from unittest.mock import AsyncMock, MagicMock

    import discord

    cog = intranet_bot.get_cog("Corpus")
    assert cog is not None
    ctx = MagicMock()
    ctx.interaction = MagicMock(spec=discord.Interaction)
    ctx.defer = AsyncMock()
    ctx.send = AsyncMock()
    url = site.url("/nodate")
    flags = SimpleNamespace(url=url, date=None, source=None, title=None)
    await cog.ingest.callback(cog, ctx, None, flags=flags)  # type: ignore[attr-defined]
    refused = ctx.send.await_args.args[0]
    assert refused.startswith(f"Nothing was added: `{url}: no publication date found on the page")
    assert refused.endswith("give it with the date: option of /ingest (YYYY-MM-DD)`")
    flags.date = "2025-06-12"
    await cog.ingest.callback(cog, ctx, None, flags=flags)  # type: ignore[attr-defined]
    assert ctx.send.await_args.args[0].startswith(f"`{url}`: added as `127.0.0.1-nodate`")
    ctx.defer.assert_awaited()


async def test_a_link_is_read_on_a_worker_and_written_on_the_writer(intranet_bot: TalkBot, site: Site) -> None:
    """Fetching (up to 15 s) never holds the writer queue; the write never runs outside it."""
    import threading

    knowledge = intranet_bot.knowledge
    threads: dict[str, str] = {}
    prepare, add = knowledge.prepare_sources, knowledge.add_batch

    def recording_prepare(*args: object, **kwargs: object) -> object:
        threads["read"] = threading.current_thread().name
        return prepare(*args, **kwargs)  # type: ignore[arg-type]

    def recording_add(*args: object, **kwargs: object) -> object:
        threads["write"] = threading.current_thread().name
        return add(*args, **kwargs)  # type: ignore[arg-type]

    knowledge.prepare_sources = recording_prepare  # type: ignore[method-assign,assignment]
    knowledge.add_batch = recording_add  # type: ignore[method-assign,assignment]
    await _make_manager()
    await dpytest.message(f"!ingest {site.url('/world/grain-corridor-timetable')}")
    assert "added as `127.0.0.1-grain-corridor-timetable`" in dpytest.get_message().content
    assert threads["write"].startswith("talkbot-writer") and not threads["read"].startswith("talkbot-writer")


async def test_pages_articles_and_links_in_one_message_are_one_batch(
    intranet_bot: TalkBot, site: Site, tmp_path: Path
) -> None:
    await _make_manager()
    saved = tmp_path / "riyadh.html"
    shutil.copy(PAGES / "saved.html", saved)
    note = tmp_path / "kellogg.txt"
    note.write_text("date: 2025-03-12\n\nKeith Kellogg said on Wednesday that the talks would go on.\n")
    url = site.url("/world/grain-corridor-timetable")
    await dpytest.message(f"!ingest {url}", attachments=[str(saved), str(note)])
    reply = dpytest.get_message().content
    assert "`riyadh.html`: added as `riyadh` (“Envoys agree" in reply
    assert "`kellogg.txt`: added as `kellogg` —" in reply
    assert f"`{url}`: added as `127.0.0.1-grain-corridor-timetable` (“Negotiators" in reply
    folder = intranet_bot.knowledge.folder
    assert folder is not None
    before = sorted(p.name for p in folder.iterdir())
    await dpytest.message(f"!ingest {site.url('/nodate')}", attachments=[str(saved)])
    assert dpytest.get_message().content.startswith("Nothing was added")
    assert sorted(p.name for p in folder.iterdir()) == before
