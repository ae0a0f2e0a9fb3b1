"""Text analysis shared by extraction, the index and questions: one analyzer on both sides of the search.

- ``fold``: lower case, typographic quotes and dashes made plain, diacritics removed ("Erdoğan" -> "erdogan",
  "Radosław" -> "radoslaw"), so a name typed without its accents still matches.
- ``words``: folded word tokens in any script; possessive 's dropped; dotted acronyms kept whole ("u.s." -> "us").
- ``terms``: content words (no stop words), unique, in order: for fuzzy overlap and for people's surnames.
- ``stems``: what the full-text index holds and questions are matched on: content words, hyphenated words split,
  irregular verbs brought to their base ("met" -> "meet"), British spellings made American ("defence",
  "mobilisation"), then Snowball's English stemmer ("negotiations" and "negotiated" -> "negoti"). Repeats are
  kept, since BM25 counts them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer

from knowledge.vocabulary import MULTIPLIERS, NUMBER_WORDS, TENS_WORDS

STOPWORDS = frozenset(
    """
    a an the and or but if of on in at to for from by with about as into onto over under after before than then
    that this these those it its it's is are was were be been being am do does did done has have had having not
    no so such too very can could should would will shall may might must also just only still yet already even
    what when where which who whom whose why how there here their they them he him his she her we us our you
    your i me my mine any all some each both either neither more most much many other others another one ones
    tell told say said says ask asked against between during since until while whether up down out off again
    further once s t d ll m o re ve y please give show list know let get got talkbot cannot cant wont
    """.split()  # ("cannot", "can't" indexed "cant", "won't" "wont": negations, as "not" is, in any spelling)
)
# Irregular verbs the stemmer cannot see through ("met" is not "meet" to Snowball). General English, not a
# domain list: the past forms news uses for meeting, talking, holding and leading.
IRREGULAR_VERBS: dict[str, str] = {
    form: base
    for base, forms in {
        "begin": "began begun",
        "become": "became",
        "meet": "met",
        "hold": "held",
        "speak": "spoke spoken",
        "take": "took taken",
        "lead": "led",
        "seek": "sought",
        "go": "went gone",
        "come": "came",
        "give": "gave given",
        "make": "made",
        "win": "won",
        "fight": "fought",
        "bring": "brought",
        "think": "thought",
        "strike": "struck stricken",
        "leave": "left",
        "run": "ran",
        "write": "wrote written",
        "choose": "chose chosen",
        "break": "broke broken",
        "know": "knew known",
        "stand": "stood",
        "draw": "drew drawn",
        "fall": "fell fallen",
        "send": "sent",
        "keep": "kept",
        "see": "saw seen",
        "find": "found",
        "grow": "grew grown",
        "rise": "rose risen",
        "set": "set",
        "put": "put",
        "buy": "bought",
        "sell": "sold",
        "pay": "paid",
        "lose": "lost",
        "show": "shown",
        "fly": "flew flown",
        "shake": "shook shaken",
        "undertake": "undertook undertaken",
        "withdraw": "withdrew withdrawn",
        "forbid": "forbade forbidden",
        "overtake": "overtook",
        "arise": "arose arisen",
    }.items()
    for form in forms.split()
}
# British spellings made American before stemming, so "defence" finds "defense" and "mobilisation" finds
# "mobilization". Whole words, and -ise/-isation verbs of the roots news uses; not every "-ise" ("rise", "wise").
BRITISH_WORDS = {
    "defence": "defense", "offence": "offense", "licence": "license", "centre": "center", "centres": "centers",
    "programme": "program", "programmes": "programs", "favour": "favor", "favours": "favors", "labour": "labor",
    "honour": "honor", "neighbour": "neighbor", "neighbours": "neighbors", "colour": "color", "rumours": "rumors",
    "endeavour": "endeavor", "behaviour": "behavior", "catalogue": "catalog", "dialogue": "dialog",
}  # fmt: skip
_BRITISH_ISE = re.compile(
    r"^(recogn|organ|mobil|normal|emphas|priorit|stabil|minim|real|critic|author|character|legal|neutral|"
    r"militar|modern|apolog|util|special|standard|capital|central|privat|formal|final|maxim|optim|harmon|"
    r"symbol|summar|local|global|national|rational|liberal|demilitar|decentral|sanit|terror|digit)is"
    r"(e|es|ed|ing|ation|ations)$"
)
# Acronyms that would read as stop words once lower-cased ("US" is not "us").
ACRONYMS = {"us": "usa", "u.s.": "usa", "u.s.a.": "usa", "u.k.": "uk", "e.u.": "eu", "u.n.": "un"}

_PLAIN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_PLAIN_MARKS = tuple((chr(mark), str(plain)) for mark, plain in _PLAIN.items())
# Latin letters that do not decompose into a base letter and a combining mark.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
     "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "ŀ": "l"}
)  # fmt: skip
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’.-][^\W_]+)*")
STEM_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
_ENGLISH = snowballstemmer.stemmer("english")
# Tokens seen -> their stem: every sentence is stemmed at least once (the index, its events and demands), and
# news repeats its words, so a dict lookup replaces most of the work. Cleared when full (the words of ~10,000
# articles take about a fifth of it).
TOKEN_CACHE_SIZE = 262144
_TOKEN_STEMS: dict[str, str] = {}
# Short texts -> folded: every question folds the same names, aliases and words again (hundreds of thousands of
# calls over a benchmark's questions); sentences are longer than this and are folded as they come.
FOLD_CACHE_SIZE = 65536
FOLD_CACHED_LENGTH = 64
_FOLDED: dict[str, str] = {}


def strip_diacritics(text: str) -> str:
    """'Erdoğan' -> 'Erdogan', 'Radosław' -> 'Radoslaw'; case is kept, so names stay names."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _plain(text: str) -> str:
    """``text.translate(_PLAIN)``, replacing only the marks present (translate looks up every character: every
    sentence is folded when it is stemmed)."""
    for mark, plain in _PLAIN_MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


