"""What a party demands: one item per demand, the most widely stated and most specific first, all of them.

- The party comes from the question: a country, capital or institution (``actors``), a person's affiliation,
  or a party the articles themselves name as demanding ("the Coalition of the Willing"). A party the articles
  never mention is "not covered", never somebody else's demands.
- A topic ("about Crimea", "on security guarantees", "at the Istanbul talks") ranks the demands whose own
  words or sentence hold it first (the sentences are ranked like every answer, ``ranking``), and leaves out
  those that do not touch it.
- Without a topic, demands stated by more articles come first, then the more specific.
- When no extracted demand fits, the closest sentences answer, labelled.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process, utils

from knowledge.actors import parties_in, party_of
from knowledge.answering.answer_types import ASKED_FOR, holds_answer_type
from knowledge.answering.context import CLOSEST_LABEL, MAX_SOURCES_PER_ITEM, Context
from knowledge.answering.question import (
    LATEST_ASKED,
    Question,
    about_parties,
    asked_parties,
    asked_to,
    demanding_parties,
    targets_named,
)
from knowledge.answering.question_dates import date_matches
from knowledge.answering.ranking import IN_CONTEXT
from knowledge.answering.said import SPOKESMEN, side_terms
from knowledge.answering.search import (
    PADDED_ITEMS,
    QUESTION_STEMS,
    SEARCH_ITEMS,
    acronym_spelled_out,
    closest_sentences,
    search,
    then_unquoted,
)
from knowledge.extract.people import surname_of
from knowledge.index import DemandRow
from knowledge.issues import issues_in
from knowledge.lexicon import related, without_phrasal_verbs
from knowledge.matching import parties_in_question
from knowledge.models import Answer, AnswerItem, Intent
from knowledge.text import STOPWORDS, fold, stem, stems, terms
from knowledge.vocabulary import DEMAND_CUE, DEMAND_WORDS

MAX_DEMAND_ITEMS = 40  # a long list is paged in Discord, never cut silently
POOL = 400  # a party's demands read per question (most widely stated first)
TOPIC_HITS = 80  # ranked sentences searched for demands on a topic
TOPIC_RELATIVE_CUT = 0.35
ARTICLE_FACTOR = 0.5  # a demand stated in an article about the topic, its own sentence silent on it
OPEN_PARTY_CUTOFF = 90  # "coalition of the willing" ~ "Coalition of the Willing"; "Lindholm Institute" is no
# "Tarvik Institute" (WRatio, not token_set_ratio, which gives any shared word 100)
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|over|on)\b", re.IGNORECASE)
SPECIFIC_STEMS = 8  # past this many content words a demand is no more specific, just longer
ISSUE_WEIGHT = 3.0  # touching an issue of the talks outweighs any length
SPEAKER_BONUS = 10.0  # "what are Putin's preconditions?": his own first, then his party's
SAME_DEMAND = 85  # token_sort_ratio of two demands' sorted stems: "withdraw troops from Donetsk" ~ "withdraw its
# troops from Donetsk region"; a subset is not enough ("NATO" is not "NATO membership ban")
WHOLE_SENTENCE_STEMS = 20  # a "demand" this long is a whole sentence kept because nothing shorter said it


@dataclass(frozen=True)
class _Scored:
    score: float
    row: DemandRow
    by_article: bool = False  # kept only because its article is about the topic, its own sentence silent on it


def on_a_topic(context: Context, topic: str) -> Answer | None:
    """The demands any side makes on a topic ("the transit route"), best match first, as "what do the sides want on
    ...?" finds them, each cited by a sentence holding the topic's head word; None when none is, or when the topic
    is a name ("Korvania", "Trump": a side or a person the articles give no demand, said so elsewhere)."""
    if _A_NAME.search(topic):
        return None
    wanted = [s for s in stems(topic) if s not in QUESTION_STEMS]
    if len(wanted) < TOPIC_WORDS:
        return None  # ("!demands government": one word may be a side called by its kind, never a topic)
    found = demands(context, f"what do the sides want on {topic}", command=False)
    # (its head word at least, the last: "Yerevan insists that the route remain ..." is on "the transit route")
    on_it = [
        item
        for item in found.items
        if item.label is None and item.citations and wanted[-1] in stems(item.citations[0].quote)
    ]
    if not on_it:
        return None
    # (then the sentences search ranks first for it, labelled: never less than search finds)
    closest = closest_sentences(context, context.question(topic, command=True), Intent.DEMANDS, "")
    items = then_unquoted(on_it, closest.items if closest is not None else (), SEARCH_ITEMS - len(on_it))
    return found.model_copy(update={"query": topic, "items": tuple(items)})


_A_NAME = re.compile(r"\b(?-i:[A-Z])")  # a capital anywhere: a name typed as such
TOPIC_WORDS = 2  # a topic of its own is a noun and what names it ("transit route", "police drawdown")


def demands(context: Context, text: str, *, command: bool = True) -> Answer:
    """What a party (or person) demands, best match to any topic first."""
    query = text.strip(" ?!.")
    question = context.question(query, command=command)
    if question.unknown and not command:
        # "what does Russia want for the ZNPP?" over articles that write "the Zaporizhzhia nuclear power plant": the
        # question with the acronym written out, as search reads it
        spelled = acronym_spelled_out(context, question)
        if spelled is not None and spelled.text != query:
            return demands(context, spelled.text, command=command).model_copy(update={"query": query})
    parties = _parties(context, question, query, command=command)
    if question.unknown and not parties:
        return _no_demands(context, query, f"The articles do not mention {question.unknown}.")
    targets = _targets(query, list(question.parties), parties)
    about_sides: set[str] = set()
    cue = DEMAND_CUE.search(query) if not command else None
    asking = (
        [person for person in question.people if any(fold(a) in fold(query[: cue.start()]) for a in person.aliases)]
        if cue is not None
        else []
    )
    if cue is not None and asking:
        # "what does Trump want to do with Ukrainian power plants?": the person before the asking word demands; a
        # side named only after it, not theirs, is what the demand is about, never the side demanding ("what does
        # Zelensky want before Ukraine halts strikes?" is still Ukraine's)
        before = {party for start, _, party in parties_in(query) if start < cue.start()}
        own = {person.affiliation for person in asking if person.affiliation}
        about_sides = {p for p in question.parties if p not in before and p not in own}
        parties = [p for p in parties if p not in about_sides]
    subject = _SUBJECT.match(query) if not command else None
    if (
        subject is not None
        and question.parties
        and set(question.parties) <= targets_named(query)
        and not parties_in(subject.group("subject"))
    ):
        # "What did Trump demand of Moscow?", "what did the 28-point plan demand of ukraine?": a subject of no side
        # named asks, every side named is asked (never Russia's or Ukraine's own demands, the only side named)
        targets = list(dict.fromkeys([*targets, *question.parties]))
        parties = [p for p in parties if p not in targets]
    wanted_to = set() if command else asked_to(query)
    if not parties and question.parties and set(question.parties) <= wanted_to:
        targets = list(question.parties)  # no side named as asking: every side's demands of those wanted to act
    named_party = bool(parties) or bool(set(question.parties) - set(targets) - about_sides)
    if not command:  # "what did Kesk ask Latvia for?": the party right after "ask" is the one asked
        targets += [p for p in _asked_right_after(query) if p not in targets and p not in parties]
    topic = _topic(question, parties, targets)
    body = None if parties or question.people or question.parties else _body_named(query)
    if body is not None:
        # "what does UNMAS want?": a body the actors table does not know states no demand I extracted; every party's
        # demands would answer another question, the sentences on it answer this one, labelled
        fallback = closest_sentences(
            context, searched_for(question), Intent.DEMANDS, f"I extracted no demand by {body}."
        )
        if fallback is not None:
            return fallback
    if command and query and not parties and not question.parties and not question.people:
        # "!demands transit route": no side, a topic: the demands on it, by any side, as "what do the sides want on the
        # transit route?" reads them (the closest sentences below when none is on it)
        on_it = on_a_topic(context, query)
        if on_it is not None:
            return on_it.model_copy(update={"message": f"'{query}' names no side; the demands on it, by any side:"})
    if (named_party or (command and query)) and not parties:
        # "!demands Romania", "what does NATO demand?": a party that states no demand in the articles gets none of
        # somebody else's; the sentences that best answer the question may still say it, labelled as such
        demanding = demanding_parties(query, list(question.parties))
        who = ", ".join(demanding) or query
        if not topic.groups and (command or not question.people):
            # "!demands Hungary": a list of its demands was asked for, and there is none ("what does the US envoy
            # want from Lukashenko?" names someone: the sentences on them may say it, below); what those speaking
            # for it said follows, terms first (a side's conditions are its demands told without a demand verb:
            # "peacekeepers are only possible with the consent of the parties"), never as its demands
            said = side_terms(context, topic, demanding, Intent.DEMANDS)
            if said:
                return Answer(
                    intent=Intent.DEMANDS,
                    query=query,
                    found=True,
                    items=tuple(said[:SEARCH_ITEMS]),
                    message=f"I extracted no demand by {who}. What {SPOKESMEN} {who} said, any terms they set first:",
                )
            return _none_by(context, query, who)
        fallback = closest_sentences(
            context,
            searched_for(question),
            Intent.DEMANDS,
            f"I extracted no demand by {who}; nothing is listed as its demand.",
        )
        return fallback or _none_by(context, query, who)
    speakers = {p.name for p in question.people}
    searched = searched_for(question)  # a fallback searches for what is asked, not for "want"
    subject_matter = bool(_ABOUT.search(query))  # "about Crimea": the demand itself must be about it
    scored = (
        _by_topic(context, topic, parties, whole_article=not subject_matter)
        if topic.has_topic
        else _by_support(context, parties, speakers)
    )
    if not scored and subject_matter and parties:
        # "Belgium's demands on the reparation loan": none of its demands names the loan, but one stated in an
        # article about the loan ("three demands: all members must share the risks") is the likeliest answer
        scored = [s for s in _by_topic(context, topic, parties, whole_article=True) if s.by_article]
    if scored and all(s.by_article for s in scored):
        # no demand's own sentence is about the topic: the sentences that are answer first, facts never veto them;
        # the party's demands in articles about the topic lead them, labelled (facts re-rank what search found), but
        # for one search ranks first, which answers as the party's demand
        who = " by " + ", ".join(parties) if parties else ""
        fallback = closest_sentences(context, searched, Intent.DEMANDS, f"No demand{who} I extracted says that.")
        if fallback is not None:
            return _led_by_demands(context, fallback, scored, who) if parties else fallback
    if not scored:
        who = " by " + ", ".join(parties) if parties else ""
        fallback = closest_sentences(
            context,
            searched,
            Intent.DEMANDS,
            f"I found no demand{who} on that among those I extracted.",
        )
        if fallback is not None:
            return _stated_of(fallback, _asked_of_others(query, question))
        if parties and topic.has_topic:  # it states demands, none of them on that: never "no demands" at all
            named = ", ".join(parties)
            return _no_demands(context, query, f"I found no demand by {named} on that; '!demands {named}' lists all.")
        return _none_by(context, query, ", ".join(parties) or query)
    if scored and not parties and question.people and not _touches_people(scored, question):
        # "what did Tarrant ask Okafor to do?": neither of them, nor a side of theirs, states a demand I extracted;
        # every party's demands would answer another question, the sentences on the two answer this one, labelled
        named = ", ".join(p.name for p in question.people)
        fallback = closest_sentences(context, searched, Intent.DEMANDS, f"I extracted no demand by or of {named}.")
        if fallback is not None:
            return fallback
    if question.date and scored:
        # "what did Kesk ask for in their March call?": demands stated in articles of that time first; none of them
        # there leaves every demand (a date re-ranks, it never empties the answer)
        published = context.store.published({s.row.article for s in scored})
        timely = [s for s in scored if s.row.article in published and _published_in(published[s.row.article], question)]
        scored = timely + [s for s in scored if s not in timely]
    of_them: list[_Scored] = []
    if targets:  # "what does Moscow demand of Kyiv?": the demands it makes of Kyiv, when the articles say whom
        of_them = [s for s in scored if s.row.demand.target and any(t in s.row.demand.target for t in targets)]
        # ... then those the articles give no target (a demand to withdraw "Ukrainian forces" is of Kyiv, unsaid): a
        # target re-ranks, it never hides a demand that may be of the side asked (one of another side is not asked)
        if of_them:
            scored = of_them + [s for s in scored if not s.row.demand.target]
    asked_sides = asked_parties(query, question) if not command else set()
    asked_people = _people_after_cue(query, question) if not command else []
    if (
        speakers
        and (asked_sides or asked_people)
        and not of_them
        and not any(s.row.actor in speakers for s in scored)
        and not any(_names_any(s.row, asked_sides, asked_people) for s in scored)
    ):
        # "what did Kellogg want from Lukashenko?": Kellogg states no demand, and none of his party's is of the
        # side asked; the party's other demands answer another question, the sentences on the two answer this one
        fallback = closest_sentences(context, searched, Intent.DEMANDS, "I extracted no demand of the side asked.")
        if fallback is not None:
            return fallback
    asked_of = _asked_of_others(query, question)
    if asked_of and not any(asked_of & set(s.row.stems) for s in scored):
        # "what has Kesk asked parliament to do?": no demand extracted is made of parliament (one of the same
        # sentence made of a party is another demand); the sentences saying what was asked answer, labelled
        fallback = closest_sentences(context, searched, Intent.DEMANDS, "I extracted no demand of the side asked.")
        if fallback is not None:
            return _stated_of(fallback, asked_of)
    if question.kind in ("how many", "amount"):
        # "how many fishermen does Tallinn want released?": a demand whose sentence gives the number first
        sentences = context.store.sentences(s.row.sentence for s in scored)
        counting = [
            s for s in scored if s.row.sentence in sentences and holds_answer_type(question, sentences[s.row.sentence])
        ]
        scored = counting + [s for s in scored if s not in counting]
    groups = _same_demands(scored)
    newest = LATEST_ASKED.search(query) is not None
    if newest:
        # "what is Brazil currently asking both sides to do?": the demands as they stand, the newest article's first
        # (stable: best first within each article)
        published = context.store.published({row.article for group in groups for row in group})
        groups.sort(key=lambda group: -max(published.get(row.article, dt.date.min).toordinal() for row in group))
    total = len(groups)  # grouped: the same demand in several articles counts once
    if not (topic.has_topic or of_them) and len(scored) >= POOL:
        total = context.store.demand_count(parties)  # past the pool read: count them all in the index
    items = [demand_item(context, group) for group in groups[:MAX_DEMAND_ITEMS]]
    who = ", ".join(parties) if parties else "all parties"
    if of_them and not parties:  # "what do they want the US to do?": every side's demands of the US
        who += " of " + ", ".join(targets)
    order = "the newest first" if newest else "best match first" if topic.has_topic else "the most widely stated first"
    shown = f"{len(items)} of {total}" if total > len(items) else str(total)
    message = f"{shown} demands by {who}, {order}." if total > 1 else None
    own_sides = {p.affiliation for p in question.people if p.affiliation}
    if speakers and parties and set(parties) <= own_sides and not any(s.row.actor in speakers for s in scored):
        # "what did Riquelme demand?" of a negotiator who only "insisted that the meeting went well": his side's
        # demands, said so, never as his own
        named = " and ".join(sorted(speakers))
        message = f"I extracted no demand by {named} in person; these are {who}'s, the side the articles give."
    if question.kind in ("how many", "amount") and not any(
        holds_answer_type(question, row) for row in context.store.sentences(s.row.sentence for s in scored).values()
    ):
        # "how many Patriot systems did Zelensky ask for?": a demand that names no number is no answer to it; a
        # sentence search finds that gives it does ("a list of 2,870 children ... whose return Kyiv is seeking" for
        # "how many children does Kyiv want returned?"), else the demands are the closest
        # (... a sentence telling what the side demanding seeks: "Ukraine received the bodies of 1,000 soldiers and
        # Russia received 31" tells no size of army Russia wants)
        found = search(context, searched, intent=Intent.DEMANDS)
        first = found.items[0] if found.found and found.items and found.message is None else None
        quote = first.citations[0].quote if first is not None and first.citations else ""
        if first is not None and first.label is None and _wanted_by(quote, set(parties)):
            missing = f"No demand I extracted gives the {ASKED_FOR[question.kind]} asked for; this sentence does:"
            return found.model_copy(update={"query": query, "message": missing})
        message = f"No demand I extracted gives the {ASKED_FOR[question.kind]} asked for; these are the closest."
        items = [item.model_copy(update={"label": CLOSEST_LABEL}) for item in items]
    if topic.has_topic and not command and len(items) < PADDED_ITEMS:
        # a short answer goes on with the nearest sentences, labelled: never less than search ("what did Trump ask
        # Putin to do about Kyiv?": the one demand, then "refrain from striking Kyiv for a week, until February 1")
        quoted = {c.quote for item in items for c in item.citations}
        nearest = [hit.row for hit in context.ranker.rank(searched) if hit.relevant and hit.row.text not in quoted]
        items += [context.sentence_item(row, label=CLOSEST_LABEL) for row in nearest[: PADDED_ITEMS - len(items)]]
    return Answer(intent=Intent.DEMANDS, query=query, found=True, items=tuple(items), message=message)


# a side right before its verb of wanting: "Kyiv is seeking", "Tallinn wants", "Russia has asked" (never a side only
# named in what is wanted: "Kyiv wants 1,500 Russian prisoners released" is no number Russia wants)
_WANTING_AFTER = re.compile(
    r"^\s+(?:(?:is|are|was|were|has|have|had|also|still|now)\s+){0,2}"
    r"(?:(?:seek|seeks|seeking|sought|want|wants|wanted|demand|demands|demanded|request|requests|requested|insist|"
    r"insists|insisted)\b|(?:ask|asks|asked|asking|call|calls|called)\s+for\b)",
    re.IGNORECASE,
)


def _wanted_by(text: str, sides: set[str]) -> bool:
    """Whether a sentence has one of these sides want something, the side right before its verb of wanting."""
    return any(party in sides and _WANTING_AFTER.match(text[end:]) for _, end, party in parties_in(text))


BY_ARTICLE_SHOWN = 2  # a party's demands found only by their article, shown after the closest sentence
SEARCH_ITEMS_SHOWN = 5


def _led_by_demands(context: Context, fallback: Answer, scored: list[_Scored], who: str) -> Answer:
    """The closest sentences, those stating a demand of the party first (found only by their article: their own
    words do not say the topic), labelled, but for the one search ranked best of all, which answers as the party's
    demand (the fact and the ranking agree on it); never one search did not find (a demand elsewhere in an article
    may be about anything)."""
    rows = context.store.sentences(s.row.sentence for s in scored)
    quotes = {row.text for row in rows.values()}
    lifted = [item for item in fallback.items if item.citations and item.citations[0].quote in quotes]
    if not lifted:
        # ... or, when search found none of them, the best of them after the closest sentence, labelled: "what
        # conditions did Russia put forward at the Istanbul talks?" is "Russia's demands include the withdrawal
        # ..." in the article on those talks, whose own words never say "Istanbul"
        best = [rows[s.row.sentence] for s in scored[:BY_ARTICLE_SHOWN] if s.row.sentence in rows]
        if not best:
            return fallback
        items = (fallback.items[0], *(context.sentence_item(row) for row in best), *fallback.items[1:])
        message = (
            f"No demand{who} I extracted says that in its own words; the demands{who} in the articles about it "
            "follow the closest sentence."
        )
        return fallback.model_copy(update={"items": items[:SEARCH_ITEMS_SHOWN], "message": message})
    # a demand of the party that search ranked first for the question is both: it answers, as a demand (two signals
    # agree: the fact and the ranking), its article about the topic though its own words are not; the others stay
    # closest sentences (a demand lower in the ranking may be about something else in the same article)
    top = fallback.items[0]
    demand_items: list[AnswerItem] = []
    if lifted[0] is top:
        answering = [
            s for s in scored if s.row.sentence in rows and rows[s.row.sentence].text == top.citations[0].quote
        ]
        demand_items = [demand_item(context, group) for group in _same_demands(answering)]
    lifted = lifted[1:] if demand_items else lifted
    rest = [item for item in fallback.items if item not in lifted and not (demand_items and item is top)]
    if demand_items:
        return fallback.model_copy(
            update={
                "items": tuple(demand_items + lifted + rest)[:SEARCH_ITEMS_SHOWN],
                "message": f"The demand{who} search ranks first for that comes first, though its words do not say "
                "it; then the closest sentences in the articles.",
            }
        )
    if lifted[0] is top:
        return fallback
    message = (
        f"Demands{who} stated in the articles about that, though not in its words, come first; then the closest "
        "sentences in the articles."
    )
    return fallback.model_copy(update={"items": tuple(lifted + rest), "message": message})


def _parties(context: Context, question: Question, query: str, *, command: bool) -> list[str]:
    """The parties with demands that the question names: by the actors table, a person, or the articles' own."""
    known = context.store.parties_with_demands()
    named = demanding_parties(query, list(question.parties))
    asked_of = set() if command else asked_parties(query, question)
    wanted = [p for p in named if p in known and p not in asked_of]
    wanted += [p.affiliation for p in question.people if p.affiliation in known and p.affiliation not in asked_of]
    if not command and not question.people and all(p in targets_named(query) for p in named):
        # "what does the coalition draft want from the US?": the US is asked; the side demanding is the subject
        subject = _subject_party(query, known)
        if subject is not None:
            return [subject]
        if set(named) <= asked_to(query):  # "what does the draft want the US to commit to?": by anyone, of the US
            return []
    if not wanted and known and not named:  # a party the question names that demands nothing is not another
        phrase = query if command else " ".join(w for w in query.split() if w[:1].isupper())
        if phrase:
            best = process.extractOne(
                phrase,
                known,
                scorer=fuzz.WRatio,
                processor=utils.default_process,
                score_cutoff=OPEN_PARTY_CUTOFF,
            )
            if best is not None and len(fold(phrase)) >= 2:
                wanted.append(str(best[0]))
    return list(dict.fromkeys(wanted))


