"""The words people use and the words articles use: a small, curated lexicon of paraphrase families.

A question says "truce", the article "ceasefire"; "swap" against "exchange"; "negotiations" against "talks";
"outcome" against "agreement". Each family below lists words that stand for one another in reports on peace
talks. A question word matches its family's words at a discount (``RELATED_WEIGHT``), so an exact word still
ranks first. Families hold single words (stemmed on import, so "negotiated" finds "negotiations"); they are
kept small on purpose: a family as broad as "say/tell/state" matches most sentences and drowns the rest, so
speech verbs are not a family here (the speaker of a sentence is matched instead).

Measured on the real-world development set (``../shared/eval/realworld_questions.json``): see the note of the
change that last touched this file for what stemming and these families add.
"""

from __future__ import annotations

import functools
import re

from knowledge.countries import COUNTRY_ALIASES
from knowledge.text import IRREGULAR_VERBS, stem

RELATED_WEIGHT = 0.7  # a family word counts 70% of the question's own word: related, not the same

FAMILIES: tuple[str, ...] = (
    # what happened at the table
    "ceasefire truce armistice cessation moratorium",  # "the energy truce": "a 30-day moratorium on strikes"
    "talks negotiations negotiate round rounds meeting meetings summit discussions consultations session sessions",
    "exchange swap swaps swapped traded",
    "prisoners prisoner pow pows captives detainees captivity",  # "POW": a prisoner of war
    "outcome outcomes result results agreement agreements deal deals understanding understandings breakthrough "
    "accord produced achieved",
    "proposal proposals plan plans proposed offer offered initiative suggested float floated",
    "accept accepted agree agreed approve approved endorse endorsed backed settle settled",  # "the terms were settled"
    "reject rejected refuse refused dismiss dismissed rebuff rebuffed block blocked blocking veto vetoed",
    "begin began start started launch launched open opened commence kick effect",  # a truce "took effect" then
    "end ended conclude concluded wrap wrapped finish finished close closed expire expired expires expiry",
    "last lasted lasting duration hours",
    "visit visited trip travel travelled traveled arrive arrived attend attended attendee attendees participate "
    "participated participant participants represent "
    # "who represented Washington at the talks?": who attended for it; "en route to Poland": travelling there
    "represented fly flew flown flying route",
    # "has Trump been briefed?": "Trump has not yet been informed of the results"
    "briefed informed notified apprised",  # (not "report": every "X reported" would be a briefing)
    "president presidential presidency",  # "the presidential office" is "the President's Office"
    "call calls phone phoned telephone speak spoke conversation",  # "when did X and Y speak?"
    "announce announced announcement unveil unveiled reveal revealed declare declared confirm confirmed report "
    "reported",
    # what is demanded
    "demand demands demanded condition conditions precondition preconditions insist insisted require required "
    "requirement",
    "guarantee guarantees assurance assurances safeguards commitment commitments",
    "withdraw withdrawal pullout retreat",
    "territory territories land lands regions region annexed occupied occupation",
    "sanctions sanction penalties restrictions punitive",  # ("the punitive measures imposed on its energy sector")
    "neutrality neutral nonaligned impartial impartiality",
    "reparations compensation",
    "election elections vote ballot",
    "children child kids deported abducted",
    "army military troops forces soldiers servicemen contingent contingents",
    "invade invaded invasion offensive",
    "attack attacks strike strikes striking shelling bombardment bombing bombings bombed drone drones hit hitting "
    "violence",
    "energy power infrastructure grid",  # "the power grid ceasefire": the energy moratorium
    "navigation shipping maritime vessels",
    "discrepancy discrepancies gap gaps difference differences differed differ mismatch disparity",  # readings apart
    "membership join joining accession",
    "delay delayed postpone postponed stall stalled shelve shelved defer deferred slip slipped",
    "stall stalled stalling stuck deadlock deadlocked impasse",  # "what did the talks get stuck on?": "stalled over"
    "target goal deadline timetable ultimatum",  # (not "aim": "Pompeo aimed to weaken" sets no deadline)
    "total overall combined",  # "the total swap": "the overall exchange will cover 1,020 prisoners"
    "criticize criticized criticise criticised blast blasted slam slammed accuse accused denounce denounced "
    "condemn condemned",
    "reporters journalists press media",
    # how something was told or done, in the asker's words
    "describe described characterize characterized characterise characterised portray portrayed depict depicted "
    "dub dubbed label labelled labeled rate rated assess assessed assessment praise praised hail hailed",
    "send sent deploy deployed deployment dispatch dispatched stationed presence",  # "a foreign military presence"
    # "Lazic arrest date?": "police detained Dejan Lazic on Tuesday" (never "house arrest" alone: see below)
    "arrest arrests arrested arresting detain detains detained detaining detention apprehend apprehended",
    # "when did the clash near Metema happen?": "a deadly incident near Metema on Saturday"
    "clash clashes clashed skirmish skirmishes firefight firefights incident incidents",
    "release released releasing freed freeing liberated",  # prisoners "freed" are "released", "liberated" (not
    # "returned": its stem is "return", and "Russia will return to the talks" is no release)
    "misrepresent misrepresented misrepresenting distort distorted twist twisted misquote misquoted",
    # not "paper": a framework paper is a document, nor "channel": a river's is no outlet; "which outlet reported
    # it?": a broadcaster did
    "newspaper newspapers outlet outlets broadcaster broadcasters",
    "remarks remark comments comment words statement statements",  # "misrepresenting his words" = his remarks
    "venue venues host hosted hosting location",  # "the venue of the talks", "Geneva will host the talks"
    # "in which building are they meeting?": a named building ("at the Dverce Palace", "at a lakeside villa")
    "building buildings palace hotel villa manor residence castle",
    # "who brokered the swap?": who mediated it
    "mediate mediated mediating mediation mediator mediators broker brokered brokering facilitated",
    "appoint appointed appointment named nominate nominated designate designated choose chose chosen pick picked "
    "select selected become became",  # "named" the verb, not "names"; "became head" is how an appointment is told
    # "Russia's team for the talks" is its delegation; "Ukraine was represented by X, Y and Z" is who was on it
    "delegation delegations team teams represented",
    "lead leads led leading head heads headed heading chief",  # "who's heading the team?": "led by"; "GUR chief"
    "companies company firms firm corporations",
    # "how many observers will watch the border?": "forty monitors will be deployed to the border"
    "observer observers monitor monitors monitoring observe observed watch",
    "farm farms farming agricultural agriculture grain",
    "countries country nations nation",  # "how many nations took part?": "27 countries"
    "mood tone atmosphere",
    "pope pontiff",
    "stress stressed emphasise emphasised emphasize emphasized underline underlined",
    "spy spies intelligence",
    "agency agencies service",  # "Russia's foreign spy agency": its Foreign Intelligence Service
    "west western",  # "the west of Ukraine": "western Ukraine"
    "east eastern",
    "north northern",
    "south southern",  # "Russia's foreign spy agency": its Foreign Intelligence Service
    "compromise compromises concession concessions solutions",  # "creative compromises": "creative solutions"
    "oil crude petroleum",
    "accompany accompanied accompanying",
    "include included includes comprise comprised comprises consist consisted contain contains contained",
    "moves move actions action steps",  # "Trump's moves": his actions
    "relocate relocated relocating relocation move moved",  # "why did the talks relocate?": why they moved
    "cut cuts reduce reduced reducing reduction lower lowered lowering",  # "why was the figure cut?": lowered
    "resume resumed resuming restart restarted restarting renew renewed",  # "restarting talks": resuming them
    "true accurate correct",  # "was the claim true?": a fact-check's verdict, in its words (never "truce")
    "job jobs post posts role roles",  # "the security council job": the post ("position" is as often a stance)
    "promise promised pledge pledged vow vowed committed",  # "what did the leaders promise?": what they committed to
    "offer offers offered offering pledge pledges pledged",  # "how much is the EU offering?": its "350 million pledge"
    "extra additional",
    "spokesman spokeswoman spokesperson spokespeople",  # "Lukashenko's spokeswoman": "Lukashenko's spokesperson"
    "push pushes pushed effort efforts drive bid",  # "the peace push": the peace efforts
    "rise rises rose risen rising lift lifts lifted lifting increase increased jump jumped climb climbed",  # prices
    "television televised broadcast broadcasts",  # "talking to him on TV": a televised meeting
    "cost costs costing price prices priced",  # "what a deal would cost": "the price of yes"
    # "compromise ideas": "creative solutions" (not "proposal": its stem is the verb's, "what did X propose?" would
    # find any "solution")
    "idea ideas solution solutions",
    "big huge enormous massive",  # "who said it could be a huge day?": "a potentially big day" (not "large": sizes)
    "gun guns artillery weapon weapons",  # "how far would heavy guns pull back?": "heavy artillery ... pulled back"
    "agenda topic topics discuss discussed covered",  # "what else was on the agenda?": what the talks covered
    "purpose purposes objective objectives aim aimed goal goals",  # "the trip's purpose": what it aimed to do
    # "asked parliament (the Rada) to": asked lawmakers
    "parliament parliamentary lawmakers legislators legislature rada duma mps",
    "threaten threatened threat threats warn warned warning",  # "threatened to" is said as "warning he would"
    # "appointed X as secretary, dismissing Y from the post": X replaced Y
    "replace replaced replacing succeed succeeded successor predecessor dismissing",
    "obstacle obstacles hurdle hurdles barrier barriers",
    "hard harder hardest tough tougher toughest difficult",  # "the toughest issue": "the hardest issue on the table"
    "reconstruction rebuild rebuilding rebuilt",  # "the rebuilding package": the reconstruction package
    "ease eases eased easing relief",  # "easing sanctions": "no sanctions relief"
    # "asked Putin to stop hitting Kyiv": "to refrain from striking Kyiv", "to halt strikes"
    "stop stops stopped stopping halt halts halted halting refrain refrained cease ceased suspend suspended",
    "cap caps capped ceiling ceilings",  # "a troop ceiling": "cap its armed forces" (not "limit": most limits are not)
    "counterproposal counterproposals counteroffer counteroffers countered",  # "Moscow countered with 60 days"
    "weigh weighing weighed consider considering considered mull mulling",
    "try tried trying attempt attempted attempting seek sought aim aimed",  # "what did she try to do?": aimed to
    "upset disappointed disappointment frustrated frustration angry unhappy displeased",  # a feeling, in any words
    # "which official was removed?": "dismissing Oleksandr Lytvynenko from the post" (not "fired": missiles are)
    "remove removed removal oust ousted dismissing dismissal sacked",
    # "has the meeting been called off?": "has been postponed indefinitely"
    "cancel cancelled canceled cancellation postpone postponed postponement shelve shelved scrap scrapped",
    # "Kyiv's reaction"; "the deadline for answering the plan": for written responses
    "reaction reactions response responses react reacted respond responded reply replied answer answers answered",
    "partition partitioning partitioned divide dividing divided carve carving carved",  # "carving up Ukraine"
    "killed kill died die dead deaths death casualties fatalities",  # "how many died?": "people were killed"
    "general gen",  # "which general": "Gen. Valery Gerasimov" (the abbreviation's stem)
    "part parts component components element elements pillar pillars",  # "how many parts": "five components"
    "raid raided raids raiding searched",  # "when was Yermak raided?": "his premises were searched" (not "search":
    # a search for peace); "air raid" then matches only as a closest sentence
    "siren sirens alarm alarms alert alerts",  # "when did the air raid alarms go off?": "sirens sounded"
    "resign resigned resigning resignation quit quits quitting",  # "why did X quit?": why X resigned
    "walkout walkouts walked",  # "after the walkout": after the delegation "walked out"
    "earlier previous previously",  # "the earlier rounds": "previous rounds" (not "former": a past title; not
    # "prior": "prior experience" is no earlier event)
)

