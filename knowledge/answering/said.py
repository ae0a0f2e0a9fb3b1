"""Who said it, and what someone said about something.

- "who said 'bloodbath'?", ``!said PHRASE``, "who said the talks were constructive?": the sentences that hold the
  quoted words (exactly, case and accents aside) or that rank best for the words, each item opening with its
  speaker's name and role, as the extraction found them ("Lavrov said", "he added" after him). A sentence that
  reports someone else ("Lavrov said Putin conveyed ...") names both. When no speaker was found the item says so:
  naming the nearest person instead would be a confident wrong answer.
- "what did Lavrov say about NATO?": the sentences the person speaks, ranked for the rest of the question; when
  none of them is about it, the closest sentences that mention the person answer, labelled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from knowledge.actors import only_a_side, parties_in, without_parties
from knowledge.answering.context import CLOSEST_LABEL, Context
from knowledge.answering.question import ON_TOPIC, Question
from knowledge.answering.ranking import Hit
from knowledge.answering.search import (
    SEARCH_ITEMS,
    closest_sentences,
    not_covered,
    plain_search,
    relevant_hits,
    search,
    with_acronyms_spelled,
)
from knowledge.answering.subjects import opening_person
from knowledge.answering.who import names_a_role, party_by_context
from knowledge.extract.dates import find_dates
from knowledge.extract.people import ROLE_HEADS, same_person, strip_possessive
from knowledge.extract.prefilter import lowered
from knowledge.extract.speakers import (
    TITLE_LOOKBACK,
    WHOLE_QUOTATION,
    agent_before,
    attributed_to_another,
    brought_in,
    in_subordinate_clause,
    reported_by_another,
    spoken_by_pronoun,
)
from knowledge.index import SentenceRow
from knowledge.lexicon import related
from knowledge.models import Answer, AnswerItem, Intent, Person, Precision
from knowledge.text import IRREGULAR_VERBS, STOPWORDS, fold, stem, stems
from knowledge.vocabulary import (
    AGENT_ROLE_WORDS,
    AUXILIARIES,
    DETERMINERS,
    ED_ADJECTIVES,
    MODALS,
    MONTHS,
    RELATIVE_PRONOUNS,
    REPORT_VERBS,
    SAID_ON_WORDS,
    SPEECH_VERBS,
    TERMS_CUE,
    WEEKDAYS,
)

UNKNOWN_SPEAKER = "Speaker not named in the article"
SPEAKER_UNKNOWN_LABEL = "speaker unknown"
SIDE_SAID_LABEL = "said for the side"
SPOKESMEN = "people speaking for"
MAX_SPOKESMEN = 200  # people read as speaking for a party asked about: all of them in any real corpus, bounded
PHRASE_POOL = 200  # ranked sentences searched for a quoted phrase: it must appear in one of them verbatim
# A quoted phrase: between straight or curly quotes, single or double ("'bloodbath'", "“a bloodbath”").
_QUOTED = re.compile(r"[\"“”](?P<double>[^\"“”]{2,200})[\"“”]|(?<!\w)['‘’](?P<single>[^'‘’]{2,200})['‘’](?!\w)")
CONTINUED_LABEL = "speaker from the sentence before"
EARLIER_LABEL = "speaker named earlier in the article"
NAMED_LABEL = "speaker as the sentence names it"  # not a person the index knows: "the Harbour Board", "Eismont"
# "According to the president, ...", "the minister said": a speaker named by a title alone, who is the one person
# the article named with that title before.
_TITLED = re.compile(
    rf"\b(?:(?i:according\s+to\s+the)\s+(?P<after>[\w.]+(?:\s+[a-z]+)?)\b|"
    rf"\bthe\s+(?P<before>[\w.]+(?:\s+[a-z]+)?)\s+(?:{SPEECH_VERBS})\b)"
)
# "Rubio praised it", "Zelensky has described the meeting": a name right before a reporting verb speaks.
# (a verb of saying that takes a thing won, not words: "claimed victory", "claimed responsibility")
_SPEAKS_AFTER = re.compile(
    rf"^\s*(?:,[^,]{{1,60}},\s*)?(?:(?:also|has|have|had|then)\s+)*(?:{REPORT_VERBS})\b"
    r"(?!\s+(?:victory|responsibility|credit|the\s+win|a\s+win)\b)",
    re.I,
)
# "stated by President Volodymyr Zelenskyy", "Quote from Medinsky:", "according to Peskov".
_BY_BEFORE = re.compile(
    r"(?:\b(?:stated|said|told|written|announced|made|reported)\s+by|^\s*quote\s+from|\baccording\s+to)"
    r"\s+(?:[A-Z][\w’'.-]*\s+){0,4}$",
    re.I,
)
# What a sentence gives of someone's words: a quotation, a reported clause, a colon, or a word of saying
_HOLDS_WORDS = re.compile(r"[\"“”‘’]|\bthat\b|:|\b(?:saying|calling|describing|warning|insisting|adding)\b", re.I)
_ALL_QUOTE = re.compile(r"^\s*[\"“‘']")
# "Lavrov said (that) Putin conveyed ...": the name right after a verb of saying (and "that") is whose act is
# reported; "told Putin", "spoke with Putin" make him the one spoken to, not reported.
_ADDRESSING = {"told", "urged", "assured", "replied", "responded"}  # their object is spoken to, not reported
_REPORTED = re.compile(
    rf"\b(?:{'|'.join(v for v in SPEECH_VERBS.split('|') if v not in _ADDRESSING)})\s+(?:that\s+)?$", re.I
)


def quoted_phrase(text: str) -> str | None:
    """The words a question quotes, if it quotes any."""
    match = _QUOTED.search(text)
    return (match.group("double") or match.group("single")).strip() if match else None


# "what did Beijing say about the sanctions?", "!said China about the sanctions": a side's words on a topic
_SIDE_SAID = re.compile(
    r"^\s*(?:what\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?(?P<who>[\w’'. -]{2,40}?)\s+"
    r"(?:say|said|think|thought)\s+|(?P<who2>[\w’'. -]{2,40}?)\s+)(?:about|on|regarding)\s+(?P<topic>[^?]+)",
    re.I,
)


def side_spoke(text: str) -> tuple[str, str] | None:
    """The side and topic of "what did <side> say about <topic>?" when the speaker is a side (a country, a capital,
    a body), not a person: its position on the topic answers, with what its people said (``positions``)."""
    match = _SIDE_SAID.match(text)
    if match is None:
        return None
    who = (match.group("who") or match.group("who2") or "").strip()
    if not only_a_side(who):
        return None
    return who, match.group("topic").strip()


# Words that make what follows a name a clause someone said ("Putin was ready", "Putin must resign", "Putin knew of
# it", "Putin wants a deal"), not a topic of the name's words ("Putin truce", "Zelensky elections"): auxiliaries and
# modals, verbs of saying, past forms, "that", negations, and determiners (a topic typed after a name has none)
_CLAUSE_WORD = re.compile(
    rf"^(?:{AUXILIARIES}|{MODALS}|{REPORT_VERBS}|that|not|never|[a-z]{{2,}}ed|[a-z]+n't|{'|'.join(DETERMINERS)})$"
)
NAME_WORDS = 3  # a name is at most this many words ("Volodymyr Zelensky", "Jean-Noel Barrot")
TOPIC_WORDS = 3  # a topic typed after a name without "on" or "about" is a few nouns ("Easter truce"); more is a clause


def speaker_and_topic(context: Context, text: str, *, participles: bool = False) -> tuple[str, str] | None:
    """ "!said Putin truce", "!said Zelensky on elections", "!said Lavrov": one person the articles name, then what
    they spoke about, if anything (the name as typed, the topic or ""); None when no one is named first, when the
    name is typed without a capital and no "on" or "about" follows it, or when the words after the name may be a
    clause, which is words someone said ("!said Putin was ready to meet" asks who said so). ``participles``: an -ed
    word right before a noun is an adjective of the topic ("!said Sok detained soldiers"), never a verb."""
    words = text.split()
    if not words:
        return None
    people = context.question(text).people
    # the longest run of opening words that all name one person ("Zlatev Vasca" is Zlatev, then Vasca spoken of)
    named = max(
        (
            n
            for person in people
            for n in range(1, min(NAME_WORDS, len(words)) + 1)
            if all(strip_possessive(w) == w and _names_one_of(w, (person,)) for w in words[:n])
        ),
        default=0,
    )
    if not named:
        return None
    topic = words[named:]
    if topic and ON_TOPIC.match(" " + " ".join(topic)):
        topic = topic[1:]  # "!said Putin on the truce": after "on", any words are the topic
    elif not words[0][:1].isupper():
        return None  # ("!said price cap": a phrase, whoever "Price" may be; "!said price on the cap" names her)
    elif len(topic) > TOPIC_WORDS or any(
        (
            _CLAUSE_WORD.match(fold(word).strip(",.;:!?"))
            and fold(word) not in ED_ADJECTIVES
            and not (participles and _before_a_noun(topic, n))
        )
        or (fold(word) in IRREGULAR_VERBS and IRREGULAR_VERBS[fold(word)] != fold(word))  # "knew", "met", "broke"
        for n, word in enumerate(topic)
    ):
        return None
    if len(topic) == 1 and fold(topic[0]).strip(",.;:!?") in STOPWORDS:
        return None  # ("!said Vasca on", "!said Vasca left": no topic, words someone said)
    return " ".join(words[:named]), " ".join(topic)


_PARTICIPLE = re.compile(r"^[a-z]{2,}ed$")


def _before_a_noun(words: list[str], n: int) -> bool:
    """Whether the n-th word is an -ed form right before a word no clause opens with: "detained soldiers" (an
    adjective), never "offered a truce" or "rejected it" (a verb and its object)."""
    word = fold(words[n]).strip(",.;:!?")
    after = fold(words[n + 1]).strip(",.;:!?") if n + 1 < len(words) else ""
    return (
        _PARTICIPLE.match(word) is not None
        and re.fullmatch(rf"(?:{REPORT_VERBS})", word) is None
        and bool(after)
        and after not in STOPWORDS
        and not _CLAUSE_WORD.match(after)
    )


def _told_as_written(context: Context, query: str, spoken: tuple[str, str]) -> bool:
    """Whether an article writes the name and the -ed word after it as a clause ("Ruiz offered talks on ..." for
    "!said Ruiz offered talks"): then the words are what someone said, the participle no adjective of a topic."""
    name, topic = spoken
    words = [word.strip(",.;:!?") for word in topic.split()]
    verb = next((word for word in words if _PARTICIPLE.match(fold(word))), None)
    if verb is None:
        return False
    surname = name.split()[-1]
    # (the surname as a name is written, capitalised: "Long said" is no "long"; the verb followed by the topic's noun
    # when it has one, "Ruiz offered talks", never "Papadaki released a statement" for "released fishermen")
    rest = [word for word in words[words.index(verb) + 1 :] if word]
    noun = rf"\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(rest[0])}" if rest else ""
    told = re.compile(rf"\b{re.escape(surname[:1].upper() + surname[1:])}\s+(?i:{re.escape(verb)}){noun}\b")
    return any(told.search(row.text) for row in plain_search(context, query))


def who_said(context: Context, text: str, *, command: bool = False) -> Answer:
    """The speakers of the sentences that hold a phrase or state what the question says; for the ``!said``
    command naming a person first, then a topic (``speaker_and_topic``), what they said on it ("who said ...?"
    always asks for a speaker)."""
    query = text.strip()
    side = side_spoke(query) if not quoted_phrase(query) else None
    if side is not None:  # "!said China about the sanctions": what China said on it, not who said those words
        from knowledge.answering.positions import positions

        return positions(context, f"{side[0]}'s position on {side[1]}").model_copy(update={"query": query})
    spoken = speaker_and_topic(context, query) if command and not quoted_phrase(query) else None
    if spoken is not None:  # "!said Putin truce": what Putin said on the truce, as "what did Putin say about ...?"
        name, topic = spoken
        asked = context.question(f"what did {name} say about {topic}?" if topic else f"what did {name} say?")
        return said_about(context, asked).model_copy(update={"query": query})
    loose = speaker_and_topic(context, query, participles=True) if command and not quoted_phrase(query) else None
    if loose is not None and not _told_as_written(context, query, loose):
        # "!said Sok detained soldiers": his words on the detained soldiers when he has some; else it is read as
        # words someone said (Sok detained soldiers), as before
        theirs = said_about(context, context.question(f"what did {loose[0]} say about {loose[1]}?"))
        if theirs.found and not theirs.message and theirs.items and theirs.items[0].label is None:
            return theirs.model_copy(update={"query": query})
    phrase = quoted_phrase(query)
    question = with_acronyms_spelled(context, context.question(phrase or query))
    if question.kind == "where":  # "who called it an inelegant venue?": the words said, no place asked for
        question = replace(question, kind=None)
    if question.unknown and not phrase:
        return context.not_mentioned(Intent.SAID, query, question.unknown, f"'{question.unknown}'")
    rows = _holding(context, question, phrase) if phrase else [hit.row for hit in relevant_hits(context, question)]
    if not rows:
        # (who said what search shows is what a who-said question asks: each closest sentence with its speaker)
        answer = not_covered(
            context,
            replace(question, text=query),
            Intent.SAID,
            item=None if phrase else lambda row: speaker_item(context, row).model_copy(update={"label": CLOSEST_LABEL}),
        )
        if phrase:
            return answer.model_copy(update={"message": f"No article has the words '{phrase}'."})
        return answer
    items = []
    for row in rows[: SEARCH_ITEMS * 2]:
        # ("who called the call fantastic?": the sentence's quotation holding an asked word is what was asked about)
        quoted = phrase or _asked_quote(question, row.text)
        given = _quoted_by(context, row, quoted) or _described_by(context, row, quoted)
        items.append(given or speaker_item(context, row))
    # "who said the exchange could happen next week?": a sentence whose speaker is known answers before one whose
    # is not ("Russia has stepped up its bombardment ..."), which can tell no one (stable: rank order otherwise)
    items.sort(key=lambda item: item.label == SPEAKER_UNKNOWN_LABEL)
    return Answer(intent=Intent.SAID, query=query, found=True, items=tuple(items[:SEARCH_ITEMS]))


def speaking_for(context: Context, parties: Iterable[str]) -> tuple[Person, ...]:
    """The people the articles give as of the sides (their affiliation): those who speak for them."""
    sides = set(parties)
    affiliated = sorted(key for key, party in context.affiliations.items() if party in sides)
    return tuple(person for key in affiliated[:MAX_SPOKESMEN] if (person := context.person(key)) is not None)


def side_terms(context: Context, question: Question, parties: Iterable[str], intent: Intent) -> list[AnswerItem]:
    """What those speaking for the sides said on the rest of the question, the statements setting terms first (a
    condition, an obligation, a refusal: how a side's demands are told when no demand verb is used), labelled as
    said for the side; empty when they said nothing."""
    holders = speaking_for(context, parties)
    if not holders:
        return []
    theirs = replace(question, people=holders, named_people=(), parties=())
    spoken = statements_by(context, theirs, intent=intent)
    if spoken is None:
        return []
    quoted: set[str] = set()
    items: list[AnswerItem] = []
    for item in spoken.items:
        if item.citations and item.citations[0].quote not in quoted:  # (a sentence of two of them is one statement)
            quoted.add(item.citations[0].quote)
            items.append(item)
    items.sort(key=lambda item: not any(TERMS_CUE.search(c.quote) for c in item.citations))  # (stable)
    # (every item says it is the side's words, whatever else its label says: "speaker named earlier in the article")
    return [item.model_copy(update={"label": side_said(item.label)}) for item in items]


def side_said(label: str | None) -> str:
    """An item's label saying it is what was said for the side, before any label it had."""
    return f"{SIDE_SAID_LABEL}; {label}" if label and label != SIDE_SAID_LABEL else SIDE_SAID_LABEL


def said_about(context: Context, question: Question, *, titled: bool = False) -> Answer:
    """What the people a question names said, best match to the rest of the question first (``titled``: they
    are the holders of the title it asks about)."""
    by_title = None if titled else _SAID_BY.search(question.text)
    if by_title is not None and not any(
        _names_one_of(word, question.people) for word in re.findall(r"[\w’'-]+", by_title.group("who"))
    ):
        # "what did the Russian president say about Trump?": the title speaks, Trump is spoken of
        held = said_by_title(context, replace(question, people=()))  # (Trump stays named: spoken of)
        if held is not None:
            return held
    question = _speakers_only(with_acronyms_spelled(context, question))
    names = " or ".join(person.name for person in question.people)
    if question.unknown:  # "what did Imhof say about Antarctica?" over articles that never name it
        return context.not_mentioned(Intent.SAID, question.text, question.unknown, f"'{question.unknown}'")
    slot = _SPEAKER_SLOT.match(question.text)
    if slot is not None and not _known_word(context, slot.group("who")):
        # "what did stubb tell trump ...?": whoever says it is one the articles never name (typed in lower case, so
        # no capital marked it), not Trump, who is told
        return context.not_mentioned(Intent.SAID, question.text, slot.group("who"), f"'{slot.group('who')}'")
    if slot is not None and _names_someone_else(slot.group("who"), question.people):
        # "what did ushakov say about the putin witkoff talks?": the one who speaks is a word the articles use but
        # no person extracted (named only as "Ushakov said ..."), not Putin or Witkoff, who are spoken of: the
        # best sentences for the whole question answer, his among them, never a "no statement by Putin" notice
        return search(context, question, intent=Intent.SAID)
    found = statements_by(context, question)
    if found is not None:
        return found
    why = f"I found no statement by {names} on that."
    fallback = closest_sentences(context, question, Intent.SAID, why)
    # a topic never told: none, unless one of their statements holds the topic's words while the names asked about
    # are not in it ("what did Erdogan say about hosting Putin and Zelensky?": "willing to host Russian and Ukrainian
    # leaders"): facts re-rank, they never veto what the speaker said on it
    scored = _nearest_hits(context, question)
    nearest = _statement_items(context, scored, with_words=fallback is None)
    if nearest:
        # what they did say that shares most with the question comes first, labelled ("what did Peskov say about
        # who would be on Russia's team?": his word on the names of Russia's representatives), then the closest
        # sentences by anyone: facts re-rank, they never hide what they found
        shown = {item.text for item in nearest}
        rest = [item for item in (fallback.items if fallback else ()) if item.text not in shown]
        items = tuple(nearest + rest)[:SEARCH_ITEMS]
        then = ", then the closest sentences" if rest else ""
        message = f"{why} These are the statements by {names} closest to it{then}."
        return Answer(intent=Intent.SAID, query=question.text, found=True, items=items, message=message)
    if fallback is None:
        # nothing holds the topic's words, but they did speak ("what did Budanov say about taking the post?" over
        # "I consider the position ... an honor"): not covered, with what they said for the asker to check
        theirs = _statement_items(context, scored, with_words=False)
        if theirs:
            message = f"{why} These are statements by {names}, none holding the words asked about, for you to check."
            return Answer(intent=Intent.SAID, query=question.text, found=False, items=tuple(theirs), message=message)
    return fallback or not_covered(context, question, Intent.SAID)


# the one word between "what did" and a verb of saying: who speaks ("what did stubb tell trump ...?")
_SPEAKER_SLOT = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+(?P<who>[\w’'-]+)\s+"
    r"(?:say|tell|said|told|think|claim|write|state|announce)\b",
    re.I,
)


def _names_someone_else(word: str, people: tuple[Person, ...]) -> bool:
    """Whether the word in the speaker's slot names someone other than these people: 'ushakov' when the question
    names Putin and Witkoff; not 'zelenskiy' (Zelensky, misspelt), 'the' ("the Polish president") or a title."""
    if fold(strip_possessive(word)) in STOPWORDS or names_a_role(word):
        return False
    return not _names_one_of(word, people)


def _names_one_of(word: str, people: tuple[Person, ...]) -> bool:
    """Whether a word is one of these people's names as written or misspelt ('zelenskiy': Volodymyr Zelensky)."""
    folded = fold(strip_possessive(word))
    if folded in STOPWORDS:
        return False
    return any(folded in fold(alias).split() or same_person(word, alias) for p in people for alias in p.aliases)


def _known_word(context: Context, word: str) -> bool:
    """A word the articles use, or a name of someone they name."""
    return context.store.contains_stem(stem(fold(word))) or bool(context.lookup.in_question(word))


_SAYING_VERB = re.compile(rf"\b(?:say|said|says|tell|told|think|thought|call|calls|called|{SPEECH_VERBS})\b", re.I)


def _speakers_only(question: Question) -> Question:
    """ "what did Zelensky say about why he picked Budanov?": Zelensky speaks, Budanov is what he spoke about. The
    people named before the verb of saying are the speakers; those after it stay in the question as what it is about
    (unchanged when no one stands before the verb, or everyone does)."""
    verb = _SAYING_VERB.search(question.text) or _IN_RESPONSE_TO.search(question.text)  # "how did X respond to Y?"
    if verb is None:
        return question
    before = fold(question.text[: verb.start()])
    words = re.findall(r"[\w’'-]+", question.text[: verb.start()])
    speakers = tuple(
        p
        for p in question.people
        if any(fold(alias) in before for alias in p.aliases) or any(_names_one_of(word, (p,)) for word in words)
    )
    if not speakers or len(speakers) == len(question.people):
        return question
    return replace(question, people=speakers)


RANKED = 100  # the best sentences for the whole question among which a person's statements are looked for
NEAREST_STATEMENTS = 2  # a person's statements shown, labelled, when none is on what was asked: the best few
STATEMENTS_READ = 200  # a person's sentences read for them


def nearest_statements(context: Context, question: Question, *, with_words: bool = False) -> list[AnswerItem]:
    """The statements of the people asked that share most with the rest of the question (its words or their family,
    then the parties it names), labelled as the closest; empty when they made none (``with_words``: none holding a
    word of the question)."""
    return _statement_items(context, _nearest_hits(context, question), with_words=with_words)


def _nearest_hits(context: Context, question: Question) -> list[Hit]:
    """The statements of the people asked, scored on the rest of the question, best first (read once for both
    readings of ``nearest_statements``)."""
    keys = {person.key for person in question.people}
    rows = [
        row
        for key in keys
        for row in context.store.sentences_mentioning(key, STATEMENTS_READ)
        if _speaks(context, row, keys)
    ]
    if not rows:
        return []
    topic = _spoken_of(question, keys)
    # those naming who or what they spoke about first ("about Budanov"), then by the words they share
    return sorted(context.ranker.score(topic, rows), key=lambda hit: (-hit.coverage, -hit.score, hit.row.id))


def _statement_items(context: Context, scored: list[Hit], *, with_words: bool) -> list[AnswerItem]:
    if with_words:
        scored = [hit for hit in scored if hit.matched_here]
    return [
        speaker_item(context, hit.row).model_copy(update={"label": CLOSEST_LABEL})
        for hit in scored[:NEAREST_STATEMENTS]
    ]


# What someone said of "it": a reporting verb and a pronoun for the thing the sentence before named ("called it",
# "described this as")
_ON_IT = re.compile(rf"\b(?:{REPORT_VERBS})\s+(?:it|this|that|them)\b", re.IGNORECASE)
# ... and only that, never "said that ..." (the words follow): "welcomed it", "expressed doubts about this"
_ONLY_ON_IT = re.compile(
    rf"\b(?:{REPORT_VERBS})\s+(?:(?:it|this|them)\b|(?:[\w-]+\s+){{0,2}}?(?:about|on|over|of|with|at)\s+(?:it|this|them)\b)"
    r"\s*[.!]?$",
    re.IGNORECASE,
)


def _on_it(text: str) -> bool:
    """Whether words are on what the sentence before names ("welcomed it", "expressed doubts about this")."""
    return _ON_IT.search(text) is not None or _ONLY_ON_IT.search(text) is not None


# A sentence that announces someone's words on a topic, which the quotation after it gives ("Sikorski also commented
# on Friday's summit in Alaska." then "“I don't think any formal agreements were reached ...”")
_INTRODUCES = re.compile(
    r"\b(?:commented|spoke|talked|remarked|reflected|touched)\s+(?:\w+\s+)?(?:on|about|upon)\s+"
    rf"(?!condition\b|(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b(?!['’]s))|\bwas\s+asked\s+about\b",
    re.IGNORECASE,
)  # (never "spoke on condition of anonymity" or "spoke on Monday": those name no topic)
_OPENS_QUOTE = re.compile(r"^\s*[“\"«]")


def _on_what_came_before(hit: Hit) -> bool:
    """Whether a statement's words are on what the sentence before names: it points back to it ("welcomed it"),
    or it is the quotation a sentence announcing the words on a topic leads to."""
    return _on_it(hit.row.text) or _introduced(hit)


def _introduced(hit: Hit) -> bool:
    """Whether a statement is the quotation a sentence announcing words on a topic leads to."""
    before = hit.previous
    return before is not None and _OPENS_QUOTE.match(hit.row.text) is not None and bool(_INTRODUCES.search(before.text))


def _holds_places(hit: Hit, places: set[str]) -> bool:
    """Whether a statement names the places asked about, itself or in the sentence announcing it."""
    held = set(hit.row.stems)
    if hit.previous is not None and (_ONLY_ON_IT.search(hit.row.text) or _introduced(hit)):
        held |= set(hit.previous.stems)
    return places <= held


def _spoken_of(question: Question, speakers: set[int]) -> Question:
    """The question as the topic of what ``speakers`` said: it keeps the people spoken about ("about Budanov"), who
    are a topic of their own ("what did the US envoy say about Hrytsenko?"), never the speakers themselves."""
    about = tuple(group for group in question.named_people if not {p.key for p in group} & speakers)
    return replace(question, people=tuple(p for group in about for p in group), named_people=about, kind=None)


def statements_by(context: Context, question: Question, *, intent: Intent = Intent.SAID) -> Answer | None:
    """The statements of the people a question names on the rest of it, best first; None when they made none."""
    keys = {person.key for person in question.people}
    names = " or ".join(person.name for person in question.people)
    topic = _spoken_of(question, keys)
    about = topic.named_people
    unsure: set[int] = set()  # statements without the question's most telling word: shown, labelled
    response_note = None
    unheard = False
    if topic.has_topic:
        hits: list[Hit] = context.ranker.rank_where(question, RANKED, lambda row: _speaks(context, row, keys))
        telling = context.ranker.telling(question)
        # ("Pistorius expressed doubts about this": words on what the sentence before names, whose words count)
        said = [hit for hit in hits if hit.relevant or (telling & hit.matched and _ONLY_ON_IT.search(hit.row.text))]
        # (words of theirs naming the one they respond to are on the thing responded to, whatever words they use)
        responded = _responded_to(context, question.text) - keys
        reacting: set[int] = set()  # (when none of their words holds the topic's)
        if responded and not said:
            naming = context.store.mentions_in([hit.row.id for hit in hits])
            said = [hit for hit in hits if responded & set(naming.get(hit.row.id, ()))]
            reacting = {hit.row.id for hit in said}
        # "Zelensky's take on the Nov 30 talks": a statement about another day is shown after, labelled
        dated = bool(question.date.month or question.date.day or question.date.bounded)
        # ... and a sentence whose speaker the extraction found before one read off its opening name ("Sikorski
        # also commented on the summit" introduces his words; it does not say them)
        # ... and, of words on nothing but the people spoken of ("what did the US envoy say about Hrytsenko?"), those
        # naming them first
        spoken_of = {p.key for group in about for p in group} if not question.groups else set()
        places = {token for _, place in topic.places for token in place}
        # (a quotation a sentence announcing words on them leads to is on them: "Sikorski also commented on Friday's
        # summit between Trump and Putin." then "“They are bold, but we must hope they succeed”")
        # (... those named after the announcing words, and only when the one quoted is the one commenting)
        naming_them = context.store.mentions_in(hit.row.id for hit in said) if spoken_of else {}

        def names_them(hit: Hit) -> bool:
            named = set(naming_them.get(hit.row.id, ()))
            intro = _INTRODUCES.search(hit.previous.text) if hit.previous is not None and _introduced(hit) else None
            if hit.previous is not None and intro is not None and hit.previous.speaker in (None, hit.row.speaker):
                named |= {person.key for person in context.lookup.in_question(hit.previous.text[intro.end() :])}
            return bool(spoken_of & named)

        every = frozenset(range(len(question.groups)))
        said.sort(
            key=lambda hit: (
                (not dated or hit.on_date),
                not _SAID_THIS.search(hit.row.text),  # "Shmyhal said this in an interview": where, not what
                # (a topic of one word tells by that word: "Whitcombe has floated 'phased relief' - the lifting of
                # some sanctions" before "Whitcombe has also said ...", on sanctions only by the sentence before)
                bool((telling or every) & (hit.matched if _on_what_came_before(hit) else hit.matched_here)),
                # ("Sikorski's take on the Alaska summit": his words on Alaska, or those a sentence naming it leads to)
                not places or _holds_places(hit, places),
                not spoken_of or names_them(hit),
                hit.row.speaker is not None,
            ),
            reverse=True,
        )  # stable
        # ... and when no article uses any word of the topic ("what did X say about the delegation?" over articles
        # that never say it), every statement found by the names alone is labelled
        unheard = bool(topic.groups) and not any(context.ranker.group_weights(topic))
        # ("Trump called it 'a big day'": words on "it" are on what the sentence before names, whose words count)
        unsure = {
            hit.row.id
            for hit in said
            if unheard
            or (telling and not telling & (hit.matched if _on_what_came_before(hit) else hit.matched_here))
            or (dated and not hit.on_date)
            or (spoken_of and not names_them(hit))
        }
        # "what did the Pope say in response to Lavrov?": words in response to someone name them, or follow a
        # sentence that does; an earlier statement of the Pope's is shown, labelled, never as the response
        if responded:
            rows = [hit.row for hit in said]
            preceding = context.ranker.previous_of(rows)
            named = context.store.mentions_in([row.id for row in rows] + [row.id for row in preceding.values()])
            # (... and said after them: "said soon after his election", "previously stated" answers no one since)
            # (... or name the thing of theirs responded to: "Kesk's reaction to Varo's plan" is answered by "Kesk
            # called the plan a basis for work", which need not name Varo)
            owned = _responded_thing(question.text)
            unsure |= {
                row.id
                for row in rows
                if said_earlier(row.text)
                or (
                    not responded & set(named.get(row.id, ()))
                    and not (row.id in preceding and responded & set(named.get(preceding[row.id].id, ())))
                    and owned.isdisjoint(row.stems)
                )
            }
            # ... and when none of their words holds the topic's, those naming the one they respond to answer it, in
            # whatever words they put the thing responded to ("how did Kesk react to Varo's offer?": "Kesk later
            # thanked Varo in a statement")
            unsure -= {
                row.id
                for row in rows
                if row.id in reacting
                and not said_earlier(row.text)
                and not (dated and row.id not in {hit.row.id for hit in said if hit.on_date})
            }
            if rows and all(row.id in unsure for row in rows):
                whom = " or ".join(sorted(person.name for key in responded if (person := context.person(key))))
                response_note = f"I found no statement by {names} in response to {whom}; these are their closest ones."
        spoken = _going_on(context, [hit.row for hit in said], keys)
        # ... and labelled as its predecessor is: the words that go on are part of the statement that answered
        for before, row in pairwise(spoken):
            if row.id == before.id + 1 and row.speaker == before.speaker and before.id not in unsure:
                unsure.discard(row.id)
        spoken.sort(key=lambda row: row.id in unsure)  # (stable) the statements that answer before the closest ones
    else:  # "what did Lavrov say?": everything he said, in article order
        spoken = [
            row for key in keys for row in context.store.sentences_mentioning(key, 200) if _speaks(context, row, keys)
        ]
        spoken.sort(key=lambda row: bool(_SAID_THIS.search(row.text)))  # their words before where they said them
    if spoken:
        items = [
            speaker_item(context, row).model_copy(update={"label": CLOSEST_LABEL})
            if row.id in unsure
            else speaker_item(context, row)
            for row in spoken[:SEARCH_ITEMS]
        ]
        message = (
            f"{SEARCH_ITEMS} of {len(spoken)} statements by {names}, best first."
            if len(spoken) > SEARCH_ITEMS
            else None
        )
        if unheard:
            message = f"No article uses the words asked about; these are the statements by {names}."
        message = response_note or message
        return Answer(intent=intent, query=question.text, found=True, items=tuple(items), message=message)
    if topic.has_topic:
        context.ranker.rank(question, limit=RANKED)  # the whole ranking, which the closest sentences then read
    return None


# "in response to Lavrov's remarks", "reacting to Kesk": whom the words answer
_IN_RESPONSE_TO = re.compile(
    r"\b(?:in\s+(?:response|reply|answer|reaction)\s+to|(?:response|reply|reaction)\s+to|respond(?:ing|ed)?\s+to|"
    r"react(?:ing|ed)?\s+to|"
    r"repl(?:ying|ied)\s+to)\s+(?P<whom>[^?.!,]{1,60})",
    re.I,
)


def _responded_thing(text: str) -> frozenset[str]:
    """The stems of the thing of someone's a question says the words answer ("in response to Lavrov's remarks":
    the remarks), or none when it names only a person ("reacting to Kesk")."""
    match = _IN_RESPONSE_TO.search(text)
    owned = _OWNED_NOUN.search(match.group("whom")) if match else None
    thing = frozenset(stems(owned.group("noun"))) if owned else frozenset()
    return thing | frozenset(kin for token in thing for kin in related(token))


# the noun a possessive owns, its head the last word before a preposition or the end ("Kjaergaard's new proposal on
# the ferry": the proposal, never "new")
_OWNED_NOUN = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)(?=\s*$|\s+(?:on|for|to|about|over|of|in|at|with)\b)"
)


