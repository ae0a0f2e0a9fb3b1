"""Who someone is: a name (typos, transliterations, accents forgiven) or a role ("Ukraine's foreign minister")
to a person, their roles with citations, then what they said or did, from as many articles as possible.

A "who" question that names nobody and no role ("who was at the meeting?") is a search for people, not a
name lookup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping

from rapidfuzz import fuzz, process

from knowledge.actors import PLACE_ALIASES, parties_in, without_parties
from knowledge.answering.conflicts import role_conflicts
from knowledge.answering.context import CLOSEST_LABEL, Context
from knowledge.answering.question import LATEST_ASKED, misspelt_party_alias
from knowledge.answering.question_dates import date_matches
from knowledge.answering.search import LED_BY_SIDE, closest_sentences, search
from knowledge.answering.subjects import acts_in, clause_subject
from knowledge.extract.people import (
    ORG_WORDS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    courtesy_only,
    rank_only,
    strip_possessive,
    surname_of,
)
from knowledge.extract.registry import bare_title
from knowledge.index import SentenceRow
from knowledge.matching import LEADER_OFFICES
from knowledge.models import Answer, AnswerItem, Citation, Intent, Person
from knowledge.roles import RoleHolder, expand_abbreviations
from knowledge.text import IRREGULAR_VERBS, STOPWORDS, fold, stem, stems
from knowledge.vocabulary import APPOINTING_WORDS, EVENT_NOUNS, PAST_TITLE_WORDS, WEEKDAYS

WHO_STATEMENTS = 4
MAX_HOLDERS = 8  # people listed when several hold the role asked about
OTHER_ROLES = 3  # roles beyond the first shown, newest article first
TITLE_CHARS = 40  # a party word this close before the person's own name is in their own title
MENTIONS_READ = 60  # mentions read to pick statements from several articles
POSSESSIVE_ROLE_WORDS = 5  # "Lukashenko's press secretary" is a role; a longer text is a description to search
_TALKS_PART = re.compile(r"\b(?:delegation|negotiat\w*|negotiation\s+group|talks|team)\b", re.I)
# A career, not a post: "a career diplomat", "a veteran lawyer" say what someone is, never what they hold, so a post
# the articles give them comes first ("Serbia's chief negotiator"), whatever its date
_CAREER = re.compile(
    r"^(?:an?\s+)?(?:(?:career|veteran|seasoned|longtime|long-time|experienced|former|retired)\s+)?"
    r"(?:diplomat|lawyer|economist|journalist|academic|historian|politician|businessman|businesswoman|banker|"
    r"soldier|engineer|professor|scholar)$",
    re.I,
)
# "NSDC secretary before Umerov", "the previous head of GUR before Budanov": a post and who took it after
_HELD_BEFORE = re.compile(
    r"^(?:the\s+)?(?:(?:previous|former|prior|last)\s+)?(?P<role>.+?)\s+(?:before|prior\s+to)\s+(?P<name>[^?]+)$",
    re.I,
)
# "the name of the Kremlin spokesman", "Kremlin spokesman's name?": the words asking for a name, not part of a role
_NAME_ASKED = re.compile(r"^(?:what\s+is\s+)?(?:the\s+)?names?\s+of\s+|['’]s\s+names?$|\s+names?$", re.I)
_REPLACED_BY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|will\s+be|is\s+to\s+be|is\s+being)\s+(?:\w+\s+)?(?:replaced|succeeded)\b",
    re.I,
)
# "Yermak's predecessor", "the successor of Yermak as chief of staff": who held a post before or after someone
_IN_TURN = re.compile(
    r"^(?:(?P<name>.+?)['’]s\s+(?P<turn>predecessors?|successors?)|(?:the\s+)?(?P<turn2>predecessors?|successors?)\s+of\s+"
    r"(?P<name2>.+?))(?:\s+as\s+(?P<role>.+))?$",
    re.I,
)
# "now", "currently", "the current ...": a role asked as it stands, which the newest article giving it answers; no
# word of the role itself
# (lower case only, or opening the question: "Russia Today", "Current Time TV" are names; never "today")
_AS_IT_STANDS = re.compile(
    r"\s+(?:right\s+)?(?:now|currently|at\s+(?:the\s+moment|present)|these\s+days)$|"
    r"\b(?:current|currently|present|presently|incumbent)\s+|^(?:Current|Currently|Present|Incumbent)\s+"
)
_ACT_ENDING = re.compile(r"[a-z]{2,}(?:ed|ing)$")  # a verb's past or its -ing form opening a description
_DESCRIPTION = re.compile(r"^(?:at|in|on|with|from|behind|the\s+(?:\w+\s+)?(?:people|person|one|ones))\b", re.I)


def who(context: Context, name: str, *, asked: str | None = None, in_the_past: bool = False) -> Answer:
    """Who someone is (role, affiliation, aliases) and what they said or did, with citations; ``asked``, the whole
    question a job question's name came from ("Shmyhal's new job?" asks for a post given); ``in_the_past``: the
    question asks who held a role then ("who was ...?"), not who holds it."""
    query = _NAME_ASKED.sub("", name.strip(" ?!.")).strip()  # "Kremlin spokesman name?": who the spokesman is
    query = " ".join(_AS_IT_STANDS.sub(" ", query).split())  # "russia chief negotiator now?": the role, as it stands
    if not query:
        return Answer(
            intent=Intent.WHO,
            query=name,
            found=False,
            message="Whom should I look up? Try '!who Lavrov'.",
            suggestions=tuple(p.name for p in context.people[:5]),
        )
    held_before = _HELD_BEFORE.match(query)
    if held_before is not None and context.lookup.in_question(held_before.group("name")):
        # "who was NSDC secretary before Umerov?": whom Umerov replaced in it, as the sentences tell it
        rewritten = f"who did {held_before.group('name')} replace as {held_before.group('role')}"
        found = search(context, context.question(rewritten), intent=Intent.WHO)
        if found.found:
            return found.model_copy(update={"query": query})
    in_turn = _IN_TURN.match(query)
    holder = (in_turn.group("name") or in_turn.group("name2")) if in_turn is not None else None
    if in_turn is not None and holder and context.lookup.in_question(holder):
        # "Yermak's predecessor": whom Yermak replaced; "Yermak's successor": who replaced him
        turn = (in_turn.group("turn") or in_turn.group("turn2")).lower()
        asked_as = f" as {in_turn.group('role')}" if in_turn.group("role") else ""
        rewritten = (
            f"who did {holder} replace{asked_as}"
            if turn.startswith("predecessor")
            else f"who replaced {holder}{asked_as}"
        )
        found = search(context, context.question(rewritten), intent=Intent.WHO)
        if found.found:
            # ... told by a sentence in which they act for a predecessor ("Yermak ..., succeeding Bohdan"), and in which
            # someone else does for a successor ("Budanov will replace Yermak"): those first
            keys = {person.key for person in context.lookup.in_question(holder)}
            predecessor = turn.startswith("predecessor")

            def acts(item: AnswerItem) -> bool:
                quote = item.citations[0].quote if item.citations else item.text
                subject = bool(keys & clause_subject(quote, context.lookup, context.affiliations).people)
                # ("Lepik was replaced by Kask": its subject is the one replaced)
                return subject != bool(_REPLACED_BY.search(quote))

            items = sorted(found.items, key=lambda item: acts(item) != predecessor)  # (stable)
            return found.model_copy(update={"query": query, "items": tuple(items)})
    by_role = context.lookup.by_possessive_role(query)
    if by_role and len(query.split()) <= POSSESSIVE_ROLE_WORDS:  # "Lukashenko's press secretary": not Lukashenko
        titled, _, word = by_role[0]
        number = next((n for n, role in enumerate(titled.roles) if word in fold(role)), None)
        profile = _profile(context, titled, number)
        if profile:
            return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(profile))
    owned = _OWNED_ROLE.match(query)
    if owned is not None and asks_a_persons_post(context, query):
        owners = context.lookup.in_question(owned.group("owner"))
        # "Lukashenko's foreign minister" (no one titled his): his side's, Belarus's, never Lukashenko himself
        if not _GOVERNMENT_POST.search(owned.group("role")):
            # ... but one of their own ("Putin's spokesman") is no post of their side's (a ministry's spokesperson):
            # the one titled so ("Kapanadze's chief of staff, Tamar Lomidze"), else the closest sentences, labelled
            theirs = _titled_as_theirs(context, owners, owned.group("role"))
            if theirs is not None:
                return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(_profile(context, *theirs)))
            closest = closest_sentences(
                context, context.question(query), Intent.WHO, f"No one is titled {query} in the roles I extracted."
            )
            if closest is not None:
                return closest
        sides = {context.affiliations.get(p.key) for p in owners}
        side = sides.pop() if len(sides) == 1 else None
        if side is not None:
            answer = who(context, f"{side}'s {owned.group('role')}", in_the_past=in_the_past)
            return answer.model_copy(update={"query": query})
    person = context.lookup.match(query)
    if person is not None and asked is not None and _OLD_POST.search(asked):
        return _old_post(context, person, query, asked)
    if person is not None and _NEW_POST.search(asked or query):
        return _new_post(context, person, query) or context.not_mentioned(Intent.WHO, query, query, query)
    at = _role_at(context, person, asked) if person is not None and asked is not None else None
    profile = _profile(context, person, at) if person is not None else []
    if profile:
        return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(profile))
    query = _role_words_spelt(context, query)  # "who is Belgium's prime minster?": no name, so a role misspelt
    role, at_venue = _held_at_venue(context, query)  # "the Russian team in Turkey": Russia's, in an article on Turkey
    query = role if at_venue else query
    holders = at_venue or context.roles.holders(query)
    if not holders and _MEDIATOR_ASKED.search(query):
        mediators = _mediators(context, query)  # "brazil mediator name?": the envoy Brazil, a mediator, sends
        if mediators:
            mediating = list(dict.fromkeys(h.person.affiliation or "" for h in mediators))
            told = (
                f"{' and '.join(mediating)} mediate; who they send"
                if len(mediating) > 1
                else f"{mediating[0]} mediates; who it sends"
            )
            items = [_profile(context, h.person, h.role)[0] for h in mediators[:MAX_HOLDERS]]
            said = f"No one is given the title itself; the articles say {told}:"
            return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items), message=said)
        named_mediators = _mediation(context)[1]
        sides_asked = {party for _, _, party in parties_in(query)}
        # ("Brazilian diplomat Joana Ferraz, who is mediating the talks": the one the articles say mediates)
        people = [p for p in named_mediators if not sides_asked or p.affiliation in sides_asked]
        if people:
            items = [_profile(context, person)[0] for person in people[:MAX_HOLDERS]]
            said = "No one is given the title itself; the articles say these mediate:"
            return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items), message=said)
    elsewhere = _held_elsewhere(context, query, holders)
    if elsewhere is not None:
        return elsewhere
    if len(holders) == 1 and holders[0].party_unstated and party_by_context(context, query, holders) is None:
        # "who heads Ukraine's negotiating team?": the one head of a delegation whose party is never given is no
        # answer unless their own sentences point to Ukraine; otherwise nobody is named as that (said below)
        holders = []
    if len(holders) == 1:
        holder = holders[0]
        message = None
        asked_sides = {party for _, _, party in parties_in(query)}
        # (a head of "the delegation" who is of the side asked about heads that side's: "The delegation will be led
        # by Medinsky, an assistant to the Russian president" for "who heads the Russian team?")
        if holder.party_unstated and holder.person.affiliation not in asked_sides:
            others = [h for h in context.roles.holders(without_parties(query)) if h.person.key != holder.person.key]
            alone = "; no one else holds that role in them" if not others else ""  # said only when true
            in_query = [party for _, _, party in parties_in(query)]
            pointed = f"; the sentences naming them name {in_query[0]} nearest them" if in_query else ""
            message = (
                f"{holder.person.name} is named as {holder.person.roles[holder.role]}, but the articles do not say "
                f"outright whose{pointed}{alone}."
            )
        items = _profile(context, holder.person, holder.role)
        successor = (
            context.memo("successor", (holder.person.key, holder.role), lambda: _successor_told(context, holder))
            if message is None
            else None
        )
        if successor is not None:
            # "who leads Ukraine's delegation now?": the one the role was given to, and a later article telling
            # who follows them ("He will be succeeded by Iryna Levchuk"), first
            items = [successor, *items]
            message = f"A later article tells who follows {holder.person.name}:"
        return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items), message=message)
    if holders:
        one_side = (len({h.person.affiliation for h in holders}) == 1 and bool(parties_in(query))) or _side_in_roles(
            query, holders
        )
        if one_side or LATEST_ASKED.search(asked or name):
            # "who heads Russia's delegation?": two of one side hold it in turn (one replaced the other): the one
            # the newest article gives it first, said so, never "say whose" of a question that did; and "who is the
            # chief negotiator now?" asks the latest holder, whoever's
            dates = context.store.published(h.person.role_citations[h.role].article for h in holders)
            # (of one article's, the one its sentence appoints: "Mwangi will replace Farah as the new head")
            holders = sorted(holders, key=lambda h: _given_latest(h, dates), reverse=True)
            message = (
                f"The articles give that role to {len(holders)} people of that side in turn; the newest first."
                if one_side
                else f"The articles give that role to {len(holders)} people; the one the newest article names first; "
                "say whose to narrow it (e.g. 'Ukraine's')."
            )
        else:  # "who is the foreign minister?": several hold it; name them all, guess none
            message = (
                f"The articles give that role to {len(holders)} people; say whose to narrow it (e.g. 'Ukraine's')."
            )
        items = [_profile(context, holder.person, holder.role)[0] for holder in holders[:MAX_HOLDERS]]
        return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items), message=message)
    if names_a_role(query) or _role_of_a_place(context, query):
        # "who heads the US delegation?" when the articles name nobody as that: say so, and who holds the role
        # for others, never another party's holder as if it were the answer
        others = context.roles.holders(without_parties(query))
        inferred = party_by_context(context, query, others)
        if inferred is not None:  # "Indian PM?": the one "Prime Minister" whose own sentences speak of India
            items = _profile(context, inferred.person, inferred.role)
            message = (
                f"The articles do not say outright whose {inferred.person.roles[inferred.role]} "
                f"{inferred.person.name} is; of those with that title, only their sentences name the country asked "
                "about nearest them."
            )
            return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items), message=message)
        # (one whose side the articles never state is not "for others": they may hold it for the side asked)
        unstated = [
            h for h in others[:MAX_HOLDERS] if h.party_unstated or context.affiliations.get(h.person.key) is None
        ]
        sided = [h for h in others[:MAX_HOLDERS] if h not in unstated]
        names = [f"{h.person.name} ({h.person.roles[h.role]})" for h in sided]
        unsided = [f"{h.person.name} ({h.person.roles[h.role]})" for h in unstated]
        also = f" Named with that role for others: {'; '.join(names)}." if names else ""
        also += f" Named with that role, whose side is not stated: {'; '.join(unsided)}." if unsided else ""
        one_post = len({_ARTICLE.sub("", fold(h.person.roles[h.role])) for h in unstated}) == 1
        asked_now = not in_the_past and (one_post or LATEST_ASKED.search(asked or name))
        turn = _in_turn(context, query, unstated) if len(unstated) >= 2 and not sided and asked_now else None
        if turn is not None:
            # "who is the head of Ukraine's presidential office now?": the two the articles give it to, no side
            # stated, held it in turn ("X will replace Y as the new head of the office"): the one the newest article
            # gives it, and of one article the one its sentence appoints, first; said so, never "no one is named"
            # (so too for one post written alike, asked in the present: who holds it is who holds it now)
            return turn
        # a role nobody was extracted to hold may still be stated ("He is the head of the negotiation group"):
        # the sentences that best match answer, labelled; facts never veto what search finds
        # (one holder only, whose side is unstated, the side asked named where they are given it: they lead the
        # message, which says what is unknown, never "no one"; of several, none is singled out)
        said = (
            f"The articles give that role to {'; '.join(unsided)}, without saying for which side; no one is named "
            f"as {query} by side."
            if len(unstated) == 1 and not sided and _side_near(context, query, unstated[0])
            else f"No one is named as {query} in the roles I extracted.{also}"
        )
        fallback = closest_sentences(context, context.question(query, command=True), Intent.WHO, said)
        if fallback is not None:
            if unstated:  # ... and the sentence giving them the role leads, labelled like the rest
                lead = _role_sentence(context, unstated[0])
                quote = lead.text  # (the role sentence, quoted whole)
                rest = [item for item in fallback.items if not item.citations or item.citations[0].quote != quote]
                fallback = fallback.model_copy(update={"items": (lead, *rest)})
            return _led_by_a_side(fallback)
        if unstated:  # (no sentence matches: the one giving them the role still shows, labelled)
            message = said if not sided else f"The articles do not say who is {query}.{also}"
            return Answer(
                intent=Intent.WHO,
                query=query,
                found=True,
                items=(_role_sentence(context, unstated[0]),),
                message=message,
            )
        return Answer(
            intent=Intent.WHO,
            query=query,
            found=False,
            suggestions=tuple(h.person.name for h in others[:MAX_HOLDERS]),
            message=f"The articles do not say who is {query}.{also}",
        )
    if _describes_people(query) or query.lower().startswith("head of "):
        # "at the meeting", "head of the American side at the Jeddah talks" (no one holds it by title): the
        # sentences that name who, a sentence naming no one labelled
        return search(context, context.question(f"who {query}"), intent=Intent.WHO)
    about = context.question(query, command=True)
    known = all(context.store.contains_stem(s) for g in about.groups for s in list(g.stems)[:1])
    if (about.places or about.parties) and about.unknown is None and not about.people:
        if known:
            return search(context, about)  # "tell me about Oslo": a place or a party the articles name, not a person
        # "!who Jeddah talks attendees": a named place or side and a description in the asker's words, no name;
        # the sentences naming who, as for a description without capitals
        described = search(context, context.question(f"who {query}"), intent=Intent.WHO)
        if described.found:
            return described
    return context.not_mentioned(Intent.WHO, query, query, f"anyone called '{query}'")


# "Shmyhal's new job?", "what is Budanov's post now?": a post given, not any title the articles write before a name


def _side_near(context: Context, query: str, holder: RoleHolder) -> bool:
    """Whether the side a role question asks for is named in the sentence giving the holder the role, or in its
    article's headline ("Ukraine adds ..." over "The head of the Defense Ministry's Main Intelligence Directorate,
    Kyrylo Budanov"): the holder may well be that side's, though no sentence says so."""
    asked = {party for _, _, party in parties_in(query)}
    citation = holder.person.role_citations[holder.role]
    if asked & {party for _, _, party in parties_in(citation.quote)}:
        return True
    # (... or a headline naming that side alone: one naming both sides of the talks tells nothing of whose)
    heading = context.store.article_heading(citation.article)
    named = {party for _, _, party in parties_in(heading.title or "")} if heading is not None else set()
    return bool(named) and named <= asked


