"""Compiled patterns kept between runs (``knowledge.regex_cache``): a kept pattern is the pattern ``re`` makes."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from knowledge import regex_cache

# Compiled in a fresh process; every one is kept (the time threshold set to 0 there): flags, named groups,
# lookbehinds, case folding, Unicode classes.
CHILD = r"""
import json, re, sys
from knowledge import regex_cache
regex_cache.MIN_COMPILE_SECONDS = 0
PATTERNS = [
    (r"(?P<who>[A-Z]\w+) (?:said|told)\b", 0),
    (r"\b(?:kyiv|kiev|moscow)\b", re.IGNORECASE),
    (r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]\d)\s+(?P<noun>[A-Za-z-]+)", 0),
    (r"^\s*(?:He|She)\b.*$", re.MULTILINE),
    (r"[^\W\d_]+(?:['’.-][^\W_]+)*", 0),
]
TEXT = "Lavrov said 212 prisoners left Kyiv.\nShe told Moscow: Erdoğan's plan, KIEV 1,200 troops."
out = []
for text, flags in PATTERNS:
    p = re.compile(text, flags)
    out.append([p.pattern, int(p.flags), p.groups, dict(p.groupindex), [m.span() for m in p.finditer(TEXT)]])
print(json.dumps(out))
"""


def _run(cache: str) -> list[object]:
    env = dict(os.environ, **{regex_cache.CACHE_VARIABLE: cache})
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    return list(json.loads(done.stdout))


def test_kept_patterns_match_as_freshly_compiled_ones(tmp_path: Path) -> None:
    cache = tmp_path / "regex.marshal"
    fresh = _run("off")
    first = _run(str(cache))  # compiles and keeps
    kept = regex_cache.read(cache).entries
    assert {pattern for pattern, _ in kept} >= {row[0] for row in fresh}  # type: ignore[index]
    second = _run(str(cache))  # compiles from the file
    assert first == fresh
    assert second == fresh


def test_a_kept_pattern_is_used(tmp_path: Path) -> None:
    """The file is read: a pattern kept under another's name is what that name compiles to (so kept code must be
    what ``re`` made, which the test above checks)."""
    cache = tmp_path / "regex.marshal"
    _run(str(cache))
    kept = regex_cache.read(cache)
    moscow = next(key for key in kept.entries if key[0] == r"\b(?:kyiv|kiev|moscow)\b")
    said = next(key for key in kept.entries if key[0] == r"(?P<who>[A-Z]\w+) (?:said|told)\b")
    code = kept.entries[moscow][0][1:]  # the engine code of the place names, under the 'said' pattern
    kept.entries[said] = ((said[0], *code), kept.saves)
    cache.write_bytes(marshal.dumps((regex_cache.FORMAT, kept.saves, kept.entries)))
    spans = _run(str(cache))[0][4]  # type: ignore[index]
    assert spans != _run("off")[0][4]  # type: ignore[index]


def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    fresh = _run("off")
    odd_entries = {("a", 0): (1,), "b": ((), 1), ("c", 0): ("c", "last")}
    for content in (
        b"not marshal data",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({("a", 0): (1,)}),
        marshal.dumps((regex_cache.FORMAT, 3, odd_entries)),
        marshal.dumps((regex_cache.FORMAT, "3", {})),
        b"",
    ):
        cache = tmp_path / "regex.marshal"
        cache.write_bytes(content)
        assert _run(str(cache)) == fresh


def test_an_unwritable_place_costs_nothing_but_the_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file, not a folder")
    assert _run(str(blocked / "regex.marshal")) == _run("off")
    assert not (blocked / "regex.marshal").exists()


def test_patterns_no_recent_save_used_are_dropped(tmp_path: Path) -> None:
    """A process that compiled something new writes what it used and what the last saves used; what none of the last
    ``KEEP_SAVES`` saves used (another corpus's alias trie, a test's pattern) goes, so the file stays small."""
    cache = tmp_path / "regex.marshal"
    saves = 100
    kept = regex_cache.Kept(saves=saves)
    kept.entries = {
        ("used now", 0): (("used now",), 1),
        ("used lately", 0): (("used lately",), saves - regex_cache.KEEP_SAVES + 2),
        ("used long ago", 0): (("used long ago",), saves - regex_cache.KEEP_SAVES),
    }
    kept.used = {("used now", 0)}
    regex_cache.save(cache, kept)
    assert not cache.exists()  # nothing new compiled: nothing written
    kept.added = 1
    regex_cache.save(cache, kept)
    again = regex_cache.read(cache)
    assert again.saves == saves + 1
    assert again.entries == {
        ("used now", 0): (("used now",), saves + 1),
        ("used lately", 0): (("used lately",), saves - regex_cache.KEEP_SAVES + 2),
    }


def test_re_debug_still_shows_the_parse(tmp_path: Path) -> None:
    """``re.DEBUG`` prints what the parse made: such a pattern is never taken from the file."""
    child = (
        "import re; from knowledge import regex_cache; regex_cache.MIN_COMPILE_SECONDS = 0; re.compile('a+b', re.DEBUG)"
    )
    env = dict(os.environ, **{regex_cache.CACHE_VARIABLE: str(tmp_path / "regex.marshal")})
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env, timeout=60)
        assert "MAX_REPEAT" in done.stdout
