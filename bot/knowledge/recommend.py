"""Rank roles by how well a person's skills and interests match their profiles (BM25)."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..normalise import american, singular, words
from ..knowledge.profiles import KnowledgeBase, RoleProfile
from .moves import Move

# Words that say nothing about a person's interests: "I like", "which role fits me".
NOISE = frozenset(singular(w) for w in """
a an the of strong weak tired exhausted stressed bored hour and or for in on to at with by from as is are was were be
been am do does did have has had i me my
mine you your we our they them their he she it its this that these those there here what which who whom how why
when where can could would should will shall may might must need want like love enjoy enjoying enjoyed into
good great really very much many lot lots also too so just am im i'm ive i've been being years year now then
role roles job jobs career careers position positions work working fit fits suit suits me recommend suggest
target pursue be become thing things stuff other others people person someone kind sort type
best better right match matching what's whats which one should go choose pick interested passionate about
making make doing do using use good skills skill know knowing
background experience experienced data field area currently studying student graduate year years month months
hate hates dislike dislikes don't dont not no never isn't isnt without avoid thing
changer change changing switch switching transition transitioning pivot pivoting move moving rather prefer
some any all most more less few bit little quite still even ever only own same such than then very can will
would could should might get got getting gets go going went gone come came take took give given say said tell
told think thought feel felt seem look looking try trying well maybe perhaps probably sure yes ok okay hi hello
hey please thanks thank help way ways lot something anything everything nothing currently lately since ago
him her his hers himself herself son daughter wife husband brother sister mom mum dad father mother
idea ideas life day days but yet though although however around across through over under between within
ask asking asked wonder wondering daughter son kid kids child children teen teenager loves likes enjoys
pay paid salary salaries wage wages money earn earning earnings income thinkin somethin dunno wanna gonna lol
back shot cant can't longer anymore down home knee knees body pain injury injured hurt hurts
accepted valid
path paths option options considering consider sum summary overall advice advise recommendation called
start starts started starting big bigger small smaller stay stays staying stayed
disability disabled condition chronic hey out one two three four five yaar na bro bruh
next suggestion suggestions feet wrecked knackered finished already oriented
nephew niece uncle aunt grandson granddaughter late early old young age aged either neither skip forget mind
off laid fired sacked redundant after before guy guys
play plays playing played key kinda sorta af every example
first second third last next course class company companies firm trade trades
friend friends mate mates neighbour neighbours neighbor neighbors colleague colleagues coworker coworkers
para pero sa ang ng yung mga po ba ko mo lang din rin naman kasi kung ako ikaw siya tayo kami sila ano mas
que de la le les des et ou je tu il elle nous vous une un pour avec dans mais com um uma muy muito
""".split())
# Words that say nothing of what they seem to: 'state of the art' (no art), 'third-party tools' (no parties),
# 'trade-offs' (no trade), 'the big picture' (no pictures), 'in the building where I clean' (where, not building
# work), 'an organisation's data' (a company, not organising).
IDIOMS = re.compile(r"state[- ]of[- ]the[- ]art|third[- ]part(?:y|ies)|trade[- ]offs?|big[- ]picture|"
                    r"\b(?:to )?sum(?:ming)? (?:it )?up\b|\binside[- ]out\b|\bnew (?:jobs?|careers?|roles?|start)\b"
                    r"|\b(?:an|the|your|our|their|whole|every|any)\s+organi[sz]ations?\b"
                    r"|\b(?:the|a|our|my|this|that|whole|same) buildings?\b", re.IGNORECASE)
# Words joined by a hyphen that mean one thing, kept as one word: 'try-on' is no trying (and 'try' says nothing).
COMPOUNDS = re.compile(r"\b(try)[- ](ons?)\b", re.IGNORECASE)


def _joined(match: re.Match[str]) -> str:
    return match[1] + match[2]


# How or where someone needs to work, not what they like: 'sitting down', 'from home', 'part-time'.
CONSTRAINTS = re.compile(r"\b(?:sitting down|sit down|sat down|seated|on my feet|(?:work(?:ing)? )?from home|"
                         r"remote(?:ly)?|"
                         r"part[- ]time|full[- ]time|night shifts?|flexible hours)\b", re.IGNORECASE)
# The way they work now, not a need: 'I work the night shift in a warehouse', "I'm on nights", 'I do part time'.
WORKING_NOW = re.compile(r"(?<!can )(?<!could )(?<!would )(?<!should )(?<!will )(?<!might )"
                         r"\b(?:i|we|im|i'm|i am|i've been|ive been)\s+(?:\w+\s+)?"
                         r"(?:work(?:ing)?|do(?:ing)?|on|run(?:ning)?|lead(?:ing)?|cover(?:ing)?|manag(?:e|ing))\s+"
                         r"(?:the\s+|a\s+)?$", re.IGNORECASE)


def constraints_wanted(text: str) -> list[str]:
    """How or where they need to work ('sitting down', 'from home'), not how they work now ('I work nights')."""
    return list(dict.fromkeys(m.group(0).lower() for m in CONSTRAINTS.finditer(text)
                              if not WORKING_NOW.search(text[max(0, m.start() - 30):m.start()])))


# The field the person asks for, not what they like: 'want AI job, what fits?', 'which data/AI role' (every role
# here is in data and AI: the words would only favour roles with 'AI' in their name).
FIELD_ASKED = re.compile(r"\b(?:ai|a\.i\.|data)(?:\s*/\s*(?:ai|data))?\s+"
                         r"(?:jobs?|roles?|careers?|fields?|positions?|work)\b", re.IGNORECASE)
# The roles of a field a person asks for or moves into with nothing more said ('how do I move into data?'): its
# entry-level and mid-level roles, by the words of their ids.
FIELD_ROLES = {"data": ("data", "analyst", "analytics", "statistician"),
               "analytics": ("analyst", "analytics"),
               "ai": ("ai-", "machine-learning", "nlp", "vision", "deep-learning"),
               "ml": ("machine-learning", "mlops", "deep-learning", "nlp", "vision")}


def field_of(text: str) -> str:
    """The field ``text`` asks jobs of ('data jobs', FIELD_ASKED), or ''."""
    found = FIELD_ASKED.search(text)
    said = found.group(0).lower().replace("a.i.", "ai") if found else ""
    return next((field for field in FIELD_ROLES if re.search(rf"\b{field}\b", said)), "")


# Roles by seniority, for offering people roles they can reach: 1 entry-level, 2 mid-level (reached from a
# degree and projects or a few years of related work), 3 senior (architect, lead, manager: years of
# experience first), 4 leadership (VP, research manager: leading teams). Editorial, from each profile's
# education and experience facts; a role not listed counts from its group.
SENIORITY = {
    "data-analyst": 1, "business-intelligence-analyst": 1,
    "statistician": 2, "data-scientist": 2, "data-engineer": 2, "analytics-engineer": 2, "database-administrator": 2,
    "machine-learning-engineer": 2, "mlops-engineer": 2, "ai-engineer": 2, "nlp-engineer": 2,
    "computer-vision-engineer": 2, "deep-learning-engineer": 2, "software-data-engineer": 2,
    "ai-research-engineer": 2, "ai-research-scientist": 2,
    "data-architect": 3, "ai-architect": 3, "machine-learning-data-architect": 3, "lead-machine-learning-engineer": 3,
    "data-manager": 3, "data-governance-manager": 3, "ai-product-manager": 3,
    "ai-research-manager": 4, "ai-quality-engineering-vp": 4,
}
GROUP_SENIORITY = {"architecture": 3, "management": 3, "leadership": 4}
LEVEL_WORDS = {1: "entry-level", 2: "mid-level", 3: "senior", 4: "leadership"}


def seniority(role: RoleProfile) -> int:
    return SENIORITY.get(role.id, GROUP_SENIORITY.get(role.group, 2))


# What a person says they don't want, widened to the words profiles use for it.
DISLIKE_WORDS = {
    "coding": "coding code programming program software python scripting develop developing engineering",
    "code": "coding code programming program software python scripting develop developing engineering",
    "programming": "coding code programming program software python scripting develop developing engineering",
    "math": "math maths mathematics mathematical statistics statistical algebra calculus probability",
    "maths": "math maths mathematics mathematical statistics statistical algebra calculus probability",
    "mathematics": "math maths mathematics mathematical statistics statistical algebra calculus probability",
    "statistics": "statistics statistical probability",
    "stats": "statistics statistical probability",
    "people": "people team teams stakeholder stakeholders manage management leading lead mentor",
    "managing": "manage management managing leading lead team teams mentor",
    "management": "manage management managing leading lead team teams mentor",
    "meetings": "stakeholder stakeholders meetings communicate communication present presenting",
    "research": "research papers paper publish publishing academic",
    "papers": "research papers paper publish publishing academic",
    # 'hates sitting at a desk': office work, whatever the job is called
    "desk": "desk desks office clerical computer sit sitting",
    "sitting": "desk desks office clerical computer sit sitting",
    "office": "desk desks office clerical computer sit sitting",
}
UNSTATED_SENIOR = 0.9  # measured on the labelled recommendations: 0.9 best of 1.0, 0.9, 0.8, 0.7, 0.6
# Short and other spellings of what a person likes, written out as the profiles write them: 'maths'.
SAME_AS = {"math": "mathematics mathematical", "maths": "mathematics mathematical", "stat": "statistics statistical",
           "stats": "statistics statistical", "optimisation": "optimization optimize", "optimise": "optimize",
           "optimising": "optimizing optimize", "modelling": "modeling", "visualisation": "visualization",
           # 'good with numbers' is being numerate, not the numbered tickets and cards of task statements
           "numbers": "mathematics calculations figures",
           # moving data about, as people say it: 'scripts that pull data into a database every night', 'the
           # EDI feeds between systems', 'cron jobs'; the profiles say pipelines that ingest and transform data
           "pull": "ingest pipelines", "pulling": "ingest pipelines", "pulls": "ingest pipelines",
           "feeds": "pipelines ingest", "etl": "pipelines transformation", "cron": "schedule orchestrator",
           "ingesting": "ingest pipelines",
           # working with people, as people say it: the profiles say communication, stakeholders, coordinating
           "explaining": "communication storytelling", "translating": "bridging communication stakeholder",
           "clients": "stakeholder customer users"}
# Stems that match only the curated profiles' own words for what people like ('numbers'), never O*NET's task
# statements, where they are literal ('deal the appropriate number of cards').
FIGURATIVE = frozenset({"number"})
# 'there is no data warehouse yet', 'we have no pipelines': something missing, which is no dislike (a hire may be
# for building it)
ABSENT = re.compile(r"\b(?:there(?:'s| is| are)|theres|we(?:'ve| have)(?: got)?|we got|they have|has)\s+$",
                    re.IGNORECASE)
# 'it is not recognised', 'not accepted here', 'not required': a state of a thing, not what a person would avoid.
STATE_DENIED = re.compile(r"(?:recogni[sz]ed|accepted|required|needed|valid|allowed|approved|registered|"
                          r"certified|licensed|qualified|eligible|enough|available|possible)\b", re.IGNORECASE)
NEGATION = re.compile(
    r"\b(?:not into|not a fan of|not (?:really |very |that |too )?(?:fond of|keen on)|not good at|no|not|never|"
    r"without|avoid|hate|hates|dislike|dislikes|"
    r"(?:don'?t|dont) (?:really )?(?:like|love|want|enjoy)|"
    r"(?:don'?t|dont|doesn'?t|doesnt|do not|does not) (?:need|require)|"
    r"can'?t(?! stand)|cannot(?! stand)|"
    r"do not (?:really )?(?:like|love|want|enjoy)|"
    r"can'?t stand|cannot stand|bad at|weak at|terrible at|sick of|tired of)"
    r"\s+(?:any\s+|much\s+|more\s+|doing\s+|the\s+|to\s+)?([a-z][a-z ]{1,40}?)"
    r"(?=\s+(?:for me|please|pls)\b|[,.;!?]|\s+(?:and|but|or|so)\b|$)",
    re.IGNORECASE)
# 'i like fixing my own truck more than driving it', 'building things rather than writing reports': the doing
# liked less is what they would rather avoid (a gerund only: 'more than 10 years' weighs no work).
LIKED_LESS = re.compile(r"\b(?:more than|rather than|instead of|over)\s+([a-z]+ing(?:\s+(?!(?:and|but|or|so|what|"
                        r"which|how|it|them|that|this)\b)[a-z]+){0,2})\b", re.IGNORECASE)
# 'don't code much', 'I can't program': the doing itself is what they would rather avoid.
NEGATED_VERB = re.compile(r"\b(?:don'?t|dont|do not|doesn'?t|doesnt|does not|never|can'?t|cannot)\s+"
                          r"(?:really\s+)?(code|program)\b", re.IGNORECASE)
# 'coding weak', 'my coding never strong', 'maths is rusty': a weakness, read like a dislike.
WEAK_SUBJECT = re.compile(
    r"\b(?:my\s+)?([a-z]+)\s+(?:is\s+|are\s+|skills?\s+(?:is\s+|are\s+)?)?"
    r"(?:weak|bad|poor|rusty|not (?:strong|great|good)|never (?:strong|good|great))\b", re.IGNORECASE)
# (a word of address may come first: 'no kak i mean the DEGREE', 'no bro i asked ...')
PUSHBACK = re.compile(r"\s*(?:(?:kak|bro|sis|mate|man|dude|pal|sir|madam|ma'?am|boss|po|ya|lah)\s+)?(?:i |you )?"
                      r"(?:asked|meant|mean|said|told|didn'?t|did not|wanted|answer\w*|understand\w*|"
                      r"help\w*|listen\w*|get it|get me)\b", re.IGNORECASE)
# 'is there no job where he can make games?': a question about jobs, no dislike
# Just before a 'not': the person corrects what was taken of them ('I'm not a ...', '... I meant X, not Y').
CORRECTING = re.compile(r"(?:\b(?:i'?m|im|i am|i was)\s*$|\bmeant\b[^.;!?]*$)", re.IGNORECASE)
# 'im not fond of long coding sessions', "I'm not into sales": how they feel about it, not who they are not
ATTITUDE = re.compile(r"not (?:into|a fan of|(?:really |very |that |too )?(?:fond of|keen on)|good at)\b",
                      re.IGNORECASE)
# What a person fears of a move, not a part of a job they would avoid: "I'd hate to retrain and then not find work".
OUTCOMES = frozenset({"find", "get", "getting", "make", "know", "see", "lose", "losing", "retrain", "retraining",
                      "regret", "waste", "fail", "miss", "end", "earn", "afford", "land", "able", "sure"})
NO_JOB = ("job", "jobs", "role", "roles", "career", "careers", "work", "way", "option", "options", "chance")
NEGATED_SUBJECT = re.compile(
    r"\b([a-z]+(?:\s+[a-z]+)?)\s+(?:is|are|'s|s)?\s*(?:isn'?t|aren'?t|is not|are not|not)\s+"
    r"(?:really\s+)?(?:my thing|for me|my strength|my cup of tea|something i (?:like|enjoy))", re.IGNORECASE)
NOVICE = re.compile(r"\b(?:student|studying|graduat\w*|grad|fresher|beginner|junior|new to|career chang\w*|switch\w*|"
                    r"transition\w*|pivot\w*|no experience|without experience|bootcamp|self[- ]taught|intern\w*|"
                    r"just starting|starting out|entry[- ]level)\b", re.IGNORECASE)
# Starting from nothing: entry-level roles before the mid-level ones a degree or projects lead to.
FROM_SCRATCH = re.compile(r"\b(?:(?:absolute|complete|total)\s+beginners?|no experience|zero experience|from scratch|"
                          r"never (?:coded|programmed|worked in)|fresher)\b", re.IGNORECASE)
SENIOR = re.compile(r"\b(?:senior|lead|led|leading|head of|director|vp|vice president|executive|managed|manager|"
                    r"manage a team|run a team|principal|staff)\b", re.IGNORECASE)
YEARS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+?\s+"
                   r"(?:years?|yrs?)\b", re.IGNORECASE)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
NEGATIVE_WEIGHT = 1.0   # how much a disliked thing the role needs counts against it
# Words each match of these patterns holds (case-blind): a plain ASCII message with none of them is not scanned
# (NEGATED_SUBJECT tries every word of a message as its subject, the slowest of the scans of every message).
# 'someone who isnt a math nerd', "I'm not a numbers person", 'not really a tech guy': the subject is no liking.
NOT_THAT_KIND = re.compile(r"\b(?:isn'?t|isnt|is not|not|never been)\s+(?:really\s+|much of\s+)?(?:an?\s+)?"
                           r"([a-z]+)\s+(?:nerd|person|people person|guy|girl|geek|whiz|wiz|wizard|type|fan)\b",
                           re.IGNORECASE)
NEGATED_SUBJECT_NEEDS = ("my thing", "for me", "my strength", "my cup of tea", "something i")
WEAK_SUBJECT_NEEDS = ("weak", "bad", "poor", "rusty", "not ", "never ")
NEGATED_VERB_NEEDS = ("code", "program")
LIKED_LESS_NEEDS = ("than", "instead", "over")


def _may_hold(text: str, needed: tuple[str, ...]) -> bool:
    """False only when ``text`` is plain ASCII and holds none of ``needed``, in any case (outside ASCII, a
    case-blind pattern matches more than the lower-case letters: 'ſ' is an 's')."""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(n in lower for n in needed)


# Credentials a person can lack ('no college degree'); said in a dislike, they are named by the one word.
HELD_CREDENTIALS = ("degree", "diploma", "masters", "master", "phd", "certificate", "certification", "college",
                    "university", "uni")


def lacking_and_avoided(dislikes: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The credentials among what a person would rather avoid are ones they lack ('no degree'), not ones they
    shun: said back as 'without a degree', the rest as what they would rather avoid."""
    return [d for d in dislikes if d in HELD_CREDENTIALS], [d for d in dislikes if d not in HELD_CREDENTIALS]


