"""Where each party stands on each issue of the talks: ``!positions [party|issue]``, "where does Russia stand on
NATO?".

One item per (party, issue) the articles state a position for (``extract.positions``): the latest stance and the
clause that states it, cited, then the other articles that state it; when the stance changed over time the item
says from what and when ("changed: rejects (2025-05) → open (2025-11)"). A cell with nothing stated is named in
the message as such, never filled in.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from knowledge.answering.conflicts import conflict
from knowledge.answering.context import MAX_SOURCES_PER_ITEM, Context
from knowledge.issues import ISSUES, issues_in_text
from knowledge.matching import parties_in_question
from knowledge.models import Answer, AnswerItem, Intent, Position

MATRIX_PARTIES = 8  # the whole matrix shows the parties with the most positions; one party is one command away
OPEN_PARTY_CUTOFF = 90  # "coalition of the willing" ~ "Coalition of the Willing" (as for demands, WRatio)
MIN_FUZZY_CHARS = 3  # "!positions a" is no party: a letter or two matches too much to mean anything
ISSUE_NAME_CUTOFF = 85  # "leaders meeting" ~ "leaders' meeting", "security guarantee" ~ "security guarantees"
# Words that ask about positions, not what they are on: never read as an issue or a party.
_ASKING = frozenset("where does do did stand stands stood position positions stance view on what is are the".split())


def positions(context: Context, text: str, *, command: bool = True) -> Answer:
    """The positions the question asks for: one party's, one issue's, both, or the whole matrix."""
    query = text.strip(" ?!.")
    known = context.store.parties_with_positions()
    parties = _parties(context, query, known)
    issues = issue_names(query)
    if not known:
        return Answer(intent=Intent.POSITIONS, query=query, found=False, message="The articles state no positions.")
    missing = [p for p in _named_parties(query) if p not in known]
    if missing and not parties:
        # "what is the US position on NATO?" when the articles give the US none: say so, never another's
        on = f" on {', '.join(issues)}" if issues else ""
        return Answer(
            intent=Intent.POSITIONS,
            query=query,
            found=False,
            suggestions=tuple(known[:MATRIX_PARTIES]),
            message=f"The articles state no position by {', '.join(missing)}{on}. "
            f"Parties with positions: {', '.join(known)}.",
        )
    if query and not parties and not issues:
        choices = known[:MATRIX_PARTIES] + list(ISSUES)
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
    stated = context.store.positions(scope_parties, scope_issues)
    cells: dict[tuple[str, str], list[Position]] = {}
    for position in stated:  # latest first, as the index returns them
        cells.setdefault((position.party, position.issue), []).append(position)
    items = [
        _cell(context, party, issue, cells[(party, issue)])
        for party in scope_parties
        for issue in scope_issues
        if (party, issue) in cells
    ]
    empty = _nothing_stated(scope_parties, scope_issues, cells)
    if not items:
        return Answer(intent=Intent.POSITIONS, query=query, found=False, message=empty)
    return Answer(intent=Intent.POSITIONS, query=query, found=True, items=tuple(items), message=empty)


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
    """The parties a question names; "NATO" is the issue unless the question says whose ("NATO's position")."""
    named = parties_in_question(query)
    return [p for p in named if p not in ISSUES or re.search(rf"\b{re.escape(p)}['’]s\b", query)]


def _parties(context: Context, query: str, known: list[str]) -> list[str]:
    """Parties with positions that the question names: by the actors table, a person's party, or the articles'
    own names for them (WRatio, as for demands)."""
    named = _named_parties(query)
    wanted = [p for p in named if p in known]
    wanted += [p.affiliation for p in context.question(query).people if p.affiliation in known]
    words = " ".join(w for w in query.split() if w.lower() not in _ASKING)
    if not wanted and len(words) >= MIN_FUZZY_CHARS and not named:  # a named party stating nothing is no other
        best = process.extractOne(
            words, known, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=OPEN_PARTY_CUTOFF
        )
        if best is not None and not issues_in_text(words):
            wanted.append(str(best[0]))
    return list(dict.fromkeys(p for p in wanted if p))


def _cell(context: Context, party: str, issue: str, stated: list[Position]) -> AnswerItem:
    latest = stated[0]
    same: dict[str, Position] = {}  # the articles that state the latest stance: its sources
    others: dict[str, Position] = {}  # and those that state another one, listed after them
    for position in stated:
        (same if position.stance == latest.stance else others).setdefault(position.citation.article, position)
    cited = context.cite(p.citation for p in [latest, *same.values(), *others.values()])
    earlier = next((p for p in stated if _opposed(p.stance, latest.stance) and p.published < latest.published), None)
    label = None
    if earlier is not None:  # "changed": the opposite stance stated before the latest one
        label = f"changed: {earlier.stance} ({earlier.published}) → {latest.stance} ({latest.published})"
    clashing = [p for p in stated if p.published == latest.published and _opposed(p.stance, latest.stance)]
    conflicts = tuple(
        conflict(context, p.citation.article, p.citation.quote, f"another statement of the same day: {p.stance}")
        for p in {p.citation.article: p for p in clashing}.values()
    )  # two stances on one day: which holds the articles do not say, so both are shown
    via = f" (via {latest.actor})" if latest.actor else ""
    return AnswerItem(
        text=f"{latest.text}{via}",
        date=latest.published.isoformat(),
        citations=cited[:MAX_SOURCES_PER_ITEM],
        label=label,
        sources=len(same),
        party=party,
        issue=issue,
        stance=latest.stance,
        conflicts=conflicts,
    )


def _opposed(one: str, other: str) -> bool:
    """A rejection against support, an offer or openness: a change of position. Demands are left out: demanding
    one thing and rejecting another on the same issue ("withdraw from Donetsk"; "no freeze of the lines") is one
    position, not two."""
    return {one, other} in ({"rejects", "supports"}, {"rejects", "offers"}, {"rejects", "open"})


def _nothing_stated(parties: list[str], issues: list[str], cells: dict[tuple[str, str], list[Position]]) -> str | None:
    """'Nothing stated: Russia on sanctions, elections; Ukraine on reparations.'"""
    gaps = []
    for party in parties:
        missing = [issue for issue in issues if (party, issue) not in cells]
        if missing:
            gaps.append(f"{party} on {', '.join(missing)}")
    return "Nothing stated in the articles: " + "; ".join(gaps) + "." if gaps else None