# Phrasal verbs a question uses for one word an article would ("what held up the meeting?" is what delayed it, not
# where it was held): read as that word before the question's words are weighed.
PHRASAL_VERBS: dict[str, str] = {
    "held up": "delayed",
    "brought home": "returned",  # "how many were brought home?": "390 Ukrainians had been returned home"
    "bring home": "return",
    "set for": "scheduled for",
    "hold up": "delay",
    "holding up": "delaying",
    "put off": "postponed",
    # "when did EU leaders put out their statement?": issued it; "put forward a plan": proposed it
    "put out": "issued",
    "puts out": "issues",
    "putting out": "issuing",
    "put forward": "proposed",
    "puts forward": "proposes",
    "putting forward": "proposing",
    "in the end": "finally",  # "how many inspectors in the end?": the figure as it stood last (no end of anything)
    "pushed back": "postponed",  # "why was round two pushed back?" (the longer ones first: "pushed back against")
    "push back": "postpone",
    "pushed back against": "resisted",
    "pushed back on": "resisted",
    "push back against": "resist",
    "push back on": "resist",
    "get under way": "begin",  # "when did the talks get under way?": when they began
    "got under way": "began",
    "gets under way": "begins",
    "getting under way": "beginning",
    "been told": "been informed",  # "has Trump been told how it went?": "Trump has not yet been informed"
    "being told": "being informed",
    "look for": "find",  # "where would he look for Patriots?": "find what was available in Europe"
    "looking for": "finding",
    "looked for": "found",
    "get back to": "return to",  # "get back to the table" is a return
    "got back to": "returned to",
    "swapped out": "replaced",  # "why was X swapped out?": why X was replaced (not a prisoner swap)
    "swap out": "replace",
    "called off": "cancelled",
    "call off": "cancel",
    "signed off": "approved",
    "sign off": "approve",
    "pulled out": "withdrew",
    "pull out": "withdraw",
    "stepped down": "resigned",
    "signed up to": "agreed to",  # "did Putin sign up to a full truce?": "refused to back a full 30-day ceasefire"
    "sign up to": "agree to",
    "signed on to": "agreed to",
    "sign on to": "agree to",
    "hold off": "refrain",  # "asked to hold off bombing Kyiv": "to refrain from striking Kyiv for a week"
    "holding off": "refraining",
    "cease-fire": "ceasefire",  # the spelling the articles use
    "cease fire": "ceasefire",
    "went on for": "lasted",  # "did the session go on for hours?": "the talks lasted three hours"
    "go on for": "lasting",  # (not "last": that is an ordinal, "the last round")
    "following week": "next week",  # "could happen the following week": "could take place next week"
    "gathering": "meeting",  # the noun, as askers use it ("the Paris gathering"); no family: "gather" is no meeting
    "got together": "met",  # "how often have Modi and Putin got together?": "have met 19 times"
    "get together": "meet",
    "getting together": "meeting",
    "took over from": "succeeded",  # "who did Yermak take over from?": "succeeding Andriy Bohdan"
    "take over from": "succeed",
    "taking over from": "succeeding",
    "step down": "resign",
    "took part": "participated",
    "take part": "participate",
    "taking part": "participating",
    "made up": "comprised",  # "who made up the delegation?" (an article's "made up of" is lost: rarer than "included")
    "make up": "comprise",
    "go off": "ring",  # sirens
    "went off": "rang",
    "broke off": "suspended",
    "break off": "suspend",
    "come into force": "take effect",  # "when did the truce come into force?": "the truce took effect on Sunday"
    "came into force": "took effect",
    "comes into force": "takes effect",
    "coming into force": "taking effect",
    "come into effect": "take effect",
    "came into effect": "took effect",
    "to brief": "to report to",  # "where is Umerov going to brief Zelensky?": "to report on the outcome"
    "will brief": "will report to",
    "was heading": "was travelling",  # "where was Zelensky heading?": en route somewhere, never a head of anything
    "were heading": "were travelling",
    "is heading": "is travelling",
    "are heading": "are travelling",
    "heading to": "travelling to",
    "talked to": "told",  # "when he talked to reporters": what he told journalists, never talks
    "talking to": "telling",
    "turn down": "reject",  # "did Moscow turn down the offer?": "Russia rejected the proposal"
    "figure out": "find out",  # "how long to figure out if ...": "we will find out whether ..."
    "turns down": "rejects",
    "turned down": "rejected",
    "turning down": "rejecting",
    "struck a deal": "agreed a deal",  # a deal struck is agreed, never a strike
    "strike a deal": "agree a deal",
    "deal was struck": "deal was agreed",
    "deal struck": "deal agreed",
    "reached a deal": "agreed a deal",  # "reached Tallinn" is no agreement: only a deal or an agreement reached is
    "reached an agreement": "agreed",
    "reach a deal": "agree a deal",
    "reach an agreement": "agree",
    "pause in fighting": "truce",  # a pause of the fighting is a truce; a pause of the talks is not
    "pause in strikes": "truce",
    "pause in the fighting": "truce",
    "go ahead": "move forward",  # "will the meeting go ahead?", never "ahead of the summit"
    "goes ahead": "moves forward",
    "went ahead": "moved forward",
    "sit down with": "meet with",  # "when did Zelensky sit down with Erdogan?"
    "sat down with": "met with",
    "sitting down with": "meeting with",
    "sit down together": "meet",  # "when are Lavrov and Rubio sitting down together?"
    "sitting down together": "meeting",
    "sat down together": "met",
    "sit across from": "meet",
    "sat across from": "met",
    "who was in the room": "who attended",  # "who was in the room besides X?" (never "which papers were in the room")
    "who else was in the room": "who else attended",
    "who were in the room": "who attended",
    "on the ground": "deployed",  # "how quickly can the OSCE get monitors on the ground?": deploy them
    "sat in on": "attended",  # "which official sat in on the meeting?"
    "sit in on": "attend",
    "sit-down": "meeting",
    "sitting down": "meeting",  # "why are they sitting down in Riyadh?" (with someone: above)
    "sit down": "meet",
    "sat down": "met",
    "prisoners of war": "prisoners",  # one thing: "war" is no second word to find ("sick prisoners" are them too)
    "prisoner of war": "prisoner",
    "unlikely": "not likely",  # "why is Rubio unlikely to recommend it?": articles write "is not likely to"
    "shed light on": "reveal",  # "what would shed light on their aims?": what would reveal them
    "three-way": "trilateral",
    # "still hold", "still held": ``_STILL_HOLDING`` (ground is controlled, people are detained)
    "face to face": "direct",  # "negotiators sat down face to face": direct talks
    "going to the": "travelling to the",  # "is Trump going to the talks?", never the "going to meet" of the future
    "go to the": "travel to the",
    "went to the": "travelled to the",
    "went with": "went with accompanied",
    "travelled with": "travelled with accompanied",  # "who travelled with the envoy?": who accompanied him
    "traveled with": "traveled with accompanied",
    "travelling with": "travelling with accompanying",
    "traveling with": "traveling with accompanying",
    "travel with": "travel with accompany",
    "came with": "came with accompanied",
    # "why did Moscow refuse to go back to Istanbul?": to return there, never to "back" a deal ("go", a light verb,
    # would be the rarest word of a small corpus, and tell nothing)
    "go back to": "return to",
    "goes back to": "returns to",
    "going back to": "returning to",
    "went back to": "returned to",
    "come back to": "return to",
    "came back to": "returned to",
    "go up": "rise",  # "how much did oil go up?": how much it rose ("lifting oil prices by $2")
    "goes up": "rises",
    "went up": "rose",
    "gone up": "risen",
    "broke the news": "reported",  # "who broke the news that Kyiv accepted?": who reported it
    "break the news": "report",
    "look into": "examine",  # "a body to look into violations": a commission to examine them
    "looking into": "examining",
    "looked into": "examined",  # "who went with the envoy to Minsk?" (the asker's words kept too)
    "tagged along with": "accompanied",  # "who tagged along with Kellogg?": who accompanied him
    "tag along with": "accompany",
    "tagging along with": "accompanying",
    "on the table": " ",  # "what topics were on the table in Minsk?": no table; the topics are the words to find
}