def _side_in_roles(query: str, holders: list[RoleHolder]) -> bool:
    """Whether the question names whose role it is, as a possessive, in a word every holder's title holds
    ("Korvania's chief negotiator now?" when both are called "Korvania's chief negotiator"): one side's holders in
    turn, though the side is none the party list knows. Never for holders the articles give different sides, nor
    for a word of the title itself ("the Chief of the General Staff", "the UN ambassador")."""
    if len({h.person.affiliation for h in holders if h.person.affiliation is not None}) > 1:
        return False
    named = {
        fold(strip_possessive(word))
        for word in re.findall(r"\b[A-Z][\w-]*['’]s\b", query)
        if fold(strip_possessive(word)) not in STOPWORDS | ROLE_HEADS | ROLE_MODIFIERS
    }
    return bool(named) and all(
        named <= {fold(strip_possessive(word)) for word in h.person.roles[h.role].split()} for h in holders
    )


def _led_by_a_side(fallback: Answer) -> Answer:
    """The closest sentences for a head no person was extracted to be, the best one an answer when it says a side
    leads the thing ("who leads the monitoring mechanism?": "a US-led mechanism"): the side is who leads it."""
    led = [
        item
        for item in fallback.items
        if any(parties_in(m.group("a") or m.group("b") or m.group("c")) for m in LED_BY_SIDE.finditer(item.text))
    ]
    if not led or fallback.items[0] not in led:  # the best sentence leads: a side further down may lead another thing
        return fallback
    items = [fallback.items[0].model_copy(update={"label": None}), *fallback.items[1:]]  # others stay the closest
    message = "No person is named as its head; the articles name the side that leads it."
    return fallback.model_copy(update={"items": tuple(items), "message": message})