_SUBJECT = re.compile(
    r"^\s*(?:what|which|how)\s+(?:\w+\s+)?(?:does|do|did|is|are|was|were|has|have)\s+(?P<subject>.+?)\s+(?:"
    + DEMAND_CUE.pattern
    + ")",
    re.IGNORECASE,
)


def _subject_party(query: str, known: list[str]) -> str | None:
    """The one party with demands whose name shares a word with the question's subject ("the coalition draft" ->
    "Coalition of the Willing"); None when none or several do."""
    found = _SUBJECT.match(query)
    if found is None:
        return None
    said = {stem(w) for w in terms(found.group("subject"))} - STOPWORDS
    fitting = [party for party in known if said & ({stem(w) for w in terms(party)} - STOPWORDS)]
    return fitting[0] if len(fitting) == 1 else None


def _names_any(row: DemandRow, parties: set[str], people: list[str]) -> bool:
    """Whether a demand's sentence names one of the parties or people asked ("wants guarantees from Latvia")."""
    quote = row.demand.citation.quote
    return bool({party for _, _, party in parties_in(quote)} & parties) or any(
        surname_of(name) in quote for name in people
    )


_ASKED_OF = re.compile(r"\bask(?:ed|s|ing)?\s+(?P<asked>(?:[\w’'-]+\s+){1,3}?)to\b", re.IGNORECASE)


