"""The talkbot command line: the bot's answers in a terminal, as text or JSON, without Discord.

`talkbot ask` never imports discord.py (start-up time is part of the answer time); `run` and `console` load the
bot only when asked for. Exit codes: 0 when every question was answered (found or not: a JSON answer says
"found": false), 1 when an ingest was refused, 2 when the corpus or the index cannot be used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import logging
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.collector import tune_collector
from bot.progress import ProgressLine
from bot.render_text import answer_to_text, page_summary, report_to_text
from knowledge import DEFAULT_CORPUS, Answer, IngestError, Intent, KnowledgeBase, KnowledgeError, Source
from knowledge.corpus import read_article_bytes
from knowledge.errors import CorpusError
from knowledge.links import PAGE_SUFFIXES, is_page, is_url
from knowledge.questions import QuestionLog, log_path

log = logging.getLogger("talkbot")

DESCRIPTION = "Answers questions about the peace-talks articles, citing the sentence behind every answer."
ALLOW_PRIVATE_VARIABLE = "TALKBOT_ALLOW_PRIVATE_URLS"  # links to loopback and private hosts (an intranet, tests)
EPILOG = "Exit codes: 0 answered (found or not), 1 an ingest was refused, 2 the corpus or the index cannot be used."


# The bot's commands, each a subcommand too: a terminal user types "talkbot timeline Istanbul" as readily as "!timeline"
INTENT_COMMANDS = {
    "timeline": "dated events, optionally on a topic, a person or a period",
    "who": "who someone is, or who holds a role",
    "demands": "what a party demands",
    "positions": "where the parties stand on an issue",
    "said": "who said a phrase: the speaker, their role, the date and the sentence",
    "since": "what is new since a date",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="talkbot", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="folder of articles (default: TALKBOT_CORPUS, else the five bundled articles)",
    )
    parser.add_argument(
        "--index",
        type=Path,
        default=None,
        help="the index file (default: TALKBOT_INDEX, else beside the corpus folder, else in your data folder)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more on stderr (-vv for debug)")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="answer one question, or one per line from stdin with '-'")
    ask.add_argument("question", nargs="+", help="a question or a command as typed in Discord ('!who Peskov'), or -")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON (one object per line)")
    ask.add_argument("--chart", type=Path, metavar="PNG", help="also draw a timeline answer as a picture to this file")
    ask.add_argument("--record", action="store_true", help="log the question as the bot does (see 'talkbot report')")
    for name, what in INTENT_COMMANDS.items():  # "talkbot timeline Istanbul": the bot's "!timeline Istanbul"
        intent = commands.add_parser(name, help=f"{what} (as '!{name}' in Discord)")
        intent.add_argument("topic", nargs="*", help="what to ask about, as after the command in Discord")
        intent.add_argument("--json", action="store_true", help="print the answer as JSON")
        intent.add_argument("--chart", type=Path, metavar="PNG", help="also draw a timeline answer to this file")
        intent.add_argument("--record", action="store_true", help="log the question as the bot does")
    report = commands.add_parser("report", help="questions the articles could not answer, and answers voted down")
    report.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only questions asked on or after this day")
    report.add_argument("--json", action="store_true", help="print the report as JSON")
    report.add_argument("--forget", action="store_true", help="delete every logged question instead")
    add = commands.add_parser(
        "ingest",
        help="add articles (files, saved pages or links) to the corpus and the index, all or nothing",
        epilog=f"Links to loopback and private addresses are refused unless {ALLOW_PRIVATE_VARIABLE}=true.",
    )
    add.add_argument(
        "files", nargs="+", metavar="FILE|URL", help="UTF-8 .txt article files, saved .html pages, http(s) links"
    )
    add.add_argument("--date", help="publication date YYYY-MM-DD (else the file's 'date:' header or the page's date)")
    add.add_argument("--source", help="the outlet (else the page's site name)")
    add.add_argument("--title", help="the headline (else the page's)")
    commands.add_parser("console", help="an interactive session that takes what you would type in a channel")
    commands.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    tune_collector()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "run":
        from bot.runner import run_bot

        return run_bot(corpus=args.corpus)
    try:
        return _run(args)
    except BrokenPipeError:  # "talkbot ask ... | head": the reader left; nothing to report
        sys.stderr.close()
        return 0


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    corpus = resolve_corpus(args.corpus)
    try:
        knowledge = KnowledgeBase.from_folder(
            corpus, index=resolve_index(args.index), progress=ProgressLine("indexing articles")
        )
    except KnowledgeError as exc:
        print(f"talkbot: {exc}", file=sys.stderr)
        return 2
    log.info("opened the index %s for %s in %.2f s", knowledge.store.path, corpus, time.perf_counter() - started)
    if args.command == "ingest":
        return ingest_files(knowledge, args.files, date=args.date, source=args.source, title=args.title)
    if args.command == "console":
        from bot.console import run_console

        return run_console(knowledge)
    if args.command == "report":
        return print_report(
            QuestionLog(log_path(knowledge.store.path)), args.since, as_json=args.json, forget=args.forget
        )
    try:
        questions = QuestionLog(log_path(knowledge.store.path)) if args.record else None
    except KnowledgeError as exc:  # a full disk or a read-only folder: one line
        print(f"talkbot: cannot record questions: {exc}", file=sys.stderr)
        return 2
    typed = (
        f"!{args.command} {' '.join(args.topic)}".strip()
        if args.command in INTENT_COMMANDS
        else " ".join(args.question)
    )
    return ask(knowledge, typed, as_json=args.json, chart=args.chart, record=questions)


def resolve_corpus(corpus: Path | None) -> Path:
    if corpus is not None:
        return corpus
    from_env = os.environ.get("TALKBOT_CORPUS")
    return Path(from_env) if from_env else DEFAULT_CORPUS


def resolve_index(index: Path | None) -> Path | None:
    """None means the default place (see ``knowledge.index_location``)."""
    if index is not None:
        return index
    from_env = os.environ.get("TALKBOT_INDEX")
    return Path(from_env) if from_env else None


def ingest_files(
    knowledge: KnowledgeBase, files: Sequence[str | Path], *, date: str | None, source: str | None, title: str | None
) -> int:
    """Add files, saved pages and links (``knowledge.links``): every one or, naming what is wrong, none."""
    sources = []
    for item in files:
        if isinstance(item, str) and is_url(item):
            sources.append(Source(name=item))
            continue
        path = Path(item)
        try:
            sources.append(Source(name=path.name, data=read_article_bytes(path, limit=_size_limit(path))))
        except CorpusError as exc:  # not a regular file, a link out of its folder, too large, unreadable
            print(f"talkbot: {path}: {exc.reason}; nothing was added", file=sys.stderr)
            return 1
    try:
        results = knowledge.add_sources(
            sources,
            allow_private=env_flag(ALLOW_PRIVATE_VARIABLE),
            date=date,
            source=source,
            title=title,
            progress=ProgressLine("adding articles"),
        )
    except IngestError as exc:
        if len(exc.problems) == 1:  # one refusal is one line: what, why, and that nothing changed
            print(f"talkbot: {exc.problems[0]}; nothing was added", file=sys.stderr)
        else:
            print(f"talkbot: {exc}", file=sys.stderr)
        return 1
    except KnowledgeError as exc:
        print(f"talkbot: {exc}; nothing was added", file=sys.stderr)
        return 1
    articles = knowledge.articles
    for result in results:
        article = articles.get(result.article_id) if result.added and is_page(result.name) else None
        what = f" ({page_summary(article)})" if article is not None else ""
        found = (
            f": {len(result.new_people)} new people, {result.events} events, {result.demands} demands"
            if result.added
            else ""
        )
        print(f"{result.name}: {result.message}{what}{found}")
    return 0


def _size_limit(path: Path) -> int:
    """How many bytes a file may have: a saved page carries its markup, so it may be larger than an article."""
    from knowledge.corpus import MAX_ARTICLE_BYTES
    from knowledge.fetch import MAX_PAGE_BYTES  # here: answering a question never loads the fetcher

    return MAX_PAGE_BYTES if path.name.lower().endswith(PAGE_SUFFIXES) else MAX_ARTICLE_BYTES


def env_flag(name: str) -> bool:
    """A yes/no environment variable, read as the bot's settings read it (true/1/yes/on)."""
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def ask(
    knowledge: KnowledgeBase,
    question: str,
    *,
    as_json: bool,
    chart: Path | None = None,
    record: QuestionLog | None = None,
) -> int:
    """Answer one question, or (``-``) one per line of stdin, one answer per line, blank lines included."""
    if question == "-" and isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")  # a stray non-UTF-8 byte is one odd character, not a crash
    lines: Iterable[str] = sys.stdin if question == "-" else [question]
    failed = False
    for line in lines:
        started = time.perf_counter()
        asked = line.rstrip("\r\n")
        try:
            answer = knowledge.answer(asked)
            text = answer.model_dump_json() if as_json else answer_to_text(answer, knowledge.articles)
            if record is not None and answer.intent is not Intent.HELP:
                try:
                    record.record(answer, question=asked)
                except KnowledgeError as exc:  # the answer still goes out; the log is said to be unusable once
                    print(f"talkbot: the question was not recorded: {exc}", file=sys.stderr)
                    record = None
        except KnowledgeError as exc:  # this line cannot be answered; the next ones still are, one line each
            failed = True
            log.error("could not answer %r: %s", asked[:60], exc)
            problem = Answer(intent=Intent.HELP, query=asked[:200], found=False, message=f"Could not answer: {exc}")
            text = problem.model_dump_json() if as_json else problem.message or ""
        except Exception as exc:  # a bug: said in one line (the traceback at debug level), the next lines answered
            failed = True
            log.error("internal error answering %r: %s: %s", asked[:60], type(exc).__name__, exc)
            log.debug("internal error", exc_info=True)
            message = f"Could not answer: an internal error ({type(exc).__name__}); please report the question."
            problem = Answer(intent=Intent.HELP, query=asked[:200], found=False, message=message)
            text = problem.model_dump_json() if as_json else message
        log.info("answered %r in %.1f ms", asked.strip()[:60], (time.perf_counter() - started) * 1000)
        if question == "-" and not as_json:
            # several answers in a row read as one wall of text: each goes under the question it answers, and
            # a blank line ends it (JSON stays one object per line: the question is its "query")
            text = f"Q: {asked.strip()[:200]}\n{text}\n"
        print(text, flush=True)
        if chart is not None and not failed:
            failed = not draw_chart(answer, chart)
    return 2 if failed else 0


