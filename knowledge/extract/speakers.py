"""Who is acting or speaking in a sentence: people and parties by position, pronouns resolved.

A sentence's speaker is a person named next to a speech verb ("Lavrov said", "added Peskov", "according to
Lavrov"); a sentence spoken by "he" or "she" takes the previous sentence's speaker, or failing that the first
person it names. "It" stands for the first party of its sentence or of the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.actors import parties_in
from knowledge.extract.people import SPEECH_VERBS
from knowledge.extract.registry import AliasIndex
from knowledge.models import Person, Sentence

CACHE_SIZE = 4096
_SPEECH_NEXT = re.compile(rf"^[\s,”\"]*(?:has |had |also |then )?(?:{SPEECH_VERBS})\b")
_SPEECH_PREVIOUS = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|according to)\s*$")
_SPEECH_SOON = re.compile(rf"^[^.”\"]{{0,60}}\b(?:{SPEECH_VERBS})\b")
_HE_SHE_FIRST = re.compile(r"^(?:He|She)\b")
_HE_SHE_SAID = re.compile(rf"[,”\"]\s*(?:he|she) (?:{SPEECH_VERBS})\b")


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

    def actors_in(self, text: str) -> list[Actor]:
        people = self.people_in(text)
        parties = [Actor(s, e, None, party) for s, e, party in parties_in(text)]
        return _without_overlaps(people + parties)

    def speakers(self, sentences: list[Sentence]) -> dict[int, Actor]:
        """Speaker by sentence index, for the sentences of one article in order."""
        result: dict[int, Actor] = {}
        previous: Sentence | None = None
        for sentence in sentences:
            speaker = self._explicit_speaker(sentence.text)
            if speaker is None and previous is not None and _starts_with_pronoun_speaker(sentence.text):
                speaker = result.get(previous.index) or next(iter(self.people_in(previous.text)), None)
            if speaker is not None:
                result[sentence.index] = speaker
            previous = sentence
        return result

    def resolve_pronoun(self, pronoun: str, text: str, at: int, previous: str | None) -> Actor | None:
        """The actor a pronoun at ``text[at]`` stands for: the first of its kind in the sentence, else before."""
        want_person = pronoun.lower() in ("he", "she")
        for source in (text[:at], previous or ""):
            candidates = self.people_in(source) if want_person else self.actors_in(source)
            if candidates:
                return candidates[0]
        return None

    def _explicit_speaker(self, text: str) -> Actor | None:
        for actor in self.people_in(text):
            after = text[actor.end : actor.end + 25]
            before = text[max(0, actor.start - 25) : actor.start]
            if _SPEECH_NEXT.match(after) or _SPEECH_PREVIOUS.search(before) or _SPEECH_SOON.search(after):
                return actor
        return None


def _starts_with_pronoun_speaker(text: str) -> bool:
    return bool(_HE_SHE_FIRST.match(text) or _HE_SHE_SAID.search(text))


def _without_overlaps(actors: list[Actor]) -> list[Actor]:
    kept: list[Actor] = []
    for actor in sorted(actors, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and actor.start < kept[-1].end:
            continue
        kept.append(actor)
    return kept