def _responded_to(context: Context, text: str) -> set[int]:
    """The people a question says the words answer ("in response to Lavrov's remarks": Lavrov)."""
    match = _IN_RESPONSE_TO.search(text)
    if match is None:
        return set()
    # (a word the articles use is no misspelt name: "Kyiv's response to the truce" answers no "Bruce")
    named = context.lookup.in_question(
        match.group("whom"), is_word=lambda word: context.store.contains_stem(stem(fold(word)))
    )
    return {person.key for person in named}


# a sentence telling where or to whom words were said, not the words ("X said this in an interview with Y")
_SAID_THIS = re.compile(r"\b(?:said|told|wrote|made)\s+(?:this|that|these|so)\s+(?:in|to|during|at|on)\b", re.I)
GOING_ON_READ = 3  # the best statements whose next sentence is read: the answer's first items, where it matters


def _going_on(context: Context, rows: list[SentenceRow], keys: set[int]) -> list[SentenceRow]:
    """The statements, each of the best few followed by the next sentence when the same person goes on speaking in
    it ("Budanov said that he accepted the offer" then "'I consider the position ... an honor,' he wrote"): their
    words on it, though the next sentence repeats none of the question's."""
    after = context.store.sentences(row.id + 1 for row in rows[:GOING_ON_READ])
    going = {
        row.id: following
        for row in rows[:GOING_ON_READ]
        if (following := after.get(row.id + 1)) is not None
        and following.article == row.article
        and following.speaker is not None
        and following.speaker == row.speaker
        and following.speaker in keys
    }
    rank = {row.id: n for n, row in enumerate(rows)}
    # a following sentence ranked above the statement it goes on from keeps its place; one ranked below (or not at
    # all) is shown right after it
    going = {
        row_id: following for row_id, following in going.items() if rank.get(following.id, len(rows)) > rank[row_id]
    }
    moved = {following.id for following in going.values()}
    found: list[SentenceRow] = []
    for row in rows:
        if row.id in moved:
            continue
        found.append(row)
        if (following := going.get(row.id)) is not None:
            found.append(following)
    return found


