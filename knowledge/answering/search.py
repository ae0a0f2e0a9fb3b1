"""Free questions: the best cited sentences, ranked (``ranking``), a few of them, or "not covered"."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import islice, pairwise

from rapidfuzz import fuzz

from knowledge.acronyms import spelled_in
from knowledge.actors import PLACE_ALIASES, parties_in, party_of
from knowledge.answering.answer_types import (
    ASKED_FOR,
    MEMBERS_LISTED,
    NEXT_ROUND,
    ROUND_PLANNED,
    UNDER_WAY,
    VENUE_ASKED,
    count_verb,
    counted_by_verb,
    holds_answer_type,
    names_a_building,
    tells_venue,
)
from knowledge.answering.conflicts import figure_conflicts, figure_corrections
from knowledge.answering.context import CLOSEST_LABEL, Context
from knowledge.answering.dating import dated_items
from knowledge.answering.question import (
    COUNT_NOUN,
    COUNT_NOW_ASKED,
    COUNT_THEN_ASKED,
    CUMULATIVE_ASKED,
    FATE_ASKED,
    FIRST_FIGURE_ASKED,
    GERUND_STEMS,
    LATEST_ASKED,
    MEMBERS_ASKED,
    OUTCOME_ASKED,
    OUTCOME_CUE,
    PAST_ASKED,
    SIZE_NOW_ASKED,
    STATE_TOLD,
    Question,
    TermGroup,
    asks_future,
    kind_words,
    ordinals_counted,
    other_ordinals_only,
    party_stems,
)
from knowledge.answering.question_dates import DateFilter
from knowledge.answering.ranking import IN_ARTICLE, IN_SENTENCE, MIN_SHARE, Hit, points_back, surname_stems
from knowledge.answering.subjects import (
    acts_in,
    clause_subject,
    fits,
    is_done_to,
    wh_subject,
    who_did_object,
    who_verb,
    whom_did_subject,
    yes_no_subject,
    yes_no_verb,
)
from knowledge.extract.dates import FUTURE_CUE
from knowledge.extract.events import LEADING_PRONOUN  # (a sentence whose subject the one before names)
from knowledge.extract.people import LOCATIVE_BEFORE, ROLE_MODIFIERS
from knowledge.extract.speakers import SUBJECT_CHARS
from knowledge.figures import figures_in
from knowledge.index import SentenceRow
from knowledge.lexicon import opposite, related, related_role, without_phrasal_verbs
from knowledge.models import Answer, AnswerItem, Intent
from knowledge.sentences import LIST_ITEM
from knowledge.text import STOPWORDS, fold, stem, stems, words
from knowledge.vocabulary import (
    ATTITUDE_VERBS,
    COUNT_WORDS,
    DEMAND_CUE,
    EVENT_NOUNS,
    FILLER_WORDS,
    FIRST_TOLD,
    LIGHT_VERBS,
    MONTH_WORDS,
    MONTHS,
    ORDINALS,
    PAST_TITLE_WORDS,
    QUESTION_WORDS,
    RANK_ABBREVIATIONS,
    READINESS_WORDS,
    RECENCY_WORDS,
    REPORT_VERBS,
    SPEECH_VERBS,
    STAGE_MODIFIERS,
    WEEKDAYS,
)

QUESTION_STEMS = frozenset(stem(word) for word in QUESTION_WORDS)  # "when", "what": no word plain search needs
_ATTITUDE_STEMS = frozenset(stem(verb) for verb in ATTITUDE_VERBS)  # "going", "wanted": their verb, however typed
SEARCH_ITEMS = 5
CORRECTION_LABEL = "corrects an earlier figure"
# "the earlier rounds", "previous talks": occasions before the one the articles report ...
_EARLIER_ASKED = re.compile(rf"\b(?:earlier|previous|prior|past|former)\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS})\b", re.I)
# ... told as such: "had previously held", "an earlier round", "the first two rounds were held", "last met in"
# (never a bare "before" or "last": "a week before the deadline", "last night")
_TOLD_AS_EARLIER = re.compile(
    rf"\b(?:{FIRST_TOLD}|prior|previous)\b|\b(?:first|opening)\s+(?:\w+\s+)?(?:{EVENT_NOUNS})\b|"
    rf"\blast\s+(?:\w+\s+)?(?:met|{EVENT_NOUNS}|time)\b|\bhad\s+(?:already\s+)?(?:held|met|hosted)\b",
    re.I,
)
FIGURE_POOL = 20  # ranked sentences compared with the first answer for another figure
PADDED_ITEMS = 3  # an answer of fewer relevant sentences shows the nearest ones after them, labelled
NEAR_SHARE = 0.5  # a near answer holds at least half the share a relevant one needs, and names everything named
NAMES_ENOUGH = 2  # named things found together in a sentence that make it a near answer without the question's words
NAMED_KEPT = 2  # sentences naming the one person asked about kept below the cut when none above it does
STATES_KEPT = 3  # counts telling how they stand kept below the cut for a count asked as it stands: a few revisions
RELATIVE_CUT = 0.35  # sentences scoring under this share of the best are left out: a short answer, not a list


# Who-verbs whose noun is also a title ("head of the delegation"): a sentence holding the title alone names someone
# who leads something, not necessarily the thing asked about
_LEADING = frozenset({stem(word) for word in ("lead", "led", "chair")} | related(stem("lead")))  # + "head", "chief"


# "a US-led mechanism", "under EU leadership", "led by NATO": a body led by a side, which answers who leads it
LED_BY_SIDE = re.compile(
    r"\b(?P<a>[\w.]+)-led\b|\bunder\s+(?:the\s+)?(?P<b>[\w.]+)\s+(?:leadership|command|chairmanship)\b|"
    r"\bled\s+by\s+(?:the\s+)?(?P<c>[\w.]+(?:\s+[\w.]+)?)",
    re.IGNORECASE,
)


_EVENT_NOUN = re.compile(EVENT_NOUNS, re.IGNORECASE)


def _object_groups(question: Question, verb: str) -> list[TermGroup]:
    """The question's content words after its verb: what the act is done to ("the ceasefire monitoring mechanism");
    none when that is an event ("who led the talks in Istanbul?" is answered by "the delegation will be headed by",
    which names no talks)."""
    at = re.search(rf"\b{re.escape(verb)}\b", question.text, re.IGNORECASE)
    after = {stem(word) for word in words(question.text[at.end() :])} if at else set()
    found = [g for g in question.groups if g.own in after and g.own != stem(verb)]
    return [] if any(_EVENT_NOUN.fullmatch(g.word) for g in found) else found


def _not_naming(context: Context, hits: list[Hit], people: frozenset[int] | set[int]) -> set[int]:
    """The hits that name none of ``people``: not by name, as speaker, by their office, nor in the sentence before
    when they open by pointing back to it ("But these efforts failed")."""
    named = context.store.mentions_in(h.row.id for h in hits)
    unnamed = [
        h.row
        for h in hits
        if not people & set(named.get(h.row.id, ()))
        and h.row.speaker not in people
        and not any(holder.key in people for holder, _ in context.lookup.by_party_office(h.row.text))
    ]
    back = context.ranker.previous_of([row for row in unnamed if _POINTS_BACK.match(row.text)])
    named_before = context.store.mentions_in(row.id for row in back.values())
    return {row.id for row in unnamed if not (row.id in back and people & set(named_before.get(back[row.id].id, ())))}


def search(context: Context, question: Question, *, intent: Intent = Intent.SEARCH) -> Answer:
    """The sentences that best answer a free question."""
    if question.unknown:
        unknown = unknown_name(context, question, intent)
        if unknown is not None:
            return unknown
        spelled = acronym_spelled_out(context, question)
        assert spelled is not None  # (``unknown_name`` answers otherwise)
        return search(context, spelled, intent=intent).model_copy(update={"query": question.text})  # as asked
    if question.kind == "said" and not question.groups and not question.date and not question.seats_as_parties().places:
        # "what did Montenegro say?": the side's words, never a sentence merely naming it ("in the Montenegrin resort")
        side = _side_words(context, question, intent, [], None)
        if side is not None:
            return side
    after_the_news = _after_the_news(context, question)
    if after_the_news is not None:
        return after_the_news
    hits = relevant_hits(context, question)
    if question.kind is None and hits and _asks_an_offer(question):
        # "what is Cyprus offering to do to get Russia and Ukraine together?": the side's own words offering it
        # ("Cyprus was ready to host a leaders' summit"), when it has any, before sentences sharing its other words
        side = _side_words(context, question, intent, [], None)
        offered = side.items[0].citations[0].quote if side is not None and side.items[0].citations else ""
        if side is not None and side.items[0].label is None and not _OFFERS.isdisjoint(stems(offered)):
            # (... then the closest sentences, labelled, as a search shows them: never fewer)
            quoted = {c.quote for item in side.items for c in item.citations}
            more = [context.sentence_item(hit.row) for hit in hits if hit.row.text not in quoted]
            return side.model_copy(update={"items": (*side.items, *more[: SEARCH_ITEMS - len(side.items)])})
    speaker = _named_speaker(question) if question.kind == "said" and hits else None
    if speaker is not None and not any(_speaks_in(hit.row, speaker) for hit in hits):
        # "what did Kushner say after the talks?" (a name the articles give no one a statement under): no sentence
        # has him say anything, only their articles name him; what someone said is told where they speak
        return not_covered(context, question, intent)
    absent: list[str] | None = None  # the question's words no article uses, read once when first needed
    if question.kind in ("how many", "amount"):  # (the ranking is kept: near_hits below reads it again for free)
        absent = context.ranker.absent_words(question)
        uncounted = _figure_not_found(context, question, hits or near_hits(context, question), absent)
        if uncounted is not None:
            return uncounted
    if not hits:
        near = near_hits(context, question)
        if not near:
            weak = weak_hits(context, question)
            if not weak:
                return _their_words(context, question, intent) or not_covered(context, question, intent)
            items = dated_items(
                context, question, [hit.row for hit in weak], [context.sentence_item(h.row) for h in weak]
            )
            message = "No sentence holds enough of that; these hold its most telling words."
            return Answer(intent=intent, query=question.text, found=True, items=tuple(items), message=message)
        rows = [hit.row for hit in near[:SEARCH_ITEMS]]
        items = dated_items(context, question, rows, [context.sentence_item(row) for row in rows])
        message = "Nothing says all of that; these sentences name what you asked about and say part of it."
        return Answer(intent=intent, query=question.text, found=True, items=tuple(items), message=message)
    # Caveats that make every sentence shown a closest one, said in the message: a word of the question no article
    # uses ("which city will host the election debate?" over articles that never mention a debate), or the kind
    # of answer asked for missing from the best sentence ("how many Patriot systems?" and no number)
    caveat = None
    absent = context.ranker.absent_words(question) if absent is None else absent
    whole: set[int] = set()  # sentences holding all the rest of a question with a word no article uses
    if absent:
        missing = ", ".join(f"'{word}'" for word in absent)
        # (never a stage the articles never name: "the original deadline" over articles that only move it is not
        # what a sentence on the deadline says, which may be the last one)
        staged = not STAGE_MODIFIERS.isdisjoint(absent)
        whole = {
            h.row.id
            for h in hits[:SEARCH_ITEMS]
            if not staged
            and context.ranker.holds_the_rest(question, h, absent)
            and holds_answer_type(question, h.row) is not False
        }
        caveat = f"No article mentions {missing}; these are the closest sentences on the rest of the question."
        if hits[0].row.id in whole:  # the asker's own word for what the sentence says: it answers
            noun = "word" if len(absent) == 1 else "words"
            caveat = f"No article uses the {noun} {missing}; the first sentence says all the rest of the question."
        elif whole and question.people:
            # ... and one naming the one asked about, which the re-ranking below puts first ("what did Tamm predict
            # about the swap?": "Tamm said the swap could take place next week", below "The swap will continue")
            noun = "word" if len(absent) == 1 else "words"
            holding = [h for h in hits[:SEARCH_ITEMS] if h.row.id in whole]
            whole = {h.row.id for h in holding} - _not_naming(
                context, holding, {person.key for person in question.people}
            )
            caveat = (
                f"No article uses the {noun} {missing}; the sentences not labelled say all the rest of the question."
                if whole
                else caveat
            )
        else:
            whole = set()
        if not whole and question.kind is None:
            # "what is Montenegro offering?" over articles that never say "offer": what the side said answers it, in
            # its own words ("Montenegro said it could provide security ..."), before sentences merely naming it
            side = _side_words(context, question, intent, absent, f"No article mentions {missing}")
            if side is not None:
                return side
    elif holds_answer_type(question, hits[0].row) is False:
        caveat = (
            "No sentence states a reason in so many words; these are the closest sentences."
            if question.kind == "why"
            else f"No sentence gives the {ASKED_FOR.get(question.kind or '', 'answer')} asked for."
        )
        typed_near = _typed_below(context, question, hits)
        if typed_near is not None:
            # "which years does the funding commitment cover?": the sentence holding most of the words ("a commitment
            # ... covered for the next two years") gives no years, one ranked just below it ("committed to ... needs
            # for 2026 and 2027") does: it comes first, labelled (it holds less of the question), never unseen
            hits = [typed_near, *(hit for hit in hits if hit.row.id != typed_near.row.id)]
            kind = ASKED_FOR[question.kind or ""]
            caveat = (
                f"No sentence holding most of the question gives the {kind} asked for; the first one, labelled, holds "
                f"less of it but gives {kind}: check that they are the ones asked about."
            )
    # a sentence without the question's most telling word ("oil" in "what oil deal did India sign?") may be about
    # something else: it is shown, but labelled, never as the answer
    telling = context.ranker.telling(question)
    shown_hits = hits[:SEARCH_ITEMS]
    as_it_stands = _count_as_it_stands(question)
    if as_it_stands:
        # a count asked as it stands: a later telling of how it stands may rank below the window ("leaving 96 people
        # in detention" under four older counts of the migrants held); it joins, the sort below puts the newest
        # first and the window is cut back after it
        shown_hits += [
            h for h in hits[SEARCH_ITEMS:] if STATE_TOLD.search(h.row.text) and holds_answer_type(question, h.row)
        ][:STATES_KEPT]
    fate_of = {p.key for p in question.people} if FATE_ASKED.search(question.text) else set()
    if fate_of and all(g.word in FILLER_WORDS for g in question.groups):
        # "what happened to Kesk?" weighs no word: every sentence naming Kesk ranks alike, in the articles' order, and
        # the one telling what became of him may be the tenth; of all of them, those telling a change or a state of
        # theirs come first, the newest article's first (the order below keeps the newest of those shown)
        changing = [h for h in hits if _fate_told(h, fate_of)]
        age = _newest_first(context, changing)
        # (... and of one article's, a change before a state: "Quispe resigned", not "the delegation is led by Quispe")
        changing.sort(key=lambda h: (age.get(h.row.article, 0), _CHANGE_TOLD.search(h.row.text) is None))
        shown_hits = (changing + [h for h in shown_hits if h not in changing])[:SEARCH_ITEMS]
    if question.kind == "where" and question.ordinal is not None and question.ordinal >= 2:
        # "where is the second round of talks?": the ordinal is no word the ranking weighs, so a sentence counting
        # the one asked and naming a place ("The second round of talks will be held in Malta rather than Iceland")
        # may rank below the closest that count none ("the next round would be held in Reykjavik"); from the whole
        # ranking, it comes first (a venue only: a count or a reason of "the second exchange" may be told without
        # the ordinal, "Originally planned as 300 for 300, it will now involve 500")
        nouns = {g.own for g in question.groups}  # (its own words: "the second day of talks" counts no round)
        called = _ordinal_called(question.ordinal)
        counting = [h for h in hits if _called_so(h.row.text, called, nouns) and holds_answer_type(question, h.row)]
        # (of those, the newest article's first: a venue planned is moved, "the second round would be held in Bogor",
        # then "moved it from Bogor to Batam", then "scheduled to open in Batam next Tuesday")
        # (... one telling where it is held before one only naming a place: "Speaking in Madrid, Torres said the
        # second round had produced a draft" is no venue of it)
        # (... and, asked where it was held, one telling it held before a plan: "Ankara hosted the second round", not
        # "the second round will be held in Kars", a plan changed since)
        age = _newest_first(context, counting)
        past = PAST_ASKED.search(question.text) is not None
        counting.sort(
            key=lambda h: (
                not tells_venue(h.row.text),
                past and ROUND_PLANNED.search(h.row.text) is not None,
                age.get(h.row.article, 0),
            )
        )
        shown_hits = (counting + [h for h in shown_hits if h not in counting])[:SEARCH_ITEMS]
    if question.ordinal == 0 and question.kind == "where":
        # "where will the next round be held?": of the closest, one calling it the next ("The next session will be
        # held in Montreux") before one that does not ("a separate meeting in Istanbul after Montreux", "will return to
        # Doha next month"); then one telling a round still to come, the best-ranked of the whole ranking added when
        # none is shown ("The third round will be held in Brasilia on April 21" may rank below sentences holding
        # "talks" in "next round of talks where?"); of those, the newest article's first
        planned = [
            h
            for h in hits
            if h not in shown_hits and ROUND_PLANNED.search(h.row.text) and holds_answer_type(question, h.row)
        ]
        # (of the plans, the newest article's: "the next round will be held in Riga on March 20" in a March 1 article
        # is no next round in one of March 25 telling "the fourth round will be held in Tallinn")
        shown_count = max(SEARCH_ITEMS, len(shown_hits))
        shown_hits += planned[:1]
        age = _newest_first(context, shown_hits)

        def as_next(hit: Hit) -> tuple[bool, int, bool]:
            called_next = NEXT_ROUND.search(hit.row.text) is not None
            told = called_next or ROUND_PLANNED.search(hit.row.text) is not None
            return not told, age.get(hit.row.article, 0) if told else 0, not called_next

        shown_hits = sorted(shown_hits, key=as_next)[:shown_count]
    elif question.ordinal in (1, -1) and question.kind not in (None, "when", "who", "said"):
        if question.kind == "how long":
            shown_hits = _in_order_asked(context, shown_hits, first=question.ordinal == 1)
        # ... a sentence calling it so first, in any words ("The opening session ... lasted six hours" for "how long
        # did the first session last?", "The first prisoner swap took place ..." for "the first exchange")
        called = _FIRST_CALLED if question.ordinal == 1 else _LAST_CALLED
        nouns = {s for g in question.groups for s in g.stems}
        # (... and for the last, of those giving what is asked, the newest article's first: "where were the most
        # recent talks held?" is told by the January talks "in the Emirati capital", not by May's "in Istanbul")
        newest_first: dict[str, int] = {}
        # (not for a count: "the latest number of troops" is the newest telling of that count, below, never a newer
        # count of other troops)
        if question.ordinal == -1 and question.kind not in ("how many", "amount"):
            newest_first = _newest_first(context, shown_hits)
        shown_hits.sort(
            key=lambda h: (
                not _called_so(h.row.text, called, nouns),
                not holds_answer_type(question, h.row) if newest_first else False,
                newest_first.get(h.row.article, 0),
            )
        )
    elif question.kind == "how many" and not _A_PART.search(question.text):
        # "how many prisoners are being exchanged?": the whole count ("would involve 1,040 people from each side")
        # before a part's ("the first stage of the exchange, involving 390 prisoners") unless a part is asked
        # ... and a count of what a side does before one another side only demanded of it ("how many soldiers is
        # Venezuela withdrawing?": "will withdraw 1,200 soldiers", not "demanded that Venezuela withdraw the roughly
        # 2,000 soldiers") unless a demand is asked
        acts = _act_stems(question)
        shown_hits.sort(key=lambda h: (_A_PART.search(h.row.text) is not None, _only_demanded(h.row.text, acts)))
    elif question.kind == "where" and question.ordinal is None and not _LATER_ASKED.search(question.text):
        # "what is the venue of the talks?": the talks the articles tell, before "the next round will be held in
        # Geneva", another round's venue; and for a venue, one naming the building ("at Verkiai Palace") first
        venue = VENUE_ASKED.search(question.text) is not None
        # ... and, of a meeting of people the question names ("Umerov Witkoff meeting place?"), one naming them all
        # in the sentence itself before one only its headline ties to them ("consultations in Geneva and Florida")
        named = context.store.mentions_in(h.row.id for h in shown_hits) if question.named_people else {}
        asked_words = {group.own for group in question.groups}  # (its own words: "negotiations" is no summit)
        shown_hits.sort(
            key=lambda h: (
                NEXT_ROUND.search(h.row.text) is not None and UNDER_WAY.search(h.row.text) is None,
                venue and not names_a_building(h.row.text),
                bool(named)
                and not (
                    all(any(p.key in named.get(h.row.id, ()) for p in group) for group in question.named_people)
                    # (... telling of the meeting asked: "asked Putin to refrain from striking Kyiv" names both, and
                    # no summit)
                    and not asked_words.isdisjoint(h.row.stems)
                ),
            )
        )
    # a "who" answer names someone; an answer to "in March" is about March: a sentence that does not is shown
    # for what it shares with the question, labelled
    dated = bool(question.date.month or question.date.day or question.date.bounded)
    mentions = context.store.mentions_in(h.row.id for h in shown_hits) if question.kind == "who" else {}
    # the parties each shown sentence names, read once for the who-tests below
    named_parties = (
        {h.row.id: {party for _, _, party in parties_in(h.row.text)} for h in shown_hits}
        if question.kind == "who"
        else {}
    )
    # (a country or body may be the "who": "who would lead the monitoring mechanism?" - "a US-led mechanism")
    asked_parties = set(question.parties)
    asked_people = {person.key for person in question.people}
    # ... but who made up a team is answered by its members' names, never by a country ("the US and Ukrainian
    # delegations met"), and first by a sentence saying who they were ("included", "represented by")
    members = question.kind == "who" and bool(MEMBERS_ASKED.search(question.text))
    unnamed_actor = False  # no sentence shown names the one person a plain question has act
    unfit = {
        h.row.id
        for h in shown_hits
        if question.kind == "who"
        and not mentions.get(h.row.id)
        and h.row.speaker is None
        and (members or not named_parties[h.row.id] - asked_parties)
    }
    if question.date.day and any(h.on_the_day for h in shown_hits):
        # "outcome of the March 16 talks?": a sentence whose only event on that day is a plan "later this month"
        # spanning it is no answer when one tells that very day; it shows, labelled
        unfit |= {h.row.id for h in shown_hits if h.on_a_span}
    if members:
        listing = {h.row.id for h in shown_hits if mentions.get(h.row.id) and MEMBERS_LISTED.search(h.row.text)}
        sided = {h.row.id for h in shown_hits if named_parties[h.row.id] & asked_parties}
        # ("The Estonian delegation has also been expanded. It includes ...": the side named in the sentence before)
        back = context.ranker.previous_of([h.row for h in shown_hits if h.row.id in listing - sided])
        sided |= {
            row_id for row_id, before in back.items() if {p for _, _, p in parties_in(before.text)} & asked_parties
        }
        shown_hits.sort(key=lambda h: (h.row.id not in listing, h.row.id not in sided))
    # "which Swiss official hosted the talks?" is answered by a sentence naming a Swiss person, not any official
    whose = _WHOSE_OFFICIAL.match(question.text) if question.kind == "who" else None
    wanted_party = {party for _, _, party in parties_in(whose.group("adjective"))} if whose else set()
    # ... and "who led Ukraine's delegation?", "who represented the US?" by one of that side, never the other's head
    side_party = _side_of_group(question.text) if question.kind == "who" and not wanted_party else set()
    # "which general was with Putin?" is answered by a sentence naming a general ("Gen. Valery Gerasimov"), not any
    # sentence naming someone
    role = (_WHICH_ROLE.match(question.text) or _BECAME_ROLE.match(question.text)) if question.kind == "who" else None
    if role is not None:
        titled = {stem(role.group("role"))} | related(stem(role.group("role")))
        titled |= {short for short, title in RANK_ABBREVIATIONS.items() if stem(title) in titled}  # "Gen. Gerasimov"
        # ... and its kind of post when the question gives it ("prime minister", not any minister)
        kind_of = {stem(w) for w in words(role.group(0)) if w in ROLE_MODIFIERS and w not in PAST_TITLE_WORDS}
        unfit |= {h.row.id for h in shown_hits if not titled & set(h.row.stems) or not kind_of <= set(h.row.stems)}
    if side_party:
        unfit |= {
            h.row.id
            for h in shown_hits
            if not _of_side(context, named_parties[h.row.id], mentions.get(h.row.id, ()), side_party)
        }
    if wanted_party:
        unfit |= {
            h.row.id
            for h in shown_hits
            if not {context.affiliations.get(key) for key in mentions.get(h.row.id, ())} & wanted_party
        }
    # "where will the next round be held?" is not answered by where the last one was: a sentence telling nothing to
    # come ("Trilateral talks in Geneva have been difficult") is at most a closest one
    if question.kind == "where" and question.ordinal == 0 and asks_future(question.text):
        unfit |= {h.row.id for h in shown_hits if not FUTURE_CUE.search(h.row.text)}
    # ... nor "where did the earlier rounds take place?" by where this one is: a sentence telling nothing before it
    # ("Trilateral talks in Geneva have been difficult") is at most a closest one ("had previously held two meetings
    # in Abu Dhabi" answers)
    if question.kind == "where" and _EARLIER_ASKED.search(question.text) and not asks_future(question.text):
        unfit |= {h.row.id for h in shown_hits if not _TOLD_AS_EARLIER.search(h.row.text)}
    # "who will replace Budanov?" is not answered by "Budanov will replace Yermak": there he acts
    # ... and "who did Yermak succeed?" by one in which Yermak is succeeded ("Budanov will replace Yermak")
    done_by = whom_did_subject(question.text, context.lookup) if question.kind == "who" else None
    if done_by is not None:
        unfit |= {h.row.id for h in shown_hits if is_done_to(h.row.text, done_by[0], done_by[1], context.lookup)}
    done_to = who_did_object(question.text, context.lookup) if question.kind == "who" else None
    if done_to is not None:
        unfit |= {h.row.id for h in shown_hits if acts_in(h.row.text, done_to[0], done_to[1], context.lookup)}
        # ... nor by one that never names Budanov ("Yermak ... since February 2020, succeeding Andriy Bohdan": someone
        # else's successor)
        unnamed = [h.row for h in shown_hits if not set(mentions.get(h.row.id, ())) & done_to[1]]
        # (... unless it opens with "He" or "She" after a sentence naming him: "He will be replaced by Koval.")
        back = context.ranker.previous_of([row for row in unnamed if LEADING_PRONOUN.match(row.text)])
        named_back = context.store.mentions_in(row.id for row in back.values()) if back else {}
        unfit |= {
            row.id for row in unnamed if not (row.id in back and set(named_back.get(back[row.id].id, ())) & done_to[1])
        }
    # "how many troops will the multinational force have?" is not answered by a sentence about another force: the
    # modifier that names the thing must be there (its own word or family)
    naming = [m for m in question.modifiers if m != question.counted]
    known = context.store.frequencies(naming) if naming else {}
    naming = [m for m in naming if known.get(m)]  # a misspelt one ("negotiatiors") is read as the word it stands for
    if naming:
        # (a sentence pointing back, "They are to be created to support ...", names it in the sentence before)
        lacking = [h.row for h in shown_hits if not any(({m} | related(m)) & set(h.row.stems) for m in naming)]
        # ... and so does one naming the thing by its noun alone right after a sentence giving it in full ("the
        # Zaporizhzhia nuclear power plant ..." then "... controlling the plant itself")
        heads = {g.own for g in question.groups} - set(question.modifiers)
        before = context.ranker.previous_of([row for row in lacking if points_back(row.text) or heads & set(row.stems)])
        # ... or its headline does ("Among the liberated are three women" under "... prisoner exchange ...")
        titles = context.store.title_sets({row.article for row in lacking}) if lacking else {}
        unnamed_rows = {
            row.id
            for row in lacking
            if not (row.id in before and any(({m} | related(m)) & set(before[row.id].stems) for m in naming))
            and not any(({m} | related(m)) & titles.get(row.article, frozenset()) for m in naming)
        }
        if as_it_stands:
            # (... but a revision of a running count told of it is of it: "the death toll from the conflict rose to
            # 37" for "how many have died in the border fighting?", after "the border death toll has risen to 35")
            running_named = set().union(
                *(_running_counts(h.row.text) for h in shown_hits if h.row.id not in unnamed_rows)
            )
            unnamed_rows = {
                row.id for row in lacking if row.id in unnamed_rows and not running_named & _running_counts(row.text)
            }
        unfit |= unnamed_rows
    # "did Russia accept the plan?" is not answered by a sentence that says nothing of accepting
    # ... nor "who announced the date?" by a sentence that says nothing of announcing
    read_verb = yes_no_verb if question.kind == "yes/no" else who_verb if question.kind == "who" else None
    verb = read_verb(question.text) if read_verb else None
    wanted = set()
    # (a light verb says nothing a sentence must: "who came with Varna?" is who accompanied her)
    if verb and stem(verb) not in STOPWORDS and stem(verb) not in _ATTITUDE_STEMS and verb.lower() not in LIGHT_VERBS:
        spelt = context.ranker.spelt_as(verb)  # "did the EU aprove ...?": approving, as the articles spell it
        wanted = {stem(verb), spelt} | related(spelt) | opposite(spelt)  # "rejected" answers "did they accept?"
        # ... and the one word a phrasal verb stands for ("did Latvia turn down the offer?": "Latvia rejected it"),
        # itself or its opposite, not its family ("who broke the news?" is not answered by "Kesk announced")
        meant = read_verb(without_phrasal_verbs(question.text)) if read_verb else None
        if meant and meant != verb:
            wanted |= {stem(meant)} | opposite(stem(meant))
        # ... and the act a verb takes as its object ("did Russia keep firing?": "the Russians continue to fire"
        # answers; "did Tamm consider leaving?" - "Tamm weighed leaving the post"), in its family too
        gerund = (
            re.search(rf"\b{re.escape(verb)}\s+(?P<act>(?-i:[a-z]{{3,}}ing))\b", question.text, re.I)
            if stem(verb.lower()) in GERUND_STEMS
            else None
        )
        if gerund is not None:
            act = context.ranker.spelt_as(gerund.group("act").lower())
            wanted |= {act} | related(act)
    # "did Russia accept the ceasefire?" is not answered by "Ukraine agreed to the ceasefire": someone else's act
    asked = yes_no_subject(question.text, context.lookup, context.affiliations) if question.kind == "yes/no" else None
    # the one asked about denying it in their own words answers "did X propose it?", before what others report of
    # it ("Kellogg accused the Times of misrepresenting his words, clarifying that he did not mean 'partitioning'")
    # (... or its side denying it through its spokesman: "did the Kremlin agree to UNICEF visits?" - "Kremlin
    # spokesman Belov denied the reports")
    denied = (
        {
            h.row.id
            for h in shown_hits
            if _DENIAL.search(h.row.text)
            and (
                asked.people & (doer := clause_subject(h.row.text, context.lookup, context.affiliations)).people
                or set(asked.parties) & set(doer.parties)
            )
        }
        if asked is not None and (asked.people or asked.parties)
        else set()
    )
    if wanted:
        # ... though "Peskov declined to comment when asked if they would meet" answers "is the meeting confirmed?",
        # and "under US leadership" answers "who leads it?"
        leading = bool(verb) and stem(verb or "") in _LEADING
        unfit |= {
            h.row.id
            for h in shown_hits
            if not wanted & set(h.row.stems)
            and not (leading and LED_BY_SIDE.search(h.row.text))
            and not (question.kind == "yes/no" and _NO_ANSWER.search(h.row.text))
            and h.row.id not in denied
        }
    if verb and stem(verb) in _LEADING:
        # "who would lead the monitoring mechanism?" is not answered by "Medinsky, the head of the Russian
        # delegation": a sentence answers who leads a thing when it names the thing led, in its own words
        # (its own words or a title's kin, "team" for "delegation": "the declaration" is no "confirmed")
        led = [{g.own} | related_role(g.own) for g in _object_groups(question, verb)]
        unfit |= {h.row.id for h in shown_hits if led and not any(own & set(h.row.stems) for own in led)}
    if question.kind == "yes/no":  # "did Russia keep fighting?" is not answered by "And if Russia kept fighting, ..."
        unfit |= {h.row.id for h in shown_hits if _IF_FIRST.match(h.row.text)}
        # ... nor "did the Kremlin accept the 30-day ceasefire?" by Russia agreeing to something else: the sentence
        # names what was accepted (in any word of its family), or the one before it does when it points back
        objects = _object_groups(question, verb) if verb else []
        if objects:
            unfit |= {
                h.row.id
                for h in shown_hits
                if not any(
                    set(g.stems) & (set(h.row.stems) | (set(h.previous.stems) if h.previous else set()))
                    for g in objects
                )
                and h.row.id not in denied
                and not _NO_ANSWER.search(h.row.text)
            }
    if asked is not None:
        unfit |= {
            h.row.id
            for h in shown_hits
            if not fits(asked, clause_subject(h.row.text, context.lookup, context.affiliations))
            and not _NO_ANSWER.search(h.row.text)  # "Peskov declined to say whether Putin agreed": about Putin
            and not _reported_of(h.row.text, asked.parties)
        }
        # ... nor by another side's own words ("did the Kremlin accept it?": a Ukrainian minister's "we agreed")
        if asked.parties and not asked.people:
            unfit |= {
                h.row.id
                for h in shown_hits
                if h.row.speaker is not None
                and context.affiliations.get(h.row.speaker) not in (None, *asked.parties)
                and not _reported_of(h.row.text, asked.parties)
            }
        # ... nor "was Witkoff at the Berlin talks?" by a sentence on the talks that never names him (by name, as
        # its speaker, or by his country's office: "U.S. president 'very disappointed'")
        if asked.people:  # (... unless it points back to a sentence naming him: "But these efforts failed")
            unfit |= _not_naming(context, shown_hits, asked.people)
    elif question.kind is None and len(question.named_people) == 1 and (actor_keys := _acting_one(context, question)):
        # "what is Varo offering to do?" is not answered by "Finland offers its own harbour": a sentence that never
        # names the one who acts in the question (by name, as speaker, by office, or pointing back) is about another
        unfit |= _not_naming(context, shown_hits, actor_keys)
        unnamed_actor = {h.row.id for h in shown_hits} <= unfit
    elif (
        question.kind is None
        and len(question.named_people) >= 2
        and (acting_two := _acting_pair(context, question.text))
    ):
        # "what deals did Modi and Putin sign in Delhi?" is not answered by a sentence naming neither of them by name
        # or as its speaker ("The Russian President's visit comes as the Trump administration strives to broker a
        # peace deal"): it is about something else the two are only near (the two acting, not naming an event:
        # "how did the official describe the Trump-Zelensky call?" is answered by a sentence on the call)
        asked_keys = acting_two
        named = context.store.mentions_in(h.row.id for h in shown_hits)
        unfit |= {
            h.row.id
            for h in shown_hits
            if not asked_keys & set(named.get(h.row.id, ()))
            and h.row.speaker not in asked_keys
            and not _POINTS_BACK.match(h.row.text)
        }
    if question.ordinal is not None and question.ordinal > 0:
        # "where will the third round be held?" is not answered by "a second round would take place in Tbilisi": a
        # sentence counting by other ordinals only tells of another event (labelled, never dropped)
        shown_words = {h.row.id: _WORDS.findall(fold(h.row.text)) for h in shown_hits}
        unfit |= {row_id for row_id, said in shown_words.items() if other_ordinals_only(said, question.ordinal)}
        # (a reason going on about the event the sentence before or its article's lead counts so tells of it too:
        # "The third round ... has been postponed" then "The envoy said the delay was needed so that ...")
        again = [h for h in shown_hits if question.kind == "why" and _THE_EVENT_AGAIN.search(h.row.text)]
        leads = context.store.lead_stems({h.row.article for h in again}) if again else {}
        told_before = [list(leads.get(h.row.article, ())) for h in again] + [
            _WORDS.findall(fold(h.previous.text)) for h in again if h.previous is not None
        ]
        if (
            caveat is None
            and question.ordinal >= 2
            and not any(question.ordinal in ordinals_counted(said) for said in [*shown_words.values(), *told_before])
        ):
            # ... and when none counts it so ("the third round" over articles telling of two), none answers it (a
            # first one is often told without the word: "talks opened in Istanbul on May 16")
            caveat = "No sentence tells of the one counted so; these are the closest sentences."
    if question.places:
        # "what did the Abu Dhabi talks agree on?" is not answered by "In these Riyadh talks, officials agreed ...":
        # a sentence telling of an occasion at another place the articles name ("in Riyadh", "the Riyadh talks"),
        # and naming none of those asked, tells of another occasion, wherever its headline is
        unfit |= _elsewhere(context, question, shown_hits)
    if question.kind == "why" and question.modifiers:
        # "why were the customs talks postponed?" is not answered by "The water talks were suspended after ...": a
        # reason told of the asked thing's head under another modifier, never the asked one, is another's (only for
        # a reason: a count or a date of "the President's Office" answers "the presidential office")
        modifiers = {context.ranker.spelt_as(m) for m in question.modifiers} | set(question.modifiers)
        unfit |= {h.row.id for h in shown_hits if _another_of_its_kind(question, h.row, modifiers)}
    # facts re-rank: the close sentences that pass every test above come first ("who made up the delegation?": one
    # naming someone; "did X accept it?": one saying X accepted), in rank order otherwise
    # "what did Kesk call the offer?": of the close sentences, those in which Kesk acts come first ("Kesk called it
    # ...", not "Varo offered talks" that only its headline ties to Kesk)
    acting: set[int] = set()
    subject = (
        wh_subject(question.text, context.lookup, context.affiliations)
        if question.kind in (None, "said", "where", "why") and question.people
        else None
    )
    if subject is not None and subject.people:
        doers = {h.row.id: clause_subject(h.row.text, context.lookup, context.affiliations).people for h in shown_hits}
        # (saying is acting: "where was Saar when she made the comment?" - "..., Saar said in Riga")
        acting = {h.row.id for h in shown_hits if doers[h.row.id] & subject.people or h.row.speaker in subject.people}
        # "what did Polishchuk accuse Kyiv of?" is not answered by "Kellogg accused the Times of ...": a sentence
        # whose clause is someone else's acting, naming none of those asked, is shown for the words it shares,
        # labelled (one whose subject is no name, "The head of Polish diplomacy described ...", "he served", may be
        # them)
        others_acting = {
            h.row.id
            for h in shown_hits
            if doers[h.row.id] and not doers[h.row.id] & subject.people and h.row.speaker not in subject.people
        }
        unfit |= others_acting & _not_naming(
            context, [h for h in shown_hits if h.row.id in others_acting], subject.people
        )
    # (a sentence holding the kind of answer asked for stays before one in which the asked-about only acts: "why did
    # Kesk and Varo meet again?" is answered by "... took place because ...", not by "Kesk will meet Varo")
    kinds = {h.row.id: holds_answer_type(question, h.row) for h in shown_hits}
    if question.kind == "why" and subject is not None and subject.people:
        # "why does Lavrov doubt the Vatican as a venue?": his own words on it give his reason, in whatever words
        # ("it would not be very comfortable for the Vatican itself to host delegations from two Orthodox
        # countries"), as a cue word would
        own_words = {
            h.row.id
            for h in shown_hits
            if h.row.speaker in subject.people and (telling & h.matched_here if telling else h.matched_here)
        }
        kinds |= dict.fromkeys(own_words, True)
        acting |= own_words
    typed = {row_id for row_id, holds in kinds.items() if holds}
    source_asked = question.kind == "who" and bool(_SOURCE_ASKED.search(question.text))
    if source_asked:
        # "who issued the statement?": a sentence telling whose statement it was ("the White House said in a
        # statement"), before one quoting it ("The statement said that ..."), whoever the statement names
        typed = {h.row.id for h in shown_hits if _SOURCE_TOLD.search(h.row.text)} or typed
    # a sentence naming the one the question asks about (by name or as its speaker) before one naming only others
    # ("where was Zelensky travelling when ...?": not Peskov's word on Istanbul, whatever place it names; one naming
    # no one may point back to them: "The discussion, their second meeting, took place because ...")
    # (a fragment naming one person, "zelensky elections timeline", asks about that person as a subject would)
    about = (
        set(subject.people)
        if subject is not None
        else {p.key for p in question.people}
        if question.kind != "who" and len(question.named_people) == 1
        else set()
    )
    named_here = context.store.mentions_in(h.row.id for h in shown_hits) if about else {}
    others_only = {
        h.row.id
        for h in shown_hits
        if named_here.get(h.row.id) and not about & set(named_here[h.row.id]) and h.row.speaker not in about
    }
    # ... and for "where is Aldo going?", one naming no one at all ("5,000 families went home to Kell") after one
    # naming him ("Aldo will leave for Geneva on Thursday"): a journey is told of the one making it (a leading "He"
    # stands for whoever the sentence before names, so it is not put back)
    if question.kind == "where" and about and _GOING_ASKED.search(question.text):
        others_only |= {
            h.row.id
            for h in shown_hits
            if not named_here.get(h.row.id) and h.row.speaker not in about and not _POINTS_BACK.match(h.row.text)
        }
    # (one in which the asked-about acts goes first only if it holds the question's most telling word: "where was
    # Zelensky travelling when he told reporters ...?" is not answered first by "Zelensky said he is ready ...")
    told = {
        h.row.id for h in shown_hits if h.row.id in acting and (telling & h.matched_here if telling else h.matched_here)
    }
    # ... and one of the time asked about before one of another time ("in October": not the August summit); a "who"
    # answer naming a person before one naming only sides ("who represented the US?": "Rubio ... attended the
    # talks" before "US and Ukrainian delegations began talks")
    # "how many inspectors in the end?": of the counts, the newest article's first (a figure that changed is
    # asked for as it stood last)
    newest: dict[int, tuple[int, int]] = {}
    fate_asked = FATE_ASKED.search(question.text) is not None
    size_asked = question.kind == "how many" and SIZE_NOW_ASKED.search(question.text) is not None
    # "what's the latest on the US plan for the plants?", "current status of the Budapest summit?": of the sentences
    # holding as much of it as any, the newest article's first (a story told again later is asked as it stands)
    news_asked = question.kind in (None, "status") and _LATEST_NEWS.search(question.text) is not None
    if as_it_stands or size_asked or fate_asked or news_asked:
        # (among the counts holding as many of the question's words as any: "holding 21 soldiers" of the later
        # article, never its "pulled back 3,000 troops", which holds fewer)
        naming_groups = _naming_groups(question)
        held = {h.row.id: _groups_named(question, h, naming_groups, kinds.get(h.row.id) is True) for h in shown_hits}
        most = max(len(held[h.row.id]) for h in shown_hits)
        # (of three naming words or more, one may be told in other words by a later article: "returning home" of
        # the question, "will go home" of the revision)
        most -= 1 if most >= SLACK_FROM_WORDS else 0
        full = [h for h in shown_hits if len(held[h.row.id]) >= most]
        if as_it_stands:
            # (... and a later telling of the same running count, in whatever other words it sets it: "the death toll
            # from the conflict rose to 37" after "the death toll from the fighting has risen to 35")
            running = set().union(*(_running_counts(h.row.text) for h in full))
            full += [
                h
                for h in shown_hits
                if h not in full
                and running & _running_counts(h.row.text)
                and kinds.get(h.row.id)
                and STATE_TOLD.search(h.row.text)
            ]
        if news_asked and not (as_it_stands or size_asked or fate_asked):
            # (every sentence holding as much: the news of it, whatever it tells; a figure asked, "latest deported
            # afghans figure", one giving a number)
            if COUNT_NOUN.search(question.text):
                full = [h for h in full if re.search(r"\d", h.row.text)] or full
        elif fate_asked:
            # "what happened to Kesk?": the newest news of a change to them ("was appointed ambassador", "was
            # dismissed", "is back after a court cleared her") or of how they stand ("is now in doubt"), never the
            # newest mention ("Kesk attended a concert")
            # (when none tells a change, the newest of them: "what happens to the road?")
            full = [h for h in full if _fate_told(h, fate_of)] or full
        elif not OUTCOME_ASKED.search(question.text):
            # ... telling how it stands ("now holding 21, up from 18", "bringing it to $12 million"), never another
            # event's count told later ("Two people were killed in a convoy attack" for "killed so far?"); a
            # question in the past or future asks how it stood then ("how many were still missing?")
            # (or told again with another figure: "had logged 14 violations", later "had logged 31 violations")
            # ("so far", "to date", "now" ask the total whatever the tense: "how many were released so far?")
            full = (
                []
                if COUNT_THEN_ASKED.match(question.text) and not CUMULATIVE_ASKED.search(question.text)
                else [h for h in full if STATE_TOLD.search(h.row.text) or _told_again(h, full)]
            )
        if size_asked:
            # ... or, a size asked as it stands ("how big is the commission?"), any count of the thing holding as
            # many of the question's words as any count does ("the commission will have 14 members", agreed after
            # "a 10-member commission" was proposed), stating how it stands or not
            counts = [h for h in shown_hits if kinds.get(h.row.id)]
            most_counted = max((len(h.matched_here & naming_groups) for h in counts), default=0)
            full += [h for h in counts if h not in full and len(h.matched_here & naming_groups) >= most_counted]
        # (never a count a plan sets for later, on a condition: "will shrink to 25 observers once the deal is signed")
        full = [h for h in full if not _CONDITIONAL_COUNT.search(h.row.text)]
        # (nor a count of years past: "In 2020, record floods displaced a total of 650,000 people")
        full = [h for h in full if not _of_years_past(h.row.text, context.today)]
        # (nor a count another side only demanded: "demanded that Venezuela withdraw the roughly 2,000 soldiers it has
        # stationed there" tells no withdrawal, however it tells the soldiers there)
        demanded_acts = _act_stems(question)
        full = [h for h in full if not _only_demanded(h.row.text, demanded_acts)]
        age = _newest_first(context, full)
        # (of one article's, the one holding more of the question's words, when any count of the thing is compared)
        # (the dead asked as they stand: a side's part of them after the rest, "Tajikistan says 14 of its citizens
        # have been killed so far" after "the death toll from the conflict rose to 37", though newer)
        dead_asked = (
            as_it_stands
            and _DEATHS_ASKED.search(question.text) is not None
            and not question.parties
            and party_of(question.counted or "") is None  # ("how many Tajiks have been killed?": the side's part)
        )
        newest = {
            h.row.id: (
                age[h.row.article] + (PART_OF_THE_DEAD if dead_asked and _A_SIDES_PART.search(h.row.text) else 0),
                -len(h.matched_here & naming_groups) if size_asked else 0,
            )
            for h in full
            if h.row.article in age
        }
    # "how many prisoners were exchanged?": a count the asked verb governs ("exchanged 812 prisoners") before one
    # another verb does or only aims at ("had agreed to exchange 840")
    other_sides = _other_sides(context, question, shown_hits)
    verb = count_verb(question)
    verb_family = {verb} | related(verb) if verb else set()
    by_verb = {h.row.id for h in shown_hits if counted_by_verb(verb, question.counted or "", h.row)} if verb else set()
    shown_hits.sort(
        key=lambda h: (
            h.row.id in unfit,
            dated and not h.on_date,
            h.row.id not in denied,
            question.kind == "who" and not source_asked and not mentions.get(h.row.id),
            # ... and one naming someone the question does not before one naming only those it does ("who attended
            # the Kesk-Varo meeting?": "... was also attended by Tamm", not "Kesk arrived for a meeting with Varo")
            question.kind == "who" and not source_asked and not set(mentions.get(h.row.id, ())) - asked_people,
            # ... a reason before a sentence naming the one asked about ("why did Kesk move Varo?": "The decision to
            # appoint Varo was driven by the need to ...", before "Kesk appointed Varo on July 18")
            question.kind == "why" and h.row.id not in typed,
            h.row.id in others_only,
            h.row.id not in typed,
            # (the side asked about before another: "how many did Serbia get back?" is not "Croatia received 240";
            # and a tie-break: "how much does Latvia lose?" is "We lose $2 million")
            h.row.id in other_sides,
            # (a count asked as it stands: the newest telling how it stands in the asked verb's words, "bringing the
            # number of people killed to 35", before a count the verb governs, "killed about 20 people" in 2011; a
            # state of something else, "still holding nine" for "how many have been released?", does not)
            # (in any word of its family: "the death toll rose to 37" for "how many have died?")
            newest.get(h.row.id, (0, 0)) if verb is None or not verb_family.isdisjoint(h.row.stems) else (0, 0),
            bool(by_verb) and h.row.id not in by_verb,  # (of the counts of the thing asked, the asked verb's first)
            newest.get(h.row.id, (0, 0)),
            bool(acting) and h.row.id not in told,
        )
    )
    shown_hits = shown_hits[:SEARCH_ITEMS]
    # ... and one without it is labelled, whatever comes first ("how many troops will the multinational force
    # number?": the sentences on the force give no number; those with a number are about other troops)
    unfit |= {row_id for row_id, holds in kinds.items() if holds is False}
    # "how many Somali fishermen ...?": a count of another side's ("22 Kenyan fishermen") is no answer, labelled
    unfit |= _other_sides_counted(question, shown_hits, kinds)
    # (a count shows what it counts in its own words: "a 23-member delegation" says how many people)
    counted_groups = (
        {i for i, g in enumerate(question.groups) if question.counted in g.stems}
        if question.kind == "how many" and question.counted
        else set()
    )
    # "where was the Putin-Trump summit to be held?": a place in a sentence naming only one of them is another
    # meeting's ("Putin approved the delegation for the talks in Turkey"); when no sentence shown names them all,
    # every one is a closest sentence
    # (... the sentence names them, or it names neither and its headline names them all: "Putin-Trump Budapest summit
    # likely to be stalled" over "preparations for the meeting between their two presidents in Budapest"; never one
    # naming only one of them, "Putin approved the delegation for the talks in Turkey", whatever its headline)
    together = question.kind == "where" and len(question.named_people) >= 2
    if together and caveat is None:
        headlines = context.store.title_sets({h.row.article for h in shown_hits})
        surnames = [frozenset(surname_stems(group)) for group in question.named_people]
        named_together = {
            h.row.id
            for h in shown_hits
            if h.coverage >= IN_SENTENCE
            or (
                all(names.isdisjoint(h.row.stems) for names in surnames)
                and all(not names.isdisjoint(headlines.get(h.row.article, frozenset())) for names in surnames)
            )
        }
        if not named_together:
            names = " and ".join(group[0].name for group in question.named_people if group)
            caveat = f"None of the sentences found names {names} together; these are the closest ones."
        unfit |= {h.row.id for h in shown_hits} - named_together
        shown_hits.sort(key=lambda h: h.row.id in unfit)  # (stable) those naming them together first
    if caveat is None and kinds[shown_hits[0].row.id] is False and question.kind in ASKED_FOR:
        caveat = f"No sentence gives the {ASKED_FOR[question.kind]} asked for."
    asked_side = _asked_side(question) if question.kind in ("how many", "amount") else None
    if caveat is None and asked_side and typed and typed <= other_sides:
        # "how much did Thailand contribute to the fund?" when every figure found is another side's, named ("Malaysia
        # would contribute $5 million"): the figures show, each a closest sentence, never as Thailand's (a figure
        # naming no side, "We lose $2 million", may be the side's own words)
        before = context.ranker.previous_of([h.row for h in shown_hits if _OPENS_WITH_PRONOUN.match(h.row.text)])
        named_others = {
            h.row.id
            for h in shown_hits
            if h.row.id in typed and _names_another_side(context, asked_side, h.row, before.get(h.row.id))
        }
        if named_others == typed:
            caveat = f"No sentence gives a figure for {asked_side}; these are the closest sentences."
            unfit |= {h.row.id for h in shown_hits}
    items = [
        context.sentence_item(
            hit.row,
            label=None
            if (not caveat or hit.row.id in whole)
            and (
                not telling
                or telling & (hit.matched_here | (counted_groups if kinds[hit.row.id] else set()))
                # (... or a reason whose sentence before holds them, which it goes on from: "Trump will not travel
                # to Turkey ..." then "the decision was made after Putin announced ...")
                or (question.kind == "why" and kinds[hit.row.id] is True and telling & hit.matched)
            )
            and (not dated or hit.on_date)
            and hit.row.id not in unfit
            else CLOSEST_LABEL,
        )
        for hit in shown_hits
    ]
    items = [_with_list(context, hit.row, item) for hit, item in zip(shown_hits, items, strict=True)]
    items = dated_items(context, question, [hit.row for hit in shown_hits], items)
    items = _pronouns_named(context, [hit.row for hit in shown_hits], items)
    # (the article's own questions are answered while the items still line up with the hits, one for one)
    answered = _answered_after(context, question, shown_hits, items)
    if answered[0] is not items[0] and answered[0].label is None and not absent:
        caveat = None  # the article's own question asked it, and the sentence after it answers, in its own words
    items = answered
    items = _by_day_asked(question.text, items)
    if question.kind == "why" and kinds[shown_hits[0].row.id] is False:
        # "why did Farid hand over the role?": the sentence telling the act gives no reason, the one after it does
        # ("Malaysian officials said he needed to focus on ..."): the reason first, then the act
        reason = _reason_after(context, question, shown_hits[0].row)
        if reason is not None:
            items = [reason, *items][:SEARCH_ITEMS]
            caveat = None
    top = items[0]
    if top.label is None and top.citations and top.citations[0].quote == shown_hits[0].row.text:
        # (the answer's own words going on in a quotation right after it are the rest of it)
        items = _quote_going_on(context, shown_hits[0].row, items)
    if unnamed_actor:
        # ... and what that person said, labelled, comes before them: "what is Varo offering?" over "Varo said Latvia
        # would be willing to host ...", which holds none of its words
        theirs = _their_words(context, question, intent)
        if theirs is not None:
            shown_quotes = {item.citations[0].quote for item in theirs.items if item.citations}
            rest = [item for item in items if not item.citations or item.citations[0].quote not in shown_quotes]
            return theirs.model_copy(update={"items": (*theirs.items, *rest)[:SEARCH_ITEMS]})
    note = caveat
    if note is None and items[0].label == CLOSEST_LABEL:
        note = "No sentence says all of that; these are the closest sentences in the articles."
    if len(items) < PADDED_ITEMS:  # a short answer goes on with the nearest sentences, labelled: never less than search
        shown = {hit.row.id for hit in hits}
        padding = [hit.row for hit in near_hits(context, question) if hit.row.id not in shown]
        padding = padding[: PADDED_ITEMS - len(items)]
        items += dated_items(context, question, padding, [context.sentence_item(row) for row in padding])
    # "how many were released?": another article's sentence on the same thing with another figure is said
    counted = question.counted if question.kind == "how many" else None
    # (for a count, any sentence ranked for the question that counts the same thing: ``figure_conflicts``)
    others = [hit.row for hit in context.ranker.rank(question, limit=FIGURE_POOL) if hit.relevant or counted]
    conflicts = figure_conflicts(context, shown_hits[0].row, others, counted)  # the first item shown, re-ranked
    if conflicts:
        items[0] = items[0].model_copy(update={"conflicts": conflicts})
    # a fragment naming what the first answer counts ("civilians among released ukrainians": "31 civilians") asks it
    # too, a noun of the question's own words before a side's
    words_asked = frozenset(s for group in question.groups for s in group.stems)
    counted_here = (
        next((noun for noun in figures_in(shown_hits[0].row.text) if noun in words_asked), None)
        if question.kind is None
        else question.counted
    )
    if (question.kind in ("how many", "amount") or counted_here) and not FIRST_FIGURE_ASKED.search(question.text):
        # "how many came home?": a later sentence correcting the first answer's figure ("397, not 412 as Kyiv had
        # initially announced") comes before it, labelled: a count is asked for as it was last told
        # (the question's words, its sides' included: "how many Ukrainians ..." is answered by "398 Ukrainians")
        stems_asked = words_asked | frozenset(stems(question.text))
        fixes = figure_corrections(context, shown_hits[0].row, others, stems_asked, counted_here)
        if fixes:
            labelled = [context.sentence_item(row, label=CORRECTION_LABEL) for row in fixes]
            fixed = dated_items(context, question, fixes, labelled)
            quoted = {row.text for row in fixes}
            kept = [item for item in items if not item.citations or item.citations[0].quote not in quoted]
            items = [*fixed, *kept][: max(len(items), SEARCH_ITEMS)]
    return Answer(intent=intent, query=question.text, found=True, items=tuple(items), message=note)


_WORDS = re.compile(r"[a-z0-9]+")  # a folded text's words, as ordinals are written ("2nd", "second")


def _other_sides(context: Context, question: Question, hits: list[Hit]) -> set[int]:
    """For a question naming one side and no person ("Ukraine position on the plant?"), the hits that neither name
    that side nor are spoken for it: after those that do (a re-ranking; none is dropped)."""
    side = _asked_side(question)
    return set() if side is None else {h.row.id for h in hits if not _for_side(context, side, h.row)}


def _asked_side(question: Question) -> str | None:
    """The one side a question names, with no person (``_other_sides``); None otherwise."""
    if len(question.parties) != 1 or question.people:
        return None
    side = question.parties[0]
    # (a place, not a side: "prisoners freed in Belarus" asks where, and sentences on the release may never name it)
    if any(
        LOCATIVE_BEFORE.search(question.text[:start]) for start, _, party in parties_in(question.text) if party == side
    ):
        return None
    return side


def _for_side(context: Context, side: str, row: SentenceRow) -> bool:
    """Whether a sentence names the side or is spoken for it."""
    return any(party == side for _, _, party in parties_in(row.text)) or _speakers_side(context, row) == side


def _speakers_side(context: Context, row: SentenceRow) -> str | None:
    """The side a sentence's speaker stands for, if it has a speaker of a known side."""
    speaker = context.person(row.speaker) if row.speaker is not None else None
    return speaker.affiliation if speaker is not None else None