# ("what job did Shmyhal agree to take?", "which post was Kesk offered?": a post given, as a new one is)
_NEW_POST = re.compile(
    r"\b(?:new|now|current(?:ly)?|latest|agree[ds]?\s+to\s+(?:take|lead|head|become)|accept(?:s|ed)?|"
    r"(?:was|is|been)\s+offered|take\s+(?:on|up))\b",
    re.I,
)
# ... which a sentence telling an appointment gives: "appointed X as", "X became", "will replace Y as", "to head"
_APPOINTMENT = re.compile(
    rf"\b(?:{APPOINTING_WORDS}|appoint\w*|nominat\w*|became|becomes|will\s+become|would\s+become|to\s+become|"
    r"will\s+replace|to\s+replace|took\s+over|"
    r"takes?\s+over|to\s+(?:head|lead))\b",  # (not "succeeding Bohdan" nor "new" alone: the post of one who stays)
    re.I,
)


# "Budanov's old job?", "Shmyhal's previous post": a post held before the one an appointment gives
_OLD_POST = re.compile(r"\b(?:old|former|previous|earlier|past|prior|before)\b", re.I)
FORMER_SENTENCES_READ = 60  # a person's first sentences read for "former Defense Minister X" (a title given early)


def _old_post(context: Context, person: Person, query: str, asked: str) -> Answer:
    """A post the person held before: a role other than the newest an appointment gives, a "former" title first;
    when the articles give no other, the sentences closest to the question, labelled (never the new post as if it
    were the old one)."""
    given = [n for n, citation in enumerate(person.role_citations) if _appointed_as(citation.quote, person.roles[n])]
    dates = context.store.published(citation.article for citation in person.role_citations)
    newest = max(given, key=lambda n: dates.get(person.role_citations[n].article) or dt.date.min) if given else None
    # (never the same post again: "Secretary of the NSDC of Ukraine" is the "Secretary of the NSDC" he is now)
    if newest is None:  # no appointment told: every role may be an earlier one
        earlier = list(range(len(person.roles)))
    else:
        now = fold(person.roles[newest])
        earlier = [
            n
            for n in range(len(person.roles))
            if n != newest and fold(person.roles[n]) not in now and now not in fold(person.roles[n])
        ]
    former = _former_title(context, person) if not earlier else None
    if former is not None:  # "former Defense Minister Rustem Umerov": the post a sentence says he held
        title, row = former
        return _post_in_sentence(context, query, row, f"{person.name} was {title} before")
    if earlier and newest is not None:
        earlier.sort(key=lambda n: not set(fold(person.roles[n]).split()) & PAST_TITLE_WORDS)
        items = _profile(context, person, earlier[0])
        if items:
            return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items))
    why = f"No earlier post of {person.name} is extracted as such."
    fallback = closest_sentences(context, context.question(asked), Intent.WHO, why)
    if fallback is not None:
        return fallback
    items = _profile(context, person)  # the post they hold now, said to be that, and the sentences naming them
    if not items:
        return context.not_mentioned(Intent.WHO, query, query, query)
    labelled = tuple(item.model_copy(update={"label": CLOSEST_LABEL}) for item in items)
    message = f"{why} The post the articles give now, and the sentences naming {person.name}:"
    return Answer(intent=Intent.WHO, query=query, found=True, items=labelled, message=message)


