"""What a person says they are good at, read as O*NET's skills and knowledge; what they say their body can't do.

'good talkin to people, i fix small stuff on my rig, i know the road and DOT rules' names Customer and Personal
Service, Repairing and Mechanical, Public Safety and Security and Transportation: O*NET rates how important each is
to every occupation it rates (1 not important ... 5 extremely important), so 'which of dispatcher, logistics
coordinator or diesel mechanic suits me?' can be answered from the ratings of what the person named, each shown
as O*NET states it. No figure is made of them (no average): the pick is the job that rates most of what they named
as very important (3.5 or more, 4 and up once rounded to O*NET's scale points).

O*NET's work-context ratings (how physical a job is) are not in the data we ship; for a bad back the answer quotes
the task statements that mention lifting, loading or heavy work, and never reads their absence as light work.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .official import Occupation


@dataclass(frozen=True)
class Ability:
    label: str                      # how the answer says it back ('talking to people')
    pattern: re.Pattern[str]        # the person's words for it
    elements: tuple[str, ...]       # O*NET skill and knowledge names (Skills.txt, Knowledge.txt)


def _ability(label: str, pattern: str, *elements: str) -> Ability:
    return Ability(label, re.compile(pattern, re.IGNORECASE), elements)


ABILITIES: tuple[Ability, ...] = (
    _ability("talking to people",
             r"\b(?:talk\w*|talkin|deal\w*|chat\w*|good|great)\s+(?:to|with)\s+(?:people|ppl|customers|clients|"
             r"patients|the public|folks|strangers)\b|\bpeople(?:'?s)? (?:person|skills)\b|"
             r"\bcustomer[- ](?:service|care|facing)\b|\bcommunicat\w*\b",
             "Customer and Personal Service", "Speaking", "Social Perceptiveness", "Service Orientation"),
    _ability("helping people", r"\bhelp(?:ing)? (?:people|others|patients|kids|children|students|customers)\b|"
                               r"\bcar(?:e|ing) for (?:people|others|patients)\b",
             "Service Orientation", "Social Perceptiveness", "Therapy and Counseling"),
    _ability("fixing things", r"\b(?:fix|fixing|fixin|fixes|repair|repairs|repairing|mend\w*|tinker\w*|wrench\w*|"
                              r"troubleshoot\w*)\b|\bmechanical(?:ly)?\b|\bgood with (?:my )?hands\b|"
                              r"\bwork(?:ing)? with (?:my )?hands\b",
             "Repairing", "Equipment Maintenance", "Troubleshooting", "Mechanical"),
    _ability("knowing the rules", r"\b(?:rules|regulations?|regs|compliance|dot|fmcsa|osha|legislation|"
                                      r"laws)\b",
             "Law and Government", "Public Safety and Security"),
    _ability("knowing the road", r"\b(?:the road|roads|routes?|routing|transport\w*|freight|shipping|"
                                       r"trucking|fleet)\b",
             "Transportation", "Geography"),
    _ability("numbers", r"\b(?:numbers|maths?|mathematics|calculations?|arithmetic|statistics|stats)\b",
             "Mathematics"),
    _ability("computers", r"\b(?:computers?|laptops?|pcs|gadgets|tech stuff|it stuff|spreadsheets?|excel)\b",
             "Computers and Electronics"),
    _ability("coding", r"\b(?:coding|programming|python|javascript|scripting)\b", "Programming"),
    _ability("organising and planning", r"\b(?:organi[sz](?:e|ing|ed|ation)|planning|planned|schedul\w*|deadlines?|"
                                        r"rotas?|"
                                        r"rosters?|rostering|timetables?|"
                                        r"coordinat(?:e|ing)|multitask\w*|juggl\w*)\b",
             "Time Management", "Coordination", "Management of Material Resources"),
    _ability("leading people", r"\b(?:lead|leading|manage|managing|supervise|supervising|run|running) (?:people|"
                               r"a team|teams|team of|staff|crews?|a crew|the (?:team|crew|shift|ward|floor))\b|"
                               r"\bleadership\b|\ba team of \d+",
             "Management of Personnel Resources", "Coordination", "Administration and Management"),
    _ability("teaching and explaining", r"\b(?:teach\w*|explain\w*|mentor\w*|coach\w*|train(?:s|ed|ing)? "
                                        r"(?:people|others|new|every new|staff|colleagues|juniors|the new|soldiers|"
                                        r"troops|recruits|apprentices|my (?:team|crew|soldiers|guys)))\b",
             "Instructing", "Education and Training", "Learning Strategies"),
    _ability("keeping records", r"\b(?:kept|keep(?:s|ing)?|maintain(?:s|ed|ing)?|do(?:ing)?|did) (?:the |all the |"
                                r"our )?(?:records|paperwork|logs|files|filing|books)\b|\brecord[- ]?keeping\b|"
                                r"\bpaperwork\b|\bdata entry\b",
             "Administrative"),
    _ability("writing", r"\b(?:writing|writer|editing|documentation)\b", "Writing", "English Language"),
    _ability("selling", r"\b(?:sell\w*|sales|negotiat\w*|persuad\w*|persuasion)\b",
             "Sales and Marketing", "Persuasion", "Negotiation"),
    _ability("money and accounts", r"\b(?:finance|financial|accounting|bookkeeping|budgets?|invoic\w*|payroll)\b",
             "Economics and Accounting", "Management of Financial Resources"),
    _ability("science", r"\b(?:science|biology|chemistry|physics|lab work)\b",
             "Science", "Biology", "Chemistry", "Physics"),
    _ability("patient care", r"\b(?:patients?|nursing|clinical|bedside)\b",
             "Medicine and Dentistry", "Therapy and Counseling"),
    _ability("design and drawing", r"\b(?:design(?:ing)?|drawing|sketch\w*|creative)\b", "Design", "Fine Arts"),
    _ability("building things", r"\b(?:construction|carpentry|woodwork\w*|building (?:things|stuff|houses))\b",
             "Building and Construction"),
    _ability("languages", r"\b(?:bilingual|trilingual|languages|translat\w*|interpret(?:ing|er))\b",
             "Foreign Language"),
    _ability("solving problems", r"\bproblem[- ]solv\w*|\b(?:solv(?:e|ing)|sort(?:ing)?(?: out)?) problems\b|"
                                 r"\bpuzzles?\b|"
                                 r"\bfigur\w* (?:things|stuff) out\b",
             "Complex Problem Solving", "Critical Thinking"),
    _ability("running machines", r"\b(?:operat\w*|running|driving) (?:machines|machinery|equipment|forklifts?|"
                                 r"cranes?|heavy equipment)\b",
             "Operation and Control", "Operations Monitoring"),
    # ('baking' is a trade's own word: bakers, not every job rating food production)
    _ability("cooking", r"\b(?:cooking|kitchen)\b", "Food Production"),
    _ability("pricing and ordering", r"\b(?:pric(?:e|ed|es|ing) (?:the |up |out )?(?:jobs?|work|quotes?)|pricing|"
                                     r"costing|quot(?:es|ing)|estimat(?:es|ing)|ordering|stock ?(?:control|taking)|"
                                     r"stocktak\w*|inventory|purchasing|procurement|buying)\b",
             "Management of Material Resources", "Management of Financial Resources", "Economics and Accounting"),
)
# O*NET's importance scale: 1 not important, 2 somewhat, 3 important, 4 very, 5 extremely important. A rating of
# 3.5 or more rounds to 'very important' or above.
VERY_IMPORTANT = 3.5

# A body that can't take heavy work: 'my back is shot', 'bad knees', "can't lift anymore".
PHYSICAL_LIMIT = re.compile(
    r"\b(?:bad|shot|hurt|injured|sore|weak|dodgy|knackered|messed up|wrecked|busted|broken|slipped|herniated|bum)\s+"
    r"(?:lower )?(?:back|knees?|hips?|shoulders?|joints|disc|feet|ankles?|wrists?|neck)\b|"
    r"\b(?:back|body|knees?|hips?|shoulders?|neck)'s (?:gone|done|shot|wrecked|busted|knackered|finished|bad)\b|"
    r"\b(?:knees?|feet|back|hips?|shoulders?|joints) (?:and \w+ )?(?:are|is) (?:finished|knackered|ruined|destroyed|"
    r"done for|gone)\b|"
    r"\b(?:back|knees?|hips?|shoulders?|joints|feet|ankles?|wrists?|neck)\s+(?:is|are|r|was|been|got|gets|"
    r"keep)\s+(?:\w+\s+)?(?:shot|bad|hurt|hurting|injured|sore|weak|done|gone|going|wrecked|busted|killing me|"
    r"messed up|giving out|aching)\b|"
    r"\b(?:back|knees?|hips?|shoulders?|joints|feet|ankles?|wrists?|neck)\s+(?:hurts?|hurting|aches?|aching|gone|"
    r"shot|done|wrecked|busted|knackered|(?:are|is) killing me)\b|"
    r"\b(?:back|knees?|hips?|shoulders?|joints|feet|ankles?|wrists?|neck)\s+(?:hurts?|hurting|aches?|aching|"
    r"(?:are|is) killing me)\b|"
    r"\b(?:back|knee|hip|shoulder|joint|foot|feet|ankle|wrist|neck) (?:pain|injury|injuries|problems?|issues?|"
    r"surgery)\b|"
    r"\bcan'?t (?:lift|carry|kneel|crouch|bend|stand (?:all day|for long))\b", re.IGNORECASE)
# Task statements that say the body does the work: lifting, loading, climbing, kneeling ('load data' is no load).
PHYSICAL_TASK = re.compile(
    r"\b(?:lift(?:s|ing|ed)?(?! (?:mechanisms?|trucks?|gates?|stations?))|carr(?:y|ies|ying)|"
    # (not loads planned, measured or watched: 'consolidate loads', 'calculate load', 'server load', 'bus loading')
    r"(?<!consolidate )(?<!calculate )(?<!determine )(?<!verify )(?<!record )(?<!select )(?<!monitor )"
    r"(?<!observe )(?<!server )(?<!bus )(?<!transmission )(?<!product )"
    r"(?:un)?load(?:s|ing)?(?! (?:data|software|programs?|files?|the data|"
    r"balanc\w*|test\w*))|climb\w*|kneel\w*|crawl\w*|stoop\w*|heavy (?:objects|materials?|loads?|parts|equipment|"
    r"items|boxes|machinery)|hoists?|jacks|shovel\w*|digg?(?:s|ing)?)\b", re.IGNORECASE)


def abilities_in(text: str) -> tuple[str, ...]:
    """The labels of the abilities ``text`` names, in the table's order."""
    return tuple(a.label for a in ABILITIES if a.pattern.search(text))