def _stated_of(fallback: Answer, asked_of: frozenset[str]) -> Answer:
    """The closest sentences for a demand of someone no party stands for, the best one an answer when it says that
    very asking ("he has already asked lawmakers to prepare legislative changes" for "what did Zelensky ask
    lawmakers to do?"): a demand the extraction did not keep is still stated there."""
    first = fallback.items[0] if fallback.items else None
    found = _ASKED_OF.search(first.text) if first is not None else None
    if first is None or found is None or not asked_of & {stem(w) for w in terms(found.group("asked"))}:
        return fallback
    items = (first.model_copy(update={"label": None}), *fallback.items[1:])
    return fallback.model_copy(
        update={
            "items": items,
            "message": "The first sentence says what was asked of them (not among the demands I extracted).",
        }
    )


def _asked_of_others(query: str, question: Question) -> frozenset[str]:
    """The stems (and their families) of whom a demand was asked when that is neither a party nor a person ("asked
    parliament to", "asked the lawmakers to"): empty otherwise."""
    found = _ASKED_OF.search(query)
    if found is None:
        return frozenset()
    asked = found.group("asked")
    if any(fold(alias) in fold(asked) for p in question.people for alias in p.aliases):
        return frozenset()
    # "asked Ukrainian lawmakers to": the lawmakers are asked, whatever country they sit for; "asked Russia to" is
    # a party asked (read as one elsewhere)
    spans = parties_in(asked)
    rest = "".join(ch if not any(s <= n < e for s, e, _ in spans) else " " for n, ch in enumerate(asked))
    own = {stem(w) for w in terms(rest)} - STOPWORDS
    return frozenset(own | {other for s in own for other in related(s)})


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)?\b")


