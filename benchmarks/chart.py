"""How long the timeline picture takes: ``python -m benchmarks.chart`` (not part of the test run).

Draws timelines of 10, 50 and 100 events (spread over a year, in four lanes, a fifth of them history) a few
times each, and measures, in fresh processes, what importing the CLI costs with and without drawing: matplotlib
must stay out of ``talkbot ask``'s start-up. Prints a table; the target is 300 ms for 50 events.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time

from bot.chart import ChartEvent, timeline_png

TARGET_MS_AT_50 = 300.0
REPEATS = 5
LANES = ("Russia", "Ukraine", "United States", "other")


def events(count: int) -> list[ChartEvent]:
    start = dt.date(2025, 1, 1)
    return [
        ChartEvent(
            day=start + dt.timedelta(days=(n * 365) // count),
            date=(start + dt.timedelta(days=(n * 365) // count)).isoformat(),
            label=f"Delegations met for round {n} of the talks in a capital city",
            lane=LANES[n % len(LANES)],
            background=n % 5 == 0,
        )
        for n in range(count)
    ]


def render_ms(count: int) -> tuple[float, float]:
    timeline_png(events(count), "warm-up")  # the first call pays for importing matplotlib
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        timeline_png(events(count), f"{count} events")
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def import_ms(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    rows = []
    for count in (10, 50, 100):
        median, worst = render_ms(count)
        target = f"<= {TARGET_MS_AT_50:.0f} ms" if count == 50 else ""
        met = ("yes" if worst <= TARGET_MS_AT_50 else "NO") if count == 50 else ""
        rows.append(
            (f"render {count} events (median / worst of {REPEATS})", f"{median:.0f} / {worst:.0f} ms", target, met)
        )
    cli = import_ms("import bot.cli, sys; assert 'matplotlib' not in sys.modules")
    drawing = import_ms("import bot.cli, bot.chart, matplotlib.pyplot")
    rows.append(("process start + import bot.cli (no matplotlib)", f"{cli:.0f} ms", "", ""))
    rows.append(("process start + import bot.cli and matplotlib", f"{drawing:.0f} ms", "", ""))
    print("| measure | value | target | met |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
