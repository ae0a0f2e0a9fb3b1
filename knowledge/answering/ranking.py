"""Ranked sentence retrieval, the first step of every answer: BM25 over stems, then named things as constraints.

1. Candidates: FTS5 over the sentences' stems (bm25 order), OR of the question's stems and their lexicon
   family, plus the sentences that name or quote a person the question names.
2. Score: Okapi BM25 (k1 1.2, b 0.75) computed here over the same stems, so a family word counts at its
   discount and a word too common to bring candidates still counts. A content word missing from a sentence
   but present in the sentence before it counts at ``CONTEXT_WEIGHT`` ("... in Alaska." then "“I don't
   think any formal agreements were reached,” he told TVN24"). The article's headline, scored the same way,
   adds ``TITLE_WEIGHT`` of its score to every sentence of the article: the story a sentence belongs to
   (the dated sentence of a story headlined "... trilateral Geneva talks").
3. Named things are constraints: each person, party or place the question names multiplies the score by how
   close it is (in the sentence or said by that person 1.0, in the headline 0.8, in the sentence before 0.7,
   elsewhere in the article 0.45, nowhere 0), floored at ``ENTITY_FLOOR`` so a sentence lacking one ranks
   last, not never.
4. The kind of answer asked for ("where", "how many", "how long", "what did X say") lifts sentences that hold
   one (a place, a number, a duration, X speaking); a date the question names lifts sentences stating it.
5. A content word found nowhere in a sentence's article lowers it by its share of the question's weight
   (``ABSENT_WORD_PENALTY``): the story is about something else. (As applied today, every sentence as if its article
   used none of them: see ``EVERY_WORD_ABSENT``.)

Plain BM25 is step 1-2 alone; the rest only re-orders what it finds, which is how answers stay at least as
good as search.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from knowledge.actors import PLACE_ALIASES, parties_in
from knowledge.answering.answer_types import kind_booster, may_boost
from knowledge.answering.question import (
    LONG_TYPED_WORD,
    Question,
    TermGroup,
    asker_verb,
    kind_words,
    party_phrases,
    party_stems,
    passive_verbs,
    verbs_before_to,
)
from knowledge.answering.question_dates import date_matches
from knowledge.answering.subjects import question_verb
from knowledge.extract.people import surname_of
from knowledge.extract.speakers import ANSWER_OPENING, ASKED_LINE
from knowledge.index import SentenceRow, Store
from knowledge.lexicon import ANYONE_WORDS
from knowledge.models import Person
from knowledge.text import STOPWORDS, fold, stem, stems, words
from knowledge.vocabulary import FILLER_WORDS, GENERIC_MODIFIERS, PART_WORDS

K1 = 1.2  # BM25's usual constants (Robertson; Lucene and FTS5 use the same)
B = 0.75
CANDIDATES = 200  # FTS5 candidates scored per question (cheaply: their own words and named things)
PERSON_CANDIDATES = 100  # sentences naming or quoting a person the question names, added to the candidates
RANKINGS_KEPT = 8  # rankings remembered: the intents of one answer, in each of a few threads
RESCORED = 60  # the best of them scored fully (context, headline, article, dates)
COMMON_ROWS = 1000  # a stem in more sentences than this brings no candidates (it still counts in the score):
# ranking every row of a long posting list is what makes FTS5 slow (RESEARCH.md), and such a stem's idf is low.
# Below about 100 articles nothing is left out; at 10,000 articles "russia" or "talks" would be.
ENOUGH_CANDIDATES = 20  # when only common stems remain, their AND is tried first, their OR if it brings fewer
CONTEXT_WEIGHT = 0.35  # a word found only in the sentence before counts this much ...
# ... and this much in a sentence that opens by pointing back to it ("The Ukrainian delegation has also been
# expanded. It includes ..."): its "It" is the delegation, so the words naming it are the sentence's own, nearly
POINTING_BACK_WEIGHT = 0.8
FOLLOWERS_READ = 10  # the best first-pass rows whose next sentence is read for one pointing back (a read of 10 rows)
TITLE_WEIGHT = 0.3  # the article's headline, scored like a sentence, adds this much to each of its sentences
NO_WORD_FLOOR = 0.01  # a sentence with none of the question's words still ranks by the named things it holds,
# far below any holding a word ("will Zelensky get into NATO soon?": the sentence on NATO without "soon")
ENTITY_FLOOR = 0.2  # a sentence lacking a named thing keeps this share of its score
IN_SENTENCE, IN_TITLE, IN_CONTEXT, IN_ARTICLE = 1.0, 0.8, 0.7, 0.45
# A person the article's lead names is who its story is about: a later "the talks" are theirs (news writing names
# the actors in the first sentence and refers back to them after), as close as the sentence before.
IN_LEAD = IN_CONTEXT
_ANYONE = frozenset(stem(word) for word in ANYONE_WORDS)
MIN_SHARE = 0.4  # a relevant answer holds at least this share of the question's word weight (idf)
# ... from five letters: a real four-letter word the articles never use would be read as another with one letter
# more ("tank" -> "thank", "cost" -> "coast"), as often as a typo ("spek") would be mended
TYPO_MIN_LETTERS = 5
TYPO_CUTOFF = 85  # a question word the articles never use is read as the closest word they do, above this
TYPO_SWAP_MIN = 4  # stems this long (a word of five letters or more, as above); three letters swapped are a guess
TYPO_TWO_EDITS_MIN = LONG_TYPED_WORD  # a typed word this long may hold two slips; a shorter one two off is another
_WORD_ENDINGS = ("s", "es", "er", "ers", "ed", "ing", "ion", "ions")  # the endings a stem's own words add
TYPO_PAST_STEM_MIN = 6  # a typed word this long may hide its typo before an ending; shorter ones are guesses
TYPO_PREFIX = 6  # ... or as a known stem this long that it begins with ("negoti" for "negotiatior"); shorter ones
# ("talk", "meet") begin too many unrelated words
ABSENT_WORD_PENALTY = 0.6  # the share of the question's weight found nowhere in an article costs this much of it
# ... as applied since 2e29658 (2026-11-24): its article-wide check read the articles' words through a generator that
# ``Reader.article_stems`` consumed twice, so it found no word in any article and every sentence kept this share of
# its score, the same for all. Every answer since was given and checked that way; restoring the check changes
# answers, which is a ranking change of its own; reading the words for a result never used is not made.
EVERY_WORD_ABSENT = 1 - ABSENT_WORD_PENALTY
DATE_BOOST = 1.6  # a question naming a date ("on May 23") lifts sentences stating an event on it ...
PUBLISHED_BOOST = 1.2  # ... and, less, sentences of articles published that day ("a few hours ago")
ARTICLE_DATE_BOOST = 1.1  # ... and, least, the other sentences of an article telling that day's news
DAYS_OF_A_DAYS_EVENT = 2  # an event told "on March 23-25" is of each of those days; "this week" only spans them
DAY_NEWS_SPAN = 7  # days an event may span and still tell an asked day's news (a week's talks; never a month)
ARTICLE_EVENTS_READ = 200  # an article's events read to see whether it tells of a day (more than any article has)
HEADING_FACTOR = 0.85  # a headline or banner can answer a search, but a sentence in the body reads better

POINTS_BACK = re.compile(r"^[\s\"“‘']*(?:They|It|This|These|Those|He|She)\b")
# ... its own words, not a quotation's: in "“They are bold,” he said" whom "they" means is the speaker's to say
REFERS_BACK = re.compile(r"^\s*(?:They|It|This|These|Those|He|She)\b")
# ... and either, or an interview's answer to the question before it ("Q: What is the biggest obstacle?" - "A:
# Sequencing."), in one test (the ranking asks it of every candidate)
_POINTS_OR_ANSWERS = re.compile(rf"^[\s\"“‘']*(?:(?:They|It|This|These|Those|He|She)\b|{ANSWER_OPENING})")
_REFERS_OR_ANSWERS = re.compile(rf"^\s*(?:(?:They|It|This|These|Those|He|She)\b|{ANSWER_OPENING})")


def points_back(text: str) -> bool:
    """``POINTS_BACK``, or an interview's answer to the question before it ("A: Sequencing.")."""
    return _POINTS_OR_ANSWERS.match(text) is not None