def _body_named(query: str) -> str | None:
    """An acronym the question names that is no party of the actors table ("UNMAS", "OSCE" when unlisted): a body
    asked about, whose demands, if any, are not any party's."""
    known = {query[start:end] for start, end, _ in parties_in(query)}
    cue = DEMAND_CUE.search(query)  # (the demander stands before the word asking: "what did they demand on the ZNPP?")
    return next(
        (
            m.group()
            for m in _ACRONYM.finditer(query)
            if not any(m.group() in k for k in known) and (cue is None or m.start() < cue.start())
        ),
        None,
    )


def _touches_people(scored: list[_Scored], question: Question) -> bool:
    """Whether any demand is stated by a person the question names, by one of their sides, or names them."""
    names = {p.name for p in question.people}
    sides = {p.affiliation for p in question.people if p.affiliation}
    surnames = {stem(fold(surname_of(name))) for name in names}
    return any(s.row.actor in names or s.row.party in sides or surnames & set(s.row.stems) for s in scored)


def _people_after_cue(query: str, question: Question) -> list[str]:
    """The people named after the word asking for a demand ("from Kaguta"): whom it is asked of."""
    cue = DEMAND_CUE.search(query)
    if cue is None:
        return []
    after = fold(query[cue.end() :])
    return [p.name for p in question.people if any(fold(alias) in after for alias in p.aliases)]


