"""``KnowledgeBase``: open a corpus's index, keep it in line with the folder, and answer questions from it.

``KnowledgeBase.answer(text) -> Answer`` routes a command or a free question (``answering.router``) to one
intent, each in its own module over the shared ranking (``answering.ranking``): ``timeline``, ``who``,
``demands``, ``search``. Every item cites the article and the exact sentence it comes from; when nothing
matches well enough the answer says so (``found=False``) with close suggestions.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from knowledge.actors import parties_in
from knowledge.answering.context import Context
from knowledge.answering.question import ASKED_IN_THE_PAST, Reading
from knowledge.answering.search import search as search_answer
from knowledge.answering.search import side_speaks
from knowledge.answering.who import asks_a_persons_post, role_answer
from knowledge.answering.who import who as who_answer
from knowledge.corpus import DEFAULT_CORPUS
from knowledge.errors import CorpusError, IndexUnavailableError, KnowledgeError
from knowledge.index import MEMORY, Progress, Store, SyncReport, default_index_path, is_damage
from knowledge.ingest import IngestError, IngestResult, Upload, ingest, needs_recovery, recover
from knowledge.issues import ISSUES
from knowledge.links import Batch, Source, finish, known_urls, prepare
from knowledge.locations import is_installed_bundle
from knowledge.matching import parties_in_question, suggest_names
from knowledge.models import Answer, AnswerItem, Article, Intent, Person

if TYPE_CHECKING:
    from knowledge.answering.digest import DigestArticle

# The intents other than who and search are imported when first asked (in ``_answer``): a process answering one
# question ("talkbot ask ...") loads the code of its intent only, ~0.05 s of a start on a 2-core machine.

log = logging.getLogger(__name__)
T = TypeVar("T")
# What reading a damaged row raises besides SQLite's own errors (bad JSON, a date or number that is not one).
_DECODING_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError)


@dataclass(frozen=True)
class CorpusStats:
    """What the knowledge base holds, for help screens."""

    articles: int
    first_date: str | None
    last_date: str | None
    people: int
    events: int
    demands: int
    skipped: tuple[str, ...]


class KnowledgeBase:
    """Facts from a corpus of articles, and the questions they answer."""

    def __init__(
        self, articles: Iterable[Article] = (), problems: Iterable[CorpusError] = (), *, store: Store | None = None
    ) -> None:
        if store is None:
            store = Store(MEMORY)
            store.add(list(articles))
        self.store = store
        self.problems = list(problems)
        self.folder: Path | None = None
        self.opened = SyncReport()  # what opening the folder added (a digest of it is posted at start)
        self._contexts: dict[int, Context] = {}  # by generation: what one state of the index answers from
        self._context_lock = threading.Lock()
        self._repair_lock = threading.Lock()
        self._epoch = 0  # how many times the index was set aside and rebuilt
        self.today: dt.date | None = None  # "!since 3 days" counts back from this; None is the clock's today

    @classmethod
    def from_folder(
        cls, folder: Path | str | None = None, index: Path | str | None = None, progress: Progress | None = None
    ) -> KnowledgeBase:
        """Open (or build) the index for a corpus folder and bring it up to date with the folder."""
        folder = Path(folder or DEFAULT_CORPUS)
        if not folder.is_dir():
            raise CorpusError(folder, "corpus folder not found")
        path = Path(index or default_index_path(folder))
        try:
            store = Store(path)
        except sqlite3.Error as exc:  # not damage (that is set aside inside): say what it is, in one line
            raise IndexUnavailableError(path, f"{type(exc).__name__}: {exc}") from exc
        for attempt in (1, 2):
            try:
                return cls._opened(store, folder, progress)
            except (sqlite3.DatabaseError, *_DECODING_ERRORS) as exc:
                damage = exc if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc) else store.verify()
                if damage is None or attempt == 2:
                    raise IndexUnavailableError(path, f"{type(exc).__name__}: {exc}") from exc
                log.warning("the index %s is damaged (%s): setting it aside and rebuilding it", path, damage)
                store.repair(damage)
        raise AssertionError("unreachable")  # the loop returns or raises

    @classmethod
    def _opened(cls, store: Store, folder: Path, progress: Progress | None) -> KnowledgeBase:
        """Recover and sync: the first reads, which show an index file is damaged (later ones repair it too)."""
        if needs_recovery(folder):  # checked without a lock: a start with nothing to finish never waits on a write
            with store.transaction():  # under the write lock: another process's ingest may be staging right now
                recover(folder)  # an ingest that passed its commit point before a crash is finished first
        report = store.sync(folder, progress, wait=False)  # never wait on another process's write to answer
        knowledge = cls(store=store, problems=report.problems)
        knowledge.folder = folder
        knowledge.opened = report
        return knowledge

    def reload(self, progress: Progress | None = None) -> SyncReport:
        """Pick up articles added, changed or removed on disk since opening."""
        if self.folder is None:
            return SyncReport()
        epoch = self._epoch
        try:
            report = self.store.sync(self.folder, progress)
        except (sqlite3.DatabaseError, *_DECODING_ERRORS) as exc:  # damage found on the way: repaired, then synced
            damage = exc if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc) else self.store.verify()
            if damage is None:
                raise
            self._repair(damage, epoch)
            report = self.store.sync(self.folder, progress)
        self.problems = report.problems
        return report

    def ingest(
        self,
        uploads: list[Upload],
        *,
        date: str | None = None,
        source: str | None = None,
        title: str | None = None,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Add articles to the corpus folder and the index, all or nothing (see ``knowledge.ingest``)."""
        if self.folder is None:
            raise KnowledgeError("this knowledge base has no corpus folder to add articles to")
        if is_installed_bundle(self.folder):  # site-packages: a reinstall would silently drop what was added
            raise IngestError(
                [
                    f"the bundled articles of an installed talkbot ({self.folder}) are part of the installation; "
                    "add articles to a folder of your own: --corpus FOLDER or TALKBOT_CORPUS"
                ]
            )
        epoch = self._epoch
        try:
            return ingest(self.store, self.folder, uploads, date=date, source=source, title=title, progress=progress)
        except sqlite3.DatabaseError as exc:  # the index turned out damaged: repaired, then the ingest runs again
            if not is_damage(exc):
                raise IndexUnavailableError(self.store.path, str(exc)) from exc
            self._repair(exc, epoch)
        return ingest(self.store, self.folder, uploads, date=date, source=source, title=title, progress=progress)

    def add_sources(
        self,
        sources: list[Source],
        *,
        allow_private: bool = False,
        date: str | None = None,
        source: str | None = None,
        title: str | None = None,
        timeout: float | None = None,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Add links, saved pages and article files in one all-or-nothing batch (see ``knowledge.links``)."""
        batch = self.prepare_sources(
            sources,
            allow_private=allow_private,
            date=date,
            source=source,
            title=title,
            timeout=timeout,
            progress=progress,
        )
        return self.add_batch(batch, date=date, source=source, title=title, progress=progress)

    def prepare_sources(
        self,
        sources: list[Source],
        *,
        allow_private: bool = False,
        date: str | None = None,
        source: str | None = None,
        title: str | None = None,
        timeout: float | None = None,
        progress: Progress | None = None,
    ) -> Batch:
        """The first half of ``add_sources``: fetch and read every source; nothing is written, no lock taken."""
        return prepare(
            self._reading(lambda: known_urls(self.store)),
            sources,
            folder=self.folder,
            allow_private=allow_private,
            date=date,
            source=source,
            title=title,
            timeout=timeout,
            progress=progress,
        )

    def add_batch(
        self,
        batch: Batch,
        *,
        date: str | None = None,
        source: str | None = None,
        title: str | None = None,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """The second half of ``add_sources``: the write (``ingest``), all or nothing."""

        def add(uploads: list[Upload]) -> list[IngestResult]:
            return self.ingest(uploads, date=date, source=source, title=title, progress=progress)

        return finish(batch, add)

    def _reading(self, read: Callable[[], T]) -> T:
        """Run ``read`` inside one snapshot of the index. A damaged page met on the way (a file that opened but
        does not read back) sets the file aside, rebuilds the index from the articles, and reads again, once."""
        epoch = self._epoch
        try:
            with self.store.snapshot():
                return read()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc) or self.folder is None:
                raise IndexUnavailableError(self.store.path, str(exc)) from exc
            self._repair(exc, epoch)
        except _DECODING_ERRORS:  # a stored row that does not read back, or a bug: the file decides
            damage = self.store.verify() if self.folder is not None else None
            if damage is None:
                raise
            self._repair(damage, epoch)
        with self.store.snapshot():
            return read()

    def _repair(self, error: Exception, epoch: int) -> None:
        with self._repair_lock:
            if epoch != self._epoch:
                return  # another thread repaired it meanwhile
            log.warning("the index %s is damaged (%s): setting it aside and rebuilding it", self.store.path, error)
            self.store.repair(error)
            self._contexts = {}
            if self.folder is not None:
                self.problems = self.store.sync(self.folder).problems
            self._epoch += 1

    @property
    def context(self) -> Context:
        """What the index as this thread reads it answers from; built once per generation of the index, from
        inside a snapshot (the caller's, or one of its own), so its people are that generation's."""
        if not self.store.db.in_transaction:
            return self._reading(lambda: self.context)
        generation = self.store.generation()
        context = self._contexts.get(generation)
        if context is None:
            with self._context_lock:
                context = self._contexts.get(generation)
                if context is None:
                    context = Context(self.store, self.store.people())
                    self._contexts = {g: c for g, c in self._contexts.items() if g >= generation - 1}
                    self._contexts[generation] = context
        return context

    # ----- public API -----------------------------------------------------------------------------------------

    @property
    def people(self) -> list[Person]:
        return self._reading(lambda: self.context.people)

    @property
    def articles(self) -> Mapping[str, Article]:
        return self._reading(lambda: self.context.articles)

    def answer(self, text: str) -> Answer:
        """Answer a command ("!who Peskov") or a free question ("what did Lavrov tell NBC?"), from one snapshot
        of the index: a write committed meanwhile is seen by the next question, never by half of this one."""
        return self._reading(lambda: self._answer(text))

    def read(self, text: str) -> Reading:
        """How a question is read: its intent, the people, parties and dates it names, and each party's side."""
        return self._reading(lambda: self.context.read(text))

    def _answer(self, text: str) -> Answer:
        reading = self.context.read(text)
        if not reading.parsed.command:
            from knowledge.answering.outlets import from_outlet_first, named_outlet

            outlet = named_outlet(self.context, text)  # "the swap that Politico mentions": asked without the outlet
            if outlet is not None and outlet[1].strip(" ?!."):
                return from_outlet_first(self._answer(outlet[1]), outlet[0])
        if reading.parsed.intent is Intent.SINCE:  # counts back from the clock's day: asked anew each time
            return self._answer_reading(reading)
        return self.context.answer(text, lambda: self._answer_reading(reading))

    def _answer_reading(self, reading: Reading) -> Answer:
        parsed = reading.parsed
        if parsed.problem:
            return Answer(intent=Intent.HELP, query=parsed.cleaned, found=False, message=parsed.problem)
        if self.context.today is None and parsed.intent is not Intent.HELP:  # (None: the index holds no article)
            return self._no_articles(parsed.cleaned)
        if parsed.command:
            return self._routed(reading)
        # a question holding two ("which came first, A or B?", "was X at both A and B?") is asked as two
        from knowledge.answering.compare import compare, versus

        compared = compare(parsed.cleaned, self._part)
        if compared is not None:
            return compared
        answer = self._routed(reading)
        if not answer.found:  # "X's objections to A vs to B": each side on its own, when the whole finds nothing
            return versus(parsed.cleaned, self._part) or answer
        return answer

    def _no_articles(self, query: str) -> Answer:
        """Nothing to answer from: said as such, with the files skipped and why (never "the articles do not
        mention ...", which reads as an answer about articles that were never read)."""
        skipped = [str(problem) for problem in self.problems]
        message = "No articles are indexed yet, so there is nothing to answer from."
        if skipped:
            message += f" Skipped: {'; '.join(skipped)}"
        return Answer(intent=Intent.HELP, query=query, found=False, message=message)

    def _part(self, text: str) -> Answer:
        """One part of a question holding two, routed as a question of its own (never split again)."""
        reading = self.context.read(text)
        if reading.parsed.problem:
            return Answer(intent=Intent.HELP, query=text, found=False, message=reading.parsed.problem)
        return self._routed(reading)

    def _routed(self, reading: Reading) -> Answer:
        parsed = reading.parsed
        command = parsed.command
        if parsed.intent is Intent.TIMELINE:
            from knowledge.answering.timeline import timeline as timeline_answer

            return timeline_answer(self.context, parsed.argument, is_when=parsed.is_when, command=command)
        if parsed.intent is Intent.WHO:
            answer = who_answer(
                self.context,
                parsed.argument,
                asked=parsed.cleaned if parsed.job else None,
                in_the_past=bool(ASKED_IN_THE_PAST.match(parsed.cleaned)),
            )
            if (
                not command
                # (a role the router read from the question's verb, only: "who will lead X" -> "head of X")
                and parsed.argument.startswith(("head of ", "spokesman for ", "mediator"))
                and parsed.argument.lower() not in parsed.cleaned.lower()
                and (not answer.items or answer.items[0].label is not None)
                and not parsed.job
            ):
                # "who will lead Russia's team when the plenary resumes?", read as the head of its team: no one holds
                # that role, and the question's own words may tell who will ("would hand over to X from the start of
                # the plenary"): search answers when it finds a sentence holding enough of them
                searched = search_answer(self.context, self.context.question(parsed.cleaned), intent=Intent.WHO)
                # (... one naming every side the role is asked of: "who is Ukraine's foreign minister?" is never
                # answered by a sentence on Russia's)
                sides = {party for _, _, party in parties_in(parsed.argument)}
                first = searched.items[0] if searched.found and searched.items else None
                quote = first.citations[0].quote if first is not None and first.citations else ""
                # (... and, for a mediator, one naming them: "mediated by UN special envoy Annelise Krueger-Vogt",
                # never "The mediator has put forward a proposal", which names no one)
                named = parsed.argument != "mediator" or bool(
                    first and (self.context.lookup.named_exactly(first.text) or parties_in(first.text))
                )
                if (
                    first is not None
                    and first.label is None
                    and sides <= {p for _, _, p in parties_in(quote)}
                    and named
                ):
                    return searched
            if answer.found or not parsed.job:
                return answer
            return search_answer(self.context, self.context.question(parsed.cleaned), intent=Intent.WHO)
        if parsed.intent is Intent.DEMANDS:
            from knowledge.answering.demands import demands as demands_answer

            return demands_answer(self.context, parsed.argument, command=command)
        if parsed.intent is Intent.SAID:
            from knowledge.answering.said import who_said

            return who_said(self.context, parsed.argument, command=command)
        if parsed.intent is Intent.POSITIONS:
            from knowledge.answering.positions import positions as positions_answer

            return positions_answer(self.context, parsed.argument, command=command)
        if parsed.intent is Intent.SINCE:
            from knowledge.answering.since import since as since_answer

            return since_answer(self.context, parsed.argument, today=self.today)
        if parsed.intent is Intent.HELP:
            return self.help()
        question = reading.question
        if parsed.maybe_role and (
            {person.key for person in question.people} <= question.by_office  # none by name
            or asks_a_persons_post(self.context, parsed.argument)  # ... or only as whose post it is
        ):
            held = role_answer(self.context, parsed.argument)  # "Belgian PM?", "Latvia's president?"
            if held is not None:
                return held
        if question.kind == "said" and question.people:
            from knowledge.answering.said import said_about

            return said_about(self.context, question)  # "what did Lavrov say about NATO?"
        if question.kind == "said":
            from knowledge.answering.positions import positions as positions_answer
            from knowledge.answering.said import said_by_title, side_spoke

            side = side_spoke(parsed.cleaned)
            if side is not None:  # "what did Beijing say about the sanctions?": China's position, its people's words
                found = positions_answer(self.context, f"{side[0]}'s position on {side[1]}", command=False)
                party = parties_in(side[0])[0][2]  # (one side, by ``side_spoke``: "US State Department" too)
                if all(item.label for item in found.items) and side_speaks(self.context, party):
                    # ... and when no position of its answers, what it said in its own words, as search finds them
                    # ("The State Department said on Monday it welcomed the talks" on "provocations", no issue)
                    return search_answer(self.context, question)
                return found.model_copy(update={"query": parsed.cleaned})

            titled = said_by_title(self.context, question)  # "what did the Polish president say ...?"
            if titled is not None:
                return titled
        return search_answer(self.context, question)

    # The commands as a slash command or a button passes them: the same routing, cleaning and length cap as a
    # typed "!timeline Istanbul" (``parse_question``), so no entry point skips them.

    def timeline(self, topic: str = "") -> Answer:
        return self.answer(f"!timeline {topic}")

    def who(self, name: str) -> Answer:
        return self.answer(f"!who {name}")

    def demands(self, party: str = "") -> Answer:
        return self.answer(f"!demands {party}")

    def said(self, phrase: str) -> Answer:
        return self.answer(f"!said {phrase}")

    def positions(self, party_or_issue: str = "") -> Answer:
        return self.answer(f"!positions {party_or_issue}")

    def since(self, when: str) -> Answer:
        return self.answer(f"!since {when}")

    def digest(self, added: Iterable[tuple[str, list[str]]]) -> list[DigestArticle]:
        """What newly added articles bring: (article id, new people) of each -> title, events, demands, conflicts."""
        wanted = list(added)
        from knowledge.answering.digest import digest as digest_of

        return self._reading(lambda: digest_of(self.context, wanted))

    def search(self, question: str) -> Answer:
        return self._reading(lambda: search_answer(self.context, self.context.question(question)))

    def stats(self) -> CorpusStats:
        return self._reading(lambda: self._stats())

    def _stats(self) -> CorpusStats:
        counts = self.store.counts()
        first, last = self.store.date_range()
        return CorpusStats(
            articles=counts["articles"],
            first_date=first,
            last_date=last,
            people=counts["people"],
            events=counts["events"],
            demands=counts["demands"],
            skipped=tuple(str(p) for p in self.problems),
        )

    def help(self) -> Answer:
        stats = self._reading(self._stats)
        span = f"published {stats.first_date} to {stats.last_date}" if stats.first_date else "no articles"
        items = [
            AnswerItem(
                text=f"{stats.articles} articles ({span}); {stats.people} people, {stats.events} dated "
                f"events, {stats.demands} demands."
            ),
            AnswerItem(text="!timeline [topic] — dated events, e.g. '!timeline Istanbul' or '!timeline june'"),
            AnswerItem(text="!who NAME — who someone is and what they said, e.g. '!who Peskov'"),
            AnswerItem(text="!demands [party] — what a party demands, e.g. '!demands Russia'"),
            AnswerItem(text="!positions [party|issue] — where each party stands, e.g. '!positions NATO'"),
            AnswerItem(text="!said PHRASE — who said it, e.g. '!said bloodbath' or 'who said the talks were useful?'"),
            AnswerItem(text="!since DATE — what is new since a day, e.g. '!since 2025-06-01' or '!since 3 days'"),
            AnswerItem(text="Or ask in words, e.g. 'what did Lavrov tell NBC?'"),
        ]
        message = f"Skipped: {'; '.join(stats.skipped)}" if stats.skipped else None
        return Answer(intent=Intent.HELP, query="help", found=True, items=tuple(items), message=message)

    # ----- suggestions for autocomplete and "did you mean" ----------------------------------------------------

    def people_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        return self._reading(lambda: self._people_suggestions(prefix, limit))

    def _people_suggestions(self, prefix: str, limit: int) -> list[str]:
        names = [p.name for p in self.context.people]
        if not prefix.strip():
            return names[:limit]
        return (
            suggest_names(prefix, self.context.people, limit=limit)
            or [n for n in names if prefix.lower() in n.lower()][:limit]
        )

    def party_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        parties = self._reading(self.store.parties_with_demands)
        if prefix.strip():
            wanted = parties_in_question(prefix)
            parties = [p for p in parties if p in wanted or p.lower().startswith(prefix.lower())]
        return parties[:limit]

    def position_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        """Parties with positions, then the issues, those starting with or containing the prefix first."""
        choices = [*self._reading(self.store.parties_with_positions), *ISSUES]
        wanted = prefix.strip().lower()
        if wanted:
            choices = [c for c in choices if c.lower().startswith(wanted)] + [
                c for c in choices if wanted in c.lower() and not c.lower().startswith(wanted)
            ]
        return choices[:limit]

    def topic_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        return self._reading(lambda: self.context.topic_suggestions(prefix, limit))