def without_phrasal_verbs(text: str) -> str:
    """The text with each phrasal verb written as the one word it stands for (``PHRASAL_VERBS``)."""
    if _STILL_HOLDING.search(text) and not holds_people(text):  # (the cheap test first: few texts say it)
        text = _STILL_HOLDING.sub(lambda m: f"still {_CONTROLLING[m.group('verb').lower()]}", text)
    text = _GOT_BACK.sub(lambda m: _RECEIVING[m.group("verb").lower()], _GOT_TO_A_PLACE.sub(_arrived, text))
    text = _LANDED.sub(_arrived_by_air, text)
    text = _TOOK_OVER.sub(_became, text)
    return _PHRASAL.sub(lambda m: PHRASAL_VERBS[m.group(0).lower()], text)


# People counted whoever they are: any people noun counts them ("how many people died?": "nine civilians were killed")
ANYONE_WORDS = ("people", "persons", "individuals")
# People a side's demonym counts ("how many Estonians are held?": "3,000 of its fishermen", "412 soldiers"): the
# nouns news uses for people as such, by standing or trade, not for groups ("delegation") or roles ("envoy")
PEOPLE_NOUN_WORDS = (
    "people persons citizens nationals civilians residents soldiers servicemen troops prisoners captives "
    "detainees fishermen sailors children women men"
).split()
# ... and people by their plight or trade, counted as "people" or as those held, never as a side's ("300 workers are
# stranded" counts no Chileans: their nationality is not told)
ANY_PEOPLE_WORDS = [*PEOPLE_NOUN_WORDS, "migrants", "refugees", "hostages", "workers", "journalists"]
# a side's people in the plural ("Armenians", "Moroccans"): a demonym whose singular is one too
_DEMONYMS = frozenset(
    alias for aliases in COUNTRY_ALIASES.values() for alias in aliases if alias.endswith("s") and alias[:-1] in aliases
)
_PEOPLE = rf"(?:{'|'.join([*ANY_PEOPLE_WORDS, *sorted(_DEMONYMS)])})"
_GROUND = (
    r"(?:territory|territories|land|ground|areas?|villages?|towns?|city|cities|settlements?|square|km|kilometres?|"
    r"kilometers?|miles|hectares|acres|percent|districts?|regions?|oblasts?|provinces?|positions?)"
)

