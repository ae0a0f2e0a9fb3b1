"""A progress line on stderr for long CLI work: shown on a terminal, silent when piped or in CI."""

from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_INTERVAL_SECONDS = 0.1


class ProgressLine:
    """Call with (done, total); redraws at most every 0.1 s and clears itself when done."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < MIN_INTERVAL_SECONDS:
            return
        self._last = now
        self.stream.write(f"\r{self.label}: {done:,}/{total:,} ({100 * done // max(total, 1)}%)")
        if done >= total:
            self.stream.write("\r" + " " * (len(self.label) + 40) + "\r")
        self.stream.flush()
