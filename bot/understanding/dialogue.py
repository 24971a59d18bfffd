"""The conversation rules: from a parsed message and the session to what the person asks.

Each rule is a small function tried in order; the first that decides wins, and its name is kept
so that ``python -m bot explain`` can say why a message was understood as it was. The thresholds
live beside the rules that use them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from ..catalogue import TOPICS
from ..knowledge.recommend import FIELD_ROLES
from ..normalise import role_key, singular
from .intents import IntentSet
from .learned import Context
from .parse import (BUILDING_ARCHITECT, COMPARE_JOINS, COUNTS_REASON, DOERS, EARNED_REASON, FIELD_SUFFIXES,
                    MAX_TOOL_NAMES, MONEY_REASON, MOVING_VERBS, NEGATIONS, ROLE_NOUNS, SET_APART, SOURCE_WORDS,
                    TARGET_WORDS, TOOL_NAME_WEIGHT, YEARS, Parse, building_architect, building_sense, fired_only_by,
                    i_am_before, am_opened, hired_by_them, managed_by_i, senses_of, someone_else_before,
                    states_own_job, the_persons_job, years_after)
from .roles import ONET_PREFIX, RoleIndex, RoleMention
from .session import RECENT_ROLES, Pending, Session

THRESHOLD = 2.5          # an intent below this score is only a hint
LAUGHED_OFF = 4.5        # a reaction with a laugh ('too much uni for me lol') asks only with more than one topic word
STRONG = 4.0             # a clear signal, strong enough to stand without a role
REPLACING = frozenset({"replace", "replaces", "replacing", "replaced", "automate", "automated", "automating"})
WILL = frozenset({"will", "would", "gonna", "could", "might", "can", "to"})


def _will_replace(tokens: Sequence[str]) -> bool:
    """'AI will replace radiologists', 'is AI going to replace them': whether it replaces a job, asked (not 'a
    series ranking jobs by how likely AI replaces them')."""
    return any(t in REPLACING and i and tokens[i - 1] in WILL for i, t in enumerate(tokens))
GREETING_WORDS = 4       # the words a hello takes at most ('hey what is up'): an asking word after them asks
ASPECT_HINT = 2.0        # enough to say which aspect a comparison is about
QUESTION_KINDS = ("topic", "compare", "similar", "recommend", "list_roles", "help")
ROLE_INTENT_KINDS = ("topic", "similar")
CHATTER = ("greeting", "thanks", "unknown", "help", "list_roles")  # answers that are about no role
# A message that opens with these asks something; one that does not and introduces the person is a hello.
INTERROGATIVES = frozenset({"what", "how", "which", "who", "whom", "whose", "where", "when", "why", "can", "could",
                            "should", "would", "is", "are", "do", "does", "doe", "will", "tell", "explain", "show",
                            "give", "list", "compare", "describe", "any"})
INTRODUCTIONS = frozenset({("i", "am"), ("my", "name"), ("i", "have"), ("i", "run"), ("i", "teach"), ("i", "work"),
                           ("i", "manage"), ("i", "lead"), ("here", "from"), ("i", "do"), ("hello", "from"),
                           ("hi", "from"), ("greetings", "from")})
DIFFERENCE_WORDS = frozenset({"difference", "differences", "different", "differently", "differ", "compare",
                              "compared", "vs", "versus"})
DECIDING = frozenset({"choose", "decide", "pick", "recommend"})
# A question typed without '?' can start this many words after who they say they are ('(realtime). is AI ...').
QUESTION_REACH = 3
# Pay set against pay: 'earn more', 'pay better', 'more money', 'better paid' (not 'maybe better i switch').
PAID_MORE = re.compile(r"\b(?:earn|make|pay|paid)\s+(?:more|better|less)\b|"
                       r"\b(?:more|less|better|higher|lower)\s+(?:money|pay|paid|salary|wage)\b")
QUESTION_OPENERS = frozenset({"what", "how", "which", "who", "where", "when", "why", "should", "could", "would"})
# Words of a request inside a statement: 'I want to know about NLP engineers', 'tell me ...'.
REQUESTS = frozenset({"want", "know", "tell", "explain", "need", "interested", "curious", "wonder", "wondering",
                      "question", "ask", "advice", "help", "learn", "advise", "kindly", "suggest", "guide"})
CURRENT = frozenset({"current", "currently", "now"})
# Words of a check on the figures just shown: the currency, the kind of average, the period, tax, the source.
FIGURE_CHECKS = frozenset({"aud", "nzd", "cad", "usd", "gbp", "eur", "euro", "dollar", "pound", "quid", "american",
                           "median", "average", "mean", "gross", "net", "tax", "annum", "hourly", "monthly",
                           "source", "figure", "number"})
# What the person likes or would rather avoid: after a comparison, it asks which of the roles fits them.
PREFERRING = frozenset({("i", "like"), ("i", "love"), ("i", "enjoy"), ("i", "prefer"), ("i", "hate"), ("i", "rather"),
                        ("dont", "fancy"), ("not", "fancy"), ("dont", "like"), ("not", "like")})
# 'I told you at the start. stores, fleets, convoy planning': what they said, said again (with what it was)
RESTATING = frozenset({("told", "you"), ("told", "u"), ("told", "ya")})


def prefers(tokens: Sequence[str]) -> bool:
    """'i like ...', "dont fancy ...": the message says what the person likes or would rather avoid; or says
    again what they told before ('I told you: stores, fleets, convoy planning', not 'HAHAHA told you')."""
    pairs = set(zip(tokens, tokens[1:], strict=False))
    return bool(PREFERRING & pairs) or (bool(RESTATING & pairs) and len(tokens) >= 6)


def _tools_weighed(p: Parse, resolved: tuple[str, ...]) -> bool:
    """Two or more tools named and no job: 'SQL or Tableau, which first?' weighs tools, not the jobs in the talk."""
    return p.tools_named >= 2 and not resolved


# 'that or X', 'X or that one', 'vs that': the job in focus, set beside the one named.
POINTED_AT_IN_A_CHOICE = frozenset({("that", "or"), ("or", "that"), ("vs", "that"), ("that", "vs"), ("it", "or"),
                                    ("or", "it"), ("this", "or"), ("or", "this"), ("than", "that")})
# A job told near the start of a statement with words after it ('amazon dsp driver, 10 hr routes, 200 stops'):
# at most this many words before it, at least this many after.
TOLD_JOB_OPENING = 4
TOLD_AFTER_JOB = 4
# Words before a job that opens a self-introduction: 'hello, accountant who ...', 'a trainee solicitor, ...'.
OPENERS = frozenset({"hi", "hello", "hey", "a", "an", "i", "am", "so", "ok", "okay", "well", "yeah", "right", "trainee",
                     "junior", "senior", "former", "ex"})
# Words of a person's story after their job: 'trainee solicitor, hate it already', 'GP partner in Leeds,
# thinking of leaving the NHS': the job is theirs, and nothing is asked yet.
STORY = frozenset({"hate", "hating", "love", "loving", "thinking", "leaving", "quit", "quitting", "bored", "sick",
                   "tired", "burnt", "burned", "stuck", "retiring", "redundant", "miserable", "fed", "done"})
# 'want out', 'wants out': leaving the job told, no request ('I want to know' requests).
WANTING_OUT = frozenset({("want", "out"), ("wants", "out"), ("wanting", "out"), ("wanna", "out")})
# 'I manage a team of nurses', 'I supervise 12 operators': the people in their charge, not a job asked about.
IN_CHARGE_OF = frozenset({"manage", "managing", "lead", "leading", "supervise", "supervising", "oversee",
                          "overseeing", "run", "running"})
# Verbs of what the person did or is doing: with them, topic words tell the story ('night shift shelf stacker,
# doing a coding course on the side', 'did 1 yr community college') unless a question word asks.
DOING = frozenset({"did", "doing", "done", "been", "was", "were", "worked", "working", "spent", "messing",
                   "learning", "studying", "taking", "took", "finished", "dropped", "dropout", "left", "retired"})
LIST_WORDS = frozenset({"all", "list", "show", "the", "your", "you", "me", "available", "please", "of", "my"})


# Ways one job is paid, weighed against each other: no two jobs.
PAY_FORMS = frozenset({"commission", "salary", "salaried", "hourly", "base", "bonus", "tips", "wage", "wages",
                       "contract", "permanent", "freelance", "employed", "self-employed"})


def _a_figure(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` hold an amount ('my 34k'): a person's pay said as a figure, not their job named."""
    return any(c.isdigit() for t in tokens for c in t)


@dataclass(frozen=True)
class Understanding:
    intent: str
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    candidates: tuple[str, ...] = ()
    unknown_role: str | None = None     # an occupation the knowledge base does not have
    needs_role: bool = False            # a role question with no role anywhere: ask which
    truncated: bool = False
    detail: bool = False                # "all skills", "full list": show every item
    known: tuple[str, ...] = ()         # with candidates: the other roles of the question, in order
    slot: int = 0                       # with candidates: where the chosen role goes among ``known``
    also: str | None = None             # a second question asked in the same message, answered after
    named: tuple[tuple[str, str], ...] = ()  # (onet id, the words the person used for it)
    rule: str = ""                      # the dialogue rule that decided (for explain)
    own: tuple[str, ...] = ()           # the person's own job ('I'm a DBA, ...'): context, never a role answered
    places: tuple[str, ...] = ()        # countries, regions, cities named ('in Poland', 'Berlin')
    own_words: tuple[str, ...] = ()     # the words naming the person's own job (no interest of theirs)
    left_out: tuple[str, ...] = ()      # roles named but left out of the question: 'helpdesk first, then X'
    tools: tuple[str, ...] = ()         # tools the message names ('is SAP important for it?')
    questions: tuple[str, ...] = ()     # the intents of the questions the message listed or joined, in order
    denied: tuple[str, ...] = ()        # jobs the person says they are not ('I am not a data engineer')
    their: tuple[str, ...] = ()         # the job of the person they ask for ('my daughter is a pharmacy tech')
    own_taken: str = ""                 # the words of an own job of several kinds, taken as the first ('teacher')
    # (the role answered, the words asked, the other occupations) for a title several occupations share
    shared: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    field: str = ""                     # a field moved into from the person's own job ('how do I move into data?')
    weighing: tuple[str, ...] = ()      # jobs they say they are weighing ('thinking X, Y or Z'), beside those asked
    aside: tuple[str, ...] = ()         # jobs named in a message about something else: what a follow-up may mean


@dataclass(frozen=True)
class Turn:
    """One message as the rules see it: the parse, the session, and what earlier steps settled."""

    p: Parse
    session: Session
    resolved: tuple[str, ...]
    ambiguous: RoleMention | None
    follow_up: bool
    topic: str | None
    topic_score: float
    aspect: str | None
    compare_score: float
    also: str | None = None     # a second question in the same message ('pay and outlook for X?')
    listed: bool = False        # the role was picked from a list of suggestions ('number 2')


# Jobs asked about as a list, typed in the plural: 'which jobs do you cover?' (not 'this job in your database').
# A job that moves: 'can a doctor move into AI', 'nurses switching to data' (not 'journalists going to survive AI').
SUBJECT_MOVES = frozenset({"move", "moving", "switch", "switching", "transition", "transitioning", "pivot", "pivoting",
                           "get", "getting", "break"})
LISTED_JOBS = frozenset({"jobs", "roles", "occupations", "professions", "careers", "trades", "positions"})
SCOPE_WORDS = frozenset({"ones", "people", "questions", "stuff", "fields", "industries"})  # 'or only AI ones?'
# A business owner introduced: 'I own a barber shop', 'I run a travel agency', "I've got 3 gift shops".
OWNING = frozenset({("i", "own"), ("i", "run"), ("we", "own"), ("we", "run"), ("have", "got"), ("i", "operate")})
# Word pairs that ask a question inside a message without a question mark: 'trucker, 52, what jobs can i do'.
ASKING_PAIRS = frozenset({("what", "job"), ("which", "job"), ("what", "can"), ("can", "i"), ("could", "i"),
                          ("should", "i"), ("how", "do"), ("how", "can"), ("do", "i"), ("am", "i"), ("is", "it"),
                          ("what", "should"), ("where", "do"), ("what", "would"), ("is", "that"), ("are", "they"),
                          ("does", "it"), ("do", "they"), ("what", "does"), ("what", "doe"), ("what", "do"),
                          ("how", "much"), ("how", "long"), ("how", "many"),
                          ("what", "they")})  # ('game designer at Tencent what they do')
# Words that ask about every one of the roles compared: 'which pays most', 'out of all 3'.
ALL_OF_THEM = frozenset({"most", "all", "three", "3", "highest", "lowest", "easiest", "hardest", "best", "worst",
                         "fastest", "least"})
# Comparatives of an amount, whose figure is the one just shown: 'which is higher' after their pay.
AMOUNT_WORDS = frozenset({"higher", "lower", "bigger", "smaller", "highest", "lowest"})
# What makes pay count as asked when it is only told: an amount, its unit ('18 LPA').
PAY_TOLD = frozenset({MONEY_REASON, EARNED_REASON, "lpa", "ctc", "lakh", "lakhs", "annum", "hourly", "per annum",
                      "a month", "an hour", "per month", "per hour"})
# Topics that only set the scene in a statement about oneself: 'I'm an RA manager in pharma, Basel.'
STATEMENT_SCENE = frozenset({"industries"})
# Words of what the person earns: 'vs what i make now' compares pay.
EARNING = frozenset({"make", "making", "earn", "earning", "paid", "salary", "pay"})
# People one asks for ('my daughter is a pharmacy tech'); not a boss or a colleague one talks about.
ASKED_FOR = frozenset({"son", "daughter", "mum", "mom", "mother", "dad", "father", "wife", "husband", "partner",
                       "brother", "sister", "kid", "child", "girlfriend", "boyfriend", "fiance", "fiancee", "niece",
                       "nephew", "grandson", "granddaughter", "cousin", "friend", "hubby", "missus"})
# The person they ask for, in a follow-up: 'what does she earn?', 'what else could he do?'
OTHER_PERSON = frozenset({"she", "he", "her", "him", "his"})
# Words pointing at one of the questions a message listed: 'and point 2?', 'the second question', 'q3'.
LIST_WORDS = frozenset({"point", "question", "item", "part", "bit", "number", "no", "#"})
QUESTION_NUMBER = re.compile(r"q([1-9])")
# 'skip that', 'forget that', 'never mind': the person sets aside what was being discussed.
DISMISSING = frozenset({("skip", "that"), ("forget", "that"), ("forget", "it"), ("never", "mind"), ("scrap", "that"),
                        ("ignore", "that"), ("drop", "that")})
# 'better off staying', 'stick with it': the person weighs their own job against a move.
STAYING = frozenset({"stay", "staying", "stick", "sticking", "remain", "remaining"})
# Words after a job that set it aside: 'gambling dealer is not what i had in mind', 'X isnt it'.
REJECTING = frozenset({("is", "not"), ("not", "what"), ("isnt", "what"), ("isnt", "it"), ("is", "no")})
MY_JOB = frozenset(("my", noun) for noun in ("job", "role", "work", "occupation", "profession", "career"))
# Words pointing at the figures a comparison showed: 'are those figures gross?', 'median hourly for each?'.
COMPARED_FIGURES = frozenset({"each", "figure", "number"})
HELLO_STATEMENT_WORDS = 24  # a hello and a statement this long or shorter: an introduction
# 'the mental health one', 'the organisational kind': a reply naming a kind of the job just discussed.
KIND_WORDS = frozenset({"one", "kind", "type", "sort", "version", "side", "variety"})
# The pay asked in so many words: the learned model does not read it as another question.
PAY_ASKED_OUTRIGHT = frozenset({'"how many|much get|gets|earn|earns"'})


# A supervisor without the workers' name: 'become a supervisor', 'team leader over installers', 'crew lead'.
SUPERVISOR_WORDS = frozenset({"supervisor", "foreman", "forewoman", "chargehand"})
LEADERS = frozenset({("team", "leader"), ("team", "lead"), ("crew", "leader"), ("crew", "lead"), ("crew", "chief"),
                     ("shift", "lead"), ("shift", "leader"), ("leading", "hand"), ("lead", "hand")})
SUPERVISED = frozenset({"of", "over", "for", "de"})  # Spanish: "supervisor de landscaping"


def _supervisor_word(tokens: Sequence[str]) -> int | None:
    """Where a supervisor word stands in the message (its last word), if one does."""
    for i, t in enumerate(tokens):
        if t in SUPERVISOR_WORDS or (i and (tokens[i - 1], t) in LEADERS):
            return i
    return None


def _shared_title(m: RoleMention, p: Parse, index: RoleIndex) -> bool:
    """A title of two words or more that several O*NET occupations share, named in this message (or a name we
    read as such a title: 'SENCO' is a special education teacher); or one only catch-alls report ('missionary':
    four kinds of 'All Other' worker, among which no one could choose)."""
    title = index.title_aliases.get(role_key(m.words), m.words)
    return m.official and m.ambiguous and m in p.mentions and (
        max(m.end - m.start, len(title.split())) >= 2 or (len(p.mentions) == 1 and index.catch_alls_only(m.roles)))


def _coming_from(tokens: tuple[str, ...], m: RoleMention) -> bool:
    """'which is easier to get into from QA', 'coming from nursing': the job someone starts from (not 'how
    does it differ from X', which sets the two apart)."""
    before = tokens[max(0, m.start - 3):m.start]
    return bool(SOURCE_WORDS & set(before[-2:])) and not SET_APART & set(tokens[:m.start]) \
        and before[-2:] != ("far", "from")


def _hire_asked(p: Parse) -> bool:
    """'should i hire a data analyst or is that overkill', 'do we need an ML engineer': whether to take on the
    person a job names (a data or AI role: 'do i need a plumber' is a service wanted)."""
    return any(not m.official and hired_by_them(p.tokens, m) for m in p.mentions)


# Words that tell what the person holds or does, not what they ask: 'ISA certified', '12 yrs on the tools', 'at a
# golf course'
HELD_WORDS = frozenset({"certified", "licensed", "chartered", "qualified", "registered", "accredited"})
TO_GET = frozenset({"get", "getting", "got", "become", "becoming", "be", "how", "to", "need", "needs", "must"})


def _told_of_themselves(p: Parse) -> frozenset[str]:
    """The topics a statement fired only with words that tell about the person: a credential held ('ISA
    certified', not 'how do I get certified'), working 'on the tools', a 'golf course' as a workplace."""
    told = set()
    held = [i for i, t in enumerate(p.tokens) if t in HELD_WORDS]
    if held and all(i and p.tokens[i - 1] not in TO_GET for i in held) \
            and fired_only_by(p.fired, "education", HELD_WORDS):
        told.add("education")
    if any(i and p.tokens[i - 1] == "golf" for i, t in enumerate(p.tokens) if t == "course") \
            and fired_only_by(p.fired, "education", frozenset({"course"})):
        told.add("education")
    if ("on", "the", "tool") in zip(p.tokens, p.tokens[1:], p.tokens[2:], strict=False) \
            and fired_only_by(p.fired, "tools", frozenset({"tool", "tools"})):
        told.add("tools")
    if any(name == "tools" for name, _, _ in p.fired) \
            and all(why.startswith("tool name") for name, why, _ in p.fired if name == "tools"):
        told.add("tools")  # 'S&C coach at a rugby club here, we use Catapult GPS vests': the tools of their work
    first = min((m.start for m in p.own + p.mentions), default=len(p.tokens))
    if any(t in WORKPLACE_SCHOOLS and i > first for i, t in enumerate(p.tokens)) \
            and fired_only_by(p.fired, "education", WORKPLACE_SCHOOLS):
        told.add("education")  # "I'm a PE teacher in Cork, secondary school": where they work
    return frozenset(told)


WORKPLACE_SCHOOLS = frozenset({"school", "college", "university", "academy"})


FITTING = frozenset({"fit", "fits", "suit", "suits"})


def _first_or_last(tokens: Sequence[str], focus: tuple[str, ...]) -> tuple[str, ...]:
    """'the first two', 'the last 2' of the roles in focus; () when not said."""
    for i, t in enumerate(tokens[:-1]):
        n = {"two": 2, "2": 2}.get(tokens[i + 1], 0)
        if t in ("first", "last", "top") and n and n < len(focus):
            return focus[-n:] if t == "last" else focus[:n]
    return ()


# A comparative that weighs a job named against the one in focus: 'would a BI analyst be cheaper'.
WEIGHED_AGAINST = frozenset({"cheaper", "dearer", "costlier", "easier", "harder", "better", "worse"})
# After a thank-you, words that ask for more: 'ok asante. give me a simple plan', 'thanks, now explain ...'.
REQUESTING = frozenset({"give", "tell", "show", "explain", "list", "send", "write", "suggest", "recommend"})
# Words a question typed without its '?' asks with.
ASKING_WITHOUT_MARK = frozenset({"what", "whats", "how", "which", "why", "where", "when", "who", "can", "could",
                                 "should", "tell", "do", "does", "will", "would"})
# Words of someone telling what they do for work (not 'I'm scared of the interviews').
WORKING = frozenset({"work", "worked", "working", "job", "year", "yrs", "company", "team", "volunteer", "staff",
                     "client", "customer", "patient", "student", "shift", "coordinate", "manage", "run", "teach"})
FIELD_WORDS = {**{f: f for f in FIELD_ROLES}, "analytic": "analytics"}  # as singular() leaves them
# Words that rank figures: after pay or outlook questions, 'which is highest' ranks those figures.
FIGURE_RANKS = frozenset({"highest", "lowest", "higher", "lower"})
# Words before the jobs a person says they weigh: 'thinking X, Y or Z', 'torn between X and Y', 'options: X, Y'
WEIGHING_WORDS = frozenset({"thinking", "considering", "between", "options", "choices", "torn", "deciding"})
WEIGHED_REACH = 14   # words after it that the list may reach
# Words that point a self-description back at the jobs just weighed: 'does that change anything?', 'which one?'
BACK_TO_THE_CHOICE = frozenset({("change", "anything"), ("change", "things"), ("which", "one"), ("of", "those"),
                                ("of", "them"), ("between", "those"), ("between", "them"), ("between", "the")})
# How many roles 'which of the three', 'of the 4' weighs.
HOW_MANY = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
SUPERLATIVES = frozenset({"most", "least", "highest", "lowest", "best", "worst", "fastest", "easiest", "hardest"})
COUNTED = frozenset({"2", "3", "4", "two", "three", "four", "both"})


def _all_of(tokens: Sequence[str]) -> bool:
    """'which of the 3 should i pick', 'all three', 'these 3': a count of the roles in focus, not the third."""
    return any(t in COUNTED and i and (tokens[i - 1] in ("all", "these", "those") or tuple(tokens[max(0, i - 2):i]) == (
        "of", "the") or tuple(tokens[i + 1:i + 3]) == ("of", "them")) for i, t in enumerate(tokens))


# Before the job someone has now, after the one they had: 'ex military police, now doing event security'.
NOW_DOING = frozenset({("now", "doing"), ("now", "working"), ("now", "a"), ("now", "an"), ("working", "as"),
                       ("now", "in")})
# Who someone is in a job while learning it: 'sparky apprentice here' introduces them, asks nothing of education.
LEARNERS = frozenset({"apprentice", "trainee", "student", "intern", "graduate", "grad", "cadet", "resident"})


class Dialogue:
    def __init__(self, intents: IntentSet, index: RoleIndex) -> None:
        self.intents = intents
        self.index = index
        self.language = intents.language
        self.kinds = {name: intent.kind for name, intent in intents.intents.items()}
        topics = [name for name, intent in intents.intents.items() if intent.kind == "topic"]
        # Ties go to the more specific question; overview is what a bare role name asks, so it comes last.
        topics.sort(key=TOPICS.index)
        self.intent_order = topics + [n for n in self.kinds if n not in topics]
        self.aspects = {name: intent.aspect for name, intent in intents.intents.items()}
        # Words that weigh one thing against another ('more', 'best'), not those that only point at both
        self.weighing = frozenset(self.language.comparatives - self.POINTING)
        # ... and of those, the ones a topic question keeps as a comparison ('which pays best', 'for comparison')
        self.still_compared = (self.weighing - {"which", "who", "choose", "pick", "prefer"}) | {
            "comparison", "compared", "compare", "vs", "versus"}
        self.place_starts = frozenset(place[0] for place in self.language.places)  # 'Baku or Dubai' weighs places
        # Words of any question the bot answers: a message without them can be an introduction.
        self.question_words = frozenset(w for intent in intents.intents.values()
                                        if intent.kind not in ("greeting", "thanks") for w in intent.keywords)
        # Nouns of a topic ('which skills', 'which tools'): after 'which' they ask for items, not a role.
        self.topic_nouns = frozenset(w for intent in intents.intents.values() if intent.kind == "topic"
                                     for w, weight in intent.keywords.items() if weight >= 4)
        self.hellos = frozenset(intents.intents["greeting"].keywords)  # words a hello opens with
        self.architects = frozenset(index.kb.ambiguous.get("architect", ()))  # the senses 'architect' is asked back for
        self.rules: tuple[Callable[[Turn], Understanding | None], ...] = (
            self.coverage_asked, self.credentials_compared, self.compare_by_reference, self.compare_named_roles,
            self.compare_with_own_job,
            self.recommend_by_interests, self.list_or_help_without_role, self.likened_to_focus,
            self.compare_with_context, self.compare_nothing, self.similar_roles, self.topic_about_role,
            self.bare_role, self.unknown_occupation, self.role_nouns_only, self.tools_in_context, self.chatter,
            self.topic_follow_up,
        )

    def best(self, scores: Mapping[str, float], kinds: tuple[str, ...],
             first: Mapping[str, int] | None = None) -> tuple[str | None, float]:
        """The intent of those kinds scoring highest. With ``first`` (where each was asked), a tie between a
        topic whose words often only set the scene (SCENE) and one asked before it goes to the one asked first:
        'what does an economist do at a tech company' asks what the job is, 'outlook ... with all the AI
        tooling' the outlook."""
        best, top = None, 0.0
        for name in self.intent_order:
            score = scores.get(name, 0.0) if self.kinds[name] in kinds else 0.0
            if score > top or (first is not None and best is not None and score == top > 0
                               and self._sets_scene(best, name, first)):
                best, top = name, score
        return best, top

    # Topics whose words often describe the circumstances of another question: a company, a tool, a degree.
    SCENE = frozenset({"industries", "tools", "education"})

    # What is asked for a purpose: 'skills needed to become a quant', 'what skills should a SWE have to get hired'
    FOR_A_PURPOSE = ("skills", "education")

    def _asked_before_purpose(self, p: Parse, scores: Mapping[str, float]) -> str | None:
        """The topic the message opens with, asked before 'to become', 'to get hired': those words say what it is
        for, not what is asked."""
        start = p.first.get("getting_started")
        if not start or p.rest[start - 1:start] != ("to",):
            return None
        asked = [n for n in self.FOR_A_PURPOSE if scores.get(n, 0.0) >= STRONG and p.first.get(n, start) <= 2]
        return min(asked, key=lambda n: p.first[n]) if asked else None

    def _sets_scene(self, best: str, other: str, first: Mapping[str, int]) -> bool:
        """Whether ``other``, tied with ``best``, was asked first while ``best`` only sets the scene."""
        return best in self.SCENE and other not in self.SCENE \
            and first.get(other, 10**6) < first.get(best, 10**6)

    def decide(self, p: Parse, session: Session) -> Understanding:
        if (p.ambiguous is not None and (session.current_job or session.focus)) \
                or ((session.recent or session.current_job) and any(senses_of(m) for m in p.mentions)):
            p = _settled_by_context(p, session)
        if DISMISSING & set(zip(p.tokens, p.tokens[1:], strict=False)) and (p.tokens[2:] and not p.mentions):
            # 'ok skip that. something with computers, like what?': what was being discussed is set aside
            session = replace(session, focus=(), last_intent=None, last_aspect=None, pending=None, offered=())
        u, rule = self._by_rules(p, session)
        u = self._own_job_in_place(u, p, session, u.rule or rule)
        u = self.second_opinion(u, u.rule or rule, p, session)
        u = self._both_asked(u, p)
        if u.intent == "compare" and u.aspect is None and session.last_intent == "compare" and not p.mentions \
                and FIGURE_CHECKS & set(p.tokens):
            # 'is that AUD?', 'median or average?', 'where's that from' after a comparison: its pay figures
            u = replace(u, aspect=session.last_aspect or "salary")
        u = self._finish(u, p, rule)
        if u.own and session.current_job and u.own[0] != session.current_job and any(
                u.own[0] in m.roles and session.current_job in self.index.titled_kinds(m.words)
                for m in p.own + p.mentions):
            # "I already told you, I'm a maths teacher" from a secondary school maths teacher: the kind said before
            u = replace(u, own=(session.current_job,) + u.own[1:])
        return u

    def _both_asked(self, u: Understanding, p: Parse) -> Understanding:
        """'data analyst, what they do every day? and how much pay in pounds?': two topics asked outright, each
        in its own clause (a join or a question mark between them), about the roles named: the first asked is
        the intent and the other is answered after it (not only the pay, which scored more)."""
        # ('what do they do all day? and what does it pay?': the model's 'overview', the first question's own
        # words, gives way to the pay asked after the join)
        if u.also not in (None, "overview") or not u.roles or self.kinds.get(u.intent) != "topic" \
                or u.rule in self.CONTEXT_RULES:
            return u
        mine = p.first.get(u.intent)
        other = [n for n, score in p.scores.items() if n not in (u.intent, u.also) and self.kinds.get(n) == "topic"
                 and score >= 2 * STRONG and n in p.first]
        if mine is None or not other or p.scores.get(u.intent, 0.0) < 2 * STRONG:
            return u
        second = max(other, key=lambda n: p.scores[n])
        a, b = sorted((mine, p.first[second]))
        if not any(a < j <= b for j in p.joined):
            return u
        return replace(u, intent=second, also=u.intent, aspect=None) if p.first[second] < mine \
            else replace(u, also=second)

    PRONOUNS = frozenset({"it", "that", "this", "they", "them", "those", "these", "one"})
    OWN_JOB_COMPARED = "then the person's own job compared"

    def _own_job_in_place(self, u: Understanding, p: Parse, session: Session, by: str) -> Understanding:
        """'how does DA pay compare with mine?', 'compare it with my current job': the person's own job (from
        the session) is one side of the comparison, in the order the person named the two (LABELS.md)."""
        job = session.current_job
        if not job or u.candidates or p.own:
            return u
        at = self._own_reference(p.tokens)
        if at is None or set(p.tokens[max(0, at - 3):at]) & NEGATIONS:
            return u  # 'A/B testing is not really what I do': a remark on the last answer, not a side
        if _a_figure(p.tokens[at + 1:at + 3]):
            return u  # 'does travel agent pay more than my 34k?': their pay, said as a figure, not their job
        likened = p.tokens[max(0, at - 2):at] == ("similar", "to")  # ("a plant like mine" likens a plant)
        if self.kinds.get(u.intent) in ("topic", "similar") and not any(m.start > at for m in p.mentions) \
                and (likened or not (p.mentions or p.ambiguous)) \
                and p.scores.get("compare", 0.0) < THRESHOLD and not set(p.tokens) & self.MORE_OR_LESS:
            # 'my job have future?', 'is my job safe from AI?', 'what else could I do with my job?': their own job
            return replace(u, roles=(job,), needs_role=False, rule=f"{by}, about the person's own job")
        asks = u.intent == "compare" or (self.kinds.get(u.intent) == "topic" and (
            p.scores.get("compare", 0.0) >= THRESHOLD or bool(set(p.tokens) & self.MORE_OR_LESS)))
        if not asks:
            return u
        # '... with what I make now as a supervisor': the job named right after the phrase is the person's own.
        theirs = {r for m in p.mentions if at < m.start <= at + 6 and p.tokens[m.start - 2:m.start] in (
            ("as", "a"), ("as", "an")) for r in m.roles}
        targets = tuple(r for r in (p.resolved or session.focus) if r != job and r not in theirs) \
            or tuple(r for r in session.focus if r != job)
        if not targets or len(targets) > 2:
            return u
        named = [m.start for m in p.mentions if set(m.roles) & set(targets)]
        named += [i for i, t in enumerate(p.tokens) if t in self.PRONOUNS]
        roles = (job,) + targets if named and at < min(named) else targets + (job,)
        aspect = u.aspect or (u.intent if self.kinds.get(u.intent) == "topic" and u.intent != "overview" else None) \
            or ("salary" if set(p.tokens) & EARNING else None) \
            or (self.aspects.get(session.last_intent or "") if len(p.content) <= 4 else None)  # 'vs my job?' after pay
        return replace(u, intent="compare", roles=roles, aspect=aspect, needs_role=False,
                       rule=f"{by}, {self.OWN_JOB_COMPARED}")

    def _own_reference(self, tokens: tuple[str, ...]) -> int | None:
        """Where the message names the person's own job by a phrase ('mine', 'what I make now'), if it does."""
        for i in range(len(tokens)):
            for phrase in self.language.own_job_phrases:
                if tokens[i:i + len(phrase)] == phrase:
                    return i
        return None

    def _by_rules(self, p: Parse, session: Session) -> tuple[Understanding, str]:
        """What the rules decide, and the deciding rule's name (when the Understanding does not give its own)."""
        for first in (self.said_to_someone_else, self.off_topic_request, self.answer_pending_choice,
                      self.listed_question, self.their_job_asked, self.other_roles_asked, self.own_job_then_it,
                      self.another_kind, self.narrowed_request, self.why_follow_up, self.answer_form,
                      self.correction,
                      self.self_introduction, self.courtesy, self.remark, self.move_into_field,
                      self.same_question_elsewhere):
            chosen = first(p, session)
            if chosen is not None:
                return chosen, first.__name__
        turn = self._turn(p, session)
        for rule in self.rules:
            result = rule(turn)
            if result is not None:
                return result, rule.__name__
        if not p.question and p.tokens[:1] == ("i",) and len(p.content) >= 3 \
                and not set(p.tokens) & ASKING_WITHOUT_MARK and (p.places or set(p.tokens) & WORKING):
            # 'I coordinate about 300 volunteers for a food bank in Toronto.': who they are, told before asking
            return Understanding("greeting", rule="told about themselves"), ""
        return Understanding("unknown", rule="nothing matched"), ""

    # --- after the rules: the learned model's second opinion -------------------------------------
    # Rules that read the conversation, not only the message: the model, which reads one message, has no say.
    CONTEXT_RULES = frozenset({"answer_pending_choice", "another_kind", "narrowed_request", "why_follow_up",
                               "answer_form",
                               "correction", "same_question_elsewhere", "compare_by_reference", "compare_with_context",
                               "topic_follow_up", "tools_in_context", "chatter", "said_to_someone_else",
                               "likened_to_focus"})
    CONFIDENT = 0.7   # leaving each labelled set out in turn, 0.6-0.8 did equally well; lower did worse
    DECLINE_CONFIDENT = 0.8   # ('did you see the news that AI will replace radiologists?' still asks: 77 %)
    # (and, whatever the model says of it, a question whether AI replaces a job is the outlook asked: the model
    # retrained in the thirty-fourth session put the news-framed one at 92 % unknown)
    # Rules that read a job named as a question about it: the model may find the message is about something else.
    MAY_BE_DECLINED = frozenset({"bare_role", "topic_about_role", "unknown_occupation", "role_nouns_only",
                                 "compare_nothing", "similar_roles", "recommend_by_interests", "self_introduction",
                                 "list_or_help_without_role"})
    SHORT_FOLLOW_UP = 8   # a message this short with no role named asks about the role in context

    def second_opinion(self, u: Understanding, by: str, p: Parse, session: Session) -> Understanding:
        """The rules' intent replaced by the learned model's when the model is confident and the change keeps
        the roles meaningful: 'is 150k realistic for an MLE' is salary although no salary keyword fired.

        The model never overrides the conversation (a follow-up, a pending choice), a second question in the
        same message, or a choice between candidates; 'overview' is the rules' own default, so the model's
        'overview' adds nothing.
        """
        model = self.intents.model
        if model is None or u.candidates or u.also or p.task or by.endswith(self.OWN_JOB_COMPARED) \
                or by in ("credentials_compared", "remark") or any(why == COUNTS_REASON for _, why, _ in p.fired) or (
                u.intent == "compare" and session.current_job in u.roles and STAYING & set(p.tokens)):
            return u  # 'how would X compare to what I do now?', 'better off staying a teacher?': both sides named
        if by == "bare_role" and _hire_asked(p):
            return u  # 'do i need an ML engineer for quotes and invoices': whether to hire one, not a degree
        context = Context(session.last_intent or "", len(session.focus), session.pending is not None)
        if by in self.CONTEXT_RULES or (p.follow_up and session.last_intent):
            return self._in_context(u, by, p, session, *model.predict(p, context))
        intent, probability = model.predict(p, context)
        if u.intent == "unknown" and by == "nothing matched" and intent in ("greeting", "thanks") \
                and session.last_intent is None and len(p.tokens) <= 2 and not set(p.tokens) & self._courtesy_words:
            # 'de nada', 'de rien' opening a chat (you're welcome, said back): no word of a hello or a thank-you in
            # it; after an answer the model's reading of 'shot', 'sweet as' or 'sağ ol' as thanks stands
            return u
        if intent == "unknown" and probability >= self.DECLINE_CONFIDENT and by in self.MAY_BE_DECLINED \
                and not p.follow_up and not (u.intent == "outlook" and "ai" in p.tokens and _will_replace(p.tokens)) \
                and (p.mentions or p.unknown_role):  # a job named in it (not 'go deeper on the third one')
            # 'lol my boss is such a clown today', 'did the Cowboys win last night': a job's word in a message about
            # something else, which the rules read as a question about the job (trained without sets 240-247, the
            # model declined 27 of their messages rightly and 2 wrongly at 70 %, 22 and 2 at 80 %)
            return Understanding("unknown", rule=f"{by}, then the learned model ({probability:.0%} unknown)",
                                 aside=u.roles)  # ('rejected from my 50th swe internship lol' ... 'is it worth it')
        if intent == u.intent or probability < self.CONFIDENT or intent == "overview" or by in self.NOT_OVERRULED:
            return u  # ('the third?' after a numbered list is its third question, whatever the words suggest)
        if u.intent == "salary" and any(why == MONEY_REASON or (name == "salary" and why in PAY_ASKED_OUTRIGHT)
                                        for name, why, _ in p.fired):
            # 'is the 93,600 for nurses an Ohio number?' after an outlook answer asks about the pay figure; 'how
            # many gets pharmacist in Canada' asks the pay however its other words read
            return u
        kind, was = self.kinds.get(intent, "unknown"), self.kinds.get(u.intent, "unknown")
        rule = f"{by}, then the learned model ({probability:.0%} {intent})"
        if kind == was == "topic" and not u.also and min(p.scores.get(intent, 0.0), p.scores.get(u.intent, 0.0)) \
                >= THRESHOLD and p.first.get(u.intent, 0) < p.first.get(intent, 0):
            return replace(u, also=intent, rule=rule)  # 'pay? and whats a cert i could do online': both, in order
        if kind == "topic" and (was == "topic" or (was == "unknown" and (u.roles or u.unknown_role))
                                or (was == "compare" and len(u.roles) < 2)):
            # 'Show all skills of a Data Analyst. And do they need a degree?': when both were asked in words, the
            # rules' question is answered second
            also = u.intent if was == "topic" and p.scores.get(intent, 0.0) >= THRESHOLD \
                and p.scores.get(u.intent, 0.0) >= THRESHOLD and u.roles else None
            # (a comparison that lacked its second role and is now a question about the one named asks no role)
            return replace(u, intent=intent, aspect=None, rule=rule, also=also, needs_role=u.needs_role and not u.roles)
        if kind == "topic" and was == "unknown" and not (p.mentions or p.unknown_role) and session.focus \
                and len(p.tokens) <= self.SHORT_FOLLOW_UP and by != "off_topic_request":  # not 'rain tomorrow?'
            return Understanding(intent, session.focus, rule=rule)     # 'can I still do it at 45', 'cost of it?'
        if kind in ("greeting", "thanks") and p.scores.get(u.intent, 0.0) >= (2 * STRONG if p.question else STRONG) \
                and (p.question or _asking_pair(p)):
            return u  # '... what are my options?', 'hey im a trucker ... what jobs can i do' ask, however they opened
        if kind in ("help", "list_roles", "greeting", "thanks"):
            # 'where does your salary data come from?'; but 'what certifications would help?' asks about the role
            # in context, and 'senior data engineer here, 8 years in' names the person's own job only.
            if not u.roles or set(u.roles) <= {r for m in p.own for r in m.roles}:
                return Understanding(intent, rule=rule)
            return u
        if kind == "recommend" and by == "move_into_field" and p.scores.get("recommend", 0.0) < THRESHOLD \
                and max(p.scores.get("skills", 0.0), p.scores.get("education", 0.0)) >= THRESHOLD:
            return u  # 'a nurse who wants to move into data, what should I learn': what it takes, no fit asked
        if kind == "recommend" and was != "compare":
            return Understanding(intent, rule=rule)                     # roles are the suggestions, made later
        if kind == "compare" and len(u.roles) >= 2:  # 'would I make more?' about two roles compares their pay
            aspect = u.aspect or (u.intent if was == "topic" and u.intent != "overview" else None)
            roles = u.roles if p.mentions else _all_compared(u.roles, p, session)
            return replace(u, intent=intent, roles=roles, aspect=aspect, rule=rule)
        if kind == "similar" and u.roles:
            return replace(u, intent=intent, rule=rule)
        return self._compare_focus(u, p, session, intent, rule) or u

    @staticmethod
    def _other(p: Parse, session: Session) -> str | None:
        """'the other one', 'and the other?': of two roles offered or compared, the one not in focus."""
        if "other" not in p.tokens or p.resolved or p.ambiguous or {"two", "2", "ones"} & set(p.tokens):
            return None
        tokens = p.tokens
        if "from" in tokens and "to" in tokens[tokens.index("from"):tokens.index("other")] and session.focus:
            # 'how would I get from one to the other' after nurses, then data scientists: where they go is the
            # job that is not theirs, or else the one just asked about
            pair = session.recent[-2:]
            return next((r for r in pair if r != session.current_job), session.focus[0]) \
                if session.current_job in pair else session.focus[0]
        for pair in (session.offered, session.recent[-2:]):
            rest = [r for r in pair if r not in session.focus]
            if len(pair) == 2 and len(rest) == 1:
                return rest[0]
        return None

    @staticmethod
    def _targets(roles: tuple[str, ...], session: Session, said: frozenset[str] | set[str] = frozenset(),
                 intent: str = "") -> tuple[str, ...]:
        """``roles`` without the person's own job (or that of the person they ask for), unless it is all there
        is: 'my grandson is a junior data analyst' ... 'would he need to go back to university for it?'. A
        question about that person, not about 'it', is about their job: 'what does he earn probably'."""
        their = session.their_job
        if their in roles and said & OTHER_PERSON and not said & {"it", "that"} and intent != "getting_started":
            return (their,)
        return tuple(r for r in roles if r not in (session.current_job, their)) or roles

    def _compare_focus(self, u: Understanding, p: Parse, session: Session, intent: str,
                       rule: str) -> Understanding | None:
        """'pays better, which?', 'are they basically the same thing' after two or more roles: compare them,
        on the topic the rules read ('pays' -> salary), when the message names no role of its own."""
        if len(u.roles) == 1 and ("one" in p.tokens or p.resolved):
            return None  # 'lead one, responsibilities?' picked one of them
        if _tools_weighed(p, p.resolved):
            return None  # 'SQL or Tableau - which should i learn first?': tools weighed, not the jobs in focus
        focus = session.focus if len(session.focus) > 1 else session.recent[-2:]  # 'which?' after X, then Y
        focus = _all_compared(focus, p, session)
        if self.kinds.get(intent) != "compare" or len(focus) < 2 or not set(u.roles) <= set(focus) \
                or {r for m in p.mentions for r in m.roles} - set(focus) or p.ambiguous or p.unknown_role:
            return None
        was = self.kinds.get(u.intent)
        aspect = u.aspect or (u.intent if was == "topic" and u.intent != "overview" else None)
        return Understanding("compare", focus, aspect, rule=rule)

    IN_CONTEXT_CONFIDENT = 0.8   # a follow-up's intent leans on the rules' reading of the context: stricter
    NOT_OVERRULED = frozenset({"answer_pending_choice", "said_to_someone_else", "correction", "why_follow_up",
                               "credentials_compared", "likened_to_focus", "listed_question"})

    def _in_context(self, u: Understanding, by: str, p: Parse, session: Session, intent: str,
                    probability: float) -> Understanding:
        """The model's intent for a turn the conversation rules read, where it changes only the question
        asked, never whom it is about: 'both need uni?' after a comparison asks about education for both;
        'pays better, which?' after two roles compares them; 'do they code' is about the role in context."""
        if by == "compare_by_reference" and prefers(p.tokens):
            return u  # 'i like sorting problems out, dont fancy coding' after a comparison: which fits them
        if session.offered and u.roles and set(p.tokens) & set(self.language.choices):
            return u  # 'number 1 please' picks from the roles just listed
        if intent == u.intent or probability < self.IN_CONTEXT_CONFIDENT or by in self.NOT_OVERRULED \
                or intent == "overview":
            return u
        kind, was = self.kinds.get(intent, "unknown"), self.kinds.get(u.intent, "unknown")
        rule = f"{by}, then the learned model in context ({probability:.0%} {intent})"
        named = {r for m in p.mentions for r in m.roles}
        focus = session.focus
        weighs = set(p.tokens) & self.still_compared
        items = any(a in ("which", "what") and b in self.topic_nouns - {"pay"}  # 'which skills', not 'which pays'
                    for a, b in zip(p.tokens, p.tokens[1:], strict=False))
        if was == "compare" and len(u.roles) > 1 and kind == "topic" and weighs and not items:
            return u  # 'which pays best?', 'what do mathematicians earn, for comparison?': still a comparison
        if was == "compare" and len(u.roles) > 1 and kind == "topic" and set(p.tokens) & DIFFERENCE_WORDS:
            # 'i mean in a hospital, like health informatics. is that a different job?': the two set side by side
            return u if u.aspect else replace(u, aspect=intent, rule=rule)
        if was == "compare" and len(u.roles) > 1 and kind == "topic" and set(p.tokens) & COMPARED_FIGURES:
            # 'are those figures base salary or total comp?', 'median hourly for each?': the comparison's figures
            return replace(u, aspect=intent, rule=rule)
        if was == "compare" and len(u.roles) > 1 and u.aspect == intent and session.last_intent == "compare" \
                and p.follow_up and not p.mentions:
            return u  # 'what about skills' after a comparison: the same comparison on the aspect the model names
        if kind == "topic" and (was == "topic" or (was == "compare" and u.roles)):
            return replace(u, intent=intent, roles=self._targets(u.roles, session, set(p.tokens), intent), aspect=None,
                           rule=rule)
        if kind == "topic" and was == "unknown" and not u.roles and focus and not p.mentions:
            return Understanding(intent, focus, rule=rule)
        compared = self._compare_focus(u, p, session, intent, rule)
        if compared is not None:
            return compared
        if kind in ("thanks", "greeting", "unknown") and was == "topic" and not named:
            return Understanding(intent, rule=rule)
        return u

    def _finish(self, u: Understanding, p: Parse, rule: str = "") -> Understanding:
        """``u`` with what the parse says about the whole message, and the deciding rule's name unless it
        gave its own (one copy: each dataclasses.replace costs several microseconds)."""
        # Remembered as theirs: jobs the message says are theirs (not a job outside the question, not 'my dad's');
        # 'you keep saying I'm an analyst; my current job is nurse': the job said to be current comes first.
        # (not a job named again as the question's target: 'business analyst. from QA to business analyst what
        # carries over')
        targets = {r for k in p.mentions if p.own for r in k.roles
                   if {"to", "into", "become", "becoming"} & set(p.tokens[max(0, k.start - 2):k.start])}
        theirs = sorted((m for m in p.own if the_persons_job(p.tokens, m, p.raw) and not set(m.roles) & targets),
                        key=lambda m: not CURRENT & set(p.tokens[max(0, m.start - 4):m.start]))
        own = u.own or tuple(dict.fromkeys(r for m in theirs for r in own_kind(m)))
        if not own and u.intent == "recommend":  # 'im 24, warehouse supervisor, ... what would suit me'
            own = tuple(r for m in p.mentions if len(m.roles) == 1 and states_own_job(p.tokens, m)
                        for r in m.roles)[:1]
        if not own:  # "I'm a DBA, 12 years Oracle. is my job going away?", 'Journalist of 10 yrs, ... what jobs are
            # similar to mine?': the job asked about is theirs too
            own = tuple(r for m in p.mentions if len(m.roles) == 1 and m.start <= 3
                        and (i_am_before(p.tokens, m, 3) or (m.start <= 1 and years_after(m, p.tokens, 3))
                             or (m.start <= 1 and states_own_job(p.tokens, m, asking=False)))
                        # ('chef here, my feet are wrecked: what else?'; not 'salary of data scientist here')
                        for r in m.roles)[:1]
        # The words an O*NET occupation was named by ('instructional designer' for Instructional Coordinators).
        # (as typed: 'health informatics', not the singular 'health informatic' it was looked up by)
        # (and a field read as a profile's work: 'sports analytics' is the Data Analyst's)
        named = tuple((m.roles[0], " ".join(p.raw[m.start:m.end]) if len(p.raw) == len(p.tokens) else m.words)
                      for m in p.mentions if (m.official or m.words.endswith(" analytics")) and len(m.roles) == 1
                      and m.roles[0] in u.roles)
        # The words the person named their own job with: not interests ('warehouse supervisor' is no wish for
        # data warehouses).
        own_words = tuple(m.words for m in p.own + p.mentions if own and set(own_kind(m)) <= set(own))
        taken = next((m.words for m in (*theirs, *([p.ambiguous] if p.ambiguous else []))
                      if m.ambiguous and own_kind(m) == own[:1]), "") if own else ""
        left_out = tuple(dict.fromkeys(m.roles[0] for m in p.own if len(m.roles) == 1 and m.roles[0] not in u.roles))
        shared = tuple((top, m.words, tuple(r for r in m.roles if r != top)) for m in p.mentions
                       if _shared_title(m, p, self.index)
                       and (top := self.index.most_employed(m.roles)) in u.roles)
        # in the order asked: 'the outlook for X, btw do they need a masters' then 'the second question?'
        questions = u.questions or p.items or (tuple(sorted((u.intent, u.also), key=lambda n: p.first.get(n, 0)))
                                               if u.also else ())
        # 'My grandson is a junior data analyst ... what comes after that?': the job of the person they ask for
        their = u.their or tuple(m.roles[0] for m in p.mentions if len(m.roles) == 1 and _relatives_job(p, m))[:1]
        # 'Thinking supply chain analyst, ops manager, warehouse manager or data analyst. What does a supply chain
        # analyst do?': the jobs they weigh, kept for 'which of my four suits me' (not their own job)
        at = next((i for i, w in enumerate(p.tokens) if w in WEIGHING_WORDS), None)
        weighing = tuple(dict.fromkeys(
            m.roles[0] for m in (*p.mentions, *p.own) if at is not None and len(m.roles) == 1
            and 0 < m.start - at <= WEIGHED_REACH and m.roles[0] not in own and not states_own_job(p.tokens, m)))
        return replace(u, rule=u.rule or rule, truncated=p.truncated, detail=p.detail, own=own, places=p.places,
                       named=named, own_words=own_words, own_taken=taken, left_out=left_out, tools=p.tools,
                       questions=questions, denied=p.negated_roles, their=their, shared=shared,
                       weighing=weighing if len(weighing) > 1 else ())

    # --- before the rules: a pending question, a choice among what was offered ---------------

    def answer_pending_choice(self, p: Parse, session: Session) -> Understanding | None:
        """An answer to a clarifying question: 'the AI one', 'data', '2', or a candidate's own name."""
        pending = session.pending
        if pending and not p.resolved and not p.ambiguous and len(p.content) <= 3 and (
                ("both" in p.tokens and len(pending.candidates) == 2)
                or ("all" in p.tokens and len(pending.candidates) <= 4)) and not pending.roles:
            # 'both, compare please' when asked which analyst: the candidates side by side, on what was asked
            aspect = pending.aspect if pending.intent == "compare" else self.aspects.get(pending.intent)
            return Understanding("compare", pending.candidates, aspect, rule="answer_pending_choice")
        if pending and not p.resolved and set(pending.candidates) == self.architects \
                and building_sense(p.tokens, ()) and not self._asks_anything(p):
            # 'the building kind, RIBA chartered' when asked which architect: the building architect ('landscape':
            # the landscape architect, the title the reply completes)
            titled = self.index.completed_title(p.tokens, pending.candidates) or ""
            return Understanding(pending.intent, pending.answer(
                titled if titled.startswith(ONET_PREFIX) else ONET_PREFIX + BUILDING_ARCHITECT), pending.aspect,
                rule="answer_pending_choice")
        if pending and len(p.tokens) > 6 and "one" not in p.tokens and not (p.resolved or p.ambiguous):
            # 'secondary, I'd want to teach biology': the choice opens the reply, the rest says more
            opening = self.index.pick(p.tokens[:2], pending.candidates, self.language.choices) \
                or (self.index.pick_by_description(list(p.tokens[:2]), pending.candidates)
                    if not set(p.tokens[:2]) & (INTERROGATIVES | QUESTION_OPENERS) else None)
            # ('helicopter, flying crews out to the rigs' when asked which pilot: Commercial Pilots fly them)
            if opening:
                # '5 maybe. they need a diplome?': the choice, then what they now ask of it
                asked = max(((v, k) for k, v in p.scores.items() if self.kinds.get(k) == "topic" and v >= THRESHOLD
                             and k != "overview"), default=(0.0, pending.intent))[1] if p.question else pending.intent
                return Understanding(asked, pending.answer(opening), pending.aspect if asked == pending.intent
                                     else None, rule="answer_pending_choice")
        if not pending or (len(p.tokens) > 6 and "one" not in p.tokens):
            return None
        choice = None
        ambiguous, resolved = p.ambiguous, p.resolved
        narrowed = [r for r in ambiguous.roles if r in pending.candidates] if ambiguous else []
        if ambiguous and not resolved:  # 'the scientist one' among scientist and engineer
            choice = narrowed[0] if len(narrowed) == 1 else None
        elif not resolved:
            completed = self.index.completed_title(p.tokens, pending.candidates)  # 'primary school' (teachers)
            choice = (completed if completed in pending.candidates else None) \
                or self.index.pick(p.tokens, pending.candidates, self.language.choices) or completed
            if not choice and not self._asks_anything(p):  # 'the hospital one', 'the organisational kind'
                choice = self.index.pick_by_description(list(p.tokens), pending.candidates) \
                    or self.index.other_kind(pending.candidates, p.tokens, self.intents.plain_words)
        elif len(resolved) == 1 and resolved[0] in pending.candidates and not self._asks_anything(p):
            choice = resolved[0]
        elif not set(resolved) & set(pending.candidates) and len(p.tokens) <= 6 and not self._asks_anything(p):
            # 'commercial, like charter flights' (pilots): a candidate's word outside the words naming another job
            choice = self.index.pick(p.rest, pending.candidates, self.language.choices)
        if not choice:
            return None
        # 'high school, I teach PE' when asked which teacher: their own job too
        own = (choice,) if INTRODUCTIONS & set(zip(p.tokens, p.tokens[1:], strict=False)) - {("i", "have")} else ()
        return Understanding(pending.intent, pending.answer(choice), pending.aspect, rule="answer_pending_choice",
                             own=own)

    def listed_question(self, p: Parse, session: Session) -> Understanding | None:
        """'and point 2?', 'then 2', 'the second question?' after a message that listed or joined several
        questions: that question, about the same roles."""
        asked = session.questions
        if len(asked) < 2 or p.mentions or p.ambiguous or p.tools_named or len(p.content) > 4:
            return None
        tokens = p.tokens
        pointed = bool(LIST_WORDS & set(tokens)) or any(QUESTION_NUMBER.fullmatch(t) for t in tokens)
        if not pointed and (len(session.offered) > 1 or len(session.focus) > 1 or len(p.content) > 1
                            or self._asks_anything(p)):
            return None  # 'the second one' after a comparison picks a role; 'sql or python first' asks anew
        for word in tokens:
            number = QUESTION_NUMBER.fullmatch(word)
            index = int(number.group(1)) if number else self.language.choices.get(word)
            if index is None or index < 1 or index > len(asked) or not asked[index - 1]:
                continue
            return Understanding(asked[index - 1], session.focus, session.last_aspect if asked[index - 1] ==
                                 "compare" else None, questions=asked)
        return None

    def another_kind(self, p: Parse, session: Session) -> Understanding | None:
        """'the mental health one', 'no, the organisational kind' after an O*NET occupation's answer: the kindred
        occupation (same title noun) those words describe, asked the same question."""
        if p.mentions or p.ambiguous or len(session.focus) != 1 or not set(p.tokens) & (KIND_WORDS | {"not"}) \
                or len(p.content) > 4 or self._asks_anything(p):
            return None
        if not set(p.tokens) & KIND_WORDS and set(p.tokens) & (SUPERVISOR_WORDS | {"manager", "lead", "boss", "head"}):
            return None  # 'i said supervisor not noc': the supervisor of the job, not another kind of it
        # 'not civil, mechanical' after Civil Engineers: the words denied describe what is not meant
        said = [t for i, t in enumerate(p.tokens)
                if [b for b in p.tokens[max(0, i - 2):i] if b not in ("the", "a", "an")][-1:] not in (["not"], ["no"])]
        found = self.index.other_kind(session.focus, said, self.intents.plain_words)
        if found is None and set(p.tokens) & {"other", "kind", "type", "sort"}:
            # 'nah the other kind, the ai one' after the data architect: another sense of its word
            senses = next((ids for ids in self.index.kb.ambiguous.values() if session.focus[0] in ids), ())
            others = tuple(r for r in senses if r != session.focus[0])
            found = self.index.pick(p.tokens, others, self.language.choices) if len(others) > 1 else None
        if found is None:  # 'no sorry, I meant the product one' after the AI research and AI product managers
            earlier = tuple(r for r in session.recent if r not in session.focus)
            # (picked among all of them: the words their names share, 'AI manager', choose none)
            found = self.index.pick(p.tokens, session.focus + earlier, self.language.choices) if earlier else None
        if found is None or found in session.focus:
            return None
        last = session.last_intent if self.kinds.get(session.last_intent or "") == "topic" else "overview"
        return Understanding(last or "overview", (found,), session.last_aspect)

    NARROWING = frozenset({"away", "without", "less", "fewer", "outside", "instead", "different", "else", "other"})

    def narrowed_request(self, p: Parse, session: Session) -> Understanding | None:
        """'something away from patients', 'anything with less lifting?' after jobs like the one in focus were
        listed: the same request, narrowed."""
        if session.last_intent not in ("similar", "recommend") or not session.focus or p.resolved or p.ambiguous:
            return None
        tokens = set(p.tokens)
        if not tokens & {"something", "anything", "somewhere"} or not tokens & self.NARROWING \
                or self._asks_anything(p):
            return None
        return Understanding(session.last_intent, session.focus if session.last_intent == "similar" else ())

    def why_follow_up(self, p: Parse, session: Session) -> Understanding | None:
        """'why?', 'how come?', 'what's the reasoning?': the last answer again, for the same roles and aspect."""
        tokens = set(p.tokens)
        asks_why = (bool(tokens & {"why", "reason", "reasoning"})
                    or ("how", "come") in zip(p.tokens, p.tokens[1:], strict=False))
        if not asks_why or p.resolved or p.ambiguous or len(p.content) > 4 or not session.last_intent \
                or session.last_intent in ("greeting", "thanks", "unknown", "help", "list_roles"):
            return None
        if max((v for k, v in p.scores.items() if self.kinds.get(k) == "topic"), default=0.0) >= THRESHOLD:
            return None
        if session.last_intent == "recommend":
            return Understanding("recommend", session.offered)
        return Understanding(session.last_intent, session.focus, session.last_aspect)

    # Words of a request about the last answer's form: 'shorter', 'too long. top 5 only', 'keep it to 5 bullets',
    # 'yes or no', 'one line'. Only these (and little words, numbers) in the message: the same question again.
    FORM_ASKED = frozenset({"shorter", "short", "shorten", "brief", "briefly", "briefer", "tldr", "summary",
                            "summarise", "summarize", "concise", "simpler", "bullet", "ranked", "long", "line"})
    FORM_WORDS = FORM_ASKED | {"too", "top", "only", "just", "one", "keep", "it", "to", "in", "give", "me", "the", "a",
                               "please", "pls", "plz", "i", "am", "on", "my", "phone", "version", "answer", "make",
                               "yes", "no", "or", "point", "word", "simple", "plain", "english", "way", "mate",
                               "bro", "ugh", "ok", "okay", "man", "dude", "thing", "max", "maximum", "be", "can",
                               "you", "u", "much", "lol", "pl", "do", "that", "this", "tl", "dr", "again"}

    def answer_form(self, p: Parse, session: Session) -> Understanding | None:
        """'shorter', 'too long. top 5 only', 'yes or no': the last question again, for the same roles and aspect,
        the form of the answer being what they ask about."""
        tokens = [t for t in p.tokens if not t.isdigit()]
        asked = set(tokens) & self.FORM_ASKED or ("yes", "or", "no") in zip(tokens, tokens[1:], tokens[2:],
                                                                           strict=False) \
            or (tokens[:1] in (["top"], ["just"]) and any(t.isdigit() for t in p.tokens))
        if not asked or not set(tokens) <= self.FORM_WORDS or p.resolved or p.ambiguous or not session.last_intent \
                or session.last_intent in ("greeting", "thanks", "unknown", "help") or not session.focus \
                and session.last_intent not in ("recommend", "list_roles"):
            return None
        if session.last_intent == "recommend":
            return Understanding("recommend", session.offered)
        return Understanding(session.last_intent, session.focus, session.last_aspect)

    def said_to_someone_else(self, p: Parse, session: Session) -> Understanding | None:
        """'@maria_j did you pass the google cert?' in a group: not said to the bot."""
        return Understanding("unknown") if p.to_someone_else else None

    def off_topic_request(self, p: Parse, session: Session) -> Understanding | None:
        """'tell me a joke about statisticians', 'translate nurse into Polish', 'plumber near me': not a career
        question."""
        if p.task or p.service or (p.off_topic and max((v for k, v in p.scores.items() if self.kinds.get(k) == "topic"
                                           and k != "overview"), default=0.0) < STRONG):
            return Understanding("unknown")
        if "forex" in p.tokens and not p.mentions:  # 'exchange rate dollar to rupee': currencies, not pay
            return Understanding("unknown")
        return None

    def courtesy(self, p: Parse, session: Session) -> Understanding | None:
        """'Thanks, I will share this with our hiring committee.': a thank-you (or greeting) that opens a
        statement is what the message is, whatever job words follow."""
        if p.question or not p.tokens:
            return None
        topic = max((v for k, v in p.scores.items() if self.kinds.get(k) == "topic"), default=0.0)
        if topic >= 2 * STRONG and set(p.tokens) & ASKING_WITHOUT_MARK:
            return None  # 'oi! how much teacher earns in canada': a question typed without its question mark
        if topic >= STRONG and set(p.tokens[1:]) & REQUESTING:
            return None  # 'ok asante. give me a simple plan ... step by step': a request after the thanks
        if p.scores.get("recommend", 0.0) >= STRONG and set(p.tokens[1:]) & ASKING_WITHOUT_MARK:
            return None  # 'hi. i got laid off. plant closed. what can i do': what work next, asked without '?'
        if p.scores.get("recommend", 0.0) >= THRESHOLD and set(p.tokens[GREETING_WORDS:]) & ASKING_WITHOUT_MARK:
            return None  # 'hey whats up, im a psych major about to graduate, what jobs can i get' (past the hello)
            # ('Much appreciated. It's the first time anyone made my skills sound useful': no question)
        if p.ambiguous is not None and not states_own_job(p.tokens, p.ambiguous) \
                and set(p.tokens[:p.ambiguous.start]) & ASKING_WITHOUT_MARK:
            return None  # "g'day wharfie here what does an analyst do": their job, then a job word asked about
        # the stronger first: 'Bula vinaka!' is the Fijian hello, though 'vinaka' alone thanks
        for kind in sorted(("thanks", "greeting"), key=lambda k: -p.scores.get(k, 0.0)):
            intent = self.intents.intents.get(kind)
            # it opens the message: 'thanks, ...', 'I'm grateful for the explanation', 'much appreciated'
            opens = p.tokens[0] in intent.keywords if intent is not None else False
            # (a hello phrase opening it: 'Good evening. I am a teacher in Kingston ...')
            opens = opens or p.first.get(kind, len(p.rest)) <= (2 if kind == "thanks" else 0)
            if intent is not None and opens and p.scores.get(kind, 0.0) >= THRESHOLD \
                    and not (p.resolved and kind == "greeting") and not set(p.tokens) & {"want", "know"}:
                told = p.ambiguous if kind == "greeting" and p.ambiguous and states_own_job(p.tokens, p.ambiguous) \
                    else None  # 'hi im a teacher': their job, remembered for what carries over
                return Understanding(kind, own=own_kind(told) if told else ())
        return None

    # Words of a reaction to what was shown or to the day: 'honestly both seem low', 'big difference ya',
    # 'raining all day here, so boring', 'exhausted lol'.
    REMARKS = frozenset({"seem", "seems", "boring", "bored", "low", "big", "huge", "tiny", "wow", "interesting",
                         "crazy", "insane", "exhausted", "tired", "raining", "sad", "shame", "damn", "meh", "ugh",
                         "cooked", "rough", "brutal", "grim", "dead", "wild", "too"})
    # A reaction opened by a laugh or a sigh: its topic word ('the market is cooked') asks nothing.
    LAUGHS = frozenset({"lol", "lmao", "haha", "hahaha", "ugh", "damn", "bruh", "man", "wow", "welp", "oof"})

    def move_into_field(self, p: Parse, session: Session) -> Understanding | None:
        """'I'm a nurse, how do I move into data?', 'laid off after 22 years as a store manager ... could I get into
        data work?': a move into a field from the person's own job asks how to get started in that field, not how
        to become what they already are."""
        tokens = p.tokens
        named = {i for m in p.mentions + p.own for i in range(m.start, m.end)}
        field = self._field_moved_into(tokens, named)
        # their own job, told first ("I'm 42, HR and operations manager. Could I move into people analytics?") or
        # moved from ('from HR manager to people analytics')
        if not field or p.ambiguous and not states_own_job(tokens, p.ambiguous) \
                or any(not (states_own_job(tokens, m) or i_am_before(tokens, m, 6)
                            or tokens[m.start - 1:m.start] == ("from",)
                            or set(tokens[m.end:m.end + 2]) & SUBJECT_MOVES)  # 'can a doctor move into AI later'
                       for m in p.mentions):
            return None
        # (not the one in 'can a doctor move into AI later?', which may be asked for someone who is not one yet)
        own = tuple(r for m in p.own + p.mentions
                    if len(m.roles) == 1 and not set(tokens[m.end:m.end + 2]) & SUBJECT_MOVES for r in m.roles)[:1]
        # how to get started in the field (the answer names the field's starting roles), from their own job
        return Understanding("getting_started", own=own or ((session.current_job,) if session.current_job else ()),
                             field=field)

    def _field_moved_into(self, tokens: tuple[str, ...], named: set[int]) -> str:
        """The field the person moves into: 'move into data', 'get into people analytics' (one word may name its
        kind), 'switch careers from HR manager to people analytics'; '' when none ('into the AI one' is a role
        offered)."""
        for i, t in enumerate(tokens):
            if t not in FIELD_WORDS or i in named or i < 2 or tokens[i + 1:i + 2] in (("one",), ("side",), ("ones",)):
                continue
            for j in (i, i - 1):
                if j < 2 or tokens[j - 1] not in ("into", "to", "in") or set(range(j, i)) & named:
                    continue
                near = set(tokens[max(0, j - 3):j - 1]) & self.MOVING
                from_a_job = "from" in tokens[max(0, j - 7):j] and set(tokens[max(0, j - 7):j - 1]) & self.MOVING
                if near or from_a_job:
                    return FIELD_WORDS[t]
        return ""

    # Words of moving before 'into' a field ('move into data', 'get into AI'); the fields are those the answer
    # knows the starting roles of (recommend.FIELD_ROLES), so that what is understood can be answered.
    MOVING = MOVING_VERBS

    POINTED = frozenset({"this", "that", "it"})
    POINTING = frozenset({"both", "difference", "different", "differ", "same", "between"})

    def remark(self, p: Parse, session: Session) -> Understanding | None:
        """A reaction with no question in it ('honestly both seem low', 'big difference ya') is chatter, even
        when it points back at the roles just shown: nothing is asked, so nothing carries over."""
        said = set(p.tokens)
        # (a laugh that opens or closes it: 'lol the market is cooked', 'too much uni for me lol')
        laughing = bool(p.tokens) and (p.tokens[0] in self.LAUGHS or p.tokens[-1] in self.LAUGHS)
        if laughing and p.tokens[1:2] not in (("is",), ("are",), ("do",), ("does",)):
            said -= {"is", "are"}  # 'lol the market is cooked': a statement's 'is' asks nothing
        if p.question or p.mentions or p.ambiguous or p.unknown_role or p.tools_named or not session.focus \
                or not said & self.REMARKS or said & (INTERROGATIVES | REQUESTS | QUESTION_OPENERS) \
                or said & self.weighing or len(p.content) > 8 \
                or p.tokens[0] in ("and", "but", "so") \
                or self._question_score(p, leave_out=frozenset({"compare"})) >= (
                    LAUGHED_OFF if laughing else THRESHOLD):
            return None
        return Understanding("unknown", rule="remark")

    CHECKS = frozenset({"real", "true", "right", "correct", "accurate", "monthly", "yearly", "annual", "gross",
                        "net", "tax", "hourly", "sure", "legit", "really", "seriously", "usd", "dollars"})

    def same_question_elsewhere(self, p: Parse, session: Session) -> Understanding | None:
        """'and in Canada?', 'is that monthly?', 'is that real?': the last question again, same roles.

        The answer then says which places its figures cover and what they measure."""
        last = session.last_intent
        if p.resolved or p.ambiguous or not session.focus or self.kinds.get(last or "") not in ("topic", "compare"):
            return None
        swapped = self._head_swapped(p, session)
        if swapped is not None and last != "compare":
            return Understanding(last or "overview", (swapped,))  # 'and a specialist?' after the manager
        if self._field_jobs_asked(p):
            return None  # 'what about something in AI for someone like me': jobs of a field, not the same question
        if p.unknown_role and not p.content and p.unknown_role.lower().endswith(FIELD_SUFFIXES):
            return None  # 'and toxicovigilance? what do they do?': another job, one the bot does not know
        if {"lead", "leads"} & set(p.tokens) and len(session.focus) == 1 and self.index.led_by(session.focus[0]):
            return None  # 'and a lead?': another job (the rules below read it), not the same one elsewhere
        if _supervisor_word(p.tokens) is not None and self._supervisor_in_context(session):
            return None  # 'and the supervisor?': the supervisors of that job or of their own (read in _turn)
        if max((v for k, v in p.scores.items() if self.kinds.get(k) in QUESTION_KINDS and k != last),
               default=0.0) >= THRESHOLD:
            return None
        if len(session.focus) == 1 and session.focus[0].startswith(ONET_PREFIX) and 0 < len(p.content) <= 2 \
                and not p.places and not p.tools_named and max(p.scores.values(), default=0.0) < THRESHOLD \
                and not set(p.content) & (self.topic_nouns | set(self.language.choices)) and "in" not in p.tokens:
            kind = self.index.completed_title(p.content, session.focus)
            if kind is not None and kind not in session.focus:
                return Understanding(last or "overview", (kind,))  # 'what about primary' after secondary teachers
        checks = set(p.tokens) & self.CHECKS and len(p.content) <= 4
        bare = p.follow_up and len(p.content) <= 3 and not p.tools_named  # 'and after 5 years?'
        if bare and session.offered and (self.index.pick(p.tokens, session.offered, self.language.choices)
                                         or self._other(p, session)):
            return None  # 'and the ML one?', 'and the other one?' pick from what was offered
        if not (p.places and len(p.content) <= len(p.places) + 3) and not checks and not bare:
            return None
        aspect = session.last_aspect if last == "compare" else None
        if last == "compare" and not p.places and {"which", "who"} & set(p.tokens):
            # 'and which needs more training?' after their pay: the comparison on another aspect
            weak = max(((v, k) for k, v in p.scores.items() if self.kinds.get(k) == "topic" and v > 0
                        and k != "overview"), default=None)
            aspect = weak[1] if weak is not None else aspect
        return Understanding(last or "overview", session.focus, aspect)

    SWAPPED_HEADS = frozenset({"specialist", "assistant", "technician", "manager", "director", "coordinator",
                               "analyst", "supervisor", "clerk", "officer", "aide", "engineer", "inspector", "helper"})

    def _head_swapped(self, p: Parse, session: Session) -> str | None:
        """'and a specialist?' after Training and Development Managers: the same field's job with that head noun,
        when O*NET has it as one occupation ('training and development specialist')."""
        said = [w for w in p.tokens if w not in ("and", "a", "an", "the", "what", "about", "how", "one")]
        if len(said) != 1 or said[0] not in self.SWAPPED_HEADS or len(session.focus) != 1:
            return None
        words = self.index.name_key(session.focus[0]).split()
        if len(words) < 2 or words[-1] == said[0]:
            return None
        found = self.index.official_ids(" ".join(words[:-1] + said))
        return found[0][0] if found is not None and len(found[0]) == 1 and found[0][0] not in session.focus else None

    CORRECTION_MARKERS = (("i", "meant"), ("i", "mean"), ("meant",), ("wait", "no"), ("no", "wait"), ("sorry",),
                          ("my", "bad"), ("i", "wanted", "to", "say"), ("correction",), ("actually",), ("not",),
                          ("typo",), ("oops",))

    def correction(self, p: Parse, session: Session) -> Understanding | None:
        """'no wait, BI analyst not data analyst', 'my bad, I meant ML engineer': the same question, corrected."""
        if not p.resolved or not session.last_intent or session.last_intent in CHATTER:
            return None
        pairs = [tuple(p.tokens[i:i + len(m)]) for m in self.CORRECTION_MARKERS for i in range(len(p.tokens))]
        markers = {pair for pair in pairs if pair in self.CORRECTION_MARKERS}
        if not markers or ("back", "to") in set(zip(p.tokens, p.tokens[1:], strict=False)):
            return None  # ('sorry, back to jobs. what about X': the talk returns to jobs, nothing is corrected)
        # 'sorry, what does a nurse earn?' is a new question; 'I meant X, the requirements one' is none;
        # 'then data manager, same or not?' weighs the new job against the one before
        if self._question_score(p) >= (THRESHOLD if set(p.tokens) & INTERROGATIVES else STRONG) \
                or set(p.tokens) & {"same", "different", "difference"}:
            return None
        # 'X, not Y' / 'not Y but X': the role after 'not' is the one being replaced.
        negated = {r for m in p.mentions if m.start and p.tokens[m.start - 1] == "not" for r in m.roles}
        # 'gambling dealer is not what i had in mind': the job before the rejection is the one set aside
        negated |= {r for m in p.mentions if tuple(p.tokens[m.end:m.end + 2]) in REJECTING for r in m.roles}
        if p.negated_roles and not set(p.negated_roles) & set(session.focus):
            return None  # 'I'm not a systems analyst, I'm a nurse': about themselves, not the question's role
        if markers == {("not",)} and not negated:
            return None  # 'valuer, adviser or data. one answer, not a brochure': 'not' sets no job aside
        new = tuple(r for r in p.resolved if r not in negated)
        if not new and negated and (at := _supervisor_word(p.tokens)) is not None \
                and not any(m.start <= at < m.end for m in p.mentions):
            # 'i said supervisor not noc': the supervisors of their own job (or of a job discussed)
            boss = self._supervisor_in_context(replace(session, focus=tuple(r for r in session.focus
                                                                                if r not in negated)))
            if boss in session.focus:  # already answered about them: the same answer, not the job twice
                return Understanding(session.last_intent, session.focus, session.last_aspect)
            new = (boss,) if boss else ()
        if not new:
            return None
        roles = session.focus
        if len(new) > 1 and session.last_intent == "compare":
            return Understanding("compare", new, session.last_aspect)  # 'sorry, I meant X and Y': both replaced
        if len(roles) > 1 and not negated and new[0] in roles:
            roles = new[:1]  # 'but my question was ... for data engineer' after three: that one of them
        elif len(roles) > 1:
            replaced = [r for r in roles if r in negated] or [roles[-1]]
            roles = tuple(new[0] if r == replaced[0] else r for r in roles)
        else:
            roles = new[:1]
        return Understanding(session.last_intent, roles, session.last_aspect)

    def self_introduction(self, p: Parse, session: Session) -> Understanding | None:
        """'hi, I'm an electrician from Ohio', 'im a nurse': a greeting; the job is the person's own."""
        told = self._relatives_job_told(p) or self._life_story_told(p)
        if told is not None:
            return told
        leaving = bool(WANTING_OUT & set(zip(p.tokens, p.tokens[1:], strict=False)))
        requested = set(p.rest) & REQUESTS - ({"want", "wants", "wanting"} if leaving else set())
        if not p.question and p.tokens[:1] in (("i",), ("we",)) and p.tokens[1:2] and p.tokens[1] in IN_CHARGE_OF \
                and not requested and not set(p.tokens) & ASKING_WITHOUT_MARK \
                and len({r for m in p.mentions for r in m.roles}) <= 1 \
                and self._story_question_score(p, STATEMENT_SCENE) < THRESHOLD:
            # 'I manage a team of COs, lieutenant, NY state', 'I supervise 3 sewing lines': who they are and who
            # is in their charge, nothing asked (a place managed is their job: 'I manage a coffee shop')
            own = [m.roles[0] for m in p.own + p.mentions if managed_by_i(p.tokens, m) and len(m.roles) == 1]
            return Understanding("greeting", own=tuple(own[:1]))
        introduced: tuple[RoleMention | None, ...] = tuple(
            m for m in p.own + p.mentions
            if i_am_before(p.tokens, m, 4) or am_opened(p.tokens, m)  # ('hello please am a bank teller')
            or "soy" in p.tokens[max(0, m.start - 2):m.start])  # Spanish 'soy community manager'
        if introduced:  # 'im ex military police, now doing event security': the job they have now is theirs too
            introduced += tuple(m for m in p.mentions if m not in introduced and tuple(
                p.tokens[max(0, m.start - 2):m.start]) in NOW_DOING)
        statement = not p.question and p.tokens[:1] and p.tokens[0] not in INTERROGATIVES \
            and not _asking_pair(p)  # '... what jobs can i do'
        greets = (p.scores.get("greeting", 0.0) >= THRESHOLD
                  or ("here", "from") in zip(p.tokens, p.tokens[1:], strict=False))
        if statement and not introduced and greets and INTRODUCTIONS & set(zip(p.tokens, p.tokens[1:], strict=False)):
            introduced = p.mentions or (None,)  # 'Hello, I am Marta, HR director in Wroclaw.'
        one_job = len({r for m in p.mentions for r in m.roles}) == 1  # 'accountant, CPA, 7 yrs': one job
        opens = 4 if greets else 2  # 'hi, Priya here, paralegal in Pune': a name before the job
        if statement and not introduced and one_job and not p.ambiguous and p.mentions[0].start <= opens \
                and p.tokens[p.mentions[0].end:p.mentions[0].end + 1] in (("from",), ("in",), ("at",), ("based",),
                                                                          ("sa",)) \
                and p.tokens[:1] not in (("and",), ("for",)) and not _plural(p, p.mentions[0]) \
                and (p.places or greets or self._story_question_score(p) < THRESHOLD or self._years_told(p)) \
                and not self._asks_beyond_tools(p, self._scene_after(p, p.mentions[0]) | self._years_served(p)) \
                and not (requested | set(p.rest) & {"please"}):
            # 'hi, hospital pharmacist from Hyderabad', 'ambo in Wellington, just having a nosy'
            return Understanding("greeting", own=p.mentions[0].roles)
        opening = p.tokens[:p.mentions[0].start] if p.mentions else ()
        if statement and not introduced and one_job and not p.ambiguous and set(opening) <= OPENERS \
                and not (requested | set(p.rest) & (QUESTION_OPENERS | {"please"}) - {"who"}) and (
                    ((STORY & set(p.tokens[p.mentions[0].end:]) or leaving) and not self._asks_anything(p))
                    or (DOING & set(p.tokens[p.mentions[0].end:])  # (not 'data entry clerk outlook with AI
                        # doing everything', 'ML engineer salary for someone working remote': a topic after the job)
                        and not set(p.tokens[p.mentions[0].end:p.mentions[0].end + 1]) & self.topic_nouns
                        # (nor 'mlops still in demand or was it hype': 'was' asks, of the job, a strong question)
                        and self._story_question_score(p) < 2 * STRONG)):
            return Understanding("greeting", own=p.mentions[0].roles)  # 'trainee solicitor, hate it already'
        if statement and not introduced and one_job and not p.ambiguous and self._states_own_job(p):
            # Words of a topic tell their story ('I was a statistician at a pharma company') unless they ask.
            if requested or (self._asks_beyond_tools(p, self._scene_after(p, p.mentions[0]))
                                            and set(p.tokens) & QUESTION_OPENERS):
                return None
            after = p.mentions[0].end + (p.tokens[p.mentions[0].end:p.mentions[0].end + 1] == ("here",))
            if (set(p.tokens[after:after + QUESTION_REACH]) & INTERROGATIVES - {"tell", "show", "give", "list"}
                    or (p.own and p.own[0].end <= p.mentions[0].start
                        and set(p.tokens[p.own[0].end:p.mentions[0].start]) & (ASKING_WITHOUT_MARK | {"is", "are"}))) \
                    and self._asks_anything(p):
                # ('nurse here. do nurses use python ever': the job named again, asked about)
                # 'wedding photographer here will AI replace us', 'court reporter here (realtime). is AI going to
                # kill my job': a question typed without '?'
                return None
            m = p.mentions[0]
            if someone_else_before(p.tokens, m, 6):  # someone else's job
                # 'typing this for my husband, hes been an electrician 15 yrs' tells; "my lad's just been made a
                # lead ML engineer, no idea what that is" asks about it
                return None if set(p.tokens) & QUESTION_OPENERS else Understanding("greeting")
            return Understanding("greeting", own=m.roles)  # 'web dev here', 'Sysadmin, 12 yrs'
        owner = next((i for i in range(min(len(p.tokens) - 1, 3)) if (p.tokens[i], p.tokens[i + 1]) in OWNING), None)
        if statement and owner is not None and self._story_question_score(p, STATEMENT_SCENE) < THRESHOLD \
                and not requested and set(p.tokens[:owner]) <= OPENERS | self.hellos \
                and all(m.start <= owner + 5 for m in p.mentions):  # no job named beyond the business
            # 'I own a physio clinic in Perth, 6 staff', "I've got 3 gift shops in Cornwall": who they are, a
            # business owner (the business's trade is not their job)
            return Understanding("greeting")
        if statement and p.ambiguous and all(m == p.ambiguous for m in p.mentions) \
                and i_am_before(p.tokens, p.ambiguous, 4) \
                and self._story_question_score(p, STATEMENT_SCENE | self._years_served(p)) < THRESHOLD \
                and not requested:
            # 'I'm a teacher in Manila planning to move to Canada': their job, of its most common kind
            return Understanding("greeting", own=own_kind(p.ambiguous))
        if statement and p.tokens[0] in self.hellos and len(p.tokens) <= HELLO_STATEMENT_WORDS and not p.ambiguous \
                and len({r for m in p.mentions for r in m.roles}) <= 1 \
                and not (requested | set(p.rest) & (QUESTION_OPENERS | {"please"})) \
                and self._story_question_score(p, STATEMENT_SCENE) < THRESHOLD:
            # 'morning! revenue analyst here, well, assistant revenue manager in a Lisbon hotel group', 'Hey, SAS
            # programmer at a CRO in Chennai.': a hello and who they are, no question (not 'hiya, torn between
            # nursing and paramedic', two jobs weighed)
            mine = one_job and not someone_else_before(p.tokens, p.mentions[0], 6)
            return Understanding("greeting", own=p.mentions[0].roles if mine else ())
        first = p.mentions[0] if p.mentions else None
        told_after = p.tokens[first.end:] if first is not None else ()
        if statement and not introduced and one_job and first is not None and first.start <= TOLD_JOB_OPENING \
                and session.last_intent is None and len(told_after) >= TOLD_AFTER_JOB and not p.ambiguous \
                and not requested and not p.tools_named and not p.follow_up \
                and (STORY & set(told_after) or any(t.isdigit() for t in told_after)) \
                and not set(p.tokens) & (INTERROGATIVES | ASKING_WITHOUT_MARK | COMPARE_JOINS
                                         | {"please", "pls", "or", "vs", "like"}) \
                and not _plural(p, first) and not someone_else_before(p.tokens, first, 6) \
                and self._story_question_score(p, self._years_served(p)) < THRESHOLD:
            # 'amazon dsp driver, 10 hr routes, 200 stops', 'night shift reach truck driver in birmingham, bored on
            # break': who they are and how their work goes, nothing asked yet
            return Understanding("greeting", own=first.roles)
        if not introduced or len([m for m in p.mentions if m not in introduced]) or p.ambiguous or not statement:
            return None
        # ('sorry, wrong bot. I'm actually a dispatcher myself': a word for the bot asks for no help)
        weak_help = frozenset({"help"}) if p.scores.get("help", 0.0) < STRONG else frozenset()
        asks = self._story_question_score(p, STATEMENT_SCENE | self._years_served(p) | weak_help)
        # after a hello, a question word and a strong topic still ask: 'hi. i do HR ... wetin be the difference'
        asked = asks >= STRONG and bool(set(p.tokens) & QUESTION_OPENERS) if greets else asks >= THRESHOLD
        if requested or asked:  # ('help' of 'help desk' is the job's name, no request)
            return None  # 'I am a teacher and want to know the salary of ...', 'im a nurse, salary?' ask
        # The job is theirs: remembered for 'what carries over?' later.
        jobs = [m.roles[0] for m in introduced if m is not None and len(m.roles) == 1]
        return Understanding("greeting", own=tuple(jobs[:1]) if len(jobs) == 1 else ())

    def _relatives_job_told(self, p: Parse) -> Understanding | None:
        """'my daughter is a pharmacy tech', 'my mum is a nurse and im a cook': who they ask for, and perhaps
        themselves, introduced without a question: a greeting; the jobs are remembered for 'and her job?'."""
        if p.question or not p.mentions or (p.tokens and p.tokens[0] in INTERROGATIVES) \
                or _asking_pair(p) or self._asks_anything(p) \
                or set(p.tokens) & (REQUESTS | QUESTION_OPENERS):
            return None
        mentions = list(p.own + p.mentions)
        theirs = [m for m in mentions if len(m.roles) == 1 and _relatives_job(p, m)]
        # their own, even a job word of several kinds ('im a cook'): its most common kind, as for a pick
        mine = [m for m in mentions if m not in theirs and states_own_job(p.tokens, m)]
        if not theirs or len(theirs) + len(mine) != len(mentions):
            return None
        return Understanding("greeting", own=mine[0].roles[:1] if mine else (), their=theirs[0].roles)

    # Words that mark a past or a career told as a story: 'retired teacher', 'was a machinist for 40 years'.
    STORY_MARKS = frozenset({"retired", "was", "been", "years", "year", "redundant", "semi"})

    def _life_story_told(self, p: Parse) -> Understanding | None:
        """'I was a teacher for 33 years, retired now, 61.', 'I'm 64, Oracle DBA for 25 years, semi-retired':
        a story with no question in it (no '?', no question word, no request) is an introduction; the job the
        person says was or is theirs is remembered."""
        tokens = set(p.tokens)
        asks = self._story_question_score(p)
        named = list(p.own + p.mentions) + ([p.ambiguous] if p.ambiguous else [])
        if p.question or not named or p.items or tokens & (QUESTION_OPENERS | {"can", "whats", "hows", "vs",
                                                                                  "tips", "worth", "fair"}) \
                or _asking_pair(p) or asks >= STRONG \
                or set(p.rest) & REQUESTS or not tokens & self.STORY_MARKS or len(p.tokens) < 6 \
                or p.tokens[0] in INTERROGATIVES or any(m.start and p.tokens[m.start - 1] in {"is", "are", "will"}
                                                        for m in named):  # 'plumber 10 yrs, is mlops a stretch'
            return None
        if any(set(p.tokens[max(0, m.start - 3):m.start]) & (TARGET_WORDS | {"retraining", "retrain", "hearing"})
               for m in named):
            return None  # 'Thinking of retraining as an electrician': a job they aim at, asked about next
        years = [i for i, t in enumerate(p.tokens) if t in YEARS]
        theirs = [m for m in named if not someone_else_before(p.tokens, m, 5)
                  and (states_own_job(p.tokens, m) or years_after(m, p.tokens, 4) or m.start <= 2
                       # '6 yrs REME, vehicle mechanic', 'help desk stuff for 6 yrs': years told beside the job
                       or any(abs(i - m.start) <= 5 or abs(i - m.end) <= 4 for i in years)
                       or p.tokens[max(0, m.start - 2):m.start] in (("retired",), ("was", "a"), ("a", "retired")))]
        if not theirs:
            return None
        first = min(theirs, key=lambda m: m.start)
        return Understanding("greeting", own=own_kind(first))

    def their_job_asked(self, p: Parse, session: Session) -> Understanding | None:
        """'ok and her job?', 'what does she earn?' (no job named) about the job of the person they ask for;
        'and me?' about their own."""
        if p.mentions or p.ambiguous or p.unknown_role or len(p.content) > 6:
            return None
        tokens = set(p.tokens)
        pairs = set(zip(p.tokens, p.tokens[1:], strict=False))
        last = session.last_intent if self.kinds.get(session.last_intent or "") == "topic" else None
        topic = self._topic_asked(p)
        intent = topic or last
        if session.current_job and (pairs & {("and", "me"), ("about", "me"), ("my", "job"), ("and", "mine")}
                                    or p.tokens[:3] == ("and", "for", "me")) \
                and len(p.content) <= 3 and intent:
            return Understanding(intent, (session.current_job,))   # 'and me?' after her pay: theirs
        job = session.their_job
        if not job or not intent:
            return None
        named = pairs & {("her", "job"), ("his", "job"), ("their", "job"), ("her", "work"), ("his", "work")}
        # 'she' is not the person typing: after their own job's answer it is still the one they ask for
        pronoun = tokens & OTHER_PERSON and (not session.focus or session.focus in ((job,), (session.current_job,)))
        if named or (pronoun and topic):
            return Understanding(intent, (job,))
        return None

    def _states_own_job(self, p: Parse) -> bool:
        """'web dev here', 'I've been a QA tester for 6 years', 'Sysadmin, 12 yrs': the person's job, stated."""
        tokens = p.tokens
        # 'trucker 20 yrs, CDL-A, Texas': the same job named twice, the first names it
        named = sorted(p.own + p.mentions, key=lambda x: x.start)
        m = named[0] if len({r for x in named for r in x.roles}) == 1 else p.mentions[-1]
        asked_words = {what for _, what, _ in p.fired} - LEARNERS
        if m.start <= 2 and tokens[-1:] == ("here",) and not set(tokens) & QUESTION_OPENERS \
                and not asked_words & set(tokens[m.end:]):  # (not 'electrician salary UK, ex ETO here')
            return True  # 'Tour guide in Munich here', 'UX researcher at a fintech in Singapore here'
        after = tokens[m.end:m.end + 3]
        # (a number describes the job: 'I was a 777 captain', 'a band 5 nurse')
        before = tuple(t for t in tokens[max(0, m.start - 4):m.start] if t not in ("a", "an") and not t.isdigit())
        later = tokens[m.end:m.end + 6]  # 'dinner lady at a primary, been there donkey's years'
        # 'web dev here', 'nurse in Leeds here'; not 'data scientist salary here in won' (a topic before 'here')
        # (nor 'salary of data scientist here in philippines po': the topic said first)
        asked_first = {what for intent, what, weight in p.fired
                       if self.kinds.get(intent) in QUESTION_KINDS and weight >= THRESHOLD} - LEARNERS
        here = "here" in after and not asked_words & set(after[:after.index("here")]) \
            and not asked_first & set(tokens[:m.start])
        return (here or "been" in before or before[-1:] == ("was",) or ("been", "there") in zip(
                    later, later[1:], strict=False)
                or before[-2:] in (("worked", "as"), ("working", "as"))
                or (before[-1:] == ("as",) and bool({"work", "working", "worked"} & set(before)))  # 'work in shop as'
                or before[-3:] in (("i", "work", "in"), ("i", "work", "at"), ("i", "work", "for"))  # 'I work in
                # medical billing at a hospital', 'I work at a call centre in Montego Bay'
                or before[-2:] in (("i", "work"), ("i", "do"), ("dey", "do"))  # 'I work help desk', pidgin 'I dey do'
                or (m.start <= 2 and years_after(m, tokens, 3))
                or states_own_job(tokens, m, asking=False) and tokens[m.start] in DOERS)  # 'I drive trucks'

    def _question_score(self, p: Parse, leave_out: frozenset[str] = frozenset()) -> float:
        """The score of the strongest question kind in the message (greetings and thanks are no questions)."""
        return max((v for k, v in p.scores.items() if self.kinds.get(k) in QUESTION_KINDS and k not in leave_out),
                   default=0.0)

    def _story_question_score(self, p: Parse, scene: frozenset[str] = frozenset()) -> float:
        """The question score of a message that may only tell: pay told by its amount alone ('7 yrs exp, around
        18 LPA') asks nothing, nor do the ``scene`` topics ('RA manager in pharma')."""
        told_pay = fired_only_by(p.fired, "salary", PAY_TOLD)
        scene = scene | _told_of_themselves(p)
        return self._question_score(p, scene | {"salary"} if told_pay else scene)

    def _asks_anything(self, p: Parse) -> bool:
        """Any question kind scored in the message ('nurse in Texas salary'), not a greeting."""
        return self._question_score(p) >= THRESHOLD

    def _topic_asked(self, p: Parse) -> str | None:
        """The topic the message asks about, when one scores as a question ('pay?', 'what does she earn')."""
        topic, score = self.best(p.scores, ("topic",))
        return topic if topic and score >= THRESHOLD else None

    @staticmethod
    def _years_told(p: Parse) -> bool:
        """'statistician at a pharma company, 8 YoE', 'payables supervisor in Cebu, 11 years': time served told
        with a number ('in 5 years', 'within 2 years' look ahead)."""
        return any(t.isdigit() and p.tokens[i + 1:i + 2] in (("year",), ("yr",), ("yoe",)) and p.tokens[i - 1:i]
                   not in (("in",), ("next",), ("within",)) for i, t in enumerate(p.tokens) if i)

    @staticmethod
    def _years_served(p: Parse) -> frozenset[str]:
        """Years served are no outlook question: 'in * years' asks about the future only without them ('in a
        few years', 'in the next years' keep it)."""
        told = Dialogue._years_told(p)
        fired = {why for intent, why, _ in p.fired if intent == "outlook"}
        return frozenset({"outlook"}) if told and fired <= {'"in * year|years"'} else frozenset()

    @staticmethod
    def _scene_after(p: Parse, m: RoleMention) -> frozenset[str]:
        """The scene topics when their words come after the job ('IT manager at an accounting firm'), not
        when they ask first ('industries for MLOps engineers in Singapore')."""
        before = m.start - sum(x.end - x.start for x in p.own + p.mentions if x.end <= m.start)
        return frozenset(s for s in STATEMENT_SCENE if p.first.get(s, -1) >= before)

    def _asks_beyond_tools(self, p: Parse, scene: frozenset[str] = frozenset()) -> bool:
        """A question in the message other than tools the person names ('mostly Spark and Airflow') or words
        as weak as 'role' (overview) and 'manual' (help); the ``scene`` topics ('at a bank') leave out."""
        for name, score in p.scores.items():
            if name in scene:
                continue
            if name == "tools":
                score -= TOOL_NAME_WEIGHT * min(p.tools_named, MAX_TOOL_NAMES)
            if self.kinds.get(name) in QUESTION_KINDS and name not in ("overview", "help") and score >= THRESHOLD:
                return True
        return False

    REFERENCES = frozenset({"those", "these", "them", "both", "each", "two", "three", "whose", "between"})

    def _without_name_words(self, p: Parse, role_id: str) -> Parse:
        """``p`` without the intent scores of the words that named ``role_id`` ('school' of 'elementary school')."""
        named = set(self.index.name_key(role_id).split())
        dropped: dict[str, float] = {}
        for intent, why, weight in p.fired:
            if why in named:
                dropped[intent] = dropped.get(intent, 0.0) + weight
        if not dropped:
            return p
        return replace(p, scores={k: v - dropped.get(k, 0.0) for k, v in p.scores.items()
                                  if v - dropped.get(k, 0.0) > 0})

    def _turn(self, p: Parse, session: Session) -> Turn:
        resolved, ambiguous, follow_up = p.resolved, p.ambiguous, p.follow_up
        listed = False
        if resolved and session.recent:
            kinds = {m.roles[0]: self._kind_in_talk(m, p.tokens, session) for m in p.mentions if len(m.roles) == 1}
            resolved = tuple(dict.fromkeys(kinds.get(r, r) for r in resolved))
        # 'and the ML one?' after a clarification was answered: the same choices again;
        # 'the first one' after a comparison or a recommendation: one of those roles.
        # ('who do i hire first', 'which to learn first': first in time, no pick of 'the first' shown)
        ordinal = any(t in self.language.choices and not t.isdigit()
                      and not (t == "first" and (i == 0 or p.tokens[i - 1] not in ("the", "that", "your")))
                      for i, t in enumerate(p.tokens))
        if not resolved and not ambiguous and len(session.focus) > 2:
            resolved = _first_or_last(p.tokens, session.focus)  # 'what do the first two earn?' after three
        # ('which one would you hire first?' asks for a pick among them; 'the BI one' points at one)
        one = any(w == "one" and p.tokens[i - 1:i] != ("which",) for i, w in enumerate(p.tokens))
        if not resolved and (one or len(p.content) <= 2 or ordinal) and not _all_of(p.tokens):
            lists: tuple[tuple[str, ...], ...] = (session.offered, session.focus if len(session.focus) > 1 else ())
            if ordinal and not session.offered and len(session.focus) == 1 and len(session.recent) > 1:
                # 'what skills would i need for the second one' after translators, then NLP engineers, asked apart
                lists += (session.recent[-2:],)
            other = self._other(p, session)
            # 'e-discovery specialist, what does it pay': the words of a job neither tier has pick none of those
            # offered ('specialist' is no 'BI specialist')
            unknown = p.unknown_role.split() if p.unknown_role else []
            last = p.tokens.index(unknown[-1]) if unknown and unknown[-1] in p.tokens else -1
            pointer = 0 <= last < len(p.tokens) - 1 and p.tokens[last + 1] in ROLE_NOUNS | {"one"}  # 'the lead role'
            # 'and what education is needed' asks a topic: 'education' picks no 'Adult Education Teachers' offered
            pointing = pointer or ordinal or one
            said = [w for w in p.tokens if (pointer or w not in unknown) and (pointing or w not in self.topic_nouns)]
            if other:  # 'and the other one?' after one of two was chosen
                resolved, follow_up = (other,), session.last_intent not in ("similar", "recommend")
                ambiguous, listed = None, not follow_up
                lists = ()
            for offered in lists:
                if ambiguous:  # 'and the scientist?' among the research scientist and engineer offered
                    narrowed = [r for r in ambiguous.roles if r in offered]
                    choice = narrowed[0] if len(narrowed) == 1 else None
                else:
                    choice = self.index.pick(said, offered, self.language.choices) if offered else None
                if choice:
                    # From a clarification: the same question; from a list of suggestions: about the role.
                    resolved, follow_up = (choice,), session.last_intent not in ("similar", "recommend")
                    ambiguous, listed = None, not follow_up
                    if p.follow_up:  # 'and for elementary school ones?' asks no schooling
                        p = self._without_name_words(p, choice)
                    break
        if ambiguous and set(ambiguous.roles) == self.architects and building_sense((), session.focus):
            # 'what about architects' after building surveyors: the building architect
            ambiguous = building_architect(ambiguous, (), session.focus, self.architects)
            resolved, ambiguous = resolved + ambiguous.roles, None
        if ambiguous and not resolved and session.focus and (follow_up or len(p.content) <= 2):
            kin = self._kin(ambiguous.roles, session.focus)  # 'and the manager?' after the AI research engineer
            if kin:
                resolved, ambiguous = (kin,), None
        if len(resolved) == 1 and len(p.mentions) == 1 and self._becomes_a_lead(p) \
                and (lead := self.index.led_by(resolved[0])):
            resolved = (lead,)  # 'how does an ML engineer become a lead?'
            p = replace(p, unknown_role=None)
        if len(resolved) == 1 and len(p.mentions) == 1 and p.mentions[0].end - p.mentions[0].start == 1 \
                and len(p.mentions[0].words) <= 3:
            # 'what would the PM cost' after the AI product manager: the short form of the job in context
            short = p.mentions[0].words
            kept = [r for r in session.focus if any(a.split()[-1:] == [short] for a in self.index.aliases_of(r))]
            if len(kept) == 1:
                resolved = (kept[0],)
        if len(resolved) == 1 and len(p.mentions) == 1 and p.mentions[0].end - p.mentions[0].start == 1 \
                and resolved[0] not in session.focus and not p.follow_up and len(p.content) >= 3 \
                and not (p.mentions[0].start and p.tokens[p.mentions[0].start - 1] in ("a", "an")):
            # 'isnt mechanic work hard on ur back?' after the diesel mechanic: the job in focus whose O*NET name has
            # that word ('Bus and Truck Mechanics and ...'), not the kind BLS counts most
            head = p.mentions[0].words
            # (a field word is no head: 'similar to nursing' after nursing assistants asks about nursing)
            kept = [r for r in session.focus if r.startswith(ONET_PREFIX) and not head.endswith("ing")
                    and head in {singular(w) for w in self.index.name_key(r).split()}]
            if len(kept) == 1:
                resolved = (kept[0],)
        if not resolved and not ambiguous and (p.unknown_role or "lead").lower() in ("lead", "leads") \
                and len(session.focus) == 1 and {"lead", "leads"} & set(p.tokens) and len(p.content) <= 6:
            # 'and a lead?', 'what do leads do differently' after the ML engineer: the lead of that job;
            # 'how do you become a lead' after the lead ML engineer: that lead
            led = self.index.led_by(session.focus[0]) or (
                session.focus[0] if self.index.name_key(session.focus[0]).startswith("lead ") else None)
            if led:
                resolved = (led,)
                p = replace(p, unknown_role=None)  # 'become a lead': no job unknown to the sources
        if (supervising := _supervisor_word(p.tokens)) is not None:
            # 'team leader over installers', 'how do I become a supervisor' from a tower climber, 'and supervisors?'
            # after correctional officers: the first-line supervisors of those workers
            over = next((m for m in p.mentions if supervising < m.start <= supervising + 5
                         and set(p.tokens[supervising + 1:m.start]) & SUPERVISED), None)
            theirs = [m.roles[0] for m in p.mentions if len(m.roles) == 1 and states_own_job(p.tokens, m, asking=False)]
            of_theirs = self.index.supervisor_of(theirs[0]) if resolved and not over and list(resolved) == theirs \
                else None
            boss: str | None
            if of_theirs:
                # 'fibre splicer 20 yrs, should i go supervisor or team leader': the supervisors of their job
                boss, resolved = of_theirs, ()
            else:
                boss = self.index.supervisor_of(self.index.most_employed(over.roles)) if over \
                    else None if resolved else self._supervisor_asked(p, session, ambiguous)
            if boss and over:
                resolved = tuple(boss if r in over.roles else r for r in resolved) if over.roles[0] in resolved \
                    else resolved + (boss,)
                ambiguous = None if ambiguous == over else ambiguous
            elif boss:
                resolved, ambiguous = (boss,), None
            p = replace(p, unknown_role=None) if boss else p
        # the person's job said in this message: 'I'm a secondary school teacher ... jobs similar to teaching?'
        own_now = {r for m in p.own if not m.ambiguous for r in m.roles}
        if ambiguous and not resolved and (session.recent or session.current_job or own_now) \
                and "from" not in p.tokens[max(0, ambiguous.start - 2):ambiguous.start]:  # not 'switch from teaching
            # 'teacher grid in Ontario?' from a secondary school teacher, 'analyst pay?' after the data analyst:
            # the one of those jobs already in the conversation, not the question 'which one?' again
            job = session.current_job if not session.job_taken_from else ""  # a guessed kind settles nothing
            known = [r for r in ambiguous.roles if r in session.recent or r == job or r in own_now]
            known = _on_focus(known, session)  # 'so analyst gets less?' after both analysts
            if len(known) == 1:
                resolved, ambiguous = (known[0],), None
        named_here = [r for r in ambiguous.roles if r in resolved or any(r in m.roles for m in p.own)] \
            if ambiguous else []
        if len(named_here) == 1:
            # 'you said 112 590 for data analyst ... so analyst gets less?': the analyst named in the same message
            resolved = resolved if named_here[0] in resolved else resolved + (named_here[0],)
            ambiguous = None
        if ambiguous and resolved and session.recent:
            # 'between the data engineer and the analyst' after both were discussed: the analyst in context
            known = [r for r in ambiguous.roles if r in session.recent]
            known = _on_focus(known, session)
            if len(known) == 1 and known[0] not in resolved:
                before = sum(1 for m in p.mentions if not m.ambiguous and m.start < ambiguous.start)
                resolved = resolved[:before] + (known[0],) + resolved[before:]
                ambiguous = None
        if not ambiguous and p.ambiguous and resolved and session.recent:
            # 'say analyst and engineer' after the data analyst, engineer and scientist: each bare title that one
            # role in the conversation settles, in the order said (the first one is settled above)
            for m in p.mentions:
                known = _on_focus([r for r in m.roles if r in session.recent], session) if m.ambiguous \
                    and m is not p.ambiguous else []
                if len(known) == 1 and known[0] not in resolved:
                    before = sum(1 for o in p.mentions if o.start < m.start and (set(o.roles) & set(resolved)))
                    resolved = resolved[:before] + (known[0],) + resolved[before:]
        if ambiguous and _shared_title(ambiguous, p, self.index):
            # 'cloud engineer', 'production planner': an O*NET title of several words that several occupations
            # share is answered as the one employing most, the others named with the answer (not a question back)
            top = self.index.most_employed(ambiguous.roles)
            before = sum(1 for m in p.mentions if not m.ambiguous and m.start < ambiguous.start)
            resolved = resolved[:before] + (top,) + resolved[before:]
            ambiguous = None
        scores = self._sector_as_place(p)
        topic, topic_score = self.best(scores, ("topic",), p.first)
        if topic == "getting_started" and (asked_first := self._asked_before_purpose(p, scores)):
            topic, topic_score = asked_first, scores[asked_first]
        also = None
        # 'what about data entry. pay and is it remote': 'about' and 'is it' ask no second question about what it is
        weak_overview = not any(i == "overview" and w >= 2 for i, _, w in p.fired)
        asked = sorted((n for n in self.intent_order if self.kinds[n] == "topic" and scores.get(n, 0.0) >= THRESHOLD
                        and (p.focused is None or n in p.focused) and not (n == "overview" and weak_overview)),
                       key=lambda n: p.first.get(n, 0))
        if len(asked) >= 2:
            a, b = asked[0], asked[1]
            if any(p.first.get(a, 0) < j <= p.first.get(b, 0) for j in p.joined):  # 'X and Y?': both, in order
                topic, topic_score, also = a, scores[a], b
            elif topic in (a, b):
                also = b if topic == a else a
        # the aspect is asked in the question's sentence: not 'manufacturing' of 'I work at a manufacturing company'
        aspect_topic, _ = self.best({k: v for k, v in scores.items() if self.aspects.get(k)
                                     and (p.focused is None or k in p.focused)}, ("topic",))
        # A comparison names its aspect in few words ('which is more maths-heavy', 'length of training?')
        aspect = self.aspects.get(aspect_topic) if aspect_topic and scores[aspect_topic] >= ASPECT_HINT else None
        if aspect == "industries" and not {("i", "hire"), ("we", "hire"), ("hire", "first")}.isdisjoint(
                zip(p.tokens, p.tokens[1:], strict=False)):
            aspect = None  # 'who do i hire first, dispatcher, office admin or bookkeeper': a decision, not employers
        if aspect is None and p.focused is not None and not p.focused - {"compare", "recommend"} \
                and ("which", "one") in set(zip(p.tokens, p.tokens[1:], strict=False)):
            # 'I mean the DEGREE, S1 informatika vs S1 statistika. which one for data scientist and which for AI
            # engineer?': the question points back at what the sentence before named
            # (degrees only: 'I build excel reports and dashboards. so which one' asks which job, not which tool)
            aspect = "education" if scores.get("education", 0.0) >= THRESHOLD else None
        if aspect == "industries" and scores.get("salary", 0.0) > 2 * scores.get("industries", 0.0):
            aspect = "salary"  # 'dispatcher vs logistics, which one gets me back near my 72k? top pay': not sectors
        if aspect is None and any(why == MONEY_REASON for _, why, _ in p.fired):
            aspect = "salary"  # 'I make about 85k right now. Would I actually make more?
        compare_score = scores.get("compare", 0.0)
        weighing = ({"or"} | self.language.comparatives) & set(p.rest)
        if weighing == {"who"} and any(m.end < len(p.tokens) and p.tokens[m.end] == "who" for m in p.mentions + p.own):
            weighing = set()  # 'I'm a linguist who has been doing NLP': who the person is, not who is better
        if len(resolved) + (1 if ambiguous else 0) >= 2 and weighing:
            compare_score += 3
        elif len(resolved) == 1 and session.focus and resolved[0] not in session.focus and any(
                {a, b} & self.POINTED and {a, b} & {"or", "vs", "versus"}
                for a, b in zip(p.tokens, p.tokens[1:], strict=False)):
            compare_score += 3  # 'which pays more, this or data scientist?': the job in context is one side
        return Turn(p, session, resolved, ambiguous, follow_up, topic, topic_score, aspect, compare_score, also, listed)

    # 'could I become one', 'how would I get into it', 'could I do that': the job just talked about as the target
    POINTED_TARGETS = frozenset({("become", "one"), ("become", "that"), ("become", "it"), ("be", "one"),
                                 ("into", "it"), ("into", "that"), ("into", "this"), ("do", "it"), ("do", "that"),
                                 ("do", "this"), ("to", "it"), ("to", "that")})

    MOVES = frozenset({"get", "move", "switch", "go", "transition", "break", "pivot", "become", "becomes"})

    def own_job_then_it(self, p: Parse, session: Session) -> Understanding | None:
        """"im a nurse, could i become one?" after a data analyst's answer: their job is context, the target is
        the job in focus."""
        # (the job they come from may be read as theirs already: 'how do I start coming from accounting?')
        named = p.mentions or tuple(m for m in p.own if "from" in p.tokens[max(0, m.start - 2):m.start])
        if len(session.focus) != 1 or len(named) != 1:
            return None
        m = named[0]
        # 'how hard is it to switch from dev to that', 'become one from senior MLE', 'coming from DS'
        source = "from" in p.tokens[max(0, m.start - 2):m.start]
        mover = p.tokens[m.end:m.end + 1] and p.tokens[m.end] in self.MOVES  # 'how would a DE get into it'
        told = i_am_before(p.tokens, m, 6)  # "I'm 34 and a data analyst"
        pointed = self.POINTED_TARGETS & set(zip(p.tokens, p.tokens[1:], strict=False))
        mine = source and {"my", "i"} & set(p.tokens[:m.start])  # 'what's my skills gap coming from DS'
        # 'i'm a QS, could i switch': a move with no job after it, to the job in focus
        moving = p.tokens[-1:] and p.tokens[-1] in ("switch", "transition", "pivot", "over", "across") \
            and m.end < len(p.tokens) - 1
        if not (states_own_job(p.tokens, m) or source or mover or told) or set(m.roles) & set(session.focus) \
                or not (pointed or mine or moving):
            return None
        return Understanding(self._topic_asked(p) or "getting_started", session.focus, own=m.roles[:1])

    def other_roles_asked(self, p: Parse, session: Session) -> Understanding | None:
        """'what about the other two' after one of three compared roles was asked about: the same question about
        the other two."""
        rest = self._the_others(p, session)
        if not rest:
            return None
        last = session.last_intent if self.kinds.get(session.last_intent or "") == "topic" else "overview"
        return Understanding(self._topic_asked(p) or last or "overview", rest)

    @staticmethod
    def _the_others(p: Parse, session: Session) -> tuple[str, ...]:
        """'what about the other two', 'and the others?': of the roles compared or offered, those not in focus."""
        tokens = set(p.tokens)
        if p.resolved or p.ambiguous or not (("other" in tokens and tokens & {"two", "2", "ones", "both"})
                                             or "others" in tokens or ("rest" in tokens and "the" in tokens)):
            return ()
        rest = tuple(r for r in session.offered if r not in session.focus)
        return rest if len(session.offered) >= 3 and 2 <= len(rest) < len(session.offered) else ()

    def _kin(self, candidates: tuple[str, ...], focus: tuple[str, ...]) -> str | None:
        """The one candidate whose name shares the most words with the role in context, if one does."""
        near = {w for role in focus for w in self.index.name_key(role).split()}
        shared = {c: len(set(self.index.name_key(c).split()[:-1]) & near) for c in candidates}
        best = max(shared.values(), default=0)
        found = [c for c, n in shared.items() if n == best]
        return found[0] if best and len(found) == 1 else None

    # --- the rules, in order -----------------------------------------------------------------

    HIRING = frozenset({"hire", "hiring", "recruit", "recruiting"})
    WHICH_OR_ORDER = frozenset({"which", "who", "whom", "first", "order", "priority", "prioritise", "prioritize"})
    ADDING = frozenset({"including", "include", "plus", "also", "too", "adding"})

    def compare_by_reference(self, t: Turn) -> Understanding | None:
        """'of those two, who earns more?', 'which of the three looks safest?': the roles just discussed;
        'and money-wise?' after a comparison: the same roles on that aspect."""
        said = set(t.p.tokens)
        focus = t.session.focus
        if _tools_weighed(t.p, t.resolved):
            return None  # 'SQL and Tableau. which one do i learn first?': a choice between tools, not the jobs
        if t.resolved and not t.ambiguous and len(focus) > 1 and said & {"each", "all", "both"} \
                and said & self.ADDING and not set(t.resolved) <= set(focus):
            # 'what should I budget for each, including the ML engineer?': the roles in context and the new one
            return Understanding("compare", focus + tuple(r for r in t.resolved if r not in focus), t.aspect)
        if t.session.last_intent in ("compare", "recommend") and len(focus) > 1 and not t.follow_up \
                and not t.ambiguous and set(t.resolved) <= {t.session.current_job} \
                and prefers(t.p.tokens) \
                and t.topic_score < STRONG and not t.p.question:
            # 'i told u am a bank teller. i like numbers and excel' right after a comparison (which said it depends
            # on what they enjoy): which of the roles compared fits them
            return Understanding("compare", focus, t.session.last_aspect)
        weighed = tuple(r for r in t.session.recent if r != t.session.current_job)[-2:]
        if not t.resolved and not t.ambiguous and len(weighed) == 2 and prefers(t.p.tokens) \
                and BACK_TO_THE_CHOICE & set(zip(t.p.tokens, t.p.tokens[1:], strict=False)):
            # 'about me: i did maths olympiad, i like drawing ... does that change anything?' after asking about a
            # data scientist and an AI engineer: which of the two fits them
            return Understanding("compare", weighed)
        if t.resolved or t.ambiguous:
            return None
        group = focus if len(focus) > 1 else t.session.recent[-2:]
        if said & self.HIRING and said & self.WHICH_OR_ORDER and said & {"i", "we", "us", "should", "you"} \
                and len(group) > 1:
            # 'Given that, who do I hire first?', 'which one would you hire first?' after weighing three roles
            return Understanding("compare", group, t.aspect)
        job = t.session.current_job
        counted = any(a == "of" and b in ("the", "my", "these", "those", "them") and c in HOW_MANY
                      for a, b, c in zip(t.p.tokens, t.p.tokens[1:], t.p.tokens[2:], strict=False))
        # ('which suits me then?' right after two were compared: one of those two)
        just_compared = t.session.last_intent == "compare" and len(focus) > 1 and bool(FITTING & said) \
            and len(t.p.content) <= 3
        if (DECIDING & set(t.p.tokens) or counted or just_compared) and ({"me", "us", "you"} & set(t.p.tokens)) \
                and not said & {"something", "anything", "else", "based"}:  # 'recommend me something based on: php'
            # 'pls just choose for me', 'you decide': between the roles just discussed, a verdict
            # 'which of the three would you recommend for me?', 'which of the 4 fits me best'
            many = max((HOW_MANY[w] for w in said if w in HOW_MANY), default=2)
            group = focus if len(focus) >= many else tuple(r for r in t.session.recent if r != job)[-many:]
            if len(group) > 1:
                return Understanding("compare", group, t.aspect)
        if job in focus and len(focus) > 1 and t.topic and t.topic_score >= THRESHOLD and t.compare_score < THRESHOLD \
                and not t.p.unknown_role \
                and not (self.REFERENCES | {"all"} | self.language.comparatives) & set(t.p.tokens):
            # After comparing their own job with a target: 'how would I make the switch?', 'the market for it?'
            return Understanding(t.topic, tuple(r for r in focus if r != job))
        if (t.session.last_intent == "compare" and len(focus) > 1 and t.aspect
                and (t.follow_up or len(t.p.content) <= 3 or {"both", "each", "all"} & set(t.p.tokens))
                and not self._one_of_them(said)):  # 'outlook for it?': one of them
            return Understanding("compare", _all_compared(focus, t.p, t.session), t.aspect)
        opened = 1 if t.p.tokens[:1] in (("okay",), ("ok",), ("so",), ("and",), ("right",), ("alright",)) else 0
        asked = t.p.tokens[opened:]  # 'ok which of the 3 can i get ...'
        which_first = (asked[:1] in (("which",), ("who",), ("whose",)) and t.topic_score >= THRESHOLD
                       and asked[1:2] != () and (asked[1] not in self.topic_nouns  # not 'which skills
                                                 or asked[1:2] == ("pay",)))  # but 'which pays more?'
        if not (self.REFERENCES & set(t.p.tokens) or t.compare_score >= STRONG or which_first):
            return None
        group = t.session.focus
        if len(group) < 2:  # 'which industries hire them?' after one role asks about that role
            if not ({"two", "three", "both", "between", "each", "2", "3"} & set(t.p.tokens)
                    or t.compare_score >= STRONG or which_first):
                return None
            group = t.session.recent[-2:]
        if len(group) < 2:
            return None
        if ({"three", "3"} & set(t.p.tokens) or (SUPERLATIVES & set(t.p.tokens) and group != t.session.focus)) \
                and len(group) < 3 and len(t.session.recent) >= 3:
            group = t.session.recent[-3:]  # 'which pays most' after three roles asked one by one: the three
        asks = t.compare_score >= THRESHOLD or bool(self.language.comparatives & set(t.p.tokens))
        if not asks and not (self.REFERENCES & set(t.p.tokens) and t.topic):
            return None
        focus = t.session.focus
        if len(focus) == 1 and len(group) == 2 and focus[0] in group and focus[0] != group[0] \
                and self._context_first(t):
            # 'how's the pay compared to my supervisor job?', 'which pays more, that or teaching high school?': the
            # job in context first, the other named after it (LABELS.md)
            group = focus + tuple(r for r in group if r not in focus)
        aspect = t.aspect
        if aspect is None and t.session.last_intent in ("salary", "outlook") and FIGURE_RANKS & set(t.p.tokens):
            aspect = t.session.last_intent  # 'which is highest among these three' after their pay, one by one
        return Understanding("compare", _all_compared(group, t.p, t.session), aspect)

    def _context_first(self, t: Turn) -> bool:
        """A comparison of the job in context with another named after it: 'how does that compare ...', 'that or
        teaching', '... to my supervisor job', 'what I make', 'mine', the other's field ('with nursing')."""
        tokens = t.p.tokens
        pairs = set(zip(tokens, tokens[1:], strict=False))
        if {"two", "both", "2", "them", "those"} & set(tokens):
            return False  # 'the difference between that two?': both, in the order they came
        # ('now that excel has copilot', 'so that': a conjunction, no job pointed at)
        pointing = {w for i, w in enumerate(tokens) if not (w == "that" and tokens[i - 1:i] in (("now",), ("so",)))}
        if {"that", "this", "it", "mine"} & pointing or MY_JOB & pairs or ("i", "make") in pairs \
                or any(a == "my" and b == "job" for a, b in zip(tokens, tokens[2:], strict=False)):
            return True
        others = [r for r in t.session.recent[-2:] + ((t.session.current_job,) if t.session.current_job else ())
                  if r not in t.session.focus]
        named = {w for r in others for w in self.index.name_key(r).split()}
        fields = {w for w, head in self.language.field_words.items() if head in named}
        return bool(fields & set(tokens))

    def compare_named_roles(self, t: Turn) -> Understanding | None:
        """Several roles and a comparison: compare them; but 'what is X? is it the same as Y?' asks first what X
        is, the likeness to Y a second question (two questions: the first is answered first)."""
        if len(t.resolved) >= 2 and t.compare_score >= THRESHOLD:
            first = t.p.mentions[0] if t.p.mentions else None
            if first is not None and len(t.p.mentions) == 2 and self._what_is_then_likeness(t.p.tokens, first):
                return Understanding("overview", first.roles[:1])
            return Understanding("compare", t.resolved, t.aspect)
        return None

    # 'is it the same as', 'is that different from': a likeness asked after the question
    # ('what does X do differently from Y' is one question, a comparison)
    LIKENESS_ASKED = frozenset({("is", "it"), ("is", "that"), ("is", "this"), ("it", "same")})

    def _what_is_then_likeness(self, tokens: tuple[str, ...], first: RoleMention) -> bool:
        """'what is a AI engineer, is it same as programmer?', 'what does a vet tech do? is it the same as a vet
        nurse': the job asked about opens the message, the likeness follows it."""
        opening = tokens[:first.start]
        if opening[:2] not in (("what", "is"), ("what", "does"), ("what", "doe")) and opening[:1] != ("whats",):
            return False
        rest = tokens[first.end:]
        if rest[:1] == ("do",):
            rest = rest[1:]
        return tuple(rest[:2]) in self.LIKENESS_ASKED

    RECOMMEND_STRONG = 5.0   # outweighs a question about a named role only when stronger than it
    RECOMMEND_HINT = 3.0     # interests, then 'what role?', with no other question
    RECOMMEND_MIN_CONTENT = 3

    def recommend_by_interests(self, t: Turn) -> Understanding | None:
        """'I love NLP and text, what fits me?'; with a role named, 'what should I be good at as an X'
        asks about X, so recommend only when its signal outweighs every other question."""
        scores = t.p.scores
        recommend = scores.get("recommend", 0.0)
        rivals = [v for k, v in scores.items() if self.kinds[k] in QUESTION_KINDS and k != "recommend"]
        # 'AI manager is what job?': a job word of two kinds asked about, not a recommendation
        asked_about = t.ambiguous is not None and recommend < t.topic_score
        if t.resolved and max(rivals, default=0.0) >= THRESHOLD and any(
                w in ("that", "it", "this") and FITTING & set(t.p.tokens[i + 1:i + 4])
                for i, w in enumerate(t.p.tokens)):
            return None  # 'what does a social media manager do? maybe that fits me': the job asked about first
        weighed = {r for m in t.p.mentions if len(m.roles) == 1 and not states_own_job(t.p.tokens, m) for r in m.roles}
        if len(weighed) >= 2 and "which" in t.p.tokens and FITTING & set(t.p.tokens):
            return None  # 'considering financial analyst, data analyst or some AI role ... which suits me best?'
        # (not when another question is asked far more strongly: 'what jobs are similar to mine?')
        # ('so which degree fits which, informatics or statistics?' asks far more about education than a fit)
        if recommend >= self.RECOMMEND_STRONG and scores.get("similar", 0.0) < 2 * recommend \
                and max(rivals, default=0.0) < 3 * recommend \
                and (not (t.resolved or asked_about) or recommend > max(rivals, default=0.0)):
            # 'what about fraud analyst? i spot dodgy stuff at the counter, might suit me': whether the job they
            # name fits them, read first, not suggestions from their story's words ('counter')
            named = tuple(r for m in t.p.mentions if len(m.roles) == 1 and not states_own_job(t.p.tokens, m)
                          for r in m.roles) if t.p.follow_up else ()
            return Understanding("recommend", named)
        # 'neural nets, GPUs and huge models are my jam, what role?': interests, then a role question.
        if (recommend >= self.RECOMMEND_HINT and not t.resolved and not t.ambiguous
                and max(rivals, default=0.0) < THRESHOLD and len(t.p.content) >= self.RECOMMEND_MIN_CONTENT):
            return Understanding("recommend")
        return None

    LIST_OR_HELP = 5.0

    def coverage_asked(self, t: Turn) -> Understanding | None:
        """'what occupations do you cover, also nurse and caregiver or only IT?': which jobs the bot knows, the jobs
        named only as examples of what they hope it covers."""
        said = set(t.p.tokens)
        if "only" in said and said & {"you", "u", "this"} and said & {"too", "also", "or"} \
                and (LISTED_JOBS | SCOPE_WORDS) & set(t.p.raw):
            # 'do you know about civil engineering jobs too, or only AI ones?', 'can you help me if I'm an engineer,
            # or is this only for IT people?': what the bot covers, the jobs said only as examples
            name, score = self.best(t.p.scores, ("list_roles", "help"))
            if name and score >= THRESHOLD:
                return Understanding(name)
        name, score = self.best(t.p.scores, ("list_roles",))
        if name and LISTED_JOBS & set(t.p.raw) and score >= 2 * STRONG and {"you", "your", "u"} & set(t.p.tokens) \
                and score > max((v for k, v in t.p.scores.items() if k != name), default=0.0):
            return Understanding(name)
        return None

    def list_or_help_without_role(self, t: Turn) -> Understanding | None:
        # "which occupations do you hold information about? I'm an HR officer": their own job is no role asked about
        theirs = bool(t.p.mentions) and all(i_am_before(t.p.tokens, m, 4) for m in t.p.mentions) \
            and not MY_JOB & set(zip(t.p.tokens, t.p.tokens[1:], strict=False))  # 'what does my job look like'
        if (t.resolved and not theirs) or t.ambiguous:
            return None
        # ('I'm a careers adviser at a university. What kinds of questions can you answer?' asks for help)
        for kind in ("list_roles", "help") if not t.resolved or theirs else ("list_roles",):
            name, score = self.best(t.p.scores, (kind,))
            # a tie with a topic goes to the topic when a job is in the conversation ('ok how do i start')
            if name and score >= self.LIST_OR_HELP and (score > t.topic_score or (
                    score == t.topic_score and not t.session.focus)) and score > t.p.scores.get("similar", 0.0):
                return Understanding(name)
        return None

    def credentials_compared(self, t: Turn) -> Understanding | None:
        """'registered nurse bsn vs adn', 'CPA or CMA for an accountant?': which way to qualify for the job."""
        return self._about("education", t) if t.p.credentials and (t.resolved or t.session.focus) else None

    WHERE_WORKED = frozenset({"remote", "remotely", "abroad", "home", "locally", "onsite", "office", "here", "there"})
    LIKENED = frozenset({"different", "same", "similar", "differ"})  # 'is it different from here?'


    def _places_weighed(self, tokens: tuple[str, ...]) -> bool:
        """'in Turkey vs remote', 'Baku or Dubai': what is weighed after 'vs' or 'or' is a place; 'is it different
        from here', 'same like Bangladesh?': the job there is likened to the job in a place."""
        firsts = self.place_starts
        for i, w in enumerate(tokens[:-1]):
            if w in ("vs", "versus", "or"):
                at = i + 1
            elif w in self.LIKENED and tokens[i + 1] in ("from", "to", "like", "than", "as", "in"):
                at = i + 2
            else:
                continue
            if at < len(tokens) - 1 and tokens[at] in ("in", "a", "the"):
                at += 1
            if at < len(tokens) and (tokens[at] in self.WHERE_WORKED or tokens[at] in firsts):
                return True
        return False

    @staticmethod
    def _jobs_like_it(t: Turn) -> bool:
        """'what jobs are related to welding that are easier on the body?': one job and a comparative word asks for
        jobs like it, not a comparison."""
        return len(t.resolved) == 1 and t.p.scores.get("similar", 0.0) > t.compare_score

    def compare_with_context(self, t: Turn) -> Understanding | None:
        """One role and a comparison word compares with the role before it; none compares the last two."""
        if _tools_weighed(t.p, t.resolved):
            return None  # 'SQL or Tableau, which first?': tools weighed, not the jobs before
        recent = t.session.recent
        said = set(t.p.tokens)
        focus = t.session.focus
        if "both" in said and len(t.resolved) == 1 and len(focus) == 2 and t.resolved[0] not in focus \
                and (t.compare_score >= THRESHOLD or said & self.MORE_OR_LESS):
            # 'what about ml engineer, higher than both?' after two compared: all three
            return Understanding("compare", focus + t.resolved, t.aspect or t.session.last_aspect)
        start = [m.roles[0] for m in t.p.mentions if len(m.roles) == 1 and _coming_from(t.p.tokens, m)]
        if start and len(focus) >= 2 and t.resolved == (start[0],) and start[0] not in focus \
                and said & {"which", "who"} and t.compare_score >= THRESHOLD:
            # 'which is easier to get into from QA' after two roles: their job is where they start, not a third role
            return Understanding("compare", focus, t.aspect or t.session.last_aspect, own=(start[0],))
        job = t.session.current_job
        than = t.p.tokens.index("than") if "than" in said else -1
        if than >= 0 and len(t.resolved) == 1 and _a_figure(t.p.tokens[than + 1:than + 4]):
            return None  # 'does travel agent pay more than my 34k?': the pay against theirs, said as a figure
        than_me = than >= 0 and (t.p.tokens[than + 1:than + 2] in (("me",), ("my",), ("mine",), ("i",))
                                 or t.p.tokens[than + 1:than + 3] == ("what", "i"))
        if than_me and job and said & self.MORE_OR_LESS and len(t.resolved) == 1 and t.resolved[0] != job:
            # 'would a supervisor earn more than me', 'do plumbers make more than what i make now': against
            # their own job, on pay unless something else is asked
            return Understanding("compare", (t.resolved[0], job), t.aspect or "salary")
        if "than" in said and said & self.MORE_OR_LESS and len(t.resolved) == 1 and focus \
                and t.resolved[0] not in focus:
            # 'does it pay more than a nurse?' after a data analyst's pay: the analyst against the nurse;
            # 'more than driver?' from a taxi driver: against their own job
            other = t.resolved[0]
            aspect = t.aspect or self.aspects.get(t.session.last_intent or "") or t.session.last_aspect
            if job and other == self.index.supervisor_of(job):
                # 'would a supervisor earn more than that' from a splicer: their supervisors against their job
                return Understanding("compare", (other, job), aspect or "salary")
            heads = {r: self.index.name_key(r).split()[-1:] for r in (job, other) if r}
            if job and job != other and heads[job] == heads[other]:
                other = job
            return Understanding("compare", (focus[0], other), aspect)
        if len(t.resolved) == 1 and len(focus) == 1 and t.resolved[0] not in focus and not t.p.places \
                and t.session.last_intent != "compare" and "which" not in said \
                and PAID_MORE.search(" ".join(t.p.tokens)):
            # 'would data analyst pay better?', 'is network admin more money' after one job asked about: the two
            return Understanding("compare", (focus[0], t.resolved[0]), "salary")
        pairs = set(zip(t.p.tokens, t.p.tokens[1:], strict=False))
        if len(t.resolved) == 1 and len(focus) == 1 and t.resolved[0] not in focus and pairs & POINTED_AT_IN_A_CHOICE:
            # 'which pays more, that or truck drivers', 'truck drivers or that one': the job in focus and the one
            # named, on what is asked (pay unless something else is)
            aspect = t.aspect or (t.topic if t.topic != "overview" and t.topic_score >= THRESHOLD else None) \
                or ("salary" if said & self.MORE_OR_LESS else None) \
                or self.aspects.get(t.session.last_intent or "") or t.session.last_aspect  # 'how's that vs X'
            return Understanding("compare", (focus[0], t.resolved[0]), aspect)
        if len(t.resolved) == 1 and t.topic_score >= t.compare_score or self._jobs_like_it(t):
            return None  # 'airflow vs dagster: what do data engineers use?' compares tools, not roles
        if len(t.resolved) == 1 and not t.ambiguous and self._places_weighed(t.p.tokens):
            return None  # 'SMM specialist earning in Turkey vs remote?': one job in two places
        if not ((t.compare_score >= STRONG and (t.resolved or t.ambiguous or len(recent) >= 2)) or (
                t.compare_score >= THRESHOLD and not t.resolved and not t.ambiguous and len(recent) >= 2)):
            return None
        if t.ambiguous:
            slot = sum(1 for m in t.p.mentions if not m.ambiguous and m.start < t.ambiguous.start)
            return Understanding("compare", (), t.aspect, t.ambiguous.roles, known=t.resolved, slot=slot)
        theirs = [m.roles[0] for m in t.p.mentions if len(m.roles) == 1 and states_own_job(t.p.tokens, m)]
        if theirs and len(focus) >= 2 and t.resolved == (theirs[0],) and theirs[0] not in focus:
            # "Im a paralegal and I build excel reports. so which one" after two roles compared: their job is
            # what the pick is read against, not a third role
            return Understanding("compare", focus, t.aspect or t.session.last_aspect, own=(theirs[0],))
        if t.p.unknown_role:  # 'mlops vs devops engineer': say what is not known, don't guess a partner
            return Understanding("compare", t.resolved, t.aspect, unknown_role=t.p.unknown_role)
        roles = t.resolved
        aspect = t.aspect
        if len(roles) == 1 and t.session.last_intent == "compare" and len(t.session.focus) > 1 \
                and roles[0] not in t.session.focus and t.session.current_job not in t.session.focus:
            # 'MLE vs MLOps?' ... 'and vs DE?': all three (but a comparison with the person's own job
            # compares the target with the newly named role instead)
            roles = t.session.focus + roles
            aspect = aspect or t.session.last_aspect
        elif len(roles) == 1:
            others = [r for r in (t.session.focus + tuple(reversed(recent))) if r not in roles]
            roles = (others[0],) + roles if others else roles
            if aspect is None and self.aspects.get(t.session.last_intent or ""):
                aspect = self.aspects[t.session.last_intent or ""]  # 'vs a statistician?' after a pay answer
            elif aspect is None and t.session.last_intent == "compare":
                aspect = t.session.last_aspect
        elif not roles:
            # 'which pays most', 'out of all 3 which is easiest' after three compared and one looked at: all three
            roles = _all_compared(focus, t.p, t.session)
            if len(roles) < 3:
                roles = recent[-2:]
            amount = said & AMOUNT_WORDS or t.p.tokens[-1] in ("more", "less", "most", "least")  # 'which is more'
            if aspect is None and amount and self.aspects.get(t.session.last_intent or ""):
                aspect = self.aspects[t.session.last_intent or ""]  # 'which is higher' after their pay
        return Understanding("compare", roles, aspect, needs_role=len(roles) < 2)

    @cached_property
    def _courtesy_words(self) -> frozenset[str]:
        """Words of a hello or a thank-you: the greeting and thanks intents' words and the courtesies list."""
        said: set[str] = set()
        for name in ("greeting", "thanks"):
            intent = self.intents.intents.get(name)
            if intent is not None:
                said.update(intent.keywords)
                said.update(w for _, _, source, _ in intent.phrases for w in source.replace("|", " ").split())
        return frozenset(said) | self.intents.language.courtesies

    LIKENESS = frozenset({"similar", "close", "like", "same", "related", "comparable", "different"})

    def likened_to_focus(self, t: Turn) -> Understanding | None:
        """'is it close to HR business partner work?', 'is that the same as a logistician': the job in focus
        weighed against the one named."""
        tokens, focus = t.p.tokens, t.session.focus
        if not (len(t.resolved) == 1 and len(focus) == 1 and t.resolved != focus):
            return None  # (each reading below weighs one job named against the one in focus)
        if tokens[:1] in (("is",), ("are",), ("isnt",)) \
                and tokens[1:2] in (("it",), ("that",), ("this",), ("they",)) and set(tokens[2:5]) & self.LIKENESS:
            return Understanding("compare", focus + t.resolved, t.aspect)
        at = tokens.index("same") if "same" in tokens else -1
        if at >= 0 and (tokens[at + 1:at + 2] in (("or",), ("thing",), ("work",), ("job",), ("role",), ("as",))
                        or tokens[at - 1:at] == ("the",)) and t.topic_score < THRESHOLD:
            # 'then data manager, same or not?', 'is a data engineer the same thing?'; not 'X, same?' nor
            # 'same for X?' (the last question again)
            return Understanding("compare", focus + t.resolved, t.aspect)
        if len(tokens) <= 8 and tokens[:1] in (("would",), ("will",), ("is",), ("are",)) \
                and set(tokens) & WEIGHED_AGAINST and not {"market", "any"} & set(tokens):
            # ('is the AI engineer market any better?': its outlook)
            # 'would a BI analyst be cheaper' after a data engineer: the two weighed, on what the word weighs
            return Understanding("compare", focus + t.resolved, t.aspect)
        if tokens[:1] == ("or",) and "instead" in tokens and t.topic_score < THRESHOLD:
            # 'or do we need an AI engineer instead' after an NLP engineer: the two weighed
            return Understanding("compare", focus + t.resolved, t.aspect)
        return None

    LEVELS = frozenset({"junior", "mid", "senior", "staff", "principal", "lead", "entry", "graduate", "intern"})

    def compare_nothing(self, t: Turn) -> Understanding | None:
        """'compare them' with nothing to compare: ask which. Levels of one job weighed ('senior vs staff in
        LPA') are no two jobs: the question about that job is answered (pay by level, where sources have it)."""
        tokens = t.p.tokens
        if _tools_weighed(t.p, t.resolved) and t.session.focus:
            # 'SQL and Tableau. which one do i learn first?': the tools of the job in focus (theirs left out)
            return Understanding("tools", tuple(r for r in t.session.focus if r != t.session.current_job)
                                 or t.session.focus)
        if any(w in ("vs", "versus", "or") and 0 < i < len(tokens) - 1 and (
                (tokens[i - 1] in self.LEVELS and tokens[i + 1] in self.LEVELS)
                or (tokens[i - 1] in PAY_FORMS and tokens[i + 1] in PAY_FORMS)) for i, w in enumerate(tokens)):
            return None  # ('commission vs salary for leasing consultants': how one job is paid)
        if t.compare_score >= STRONG and len(t.resolved) <= 1 and self._places_weighed(tokens):
            s = t.session
            if not t.resolved and s.focus and s.last_intent and self.kinds.get(s.last_intent) in ROLE_INTENT_KINDS:
                return Understanding(s.last_intent, s.focus, s.last_aspect)  # 'hyderabad vs bangalore' after pay
            return None  # 'SMM specialist earning in Turkey vs remote?': one job in two places
        if t.compare_score >= STRONG and not self._jobs_like_it(t):
            job, focus = t.session.current_job, t.session.focus
            if t.p.strange and not (t.resolved or focus or job or t.ambiguous or t.p.unknown_role):
                return Understanding("unknown")  # 'the difference between a crocodile and an alligator'

            if not t.resolved and job and len(focus) == 1 and job not in focus \
                    and len(t.p.places) < 2:  # 'how different is the work?', not 'pay in Spain vs USA?'
                # 'how does the pay compare with nursing?', '... with my job': the job in context first, theirs
                # named after it (LABELS.md); unnamed, theirs first
                pair = focus + (job,) if self._context_first(t) else (job,) + focus
                return Understanding("compare", pair, t.aspect)
            return Understanding("compare", t.resolved, t.aspect, needs_role=True)
        return None

    def similar_roles(self, t: Turn) -> Understanding | None:
        similar, score = self.best(t.p.scores, ("similar",))
        named = t.resolved or t.ambiguous or t.p.unknown_role
        job = t.session.current_job
        if t.session.their_job and (not job or set(t.p.tokens) & OTHER_PERSON):
            job = t.session.their_job  # 'what else could he do' after 'my son is a nurse'
        # 'what else could I do' names no job: enough when the conversation has one to start from
        loose = not named and not t.p.tools_named and bool(job or t.session.focus)
        if not similar or score < (THRESHOLD if loose else STRONG) \
                or score < t.topic_score:
            return None
        if "will" in t.p.tokens and {"ai", "automation", "robot", "chatgpt"} & set(t.p.tokens) \
                and t.p.scores.get("outlook", 0.0) >= THRESHOLD:
            return None  # 'will AI hollow out compliance jobs like mine?' asks their future, not what is like them
        own = tuple(dict.fromkeys(r for m in t.p.own if not m.ambiguous for r in m.roles))
        if not named and len(own) == 1:
            return Understanding(similar, own)  # 'what else could I do with my nursing background'
        if not named and job and job in (t.session.focus or (job,)):
            return Understanding(similar, (job,))  # "I'm a nurse" ... 'what else could I do?'
        if t.resolved or t.ambiguous or t.p.unknown_role or t.session.focus or not t.p.content:
            return self._about(similar, t)
        return None

    # 'would I earn more', 'a step down in pay', 'better prospects than': the person's job against the target.
    MORE_OR_LESS = frozenset({"more", "less", "better", "worse", "higher", "lower", "than", "step"})
    NEAR = 5   # the comparing word stands this close to the target ('pay more', 'make more as a data analyst')

    @staticmethod
    def _i_earn_more(tokens: tuple[str, ...]) -> bool:
        """'would i earn less?', 'will I make more': the person's own pay against the jobs named."""
        return any(tokens[i] == "i" and tokens[i + 1] in ("earn", "make", "get") and set(tokens[i + 2:i + 4])
                   & {"more", "less", "better", "worse"} for i in range(len(tokens) - 2)) \
            or any(tokens[i:i + 2] == ("i", "be") and set(tokens[i + 2:i + 4]) & {"better", "worse"}
                   and tokens[i + 3:i + 4] in (("paid",), ("off",)) for i in range(len(tokens) - 3))  # 'be better paid'

    MY_PAY = frozenset(("my", noun) for noun in ("salary", "pay", "wage", "wages", "income", "earnings"))

    def compare_with_own_job(self, t: Turn) -> Understanding | None:
        """'I'm a chef, would a food service manager job pay more?': the person's own job is compared with the
        target on the topic asked (LABELS.md: the own job is labelled only when it is compared)."""
        own = tuple(dict.fromkeys(r for m in t.p.own if not m.ambiguous for r in m.roles if r not in t.resolved))
        tokens = t.p.tokens
        said = set(tokens)
        job = t.session.current_job
        # (the word pairs only where a rule below can use them: one job asked about, and a job of theirs)
        pairs = set(zip(tokens, tokens[1:], strict=False)) if len(t.resolved) == 1 and (own or job) else set()
        my_pay = bool(pairs & self.MY_PAY) and bool(said & COMPARE_JOINS)  # 'how does my salary compare with X'
        if not own and job and job not in t.resolved and len(t.resolved) == 1 and not t.p.mentions[1:] \
                and (self._i_earn_more(tokens) or my_pay):
            return Understanding("compare", (job,) + t.resolved, "salary")  # 'would I be better paid as a DS?'
        if len(own) == 1 and len(t.resolved) == 1 and my_pay:
            # "I'm a revenue officer at KRA. How does my salary compare with a data analyst's?"
            return Understanding("compare", own + t.resolved, "salary")
        if len(own) == 1 and 2 <= len(t.resolved) <= 3 and t.aspect == "salary" and self._i_earn_more(tokens):
            # 'teacher ... thinking about instructional design or data analyst. would i earn less?'
            return Understanding("compare", own + t.resolved, t.aspect)
        if len(own) != 1 or len(t.resolved) != 1:
            return None
        if said & DIFFERENCE_WORDS and (said & {"me", "mine"} or pairs & {("my", "job"), ("i", "do")}):
            return Understanding("compare", own + t.resolved, t.aspect)  # 'what does a detective do differently
            # from me?', 'the difference between my job and a fundraising manager's'
        if t.aspect not in ("salary", "outlook") or t.topic == "getting_started":
            return None
        target = next((m for m in t.p.mentions if t.resolved[0] in m.roles), None)
        near = [i for i in range(max(0, target.start - self.NEAR), min(len(tokens), target.end + self.NEAR))
                if tokens[i] in self.MORE_OR_LESS] if target is not None else []
        if not near or all(tokens[i + 1:i + 2] in (("abroad",), ("overseas",)) or (
                tokens[i + 1:i + 2] == ("in",) and t.p.places) for i in near):
            return None  # 'brewer here, is data engineer salary better in Poland?': places weighed, not jobs
        return Understanding("compare", own + t.resolved, t.aspect)

    def topic_about_role(self, t: Turn) -> Understanding | None:
        if t.topic == "getting_started" and self._what_is_then_hearsay(t.p):
            return self._about("overview", t)  # 'what is a logistician, my teacher said i could become one'
        if t.topic and t.topic_score >= THRESHOLD:
            u = self._about(t.topic, t)
            return replace(u, also=t.also) if u.intent == t.topic and (u.roles or u.unknown_role) \
                and u.also != t.also else u  # (no copy when there is no second question to add)
        return None

    OWN_LICENCE = frozenset({"license", "licence", "licensure", "registration", "qualification", "qualifications",
                             "credentials"})
    RETAKEN = frozenset({"exam", "exams", "boards", "board", "test", "tests", "licensing"})

    def _own_licence(self, p: Parse) -> bool:
        """'will my licence count in Canada', 'do I have to write the exams again': the person's own licence to
        practise their job, with no other job pointed at ('will my degree help for it' asks about the job)."""
        said = set(p.tokens)
        if said & {"it", "that", "this", "them", "those", "these", "one"}:
            return False
        mine = any(a == "my" and b in self.OWN_LICENCE for a, b in zip(p.tokens, p.tokens[1:], strict=False))
        return mine or bool("again" in said and said & self.RETAKEN)

    REPORTING = frozenset({"said", "says", "say", "told", "tells", "thinks", "reckons", "mentioned", "suggested"})

    def _what_is_then_hearsay(self, p: Parse) -> bool:
        """'what is a X, <someone> said I could become one': the question is what the job is; becoming it is what
        someone else said, not asked."""
        tokens = p.tokens
        opens = tokens[:3] in (("what", "is", "a"), ("what", "is", "an")) or tokens[:2] in (("whats", "a"),
                                                                                             ("whats", "an"))
        first = min(p.mentions + p.own, key=lambda m: m.start, default=None)
        become = [i for i, w in enumerate(tokens) if w in ("become", "becoming")]
        return opens and first is not None and first.start <= 3 and bool(become) and all(
            self.REPORTING & set(tokens[max(0, i - 5):i]) for i in become)

    def bare_role(self, t: Turn) -> Understanding | None:
        """A role name and no question: what it is, or the previous question on a follow-up ('and X?')."""
        if not (t.resolved or t.ambiguous):
            return None
        intent = "getting_started" if self._moving(t) else "overview"
        # 'and EMTs?', 'DA?', 'same for DE pls' after a question about another role: the same question.
        only_roles = (len(t.p.content) <= 2 or t.follow_up) and not t.listed and not self._defining(t)
        if only_roles and self.kinds.get(t.session.last_intent or "") in ROLE_INTENT_KINDS \
                and (t.resolved != t.session.focus or t.follow_up):
            intent = t.session.last_intent or intent
        elif t.follow_up and t.session.last_intent == "compare" and len(t.resolved) == 1 and t.session.focus \
                and t.resolved[0] not in t.session.focus and len(t.p.content) <= 3 \
                and {"from", "than", "vs", "versus", "with"} & set(t.p.tokens):
            # 'How does it differ from a BI analyst?' ... 'And from a data engineer?': the same comparison
            return Understanding("compare", (t.session.focus[0],) + t.resolved, t.session.last_aspect)
        elif only_roles and t.follow_up and t.session.last_intent == "compare" and len(t.resolved) == 1 \
                and t.p.resolved == t.resolved and t.resolved[0] not in t.session.offered + t.session.focus \
                and self.kinds.get(t.session.last_aspect or "") == "topic" and not t.p.tools_named \
                and not {"from", "than", "vs", "versus", "with"} & set(t.p.tokens):  # 'and from DE' compares on
            intent = t.session.last_aspect or intent  # 'and pay?' compared two, then 'what about ATCs': their pay
        return self._about(intent, t)

    def _kind_in_talk(self, m: RoleMention, p_tokens: tuple[str, ...], session: Session) -> str:
        """A title several occupations share, read as the one of them the conversation is about: 'the social
        worker one' after hospice (healthcare) social workers were compared, not the kind BLS counts most."""
        role = m.roles[0]
        pointing = (m.start and p_tokens[m.start - 1] in ("the", "that", "this")) \
            or p_tokens[m.end:m.end + 1] == ("one",)
        if not m.official or role in session.recent or not pointing:
            return role  # 'what about health informatics specialist': a job of its own, not the one in the talk
        talked = [r for r in self.index.titled_kinds(m.words) if r in session.recent]
        return talked[0] if len(talked) == 1 else role

    def _supervisor_asked(self, p: Parse, session: Session, ambiguous: RoleMention | None) -> str | None:
        """The supervisors a supervisor word without the workers' name asks about: of the person's own job, else
        of the jobs discussed, the latest first."""
        if ambiguous is not None or len(p.mentions) > len(p.own):
            return None  # another job named: 'dispatcher vs supervisor' is not asked about here
        return self._supervisor_in_context(session, [r for m in p.own if len(m.roles) == 1 for r in m.roles])

    def _supervisor_in_context(self, session: Session, own: Sequence[str] = ()) -> str | None:
        """The first-line supervisors of the own job (said now, else before), else of the jobs discussed, the
        latest first: 'would a supervisor earn more' after a splicer's trade and a NOC job is about the splicers'
        supervisors (computer jobs have none of their own in the SOC)."""
        jobs = list(own) + ([session.current_job] if session.current_job else []) + list(session.focus[::-1]) \
            + list(session.recent[::-1])
        return next((boss for job in jobs if (boss := self.index.supervisor_of(job))), None)

    @staticmethod
    def _becomes_a_lead(p: Parse) -> bool:
        """'how does a regular ML engineer become a lead?', 'moving up to lead': the job's lead is asked about."""
        m = p.mentions[0]
        after = p.tokens[m.end:]
        return any(a in ("become", "becoming", "to", "into") and b in ("a", "the") and c == "lead"
                   for a, b, c in zip(after, after[1:], after[2:], strict=False)) \
            or any(a in ("become", "becoming", "to") and b == "lead" for a, b in zip(after, after[1:], strict=False))

    @staticmethod
    def _defining(t: Turn) -> bool:
        """'and what's MLOps engineer?': the role is asked to be defined, whatever was asked before."""
        first = t.p.mentions[0].start if t.p.mentions else None
        if first is None:
            return False
        before = [w for w in t.p.tokens[max(0, first - 3):first] if w not in ("a", "an", "the")]
        last = t.p.mentions[-1].end
        # 'analytics engineer is what?', 'ML architect is what ah': the word order of many Asian Englishes
        return before[-2:] == ["what", "is"] or t.p.tokens[last:last + 2] == ("is", "what")

    @staticmethod
    def _moving(t: Turn) -> bool:
        """'nurse to data analyst', 'i'm a bank teller. data analyst?', 'teacher to instructional designer': the
        person's own job beside a role and no question asks how to get from one to the other."""
        first = t.p.mentions[0].start if t.p.mentions else None
        if _hire_asked(t.p):
            return False  # 'i own a plumbing company ... should i hire a data analyst': they hire, they don't move
        if first is not None and any(o.end <= first for o in t.p.own):
            between = t.p.tokens[max(o.end for o in t.p.own if o.end <= first):first]
            # 'tug deckhand, what is mlops': what the role is, asked by someone with a job
            return not ("whats" in between or ("what", "is") in zip(between, between[1:], strict=False))
        a = t.p.ambiguous
        return a is not None and first is not None and a.end <= first and bool(
            TARGET_WORDS & set(t.p.tokens[a.end:first]))

    def unknown_occupation(self, t: Turn) -> Understanding | None:
        unknown = t.p.unknown_role
        if unknown and (t.topic or not t.p.content or list(t.p.content) == unknown.split()):
            return Understanding(t.topic or "overview", unknown_role=unknown)
        return None

    def role_nouns_only(self, t: Turn) -> Understanding | None:
        """'roles', 'all jobs?'"""
        tokens = set(t.p.tokens)
        if tokens & ROLE_NOUNS and tokens <= ROLE_NOUNS | LIST_WORDS:
            return Understanding("list_roles")
        return None

    def chatter(self, t: Turn) -> Understanding | None:
        for kind in ("greeting", "thanks", "help", "list_roles"):
            name, score = self.best(t.p.scores, (kind,))
            if kind == "greeting" and t.p.question and t.p.scores.get("help", 0.0) >= score >= THRESHOLD:
                continue  # 'Hello, what can this assistant help me with?': the question after the hello
            if kind == "help" and score < self.LIST_OR_HELP and len(t.p.content) > 2:
                continue  # 'my neural net won't converge, help': not a question about the bot
            # A greeting opens a message: 'translate hello into french' is not one.
            if name and score >= THRESHOLD and (kind != "greeting" or self._opens_with(name, t.p.tokens)
                                                or t.p.first.get(name) == 0):  # 'sabah el kheir ya jama3a'
                return Understanding(name)
        return None

    def tools_in_context(self, t: Turn) -> Understanding | None:
        """'spark or flink?' after a question about a role asks which tools that role uses."""
        if t.p.tools_named and not t.resolved and t.session.focus and t.topic_score < STRONG \
                and self.kinds.get(t.session.last_intent or "") in ROLE_INTENT_KINDS:
            return Understanding("tools", t.session.focus)
        return None

    # 'what about smth with AI? AI job for someone who isnt a math nerd': jobs of a field asked for, not a topic of
    # the job talked about
    FIELD_JOBS = frozenset({("ai", "job"), ("ai", "role"), ("ai", "career"), ("with", "ai"), ("in", "ai"),
                            ("data", "job"), ("tech", "job"), ("tech", "role"), ("ai", "position")})

    def _field_jobs_asked(self, p: Parse) -> bool:
        """No job named, and jobs of a field asked for ('smth with AI', 'any AI roles')."""
        return not p.mentions and bool(self.FIELD_JOBS & set(zip(p.tokens, p.tokens[1:], strict=False)))

    def topic_follow_up(self, t: Turn) -> Understanding | None:
        if t.topic and t.follow_up and t.session.focus:
            if self._field_jobs_asked(t.p):
                return Understanding("recommend")
            return Understanding(t.topic, t.session.focus)
        return None

    # --- helpers -----------------------------------------------------------------------------

    def _opens_with(self, intent: str, tokens: tuple[str, ...]) -> bool:
        keywords = self.intents.intents[intent].keywords
        # 'good morning, ...', or a short message that is only an introduction: 'im maya 16 from ohio'
        introduction = tokens[:2] in (("i", "am"), ("my", "name"))
        return len(tokens) <= 3 or tokens[0] in keywords or tokens[0] == "good" or (
            introduction and len(tokens) <= 8 and not set(tokens) & self.question_words)

    SECTORS = frozenset({"government", "sector", "public", "private", "govt", "gov", "nonprofit", "ngo", "council"})
    INDUSTRY_ASKING = frozenset({"which", "what", "who", "hire", "hiring", "hires", "employ", "employs", "employer",
                                 "employers", "industry", "industries", "where", "sectors", "work", "job", "jobs",
                                 "role", "roles", "vacancy", "vacancies", "opening", "openings"})

    def _sector_as_place(self, p: Parse) -> Mapping[str, float]:
        """'how much does an architect make in the public sector', 'what does a data analyst do in government':
        the sector is where the question applies, like a country, not a question about industries; 'which
        sectors hire them', 'who employs them besides the police' still ask it."""
        scores = p.scores
        industries = scores.get("industries", 0.0)
        said = p.tokens
        placed = any(t == "in" and set(said[i + 1:i + 4]) & self.SECTORS for i, t in enumerate(said))
        if not placed or industries < THRESHOLD or set(said) & self.INDUSTRY_ASKING - {"what"} \
                or ("what", "sector") in zip(said, said[1:], strict=False):
            return scores
        other = max((v for k, v in scores.items() if self.kinds.get(k) == "topic" and k != "industries"),
                    default=0.0)
        if other < THRESHOLD:
            return scores
        return {**scores, "industries": min(industries, other - 0.5)}

    PLURAL_REFERENCES = frozenset({"they", "them", "both", "each", "those", "these", "two", "either", "all"})

    def _one_of_them(self, said: set[str]) -> bool:
        """'it' and no word for several: after a comparison, a question about one of the roles compared."""
        return "it" in said and not said & self.PLURAL_REFERENCES

    def _about(self, intent: str, t: Turn) -> Understanding:
        """A question about one or more roles: from the message, a clarification, or the context."""
        if t.resolved:
            return Understanding(intent, t.resolved)
        if t.ambiguous:
            return Understanding(intent, (), None, t.ambiguous.roles)
        if t.p.unknown_role:
            return Understanding(intent, unknown_role=t.p.unknown_role)
        if t.session.unknown_role:  # 'prompt engineer, what is it?' then 'is that even a real job?'
            return Understanding(intent, unknown_role=t.session.unknown_role)
        if t.session.current_job and self._own_licence(t.p):
            # 'will my ARCON registration count in Canada?' after AI engineers: their own job's licence, not the
            # job just discussed
            return Understanding(intent, (t.session.current_job,))
        if t.session.focus:  # after comparing their own job with a target, a question is about the target
            said = set(t.p.tokens)
            focus = self._targets(t.session.focus, t.session, said, intent)
            if t.session.last_intent == "compare" and len(focus) == 2 and self._one_of_them(said):
                # 'outlook for it?' after 'how does it compare to being a librarian': the first; 'how do I start
                # with it?' after 'teacher now, thinking of data analyst, difference in pay?': where they would go,
                # named after where they are
                focus = focus[1:] if intent == "getting_started" else focus[:1]
            return Understanding(intent, focus)
        if t.session.current_job and intent not in ("getting_started", "overview") and (
                not t.p.strange or t.p.scores.get(intent, 0.0) >= STRONG):
            # 'tour guide in Munich here' then 'what skills should I build to stay relevant', 'is AI going to
            # replace guides like me?': about their job
            return Understanding(intent, (t.session.current_job,))
        if intent == "overview" or t.p.strange:  # 'what do I do?', 'valorant rank tips': not about a job
            return Understanding("unknown")
        return Understanding(intent, needs_role=True)


def own_kind(m: RoleMention) -> tuple[str, ...]:
    """The person's own job from its mention. A word of several O*NET kinds ('I'm a teacher') is taken as the
    first, most common kind, and the answer says so: dropping it would lose what carries over from their job.
    A curated word ('analyst') stays unresolved: its kinds are the targets people ask about."""
    if not m.ambiguous:
        return m.roles
    return m.roles[:1] if all(r.startswith("onet:") for r in m.roles) else ()


def _on_focus(known: list[str], session: Session) -> list[str]:
    """Of several jobs in the conversation a word may mean, the ones the talk is on now (all when none is)."""
    if len(known) < 2:
        return known
    return [r for r in known if r in session.focus] or known


def _relatives_job(p: Parse, m: RoleMention) -> bool:
    """The mention is the job of the person they ask for: 'my daughter is a pharmacy tech', 'my grandson is a
    junior data analyst'."""
    return bool(set(p.tokens[max(0, m.start - 7):m.start]) & ASKED_FOR
                and set(p.tokens[max(0, m.start - 4):m.start]) & {"is", "s", "was", "works", "been"})


def _asking_pair(p: Parse) -> bool:
    """Two words in a row that ask ('can i', 'what does', 'how much'), wherever they stand in the message."""
    return bool(ASKING_PAIRS & set(zip(p.tokens, p.tokens[1:], strict=False)))


def _settled_by_context(p: Parse, session: Session) -> Parse:
    """Ambiguous words the conversation settles: 'is that more than what a teacher earns?' from a secondary school
    teacher names their kind ('carry over from teaching' stays their background); 'should the first hire be an
    analyst or an engineer?' after a data analyst and a data engineer were compared names those two."""
    # (one job in focus settles it too: 'can i get a junior analyst job without a degree?' after a data analyst)
    focus = set(session.focus)
    settled: dict[int, str] = {}
    for m in p.mentions:
        # (the person's own job counts: 'the outlook for PTs' from a personal trainer)
        sense = next((s for s in senses_of(m) if any(r == s[0] or (s[2] and r.startswith(s[2]))
                                                     for r in (*session.recent, session.current_job) if r)), None)
        if sense and m.roles != (sense[0],):
            # 'and how long before he's a captain?' after airline pilots: the captain flies; 'no sorry i meant a
            # painter' after a plasterer: the one who paints walls
            settled[m.start] = sense[0]
            continue
        if not m.ambiguous or p.tokens[max(0, m.start - 1)] in SOURCE_WORDS:
            continue
        if session.current_job in m.roles and not session.job_taken_from:
            settled[m.start] = session.current_job
        elif len(focus & set(m.roles)) == 1:
            settled[m.start] = next(iter(focus & set(m.roles)))
    if not settled:
        return p
    mentions = tuple(replace(m, roles=(settled[m.start],)) if m.start in settled else m for m in p.mentions)
    return replace(p, mentions=mentions, ambiguous=next((m for m in mentions if m.ambiguous), None),
                   resolved=tuple(dict.fromkeys(r for m in mentions if not m.ambiguous for r in m.roles)))


def _all_compared(group: tuple[str, ...], p: Parse, session: Session) -> tuple[str, ...]:
    """'which pays most', 'out of all 3 which is easiest' after three roles were compared and some of them looked
    at since: all of those compared, not only the ones in focus."""
    offered = session.offered
    if len(offered) >= 3 and set(group) <= set(offered) and ALL_OF_THEM & set(p.tokens):
        return offered
    return group


def next_session(session: Session, u: Understanding, offered: tuple[str, ...] = ()) -> Session:
    """The context after answering ``u``; ``offered`` is what the answer offered to pick from."""
    after = _next_session(session, u, offered)
    if u.weighing:  # the jobs they weigh join the recent ones, before the one asked about
        weighed = tuple(r for r in u.weighing if r not in u.roles)
        recent = tuple(r for r in after.recent if r not in weighed and r not in u.roles) + weighed + tuple(
            r for r in after.recent if r in u.roles)
        after = replace(after, recent=recent[-RECENT_ROLES:])
    # The questions listed stay while the talk stays on their roles ('in the Netherlands?', then 'and the third?')
    same_roles = set(u.roles) <= set(session.focus)
    questions = u.questions or (session.questions if same_roles else ())
    return after if after.questions == questions else replace(after, questions=questions)


def _next_session(session: Session, u: Understanding, offered: tuple[str, ...]) -> Session:
    if u.unknown_role and not u.roles and not u.candidates:
        # The answer was about no known role: the roles before it are no longer what 'it' and 'pay?' mean.
        return replace(session, focus=(), pending=None, last_intent=u.intent, unknown_role=u.unknown_role)
    if (u.roles or u.candidates) and session.unknown_role:  # (a copy only when there is one to clear)
        session = replace(session, unknown_role="")
    if u.candidates:
        pending = Pending(u.intent, u.candidates, u.aspect, u.known, u.slot)
        return replace(session, pending=pending, offered=u.candidates, last_intent=u.intent)
    if u.intent == "recommend":
        # 'what does that job do?', 'pay in pesos' next ask about the first suggestion; 'the second one' picks.
        focus = u.roles[:1] or session.focus
        return replace(session, pending=None, offered=u.roles[:3], last_intent=u.intent, focus=focus)
    if u.intent == "compare" and len(u.roles) > 1:
        chained = session.last_intent == "compare" and len(u.roles) == 2 and session.offered[:1] == u.roles[:1] \
            and u.roles[1] not in session.offered
        # 'the second one' then picks from the roles compared, in order; one job weighed against several in turn
        # ('different from a data architect?' ... 'and from an AI architect?') keeps them all for 'which of the three'
        offered = offered or (session.offered + u.roles[1:] if chained else u.roles)
    if offered:  # 'number 2' then picks from the list shown
        return session.remember(u.intent, u.roles, u.aspect, offered=offered)
    if u.roles:
        return session.remember(u.intent, u.roles, u.aspect)
    if u.aside and not session.focus:  # a job named in passing is what 'is it worth it' then means
        session = replace(session, focus=u.aside, recent=(tuple(r for r in session.recent if r not in u.aside)
                                                            + u.aside)[-RECENT_ROLES:])
    if u.intent in CHATTER:
        return replace(session, pending=None)
    return replace(session, pending=None, last_intent=u.intent)


def _plural(p: Parse, m: RoleMention) -> bool:
    """The job typed in the plural ('and for exterminators in canada'): people of the job, not the person."""
    typed, read = p.raw[m.end - 1], p.tokens[m.end - 1]
    return typed.endswith("s") and not read.endswith("s")