# dislikes_in and without_dislikes read each message twice (what the person says about themselves, then
# the recommendation): the last few answers are kept.
@lru_cache(maxsize=16)
def dislikes_in(text: str) -> tuple[str, ...]:
    """What the person says they don't want: 'no coding for me', 'maths isn't my thing', 'I hate coding'."""
    # 'I'm not a psychiatric nurse', 'I meant teaching nurses, not kindergarten': a correction of what the bot
    # took them to mean, no dislike
    found = [m.group(1) for m in NEGATION.finditer(text)
             if (ATTITUDE.match(m.group(0)) or not CORRECTING.search(text[max(0, m.start() - 60):m.start()]))
             and not ABSENT.search(text[max(0, m.start() - 20):m.start()])] \
        + ([m.group(1) for m in NEGATED_SUBJECT.finditer(text)] if _may_hold(text, NEGATED_SUBJECT_NEEDS) else []) \
        + ([m.group(1) for m in WEAK_SUBJECT.finditer(text)] if _may_hold(text, WEAK_SUBJECT_NEEDS) else []) \
        + (["coding" for _ in NEGATED_VERB.finditer(text)][:1] if _may_hold(text, NEGATED_VERB_NEEDS) else []) \
        + ([m.group(1) for m in LIKED_LESS.finditer(text)] if _may_hold(text, LIKED_LESS_NEEDS) else []) \
        + [m.group(1) for m in NOT_THAT_KIND.finditer(text)]
    out = []
    for phrase in found:
        if PUSHBACK.match(phrase):  # 'no I asked business analyst vs data analyst' corrects the bot, dislikes nothing
            continue
        if phrase.split()[:1] and phrase.split()[0].lower() in NO_JOB:
            continue
        if re.match(r"(?:avoid|hat|against|mind|dislik)\w*\b", phrase, re.IGNORECASE):
            continue  # "i'm not avoiding research", "don't mind coding": no dislike
        if phrase.lower().startswith(("i know", "i did", "i was", "i am", "i'm", "im ")):
            continue  # 'No I know how to be a store manager': a reply to the bot, not a dislike
        if STATE_DENIED.match(phrase):
            continue  # 'my diploma is not recognised here': how a thing stands, not a dislike
        kept = [w for w in words(phrase)
                if singular(w) not in NOISE and w not in ("i", "me", "it", "that") and len(w) > 1]
        held = [w for w in kept if w in HELD_CREDENTIALS]
        if held:  # 'no degree get hired', 'no college degree': the credential they lack, by its one name
            out.append("degree" if held[0] in ("college", "university", "uni") else held[0])
        elif kept and kept[0] not in ("experience", "idea", "clue", "one", "doubt", "problem", "worries") \
                and kept[0] not in OUTCOMES:
            out.append(" ".join(kept[:3]))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=16)