# A clause said of oneself: 'i fix small stuff on my rig', 'im good talkin to people', 'good with numbers'.
_CLAUSE = re.compile(r"[^,.;!?\n]+")
_OF_SELF = re.compile(r"\b(?:i|i'?m|im|i am|me|my|myself)\b|^\s*(?:and |but |also )?(?:good|great|strong|decent)\b",
                      re.IGNORECASE)


# Who else a clause may be about: 'I planned convoys, he kept the records' (the records are his).
_OTHER_SUBJECT = re.compile(r"\b(?:you|u|he|she|they|it|we|does|do|did|is|are|can|could|would|should|will)\b",
                            re.IGNORECASE)
_SENTENCE_END = frozenset(".!?\n")
_YEARS_IN = re.compile(r"\b\d+\s*(?:yrs?|years?)\b", re.IGNORECASE)


def of_self_clauses(text: str) -> list[tuple[int, str]]:
    """(where it starts, clause) of each clause the person says of themselves ('i fix small stuff on my rig'), and
    of the clauses that go on listing after one in the same sentence ('I liked the planning part, routing loads,
    booking pickups')."""
    found, listing = [], False
    for m in _CLAUSE.finditer(text):
        clause = m.group(0)
        if _OF_SELF.search(clause) or (_YEARS_IN.search(clause) and not _OTHER_SUBJECT.search(clause)):
            found.append((m.start(), clause))  # ('12 yrs army, then logistics NCO': their years, their work)
            listing = True
        elif listing and not _OTHER_SUBJECT.search(clause):
            found.append((m.start(), clause))
        else:
            listing = False
        if m.end() < len(text) and text[m.end()] in _SENTENCE_END:
            listing = False
    return found


