"""What the person says about themselves, remembered in the session for later turns.

'I've worked as a DBA for six years' -> current_job 'database-administrator', experience_years 6;
'I like SQL and dashboards, no coding' -> interests ('sql', 'dashboards'), dislikes ('coding').
A later 'which is best for me?' ranks roles with them; answers about a target role say what carries over.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from ..knowledge.recommend import IDIOMS, NOISE, _content_words, dislikes_in, stage_of, without_dislikes, years_in
from ..normalise import singular
from ..understanding.session import Session
from ..understanding.understand import Understanding
from ..knowledge.abilities import PHYSICAL_LIMIT, abilities_in, has_physical_limit, said_of_self
from .asked import DOING_WORK, known_in

LIKING = re.compile(r"\b(?:i (?:really )?(?:like|love|enjoy|am into|m into|am good at|m good at)|"
                    r"(?:he|she|they) (?:really )?(?:likes?|loves?|enjoys?|is into|is good at)|my (?:interests?|"
                    r"strengths?) (?:is|are)|i'?m (?:into|good at)|interested in|passionate about|good at|"
                    r"i (?:know|use|can use|have used|'ve used)|i have (?:experience|skills) (?:in|with)|"
                    r"i'?m the (?:one|person) who|i am the (?:one|person) who|"  # what they do: 'the one who keeps
                    # what they have been doing: 'a linguist who has been doing NLP with spaCy for three years'
                    r"(?:have|'ve|has) been (?:doing|working (?:with|on)|using|building|coding in)|"
                    + DOING_WORK + r"|"
                    # not ', like R?' (for example)
                    r"(?:^|[,;:+&]\s?|and |n |actually |really |also )(?:love|loves|enjoy|enjoys)(?= \w)|"
                    r"(?:^|[+&]\s?|actually |really |also )like(?= \w))\b",
                    re.IGNORECASE)
# 'which suits me best', 'what fits me': a pick asked for them, often with what they are good at beside it.
FIT_ASKED = re.compile(r"\b(?:suits?|fits?|suited|best for me|right for me)\b", re.IGNORECASE)
# A field the person asks to go into: 'what data jobs could I do', 'something in tech', 'AI jobs for me'.
FIELD_WANTED = re.compile(r"\b(?:(?:data|ai|a\.i\.|tech|technology|it|computers?|coding|programming|software|analytics|"
                          r"machine learning|ml|digital|remote|online|office|desk)\s+(?:jobs?|roles?|careers?|work|"
                          r"field|stuff|industry|positions?|world|side|things?)|"
                          r"(?:into|in|towards?|to) (?:data|ai|tech|it|coding|programming|software|analytics|"
                          r"machine learning|ml)\b(?! (?:contract|tool|review))|from home|work remotely|remote)\b",
                          re.IGNORECASE)
# The person denies the job remembered as theirs: "I'm not one", "that's not my job", 'im a student'.
NOT_THAT_JOB = re.compile(r"\b(?:i'?m|i am|im) (?:not|NOT) (?:one|that|it)\b|\bnot my (?:job|work)\b|"
                          r"\b(?:i'?m|i am|im) (?:just |only |still )?(?:a )?(?:student|in (?:high )?school|at school|"
                          r"at uni|in college)\b", re.IGNORECASE)
# (not 'I am not asking about the accounting outlook again': what they ask, not what they are)
SELF_DENIAL = re.compile(r"\b(?:i'?m|i am|im) (?:not|no longer)\b(?! (?:asking|talking|sure|looking|interested|"
                         r"saying|trying|going|worried|comparing|after|here)\b)|"
                         r"\bnot (?:a|an) \w+ (?:anymore|any more)\b", re.IGNORECASE)
# Words by which a person says what they like, know or want: without any, a message about their job is a story.
WANTING = re.compile(r"\b(?:likes?|lov(?:e|es|ing)|enjoy\w*|into|interest\w*|fascinat\w*|obsess\w*|passion\w*|curious|"
                     r"good (?:at|with)|strong|background|skills?|learn\w*|wants?|wanted|wanna|would like|dream\w*|"
                     r"keen|prefer\w*|hobby|hobbies|know|progress|grow|experience (?:in|with)|"
                     r"(?:have|'ve|has) been (?:doing|working (?:with|on)|using|building|coding in))\b", re.IGNORECASE)


# A sentence about the bot's last answer ('you didnt answer about moving to the fraud team', 'gambling dealer is not
# what i had in mind lol'): what it names is no wish of theirs.
# (to the sentence's end, or to where they turn to themselves: 'you didnt say about bootcamp 🙏 anyway about me: ...')
ABOUT_THE_ANSWER = re.compile(r"[^.?!]*\b(?:you (?:didn'?t|didnt|did not|never|keep|missed|ignored|skipped)|"
                              r"not what i (?:had in mind|asked|meant|wanted)|that'?s not (?:it|what))\b"
                              r"[^.?!]*?(?:[.?!]|(?=\b(?:anyway|anyways|btw|about me)\b)|$)", re.IGNORECASE)


def without_remarks_on_the_answer(text: str) -> str:
    """``text`` without its sentences about the bot's last answer, for reading what the person wants."""
    return ABOUT_THE_ANSWER.sub(" ", text)