def print_report(questions: QuestionLog, since: dt.date | None, *, as_json: bool, forget: bool) -> int:
    """The coverage report (or, with ``forget``, an empty log)."""
    if forget:
        print(f"deleted {questions.forget()} logged questions from {questions.path}")
        return 0
    report = questions.report(since)
    print(report.model_dump_json() if as_json else report_to_text(report))
    return 0


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a day: {text!r} (use YYYY-MM-DD)") from exc


def draw_chart(answer: Answer, path: Path) -> bool:
    """Write the timeline picture of an answer; say on stderr why when there is none to draw."""
    from bot.chart import chart_events, timeline_png

    events = chart_events(answer) if answer.intent is Intent.TIMELINE else []
    if not events:
        print(f"talkbot: no chart: the answer has no dated events ({path} not written)", file=sys.stderr)
        return True  # not a failure: there is nothing to draw
    try:
        picture = timeline_png(events, f"Timeline: {answer.query}" if answer.query else "Timeline")
    except Exception as exc:  # matplotlib failing on some text: one line, the answer was printed already
        print(f"talkbot: could not draw the chart ({exc})", file=sys.stderr)
        return False
    try:
        path.write_bytes(picture)
    except OSError as exc:
        print(f"talkbot: cannot write {path} ({exc.strerror or exc})", file=sys.stderr)
        return False
    log.info("drew %d events to %s", len(events), path)
    return True


if __name__ == "__main__":
    raise SystemExit(main())
