"""What every intent answers from (the index, the people, the ranker), and the helpers that build cited items."""

from __future__ import annotations

import calendar
import datetime as dt
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from knowledge.acronyms import defined_forms
from knowledge.answering.question import Question, Reading, analyse, question_word_spelt
from knowledge.answering.ranking import Ranker
from knowledge.answering.router import MAX_QUESTION_CHARS, parse_question
from knowledge.answering.spelling import respelt
from knowledge.index import SentenceRow, Store
from knowledge.matching import PeopleLookup, suggest_names
from knowledge.models import Answer, AnswerCitation, AnswerItem, Article, Citation, Intent, Person
from knowledge.roles import RoleIndex
from knowledge.sources import source_label

MAX_SOURCES_PER_ITEM = 5  # an item told by many articles cites the first few and says how many
CLOSEST_LABEL = "closest sentence"  # an item that is a ranked sentence, not an extracted fact
ACRONYM_SENTENCES = 50  # sentences using an acronym read for its definition: an article defines it at first use
MEMO_KEPT = 20000  # per-fact results kept per state of the index (``Context.memo``): a few MiB
ITEMS_KEPT = 2000  # answer items kept per state of the index (``Context.item``): ~3 KiB each with citations, ~6 MiB
_MISSING = object()
T = TypeVar("T")
QUESTIONS_KEPT = 256  # analysed questions kept per state of the index: the same text asked again is not re-read
# Answers kept per state of the index, by the text asked: a team asks the same command again ("!timeline Geneva",
# a button pressed twice), and an answer depends on the text and the index alone (not "!since", which counts back
# from the clock's day); ~5 KiB each pickled (50 KiB at most): the benchmark's 883 distinct questions at 10,000
# articles added ~4 MiB to the peak RSS.
ANSWERS_KEPT = 1024