LOST_JOB_WORDS = 1  # other words of work a job-loss story may hold and still say nothing they like ('plant')
# Losing a job told, with nothing liked: 'i got laid off. plant closed. what can i do' (the story's words, 'plant',
# 'closed', say nothing about work they would like).
JOB_LOST = re.compile(r"\b(?:laid off|(?:made |been )?redundan\w*|lost (?:my|our|the) jobs?|(?:got|been|was) (?:fired|"
                      r"sacked|let go)|unemployed|out of work|(?:plant|factory|store|shop|branch|site|mine|mill|office|"
                      r"warehouse|company|firm) (?:is |was |has |got |just )?(?:clos\w+|shut\w*))\b", re.IGNORECASE)


def only_a_lost_job(text: str, known: frozenset[str] | None = None) -> bool:
    """'i got laid off. plant closed. what can i do': a job lost told and nothing else they know or like ('chem PhD,
    did python ..., lost my job at a biotech startup' says more)."""
    if not JOB_LOST.search(text) or says_what_they_want(text):
        return False
    rest = [w for w in _content_words(JOB_LOST.sub(" ", text)) if not w.isdigit() and _a_word_of_work(w, known, ())]
    return len(rest) <= LOST_JOB_WORDS


def says_what_they_want(text: str) -> bool:
    """Whether ``text`` says what the person likes, knows or wants, or the field they want to go into."""
    return bool(WANTING.search(text) or FIELD_WANTED.search(text))


# 'we want to hire our first data person', "I'm hiring", 'I am not the one applying': hiring, not moving in.
HIRING = re.compile(r"\b(?:we(?:'re| are)? (?:are )?(?:hiring|recruiting)|(?:we|i) (?:want|need|plan|have|are looking)"
                    r" to (?:hire|recruit)|i'?m (?:hiring|recruiting)|i am (?:hiring|recruiting)|our (?:first|next) "
                    r"(?:hire|\w+ (?:hire|person))|not the one applying|for (?:our|my) (?:team|company|business)|"
                    r"(?:which|who|what)\b[^.?!]{0,40}\b(?:do|should|would|shall|can) (?:i|we) hire|"
                    r"i'?m the (?:employer|hiring manager)|i am the (?:employer|hiring manager)|"
                    r"(?:we|i) need (?:someone|somebody|a person) to|interview(?:ing)? (?:an?|the|candidates)|"
                    r"screen(?:ing)? (?:for|candidates))\b",
                    re.IGNORECASE)
# Back to their own career after asking as an employer: 'about me now', "I'm asking for myself", 'could I move into'.
FOR_THEMSELVES = re.compile(r"\b(?:for myself|about me\b|about myself|my own (?:career|move|job|path)|"
                            r"not (?:about )?(?:the|a) hire|i'?m not hiring|"
                            r"(?:can|could|should) i (?:move|switch|become|get into|transition|retrain)|"
                            r"i want to (?:switch|move|become|change|retrain)|switch(?:ing)? careers?|"
                            r"career change|change careers?)\b", re.IGNORECASE)
