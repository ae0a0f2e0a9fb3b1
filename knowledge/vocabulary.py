"""The word lists the rules share, one copy of each, imported where needed.

Stop words and the stemmer live with the analyzer (``text``), paraphrase families in ``lexicon``, role words in
``extract.people``; this module holds the rest: months and weekdays, the verbs that report speech, the words a
question uses to ask rather than to name, and a few small closed classes the rules need.
"""

from __future__ import annotations

import calendar
import re

# Months by full and short name ("sept" too), and weekdays (Monday = 0), lower case.
MONTHS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.day_name)}
# The months as words a question or sentence spells out, longest first, as an alternation: "sept", "june", "may"; the
# three-letter short forms ("mar", "jan") are left out because most are also ordinary words or word stems
MONTH_WORDS = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))

# Adverbs that tell a figure or a plan as it first stood ("as Kyiv had initially announced", "originally scheduled"),
# as a regular-expression alternation
FIRST_TOLD = "initially|originally|previously|first|earlier|mistakenly|wrongly"

# The auxiliaries a question or a clause opens its verb with ("does Russia still hold ...?", "Putin was ready"), as a
# regular-expression alternation
AUXILIARIES = "is|are|was|were|did|does|do|will|would|can|could|should|has|have|had"
# ... and the modals, which open a clause's verb too ("Vasca must resign", "talks may resume")
MODALS = "will|would|shall|should|can|could|may|might|must"
# Verbs whose object is an act in "-ing" ("did Russia keep firing?", "stop shelling", "oppose opening talks"): the act
# is what is asked about (a closed list, compared by stem: "visit Beijing", "during the talks" are no such act)
GERUND_VERBS = frozenset(
    "keep continue stop start begin resume quit finish avoid consider risk deny admit suggest propose recommend "
    "discuss delay postpone cease end oppose support back reject resist favour favor".split()
)

# Verbs that attribute speech ("Lavrov said", "added Peskov"), as a regular-expression alternation.
SPEECH_VERBS = (
    "said|says|told|added|stated|noted|assured|wrote|announced|insisted|stressed|argued|explained|warned|"
    "claimed|tweeted|posted|replied|responded|emphasized|emphasised|highlighted|confirmed|urged|recalled|"
    "suggested|reiterated|reaffirmed|proposed"
)
# Between a verb of saying and the day it gives the saying: "said on Tuesday", "said late on Monday".
SAID_ON_WORDS = r"(?:(?:on|late|early|earlier|last|this)\s+)*"
# After a name, words that make it the one speaking without a verb of its own: "The Post quoted Kesk as saying",
# "Kesk was quoted as saying" (the outlet only relays the words).
QUOTED_AS = r"(?:(?:was|were|is)\s+)?(?:quoted\s+)?as\s+(?:saying|telling|stating|writing)"
# ... and those that report what someone said or thought without quoting it: "He described ...", "she believes".
REPORT_VERBS = (
    SPEECH_VERBS + "|say|states|insists|stresses|demands|demanded|emphasizing|conveyed|believes|believe|repeated|"
    "maintains|maintained|declared|made it clear|described|called|praised|accused|underlined|pointed|expressed|"
    "welcomed|thanked|criticised|criticized|dismissed|rejected|denied|admitted|acknowledged|vowed|promised|"
    "predicted|hailed"
)

# Prepositions after which a name is where something happened, not who did it ("a meeting in Paris").
LOCATIVES = frozenset({"in", "at", "from", "near", "to", "into", "outside", "inside", "across", "via", "over"})

# Words ending in -ed that are not past verbs where tense is judged before a date ("scheduled for Thursday").
ED_ADJECTIVES = frozenset({"scheduled", "expected", "planned", "united", "based"})
# Verbs whose base form ends in -ed, so a coordinated "... and proceed with" is still a verb phrase.
BASE_VERBS_IN_ED = frozenset(
    ["need", "proceed", "succeed", "exceed", "feed", "heed", "seed", "embed", "shed", "speed", "bleed", "breed"]
)

