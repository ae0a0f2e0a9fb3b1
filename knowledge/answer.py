"""Answer questions from the facts: ``KnowledgeBase.answer(text) -> Answer`` and the intents beneath it.

Every item cites the article and the exact sentence it comes from. When nothing matches well enough the
answer says so (``found=False``) with close suggestions; a weak match is never dressed up as an answer.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from knowledge.corpus import DEFAULT_CORPUS, load_articles
from knowledge.errors import CorpusError
from knowledge.facts import Facts, build_facts
from knowledge.intents import parse_question
from knowledge.matching import (
    match_person,
    match_role,
    parties_in_question,
    people_in_question,
    suggest_names,
)
from knowledge.models import (
    Answer,
    AnswerCitation,
    AnswerItem,
    Article,
    Citation,
    Demand,
    Event,
    Intent,
    Person,
    Sentence,
)
from knowledge.text import term_overlap, terms

MAX_ITEMS = 8  # a chat answer, not a report; the full timeline is the exception
WHO_STATEMENTS = 4
SEARCH_MIN_SCORE = 0.5  # share of the question's content words a sentence must contain
EVENT_MIN_SCORE = 0.34
WHEN_RELATIVE_CUT = 0.8  # "when did X?": keep events scoring within 80% of the best
TOPIC_RELATIVE_CUT = 0.6
FILLER = frozenset(
    [
        "when",
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "what",
        "which",
        "who",
        "how",
        "timeline",
        "happen",
        "happened",
        "happening",
        "date",
        "day",
        "time",
        "tell",
        "show",
        "give",
        "me",
        "about",
    ]
)
DEMAND_FILLER = FILLER | frozenset(
    [
        "demand",
        "demands",
        "demanded",
        "want",
        "wants",
        "wanted",
        "asking",
        "ask",
        "asks",
        "condition",
        "conditions",
        "precondition",
        "preconditions",
        "insist",
        "insists",
        "insisted",
        "terms",
        "call",
        "calls",
        "called",
        "for",
    ]
)
_MONTH_WORDS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTH_WORDS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name and name != "May"}


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

    def __init__(self, articles: list[Article], problems: Iterable[CorpusError] = ()) -> None:
        self.problems = list(problems)
        self.facts: Facts = build_facts(articles)
        self._vocabulary = {w for s in self.facts.sentences for w in re.findall(r"[a-zà-ÿ]+", s.text.lower())}

    @classmethod
    def from_folder(cls, folder: Path | str | None = None) -> KnowledgeBase:
        loaded = load_articles(folder or DEFAULT_CORPUS)
        return cls(loaded.articles, loaded.problems)

    # ----- public API -----------------------------------------------------------------------------------------

    @property
    def people(self) -> list[Person]:
        return self.facts.people

    @property
    def articles(self) -> dict[str, Article]:
        return self.facts.articles

    def answer(self, text: str) -> Answer:
        """Answer a command ("!who Peskov") or a free question ("what did Lavrov tell NBC?")."""
        parsed = parse_question(text)
        if parsed.problem:
            return Answer(intent=Intent.HELP, query=parsed.cleaned, found=False, message=parsed.problem)
        if parsed.intent is Intent.TIMELINE:
            return self.timeline(parsed.argument, question=parsed.cleaned)
        if parsed.intent is Intent.WHO:
            return self.who(parsed.argument)
        if parsed.intent is Intent.DEMANDS:
            return self.demands(parsed.argument)
        if parsed.intent is Intent.HELP:
            return self.help()
        return self.search(parsed.argument)

    def stats(self) -> CorpusStats:
        dates = sorted(a.published.isoformat() for a in self.facts.articles.values())
        return CorpusStats(
            articles=len(dates),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            people=len(self.facts.people),
            events=len(self.facts.events),
            demands=len(self.facts.demands),
            skipped=tuple(str(p) for p in self.problems),
        )

    def help(self) -> Answer:
        stats = self.stats()
        span = f"published {stats.first_date} to {stats.last_date}" if stats.first_date else "no articles"
        items = [
            AnswerItem(
                text=f"{stats.articles} articles ({span}); {stats.people} people, {stats.events} dated "
                f"events, {stats.demands} demands."
            ),
            AnswerItem(text="!timeline [topic] — dated events, e.g. '!timeline Istanbul' or '!timeline june'"),
            AnswerItem(text="!who NAME — who someone is and what they said, e.g. '!who Peskov'"),
            AnswerItem(text="!demands [party] — what a party demands, e.g. '!demands Russia'"),
            AnswerItem(text="Or ask in words, e.g. 'what did Lavrov tell NBC?'"),
        ]
        message = f"Skipped: {'; '.join(stats.skipped)}" if stats.skipped else None
        return Answer(intent=Intent.HELP, query="help", found=True, items=tuple(items), message=message)

    def who(self, name: str) -> Answer:
        """Who someone is (role, affiliation, aliases) and what they said or did, with citations."""
        query = name.strip(" ?!.")
        if not query:
            return Answer(
                intent=Intent.WHO,
                query=name,
                found=False,
                message="Whom should I look up? Try '!who Lavrov'.",
                suggestions=tuple(p.name for p in self.people[:5]),
            )
        person = match_person(query, self.people) or match_role(query, self.people)
        if person is None:
            return self._not_mentioned(Intent.WHO, query, query, f"anyone called '{query}'")
        return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(self._profile(person)))

    def demands(self, text: str = "") -> Answer:
        """What a party (or person) demands, best match to any topic first."""
        query = text.strip(" ?!.")
        people = people_in_question(query, self.people)
        parties = parties_in_question(query) or [p.affiliation for p in people if p.affiliation]
        topic = [t for t in terms(query) if t not in DEMAND_FILLER and not _names_party_or_person(t, people)]
        pool = self.facts.demands
        if parties:
            pool = [d for d in pool if d.party in parties]
        if not pool:
            known = sorted({d.party for d in self.facts.demands})
            who = ", ".join(parties) if parties else query
            return Answer(
                intent=Intent.DEMANDS,
                query=query,
                found=False,
                suggestions=tuple(known),
                message=f"The articles state no demands by {who}. Parties with demands: {', '.join(known)}.",
            )
        scored = [(self._demand_score(d, topic, people), order, d) for order, d in enumerate(pool)]
        if topic:
            best = max(score for score, _, _ in scored)
            if best > 0:
                scored = [s for s in scored if s[0] >= best * TOPIC_RELATIVE_CUT]
        scored.sort(key=lambda s: (-s[0], s[1]))
        items = [self._demand_item(d) for _, _, d in scored[:MAX_ITEMS]]
        return Answer(intent=Intent.DEMANDS, query=query, found=True, items=tuple(items))

    def timeline(self, topic: str = "", question: str | None = None) -> Answer:
        """Dated events about a topic (a date, a place, a person, words), in date order."""
        query = topic.strip(" ?!.")
        is_when = bool(question and re.match(r"^\s*(?:when|what date|which day|on what day)\b", question, re.I))
        year, month, day = _date_filter(query)
        events = [e for e in self.facts.events if e.date and _date_matches(e, year, month, day)]
        people = people_in_question(query, self.people)
        topic_terms = [
            t for t in terms(query) if t not in FILLER and not _is_date_word(t) and not _names_person(t, people)
        ]
        if topic_terms or people:
            scored = [(self._event_score(e, topic_terms, people), e) for e in events]
            scored = [s for s in scored if s[0] >= EVENT_MIN_SCORE]
            if scored:
                best = max(score for score, _ in scored)
                cut = WHEN_RELATIVE_CUT if is_when else TOPIC_RELATIVE_CUT
                scored = [s for s in scored if s[0] >= best * cut]
                if is_when:
                    scored = sorted(scored, key=lambda s: -s[0])[:3]
            events = [e for _, e in scored]
        if not events:
            return Answer(
                intent=Intent.TIMELINE,
                query=query,
                found=False,
                suggestions=tuple(self.topic_suggestions(query)),
                message=f"The articles give no dated event about '{query}'.",
            )
        events.sort(key=_chronological)
        items = [
            AnswerItem(text=e.text, date=e.date.iso if e.date else None, citations=_cite(e.citations)) for e in events
        ]
        return Answer(intent=Intent.TIMELINE, query=query, found=True, items=tuple(items))

    def search(self, question: str) -> Answer:
        """The sentences that best answer a free question, with the people it names weighing most."""
        query = question.strip()
        people = people_in_question(query, self.people)
        topic = [t for t in terms(query) if t not in FILLER and not _names_party_or_person(t, people)]
        unknown = self._unknown_names(query, people)
        if unknown:
            return self._not_mentioned(Intent.SEARCH, query, unknown, f"'{unknown}'")
        scored = []
        for sentence in self.facts.sentences:
            score = self._sentence_score(sentence, topic, people)
            if score >= SEARCH_MIN_SCORE:
                scored.append((score, sentence))
        scored.sort(key=lambda s: -s[0])
        if not scored:
            return Answer(
                intent=Intent.SEARCH,
                query=query,
                found=False,
                suggestions=tuple(self.topic_suggestions(query)),
                message="The articles do not seem to cover that. Try '!help' for what they do cover.",
            )
        items = [AnswerItem(text=s.text, citations=_cite([s.citation()])) for _, s in scored[:5]]
        return Answer(intent=Intent.SEARCH, query=query, found=True, items=tuple(items))

    def _not_mentioned(self, intent: Intent, query: str, name: str, what: str) -> Answer:
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

    # ----- suggestions for autocomplete and "did you mean" ----------------------------------------------------

    def people_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        names = [p.name for p in self.people]
        if not prefix.strip():
            return names[:limit]
        return (
            suggest_names(prefix, self.people, limit=limit) or [n for n in names if prefix.lower() in n.lower()][:limit]
        )

    def party_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        parties = [party for party, _ in Counter(d.party for d in self.facts.demands).most_common()]
        if prefix.strip():
            wanted = parties_in_question(prefix)
            parties = [p for p in parties if p in wanted or p.lower().startswith(prefix.lower())]
        return parties[:limit]

    def topic_suggestions(self, prefix: str = "", limit: int = 25) -> list[str]:
        places = Counter(e.place.split(",")[0] for e in self.facts.events if e.place)
        months = sorted(
            {
                e.date.start.strftime("%B %Y")
                for e in self.facts.events
                if e.date and e.date.precision.value in ("day", "month", "span")
            }
        )
        topics = [p for p, _ in places.most_common()] + [p.name for p in self.people[:10]] + months
        if prefix.strip():
            wanted = prefix.lower()
            close = [t for t in topics if wanted in t.lower()]
            close += suggest_names(prefix, [p for p in self.people if p.name not in close], limit=3)
            topics = close
        return list(dict.fromkeys(topics))[:limit]

    # ----- scoring -----------------------------------------------------------------------------------------------

    def _profile(self, person: Person) -> list[AnswerItem]:
        role = person.roles[0] if person.roles else None
        parts = [person.name]
        if role:
            parts.append(f"— {role}")
        if person.affiliation and (not role or person.affiliation.lower() not in role.lower()):
            parts.append(f"({person.affiliation})")
        others = [a for a in person.aliases if a != person.name and len(a.split()) > 1]
        if others:
            parts.append(f"; also written {', '.join(others)}")
        source = person.role_citations[0] if person.role_citations else person.mentions[0]
        items = [AnswerItem(text=" ".join(parts).replace(" ;", ";"), citations=_cite([source]))]
        spoken = [c for c in person.mentions if self._speaker_of(c) == person.name and c != source]
        rest = [c for c in person.mentions if c not in spoken and c != source]
        for citation in (spoken + rest)[:WHO_STATEMENTS]:
            items.append(AnswerItem(text=citation.quote, citations=_cite([citation])))
        return items

    def _speaker_of(self, citation: Citation) -> str | None:
        actor = self.facts.speakers.get((citation.article, citation.start))
        return actor.person if actor else None

    def _demand_score(self, demand: Demand, topic: list[str], people: list[Person]) -> float:
        score = term_overlap(topic, terms(demand.text + " " + demand.citation.quote))[0] if topic else 0.0
        if people and demand.actor in {p.name for p in people}:
            score += 0.5
        return score

    def _demand_item(self, demand: Demand) -> AnswerItem:
        who = demand.party + (f" (via {demand.actor})" if demand.actor else "")
        target = f" → {demand.target}" if demand.target else ""
        return AnswerItem(text=f"{who}{target}: {demand.text}", citations=_cite([demand.citation]))

    def _event_score(self, event: Event, topic: list[str], people: list[Person]) -> float:
        """Words near the date count most: in 'X said in an interview aired Sunday', Sunday is the interview."""
        text = " ".join(c.quote for c in event.citations) + " " + (event.place or "")
        focus = (event.focus or event.text) + " " + (event.place or "")
        score = 0.0
        if topic:
            score = 0.7 * term_overlap(topic, terms(focus))[0] + 0.3 * term_overlap(topic, terms(text))[0]
        if people:
            mentioned = sum(1 for p in people if any(re.search(rf"\b{re.escape(a)}\b", text) for a in p.aliases))
            share = mentioned / len(people)
            score = 0.65 * score + 0.35 * share if topic else share
        return score

    def _sentence_score(self, sentence: Sentence, topic: list[str], people: list[Person]) -> float:
        text_terms = terms(sentence.text)
        overlap, hits = term_overlap(topic, text_terms) if topic else (0.0, 0)
        if people:
            speaker = self.facts.speakers.get((sentence.article, sentence.start))
            involved = [
                p
                for p in people
                if (speaker and speaker.person == p.name)
                or any(re.search(rf"\b{re.escape(a)}\b", sentence.text) for a in p.aliases)
            ]
            if not involved:
                return 0.0
            spoke = 0.25 if speaker and speaker.person in {p.name for p in people} else 0.0
            score = 0.5 + 0.5 * overlap + spoke
            return score if not topic or hits else score * 0.6
        return overlap if hits else 0.0 - (0.5 if sentence.heading else 0.0)

    def _unknown_names(self, question: str, people: list[Person]) -> str | None:
        """A capitalised name in the question that the articles never mention: not found, not a guess."""
        corpus_words = self._vocabulary
        for match in re.finditer(r"(?<!^)(?<![.?!]\s)\b([A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*)", question):
            phrase = match.group(1)
            words = [w.lower() for w in phrase.split()]
            if all(w in corpus_words for w in words):
                continue
            if match_person(phrase, self.people) or parties_in_question(phrase):
                continue
            return phrase
        return None


def _chronological(event: Event) -> tuple[str, str]:
    """ISO text first, so a year ('2022') precedes its months ('2022-02') as string order expects; then start."""
    return (event.date.iso, event.date.start.isoformat()) if event.date else ("9999", "")


def _cite(citations: Iterable[Citation]) -> tuple[AnswerCitation, ...]:
    unique = dict.fromkeys((c.article, c.quote) for c in citations)
    return tuple(AnswerCitation(article=a, quote=q) for a, q in unique)


def _names_person(term: str, people: list[Person]) -> bool:
    return any(term in a.lower().split() for p in people for a in p.aliases)


def _names_party_or_person(term: str, people: list[Person]) -> bool:
    return bool(parties_in_question(term)) or _names_person(term, people)


def _is_date_word(term: str) -> bool:
    return term in _MONTH_WORDS or term == "may" or bool(re.fullmatch(r"(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?", term))


def _date_filter(query: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) a topic names: 'june', '2019', 'May 16', 'august 2025'."""
    low = query.lower()
    year_match = re.search(r"\b((?:19|20)\d\d)\b", low)
    year = int(year_match.group(1)) if year_match else None
    month = day = None
    for word in re.findall(r"[a-z]+", low):
        if word in _MONTH_WORDS:
            month = _MONTH_WORDS[word]
            break
        if word == "may" and re.search(r"\bmay\b(?:\s+\d|\s*$|\s+(?:19|20)\d\d)|^\s*may\b|\bin may\b", low):
            month = 5
            break
    if month:
        day_match = re.search(
            r"\b(?:[a-z]+\.?)\s+([0-3]?\d)\b(?!\d)", low[low.find(calendar.month_name[month].lower()[:3]) :]
        )
        day = int(day_match.group(1)) if day_match else None
    return year, month, day


def _date_matches(event: Event, year: int | None, month: int | None, day: int | None) -> bool:
    if event.date is None:
        return False
    start, end = event.date.start, event.date.end
    if year and not (start.year <= year <= end.year):
        return False
    if (month and not (start.month == month or end.month == month)) or (month and (end - start).days > 62):
        return False
    return not day or start.day <= day <= end.day