def _post_in_sentence(context: Context, query: str, row: SentenceRow, said: str) -> Answer:
    """A post read off one sentence (an old one called former, a new one offered), cited with it."""
    return Answer(
        intent=Intent.WHO,
        query=query,
        found=True,
        items=(context.sentence_item(row, label=None),),
        message=f"{said}, as this sentence writes it.",
    )


def _former_title(context: Context, person: Person) -> tuple[str, SentenceRow] | None:
    """The title a sentence gives a person as a past one ("former Defense Minister Rustem Umerov", "Umerov, a
    former defence minister,"), with that sentence; None when no sentence does."""
    names = "|".join(re.escape(alias) for alias in sorted(person.aliases, key=len, reverse=True))
    before = re.compile(rf"\b(?i:former|ex-|onetime|erstwhile)\s*(?P<title>(?:[A-Z][\w’'-]*\s+){{1,6}}?)(?:{names})\b")
    after = re.compile(rf"\b(?:{names}),\s+(?i:a|the)\s+(?i:former|ex-)\s*(?P<title>[^,;.]{{3,60}}?),")
    for row in context.store.sentences_mentioning(person.key, FORMER_SENTENCES_READ):
        found = before.search(row.text) or after.search(row.text)
        if found is not None:
            return found.group("title").strip(), row
    return None


_TITLE_WORDS = r"((?:[\w’'-]+\s+){0,4}[\w’'-]+?)"
_BODY_WORDS = "Ministry|Office|Council|Committee|Agency|Service|Department|Commission|Directorate|Administration|Fund"
# A post offered to someone, as their own sentences tell it: "the post of Defense Minister was also offered",
# "offered him the post of envoy" (a quote of theirs or a sentence naming them).
_OFFERED = (
    re.compile(
        rf"\b(?i:the\s+(?:post|position|job|role)\s+of)\s+{_TITLE_WORDS}\s+(?i:(?:was|has\s+been|had\s+been)\s+"
        r"(?:also\s+)?offered)(?!\s+to\s+[A-Z])"  # (offered to someone else is another's post)
    ),
    re.compile(rf"\b(?i:offered\s+(?:him|her|them)\s+the\s+(?:post|position|job|role)\s+of)\s+{_TITLE_WORDS}\b"),
)
# ... or a body someone agreed to head: "asked whether I would agree to lead the Ministry of Defense" (a body's name
# in capitals, ending in or led by a body's word; never whose it is: "agreed to lead Latvia's delegation")
_AGREED_TO_HEAD = re.compile(
    r"\b(?i:agree[ds]?\s+to\s+(?:lead|head|run|take\s+over))\s+(?i:the\s+)?"
    rf"((?:{_BODY_WORDS})(?:\s+(?:of|for|and|the)(?:\s+the)?\s+[A-Z][\w-]*)+|(?:[A-Z][\w-]*\s+)+(?:{_BODY_WORDS}))\b"
)


def _offered_title(context: Context, person: Person) -> tuple[str, SentenceRow] | None:
    """What a sentence naming or quoting a person says they were offered ("was offered the post of Defense
    Minister") or agreed to take ("agreed to head the Ministry of Defense"), with that sentence; None if none."""
    for row in context.store.sentences_mentioning(person.key, FORMER_SENTENCES_READ):
        for pattern in _OFFERED:
            found = pattern.search(row.text)
            if found is not None:
                return f"was offered the post of {found.group(1)}", row
        agreed = _AGREED_TO_HEAD.search(row.text)
        if agreed is not None:
            return f"agreed to head the {agreed.group(1)}", row
    return None


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")  # ("the head of X" and "head of X" are one post)


def _in_turn(context: Context, query: str, holders: list[RoleHolder]) -> Answer | None:
    """Holders of a role whose side no article states, newest first (of one article, the one appointed to it); None
    unless the first's role sentence appoints them in another's place ("X will replace Y as head of the office"):
    two prime ministers of two unnamed countries are no post held in turn."""
    dates = context.store.published(h.person.role_citations[h.role].article for h in holders)
    ranked = sorted(holders, key=lambda h: _given_latest(h, dates), reverse=True)
    first = ranked[0]
    told = first.person.role_citations[first.role]
    others = {fold(surname_of(holder.person.name)) for holder in ranked[1:]}
    if not _appointed_as(told.quote, first.person.roles[first.role]) or not any(
        re.search(rf"\b{re.escape(other)}\b", fold(told.quote)) for other in others
    ):
        return None
    items = [_profile(context, holder.person, holder.role)[0] for holder in ranked[:MAX_HOLDERS]]
    return Answer(
        intent=Intent.WHO,
        query=query,
        found=True,
        items=tuple(items),
        message=f"The articles give that role to {len(holders)} people, whose side they do not state; the one the "
        "newest article gives it (appoints to it) first.",
    )