# Words a question asks with, not about: never search terms. The nouns of an answer type ("the outcome of", "the
# reason for") ask for a kind of sentence, not for one that repeats them.
QUESTION_WORDS = frozenset(
    """
    when did does do was were is what which who how why where timeline happen happens happened happening date dates day
    time times tell show give me about exactly many much long number occur occurred take took place
    outcome upshot reason reasons motive motives motivation motivations rationale justification whats whos wheres
    whens hows whys vs versus timing else besides actually
    really basically name ex kind sort regarding concerning re anything anyone anybody something someone somebody
    according per apart mention mentions mentioned details detail info information specifics quote quotes quoted
    guy guys finally eventually ultimately supposed ever
    """.split()
)  # ("hrytsenko quote on territory?" asks for her words; "what did the red cross guy say": the one who spoke)
# Shorthand people type in chat, written out before a question is read: "wat did X say abt Y".
CHAT_SHORTHAND: dict[str, str] = {
    "wat": "what", "wht": "what", "whta": "what", "wen": "when", "whn": "when", "wher": "where", "whr": "where",
    "abt": "about", "thru": "through", "bc": "because", "cuz": "because", "govt": "government",
    "intl": "international", "dept": "department", "admin": "administration", "mil": "military", "mtg": "meeting",
    "mtgs": "meetings", "brit": "british", "brits": "british", "convo": "conversation", "convos": "conversations",
    "negs": "negotiations", "prez": "president", "hav": "have", "ppl": "people", "tmrw": "tomorrow",
    "govts": "governments",  # (never "yr": "your" in chat as often as "year"; units read it as a year)
    # contractions typed without their apostrophe, where an article's own ("he's", "it'll") is indexed otherwise ("he",
    # "itll" never): the "n't" ones are indexed as typed ("can't" is "cant"), so they stay
    "hes": "he is", "shes": "she is", "Hes": "He is", "Shes": "She is", "theyre": "they are", "youre": "you are",
    "itll": "it will", "theyll": "they will", "gonna": "going to", "wanna": "want to", "gotta": "got to",
    # abbreviations written capitalised too (unlike the chat words above: "Wen" is a name, "Dept" is not)
    "Dept": "Department", "Govt": "Government", "Intl": "International", "Admin": "Administration",
    "TV": "television",
    # the wars people name by their initials, which articles write out
    "WWII": "World War II", "WW2": "World War II", "WWI": "World War I", "WW1": "World War I",
}  # fmt: skip