def without_dislikes(text: str) -> str:
    """The text with the disliked parts removed, so 'no coding' does not count as liking coding."""
    return LIKED_LESS.sub(" ", NEGATED_VERB.sub(" ", NEGATED_SUBJECT.sub(" ", NEGATION.sub(" ", text))))


def years_in(text: str) -> int:
    """Years of work the person mentions ('six years as a DBA', '10+ years'); 0 when none."""
    if not _may_hold(text, ("year", "yr")):  # every match of YEARS ends in one
        return 0
    values = [int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
              for m in YEARS.finditer(text)]
    return max(values, default=0)


def stage_of(text: str, years: int = 0) -> str:
    """'novice' (student, career changer, little experience), 'experienced' (8+ years or a lead), or ''."""
    years = years or years_in(text)  # 'after 15 years managing logistics operations'
    if years >= 8 or (SENIOR.search(text) and not NOVICE.search(text)):
        return "experienced"
    if NOVICE.search(text) or 0 < years < 3:
        return "novice"
    return ""
FIELD_WEIGHTS = (("interests", 3.0), ("name", 3.0), ("tagline", 2.0), ("skills", 2.0), ("tools", 2.0), ("summary", 1.0),
                 ("responsibilities", 1.0), ("education", 0.5), ("insights", 0.3))
