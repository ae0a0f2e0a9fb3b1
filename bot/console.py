"""``talkbot console``: type what you would type in a channel and read the same answers, without Discord."""

from __future__ import annotations

import datetime as dt
import re
import sys

from bot.render_text import answer_to_text, report_to_text
from knowledge import KnowledgeBase
from knowledge.questions import QuestionLog, log_path

PROMPT = "talkbot> "
_BOT_MENTION = re.compile(r"^\s*@talkbot\b[:,]?\s*", re.IGNORECASE)
_REPORT = re.compile(r"^\s*[!/]report\b\s*(?P<since>\S*)\s*$", re.IGNORECASE)


def console_reply(knowledge: KnowledgeBase, line: str) -> str:
    """What the bot would answer to one line: a command, a question, or '@talkbot question'."""
    report = _REPORT.match(line)
    if report:  # the managers' report, from the same question log the bot writes
        try:
            since = dt.date.fromisoformat(report.group("since")) if report.group("since") else None
        except ValueError:
            return "Use a day as YYYY-MM-DD, e.g. !report 2025-06-01."
        return report_to_text(QuestionLog(log_path(knowledge.store.path)).report(since))
    question = _BOT_MENTION.sub("", line)
    answer = knowledge.answer(question) if question.strip() or not _BOT_MENTION.match(line) else knowledge.help()
    return answer_to_text(answer, knowledge.articles)


def run_console(knowledge: KnowledgeBase) -> int:
    interactive = sys.stdin.isatty()
    if interactive:
        print(
            "Ask as you would in a channel (!timeline, !who, !demands, !positions, !said, !since, !report, !help, "
            "or a question). Ctrl-D quits."
        )
    while True:
        try:
            line = input(PROMPT if interactive else "")
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print()
            return 0
        if line.strip() in ("quit", "exit"):
            return 0
        if line.strip():
            print(console_reply(knowledge, line), flush=True)
