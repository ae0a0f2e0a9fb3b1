"""The talkbot command line: text, the JSON contract, stdin mode, --corpus, and no discord import."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main

CONTRACT_KEYS = {"intent", "query", "found", "items", "suggestions", "message"}


def _json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_ask_prints_items_with_article_and_quote(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "who is Peskov?"]) == 0
    out = capsys.readouterr().out
    assert "Dmitry Peskov — Kremlin spokesman" in out
    assert "Voz.us, “After phone call with Putin" in out and "2025-05-19" in out  # outlet, title, date
    assert "diplomatic methods" in out


ITEM_KEYS = {"text", "date", "citations", "label", "sources", "conflicts", "party", "issue", "stance"}


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "!timeline Istanbul"]) == 0
    (answer,) = _json_lines(capsys.readouterr().out)
    assert set(answer) == CONTRACT_KEYS
    assert answer["intent"] == "timeline" and answer["found"] is True
    items = answer["items"]
    assert isinstance(items, list) and items
    for item in items:
        assert set(item) == ITEM_KEYS
        assert item["citations"] and all({"article", "quote"} <= set(c) for c in item["citations"])
        assert item["sources"] == len({c["article"] for c in item["citations"]})  # an event: articles that tell it
        assert item["conflicts"] == [] or all({"article", "quote", "note"} <= set(c) for c in item["conflicts"])
    dates = [item["date"] for item in items]
    assert dates == sorted(dates)


def test_stdin_mode_answers_one_json_object_per_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("who is Lavrov?\n\n!demands russia\nwho is Sergei Shoigu?\n"))
    assert main(["ask", "--json", "-"]) == 0
    answers = _json_lines(capsys.readouterr().out)
    assert [a["intent"] for a in answers] == ["who", "help", "demands", "who"]  # one line out per line in
    assert [a["found"] for a in answers] == [True, False, True, False]
    assert "empty question" in str(answers[1]["message"])


def test_help_has_no_markup(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "``" not in out and "Exit codes" in out


def test_piping_into_a_closed_reader_is_not_a_traceback(tmp_path: Path) -> None:
    command = f"{sys.executable} -m bot.cli ask '!timeline' | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr


def test_verbose_logs_the_index_and_timings() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "-v", "ask", "who is Lavrov?"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "opened the index" in result.stderr and "answered" in result.stderr and " ms" in result.stderr


def test_an_unusable_index_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    assert main(["--index", str(blocker / "index.sqlite"), "ask", "who is Lavrov?"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("talkbot: cannot use the index at") and "Traceback" not in err and err.count("\n") == 1


def test_corpus_option_reads_another_folder(
    write_corpus: Callable[[dict[str, str | bytes]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_corpus(
        {
            "new.txt": "date: 2025-09-01\n\nRustem Umerov, Ukraine's defence minister, "
            "said on Monday that talks would resume."
        }
    )
    assert main(["--corpus", str(folder), "ask", "--json", "who is Umerov?"]) == 0
    (answer,) = _json_lines(capsys.readouterr().out)
    assert answer["found"] and "defence minister" in answer["items"][0]["text"]
    assert answer["items"][0]["citations"][0]["article"] == "new"


def test_missing_corpus_exits_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(tmp_path / "missing"), "ask", "hi"]) == 2
    assert "corpus folder not found" in capsys.readouterr().err


def test_console_script_answers_without_importing_discord() -> None:
    code = (
        "import sys; from bot.cli import main; rc = main(['ask', '--json', 'who is Lavrov?']); "
        "assert 'discord' not in sys.modules, 'discord imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["found"] is True


def test_knowledge_never_imports_discord() -> None:
    code = "import sys, knowledge; assert not any(m.startswith('discord') for m in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_stdin_with_a_byte_that_is_not_utf8_still_answers_every_line(tmp_path: Path) -> None:
    questions = b"who is Lavrov?\nwho is \xff\xfePeskov?\n\n!demands russia\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--index", str(tmp_path / "i.sqlite"), "ask", "--json", "-"],
        input=questions,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(lines) == 4 and lines[0]["found"] and lines[1]["found"] and lines[3]["found"]


def test_an_unreadable_corpus_folder_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import knowledge.corpus

    def refused(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(knowledge.corpus.os, "scandir", refused)
    assert main(["--corpus", str(tmp_path), "--index", str(tmp_path / "i.sqlite"), "ask", "who is Lavrov?"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read (Permission denied)" in err and "Traceback" not in err


def test_chart_writes_a_png_of_the_timeline_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import struct

    from bot.chart import CHART_MARGIN_INCHES, DPI, ROW_INCHES, WIDTH_INCHES, chart_events

    picture = tmp_path / "timeline.png"
    assert main(["ask", "--json", "!timeline Istanbul", "--chart", str(picture)]) == 0
    (answer,) = _json_lines(capsys.readouterr().out)
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    from knowledge import Answer

    events = chart_events(Answer.model_validate(answer))
    lanes = len({e.lane for e in events})
    assert width == int(WIDTH_INCHES * DPI)
    assert height == round((CHART_MARGIN_INCHES + ROW_INCHES * (len(events) + lanes)) * DPI)
    assert [e.date for e in events] == [item["date"] for item in answer["items"] if item["date"]]  # type: ignore[index]


def test_chart_of_an_answer_without_dates_writes_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "none.png"
    assert main(["ask", "who is Lavrov?", "--chart", str(picture)]) == 0
    assert not picture.exists() and "no chart" in capsys.readouterr().err


def test_ask_is_not_recorded_unless_asked_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = tmp_path / "i.sqlite"
    assert main(["--index", str(index), "ask", "who is Sergei Shoigu?"]) == 0
    assert main(["--index", str(index), "report", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["questions"] == 0
    assert main(["--index", str(index), "ask", "--record", "who is Sergei Shoigu?"]) == 0
    assert main(["--index", str(index), "ask", "--record", "who's Sergei Shoigu"]) == 0
    capsys.readouterr()
    assert main(["--index", str(index), "report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (group,) = report["unanswered"]
    assert group["times"] == 2 and "Shoigu" in group["question"]


def test_the_console_answers_the_new_commands_and_the_report(tmp_path: Path) -> None:
    from bot.console import console_reply
    from knowledge import KnowledgeBase
    from knowledge.questions import QuestionLog, log_path

    kb = KnowledgeBase.from_folder(index=tmp_path / "i.sqlite")
    assert "Russia on NATO, demands" in console_reply(kb, "!positions NATO")
    assert console_reply(kb, "!since 2025-08-01").startswith("Since 2025-08-01:")
    QuestionLog(log_path(kb.store.path)).record(kb.answer("who is Sergei Shoigu?"), question="who is Sergei Shoigu?")
    assert "who is Sergei Shoigu?" in console_reply(kb, "!report")


def test_a_bug_answering_one_line_is_one_message_and_the_next_lines_are_answered(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from knowledge import KnowledgeBase

    real = KnowledgeBase.answer

    def faulty(self: KnowledgeBase, text: str) -> object:
        if "boom" in text:
            raise AttributeError("a bug in an intent")
        return real(self, text)

    monkeypatch.setattr(KnowledgeBase, "answer", faulty)
    monkeypatch.setattr(sys, "stdin", io.StringIO("boom question\nwho is Lavrov?\n"))
    assert main(["ask", "--json", "-"]) == 2
    captured = capsys.readouterr()
    answers = _json_lines(captured.out)
    assert len(answers) == 2
    assert answers[0]["found"] is False and "internal error" in str(answers[0]["message"])
    assert answers[1]["found"] is True
    assert "Traceback" not in captured.err and "Traceback" not in captured.out


@pytest.mark.parametrize(
    ("argv", "typed"),
    [
        (["timeline", "Istanbul"], "!timeline Istanbul"),
        (["who", "Peskov"], "!who Peskov"),
        (["demands", "Russia"], "!demands Russia"),
        (["said", "Lavrov"], "!said Lavrov"),
        (["timeline"], "!timeline"),
    ],
)
def test_each_bot_command_is_a_subcommand_too(
    argv: list[str], typed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = ["--index", str(tmp_path / "i.sqlite")]
    assert main([*index, *argv[:1], "--json", *argv[1:]]) == 0
    (direct,) = _json_lines(capsys.readouterr().out)
    assert main([*index, "ask", "--json", typed]) == 0
    (asked,) = _json_lines(capsys.readouterr().out)
    assert direct == asked and direct["found"] is True


def test_an_empty_question_log_says_how_questions_get_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--index", str(tmp_path / "i.sqlite"), "report"]) == 0
    out = capsys.readouterr().out
    assert "0 questions logged" in out and "--record" in out and "Every question found an answer" not in out


def test_stdin_text_mode_puts_each_answer_under_its_question(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("who is Lavrov?\n!demands russia\n"))
    assert main(["ask", "-"]) == 0
    blocks = capsys.readouterr().out.strip().split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == ["Q: who is Lavrov?", "Q: !demands russia"]
    assert all(len(block.splitlines()) > 1 for block in blocks)  # an answer under each