def _speaks(context: Context, row: SentenceRow, keys: set[int]) -> bool:
    """Whether one of these people speaks in a sentence: its extracted speaker, or, when it has none, the person it
    names as speaking in other words ("Rubio praised it as ...") or opens with ("Lavrov, speaking in Moscow, ...")."""
    if row.speaker is not None:
        return row.speaker in keys
    if _ALL_QUOTE.match(row.text):  # a quotation going on from the speaker's sentence before ("They seem to ...")
        going_on = context.memo(
            "quote goes on", row.id, lambda: _continued_quote(context, row, _previous(context, row))
        )
        if going_on is not None:
            return going_on.key in keys
    asked = context.memo("speaking names", tuple(keys), lambda: _speaking_names(context, keys))
    if _named_among(row.text, asked) is not None:  # only the people asked about: no read of who it mentions
        return True
    return context.memo("opening speaker", row.id, lambda: _opening_speaker(context, row.text)) in keys


def _opening_speaker(context: Context, text: str) -> int | None:
    """The person a sentence opens with, in a sentence that tells of words ("speaking at", "commented", "cast
    doubt"), not any act ("Zelensky tried to thread the needle"): the same for every question, so kept per row."""
    if not _tells_of_words(text) or _ALL_QUOTE.match(text):  # a name opening a quotation is no one speaking it
        return None
    told = _TELLS_OF_WORDS.search(text)
    if told is not None and _RELATIVE_BEFORE.search(text, 0, told.start()):
        return None  # ("Moroz met the Red Cross team, whose director reaffirmed ...": the director's words)
    if told is not None and re.match(r"\s+as\b", text[told.end() :]):
        return None  # ("X, widely acknowledged as the architect of the swaps, will chair ...": said of them)
    return opening_person(text, context.lookup, context.affiliations)