def _given_latest(holder: RoleHolder, dates: Mapping[str, dt.date]) -> tuple[dt.date, bool]:
    """A holder's sort key, latest first when reversed: the day of the article giving them the role, then whether its
    sentence appoints them to it ("Mwangi will replace Farah as the new head")."""
    told = holder.person.role_citations[holder.role]
    return dates.get(told.article) or dt.date.min, _appointed_as(told.quote, holder.person.roles[holder.role])


def _appointed_as(quote: str, role: str) -> bool:
    """Whether a sentence tells an appointment and writes the role after its cue ("appointed X as Secretary"); a
    title before the name is the one held then ("Latvian Prime Minister Kesk said he would agree to lead the
    ministry" gives no new post of Prime Minister)."""
    cue = _APPOINTMENT.search(quote)
    if cue is None or not role.strip():
        return False
    # (the whole role, as words: "named to chair the presidential commission" gives no post of "President")
    return re.search(rf"\b{re.escape(fold(role))}\b", fold(quote[cue.start() :])) is not None


def _new_post(context: Context, person: Person, query: str) -> Answer | None:
    """The post a person was given, by the newest sentence telling an appointment; when none tells one, their
    title as the articles write it, saying so (a title is not a new post)."""
    dates = context.store.published(citation.article for citation in person.role_citations)
    given = [n for n, citation in enumerate(person.role_citations) if _appointed_as(citation.quote, person.roles[n])]
    if given:
        newest = max(given, key=lambda n: (dates.get(person.role_citations[n].article) or dt.date.min, -n))
        items = _profile(context, person, newest)
        return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items)) if items else None
    offered = _offered_title(context, person)
    if offered is not None:  # "the post of Defense Minister was also offered by President Zelensky" (Shmyhal)
        told, row = offered
        return _post_in_sentence(context, query, row, f"{person.name} {told}")
    items = _profile(context, person)
    if not items:
        return None
    message = f"No sentence tells of a new post for {person.name}; this is how the articles title them."
    return Answer(intent=Intent.WHO, query=query, found=True, items=tuple(items), message=message)


# "the Russian negotiating team in Turkey": where the team meets, after a side already named, says whose team it
# is not (a role of a place, "the mayor of Istanbul", names no other side before it)
_VENUE_AFTER = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)(?:\s+talks)?\s*[?.!]*$"
)


def _without_venue(query: str) -> tuple[str, str | None]:
    """A role asked for with the place of its meeting after the side it belongs to, without that place (and the
    place)."""
    venue = _VENUE_AFTER.search(query)
    if venue is None or not parties_in(query[: venue.start()]):
        return query, None
    return query[: venue.start()], venue.group("place")


def _held_at_venue(context: Context, query: str) -> tuple[str, list[RoleHolder]]:
    """The role asked for without the place of its meeting, and those holding it at that place ("the Russian team in
    Turkey") as an article about that place gives it: held in an article that never names the place, it is another
    round's ("Estonia's delegation in Doha" is not the one led in Riga)."""
    role, venue = _without_venue(query)
    if venue is None:
        return query, []
    holders = context.roles.holders(role)
    articles = context.store.article_stems({h.person.role_citations[h.role].article for h in holders})
    place = set(stems(venue))
    return role, [h for h in holders if place <= articles.get(h.person.role_citations[h.role].article, set())]


def _role_sentence(context: Context, holder: RoleHolder) -> AnswerItem:
    """The sentence giving someone a role, as a closest sentence (whose role it is, the articles do not say)."""
    cited = holder.person.role_citations[holder.role]
    return AnswerItem(text=cited.quote, citations=context.cite([cited]), label=CLOSEST_LABEL)


def _held_elsewhere(context: Context, query: str, holders: list[RoleHolder]) -> Answer | None:
    """ "who headed Russia's delegation in Abu Dhabi?" when the one named head of a Russian delegation is named so
    in an article that never mentions Abu Dhabi: another round's head is no answer. The closest sentences answer,
    labelled, and the message says whom the articles name for that role elsewhere; None when a holder's article
    names every place asked (or none is asked)."""
    if not holders:
        return None
    places = [place for _, place in context.question(query, command=True).places]
    if not places:
        return None
    articles = {holder.person.role_citations[holder.role].article for holder in holders}
    vocabulary = context.store.article_stems(articles)
    if any(
        all(set(place) <= vocabulary.get(holder.person.role_citations[holder.role].article, set()) for place in places)
        for holder in holders
    ):
        return None
    named = "; ".join(f"{h.person.name} ({h.person.roles[h.role]})" for h in holders[:MAX_HOLDERS])
    why = f"The articles name {named}, but not in an article about what you asked."
    fallback = closest_sentences(context, context.question(query, command=True), Intent.WHO, why)
    return fallback or Answer(intent=Intent.WHO, query=query, found=False, message=why)


def party_by_context(context: Context, query: str, holders: list[RoleHolder]) -> RoleHolder | None:
    """Of the holders of a role whose party the articles never give, the one whose own sentences point to the
    party the question asks about, when exactly one does ("Prime Minister Narendra Modi told Putin that India was
    not neutral" for "Indian PM?"); None otherwise: a guess between two is no answer. The sentence that gives the
    role decides first; failing that, most of their sentences must point to the party. A sentence points to the
    party named nearest the person that is not in another person's title ("Russian President Vladimir Putin")."""
    wanted = {party for _, _, party in parties_in(query)}
    if len(wanted) != 1:
        return None
    party = next(iter(wanted))
    fitting = []
    for holder in holders:
        person = holder.person
        if person.affiliation is not None:
            continue
        by_role = [found for c in person.role_citations if (found := _nearest_party(c.quote, person)) is not None]
        if by_role:
            if by_role[0] == party:
                fitting.append(holder)
            continue
        quotes = [citation.quote for citation, _ in context.store.mentions_of(person.key, MENTIONS_READ)]
        pointed = Counter(found for quote in quotes if (found := _nearest_party(quote, person)) is not None)
        ranked = pointed.most_common(2)
        if ranked and ranked[0][0] == party and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            fitting.append(holder)
    return fitting[0] if len(fitting) == 1 else None


_TITLE_AFTER = re.compile(r"^[\s\"“]*[A-Z][\w’'-]*")  # "Russian President ...": the party word opens a title


def _nearest_party(quote: str, person: Person) -> str | None:
    """The party named nearest to the person's surname in a sentence, leaving out capitals ("the Oslo round") and
    parties that open someone else's title ("Russian President Vladimir Putin"); None when none is left."""
    surnames = {fold(surname_of(alias)) for alias in person.aliases}
    low = fold(quote)
    at = [m.start() for name in surnames if name for m in re.finditer(rf"\b{re.escape(name)}\b", low)]
    found = []
    for start, end, party in parties_in(quote):
        if fold(strip_possessive(quote[start:end])) in PLACE_ALIASES:
            continue
        title = _TITLE_AFTER.match(quote[end:])
        if title and not any(a >= end and a - end <= TITLE_CHARS for a in at) and title.group().strip(' "“').istitle():
            continue  # another person's title
        found.append((start, party))
    if not at or not found:
        return None
    return min(found, key=lambda f: min(abs(f[0] - a) for a in at))[1]