# A part of what a question asks about ("when does the rest of the swap continue?": the swap going on): a word to
# find where an article uses it ("the rest of the fleet"), never a missing thing where none does
PART_WORDS = frozenset({"rest", "remainder"})
# Words of courtesy and chat that name nothing a question asks about ("..., thanks?", "pls"): never "missing".
# Verbs that carry little of what a question asks: "where did X go after Y?" asks where X went, "when did X become
# head of GUR?" when X was made head of GUR (the clause saying "head of GUR" tells it, though its verb is elided);
# "when he made the comment" is when he commented (the noun tells the act)
LIGHT_VERBS = frozenset(
    "go goes going went gone get gets got getting become becomes became becoming make makes made making "
    "come comes came coming set sets setting".split()  # ("how many came home?": how many were returned home; "how
    # many conditions did he set?": how many he laid out)
)
# Verbs of moving a plan, in the forms that are no nouns ("causing delays until Saturday", "the moves"): one copy,
# for the day a plan is moved to (``dating``) and for the questions asking about it (``question``, ``timeline``)
MOVING_VERBS = (
    # (the bare verb too, after "agreed to": "agreed on Wednesday to push back the deadline ... to March 31"; "move"
    # only with its object, "to move the deadline", never "will move to its second phase" nor "Russia's move to")
    r"mov(?:ed|ing)|(?:move|delay)(?=\s+(?:the|its|this|that)\s)|postpon(?:e|ed|es|ing)|push(?:ed|es|ing)?\s+back|"
    r"delay(?:ed|ing)|reschedul(?:e|ed|es|ing)|slip(?:ped|ping)|put(?:s|ting)?\s+off|"
    r"br(?:ought|ings|inging)\s+forward|defer(?:red|s|ring)|shift(?:ed|ing)"
)
MOVING = re.compile(rf"\b(?:{MOVING_VERBS})\b", re.IGNORECASE)  # ... as a pattern: a plan moved, anywhere in a text
# The participles telling a plan changed ("has been postponed", "it was moved"), one copy for the date reader and
# the answering that reads a plan's change
CHANGED_PARTICIPLES = (
    r"postponed|delayed|pushed\s+back|moved|rescheduled|put\s+off|called\s+off|cancell?ed|brought\s+forward"
)
# ... and a plan's change told by its new going ahead ("which had been scheduled for Thursday, would now take place on
# July 16"): "now" says another day replaces the one set
NOW_GOING_AHEAD = r"(?:will|would)\s+now\s+(?:take\s+place|be\s+held|open|begin|start|resume|go\s+ahead)"
# ... never after words telling the plan went ahead ("met as planned that day and will now resume on March 19"), nor
# across "and" to another thing's going ahead ("opened on time, and the second round will now begin on ...")
WENT_AHEAD = r"and|as\s+planned|went\s+ahead|took\s+place|was\s+held|were\s+held|met|opened|began|started|on\s+time"
# ... the two as one phrase read from a plan's day on, within its clause: what the extraction and the answer both read
NOW_REPLACING = rf"(?:(?!\b(?:{WENT_AHEAD}|but|while|whereas|although|though)\b)[^.;]){{0,60}}?\b{NOW_GOING_AHEAD}\b"
# The pronouns opening a relative clause about a person ("..., whose director reaffirmed ..."): its subject speaks,
# not the one named before it, as one regex alternation ("which" is left out: "asked which proposals ..." asks)
RELATIVE_PRONOUNS = "who|whom|whose"
# Words asking how a thing stands now ("how many are still held?", "when is the summit now?", "how many remain
# idle?"): they name nothing (a filler word), and they ask for the newest telling (``question.LATEST_ASKED``)
STATE_WORDS = frozenset("now currently still remain remains".split())
# ... and adjectives asking for the newest telling of a thing ("the current deadline", "latest figure"): they name
# nothing an article must write (a report gives the deadline, seldom calls it "current"); not "updated" or "revised",
# verbs an article writes ("who updated the figures?")
RECENCY_WORDS = frozenset("current latest newest".split())
# ... with the words a figure is asked as it now stands by ("the updated tally", "the new number of ..."), as one regex
# alternation, and the nouns that ask for a count ("latest figure?", "the number of ..."), as another
NEWEST_FIGURE_WORDS = "|".join(sorted(RECENCY_WORDS | {"updated", "revised", "new", "final"}))
COUNT_NOUNS = "number|figure|count|tally|total|toll"  # ("the latest toll?": a death toll is a count)
# What a side says it is, offering to act ("ready to sign", "prepared to meet"), as a pattern's alternatives
READINESS_WORDS = "prepared|ready|willing"
FILLER_WORDS = (
    frozenset(
        """
        thanks thank thx ty pls plz please hi hello hey ok okay btw lol asap quick quickly briefly exactly just own
        want wants wanted wanting main like same together kind sort thing things stuff lot
        relation relationship connection
        """.split()  # ("own": "sanctions of its own"; "why did X want the strikes halted?": wanting is no thing;
        # "X's relation to Y?": who X is to Y, the frame of a who-question;
        # "the main purpose", "talks like these", "together in Ankara": the frame of a question, never its topic;
        # "when is the summit now?", "how many are still held?", "how many remain idle?" ("were still idle"): how
        # it stands, ``LATEST_ASKED``)
    )
    | LIGHT_VERBS  # (a light verb no article writes names nothing missing)
    | STATE_WORDS
    | RECENCY_WORDS
)

# Units people shorten when they type ("in 3 yrs"): read as the word an article writes.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "mins": "minutes", "wks": "weeks", "mos": "months"
}  # fmt: skip

