"""The question log keeps the README's promise (issue 14, item 6): no ids in any form, an asker hash nobody can
reverse from the log, and no control characters into anyone's terminal."""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
import stat
from pathlib import Path

from bot.render_text import report_to_text
from knowledge import Answer, Intent
from knowledge.questions import QuestionLog, clean_question, key_path

USER = 123456789012345678
TYPED = [
    f"!who <@{USER}>",
    f"!ask what did <@!{USER}> say about NATO?",
    f"what was said in <#{USER}>?",
    f"ask <@&{USER}> </who:{USER}> <:flag:{USER}> <a:wave:{USER}>",
    f"who is {USER}?",
    "who is \x1b]0;pwned\x07\x1b[2J\u202eevil\x00 Shoigu?",
]


def _missing(query: str) -> Answer:
    return Answer(intent=Intent.WHO, query=query, found=False)


def _rows(log: QuestionLog) -> list[tuple[str, str | None]]:
    with sqlite3.connect(log.path) as db:
        return [(str(r[0]), r[1]) for r in db.execute("SELECT text, asker FROM questions")]


def test_no_mention_form_or_typed_id_is_stored(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.sqlite")
    for text in TYPED:
        log.record(_missing(text), asker=USER, question=text)
    stored = _rows(log)
    assert [text for text, _ in stored] == [
        "!who @someone",
        "!ask what did @someone say about NATO?",
        "what was said in #channel?",
        "ask @role /who :flag: :wave:",
        "who is #?",
        "who is ]0;pwned[2Jevil Shoigu?",
    ]
    assert not any(re.search(r"\d{7,}", text) for text, _ in stored)
    assert str(USER).encode() not in log.path.read_bytes()


def test_the_asker_hash_cannot_be_reversed_from_the_log(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.sqlite")
    log.record(_missing("x"), asker=USER, question="who is Shoigu?")
    [(_, asker)] = _rows(log)
    with sqlite3.connect(log.path) as db:
        kept = [str(v) for (v,) in db.execute("SELECT value FROM meta")]
    members = [USER, USER + 1, 42]  # whoever has the log and the member list tries every value the log holds
    guesses = {hashlib.sha256(f"{secret}:{m}".encode()).hexdigest()[:16] for secret in [*kept, ""] for m in members}
    assert asker not in guesses
    key = key_path(log.path)
    assert key.parent == log.path.parent and key != log.path and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert asker == hmac.new(key.read_bytes(), str(USER).encode(), hashlib.sha256).hexdigest()[:16]
    old_key = key.read_bytes()
    assert log.forget() == 1
    assert key.read_bytes() != old_key  # forgetting rotates the key: later hashes do not match earlier ones
    log.record(_missing("x"), asker=USER, question="who is Shoigu?")
    assert _rows(log)[0][1] != asker
    files = [log.path, log.path.with_name(log.path.name + "-wal")]
    assert any(b"Shoigu" in f.read_bytes() for f in files if f.exists())
    assert log.forget() == 1 and not any(b"Shoigu" in f.read_bytes() for f in files if f.exists())


def test_the_report_prints_no_control_characters_even_from_an_older_log(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.sqlite")
    log.record(_missing("x"), question="who is \x1b[31mred\x07?")
    with sqlite3.connect(log.path) as db:  # a row an older version logged raw
        db.execute(
            "INSERT INTO questions(asked, text, intent, found, articles) VALUES('2025', ?, 'who', 0, '[]')",
            ("old \x1b]0;title\x07 \u202eline\x0b",),
        )
    printed = report_to_text(log.report())
    assert "red" in printed and "old" in printed
    assert not any(ch in printed for ch in "\x1b\x07\x00\u202e\x0b")


def test_clean_question_keeps_dates_figures_and_words() -> None:
    text = "what happened on 2025-05-16 to the 1,000 prisoners in 2022?"
    assert clean_question(text) == text