def _successor_told(context: Context, holder: RoleHolder) -> AnswerItem | None:
    """The sentence telling who replaces a role's holder, from an article no older than the one giving the role
    ("Stetsenko ... will return to the Council. He will be succeeded by Iryna Levchuk"), or None. Read among the
    first few answers to "who replaced X?": the first may tell the replacing without the successor's name ("the
    replacement of Kask with a former officer"), the next name them ("Kask was replaced by Saar")."""
    name = holder.person.name
    surname = re.escape(surname_of(holder.person.name))
    role = holder.person.roles[holder.role]
    found = search(context, context.question(f"who replaced {name}"), intent=Intent.WHO)
    for item in found.items[:SUCCESSOR_ITEMS_READ] if found.found else ():
        if item.label is not None or not item.citations:
            break  # (the answers end where the closest sentences begin)
        # ("Kesk was replaced by Varo", "Varo will replace Kesk": never "Kesk will replace Varo" nor "Varo will be
        # succeeded by Kesk", where Kesk acts; the item's text names whom a leading "He" stands for)
        if acts_in(item.text, "replac", frozenset({holder.person.key}), context.lookup):  # (either verb of a turn)
            continue
        if _tells_replaced(item.text, surname, role) and _no_older(context, item, holder):
            return item
    # ... or among the sentences naming them, in words search does not rank for "replaced" ("Mendoza took over the
    # post this week from Javier Condori")
    for row in context.store.sentences_mentioning(holder.person.key, SUCCESSOR_MENTIONS_READ):
        if _TOOK_OVER.search(row.text) and _tells_replaced(row.text, surname, role):
            item = context.sentence_item(row, label=None)
            if _no_older(context, item, holder):
                return item
    return None


SUCCESSOR_MENTIONS_READ = 60  # a holder's sentences read for one telling who took over from them (their most recent)


SUCCESSOR_ITEMS_READ = 3  # answers to "who replaced X?" read for the successor: past them, closest sentences


_REPLACING = r"(?:replace|replaces|replacing|succeed|succeeds|succeeding)"
_TOOK_OVER = re.compile(r"\b(?:took|takes|taken)\s+over\b", re.I)  # a post taken over ("took over the post from X")


def _tells_replaced(text: str, surname: str, role: str = "") -> bool:
    """Whether a sentence tells that the one of this surname is replaced: "[Kesk] will be succeeded by", "will
    replace Kesk", "Kesk was replaced", "who replaced Eleni Kesk as chief negotiator" (never "the talks succeeded
    under Saudi efforts", "replaced Kesk's draft", "succeeded where Kesk had failed", nor in another post: "replaced
    Kesk as ambassador to France" for her delegation)."""
    name = rf"{surname}\b(?!['’]s)"
    replaced = re.search(
        rf"\b{surname}\b\W*\s+(?:{_REPLACED_BY.pattern})|"
        # ("X would step down as head of the delegation and be replaced by Y")
        rf"\b{name}[^.;]{{0,80}}?\b(?:and|to)\s+be\s+(?:replaced|succeeded)\s+by\b|"
        rf"\b{_REPLACING}\s+(?:[\w’'.-]+\s+){{0,2}}?{name}|"
        # ("naming Saar to succeed Deputy Foreign Minister Liis Kask": a title and first name, capitals only; done:
        # "who replaced Eleni Kask as chief negotiator")
        # ("who replaced the ailing Condori as chief negotiator": a few words before the name, never a clause's,
        # "succeeded where Kesk had failed")
        rf"\b(?:{_REPLACING}|replaced|succeeded)\s+"
        rf"(?:(?!(?:where|when|while|what|who|whom|if|as|and|but|in|at|on|with|without)\b)[\w’'.-]+\s+){{0,5}}?{name}|"
        # ("the replacement of Zharov by Shcherbina")
        rf"\breplacement\s+of\s+(?:[\w’'.-]+\s+){{0,4}}?{surname}\s+by\b|"
        # ("Mendoza took over the post this week from Javier Condori")
        rf"{_TOOK_OVER.pattern}\s+(?P<taken>(?:[\w’'.-]+\s+){{0,4}}?)from\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,4}}?{name}",
        text,
        re.IGNORECASE,
    )
    if replaced is None:
        return False
    taken = (replaced.groupdict().get("taken") or "").lower().split()
    if role and set(taken) - _TAKEN_WORDS and not _same_post(" ".join(taken), role):
        return False  # "took over the energy ministry from Kesk": another post than her delegation's
    post = re.match(r"\s+as\s+(?:the\s+|a\s+|an\s+|its\s+|new\s+)*(?P<post>[^,.;:]{3,60})", text[replaced.end() :])
    if post is None or not role:
        return True
    return _same_post(post.group("post"), role)


# the words that may stand between "took over" and "from" with no post of their own: "took over the post this week"
_TAKEN_WORDS = frozenset(
    "the her his their its post job role position reins leadership this last week month on in".split()
) | frozenset(WEEKDAYS)
_TEAM = frozenset(stem(word) for word in ("negotiator", "delegation", "team", "envoy", "head", "chief", "lead"))


def _same_post(told_post: str, role: str) -> bool:
    """Whether a post a sentence names is the holder's role: a word shared, or both the talks' team ("as chief
    negotiator" for "head of the delegation")."""
    # (a post's own words, never a place both name: "took over the port of Kismayo" is no "commander of the Kismayo
    # garrison")
    told = set(stems(" ".join(w for w in told_post.split() if w[:1].islower()))) - STOPWORDS
    held = set(stems(" ".join(w for w in role.split() if w[:1].islower()))) - STOPWORDS
    return bool(told & held) or bool(told & _TEAM and held & _TEAM)


def _no_older(context: Context, item: AnswerItem, holder: RoleHolder) -> bool:
    """Whether an item's article is no older than the one giving the holder the role."""
    given_in = holder.person.role_citations[holder.role].article
    days = context.store.published({item.citations[0].article, given_in})
    given, told = days.get(given_in), days.get(item.citations[0].article)
    return given is not None and told is not None and told >= given


def role_answer(context: Context, text: str) -> Answer | None:
    """A question made of a role and whose it is, with no cue word ("Belgian PM?", "Latvia's president"): the
    role's holder, or None when the text names no role (it is then a search like any other)."""
    query = _role_words_spelt(context, expand_abbreviations(text).strip(" ?!."))
    by_person = asks_a_persons_post(context, query)  # ("Lukashenko's foreign minister": ``who`` reads whose side)
    if not by_person and (not names_a_role(query) or not parties_in(query)):
        return None
    answer = who(context, query)
    return answer if answer.found else None


def _titled_as_theirs(context: Context, owners: list[Person], role: str) -> tuple[Person, int] | None:
    """The one person whose title is this role of one of ``owners`` ("Kapanadze's chief of staff"), with the title's
    number; None when no one, or several, hold it."""
    asked = [word for word in re.findall(r"[^\W\d_]+", fold(role)) if word not in STOPWORDS]
    surnames = {fold(surname_of(alias)) for owner in owners for alias in owner.aliases}
    found = [
        (person, number)
        for person in context.people
        if person.key not in {owner.key for owner in owners}
        for number, title in enumerate(person.roles)
        if any(re.search(rf"\b{re.escape(name)}\b", fold(title)) for name in surnames if name)
        and all(re.search(rf"\b{re.escape(word)}", fold(title)) for word in asked)
    ]
    return found[0] if len({person.key for person, _ in found}) == 1 else None