def _other_sides_counted(question: Question, hits: list[Hit], kinds: dict[int, bool | None]) -> set[int]:
    """The hits counting the thing a count question asks with one side's adjective ("Somali fishermen") only with
    another side's ("22 Kenyan fishermen"); none when the question gives its count no side."""
    if question.kind != "how many" or not question.counted:
        return set()
    asked = _sides_counted(question.text, question.counted)
    if len(asked) != 1:
        return set()
    # (a count of the noun with no side's adjective may be the asked side's: "Ethiopia has 3,000 troops there,
    # alongside 4,000 Kenyan troops"; "killed nine soldiers, the Kenyan army said, and wounded three Somali soldiers")
    unfit = set()
    for hit in hits:
        told = _sides_counted(hit.row.text, question.counted) if kinds.get(hit.row.id) else set()
        if told and not told & asked and not _counted_bare(hit.row.text, question.counted):
            unfit.add(hit.row.id)
    return unfit


def _counted_bare(text: str, counted: str) -> bool:
    """Whether a text counts the noun with no capitalised word before it ("3,000 troops", "nine soldiers")."""
    return any(
        stem(fold(m.group(2))) == counted and not m.group(1)[:1].isupper()
        for m in re.finditer(r"\b(?=([\w’'-]+)\s+([a-z][\w’'-]+))", text)  # (overlapping: every word pair)
    )