# a relative pronoun opening the clause a verb of saying stands in: the words are that clause's subject's
_RELATIVE_BEFORE = re.compile(rf"\b(?:{RELATIVE_PRONOUNS})\b[^,.;:]{{0,40}}$", re.IGNORECASE)


_Named = tuple[tuple[Person, tuple[str, ...]], ...]


def _speaking_names(context: Context, keys: set[int]) -> tuple[_Named, frozenset[str]]:
    """The people of these keys (in the keys' order) with every name they go by, and all those names: kept per set
    of people asked about, where each of their 200-800 candidate sentences built the list again."""
    people = [person for key in keys if (person := context.person(key)) is not None]
    named = tuple((person, tuple({person.name, *person.aliases})) for person in people)
    return named, frozenset(alias for _, aliases in named for alias in aliases)


def _named_among(text: str, asked: tuple[_Named, frozenset[str]]) -> Person | None:
    """``_named_as_speaker`` over names listed once (the first person, in order, any of whose names the text
    gives as speaking): a text holding none of the names, most of them, is settled without a test."""
    named, every = asked
    present = {alias for alias in every if alias in text}
    if not present:
        return None
    # each name the text holds tested once (people sharing a surname, "Fischer", share its test; a bare surname may
    # be 50 people's), then the first person going by one that speaks: no walk through everyone's names per alias
    speaking = {alias for alias in present if _speaks_as(text, alias)}
    if not speaking:
        return None
    return next((person for person, aliases in named if not speaking.isdisjoint(aliases)), None)