# Where a question asks for a demand, wherever it stands: "what does X want", "X's conditions", "what is X asking
# Y for", "X request to Y", "what did X ask Y to do". The router reads the intent from it; demands reads whoever is
# named before it as the demanding side and whoever after it as the side asked.
DEMAND_CUE = re.compile(
    r"\b(?:demand\w*|pre-?conditions?|conditions?|insist\w*|ask(?:ing|ed|s)?\b.{0,40}?\bfor\b|want\w*|"
    r"call\w*\s+for|terms|requests?\b|requested|requesting|urg(?:e|es|ed|ing)\b|press(?:ed|ing)?\s+for|"
    r"ask(?:ing|ed|s)?\s+(?:\w+\s+){1,3}to\b)",  # ("what is Moscow asking Kyiv to do?")
    re.IGNORECASE,
)
# A statement setting a side's terms without a demand verb: an obligation ("Kyiv must withdraw", "has to"), a condition
# ("only possible with the consent of the parties", "unless", "provided"), a refusal ("will never accept", "a red
# line", "would be viewed as a threat"), an expectation of another ("Moscow expects Kyiv to ...", never "expects the
# talks to resume"). Bare "should", "conditions" and "threat", "had to" and an "Only" opening a sentence are left out:
# "should arrive", "weather conditions", "no threat", "had to say", "Only after midnight did the ferry leave" set
# nothing. It re-ranks a side's statements for a demands question no extracted demand answers; it names no demand
# itself (a sentence holding "must" may say anything), so it never makes one.
TERMS_CUE = re.compile(
    r"\b(?:must|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to|(?<=\s)only\s+(?:\w+\s+){0,3}?(?:if|with|when|after|once|"
    r"possible)|unless|provided\s+that|on\s+(?:the\s+)?condition|pre-?conditions?|conditions?\s+(?:for|of|that)|"
    r"red\s+lines?|unacceptable|"
    r"(?:(?:will|would|can)\s+(?:not|never)|cannot|won[’']t|wouldn[’']t|can[’']t)\s+(?:\w+\s+)?"
    r"(?:accept|allow|agree|tolerate)|(?:as|is|be|was|were|are)\s+a\s+(?:direct\s+|serious\s+)?threat|"
    r"expects?\s+(?:that\b|(?:[\w’'-]+\s+){1,3}to\b(?!\s+(?:resume|begin|start|continue|end|take|last|arrive)\b)))\b",
    re.IGNORECASE,
)
# Words that say "demand" in a question, not what is demanded: set aside from a demands question's topic.
DEMAND_WORDS = frozenset(
    """
    demand demands demanded demanding want wants wanted asking ask asks condition conditions precondition
    preconditions insist insists insisted terms call calls called require requires required requirement
    requirements impose imposed position positions stance seek seeks sought expect expects request requests
    requested asked urge urges urged
    """.split()
)

# Words that modify many things and name none ("peace talks", "direct talks", "joint statement"): a question's
# compound whose modifier is one of these is not about a particular thing the articles must name.
GENERIC_MODIFIERS = frozenset(
    """
    peace war new direct formal official joint bilateral trilateral possible potential proposed final recent latest
    main key major big high level senior top first second third next previous further early late full partial
    same other whole entire various several certain own outside external overseas neighbouring neighboring
    harsh tough strict severe stiff punishing soft lenient generous modest ambitious controversial fresh
    good bad poor great fine better best worse worst wrong right fair unfair suitable unsuitable appropriate
    inappropriate ideal perfect terrible awful weak strong useful useless serious
    bigger larger greater higher longer stronger wider broader deeper harder tougher newer older fewer lower smaller
    heavier earlier later easier extra additional more
    total overall combined
    """.split()
)  # (comparatives too: "the heavier bombing" asks about bombing, however an article rates it)
# Adjectives that tell which stage of a thing is asked ("the original deadline", "the current target"), never which
# thing: no compound they open names something the articles lack, though they still weigh where written ("The
# original deadline ... had been Oct. 20")
# ("the current target" over articles that write only "the new target of May 7" asks that target as it stands; never
# "present" or "existing", verbs and plain adjectives as often)
STAGE_MODIFIERS = frozenset("original initial old former current".split())

# Words that ask for a position, not what it is about: set aside from a positions question's topic.
POSITION_WORDS = frozenset(
    """
    stand stands stood stance stances position positions view views attitude opinion think thinks willing ready
    take reaction reactions thoughts
    open oppose opposes support supports accept accepts reject rejects want wants
    """.split()
)

# The word that asks for a position, as it stands in a question: who is named before it holds the position
# ("Kyiv's position on Russia's demand", "where does Kyiv stand on ...").
POSITION_CUE = re.compile(
    r"\b(?:stand|stands|stood|position|positions|stance|stances|views?|attitude|opinion|think|thinks|reaction|"
    r"thoughts)\b|['’]s\s+take\b",
    re.I,
)

# News organisations the articles quote and credit, as the words of their names: never a person ("Reuters said",
# "Al Jazeera reported"). A closed class, like the party table: the wires and the outlets that cover these talks.
MEDIA_WORDS = frozenset(
    """
    reuters ap afp dpa efe ansa xinhua tass ria novosti interfax ukrinform unian bloomberg nbc cbs abc cnn fox bbc
    sky jazeera getty anadolu trt politico axios guardian telegraph times post journal economist spiegel kommersant
    izvestia vedomosti meduza pravda euronews france24 rferl liberty dw voa
    """.split()
)