def _sides_counted(text: str, counted: str) -> set[str]:
    """The sides whose adjective stands before the counted noun in a text ("Somali fishermen": Somalia)."""
    found = {party_of(m.group(1)) for m in _ADJECTIVE_NOUN.finditer(text) if stem(fold(m.group(2))) == counted}
    return {side for side in found if side is not None}


_ADJECTIVE_NOUN = re.compile(r"\b([A-Z][\w’'-]+)\s+([a-z][\w’'-]+)")  # "Somali fishermen", "Kenyan soldiers"


def _names_another_side(context: Context, side: str, row: SentenceRow, before: SentenceRow | None = None) -> bool:
    """Whether a sentence is another side's than ``side``: names one or is spoken for one; a sentence opening with a
    pronoun is the side named in the sentence before ("Montenegro promised help. It pledged $10 million, more than
    twice Albania's $4 million" is Montenegro's; "Turkey was the largest donor. It also promised $5 million" is
    Turkey's)."""
    if _OPENS_WITH_PRONOUN.match(row.text):
        told = {party for _, _, party in parties_in(before.text)} if before is not None else set()
        return bool(told) and side not in told
    # (a side named only after the figure is what is counted, not who counts: "the release of 14 prisoners ...,
    # including three Americans" is no American figure; "Malaysia would contribute $5 million" is Malaysia's)
    figure = _first_figure_at(row.text)
    named = [party for start, _, party in parties_in(row.text) if figure is None or start < figure]
    return any(party != side for party in named) or _speakers_side(context, row) not in (None, side)