def asks_a_persons_post(context: Context, text: str) -> bool:
    """Whether a text asks for a role as a named person's ("Lukashenko's foreign minister"), not for the person."""
    owned = _OWNED_ROLE.match(text.strip(" ?!."))
    return (
        owned is not None
        and names_a_role(owned.group("role"))
        and not parties_in(owned.group("owner"))
        and bool(context.lookup.in_question(owned.group("owner")))
    )


ROLE_TYPO_CUTOFF = 85  # "ministr" -> "minister" (93), "presidnt" -> "president" (94); only for words no article uses
_ROLE_HEAD_LIST = sorted(ROLE_HEADS)


def _role_words_spelt(context: Context, text: str) -> str:
    """A role word misspelt ("turkish defense ministr?"): a word no article uses, close to a role word, is it; so is
    a side's name ("the Ukranian delegation": the Ukrainian one), which says whose role it is."""

    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        low = fold(word)
        if len(low) < 5 or low in ROLE_HEADS or context.store.contains_stem(stem(low)):
            return word
        side = misspelt_party_alias(word)
        if side is not None:
            return side[:1].upper() + side[1:]
        best = process.extractOne(low, _ROLE_HEAD_LIST, scorer=fuzz.ratio, score_cutoff=ROLE_TYPO_CUTOFF)
        return str(best[0]) if best else word

    return re.sub(r"[^\W\d_]+", spelt, text)


def _role_of_a_place(context: Context, query: str) -> bool:
    """'Oskaria's defence minister': a role and the place (a country no list of parties holds) it is asked for."""
    places = context.question(query, command=True).places
    # (the place first, whose role it is: "led Russia's delegation to the Istanbul talks" says where, not whose)
    whose = next((typed for typed, _ in places if re.match(rf"(?:the\s+)?{re.escape(typed)}\b", query, re.I)), None)
    return whose is not None and names_a_role(re.sub(rf"\b{re.escape(whose)}(?:['’]s)?", " ", query, count=1))


# a government's post ("Lukashenko's foreign minister" is his side's); any other role asked as a person's is theirs
# alone ("Villanueva's chief of staff", "Kesk's counterpart", "Putin's spokesman"), never their side's
_GOVERNMENT_POST = re.compile(
    rf"\b(?:{'|'.join(LEADER_OFFICES)}|minister|ambassador|king|queen|head\s+of\s+state|attorney\s+general)\b",
    re.IGNORECASE,
)
# a role asked as a person's ("Lukashenko's foreign minister", "putins spokesman"): whose it is, and the role
_OWNED_ROLE = re.compile(r"^(?P<owner>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)['’]s?\s+(?P<role>[^\W\d_][\w\s-]*)$")


def names_a_role(query: str) -> bool:
    """'head of the US delegation', 'Russia's foreign minister': a role, with or without whose, and no name."""
    words = re.findall(r"[^\W\d_]+", without_parties(query))
    return any(fold(w) in ROLE_HEADS for w in words) and not any(
        w[0].isupper() and fold(w) not in ROLE_HEADS | ROLE_MODIFIERS | ORG_WORDS | STOPWORDS for w in words
    )


def _describes_people(query: str) -> bool:
    """'at the meeting', 'attended the talks', 'heads the delegation': a description, not a name."""
    words = re.findall(r"[^\W\d_]+", query)
    if not words:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    has_role = any(fold(w) in ROLE_HEADS for w in words)
    # "accompanied Kellogg to Belarus", "attended the Erdogan Zelensky meeting": an act, whoever it names after it
    acted = len(words) > 1 and words[0].islower() and (_ACT_ENDING.search(words[0]) or words[0] in IRREGULAR_VERBS)
    return bool(_DESCRIPTION.match(query)) or bool(acted) or (not capitalised and not has_role and len(words) > 1)


_OCCASION = re.compile(EVENT_NOUNS, re.IGNORECASE)  # "at the Istanbul talks": the talks, with the place


def _role_at(context: Context, person: Person, asked: str) -> int | None:
    """The role a job question asks for at a time or an occasion ("Umerov's job at the Istanbul talks?", "his
    position in December 2025?"): the one the articles of that time give, or whose sentence or headline names that
    occasion; None when the question names neither, or no role fits better than another."""
    if len(person.roles) < 2:
        return None
    question = context.question(asked, command=False)
    dates = context.store.published(citation.article for citation in person.role_citations)
    if question.date.year or question.date.month:
        timely = [
            n
            for n, citation in enumerate(person.role_citations)
            if (day := dates.get(citation.article)) is not None and date_matches(day, day, question.date)
        ]
        if timely and len(timely) < len(person.roles):
            return max(timely, key=lambda n: dates.get(person.role_citations[n].article) or dt.date.min)
    # (an occasion is a place or an event the question names, "at the Istanbul talks"; never any other word of it:
    # "his official title?", "his job in the government?")
    occasion = {s for _, place in question.places for s in place}
    # ... or a name the role's own sentences write with a capital ("the Tarvik talks"), not a word of the post
    name_words = {fold(word) for alias in person.aliases for word in alias.split()}
    capitalised = {
        stem(fold(word))
        for citation in person.role_citations
        for word in re.findall(r"(?<=\s)[A-Z][\w’'-]+", citation.quote)
        if fold(word) not in name_words
    }
    occasion |= {g.own for g in question.groups if g.own in capitalised}
    occasion |= {g.own for g in question.groups if _OCCASION.fullmatch(g.word)} if occasion else set()
    if not occasion:
        return None
    titles = context.store.title_sets(citation.article for citation in person.role_citations)
    told = [
        len(occasion & (set(stems(citation.quote)) | titles.get(citation.article, frozenset())))
        for citation in person.role_citations
    ]
    best = max(told)
    return told.index(best) if best and told.count(best) == 1 else None