_ASK_BEFORE = re.compile(r"\bask(?:ed|s|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
_FOR_AFTER = re.compile(r"^\s+(?:for|to)\b", re.IGNORECASE)


def _asked_right_after(query: str) -> list[str]:
    """The parties named right after "ask" and before "for" or "to" ("ask Latvia for", "asked the EU to")."""
    return [
        party
        for start, end, party in parties_in(query)
        if _ASK_BEFORE.search(query[:start]) and _FOR_AFTER.match(query[end:])
    ]


def _published_in(day: dt.date, question: Question) -> bool:
    return date_matches(day, day, question.date)


# "call" says "demand" only as "call for" / "call on": "their March call" is a phone call, what the question is about
_CALL_FOR = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:for|on)\b", re.IGNORECASE)
_CALL_WORDS = frozenset({"call", "calls", "called"})


def demand_words(query: str) -> frozenset[str]:
    """The words of a question that say "demand" (``DEMAND_WORDS``), "call" only when it calls for something."""
    return DEMAND_WORDS if _CALL_FOR.search(query) else DEMAND_WORDS - _CALL_WORDS


# "what did Trump request from Putin?": the answer says "made a personal request", so a fallback search keeps the
# word (unlike "want" or "ask", which most sentences of a demand never repeat)
_KEPT_IN_SEARCH = frozenset({"request", "requests", "requested"})