WORKED = re.compile(r"\b(?:worked|working|work|been|experience|as an?|career|job)\b", re.IGNORECASE)
MAX_INTERESTS = 12
# 'I make 78k', "I'm on £32k", 'im at about 95k', 'I earn $95,000 a year', 'my salary is 60,000 euros',
# 'making $25 an hour'.
_SAYS_PAY = (r"\b(?:i (?:make|earn|get paid|get|take home|bring in|am on|am paid|'?m on|'?m paid|m on|m paid)|"
             r"i (?:need|want|'d need|would need|have to|must)(?: to (?:make|earn|get|take home|bring in|be on))?|"
             r"i can'?t (?:take|go|do|live on|accept) (?:less than|under|below)|"
             r"i'm (?:on|paid|making|earning|at)|im (?:on|making|earning|at)|i am at|"
             r"(?:currently |now )?(?:making|earning)|"
             r"my (?:current )?(?:salary|pay|wage|income|base)(?: is| of)?|on a salary of|paid|"
             # 'would I take a pay cut from my current 95k?'
             # (an amount with 'k', a currency sign or thousands: not 'most of my 2000 customers')
             # ('what do they pay compared to my 88k?', 'vs my 88k')
             r"(?:from|than|on|of|to|with|vs\.?|versus|against) my (?:current |present )?"
             r"(?=[$£€₹]\d|\d+(?:\.\d+)?\s?k\b|\d{1,3}(?:,\d{3})+))\s*")
STATED_PAY = re.compile(
    _SAYS_PAY + r"(?:about |around |roughly |approx\.? |approximately |just under |just over |over |under |at least |"
    r"a minimum of |minimum |min )?"
    r"(?P<sym>[$£€₹]|us\$|c\$|a\$)?\s?(?P<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k\b|grand\b|thousand\b)?"
    r"\s?(?P<cur>usd|dollars?|bucks|gbp|pounds?|quid|eur|euros?|inr|rupees?|cad|aud|pln|zloty|pesos?|php|mxn|"
    r"naira|ngn|ksh|kes|shillings?|rand|zar|reais|brl|pkr|sgd|aed|dirhams?|yen|jpy)?\b"
    r"(?:\s?(?:a|an|per|/|each)\s?(?P<per>year|yr|annum|month|mo|hour|hr|week))?", re.IGNORECASE)
DIGIT = re.compile(r"\d")  # STATED_PAY needs one (its amount)
# Pay stated as what they need, not what they get: 'i need at least 28 a hour', "can't take less than 50k".
NEEDED = re.compile(r"\b(?:need|want|have to|must|can'?t)\b", re.IGNORECASE)
SYMBOLS = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "₹": "INR", "c$": "CAD", "a$": "AUD"}
WORDS = {"usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "gbp": "GBP", "pound": "GBP",
         "pounds": "GBP", "quid": "GBP", "eur": "EUR", "euro": "EUR", "euros": "EUR", "inr": "INR", "rupee": "INR",
         "rupees": "INR", "cad": "CAD", "aud": "AUD", "pln": "PLN", "zloty": "PLN", "peso": "pesos", "pesos": "pesos",
         "php": "PHP", "mxn": "MXN", "naira": "NGN", "ngn": "NGN", "ksh": "KES", "kes": "KES", "shilling": "shillings",
         "shillings": "shillings", "rand": "ZAR", "zar": "ZAR", "reais": "BRL", "brl": "BRL", "pkr": "PKR",
         "sgd": "SGD", "aed": "AED", "dirham": "AED", "dirhams": "AED", "yen": "JPY", "jpy": "JPY"}
PERIODS = {"year": "year", "yr": "year", "annum": "year", "month": "month", "mo": "month", "hour": "hour",
           "hr": "hour", "week": "week"}


# A wish withdrawn: 'ok forget computers', 'never mind coding', 'scrap the AI idea'.
FORGOTTEN = re.compile(r"\b(?:forget|forget about|never ?mind|scrap|drop)\s+(?:the\s+)?([a-z]+)", re.IGNORECASE)


def _pay_said(text: str) -> re.Match[str] | None:
    return STATED_PAY.search(text) if DIGIT.search(text) else None  # (no amount, no pay stated: not scanned)


def stated_pay(text: str) -> tuple[int, str, str] | None:
    """(amount, currency or '', period) of the pay the person says they get; None when they state none.

    The amount is as stated ('78k' is 78,000); nothing is converted. A bare number under 1,000 with no 'k' and no
    period ('I make 50') is too unclear to keep."""
    return _pay_read(_pay_said(text))


def _pay_read(found: re.Match[str] | None) -> tuple[int, str, str] | None:
    if not found:
        return None
    num = found.group("num")
    # '78,000', and '32.000' as written in much of Europe: thousands separators; '1.5' (k) is a decimal.
    digits = re.sub(r"[,.]", "", num) if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", num) else num
    try:
        amount = float(digits)
    except ValueError:
        return None
    if found.group("k"):
        amount *= 1000
    period = PERIODS.get((found.group("per") or "").lower(), "")
    if not period:
        if amount < 1000:
            return None
        period = "year"
    currency = SYMBOLS.get((found.group("sym") or "").lower()) or WORDS.get((found.group("cur") or "").lower(), "")
    return round(amount), currency, period


