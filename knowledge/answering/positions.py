"""Where each party stands on each issue of the talks: ``!positions [party|issue]``, "where does Russia stand on
NATO?".

One item per (party, issue) the articles state a position for (``extract.positions``): the latest stance and the
clause that states it, cited, then the other articles that state it; when the stance changed over time the item
says from what and when ("changed: rejects (2025-05) → open (2025-11)"). A cell with nothing stated is named in
the message as such, never filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process, utils

from knowledge.actors import parties_in, party_of
from knowledge.answering.conflicts import conflict
from knowledge.answering.context import MAX_SOURCES_PER_ITEM, Context
from knowledge.answering.demands import demand_item, on_a_topic
from knowledge.answering.question import Question, position_holders
from knowledge.answering.ranking import key_groups
from knowledge.answering.said import (
    SPOKESMEN,
    nearest_statements,
    said_about,
    side_said,
    speaking_for,
    statements_by,
)
from knowledge.answering.search import SEARCH_ITEMS, closest_sentences, relevant_hits, then_unquoted, unknown_name
from knowledge.index import DemandRow, PositionRow, SentenceRow
from knowledge.issues import ISSUES, issue_stems, issues_in_text
from knowledge.matching import parties_in_question
from knowledge.models import Answer, AnswerItem, Intent, Person, Position
from knowledge.text import stems
from knowledge.vocabulary import DEMAND_WORDS, POSITION_CUE, POSITION_WORDS, QUESTION_WORDS

PER_STANCE = 24  # rows read per party, issue and stance: the latest few articles and any stance before them
MATRIX_PARTIES = 8  # the whole matrix shows the parties with the most positions; one party is one command away
# A side's demands on no issue of the list, after its stances: the list is what most talks turn on, not what every
# conflict does (a port's use, a river's water, a corridor to the sea); three, the most widely stated, are a hint
UNTRACKED_DEMANDS = 3
UNTRACKED_LABEL = "a demand on no issue I track"
SIDE_DEMANDS = 10  # a side with no stance on a tracked issue: its demands, a page of them
PADDED_SAID = 3  # ... and then a few of the sentences its people said, for what no demand cue read
SPOKESMEN_LEAD = f"What {SPOKESMEN}"  # (the message of a side's spokesmen's words, which ``_side_said`` reads)
OPEN_PARTY_CUTOFF = 90  # "coalition of the willing" ~ "Coalition of the Willing" (as for demands, WRatio)
MIN_FUZZY_CHARS = 3  # "!positions a" is no party: a letter or two matches too much to mean anything
ISSUE_NAME_CUTOFF = 85  # "leaders meeting" ~ "leaders' meeting", "security guarantee" ~ "security guarantees"
# Holders of a view within a side that are not its government: what its spokespeople said is not their view.
_OTHER_HOLDERS = re.compile(
    r"\b(?:parties|opposition|lawmakers|legislators|mps|parliament|factions|unions|voters|public|media|press|"
    r"businesses|industry|church|military|army|generals)\b",
    re.IGNORECASE,
)
# Words that ask about positions, not what they are on: never read as an issue or a party.
_ASKING = QUESTION_WORDS | DEMAND_WORDS | POSITION_WORDS | frozenset("on are the".split())


def positions(context: Context, text: str, *, command: bool = True) -> Answer:
    """The positions the question asks for: one party's, one issue's, both, or the whole matrix."""
    query = text.strip(" ?!.")
    cue = POSITION_CUE.search(query)
    holder = context.question(query[: cue.start()], command=command) if cue and cue.start() else None
    unknown = unknown_name(context, holder, Intent.POSITIONS) if holder is not None else None
    if unknown is not None:
        # "Putin's reaction to the Berlin talks?" over articles that never name him: not another side's words on it
        # (a name after the cue is the topic's, "... according to Reuters", and search weighs it)
        return unknown.model_copy(update={"query": query})
    known = context.store.parties_with_positions()
    parties = _parties(context, query, known)
    issues = issue_names(query)
    if not known:
        none = "The articles state no positions I extracted."
        demanded = _demands_on(context, query, none) if query and not parties and not issues else None
        if demanded is not None:
            return demanded
        topic = _as_topic(context, query, command=command) if query else None
        fallback = None if topic is None else _closest(context, query, topic, none, tuple(_named_parties(query)))
        named_sides = _named_parties(query)
        if named_sides and not issues and topic is not None and not topic.groups:
            side_demands = _side_demands(context, query, named_sides, none, fallback)  # ("!positions Finland")
            if side_demands is not None:
                return side_demands
        return fallback or Answer(intent=Intent.POSITIONS, query=query, found=False, message=none)
    missing = [p for p in _named_parties(query) if p not in known]
    holders = context.question(query[: cue.start()]).people if cue else ()  # "Zelensky's stance on ...": his party's
    missing += [p.affiliation for p in holders if p.affiliation and p.affiliation not in known + missing]
    if holders and not command:
        # "Zelenskyy's reaction to the ceasefire proposal": his own words on it first (he called it "positive"),
        # before his party's extracted stance, which may be told by someone else ("Ukraine agreed", a broadcaster said)
        own = _own_words(context, _as_topic(context, query, command=command), holders)
        if own is not None and own.items and own.items[0].label is None:
            return own
        if not any(person.affiliation for person in holders) and not parties:
            # "Oberhuber's take on the truce?" of an analyst of no side: her words, or the closest sentences, never the
            # sides' positions on the issue
            topic = _as_topic(context, query, command=command)
            fallback = _closest(context, query, topic, "Not a side whose positions I extract.")
            if fallback is not None:
                return fallback
            if own is not None:
                return own
    if missing and not parties:
        # "what is the US position on NATO?" when the articles give the US none: say so, never another's
        on = f" on {', '.join(issues)}" if issues else ""
        why = f"I extracted no position by {', '.join(missing)}{on}."
        fallback = _closest(context, query, _as_topic(context, query, command=command), why, tuple(missing))
        bare = not issues and not _as_topic(context, query, command=command).groups
        side_demands = _side_demands(context, query, missing, why, fallback) if bare else None
        if side_demands is not None:
            return side_demands
        if fallback is not None:
            return fallback
        return Answer(
            intent=Intent.POSITIONS,
            query=query,
            found=False,
            suggestions=tuple(known[:MATRIX_PARTIES]),
            message=f"The articles state no position by {', '.join(missing)}{on}. "
            f"Parties with positions: {', '.join(known)}.",
        )
    topic = _outside_issues(context, query, command=command)
    if topic is not None:  # "Russia's position on holding talks at the Vatican": no issue of the matrix
        # (what those speaking for a side it names said on it, when their words answer: "Kosovo spokeswoman's reaction
        # to the postponement"; else the closest sentences, where the side's own may be: "Latvia wants the ferry line")
        why = "That is not one of the issues whose positions I extract."
        fallback = _closest(context, query, topic, why, tuple(parties)) if parties else None
        if fallback is None or not fallback.items or fallback.items[0].label is not None:
            fallback = _closest(context, query, topic, why) or fallback
        if fallback is not None:
            return fallback
    if query and not parties and not issues:
        choices = known[:MATRIX_PARTIES] + list(ISSUES)
        # "!positions Istanbul talks": no side or issue of the matrix, but search may find what was said on it; the
        # closest sentences answer, labelled, the known sides and issues still suggested (never "not covered" alone)
        why = f"'{query}' is not a party or issue whose positions I extract."
        demanded = _demands_on(context, query, why)
        if demanded is not None:
            return demanded.model_copy(update={"suggestions": tuple(choices)})
        fallback = _closest(context, query, _as_topic(context, query, command=command), why)
        if fallback is not None:
            return fallback.model_copy(update={"suggestions": tuple(choices)})
        return Answer(
            intent=Intent.POSITIONS,
            query=query,
            found=False,
            suggestions=tuple(choices),
            message=f"I know no party or issue called '{query}'. Parties with positions: {', '.join(known)}; "
            f"issues: {', '.join(ISSUES)}.",
        )
    scope_parties = parties or known[:MATRIX_PARTIES]
    scope_issues = issues or list(ISSUES)
    cells: dict[tuple[str, str], list[PositionRow]] = {}
    read = context.store.position_rows(scope_parties, scope_issues, per_stance=PER_STANCE)
    # "Ukraine's position on the Easter ceasefire": a thing the question names beyond party and issue must be in the
    # position's article, or it is a position on another ceasefire; the closest sentences answer instead
    topic = _as_topic(context, query, command=command)
    things = [(name, place) for name, place in topic.places if party_of(name) is None]
    if things and read:
        vocabulary = context.store.article_stems({row.article for row in read})
        read = [row for row in read if all(set(place) <= vocabulary.get(row.article, set()) for _, place in things)]
        if not read:
            named = ", ".join(name for name, _ in things)
            fallback = _closest(
                context,
                query,
                _as_topic(context, query, command=command),
                f"No position I extracted is stated in an article about {named}.",
            )
            if fallback is not None:
                return fallback
    # "Moscow's stance on the US plan for the nuclear plant": the issue is territory ("Zaporizhzhia"), but a stance
    # whose sentence never says the topic's most telling word ("plan") is a stance on something else
    telling = _telling_stems(context, topic, scope_issues)
    if telling and read and not command:
        said = context.store.positions_by_id(row.id for row in read)
        on_it = [row for row in read if row.id in said and telling & set(stems(said[row.id].citation.quote))]
        if not on_it:
            # (what those speaking for the side asked about said on it leads: "finland reaction to the sanctions
            # on ferries" is its spokesman's word on them, whatever words its extracted stance has)
            why = "No position I extracted is about that in so many words."
            fallback = _closest(context, query, topic, why, tuple(parties))
            if fallback is not None:
                return fallback
        read = on_it or read
    for row in read:  # latest first, as the index returns them
        cells.setdefault((row.party, row.issue), []).append(row)
    sources = context.store.position_sources(scope_parties, scope_issues)
    plans = [_plan(cells[(p, i)], sources) for p in scope_parties for i in scope_issues if (p, i) in cells]
    shown = context.store.positions_by_id(row.id for plan in plans for row in plan.rows)  # the few a reader sees
    items = [_cell(context, plan, shown) for plan in plans]
    side_row = bool(parties) and not issues and not topic.groups
    if side_row:
        # "!positions Sudan": its stances, then what it demands on no issue of the list (never for "!positions
        # Armenia constitution": a demand on something else is no answer to that)
        items += _untracked_demands(context, parties, items)
    # (the message says what is true: no stance was extracted, never that the articles state nothing)
    empty = _nothing_stated(scope_parties, scope_issues, cells)
    if items and empty and side_row:
        # "!positions Bolivia": what those speaking for it said follows its stances, labelled (a side's stance on its
        # central issue may be in words no cue reads: "the talks had to address the boundary drawn in 1904")
        items += _side_said(context, query, topic, parties, items)
    elif items and empty and not command:
        # "the two sides' positions on monitoring a ceasefire?": a side no stance was extracted for may still be told
        # ("..., while Russia insists on a smaller mission"): the closest sentences naming that side follow the
        # stances, labelled
        items += _closest_for_gaps(context, topic, scope_parties, scope_issues, cells, items)
    if not items:
        # no stance extracted for the cell asked about: what those speaking for the side said on it, or the sentences
        # that best answer the question, still can
        why = empty or ""
        fallback = _closest(context, query, _as_topic(context, query, command=command), why, tuple(parties))
        return fallback or Answer(intent=Intent.POSITIONS, query=query, found=False, message=empty)
    return Answer(intent=Intent.POSITIONS, query=query, found=True, items=tuple(items), message=empty)


def _side_demands(context: Context, query: str, sides: list[str], why: str, fallback: Answer | None) -> Answer | None:
    """ "!positions Poland" when no stance of it touches an issue I track: its demands are where it stands, then what
    those speaking for it said (``fallback``, the closest), each sentence once; None when it states no demand."""
    demanded = [demand_item(context, [row]) for row in context.store.demands(sides)[:SIDE_DEMANDS]]
    if not demanded:
        return None
    items = then_unquoted(demanded, fallback.items if fallback else (), PADDED_SAID)
    return Answer(
        intent=Intent.POSITIONS,
        query=query,
        found=True,
        items=tuple(items),
        message=f"{why} Its demands, then what those speaking for it said:",
    )


def _demands_on(context: Context, query: str, why: str) -> Answer | None:
    """ "!positions transit route": no issue of the matrix, but the sides' demands on it are their positions on it
    (``demands.on_a_topic``), said so; None when no demand is on it."""
    on_it = on_a_topic(context, query)
    if on_it is None:
        return None
    return on_it.model_copy(update={"intent": Intent.POSITIONS, "message": f"{why} What the sides demand on it:"})


def _own_words(context: Context, topic: Question, holders: tuple[Person, ...]) -> Answer | None:
    """What the people a position question asks about said on its topic, or None when they said nothing on it."""
    keys = {person.key for person in holders}
    theirs = replace(
        topic, people=holders, named_people=tuple(g for g in topic.named_people if {p.key for p in g} & keys)
    )
    spoken = statements_by(context, theirs, intent=Intent.POSITIONS)
    if spoken is None:
        return None
    names = " or ".join(person.name for person in holders)
    return spoken.model_copy(update={"message": f"What {names} said on it:"})


def _closest(context: Context, query: str, topic: Question, why: str, parties: tuple[str, ...] = ()) -> Answer | None:
    """When no extracted position answers: what the person the question asks about said on it ("Zelensky's take on
    the talks": his statements on them are his stated view), or those who speak for the party asked about, else the
    closest sentences, labelled."""
    cue = POSITION_CUE.search(query)
    holders = context.question(query[: cue.start()] if cue else query).people
    spokesmen = False
    # ("where do the German governing parties stand?": the parties, not those who speak for Germany, hold it)
    others_hold = bool(cue and _OTHER_HOLDERS.search(query[: cue.start()]))
    if not holders and parties and not others_hold:  # "China's position on ...": what those who speak for China said
        holders = speaking_for(context, parties)
        spokesmen = bool(holders)
    if holders:
        keys = {person.key for person in holders}
        theirs = replace(
            topic, people=holders, named_people=tuple(g for g in topic.named_people if {p.key for p in g} & keys)
        )
        spoken = statements_by(context, theirs, intent=Intent.POSITIONS)
        if spoken is not None:
            names = " or ".join(parties) if spokesmen else " or ".join(person.name for person in holders)
            who = f"{SPOKESMEN} {names}" if spokesmen else names
            # what is shown leads; why no extracted stance answers follows, so the header never reads as "nothing"
            # (... and only over sentences labelled closest: their own words on it are their stated view, which the
            # header says they are, and a caveat over them reads as "not found" to a reader)
            caveat = f" ({_in_a_sentence(why)})" if why and spoken.items[0].label else ""
            return spoken.model_copy(update={"message": f"What {who} said on it{caveat}:"})
        # "Budanov's reaction to being appointed", "China's reaction to the Rosneft and Lukoil sanctions": nothing
        # they said holds all the words; their statements closest to them, labelled, before anyone's (as a
        # said-question does)
        if spokesmen:
            closest = nearest_statements(context, theirs, with_words=True)
            if closest:
                names = " or ".join(parties)
                caveat = _in_a_sentence(why)
                return Answer(
                    intent=Intent.POSITIONS,
                    query=query,
                    found=True,
                    items=tuple(closest),
                    message=f"{SPOKESMEN_LEAD} {names} said closest to it ({caveat}):",
                )
        else:
            nearest = said_about(context, theirs)
            if nearest.found:
                return nearest.model_copy(update={"intent": Intent.POSITIONS})
    return closest_sentences(context, topic, Intent.POSITIONS, why)


def _telling_stems(context: Context, topic: Question, issues: list[str]) -> set[str]:
    """The stems of the topic's most telling content word beyond the issue's own words (empty when the question
    says no more than the party and the issue)."""
    signal = {s for issue in issues for s in issue_stems(issue)}
    groups = [g for g in topic.groups if g.own not in signal and not (set(g.stems) & signal)]
    if not groups:
        return set()
    narrowed = replace(topic, groups=tuple(groups))
    weights = context.ranker.group_weights(narrowed)
    best = key_groups(weights) if len(groups) > 1 else frozenset({0})
    return {s for n in best for s in groups[n].stems}


def _as_topic(context: Context, query: str, *, command: bool) -> Question:
    """The question as a search: its words less those asking for a position, a seat read as its party."""
    question = context.question(query, command=command).seats_as_parties()
    return question.without_groups(POSITION_WORDS | DEMAND_WORDS)


def _outside_issues(context: Context, query: str, *, command: bool) -> Question | None:
    """A free question about something the issues of the matrix do not name ("on holding talks at the Vatican"):
    its search form; None when it names an issue, or nothing beyond its party (the matrix answers that)."""
    if command or issue_names(query):
        return None
    topic = _as_topic(context, query, command=command)
    # "Lavrov's take on the Vatican": the person before the word that asks holds it, the party after is the topic
    cue = POSITION_CUE.search(query)
    before = context.question(query[: cue.start()]).people if cue else ()
    holders = {p.affiliation for p in before if p.affiliation} if before else set(_named_parties(query))
    others = [party for party in topic.parties if party not in holders]
    return topic if topic.groups or topic.places or others else None


def issue_names(text: str) -> list[str]:
    """The issues a text names: by their signal words ("truce", "Crimea") or their short names, typos allowed."""
    found = issues_in_text(text)
    words = " ".join(w for w in text.split() if w.lower() not in _ASKING)
    if len(words) >= MIN_FUZZY_CHARS and not found:
        best = process.extractOne(
            words, list(ISSUES), scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=ISSUE_NAME_CUTOFF
        )
        if best is not None:
            found = [str(best[0])]
    return found


def _named_parties(query: str) -> list[str]:
    """The parties a question names as holding the position; "NATO" is the issue unless the question says whose
    ("NATO's position"). Those named before the word that asks ("Kyiv's position on Russia's demand", "where does
    Kyiv stand on ...") hold it; one named after it is what the position is about, unless none stands before."""
    named = position_holders(query, parties_in_question(query))
    return [p for p in named if p not in ISSUES or re.search(rf"\b{re.escape(p)}['’]s\b", query)]


def _parties(context: Context, query: str, known: list[str]) -> list[str]:
    """Parties with positions that the question names: by the actors table, a person's party, or the articles'
    own names for them (WRatio, as for demands)."""
    named = _named_parties(query)
    wanted = [p for p in named if p in known]
    cue = POSITION_CUE.search(query)
    people = context.question(query[: cue.start()] if cue else query).people  # who holds it, not who it is about
    wanted += [p.affiliation for p in people if p.affiliation in known]
    words = " ".join(w for w in query.split() if w.lower() not in _ASKING)
    if not wanted and len(words) >= MIN_FUZZY_CHARS and not named:  # a named party stating nothing is no other
        best = process.extractOne(
            words, known, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=OPEN_PARTY_CUTOFF
        )
        if best is not None and not issues_in_text(words):
            wanted.append(str(best[0]))
    return list(dict.fromkeys(p for p in wanted if p))


@dataclass(frozen=True)
class _CellPlan:
    """What one cell shows: the latest position, then one per other article, and how many articles say it."""

    rows: list[PositionRow]  # the latest first, then the other articles (same stance first), at most a few
    sources: int  # articles stating the latest stance
    earlier: PositionRow | None  # the opposite stance stated before the latest: a change
    clashing: list[PositionRow]  # the opposite stance stated the same day: sources differ


def _plan(stated: list[PositionRow], sources: dict[tuple[str, str, str], int]) -> _CellPlan:
    latest = stated[0]
    same: dict[str, PositionRow] = {}
    others: dict[str, PositionRow] = {}
    for row in stated:
        (same if row.stance == latest.stance else others).setdefault(row.article, row)
    rows = list(dict.fromkeys([latest, *same.values(), *others.values()]))[: MAX_SOURCES_PER_ITEM + 1]
    earlier = next((r for r in stated if _opposed(r.stance, latest.stance) and r.published < latest.published), None)
    clashing = list(
        {r.article: r for r in stated if r.published == latest.published and _opposed(r.stance, latest.stance)}.values()
    )
    rows += [r for r in clashing if r not in rows]
    count = sources.get((latest.party, latest.issue, latest.stance), len(same))
    return _CellPlan(rows=rows, sources=count, earlier=earlier, clashing=clashing)


def _cell(context: Context, plan: _CellPlan, shown: dict[int, Position]) -> AnswerItem:
    latest = shown[plan.rows[0].id]
    cited = context.cite(shown[row.id].citation for row in plan.rows if row not in plan.clashing)
    label = None
    if plan.earlier is not None:  # "changed": the opposite stance stated before the latest one
        before = plan.earlier
        label = f"changed: {before.stance} ({before.published}) → {latest.stance} ({latest.published})"
    conflicts = tuple(  # two stances on one day: which holds the articles do not say, so both are shown
        conflict(
            context,
            shown[row.id].citation.article,
            shown[row.id].citation.quote,
            f"another statement of the same day: {row.stance}",
        )
        for row in plan.clashing
    )
    via = f" (via {latest.actor})" if latest.actor else ""
    return AnswerItem(
        text=f"{latest.text}{via}",
        date=latest.published.isoformat(),
        citations=cited[:MAX_SOURCES_PER_ITEM],
        label=label,
        sources=plan.sources,
        party=latest.party,
        issue=latest.issue,
        stance=latest.stance,
        conflicts=conflicts,
    )


def _opposed(one: str, other: str) -> bool:
    """A rejection against support, an offer or openness: a change of position. Demands are left out: demanding
    one thing and rejecting another on the same issue ("withdraw from Donetsk"; "no freeze of the lines") is one
    position, not two."""
    return {one, other} in ({"rejects", "supports"}, {"rejects", "offers"}, {"rejects", "open"})


GAP_SENTENCES = 2  # closest sentences shown for the sides no stance was extracted for: a hint, never a page


def _closest_for_gaps(
    context: Context,
    topic: Question,
    parties: list[str],
    issues: list[str],
    cells: dict[tuple[str, str], list[PositionRow]],
    shown: list[AnswerItem],
) -> list[AnswerItem]:
    """The closest sentences to the question naming a side no stance on it was extracted for, labelled, after the
    stances shown (none already quoted by them). A close sentence naming no side lends its place to the one after it
    in its article when that one names the side: news writing states the matter, then each side's view ("The two
    sides remain far apart on who should monitor a ceasefire. Ukraine wants ..., while Russia insists on ...")."""
    gaps = {party for party in parties if any((party, issue) not in cells for issue in issues)}
    hits = relevant_hits(context, topic)[:SEARCH_ITEMS] if gaps else []
    after = context.ranker.next_of([hit.row for hit in hits])  # (the sentence after each, in its article)
    quoted = {c.quote for item in shown for c in item.citations}
    rows: list[SentenceRow] = []
    # (the sentence after must say a word of the question too: "Russia's foreign ministry separately announced new
    # visa rules" is no view of Russia's on the sanctions the sentence before was about)
    asked = {s for g in topic.groups for s in g.stems}
    for hit in hits:
        following = after.get(hit.row.id)
        if following is not None and asked.isdisjoint(following.stems):
            following = None
        for row in (hit.row, following):
            if (
                row is not None
                and row.text not in quoted
                and row not in rows
                and gaps & {party for _, _, party in parties_in(row.text)}
            ):
                rows.append(row)
                break
    return [context.sentence_item(row) for row in rows[:GAP_SENTENCES]]


def _side_said(
    context: Context, query: str, topic: Question, parties: list[str], shown: list[AnswerItem]
) -> list[AnswerItem]:
    """The statements of those speaking for the sides, none already quoted, labelled: a side's row goes on with
    its own words after its extracted stances."""
    spoken = _closest(context, query, topic, "", tuple(parties))
    if spoken is None or not spoken.found or not (spoken.message or "").startswith(SPOKESMEN_LEAD):
        return []  # (the closest sentences by anyone are no words of the side's)
    quoted = {c.quote for item in shown for c in item.citations}
    fresh = [item for item in spoken.items if not quoted & {c.quote for c in item.citations}]
    return [item.model_copy(update={"label": side_said(item.label)}) for item in fresh[:GAP_SENTENCES]]


def _untracked_demands(context: Context, parties: list[str], shown: list[AnswerItem]) -> list[AnswerItem]:
    """The parties' most widely stated demands that touch no issue of the list, none already quoted, labelled."""
    quoted = {c.quote for item in shown for c in item.citations}
    rows: list[DemandRow] = []
    for row in context.store.demands(parties):
        if len(rows) == UNTRACKED_DEMANDS:
            break
        quote = row.demand.citation.quote
        if not issues_in_text(row.demand.text) and quote not in quoted:  # (its phrases read: "hostage to" is none)
            rows.append(row)
            quoted.add(quote)  # (one sentence stating two demands is quoted once)
    items = [demand_item(context, [row]) for row in rows]
    return [item.model_copy(update={"label": UNTRACKED_LABEL}) for item in items]


def _nothing_stated(
    parties: list[str],
    issues: list[str],
    cells: dict[tuple[str, str], list[PositionRow]],
) -> str | None:
    """'No position I extracted: Russia on sanctions, elections; Ukraine on reparations.' (what was extracted, never
    "nothing stated in the articles": a side's stance told in words no cue reads is still stated)"""
    gaps = []
    for party in parties:
        missing = [issue for issue in issues if (party, issue) not in cells]
        if missing:
            gaps.append(f"{party} on {', '.join(missing)}")
    return "No position I extracted: " + "; ".join(gaps) + "." if gaps else None


def _in_a_sentence(why: str) -> str:
    """A message set inside another sentence: its first letter lower-cased (never the pronoun "I"), no full stop."""
    head = why if why.startswith("I ") else why[:1].lower() + why[1:]
    return head.rstrip(".")