K1, B = 1.2, 0.5
SIMILAR_TERMS = 40  # a role's strongest words decide what it is similar to


@dataclass(frozen=True)
class Suggestion:
    role_id: str
    score: float
    matched: tuple[str, ...]   # the person's words found in the profile, best first
    evidence: str              # the profile sentence that matched best
    sources: tuple[str, ...] = ()   # the sources of that sentence
    level: int = 2                  # seniority (SENIORITY)
    disliked: tuple[str, ...] = ()  # what the person would rather avoid that the role needs
    field: str = ""                 # offered as one of a field's starting roles ('data'), not for a match
    move: Move | None = None        # offered as a move from their own job (bot.knowledge.moves), not for a match
    activity: str = ""              # offered for work they said they do (bot.knowledge.activities): its label


STEM_CHARS = 9  # 'architectures' and 'architect' meet at 'architect'


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Snowball (Porter2) stem; the stemmer is pure Python, so each word is stemmed once."""
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # imported on first recommendation: start-up stays fast
    return snowballstemmer.stemmer("english")


# Words that say something only beside another word: 'data' alone matches every role, 'data quality' does not.
WEAK = frozenset({"data"})


# A word that means another thing after these ('programming languages' are no languages people speak): alone it
# is not counted, only as the pair.
QUALIFIERS = {"languag": frozenset({"program", "queri", "script", "markup", "code", "procedur"})}


def said_as_typed(stems: Iterable[str], typed: Mapping[str, str]) -> tuple[str, ...]:
    """The person's words for the stems a role matched, each once, in the stems' order; a pair of words matched
    together ('calcul_figur') is said in the word they typed for either."""
    return tuple(dict.fromkeys(w for t in stems if (w := typed.get(t) or next(
        (typed[p] for p in t.split("_") if p in typed), ""))))


def _content_words(text: str, weak: bool = False, found: list[str] | None = None) -> list[str]:
    """The words that say something (whole words only: 'smart' is not 'art'); ``found``: ``words(text)``."""
    return [w for w in (words(text) if found is None else found)
            if (singular(w) not in NOISE and len(w) > 1 and not w.isdigit()) or w in ("r", "c")
            or (weak and singular(w) in WEAK)]  # a number ('im 24') is no interest


def _stem_of(word: str) -> str:
    return _stem(american(singular(word)))[:STEM_CHARS]


def _terms(text: str, found: list[str] | None = None) -> list[str]:
    """Content words reduced to stems: 'designing' and 'design' count as one interest (``found``: the words
    of ``text`` without idioms, when the caller has them)."""
    found = _content_words(IDIOMS.sub(" ", COMPOUNDS.sub(_joined, text)), weak=True, found=found)
    stems = [_stem_of(word) for word in found]
    single = [stem for i, (word, stem) in enumerate(zip(found, stems, strict=True)) if singular(word) not in WEAK
              and not (i and stems[i - 1] in QUALIFIERS.get(stem, ()))]
    # Pairs of neighbouring words carry what single words lose: 'data quality', 'feature store';
    # each pair sorted, so 'modelling data' = 'data modelling'.
    return single + ["_".join(sorted(pair)) for pair in zip(stems, stems[1:], strict=False)]


@dataclass(frozen=True)
class Wanted:
    """What a person's message says they like and would avoid, read once for any ranking of jobs."""

    dislikes: tuple[str, ...]           # what they would rather avoid ('coding')
    liked: str                          # the message without the disliked parts
    liked_words: list[str] | None       # its words, when no idiom was taken out of it (the usual case)
    terms: list[str]                    # the stems to look for, without those to avoid
    avoid: frozenset[str]               # the stems of what they dislike

    @classmethod
    def read(cls, text: str, dislikes: tuple[str, ...] = ()) -> Wanted:
        dislikes = tuple(dislikes) or dislikes_in(text)
        liked = CONSTRAINTS.sub(" ", without_dislikes(text))
        narrowed = FIELD_ASKED.sub(" ", liked)  # the field asked is no liking, unless nothing else is said
        if narrowed != liked and _terms(narrowed):
            liked = narrowed
        liked_words = words(liked) if not (IDIOMS.search(liked) or COMPOUNDS.search(liked)) else None
        avoid = frozenset(_stem_of(w) for d in dislikes for word in words(d)
                          for w in DISLIKE_WORDS.get(singular(word), word).split())
        found = liked_words if liked_words is not None else words(liked)
        spelled = " ".join(SAME_AS[w] for w in found if w in SAME_AS)  # 'maths' is also 'mathematics'
        terms = [t for t in dict.fromkeys(_terms(liked, liked_words) + (_terms(spelled) if spelled else []))
                 if t not in avoid]
        return cls(dislikes, liked, liked_words, terms, avoid)


