"""The question log: every question the bot answers, its votes, and the report of what the articles lack.

What is stored, per question: its text, the intent it was routed to, whether it was found, the article ids its
answer cites, the vote (+1 / -1) if anyone voted, and the time. No user names or ids: every Discord mention form
(``<@id>``, ``<@!id>``, ``<@&id>``, ``<#id>``, ``</cmd:id>``, custom emoji) and every run of 7 or more digits is
replaced before the text is stored, and control and direction characters are dropped. Distinct askers are
counted by a keyed hash (HMAC-SHA256) whose key lives in its own file beside the log (``<log>.key``, readable by
its owner only), never in the log: the log alone cannot be matched against a member list. ``forget`` deletes
the questions, vacuums the file and makes a new key. The log is its own SQLite file beside the index
(``<index>.questions.sqlite``), not a table of it, because a rebuild holds the index's write lock for up to a
minute and empties its tables: a question must never wait on that, nor be lost to it.

``report`` lists the questions the articles could not answer, near-duplicates grouped (rapidfuzz), most asked
first, and the answers voted down: the team's list of what to add next.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process, utils

from knowledge.errors import IndexUnavailableError
from knowledge.models import Answer

SAME_QUESTION = 85  # token_set_ratio of two unanswered questions that count as one ("who is Shoigu" ~ "who's Shoigu?")
REPORT_GROUPS = 50  # the most asked groups a report lists
MAX_QUESTION_CHARS = 500  # what is logged of a question: enough to read it, never a pasted article
WAIT_SECONDS = 5.0  # a vote or record waits this long for another writer of the log, then gives up (logged)
# A Discord mention of any kind (user, nickname, role, channel, slash command, custom emoji), and a digit run as
# long as no date, figure or year needs (Discord ids have 17-20 digits; a phone number 7 or more).
_MENTION = re.compile(r"<(?P<kind>@[!&]?|#|/(?P<command>[^<>:]{1,64}):|a?:(?P<emoji>[\w~]{1,64}):)\d+>")
_LONG_NUMBER = re.compile(r"\d{7,}")
KEY_BYTES = 32
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions(
    id INTEGER PRIMARY KEY AUTOINCREMENT, asked TEXT NOT NULL, text TEXT NOT NULL, intent TEXT NOT NULL,
    found INTEGER NOT NULL, articles TEXT NOT NULL, asker TEXT, vote INTEGER);
CREATE INDEX IF NOT EXISTS questions_by_time ON questions(asked);
"""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class UnansweredGroup(_Frozen):
    """Questions the articles could not answer, near-duplicates together."""

    question: str  # the most asked wording
    times: int
    askers: int  # distinct askers (by salted hash)
    last_asked: str
    wordings: tuple[str, ...]


class VotedDown(_Frozen):
    """An answer someone voted down, with its question and what it cited."""

    question: str
    intent: str
    asked: str
    articles: tuple[str, ...]


class CoverageReport(_Frozen):
    """What the team should add next: ``talkbot report`` and ``!report``."""

    since: str | None
    questions: int
    unanswered: tuple[UnansweredGroup, ...]
    voted_down: tuple[VotedDown, ...]


def log_path(index: Path) -> Path:
    """``seeds.index.sqlite`` -> ``seeds.index.questions.sqlite``."""
    return index.with_name(index.name.removesuffix(".sqlite") + ".questions.sqlite")