# A figure: digits, never a year ("in 2020") nor a day of a month ("On March 9")
_DIGITS = re.compile(r"(?<![\w,.])[$€£]?\d(?:[\d,.]*\d)?")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_WORDS})\.?\s+$", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH_WORDS})\b", re.I)


def _first_figure_at(text: str) -> int | None:
    """Where a sentence's first figure starts, or None."""
    for m in _DIGITS.finditer(text):
        if (
            not re.fullmatch(r"(?:19|20)\d\d", m.group())
            and not _MONTH_BEFORE.search(text, 0, m.start())
            and not _MONTH_AFTER.match(text, m.end())  # ("On 9 March 2020")
        ):
            return m.start()
    return None


_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:He|She|It|They|We)\b")


def _elsewhere(context: Context, question: Question, hits: list[Hit]) -> set[int]:
    """The hits telling of an occasion at another place the articles name ("in Riyadh", "these Riyadh talks"), in
    their own words, naming none of the question's places and planning nothing there ("agreed to hold the next
    round in Geneva" may be what the talks asked about agreed)."""
    known = context.memo("places, their stems", None, lambda: _places_as_stems(context))
    # (only places the articles name as places: "the Oja-Kesk summit" names two people, whatever the question read)
    named = {place_stems for _, place_stems, _ in known}
    asked = {token for _, place in question.places if frozenset(place) in named for token in place}
    if not asked:
        return set()
    others = [place for place, place_stems, town in known if town and asked.isdisjoint(place_stems)]
    if not others:
        return set()
    occasion = context.memo("occasion at a place", tuple(others), lambda: _occasion_at(others))
    return {
        h.row.id
        for h in hits
        if asked.isdisjoint(h.row.stems) and occasion.search(h.row.text) and not _PLANNED_THERE.search(h.row.text)
    }