_SPACES = r"\s+"
# Words telling of words spoken, besides the report verbs; a phrase's words apart by any space.
_TELLING = [
    *"speaking saying denounced condemned comment comments commented remark remarks questioned argued warned".split(),
    *"signalled signaled hinted".split(),
    *"floated proposed suggested".split(),  # "Whitcombe has floated 'phased relief'": an idea put forward is said
    *["cast doubt", "played down", "plays down"],
]
_TELLS_OF_WORDS = re.compile(
    rf"\b(?:{REPORT_VERBS}|{'|'.join(_SPACES.join(phrase.split()) for phrase in _TELLING)})\b", re.IGNORECASE
)
# Every match of it opens with one of these words, whole: a sentence whose words (lowered as ``re.IGNORECASE`` reads
# them) hold none is not searched, and the others only from the first of them (the search tries its ~80 words at
# every character before: ~38 us a sentence).
_TELLING_FIRST = frozenset(phrase.split()[0] for phrase in [*REPORT_VERBS.split("|"), *_TELLING])
_LETTERS = re.compile(r"[a-z]+")


def _tells_of_words(text: str) -> bool:
    """Whether a sentence tells of words spoken (``_TELLS_OF_WORDS``)."""
    low = lowered(text)
    for word in _LETTERS.finditer(low):
        if word.group() in _TELLING_FIRST:
            return _TELLS_OF_WORDS.search(text, word.start() if len(low) == len(text) else 0) is not None
    return False


