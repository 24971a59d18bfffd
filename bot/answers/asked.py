"""What a person's words ask, beyond the intent (issue #13): the patterns that pick the sub-question.

``direct.Direct`` tries them in order; each answer module reads the ones of its kind. Patterns compile on
first search.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.recommend import _terms
from ..normalise import LazyPattern

TOPICS = ("overview", "responsibilities", "skills", "education", "tools", "salary", "outlook", "industries",
          "getting_started")
FIGURE_INTENTS = ("salary", "outlook", "compare")


def _rx(pattern: str) -> LazyPattern:
    """A case-blind pattern of the answers, compiled on first search."""
    return LazyPattern(pattern, re.IGNORECASE)


# The sub-questions, tried in order; each names the intents it refines (None: any).
BOT_QUESTIONS = (
    ("bot_person", _rx(r"\b(?:real (?:person|human)|are you (?:a |an )?(?:human|person|bot|robot|real|ai)\b|"
                       r"talking to (?:a |an )?(?:bot|human|person|machine))")),
    ("bot_built", _rx(r"\b(?:built|made|programmed|powered|running|based|trained) (?:on|with|in|by)\b|"
                      r"\bwhat are you\b|\b(?:are|r|is) (?:you|u|this|it) (?:just |using |on |an? )?(?:chatgpt|gpt|"
                      r"llm|language model|openai)\b|\b(?:do|does) (?:you|u|it|this) use (?:chatgpt|gpt|an? llm|"
                      r"a language model|openai)\b|\b(?:like|than|vs\.?|or) (?:chatgpt|gpt)\W*$|"
                      r"\bwho (?:made|built|wrote) you\b")),
    ("bot_know", _rx(r"\bhow do(?:es)? (?:you|u|it) know\b|\bwhere do(?:es)? (?:you|u|ya|it) get\b|"
                     r"\b(?:your|ur|yr) (?:sources?|data|numbers|figures|info|information|stats)\b")),
    ("bot_unhelpful", _rx(r"\b(?:not|isn'?t|wasn'?t|aren'?t|not very|un) ?helpful\b|\buseless\b|\bdoesn'?t help\b|"
                          r"\bnot what i (?:asked|meant|wanted)\b|\bnot (?:an )?answer\b")),
)
HOURLY = _rx(r"\b(?:hourly|per hour|an hour|by the hour)\b")
FREELANCE = _rx(r"\b(?:freelanc\w*|contractors?|consultants?|rates?|charge\w*)\b")
# 'Realistically, how does their pay compare?': the adverb opening another question asks no realism of its own.
REALISTICALLY = r"realistically(?!,? (?:how|what|which|when|where|who)\b)"
FIGURE_QUESTIONS = (
    ("figure_mean", _rx(r"\bmedian\b.*\b(?:mean|average)\b|\b(?:mean|average)\b.*\bmedian\b|"
                        r"\bwhat(?:'?s| is| does) (?:a |the )?(?:median|mean)\b")),
    ("figure_period", _rx(r"\b(?:monthly|per month|a month|each month|hourly|per hour|an hour|by the hour|weekly|"
                          r"per week|"
                          r"(?:is (?:that|this|it)|are (?:they|these|those)) (?:yearly|annual|per year|a year))\b")),
    ("figure_base", _rx(r"\b(?:base (?:salary|pay)|bonus(?:es)?|benefits|total comp(?:ensation)?|ctc|in[- ]hand|"
                        r"package)\b")),
    ("figure_gross", _rx(r"\b(?:gross|(?<![*])net|before tax(?:es)?|after tax(?:es)?|take[- ]home|pre[- ]tax|"
                         r"post[- ]tax|taxe?s?)\b")),  # ('O*NET is what?' asks nothing about net pay)
    ("figure_source", _rx(r"\b(?:sources?|where(?:'?s| is| does| did| do| are) "
                          r"(?:that|this|it|these|those|they|you get)|where (?:do|did) you get|how (?:old|recent|"
                          r"current)|recent|up to date|out of date|outdated|which year|what year|dated|"
                          # 'where do all these figures come from?', 'your numbers come from where?'
                          r"(?:figures?|numbers?|stats|statistics|data|info) (?:all )?(?:come|comes|came) from|"
                          r"where (?:do|does|did) (?:all )?(?:these|those|the|your) \w+ come from)\b")),
    ("figure_currency", _rx(r"\b(?:(?:is|are) (?:that|this|it|these|those|they) (?:in )?(?:us |u\.s\. |american )?"
                            r"(?:dollars|usd|bucks)|which currency|what currency|in what currency)\b|"
                            r"\b(?:dollars|usd)\s*\?")),
    ("figure_whose", _rx(r"\b(?:is|are) (?:that|this|it|the|these|those) (?:\S+ )?(?:number|figure|median|salary|pay|"
                         r"wage)s? (?:really |actually |just )?(?:for|about|of)\b|\bwhose (?:figure|number|pay)\b|"
                         r"\b(?:number|figure|median) (?:really|actually) (?:for )?\w+ or\b")),
    ("figure_real", _rx(r"\b(?:really|actually|realistic|" + REALISTICALLY + r"|legit|for real|"
                        r"is (?:that|this|it) (?:real|true|right|correct)|"
                        r"can (?:people|anyone|you|i|one) (?:really )?(?:earn|make|get))\b")),
)
# 'the money matters too but it's not the main thing', 'I said money wasn't the main thing': pay set aside.
MONEY_ASIDE = _rx(r"\b(?:money|pay|salary)\b.{0,30}\b(?:not|isn'?t|wasn'?t|less)\b.{0,15}\b(?:main|most important|"
                  r"priority|everything)\b")
# 'monthly?', 'is that per hour?': a short question about the period of the figure just shown.
PERIOD_ALONE = _rx(r"^(?:(?:and |so |ok )?(?:is (?:that|this|it) |are (?:they|these) )?(?:monthly|per month|a month|"
                   r"hourly|per hour|an hour|weekly|per week|yearly|annual|per year|a year)\W*)$")
# 'can people really earn that?', 'is 90k realistic': the realism question is about pay only when it says so.
PAY_TALK = _rx(r"\b(?:earn\w*|make|makes|making|paid|pay\w*|salar\w+|wages?|money|income|that much|\d+\s?k|cost\w*|"
               r"charge\w*|rates?|how much (?:is|are|does|do|would|will|for)|"
               r"how (?:much|many) gets?)\b|[$£€₹]")
REMOTE_ASKED = _rx(r"\b(?:from home|remote(?:ly)?|wfh|home office|hybrid)\b")
MARKET_QUESTIONS = (
    ("no_experience", _rx(r"\b(?:without|no|zero|little|lack of|lacking|any) (?:any |prior |work |previous |"
                          r"professional |real )?(?:experience|background)\b|\bentry[- ]level\b|\bfreshers?\b|"
                          r"\bbeginners?\b")),
    ("remote", REMOTE_ASKED),
    ("employers", _rx(r"\b(?:who (?:employs|hires)|which (?:companies|employers|firms|organi[sz]ations)|what "
                      r"(?:companies|employers|kind of companies)|where do .{0,30}\bwork\b)\b")),
)
# 'will AI replace electricians?', 'is AI engineering just hype?', 'automated away': a worry about the future.
AI_RISK = _rx(r"\b(?:replace[ds]?|replacing|take (?:over|them|(?:my|their|our|the|these|those) jobs?)|automat\w*|"
              r"obsolete|hype|bubble|fad|kill(?:s|ed|ing)?|wiped out|disappear\w*|redundant|chatgpt|robots?|"
              r"ai[- ]proof|"
              r"(?:safe\w*|risk\w*) (?:from|of|with) (?:ai|artificial intelligence|automation)|hollow\w* out|"
              r"(?:anything about|factor\w* in|account\w* for|take\w* into account) (?:ai|automation))\b")
# A pointer at a figure shown: 'is that 4.5% ...', 'is the growth figure ...'
THAT = _rx(r"\b(?:that|this|the|those) (?:\+?\d|figure|number|growth|percent|projection|rate)")
# 'is that 4.5% per year?', 'over ten years or each year?': a projection's period asked, not pay
GROWTH_PERIOD = _rx(r"\b(?:per year|a year|each year|every year|yearly|annual(?:ly)?|per annum|"
                    r"over (?:the )?(?:ten|10) years|whole (?:period|decade)|ten years)\b")
# 'would I earn less or not?', 'will I make more?', 'a pay cut?': their own pay against the jobs shown
OWN_PAY_ASKED = _rx(r"\b(?:would|will|do|does|could|should) i (?:earn|make|get paid)\b|\bi(?:'d| would)? (?:earn|make) "
                    r"(?:more|less)\b|\bpay cut\b")
# 'which of them could an accountant move into', 'could I switch into any of these': a move asked about
MOVE_INTO = _rx(r"\b(?:move|switch|get|transition|go|pivot|crossover|cross over)\w* (?:in)?to\b")
# 'would I take a pay cut', 'would I earn less', 'a drop in pay': the pay they state, weighed
PAY_CUT = _rx(r"\b(?:pay ?cut|take a cut|(?:earn|make|get) less|drop in (?:pay|salary)|(?:pay|salary) drop|"
              r"lose money|step down in pay)\b")
# 'how long would it take me', 'timeline?': how long a move takes
DURATION = _rx(r"\b(?:how (?:long|much time|many (?:months|years))|take me|timeline|time ?frame|how (?:quickly|"
               r"fast))\b")
# 'will anyone hire an old lorry driver', 'would a company take me on at 55': a worry about age, not a hire.
HIRED_OLD = _rx(r"\b(?:hire|hiring|take (?:me |us |someone )?on|employ)\b[^.?!]{0,30}\b(?:old|older|my age|at [4-7]\d|"
                r"over [4-7]\d|[4-7]\d)\b(?![- ](?:person|people|staff|strong|employee|seat|bed|room|store|truck)s?\b)")
# 'am I too old for this?', 'my main question was about the age', 'or is this only for young people?': a worry
# about age said outright, answered first whatever else the message asks (not pay: 'what would I earn at 45')
AGE_WORRY = _rx(r"\b(?:too old|too young|too late for me|(?:am i|is it|i'?m|im|would it be) too late|"
                r"(?:start(?:ing)? (?:over|again|afresh)|switch(?:ing)?|retrain(?:ing)?|chang(?:e|ing) careers?) "
                r"at [1-7]\d|(?:the|my) age|at my age|only for (?:the )?young(?:er)?|"
                r"young people|older (?:people|workers|candidates|applicants)|with [4-7]\d|at [4-7]\d)\b")
# '"moderate term" = weeks or months??', 'what does long-term on-the-job training mean': the BLS training category a
# reply named, asked about.
TRAINING_TERM = _rx(r"\b(?:short|moderate|long)[- ]term\b(?![- ](?:plan|goal|career|outlook|future|prospects?))")
TIME_QUESTIONS = (
    ("training_term", TRAINING_TERM),
    ("age", _rx(r"\b(?:age|\d\d ?(?:years old|yo|y/o)|at [3-7]\d\b|older|"  # ('too old', 'my age': AGE_WORRY)
                r"in my (?:[3-7]0)s|thirties|forties|fifties|sixties)\b|"
                + HIRED_OLD.pattern + "|" + AGE_WORRY.pattern)),
    ("experience", _rx(r"\b(?:experience|track record|years? of|how many years|how senior|before (?:they|you|i|people|"
                       r"one) (?:become|get|are|land|can))\b")),
    ("duration", DURATION),
    # ('Realistically, how does their pay compare?' asks how it compares: the adverb opens another question)
    ("realism", _rx(r"\b(?:realistic|" + REALISTICALLY + r"|doable|feasible|achievable|"
                    r"(?:stand|have) a (?:real )?chance|my chances|possible for (?:me|someone like me))\b")),
)
PROGRESSION = _rx(r"\b(?:go from (?:here|there)|next step|step up|move up|above|after (?:that|this|being)|progress\w*|"
                  r"promot\w*|career (?:path|ladder|growth)|ladder|grow into|where can .{0,40}\bgo\b|what comes next|"
                  r"senior to|beyond|higher than|more senior)")
DECISION_ENTRY = _rx(r"\b(?:entry bar|barrier|easier|easiest|harder|hardest|lower bar|less (?:education|schooling)|"
                     r"fewer requirements|get into|break into|quicker to get|more accessible|requirements?)\b")
DECISION_FIT = _rx(r"\b(?:rather|prefer|better (?:if|for)|suits? (?:me|us)|hire|should (?:i|we)|fits? (?:me|us|better)|"
                   r"i (?:really )?(?:like|love)|(?:don'?t|do not) fancy|i hate|"
                   r"more (?:into|interested)|instead of|i'?d like|i want to|i enjoy|aim for|go for|choose|pick|decide|"
                   r"(?:we|i) need (?:someone|somebody|a person)|who (?:to|do we|should))\b")
# What the person does at work, said as what they know: 'I do a lot of excel reports', 'I build dashboards'.
DOING_WORK = (r"i (?:already )?(?:do|build|make|create|run|write) (?:a lot of |lots of |many |the |our |all the )?"
              r"(?:\w+ )?(?:reports?|dashboards?|spreadsheets?|analysis|models?|pipelines?|code|scripts?|apps?)")
PREFERENCE = _rx(r"\b(?:rather|prefer|better if|i'?d like|i want to|i enjoy|i love|i like|more into|instead of|hire|"
                 r"(?:he|she|they|who) (?:really )?(?:loves?|likes?|enjoys?)|(?:strong|good|great) (?:in|at|with)|"
                 r"people person|uses? (?:those|these|them|that|my)|(?:with|given) my|"
                 # 'which suits me best? front desk, excel, complaints, bookings': what they bring, listed after
                 r"suits? me(?: best| more| better)?\s*\?\s*(?=\w)|"
                 r"(?:loves|enjoys|is (?:really )?into|are (?:really )?into)|" + DOING_WORK + r"|"
                 r"set up|build|to do|need (?:someone|somebody|a person))\b")
# 'rather than research', 'not coding'; not a pushback ('you did not say which')
AGAINST = _rx(r"\b(?:rather than|instead of|than|over|"
              r"(?<!did )not(?! (?:say|said|answer\w*|tell|told|know|sure|yet)\b)|"
              r"but not|don'?t want to|do not want to|hate|dislike|avoid)\b")
# 'which needs the least coding?', 'which one could I do without programming': the decision by what is avoided
LEAST_OF = _rx(r"\b(?:least|less|without|minimal|minimum|no|little)\s+(?:\w+\s+)?"
               r"(?:coding|code|programming|maths|math|mathematics|statistics)\b")
# 'what carries over?', 'what transfers from my job?', 'which of my skills are useful?'
CARRY = _rx(r"\b(?:carr(?:y|ies|ied) over|transfer\w*|bring (?:with|over|along)|head start|reus\w*|"
            r"(?:skills|experience|background) (?:i|that i) (?:have|already have)|useful from my|of my (?:skills|"
            r"experience|background)|from my (?:\w+ )?(?:job|work|experience|background)|"
            # 'does my QA experience count for something or do i start from zero?', 'is it useful for data engineer'
            r"count(?:s)? for (?:something|anything|much)|start (?:from|at) (?:zero|scratch)|"
            # 'does my bank job count as experience?', 'does teaching count towards it?'
            r"count(?:s)? (?:as (?:\w+ )?(?:experience|experiance)|towards?)|"
            r"(?:does|do|would|will) (?:my )?[\w ]{1,30} count\W*$|"
            r"(?:is|are|will|would) (?:it|that|this|they|my [\w ]{1,30}) (?:be )?(?:useful|relevant|worth anything))\b")
SWITCH = _rx(r"\b(?:become|becoming|switch\w*|move (?:in)?to|get into|transition\w*|retrain\w*|change (?:careers?|"
             r"jobs?) to|could i (?:do|be)|can i (?:do|be))\b")
MORE_OR_LESS = _rx(r"\b(?:more|less|cut|step down|drop|than|better off|worse off)\b")
# 'which is more perspective?', 'who earns more', 'which grows faster': asks for the one ahead, a verdict
WHICH_MORE = _rx(r"\b(?:which|who)\b[^.?!]{0,40}\b(?:more|less|better|higher|faster|most|least)\b")
MONEY = _rx(r"\b(?:pay|paid|salary|salaries|earn\w*|money|wage|income|make)\b|\$")
YEARS = _rx(r"\b\d+\s*(?:[-–]|to)\s*\d+\+?\s*years?\b|\b\d+\+?\s*years?\b|\b(?:several|many|a few|two|three|four|"
            r"five|ten) years\b")
AGE_WORDS = _rx(r"\b(?:age|older|younger|too old)\b")
PROGRESS_FACT = _rx(r"\b(?:(?:career )?advancement|opportunities for advancement|career (?:progression|path)|"
                    r"progress(?:es|ion)? (?:to|into)|promot\w*|move (?:into|up to)|senior (?:roles?|positions?)|"
                    r"leadership (?:roles?|positions?)|transition\w* (?:to|into))\b")
ENTRY_FACT = _rx(r"\b(?:entry[- ]level|internships?|junior|first job|graduate)\b")
# 'what do they start at', 'entry-level pay', 'junior salary', 'when they're new': pay at the start of a career.
STARTING_PAY = _rx(r"\b(?:start(?:s|ing)? (?:at|on|out)|starting|entry[- ]level|junior|new grads?|graduates?|freshers?|"
                   r"beginners?|first (?:job|year)|when (?:they'?re|you'?re|i'?m|im|they are|you are) new|"
                   r"(?:a |the )?new (?:analyst|hire|starter|engineer|nurse)s?|just starting)\b")
# 'switching careers at 41', 'as a career changer': someone new to the job, whatever their age.
CHANGING = _rx(r"\b(?:switch\w* careers?|career[- ]?chang\w*|chang\w* careers?|retrain\w*|new to (?:the|this) field|"
               r"from scratch|mid[- ]career)\b")
# 'senior pay', 'what do experienced ones make', 'after 10 years', 'the top earners': pay late in a career.
# (a number of years is senior from eight: 'having 4 years experience' is no question about senior pay)
SENIOR_PAY = _rx(r"\b(?:senior|experienced|seasoned|veterans?|top (?:earners?|end)|highest[- ]paid|ceiling|"
                 r"(?:after|with|over) (?:[89]|[1-9]\d|ten|fifteen|twenty|several|many) (?:years|yrs)|"
                 r"(?:[89]|[1-9]\d|ten|fifteen|twenty)\+? (?:years|yrs)'? (?:of )?experience)\b")
# 'is that mid-level pay?', 'mid-career salary': pay in the middle of a career.
MID_PAY = _rx(r"\b(?:mid[- ]?(?:level|career|senior)|middle of (?:the|their|a) career|intermediate)\b")
# Published figures that describe pay at the start: 'entry-level', 'junior', 'starting'; and late in a career.
ENTRY_PAY_FACT = _rx(r"\b(?:entry[- ]level|junior|starting|beginners?|graduates?|0-[1-3] years?)\b")
SENIOR_PAY_FACT = _rx(r"\b(?:senior|experienced|lead|principal|\d+\+ years)\b")
# 'bootcamp or master's?', 'MSc vs certificate': a choice between two ways to study for a job.
_CREDENTIAL = (r"(?:boot ?camps?|master'?s(?: degree)?|msc|mba|phd|doctorate|(?:a |another )?degree|bachelor'?s|"
               r"diploma|certificates?|certs?|certifications?|online courses?|courses?|self[- ]taught|"
               r"teach(?:ing)? myself|apprenticeships?|uni(?:versity)?|college)")
CREDENTIAL_CHOICE = _rx(rf"\b(?P<a>{_CREDENTIAL})\b[^?.!]{{0,40}}?\b(?:or|vs\.?|versus|instead of)\s+"
                        rf"(?:an? |the |do an? )?(?P<b>{_CREDENTIAL})\b")
# 'is the Google certificate good?', 'coursera google, it is good or not', 'is it worth it': a course weighed
COURSE_RATED = _rx(r"\b(?:good|worth|useful|recognised|recognized|respected|legit|enough|any good|value)\b")
# 'do I need a master's to be a data analyst?', 'is bachelor enough?', 'without magistratura?': whether a level of
# degree is needed; the group names the level asked.
_DEGREE = r"master'?s?|msc|phd|doctorate|bachelor'?s?|bsc|mba|degree"
DEGREE_NEEDED = _rx(rf"\b(?:need|needs|required?|necessary|must|enough|without|mandatory)\b[^.?!]{{0,30}}?"
                    rf"\b(?P<level>{_DEGREE})\b|\b(?P<then>{_DEGREE})\b[^.?!]{{0,25}}?"
                    rf"\b(?:needed|required|necessary|enough|a must|mandatory)\b")
# 'helpdesk first, then sysadmin?', 'start as an analyst and move to data science later': one job as the way
# into another.
STEPPING = _rx(r"\b(?:start(?:ing)? (?:as|in|out as|out in|with)|begin(?:ning)? as|first as|first,? then|first and|"
               r"stepping[- ]stone|way in(?:to)?|(?:and|then) (?:later )?(?:move|switch|transition|go|step|progress)"
               r"(?: up| over| on)? (?:in)?to|move up to|and become|later on|later)\b")
# 'DA or BI analyst to start with?': two jobs weighed against each other, not one as the way into the other.
EITHER = _rx(r"\b(?:or|vs\.?|versus|instead of)\b")
# 'how much do the courses cost', 'is the CompTIA A+ expensive', 'tuition?': prices no source here gives.
# (not a business's own cost figures: 'food cost %', 'labour costs', 'cost control', 'cost per shipment'; not
# "can't afford to stop working", which says they must study while they work)
COST = _rx(r"\b(?<!food )(?<!labor )(?<!labour )(?<!fuel )(?<!stock )(?<!unit )(?<!freight )"
           r"(?:cost|costs|costing|price|prices|priced|fees?|tuition|expensive|cheap|"
           r"afford\w*(?!\s+to\s+(?!pay|buy|spend)\w)|how much (?:is|are|does|do) (?:the |a |an )?(?:course|cert|"
           r"certification|exam|degree|bootcamp|program|programme|training))\b")
# 'costs 30-35 lakh', 'fees are $12k', 'I didn't ask cost': a price stated, or the question waved away, not asked.
COST_STATED = _rx(r"\b(?:costs?|fees?|tuition|price)\s+(?:is\s+|are\s+|of\s+|about\s+|around\s+|like\s+)?[$£€₹]?\d|"
                  r"\b(?:didn'?t|did not|never) ask(?:ed)? (?:about |for )?(?:the )?(?:cost|price|fees?)|"
                  # 'US is like 40-50 lakh loan', '€1,500 a term': the person has the prices and asks about worth
                  r"\b\d+(?:[-–]\d+)?\s?(?:lakhs?|crores?|dollars|euros|pounds|rupees)\b|[$£€₹]\s?\d")


def asks_cost(q: str) -> bool:
    return bool(COST.search(q)) and not COST_STATED.search(q)


# 'what certs do I need', 'is PL-300 worth it', 'CompTIA A+?', 'licence': certifications and licences.
CERTS = _rx(r"\b(?:certs?|certif\w*|comptia|pl-?300|ccna|cissp|aws certified|licen[cs]e[sd]?|licensure)\b")
REMOTE_FACT = _rx(r"\b(?:remote\w*|from home|hybrid|distributed teams?)\b")
# Words that widen what a person says they want to do to the words profiles use for it.
WANTS = {
    "build": "build implement develop deploy production engineer system application",
    "ship": "deploy production implement build application system",
    "system": "system implement production application deploy",
    "deploy": "deploy deployment production pipeline",
    "publish": "publish paper research conference journal theoretical",
    "thing": "", "stuff": "",
    "paper": "paper publish research conference journal theoretical",
    "write": "", "writing": "",
    "infrastructur": "infrastructure pipeline platform deploy deployment production automate mlops",
    "research": "research publish paper theoretical experiment",
    "theory": "theoretical theory research",
    "product": "product user roadmap",
    "people": "team mentor lead stakeholder",
    "manag": "manage lead team mentor strategy",
    "dashboard": "dashboard report visualisation visualization",
    "report": "report dashboard visualisation visualization",
    "postgr": "postgresql database databases backup replication",
    # coding, said as liked or not: the languages and the programming the profiles and O*NET name
    "cod": "code programming python scripting",
    "programm": "programming python code scripting",
    # office work a hire is for, in the words of O*NET's tasks: 'she did the phones and invoices'
    "phone": "telephone telephones callers calls",
    "invoic": "invoices billing bills accounts",
    "billing": "billing bills invoices accounts",
    "schedul": "schedule schedules dispatch appointments",
    "payroll": "payroll wages",
}
EDUCATION_RANK = ("no formal educational credential", "high school diploma or equivalent",
                  "postsecondary nondegree award", "some college, no degree", "associate's degree",
                  "bachelor's degree", "master's degree", "doctoral or professional degree")
EXPERIENCE_RANK = ("none", "less than 5 years", "5 years or more")
DEGREE_WORDS = ((_rx(r"\b(?:phd|ph\.d|doctora\w*)\b"), 7), (_rx(r"\bmaster"), 6), (_rx(r"\bbachelor"), 5))


@lru_cache(maxsize=1)
def decision_noise() -> frozenset[str]:
    """Words of the decision itself, not of the work; stemmed on first use (the stemmer loads lazily)."""
    return frozenset(_terms("which better best hire hiring set up our team company should choose pick "
                            "aim fit suit would rather prefer than instead role one two first startup people "
                            "person useful those these point recommend go for take start project work job "
                            "overall given run runs today hand"))  # 'we run Epic', 'done by hand today'


DIFFERENCE = _rx(r"\b(?:difference|differences|differ|distinguish|explain|how (?:are|is) .{0,40} different)\b")
DECIDING = _rx(r"\b(?:which|whom|who|should|pick|choose|better|best|recommend|first)\b")
# 'is SAP important for it?', 'k8s required?', 'do I need excel', 'power bi needed?': whether a tool is asked for.
# 'is computer vision related to games at all?', 'does a data analyst have anything to do with accounting?'
LINKED = _rx(r"\b(?:related to|relate to|anything to do with|connected (?:to|with)|linked to|involves?|involved in)"
             r"\s+(?:the |a |an |any |video )?(?P<what>[a-z][a-z'-]{2,})")
NEEDED = _rx(r"\b(?:need|needs|needed|required?|requirement|important|essential|necessary|must|use[sd]?|worth|"
             r"learn(?:ed|t)?|matter)\b")
# Which of the tools named to learn first: 'sql or python first?', 'should I start with R or Python'.
FIRST_ASKED = _rx(r"\b(?:first|start with|begin with|before the other)\b")
# Subjects learnt beside tools, weighed with them: 'python or math first?'
SUBJECTS = ("math", "maths", "mathematics", "statistics", "stats", "linear algebra", "calculus", "probability")
_SUBJECT_RXS = tuple(_rx(rf"\b{s}\b") for s in SUBJECTS)  # built once, not on every message


# Degree subjects and the O*NET knowledge each is: 'does my psych degree count?', 'do i need computer science?'.
DEGREE_SUBJECTS = (
    (r"psych(?:ology)?", "Psychology"), (r"math(?:s|ematics)?", "Mathematics"), (r"stat(?:s|istics)", "Mathematics"),
    (r"biology|bio", "Biology"), (r"chemistry|chem", "Chemistry"), (r"physics", "Physics"),
    (r"economics|econ|accounting|finance", "Economics and Accounting"),
    # (not 'it': 'like IT help desk')
    (r"computer science|cs|comp ?sci", "Computers and Electronics"), (r"engineering", "Engineering and Technology"),
    (r"english|literature|lit", "English Language"), (r"history|archa?eology", "History and Archeology"),
    (r"philosophy|theology", "Philosophy and Theology"), (r"sociology|anthropology", "Sociology and Anthropology"),
    (r"law|legal studies", "Law and Government"), (r"geography", "Geography"), (r"education", "Education and Training"),
    (r"business|management", "Administration and Management"), (r"nursing|medicine|pharmacy", "Medicine and Dentistry"),
    (r"communications?|journalism|media studies", "Communications and Media"), (r"design|fine arts?|art", "Design"),
)
# A subject asked to count: 'does my psych degree count', 'is psychology relevant', 'or do i need a cs degree'.
SUBJECT_COUNTS = _rx(r"\b(?:count|counts|relevant|useful|enough|ok|okay|worth anything)\b|\bdo i need (?:a |an )?"
                     r"\w+(?: \w+)? degree\b|\b(?:degree|major|background) in\b")
_DEGREE_SUBJECT_RXS = tuple((re.compile(rf"\b(?:{rx})\b(?= (?:degree|major|background|grad)|\W*$|"
                                        rf" (?:specifically|count|counts|relevant|useful|enough|or|instead))|"
                                        rf"\b(?:in|of) (?:{rx})\b", re.IGNORECASE), element)
                            for rx, element in DEGREE_SUBJECTS)


def subjects_named(q: str) -> list[tuple[str, tuple[re.Pattern[str], str]]]:
    """(the subject as typed, (its pattern, the O*NET knowledge it is)) of the degree subjects ``q`` asks about."""
    if not SUBJECT_COUNTS.search(q):
        return []
    out = []
    for rx, element in _DEGREE_SUBJECT_RXS:
        found = rx.search(q)
        if found:
            typed = re.sub(r"^(?:in|of) ", "", found.group(0), flags=re.IGNORECASE)
            out.append((typed, (re.compile(rf"\b{re.escape(typed)}", re.IGNORECASE), element)))
    return out


def subjects_in(q: str) -> list[str]:
    """The subjects ``q`` names, as typed ('maths'), once each."""
    found = [m.group(0) for rx in _SUBJECT_RXS if (m := rx.search(q))]
    return [f for f in found if not any(f != o and f.lower() in o.lower() for o in found)]
# 'what would my first few months look like', 'what could I expect them to deliver in that time'
FIRST_MONTHS = _rx(r"\b(?:first (?:few |couple of |\d+(?:\s*[-–]\s*\d+)? |two |three |six )?"
                   r"(?:months|weeks|90 days|year in the job)|(?:months|weeks) in the job|"
                   r"(?:deliver|expect (?:from )?(?:them|him|her)) in (?:that|the first))\b")
# Questions no source here answers, said plainly before the nearest facts (what each source covers is in
# README and the ABOUT files: pay by occupation, projections, O*NET tasks, skills and tools, curated profiles).
# 'can I earn money while I learn it', 'apprenticeships where they pay you during training'
PAID_TRAINING = _rx(r"\b(?:earn|get paid|be paid|paid|make money|money)\b[^.?!]{0,25}\b(?:while|during|when) "
                    r"(?:i |you |they )?(?:learn|train|study|studying|training|learning)|"
                    r"\bpaid (?:apprenticeships?|training|while training)\b|"
                    r"\bapprenticeships? (?:that|which|where) (?:they )?pay|pay (?:u|you) during (?:the )?training")
UNCOVERED = (
    # 'i got the post 9/11 GI Bill, can i use it for this?': whether a benefit or grant pays for the training
    ("funding", _rx(r"\b(?:gi bill|post[- ]?9/?11|vr&e|voc(?:ational)? rehab|tuition assistance|pell grants?|"
                    r"student (?:loans?|finance)|skillsfuture|apprenticeship levy|(?:get|is there|any) funding|"
                    r"(?:grants?|bursar(?:y|ies)|scholarships?) for)\b"),
     "whether a benefit, grant or loan (the GI Bill, a scholarship) pays for the training (the program that gives "
     "it, or the school, says which courses it covers)"),
    ("career_gap", _rx(r"\b(?:gap (?:on|in) (?:my |the )?(?:cv|resume)|(?:cv|resume) gap|career break|explain "
                       r"(?:the |my |a |an )?(?:\d+[- ]year )?(?:gap|break)|(?:been )?out of (?:work|the workforce) "
                       r"(?:for|since))\b"),
     "how employers see a career break or how to explain one"),
    ("record", _rx(r"\b(?:felon(?:y|ies)|criminal (?:record|history|conviction|background)s?|(?:a|my|his|her|their) "
                   r"record\b|convictions?|convicted|dui|dwi|on (?:parole|probation)|(?:background|record|dbs|police) "
                   r"checks?|(?:been|was|got out of|out of) (?:in )?(?:prison|jail)|ex[- ]?(?:cons?|offenders?)|"
                   r"incarcerat\w*|expunge\w*)\b"),
     "how a criminal record or a background check affects hiring (that depends on the employer, the place and, "
     "for licensed work, the licensing board)"),
    ("interview", _rx(r"\binterview questions?\b|\bquestions? (?:to|should i|can i|could i|do i|would you|shall i) "
                      r"ask\b|\bwhat (?:should|can|could|do) (?:i|we) ask\b[^.?!]{0,30}\b(?:candidates?|applicants?|"
                      r"interview\w*)\b|\bask (?:in|at|during) (?:the|an) interview\b"),
     "which questions to ask in an interview (what they list is what the job involves and needs, which you can ask "
     "about)"),
    ("contract", _rx(r"\b(?:contractors?|freelancers?|consultants?)\b[^.?!]{0,30}\b(?:or|vs\.?|versus|than)\b"
                     r"[^.?!]{0,15}"
                     r"\b(?:employees?|full[- ]time|fte|permanent|perm|staff|in[- ]house)\b|"
                     r"\b(?:employees?|full[- ]time|fte|permanent|perm|in[- ]house)\b[^.?!]{0,20}\b(?:or|vs\.?|versus)"
                     r"\b[^.?!]{0,15}\b(?:a |an )?(?:contractors?|freelancers?|consultants?|contract)\b"),
     "whether to take on a contractor or an employee"),
    # 'can I use my diploma from Harare to register with the NMC?', 'does my Indian degree count here?'
    ("recognition", _rx(r"\b(?:diploma|degree|qualification|certificate|licen[cs]e|training|hnd|ond|nvq|btec)s?\b"
                        r"[^.?!]{0,40}\b(?:from|abroad|overseas|back home)\b[^.?!]{0,40}\b(?:recogni[sz]ed|count|"
                        r"counts|valid|accept|accepted|transfer|wasted)\b|"
                        r"\b(?:recogni[sz]ed|count|counts|valid|accepted)\b (?:here|abroad|in (?:the )?"
                        r"(?:uk|us|usa|canada|australia|germany|england|ireland|europe|new zealand))\b|"
                        r"\bregister (?:with|at) (?:the )?[a-z]{2,6}\b|"
                        r"\b(?:nmc|hcpc|gmc|ahpra|anerkennung)\b|\boverseas (?:route|nurses?|qualifi\w*)\b|"
                        r"\bforeign[- ](?:trained|qualifi\w*|degrees?|diplomas?)\b"),
     "whether a qualification from another country is recognised or how to register with a regulator (the "
     "regulator or licensing board where you want to work decides that)"),
    ("study_hours", _rx(r"\b(?:learn|study|studying|train|training|course|qualify)\w*\b[^.?!]{0,30}\bpart[- ]time\b|"
                        r"\bpart[- ]time (?:study|course|degree|learning|training)\b|"
                        r"\bpart[- ]time while (?:i'?m |i am |im )?(?:still )?(?:working|at work|employed)\b"),
     "which courses can be done part-time or around shifts"),
    ("paid_training", PAID_TRAINING, "whether the training is paid, or where to find paid places"),
    ("universities", _rx(r"\b(?:which|what|best|good|top)\b[^.?!]{0,25}\b(?:universit(?:y|ies)|unis?|colleges?|"
                         r"schools?)\b|"
                         r"\b(?:universit(?:y|ies)|unis?|colleges?)\b[^.?!]{0,30}\b(?:offer|offers|teach|teaches|"
                         r"better|best|good|rank\w*)\b"),
     "which universities or colleges teach it or how they rank"),
    ("free_courses", _rx(r"\b(?:free|funded|government[- ]funded|subsidi[sz]ed|sponsored)\s+(?:\w+\s+)?(?:courses?|"
                         r"training|programm?e?s?|bootcamps?|places?)\b|\bfree or (?:government[- ])?funded\b|"
                         r"\b(?:courses?|training)\b[^.?!]{0,20}\bfor free\b"),
     "which courses are free or funded (course providers and public employment services publish that)"),
    # (their own CV, or writing one: not 'what skills should I look for on a CV?', an employer reading them)
    ("cv", _rx(r"\b(?<!look for )(?:on|in) (?:my|the|a) (?:cv|resume|résumé|linkedin)\b|"
               r"\b(?:cv|resume|résumé|cover letter)s?\b"
               r"[^.?!]{0,30}\b(?:write|explain|put|say|look|format|present|first)\b|"
               r"\b(?:write|explain|put|present)\b[^.?!]{0,30}\b(?:cv|resume|résumé|cover letter)\b"),
     "how to write a CV or cover letter (what they list is what the job asks for, which a CV should show)"),
    ("course_length", _rx(r"\bhow (?:long|many (?:months|weeks|hours))\b[^.?!]{0,40}\b(?:cert\w*|course|"
                          r"program(?:me)?s?|bootcamp|diploma)\b|"
                          r"\b(?:cert\w*|course|program(?:me)?|bootcamp)\b[^.?!]{0,40}\bhow long\b"),
     "how long a course or certificate takes (its provider publishes that)"),
    ("hours", _rx(r"\b(?:part[- ]time|\d+ hours a week|hours a week|school hours|(?:mornings|evenings) only|"
                  # 'is it monday to friday? no weekends?', 'what are the hours like', 'better hours than head chef'
                  r"(?:working|work|office|regular|normal|long|better|the|what) hours|hours (?:like|are)|weekends?|"
                  r"mon(?:day)?[- ](?:to |till )?fri(?:day)?|(?:9|nine) (?:to|till|-) ?(?:5|five)|"
                  r"(?:night|weekend) shifts?|shift work|work[- ]life balance)\b"),
     "working hours, shifts or part-time work"),
    ("physical", _rx(r"\b(?:on my feet|sitting down|standing all day|physical(?:ly)? (?:demanding|hard|tough)|"
                     r"heavy lifting|easier on the body|sit[- ]down job|desk job|on (?:the|my) (?:knees|back|joints)|"
                     r"my (?:knees|back|joints) (?:are|is)|(?:bad|knackered|dodgy|sore|weak) (?:knees|back|joints)|"
                     r"crawling under|lifting)\b"),
     "how physical the work is"),
    # 'what's the catch?', 'any downsides?': what people find hard about it
    ("catch", _rx(r"\b(?:the|any) catch\b|\bdown ?sides?\b|\bdrawbacks?\b|\bcons of\b|\bworst (?:part|thing)s?\b"),
     "its downsides or catches (they list what the job involves and asks for, which you can weigh)"),
    # 'what band is a records clerk, Band 2 or 3?', 'which GS grade': where a post sits on an employer's pay scale
    ("pay_band", _rx(r"\b(?:nhs |pay |agenda for change )?bands?\s*\d|\bwhat band\b|\bwhich band\b|"
                     r"\bnhs (?:pay )?bands?\b|\bagenda for change\b|\bgs-?\d{1,2}\b|\bpay (?:scale|grade)s?\b"),
     "which pay band or grade a post is on (the employer's job advert states it)"),
    ("hire_need", _rx(r"\b(?:should|do|would|shall|could) (?:i|we) (?:really |even |actually |just )?(?:hire|recruit|"
                      r"bring in|take on|need (?:a|an|one|someone|somebody)\b(?! (?:degree|masters?|bachelors?|"
                      r"diploma|cert\w*|licen[cs]e|course|phd|mba|portfolio|experience|qualification|"
                      r"background)))|\bis (?:that|it|this|hiring one) (?:a bit |just |total )?overkill\b"),
     "whether a business like yours needs one"),
    ("projection_ai", _rx(r"\b(?:account|allow|factor|take)\w* (?:for |in |into account )?(?:the )?(?:ai|automation|"
                          r"chatgpt)\b|\b(?:include|consider)\w* (?:the )?(?:effects? of )?(?:ai|automation)\b"),
     "how much BLS's projection allows for AI (BLS publishes the projection, not how much each cause weighs in it)"),
    ("why_trend", _rx(r"\bwhy (?:is|are) (?:it|they|that|this|the \w+(?: one)?|\w+) (?:\w+ )?(?:shrinking|growing|"
                      r"declining|going down|dying)\b"),
     "why employment is projected to change (BLS publishes the projection, not its causes)"),
    ("learn_time", _rx(r"\bhow long (?:does it take |would it take |will it take )?(?:me )?to learn\b"),
     "how long it takes to learn a skill"),
    ("worth", _rx(r"\b(?:is|would|will) (?:it|that|this|an? [\w-]+(?: [\w-]+)?|the [\w-]+) (?:\w+ )?(?:be )?worth "
                  r"(?:it|the money|the cost|doing|getting|giving up|leaving|losing|quitting|"
                  r"the (?:switch|move|pay cut))\b"),
     "whether it is worth it to you (what it costs you or what you give up)"),
    # 'does 22 yrs service count as experience?', 'will civvy employers count my army logistics?'
    ("experience_counted", _rx(r"\b(?:count|counts|counted|recogni[sz]ed|accepted)\b[^.?!]{0,20}\bas (?:relevant |"
                               r"related |real |proper |work )?experience\b|"
                               r"\b(?:my|his|her|their|this|that|the) (?:\w+ ){0,3}(?:experience|years?|yrs|service)\b"
                               r"[^.?!]{0,40}\b(?:count|counts|count for anything)\b|"
                               r"\b(?:civvy|civvies|civilian) (?:employers?|world|street|companies|firms)\b"),
     "how an employer weighs your years in another job or in the forces (each employer decides; what the sources "
     "list is the experience the job typically asks for)"),
    ("seniority", _rx(r"\b(?:junior or (?:a )?senior|senior or (?:a )?junior)\b"),
     "whether a junior or a senior suits a job"),
    ("first_months", FIRST_MONTHS,
     "what the first months in the job look like or what a new hire delivers in them"),
    ("one_person", _rx(r"\b(?:one person|(?:a )?single (?:hire|person)|the same person|one hire)\b.{0,40}\b(?:both|"
                       r"all|cover|do (?:it all|everything|the lot|(?:two|2|three|3|several|multiple) of))\b"),
     "whether one person can do the work of several roles"),
    # 'shd i accept the offer?', 'is that smart', 'just yes or no': a choice about their own life
    ("own_decision", _rx(r"\b(?:should|shd|shall|do) i (?:accept|take|turn down|decline|quit|leave|stay)\b"
                         r"(?! (?:a |an |the )?(?:course|cert\w*|degree|masters?|bootcamp|class))|"
                         # 'offer, masters or DS jobs. which one', 'take the offer or do a masters abroad?'
                         r"\boffer\b[^.?!]{0,50}\b(?:or|vs|versus)\b|"
                         r"\bis (?:that|it|this) (?:a )?(?:smart|wise|good idea|bad idea|sensible|stupid)\b"),
     "whether to take an offer or follow a plan like yours (that choice is yours; they describe the jobs)"),
    ("job_ad", _rx(r"\b(?:job (?:ad|advert|advertisement|posting|description)|in the (?:ad|advert|advertisement)|"
                   r"essential (?:and|or|vs) desirable)\b"),
     "how to word a job advertisement (what the sources list is what the job involves and asks for)"),
)
# For these, the nearest facts are another topic's: the first months are the work itself.
# A decision about their own life ('take the offer and learn on the side, is that smart?'): what the job asks of
# a newcomer, which bears on the plan, not the pay again.
UNCOVERED_NEAREST = {"first_months": "responsibilities", "paid_training": "education", "hire_need": "responsibilities",
                     "own_decision": "getting_started", "experience_counted": "getting_started",
                     "physical": "responsibilities", "catch": "responsibilities", "pay_band": "salary"}


# Gaps a story mentions without asking: 'I have just finished a night shift' asks nothing about shifts.
ASKED_ONLY = frozenset({"hours", "physical"})


# 'i know python, pandas, bit of sklearn', 'I already use SQL and Excel': what the person has, for 'what to add'.
KNOWS = re.compile(r"\bi (?:already |do )?(?:know|knw|learn[te]d?|have learn[te]d?|can (?:use|do|code in|write)|use|"
            r"work with|am good (?:at|with)|'?m good (?:at|with))\s+([^.?!;]+)", re.IGNORECASE)
SKILL_SYNONYMS = {"sklearn": "scikit-learn", "scikit": "scikit-learn", "ml": "machine learning", "stats": "statistics",
                  "viz": "visualisation", "excel": "excel", "tf": "tensorflow"}


def known_in(q: str) -> list[str]:
    """The words of what the person says they already know or use, as typed (synonyms spelled out)."""
    found = [w for m in KNOWS.finditer(q) for w in re.findall(r"[a-z][a-z+#.-]*", m.group(1).lower())]
    return [SKILL_SYNONYMS.get(w, w) for w in found]


def _sentences(q: str) -> list[str]:
    """The message's sentences, split after '?', '.' or '!'."""
    return [part for part in re.split(r"(?<=[?.!])\s+", q.strip()) if part.strip()]


def uncovered_in(q: str) -> list[tuple[str, str]]:
    """The gaps in the sources a message asks about: (gap, what the sources don't cover). Working hours and how
    physical the work is count only in a sentence that asks (one with a question mark, or the last one)."""
    sentences = _sentences(q)
    asked = " ".join(p for p in sentences if "?" in p) or (sentences[-1] if sentences else "")
    return [(gap, what) for gap, rx, what in UNCOVERED if rx.search(asked if gap in ASKED_ONLY else q)]


def asks_difference(q: str) -> bool:
    """The question asked (the last one in the message) is what tells roles apart, not which to choose."""
    asked = _sentences(q)
    last = next((p for p in reversed(asked) if "?" in p), asked[-1] if asked else "")
    return bool(DIFFERENCE.search(last)) and not DECIDING.search(last)


TOPIC_LABELS = {"overview": "what it is", "responsibilities": "what the job involves", "skills": "skills",
                "education": "education", "tools": "tools", "salary": "pay", "outlook": "outlook",
                "industries": "industries", "getting_started": "how to start", "compare": "how the roles differ",
                "similar": "related roles"}