def _places_as_stems(context: Context) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """Each place the articles name, its stems, and whether it is a town or site, the same for every question: a
    country, or its adjective, holds the place asked ("in the Saudi city of Jeddah"); a capital is a place ("in
    Moscow"), and "Moscow said" is no occasion there (``_occasion_at``)."""
    return tuple(
        (place, frozenset(stems(place)), party_of(place) is None or fold(place) in PLACE_ALIASES)
        for place in context.places
    )


_OCCASION_NOUNS = r"talks|meetings?|summits?|rounds?|negotiations|conference|consultations"
_PLANNED_THERE = re.compile(
    r"\b(?:next\s+(?:round|meeting|session)|to\s+(?:hold|meet\s+again|reconvene)|will\s+be\s+held|would\s+be\s+held)\b",
    re.I,
)


def _occasion_at(places: list[str]) -> re.Pattern[str]:
    """A place named where something happened: "in Riyadh", "at Riyadh", or before an occasion's noun ("the Riyadh
    talks"); a place only named ("a message to Kyiv", "Kyiv calls for ...") is neither."""
    names = "|".join(re.escape(place) for place in sorted(places, key=len, reverse=True))
    return re.compile(rf"\b(?i:in|at)\s+(?:the\s+)?(?:{names})\b|\b(?:{names})\s+(?:{_OCCASION_NOUNS})\b")


# A sentence saying the question went unanswered: itself the answer to whether something was confirmed or agreed.
# a sentence opening by pointing back, after a joining word at most: "But these efforts failed", "His offer ..."
_POINTS_BACK = re.compile(
    r"^[\s\"“‘']*(?:(?:but|and|yet|so|however|still),?\s+)?(?:they|it|this|these|those|he|she|his|her|their)\b",
    re.IGNORECASE,
)
# "the first day of the talks" and "the last day": the earliest or the latest day among the answers, which rarely
# count their days ("The talks on Tuesday lasted for six hours", "The discussions on Wednesday lasted two hours")
DAYS_OF_AN_OCCASION = 7  # talks of several days span a week at most; a date further off is another occasion
_FIRST_DAY = re.compile(r"\b(?:first|opening)\s+day\b|\bday\s+(?:one|1)\b", re.IGNORECASE)
_LAST_DAY = re.compile(r"\b(?:last|final|closing)\s+day\b", re.IGNORECASE)


def _by_day_asked(text: str, items: list[AnswerItem]) -> list[AnswerItem]:
    """The answers (the unlabelled items dated to a day) in day order when the question asks for the first or the
    last day of something; the others after them, as they were."""
    first, last = _FIRST_DAY.search(text) is not None, _LAST_DAY.search(text) is not None
    answers = [item for item in items if item.label is None]
    dated = [item for item in answers if item.date and len(item.date) == len("2026-02-17")]  # (days, not months)
    if first == last or len({item.date for item in dated}) < 2:
        return items
    # (the days of one occasion: those within a week of the best answer's, never a meeting of another year)
    top = dt.date.fromisoformat(dated[0].date or "")
    dated = [item for item in dated if abs((dt.date.fromisoformat(item.date or "") - top).days) <= DAYS_OF_AN_OCCASION]
    days = sorted(dated, key=lambda item: item.date or "", reverse=last)
    return days + [item for item in items if item not in days]


# "who issued/released/put out the statement?" and a sentence telling whose it was
_SOURCE_ASKED = re.compile(
    r"\b(?:issued|released|put\s+out|published|made|sent|wrote)\b.*\b(?:statement|readout|communiqu[ée]|declaration)\b",
    re.I,
)
_SOURCE_TOLD = re.compile(
    r"\b(?:in|via)\s+an?\s+(?:joint\s+|written\s+)?(?:statement|readout|communiqu[ée])\b|"
    r"\b(?:statement|readout|communiqu[ée])\s+(?:from|by|issued\s+by|released\s+by)\b|"
    r"\baccording\s+to\s+an?\s+(?:[\w-]+\s+){0,3}(?:statement|readout)\b",
    re.I,
)
_IF_FIRST = re.compile(r"^[\s\"“‘']*(?:(?:and|but|or|so)\s+)?(?:if|unless|should)\b", re.I)  # a condition, no fact
_DENIAL = re.compile(
    r"\b(?:did|does|do|was|is)\s+not\b|\b(?:didn['’]t|doesn['’]t|never|den(?:y|ied|ies|ying)|misrepresent\w*|"
    r"distort\w*|false(?:ly)?)\b",
    re.I,
)
_NO_ANSWER = re.compile(  # (on the very matter: "when asked if ...", "whether ..."; never a bare "declined to comment")
    r"\b(?:(?:declined|refused)\s+to\s+(?:comment|say|confirm)|(?:would|did)\s+not\s+(?:say|confirm|comment))"
    r"\s+(?:on\s+)?(?:whether|if|when\s+asked\s+(?:if|whether|about))\b",
    re.I,
)
_SAID_BY = re.compile(
    r"^\s*what\s+(?:did|does|has|have|had|would|will)\s+(?P<who>.{2,40}?)\s+(?:say|said|tell|told)\b", re.I
)
_SPEECH = re.compile(rf"\b(?:{REPORT_VERBS})\b|[\"“”]|\baccording to\b", re.I)


def _named_speaker(question: Question) -> tuple[str, ...] | None:
    """The stems of the named thing a "what did X say" question asks about when X is no person the articles know
    (a person is the said intent's own), or None."""
    found = _SAID_BY.match(question.text)
    if found is None or question.people:
        return None
    who = set(stems(found.group("who")))
    return next((place for _, place in question.places if place and set(place) <= who), None)


def _speaks_in(row: SentenceRow, speaker: tuple[str, ...]) -> bool:
    """Whether a sentence names the speaker and tells of something said (a speech verb, a quote)."""
    return set(speaker) <= set(row.stems) and bool(_SPEECH.search(row.text))


# "Modi told Putin that India was not neutral": the side asked about is the subject of the clause reported, quoted
# or not ("said that “the Russians continue to fire”")
_REPORTED_SUBJECT = re.compile(r"\bthat\s+[\"“‘']?(?:[Tt]he\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")


def _reported_of(text: str, parties: frozenset[str]) -> bool:
    """Whether a sentence reports something of one of these parties ("... that India was not neutral")."""
    return bool(parties) and any(
        {party for _, _, party in parties_in(m.group("who"))} & parties for m in _REPORTED_SUBJECT.finditer(text)
    )


# (a count asked "so far" or "to date" is the running total as it stands last)
_WHOSE_OFFICIAL = re.compile(
    r"^\s*(?i:which|what)\s+(?P<adjective>[A-Z][\w’'-]*)\s+(?:officials?|ministers?|diplomats?|negotiators?|envoys?|"
    r"leaders?|spokes(?:man|woman|person)|representatives?|delegates?|generals?|politicians?)\b"
)


def _of_side(context: Context, named: set[str], mentioned: tuple[int, ...], side: set[str]) -> bool:
    """Whether a sentence may tell who speaks for a side: it names the side ("the Estonian delegation included
    X"), or someone of it, or only people whose party the articles never give and no other country; never one
    naming another side's people or country ("led by Medinsky, an assistant to the Russian president"), nor one
    whose only people are another side's, whatever sides it names."""
    known = {party for key in mentioned if (party := context.affiliations.get(key))}
    if known & side:
        return True
    unknown = [key for key in mentioned if not context.affiliations.get(key)]
    if known and not unknown:
        return False  # "talks between Russian, US and Ukrainian delegations, Medinsky said": only another side's man
    if named & side:  # (``named``: the parties the sentence names)
        return True
    return bool(unknown) and not known and not named


_WHICH_ROLE = re.compile(
    r"^\s*(?i:which|what)\s+(?:[\w’'-]+\s+)?(?P<role>(?i:generals?|commanders?|officers?|ministers?|envoys?|"
    r"diplomats?|negotiators?|aides?|advisers?|advisors?|spokes(?:man|woman|person)))\b"
)
# "who became prime minister after ...?": the post given must be in the answer, not any appointment
_BECAME_ROLE = re.compile(
    r"^\s*(?i:who\s+(?:became|becomes|will\s+become|was\s+(?:named|appointed|made)|is\s+the\s+new))\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?P<role>(?i:minister|president|premier|secretary|chief|head|envoy|spokes(?:man|woman|person)|"
    r"ambassador|commander|chancellor|governor))\b"
)
_SIDE_OF_GROUP = re.compile(  # (led, headed, on, in or of it: "who met Russia's delegation?" asks no Russian)
    r"\b(?i:led|leads|lead|headed|heads|head|chaired|on|in|of|for)\s+(?:the\s+)?"
    r"(?P<side>[\w.’'-]+?)(?:['’]s)?\s+(?:[a-z]+\s+)?(?:delegation|team|negotiators?|representatives?|side)\b|"
    r"\b(?i:who\s+(?:represented|spoke\s+for)\s+(?:the\s+)?)(?P<side2>[\w.’'-]+)"
)


def _side_of_group(text: str) -> set[str]:
    """The side whose team a who-question asks about, by a party's name in any case ("on the american team")."""
    for found in _SIDE_OF_GROUP.finditer(text):
        sides = {party for _, _, party in parties_in(found.group("side") or found.group("side2"))}
        if sides:
            return sides
    return set()


LIST_ITEMS_READ = 12  # list lines read after a sentence that introduces them ("... with five components:")


# "“They are bold, but we must hope they succeed,” he said": a quotation the one before goes on into, by pronoun
_QUOTE_GOES_ON = re.compile(
    rf"^[\s\"“‘']*[^\"”’]{{8,}}[,.!?]?[\"”’]\s*,?\s*(?:he|she|they)\s+(?:{SPEECH_VERBS})\b", re.IGNORECASE
)


_WHAT_DID_THEY = re.compile(
    r"^\s*(?:what|which|how)(?:\s+[\w-]+){0,3}?\s+(?:did|does|do|will|would|have|has|had)\s+(?P<subject>.+?)\s+"
    r"(?!(?:and|or)\b)(?-i:[a-z])[\w’'-]*\b",
    re.I,
)


def _acting_pair(context: Context, text: str) -> set[int]:
    """The people a "what ... did X and Y do?" question has acting together (two or more), or none."""
    found = _WHAT_DID_THEY.match(text)
    if found is None or " and " not in found.group("subject"):
        return set()
    people = {person.key for _, person in context.lookup.named_exactly(found.group("subject"))}
    return people if len(people) >= 2 else set()


def _quote_going_on(context: Context, row: SentenceRow, items: list[AnswerItem]) -> list[AnswerItem]:
    """The items, the first followed by the next sentence when that one carries on its speaker's words in a quotation
    ("The head of Polish diplomacy described Trump's actions as controversial." then "“They are bold, but we must
    hope they succeed,” he said."): the second half of the answer, never another's words."""
    following = context.store.sentences([row.id + 1]).get(row.id + 1)
    if following is None or following.article != row.article or not _QUOTE_GOES_ON.match(following.text):
        return items
    if any(item.citations and item.citations[0].quote == following.text for item in items):
        return items
    return [items[0], context.sentence_item(following, label=None), *items[1:]]


def _with_list(context: Context, row: SentenceRow, item: AnswerItem) -> AnswerItem:
    """A sentence that introduces a list ("a system of guarantees with five components:") answers with the list:
    the lines that follow it in its article, each cited as it stands."""
    if not row.text.rstrip().endswith(":"):
        return item
    following = context.store.sentences(range(row.id + 1, row.id + 1 + LIST_ITEMS_READ))
    lines = []
    for n in range(row.id + 1, row.id + 1 + LIST_ITEMS_READ):
        line = following.get(n)
        if line is None or line.article != row.article or not LIST_ITEM.match(line.text):
            break
        lines.append(line)
    if not lines:
        return item
    citations = item.citations + context.cite([line.sentence.citation() for line in lines])
    text = item.text + " " + " ".join(line.text.strip() for line in lines)
    return item.model_copy(update={"text": text, "citations": citations})