def unnamed(q: str, u: Understanding) -> str:
    """The message without the words it named an occupation by ('ux researcher' for Web and Digital Interface
    Designers): a job's name is no wish ('research' would weigh the research roles), nor an ability ('transport
    planner')."""
    for said in [said for _, said in u.named] + list(u.own_words):  # the person's own job is no wish either
        q = re.sub(rf"\b{re.escape(said)}s?\b", " ", q, flags=re.IGNORECASE)
    return q


# Where they work, said of themselves: 'I work in a warehouse', 'nights at the depot', 'my job at a store'. The
# place is where they are, not what they like: 'warehouse' would ask for data warehouses, 'store' for data stores.
WORKPLACE = re.compile(r"\b(?:i|we|im|i'm|i am|my)\s+(?:\w+\s+){0,2}?(?:work(?:s|ed|ing)?|job|shifts?|nights?)\s+"
                       r"(?:\w+\s+){0,2}?(?:in|at)\s+(?:a|an|the|our|my|this|one|some)\s+([a-z]+(?:\s+[a-z]+)?)",
                       re.IGNORECASE)
PLACE_ENDS = frozenset({"and", "but", "so", "for", "as", "with", "i", "im", "where", "since", "on", "in", "at", "doing",
                        "now", "near", "outside", "called", "full", "part", "the", "a", "an", "my", "to", "of",
                        "every", "all", "most", "because", "cause", "until", "till", "what", "how", "any", "is"})
LIKED_PLACE = frozenset({"like", "love", "loved", "enjoy", "enjoyed", "prefer", "want", "wanna", "miss", "could",
                         "would", "should", "might", "can", "rather", "dream", "hope"})
# A place that is the field they work in says what they know: 'I work in a data team'.
FIELD_PLACES = frozenset({"data", "analytics", "tech", "it", "software", "ai", "ml", "digital", "cloud", "computer",
                          "computers", "research", "lab", "laboratory"})


def workplaces(text: str) -> tuple[str, ...]:
    """The places they say they work in ('warehouse', 'call centre'), not the field they work in ('data team')."""
    found = []
    for m in WORKPLACE.finditer(text):
        if LIKED_PLACE & set(m.group(0).lower().split()):
            continue  # 'I love working in a hospital', 'I want to work in a school': what they want
        words = []
        for w in m.group(1).lower().split():
            if w in PLACE_ENDS:
                break
            words.append(w)
        if words and not FIELD_PLACES & set(words):
            found.append(" ".join(words))
    return tuple(dict.fromkeys(found))


# A job said of oneself: 'am a bank teller', "I'm an ICU nurse": the words before the job word name it.
JOB_SAID = re.compile(r"\b(?:am|i'?m|im|was) (?:an? )((?:[\w-]+ ){1,2})([\w-]+)", re.IGNORECASE)
# Words that pass the recommender's noise filter (NOISE, applied first) but say nothing a person likes.
NOT_INTERESTS = frozenset({"answer", "fr", "ngl", "tbh", "idk", "pretty", "nice", "guess", "yeah", "haha", "honestly",
                           "literally", "definitely", "cool", "fun", "sitting", "always", "sometimes", "often",
                           "time", "times", "alot", "actually", "side", "yrs", "yr", "alright", "mate", "buddy",
                           "cheers", "lad", "lmao", "stuck", "coming", "going", "getting", "doing", "trying",
                           "looking", "thinking", "wondering", "small", "little", "bit", "told",
                           # the story around a liking: plans, money and time ('my future', 'dollar figures')
                           "future", "because", "become", "becoming", "dollar", "dollars", "figure", "figures",
                           "thousand", "thousands", "hundred", "million", "real", "route", "night", "nights",
                           "shift", "shifts", "monthly", "weekly", "maybe"})  # ('no degree' is still something avoided)


def _a_word_of_work(word: str, known: frozenset[str] | None, places: tuple[str, ...]) -> bool:
    return word not in NOT_INTERESTS and (known is None or singular(word) in known) and not any(
        word in place.lower().split() for place in places)