def _refers_back(text: str) -> bool:
    """Whether a sentence opens by pointing back to the one before: a pronoun, or an interview's answer."""
    return _REFERS_OR_ANSWERS.match(text) is not None


# Nouns asked by what names them, not by themselves: "the swap deal" is the swap, however the articles call the deal
_GENERIC_HEADS = frozenset("deal deals agreement agreements accord accords arrangement pact".split())
# ... never after a word as generic, which names a kind of agreement, not which one ("the framework agreement")
_GENERIC_KINDS = frozenset("framework outline broader comprehensive overall".split())


@dataclass(frozen=True)
class Hit:
    """A ranked sentence: its score, the share of the question's words it holds, and its named-thing coverage."""

    row: SentenceRow
    score: float
    share: float  # 0..1: the question's idf weight found in the sentence (or, at a discount, the one before)
    coverage: float  # 0..1: the least close named thing (1 when the question names none)
    previous: SentenceRow | None = None
    matched: frozenset[int] = frozenset()  # the question's content words (by index) found here, before or above
    matched_here: frozenset[int] = frozenset()  # ... found in the sentence itself or in its article's headline
    on_date: bool = False  # states an event on the date the question names, or its article came out that day
    on_the_day: bool = False  # ... an event of that very day (or of a few days round it)
    on_a_span: bool = False  # ... only an event of a week or month holding that day ("later this month")

    @property
    def relevant(self) -> bool:
        """Holds enough of the question, and every named thing is at least in its article."""
        return self.share >= MIN_SHARE and self.coverage >= IN_ARTICLE


@dataclass(frozen=True)
class _Entity:
    kind: str  # "person", "party", "place"
    keys: frozenset[int]  # a person: everyone the name may mean
    stems: tuple[str, ...]
    party: str | None
    forms: tuple[tuple[str, ...], ...] = ()  # a place's other written forms ("NSDC" for the council's name)

    @property
    def written(self) -> tuple[tuple[str, ...], ...]:
        """Every form of a place, its own first."""
        return (self.stems, *self.forms)