ACRONYM_SENTENCES = 30  # sentences on the rest of the question read for words spelling an undefined acronym


def unknown_name(context: Context, question: Question, intent: Intent) -> Answer | None:
    """ "The articles do not mention X" for a name the question gives that no article uses, unless it is an acronym
    the articles spell out (``acronym_spelled_out``); None when there is no such name."""
    if not question.unknown or acronym_spelled_out(context, question) is not None:
        return None
    return context.not_mentioned(intent, question.text, question.unknown, f"'{question.unknown}'")


# What befalls a person or a thing: a post given or taken, an arrest or a release, an end, a delay
_CHANGE_TOLD = re.compile(
    r"\b(?:appointed|named|replaced|succeeded|dismissed|fired|sacked|removed|resigned|quit|stepped\s+down|"
    r"promoted|demoted|elected|sworn\s+in|arrested|detained|jailed|freed|released|killed|died|wounded|moved|"
    r"transferred|collapsed|ended|suspended|cancell?ed|postponed|delayed|scrapped|dropped|shelved|signed|"
    r"approved|rejected|expired|lifted|cleared|acquitted|reinstated|returned|ratified|refused)\b",
    re.I,
)


def _fate_told(hit: Hit, people: set[int]) -> bool:
    """Whether a sentence tells a change or a state (``_CHANGE_TOLD``, ``STATE_TOLD``) that is news of what it names,
    not of what the person asked about says ("Quispe said a visit had been cancelled" tells nothing of Quispe); one
    told before their words is theirs ("Kgosi, who was released on bail on Wednesday, told reporters ...")."""
    text = hit.row.text
    told = _CHANGE_TOLD.search(text) or STATE_TOLD.search(text)
    if told is None or hit.row.speaker is None or hit.row.speaker not in people:
        return told is not None
    # (... or after them, of themselves: "Hun Dara said he had been reinstated")
    speech = _SPEECH_VERB.search(text)
    return speech is not None and (told.start() < speech.start() or speech.group("self") is not None)


_SPEECH_VERB = re.compile(rf"\b(?:{REPORT_VERBS})\b(?P<self>\s+(?:that\s+)?(?:he|she)\b)?", re.IGNORECASE)


RETOLD_RATIO = 90  # two sentences this alike but for their figures tell one count twice (a revision), not two events


# "where is Aldo going?", "where is she heading?": a journey asked, told of the one who makes it (not "where did Kimani
# sign the deal?", which "The deal was signed at State House" answers naming no one)
_GOING_ASKED = re.compile(r"\b(?:going|heading|headed|travel\w*|flying|bound|off\s+to)\b", re.I)
_CONDITIONAL_COUNT = re.compile(r"\bwill\b[^.;]{0,80}?\b(?:once|if|unless|provided|when)\b", re.I)
SLACK_FROM_WORDS = 3  # a count holding all but one of this many naming words may be the newest telling of it


def _newest_first(context: Context, hits: list[Hit]) -> dict[str, int]:
    """Each article of ``hits`` by publication, as a sort key that puts the newest first (an article with no date is
    left out: callers put it after the dated ones)."""
    published = context.store.published({h.row.article for h in hits})
    return {article: -day.toordinal() for article, day in published.items()}


def _told_again(hit: Hit, hits: list[Hit]) -> bool:
    """Whether another article's sentence among ``hits`` tells the same as this one but for its figures."""
    words = re.sub(r"\d[\d,.]*", " ", hit.row.text)
    return any(
        other.row.article != hit.row.article
        and fuzz.token_set_ratio(words, re.sub(r"\d[\d,.]*", " ", other.row.text)) >= RETOLD_RATIO
        for other in hits
    )


def with_acronyms_spelled(context: Context, question: Question) -> Question:
    """The question with an acronym the articles only write out ("ICJ": "the International Court of Justice")
    written out, for every intent; the question as it is otherwise."""
    if not question.unknown:
        return question
    return acronym_spelled_out(context, question) or question


def acronym_spelled_out(context: Context, question: Question) -> Question | None:
    """ "Does Russia accept the US plan to run the ZNPP?" over articles that write "the Zaporizhzhia nuclear power
    plant" and never define ZNPP: the question with the acronym written out, when a sentence that best answers the
    rest of it holds words spelling it; None otherwise (the acronym is then not mentioned)."""
    acronym = question.unknown or ""
    # (two capitals are a place's or an office's initials as often: "talks in KL", "the PM"; never "us" or "eu")
    if not (acronym.isalpha() and sum(c.isupper() for c in acronym) >= 2 and 2 <= len(acronym) <= 6):
        return None
    rest = context.question(re.sub(rf"\b{re.escape(acronym)}\b", " ", question.text))
    if not rest.has_topic:
        return None
    for hit in context.ranker.rank(rest, limit=ACRONYM_SENTENCES):
        spelled = spelled_in(acronym, hit.row.text)
        if spelled is None:
            continue
        written_out = context.question(re.sub(rf"\b{re.escape(acronym)}\b", spelled, question.text))
        if any(spelled == person.name or spelled in person.aliases for person in written_out.people):
            continue  # a person's initials are no acronym: "the AU" is not Amara Uwase
        return written_out
    return None


# a sentence naming again, by its noun, an event or a change the one before told ("the delay was needed so that")
_THE_EVENT_AGAIN = re.compile(
    r"\b(?:the|this|that)\s+(?:delay|postponement|move|change|decision|round|meeting|session|talks)\b", re.I
)


def _figure_not_found(context: Context, question: Question, hits: list[Hit], absent: list[str]) -> Answer | None:
    """ "How many people were killed during the truce?" over articles that never say "killed" and give no such
    count: not covered (a word no article uses and no figure of the kind asked, together; either alone may be the
    asker's paraphrase or a count told in words), with what plain search finds, as ``not_covered``. None when the
    question is answered or asks no figure."""
    if question.kind not in ("how many", "amount") or not hits:
        return None
    if not absent or any(holds_answer_type(question, hit.row) for hit in hits[:SEARCH_ITEMS]):
        return None
    missing = ", ".join(f"'{word}'" for word in absent)
    uncovered = not_covered(context, question, Intent.SEARCH)
    message = f"No article mentions {missing}, and no sentence gives the {ASKED_FOR[question.kind]} asked for."
    if uncovered.items:
        message += " The sentences plain search ranks first are below, for you to check."
    return uncovered.model_copy(update={"message": message})


# A year a sentence is set in, written before its first figure ("In 2020, floods displaced 650,000"; never the baseline
# after it, "up from 2,000 in December 2026", nor "since the 2025 truce", a period that goes on)
YEAR_WRAP_DAYS = 300  # a yearless day this long before the newest article is next year's (a plan over New Year)
_SET_IN_YEAR = re.compile(r"\b(?i:in|during|by|early|late|mid|until)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")


def _of_years_past(text: str, today: dt.date | None) -> bool:
    """Whether a sentence is set in a year before the newest article's: its count is history, never how a count
    stands."""
    figure = _first_figure_at(text)
    years = [int(m.group(1)) for m in _SET_IN_YEAR.finditer(text) if figure is None or m.start(1) < figure]
    return today is not None and bool(years) and max(years) < today.year


def _count_as_it_stands(question: Question) -> bool:
    """Whether a count is asked as it stands now ("latest death toll", "how many have been killed?")."""
    return question.kind in ("how many", "amount") and bool(
        LATEST_ASKED.search(question.text) or COUNT_NOW_ASKED.search(question.text)
    )


SAME_WORD_RATIO = 80  # a word this close to the asked modifier is it, misspelt or inflected ("reconstrction")


# the newest news of a thing asked for in so many words ("latest on", "current status of", "where do things stand on")
_LATEST_NEWS = re.compile(
    rf"\b(?:{'|'.join(sorted(RECENCY_WORDS | {'now', 'currently'}))})\b|"
    r"\bwhere\s+(?:do|does)\s+(?:things|it|they)\s+stand\b|"
    r"\bas\s+(?:of|things)\s+(?:now|today|stand)\b",
    re.IGNORECASE,
)


def _another_of_its_kind(question: Question, row: SentenceRow, modifiers: set[str]) -> bool:
    """Whether a sentence names the head of a compound the question asks about under another word and never the
    question's own in any form ("the water talks" for "the customs talks"), as a compound of its own: a plain word
    right before the head, neither kin nor a spelling of the asked one."""
    held = set(row.stems)
    if any(not ({asked} | related(asked)).isdisjoint(held) for asked in modifiers):
        return False
    said = words(question.text)
    heads = {stem(after) for before, after in pairwise(said) if stem(before) in question.modifiers}
    tokens = re.findall(r"[^\W\d_]+", row.text)
    told = [stem(fold(word)) for word in tokens]
    return any(
        head == word
        and tokens[n + 1][:1].islower()  # (a thing's noun, never a name: "They target Rosneft")
        and tokens[n][:1].islower()  # (a place naming the same talks is no other kind: "the Kampala talks")
        and before not in STOPWORDS
        and before not in heads
        and len(before) > 2
        and all(fuzz.ratio(before, asked) < SAME_WORD_RATIO for asked in modifiers)
        for n, (before, word) in enumerate(pairwise(told))
        for head in heads
    )


def _groups_named(question: Question, hit: Hit, naming: set[int], counts_it: bool) -> set[int]:
    """The naming groups a sentence holds; a count of the thing asked (``counts_it``) holds the counted noun's, in
    whatever words it counts it ("leaving 96 people in detention" for "how many migrants are detained?")."""
    held = set(hit.matched_here & naming)
    if counts_it and question.counted:
        held = held | {n for n in naming if question.counted in question.groups[n].stems}
    return held


def _naming_groups(question: Question) -> set[int]:
    """The question's word groups naming a thing: not "remain" in "how many remain idle?" (it asks how it stands, as
    "still" does), nor the words asking for a count ("figure" in "refugees returning home - current figure?")."""
    asking = FILLER_WORDS | kind_words(question.text)
    return {n for n, group in enumerate(question.groups) if fold(group.word) not in asking}


# A running count an article names by its noun ("the death toll", "the number of displaced Cambodians"): each later
# telling of the same count is its revision, in whatever other words the sentence sets it ("the death toll from the
# conflict rose to 37" revises "the death toll from the fighting has risen to 35")
_RUNNING_COUNT = re.compile(
    r"\b(?:(?P<kind>[^\W\d_]+)\s+(?:toll|tally)|(?:number|total|tally)\s+of\s+(?:(?:its|their|his|her|the)\s+)?"
    r"(?P<what>(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]{3,}s|[^\W\d_]*men|people|children))"
    # (with the state a participle after it gives them: "the number of migrants held" is no count of those stranded)
    r"(?:\s+(?P<state>(?-i:[a-z]){3,}ed|held|kept|stuck))?)\b",
    re.I,
)


_DEATHS_ASKED = re.compile(r"\b(?:toll|died|dead|killed|deaths|fatalities)\b", re.I)
PART_OF_THE_DEAD = 10**7  # added to an article's age key: after every other count, whatever its day
# a side's part of a count: "14 of its citizens", "nine of their soldiers"
_A_SIDES_PART = re.compile(
    rf"\b(?:\d[\d,.]*|{COUNT_WORDS})\s+of\s+(?:its|their|our)\s+(?:own\s+)?"
    r"(?:citizens|nationals|soldiers|troops|servicemen|people|civilians)\b",
    re.I,
)


@functools.lru_cache(maxsize=1024)
def _running_counts(text: str) -> frozenset[str]:
    """The running counts a sentence names, folded ("death toll", "of displaced cambodians", "of migrants held"); read
    once per sentence (a count's candidates are read for it in three places)."""
    return frozenset(
        {
            fold(
                f"{m.group('kind')} toll"
                if m.group("kind")
                else f"of {m.group('what')} {m.group('state') or ''}".strip()
            )
            for m in _RUNNING_COUNT.finditer(text)
        }
    )


def _later_revisions(question: Question, kept: list[Hit], ranked: list[Hit]) -> list[Hit]:
    """For a count asked as it stands: the candidates telling where the best answer's running count now stands,
    though they hold less of the question (the sort puts the newest first)."""
    counts = _running_counts(kept[0].row.text) if kept else set()
    if not counts:
        return []
    ids = {hit.row.id for hit in kept}
    return [
        hit
        for hit in ranked
        if hit.row.id not in ids
        and counts & _running_counts(hit.row.text)
        and STATE_TOLD.search(hit.row.text)
        and holds_answer_type(question, hit.row)
    ][:STATES_KEPT]


def relevant_hits(context: Context, question: Question, limit: int = 50) -> list[Hit]:
    """Ranked sentences that hold enough of the question, close to the best."""
    if not question.has_topic:
        return []
    ranked = context.ranker.rank(question, limit=limit)
    hits = [hit for hit in ranked if hit.relevant]
    if question.date.day or question.date.bounded:
        # "how many were released on May 25?": a sentence about another day is not an answer
        hits = [hit for hit in hits if hit.on_date]
    if not hits:
        return []
    # "how long / how many": a sentence holding a duration or a number answers before one that does not, each
    # kept if close to the best of its kind
    typed: list[Hit] = []
    others: list[Hit] = []
    for hit in hits:
        (typed if holds_answer_type(question, hit.row) else others).append(hit)
    kept = _close_to_best(typed) + _close_to_best(others)
    if typed and _count_as_it_stands(question):
        # "latest death toll": a later count telling how it stands, holding every word naming the thing, is kept below
        # the cut ("bringing the total number of people killed to 43" scores under "the death toll ... stands at 41",
        # which holds the asking word too); the sort then puts the newest first
        naming = _naming_groups(question)
        most = max(len(_groups_named(question, hit, naming, True)) for hit in typed)
        ids = {hit.row.id for hit in kept}
        kept += [
            hit
            for hit in typed
            if hit.row.id not in ids
            and STATE_TOLD.search(hit.row.text)
            and len(_groups_named(question, hit, naming, True)) >= most
            and not _of_years_past(hit.row.text, context.today)
        ][:STATES_KEPT]
        kept += _later_revisions(question, kept, ranked)
    if len(question.named_people) == 1 and question.kind not in ("who", "said"):
        # "Dmitriev attending Riyadh?": when the best sentences never name the one person asked about, the relevant
        # one that does is kept though it scores lower (the search sort then puts it first)
        keys = {person.key for person in question.named_people[0]}
        named = context.store.mentions_in(hit.row.id for hit in hits)
        if not any(keys & set(named.get(hit.row.id, ())) for hit in kept):
            kept += [hit for hit in hits if keys & set(named.get(hit.row.id, ()))][:NAMED_KEPT]
    # ... and so for the one side asked about ("how many soldiers did Serbia get back?": "Serbia said 518 of its
    # soldiers came home" is kept under "Croatia said it received 240 of its troops", which holds the verb)
    side = _asked_side(question)
    if side is not None and kept and not _for_side(context, side, kept[0].row):
        ids = {hit.row.id for hit in kept}
        sides = (hit for hit in hits if hit.row.id not in ids and _for_side(context, side, hit.row))
        kept += list(islice(sides, NAMED_KEPT))  # (read only as far as those kept)
    return kept