# "how much does Ukraine still hold?": the ground it still controls, never "hold talks"; but people still held are
# detained ("how many Armenians are still held?", "how many soldiers does Thailand still hold?", "still holds 15
# sailors"), while people holding hold ground ("Russian troops still hold the town")
_STILL_HOLDING = re.compile(r"\bstill\s+(?P<verb>hold|holds|held|holding)\b", re.IGNORECASE)
_CONTROLLING = {"hold": "control", "holds": "controls", "held": "controlled", "holding": "controlling"}
_PEOPLE_HELD = re.compile(
    rf"\b{_PEOPLE}\b[^.?!]*?\b(?:(?:are|is|were|was|be|being|remain|remains|remained)\s+)?still\s+held\b"
    rf"|\b{_PEOPLE}\b[^.?!]*?\b(?:does|do|did|is|are|was|were)\s+[^.?!]*?\bstill\s+(?:hold|holding)\b"
    rf"|\bstill\s+(?:hold|holds|held|holding)\s+(?:[\w,-]+\s+){{0,3}}?{_PEOPLE}\b"
    # ("how many guardsmen does Colombia still hold?": a count of anything but ground is of those held)
    rf"|\bhow\s+many\s+(?!(?:[\w-]+\s+)?{_GROUND}\b)[^.?!]*?\bstill\s+(?:hold|held|holding)\b",
    re.IGNORECASE,
)
# what people held are in, to find them by ("13 Armenians in Azerbaijani custody" are still held)
HELD_PEOPLE_STATE = frozenset(stem(word) for word in ("custody", "detention", "captivity", "detained"))