class Ranker:
    """Ranks sentences for a question; one per knowledge base, no state between questions but caches."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._corrections: dict[str, str | None] = {}
        # the last few rankings, by question and flags: one answer asks for the same ranking several times
        self._recent: dict[tuple[int, bool, bool], tuple[Question, int, list[Hit]]] = {}
        self._recent_lock = threading.Lock()
        # the named things of the last few questions: each ranking reads them two or three times, and a surname many
        # people bear stems every alias of each of them
        self._named: dict[int, tuple[Question, list[_Entity]]] = {}

    def rank(self, question: Question, limit: int = 50, *, with_people: bool = True, broad: bool = True) -> list[Hit]:
        """The best sentences for a question, best first. ``broad=False`` never ranks the long posting lists of a
        question made only of common words (a caller that has candidates of its own)."""
        key = (id(question), with_people, broad)
        recent = self._recent.get(key)
        if recent is not None and recent[0] is question and recent[1] >= limit:
            return recent[2][:limit]
        hits = self._rank(question, max(limit, RESCORED), with_people=with_people, broad=broad)
        with self._recent_lock:
            if len(self._recent) >= RANKINGS_KEPT:
                self._recent.pop(next(iter(self._recent)), None)
            self._recent[key] = (question, max(limit, RESCORED), hits)
        return hits[:limit]

    def rank_where(self, question: Question, limit: int, keep: Callable[[SentenceRow], bool]) -> list[Hit]:
        """``rank(question, limit)`` with only the hits whose sentence ``keep`` accepts, in the same order: the others
        are never scored in full ("what did X say": half the best sentences are someone else's). A ranking already
        made for the question is filtered instead; this one is not kept (it is not the whole ranking)."""
        recent = self._recent.get((id(question), True, True))
        if recent is not None and recent[0] is question and recent[1] >= limit:
            return [hit for hit in recent[2][:limit] if keep(hit.row)]
        # each hit's score depends on its own sentence alone, so scoring fewer changes none, nor their order
        return self._rank(question, max(limit, RESCORED), with_people=True, keep=keep)[:limit]

    def _rank(
        self,
        question: Question,
        limit: int,
        *,
        with_people: bool,
        broad: bool = True,
        keep: Callable[[SentenceRow], bool] | None = None,
    ) -> list[Hit]:
        groups = self._with_corrections(question.groups)
        if self._names_unknown_thing(question, groups):
            return []
        rows: dict[int, SentenceRow] = {}
        ranked = any(g.stems for g in groups)  # with no words to weigh, bm25 order means nothing: skip its cost
        for query in self._fts_queries(groups, question, broad=broad):
            rows |= {row.id: row for row in self.store.search_sentences(query, CANDIDATES, ranked=ranked)}
            if len(rows) >= ENOUGH_CANDIDATES:
                break
        if with_people:
            wanted: list[int] = []  # everyone's sentences read at once (a bare surname: up to 50 people's)
            for group in question.named_people:
                each = max(PERSON_CANDIDATES // len(group), 10)  # a bare surname many bear: a few of each
                for person in group:
                    wanted += self.store.mentioning_ids(person.key, each)
            found = self.store.sentences(wanted)
            rows |= {i: found[i] for i in wanted if i in found}
        parts: dict[int, list[float]] = {}  # each sentence's BM25 parts, shared by both passes (same words, weights)
        shortlist = self._first_pass(question, groups, list(rows.values()), limit, parts)
        if groups:
            # a sentence pointing back to a close one ("The Ukrainian delegation has also been expanded. It includes
            # ...") may hold none of the words that name its subject: it is scored too, with the words before it
            listed = {row.id for row in shortlist}
            following = self._following(shortlist[:FOLLOWERS_READ])
            shortlist += [row for row in dict.fromkeys(following.values()) if row.id not in listed]
        if keep is not None:
            shortlist = [row for row in shortlist if keep(row)]
        hits = self.score(question, shortlist, groups=groups, parts=parts)
        hits.sort(key=lambda hit: (-hit.score, hit.row.id))
        return hits[:limit]

    def _first_pass(
        self,
        question: Question,
        groups: tuple[TermGroup, ...],
        rows: list[SentenceRow],
        keep: int,
        memo: dict[int, list[float]],
    ) -> list[SentenceRow]:
        """The ``keep`` candidates most likely to win: BM25 of their own words and, discounted, of the sentence
        before, times their named things, one they lack counted as if the headline held it (the most it can
        add later)."""
        if len(rows) <= keep:
            return rows
        count, average = self.store.statistics()
        frequencies = self.store.frequencies({s for g in groups for s in g.stems})
        idf = {s: _idf(df, count) for s, df in frequencies.items()}
        entities = self._entities(question)
        places = _place_stems(entities)
        booster = kind_booster(question, places) if may_boost(question) else None  # else every boost is 1.0
        people = any(e.kind == "person" for e in entities)
        mentions = self.store.mentions_in(row.id for row in rows) if people else {}
        weighted = _weighted(groups, idf)
        multipliers: dict[tuple[bool, ...], float] = {}  # by which named things a row holds: a few patterns
        holders = [_holder(e, mentions) for e in entities]
        # The sentence before is read only for rows that can still make the cut with it: its words add at most
        # CONTEXT_WEIGHT of a word's full weight, so a row whose best case (its ceiling) stays under the ``keep``-th
        # row's own score without it (its floor) cannot (the same rows come out, in the same order, as scoring every
        # sentence before).
        full = [max((w * idf.get(t, 0.0) * (K1 + 1) for t, w in g.stems.items()), default=0.0) for g in groups]
        most = [CONTEXT_WEIGHT * top for top in full]
        most_back = [POINTING_BACK_WEIGHT * top for top in full]  # (the ceiling of a row pointing back)
        most_sum = sum(max(0.0, top) for top in most)  # the ceiling's sum for a row holding none of the words
        most_back_sum = sum(max(0.0, top) for top in most_back)
        own = []
        floors, ceilings = [], []
        only = holders[0] if len(holders) == 1 else None  # one named thing: the usual question
        # the headline's words count as in ``score`` (a sentence under "... after Florida talks" that says "held
        # talks" would otherwise be cut here and never scored)
        titles = self.store.title_stems({row.article for row in rows}) if groups else {}
        asked = frozenset(s for g in groups for s in g.stems)
        headline: dict[str, float] = {}
        for article, title in titles.items():
            if not asked.isdisjoint(title):  # (most headlines hold no word of the question: no sums for them)
                headline[article] = TITLE_WEIGHT * sum(_parts(weighted, title, average))
        for row in rows:
            held = (only(row),) if only else tuple([holds(row) for holds in holders])
            multiplier = multipliers.get(held)
            if multiplier is None:
                closeness = [IN_SENTENCE if h else IN_TITLE for h in held]
                multiplier = multipliers[held] = math.prod(ENTITY_FLOOR + (1 - ENTITY_FLOOR) * c for c in closeness)
            boost = booster(row) if booster else 1.0
            if groups:
                parts = memo[row.id] = _parts(weighted, row.stems, average)
                back = _refers_back(row.text)
                above = headline.get(row.article, 0.0)
                if any(parts):
                    floors.append(max(sum(parts) + above, NO_WORD_FLOOR) * multiplier * boost)
                    ceiling = sum(map(max, parts, most_back if back else most)) + above  # or its most
                    ceilings.append(max(ceiling, NO_WORD_FLOOR) * multiplier * boost)
                else:  # no word of the question (most candidates of a name): the same sums, without the loops
                    floors.append(max(above, NO_WORD_FLOOR) * multiplier * boost)
                    ceiling = (most_back_sum if back else most_sum) + above
                    ceilings.append(max(ceiling, NO_WORD_FLOOR) * multiplier * boost)
            else:
                parts = []
            own.append((row, parts, multiplier, boost))
        if groups:
            cut = sorted(floors, reverse=True)[keep - 1]
            own = [each for each, ceiling in zip(own, ceilings, strict=True) if ceiling >= cut]
        previous = self._previous([row for row, _, _, _ in own]) if groups else {}
        ranked = []
        for row, parts, multiplier, boost in own:
            lexical = 1.0
            if groups:
                before = previous.get(row.id)
                context = _memo_parts(memo, weighted, before, average) if before else parts
                weight = POINTING_BACK_WEIGHT if _refers_back(row.text) else CONTEXT_WEIGHT
                lexical = sum(map(max, parts, [weight * other for other in context])) + headline.get(row.article, 0.0)
                lexical = max(lexical, NO_WORD_FLOOR)
            ranked.append((lexical * multiplier * boost, row))
        ranked.sort(key=lambda pair: (-pair[0], pair[1].id))
        return [row for _, row in ranked[:keep]]

    def score(
        self,
        question: Question,
        rows: list[SentenceRow],
        *,
        groups: tuple[TermGroup, ...] | None = None,
        parts: dict[int, list[float]] | None = None,
    ) -> list[Hit]:
        """Score given sentences for a question (unsorted); ``parts``: the BM25 parts already computed for these
        ``groups``, by sentence id (and those computed here go in)."""
        if not rows:
            return []
        groups = self._with_corrections(question.groups) if groups is None else groups
        count, average = self.store.statistics()
        frequencies = self.store.frequencies({s for g in groups for s in g.stems})
        idf = {s: _idf(df, count) for s, df in frequencies.items()}
        weights = [max((idf[s] for s in g.stems if frequencies[s]), default=0.0) for g in groups]
        total = sum(weights)
        previous = self._previous(rows)
        titles = self.store.title_stems(row.article for row in rows) if groups else {}
        entities = self._entities(question)
        places = _place_stems(entities)
        booster = kind_booster(question, places) if may_boost(question) else None  # else every boost is 1.0
        coverage = self._coverage(entities, rows, previous)
        spanning: set[int] = set()
        on_date = self._on_date(question, rows, spanning)
        weighted = _weighted(groups, idf)
        parts_of = functools.partial(_memo_parts, {} if parts is None else parts)
        title_parts_of: dict[str, list[float]] = {}
        multipliers: dict[tuple[float, ...], float] = {}
        hits = []
        for row in rows:
            before = previous.get(row.id)
            lexical, share = 1.0, 1.0
            found: set[int] = set()
            here: set[int] = set()  # found in the sentence itself or its headline, not only the sentence before
            if total:  # (a question whose every word no article uses ranks by what it names alone)
                own = parts_of(weighted, row, average)
                before_parts = parts_of(weighted, before, average) if before else [0.0] * len(groups)
                title_parts = title_parts_of.get(row.article)
                if title_parts is None:
                    title = titles.get(row.article, ())
                    title_parts = title_parts_of[row.article] = _parts(weighted, title, average)
                lexical, matched = TITLE_WEIGHT * sum(title_parts), 0.0
                back = before is not None and _refers_back(row.text)
                weight, credit = (POINTING_BACK_WEIGHT, POINTING_BACK_WEIGHT) if back else (CONTEXT_WEIGHT, 0.5)
                # (an answer's question is its own words: "A: Sequencing." says what "Q: What is the biggest
                # obstacle?" asks, as a headline's words are its lead's)
                answering = back and before is not None and ASKED_LINE.match(before.text) is not None
                for n, part in enumerate(own):
                    if part > 0:
                        lexical, matched = lexical + part, matched + weights[n]
                        found.add(n)
                        here.add(n)
                    elif before_parts[n] > 0 or title_parts[n] > 0:
                        lexical += weight * before_parts[n]
                        matched += credit * weights[n]
                        found.add(n)
                        if title_parts[n] > 0 or (answering and before_parts[n] > 0):
                            here.add(n)
                share = matched / total if total else 0.0
                lexical *= EVERY_WORD_ABSENT
                lexical = max(lexical, NO_WORD_FLOOR)  # no word of the question: ranked by what it names
            closeness = coverage.get(row.id, [])
            key = tuple(closeness)
            multiplier = multipliers.get(key)
            if multiplier is None:  # a few patterns of closeness among the rows
                multiplier = multipliers[key] = math.prod(ENTITY_FLOOR + (1 - ENTITY_FLOOR) * c for c in closeness)
            boost = booster(row) if booster else 1.0
            score = lexical * multiplier * boost * on_date.get(row.id, 1.0)
            score *= HEADING_FACTOR if row.heading else 1.0
            hits.append(
                Hit(
                    row,
                    score,
                    share,
                    min(closeness, default=1.0),
                    before,
                    frozenset(found),
                    frozenset(here),
                    on_date.get(row.id, 1.0) > 1.0,
                    on_date.get(row.id, 1.0) == DATE_BOOST,
                    row.id in spanning,
                )
            )
        return hits

    def telling(self, question: Question) -> frozenset[int]:
        """The question's most telling content words (``key_groups``), less the occasion it is set in when other
        words remain ("in his call with Trump": "call" says when, not what was agreed)."""
        weights = self.group_weights(question)
        # ... and less the words asking for a kind of answer ("the length of the front line": "the 1,100-km front
        # line" says it without "length")
        aside = question.settings | (kind_words(question.text) if question.kind not in (None, "names") else frozenset())
        aside |= FILLER_WORDS  # ("when he made the comment": the comment tells, not "made"; "now" tells nothing)
        aside |= passive_verbs(question.text)  # ("which companies got hit by the sanctions?": the companies tell)
        aside |= question.frames  # ("what does the moratorium cover?": the moratorium tells)
        # ... and a generic modifier ("new sanctions": the sanctions tell, "additional economic sanctions" answers)
        aside |= GENERIC_MODIFIERS
        # ... and a generic head after a word naming which ("the 1000-for-1000 deal", "the swap deal"): the modifier
        # tells, the head is the asker's word for what a sentence calls "a 1000-for-1000 exchange"
        aside |= {
            g.word
            for g in question.groups
            if g.word.lower() in _GENERIC_HEADS
            and (before := re.search(rf"([\w’'-]+)\s+{re.escape(g.word)}\b", question.text)) is not None
            and before.group(1).lower() not in STOPWORDS | GENERIC_MODIFIERS | _GENERIC_KINDS
        }
        if aside:
            kept = [0.0 if g.word in aside else w for g, w in zip(question.groups, weights, strict=True)]
            if any(kept):
                weights = kept
        return key_groups(weights)

    def group_weights(self, question: Question) -> list[float]:
        """Each content word's weight (its idf): what a share of the question is measured in."""
        groups = question.groups
        count, _ = self.store.statistics()
        frequencies = self.store.frequencies({s for g in groups for s in g.stems})
        return [max((_idf(frequencies[s], count) for s in g.stems if frequencies[s]), default=0.0) for g in groups]

    # ----- pieces ---------------------------------------------------------------------------------------------

    def _fts_queries(self, groups: tuple[TermGroup, ...], question: Question, *, broad: bool) -> list[str]:
        """FTS5 queries for candidates, tried in order until enough come back:
        1. the OR of every stem that is not too common (words, their families, names, places);
        2. each named place, person or party AND any of the words (a short posting list intersected with long
           ones);
        3. every word of the question AND the others;
        4. (``broad``, and nothing named) the OR of all, however long: the slow path, for questions of only
           common words."""
        words = list(dict.fromkeys(s for g in groups for s in g.stems))
        anchors = [tuple(place) for _, place in question.places]
        anchors += [surname_stems(group) for group in question.named_people]
        anchors += [party_stems(party) for party in question.parties if party not in question.by_seat_only]
        frequencies = self.store.frequencies(words + [s for anchor in anchors for s in anchor])
        known_words = [s for s in words if frequencies[s]]
        rare = [s for s in known_words + [s for a in anchors for s in a] if frequencies[s] <= COMMON_ROWS]
        rare = list(dict.fromkeys(rare))
        queries = [_any(rare)] if rare else []
        for anchor in anchors:
            present = [s for s in anchor if frequencies[s]]
            if present:
                named = _any(present) if anchor in anchors[len(question.places) :] else _all(present)
                queries.append(f"({named}) AND ({_any(known_words)})" if known_words else named)
        own = [g.own for g in groups if frequencies.get(g.own)]
        if len(own) > 1:
            queries.append(_all(own))
        if broad and known_words and not anchors:
            queries.append(_any(known_words))
        return list(dict.fromkeys(queries))

    def _names_unknown_thing(self, question: Question, groups: tuple[TermGroup, ...]) -> bool:
        """A compound whose modifier no article uses, in any spelling or family ("the minerals deal" over articles
        that never say "minerals"), or a count of something no article names ("how many reactors"): the thing asked
        about is not covered, whatever else it shares with them ("deal"). A lone unknown word elsewhere is not
        enough: it may be a paraphrase of what the articles say."""
        if not question.modifiers:
            return False
        unknown = {
            g.own
            for g in groups
            if not any(self.store.frequencies(list(g.stems)).values())
            and not any(self.store.contains_stem(s) for s in g.stems)  # a headline's word is covered too
        }
        # (never people counted whoever they are: "how many people died?" is answered by "the death toll rose to 17")
        return bool(unknown & set(question.modifiers) - _ANYONE)

    def absent_words(self, question: Question) -> list[str]:
        """The question's content words no article uses, in any form of their family or as a close spelling
        ("debate" over articles that never mention one): what it asks about is not there."""
        asking = (
            kind_words(question.text)
            | question.frames
            | FILLER_WORDS
            | PART_WORDS
            | verbs_before_to(question.text)
            | passive_verbs(question.text)  # ("which firms got hit by the sanctions?": "hit" is the asker's verb)
        )
        typed = set(words(question.text))  # a word a phrasal verb stands for ("comprised") was never typed: not named
        groups = self._with_corrections(tuple(g for g in question.groups if g.word not in asking and g.word in typed))
        frequencies = self.store.frequencies({s for g in groups for s in g.stems})
        return [
            g.word
            for g in groups
            if not any(frequencies.get(s) for s in g.stems) and not any(self.store.contains_stem(s) for s in g.stems)
        ]

    def holds_the_rest(self, question: Question, hit: Hit, absent: list[str]) -> bool:
        """Whether a sentence holds every other word of a question and all it names, together more than the words no
        article uses: "whose troops would sit in western Ukraine?" is answered by "troops ... deployed to western
        Ukraine" ("sit" is the asker's word for it), while "which city will host the next election debate?" is
        answered by no sentence holding "city", "host" and "election" together."""
        asking = kind_words(question.text) | question.frames | FILLER_WORDS
        # (each word as the articles spell it: "soldeirs" typed is "soldiers" held)
        rest = list(
            self._with_corrections(tuple(g for g in question.groups if g.word not in asking and g.word not in absent))
        )
        # most of what the question says, not two words of five: more words no article uses mean another subject; and
        # more than one word or one party to go on ("what steps will Estonia take on the quota?" asks for the steps)
        named = len(question.named_people) + len(question.places) + len(question.parties)
        # (the question's own verb, absent, is the asker's word for what the sentence tells in its own: "what did
        # Budanov predict about the exchange?" over "Budanov said ... could take place next week"; it names no
        # missing thing, and a word and a name are then enough to go on)
        # (... and so is any participle or past form: "when is the meeting scheduled?" over "will meet on Friday")
        verb = question_verb(question.text)
        missing = [
            word
            for word in absent
            if (verb is None or stem(word) != stem(verb)) and not asker_verb(word, question.text)
        ]
        enough = len(rest) + len(question.named_people) + len(question.places) >= 2 if not missing else False
        if len(rest) < 2 and len(question.named_people) + len(question.places) < 2 and not enough:
            return False
        # ... each in the sentence itself (a headline's word says nothing of what this sentence tells), in the asker's
        # own word or its family, and at least half in their own: "negotiate" alone is not "discussed ... talks"
        held = set(hit.row.stems)
        own = sum(1 for g in rest if g.own in held or self.spelt_as(g.word) in held)
        return (
            bool(rest)
            and len(rest) + named > len(missing)
            and all(held & g.stems.keys() for g in rest)
            and own * 2 >= len(rest)
            and hit.coverage >= IN_SENTENCE
        )

    def spelt_as(self, word: str) -> str:
        """The stem the articles use for a word, a typo read as the word it stands for ("aprove": "approv")."""
        own = stem(word)
        corrected = self._with_corrections((TermGroup(word, {own: 1.0}),))[0]
        return next((s for s in corrected.stems if s != own), own)

    def _with_corrections(self, groups: tuple[TermGroup, ...]) -> tuple[TermGroup, ...]:
        """A word the articles never use ('ceasfire') also counts as the closest word they do ('ceasefir')."""
        if not groups:
            return groups
        frequencies = self.store.frequencies([g.own for g in groups])
        fixed = []
        for group in groups:
            if frequencies[group.own] or len(group.word) < TYPO_MIN_LETTERS:  # a short word typed is close to many
                fixed.append(group)
                continue
            if group.own not in self._corrections:
                single = stem(re.sub(r"(\w)\1", r"\1", group.word))  # "usefull", "ceasefirre": a doubled letter
                known = single != group.own and self.store.frequencies([single])[single]
                self._corrections[group.own] = single if known else self._closest_stem(group.own, fold(group.word))
            closest = self._corrections[group.own]
            fixed.append(TermGroup(group.word, group.stems | {closest: 0.9}) if closest else group)
        return tuple(fixed)

    def _closest_stem(self, typed: str, word: str) -> str | None:
        terms = self.store.terms_starting(typed[0])
        best = process.extractOne(typed, terms, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        if best:
            return str(best[0])
        # two letters swapped ("cheif", "goverment" aside): one edit for the optimal string alignment distance,
        # which ``fuzz.ratio`` counts as two
        if len(typed) >= TYPO_SWAP_MIN:
            letters = sorted(typed)
            swaps = [t for t in terms if len(t) == len(typed) and sorted(t) == letters]
            swapped = process.extractOne(typed, swaps, scorer=OSA.distance, score_cutoff=1) if swaps else None
            if swapped:
                return str(swapped[0])
            # one letter wrong, missing or extra in a short word ("truse"), which ``fuzz.ratio`` scores 80: the
            # articles' most used word one edit away (a guess between several, so the commonest)
            near = [t for t in terms if abs(len(t) - len(typed)) <= 1 and OSA.distance(typed, t, score_cutoff=1) <= 1]
            if near:
                counts = self.store.frequencies(near)
                return max(near, key=lambda t: (counts.get(t, 0), t))
        # a typo before an ending the stemmer cuts ("minster": "minist" + "er", one letter dropped), which neither
        # ratio above sees, the stem being cut short of the typed word: a known stem one edit from the word's start,
        # whose own word with the typed ending stems back to it (so "expect" is never "expel" + "t")
        if len(word) >= TYPO_PAST_STEM_MIN:
            cut = [t for t in terms if len(t) >= TYPO_SWAP_MIN + 1 and t[:2] == word[:2] and len(t) < len(word)]
            before_ending = [
                t
                for t in cut
                for k in (len(t) - 1, len(t), len(t) + 1)
                if len(word) > k and OSA.distance(word[:k], t, score_cutoff=1) <= 1 and stem(t + word[k:]) == t
            ]
            if before_ending:
                counts = self.store.frequencies(before_ending)
                return max(before_ending, key=lambda t: (counts.get(t, 0), t))
        # two slips in a long word ("prisnors": "prisoners" with two letters swapped and one dropped): a known stem
        # whose word with a common ending is two edits from it, the same letters but one, and stems back to it (so
        # "reactors" is never "react"; nor is a real word two letters off another, "promised" never "proposed")
        if len(word) >= TYPO_TWO_EDITS_MIN:
            two_off = [
                t
                for t in terms
                if t[:3] == word[:3] and any(_two_slips(word, t + ending, t) for ending in _WORD_ENDINGS)
            ]
            if two_off:
                counts = self.store.frequencies(two_off)
                return max(two_off, key=lambda t: (counts.get(t, 0), t))
        # a typo past the stem the articles' word has ("negotiatiors": the stemmer cannot cut a word it does not
        # know, so it keeps "negotiatior" whole): the longest known stem it starts with, if long enough to mean one
        prefixes = [t for t in terms if len(t) >= TYPO_PREFIX and typed.startswith(t) and t != typed]
        return max(prefixes, key=len) if prefixes else None

    def _on_date(self, question: Question, rows: list[SentenceRow], spanning: set[int]) -> dict[int, float]:
        """Boosts for sentences stating an event on the date the question names (or published that day); ``spanning``
        gains the sentences whose only event on it is a week or month holding the day asked."""
        date = question.date
        if not (date.bounded or date.month):  # "in May" alone lifts May's news of any year
            return {}
        boosts: dict[int, float] = {}
        events = self.store.events_of_sentences(row.id for row in rows)
        for sentence_id, found in events.items():
            matching = [row for row in found if date_matches(row.start, row.end, date)]
            if matching:
                # (a day asked is told by an event of that day, or of talks of a few days round it; one spanning a week
                # or a month, "later this week", only spans it: "how many were swapped on April 13?" is the swap told
                # on that day first, not the plan to swap "later this week")
                precise = not date.day or any((row.end - row.start).days <= DAYS_OF_A_DAYS_EVENT for row in matching)
                boosts[sentence_id] = DATE_BOOST if precise else PUBLISHED_BOOST
                if not precise:
                    spanning.add(sentence_id)
        published = self.store.published(row.article for row in rows)
        for row in rows:
            day = published.get(row.article)
            # (a sentence stating its own date of another time is no news of the day it was published: "the first
            # summit took place on August 15" in an October article is not October's)
            if row.id not in boosts and row.id not in events and day is not None and date_matches(day, day, date):
                boosts[row.id] = PUBLISHED_BOOST
        if date.day:  # "Zelensky's take on the Nov 30 talks": a sentence of the article reporting that day's news
            telling: dict[str, bool] = {}
            for row in rows:
                if row.id in boosts or row.id in events:
                    continue  # (one stating its own day of another time tells that day: "in Geneva on Nov. 23")
                if row.article not in telling:
                    told = self.store.events_of_article(row.article, ARTICLE_EVENTS_READ)
                    # (a day's news, told to the day: "in January" in an article of February is no news of Jan 23)
                    telling[row.article] = any(
                        (e.end - e.start).days <= DAY_NEWS_SPAN and date_matches(e.start, e.end, date) for e in told
                    )
                if telling[row.article]:
                    boosts[row.id] = ARTICLE_DATE_BOOST
        return boosts

    def _following(self, rows: list[SentenceRow]) -> dict[int, SentenceRow]:
        """The sentence after each, when it opens by pointing back ("They target Rosneft and Lukoil"): it says what
        this one is about, as the sentence before may."""
        return {row_id: after for row_id, after in self.next_of(rows).items() if points_back(after.text)}

    def next_of(self, rows: list[SentenceRow]) -> dict[int, SentenceRow]:
        """The sentence after each of ``rows`` in its article, by row id."""
        found = self.store.sentences(row.id + 1 for row in rows) if rows else {}
        return {
            row.id: after
            for row in rows
            if (after := found.get(row.id + 1)) is not None and after.article == row.article
        }

    def previous_of(self, rows: list[SentenceRow]) -> dict[int, SentenceRow]:
        """The sentence before each of ``rows`` in its article, by row id."""
        return self._previous(rows) if rows else {}

    def _previous(self, rows: list[SentenceRow]) -> dict[int, SentenceRow]:
        """The sentence before each (same article; ids run on within an article)."""
        wanted = {row.id - 1: row for row in rows if row.index > 0}
        found = self.store.sentences(wanted)
        return {wanted[i].id: row for i, row in found.items() if row.article == wanted[i].article}

    def _entities(self, question: Question) -> list[_Entity]:
        """The people, parties and places a question names (never changed by a caller: they are kept)."""
        kept = self._named.get(id(question))
        if kept is not None and kept[0] is question:
            return kept[1]
        entities = self._named_in(question)
        with self._recent_lock:
            if len(self._named) >= RANKINGS_KEPT:
                self._named.pop(next(iter(self._named)), None)
            self._named[id(question)] = (question, entities)
        return entities

    def _named_in(self, question: Question) -> list[_Entity]:
        entities = [
            _Entity("person", frozenset(p.key for p in group), surname_stems(group), None)
            for group in question.named_people
        ]
        named_affiliations = {p.affiliation for p in question.people}
        # (a capital named as the place, "riyadh", is no second constraint as its country, unless the question names
        # the country too: "what did Russia propose in Moscow?")
        seats = {party for name, _ in question.places for _, _, party in parties_in(name)}
        seats -= {party for s, e, party in parties_in(question.text) if fold(question.text[s:e]) not in PLACE_ALIASES}
        entities += [
            _Entity("party", frozenset(), party_stems(party) or tuple(stems(party)), party, party_phrases(party))
            for party in question.parties
            if party not in named_affiliations and party not in question.by_seat_only and party not in seats
        ]
        places = {place: name for name, place in reversed(question.places)}  # one each ("Riyadh", "riyadh")
        entities += [
            _Entity("place", frozenset(), place, None, question.forms_of(name)) for place, name in places.items()
        ]
        return entities

    def _coverage(
        self, entities: list[_Entity], rows: list[SentenceRow], previous: dict[int, SentenceRow]
    ) -> dict[int, list[float]]:
        """For each sentence, how close each named thing is."""
        if not entities:
            return {}
        ids = [row.id for row in rows] + [row.id for row in previous.values()]
        people = any(e.kind == "person" for e in entities)
        mentions = self.store.mentions_in(ids) if people else {}
        articles = {row.article for row in rows}
        titles = self.store.title_sets(articles)
        leads = self.store.lead_sets(articles) if people else {}
        untitled: frozenset[str] = frozenset()
        holders = [_holder(e, mentions) for e in entities]  # ``mentions`` grows below: the holders see it
        in_titles: dict[str, list[bool]] = {}  # by article: which named things its headline holds, when first asked

        def in_title_of(article: str) -> list[bool]:
            found = in_titles.get(article)
            if found is None:
                title = titles.get(article, untitled)
                found = in_titles[article] = [_in_title(e, title) for e in entities]
            return found

        here = {row.id: [holds(row) for holds in holders] for row in rows}
        # the sentence after is read only for sentences that miss a named thing in themselves and their headline
        lacking = [
            row
            for row in rows
            if not all(here[row.id]) and not all(map(_either, here[row.id], in_title_of(row.article)))
        ]
        following = self._following(lacking)
        if people and following:
            mentions |= self.store.mentions_in(r.id for r in following.values())
        result: dict[int, list[float]] = {}
        # (levels, place, article) of each named thing that only its article may hold, by thing: the articles' words
        # are read once the loop is done, for those articles alone
        in_doubt: list[list[tuple[list[float], int, str]]] = [[] for _ in entities]
        for row in rows:
            before = previous.get(row.id)
            after = following.get(row.id)
            held_here = here[row.id]
            if all(held_here):  # every named thing in the sentence itself: the usual case for a named person's rows
                result[row.id] = [IN_SENTENCE] * len(entities)
                continue
            in_title = in_title_of(row.article)
            levels = []
            for n, (entity, holds, held) in enumerate(zip(entities, holders, held_here, strict=True)):
                if held:
                    levels.append(IN_SENTENCE)
                elif in_title[n]:
                    levels.append(IN_TITLE)
                elif entity.kind == "person" and _in_title(entity, leads.get(row.article, untitled)):
                    levels.append(IN_LEAD)
                elif (before is not None and holds(before)) or (after is not None and holds(after)):
                    levels.append(IN_CONTEXT)
                else:
                    in_doubt[n].append((levels, len(levels), row.article))
                    levels.append(0.0)
            result[row.id] = levels
        for entity, doubts in zip(entities, in_doubt, strict=True):
            if doubts:
                where = self._articles_with(entity, {article for _, _, article in doubts})
                for levels, place, article in doubts:
                    levels[place] = IN_ARTICLE if article in where else 0.0
        return result

    def _articles_with(self, entity: _Entity, articles: set[str]) -> set[str]:
        """The articles naming a person (by a surname), a party (by any name) or a place (all its words)."""
        vocabulary = self.store.article_stems(articles)
        if not entity.stems:
            return set()
        if entity.kind == "place":
            return {a for a, have in vocabulary.items() if any(set(form) <= have for form in entity.written)}
        return {
            a
            for a, have in vocabulary.items()
            if not have.isdisjoint(entity.stems) or any(set(form) <= have for form in entity.forms)
        }


def _any(stems: list[str] | tuple[str, ...]) -> str:
    return " OR ".join(f'"{s}"' for s in stems)


def _all(stems: list[str] | tuple[str, ...]) -> str:
    return " AND ".join(f'"{s}"' for s in stems)


def _idf(df: int, count: int) -> float:
    """BM25's idf, the variant that stays positive for words in most sentences (Lucene's)."""
    return math.log(1 + (count - df + 0.5) / (df + 0.5)) if df else 0.0


@dataclass(frozen=True)
class _Weighted:
    """The question's stems with their weight times idf (the first factor of every ``_parts`` term), once per
    question: by group, and by stem (the groups it is in), so a sentence is scanned for the stems it shares."""

    groups: int
    by_stem: dict[str, tuple[tuple[int, float], ...]]
    stems: frozenset[str]


def _weighted(groups: tuple[TermGroup, ...], idf: dict[str, float]) -> _Weighted:
    by_stem: dict[str, list[tuple[int, float]]] = {}
    for n, group in enumerate(groups):
        for token, weight in group.stems.items():
            by_stem.setdefault(token, []).append((n, weight * idf.get(token, 0.0)))
    return _Weighted(len(groups), {t: tuple(each) for t, each in by_stem.items()}, frozenset(by_stem))


def _parts(weighted: _Weighted, tokens: tuple[str, ...], average: float) -> list[float]:
    """Each group's BM25 part in a text (0 when absent): the best of its stems, at the stem's weight."""
    parts = [0.0] * weighted.groups
    shared = weighted.stems.intersection(tokens)
    if not shared:
        return parts
    norm = K1 * (1 - B + B * len(tokens) / average)
    by_stem = weighted.by_stem
    for token in shared:
        tf = tokens.count(token)
        for n, weight_idf in by_stem[token]:
            part = weight_idf * tf * (K1 + 1) / (tf + norm)
            if part > parts[n]:
                parts[n] = part
    return parts


def _memo_parts(memo: dict[int, list[float]], weighted: _Weighted, row: SentenceRow, average: float) -> list[float]:
    """``_parts`` of a sentence, once per ranking (the first pass and the full score read the same sentences)."""
    found = memo.get(row.id)
    if found is None:
        found = memo[row.id] = _parts(weighted, row.stems, average)
    return found


def surname_stems(people: tuple[Person, ...]) -> tuple[str, ...]:
    """The stems of the surnames of every name these people go by: what shows one of them in a sentence."""
    return tuple(dict.fromkeys(s for p in people for alias in p.aliases for s in stems(surname_of(alias))))


def _either(first: bool, second: bool) -> bool:
    return first or second


def _in_title(entity: _Entity, title: frozenset[str]) -> bool:
    """A place the headline (its stems) names whole, or a person it names by a surname ("Putin-Witkoff meeting")."""
    if not entity.stems or entity.kind == "party":
        return False
    if entity.kind == "person":
        return not title.isdisjoint(entity.stems)
    return any(set(form) <= title for form in entity.written)


def _holder(entity: _Entity, mentions: dict[int, tuple[int, ...]]) -> Callable[[SentenceRow], bool]:
    """``_holds`` for one entity, its kind decided once: the first pass asks it of every candidate."""
    keys, own = entity.keys, frozenset(entity.stems)
    if entity.kind == "person":
        return lambda row: not keys.isdisjoint(mentions.get(row.id, ())) or row.speaker in keys
    if entity.kind == "party":
        if entity.forms:  # a name of several words ("Holy See"): all of them
            phrases = [frozenset(form) for form in entity.forms]
            return lambda row: not own.isdisjoint(row.stems) or any(phrase <= set(row.stems) for phrase in phrases)
        return lambda row: not own.isdisjoint(row.stems)
    written = entity.written
    if all(len(form) == 1 for form in written):
        single = frozenset(form[0] for form in written)
        return lambda row: not single.isdisjoint(row.stems)
    return lambda row: _holds(entity, row, mentions)


def _holds(entity: _Entity, row: SentenceRow, mentions: dict[int, tuple[int, ...]]) -> bool:
    if entity.kind == "person":
        return not entity.keys.isdisjoint(mentions.get(row.id, ())) or row.speaker in entity.keys
    tokens = set(row.stems)
    if entity.kind == "party":  # any of the party's names: "Kyiv", "Ukrainian", "Kiev", "Holy See"
        return not tokens.isdisjoint(entity.stems) or any(set(form) <= tokens for form in entity.forms)
    return any(all(s in tokens for s in form) for form in entity.written)


def key_group(weights: list[float]) -> int | None:
    """The question's most telling content word (highest idf), when it has several."""
    if len(weights) < 2 or not max(weights):
        return None
    return max(range(len(weights)), key=lambda n: weights[n])


def key_groups(weights: list[float]) -> frozenset[int]:
    """The question's most telling content words: the rarest, and any as rare (equally rare words are equally
    telling: "when were the Rosneft and Lukoil sanctions announced?" is told by a sentence with either)."""
    if len(weights) < 2 or not max(weights):
        return frozenset()
    top = max(weights)
    return frozenset(n for n, weight in enumerate(weights) if weight >= top - 1e-9)


def _place_stems(entities: Iterable[_Entity]) -> list[tuple[str, ...]]:
    return [e.stems for e in entities if e.kind == "place"]


def _two_slips(word: str, spelt: str, known: str) -> bool:
    """Whether ``word`` is ``spelt`` (a known stem's word) with two slips, one of them a swap: the same letters but one,
    two edits apart counting a swap as one, and ``spelt`` stemming back to ``known`` (so "reactors" is never "react";
    nor a real word two letters off another, "promised" never "proposed", nor "blockade" "blocked")."""
    if stem(spelt) != known:
        return False
    typed, other = Counter(word), Counter(spelt)
    if sum(((typed - other) + (other - typed)).values()) > 1:
        return False
    swapped = OSA.distance(word, spelt, score_cutoff=2)
    return swapped <= 2 and Levenshtein.distance(word, spelt) > swapped