def _fact_fields(role: RoleProfile) -> list[tuple[str, tuple[str, ...]]]:
    """The sourced sentences a recommendation may quote as evidence, with their sources."""
    out = [(f.text, f.sources) for f in role.technical_skills + role.soft_skills]
    out += [(f"{g.category}: {', '.join(g.names)}", g.sources) for g in role.tools]
    out += [(role.summary.text, role.summary.sources)]
    out += [(f.text, f.sources) for f in role.responsibilities + role.education + role.insights]
    return out


def _fields(role: RoleProfile) -> dict[str, list[str]]:
    return {
        "interests": list(role.interests),
        "name": [role.name] + list(role.aliases),
        "tagline": [role.tagline],
        "skills": [f.text for f in role.technical_skills + role.soft_skills],
        # a tool category 'Languages' holds programming languages, not languages people speak
        "tools": [f"{'programming ' * g.category.lower().startswith('languages')}{g.category}: {', '.join(g.names)}"
                  for g in role.tools],
        "summary": [role.summary.text],
        "responsibilities": [f.text for f in role.responsibilities],
        "education": [f.text for f in role.education],
        "insights": [f.text for f in role.insights],
    }


class Recommender:
    """A weighted bag of words per role, built once; scoring is a sparse dot product."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.sentences: dict[str, list[tuple[str, set[str], tuple[str, ...]]]] = {}
        counts: dict[str, dict[str, float]] = {}
        for role in kb.roles.values():
            bag: dict[str, float] = defaultdict(float)  # weighted, so not a Counter of whole counts
            for name, weight in FIELD_WEIGHTS:
                for text in _fields(role)[name]:
                    for term in _terms(text):
                        bag[term] += weight
            counts[role.id] = bag
            # evidence is a sourced sentence
            self.sentences[role.id] = [(text, set(_terms(text)), sources) for text, sources in _fact_fields(role)]
        n = len(counts)
        df = Counter(term for bag in counts.values() for term in bag)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.unseen = math.log(1 + (n + 0.5) / 0.5)   # the idf of a word no profile has
        avg = sum(sum(b.values()) for b in counts.values()) / max(n, 1)
        self.weights: dict[str, dict[str, float]] = {}
        for role_id, bag in counts.items():
            length = sum(bag.values())
            norm = K1 * (1 - B + B * length / avg)
            self.weights[role_id] = {t: self.idf[t] * tf * (K1 + 1) / (tf + norm) for t, tf in bag.items()}
        # Inverted index: a message's words reach only the roles that contain them.
        self.postings: dict[str, list[tuple[str, float]]] = {}
        for role_id, weights in self.weights.items():
            for term, weight in weights.items():
                self.postings.setdefault(term, []).append((role_id, weight))
        self.norms = {r: math.sqrt(sum(w * w for w in ws.values())) or 1.0 for r, ws in self.weights.items()}
        self._similar: dict[str, tuple[str, ...]] = {}
        self._levels = {role.id: seniority(role) for role in kb.roles.values()}
        # Per role, term -> the sentences holding it: the evidence for a suggestion is found from the
        # message's terms, not by intersecting every sentence with them.
        self._sentences_by_term: dict[str, dict[str, list[int]]] = {}
        for role_id, sentences in self.sentences.items():
            by_term: dict[str, list[int]] = {}
            for i, (_, terms, _) in enumerate(sentences):
                for term in terms:
                    by_term.setdefault(term, []).append(i)
            self._sentences_by_term[role_id] = by_term

    def similar_to(self, role_id: str, limit: int = 5) -> tuple[str, ...]:
        """Roles whose profiles share the most weighted words with this one (cosine), remembered per role."""
        cached = self._similar.get(role_id)
        if cached is None:
            mine = sorted(self.weights.get(role_id, {}).items(), key=lambda kv: -kv[1])[:SIMILAR_TERMS]
            dots: dict[str, float] = {}
            for term, weight in mine:
                for other, w in self.postings.get(term, ()):
                    if other != role_id:
                        dots[other] = dots.get(other, 0.0) + weight * w
            scored = sorted(((dot / self.norms[other], other) for other, dot in dots.items()), reverse=True)
            cached = self._similar[role_id] = tuple(other for _, other in scored[:limit])
        return cached

    def rank(self, text: str, limit: int = 5, dislikes: tuple[str, ...] = (), stage: str = "",
             ) -> tuple[Suggestion, ...]:
        """The roles that fit the interests in ``text``, best first, each with why.

        ``dislikes`` (what the person would rather avoid: 'coding') lower the roles that need it; ``stage``
        ('beginner', 'novice' or 'experienced', see ``stage_of``) orders roles by whether the person can reach them:
        a student or career changer is offered entry-level and mid-level roles first, and leadership roles
        only with the experience for them.
        """
        wanted = Wanted.read(text, dislikes)
        dislikes, liked, liked_words, terms, avoid = (wanted.dislikes, wanted.liked, wanted.liked_words,
                                                      wanted.terms, wanted.avoid)
        typed: dict[str, str] = {}  # stem -> the word the person typed, to explain matches in their words
        for word in _content_words(liked, found=liked_words):
            typed.setdefault(_stem_of(word), word)
            for same in SAME_AS.get(word, "").split():  # 'mathematics' matched is what they called 'maths'
                typed.setdefault(_stem_of(same), word)
        hits: dict[str, list[tuple[float, str]]] = {}
        totals: dict[str, float] = {}  # sum(w for w, _ in hits[role]), added up in the same order
        for term in terms:
            for role_id, weight in self.postings.get(term, ()):
                if term in FIGURATIVE and role_id.startswith("onet:"):
                    continue
                hits.setdefault(role_id, []).append((weight, term))
                totals[role_id] = totals.get(role_id, 0) + weight
        penalties: dict[str, list[tuple[float, str]]] = {}
        against: dict[str, float] = {}
        for term in avoid:
            for role_id, weight in self.postings.get(term, ()):
                if role_id in hits:
                    penalties.setdefault(role_id, []).append((weight, term))
                    against[role_id] = against.get(role_id, 0) + weight
        scored = []
        from_scratch = stage == "beginner" or (stage == "novice" and bool(FROM_SCRATCH.search(text)))
        for role_id in hits:
            score = totals[role_id] - NEGATIVE_WEIGHT * against.get(role_id, 0)
            level = self._levels[role_id]
            if from_scratch:  # 'which AI role to learn first, absolute beginner': entry-level first
                reach = level - 1
            elif stage == "novice":
                reach = 0 if level <= 2 else 1 if level == 3 else 2
            elif stage == "experienced":
                reach = 0
            else:
                reach = 1 if level >= 4 else 0
            # with nothing said of their experience, a senior role counts for less: most people asking which job
            # fits them are not yet senior in it (a lead or architect role only when the words say much more)
            order = score * (UNSTATED_SENIOR if not stage and level == 3 else 1.0)
            if score > 0:
                scored.append((reach, -order, role_id, score, level))
        scored.sort()
        out = []
        for _reach, _, role_id, score, level in scored[:limit]:
            stems = [t for _, t in sorted(hits[role_id], reverse=True)]
            evidence = self._evidence(role_id, set(stems))
            matched = said_as_typed(stems, typed)
            needs = tuple(dict.fromkeys(d for d in dislikes
                                        if any(t in {_stem_of(w) for w in DISLIKE_WORDS.get(singular(d.split()[0]),
                                                                                               d).split()}
                                               for _, t in penalties.get(role_id, ()))))
            out.append(Suggestion(role_id, score, matched, evidence[0] if evidence else "",
                                  evidence[2] if evidence else (), level, needs))
        return tuple(out)

    def _evidence(self, role_id: str, wanted: set[str]) -> tuple[str, set[str], tuple[str, ...]] | None:
        """The role's first sentence sharing the most of ``wanted``; None when none shares any."""
        shared: dict[int, int] = {}
        by_term = self._sentences_by_term[role_id]
        for term in wanted:
            for i in by_term.get(term, ()):
                shared[i] = shared.get(i, 0) + 1
        if not shared:
            return None
        most = max(shared.values())
        return self.sentences[role_id][min(i for i, n in shared.items() if n == most)]