def _profile(context: Context, person: Person, role_number: int | None = None) -> list[AnswerItem]:
    """The person's name and role (the one asked about first), their other roles, then what they said or did."""
    roles = list(zip(person.roles, person.role_citations, strict=True))
    if role_number is None and len(roles) > 1:
        # "who is Budanov?": the role the newest article gives first (he heads another office now); the others
        # follow, dated
        dates = context.store.published(citation.article for _, citation in roles)
        # ... but a bare form of another of their titles ("Minister" of "Ukrainian Foreign Minister") is no new post
        words = [set(fold(role).split()) for role, _ in roles]
        bare = {n for n, mine in enumerate(words) if any(mine < other for other in words)}
        # ... nor the same post without its field ("the US envoy" of "special envoy for Black Sea commerce")
        bare |= {n for n, (role, _) in enumerate(roles) if bare_title(role, person.roles)}
        # ... nor the post a sentence moves them from ("The head of the Border Service X will replace Y as chief
        # negotiator": the post it gives them is the one they hold now)
        given = {citation.quote for role, citation in roles if _appointed_as(citation.quote, role)}
        left = {n for n, (role, citation) in enumerate(roles) if citation.quote in given}
        left -= {n for n in left if _appointed_as(roles[n][1].quote, roles[n][0])}
        role_number = max(
            range(len(roles)),
            key=lambda n: (
                not set(fold(roles[n][0]).split()) & PAST_TITLE_WORDS,  # never a "former" title first
                n not in left,
                n not in bare,
                not _CAREER.match(roles[n][0]),
                not rank_only(without_parties(roles[n][0])),  # ("Qatar's Sheikh" is no post, nor "Colonel")
                not courtesy_only(roles[n][0]),  # (nor "Ambassador" alone, before a name)
                # a post before a part in the talks ("Secretary of the NSDC" before "head of the Ukrainian
                # delegation", "assistant to the president" before "head of the delegation"): the job asked about
                not _TALKS_PART.search(roles[n][0]),
                dates.get(roles[n][1].article) or dt.date.min,
                # (of one sentence's two, the post it gives over the one it moves them from: "the head of GUR
                # Budanov will replace Yermak as head of the office")
                _appointed_as(roles[n][1].quote, roles[n][0]),
                len(roles[n][0]),  # "Foreign Minister" over "Minister" from the same day
                -n,
            ),
        )
    if role_number:
        roles.insert(0, roles.pop(role_number))
    mentions = [citation for citation, _ in context.store.mentions_of(person.key, MENTIONS_READ)]
    if not roles and not mentions:
        return []  # a name with no sentence to cite is no answer
    first_source = roles[0][1] if roles else mentions[0]
    parts = [person.name]
    if roles:
        parts.append(f"— {roles[0][0]}")
    if person.affiliation and (not roles or person.affiliation.lower() not in fold(roles[0][0])):
        parts.append(f"({person.affiliation})")
    others = [a for a in person.aliases if a != person.name and len(a.split()) > 1]
    if others:
        parts.append(f"; also written {', '.join(others)}")
    clashes = role_conflicts(context, person, person.roles.index(roles[0][0])) if roles else ()
    items = [
        AnswerItem(text=" ".join(parts).replace(" ;", ";"), citations=context.cite([first_source]), conflicts=clashes)
    ]
    items += _other_roles(context, roles[1:], first_source)
    shown = {c.article for item in items for c in item.citations}
    quotes = {c.quote for item in items for c in item.citations}
    for citation in _statements(mentions, shown, quotes):
        items.append(AnswerItem(text=citation.quote, citations=context.cite([citation])))
    return items


def _other_roles(context: Context, roles: list[tuple[str, Citation]], first: Citation) -> list[AnswerItem]:
    """Other roles the articles give, newest article first: roles change, and the reader sees when."""
    if not roles:
        return []
    dates = context.store.published(citation.article for _, citation in roles)
    newest = sorted(roles, key=lambda rc: dates.get(rc[1].article) or dt.date.min, reverse=True)
    picked: list[tuple[str, Citation]] = []
    for role, citation in newest:
        if fold(role) in {fold(r) for r, _ in picked}:
            continue
        picked.append((role, citation))
        if len(picked) == OTHER_ROLES:
            break
    # (a role told in the sentence already cited is still one to show: "Thailand's new chief negotiator, Deputy
    # Foreign Minister X" titles X twice, and the post is no less X's; that sentence is cited again for it)
    cited = list(dict.fromkeys(c for _, c in picked)) or [first]
    text = "Also described as: " + "; ".join(
        f"{role} ({dates[citation.article].isoformat()})" if citation.article in dates else role
        for role, citation in picked
    )
    return [AnswerItem(text=text, citations=context.cite(cited))]


def _statements(mentions: list[Citation], shown: set[str], quotes: set[str]) -> list[Citation]:
    """What they said or did: their own words first (mentions come spoken first), one article at a time."""
    fresh = [c for c in mentions if c.quote not in quotes]
    picked: list[Citation] = []
    seen = set(shown)
    for citation in fresh:  # first, articles not yet cited
        if citation.article not in seen:
            picked.append(citation)
            seen.add(citation.article)
        if len(picked) == WHO_STATEMENTS:
            return picked
    for citation in fresh:
        if citation not in picked:
            picked.append(citation)
        if len(picked) == WHO_STATEMENTS:
            break
    return picked


# "brazil mediator name", "who is the mediator?", "whos the saudi mediater": the articles seldom give anyone the title
# "mediator"; they name the sides that mediate ("with Brazil and Norway acting as mediators", "mediated by Qatar",
# "Qatari-mediated talks") and the envoy each sends ("Brazil's envoy, Paulo Saraiva")
_MEDIATOR_ASKED = re.compile(r"\bmediat(?:or|ors|er|ers)\b|\bfacilitators?\b", re.IGNORECASE)
_MEDIATING = re.compile(
    r"(?P<acting>(?:[\w’'.-]+\s+){1,5}?)(?:(?:were|was|are|is)\s+)?(?:acting|serving)\s+as\s+mediators?\b|"
    r"\bmediated\s+by\s+(?P<by>(?:[\w’'.-]+\s*){1,6})|"
    r"(?P<adjective>\b[\w’'.]+)-(?:mediated|brokered)\b|"
    # (only "mediators from ...": "the mediators said Kyiv and Moscow agreed" names the sides talking)
    r"\bmediators?\s+from\s+(?P<from>(?:[\w’'.-]+\s*){1,5})",
    re.IGNORECASE,
)
_MEDIATING_SENTENCES = 40  # sentences with a mediating word read for the sides that mediate: a corpus names them early
_SENT_BY_A_SIDE = ("envoy", "representative", "mediator", "special envoy", "foreign minister")  # what a side sends


def _mediators(context: Context, query: str) -> list[RoleHolder]:
    """The envoys (or, failing one, the other emissaries) of the sides the articles say mediate, or of the side the
    question names when the articles say it mediates; nobody when the articles name no mediating side."""
    asked = [party for _, _, party in parties_in(query)]
    sides = _mediation(context)[0]
    wanted = [side for side in sides if not asked or side in asked]
    holders: list[RoleHolder] = []
    for side in wanted:
        for post in _SENT_BY_A_SIDE:
            found = [h for h in context.roles.holders(f"{side}'s {post}") if not h.party_unstated]
            if found:
                holders += [h for h in found if h.person.key not in {k.person.key for k in holders}]
                break
    return holders


# a person the articles say mediates: "Joana Ferraz, who is mediating the talks", "envoy Kenji Morita is mediating"
_MEDIATING_PERSON = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3})\s*,?\s+(?:who\s+)?(?:is|was|has\s+been|had\s+been)\s+"
    r"mediating\b"
)


def _mediation(context: Context) -> tuple[tuple[str, ...], tuple[Person, ...]]:
    """The sides the articles say mediate, most often said first, and the people they say are mediating, in the
    order first said: one read of the sentences with a mediating word, once per index state."""

    def read() -> tuple[tuple[str, ...], tuple[Person, ...]]:
        counted: Counter[str] = Counter()
        people: dict[int, Person] = {}
        for row in context.store.search_sentences('"mediat" OR "mediator"', _MEDIATING_SENTENCES):
            for found in _MEDIATING.finditer(row.text):
                span = next(group for group in found.groups() if group)
                for _, _, party in parties_in(span):
                    counted[party] += 1
            for named in _MEDIATING_PERSON.finditer(row.text):
                person = context.lookup.match(named.group("name"))
                if person is not None:
                    people.setdefault(person.key, person)
        return tuple(side for side, _ in counted.most_common()), tuple(people.values())

    return context.memo("mediation", 0, read)
