"""The bot stays responsive and its output stays clean (issue 14, item 7): writes queue on their own thread, no
control character or masked link reaches an embed, every attachment is ingested, a failed start is one line."""

from __future__ import annotations

import asyncio
import io
import shutil
import socket
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from unittest.mock import MagicMock

import aiohttp
import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio

from bot import create_bot
from bot.cli import ask
from bot.client import TalkBot
from bot.render import answer_pages, safe
from bot.runner import run_bot
from knowledge import DEFAULT_CORPUS, KnowledgeBase
from knowledge.questions import QuestionLog
from tests.test_bot import _make_manager, _settings, _start

WRITES_QUEUED = 6  # one slow ingest and five behind it: more than the default worker threads of a 2-core machine
ANSWER_WITHIN_S = 5.0  # before: 27.5 s, the time the writes ahead of it took


@pytest_asyncio.fixture
async def corpus_bot(tmp_path: Path) -> AsyncIterator[TalkBot]:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*", "__pycache__", "*.py"))
    yield await _start(create_bot(_settings(), KnowledgeBase.from_folder(folder, tmp_path / "index.sqlite")))
    await dpytest.empty_queue()


def _attachment(path: Path, number: int) -> discord.Attachment:
    data = {"id": 990_000 + number, "filename": path.name, "size": path.stat().st_size, "url": str(path)}
    return discord.Attachment(
        data={**data, "proxy_url": "", "height": 0, "width": 0}, state=dpytest.backend.get_state()
    )  # type: ignore[arg-type]


async def test_a_question_never_waits_behind_queued_writes(corpus_bot: TalkBot, tmp_path: Path) -> None:
    await _make_manager()
    config = dpytest.get_config()
    release = threading.Event()
    calls: list[str] = []

    def slow_ingest(uploads: object, **options: object) -> list[object]:
        calls.append(threading.current_thread().name)
        release.wait(30)  # a slow write: the index's write lock held
        return []

    corpus_bot.knowledge.ingest = slow_ingest  # type: ignore[method-assign]
    for number in range(WRITES_QUEUED):
        article = tmp_path / f"a{number}.txt"
        article.write_text("date: 2025-06-02\n\nText.\n", encoding="utf-8")
        dpytest.backend.make_message(
            "!ingest", config.members[0], config.channels[0], attachments=[_attachment(article, number)]
        )
    await asyncio.sleep(0.2)
    dpytest.backend.make_message("!who Peskov", config.members[1], config.channels[0])
    loop = asyncio.get_running_loop()
    started, answered = loop.time(), None
    while loop.time() - started < ANSWER_WITHIN_S and answered is None:
        await asyncio.sleep(0.05)
        while not dpytest.sent_queue.empty():
            message = await dpytest.sent_queue.get()
            if message.embeds and "Peskov" in (message.embeds[0].title or ""):
                answered = message
    held = len(calls)
    release.set()
    await dpytest.run_all_events()
    assert answered is not None, "the question waited behind the writes"
    assert held == 1 and set(calls) == {"talkbot-writer_0"}  # one write at a time, on the writer thread
    assert len(calls) == WRITES_QUEUED


async def test_every_attachment_of_an_ingest_is_added(corpus_bot: TalkBot, tmp_path: Path) -> None:
    await _make_manager()
    first, second = tmp_path / "envoy_one.txt", tmp_path / "envoy_two.txt"
    first.write_text("date: 2025-06-02\n\nEnvoy Tova Lind met the delegations in Oslo on Monday.\n", encoding="utf-8")
    second.write_text(
        "date: 2025-06-03\n\nEnvoy Per Dahl met the delegations in Bergen on Tuesday.\n", encoding="utf-8"
    )
    await dpytest.message("!ingest", attachments=[str(first), str(second)])
    reply = dpytest.get_message().content
    assert "added as `envoy_one`" in reply and "added as `envoy_two`" in reply
    assert {"envoy_one", "envoy_two"} <= set(corpus_bot.knowledge.articles)


@pytest.mark.parametrize("junk", ["\x00", "\x1b[31m", "\x07", "\u202e", "\x1b]0;title\x07"])
def test_no_control_character_reaches_an_embed(kb: KnowledgeBase, junk: str) -> None:
    for question in (f"!who Pes{junk}kov", f"who is {junk}Nobody{junk}?", f"!timeline {junk}Istanbul"):
        for page in answer_pages(kb.answer(question), kb.articles):
            shown = "".join([page.title or "", page.description or "", *(f.name or "" for f in page.fields)])
            assert not any(char in shown for char in "\x00\x1b\x07\u202e"), (question, shown)


def test_masked_links_are_escaped_whole() -> None:
    shown = safe("see [x](http://evil) and [y](<http://evil>)")
    assert "](" not in shown.replace("\\](", "").replace("\\]\\(", "")
    assert "\\]\\(" in shown  # both halves escaped: Discord shows the text, links nothing


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _closed(code: int) -> Exception:
    return discord.ConnectionClosed(MagicMock(close_code=code), shard_id=None, code=code)


def _http(status: int) -> Exception:
    return discord.DiscordServerError(MagicMock(status=status, reason="Server Error"), "boom")


@pytest.mark.parametrize(
    ("failure", "says"),
    [
        (discord.LoginFailure("Improper token has been passed."), "refused the token"),
        (_closed(4004), "code 4004: authentication failed"),
        (_closed(4014), "code 4014"),
        (_http(500), "HTTP 500"),
        (aiohttp.ClientConnectionError("no route"), "cannot reach Discord"),
        (OSError("Network is unreachable"), "cannot reach Discord"),
    ],
)
def test_a_failed_start_is_one_line_and_a_non_zero_exit(
    failure: Exception, says: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    async def failing_start(self: TalkBot, token: str, *, reconnect: bool = True) -> None:
        raise failure

    monkeypatch.setattr(TalkBot, "start", failing_start)
    monkeypatch.setenv("DISCORD_TOKEN", "secret.token.value")
    monkeypatch.setenv("TALKBOT_INDEX", str(tmp_path / "index.sqlite"))
    monkeypatch.setenv("RECORD_QUESTIONS", "false")
    monkeypatch.chdir(tmp_path)
    assert run_bot(corpus=DEFAULT_CORPUS) != 0
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("talkbot:")]
    assert len(err) == 1 and says in err[0] and "secret.token.value" not in err[0], err


def test_no_network_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{_free_port()}/api/v10")  # nobody listens
    monkeypatch.setenv("DISCORD_TOKEN", "secret.token.value")
    monkeypatch.setenv("TALKBOT_INDEX", str(tmp_path / "index.sqlite"))
    monkeypatch.setenv("RECORD_QUESTIONS", "false")
    monkeypatch.chdir(tmp_path)
    assert run_bot(corpus=DEFAULT_CORPUS) == 1
    captured = capsys.readouterr().err
    assert "Traceback" not in captured and "talkbot: cannot reach Discord" in captured


def test_ask_record_on_a_full_disk_is_one_line(
    kb: KnowledgeBase, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = QuestionLog(tmp_path / "q.sqlite")
    pages = log._db.execute("PRAGMA page_count").fetchone()[0]
    log._db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's "disk is full" as soon as the log must grow
    lines = "".join(f"who is Lavrov? {n}{' very long' * 80}\n" for n in range(12))  # a few fit; then it must grow
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert ask(kb, "-", as_json=False, record=log) == 0
    captured = capsys.readouterr()
    assert "Lavrov" in captured.out
    problems = [line for line in captured.err.splitlines() if line.strip()]
    assert len(problems) == 1 and "the disk is full" in problems[0] and "Traceback" not in captured.err