def said_of_self(text: str) -> tuple[str, ...]:
    """``abilities_in`` of the clauses the person says of themselves (not 'does a dispatcher talk to people?')."""
    found: dict[str, None] = {}
    for _, clause in of_self_clauses(text):
        found.update(dict.fromkeys(abilities_in(clause)))
    return tuple(a.label for a in ABILITIES if a.label in found)


# What a data or AI role's own words do mean: 'good with numbers' fits a Data Analyst's profile; 'good at sorting
# problems and running a team' matches a Data Manager's only by its words ('problems', 'team').
DATA_ABILITIES = frozenset({"numbers", "computers", "coding"})


def words_of_other_abilities(text: str) -> frozenset[str]:
    """The words of ``text`` that say an ability other than DATA_ABILITIES ('sorting', 'problems', 'team')."""
    return frozenset(w for a in ABILITIES if a.label not in DATA_ABILITIES for m in a.pattern.finditer(text)
                     for w in re.findall(r"[a-z]+", m.group(0).lower()))


def by_label(label: str) -> Ability | None:
    return next((a for a in ABILITIES if a.label == label), None)


def named(labels: Sequence[str]) -> list[Ability]:
    """The abilities of ``labels`` (a session's), in their order; labels the table no longer has are left out."""
    return [a for a in (by_label(label) for label in labels) if a is not None]


