"""Who is acting or speaking in a sentence: people and parties by position, pronouns resolved.

A sentence's speaker is a person named next to a speech verb ("Lavrov said", "added Peskov", "according to
Lavrov"). A sentence spoken by "he" or "she" takes, in order: the previous sentence's speaker; the person the
previous sentence opens with (its subject); the one person the previous sentence names, if it names one; the
last speaker of the three sentences before; the first person the previous sentence names. "It" stands for the
first party of its sentence or of the one before; "they" for the first party or organisation of the sentence
before.

Besides the parties of the actors table, an organisation the text names with a capitalised phrase ending in a
body's name ("the Coalition of the Willing", "the Armed Forces of Ukraine") is an actor: its party is the
country the phrase names, or the organisation itself. A place after "in/at/from" ("a meeting in Paris") is a
location, not an actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.actors import PLACE_ALIASES, parties_in
from knowledge.extract.events import LEADING_PRONOUN
from knowledge.extract.people import CLAUSE_VERB_AFTER, LOCATIVE_BEFORE, ORG_WORDS, ROLE_HEADS, ROLE_MODIFIERS
from knowledge.extract.registry import AliasIndex
from knowledge.lexicon import ROLE_FAMILIES
from knowledge.models import Person, Sentence
from knowledge.sentences import before as words_before
from knowledge.vocabulary import AGENT_ROLE_WORDS, QUOTED_AS, RELATIVE_PRONOUNS, REPORT_VERBS, SPEECH_VERBS

CACHE_SIZE = 4096
# An interview's lines: the interviewer's question and the answer to it ("Q: Is it holding?", "A: Broadly, yes.")
ASKED_LINE = re.compile(r"^\s*Q\s*[:.\-–]\s")
ANSWER_OPENING = r"A\s*[:.\-–]\s"  # (as a pattern's part: ``ranking`` reads it in one test with pronouns)
ANSWER_LINE = re.compile(rf"^\s*{ANSWER_OPENING}")
# The words before the one an interview is with: "interviewed X", "in an interview with X", "spoke to X"
_INTERVIEW_CUE = re.compile(r"\b(?:interviewed|interview\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with))\s", re.I)
# A sentence that is one quotation and nothing else, and a quotation mark anywhere
WHOLE_QUOTATION = re.compile(r'^\s*[“"][^“”"]+[”"]\s*$')
_QUOTE_MARK = re.compile(r'[“”"]')
# Words that may stand between a speaker and the verb: "X has also previously stated", "X, in turn, earlier said".
_BEFORE_VERB = r"(?:(?:has|had|also|then|previously|earlier|later|again|repeatedly|reportedly|publicly|recently)\s+)*"
_SPEECH_NEXT = re.compile(
    rf"^[\s,”\"]*(?:who\s+)?{_BEFORE_VERB}(?:{SPEECH_VERBS})\b|"
    # "The Tallinn Post quoted Mara Kesk as saying ...", "Kesk was quoted as saying ...": the one quoted speaks
    rf"^\s+{QUOTED_AS}\b"
)
# "Kesk, the report said, proposed ...": a speech verb inside commas right after a name, with a subject of its own,
# hands the words to that subject (the report, "officials", "he"), not to the name (never an appositive title
# alone: "Kesk, the envoy, said" has no verb inside)
_INSERTED_ATTRIBUTION = re.compile(rf"^\s*,\s*[^,”\"]{{1,50}}?\s(?:{SPEECH_VERBS})\s*,")
_SPEECH_PREVIOUS = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|according to)\s*$")
# (never past a relative pronoun: "Moroz met the Red Cross team, whose director reaffirmed ..." is the director's)
# (... unless the clause is the name's own: "Dahl, whose team later said ...")
_SPEECH_SOON = re.compile(
    rf"^(?:,\s+(?:{RELATIVE_PRONOUNS})\s+[^.”\"]{{0,50}}|(?:(?!\b(?:{RELATIVE_PRONOUNS})\b)[^.”\"]){{0,60}})\b(?:{SPEECH_VERBS})\b"
)
# a person's name right after a verb in the past (the one acted on: "thanked Trump", "urged Putin")
_OBJECT_BEFORE = re.compile(r"\b[a-z]+ed\s+$")
# "He said ..." is spoken; "He could reject the offer" or "He last met Putin" is not.
_HE_SHE_FIRST = re.compile(  # ... or "According to him, it is premature ...": the one speaking before goes on
    rf"^(?:(?:He|She)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+|again\s+)?(?:{REPORT_VERBS})\b|"
    r"According\s+to\s+(?:him|her)\b)"
)
# (an appositive's full stops are its abbreviations: "X, the U.S. envoy, said")
# (... or two, the second the name's own: a relative clause or a title, "Kesk, the border minister, who still leads
# the delegation, said", "Rask, 44, a former ambassador, said"; never a clause of its own, "Banda, the envoy, left
# the talks early, said a spokesman", nor one naming another, "who met Peter Banda, the envoy, on Monday, said")
_APPOSITIVE_THEN_SPEECH = re.compile(
    rf"^,[^,”\"]{{0,90}}(?:,\s+(?:who|whose|a|an)\s[^,”\"]{{0,90}})?,\s*{_BEFORE_VERB}(?:{SPEECH_VERBS})\b"
    # (never a speaker named after the verb, closing the sentence: "The envoys met Wekesa, Kenya's minister, ...,
    # said a diplomat who attended.", "..., said Kesk."; "said Helsinki would ..." is the words said)
    r"(?!\s+(?:(?:a|an|the|one|two|three|several|some|another)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|"
    r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*)\s*(?:[.,;]|\bwho\b|$))"
)
# "Dunn, the U.S. envoy, speaking briefly in the lobby: “...”": the one speaking says the quotation that follows
# (its appositive a title, never another name: "Asked about Kesk, Varo, speaking in the lobby: ..." is Varo's)
_SPEAKING_THEN_QUOTE = re.compile(
    r"^(?:,\s+(?:the|a|an|his|her|its|their)\s[^,”\"]{0,90},)?\s*speaking\b[^.:”\"]{0,60}:\s*[“\"]"
)
# "Guo, a spokesman for the ministry, denounced the sanctions on Thursday, saying ...": the one acting (a verb in the
# past right after the name or its appositive) is the one saying, in a participle of saying later in the clause
_ACT_THEN_SAYING = re.compile(
    rf"^(?:,[^,”\"“]{{0,90}},)?\s+{_BEFORE_VERB}(?:[a-z]+ed|spoke|wrote|took|made|gave|met|hit)\b"
    # (... in its own clause: no relative one between, "..., who rejected the plan, saying" is the other's)
    rf"(?:(?!\b(?:{RELATIVE_PRONOUNS})\b)[^.;:”\"“]){{0,150}},\s+"
    r"(?:saying|adding|stating|warning|arguing|insisting|noting)\b"
)
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|as|until|once|while)\s+(?:[\w’'.-]+\s+){0,3}$", re.I)
SUBORDINATE_LOOKBACK_CHARS = 100  # "after" and the three words _SUBORDINATE_BEFORE allows before a name
# ("“...,” he continued": right after a quotation, going on is speaking; "After the talks, he continued to press
# for sanctions" is not)
_HE_SHE_SAID = re.compile(
    rf"[,”\"]\s*(?:he|she) (?:{SPEECH_VERBS})\b|,?[”\"]\s*(?:he|she)\s+(?:continued|went\s+on)\s*[,.:;]"
)
RECENT_SPEAKERS = 3  # sentences back in which a "he said" may find its speaker
SUBJECT_CHARS = 45  # a person named this early, after only a title, is the subject of the sentence
# A speaker named by their title alone: "According to the president, ...", "The minister said ...".
_TITLE_SPEAKER = re.compile(
    r"\b(?i:according\s+to\s+the)\s+(?P<title>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*,|"
    # ("The Ukrainian deputy foreign minister, in a briefing on Tuesday, said ...": a side and a title of up to four
    # words, an inserted phrase between it and its verb)
    rf"^[\s\"“]*[Tt]he\s+(?P<title2>[A-Za-z]+(?:\s+[A-Za-z]+){{0,3}}?)\s*(?:,[^,”\"“]{{1,90}},\s*)?(?:also\s+)?"
    rf"(?:{SPEECH_VERBS})\b|"
    # ("The head of the Russian delegation told reporters": a head of a side's body, its title word first)
    rf"^[\s\"“]*[Tt]he\s+(?P<title5>(?:head|chief|leader)\s+of\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*"
    rf"(?:,[^,”\"“]{{1,90}},\s*)?(?:also\s+)?(?:{SPEECH_VERBS})\b|"
    # ("Ukraine's chief negotiator said": a side's title, the side named as whose it is)
    rf"^[\s\"“]*(?P<side>[A-Z][\w.]*)['’]s\s+(?P<title4>[a-z]+(?:\s+[a-z]+){{0,3}}?)\s*(?:,[^,”\"“]{{1,90}},\s*)?"
    rf"(?:also\s+)?(?:{SPEECH_VERBS})\b|"
    # "“...,” the U.S. president said Wednesday": after a quotation, the title with whose it is
    rf"[”\"],?\s+the\s+(?P<whose>[A-Z][\w.]*\s+)?(?P<title3>[a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+)?(?:{SPEECH_VERBS})\b"
)
# A sentence opening with a title as its subject, then its verb: "The president also instructed ...", "The Ukrainian
# envoy met ..." (its title in the group ``_title_and_head`` reads as "title2"); never inside
# a quotation ('"The president has made it clear ...": the speaker's president, not the one the article named last)
_TITLE_SUBJECT = re.compile(
    r"^\s*[Tt]he\s+(?P<title2>[A-Za-z]+(?:\s+[A-Za-z]+){0,3}?)\s+(?:also\s+|then\s+|later\s+|again\s+)?"
    r"(?:has|had|was|is|will|would|did|[a-z]+ed|met|said|told|spoke|signed|sent|made|took|gave|flew|went|left|held)\b"
)
# A sentence's words handed to a speaker at its end: "..., he added.", "..., the minister said."
_SAID_AT_END = re.compile(rf",\s+(?:[\w’'.-]+\s+){{1,4}}?(?:{SPEECH_VERBS})\b[^,]{{0,40}}$")
# Roles that only name the office ("Vice President", "former President"): never the one "the president" means.
_NOT_THE_HOLDER = re.compile(r"\b(?:vice|deputy|former|ex|acting|then)\b")
# "..., the official said": a bare title of no one's role, told right after someone's words (``speakers``)
_SAME_TITLED = re.compile(
    rf"[”\"],?\s+the\s+(?P<title>official|aide|diplomat|envoy|negotiator|spokes(?:man|woman|person))\s+(?:also\s+)?"
    rf"(?:{SPEECH_VERBS})\b"
)
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quotation's own words
# a side's negotiators are its delegation or team: "the Ukrainian negotiator" is the head of Ukraine's delegation
_NEGOTIATING = next(frozenset(family.split()) for family in ROLE_FAMILIES if "negotiator" in family.split())
_ROLE_KIN = {  # each role word's others of its family ("head" for "chief")
    word: frozenset(family.split()) - {word} for family in ROLE_FAMILIES for word in family.split()
}
_NONE: frozenset[str] = frozenset()
_LOCAL_OFFICES = frozenset({"mayor", "governor"})  # a city's or a region's own: "Kyiv's mayor" is no side's official
TITLE_LOOKBACK = 8  # sentences back in which the titled speaker must be named: nearer is the one meant
_ORG_HEADS = (
    "Coalition|Council|Union|Commission|Alliance|Organization|Organisation|Group|Bloc|Ministry|Government|"
    "Parliament|Assembly|Committee|Fund|Agency|Forces|Army|Cabinet|Directorate|Service|Congress|Senate|Summit|"
    "Bank|Court|Office|Party|Movement|Front"
)
_ORG = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w’'-]+\s+)*?(?:{_ORG_HEADS})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]+)*)\b"
)
# A place word right before a name: "a meeting in Paris" names where, not who
_NOT_SUBJECT_WORD = re.compile(r"\b[a-z]{3,}\b")


@dataclass(frozen=True)
class Actor:
    """A person or party named (or pronoun-referred) at a place in a sentence."""

    start: int
    end: int
    person: str | None
    party: str | None
    key: int | None = None  # the person's key, when it is a person

    @property
    def name(self) -> str:
        return self.person or self.party or ""


class ActorFinder:
    """Finds actors in sentences, given the people the corpus knows."""

    def __init__(self, people: list[Person]) -> None:
        self._people = {person.key: person for person in people}
        self._aliases = AliasIndex(people)
        self._cache: dict[str, list[Actor]] = {}  # a sentence is looked at several times: speakers, demands

    def _only_person(self, text: str) -> Actor | None:
        """The one person a sentence names (never one named only as whose: "President Trump's actions"), or None."""
        named = self.people_in(text)
        if len({a.person for a in named}) == 1 and not any(_possessive(text, a) for a in named):
            return named[0]
        return None

    def people_in(self, text: str) -> list[Actor]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        found = []
        for hit in self._aliases.find(text):
            person = self._people[hit.key]
            found.append(Actor(hit.start, hit.end, person.name, person.affiliation, person.key))
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
        self._cache[text] = found
        return found

    def actors_in(self, text: str, *, locations: bool = True) -> list[Actor]:
        """People, parties and organisations named in a text; ``locations=False`` leaves out places after
        'in/at/from' (where something happened, not who did it)."""
        people = self.people_in(text)
        parties = [Actor(s, e, None, party) for s, e, party in parties_in(text)]
        if not locations:
            places = [a for a in parties if LOCATIVE_BEFORE.search(words_before(text, a.start))]
            parties = [a for a in parties if a not in places]
            # (nor a name inside such a place: "Protesters in La Paz" names no Marcelo Paz)
            people = [p for p in people if not any(p.start < q.end and q.start < p.end for q in places)]
        return _without_overlaps(people + parties + _organisations(text))

    def speakers(self, sentences: list[Sentence]) -> dict[int, Actor]:
        """Speaker by sentence index, for the sentences of one article in order."""
        result: dict[int, Actor] = {}
        previous: Sentence | None = None
        subjects: dict[int, Actor | None] = {}  # read only when a pronoun's speaker is sought, once per sentence

        def subject_at(position: int) -> Actor | None:
            if position not in subjects:
                subjects[position] = self._subject(sentences[position].text)
            return subjects[position]

        def about_at(position: int) -> Actor | None:
            """Whom a sentence is about: the person it opens with, or, opening with "He"/"She", whom the sentence
            before was about ("Farid Iskandar has kept a low profile. He eats lunch alone ... he said only: ...")."""
            while position >= 0 and LEADING_PRONOUN.match(sentences[position].text):
                position -= 1
            return subject_at(position) if position >= 0 else None

        # an interview's answers ("Q: ..." then "A: ...") are the words of the one interviewed: the person after an
        # interview cue in the lead ("interviewed Foreign Minister X", "in an interview with X"), else the one person
        # the lead names; nobody when it names several or none (an explainer's answers are the outlet's)
        interview = any(ASKED_LINE.match(s.text) for s in sentences) and any(
            ANSWER_LINE.match(s.text) for s in sentences
        )
        interviewee = self._interviewee(sentences) if interview else None
        answering = False
        unnamed: set[int] = set()  # sentences spoken by someone told by a title alone, whom no one named holds
        for position, sentence in enumerate(sentences):
            speaker = self._explicit_speaker(sentence.text)
            if interview:
                # (an answer is its "A:" paragraph: a sentence after a paragraph break that opens no "A:" is not it,
                # "This interview has been edited for length")
                gap = sentence.start - previous.end if previous is not None else 0
                answering = bool(ANSWER_LINE.match(sentence.text)) or (answering and gap <= 1)
                if speaker is None and answering:
                    speaker = interviewee
            if (
                speaker is None
                and previous is not None
                and previous.index not in unnamed  # (her "she said" is hers: unnamed too, never one further back)
                and (spoken_by_pronoun(sentence.text) or _statement_said(sentence.text, previous.text))
            ):
                recent = [result[s.index] for s in reversed(sentences[max(0, position - RECENT_SPEAKERS) : position])
                          if s.index in result]  # fmt: skip
                named = self.people_in(previous.text)
                # ("X's delegation is led by Ilse Marrenko. She said ...": the one person the sentence before names,
                # over a speaker further back)
                only = self._only_person(previous.text)
                speaker = (
                    result.get(previous.index)
                    or subject_at(position - 1)
                    or only
                    or (about_at(position - 1) if LEADING_PRONOUN.match(previous.text) else None)
                    or next(iter(recent), None)
                    or next(iter(named), None)
                    # ("Levchuk does not speak like a diplomat. The deputy minister ... spent her career in the
                    # police. '...,' she told us": a sentence naming no one goes on about the one opening the one
                    # before it)
                    or (subject_at(position - 2) if position >= 2 and not named else None)
                    # ("Errazuriz left ... In a written statement issued later, he defended the offer. '...,' the
                    # statement said": the one person named two sentences back, whom the "he" between stands for)
                    or (
                        self._only_person(sentences[position - 2].text)
                        if position >= 2 and not named and _HE_OR_SHE.search(previous.text)
                        else None
                    )
                )
            if (
                speaker is None
                and previous is not None
                and previous.index in result
                and WHOLE_QUOTATION.match(sentence.text)
                and _QUOTE_MARK.search(previous.text)
            ):
                # a quotation standing alone after a quoted speaker's sentence goes on with their words ('"Every one
                # of them is a family ...," Holub said. "But thousands more are still in captivity ..."'): news
                # writing names a new speaker before or inside their words, never leaves them to the reader
                speaker = result[previous.index]
            if speaker is None and (titled_by := _TITLE_SPEAKER.search(sentence.text)) is not None:
                speaker = self._titled_speaker(titled_by, sentences[:position])
                if speaker is None and _titled(titled_by):
                    unnamed.add(sentence.index)  # "The Ukrainian negotiator said ...", no one named so titled
            if (
                speaker is None
                and previous is not None
                and previous.index in unnamed
                and sentence.index not in unnamed
                and spoken_by_pronoun(sentence.text)
            ):
                unnamed.add(sentence.index)  # ("He accused Kyiv ...", then '"...," he said': still that one)
            if (
                speaker is None
                and previous is not None
                and previous.index in result
                and (titled := _SAME_TITLED.search(sentence.text)) is not None
                and not self.people_in(_QUOTED_SPAN.sub(" ", sentence.text))  # (those the words name are not it)
                # (never one the article brought in as "a diplomat" a few sentences before: the diplomat is them)
                and not brought_in(
                    titled.group("title"), (s.text for s in sentences[max(0, position - TITLE_LOOKBACK) : position])
                )
            ):
                # '..., he added. "Trump has not yet been informed ...," the official said.': a definite bare title
                # right after someone's words, naming no one else, is the one who has just spoken
                speaker = result[previous.index]
            if speaker is not None:
                result[sentence.index] = speaker
            previous = sentence
        return result

    def titled_subjects(self, sentences: list[Sentence]) -> dict[int, Actor]:
        """The people sentences name only by a title as their subject ("The president also instructed the new
        head of the ministry ..."): the one named before in the article holding it (``_titled_speaker``), by
        sentence index; a mention of them, whatever the verb."""
        found: dict[int, Actor] = {}
        for position, sentence in enumerate(sentences):
            titled = _TITLE_SUBJECT.match(sentence.text)
            if titled is None or not _titled(titled) or _SAID_AT_END.search(sentence.text):
                continue  # ("The president had the last word ..., he added": the speaker's president)
            actor = self._titled_speaker(titled, sentences[:position])
            if actor is not None:
                found[sentence.index] = actor
        return found

    def _interviewee(self, sentences: list[Sentence]) -> Actor | None:
        """Who an interview's answers belong to (``speakers``), or None when the lead does not say."""
        lead = next((s for s in sentences if not s.heading), None)
        if lead is None:
            return None
        cue = _INTERVIEW_CUE.search(lead.text)
        named = self.people_in(lead.text[cue.end() :] if cue else lead.text)
        if cue is not None:
            return named[0] if named else None
        return named[0] if len({actor.person for actor in named}) == 1 else None

    def _titled_speaker(self, found: re.Match[str], before: list[Sentence]) -> Actor | None:
        """ "According to the president, ...", "the minister said": the person the article named before with that
        title among their roles (the nearest first; a bare title within ``TITLE_LOOKBACK`` sentences, one with its side,
        "The Ukrainian negotiator said", anywhere before in the article). A side's title is that side's, and a role of
        the same office counts ("head of Ukraine's delegation" for "the Ukrainian negotiator", "head of the Russian
        delegation" for "the Russian delegation head"); None when no one named before holds it. ``found``: the
        sentence's ``_TITLE_SPEAKER`` match."""
        title, head = _title_and_head(found)
        if head not in ROLE_HEADS:
            return None
        # the side a title names by a one-word nationality, country or seat ("the Ukrainian negotiator", "Kyiv's
        # envoy"), never a city's own office ("Kyiv's mayor") nor a body's name ("the European Council president")
        local = head in _LOCAL_OFFICES
        sides = [
            (s, e, p)
            for s, e, p in parties_in(title)
            if " " not in title[s:e] and not (local and title[s:e] in PLACE_ALIASES)
        ]
        groups = found.groupdict()  # (a pattern may name only some of these: ``_TITLE_SUBJECT``)
        owner = groups.get("whose") or groups.get("side") or ""
        whose = {party for s, e, party in parties_in(owner) if not (local and owner[s:e].lower() in PLACE_ALIASES)}
        if groups.get("side") and not whose:
            return None  # "Kesk's aide said", "Kyiv's mayor said": the aide, the mayor, never a side's titled person
        whose |= {party for _, _, party in sides}
        office = title
        for start, end, _ in reversed(sides):
            office = office[:start] + office[end:]
        office_words = office.split()  # ("ukrainian deputy foreign minister": "deputy foreign minister")
        office = " ".join(office_words)
        if groups.get("title5"):  # ("head of the delegation": its title word first, the body it heads after)
            office_words = [w for w in office_words if w not in ("of", "the") and w != head] + [head]
        # ("deputy", "former", "acting" name another office: in the title and the role alike, or in neither)
        qualifiers = set(_NOT_THE_HOLDER.findall(office))
        holds_title = re.compile(rf"(?:^|\s)(?:{re.escape(title)}|{re.escape(office)})$")
        # the words a role may head its title with for this office: the title word itself, or for a side's negotiator
        # the head of its delegation or team (``lexicon.ROLE_FAMILIES``); never "head" for "leader", "chief" for
        # "president"
        # (... and, with another word of the office to tie it, its family: "the delegation chief" is the head of the
        # delegation, "the chief negotiator" its head; "the Ukrainian leader" alone is no head of anything)
        modifiers = office_words[:-1]
        heads = {head} | (_NEGOTIATING if head in _NEGOTIATING else _NONE)
        heads |= _ROLE_KIN.get(head, _NONE) if modifiers else _NONE

        def fits(person: Person | None, *, office_of: bool = False) -> bool:
            if person is None or (whose and person.affiliation not in whose):
                return False
            for role in person.roles:
                low = role.lower()
                if set(_NOT_THE_HOLDER.findall(low)) != qualifiers:
                    continue
                if holds_title.search(low) is not None:
                    return True
                # (the title heads the role and every other word of the office is in it: "head of the Russian
                # delegation"; never names whose it is, "head of the President's Office")
                role_words = re.findall(r"[a-z]+", low)
                titled_as = next((w for w in role_words if w in ROLE_HEADS), None)
                if (
                    office_of
                    and whose
                    and (titled_as in heads or (head in _NEGOTIATING and not _NEGOTIATING.isdisjoint(role_words)))
                    and all(w in role_words or not _ROLE_KIN.get(w, _NONE).isdisjoint(role_words) for w in modifiers)
                ):
                    return True
            return False

        reach = before if whose else before[-TITLE_LOOKBACK:]
        if brought_in(head, (sentence.text for sentence in before[-TITLE_LOOKBACK:])):
            return None  # ('A senior European diplomat said ... "...," the diplomat said': that one, unnamed)
        named = [
            self._people.get(actor.key)
            for sentence in reversed(reach)
            for actor in reversed(self.people_in(sentence.text))
            if actor.key is not None
        ]
        person = next((p for p in named if fits(p)), None) or next((p for p in named if fits(p, office_of=True)), None)
        if person is None:
            return None
        return Actor(found.start(), found.end(), person.name, person.affiliation, person.key)

    def subject_of(self, text: str) -> Actor | None:
        """The person a sentence opens with (``_subject``), for readers outside this module."""
        return self._subject(text)

    def _subject(self, text: str) -> Actor | None:
        """The person a sentence opens with, after at most a title ("US President Donald Trump said"); one named
        only as whose ("Melnyk's deputy, Taras Hnatiuk, ...") is not: the one after is."""
        people = [a for a in self.people_in(text) if not _possessive(text, a)]
        if not people or people[0].start > SUBJECT_CHARS:
            return None
        # (whose title it is may open the sentence: "Melnyk's deputy, Taras Hnatiuk, ...")
        before = re.sub(r"^\s*(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+", "", text[: people[0].start])
        return None if _NOT_SUBJECT_WORD.search(before) and not _only_title(before) else people[0]

    def resolve_pronoun(self, pronoun: str, text: str, at: int, previous: str | None) -> Actor | None:
        """The actor a pronoun at ``text[at]`` stands for: the first of its kind in the sentence, else before.
        'they' is a group: the first party or organisation."""
        kind = pronoun.lower()
        for source in (text[:at], previous or ""):
            if kind in ("he", "she"):
                candidates = self.people_in(source)
            elif kind == "they":
                candidates = [a for a in self.actors_in(source, locations=False) if a.person is None]
            else:
                candidates = self.actors_in(source)
            if candidates:
                return candidates[0]
        return None

    def _explicit_speaker(self, text: str) -> Actor | None:
        """The person named next to a speech verb; not one named in a possessive ("Putin's aide, confirmed") or
        in a subordinate clause ("shortly after Putin announced the ceasefire, sirens rang out")."""
        actors = self.people_in(text)
        for actor in actors:
            # "Lukashenko’s spokesperson said": the spokesperson speaks (the name's span may hold the "’s")
            possessive = _possessive(text, actor)
            if possessive or in_subordinate_clause(text, actor.start) or agent_before(text[: actor.start]):
                continue
            if attributed_to_another(text[actor.end :]) or reported_by_another(text[: actor.start]):
                continue
            after = text[actor.end : actor.end + 25]
            before = text[max(0, actor.start - 25) : actor.start]
            # "Zelensky later thanked Trump in a statement posted on X": Trump is the one thanked, after another
            # person and a verb, not the one whose statement it is (a speech verb soon after is not his)
            thanked = bool(_OBJECT_BEFORE.search(text[: actor.start])) and any(a.start < actor.start for a in actors)
            if (
                _SPEECH_NEXT.match(after)
                or (_SPEECH_PREVIOUS.search(before) and not CLAUSE_VERB_AFTER.match(text[actor.end :]))
                or (_SPEECH_SOON.search(after) and not thanked)
                or _APPOSITIVE_THEN_SPEECH.match(text[actor.end : actor.end + 200])
                or _SPEAKING_THEN_QUOTE.match(text[actor.end : actor.end + 170])
                or (
                    _ACT_THEN_SAYING.match(text[actor.end : actor.end + 300]) is not None
                    and not thanked
                    # (the sentence's subject, the first person it names: "Peskov declined to say whether Putin
                    # agreed to the request, adding: ..." is Peskov's; never a relative clause's, ``_ACT_THEN_SAYING``)
                    and not any(other.start < actor.start for other in actors)
                )
            ):
                return actor
        return None


# "A spokesman for Kesk said", "an aide to the minister said": the one acting for the person speaks, not the person.
_AGENT_OF = re.compile(
    rf"\b(?:{AGENT_ROLE_WORDS})\s+(?:for|of|to)\s+$",
    re.IGNORECASE,
)


def _possessive(text: str, actor: Actor) -> bool:
    """Whether an actor is named as whose something is ("President Trump's actions"), not as one who acts."""
    return named_as_owner(text, actor.start, actor.end)


def named_as_owner(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a possessive ("Ukraine's chief negotiator"), its "'s" inside the
    span or right after it."""
    return text[end : end + 2] in ("'s", "’s") or text[start:end].endswith(("'s", "’s"))


def in_subordinate_clause(text: str, at: int) -> bool:
    """Whether a name at ``text[at]`` opens a clause set in time, not the sentence's own ("shortly after Putin
    announced the ceasefire, sirens rang out": Putin's words are not what the sentence reports)."""
    return _SUBORDINATE_BEFORE.search(words_before(text, at, SUBORDINATE_LOOKBACK_CHARS)) is not None


# Another's words reporting what a person said: a verb of saying, then "that" right before the name ("The Times
# wrote in an article that Kellogg suggested ...": the paper speaks, of him)
# (a report's verbs only: "The foreign ministry confirmed that Kesk told Varo ..." has Kesk speaking)
_REPORTED_BEFORE = re.compile(
    r"\b(?:wrote|reported|claimed|alleged|quoted)\b[^.;:\"“”]{0,60}\bthat\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)


def reported_by_another(before: str) -> bool:
    """Whether the text before a name reports someone else's words about what follows (``_REPORTED_BEFORE``)."""
    return _REPORTED_BEFORE.search(before) is not None


def attributed_to_another(after: str) -> bool:
    """Whether the words right after a name hand what follows to another speaker ("Kesk, the report said, ...")."""
    return _INSERTED_ATTRIBUTION.match(after) is not None


def agent_before(before: str) -> bool:
    """Whether the words before a name make it whose agent speaks ("A spokesman for", "an aide to")."""
    return _AGENT_OF.search(before[-40:]) is not None


def brought_in(title: str, texts: Iterable[str]) -> bool:
    """Whether one of these sentences brings someone in by this title, unnamed ("A senior European diplomat said"):
    "the diplomat" after it is that one."""
    brought = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}{re.escape(title)}\b", re.I)
    return any(brought.search(text) for text in texts)


def _titled(found: re.Match[str]) -> bool:
    """Whether a ``_TITLE_SPEAKER`` match tells its speaker by a title ("The Ukrainian negotiator said"), not another
    word before a speech verb ("The talks, he said, ...")."""
    return _title_and_head(found)[1] in ROLE_HEADS


def _title_and_head(found: re.Match[str]) -> tuple[str, str]:
    """The title a ``_TITLE_SPEAKER`` match gives its speaker, lower case, and its title word: the last ("the
    Ukrainian negotiator"), or the first of a head of a body ("the head of the Russian delegation")."""
    groups = ("title", "title2", "title3", "title4", "title5")
    named = found.groupdict()  # (a pattern may name only some of them: ``_TITLE_SUBJECT`` names title2 alone)
    title = next(title for name in groups if (title := named.get(name))).lower()
    return title, title.split()[0] if named.get("title5") else title.split()[-1]


def _only_title(before: str) -> bool:
    """Whether the words before a name are a title ('US President', 'Kremlin spokesman')."""
    words = re.findall(r"[^\W\d_]+", before.lower())
    allowed = ROLE_HEADS | ROLE_MODIFIERS | ORG_WORDS | {"the", "of", "and", "s"}
    return all(w in allowed or parties_in(w) for w in words)


def _organisations(text: str) -> list[Actor]:
    """'the Coalition of the Willing' -> an actor whose party is the country it names, or itself."""
    found = []
    for match in _ORG.finditer(text):
        name = match.group("name")
        if len(name.split()) < 2:
            continue  # a lone "Council" or "Government" names no one in particular
        countries = parties_in(name)
        party = countries[0][2] if countries else name
        found.append(Actor(match.start(), match.end(), None, party))
    return found


# '"...," the statement said' after "In a written statement issued hours later, he defended the offer": the words
# of the one whose statement the sentence before tells (a statement named there, never one of its own)
_DOCUMENT = r"(?:written\s+)?(?:statement|letter|text|communiqu[eé]|note|message|post|document)"
_DOCUMENT_SAID = re.compile(
    rf"[”\"]\s*,?\s*(?:the|that|this|his|her|its|their)\s+{_DOCUMENT}\s+(?:said|says|read|reads|added|stated)\b",
    re.I,
)
_DOCUMENT_TOLD = re.compile(rf"\b(?:a|an|the|his|her|their|its)\s+{_DOCUMENT}\b", re.I)


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.I)


def _statement_said(text: str, previous: str) -> bool:
    """Whether a sentence's quotation is said by a statement the sentence before tells of."""
    return bool(_DOCUMENT_SAID.search(text)) and bool(_DOCUMENT_TOLD.search(previous))


def spoken_by_pronoun(text: str) -> bool:
    """Whether a sentence's words are a "he" or "she" speaking ("He said ...", '"...," she said')."""
    return bool(_HE_SHE_FIRST.match(text) or _HE_SHE_SAID.search(text))


def _without_overlaps(actors: list[Actor]) -> list[Actor]:
    kept: list[Actor] = []
    for actor in sorted(actors, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and actor.start < kept[-1].end:
            continue
        kept.append(actor)
    return kept