def searched_for(question: Question) -> Question:
    """A demands question as a search: what is asked for, without the words that say "demand"; a seat read as its
    party ("asking Washington for": sentences saying "the US")."""
    return question.without_groups(demand_words(question.text) - _KEPT_IN_SEARCH).seats_as_parties()


def _targets(query: str, named: list[str], parties: list[str]) -> list[str]:
    """The parties demanded of ("from Russia", "of Kyiv"), other than the demanding ones and those the demand is
    about ("about Kyiv": the topic)."""
    about = about_parties(query)
    return [p for p in named if p not in parties and p not in about and p not in demanding_parties(query, named)]


# "Moscow's conditions for a deal", "terms for peace": what every demand is for, no topic among them ("conditions
# for a ceasefire" keeps its topic: a truce is one thing a side may demand or refuse)
_FOR_A_DEAL = re.compile(
    r"\b(?:for|to|of)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?P<deal>(?:peace\s+)?(?:deal|peace|settlement|agreement|accord))\b",
    re.IGNORECASE,
)


# "what does Moscow demand before it will agree to a ceasefire?": the verb a condition is set on is no topic (a
# demand "before a ceasefire can be declared" never says "agree"); what is agreed to is
_CONDITION_VERB = re.compile(
    r"\b(?:before|until|unless|if|for|in\s+(?:exchange|return)\s+for)\s+(?:\w+\s+){0,3}?"
    r"(?P<verb>agree|agrees|agreeing|accept|accepts|accepting|sign|signs|signing|consent|consents|consenting)\b",
    re.IGNORECASE,
)