def remember(session: Session, u: Understanding, text: str, known: frozenset[str] | None = None,
             jobs: frozenset[str] = frozenset()) -> Session:
    """The session with what this message says about the person added (nothing else changes).

    ``known``: the words the bot knows; an interest is kept only if it is one ('informatisé', 'af' are not),
    so that 'you like ...' later says back what the person said they like, not the filler around it. ``jobs``:
    names of jobs and fields of work, never interests."""
    changes: dict[str, object] = {}
    if u.their:
        changes["their_job"] = u.their[0]
    if u.own:
        changes["current_job"] = u.own[0]
        changes["job_taken_from"] = u.own_taken
    elif session.current_job and ((session.current_job in u.denied and (
            session.current_job not in session.focus or SELF_DENIAL.search(text))) or NOT_THAT_JOB.search(text)):
        # 'I am not a data engineer', "im NOT one. im a student": forget it (but 'i said AD not teacher' after
        # an answer about teachers sets the answer right, not their job)
        changes["current_job"] = ""
        changes["job_taken_from"] = ""
    years = years_in(text)
    if years and (u.own or WORKED.search(text)):
        changes["experience_years"] = years
    liking = LIKING.search(text)
    # 'my warehouse got robots and they cut my shifts. im an order picker ... what jobs can i do': a story about
    # their job says nothing they like
    story = u.intent == "recommend" and ((bool(u.own or session.current_job) and not says_what_they_want(text))
                                         or only_a_lost_job(text, known))
    if (u.intent == "recommend" and not story) or liking:
        # 'i like stats and excel, not much coding. what is salary in LPA?': the sentence that says what they like
        said = without_remarks_on_the_answer(text) if u.intent == "recommend" or not liking else \
            re.split(r"[.?!\n]", text[liking.start():])[0] + " " + re.split(
                r"[.?!\n,;]|\b(?:because|since|but|so)\b", text[:liking.start()])[-1]  # (its own clause only)
        # ('i know the warehouse inside out': no 'inside'; 'my wrists are killing me': no liking of 'killing')
        wanted = PHYSICAL_LIMIT.sub(" ", IDIOMS.sub(" ", without_dislikes(said)))
        for words in u.own_words + workplaces(said):  # 'civil engineer 6 yrs, love maths': their job's name
            # is no interest, nor where they work ('I work in a warehouse': no data warehouses)
            wanted = re.sub(rf"\b{re.escape(words)}\b", " ", wanted, flags=re.IGNORECASE)
        # a job or its field ('nurse', 'nursing') is where they come from or what they ask about, not a liking
        # ('i told u am a bank teller. i like numbers': 'bank' is a word of the job's name)
        naming = {w.lower() for m in JOB_SAID.finditer(wanted) if singular(m.group(2).lower()) in jobs
                  for w in m.group(1).split()}
        liked = [w for w in _content_words(wanted) if not w.isdigit() and _a_word_of_work(w, known, u.places)
                 and singular(w) not in jobs and w not in naming]
        if liked:
            changes["interests"] = tuple(dict.fromkeys(session.interests + tuple(liked)))[-MAX_INTERESTS:]
    # 'good talkin to people, i fix small stuff on my rig': what they are good at, in O*NET's terms, for a later
    # 'which suits me?' (the words naming jobs are no ability: 'transport planner'); in a message about what they
    # like or what suits them, every clause; otherwise the clauses said of themselves
    said = unnamed(without_dislikes(without_remarks_on_the_answer(text)), u)
    good_at = abilities_in(said) if (u.intent == "recommend" and not story) or liking or FIT_ASKED.search(text) \
        else said_of_self(said)
    if good_at:
        changes["abilities"] = tuple(dict.fromkeys(session.abilities + good_at))[-MAX_INTERESTS:]
    if has_physical_limit(text) and "physical" not in session.limits:
        changes["limits"] = session.limits + ("physical",)
    # 'I already know R and some Excel': the tools they know are what a later 'to add' leaves out
    tools = [w for w in known_in(IDIOMS.sub(" ", text)) if w not in NOISE and (known is None or w in known)]
    if tools:
        before = cast(tuple[str, ...], changes.get("interests", session.interests))
        changes["interests"] = tuple(dict.fromkeys(before + tuple(tools)))[-MAX_INTERESTS:]
    dropped = {singular(m.group(1).lower()) for m in FORGOTTEN.finditer(text)}
    if dropped:  # 'ok forget computers': no longer something they want
        kept = tuple(w for w in changes.get("interests", session.interests)  # type: ignore[attr-defined]
                     if singular(w.lower()) not in dropped)
        changes["interests"] = kept
    if not session.hiring and HIRING.search(text):
        changes["hiring"] = True
    elif session.hiring and FOR_THEMSELVES.search(text):
        changes["hiring"] = False  # 'Different topic, about me now ... could I move into people analytics?'
    if u.places:  # 'salary in India', 'I'm in Australia': later figures say where they apply too
        changes["place"], changes["place_age"] = u.places[0], 0
        if not session.home:
            changes["home"] = u.places[0]
    elif session.place:
        changes["place_age"] = session.place_age + 1
    found = _pay_said(text)
    pay = _pay_read(found)
    if pay and found:
        changes["pay_amount"], changes["pay_currency"], changes["pay_period"] = pay
        # the amount is what they need ('i need at least 28 a hour'), not what they earn
        changes["pay_needed"] = bool(NEEDED.search(found.group(0)))
    # What they would avoid, in words the bot knows: 'no sitting in meetings lmao' -> 'sitting meetings'; 'not from
    # america' names a place, not a dislike.
    # 'I am not a data engineer' denies a job: its words are no dislike
    # ('i asked about AI engineer not data scientist' corrects the job asked about: its words are no dislike)
    corrected = bool(CORRECTING.search(text))
    disliked = tuple(d for d in (" ".join(w for w in phrase.split() if _a_word_of_work(w, known, u.places)
                                          and not ((u.denied or corrected) and singular(w) in jobs)
                                          and w.lower() not in MONEY_UNITS)  # 'in pounds please, not dollars'
                                 for phrase in dislikes_in(text)) if d)
    if disliked:
        changes["dislikes"] = tuple(dict.fromkeys(session.dislikes + disliked))[-MAX_INTERESTS:]
    if RETRACTED.search(text) and session.dislikes:
        # 'i never said i want to avoid scientist??': taken back
        lowered = text.lower()
        changes["dislikes"] = tuple(d for d in changes.get("dislikes", session.dislikes)  # type: ignore[attr-defined]
                                    if not re.search(rf"\b{re.escape(d.lower())}", lowered))
    return replace(session, **changes) if changes else session  # type: ignore[arg-type]