def near_hits(
    context: Context, question: Question, limit: int = 50, exclude: frozenset[int] = frozenset()
) -> list[Hit]:
    """When no sentence holds enough of the question, those that name everything it names in the sentence itself
    and hold some of its words still answer, labelled: "who did Umerov replace as NSDC secretary?" is answered by
    the sentence naming Umerov, the NSDC and the post, though it says "dismissing", not "replace"."""
    if not (question.named_people or question.places) or question.date.day or question.date.bounded:
        return []
    # two named things in one sentence are a match in themselves ("Rubio" and "Riyadh" for "when did Rubio land in
    # Riyadh?", the sentence saying "arrived"): search finds it by the names alone, so it answers, labelled
    named = len(question.named_people) + len(question.places) + len(question.parties)
    share = 0.0 if named >= NAMES_ENOUGH else MIN_SHARE * NEAR_SHARE
    # (of three people or more, a sentence naming two of them, the rest in its article, is such a match: "what changed
    # between Tamm's and Kesk's approach to Varo?" is told of Tamm and Varo, and of Kesk and Varo, never all three)
    people = (
        [surname_stems(group) for group in question.named_people] if len(question.named_people) > NAMES_ENOUGH else []
    )
    hits = [
        hit
        for hit in context.ranker.rank(question, limit=limit)
        if hit.share >= share
        and hit.row.id not in exclude
        and (
            hit.coverage >= IN_SENTENCE
            or (
                hit.coverage >= IN_ARTICLE
                and sum(1 for names in people if not set(names).isdisjoint(hit.row.stems)) >= NAMES_ENOUGH
            )
        )
    ]
    return _close_to_best(hits)


WEAK_SHARE = 0.5  # a weak match holds half the share a relevant one needs ...
WEAK_ITEMS = 3  # fewer than a search shows: they are labelled guesses, a few suffice to see whether one answers


def weak_hits(context: Context, question: Question) -> list[Hit]:
    """... and the question's most telling word, in a sentence naming all it names: search found it, so it is shown,
    labelled, rather than "not covered" ("what do the US measures cover?": "The measures also extend to ...")."""
    if question.date.day or question.date.bounded:
        return []
    telling = context.ranker.telling(question)
    if not telling:
        return []
    hits = [
        hit
        for hit in context.ranker.rank(question, limit=SEARCH_ITEMS * 2)
        if hit.share >= MIN_SHARE * WEAK_SHARE and hit.coverage >= IN_SENTENCE and telling & hit.matched_here
    ]
    return _close_to_best(hits)[:WEAK_ITEMS]


TYPED_BELOW = 5  # how far down the ranking a sentence holding the kind of answer asked may come from: further down,
# it holds too little of the question to be about the same thing
TYPED_KINDS = frozenset({"how many", "how long", "amount", "clock", "years"})  # kinds told by a figure or a date, not
# by cue words a sentence on something else also holds ("because", "if")


def _typed_below(context: Context, question: Question, hits: list[Hit]) -> Hit | None:
    """The best-ranked sentence just below the relevant ones that gives the kind of figure asked for (a number,
    an amount, years) when none of them does: it names all the question names in itself and holds half the share a
    relevant one needs, some of it in its own words."""
    if question.kind not in TYPED_KINDS:
        return None
    shown = {hit.row.id for hit in hits}
    for hit in context.ranker.rank(question, limit=TYPED_BELOW):
        if (
            hit.row.id not in shown
            and hit.coverage >= IN_SENTENCE
            and hit.share >= MIN_SHARE * NEAR_SHARE
            and hit.matched_here
            and holds_answer_type(question, hit.row)
        ):
            return hit
    return None


def _close_to_best(hits: list[Hit]) -> list[Hit]:
    return [hit for hit in hits if hit.score >= hits[0].score * RELATIVE_CUT] if hits else []


def closest_sentences(context: Context, question: Question, intent: Intent, why: str) -> Answer | None:
    """When the facts cannot answer, the best cited sentences can, labelled as such; None if none is relevant."""
    hits = relevant_hits(context, question)
    shown = {hit.row.id for hit in hits[:SEARCH_ITEMS]}
    # ... and, after them, those naming everything the question names: the facts found no answer, so a sentence
    # holding the names but not the words ("Barasa met Kaguta in Kampala" for "Barasa Kampala visit") may be it
    hits = hits[:SEARCH_ITEMS] + near_hits(context, question, exclude=frozenset(shown))
    hits = hits or weak_hits(context, question)  # ... or those holding its most telling words: never "no answer"
    if not hits:
        return None
    # ("Ukraine position on the plant?": of the closest, those naming Ukraine, or spoken for it, first)
    elsewhere = _other_sides(context, question, hits[:SEARCH_ITEMS])
    hits = sorted(hits[:SEARCH_ITEMS], key=lambda hit: hit.row.id in elsewhere) + hits[SEARCH_ITEMS:]
    items: list[AnswerItem] = [context.sentence_item(hit.row) for hit in hits[:SEARCH_ITEMS]]
    if len(items) < PADDED_ITEMS:  # never fewer than a search box shows ("Kellogg Minsk trip when?": one is too few)
        # (the ranking made above goes on, read again for free; plain search over the question's words only when it
        # has too few: its "any of them" over common words is the slowest read of an answer at 10,000 articles)
        shown_texts = {item.text for item in items}
        ranked = [hit.row for hit in context.ranker.rank(question) if hit.row.text not in shown_texts]
        more = ranked or [row for row in plain_search(context, question.text) if row.text not in shown_texts]
        items += [context.sentence_item(row) for row in more[: PADDED_ITEMS - len(items)]]
    return Answer(
        intent=intent,
        query=question.text,
        found=True,
        items=tuple(items),
        message=f"{why} These are the closest sentences in the articles.",
    )


PLAIN_SEARCH_SHOWN = 3  # sentences plain search ranks first, shown under "not covered" for the reader to check


# A question asking what came of something (``OUTCOME_CUE``, and "what happened at the talks on May 19?", "May 19
# round results?"): only an article written after that day can tell it (never "did Nepal agree to hold the round on
# April 12?": a yes-no question on an agreement already told)
_HAPPENED = re.compile(r"\b(?:what\s+happened|results?|outcomes?)\b", re.I)


def _after_the_news(context: Context, question: Question) -> Answer | None:
    """Not covered, said so, when a question asks what came of a day after the newest article: "outcome of the May
    19 round?" over articles ending May 14 can be told only as a plan, and its closest sentences (the plan, the
    priorities for it) are shown labelled, never as what happened."""
    asked, today = question.date, context.today
    outcome = OUTCOME_CUE.search(question.text) or _HAPPENED.search(question.text)
    if today is None or not (asked.month and asked.day) or not outcome:
        return None
    try:
        day = dt.date(asked.year or today.year, asked.month, asked.day)
        if asked.year is None and (today - day).days > YEAR_WRAP_DAYS:
            day = day.replace(year=today.year + 1)  # ("the January 3 talks" asked in late December: next January's)
    except ValueError:
        return None
    if day <= today:
        return None
    if asked.year is None and not context.store.events_between(day, day, limit=1):
        # (a day asked without its year is last year's unless an article plans something on it this year: "the
        # Istanbul talks on May 15" over 2025 news read in 2026 are 2025's; "the may 19 round" planned is this one)
        return None
    # (the plan for that day first, when a sentence dates one to it; else the closest on the rest of the question)
    hits = relevant_hits(context, question) or relevant_hits(context, replace(question, date=DateFilter()))
    shown = [hit.row for hit in hits[:SEARCH_ITEMS]]
    items = dated_items(context, question, shown, [context.sentence_item(row) for row in shown])
    return Answer(
        intent=Intent.SEARCH,
        query=question.text,
        found=False,
        items=tuple(items),
        message=f"The newest article is of {today.isoformat()}, before {day.isoformat()}: none can tell what came of "
        "it. The closest sentences, on what was planned, are below.",
    )


def not_covered(
    context: Context, question: Question, intent: Intent, *, item: Callable[[SentenceRow], AnswerItem] | None = None
) -> Answer:
    """Not covered, with the few sentences plain BM25 search over the question's words ranks first, labelled: the
    facts (a thing no article names, no sentence holding enough) say the articles do not answer it, and a reader
    sees what a search would have shown them, never less (an empty list when no sentence shares a word). ``item``:
    how each is shown, when not as a dated sentence (a who-said answer names its speaker)."""
    shown = plain_search(context, question.text)
    message = "The articles do not seem to cover that. Try '!help' for what they do cover."
    if shown:
        message += " The sentences plain search ranks first are below, for you to check."
    return Answer(
        intent=intent,
        query=question.text,
        found=False,
        items=tuple(
            [item(row) for row in shown]
            if item is not None
            else dated_items(context, question, shown, [context.sentence_item(row) for row in shown])
        ),
        suggestions=tuple(context.topic_suggestions(question.text)),
        message=message,
    )


def then_unquoted(first: Sequence[AnswerItem], more: Iterable[AnswerItem], limit: int) -> list[AnswerItem]:
    """``first``, then up to ``limit`` of ``more`` whose sentence none of ``first`` quotes (each sentence once)."""
    quoted = {c.quote for item in first for c in item.citations}
    rest = [item for item in more if not item.citations or item.citations[0].quote not in quoted]
    return [*first, *rest[: max(0, limit)]]


def plain_search(context: Context, text: str) -> list[SentenceRow]:
    """The sentences plain BM25 ranks first for the question's words (stemmed, any of them), as a search box would."""
    asked = [s for s in dict.fromkeys(stems(text)) if s not in QUESTION_STEMS]
    if not asked:
        return []
    found = context.store.search_sentences(" OR ".join(f'"{s}"' for s in asked), PLAIN_SEARCH_SHOWN + DATELINES_READ)
    return [row for row in found if not says_nothing(row.text)][:PLAIN_SEARCH_SHOWN]


DATELINES_READ = 3  # a few more read, for the datelines left out
_TEXT_WORD = re.compile(r"\b[A-Za-z]*[a-z][a-z]{2,}\b")


def says_nothing(text: str) -> bool:
    """A dateline on its own ("BERLIN, December 17. /TASS/."): a place, a day and an outlet, no word of news."""
    return not any(fold(w) not in MONTHS and fold(w) not in WEEKDAYS for w in _TEXT_WORD.findall(text))


def _acting_one(context: Context, question: Question) -> frozenset[int]:
    """The keys of the one person a plain question has act ("what is Varo offering?"), or none."""
    subject = wh_subject(question.text, context.lookup, context.affiliations)
    return frozenset(subject.people) if subject is not None else frozenset()


def _their_words(context: Context, question: Question, intent: Intent) -> Answer | None:
    """What the one person a plain question names said, labelled, when no sentence holds its words ("what is Erdogan
    offering to do?": "Erdogan said Turkey would be willing to host ..."): the articles still tell what they put
    forward, in their own words; None when they said nothing or the question is of another kind. So for the one
    side a question names and no person (``_side_words``)."""
    if question.kind is None and not question.named_people:
        absent = context.ranker.absent_words(question)
        return _side_words(context, question, intent, absent, "No sentence says that in those words")
    if question.kind is not None or len(question.named_people) != 1:
        return None
    actor_keys = _acting_one(context, question)  # (the one who acts in it: never "Putin's visit", "to Putin")
    if not actor_keys or not actor_keys & {person.key for person in question.people}:
        return None
    from knowledge.answering.said import said_about  # (said builds on search)

    found = said_about(context, replace(question, kind="said"))
    return found.model_copy(update={"intent": intent}) if found.items and found.intent is Intent.SAID else None


# "Akdogan said Ankara was ready to ...": a speaker of no known side telling what the side is willing to do
_SAID_OF = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:that\s+)?$")
_WILLING = f"{READINESS_WORDS}|able"  # what a side says it is, offering to act
_WILLING_AFTER = re.compile(
    rf"^\s+(?:would|will|could|can|was|is|were|are|had|has)\s+(?:be\s+|been\s+)?"
    rf"(?:{_WILLING}|offer(?:ed|ing)?|propos(?:ed|ing)|agree[ds]?)\b"
)
SIDE_CANDIDATES = 500  # sentences naming the side read for its words, best bm25 first: a side's own lines are short
_TELL_ME = re.compile(r"^\s*(?:please\s+)?(?:tell|show)\s+me\s+", re.IGNORECASE)
# acts a side's own words tell: what it offers, proposes or is ready to do
_OFFERING = {stem("offer"), *related(stem("offer")), *(stem(w) for w in _WILLING.split("|"))}
# ... in its own verbs, never a noun of the family ("rejected the Finnish plan" offers nothing)
_OFFERS = frozenset(stem(w) for w in ("offer", "propose", *_WILLING.split("|")))
# what a side does when it speaks, right after its name ("Montenegro said", "Ankara has offered")
_SIDE_SPEAKS = re.compile(rf"^\s*(?:(?:has|had|also|then|again|on\s+\w+day)\s+)*(?:{REPORT_VERBS})\b")
# a side that acts in the question: "what is Turkey offering?", "what would Kyiv need?", "what did Ankara propose?",
# "what is Turkey prepared to do?"; never what it is done to ("what was Montenegro pressured to do?") nor whose thing
# is asked ("what is Turkey's population?")
_SIDE_ACTS = re.compile(
    r"^\s*(?:what|how)\s+(?:"
    r"(?:did|does|do|will|would|could|can|might|should|has|have|had)\s+(?P<subject>(?:[^\s'’]+\s+){1,3}?)(?P<verb>[a-z]+)\b|"
    rf"(?:is|are|was|were)\s+(?P<subject2>(?:[^\s'’]+\s+){{1,3}}?)(?P<doing>[a-z]+ing|{_WILLING})\b|"
    # ("tell me what Turkey is offering": the order of a question told)
    rf"(?P<subject3>(?:[^\s'’]+\s+){{1,3}}?)(?:is|are|was|were)\s+(?P<doing2>[a-z]+ing|{_WILLING})\b)",
    re.IGNORECASE,
)


# A demand's cue right before the act it asks for, in the same clause: "demanded that Venezuela withdraw", "urged
# Bogota to free", "called on both sides to pull back", "wants Caracas to release"
_DEMANDED_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|"
    r"want(?:s|ed)?|press(?:es|ed|ing)?)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)


def _act_stems(question: Question) -> set[str]:
    """The stems of a count question's words for an act ("withdrawing" in "how many soldiers is Venezuela
    withdrawing?"): its words that are neither what is counted nor a name; none when a demand is asked ("how many
    soldiers did Mali demand Niger withdraw?")."""
    if DEMAND_CUE.search(question.text):
        return set()
    names = {s for group in question.named_people for person in group for s in stems(person.name)}
    names |= {s for party in question.parties for s in stems(party)}
    return {
        group.own
        for group in question.groups
        if group.own != question.counted and group.own not in names and group.word.lower().endswith(("ing", "ed"))
    }