# ... and the places people are held in ("how many fishermen are in Indian jails?": "India still holds 172")
# (the words as typed: "prisoners" stems as "prison" does, and is the people, never the place)
HELD_PEOPLE_PLACES = frozenset(("jail", "jails", "prison", "prisons", "custody", "detention"))
_NAMES_PEOPLE = re.compile(rf"\b{_PEOPLE}\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def names_people(text: str) -> bool:
    """Whether a text names people as such or a side's people ("fishermen", "Armenians")."""
    return _NAMES_PEOPLE.search(text) is not None


@functools.lru_cache(maxsize=256)
def holds_people(text: str) -> bool:
    """Whether the text asks of people still held ("how many sailors does Russia still hold?"), not of ground."""
    return _PEOPLE_HELD.search(text) is not None


# "how many bodies did Ukraine get back?": what was got back was received ("Ukraine received 1,000 bodies"); one who
# gets back from, home or to somewhere returns ("when did Saar get back from Riga?" stays as asked)
_GOT_BACK = re.compile(r"\b(?P<verb>get|gets|got|getting)\s+back\b(?!\s+(?:from|home|to|on|in|into|after|at)\b)", re.I)
_RECEIVING = {"get": "receive", "gets": "receives", "got": "received", "getting": "receiving"}


# "when did the envoy get to Bergen?": got to a place (a capital follows) is arrived in it; "get to decide" is not
_GOT_TO_A_PLACE = re.compile(r"\b(?P<verb>get|gets|got|getting)\s+to\s+(?=[A-Z])")
_ARRIVING = {"get": "arrive", "gets": "arrives", "got": "arrived", "getting": "arriving"}


def _arrived(found: re.Match[str]) -> str:
    return f"{_ARRIVING[found.group('verb').lower()]} in "


# "when did Rubio land in Riyadh?", "the envoy touched down in Oslo": landing in a place is arriving there, which is
# what articles write. "landed" and "touched down" are verbs; "land" is one only after an auxiliary and its subject,
# a name or a noun with its determiner ("did Rubio land", "will the envoy land"), never after another verb ("did
# Russia capture land in Kharkiv": its object); "lands" and "landing" are as often nouns, and stay
_LANDED = re.compile(
    r"\b(?:(?P<past>landed|touched\s+down)|(?P<ing>touching\s+down)|(?P<third>touches\s+down)|"
    r"(?P<aux>(?i:did|does|do|will|would|can|could|should)\s+"
    r"(?:(?:the|his|her|their|its)\s+[\w’'-]+|[\w’'-]+|[A-Z][\w’'-]*\s+[A-Z][\w’'-]*)\s+)(?P<base>land|touch\s+down))"
    r"\s+(?=(?:in|at)\s)",
)


# "when did Budanov take over military intelligence?": taking over a body is becoming its head ("in August, the head
# of GUR"), "took over as prime minister" becoming it; a thing taken over is seized, and stays ("Russia took over
# the plant"): only before a body's noun (or "as")
_BODIES = (
    r"intelligence|agency|ministry|office|directorate|delegation|team|command|presidency|government|department|"
    r"service|council|committee|mission|talks|negotiations"
)
_TOOK_OVER = re.compile(
    r"\b(?P<verb>take|takes|took|taken|taking)\s+over\s+"
    rf"(?:(?P<as>as)\s+|(?=(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{_BODIES})\b))",
    re.IGNORECASE,
)
_BECOMING = {"take": "become", "takes": "becomes", "took": "became", "taken": "become", "taking": "becoming"}


def _became(found: re.Match[str]) -> str:
    verb = _BECOMING[found.group("verb").lower()]
    return f"{verb} " if found.group("as") else f"{verb} head of "


def _arrived_by_air(found: re.Match[str]) -> str:
    if found.group("past"):
        return "arrived "
    if found.group("ing"):
        return "arriving "
    if found.group("third"):
        return "arrives "
    return f"{found.group('aux')}arrive "


# Words whose opposite answers a yes/no question as well as they do: "did the effort succeed?" is answered by "these
# efforts failed", "did Russia accept the plan?" by "Russia rejected it". Read only for yes/no questions (a search for
# what succeeded is not one for what failed). Each line: one side, then the other after "|".
OPPOSITES: tuple[str, ...] = (
    "succeed succeeded success successful | fail failed failure",
    "accept accepted agree agreed approve approved endorse endorsed | reject rejected refuse refused decline declined",
    "stop stopped halt halted cease ceased pause paused finish finished end ended complete completed "
    "| continue continued resume resumed",
    "attend attended join joined | skip skipped boycott boycotted",
    "rise rose increase increased | fall fell drop dropped decrease decreased",
    "win won | lose lost",
    "support supported supports favour favor backed | oppose opposed opposes doubt doubts doubted",
    "true accurate correct | false untrue inaccurate incorrect misleading",
)


@functools.cache
def _opposites() -> dict[str, frozenset[str]]:
    by_stem: dict[str, frozenset[str]] = {}
    for line in OPPOSITES:
        one, other = ({stem(word) for word in side.split()} for side in line.split("|"))
        for word in one:
            by_stem[word] = by_stem.get(word, frozenset()) | other
        for word in other:
            by_stem[word] = by_stem.get(word, frozenset()) | one
    return by_stem


def opposite(word_stem: str) -> frozenset[str]:
    """The stems of the words saying the opposite of this one (empty when it has none listed)."""
    return _opposites().get(word_stem, frozenset())


# Role words that stand for one another in "who heads/leads ...?" and "who is X's chief ...?" questions.
ROLE_FAMILIES: tuple[str, ...] = (
    "head heads chief leader leads lead led principal",  # ("principal negotiator": the chief one)
    # a side's negotiators are its delegation: "Russia's chief negotiator" is the head of its delegation
    "negotiator negotiators negotiating negotiations team delegation",
    "spokesman spokeswoman spokesperson",
    "adviser advisor aide",
    "envoy emissary representative",
)


@functools.cache
def _role_families() -> dict[str, frozenset[str]]:
    return _index(ROLE_FAMILIES)


def related_role(word_stem: str) -> frozenset[str]:
    """The stems that stand for this role word (not itself)."""
    return _role_families().get(word_stem, frozenset())


def _index(families: tuple[str, ...]) -> dict[str, frozenset[str]]:
    by_stem: dict[str, set[str]] = {}
    for family in families:
        members = {stem(word) for word in family.split()}
        for member in members:
            by_stem.setdefault(member, set()).update(members)
    return {key: frozenset(value - {key}) for key, value in by_stem.items()}


@functools.lru_cache(maxsize=8192)
def related(word_stem: str) -> frozenset[str]:
    """The stems that stand for this one in a question (not itself); empty when it has no family.

    Only the family words that can stem to it are stemmed (same first letter, or an irregular verb): stemming
    every family word up front cost a tenth of a second at every start, for the few words a question has."""
    if not word_stem:
        return frozenset()
    members: set[str] = set()
    for family in _FAMILY_WORDS:
        if any((w[0] == word_stem[0] or w in IRREGULAR_VERBS) and stem(w) == word_stem for w in family):
            members.update(stem(w) for w in family)
    return frozenset(members - {word_stem})


def family(word: str) -> frozenset[str]:
    """A word's stem and the stems of its family ("postpone": postpone, delay, cancel, ...): what it is told by."""
    base = stem(word)
    return frozenset({base}) | related(base)


# A verb and the noun made from it stem apart ("decided" -> "decid", "decision" -> "decis"; "detained" -> "detain",
# "detention" -> "detent"): the endings that change, as stems (verb's, noun's). A question in one form then finds the
# article's other ("what did Tallinn decide?": "the decision"). Only these Latinate endings, each an English
# derivation pattern; a rewrite that makes no real word finds nothing, and the few that make another word
# ("contain" -> "content") are left out.
_DERIVED_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ud", "us"),  # conclude/conclusion, include/inclusion
    ("ad", "as"),  # invade/invasion, persuade/persuasion
    ("id", "is"),  # decide/decision, divide/division
    ("od", "os"),  # explode/explosion
    ("end", "ens"),  # extend/extension, suspend/suspension, defend/defence
    ("and", "ans"),  # expand/expansion
    ("ond", "ons"),  # respond/response
    ("tain", "tent"),  # detain/detention, retain/retention
    ("olv", "olut"),  # resolve/resolution
    ("um", "umpt"),  # resume/resumption, assume/assumption
    ("uc", "uct"),  # reduce/reduction, introduce/introduction
    ("eiv", "ept"),  # receive/reception
    ("ib", "ipt"),  # describe/description
    ("ven", "vent"),  # intervene/intervention
    ("ifi", "if"),  # ratify/ratification, verify/verification
    ("upi", "up"),  # occupy/occupation
)
# (their noun is another word: "contain"/"content", "intend"/"intense", "offend"/"offensive", "defend"/"Defense
# Ministry", "convene"/"conventional", "receive"/"reception")
_NOT_DERIVED = frozenset(
    stem(word)
    for word in (
        "contain sustain entertain attain ascertain intend offend defend pretend attend extend convene receive"
    ).split()
)
DERIVED_MIN = 5  # shorter stems ("lead" -> "leas") rewrite into other words too often


@functools.lru_cache(maxsize=8192)
def derived(word_stem: str) -> frozenset[str]:
    """The stem of the noun a verb makes, or of the verb a noun comes from (``_DERIVED_ENDINGS``), none for itself."""
    if len(word_stem) < DERIVED_MIN or word_stem in _NOT_DERIVED:
        return frozenset()
    found = set()
    for verb, noun in _DERIVED_ENDINGS:
        if word_stem.endswith(verb):
            found.add(word_stem[: -len(verb)] + noun)
        if word_stem.endswith(noun) and len(word_stem) - len(noun) + len(verb) >= DERIVED_MIN:
            made = word_stem[: -len(noun)] + verb
            if made not in _NOT_DERIVED:
                found.add(made)
    return frozenset(found - {word_stem})


_FAMILY_WORDS = tuple(tuple(family.split()) for family in FAMILIES)
_PHRASAL = re.compile(  # the longest phrase first: "deal was struck" before "deal struck" could take part of it
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASAL_VERBS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