# Ministries, as roles name them ("Foreign Minister", "Minister of Defence"): two of them for one person at one time
# is a clash between sources. British and American spellings meet in the stemmer ("defence" ~ "defense").
MINISTRIES = frozenset(
    """
    foreign defence defense interior finance economy economic justice energy health education agriculture culture
    trade digital infrastructure security veterans reintegration
    """.split()
)

# Words that make a title a past one ("former Defense Minister"): its holder no longer holds it, so a question for
# who holds the role now is not answered by them (one that says "former" is).
PAST_TITLE_WORDS = frozenset({"former", "ex", "outgoing", "erstwhile", "onetime", "then", "previous", "retired"})

# Role abbreviations a question or an article writes ("Belgian PM?", "PM Modi"), read as the role they stand for.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "pm": "prime minister",
    "fm": "foreign minister",
    "nat sec": "national security",  # "the US nat sec advisor": its national security adviser
    "natsec": "national security",
}
# Prepositions that are no stop words (they may matter in a sentence) but never end a compound name: "the town near
# Miami" is a town, not a "town near"
PREPOSITIONS = frozenset(
    "near around across along behind beyond despite during within without toward towards via amid".split()
)
# Currencies by their stem and sign: "how many euros?" is answered by "€140 billion", which never says "euros"
CURRENCY_SIGNS: dict[str, str] = {"euro": "€", "dollar": "$", "pound": "£", "yen": "¥", "hryvnia": "₴", "rubl": "₽"}
# Ranks as articles shorten them before a name ("Gen. Valery Gerasimov"), by their index token: "which general ...?"
# is answered by a sentence naming a "Gen."
RANK_ABBREVIATIONS: dict[str, str] = {
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "maj": "major",
    "adm": "admiral",
    "capt": "captain",
    "sgt": "sergeant",
    "cmdr": "commander",
}
# Roles asked for by what they do rather than by name: "who leads the Belgian government?" asks for its prime
# minister (or premier, or chancellor); "head of state" for its president or monarch. Tried in order.
ROLE_PARAPHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"\b(?:head|heads|leader|leads|led|chief|runs)\b(?:\s+\w+){0,4}?\s+government\b|\bgovernment\s+(?:head|leader|chief)\b",
        ("prime minister", "premier", "chancellor"),
    ),
    (r"\bhead\s+of\s+(?:the\s+)?state\b", ("president", "king", "queen")),
    # "Russia's top diplomat": its foreign minister (the newsroom's name for the post)
    (r"\b(?:top|chief|senior(?:most)?)\s+diplomat\b", ("foreign minister", "secretary of state")),
)

# Ordinal words and what they pick: 1, 2, ... the first, second; -1 the last; -2 the one before; 0 the next.
# Small counts written out ("two days earlier", "round two").
# Counts written in words, one copy for every reader of them: the units and teens, the tens, the multipliers
NUMBER_WORDS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen".split(),
        start=1,
    )
}
TENS_WORDS: dict[str, int] = {
    word: 10 * n for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
# ... as one pattern's alternation: a count written in words ("nine", "forty")
COUNT_WORDS = "|".join([*NUMBER_WORDS, *TENS_WORDS])
MULTIPLIERS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
SMALL_NUMBERS = {word: n for word, n in NUMBER_WORDS.items() if n <= 6}  # the counts a rule spells out ("two days")
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "last": -1,
    "latest": -1,
    "final": -1,
    "recent": -1,
    "previous": -2,  # "the previous round": the one before the latest
    "next": 0,
    "upcoming": 0,
}