class ArticleCatalog(Mapping[str, Article]):
    """Articles by id, read from the index when first asked for."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[str, Article] = {}

    def __getitem__(self, article_id: str) -> Article:
        if article_id not in self._cache:
            self._cache[article_id] = self._store.article(article_id)
        return self._cache[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.article_ids())

    def __len__(self) -> int:
        return self._store.counts()["articles"]


@dataclass
class Context:
    """The index as one load of the knowledge base sees it."""

    store: Store
    people: list[Person]
    lookup: PeopleLookup = field(init=False)
    roles: RoleIndex = field(init=False)
    ranker: Ranker = field(init=False)
    articles: ArticleCatalog = field(init=False)
    _places: tuple[str, ...] | None = field(default=None, init=False)
    _topics: list[str] | None = field(default=None, init=False)
    _today: dt.date | None = field(default=None, init=False)
    _by_key: dict[int, Person] = field(default_factory=dict, init=False)
    _affiliations: dict[int, str | None] | None = field(default=None, init=False)
    _questions: dict[tuple[str, bool], Question] = field(default_factory=dict, init=False)
    _questions_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _acronyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, init=False)
    _memo: dict[tuple[str, Hashable], Any] = field(default_factory=dict, init=False)
    _items: dict[Hashable, AnswerItem] = field(default_factory=dict, init=False)
    _answers: dict[str, Answer] = field(default_factory=dict, init=False)
    _sources: dict[str, tuple[str | None, str | None]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._by_key = {person.key: person for person in self.people}
        self.lookup = PeopleLookup(self.people)
        self.roles = RoleIndex(self.people)
        self.ranker = Ranker(self.store)
        self.articles = ArticleCatalog(self.store)

    def person(self, key: int) -> Person | None:
        return self._by_key.get(key)

    @property
    def affiliations(self) -> dict[int, str | None]:
        """Each person's party by key: who acts for whom (built once per load)."""
        if self._affiliations is None:
            self._affiliations = {key: person.affiliation for key, person in self._by_key.items()}
        return self._affiliations

    @property
    def places(self) -> tuple[str, ...]:
        if self._places is None:
            self._places = tuple(self.store.places(limit=200))
        return self._places

    @property
    def today(self) -> dt.date | None:
        """The latest article's date: "since June" is the last June there is news of."""
        if self._today is None:
            latest = self.store.date_range()[1]
            self._today = dt.date.fromisoformat(latest) if latest else None
        return self._today

    def question(self, text: str, *, command: bool = False) -> Question:
        """The question analysed against this state of the index; analysed once however many intents ask."""
        key = (text, command)
        found = self._questions.get(key)
        if found is None:
            found = analyse(
                text,
                self.lookup,
                self.store.contains_stem,
                command=command,
                places=self.places,
                today=self.today,
                acronyms=self.acronym_forms,
                spelt_as=self.ranker.spelt_as,
                role_holder=self.role_holder,
            )
            with self._questions_lock:  # the bot's worker threads share this context
                if len(self._questions) >= QUESTIONS_KEPT:
                    self._questions.pop(next(iter(self._questions)), None)
                self._questions[key] = found
        return found

    def role_holder(self, role: str) -> Person | None:
        """The one person the articles give a role ("UN envoy"), or None when nobody or several hold it, or the one
        holding it is of no stated side for a role that names one."""
        holders = self.roles.holders(role)
        if len(holders) != 1:
            return None
        if not holders[0].party_unstated:
            return holders[0].person
        from knowledge.answering.who import party_by_context  # (who reads the context: imported when needed)

        # ... or, of no stated side, the one whose own sentences point to the side the role names ("Brazil has
        # positioned itself ... Foreign Minister Rafael Tavares Lima is proposing ...")
        found = party_by_context(self, role, holders)
        return found.person if found is not None else None

    def acronym_forms(self, acronym: str) -> tuple[tuple[str, ...], ...]:
        """The spelled-out forms the articles define for an acronym ("NSDC"), as stems; read once per load."""
        found = self._acronyms.get(acronym)
        if found is None:
            rows = self.store.search_sentences(f'"{acronym.lower()}"', ACRONYM_SENTENCES, ranked=False)
            found = defined_forms(acronym, (row.text for row in rows))
            with self._questions_lock:  # shared by the bot's worker threads; keyed by what users type: bounded
                if len(self._acronyms) >= QUESTIONS_KEPT:
                    self._acronyms.pop(next(iter(self._acronyms)), None)
                self._acronyms[acronym] = found
        return found

    def read(self, text: str) -> Reading:
        """A question read once: its intent and cues (``router``) and what it names (``analyse``)."""
        # (a question word typed wrong, "Wher was ...", "whta did ...", is the one it stands for to every reader)
        known = self.store.contains_stem
        parsed = parse_question(
            question_word_spelt(respelt(text, known), known) if len(text) <= MAX_QUESTION_CHARS else text
        )
        if parsed.problem:
            return Reading(parsed, Question(text=parsed.cleaned))
        return Reading(parsed, self.question(parsed.argument.strip(" ?!."), command=parsed.command))

    def memo(self, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
        """What ``compute`` gives for ``key``, computed once for this state of the index: work that depends on a fact
        and the index, not on the question (an event's conflicts, its acting party), which questions on one topic
        would repeat for the same items. Bounded; the older half goes when full."""
        return _kept(self._memo, MEMO_KEPT, (kind, key), compute, self._questions_lock)

    def item(self, key: Hashable, compute: Callable[[], AnswerItem]) -> AnswerItem:
        """The item ``compute`` builds for ``key``, built once for this state of the index: an item made of a fact
        alone (an event's clause, date, sources and conflicts), which questions on one topic show again (1,390
        distinct among the 7,583 event items of the benchmark's 1,200 questions). Bounded like ``memo``."""
        return _kept(self._items, ITEMS_KEPT, key, compute, self._questions_lock)

    def answer(self, text: str, compute: Callable[[], Answer]) -> Answer:
        """The answer ``compute`` gives for the text asked, computed once for this state of the index (the same
        answer, as answers are frozen). Bounded like ``memo``."""
        return _kept(self._answers, ANSWERS_KEPT, text, compute, self._questions_lock)

    def cite(self, citations: Iterable[Citation]) -> tuple[AnswerCitation, ...]:
        """Citations as answers show them, each article once per quote, with a label a reader can look up."""
        unique = dict.fromkeys((c.article, c.quote) for c in citations)
        cited = []
        for article_id, quote in unique:
            source, url = self._source(article_id)
            cited.append(AnswerCitation(article=article_id, quote=quote, source=source, url=url))
        return tuple(cited)

    def _source(self, article_id: str) -> tuple[str | None, str | None]:
        """An article's source label and address, read once per state of the index (not its whole text per quote)."""
        found = self._sources.get(article_id)
        if found is None:
            article = self.store.article_heading(article_id)  # the label needs the text only of an untitled one
            found = (source_label(article), article.url) if article else (None, None)
            self._sources[article_id] = found
        return found

    def sentence_item(self, row: SentenceRow, label: str | None = CLOSEST_LABEL) -> AnswerItem:
        return AnswerItem(text=row.text, citations=self.cite([row.sentence.citation()]), label=label)

    def not_mentioned(self, intent: Intent, query: str, name: str, what: str) -> Answer:
        """Not found, with the closest names the articles do mention."""
        suggestions = suggest_names(name, self.people)
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        return Answer(
            intent=intent,
            query=query,
            found=False,
            suggestions=tuple(suggestions),
            message=f"The articles do not mention {what}.{hint}",
        )

    def topic_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        if self._topics is None:  # two scans of the events: once per load, not once per miss
            months = [f"{calendar.month_name[int(m[5:7])]} {m[:4]}" for m in self.store.event_months()]
            self._topics = list(self.places[:15]) + [p.name for p in self.people[:10]] + months
        topics = self._topics
        if prefix.strip():
            wanted = prefix.lower()
            close = [t for t in topics if wanted in t.lower()]
            others = [p for p in self.people if p.name not in close]
            # the people list itself when no one was left out: its names are processed for matching once
            close += suggest_names(prefix, others if len(others) < len(self.people) else self.people, limit=3)
            topics = close
        return list(dict.fromkeys(topics))[:limit]


K = TypeVar("K", bound=Hashable)


def _kept(kept: dict[K, Any], limit: int, key: K, compute: Callable[[], T], lock: threading.Lock) -> T:
    """What ``compute`` gives for ``key``, kept in ``kept`` (the older half dropped when it holds ``limit``)."""
    found = kept.get(key, _MISSING)
    if found is _MISSING:
        found = compute()
        with lock:  # the bot's worker threads share it: no eviction while another inserts
            if len(kept) >= limit:
                for old in list(islice(kept, len(kept) // 2)):
                    kept.pop(old, None)
            kept[key] = found
    return found  # type: ignore[no-any-return]