def speaker_item(context: Context, row: SentenceRow) -> AnswerItem:
    """'Sergey Lavrov (Russian Foreign Minister), reporting Vladimir Putin: <the sentence>'."""
    citations = context.cite([row.sentence.citation()])
    published = context.store.published([row.article]).get(row.article)
    date = spoken_on(row.text, published) if published else None
    if published and date == published.isoformat() and _GOES_ON.match(row.text):
        # "She called the move 'entirely counterproductive'" after "On October 23, Zakharova said ...": the words
        # go on from the sentence before, said when it says they were
        before = _previous(context, row)
        date = spoken_on(before.text, published) if before is not None else date
    speaker = context.person(row.speaker) if row.speaker is not None else _named_speaker(context, row)
    label = None
    if row.speaker is not None and WHOLE_QUOTATION.match(row.text):
        # a quotation naming no one, its speaker read off the sentence before: that sentence is cited with it
        before = _previous(context, row)
        if before is not None and before.speaker == row.speaker:
            label = CONTINUED_LABEL
            citations = context.cite([before.sentence.citation(), row.sentence.citation()])
    if speaker is None:
        before = _previous(context, row)
        speaker = _continued_quote(context, row, before)
        if speaker is not None and before is not None:
            label = CONTINUED_LABEL
            citations = context.cite([before.sentence.citation(), row.sentence.citation()])
    if speaker is None:
        speaker = _titled_speaker(context, row)
        if speaker is not None:
            label = EARLIER_LABEL
    if speaker is None:
        # "Lavrov, speaking in Moscow, played down the idea ...": no verb of saying, but the one person the sentence
        # opens with is who speaks in it; "speaker not named" would say otherwise
        # (never a name inside the quotation it opens with: '"... Witkoff was received by our president,"
        # Ushakov told reporters' is Ushakov's)
        opening = None if _ALL_QUOTE.match(row.text) else opening_person(row.text, context.lookup, context.affiliations)
        speaker = context.person(opening) if opening is not None else None
    if speaker is None:
        # (a sentence opening with its described speaker is theirs, whatever side its words name after the verb:
        # "The Ukrainian deputy foreign minister ... said Russia wanted ...")
        before = _previous(context, row)
        opens_described = _DESCRIBED_BEFORE.match(row.text)
        described = _described_speaker(row.text, before) if opens_described else None
        if described is None and before is not None and before.speaker is None and spoken_by_pronoun(row.text):
            # ('The Ukrainian negotiator said ... "...," she said': she is the one the sentence before describes)
            described = _described_speaker(before.text, None) if _DESCRIBED_BEFORE.match(before.text) else None
        named = described or _speaker_in_text(row.text) or _described_speaker(row.text, before)
        if named:  # "The Kremlin said", "..., Eismont told reporters": named, if not as a person the index knows
            return AnswerItem(text=f"{named}: {row.text}", date=date, citations=citations, label=NAMED_LABEL)
        return AnswerItem(
            text=f"{UNKNOWN_SPEAKER}: {row.text}", date=date, citations=citations, label=SPEAKER_UNKNOWN_LABEL
        )
    role = f" ({speaker.roles[0]})" if speaker.roles else ""
    reported = _reported(context, row, speaker)
    reporting = f", reporting {reported.name}" if reported else ""
    return AnswerItem(text=f"{speaker.name}{role}{reporting}: {row.text}", date=date, citations=citations, label=label)


_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|saying|denounced|condemned|criticised|criticized)\b")
# where the words were said, between the verb and the day: "denounced the sanctions at a press briefing on Thursday"
_SAID_AT = re.compile(
    r"[^.;]{0,80}?\b(?:briefing|conference|statement|interview|address|speech|appearance|post)\s+"
    r"(?:(?:late|early)\s+)?on\s+$"
)
# where the words were published, between the verb and the day: "said on X late Tuesday", "wrote on Telegram on Monday"
_SAID_VIA = re.compile(
    r"\s*(?:on|in|via)\s+(?:X|Twitter|Telegram|Facebook|Instagram|TV|television|state\s+(?:TV|television|media)|"
    r"radio|social\s+media|(?:its|his|her|their)\s+(?:website|\w+\s+channel)|"
    r"(?:a|his|her|its|their)\s+(?:\w+\s+)?(?:post|video|broadcast|message))\s*,?\s+(?:(?:late|early)\s+)?(?:on\s+)?"
)
# ... or where they were said: "said in Geneva on Friday", "told reporters in New York late Monday"
_SAID_IN_PLACE = re.compile(
    r"\s+(?:reporters\s+)?(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*,?\s+(?:(?:late|early)\s+)?(?:on\s+)?"
)
# whom the words were told, between the verb and the day: "he told TVN24 on Saturday", "warned reporters on Monday",
# "told the BBC late on Friday"
_SAID_TO = re.compile(
    r"\s+(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}|reporters|journalists|lawmakers|"
    r"(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s*,?\s+(?:(?:late|early)\s+)?on\s+"
)
_GOES_ON = re.compile(r"^\s*(?:She|He|They)\s+(?:also\s+)?(?:said|added|called|told|noted|warned|stressed)\b")
_OPENS = re.compile(r"[\s\-–—•]*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?", re.IGNORECASE)
_SAID_ON = re.compile(rf"[\s,]*{SAID_ON_WORDS}")  # "said on Tuesday", "said late Monday"


def spoken_on(text: str, published: dt.date) -> str | None:
    """When a statement was made: the day the sentence gives for it ("On May 13, Peskov said ...", "Peskov said on
    Tuesday ..."), else the article's date. A date further on is what the statement is about, not when it was made.
    Words said before the article's day ("said soon after his election this month", "previously stated") are dated
    only as closely as the sentence says (the month of "this month"), or not at all."""
    verb = _SPEECH_VERB.search(text)
    if verb is not None:
        found = find_dates(text, published)
        days = [m for m in found if m.date.precision is Precision.DAY and m.date.start <= published]
        for mention in days:  # "said on Tuesday" first: it says when, whatever dates come before
            between = text[verb.end() : mention.start]
            if mention.start >= verb.end() and any(
                pattern.fullmatch(between) for pattern in (_SAID_ON, _SAID_AT, _SAID_VIA, _SAID_IN_PLACE, _SAID_TO)
            ):
                return mention.date.iso
        for mention in days:  # "On May 13, Peskov said": a date opening the sentence; "struck Kyiv on May 13, X
            # said" dates the strike, not the saying; "Zelenskyy on Tuesday said": the day right before the verb
            # (or before the comma closing an aside on the speaker: "X, speaking in Cairo on Saturday, said")
            if mention.end <= verb.start() and (
                _OPENS.fullmatch(text[: mention.start]) or not text[mention.end : verb.start()].strip(" ,")
            ):
                return mention.date.iso
        if said_earlier(text):
            coarse = [m for m in found if m.date.start <= published and m.date.precision is not Precision.DAY]
            return coarse[0].date.iso if coarse else None
    return published.isoformat()


def said_earlier(text: str) -> bool:
    """Whether a sentence tells words said before its article's day ("said earlier", "previously stated")."""
    verb = _SPEECH_VERB.search(text)
    return verb is not None and bool(
        _SAID_EARLIER.search(text[max(0, verb.start() - EARLIER_WINDOW) : verb.end() + EARLIER_WINDOW])
    )


EARLIER_WINDOW = 30  # characters either side of the verb of saying where "earlier", "previously" tell its time
_SAID_EARLIER = re.compile(
    r"\b(?:earlier|previously|soon\s+after|shortly\s+after|in\s+the\s+past|last\s+(?:week|month|year))\b", re.I
)


_NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
_NAMED_BEFORE_VERB = re.compile(
    rf"(?:^|[,;]\s+|[”\"]\s+)(?P<who>(?:[Tt]he\s+)?{_NAME_WORDS})\s+(?:has\s+|had\s+)?(?:{SPEECH_VERBS})\b"
)
_NAMED_AFTER_VERB = re.compile(rf"[,”\"]\s+(?:{SPEECH_VERBS})\s+(?P<who>(?:the\s+)?{_NAME_WORDS})[\s,.]")
_AGENT_SPEAKS = re.compile(
    rf"(?:^|[,;]\s+)(?P<who>(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?(?:{AGENT_ROLE_WORDS})\s+(?:for|of|to)\s+(?:the\s+)?"
    rf"{_NAME_WORDS})\s+(?:has\s+|had\s+)?(?:{SPEECH_VERBS})\b"
)
_NOT_A_SPEAKER = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "the"})


def _titled_speaker(context: Context, row: SentenceRow) -> Person | None:
    """The one person named earlier in the article with the title a sentence gives its speaker ("According to the
    president, ..." after "President Volodymyr Zelensky reported ..."); None when none or several hold it."""
    match = _TITLED.search(row.text)
    if match is None:
        return None
    phrase = match.group("after") or match.group("before") or ""
    title = fold(phrase.split()[-1])
    if title not in ROLE_HEADS:
        return None
    whose = {party for _, _, party in parties_in(phrase)}  # "the U.S. president said": the American one
    earlier = [row.id - n for n in range(1, row.index + 1)]
    near = context.store.sentences(earlier[:TITLE_LOOKBACK])
    if brought_in(title, (near[i].text for i in earlier[:TITLE_LOOKBACK] if i in near)):
        return None  # ('A senior European diplomat said ... "...," the diplomat said': that one, unnamed)
    keys = {key for found in context.store.mentions_in(earlier).values() for key in found}
    # ("the prime minister said" is no foreign minister: every word of the office is in the role, the side aside)
    office = set(re.findall(r"[a-z]+", fold(without_parties(phrase)))) - {title}
    holders = [
        person
        for key in keys
        if (person := context.person(key)) is not None
        and any(_title_of(role) == title and office <= set(re.findall(r"[a-z]+", fold(role))) for role in person.roles)
        and (not whose or person.affiliation in whose)
    ]
    return holders[0] if len(holders) == 1 else None


def _title_of(role: str) -> str | None:
    """A role's title: its first title word ("Ukrainian President" -> "president"; "head of the President's
    Office" -> "head", whoever's office it is)."""
    return next((word for word in re.findall(r"[a-z]+", fold(role)) if word in ROLE_HEADS), None)


def _speaker_in_text(text: str) -> str | None:
    """A speaker the sentence names in words, though not as a person the index knows: "The Kremlin said", "...,
    said Eismont.", "..., the Harbour Board said". A pronoun is no name, and at the start of a sentence only a party
    is taken ("On Tuesday Russia said" -> "Russia"; "Earlier Trump said" is not "Earlier Trump"), or a body named with
    its article ("The SVR said")."""
    agent = _AGENT_SPEAKS.search(text)
    if agent is not None:  # "A spokesman for Kesk said": described by whose agent they are
        return agent.group("who")
    for pattern in (_NAMED_BEFORE_VERB, _NAMED_AFTER_VERB):
        match = pattern.search(text)
        if match is None or match.group("who").strip().lower() in _NOT_A_SPEAKER:
            continue
        who = match.group("who").strip()
        if pattern is _NAMED_BEFORE_VERB and match.start("who") == 0 and not who.startswith("The "):
            found = parties_in(who)  # "The SVR said", "The Harbour Board said": a body, named with its article
            if not found or found[-1][1] != len(who):
                continue
            who = who[found[-1][0] :]
        return who
    return None


_PERSON_SOURCES = r"official|source|diplomat|spokes(?:man|woman|person)|aide|adviser|advisor|negotiator|officer|envoy"
# what publishes words as well as who says them ("The Saudi official X channel said", "the report said"): a speaker
# only before its verb, or after it past a comma (", said the agency"); "confirmed the report" is what was confirmed
_PUBLISHING_SOURCES = (
    r"report|newspaper|paper|channel|agency|outlet|broadcaster|website|statement|readout|communiqu[eé]"
)
_SOURCE_NOUNS = rf"(?:{_PERSON_SOURCES}|{_PUBLISHING_SOURCES})"
_DESCRIBED_AFTER = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?P<who>(?:the|an?)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_PERSON_SOURCES}))\b|"
    rf"[,”\"]\s*(?:{SPEECH_VERBS})\s+(?P<outlet>the\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_PUBLISHING_SOURCES}))\b"
)
_DESCRIBED_BEFORE = re.compile(
    # (an inserted phrase may stand before the verb: "The Russian envoy, speaking after the session, said")
    # (or any title: "The Ukrainian president said", whoever the article leaves unnamed)
    # (... or the head of a body: "The head of the Russian delegation told reporters")
    rf"(?:^|[,;][\"”’']?\s+)(?P<who>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}(?:{_SOURCE_NOUNS}|{'|'.join(sorted(ROLE_HEADS))})"
    rf"(?:\s+of\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?(?=\s*(?:,|{SPEECH_VERBS})))?)"
    rf"\s*(?:,[^,”\"“]{{1,90}},\s*)?"
    rf"(?:{SPEECH_VERBS})\b"
)
_DESCRIBED_EARLIER = re.compile(rf"\b(?P<who>an?\s+(?:[\w-]+\s+){{0,3}}(?P<noun>{_SOURCE_NOUNS}))\b")


def _described_speaker(text: str, before: SentenceRow | None) -> str | None:
    """A speaker the sentence describes rather than names: "..., said the official", "a senior Ukrainian official
    told reporters"; "the official" takes the fuller description the sentence before gave ("according to a senior
    Ukrainian official")."""
    match = _DESCRIBED_AFTER.search(text) or _DESCRIBED_BEFORE.search(text)
    if match is None:
        return None
    who = match.group("who") or match.group("outlet")
    if who.lower().startswith("the") and before is not None:
        earlier = [m for m in _DESCRIBED_EARLIER.finditer(before.text) if m.group("noun") in who.lower()]
        if earlier:
            return earlier[-1].group("who")
    return who


def _named_speaker(context: Context, row: SentenceRow) -> Person | None:
    """A person the sentence itself names as the one speaking, in forms the extraction leaves out: "Rubio praised
    it as ...", "This was stated by President Zelenskyy", "Quote from Medinsky: ..."."""
    mentioned = [p for key in context.store.mentions_in([row.id]).get(row.id, ()) if (p := context.person(key))]
    return _named_as_speaker(row.text, mentioned)


def _named_as_speaker(text: str, people: list[Person]) -> Person | None:
    """The first of these people the text names as speaking ("Rubio praised it as", "stated by Zelenskyy")."""
    tested: dict[str, bool] = {}  # by alias: people sharing a surname ("Fischer") share its test
    for person in people:
        for alias in sorted({person.name, *person.aliases}, key=len, reverse=True):
            speaks = tested.get(alias)
            if speaks is None:
                speaks = tested[alias] = _speaks_as(text, alias)
            if speaks:
                return person
    return None


def _speaks_as(text: str, alias: str) -> bool:
    """Whether the text names someone by this alias as speaking (its first occurrence)."""
    at = text.find(alias)
    if at < 0:
        return False
    after, before = text[at + len(alias) :], text[:at]
    if agent_before(before):
        return False  # "A spokesman for Kesk said": the spokesman speaks
    if attributed_to_another(after):
        return False  # "Kesk, the report said, proposed ...": the report speaks
    if in_subordinate_clause(text, at):
        return False  # "sirens sounded shortly after Kesk announced the truce": the sirens are the news
    if reported_by_another(before):
        return False  # "The Times wrote in an article that Kellogg suggested ...": the paper speaks, of him
    by = _BY_BEFORE.search(before)
    if by is not None and by.group().lower().startswith("made") and not _HOLDS_WORDS.search(text):
        return False  # "the paper quoted from remarks made by Kesk": words told of, none of them given
    return bool(_SPEAKS_AFTER.match(after) or by)