class QuestionLog:
    """The log in its own SQLite file; safe to use from several threads and processes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=WAIT_SECONDS)
            self._db.execute("PRAGMA journal_mode=WAL")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute("DELETE FROM meta WHERE key='salt'")  # older logs kept their salt beside the hashes
            self._key = _read_key(key_path(self.path))
        except (sqlite3.Error, OSError) as exc:
            raise IndexUnavailableError(self.path, str(exc)) from exc

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write; a full disk, a read-only folder or a busy log is an ``IndexUnavailableError`` naming it."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                reason = "the disk is full" if "full" in str(exc) else str(exc)
                raise IndexUnavailableError(self.path, reason) from exc

    def record(
        self,
        answer: Answer,
        asker: int | str | None = None,
        *,
        question: str | None = None,
        now: dt.datetime | None = None,
    ) -> int:
        """Log one answered question (as typed, else as the answer restates it); returns its id, which votes name."""
        articles = sorted({c.article for item in answer.items for c in item.citations})
        asked = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        with self._writing() as db:
            cursor = db.execute(
                "INSERT INTO questions(asked, text, intent, found, articles, asker) VALUES(?,?,?,?,?,?)",
                (
                    asked,
                    clean_question(question or answer.query)[:MAX_QUESTION_CHARS],
                    answer.intent.value,
                    int(answer.found),
                    json.dumps(articles),
                    self._hash(asker),
                ),
            )
            return int(cursor.lastrowid or 0)

    def vote(self, question_id: int, up: bool) -> bool:
        """Record a vote on an answer (the latest vote counts); False when the question is not in the log."""
        with self._writing() as db:
            cursor = db.execute("UPDATE questions SET vote=? WHERE id=?", (1 if up else -1, question_id))
            return cursor.rowcount > 0

    def forget(self) -> int:
        """Delete every question, leave nothing of them in the file, and make a new key (a hash made before can
        no longer be matched with one made after); returns how many there were."""
        with self._writing() as db:
            count = int(db.execute("DELETE FROM questions").rowcount)
        with self._lock:
            self._db.execute("VACUUM")  # deleted rows leave their text in free pages until then
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # and in the write-ahead log
            self._key = _read_key(key_path(self.path), renew=True)
        return count

    def report(self, since: dt.date | None = None) -> CoverageReport:
        """The unanswered questions (grouped, most asked first) and the answers voted down, since a day."""
        start = since.isoformat() if since else ""
        with self._lock:
            rows = self._db.execute(
                "SELECT asked, text, intent, found, articles, asker, vote FROM questions WHERE asked >= ? "
                "ORDER BY asked",
                (start,),
            ).fetchall()
        groups: list[list[tuple[str, str, str | None]]] = []  # (asked, text, asker)
        firsts: list[str] = []  # each group's first wording, matched in C by rapidfuzz
        rows = [(asked, without_controls(text), *rest) for asked, text, *rest in rows]  # logs written before
        for asked, text, _, found, _, asker, _ in rows:
            if found or not text.strip():
                continue
            best = process.extractOne(
                text, firsts, scorer=fuzz.token_set_ratio, processor=utils.default_process, score_cutoff=SAME_QUESTION
            )
            if best is not None:
                groups[best[2]].append((asked, text, asker))
            else:
                groups.append([(asked, text, asker)])
                firsts.append(text)
        unanswered = sorted((_group(g) for g in groups), key=lambda g: (-g.times, g.question))[:REPORT_GROUPS]
        voted_down = tuple(
            VotedDown(question=text, intent=intent, asked=asked, articles=tuple(json.loads(articles)))
            for asked, text, intent, _, articles, _, vote in reversed(rows)
            if vote is not None and vote < 0
        )
        return CoverageReport(
            since=start or None, questions=len(rows), unanswered=tuple(unanswered), voted_down=voted_down
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _hash(self, asker: int | str | None) -> str | None:
        if asker is None:
            return None
        return hmac.new(self._key, str(asker).encode(), hashlib.sha256).hexdigest()[:16]


def key_path(log: Path) -> Path:
    """The asker-hash key of a log: beside it, never inside it."""
    return log.with_name(log.name + ".key")


def _read_key(path: Path, *, renew: bool = False) -> bytes:
    """The key, made (readable by its owner only) when there is none or when ``renew`` asks for a new one."""
    if not renew:
        try:
            key = path.read_bytes()
            if len(key) >= KEY_BYTES:
                return key
        except FileNotFoundError:
            pass
    fresh = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secrets.token_bytes(KEY_BYTES))
    if renew:
        os.replace(fresh, path)
    else:
        try:
            os.link(fresh, path)  # another process may have made one meanwhile: then its key is the key
        except FileExistsError:
            pass
        finally:
            fresh.unlink(missing_ok=True)
    return path.read_bytes()


def clean_question(text: str) -> str:
    """A question as it may be logged: mentions and long digit runs replaced, control characters dropped."""
    text = _MENTION.sub(_mention_word, text)
    text = _LONG_NUMBER.sub("#", text)
    return " ".join(without_controls(text).split())


def _mention_word(match: re.Match[str]) -> str:
    """What a mention stood for, without its id: '@someone', '@role', '#channel', '/command', ':emoji:'."""
    kind = match.group("kind")
    if match.group("command"):
        return f"/{match.group('command')}"
    if match.group("emoji"):
        return f":{match.group('emoji')}:"
    return {"#": "#channel", "@&": "@role"}.get(kind, "@someone")


def without_controls(text: str) -> str:
    """Text without control characters, escapes or direction overrides (a tab or newline becomes a space)."""
    if text.isprintable():
        return text
    return "".join(" " if char in "\t\n\r" else char for char in text if char in "\t\n\r" or not _is_control(char))


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")


def _group(members: list[tuple[str, str, str | None]]) -> UnansweredGroup:
    counts: dict[str, int] = {}
    for _, text, _ in members:
        counts[text] = counts.get(text, 0) + 1
    wording = max(counts, key=lambda t: (counts[t], -len(t)))
    return UnansweredGroup(
        question=wording,
        times=len(members),
        askers=len({asker for _, _, asker in members if asker}),
        last_asked=max(asked for asked, _, _ in members),
        wordings=tuple(sorted(counts, key=lambda t: -counts[t])),
    )