# Words after which a noun phrase begins: a compound's modifier follows one of them, a name, or nothing ("grain deal
# date?"); after any other word ("also adopt sanctions", "measures cover") the pair is more likely a verb and its
# object, and a verb no article uses is a paraphrase, not a missing thing.
# The words that open a noun phrase as its determiner ("the", "this", "their")
DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())
NOUN_PHRASE_OPENERS = DETERMINERS | frozenset(
    """
    any no every each some what which whose
    did does do was were is are will would has have had of for on about in at with from by s
    """.split()
)
# Adverbs a question may put before a verb ("also adopt", "actually hold"): never a compound's modifier.
ADVERBS = frozenset("also still even just really already ever never again else besides only".split())
# Verbs of wanting, thinking and doing in general: "does Moscow want the Vatican to host?" is answered by "Lavrov
# played down the idea", in any words; only a verb of a particular act must be in a yes/no answer.
ATTITUDE_VERBS = frozenset(
    "want wants like need needs think believe expect plan plans hope intend seek mean try have get make go do see "
    "view consider regard issue give put take".split()  # "does Moscow see obstacles?" is answered by "there are no
    # obstacles"; "who issued the statement?" by "in a joint statement, Rubio and Waltz said"
)
# Verbs of the mind: "does Kesk think Tarnia will sign?" asks what Kesk says, which an article tells in any words
# ("Kesk said", "according to Kesk"); they are never a word the answer must hold.
COGNITION_VERBS = frozenset(
    "think thinks thought believe believes believed feel feels reckon reckons hope hopes hoped hoping".split()
)
# Nouns for what someone thinks, closing a fragment that asks for it ("Lavrov Vatican view?", "Kesk's take on it").
# (not "take": "what steps did Ukraine take?")
VIEW_WORDS = frozenset(
    "view views opinion thoughts reaction response comment comments remark remarks statement description words".split()
)
# ... and the nouns of someone's judgement, their words only when someone's ("Medinsky's assessment"; "the damage
# assessment", "the trial verdict" are things)
JUDGEMENT_WORDS = frozenset(
    "assessment assessments verdict verdicts evaluation evaluations appraisal appraisals prediction predictions".split()
    # ("Budanov's prediction on the exchange?": what he said of it; not "forecast" or "estimate", which a sentence
    # tells without a verb of saying: "Bojovic forecast growth of 3 percent", "the weather forecast")
)
# What "how ..." measures: "how big", "how soon". The word asks for a figure or a span, never what the answer is about.
MEASURES = frozenset(
    "big large small cold hot warm far old high low tall deep heavy fast severe long soon quickly often wide narrow"
    " broad".split()
)
# Places written two ways (the Russian and the Ukrainian transliteration): a question's spelling finds the other.
PLACE_SPELLINGS: dict[str, str] = {
    pair[n]: pair[1 - n]
    for pair in (
        ("kiev", "kyiv"), ("kharkov", "kharkiv"), ("odessa", "odesa"), ("lvov", "lviv"), ("nikolaev", "mykolaiv"),
        ("zaporozhye", "zaporizhzhia"), ("dnepr", "dnipro"), ("chernigov", "chernihiv"), ("lugansk", "luhansk"),
        ("donbass", "donbas"),
    )
    for n in (0, 1)
}  # fmt: skip
# Nouns naming an event of the talks, as questions use them ("call date?", "the Moscow talks", "the last round").
EVENT_NOUNS = r"calls?|meetings?|talks|summits?|visits?|trips?|rounds?|sessions?|negotiations|conference|format"
# Those who speak for someone: "a spokesman for Kesk said" is the spokesman, not Kesk.
AGENT_ROLE_WORDS = r"spokes(?:man|woman|person)|aides?|advis[eo]rs?|representatives?|lawyers?"
# Verbs that give a post: "who was appointed defence minister?" asks who holds it.
APPOINTING_WORDS = r"appointed|named|elected|chosen|picked|tapped|made"

# The participles that tell a plan ("had been scheduled for Friday", "is slated for May"), as one regex alternation
PLAN_PARTICIPLES = "scheduled|planned|set|due|expected|slated|penciled|pencilled"
# Verbs that put a thing forward without doing it ("the swap Kyiv had proposed last month"): the day written after one
# is the day of the proposal, never of the thing proposed
PROPOSING_VERBS = "proposed|suggested|offered|floated|pitched|requested|demanded|sought"

# The source a question names for what it asks ("according to Shmyhal", "as told by ...", "per the Kremlin"): who
# told it, never who heads or is acted on.
SOURCE_PHRASE = re.compile(
    r",?\s+(?:according\s+to|as\s+(?:told|reported)\s+by|per(?=\s+(?:the\s|(?-i:[A-Z]))))\s+[^,?.!]+", re.IGNORECASE
)  # ("per the Kremlin", "per Reuters"; never "500 drones per month")
