"""The timeline as a picture: the same dated items a timeline answer lists, drawn on a date axis.

One lane per party (the party that acts in the event's clause, as the answer gives it, else "other"), each event a
labelled mark (the first words of its clause, not the whole sentence), background events hollow and grey. The
picture sits on its own light-grey card with dark text, so it reads the same on Discord's dark and light themes.
The text answer with its citations stays the source of truth; ``chart_events`` is exactly what is drawn, so tests
compare it with the answer.

matplotlib (headless Agg) is imported only when a chart is drawn: ``talkbot ask`` never pays for it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from knowledge import Answer

LABEL_CHARS = 48  # a mark's label: enough to tell events apart, short enough not to run into the next
WIDTH_INCHES = 12.0
ROW_INCHES = 0.26  # one event per row: labels never overlap, the picture grows with the answer
CHART_MARGIN_INCHES = 1.4  # title and date axis
SHORT_SPAN_DAYS = 10  # events within this many days get a tick per day
DPI = 100
CARD = "#f4f5f7"  # light card, dark ink: legible on Discord's dark and light themes alike
INK = "#1e1f22"
BACKGROUND_INK = "#8a8f98"
LANE_COLOURS = ("#3b5bdb", "#e8590c", "#2b8a3e", "#c2255c", "#5f3dc4", "#1098ad", "#a61e4d", "#5c940d")
OTHER_LANE = "other"


@dataclass(frozen=True)
class ChartEvent:
    """One mark: the first day of the item's date, its short label, its lane, and whether it is history."""

    day: dt.date
    date: str  # the item's date as the answer gives it ("2025-05", "2025-05-16")
    label: str
    lane: str
    background: bool


def chart_events(answer: Answer) -> list[ChartEvent]:
    """The dated items of a timeline answer, as they will be drawn (in the answer's order)."""
    events = []
    for item in answer.items:
        if not item.date:
            continue
        events.append(
            ChartEvent(
                day=_first_day(item.date),
                date=item.date,
                label=short_label(item.text),
                lane=item.party or OTHER_LANE,
                background=item.label == "background",
            )
        )
    return events


def short_label(text: str) -> str:
    """The clause's first words, cut at a word: "Russia and Ukraine held their first direct…"."""
    text = " ".join(text.strip(' “”"').split())
    if len(text) <= LABEL_CHARS:
        return text
    cut = text[:LABEL_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–—-") + "…"


def timeline_png(events: list[ChartEvent], title: str) -> bytes:
    """A PNG of the events (at least one), ``WIDTH_INCHES`` wide at ``DPI``: a band per lane (party), each event on
    its own row of its band in date order, its label beside its mark, so no two labels ever overlap."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"text.hinting": "no_hinting"}):  # a quarter faster; at 8 pt no sharper with it
        return _draw(events, title, plt, mdates)


def _draw(events: list[ChartEvent], title: str, plt: Any, mdates: Any) -> bytes:
    lanes = _lanes(events)
    rows = [(lane, event) for lane in lanes for event in sorted((e for e in events if e.lane == lane), key=_when)]
    height = CHART_MARGIN_INCHES + ROW_INCHES * (len(rows) + len(lanes))
    figure, axes = plt.subplots(figsize=(WIDTH_INCHES, height), dpi=DPI)
    try:
        figure.patch.set_facecolor(CARD)
        axes.set_facecolor(CARD)
        # the axis spans the events dated to a day; one dated only to a year or month ("2025") sits at its edge
        # rather than stretching the axis to January
        days = [e.day for e in events if len(e.date) == len("2025-05-16")] or [e.day for e in events]
        first, last = min(days), max(days)
        span = max((last - first).days, 1)
        turn = first + dt.timedelta(days=span * 0.6)  # right of this a label goes left of its mark
        label_gap = span / 90  # in days: a label starts just clear of its mark
        y = 0.0
        ticks: list[tuple[float, str]] = []
        for number, lane in enumerate(lanes):
            colour = LANE_COLOURS[number % len(LANE_COLOURS)]
            in_lane = [event for name, event in rows if name == lane]
            top = y
            xs = [mdates.date2num(min(max(event.day, first), last)) for event in in_lane]
            ys = [y + n for n in range(len(in_lane))]
            news = [n for n, event in enumerate(in_lane) if not event.background]
            history = [n for n, event in enumerate(in_lane) if event.background]
            axes.scatter([xs[n] for n in news], [ys[n] for n in news], s=45, color=colour, zorder=3)
            axes.scatter([xs[n] for n in history], [ys[n] for n in history], s=45, facecolors="none",
                         edgecolors=BACKGROUND_INK, zorder=3)  # fmt: skip
            for event, x, row in zip(in_lane, xs, ys, strict=True):
                left = event.day > turn
                axes.text(
                    x + (-label_gap if left else label_gap),
                    row,
                    f"{event.date}  {event.label}",
                    fontsize=8,
                    va="center",
                    ha="right" if left else "left",
                    color=BACKGROUND_INK if event.background else INK,
                    parse_math=False,  # article text, verbatim: "$5bn" is money, not mathematics
                )
            y += len(in_lane)
            axes.axhspan(top - 0.5, y - 0.5, color=colour, alpha=0.07, linewidth=0)
            ticks.append(((top + y - 1) / 2, lane))
            y += 1  # a gap between bands
        axes.set_yticks([t for t, _ in ticks], labels=[name for _, name in ticks], color=INK)
        axes.set_ylim(y - 1, -1)  # first lane on top, rows in date order downwards
        if span < SHORT_SPAN_DAYS:  # a few days: a tick a day, never hours the dates do not have
            axes.xaxis.set_major_locator(mdates.DayLocator())
            axes.xaxis.set_major_formatter(mdates.DateFormatter("%b %d"))
        else:
            locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
            axes.xaxis.set_major_locator(locator)
            axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        axes.tick_params(colors=INK)
        axes.grid(axis="x", color=INK, alpha=0.08)
        pad = dt.timedelta(days=max(1, span // 20) if span >= SHORT_SPAN_DAYS else 2)
        axes.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        axes.set_title(title, color=INK, loc="left", fontsize=11, parse_math=False)
        figure.subplots_adjust(left=1.3 / WIDTH_INCHES, right=0.98, top=1 - 0.5 / height, bottom=0.6 / height)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", facecolor=CARD, pil_kwargs={"compress_level": 1})  # speed over bytes
        return buffer.getvalue()
    finally:
        plt.close(figure)


def _when(event: ChartEvent) -> tuple[dt.date, str]:
    return event.day, event.date


def _lanes(events: list[ChartEvent]) -> list[str]:
    """Lanes by how many events they hold, "other" last."""
    counts: dict[str, int] = {}
    for event in events:
        counts[event.lane] = counts.get(event.lane, 0) + 1
    named = sorted((lane for lane in counts if lane != OTHER_LANE), key=lambda lane: (-counts[lane], lane))
    return named + ([OTHER_LANE] if OTHER_LANE in counts else [])


def _first_day(iso: str) -> dt.date:
    """'2025' -> 2025-01-01, '2025-05' -> 2025-05-01, '2025-05-16' -> itself."""
    parts = [int(p) for p in re.findall(r"\d+", iso)[:3]]
    year, month, day = [*parts, 1, 1][:3]
    return dt.date(year, month, day)
