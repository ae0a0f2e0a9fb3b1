"""Turn what a user typed into an intent and its argument: commands as typed in Discord, or free questions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import Intent

MAX_QUESTION_CHARS = 1_000
COMMAND_PREFIXES = "!/"

_COMMAND = re.compile(r"^[!/](?P<name>timeline|who|demands|demand|ask|help)\b\s*(?P<arg>.*)$", re.I | re.S)
_DISCORD_MARKUP = re.compile(r"<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone|@here")
_WHO = re.compile(
    r"^(?:who\s+is|who's|who\s+was|who\s+are|tell\s+me\s+about|what\s+is\s+the\s+role\s+of)\s+"
    r"(?P<arg>.+?)[?.!]*$",
    re.I,
)
_DEMANDS = re.compile(
    r"\b(?:demand\w*|pre-?conditions?|conditions?|insist\w*|asking\s+for|ask\s+for|asks\s+for|want\w*|"
    r"call\w*\s+for|terms)\b",
    re.I,
)
_TIMELINE = re.compile(
    r"^(?:when|what\s+date|which\s+day|on\s+what\s+day|timeline)\b|\bwhat\s+happened\s+(?:on|in)\b", re.I
)


@dataclass(frozen=True)
class ParsedQuestion:
    """The intent, its argument, and the question as cleaned."""

    intent: Intent
    argument: str
    cleaned: str
    problem: str | None = None  # set when the question cannot be taken as asked


def clean_question(text: str) -> str:
    """Discord mentions and markup removed, whitespace folded; the words themselves untouched."""
    text = _DISCORD_MARKUP.sub(" ", text)
    text = re.sub(r"[*_`~|>]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def parse_question(text: str) -> ParsedQuestion:
    """Route a command or a free question to an intent."""
    if len(text) > MAX_QUESTION_CHARS:
        return ParsedQuestion(
            Intent.HELP,
            "",
            text[:80],
            problem=(f"That question is {len(text):,} characters long; please ask in under {MAX_QUESTION_CHARS:,}."),
        )
    cleaned = clean_question(text)
    if not re.search(r"[A-Za-z0-9À-ÿ]", cleaned):
        return ParsedQuestion(
            Intent.HELP,
            "",
            cleaned,
            problem="Ask a question in words, for example: "
            "'who is Peskov?', '!timeline Istanbul' or '!demands Russia'.",
        )
    command = _COMMAND.match(cleaned)
    if command:
        name, argument = command.group("name").lower(), command.group("arg").strip()
        if name == "ask":
            return parse_question(argument)
        intent = {
            "timeline": Intent.TIMELINE,
            "who": Intent.WHO,
            "demands": Intent.DEMANDS,
            "demand": Intent.DEMANDS,
            "help": Intent.HELP,
        }[name]
        return ParsedQuestion(intent, argument, cleaned)
    who = _WHO.match(cleaned)
    if who:
        return ParsedQuestion(Intent.WHO, who.group("arg").strip(), cleaned)
    if _TIMELINE.search(cleaned):
        return ParsedQuestion(Intent.TIMELINE, cleaned, cleaned)
    if _DEMANDS.search(cleaned):
        return ParsedQuestion(Intent.DEMANDS, cleaned, cleaned)
    return ParsedQuestion(Intent.SEARCH, cleaned, cleaned)
