"""Questions that hold two questions: "which came first, the Black Sea deal or the prisoner swap?", "was Witkoff at
both the Riyadh talks and the Berlin talks?", "Russia's objections to the Vatican venue vs to Western troops".

Each part is asked on its own, through the same routing as any question, and the answers are put side by side:
the first dated item of each, in date order, for "which came first"; the best items of each for the rest. A part
the articles do not answer says so; nothing is answered that the parts' own answers do not cite.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.models import Answer, AnswerItem, Intent

ITEMS_PER_PART = 2  # a comparison shows each side's best few: the first answers, the second is for context

# "which came first, A or B?", "which was earlier: A or B", "what happened later, A or B?"
_WHICH_FIRST = re.compile(
    r"^\s*(?:which|what)\s+(?:one\s+)?(?:was|were|came|happened|occurred|took\s+place|is)\s+"
    r"(?P<order>first|earlier|sooner|before|later|last|more\s+recent(?:ly)?)\b[\s,:;-]*"
    r"(?P<a>.+?)\s*,?\s+or\s+(?P<b>.+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "was Witkoff at both the Riyadh talks and the Berlin talks?", "did Kesk attend both A and B?"
_BOTH = re.compile(
    r"^\s*(?P<ask>(?:was|were|is|are|did|does|do|has|have|had)\s+.+?)\s+both\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "Russia's objections to the Vatican venue vs to Western troops", "X compared with Y"
_VERSUS = re.compile(
    r"^(?P<a>.+?)\s+(?:vs\.?|versus|compared\s+(?:to|with)|as\s+opposed\s+to)\s+(?P<b>.+?)\s*[?.!]*\s*$", re.IGNORECASE
)
_PREPOSITION = re.compile(r"^(?:to|on|about|over|for|with|in|of|towards?)\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def compare(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a question holding two, or None when ``text`` is not one (``ask`` answers each part)."""
    first = _WHICH_FIRST.match(text)
    if first is not None:
        later = first.group("order").lower() in ("later", "last") or first.group("order").lower().startswith("more")
        return _which_first(text, _part(first.group("a")), _part(first.group("b")), ask, later=later)
    both = _BOTH.match(text)
    if both is not None:
        asking = both.group("ask")
        return _side_by_side(text, (f"{asking} {both.group('a')}?", f"{asking} {both.group('b')}?"), ask)
    return None


def versus(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """A question setting two things against each other, each side asked on its own ("X's objections to A vs to
    B": "X's objections to A", "X's objections to B"); None when ``text`` sets none against another."""
    found = _VERSUS.match(text)
    if found is None:
        return None
    a, b = found.group("a").strip(), found.group("b").strip()
    lead = _PREPOSITION.match(b)
    if lead is not None:  # "... to the Vatican venue vs to Western troops": the second side shares the first's head
        at = re.search(rf"\s{re.escape(lead.group())}\b", a, re.IGNORECASE)
        if at is not None:
            b = f"{a[: at.start()]} {b}"
    if len(a.split()) < 2 or len(b.split()) < 2:
        return None
    return _side_by_side(text, (a, b), ask)


def _part(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text.strip(" ,;:"))


def _which_first(text: str, a: str, b: str, ask: Callable[[str], Answer], *, later: bool) -> Answer:
    """Each side dated by its own when-question, in date order, with the order said in the message."""
    dated: list[tuple[str, AnswerItem | None]] = []
    for part in (a, b):
        answer = ask(f"when was {part}?")
        item = next((i for i in answer.items if i.date and i.label != "closest sentence"), None)
        # (a part not covered dates nothing: the sentences plain search shows under it are for the reader)
        item = item or next((i for i in answer.items if i.date and answer.found), None)
        dated.append((part, item))
    shown = [(part, item) for part, item in dated if item is not None]
    if len(shown) < 2 or any(item.date is None for _, item in shown):
        told = "; ".join(f"{part}: {item.date}" for part, item in shown if item is not None and item.date)
        missing = ", ".join(part for part, item in dated if item is None or not item.date)
        message = f"The articles date only part of that ({told or 'neither'}); no date found for {missing}."
        items = tuple(item for _, item in shown if item is not None)
        return Answer(intent=Intent.TIMELINE, query=text, found=bool(items), items=items, message=message)
    ordered = sorted(shown, key=lambda pair: str(pair[1].date if pair[1] else ""))
    (early, early_item), (late, late_item) = ordered
    assert early_item is not None and late_item is not None
    if early_item.date == late_item.date:
        message = f"Both are dated {early_item.date}: {a} and {b}."
    elif later:
        message = f"{late.capitalize()} came later ({late_item.date}); {early} was {early_item.date}."
    else:
        message = f"{early.capitalize()} came first ({early_item.date}); {late} followed ({late_item.date})."
    return Answer(intent=Intent.TIMELINE, query=text, found=True, items=(early_item, late_item), message=message)


def _side_by_side(text: str, parts: tuple[str, str], ask: Callable[[str], Answer]) -> Answer:
    """The best items of each part's own answer, the first part's first; what a part lacks is said."""
    answers = [ask(part) for part in parts]
    items: list[AnswerItem] = []
    for answer in answers:
        items += [item for item in answer.items[:ITEMS_PER_PART] if item not in items]
    unanswered = [part for part, answer in zip(parts, answers, strict=True) if not answer.found]
    message = f"Asked as two questions: {parts[0]!r} and {parts[1]!r}."
    if unanswered:
        message += f" The articles do not answer {' or '.join(repr(p) for p in unanswered)}."
    found = any(answer.found for answer in answers)
    return Answer(intent=answers[0].intent, query=text, found=found, items=tuple(items), message=message)