# "what conditions is Moscow putting on a truce?", "the terms Kyiv set for talks": the verb that lays a condition down
# is no topic (a demand never says "putting"); what the condition is put on is
_LAYING = (
    "put|puts|putting|set|sets|setting|place|places|placing|placed|attach|attaches|attaching|attached|lay|lays|laying|"
    "laid|impose|imposes|imposing|imposed|make|makes|making|made"
)
_LAYING_VERB = re.compile(
    rf"\b(?:conditions?|preconditions?|terms|demands?|requirements?)\b(?:\s+[\w’'-]+){{0,4}}?\s+"
    rf"(?P<verb>{_LAYING}|scheduled)\b|"  # ("scheduled": the question reader's "set for", ``lexicon.PHRASAL_VERBS``)
    rf"\b(?P<verb2>{_LAYING})\s+(?:\w+\s+){{0,2}}?(?:conditions?|preconditions?|terms)\b",
    re.IGNORECASE,
)


def _topic(question: Question, parties: list[str], targets: list[str]) -> Question:
    """The question without the words that name the demanding party or the one demanded of, or say 'demand':
    what remains is the topic, other parties included ("what does Moscow demand about NATO?")."""
    named = set(parties) | set(targets)
    # the words of a named party's name ("united", "states"), alone no party, are its name, not a topic
    spans = [question.text[s:e] for s, e, party in parties_in(question.text) if party in named]
    name_words = {fold(w) for span in spans for w in re.findall(r"[^\W\d_]+", span)}
    party_words = {g.word for g in question.groups if set(parties_in_question(g.word)) & named}
    whole_deal = {fold(w) for found in _FOR_A_DEAL.finditer(question.text) for w in found.group("deal").split()}
    condition = {fold(found.group("verb")) for found in _CONDITION_VERB.finditer(question.text)}
    laid = [*_LAYING_VERB.finditer(question.text), *_LAYING_VERB.finditer(without_phrasal_verbs(question.text))]
    condition |= {fold(found.group("verb") or found.group("verb2")) for found in laid}
    words = demand_words(question.text) | name_words | party_words | whole_deal | condition
    topic = question.without_groups(frozenset(words))
    others = tuple(p for p in question.parties if p not in named)
    places = tuple(p for p in question.places if not set(parties_in_question(p[0])) & named)  # "Moscow", "Kyiv"
    return replace(topic, people=(), named_people=(), parties=others, places=places, unknown=None, ordinal=None)


def _by_support(context: Context, parties: list[str], speakers: set[str]) -> list[_Scored]:
    rows = context.store.demands(parties, limit=POOL)
    scored = [_Scored(_weight(row) + (SPEAKER_BONUS if row.actor in speakers else 0), row) for row in rows]
    return sorted(scored, key=lambda s: (-s.score, s.row.id))


def _weight(row: DemandRow) -> float:
    """More articles first; then the more specific: one that touches an issue of the talks (``issues``), then
    one that says more, up to a point; a whole sentence standing in for a demand last."""
    size = len(row.stems)
    specific = min(size, SPECIFIC_STEMS) / SPECIFIC_STEMS + ISSUE_WEIGHT * min(len(issues_in(row.stems)), 2)
    if size > WHOLE_SENTENCE_STEMS:
        specific -= ISSUE_WEIGHT * 2
    return row.support * 100 + specific