MONEY_UNITS = frozenset({"dollar", "dollars", "usd", "pound", "pounds", "gbp", "euro", "euros", "eur", "rupee",
                         "rupees", "inr", "peso", "pesos", "cedis", "naira", "rand", "rupiah", "idr", "sgd", "ringgit",
                         "baht", "yuan", "rmb", "yen", "won", "dirham", "dirhams", "aed", "riyal", "riyals", "lira",
                         "zloty", "shilling", "shillings", "kes", "reais", "brl", "cad", "aud", "nzd",
                         # pay bands and grades named ('so no bands', 'not GS-9') are pay asked about, not disliked
                         "band", "bands", "grade", "grades", "scale"})
# A correction of the job asked about: 'I asked about AI engineer not data scientist', 'I meant the analyst'.
CORRECTING = re.compile(r"\b(?:asked|asking|meant|mean|talking)\s+(?:about|for|abt)?\b", re.IGNORECASE)
# A wish or dislike taken back: 'i never said i want to avoid scientist', "I didn't say that".
RETRACTED = re.compile(r"\b(?:never|didn'?t|did not|don'?t)\s+(?:say|said|mean|meant)\b", re.IGNORECASE)


# A teenager's age said in passing: '17 here', "i'm 16", 'aged 19', '18 y/o'.
TEEN_AGE = re.compile(r"\b(?:i'?m|im|i am|aged?)\s+1[3-9]\b|\b1[3-9]\s*(?:here|yo|y/?o|years? old|yrs? old)\b",
                      re.IGNORECASE)


def stage(session: Session, text: str, level_of_job: int = 0) -> str:
    """'beginner', 'novice', 'experienced' or '': from the message, the years they mentioned and their current job.

    A teenager ('17 here', "I'm 16") is a beginner: entry-level roles first, not an AI research scientist."""
    if TEEN_AGE.search(text):
        return "beginner"  # entry-level first: '17 here, good at maths, which job fits me'
    found = stage_of(text, session.experience_years)
    if not found and level_of_job >= 3 and session.experience_years >= 3:
        return "experienced"
    return found


def without_own(u: Understanding) -> Understanding:
    """The person's own job is context, never a role of the answer."""
    if not u.own or not u.roles or (u.intent == "compare" and len(u.roles) >= 3):
        # ('I'm a DA. DA vs DS vs DE, which pays best?', "I'm a solutions consultant. Compare sales engineer, AI
        # product manager and data scientist": the job listed among those weighed is one of them)
        return u
    kept = tuple(r for r in u.roles if r not in u.own)
    needed = 2 if u.intent == "compare" else 1
    return replace(u, roles=kept) if len(kept) >= needed else u