def fold(text: str) -> str:
    """Lower case, typographic quotes and dashes made plain, diacritics removed."""
    found = _FOLDED.get(text)
    if found is None:
        found = strip_diacritics(_plain(text)).lower()
        if len(text) <= FOLD_CACHED_LENGTH:
            if len(_FOLDED) >= FOLD_CACHE_SIZE:
                _FOLDED.clear()
            _FOLDED[text] = found
    return found


def _word(token: str) -> str:
    if token in ACRONYMS:
        return ACRONYMS[token]
    token = token.replace("ʼ", "'")  # the modifier letter apostrophe some outlets type ("Presidentʼs") is a letter
    if token.endswith("'s"):
        token = token[:-2]
    if token[:1].isdigit() and "," in token:
        return token.replace(",", "")
    return token.replace("'", "")


def words(text: str) -> list[str]:
    """Folded words, possessive 's removed, dots kept inside acronyms ("u.s.")."""
    return [_word(w) for w in _WORD.findall(_fold_acronyms(text))]


def terms(text: str) -> list[str]:
    """Content words: folded, without stop words, in order, without repeats."""
    return list(dict.fromkeys(w for w in words(text) if len(w) > 1 and w not in STOPWORDS))


@functools.lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """A folded word's stem: irregular verbs to their base first, then Snowball English."""
    base = IRREGULAR_VERBS.get(word, word)
    if not base.isalpha():
        return base.replace(".", "")
    base = BRITISH_WORDS.get(base) or _BRITISH_ISE.sub(r"\1iz\2", base)
    return str(_ENGLISH.stemWord(base))


def index_words(text: str) -> list[str]:
    """The words ``stems`` stems: content words, folded, hyphenated words split; repeats kept."""
    found = []
    for token in STEM_TOKEN.findall(_fold_acronyms(text)):
        word = _word(token)
        if len(word) > 1 and word not in STOPWORDS:
            found.append(word)
    return found


def stems(text: str) -> list[str]:
    """The index's tokens for a text: content words, hyphenated words split, stemmed; repeats kept."""
    found = []
    for token in STEM_TOKEN.findall(_fold_acronyms(text)):
        stemmed = _TOKEN_STEMS.get(token)
        if stemmed is None:
            stemmed = _token_stem(token)
        if stemmed:
            found.append(stemmed)
    return found


def _token_stem(token: str) -> str:
    """A token's stem, or "" for a stop word or a single character (what ``index_words`` leaves out); kept."""
    word = _word(token)
    stemmed = stem(word) if len(word) > 1 and word not in STOPWORDS else ""
    if len(_TOKEN_STEMS) >= TOKEN_CACHE_SIZE:
        _TOKEN_STEMS.clear()
    _TOKEN_STEMS[token] = stemmed
    return stemmed


def _fold_acronyms(text: str) -> str:
    """Folded text in which an upper-case 'US' or 'U.S.' becomes 'usa' before lower-casing hides it, and a count
    written in words with its multiplier is its figure (``_figures_of_words``)."""
    if "US" in text or "U.S" in text:
        text = re.sub(r"(?<![\w.])U\.?S\.?(?:A\.?)?(?![\w])", " usa ", text)
    folded = fold(text)
    if any(word in folded for word in MULTIPLIERS):
        folded = _figures_of_words(folded)
    return folded


# A count written in words with a multiplier is the same count as its figure: "Three thousand is a gesture" answers
# "what did Orsag say about the 3,000 troops?", "twenty-two thousand soldiers" and "2 million tonnes" count 22,000 and
# 2,000,000; both sides of a match are read through here, so "3,000", "3000", "three thousand" and "3 thousand" are
# one token ("3000"). Only a multiplier makes it a figure ("two sides", "one of them" stay words), and only a whole
# count: "two hundred and fifty", "one hundred thousand", "half a million", "one in a million" stay words.
_UNIT_VALUES = NUMBER_WORDS | {"a": 1}
_TENS = "|".join(TENS_WORDS)
_ONES = "|".join(word for word, n in NUMBER_WORDS.items() if n < 10)
_ANY_NUMBER_WORD = "|".join([*NUMBER_WORDS, *TENS_WORDS, *MULTIPLIERS])
_NUMBER_PHRASE = re.compile(
    r"(?<!half\s)(?<!\bin\s)\b"
    rf"(?:(?P<tens>{_TENS})(?:[- ](?P<ones>{_ONES}))?|(?P<unit>{'|'.join(_UNIT_VALUES)})|(?P<digits>\d+(?:\.\d+)?))"
    rf"\s+(?P<multiplier>{'|'.join(MULTIPLIERS)})\b"
    rf"(?!\s+(?:and\s+)?(?:{_ANY_NUMBER_WORD})\b|[-\w])"
)


def _figures_of_words(folded: str) -> str:
    def figure(match: re.Match[str]) -> str:
        if match.group("digits"):
            count = float(match.group("digits"))
        elif match.group("tens"):
            count = TENS_WORDS[match.group("tens")] + (_UNIT_VALUES[match.group("ones")] if match.group("ones") else 0)
        else:
            count = _UNIT_VALUES[match.group("unit")]
        return str(round(count * MULTIPLIERS[match.group("multiplier")]))

    return _NUMBER_PHRASE.sub(figure, folded)