def _by_topic(context: Context, topic: Question, parties: list[str], *, whole_article: bool) -> list[_Scored]:
    """Demands whose sentence ranks for the topic, or whose own words hold it, or, weighing less and only when the
    topic is where rather than what (``whole_article``), that an article about the topic states ("what did Russia
    demand at the Istanbul talks?", not "what does Russia demand about the monitors?")."""
    hits = [h for h in context.ranker.rank(topic, limit=TOPIC_HITS, with_people=False, broad=False) if h.relevant]
    by_article: dict[str, float] = {}
    for ranked in hits:
        by_article[ranked.row.article] = max(by_article.get(ranked.row.article, 0.0), ranked.score)
    rows = {row.id: row for row in context.store.demands_of_sentences(ranked.row.id for ranked in hits)}
    rows |= {row.id: row for row in context.store.demands(parties, limit=POOL)}
    rows = {i: row for i, row in rows.items() if not parties or row.party in parties}
    if not rows:
        return []
    sentences = context.store.sentences(row.sentence for row in rows.values())
    scored_sentences = {h.row.id: h for h in context.ranker.score(topic, list(sentences.values()))}
    # the topic's most telling word ("Easter" in "during the Easter truce"): a demand whose sentence and own words
    # lack it is about another truce, whatever else it shares with the topic
    telling = context.ranker.telling(topic)
    things = [stems for name, stems in topic.places if party_of(name) is None]  # not a capital: a party's seat
    vocabulary = context.store.article_stems({s.article for s in sentences.values()}) if things else {}
    scored = []
    for row in rows.values():
        hit = scored_sentences.get(row.sentence)
        own = _own_share(topic, row)
        article = sentences[row.sentence].article if row.sentence in sentences else ""
        # "about Kyiv": the demand's own sentence (or the one before, or its headline) names it, not just its article
        about_it = hit is not None and hit.relevant and (whole_article or hit.coverage >= IN_CONTEXT)
        tells = not telling or (hit is not None and bool(telling & hit.matched_here)) or _holds_any(topic, row, telling)
        # ... and one whose article never names a thing the topic names ("the Easter truce") is not on it
        tells = tells and all(set(place) <= vocabulary.get(article, set()) for place in things)
        if hit is not None and (about_it or own >= 0.5) and tells:
            score = hit.score * (0.5 + own)
        elif whole_article and article in by_article:
            scored.append(_Scored(ARTICLE_FACTOR * by_article[article] + 0.01 * _weight(row), row, by_article=True))
            continue
        else:
            continue
        scored.append(_Scored(score + 0.01 * _weight(row), row))
    if not scored:
        return []
    best = max(s.score for s in scored)
    kept = [s for s in scored if s.score >= best * TOPIC_RELATIVE_CUT]
    return sorted(kept, key=lambda s: (-s.score, s.row.id))


def _holds_any(topic: Question, row: DemandRow, groups: frozenset[int]) -> bool:
    """Whether a demand's own words hold one of the topic's content words (by number), or one of its family."""
    have = set(row.stems)
    return any(have & topic.groups[n].stems.keys() for n in groups)


def _own_share(topic: Question, row: DemandRow) -> float:
    if not topic.groups:
        return 0.0
    have = set(row.stems)
    return sum(1 for g in topic.groups if have & g.stems.keys()) / len(topic.groups)


def _same_demands(scored: list[_Scored]) -> list[list[DemandRow]]:
    """One group per demand, best first: a party's demands stated in the same content words, or nearly the same
    (``SAME_DEMAND`` on their sorted stems), by several articles or sentences are one demand with every citation."""
    groups: list[list[DemandRow]] = []
    by_key: dict[tuple[str, str], list[DemandRow]] = {}
    for entry in scored:
        row = entry.row
        group = by_key.get((row.party, row.key))
        if group is None and len(groups) < MAX_DEMAND_ITEMS * 2:  # past the items shown, exact keys suffice
            keys = [key for party, key in by_key if party == row.party]
            close = process.extractOne(row.key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=SAME_DEMAND)
            group = by_key[(row.party, str(close[0]))] if close else None
            if group is not None and _particulars(group[0]) != _particulars(row):
                group = None  # "cap the army at 600,000" is not "at 85,000"; "Crimea" is not "Donbas"
        if group is None:
            group = []
            groups.append(group)
        group.append(row)
        by_key.setdefault((row.party, row.key), group)
    return groups


def _particulars(row: DemandRow) -> frozenset[str]:
    """The figures and names a demand states: two demands that differ in them are two demands."""
    text = row.demand.text
    words = re.findall(r"[\w’'-]+", text)
    return frozenset(w for n, w in enumerate(words) if w[0].isdigit() or (n > 0 and w[0].isupper()))


def demand_item(context: Context, group: list[DemandRow]) -> AnswerItem:
    """One demand as a reader sees it: the party (and who spoke for it), whom of, what, cited once per article."""
    demand = group[0].demand
    who = demand.party + (f" (via {demand.actor})" if demand.actor else "")
    target = f" → {demand.target}" if demand.target else ""
    by_article: dict[str, DemandRow] = {}
    for row in group:
        by_article.setdefault(row.article, row)  # one citation per article, its best-ranked one
    cited = context.cite(row.demand.citation for row in list(by_article.values())[:MAX_SOURCES_PER_ITEM])
    sources = max(len(by_article), group[0].support)
    return AnswerItem(
        text=f"{who}{target}: {demand.text}",
        citations=cited[:MAX_SOURCES_PER_ITEM],
        sources=sources,
    )


def _none_by(context: Context, query: str, who: str) -> Answer:
    return _no_demands(context, query, f"The articles state no demands by {who}.")


def _no_demands(context: Context, query: str, why: str) -> Answer:
    """Not found, saying why, with the parties that do state demands."""
    known = context.store.parties_with_demands()
    people = context.store.people_with_demands()
    sides = [party for party in known if party not in people]
    listed = f" Parties with demands: {', '.join(sides)}." if sides else ""
    if len(sides) < len(known):  # ("Parties with demands: Denys Shmyhal" read as if he were a side)
        listed += f" People with demands, their side not given: {', '.join(p for p in known if p in people)}."
    return Answer(
        intent=Intent.DEMANDS,
        query=query,
        found=False,
        suggestions=tuple(known),
        message=f"{why}{listed}",
    )