def _continued_quote(context: Context, row: SentenceRow, before: SentenceRow | None) -> Person | None:
    """A sentence that is all quotation, right after one whose speaker is known: the same speaker goes on."""
    if not _ALL_QUOTE.match(row.text) or re.search(rf"\b(?:{REPORT_VERBS})\b", row.text):
        return None
    if before is None or before.speaker is None:
        return None
    return context.person(before.speaker)


def _previous(context: Context, row: SentenceRow) -> SentenceRow | None:
    """The sentence before ``row`` in its article (the ranker's reading of it)."""
    return context.ranker.previous_of([row]).get(row.id)


# Where a sentence hands its words to a source: "according to a White House statement from Rubio and Waltz that
# described the call as 'fantastic'": the words after it are the source's, not the sentence's speaker's
# (a statement, readout or release the sentence names: never "drafted according to Kesk's instructions")
_SOURCE_GIVEN = re.compile(
    r"\b(?:statement|readout|communiqu[eé]|release|transcript)\s+(?:from|by|of)\b|\bquoted\s+by\b", re.IGNORECASE
)


def _quoted_by(context: Context, row: SentenceRow, phrase: str | None) -> AnswerItem | None:
    """The people a source names said the phrase, when the phrase stands after that source in the sentence ("...,
    according to a statement from Rubio and Waltz that described the call as 'fantastic'"); None otherwise."""
    if not phrase:
        return None
    at = row.text.lower().find(phrase.lower())  # (positions in the text itself: the slice below is of it)
    given = [m for m in _SOURCE_GIVEN.finditer(row.text) if m.end() <= at]
    if at < 0 or not given:
        return None
    span = row.text[given[-1].end() : at]
    people = list(dict.fromkeys(person for _, person in context.lookup.named_exactly(span)))
    if not people:
        return None
    return _given_by(context, row, people)


def _given_by(context: Context, row: SentenceRow, people: list[Person]) -> AnswerItem:
    """The sentence as the words of ``people`` ("Marco Rubio (US Secretary of State) and Mike Waltz (...): ..."),
    dated by the day it says they were said."""
    names = " and ".join(f"{p.name} ({p.roles[0]})" if p.roles else p.name for p in people)
    citations = context.cite([row.sentence.citation()])
    published = context.store.published([row.article]).get(row.article)
    date = spoken_on(row.text, published) if published else None
    return AnswerItem(text=f"{names}: {row.text}", date=date, citations=citations)


# A quotation in a sentence, straight or curly: what a question's words may have been ("what he described as a
# “successful” visit")
_QUOTATION = re.compile(r"[“\"]([^”\"]{1,200})[”\"]")
# "..., who thanked Witkoff for what he described as": the relative clause a quotation is given in, after its person
_WHO_GIVES = re.compile(rf",\s+who\s+[^,;:“\"]{{0,80}}?\b(?:{REPORT_VERBS}|termed|dubbed|branded)\b[^,;:“\"]{{0,40}}$")
# (the clause runs on to the quotation: "Putin told Witkoff, who thanked him, that the talks had been "useful"" is
# Putin's word, the relative clause closed before it)
_NAME_BEFORE = 4  # words between a person's surname and ", who": a name and a title, not a clause


def _asked_quote(question: Question, text: str) -> str | None:
    """The quotation of ``text`` holding one of the question's words, as if the question had quoted it: "who
    called the call fantastic?" asks about the “fantastic” of "... a statement that described the call as
    “fantastic”"."""
    asked = {s for group in question.groups for s in group.stems}
    quotations = list(_QUOTATION.finditer(text))
    # (a word the sentence also says outside its quotations is what it tells, not the quoted words asked: "Lavrov
    # said the peace talks were a waste of time and mocked X, who called for a "just peace"" is Lavrov's)
    outside = set(stems(_QUOTATION.sub(" ", text)))
    for match in quotations:
        if (asked & set(stems(match.group(1)))) - outside:
            return match.group(1)
    return None


def _described_by(context: Context, row: SentenceRow, phrase: str | None) -> AnswerItem | None:
    """The person a relative clause giving the quotation hangs on, when that is not who opens the sentence ("Ushakov
    attended along with Kirill Dmitriev, who thanked Witkoff for what he described as a “successful” visit" is
    Dmitriev's word); None otherwise."""
    at = row.text.lower().find(phrase.lower()) if phrase else -1
    relative = _WHO_GIVES.search(row.text[: max(at, 0)].rstrip("“\"' "))
    if at < 0 or relative is None:
        return None
    before = row.text[: relative.start()]
    named = context.lookup.named_exactly(before)
    if not named or len(before[named[-1][0] :].split()) > _NAME_BEFORE:
        return None
    return _given_by(context, row, [named[-1][1]])


def _holding(context: Context, question: Question, phrase: str) -> list[SentenceRow]:
    """Sentences holding the phrase verbatim (folded), best ranked first."""
    wanted = " ".join(fold(phrase).split())
    hits = context.ranker.rank(question, limit=PHRASE_POOL, with_people=False) if question.has_topic else []
    found = [hit.row for hit in hits if wanted in " ".join(fold(hit.row.text).split())]
    if not found:  # words the index does not rank ("must be"), or spelled with accents: read the text itself
        found = [
            row
            for row in context.store.sentences_containing(phrase.strip(), PHRASE_POOL)
            if wanted in " ".join(fold(row.text).split())
        ]
    return found


def _reported(context: Context, row: SentenceRow, speaker: Person) -> Person | None:
    """The person whose words or acts the speaker reports: named right after the reporting verb."""
    text = row.text
    for key in context.store.mentions_in([row.id]).get(row.id, ()):
        person = context.person(key)
        if person is None or person.key == speaker.key:
            continue
        for alias in (person.name, *person.aliases):
            at = text.find(alias)
            if at > 0 and _REPORTED.search(text[:at]):
                return person
    return None


_SAID_BY = re.compile(
    r"\bwhat\s+(?:did|does|has|have)\s+(?P<who>.{2,60}?)\s+(?:say|said|tell|told|write|wrote|think)\b", re.I
)


def said_by_title(context: Context, question: Question) -> Answer | None:
    """What the holder of a title said ("what did the Polish president say about the summit?"): the holder's
    statements; when the articles name no one as that, the closest sentences, labelled, never another official's
    words as theirs. None when the question names no title."""
    found = _SAID_BY.search(question.text)
    if found is None:
        return None
    title = re.sub(r"^(?:the|a|an)\s+", "", found.group("who").strip(), flags=re.I)
    if not names_a_role(title):
        return None
    holders = context.roles.holders(title)
    sides = {party for _, _, party in parties_in(title)}
    unstated = [h for h in holders if h.party_unstated and h.person.affiliation not in sides]
    if sides and unstated:
        # "what did Chile's president say?": never a "President" whose side the articles never give as Chile's, unless
        # their own sentences point to it (as a role question reads them: ``party_by_context``)
        inferred = party_by_context(context, title, unstated)
        holders = [h for h in holders if h not in unstated or h is inferred]
    if holders:
        people = tuple(holder.person for holder in holders)
        # the title's words name the speaker now, they are no topic: "what did the pope say about a Christmas truce?"
        # is answered by what he said on a truce, not by any sentence naming the pope
        title_words = frozenset(fold(word) for word in re.findall(r"[^\W\d_]+", title))
        # (the people spoken about stay named: "what did the US envoy say about Hrytsenko?" is on Hrytsenko)
        spoken_of = tuple(
            group for group in question.named_people if not {p.key for p in group} & {p.key for p in people}
        )
        asked = replace(question, people=people, named_people=tuple((p,) for p in people) + spoken_of)
        asked = asked.without_groups(title_words)
        return said_about(context, asked, titled=True)
    answer = search(context, question, intent=Intent.SAID)
    items = tuple(item.model_copy(update={"label": CLOSEST_LABEL}) for item in answer.items)
    message = f"No one is named as {title} in the articles I read; these are the closest sentences."
    return answer.model_copy(update={"items": items, "message": message if items else answer.message})