def ratings_of(occ: Occupation, abilities: Sequence[Ability]) -> list[tuple[str, str, float]]:
    """(ability label, O*NET element, importance) of each of ``abilities`` O*NET rates for ``occ``."""
    return [(ability.label, *found) for ability in abilities if (found := rating(occ, ability))]


def very_important(occ: Occupation, abilities: Sequence[Ability]) -> list[tuple[str, str, float]]:
    """``ratings_of`` those O*NET rates very important or more for ``occ``."""
    return [x for x in ratings_of(occ, abilities) if x[2] >= VERY_IMPORTANT]


def rating(occ: Occupation, ability: Ability) -> tuple[str, float] | None:
    """The element of ``ability`` that O*NET rates most important for ``occ``, with its importance; None when O*NET
    rates none of them for it (occupations without ratings)."""
    rated = {name: importance for name, importance, _ in occ.skills + occ.knowledge}
    found = [(rated[e], e) for e in ability.elements if e in rated]
    if not found:
        return None
    importance, element = max(found)
    return element, importance


def has_physical_limit(text: str) -> bool:
    return bool(PHYSICAL_LIMIT.search(text))


def physical_tasks(occ: Occupation) -> list[str]:
    """Its task statements that mention lifting, loading, climbing or heavy work: those that mention most of it
    first ('Raise trucks ... heavy parts ... jacks or hoists' before a list of hand tools ending in 'jacks'), then
    core tasks before the others, shorter first."""
    found = [(len(PHYSICAL_TASK.findall(task)), not core, len(task), task) for task, core in occ.tasks]
    return [f[3] for f in sorted((f for f in found if f[0]), key=lambda f: (-f[0], f[1], f[2]))]


# A question about how physical a job is: 'isnt it hard on ur back?', 'which one is easiest on the back?'.
PHYSICAL_ASKED = re.compile(
    r"\b(?:eas(?:y|ier|iest)|hard(?:er|est)?|tough(?:er|est)?|rough(?:er)?|better|worse|kind(?:er|est)?|"
    r"gentl(?:e|er|est)|heavy|bad|brutal|murder) (?:on|for) (?:the|my|your|ur|a|his|her|their) (?:back|body|"
    r"knees?|joints|hips?|shoulders?)\b|"
    r"\bphysical(?:ly)? (?:demanding|hard|tough|heavy|work|job|labou?r)\b|\b(?:is it|how) physical\b|"
    r"\bheavy lifting\b|\b(?:lots of|much|a lot of|any) lifting\b|\bon (?:my|your|ur) feet all day\b|"
    r"\bcrawling under\b|\b(?:a |an )?(?:desk|office|sit[- ]down|seated) (?:job|role|work)\b|"
    r"\b(?:lifting|carrying) (?:stuff|things|boxes|heavy)\b", re.IGNORECASE)