def _only_demanded(text: str, acts: set[str]) -> bool:
    """Whether every word of ``acts`` the sentence holds comes right after a demand's cue (the act asked of someone,
    not done): false when it holds none."""
    found = [m for m in re.finditer(r"[\w’'-]+", text) if stem(m.group().lower()) in acts]
    return bool(found) and all(_DEMANDED_BEFORE.search(text, 0, m.start()) for m in found)


_A_PART = re.compile(
    r"\b(?:first|second|third|initial|final|next|last|latest)\s+(?:stage|group|batch|phase|tranche|part|wave)\b",
    re.IGNORECASE,
)
# the first or the last of something, in any words ("the opening session", "the first prisoner swap"), and the words
# after it, of which one must be the question's ("session", "swap")
_FIRST_CALLED = re.compile(r"\b(?:first|opening|initial|inaugural)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
_LAST_CALLED = re.compile(r"\b(?:last|final|closing|concluding)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
_LATER_ASKED = re.compile(r"\b(?:will|going\s+to|upcoming|next|later|future)\b", re.IGNORECASE)


@functools.cache
def _ordinal_called(ordinal: int) -> re.Pattern[str]:
    """``_FIRST_CALLED`` for a counting ordinal, in any of its written forms: "the second round", "the 2nd, final
    session" (the two words after it, as there)."""
    written = "|".join(word for word, value in ORDINALS.items() if value == ordinal)
    return re.compile(rf"\b(?:{written})\W+(?P<what>[\w-]+(?:\W+[\w-]+)?)", re.IGNORECASE)


def _called_so(text: str, called: re.Pattern[str], nouns: set[str]) -> bool:
    """Whether a sentence calls one of the question's things the first (or last) in any words."""
    return any(not nouns.isdisjoint(stems(m.group("what"))) for m in called.finditer(text))


ORDER_CLOSE = 0.8  # hits this close to the best are one story's days, which "the final session" orders by date


def _in_order_asked(context: Context, hits: list[Hit], *, first: bool) -> list[Hit]:
    """ "How long did the final session last?": of the hits nearly as good as the best, the one whose own event is the
    latest (or, for "the first", the earliest) first ("lasted around two hours on Wednesday" over "lasted six hours
    on Tuesday"); undated ones after them, the rest as ranked."""
    if not hits:
        return hits
    close = [hit for hit in hits if hit.score >= hits[0].score * ORDER_CLOSE]
    events = context.store.events_of_sentences(hit.row.id for hit in close)
    days = {
        hit.row.id: (min if first else max)(row.start for row in events[hit.row.id])
        for hit in close
        if events.get(hit.row.id)
    }
    if len(set(days.values())) < 2:
        return hits  # one day or none among them: nothing to order
    dated = sorted((hit for hit in close if hit.row.id in days), key=lambda hit: days[hit.row.id], reverse=not first)
    return dated + [hit for hit in hits if hit not in dated]


def _side_act(question: Question) -> tuple[str, str] | None:
    """The subject and the verb of a question in which a side acts (``_SIDE_ACTS``: "what is Turkey offering?" gives
    ("Turkey", "offering"); "tell me what Turkey is offering to do" too), or None."""
    acts = _SIDE_ACTS.match(_TELL_ME.sub("", question.text))
    if acts is None:
        return None
    subject = (acts.group("subject") or acts.group("subject2") or acts.group("subject3")).strip()
    return subject, acts.group("verb") or acts.group("doing") or acts.group("doing2")


def _asks_an_offer(question: Question) -> bool:
    """Whether a question asks what a side offers or is ready to do ("what is Turkey offering?", "what would Ankara
    be willing to do?")."""
    acting = _side_act(question)
    return acting is not None and stem(acting[1]) in _OFFERING


def side_speaks(context: Context, party: str) -> bool:
    """Whether some sentence has the side speak (``_spoken_for``): "The State Department said on Sunday ..."."""
    affiliations = context.affiliations
    return any(_spoken_for(row, party, affiliations) for row in _side_rows(context, party))


def _side_rows(context: Context, party: str) -> list[SentenceRow]:
    """The sentences naming a side, by any of its names, best first."""
    return context.store.search_sentences(" OR ".join(f'"{s}"' for s in party_stems(party)), SIDE_CANDIDATES)


def _spoken_for(row: SentenceRow, party: str, affiliations: Mapping[int, str | None]) -> bool:
    """Whether a sentence is a side's words: its speaker is of the side, or the side speaks as the sentence's subject
    ("Montenegro said"), or is told of by one of no known side ("Akdogan said Ankara was ready to send
    minesweepers")."""
    if row.speaker is not None and affiliations.get(row.speaker) == party:
        return True
    return any(
        named == party
        and (
            (
                start <= SUBJECT_CHARS  # (the sentence's subject, as a person named that early is)
                and not LOCATIVE_BEFORE.search(row.text[:start])
                and _SIDE_SPEAKS.match(row.text[end:]) is not None
            )
            or (
                row.speaker is not None
                and affiliations.get(row.speaker) is None
                and _SAID_OF.search(row.text[:start]) is not None
                and _WILLING_AFTER.match(row.text[end:]) is not None
            )
        )
        for start, end, named in parties_in(row.text)
    )


def _side_words(
    context: Context, question: Question, intent: Intent, absent: list[str], why: str | None
) -> Answer | None:
    """What the one side a question has act said, best match to the question first ("what is Turkey offering?":
    "Erdogan said Turkiye would be willing to host ..."): sentences whose speaker is the side's, or that open with the
    side speaking ("Montenegro said it could provide security"), each holding every other word of the question but
    those no article uses (``absent``); None when the side is not the one acting ("what did the plan impose on
    Kyiv?") or says nothing of the kind. ``why``: what the message says first, before whose words they are (none: no
    message, the words are the answer asked for)."""
    acting = _side_act(question)
    places = question.seats_as_parties().places  # ("what is Kyiv offering?": the side, not the city)
    if acting is None or question.named_people or question.date or places or not question.parties:
        return None  # (a person, a day or a place asked about: a side's words do not answer it)
    # the side is the whole subject ("Turkey", "the United States"), never a part of it ("Turkey's navy")
    subject, verb = acting
    named = parties_in(subject)
    if len(named) != 1 or re.sub(r"^(?:the\s+)?", "", subject, flags=re.I) != subject[named[0][0] : named[0][1]]:
        return None
    party = named[0][2]
    # the other sides the question names are what the side's words are about ("what is Ankara offering to get Moscow
    # and Kyiv together?"): each is in the sentence, by any of its names ("Russian and Ukrainian leaders")
    others = [party_stems(other) for other in question.parties if other != party]
    # (the one word no article uses is the asker's verb for what the side said, "offering", "prepared"; never a thing
    # the articles lack: "which hotel did the delegation stay at?", "what is Turkey doing about flooding?")
    if any(stem(word) != stem(verb) for word in absent):
        return None
    affiliations = context.affiliations
    rows = [row for row in _side_rows(context, party) if _spoken_for(row, party, affiliations)]
    # (the rest of the question in the sentence itself: "which hotel did the delegation stay at?" is not answered by
    # whatever the delegation said)
    asking = kind_words(question.text) | FILLER_WORDS | QUESTION_WORDS
    # (... less the act asked, which the side's words tell in their own: "willing to host" for "offering")
    rest = [g for g in question.groups if g.word not in absent and g.word not in asking and stem(g.word) != stem(verb)]
    rows = [row for row in rows if all(not g.stems.keys().isdisjoint(row.stems) for g in rest)]
    if not rows:
        return None
    hits = context.ranker.score(question, rows)
    # (what it offers first, when an offer is asked: "Ankara was ready to host a leaders' summit" before any other
    # line of Turkey's that names the sides; then the lines naming them, then the rest)
    offering = stem(verb) in _OFFERING
    hits.sort(
        key=lambda hit: (
            offering and _OFFERS.isdisjoint(hit.row.stems),
            not all(not set(side).isdisjoint(hit.row.stems) for side in others),
            -hit.score,
            hit.row.id,
        )
    )
    shown = [hit.row for hit in hits[:SEARCH_ITEMS]]
    from knowledge.answering.said import NAMED_LABEL, SPEAKER_UNKNOWN_LABEL, speaker_item  # (said builds on search)

    # (a side speaking in a sentence naming no person is the speaker the sentence names)
    spoken = [speaker_item(context, row) for row in shown]
    spoken = [
        item.model_copy(update={"text": f"{party}: {row.text}", "label": NAMED_LABEL})
        if item.label == SPEAKER_UNKNOWN_LABEL
        else item
        for row, item in zip(shown, spoken, strict=True)
    ]
    # (what a side offers or is ready to do is what it says it will: its words answer; for any other act the articles
    # never name, "what is Montenegro importing?", they are only the closest thing to it, labelled)
    # (... and, of a side asked what it offers others, a line offering nothing is only the closest: "Russia said
    # Ukraine must withdraw" for "what is Russia prepared to do for Ukraine?")
    offers_none = offering and bool(others) and all(_OFFERS.isdisjoint(row.stems) for row in shown)
    if (absent and stem(verb) not in _OFFERING) or offers_none:
        spoken = [item.model_copy(update={"label": CLOSEST_LABEL}) for item in spoken]
    items = dated_items(context, question, shown, spoken)
    message = f"{why}; these are what {party} said." if why else None
    return Answer(intent=intent, query=question.text, found=True, items=tuple(items), message=message)


# A sentence that asks, for the sentence after it to answer: one ending in a question mark (outside or inside its
# quotation), an interviewer's line ("Q: UNESCO asked for 30 inspectors.") or a fact-check's claim ("CLAIM: ...",
# its verdict next)
_ASK_PREFIX = re.compile(r"^\s*(?:Q|Question|CLAIM|Claim)\s*:")
_ASKS = re.compile(rf"\?[\s\"”’']*$|{_ASK_PREFIX.pattern}")
# (a question someone is quoted asking is their words, not the article's sub-heading: 'Kesk put it bluntly: "Why ...?"')
_QUOTED_OR_SAID = re.compile(rf"[\"“”]|\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


def _asks(text: str) -> bool:
    """Whether a sentence is the article's own question or claim, for the sentence after it to answer."""
    return bool(_ASKS.search(text)) and (bool(_ASK_PREFIX.match(text)) or not _QUOTED_OR_SAID.search(text))


def _answered_after(context: Context, question: Question, hits: list[Hit], items: list[AnswerItem]) -> list[AnswerItem]:
    """An article's own question ("Why did the first round stall?", an explainer's sub-heading) asks; the sentence
    after it answers it: that sentence takes its place, and the question follows, labelled. When the article asks
    every word the user does, its answer is the answer and comes first; one with no sentence after it is labelled
    where it stands."""
    asking = [hit.row for hit in hits if _asks(hit.row.text)]
    if not asking:
        return items
    # (the answer may follow a question in two sentences: "Q: UNESCO asked for 30. How many did it get?")
    following = context.store.sentences(row.id + step for row in asking for step in (1, 2))
    shown = {hit.row.id for hit in hits}
    every = set(range(len(question.groups)))
    # (the user's question, in the article's words, and no more: "Why did the first round stall?" is not
    # "why was the second round postponed?")
    said = {stem for g in question.groups for stem in g.stems} | set(stems(question.text))
    first: list[AnswerItem] = []
    answered: list[AnswerItem] = []
    added: set[int] = set()  # (two questions in a row share one answer: it is shown once)
    later: list[AnswerItem] = []
    for hit, item in zip(hits, items, strict=True):
        row = hit.row
        if not _asks(row.text):
            answered.append(item)
            continue
        after = following.get(row.id + 1)
        if after is not None and _asks(after.text) and not _asks(following.get(row.id + 2, after).text):
            after = following.get(row.id + 2)
        asked = item.model_copy(update={"label": CLOSEST_LABEL})
        if after is not None and after.id in shown and after.article == row.article and not _asks(after.text):
            later.append(asked)  # its answer is shown on its own ("A: Sequencing."): the question goes after it
            continue
        if after is None or after.article != row.article or _asks(after.text) or after.id in shown | added:
            answered.append(asked)
            continue
        # (in its own words, never its headline's: "Is it holding?" under "... on the Podgorica talks" does not ask
        # where the talks are held)
        own = {n for n, g in enumerate(question.groups) if not set(row.stems).isdisjoint(g.stems)}
        same = bool(every) and every <= own and set(stems(row.text)) - QUESTION_STEMS <= said
        added.add(after.id)
        # (unless the article asks just what the user does, its answer is only near: labelled)
        answer = context.sentence_item(after, label=None if same else CLOSEST_LABEL)
        answer = dated_items(context, question, [after], [answer])[0]
        (first if same else answered).append(answer)
        answered.append(asked)
    return (first + answered + later)[:SEARCH_ITEMS]


_OPENING_PRONOUN = re.compile(r"^(\s*)(He|She|His|Her)\b(?!\s+(?:Holiness|Majesty|Excellency|Highness|Eminence)\b)")


def _pronouns_named(context: Context, rows: list[SentenceRow], items: list[AnswerItem]) -> list[AnswerItem]:
    """Items opening with "He", "She", "His" or "Her" name, in brackets, the one person the sentence before names
    ("[Iryna Bondar's] predecessor, Taras Hrytsenko, was named ambassador"); the citation stays verbatim. With no
    one, or several, named there, the pronoun stays: a guess would put words in someone's mouth."""
    opening = [row for row in rows if _OPENING_PRONOUN.match(row.text)]
    if not opening:
        return items
    before = context.ranker.previous_of(opening)
    named = context.store.mentions_in(row.id for row in before.values()) if before else {}
    resolved = []
    for row, item in zip(rows, items, strict=True):
        previous = before.get(row.id)
        keys = list(dict.fromkeys(named.get(previous.id, ()))) if previous is not None else []
        person = context.person(keys[0]) if len(keys) == 1 else None
        found = _OPENING_PRONOUN.match(item.text)
        if person is not None and found is not None:
            whose = "'s" if found.group(2) in ("His", "Her") else ""
            item = item.model_copy(update={"text": f"{found.group(1)}[{person.name}{whose}]{item.text[found.end() :]}"})
        resolved.append(item)
    return resolved


REASON_AFTER_SENTENCES = 2  # how far past the act its reason is read: the next sentence, or the one after a remark


def _reason_after(context: Context, question: Question, row: SentenceRow) -> AnswerItem | None:
    """A sentence right after ``row`` in its article (or the one after that: "The ministry said he would take up
    another post." then "Officials said the change followed pressure from ..."), as an item, when it states a reason
    and goes on about what ``row`` told (it points back: "he", "she", "they", "this", "those", "the decision"); None
    otherwise."""
    after = row
    for _ in range(REASON_AFTER_SENTENCES):
        following = context.ranker.next_of([after]).get(after.id)
        if following is None:
            return None
        after = following
        if holds_answer_type(question, after) and re.search(
            # (... "But those efforts failed after ...": an attempt told before)
            r"\b(?:he|she|they|this|that|these|those|it|the\s+(?:decision|move|change|step|efforts?|attempts?|bid))\b",
            after.text,
            re.I,
        ):
            return dated_items(context, question, [after], [context.sentence_item(after, label=None)])[0]
    return None
