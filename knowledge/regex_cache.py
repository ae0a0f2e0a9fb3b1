"""Compiled regular expressions kept between runs, as ``__pycache__`` keeps bytecode.

Python's ``re`` parses and compiles every pattern again in each new process, in Python: the ~200 patterns the
package compiles at import and the parties' alias trie compiled at a first answer cost ~80 ms of the ~370 ms a
``talkbot ask`` takes on the 2-core machine, and every build worker pays it again. What ``re`` hands to its C engine
at the end (``_sre.compile``: flags, a list of integers, the group names) is plain data: ``install`` keeps it, per
Python build, in the user's cache folder, and a pattern found there goes straight to ``_sre.compile`` (which checks
the code again), skipping the parse. The arguments are recorded as ``re`` itself passes them, so the compiled
patterns are the same objects ``re`` makes. Anything unexpected (another Python, an unreadable or damaged file, a
read-only folder) and patterns compile as usual.

What a parse does besides compiling is not repeated for a kept pattern: a pattern that warns as it is parsed
(a FutureWarning for a possible set operation, a deprecated group name) warns when first compiled, with the
warning pointing one frame short of the caller (this module's function stands between), and not when it comes
from the file. None of the package's patterns warns (the tests would show it); ``re.DEBUG`` always parses.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import os
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CACHE_VARIABLE = "TALKBOT_REGEX_CACHE"  # a file to keep them in instead, or "off"
# Patterns compiled faster than this are not kept: a question's one-off pattern ("\bWitkoff\b", ~30-60 us) would
# only grow the file; the package's patterns of 0.2 ms or more are 94% of its compile time.
MIN_COMPILE_SECONDS = 0.0002
# The file is rewritten only by a process that compiled something it lacked; a pattern none of the last this many
# such processes used is dropped (another corpus's alias trie, a test's), so the file stays small to read at each
# start (~0.5 MB for the package's patterns, ~3 ms).
KEEP_SAVES = 20
MAX_PATTERNS = 2000  # and never more than this many
FORMAT = "talkbot-regex-1"

Key = tuple[str, int]  # pattern, flags
Entry = tuple[Any, ...]  # the arguments ``re`` passed to ``_sre.compile``, as plain data
DEBUG = 128  # re.DEBUG (``re`` itself is not imported here for it)

_lock = threading.Lock()
_installed = False


@dataclass
class Kept:
    """The file's patterns, each with the save that last used it; what this process used and added."""

    saves: int = 0
    entries: dict[Key, tuple[Entry, int]] = field(default_factory=dict)
    used: set[Key] = field(default_factory=set)
    added: int = 0


def cache_file() -> Path | None:
    """Where compiled patterns are kept for this Python build, or None when ``TALKBOT_REGEX_CACHE=off``."""
    chosen = os.environ.get(CACHE_VARIABLE, "").strip()
    if chosen.lower() in {"off", "0", "no", "false"}:
        return None
    if chosen:
        return Path(chosen)
    engine = importlib.import_module("_sre")
    build = f"{sys.version}|{sys.implementation.cache_tag}|{engine.MAGIC}|{engine.CODESIZE}"
    return user_cache_dir() / f"regex-{hashlib.sha256(build.encode()).hexdigest()[:12]}.marshal"


def user_cache_dir() -> Path:
    """The per-user cache folder: ``$XDG_CACHE_HOME/talkbot`` (``~/.cache/talkbot``) on Linux,
    ``~/Library/Caches/talkbot`` on macOS, ``%LOCALAPPDATA%\\talkbot\\cache`` on Windows."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "talkbot" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "talkbot"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "talkbot"


def install() -> None:
    """From now on, in this process, patterns compile through the cache (once per process; safe to call again)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        try:
            path = cache_file()
        except (RuntimeError, KeyError, OSError):  # no home folder to keep them in (a service's bare environment)
            return
        if path is None:
            return
        try:
            engine = importlib.import_module("_sre")
            compiler = importlib.import_module("re._compiler")
        except ImportError:
            return
        compile_with = getattr(compiler, "compile", None)
        if compile_with is None or getattr(compiler, "_sre", None) is not engine or not hasattr(engine, "compile"):
            return  # a Python whose ``re`` is built otherwise: left alone
        kept = read(path)
        recorder = _Recorder(engine)
        compiler._sre = recorder  # type: ignore[attr-defined]  # what ``re`` calls its engine by
        compiler.compile = _cached_compile(compile_with, recorder, engine.compile, kept)  # type: ignore[attr-defined]
        atexit.register(save, path, kept)


def read(path: Path) -> Kept:
    """The kept patterns, or none when the file is missing, unreadable or not one of ours."""
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return Kept()
    if not (isinstance(found, tuple) and len(found) == 3 and found[0] == FORMAT and isinstance(found[1], int)):
        return Kept()
    entries = found[2] if isinstance(found[2], dict) else {}
    return Kept(found[1], {key: value for key, value in entries.items() if _well_formed(key, value)})


def _well_formed(key: object, value: object) -> bool:
    """An entry as ``save`` writes it: (pattern, flags) -> (the engine's arguments, the save that used it)."""
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], tuple)
        and isinstance(value[1], int)
    )


class _Recorder:
    """``re``'s view of ``_sre``: every attribute as it is, ``compile`` recording its arguments (per thread)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.last = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *arguments: Any) -> Any:
        self.last.arguments = arguments
        return self._engine.compile(*arguments)


def _cached_compile(
    compile_with: Callable[..., Any], recorder: _Recorder, engine_compile: Callable[..., Any], kept: Kept
) -> Callable[..., Any]:
    def compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & DEBUG:  # re.DEBUG prints the parse: only a parse does that
            return compile_with(pattern, flags)
        key = (pattern, int(flags))
        found = kept.entries.get(key)
        if found is not None:
            try:
                compiled = engine_compile(*found[0])
            except (TypeError, ValueError, RuntimeError, OverflowError):  # not ours after all: compiled as usual
                kept.entries.pop(key, None)
            else:
                kept.used.add(key)
                return compiled
        started = time.perf_counter()
        recorder.last.arguments = None
        compiled = compile_with(pattern, flags)
        arguments = recorder.last.arguments
        slow = time.perf_counter() - started >= MIN_COMPILE_SECONDS
        if arguments is not None and slow and len(kept.entries) < MAX_PATTERNS:
            entry = _plain(arguments)
            if entry is not None:
                kept.entries[key] = (entry, kept.saves)
                kept.used.add(key)
                kept.added += 1
        return compiled

    return compile


def _plain(arguments: tuple[Any, ...]) -> Entry | None:
    """The arguments as marshal-able data (``re`` passes its opcodes as an ``int`` subclass), or None."""
    plain = tuple([int(code) for code in item] if isinstance(item, list) else item for item in arguments)
    try:
        marshal.dumps(plain)
    except ValueError:
        return None
    return plain


def save(path: Path, kept: Kept) -> None:
    """At exit, when this process compiled patterns the file lacked: what it used, and what the last ``KEEP_SAVES``
    saves used, written whole and renamed into place (two processes saving at once: the last one's file stays)."""
    if not kept.added:
        return
    saves = kept.saves + 1
    entries = {
        key: (entry, saves if key in kept.used else last)
        for key, (entry, last) in list(kept.entries.items())  # one step: a thread may still compile at exit
        if key in kept.used or last > saves - KEEP_SAVES
    }
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((FORMAT, saves, entries)))
        os.replace(temporary, path)
    except (OSError, ValueError):  # a read-only or full disk: the next process compiles as usual
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
