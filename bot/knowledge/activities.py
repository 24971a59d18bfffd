"""What a person says they do in their job beyond its title, and the occupation whose everyday work that is.

'electrician, I'm the one who prices all our jobs', 'I train every new starter on the line', 'when the routing app
goes down I'm the one on the radio': the part of their work they are good at or love is, for someone else, the whole
job (Cost Estimators, Training and Development Specialists, Dispatchers). A search over every occupation's words
finds the person's trade instead (their story is full of it), and ratings of skills are too broad to tell an
estimator from an electrician; so the everyday ways of saying such work are listed here, each with the occupations
(O*NET codes, or a curated role) that do it all day. The answer quotes the occupation's own O*NET task statement
that says it, so the link is checked against the source, not asserted.

Only what the person says of themselves counts ('I price the jobs', not 'what's the price of a course').
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .abilities import of_self_clauses


@dataclass(frozen=True)
class Activity:
    label: str                       # how the answer says it back ('pricing jobs')
    pattern: re.Pattern[str]         # the person's words for it
    targets: tuple[str, ...]         # role ids of the occupations whose everyday work it is, best first
    task: re.Pattern[str]            # the words of the target's O*NET task statement that says it
    by_group: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # their SOC major group -> other targets


def _activity(label: str, pattern: str, targets: tuple[str, ...], task: str,
              by_group: Mapping[str, tuple[str, ...]] | None = None) -> Activity:
    return Activity(label, re.compile(pattern, re.IGNORECASE), targets, re.compile(task, re.IGNORECASE),
                    dict(by_group or {}))


HEALTH = ("29", "31")  # SOC major groups of health practitioners and health support
LANGUAGES = ("polish|russian|spanish|portuguese|french|german|arabic|hindi|urdu|tagalog|mandarin|chinese|cantonese|"
             "vietnamese|korean|japanese|italian|swahili|yoruba|igbo|hausa|zulu|xhosa|afrikaans|punjabi|tamil|bengali|"
             "romanian|ukrainian|turkish|farsi|persian|somali|amharic|sign language|bsl|asl")
ACTIVITIES: tuple[Activity, ...] = (
    _activity("pricing jobs", r"\b(?:pric(?:e|es|ed|ing) (?:up )?(?:all )?(?:the |our |my )?(?:jobs?|work)|"
                              r"quot(?:e|es|ed|ing)\b|estimat(?:es|ing)\b|take-?offs?\b|measur(?:e|es|ed|ing) up\b|"
                              r"costings?\b|tender(?:s|ing)\b)",
              ("onet:13-1051.00",), r"estimat|cost"),
    _activity("buying and ordering", r"\b(?:order(?:s|ing)? (?:all )?(?:the |our )?(?:stock|supplies|parts|chemicals|"
                                     r"food|materials)|ordering\b|buying\b|purchasing\b|procurement\b|suppliers?\b|"
                                     r"stock ?(?:control|takes?|taking)\b|inventory\b)",
              ("onet:13-1023.00", "onet:13-1022.00"), r"purchas|suppl|buy"),
    _activity("training new people", r"\b(?:train(?:s|ed|ing)? (?:up )?(?:all )?(?:the |our |every |each )?(?:new|"
                                     r"juniors?|apprentices|trainees|staff|starters|recruits|guys|drivers|people|"
                                     r"colleagues|team|soldiers|troops|crews?)|new starters\b|inductions?\b|"
                                     r"onboarding\b|"
                                     r"show(?:s|ing)? (?:the )?new (?:ones|guys|drivers|staff|people))",
              ("onet:13-1151.00",), r"\btrain"),
    _activity("routing and dispatching", r"\b(?:rout(?:es|ing)\b|dispatch\w*|on the radio\b|"
                                         r"schedul(?:e|es|ing) (?:the )?(?:drivers|crews|deliveries|runs|vehicles))",
              ("onet:43-5032.00",), r"dispatch|schedul|rout"),
    _activity("health and safety", r"\b(?:safety rep|health and safety|h ?& ?s\b|risk assessments?|safety officer|"
                                   r"osha\b|toolbox talks?|incident reports?)",
              ("onet:19-5011.00",), r"safety|hazard"),
    _activity("hiring and looking after staff", r"\b(?:interview(?:s|ing)? (?:people|staff|candidates|applicants)|"
                                                r"(?:do|does|doing) (?:all )?(?:the )?interviews|hiring\b|"
                                                r"recruit(?:ing|ment)\b|absence (?:meetings|management)|grievances?\b|"
                                                r"disciplinar(?:y|ies)\b)",
              ("onet:13-1071.00",), r"interview|recruit|employ|hire"),
    _activity("bookings and appointments", r"\b(?:(?:do|does|doing|take|takes|taking|handle|handles|book|books|"
                                           r"booking) (?:all )?(?:the |our |my )?(?:bookings?|appointments?)|"
                                           r"front desk\b|reception\b)",
              ("onet:43-4171.00",), r"appointment|schedul|reservation",
              {group: ("onet:43-6013.00",) for group in HEALTH}),
    # (for people or between languages: not 'translating business needs into dashboards'; speaking four languages
    # is what they can do, not work they do)
    _activity("translating", r"\b(?:translat(?:e|es|ing)|interpret(?:s|ing)?) for (?:the |our |my )?(?:patients|"
                             r"customers|clients|families|parents|people|colleagues|everyone|them|the others)\b|"
                             r"\b(?:translat\w*|interpret\w*) (?:from |into |to )?(?:" + LANGUAGES + r")\b",
              ("onet:27-3091.00",), r"translat|interpret"),
    _activity("fixing computers", r"\b(?:fix(?:es|ing)?|sort(?:s|ing)? out|set(?:s|ting)? up)\b[^.,;!?]{0,30}?\b(?:"
                                  r"computers?|pcs?|laptops?|printers?|scanners?|wi-?fi|network|tills?|the system)\b|"
                                  r"\b(?:it|tech) support\b|\bcalls? me when\b[^.,;!?]{0,40}?\b(?:computers?|pcs?|"
                                  r"printers?|scanners?|wi-?fi|network|tills?|system)\b",
              ("onet:15-1232.00",), r"computer|software|hardware"),
    _activity("knowing the building rules", r"\b(?:building (?:regs|regulations|codes?)|wiring regs|the regs\b|"
                                            r"(?:electrical|plumbing|fire) codes?|as ?3000\b|code compliance)",
              ("onet:47-4011.00",), r"inspect"),
    _activity("investigating", r"\binvestigat(?:e|es|ing|ions?)\b",
              ("onet:33-9021.00",), r"investigat"),
    _activity("security systems", r"\b(?:cctv|alarm (?:panels?|systems?)|alarms\b|access control)",
              ("onet:49-2098.00",), r"alarm|security"),
    _activity("teaching patients", r"\b(?:teach(?:es|ing)? (?:the )?(?:patients|families|the community|classes)|"
                                   r"health education|educat(?:e|es|ing) (?:the )?patients)",
              ("onet:21-1091.00",), r"educat|health"),
    _activity("assessing damage", r"\b(?:assess(?:es|ing)? (?:the )?damage|write[- ]?offs?|insurance (?:claims|jobs))",
              ("onet:13-1032.00",), r"damage|apprais|estimat"),
    _activity("knowing the parts", r"\b(?:part numbers?|parts counter|know (?:all |every )?(?:the )?parts)",
              ("onet:41-2022.00",), r"\bparts?\b"),
    _activity("advising on colours and decor", r"\b(?:colou?r schemes?|which colou?rs?|what colou?rs?|"
                                               r"interior design|decor(?:ating)? advice)",
              ("onet:27-1025.00",), r"design|colou?r"),
    _activity("planning loads and shipments", r"\b(?:plan(?:s|ned|ning)? (?:the )?(?:trailer )?(?:loads|shipments|"
                                              r"deliveries|convoys|moves|movements)|convoys?\b|shipments?\b|logistics\b|"
                                              r"supply chain\b)",
              ("onet:13-1081.00",), r"logist|shipment|supply"),
    _activity("clinical systems", r"\b(?:epic\b|cerner\b|ehr\b|emr\b|super-?user|clinical systems?|"
                                  r"patient records system)",
              ("onet:15-1211.01",), r"health|data|system"),
    _activity("keeping the books", r"\b(?:bookkeeping|(?:do|does|doing|keep|keeps|keeping) (?:the )?(?:books|"
                                   r"accounts)|invoic(?:es|ing)\b|payroll\b|petty cash|reconcil\w*)",
              ("onet:43-3031.00",), r"account|record|financial|bookkeep"),
    _activity("organising events", r"\b(?:organi[sz]\w* (?:all )?(?:the |our )?(?:events?|conferences?|weddings?|"
                                   r"parties|fundraisers?|functions)|event planning)",
              ("onet:13-1121.00",), r"event|meeting|conference"),
    _activity("selling", r"\b(?:upsell\w*|clos(?:e|es|ing) (?:the )?(?:sales|deals)|sales targets?)",
              ("onet:41-4012.00",), r"sell|sales|customer"),
    _activity("checking quality", r"\b(?:quality (?:checks?|control)|check(?:s|ing)? (?:the )?quality|\bqc\b|"
                                  r"inspect(?:s|ing)? (?:the )?(?:work|produce|crops|goods|vehicles|trucks))",
              ("onet:51-9061.00",), r"inspect|quality",
              {"45": ("onet:45-2011.00",), "47": ("onet:47-4011.00",), "53": ("onet:53-6051.00",)}),
    _activity("records and paperwork", r"\b(?:medical records|patient records|(?:the |all the )?(?:notes|charts|"
                                       r"paperwork|documentation)\b)",
              (), r"record|code|data", {group: ("onet:29-2072.00",) for group in HEALTH}),
    _activity("information governance", r"\b(?:gdpr|information governance|data protection|who can access)",
              ("data-governance-manager",), r"governance|polic"),
)


SOMEONE_ELSE = re.compile(r"\b(?:you|u|he|she|they|him|her|them|his|their|hers|theirs|(?:my|our) (?:son|daughter|"
                          r"kid|kids|child|wife|husband|partner|friend|mate|brother|sister|mum|mom|dad|boss|team|"
                          r"client|cousin|nephew|niece|grandson|granddaughter))\b", re.IGNORECASE)
QUESTION_WORDS = re.compile(r"\b(?:what|which|how|who|where|why|when|do|does|is|are|can|could|should|would)\b|\?",
                            re.IGNORECASE)
PUT_FORWARD = re.compile(r"\s*(?:so |ok |okay |and |but )?(?:what|how) about\b", re.IGNORECASE)


def activities_said(text: str) -> tuple[Activity, ...]:
    """The activities ``text`` says the person does ('I price all our jobs', 'the one who trains new starters'),
    in the order said; not those of a question about a job ('do estimators price jobs?')."""
    found: list[tuple[int, Activity]] = []
    # (and a kind of work they put forward for themselves: 'what about logistics, that's what I did')
    clauses = [(m.start(), m.group(0)) for m in re.finditer(r"[^,.;!?\n]+", text)]
    offered = [(start, clause) for start, clause in clauses if PUT_FORWARD.match(clause)]
    # (a message about nobody else says its subjectless clauses of the person: 'warehouse team leader, obsessed
    # with safety, always doing the risk assessments and toolbox talks')
    if not SOMEONE_ELSE.search(text):
        offered += [(start, clause) for start, clause in clauses if not QUESTION_WORDS.search(clause)]
    for start, clause in of_self_clauses(text) + offered:
        for activity in ACTIVITIES:
            hit = activity.pattern.search(clause)
            if hit and activity not in (a for _, a in found):
                found.append((start + hit.start(), activity))
    return tuple(a for _, a in sorted(found, key=lambda pair: pair[0]))


def targets_for(activity: Activity, own_group: str) -> tuple[str, ...]:
    """The occupations whose everyday work ``activity`` is, for someone whose job is in SOC major group
    ``own_group`` ('checking quality' on a farm is an agricultural inspector's work)."""
    return activity.by_group.get(own_group, activity.targets)
