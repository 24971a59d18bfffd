"""Read one message without context: its words, role mentions and intent scores (no session, no I/O)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from jellyfish import metaphone
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from ..knowledge.official import OfficialData
from ..knowledge.profiles import KnowledgeBase
from ..normalise import singular, words
from .intents import IntentSet, score_intents
from .roles import KIND_RANK, ONET_PREFIX, RoleIndex, RoleMention, allowed_edits

# A request to do a piece of work for the person: the bot gives career advice, it does not write their code.
# A sentence that asks for a piece of work, not advice: 'could you please draft a letter to ...', 'Hello, could you
# write a reference for a nurse', 'can you help me mark a set of essays', 'would you translate this paragraph'.
TASK = re.compile(r"\W*(?:(?:hey|hi|hello|ok|okay|so|bot|dear(?: \w+(?:/\w+)?)?|good (?:morning|afternoon|evening))"
                  r"\W+)*(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls |kindly )?"
                  r"(?:help me )?(?:write|draft|compose|proofread|rewrite|debug|code|generate|mark|grade|translate|"
                  r"solve|summari[sz]e|transcribe|edit|fix|format|design|word|phrase|review|refactor) "
                  r"(?:me |us |my |our |a |an |the |this |these |some |it |"
                  r"['\"‘“])"
                  # 'can u do my econ problem set', 'do my homework for me'
                  r"|\W*(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls )?do (?:my|our|this) (?:\w+ )?"
                  r"(?:homework|assignment|problem set|essay|coursework|exam|quiz)\b", re.IGNORECASE)
# How to do a piece of work, not a career: 'how to do a pivot table in excel?', 'how do I compute the h-index of a
# co-author?', 'can you help me with my LaTeX bibliography? it won't compile'.
HOW_TO_TASK = re.compile(r"\W*(?:how (?:do (?:i|you|we)|to|can i|should i) (?:compute|calculate|install|compile|debug|"
                         r"do an? (?:pivot|vlookup|regression|t-test|anova|query|formula|chart|graph))\b"
                         r"|.*\b(?:won'?t|doesn'?t|does not|will not) (?:compile|run|build|load|converge)\W*$)",
                         re.IGNORECASE)
# A matter of one's own life, not a career: 'is this legal?', 'how do I report her', a device to buy, a currency's
# exchange rate ('what's the dollar to naira rate today', 'a good phone for machine learning under 150k').
OWN_MATTER = re.compile(r"\b(?:is (?:this|that|it) (?:legal|illegal|allowed)\b"
                        r"|how (?:do|can|should|could) i (?:report|sue) (?:her|him|them|my|it|this|that)\b"
                        # something to buy or a mix to measure: 'anyone selling a ride-on mower', 'how much
                        # glyphosate per litre'
                        r"|\banyone selling\b|\bfor sale\b|\bper (?:litre|liter|gallon|ml)\b"
                        # a service or a thing to find: 'do you know a good DJ in Marbella', 'need a locksmith in
                        # manchester now', 'how many round tables fit in a marquee', 'recommend me a good watch'
                        r"|\bdo you know (?:a|any) (?:good )?"
                        r"(?!course|bootcamp|school|college|universit|program|training|cert)\w+ (?:in|near)\b"
                        r"|\bneed an? (?!degree|course|licen|cert|diploma|master|qualification)\w+ (?:in|near) \w+ "
                        r"(?:now|today|tonight|asap|urgently)\b"
                        r"|\bhow many\b.{0,40}\bfit (?:in|into|on)\b"
                        # a game to play or win: 'beat the architect boss', 'unlock the engineer class'
                        r"|\bbeat (?:the|this) (?:\w+ )?boss\b|\bunlock (?:the|a) \w+ class\b"
                        r"|\brecommend (?:me )?(?:a |an |some )?(?:good )?(?:game|roguelike|roguelite|rpg|shooter)s?\b"
                        r"|\b(?:walkthrough|playthrough)s?\b"
                        # an office's hours, a room to book, a book to read: 'what time does the registrar's office
                        # close', 'is the library open 24 hours', 'book room 2.14', 'recommend a good ML book'
                        r"|\bwhat time does\b.{0,40}\b(?:open|close)|\bis the \w+ open\b|\bopen 24\b"
                        r"|\bbook (?:room|a room|the room)\b|\brecommend (?:me )?an? (?:good )?[\w ]{0,30}\bbook\b"
                        r"|\brecommend (?:me )?an? (?:good |nice |decent )?(?:\w+ )?(?:watch|camera|mic|microphone|"
                        r"bike|car|phone|laptop)\b"
                        r"|(?:good|best|cheap|cheapest|affordable|buy an?|recommend an?)"
                        r" (?:phone|smartphone|laptop|computer|pc|tablet) (?:for|under|to)\b"
                        r"|\b(?:dollar|usd|euro|pound|naira|cedi|shilling|rand|rupee|dirham|riyal|peso) to \w+ rate\b"
                        # a document to check, a sum to convert, a visa to get: 'check my SOP', 'convert 6 LPA to
                        # dollars', 'IELTS band for a UK student visa', 'visa processing'
                        r"|(?<!it )(?<!you )(?<!u )\b(?:check|review|correct|proofread|rate) my "
                        r"(?:sop|cv|resume|essay|cover letter|statement)"
                        r"|\bconvert \d|\bvisa (?:processing|interview|appointment)"
                        # a present to buy, a tenant's or a worker's rights: 'what should I get her mum for christmas',
                        # 'my landlord ... won't fix the heating, what are my rights'
                        r"|\b(?:get|buy)\b.{0,20}\bfor (?:christmas|(?:her|his|their|my) birthday)\b"
                        r"|\bwhat are my rights\b"
                        # trouble at home: 'should I take him to the GP', 'someone broke into my car', 'how do I
                        # kill them for good', 'how do I complain to the school', 'should i get a dashcam', a story
                        r"|\b(?:take|took|bring|taking) (?:him|her|them|my \w+|the \w+) to (?:the|a|an) "
                        r"(?:gp|doctor|vet|dentist|er|hospital|a&e|clinic)\b"
                        r"|\b(?:broke|break|broken|breaking) into (?:my|our)\b"
                        r"|\bhow (?:do|can|should) (?:i|we) (?:kill|get rid of (?:them|it|the)|complain)\b"
                        r"|\bshould (?:i|we) (?:get|buy|install) an? (?:dashcam|alarm|burglar alarm|doorbell|safe)\b"
                        r"|\btell (?:me|us) an? (?:\w+ )?story\b(?!.*\b(?:became|become|career|switched|job)\b)"
                        # their own money matters: 'help me appeal my claim', 'i need a mortgage of 250k'
                        r"|\bhelp me (?:appeal|dispute|claim back|get (?:a|my) refund)\b"
                        # a game: 'car mechanic simulator 2021 how to make money fast', 'farming simulator 25 best
                        # combine' (not 'flight simulator training' for pilots)
                        r"|\bsimulator (?:\d{2,4}\b|.{0,60}\b(?:game|mission|level|cheats?|mods?)\b)"
                        r"|\b(?:game|playing|play|mission|level)\b.{0,40}\bsimulator\b"
                        # a tradesperson wanted, a price to pay: 'need a good mechanic near Leeds', 'find a chaplain to
                        # visit my dad', 'how much to ship a container', 'is 55k a fair price'
                        r"|\b(?:need|want|looking for) an? (?:good|reliable|cheap|decent|trusted) \w+ "
                        r"(?:in|near|around)\b"
                        r"|\bfind (?:me |us )?an? \w+ (?:to|who can|that can) (?:visit|fix|come|repair|look at)\b"
                        r"|\bhow much (?:is|for|to|does it cost to) (?:ship|shipping|insure|insurance|fix|repair|"
                        r"replace|send|move|rent|service|post|mail)\b|\bfair price\b"
                        # postage, library fines, passports, a novel to read: 'how much is a first class stamp',
                        # 'overdue library book', 'passport renewal', 'recommend me a good novel'
                        r"|\bhow much (?:is|are|does) (?:a |an |the )?(?:\w+ )?(?:\w+ )?(?:stamps?|postage)\b"
                        r"|\boverdue (?:library )?books?\b|\bbooks? (?:are|is|was|were) overdue\b|\blibrary fines?\b"
                        r"|\bpassport (?:renewal|application)|\brenew (?:my|a|the|our) passports?\b"
                        r"|\brecommend (?:me )?an? (?:good |great )?(?:novel|film|movie|series|tv show)\b"
                        # a camera to buy, a funeral's price, a famous funeral, a prize, a plant at home: 'what camera
                        # should I buy under 800', 'how much is a funeral in Mexico City', 'did you watch the funeral
                        # of', 'who won best show garden', 'why are my tomato leaves going yellow'
                        r"|\bbuy\b[^.?!]{0,30}\bunder (?:\$|£|€)?\d+"
                        # their own service down, a fitter wanted at home: 'my internet has been down for three days',
                        # 'need someone to install a satellite dish at my house'
                        r"|\b(?:my|our) (?:\w+ )?(?:internet|wifi|wi-fi|broadband|fibre|fiber|connection|phone line)\b"
                        r"[^.?!]{0,30}\b(?:down|not working|keeps dropping|slow|cut off)\b"
                        r"|\b(?:internet|wifi|broadband|connection) (?:is |has been |been )?down\b"
                        r"|\bneed (?:someone|somebody|a guy|a man|a tech) to (?:install|fix|repair|come)\b"
                        # a size, a price, a shop, a stain, a lock, a face, a repair asked of the bot: 'what size suit
                        # am I', 'price of 22k gold today', 'where to buy ...', 'locked out', 'which frame suits a
                        # round face', 'remove a red wine stain', 'my watch stopped, can you fix it'
                        r"|\bwhat size (?:\w+ )?(?:am i|should i|do i|would i)\b|\bprice of\b[^.?!]{0,25}\btoday\b"
                        r"|\bwhere (?:to|can i|do i|should i) buy\b|\blocked (?:myself )?out\b"
                        r"|\b(?:round|square|oval|heart[- ]shaped) face\b"
                        r"|\b(?:remove|get out|get rid of) (?:a |the |this |that )?(?:\w+ ){0,3}stains?\b"
                        r"|\bcan (?:you|u) (?:fix|repair|mend) (?:it|my|this)\b"
                        # a login, their own tax, a letter to write for them: 'i cant log into my school's app', 'do I
                        # need to register as self-employed to pay tax', 'need a cover letter, can u write it'
                        r"|\b(?:can'?t|cannot|can not) log ?(?:in|on)(?:to)?\b|\bregister as self[- ]employed\b"
                        r"|\b(?:pay|file|do) (?:my |the )?tax(?:es)? (?:on|return)\b"
                        r"|\b(?:write|draft) (?:me )?(?:a|my|the) (?:cover letter|cv|resume|essay|personal statement)\b"
                        r"|\bcan (?:u|you) write (?:it|this|one|that)\b"
                        r"|\bhow much (?:is|does|do|would) (?:an? |the )?"
                        r"(?:funeral|wedding|cremation|burial|headstone)s?\b(?! (?:\w+(?:ers?|ors?|ists?|ants?|"
                        r"ents?|ians?)|directors?|homes?|industry|business|djs?|staff|workers?|bands?|venues?)\b)"
                        r"|\bdid (?:you|u) (?:watch|see) (?:the|that) (?:\w+ ){0,3}(?:match|game|show|film|movie|"
                        r"funeral|wedding|final|episode|concert|race|fight|parade)\b|\bwho (?:won|is winning)(?![\w'’])"
                        # their own animal's health or behaviour, a game to play: 'my horse has been lame', 'our
                        # rescue dog has a bite history', 'any horse games like star stable for ps5'
                        r"|\b(?:my|our) (?:\w+ )?(?:dog|cat|horse|puppy|kitten|pony|rabbit|parrot|pet|mare|gelding)\b"
                        r"[^.?!]{0,60}\b(?:lame|limping|sick|vomit\w*|sneez\w*|itch\w*|bites?|biting|bit|barks?|"
                        r"barking|scratch\w*|not eating|abscess|injured|lost|missing|ran away|matted)\b"
                        r"|\b(?:give|feed) (?:my|our) (?:dog|cat|puppy|kitten|horse|pony|rabbit|pet)\b"
                        r"|\b(?:any|good|best|other|more|some|fun) (?:\w+ )?games? like\b"
                        r"|\bmy (?:\w+ )?(?:plants?|tomato(?:es)?|lawn|grass|hedge|roses?|trees?|seedlings?|leaves|"
                        r"garden)\b"
                        r"(?! (?:job|work|career|role|business|industry|centre|center|nursery))"
                        r"[^.?!]{0,40}\b(?:yellow|brown|dying(?! out)|wilting|dead|pests?|weeds?|moss|aphids?)\b"
                        r"|\bi need an? (?:mortgage|loan|credit card)\b"
                        r"(?! (?:officer|advis[eo]r|underwriter|processor|broker))"
                        # care or benefits for the family: 'find a carer for my dad', 'claim carer's allowance'
                        r"|\b(?:find|looking for) an? (?!job\b|role\b|career\b|course\b|degree\b)\w+ for "
                        r"(?:my|our) (?:dad|mum|mom|mother|father|parents?|nan|nana|gran|granny|grandma|grandad|"
                        r"grandpa|grandmother|grandfather|son|daughter|husband|wife|kids?|child|children|baby)\b"
                        r"|\b(?:claim|apply for|get) (?:the )?(?:carer'?s|child|housing|disability|unemployment) "
                        r"(?:allowance|benefit|credit)\b|\b(?:claim|apply for|get) universal credit\b"
                        # a thing to buy or to make at home: 'best mig welder under 500', 'how to weld a bbq smoker'
                        r"|\b(?:best|cheapest|cheap|good|budget) (?!(?:\w+ ){0,3}(?:jobs?|careers?|roles?|work)\b)"
                        r"(?:\w+ ){1,6}under (?:\$|£|€)?\d+(?!\s*(?:years?|yrs|k\b|000|hours?))"
                        r"|\bhow (?:to|do i|can i) (?:weld|fix|repair|build|make|paint) (?:a|an|my|our) (?:\w+ )?"
                        r"(?:smoker|bbq|grill|gate|fence|shelf|trailer|roof|sink|toilet|tap|faucet)\b"
                        # pests, an appliance or a stain at home: 'cockroaches in my kitchen', 'my washing machine is
                        # showing error 4C', 'spilled curry on my kurta'
                        r"|\b(?:cockroach(?:es)?|roach(?:es)?|rats?|mice|mouse|bed ?bugs?|termites?|wasps?|fleas|ants)"
                        r"\b[^.?!]{0,40}\b(?:in|under|around|all over) (?:my|our|the) (?:\w+ )?"
                        r"(?:kitchen|house|home|flat|apartment|garden|shed|bedroom|bathroom|loft|attic|room|bed|walls?|"
                        r"roof)\b"
                        r"|\b(?:my|our) (?:\w+ )?(?:washing machine|washer|dryer|dishwasher|fridge|freezer|boiler|oven|"
                        r"microwave)\b[^.?!]{0,60}\b(?:error|broke|broken|not working|won'?t|doesn'?t|stopped|leak\w*)"
                        r"|\bspill(?:ed|t)? (?:\w+ ){0,3}on my\b|\bstill (?:yellow|stained)\b"
                        # the news, a home's price, their own home or its tax: 'did you hear about the fire', 'how
                        # much is a 2 bed in Dubai Marina', 'should I buy or rent', 'stamp duty on a 450k house'
                        r"|\bdid (?:you|u) (?:hear|read) (?:about|the news)\b"
                        r"|\bdid (?:you|u) see (?:that|the|this) news\b(?! that\b)"
                        # a thing of theirs to value, an app that fails, apps paying pocket money: 'how much is my
                        # grandmother's chest of drawers worth', 'SurveyCTO says server not found when i sync'
                        r"|\b(?:how much|what) is (?:my|our|this|that) (?!(?:experience|degree|skills?|time|cv|resume|"
                        r"background|qualifications?|work)\b)(?:\w+'?s? ){0,4}\w+ worth\b(?! (?:as|in|to|for) )"
                        r"|\b(?:server not found|won'?t sync|not syncing|sync (?:error|fails?|failed))\b"
                        r"|\bpaid surveys? apps?\b|\bsurvey apps? (?:to|for) (?:earn|make)\b"
                        # a page that fails, their own aches: 'my shop stats page stopped loading', 'my back hurts
                        # from upholstery work, any stretches?'
                        r"|\b(?:stopped|isn'?t|not|won'?t) loading\b"
                        r"|\bmy (?:back|knees?|wrists?|hands?|shoulders?|neck) (?:hurts?|is killing me|aches?)\b"
                        r"[^.?!]{0,60}\b(?:stretch\w*|exercises?|remed\w*|painkillers?)\b"
                        # a chore, a van wanted, a word with someone: 'how to unclog the dishwasher filter', 'need a
                        # man with a van on saturday', 'how do I talk to him without losing him'
                        r"|\bhow (?:to|do i|can i|do you) (?:unclog|unblock|descale|reset|defrost) (?:a |an |the |my )?"
                        r"(?:\w+ ){0,2}\w+\b|\bman with a van\b"
                        r"|\bhow (?:do|can|should) (?:i|we) (?:talk|speak) to (?:him|her|them)\b(?! about (?:a |the )?"
                        r"(?:career|job|becoming))"
                        r"|\bhow much (?:is|are|does|do) (?:a|an|the) (?:\d+[- ]?(?:bed|bedroom|br|bhk)|house|flat|"
                        r"apartment|condo|studio|villa)s?\b(?! (?:cleaner|painter|inspector|agent|manager|builder))"
                        r"|\b(?:should|shall) (?:i|we) (?:buy|rent)\b[^.?!]{0,20}\bor (?:buy|rent)\b|\bstamp duty\b"
                        # a visit, an animal's life, a painting, a fine, a match: 'how much are aquarium tickets',
                        # 'how long do otters live', 'who painted this?', 'can I contest this fine', 'who wins?'
                        r"|\bhow much (?:is|are) (?:the |a |an )?(?:\w+ )?(?:tickets?|admission|entry)\b"
                        r"|\bgroup discount\b|\bopening (?:hours|times)\b"
                        r"|\bwhich (?:museum|gallery|zoo|aquarium) (?:is (?:the )?(?:best|better|nicer|worth)|"
                        r"should (?:i|we) (?:visit|see|go))"
                        r"\b(?![^.?!]{0,30}\b(?:work|job|career|hir\w*|intern\w*|as an?)\b)"
                        r"|\bhow long (?:do|does|can) (?:an? |the )?(?:\w+ )?\w+ live\b(?! (?:on|off|with))"
                        r"|\bwho painted\b|\bcontest (?:this|the|my|a) (?:\w+ )?(?:fine|ticket|penalty)\b"
                        r"|\bwho (?:do (?:you|u) think )?(?:will )?wins?\b"
                        # their service: 'my VA disability rating', 'allowed to wear the beret with PT kit', 'a staff
                        # sergeant equivalent in the navy', 'best loadout for call of duty'
                        r"|\b(?:va |disability )rating\b|\ballowed to wear\b|\buniform (?:rules?|regs?|regulations?)\b"
                        r"|\b(?:sergeant|corporal|lieutenant|captain|colonel|petty officer|rank)s? equivalent\b"
                        r"|\bequivalent (?:rank|of a)\b|\bloadout\b|\b(?:call of duty|warzone|fortnite|cod) tips\b"
                        r"|\btips? (?:for|in|on) (?:call of duty|warzone|fortnite)\b"
                        # a booking, a look for themselves, a game: 'can I book a gel manicure for Saturday', 'what
                        # hair colour would suit me', 'is there a game where you run a salon'
                        r"|\bcan (?:i|we) book\b|\bbook (?:me |us )?(?:a|an) (?:\w+ )?(?:appointment|manicure|pedicure|"
                        r"facial|massage|haircut|slot)\b|\bwhat (?:hair )?colou?r (?:would |will )?suits? me\b"
                        r"|\bis there a game\b|\bgame where (?:you|i)\b"
                        # a bet, a fantasy team, a membership to cancel, a receipt: 'fantasy premier league captain
                        # this week?', 'betting tips for tonight', 'cancel my gym membership', 'a donation receipt'
                        r"|\bfantasy (?:premier league|football|team|league)\b|\bbetting tips?\b"
                        r"|\bcancel (?:my |a |the |our )?(?:\w+ )?membership\b|\b(?:donation|tax) receipts?\b"
                        # a beast's price, a machine that won't start, a guest's room, a tip to work out, a visa fee:
                        # 'how much is a bull in Kano market', 'my tractor wont start', 'room 305 needs towels'
                        r"|\bhow much (?:is|are|does|do) (?:a |an |the |my )?(?:\w+ )?(?:bull|cow|goat|sheep|pig|calf|"
                        r"heifer|ram|chicken|hen|camel)s?\b(?! (?:farmer|keeper|herder|vet|worker|breeder))"
                        r"|\b(?:wont|won't|doesnt|doesn't|didnt|didn't) (?:start|turn over|fire)\b"
                        r"|\bstarter\b[^.?!]{0,30}\b(?:clicks|clicking|sticks|sticking)\b"
                        r"|\broom \d{3,4}\b|\bmore towels\b|\bcalculate (?:an? |the |my )?(?:\d+ ?%? )?tip\b"
                        r"|\b(?:dollars|usd|fee|fees|charge|charges|money) for (?:the |my |a )?"
                        r"(?:visa|permit|work permit)\b"
                        # an assistant's errand, a market, a game, a dinner, a shop's hours, boots: 'set a reminder
                        # to call the HR director', 'ghostwrite a LinkedIn post', 'is the Nikkei up', 'a good
                        # handicap', 'a restaurant for a client dinner', 'builders merchant open on sunday'
                        r"|\bset (?:up )?(?:a |an |me a )?(?:reminder|teams call|zoom call|teams meeting)\b"
                        r"|\bghost ?write\b|\b(?:nikkei|ftse|nasdaq|dow jones)\b|\b(?:share|stock) prices?\b"
                        r"|\bhandicap\b|\b(?:need|book|recommend|find) (?:me )?(?:a |an )?(?:\w+ )?restaurant\b"
                        r"|\bopen (?:on )?(?:a )?(?:sunday|saturday|today|tonight|now|late)\b"
                        r"|\bdid \w+ (?:win|lose|draw)\b|\bbest (?:\w+ )?boots\b"
                        # their own papers: 'cancel my penalty for late filing', 'my pension forecast', 'register a
                        # birth', 'pay my council tax online', 'a parking ticket ... contest it', 'The Sims 4'
                        r"|\b(?:cancel|waive|reduce|appeal) (?:my |the |a |this )?(?:\w+ )?(?:penalty|fine)\b"
                        r"|\bpension forecast\b|\bregister a (?:birth|death|marriage|car)\b"
                        r"|\bpay (?:my |the |our )?(?:council tax|tax bill|water bill|electricity bill)\b"
                        r"|\bparking (?:ticket|fine)\b|\b(?:in|on) the sims\b|\bsims ?[234]\b"
                        r"|\b(?:what'?s|what is) the penalty\b"
                        # a payslip, a lost card, a shift swap, a crush, an exam date, a laptop: 'my payslip is
                        # wrong', 'lost my access card', 'when is the final exam', 'my crush studies epidemiology'
                        r"|\bmy payslip (?:is|was|has)\b|\blost my (?:\w+ )?(?:card|keys?|phone|wallet|badge)\b"
                        r"|\bswap (?:my )?(?:shifts?|to days|to nights)\b|\bmy crush\b"
                        r"|\bwhen is the (?:final |mid-?term )?exams?\b|\bhow do i install\b|\bmy laptop is\b"
                        r"|\bworth subscribing\b|\bneed a translator for (?:my|the|a)\b)",
                        re.IGNORECASE)
# A visa to get ('IELTS band for a UK student visa'): a matter of their own when no job is asked
# about; beside one it is where they stand ('barista in Australia how much pay per hour, for student visa').
VISA_MATTER = re.compile(r"\b(?:student|tourist|visit) visa\b", re.IGNORECASE)
# An advert pasted into the chat ('50% OFF Data Science Bootcamp - use code DATA50', 'FREE AI course ... link in
# bio'): nothing asked.
ADVERT = re.compile(r"\b\d{1,2} ?% off\b|\buse (?:my |the )?(?:promo |discount |coupon )?code\b|"
                    r"\blink in (?:my )?bio\b|\benrol+ now\b|\bsign up now\b|\bclick (?:the link|here)\b|"
                    r"\blimited (?:seats|spots|offer)\b",
                    re.IGNORECASE)
# Matters of the person's own that name jobs in passing: homework to do, their taxes, a TV cast, a game, a tip to
# work out, a crossword ('can you help my daughter with her statistics homework', 'how do I work out my tax code',
# 'who plays the paralegal in Suits', 'in Stardew Valley how do I get Robin the carpenter to ...'; not 'watching
# Copilot write my homework', a story).
OWN_AFFAIRS = re.compile(
    r"\b(?:help (?:me |him |her |us |my \w+(?: \w+)? )?with|(?:can|could|pls|please) (?:you |u )?(?:do|solve))\b"
    r".{0,40}\bhomework\b|\bhomework ?:"
    r"|\b(?:my|our) (?:\w+ )?(?:tax (?:return|code|credits?|rebate|refund|form)s?|taxes)\b"
    r"|\bon my tax\b|\bhow much (?:income )?tax (?:would|will|do|does|should)\b"
    # (a payslip's tax, deductions or overtime: 'my payslip says emergency tax', 'tax code 1257L')
    r"|\bpay ?(?:slip|stub)s?\b.{0,60}\b(?:tax\w*|deduct\w*|revenue|overtime|national insurance)\b"
    r"|\b(?:tax\w*|deduct\w*|overtime)\b.{0,60}\bpay ?(?:slip|stub)s?\b|\bemergency tax\b|\btax code \w*\d"
    r"|\btransfer fees?\b"
    r"|\bwho plays (?:the|a|an)\b|\bseason \d\b|\bbinge\w*"
    r"|\bin stardew\b|\bin (?:the )?sims(?: \d)?\b"  # (a game named in a story of their own is no request)
    r"|\b\d+ ?% tip\b|\btip on (?:a )?[$£€]?\d|\bcrossword\b|\bunscramble\b|\banagram\b",
    re.IGNORECASE)
# Office work asked of the bot as of an assistant ('Schedule interviews with the 3 data scientist candidates',
# 'send a rejection email to the BI analyst candidate', 'can you build the nurse rota', 'update the headcount
# sheet'): jobs named, nothing asked about them (asked of the bot: not 'I make the cleaning rota', a story).
ADMIN_TASK = re.compile(
    r"\b(?:schedule|reschedule|arrange|book) (?:\w+ ){0,3}(?:interviews?|panels?|meetings?|calls?|invites?)\b"
    r"|(?:^\W*|[.!?:]\s*|\b(?:can|could|would|will) (?:you|u) (?:please |pls )?|\b(?:please|pls|plz) )"
    r"(?:send|set up|update|build|make|draft|organi[sz]e|plan) (?:me |us )?(?:\w+ ){0,4}"
    r"(?:rota|roster|invites|invitations|letters|rejection e-?mail|offer letter|agenda|headcount sheet|sheet|"
    r"spreadsheet|slides|deck|onboarding plan|30-60-90|offsite)\b|\bsend (?:\w+ ){0,3}new invites\b"
    r"|\b(?:rota|roster)\b.{0,60}\bcan (?:you|u) (?:do|make|build|sort|fix)\b",
    re.IGNORECASE)
# A command meant for the phone's assistant, dictated to the bot ('set a timer for ten minutes', 'text Sarah saying
# the plumber is coming', 'play nine to five by Dolly Parton', 'remind me to pay the electrician').
PHONE_COMMAND = re.compile(
    r"\bset (?:a|an|the|my) (?:timer|alarm|reminder)\b|\bremind me to\b"
    r"|^\W*(?:text|message|whatsapp|ring|call) (?!me\b|you\b)\w+(?: \w+)? (?:saying|to say|and say|that i|and tell)\b"
    r"|^\W*play (?!the role\b)(?:\w+ ){1,6}by \w+|^\W*navigate (?:to|home)\b|^\W*call (?:mum|mom|dad|home)\b",
    re.IGNORECASE)
# Requests of the bot that are no career question, whatever jobs they name.
NOT_CAREER_REQUESTS = (ADVERT, OWN_AFFAIRS, ADMIN_TASK, PHONE_COMMAND)
# One of them is in every message OWN_MATTER finds: the pattern (tens of microseconds) runs only then.
OWN_MATTER_WORDS = frozenset({"legal", "illegal", "allowed", "report", "sue", "phone", "smartphone", "laptop",
                              "cockroach", "roach", "rat", "mice", "mouse", "bug", "bedbug", "termite", "wasp", "flea",
                              "ant", "washing", "washer", "dryer", "dishwasher", "fridge", "freezer", "boiler", "oven",
                              "microwave", "spilled", "spilt", "spill", "stained", "hear", "bed", "bedroom", "br",
                              "bhk", "house", "flat", "apartment", "condo", "studio", "villa", "duty", "new",
                              "unclog", "unblock", "descale", "reset", "defrost", "van", "talk", "speak", "worth",
                              "server", "sync", "syncing", "app", "loading", "stretch", "stretche", "stretching",
                              "exercise", "remedy", "remedie", "painkiller",
                              "computer", "pc", "tablet", "rate", "sop", "cv", "resume", "essay", "letter", "statement",
                              "convert", "visa", "christma", "birthday", "right", "selling", "sale", "litre", "liter",
                              "gallon", "ml", "know", "need", "fit", "recommend", "beat", "unlock", "walkthrough",
                              "playthrough", "time", "open", "book", "take", "took", "bring", "taking", "broke",
                              "break", "broken", "breaking", "kill", "rid", "complain", "dashcam", "alarm", "doorbell",
                              "safe", "story", "appeal", "dispute", "claim", "refund", "mortgage", "loan", "simulator",
                              "find", "want", "looking", "ship", "shipping", "insure", "insurance", "fix", "repair",
                              "replace", "send", "move", "rent", "service", "fair", "universal", "post", "mail",
                              "stamp", "postage", "overdue", "library", "passport", "renew", "buy", "funeral",
                              "wedding", "cremation", "burial", "headstone", "won", "winning", "yellow", "brown",
                              "dying", "wilting", "dead", "pest", "weed", "moss", "aphid", "game", "internet", "wifi",
                              "broadband", "fibre", "fiber", "connection", "someone", "somebody", "size", "price",
                              "locked", "face", "stain", "log", "self", "tax", "dog", "cat", "horse", "puppy", "kitten",
                              "pony", "rabbit", "parrot", "pet", "mare", "gelding", "allowance", "benefit", "credit",
                              "under", "smoker", "bbq", "grill", "gate", "fence", "shelf", "trailer", "roof", "sink",
                              "toilet", "tap", "faucet", "cover", "match", "show", "film", "movie", "final", "episode",
                              "concert", "race", "fight", "parade", "ticket", "admission", "entry", "discount",
                              "opening", "museum", "gallery", "zoo", "aquarium", "live", "painted", "contest",
                              "win", "rating", "wear", "uniform", "equivalent", "loadout", "tip",
                              "colour", "color", "suit", "fantasy", "betting", "membership", "receipt", "bull", "cow",
                              "goat", "sheep", "pig", "calf", "heifer", "ram", "chicken", "hen", "camel", "wont",
                              "doesnt", "didnt", "starter", "room", "towel", "calculate", "reminder", "team",
                              "zoom", "ghost", "ghostwrite", "nikkei", "ftse", "nasdaq", "dow", "handicap",
                              "restaurant", "lose", "draw", "boot", "penalty", "forecast", "birth", "council",
                              "parking", "sim", "sims", "payslip", "lost", "swap", "crush", "exam", "install",
                              "subscribing", "translator"})  # singular
# (each alternative of OWN_MATTER holds one; not everyday words like 'good' or 'get', which would run it always)
WITHOUT = re.compile(r"\bw/o\b", re.IGNORECASE)  # 'w/o experience': without
PRE_K = re.compile(r"\bpre[- ]k\b", re.IGNORECASE)  # 'pre-k', 'pre k': prekindergarten
ARROW = re.compile(r"\s*(?:→|->|=>|⇒|-->)\s*")
# Scripts written without spaces between words (Chinese, Japanese kana, Korean): read through the glosses
SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A short form typed in capitals with a small plural 's': 'GPs', 'CNAs' (the plural spelt lower case can be a
# tool's name: GPS)
CAPITALS_PLURAL = re.compile(r"\b([A-Z]{2,5})s\b")
REPEATED = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)  # a letter typed three times or more
# Text speak: '4' for 'for' and '2' for 'to' between words ('need maths 4 data science', 'how 2 become a nurse'),
# never a count ('4 years', 'top 2 jobs', 'grade 4', 'level 2 nvq').
SAID_AS_WORDS = {"4": "for", "2": "to"}
# Little words that never make half of a job's name written as two ('ship per month' is no shipper).
JOINING_WORDS = frozenset({"per", "up", "out", "off", "over", "in", "on", "at", "by", "to", "a", "an", "the", "and",
                           "or", "my", "your", "our", "i", "is", "as", "for", "of", "with", "man", "men"})
BEFORE_A_COUNT = frozenset("""top the these those my his her our their all only just about around over under than in
within for by of x grade level class year yr band step part tier zone std standard form version gen type page chapter
room section at after before like maybe or and to from between with has have had got get earn earns make makes made
paid pay every each last next first some approx aged age is are was were be been am im its nc nvq key stage phase
plus times term semester sem round gcse sat act ielts score scored out number no size point option pick choice item
question q""".split())
COUNTED = frozenset("""year years yr yrs month months mo mos week weeks wk wks day days hour hours hr hrs h k kid kids
child children people ppl person persons job jobs role roles time times x of or and to options option career careers
course courses degree degrees cert certs certificate certificates thing things language languages company companies
lakh lakhs percent pm am minute minutes min mins shift shifts night nights weekend weekends men women boy boys girl
girls member members employee employees staff students student attempts tries more less digit digits dollars usd
grand star stars pls plz please""".split())
MIN_SOUNDED = 5          # shorter words are matched by sound too loosely ('wat' is a spelling, not a sound)
VOWELS = frozenset("aeiou")
# Everyday words the bot's vocabulary lacks that sound or look like a job or question word: never 'corrected'.
EVERYDAY_SOUNDS = frozenset({"version", "versions", "colour", "color", "putting", "messing", "grander", "wonder",
                             "planet", "smarter", "further", "gruezi", "sequel", "kinder", "proper", "letter",
                             "compassion", "compassionate", "techy", "techie", "techies"})  # techy: good with tech
MIN_NAME_SOUNDED = 7     # shorter words of occupation names ('winder', 'cooler') are everyday words' sounds too
LETTERS_PER_EDIT = 3     # a word spelt by ear is at most one letter in three from the word: 'statistishun' (3)
NEAR_SOUND_EDITS = 2     # a sound off as well as letters: 'injineer' -> 'engineer' (2)
MAX_MATCH_CHARS = 1000   # longer messages are read this far (beginning and end); the reply says so
TAIL_CHARS = 300
JOB_SUFFIXES = ("ist", "ian", "ator")
# 'I am' in the words of people who name their job in English: Dutch, German, French ('ik ben verpleegkundige')
I_AM = frozenset({("i", "am"), ("ik", "ben"), ("ich", "bin"), ("je", "suis")})
# 'I'm a DBA, how do I become a data architect?': the role after these words is the person's own.
OWN_ROLE_STARTS = (*sorted(I_AM), ("i", "work", "as"), ("i", "work", "in"), ("i", "work", "at"),
                   ("job", "is"), ("role", "is"), ("job", "as"),
                   ("i", "am", "currently"), ("currently",), ("i", "was"),
                   ("have", "been"), ("been",), ("former",), ("ex",), ("worked", "as"), ("working", "as"),
                   ("i", "am", "working", "as"), ("being",), ("i", "am", "now"), ("now",), ("as",),
                   # 'all i got is a campus barista job', 'all i have is a retail job': what they do now
                   ("i", "got", "is"), ("i", "have", "is"), ("i", "ve", "got", "is"), ("i", "do", "is"))
# Beside 'OT' these make it operational technology (plant control systems), not an occupational therapist.
OPERATIONAL_TECHNOLOGY = frozenset({"security", "cyber", "cybersecurity", "network", "networks", "system", "systems",
                                    "ics", "scada", "it", "engineer", "engineering", "environment", "environments",
                                    "infrastructure", "asset", "assets", "side"})
# Words of buildings and of the building architect's registers and schools: 'architect' among them is that
# architect ('RIBA chartered', 'CAU registered', 'B.Arch', 'design our extension'), as are jobs of building
# design and construction named beside it ('interior designer vs architect').
BUILDING_WORDS = frozenset({"riba", "arb", "ncarb", "coa", "cau", "arcon", "architektenkammer", "barch", "march",
                            "building", "house", "extension", "practice", "interior",
                            "landscape", "construction", "bim", "revit", "archicad", "sketchup", "rhino",
                            "drawing", "licensed", "chartered", "registered", "urban", "structural", "skyscraper",
                            "residential", "housing", "renovation", "loft", "kitchen", "bathroom"})
# Words of the technical sense: 'an architect in tech', 'the data one', 'for the new claims platform'.
TECH_WORDS = frozenset({"tech", "it", "data", "ai", "ml", "software", "cloud", "platform", "solution", "enterprise",
                        "system", "database", "computer", "digital", "machine", "learning", "network", "security",
                        "technical", "technology", "dba", "engineer", "developer", "programming", "coding"})
BUILDING_CODES = ("17-1", "17-2051", "17-3011", "47-", "27-1025", "11-9021", "13-1051", "19-3051")
BUILDING_ARCHITECT = "17-1011.00"
# Titles that are verbs too, read as verbs after 'to' and before a preposition ('to register with the HCPC');
# not 'similar to accountant with', 'switching to electrician at 32'.
VERB_TITLES = frozenset({"register", "guide", "host", "counsel", "judge"})
# 'I manage a coffee shop', 'we run a bakery': the place's manager is the person's job (_managed_as_job).
MANAGING = frozenset({"manage", "managing", "run", "running"})
RUN_NOT_A_PLACE = frozenset({"shift", "shifts", "team", "teams", "crew", "crews", "side", "rota", "rotas", "desk"})
MANAGER_RANKS = frozenset({"assistant", "deputy", "duty", "shift", "general", "night", "acting", "trainee", "senior",
                           "junior", "area"})
MANAGING_ADVERBS = frozenset({"currently", "now", "also", "still", "basically", "actually"})
MANAGED_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "this", "small", "little", "busy", "local"})
I_MANAGE = frozenset({("i", "manage"), ("i", "run"), ("we", "run"), ("we", "manage"), ("i", "managing"),
                      ("i", "running")})
# The same by length: the words before a mention are looked up once per length, not compared with each in turn.
_OWN_STARTS_BY_LENGTH = {n: frozenset(s for s in OWN_ROLE_STARTS if len(s) == n) for n in sorted(
    {len(s) for s in OWN_ROLE_STARTS})}
CONSIDERING = frozenset({"considering", "consider", "pursue", "pursuing"})  # 'seriously considering nursing'
WEIGHING_VERBS = frozenset({"thinking", "eyeing", "researching", "exploring", "mulling", "wondering"})
# 'the same thing as a', 'as much as a', 'such as a': 'as' likening, not 'as a nurse, ...'
AS_COMPARING = frozenset({"same", "thing", "much", "such", "well", "good", "many", "far"})
# 'get started as a', 'hired as a': the job one would start in, not the one held.
STARTING_AS = frozenset({"start", "started", "starting", "begin", "hired", "rehired", "apply", "applying", "qualify",
                         "retrain", "retraining", "requalify"})
# 'I be tailor', Pidgin 'I am'; not after a word that makes it a wish or a question ('can I be a nurse?')
PIDGIN_I_AM = ("i", "be")
BEFORE_A_WISH = frozenset({"can", "could", "would", "will", "should", "shall", "might", "may", "must", "to", "d",
                           "ll", "let", "wanna", "gonna"})


BUILDING_DENIALS = frozenset({"not", "no", "nothing", "non"})


def undenied(tokens: Sequence[str], reach: int, denials: Set[str] = frozenset({"not", "no"})) -> set[str]:
    """The words of ``tokens`` with no denial among the ``reach`` words before them ('not plants', 'no data')."""
    return {t for i, t in enumerate(tokens) if not set(tokens[max(0, i - reach):i]) & denials}


def building_sense(tokens: Sequence[str], others: Iterable[str]) -> bool:
    """Words of buildings ('RIBA Part 3', 'houses', 'B.Arch') or a job of building design or construction among
    ``others`` (the roles named beside it or discussed before)."""
    # words said, not denied: 'buildings, not data' is building; 'the tech kind not buildings' is not
    said = undenied(tokens, 3, BUILDING_DENIALS)
    # ('it' is IT only after 'in' or 'an': 'how long does it take' is no tech)
    it = any(a in ("in", "an") and b == "it" for a, b in zip(tokens, tokens[1:], strict=False))
    if said & (TECH_WORDS if it else TECH_WORDS - {"it"}):
        return False  # 'an architect for the new claims platform', 'the tech kind not buildings'
    parts = {("part", n) for n in ("1", "2", "3", "i", "ii", "iii", "one", "two", "three")}
    return bool(said & BUILDING_WORDS) or bool(parts & set(zip(tokens, tokens[1:], strict=False))) \
        or any(r.removeprefix(ONET_PREFIX).startswith(BUILDING_CODES) for r in others if r.startswith(ONET_PREFIX))


def building_architect(m: RoleMention, tokens: Sequence[str], others: Sequence[str],
                       architects: frozenset[str]) -> RoleMention:
    """'architect' among words of buildings or beside a building job ('interior designer vs architect') is the
    building architect (O*NET's Architects, Except Landscape and Naval), not a data, AI or ML architect to choose
    from. (Not 'architect vs data architect': 'is architect just a senior DBA?' means the data architect.)"""
    if not architects or set(m.roles) != architects:
        return m
    if not building_sense(tokens, others):
        return m
    return replace(m, roles=(ONET_PREFIX + BUILDING_ARCHITECT,), official=True)


def i_am_before(tokens: Sequence[str], m: RoleMention, back: int) -> bool:
    """'I am' among the ``back`` words before the mention: 'I'm a DBA', "I'm 34 and a data analyst", 'ik ben
    verpleegkundige', Pidgin 'I be tailor' (not 'can I be a nurse?')."""
    back += sum(1 for t in tokens[max(0, m.start - back - 2):m.start] if t.isdigit() or t in GRADE_WORDS)  # 'a GS-11'
    start = max(0, m.start - back)
    for i in range(start, m.start - 1):
        pair = (tokens[i], tokens[i + 1])
        if pair in I_AM or (pair == PIDGIN_I_AM and not (i and tokens[i - 1] in BEFORE_A_WISH)):
            return True
    return managed_by_i(tokens, m)


def managed_by_i(tokens: Sequence[str], m: RoleMention) -> bool:
    """'I manage a coffee shop', 'we run a small bakery': the place named is where the person is the manager
    (_managed_as_job); not 'I manage vendors'."""
    i = m.start
    while i > 0 and tokens[i - 1] in MANAGED_DETERMINERS:
        i -= 1
    return i < m.start and i >= 2 and (tokens[i - 2], tokens[i - 1]) in I_MANAGE


SOURCE_WORDS = frozenset({"from"})
# Words of leaving a job: 'done with nursing', 'quit teaching', 'left retail' (the job after them is behind them).
LEAVING = frozenset({("done", "with"), ("quit", "my"), ("left", "my"), ("out", "of"), ("leaving", "my"),
                     ("burnt", "out"), ("after", "years"), ("after", "the")})  # 'teacher after the marines'
# Two words that describe a job as one ('an in-house recruiter', 'a part-time tutor'): one describing word.
TWO_WORD_DESCRIBERS = frozenset({("in", "house"), ("full", "time"), ("part", "time"), ("self", "employed"),
                                 ("entry", "level"), ("mid", "level"), ("senior", "level"), ("self", "taught")})
OBJECTS = frozenset({"me", "us", "him", "her", "them", "my", "our"})
CREDENTIALS_WEIGHT = 5.0
FIRST_ITEM_WEIGHT = 1.0
ITEM_QUESTION = 2.0   # a listed item asks a question when an intent scores this on its words ('pay', 'degree?')
# '1) ... 2) ...', '(1)', '1.', or '- ' / '• ' opening a line: the marks of questions listed one by one
ITEM_MARK = re.compile(r"(?:(?<=\s)|^)\(?[1-9][).:]\s*|^\s*[-•*] +", re.MULTILINE)
# A verb of work and the one who does it: 'drives trucks' is a truck driver (as read: singular, corrected).
DOERS = {"drive": "driver", "drove": "driver", "driving": "driver", "operate": "operator", "operating": "operator",
         "repair": "repairer", "repairing": "repairer", "install": "installer", "installing": "installer",
         "inspect": "inspector", "inspecting": "inspector", "teach": "teacher", "taught": "teacher",
         "teaching": "teacher", "clean": "cleaner", "cleaning": "cleaner", "sell": "salesperson",
         "selling": "salesperson", "sold": "salesperson"}
TEACHING_LEVELS = frozenset({"secondary", "primary", "elementary", "middle", "high", "preschool", "kindergarten",
                             "special", "nursery", "infant", "junior", "school", "sixth", "adult"})
JOIN_REACH = 4  # words between a job said by its work and another that a join word may span ('I teach or tutor')
GRADE_WORDS = frozenset({"band", "grade", "level", "gs", "step", "tier"})
# Words describing the person in their job, between 'as a' and it: 'as a complete beginner nurse', 'as a foreign
# trained nurse'.
PERSON_DESCRIBERS = frozenset({"complete", "total", "absolute", "beginner", "foreign", "overseas", "trained",
                               "internationally", "educated", "humble", "simple", "tired", "burnt", "burned"})
# 'I am' in the languages people open with: Spanish 'soy', Portuguese 'sou', Polish 'jestem', Italian 'sono'
# (only opening the message: 'soy' elsewhere is the bean).
OPENING_I_AM = frozenset({"soy", "sou", "jestem", "sono"})
# Words between 'I' and what they do: 'I have taught', "I've been teaching", 'I still drive'.
DOER_AUXILIARIES = frozenset({"have", "had", "been", "still", "also", "currently", "now", "used", "to", "mainly",
                              "mostly", "actually"})
HELD = frozenset({"certified", "qualified", "holder", "registered", "licensed"})
CERT_WORDS = frozenset({"cert", "certification", "certificate", "certified", "exam", "certs"})
YEAR = re.compile(r"(?:19|20)\d\d$")
# Words ending in -ed that describe a worker rather than tell what one did: 'nurse trained in the UK'.
DESCRIBING_PARTICIPLES = frozenset({"qualified", "certified", "skilled", "experienced", "licensed", "registered",
                                    "trained", "retired", "based", "needed", "wanted", "required", "specialised",
                                    "specialized", "focused", "related", "employed", "unemployed", "salaried",
                                    "paid", "underpaid", "overpaid", "interested", "burned", "tired", "bored",
                                    "stressed", "accredited", "chartered", "advanced", "seasoned", "dedicated"})
# 'differ from', 'a promotion from': a comparison, not where the person starts from
SET_APART = frozenset({"differ", "different", "difference", "distinct", "promotion", "step", "far", "apart", "tell"})
MONEY_REASON = "an amount of money"   # why an amount ('90k', '$93,600') counts for the pay question
# Before 'tool': words that make it one thing in the story ('the AI tool the firm bought') unless asked about.
STORY_ARTICLES = frozenset({"a", "an", "the", "this", "that", "our", "their", "new"})
TOOL_ASKING = frozenset({"what", "which", "any", "best", "main", "favourite", "favorite", "recommend", "recommended"})
# Words that ask, between a job the person opens with and the job asked about.
# What the bot tells about a job, right after its name: 'your paralegal salary figure' is the job's, not a person.
FACT_NOUNS = frozenset({"salary", "salaries", "pay", "wage", "wages", "figure", "figures", "outlook", "projection"})
QUESTION_WORDS = frozenset({"what", "whats", "how", "which", "is", "are", "does", "doe", "do", "can", "could",
                            "should", "tell"})
# Stages of any trade or profession, alone no job: 'do they get paid as apprentices', 'full journeyman pay'.
STAGE_WORDS = frozenset({"apprentice", "apprentices", "journeyman", "journeymen", "trainee", "trainees"})
# Before 'to a', words of working for someone: 'assistant to a CTO', 'reporting to the CFO'.
ASSISTING = frozenset({"assistant", "secretary", "pa", "ea", "report", "reports", "reporting", "reported", "assist",
                       "assisting", "adviser", "advisor"})
# Family words that are also job titles somewhere in O*NET (a house parent, a lay brother or sister).
FAMILY = frozenset({"parent", "brother", "sister", "mother", "father", "son", "daughter", "child", "kid"})
# 'my mate's a chef', 'she is a nurse': a job left out of the question that is someone else's.
OTHER_PEOPLE = frozenset({"he", "she", "his", "her", "they", "their", "dad", "mum", "mom", "father", "mother",
                          "friend", "mate", "son", "daughter", "wife", "husband", "brother", "sister", "cousin",
                          "partner", "buddy", "uncle", "aunt", "kid", "child", "colleague", "boss", "flatmate",
                          "roommate", "neighbour", "neighbor", "grandson", "granddaughter", "niece", "nephew",
                          "lad", "lass", "missus", "bloke", "fella", "hubby",
                          # people an adviser, librarian or recruiter asks for
                          "client", "patron", "customer", "mentee", "candidate", "applicant", "jobseeker"})
# Words for a person that also address the bot: 'alright mate', 'hey buddy'.
VOCATIVES = frozenset({"mate", "buddy", "lad", "fella", "bloke", "bro", "friend", "boss"})
SALUTATIONS = frozenset({"assalamualaikum", "salam", "salaam", "alaikum", "alaykum", "jambo", "habari", "shalom",
                         "namaste", "morning", "evening", "night"})  # 'assalamualaikum brother', 'morning sister'
OPENING_WORDS = frozenset({"alright", "hey", "hi", "hello", "hiya", "cheers", "thanks", "ok", "okay", "morning",
                           "evening", "afternoon", "yo", "sup", "oi", "right", "listen"})
BACKGROUND_WORDS = frozenset({"experience", "exp", "background", "count", "counts"})  # 'does teaching count
# Who comes from the job named after them: 'which would suit someone from hospital admin' (not 'differ from').
FROM_WHOM = frozenset({("someone", "from"), ("somebody", "from"), ("coming", "from"), ("me", "from"),
                       ("person", "from"), ("people", "from"),
                       # 'which is easier to break into from tech support', 'switching from retail'
                       ("into", "from"), ("in", "from"), ("switching", "from"), ("moving", "from"),
                       ("transitioning", "from"), ("pivoting", "from"), ("switch", "from"), ("move", "from")})
# Words after a job trained for: 'after electrician training', 'after my plumbing apprenticeship'.
TRAINING_DONE = frozenset({"training", "apprenticeship", "course", "degree", "diploma", "qualification"})
# Words before a training that say the person holds it: 'I trained in Nigeria, RN diploma', 'my nursing degree'.
CREDENTIAL_HELD = frozenset({"trained", "my", "have", "got", "hold", "holding", "finished", "completed"})
# What a person holds when training is done ('an apprenticeship' or 'my SIA licence' is often still to get).
HELD_PAPERS = frozenset({"degree", "diploma", "qualification"})
# After a field beside another role, the person's studies: 'an HR manager ... is a psychology degree useful?'
# After a job that opens the message, words of leaving it: 'colourist thinking of switching - ...', 'stage manager
# wanting out - project manager or data manager?': who they are, then where they might go.
LEAVING_WORDS = frozenset({"thinking", "looking", "wanting", "trying", "considering", "planning", "hoping",
                           "switching", "pivoting", "transitioning", "leaving", "quitting", "burnt", "burned", "tired",
                           "fed", "desperate", "keen", "eager", "itching"})
STUDY_WORDS = frozenset({"degree", "major", "course", "class", "student", "graduate", "grad", "diploma", "studies"})
# Words before a field the person studies or studied: 'a student of computer engineering', 'a degree in nursing'.
STUDIED_BEFORE = frozenset({("student", "of"), ("degree", "in"), ("graduate", "of"), ("major", "in"),
                            ("majoring", "in"), ("bsc", "in"), ("msc", "in"), ("diploma", "in"), ("ms", "in"),
                            ("bs", "in"), ("ma", "in"), ("phd", "in"), ("master", "in"), ("masters", "in"),
                            ("mba", "in"), ("btech", "in"), ("mtech", "in")})
# A degree named by its field right after it: 'MS DS', 'MSc data science' (the field, not the job).
DEGREE_BEFORE = frozenset({"ms", "msc", "bs", "bsc", "phd", "btech", "mtech", "mba"})


def _two_letters_turned(word: str, job: str) -> bool:
    """'gaurd' for 'guard': the same letters but two neighbours swapped (never the first, checked by the caller)."""
    diff = [i for i, (x, y) in enumerate(zip(word, job, strict=True)) if x != y]
    return (len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == job[diff[1]]
            and word[diff[1]] == job[diff[0]])


def _ending_vowel_swapped(typed: str, known: str) -> bool:
    """'curater' for 'curator', 'docter' for 'doctor': one letter apart, a vowel of the ending (its last three
    letters) written for another as it sounds."""
    apart = [i for i, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
    return len(apart) == 1 and apart[0] >= len(typed) - 3 and {typed[apart[0]], known[apart[0]]} <= VOWELS | {"y"}


# Words of choosing what to study, and how the name of a field (not of its people) ends: 'informatics', 'nursing'.
DEGREE_TALK = frozenset({"degree", "degrees", "major", "majors", "bachelor", "bachelors", "undergrad", "course",
                         "courses", "study", "studies", "studying", "s1"})
FIELD_ENDINGS = ("ic", "ics", "ing", "ence", "ance", "ogy", "omy", "ism")
JOB_OUTCOMES = frozenset({"pay", "paid", "salary", "earn", "money", "outlook", "future", "job", "career", "demand"})


def _names_a_field(m: RoleMention) -> bool:
    """The words name a field, not its people: 'informatics', 'statistics', 'nursing' (not 'statistician')."""
    return m.words.split()[-1].endswith(FIELD_ENDINGS)


def _studied(m: RoleMention, tokens: Sequence[str]) -> bool:
    """The field is what the person studies or studied: 'a kinesiology degree', 'a degree in nursing', 'a statistics
    degree or informatics'."""
    return (m.end < len(tokens) and tokens[m.end] in STUDY_WORDS) \
        or tuple(tokens[max(0, m.start - 2):m.start]) in STUDIED_BEFORE \
        or (m.start >= 2 and tokens[m.start - 1] in ("or", "vs") and tokens[m.start - 2] in STUDY_WORDS
            and _names_a_field(m)) \
        or bool(m.start and tokens[m.start - 1] in DEGREE_BEFORE)


# First words of a sentence that asks ('what is X. thank you in advance'), typed without its '?'.
ASKING_OPENERS = frozenset({"what", "whats", "how", "which", "who", "why", "where", "when", "explain", "describe",
                            "tell", "kindly", "please", "can", "could", "is", "are", "do", "does", "should"})
# Words before the job a person moves away from: 'coming from accounting', 'switching from teaching'.
LEFT_FROM = frozenset((verb, "from") for verb in ("coming", "moving", "switching", "transitioning", "pivoting",
                                                  "changing", "switch", "move", "transition", "pivot", "come"))
# What someone in the story says or offers: 'the consultant says', 'a consultancy is pitching us'.
SAYING = frozenset({"say", "says", "said", "told", "tell", "tells", "recommend", "recommends", "recommended",
                    "suggest", "suggests", "suggested", "pitch", "pitches", "pitching", "pitched", "insist", "insists",
                    "quoted", "reckon", "reckons"})  # not "offer": "the BI analyst offer" is a job offered
SAYING_AUX = frozenset({"is", "was", "has", "have", "just", "keep", "keeps", "also"})
RELOCATING = frozenset({"move", "moving", "moved", "relocate", "relocating", "migrate", "migrating", "emigrate",
                        "emigrating", "go", "going"})
# A degree the person holds: 'I have a degree in ...', 'with a BSc in ...', 'got my masters in ...'.
DEGREE_WORDS = frozenset({"degree", "bsc", "msc", "ba", "ma", "diploma", "master", "masters", "bachelor", "bachelors",
                          "phd", "hnd"})
HOLDING = frozenset({("have", "a"), ("have", "an"), ("have", "my"), ("got", "a"), ("got", "my"), ("hold", "a"),
                     ("with", "a"), ("with", "an"), ("earned", "a"), ("finished", "my"), ("completed", "my")})
# Words just before the role a career move aims at: 'become a', 'into', 'path to', 'switch to'.
TARGET_WORDS = frozenset({"become", "becoming", "be", "into", "to", "toward", "towards", "transition", "switch",
                          "pivot"})
# Before 'to', words that make it no career move: 'explain what a BI analyst is to a farmer'.
NOT_A_MOVE = frozenset({"is", "are", "it", "this", "that", "explain", "explained", "them", "him", "her", "me", "us",
                        "close", "similar", "next", "talk", "talking", "listen", "compared", "related"})
# Words that join two roles being compared: both stay, even when one is the person's own job.
COMPARE_JOINS = frozenset({"vs", "versus", "or", "compare", "compared", "than", "between"})
COMPARING_WORDS = frozenset({"vs", "versus", "compare", "compared", "comparing", "difference", "between", "differ",
                             "different", "same", "similar", "like"})
ROLE_NOUNS = frozenset({"role", "job", "career", "position", "occupation", "profession"})
# 'not about salary', 'didn't ask about pay', 'no ask for salary', 'hindi sahod': a topic set aside, not asked.
DISCLAIMING = frozenset({"not", "didnt", "dont", "no", "never", "hindi"})
# Words that set a topic aside without asking: 'stop with industries pls', 'forget money', 'enough about pay'.
SETTING_ASIDE = frozenset({"stop", "forget", "enough", "skip"})
ASKING = frozenset({"ask", "asked", "asking"})
COMPARISON_NOUNS = frozenset({"comparison", "compare", "difference", "versus"})
SAID_INSTEAD = frozenset({"said", "meant", "asked", "but", "want", "wanted"})
DISCLAIMED_FILLERS = ASKING | {"about", "for", "the", "my", "a", "an", "any", "even", "really", "talking", "mean",
                               "meant", "i", "wa", "was", "with", "more", "job"}
DETAIL_WORDS = frozenset({"all", "full", "every", "everything", "complete", "detail", "detailed", "more"})
# Words after which a job word names a job: 'a plumber', 'as a nurse', 'software engineer vs ...'.
ARTICLES = frozenset({"a", "an", "the", "as", "for", "to", "become", "vs", "or", "and", "than", "between"})
# Chatter that may open a follow-up: 'lol fair. and in Canada?', 'right, back to jobs: and statisticians?'.
CHATTER_OPENERS = frozenset({"ok", "okay", "k", "right", "cool", "lol", "haha", "fair", "got", "it", "alright",
                             "great", "nice", "thanks", "thank", "you", "hmm", "wow", "interesting", "so", "well",
                             "yes", "yeah", "no", "wait", "sure", "good", "back", "to", "job", "now", "oh"})
# Ends that make a short message a follow-up: 'DA as well?', 'statisticians too?'.
FOLLOW_UP_ENDS = frozenset({("as", "well"), ("too",), ("also",), ("pl",), ("please",)})
JOB_VERBS = frozenset({"do", "earn", "make", "need", "use", "get", "study", "learn", "work", "have"})
CLAUSE_JOINS = frozenset({"and", "also", "plus", "&"})
# An amount of money ('90k', '$60,000', '€45k', '150 000'): a figure asked about or compared, a hint of pay.
MONEY = re.compile(r"[$€£₹₱]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:k|grand|lakhs?|lpa)\b|\b\d{2,3}[, ]\d{3}\b", re.IGNORECASE)
MONEY_WEIGHT = 2.5
# An amount someone makes: 'can a medical coder make 60k working from home' asks the pay, wherever the work is.
EARNED = re.compile(r"\b(?:make|makes|making|earn|earns|earning|paid)\s+(?:around |about |like |over |up to )?"
                    r"(?:[$€£₹₱]\s?\d|\d+(?:[.,]\d+)?\s?(?:k|grand|lakhs?|lpa)\b)", re.IGNORECASE)
EARNED_WEIGHT = 2.0
EARNED_REASON = "an amount made"
# A message opening with a Telegram handle is said to that account; a bot's handle always ends in 'bot'.
HANDLE = re.compile(r"\s*@(\w+)")
SLANG_SHORT_FORMS = frozenset({"rn"})
# Tagalog particles typed after a word: 'i'm a student pa' (still), 'i did say po' (politeness); typed 'PA', or after
# 'a', 'do', 'vs' ..., it is the physician assistant.
PARTICLES = frozenset({"pa", "po"})
# Words that open a question straight after the job a message starts with: 'nurse, what is mlops'
OPENING_QUESTIONS = frozenset({"what", "whats", "how", "which", "where", "who", "why"})
OPENING_QUESTION_REACH = 5  # ('what does a' + the job asked about)
POINTERS = frozenset({"it", "one", "there", "that", "this", "them", "they"})
# Kinds of ship named '<kind> carrier'
SHIP_KINDS = frozenset({"bulk", "container", "lng", "lpg", "car", "gas", "oil", "ore", "aircraft", "vehicle",
                        "chemical", "cement", "livestock", "product", "crude"})
# Short forms of care jobs listed beside 'rn': 'cna lpn rn whats the difference' names three jobs.
LISTED_SHORT_FORMS = frozenset({"cna", "lpn", "lvn", "np", "pa", "emt", "bsn", "adn", "hca", "psw"})
YEARS = frozenset({"yr", "yrs", "year", "years"})
JOB_BEFORE = frozenset({"a", "an", "the", "for", "as", "become", "to", "into", "vs", "or", "and", "my"})
# 'navy vet here', 'army vet': a veteran, not a veterinarian.
SERVICE_BRANCHES = frozenset({"army", "navy", "marine", "marines", "usmc", "military", "combat", "force", "guard"})
MAX_TOOL_NAMES = 2       # tool names that add to the tools score
TOOL_NAME_WEIGHT = 2.5    # a hint: 'certs for mlops (aws? gcp?)' still asks about certifications
POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your"})
# Asking for a service, not about a career: 'book me a nurse', 'find a plumber near me'.
SERVICE_WORDS = frozenset({"nearby", "appointment", "quote", "quoted", "recommend"})
# Doing quotes, not asking for one: 'I do the quotes', 'writing all the quotes' (tokens are singular).
QUOTING = frozenset({"do", "doe", "doing", "did", "write", "writing", "wrote", "price", "pricing", "prepare",
                     "preparing", "send", "sending", "handle", "handling"})
# Tests a patient has: after 'my' or 'need/get a(n)' they are the person's care, not an imaging job
MEDICAL_TESTS = frozenset({"mri", "xray", "scan", "mammogram", "ultrasound", "biopsy", "ecg", "ekg", "smear"})
GETTING = frozenset({"need", "get", "getting", "have", "had", "having", "book", "booking"})
# ('book me a plumber', 'book a nurse'; not 'everyone books on Expedia')
SERVICE_PAIRS = (("near", "me"), ("find", "me"), ("opening", "hour"), ("open", "today"), ("open", "now"),
                 ("book", "me"), ("book", "a"), ("book", "an"), ("book", "the"), ("book", "one"),
                 # 'can you send a gas engineer', 'send someone round'
                 ("you", "send"), ("send", "someone"), ("send", "somebody"), ("send", "round"), ("send", "over"),
                 ("a", "referral"), ("gp", "referral"), ("doctor", "referral"))  # (not an underwriter's referrals)
# A price asked of the bot itself or for the person's own care: 'how much would you charge to clean them',
# 'my dog needs an x-ray'
PRICE_OF_A_SERVICE = frozenset({("you", "charge"), ("u", "charge"), ("dog", "need"), ("cat", "need"),
                                ("buy", "ticket"), ("book", "ticket")})  # (a concert's tickets, no trade ticket)
# A bill from someone who worked for the person: 'the electrician charged me R4500', 'is that a rip off', 'he
# kept her deposit' (a customer's complaint, whoever is named).
CHARGED_THEM = frozenset({("charged", "me"), ("charged", "her"), ("charged", "him"), ("charged", "us"),
                          ("charged", "my"), ("charging", "me"), ("charge", "me"), ("rip", "off"), ("ripped", "off"),
                          ("my", "deposit"), ("her", "deposit"), ("his", "deposit"), ("our", "deposit")})
# A price of a thing or of work on one's own things, with no job named: 'how much does a crown cost'.
PRICE_WORDS = frozenset({"cost", "price", "quote", "priced"})
PAY_WORDS = frozenset({"earn", "earning", "make", "making", "salary", "pay", "paid", "wage", "income"})
# ... but the cost of training, or of a person hired ('how much does the course cost', 'how much would one cost')
LEARNING_OR_HIRING = frozenset({"course", "training", "school", "degree", "cert", "certification", "certificate",
                                "license", "licence", "exam", "program", "bootcamp", "diploma", "one", "they",
                                "them", "hire", "hiring", "visa"})
OWN_THINGS = frozenset({"house", "home", "roof", "flat", "apartment", "car", "kitchen", "garden", "bathroom",
                        "teeth", "tooth"})
# The news talked about: 'did you see the news about...', 'did you hear'.
NEWS = frozenset({("the", "news"), ("you", "see"), ("you", "hear"), ("u", "see"), ("you", "heard")})
# After a job, words that make it the one who does something ('what a good nurse needs'): a job asked about.
DOING_NEXT = frozenset({("need",), ("should",), ("must",), ("do",), ("doe",), ("earn",), ("make",), ("ha",), ("have",)})
# Who is wanted, praised: 'a good cardiologist in Lahore', 'best swim club in Perth'.
PRAISED = frozenset({"good", "best", "reliable", "decent", "trusted", "trustworthy", "cheap", "cheapest"})
PROVIDERS = frozenset({"company", "club", "clinic", "shop", "firm", "salon", "garage", "installer", "practice"})
SURVEYS = frozenset({"survey", "questionnaire", "poll"})
SURVEY_ASKS = frozenset({"share", "fill", "complete", "answer", "spread", "post", "forward"})
TRAVEL_TROUBLE = frozenset({"delayed", "delay", "cancelled", "canceled", "luggage", "baggage", "bag", "overbooked"})
SOFTWARE_PRICES = frozenset({"license", "licence", "subscription", "seat", "seats", "plan", "pricing"})
# An advert posted to the chat, not a question: 'looking for a thumbnail designer, $15 per thumbnail, dm me'
ADVERT_PAIRS = frozenset({("dm", "me"), ("pm", "me"), ("inbox", "me"), ("message", "me")})
# After an everyday title, these keep it a job: 'vet school', 'pilot training', 'model agency'.
PREPARATION_WORDS = frozenset({"school", "training", "apprenticeship", "license", "licence", "certification",
                               "cert", "exam", "course", "degree", "salary", "pay", "career", "agency"})
# Verbs of running a trial: 'running a pilot', 'launched the pilot'.
TRIAL_VERBS = frozenset({"run", "running", "ran", "launch", "launching", "launched", "start", "starting", "started",
                         "do", "doing", "did", "trial", "trialling", "trialing"})
# Verbs whose object, an everyday title in the plural, is people in that job: 'replace cleaners', 'hire porters'.
PEOPLE_VERBS = frozenset({"replace", "replacing", "replaced", "hire", "hires", "hiring", "employ", "employs",
                          "employing", "need", "needs", "pay", "pays", "paying"})
# After an everyday title, where its people are trained: 'vet school', 'pilot apprenticeship' (not 'model training').
TRAINING_PLACES = frozenset({"school", "apprenticeship", "degree"})
# How and how far someone works a job, typed before it: 'a senior vet', 'locum vets', 'freelance pilot pay'.
WORKING_TERMS = frozenset({"senior", "junior", "trainee", "locum", "relief", "freelance", "freelancing", "qualified",
                           "certified", "registered", "licensed", "experienced", "contract", "agency", "self",
                           "employed", "part", "full", "time", "newly", "new", "student", "head", "chief"})
# 'pm' and 'pa' after an amount or a currency are per month and per annum, not a project manager or a PA.
PER_PERIOD = frozenset({"pm", "pa"})
MONEY_WORDS = frozenset({"usd", "gbp", "eur", "inr", "kes", "ksh", "ngn", "zar", "php", "aud", "cad", "nzd", "pkr",
                         "aed", "sgd", "myr", "dollar", "pound", "euro", "rupee", "shilling", "rand", "naira", "peso",
                         "salary", "pay", "wage", "k", "lakh", "gross", "net"})
# A short title typed in capitals ('CVT') names a job after these words; of at least this many letters ('OT' and
# 'PA' are role abbreviations, read with more care).
# Before 'to' and a job: what it is likened to ('roles related to producer').
LIKENED_TO = frozenset({"related", "similar", "close", "comparable", "equivalent", "adjacent", "closest"})
SHORT_TITLE_LEADS = frozenset({"a", "an", "as", "become", "becoming", "vs", "versus", "or", "than", "being", "be"})
MIN_SHORT_TITLE = 3
PLURAL_LEADS = frozenset({"do", "are", "for", "many", "hire", "hires", "hiring", "the"})
# What a job's people do, typed after it: 'what does a CVT make', 'do RDHs earn more'.
DOING_VERBS = frozenset({"make", "earn", "do", "need", "get", "work", "have", "use"})
DOCTOR_WORDS = frozenset({"doctor", "doctors", "doc", "docs", "physician", "physicians"})
PHYSICIANS = "onet:29-12"  # O*NET's physicians and surgeons (29-1211 .. 29-1249)
# Words before a field that make it a career: 'into nursing', 'jobs like welding', 'study pharmacy', 'start nursing'.
FIELD_LEADS = frozenset({"into", "in", "like", "for", "of", "study", "studying", "about", "to", "career", "from",
                         "do", "doing", "than", "vs", "or", "and", "is", "can", "does", "will",
                         "choose", "choosing", "try", "trying", "start", "starting", "begin", "enter", "entering",
                         "pursue", "pursuing"}) | CONSIDERING  # 'too old to start nursing'
# Before 'into', words that make a field what someone likes: 'she is really into biology', 'im so into art'.
LIKING_LEADS = frozenset({"is", "am", "im", "i'm", "are", "really", "so", "very", "totally", "been", "was"})
# Words before a short form that make it a job: 'for DS', 'senior DA', 'a DE'.
ABBREVIATION_LEADS = frozenset({"a", "an", "as", "become", "becoming", "vs", "or", "and", "than", "for", "to",
                                "senior", "junior", "lead", "entry", "the", "being", "from", "be"})
# Words for an institution that also name its workers: 'police pay' is about police officers, 'a police
# performance unit', 'police intelligence analyst' and 'besides the police' are about the institution.
INSTITUTIONS = frozenset({"police"})
# ... and the words after it that keep it a job: 'police constable', 'police forces recruiting', and a new
# sentence ('join the police. he's 18': the words carry no full stop)
INSTITUTION_JOB_WORDS = frozenset({"constable", "force", "forces", "recruit", "recruits", "he", "hes", "she", "shes",
                                   "they", "i", "im", "it", "its", "we"})
# A field of work that is also a thing handed out: 'study medicine' is the career, 'giving medicine' is not.
SUBSTANCES = frozenset({"medicine"})
# Short forms of jobs that are everyday words too: a job only after an article ('im a TA', not 'ta very much').
WORD_TOO = frozenset({"ta"})
# O*NET's physicians and surgeons (29-12xx): beside one, 'consultant' is a grade.
DOCTORS = "onet:29-12"
# Words of selling: beside them an AE is an account executive (a sales representative in O*NET), not an analytics
# engineer ('AE OTE in London?', 'SDR to AE').
SALES_CONTEXT = frozenset({"ote", "quota", "sdr", "bdr", "sale", "sales", "selling", "sell", "commission", "closing",
                           "closer", "enterprise", "saas", "saa", "deal", "hunter", "prospecting", "cold", "account",
                           "realtor", "broker", "rep", "salesperson", "edtech", "fintech", "logo"})
# Everyday titles that qualify a job noun after them rather than name a job: 'tech jobs', 'lead role'.
QUALIFYING_TITLES = frozenset({"tech", "lead", "head", "chief", "principal", "associate", "marine", "intelligence",
                               "model", "agent", "partner", "owner", "host", "server", "guide", "monitor"})
# A short form after these is a credential held or needed: 'need CPA?', 'without a CPA'.
NEEDING = frozenset({"need", "needs", "needed", "require", "requires", "required", "without", "with",
                     "have", "having", "hold", "holding"})
CREDENTIAL_SHORT_FORMS = frozenset({"cpa", "cna", "lpn", "emt"})
# A percentage with only a period beside it asks about a projection: 'is that 4.5% per year?'
PERCENT = re.compile(r"\d\s?%")
PERIOD_WORDS = frozenset({"per year", "a year", "annual", "annually", "yearly", "per annum", "annum", "each year"})
# Organisations a job word can describe: 'a legal tech startup', 'a trucking firm'.
ORGANISATIONS = frozenset({"startup", "firm", "company", "consultancy", "business", "organisation",
                           "organization", "sector", "industry"})
# Words pointing at jobs just shown, and words weighing them: 'which of the two is better for a web dev'.
PAIR_WORDS = frozenset({"two", "both", "them", "these", "those", "three"})
WEIGHING_WORDS = frozenset({"better", "best", "easier", "easiest", "harder", "suit", "suits", "suited", "fit",
                            "fits", "right", "realistic"})
# Words whose meaning changes with the next: 'when i grow up' is about childhood, not growth; 'a different
# question' asks for no comparison. The first word becomes one no keyword has.
RECOGNISED_THINGS = ("speech", "image", "face", "facial", "pattern", "language", "object", "voice", "gesture",
                     "handwriting", "character", "sign")
IDIOMS = {("grow", "up"): "grow-up", ("different", "question"): "different-question",
          ("different", "topic"): "different-topic", ("different", "subject"): "different-subject",
          ("exchange", "rate"): "forex",  # a currency's price, not a pay rate
          ("link", "course"): "golf-course",  # a golf links is a place, no course of study
          # what a model recognises, no recognition of a qualification
          **{(w, "recognition"): "machine-recognition" for w in RECOGNISED_THINGS}}
SWALLOWED = frozenset({("exchange", "rate"), ("link", "course")}
                      | {(w, "recognition") for w in RECOGNISED_THINGS})  # idioms whose second word is the idiom too
# Words before an everyday word that make it a job: 'a pilot', 'as a server', 'become a model'.
JOB_LEADS = frozenset({"a", "an", "as", "become", "becoming", "vs", "or", "and", "than", "between", "being", "be"})
# Words that say a message is about airline flying: beside them a captain or a pilot flies for an airline (flying
# alone says no more than a pilot of some kind: 'what do pilots earn? my son wants to fly' asks which).
AIRLINE_CONTEXT = frozenset({"airline", "airlines", "cockpit", "fo", "atpl", "a320", "a321", "a330", "a350", "a380",
                             "737", "747", "777", "787", "regionals", "ryanair", "easyjet", "lufthansa", "emirates",
                             "emirate", "etihad", "klm", "jetblue", "widebody", "narrowbody", "cabin", "stewardess",
                             "attendant", "steward"})
AVIATION_CONTEXT = AIRLINE_CONTEXT | {"flight", "flying", "fly", "aviation", "jet", "aircraft", "plane"}
# Words of ships and the sea: beside them a master commands a ship, a pilot brings ships into harbour and a lecturer
# teaches at a maritime academy.
SHIP_CONTEXT = frozenset({"ship", "ships", "tanker", "tankers", "vessel", "vessels", "sea", "sailed", "sailing",
                          "seafarer", "seafarers", "maritime", "nautical", "cadetship", "mariner", "offshore",
                          "bulker", "container", "deck", "harbour", "harbor", "port", "onboard", "coc",
                          "stcw", "seaman", "seamen", "osv", "fpso", "lng"})
# Words of building sites: beside them a painter paints buildings and a superintendent runs a site.
CONSTRUCTION_CONTEXT = frozenset({"site", "construction", "building", "builder", "trade", "tradie", "brickie",
                                  "chippy", "sparky", "labourer", "laborer", "labouring", "scaffold", "scaffolding",
                                  "decorating", "decorator", "plastering", "plasterer", "drywall", "tiling", "roofing",
                                  "groundwork", "foreman", "cscs", "osha", "journeyman", "carpentry", "joinery",
                                  "housebuilder", "contractor", "renovation", "ladder", "ceiling", "wall"})
# Words of museums and of hospital medicine: a registrar registers a museum's objects, or is a doctor in training.
MUSEUM_CONTEXT = frozenset({"museum", "gallery", "collection", "loan", "accession", "exhibition", "curator",
                            "archive", "object", "artwork", "tm", "axiell"})
MEDICINE_CONTEXT = frozenset({"nhs", "hospital", "doctor", "consultant", "st3", "st4", "sho", "gp", "ward", "medicine",
                              "medical", "surgery", "cct", "mrcp", "rotation"})
# Sports, before a job that has kinds by sport ('a cricket coach', 'rugby referee').
SPORTS = frozenset({"cricket", "rugby", "football", "soccer", "basketball", "baseball", "hockey", "tennis", "golf",
                    "netball", "volleyball", "swimming", "swim", "athletics", "boxing", "gymnastics", "cycling",
                    "rowing", "skiing", "ski", "surf", "surfing", "climbing", "softball", "lacrosse", "handball",
                    "badminton", "squash", "esports", "yoga", "pilates", "judo", "karate", "wrestling", "sprint",
                    "track", "kabaddi", "hurling", "gaa", "futsal"})
EMPLOYER_NOUNS = frozenset({"studio", "firm", "company", "agency", "house", "shop", "startup", "lab", "clinic",
                            "practice", "hospital", "school", "brand", "outlet", "network", "channel"})


def _kind_of_employers(m: RoleMention, tokens: list[str], raw: list[str]) -> bool:
    """'do VFX studios hire them', 'do law firms ...': a one-word title before employers in the plural names the
    kind of employer, not a job asked about."""
    return m.official and m.end - m.start == 1 and m.end < len(tokens) and tokens[m.end] in EMPLOYER_NOUNS \
        and raw[m.end] != tokens[m.end] and raw[m.start] == tokens[m.start] \
        and bool({"them", "one"} & set(tokens[m.end:]))  # (the job hired is in the talk)


def _sport_analytics(tokens: list[str], covered: set[int]) -> list[RoleMention]:
    """'how to get into sports analytics', 'python or R for football analytics?': data analysis in sport, the
    Data Analyst's work (no occupation of its own)."""
    return [RoleMention(i, i + 2, ("data-analyst",), f"{w} analytics") for i, w in enumerate(tokens[:-1])
            if (w in SPORTS or w == "sport") and tokens[i + 1] in ("analytic", "analytics")
            and not covered & {i, i + 1}]


# Words of gyms and sport: beside them a PT is a personal trainer (beside patients, a physical therapist).
FITNESS_CONTEXT = frozenset({"gym", "fitness", "workout", "nasm", "crossfit", "bodybuilding", "strength",
                             "conditioning", "personal", "membership", "client", "coach", "coaching", "footballer",
                             "rugby", "football", "soccer", "cricket", "athlete", "sport", "sports"})
# Words of hotels: beside them a revenue manager sets room rates (O*NET's lodging managers).
HOTEL_CONTEXT = frozenset({"hotel", "hotels", "resort", "resorts", "room", "rooms", "occupancy", "hospitality",
                           "booking", "bookings", "lodging", "guest", "guests", "front", "pms", "opera", "airbnb"})
# Words of film, TV and video: beside them an editor or a colourist edits and grades footage.
FILM_CONTEXT = frozenset({"film", "movie", "tv", "television", "video", "footage", "avid", "premiere", "resolve",
                          "davinci", "post", "netflix", "youtube", "camera", "set", "director", "documentary",
                          "series", "shoot", "grading", "grade", "production", "nollywood", "bollywood", "vfx"})
# Words of property: beside them an appraiser values homes and land (not cars for insurers).
PROPERTY_CONTEXT = frozenset({"property", "real", "estate", "home", "house", "housing", "mortgage", "lender",
                              "amc", "realtor", "valuation", "residential", "commercial", "land", "appraisal",
                              "avm", "uspap", "rics", "broker", "agent"})
# Words of plants and growing: beside them a nursery is a plant nursery, not a children's one.
PLANT_CONTEXT = frozenset({"plant", "greenhouse", "propagation", "propagator", "cutting", "seedling", "tree", "shrub",
                           "perennial", "horticulture", "horticultural", "garden", "gardening", "potting", "grower",
                           "flower", "bulb", "sapling", "polytunnel", "glasshouse", "vivero", "kwekerij"})
# Words of golf courses and sports turf: beside them a superintendent keeps the course.
TURF_CONTEXT = frozenset({"golf", "turf", "greenkeeper", "greenkeeping", "fairway", "grass", "groundsman",
                          "groundskeeper", "pitch", "mowing", "mower"})
# Words of surveying, mapping and farming from the air: beside them a drone pilot flies survey drones.
SURVEY_CONTEXT = frozenset({"survey", "surveying", "surveyor", "mapping", "map", "gis", "crop", "spraying", "spray",
                            "agriculture", "farm", "farming", "tree", "forestry", "inspection", "inspect", "roof",
                            "site", "construction", "lidar", "photogrammetry"})
# Words of animals: beside them a trainer trains dogs or horses.
ANIMAL_CONTEXT = frozenset({"dog", "puppy", "horse", "pony", "cat", "animal", "pet", "canine", "obedience", "agility",
                            "gundog", "reactive", "leash", "lead", "ccpdt", "imdt", "behaviourist", "behaviorist",
                            "kennel", "shelter", "rescue", "equine", "stable"})
# Words of offices and the people assistants work for: beside them a PA is a personal (executive) assistant.
OFFICE_CONTEXT = frozenset({"director", "directors", "executive", "ceo", "md", "boss", "office", "diary", "diaries",
                            "secretary", "secretarial", "admin", "administrative", "firm", "partner", "chairman",
                            "board", "minute", "minutes", "booking", "travel"})
# Words of labs' kinds of work: beside them a lab technician is a chemical, medical, dental or optical one.
LAB_CHEMISTRY_CONTEXT = frozenset({"chemistry", "chemical", "chemist", "qc", "hplc", "gmp", "pharma", "pharmaceutical",
                                   "formulation", "analytical", "titration", "stability", "batch"})
LAB_MEDICAL_CONTEXT = frozenset({"hospital", "blood", "patient", "pathology", "clinical", "nhs", "specimen", "sample",
                                 "phlebotomy", "haematology", "hematology", "biomedical"})
LAB_DENTAL_CONTEXT = frozenset({"dental", "denture", "crown", "dentist", "orthodontic"})
LAB_OPTICAL_CONTEXT = frozenset({"optical", "lens", "glasses", "optician", "spectacle", "eyewear"})
LAB_SENSES = (("onet:51-9081.00", LAB_DENTAL_CONTEXT, "onet:51-908"), ("onet:51-9083.00", LAB_OPTICAL_CONTEXT, ""),
              ("onet:29-2012.00", LAB_MEDICAL_CONTEXT, "onet:29-201"), ("onet:19-4031.00", LAB_CHEMISTRY_CONTEXT, ""))
# Titles that name another job in such company: the title as matched -> its senses, each (the job, the words that say
# so, the family of jobs that says so when one of them was talked about before: '' for that job only).
SENSES_IN_COMPANY = {"captain": (("onet:53-2011.00", AVIATION_CONTEXT, "onet:53-20"),),
                     "pilot": (("onet:53-2011.00", AIRLINE_CONTEXT, ""),
                               ("onet:53-5021.00", SHIP_CONTEXT, "onet:53-50")),
                     "master": (("onet:53-5021.00", SHIP_CONTEXT, "onet:53-50"),),
                     "lecturer": (("onet:25-1194.00", SHIP_CONTEXT, "onet:53-50"),),
                     "purser": (("onet:53-2031.00", AVIATION_CONTEXT, ""),),
                     "painter": (("onet:47-2141.00", CONSTRUCTION_CONTEXT, "onet:47-"),),
                     "superintendent": (("onet:11-9021.00", CONSTRUCTION_CONTEXT, "onet:47-"),
                                        ("onet:37-1012.00", TURF_CONTEXT, "onet:37-")),
                     "nursery worker": (("onet:45-2092.00", PLANT_CONTEXT, "onet:45-"),),
                     "nursery manager": (("onet:11-9013.00", PLANT_CONTEXT, "onet:45-"),),
                     "drone pilot": (("onet:17-3024.00", SURVEY_CONTEXT, ""),),
                     "trainer": (("onet:39-2011.00", ANIMAL_CONTEXT, "onet:39-20"),),
                     "pa": (("onet:43-6011.00", OFFICE_CONTEXT, "onet:43-"),),
                     "lab tech": LAB_SENSES, "lab technician": LAB_SENSES, "laboratory technician": LAB_SENSES,
                     "lab assistant": LAB_SENSES, "laboratory assistant": LAB_SENSES,
                     "drone operator": (("onet:17-3024.00", SURVEY_CONTEXT, ""),),
                     "registrar": (("onet:25-4013.00", MUSEUM_CONTEXT, "onet:25-40"),
                                   ("onet:29-1216.00", MEDICINE_CONTEXT, "onet:29-12")),
                     "ae": (("onet:41-4012.00", SALES_CONTEXT, "onet:41-"),),
                     "pt": (("onet:39-9031.00", FITNESS_CONTEXT, "onet:27-2022"),),
                     "revenue manager": (("onet:11-9081.00", HOTEL_CONTEXT, "onet:11-9081"),),
                     "revenue management": (("onet:11-9081.00", HOTEL_CONTEXT, "onet:11-9081"),),
                     "editor": (("onet:27-4032.00", FILM_CONTEXT, "onet:27-40"),),
                     "colorist": (("onet:27-4032.00", FILM_CONTEXT, "onet:27-40"),),
                     "appraiser": (("onet:13-2023.00", PROPERTY_CONTEXT, "onet:41-90"),)}


def senses_of(m: RoleMention) -> tuple[tuple[str, frozenset[str], str], ...]:
    """The senses its company may give a title named ('captains', 'AEs'): SENSES_IN_COMPANY's, or none."""
    return SENSES_IN_COMPANY.get(m.words.removesuffix("s"), ())


# Asking how to get into a job not named: 'how do I become one', 'how do I get in'.
STARTING_PAIRS = frozenset({("become", "one"), ("get", "in"), ("into", "it"), ("break", "in")})
# Words that join two kinds of one job named once: 'mechanical vs electrical engineer'.
HEAD_SHARING_JOINS = frozenset({"vs", "versus", "or"})  # (not 'and': 'health and safety officer' is one job)

# After a job's name, words that do not make it describe a thing: 'a pharmacist twenty years', 'an
# electrician first', 'sound guy'.
NOT_DESCRIBED = frozenset({"first", "now", "then", "later", "instead", "too", "also", "guy", "girl", "lady", "man",
                           "woman", "people", "folks", "years", "yrs", "one", "two", "three", "four", "five", "six",
                           "seven", "eight", "nine", "ten", "twenty", "thirty", "mostly", "really", "pay", "earn",
                           "earns", "make", "makes", "which", "what", "who", "need", "needs", "do", "does",
                           "after", "before", "since", "because", "until", "while", "though", "although", "unless",
                           "use", "uses", "usually", "learn", "but", "yet", "however", "so",  # (a sentence goes on)
                           "route", "path", "pathway", "track", "option"})  # (the way into the job: 'the valuer route')

# Words after a job's name that say when, not what: 'can i become a manager eventually' names a manager.
PHRASE_ENDS = NOT_DESCRIBED | frozenset({"eventually", "someday", "soon", "quickly", "fast", "again", "anymore",
                                         "ever", "yet", "today", "tomorrow"})

# Where a sentence ends: '?', '!', a line break, or a full stop and a space ('vs. data' is not one).
SENTENCE_END = re.compile(r"[?!\n]+|(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.+\s+")


def clip(text: str) -> str:
    """At most MAX_MATCH_CHARS of ``text``: a long story often ends with the question, so keep both ends."""
    if len(text) <= MAX_MATCH_CHARS:
        return text
    return text[:MAX_MATCH_CHARS - TAIL_CHARS] + " \n " + text[-TAIL_CHARS:]


@dataclass(frozen=True)
class Parse:
    """What one message says on its own; the dialogue rules add the conversation."""

    raw: tuple[str, ...]                 # words as typed (chat spellings expanded)
    tokens: tuple[str, ...]              # words as matched (singular, typos corrected)
    mentions: tuple[RoleMention, ...]    # role mentions, the person's own job left out
    own: tuple[RoleMention, ...]         # the person's own job ('I'm a DBA, ...'), when left out
    resolved: tuple[str, ...]            # roles named unambiguously, in order
    ambiguous: RoleMention | None        # the first ambiguous role word ('architect')
    unknown_role: str | None             # an occupation the knowledge base does not have
    persons: int                         # job words that name a person, not a job ('my plumber')
    rest: tuple[str, ...]                # tokens that are not part of a role name
    content: tuple[str, ...]             # ``rest`` without stopwords
    scores: Mapping[str, float]          # intent -> score (the question's sentence counts double)
    fired: tuple[tuple[str, str, float], ...]  # (intent, keyword or phrase, weight), for explain
    first: Mapping[str, int]             # intent -> where in ``rest`` it was first asked
    places: tuple[str, ...]              # countries, regions, cities named ('in Canada', 'Berlin')
    tools_named: int                     # tool names in the message ('spark or flink?')
    focused: frozenset[str] | None       # intents asked in the question's sentence, when there are several
    joined: tuple[int, ...]              # where in ``rest`` 'and', 'also', 'plus' join two clauses
    strange: int                         # words the bot does not know at all ('valorant', 'netflix')
    off_topic: bool                      # a request that is not about careers ('tell me a joke', 'translate')
    question: bool                       # the message has a question mark
    follow_up: bool                      # opens like a follow-up: 'and', 'what about', ...
    truncated: bool
    detail: bool                         # 'all skills', 'full list'
    to_someone_else: bool = False        # '@maria did you pass the cert?': said to another person in a group
    task: bool = False                   # 'write me a SQL query ...', 'help me write a eulogy': work, not advice
    negated_roles: tuple[str, ...] = ()  # jobs the person says they are not: 'I'm not a programmer'
    service: bool = False                # asks for a person's service, no job: 'bank teller near me opening hours'
    credentials: bool = False            # two ways to qualify weighed: 'bsn vs adn', 'AWS cert or Azure cert'
    tools: tuple[str, ...] = ()          # the tool names, as typed: ('SAP',), ('power bi', 'tableau')
    items: tuple[str, ...] = ()          # the intent each numbered or bulleted item asks, in order ('' for none)


class Parser:
    """Holds the indexes built once from the knowledge base and the intents."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet, official: OfficialData | None = None) -> None:
        self.kb = kb
        self.intents = intents
        self.language = intents.language
        # A field ending in -ology names its -ologist ('epidemiology', 'hydrology'), like the field words listed.
        fields = {w[:-3] + "y": w for w in (official.title_words if official is not None else ())
                  if w.endswith("ologist") and w != "technologist"}  # 'technology' names no technologist
        # likewise 'sonography', 'radiography', 'phlebotomy' their sonographers, radiographers, phlebotomists
        fields.update({w[:-2] + "y": w for w in (official.title_words if official is not None else ())
                       if w.endswith("ographer") and w not in ("geographer", "cartographer")})  # school subjects
        fields.update({w[:-3] + "y": w for w in (official.title_words if official is not None else ())
                       if w.endswith("otomist")})
        self.ologies = frozenset(fields)  # (and the -ographies, -otomies)
        self.index = RoleIndex(kb, self.language.spellings, official,
                               {**fields, **self.language.title_abbreviations, **self.language.field_words},
                               self.language.occupations, self.language.title_aliases)
        self.targets = tuple(sorted((self.index.vocabulary | intents.vocabulary) - self.language.courtesies))
        self.architects = frozenset(kb.ambiguous.get("architect", ()))  # the senses 'architect' is asked back for
        lang = self.language
        # Words never 'corrected' as typos: every word the data names ('quant' is not a misspelt 'quanto').
        self.known = frozenset(self.targets) | lang.stopwords | lang.occupations | lang.words | (
            official.title_words if official is not None else frozenset()) | frozenset(
            w for phrase in (*lang.title_aliases, *lang.role_abbreviations, *lang.field_words)
            for w in phrase.split()) \
            | frozenset(w for phrase in (*lang.tool_names, *lang.places) for w in phrase) | lang.off_topic_words \
            | lang.courtesies | frozenset(lang.choices)  # ('el primero' is no misspelt 'primer')
        # words that, typed in capitals, are still no credential: the questions' own, tools, places, jobs
        self.plain_capitals = frozenset(self.targets) | lang.stopwords | lang.occupations | frozenset(
            w for phrase in (*lang.tool_names, *lang.places) for w in phrase) | frozenset(lang.role_abbreviations)
        self._targets_by_len: dict[int, list[str]] = {}
        for word in self.targets:
            self._targets_by_len.setdefault(len(word), []).append(word)
        self._jobs_by_shape: dict[tuple[int, str], list[str]] = {}  # by length and first letter
        for word in sorted(lang.occupations):
            self._jobs_by_shape.setdefault((len(word), word[:1]), []).append(word)
        self._official = official
        self._heard_words: tuple[frozenset[str], dict[tuple[str, str], tuple[str, ...]]] | None = None
        self._sounds: tuple[dict[str, list[str]], dict[int, dict[str, list[str]]]] | None = None
        # Words that ask something rather than describe a job ('salary', 'skills').
        self.question_words = intents.vocabulary - self.index.vocabulary
        # Names of jobs and fields of work ('nurse', 'nursing'): never what a person likes.
        self.job_words = lang.occupations | frozenset(lang.field_words)
        # Words that tell no kind of job from another in a whole message: 'salary', 'take', 'the'.
        self.plain = intents.vocabulary | lang.stopwords
        self.correct = lru_cache(maxsize=16384)(self._correct)
        self.tool_index = _first_word_index(self.language.tool_names)
        self.place_index = _first_word_index(self.language.places)
        # Short forms of roles this knowledge base has (another knowledge base may lack some).
        # longest first: '数据分析师' (data analyst) before '分析师' (analyst)
        glosses = sorted(self.language.glosses, key=len, reverse=True)
        self.glosses = re.compile("|".join(re.escape(g) for g in glosses)) if glosses else None
        self.short_forms = {short: role_id for short, role_id in self.language.role_abbreviations.items()
                            if role_id in kb.roles or (official is not None and role_id.startswith("onet:")
                                                       and role_id[len("onet:"):] in official.names)}
        # Strong words of a question about a job ('salary', 'skills'): after a title they ask about it.
        self.job_question_words = frozenset(word for intent in intents.intents.values() if intent.kind == "topic"
                                            for word, weight in intent.keywords.items() if weight >= 5)
        # Any word of a question about a job: with it, 'DS' in 'is DS dying' is a job.
        self.topic_words = frozenset(word for intent in intents.intents.values() if intent.kind == "topic"
                                     for word, weight in intent.keywords.items() if weight >= 3)
        # What only names a sector ('pharma', 'in banking'): where a job is, asked about or not (_settings)
        industries = intents.intents["industries"]
        self._settings = frozenset(industries.keywords) - {"employ", "employer", "hire", "hires"} | frozenset(
            source for _, _, source, _ in industries.phrases
            if source.split()[0] == "in" and len(source.split()) == 2
            and set(source.split()[1].split("|")) <= set(industries.keywords))

    def _correct(self, word: str) -> str:
        """A misspelt word replaced by the known word it is closest to ('salery' -> 'salary')."""
        edits = allowed_edits(word)
        if not edits or word in self.known or not word.isalpha() or word in EVERYDAY_SOUNDS:
            return word  # ('compassion' is no misspelt 'commission')
        if word.endswith("in") and word + "g" in self.known:
            return word + "g"  # 'truckin', 'hirin', 'meatpackin': the g dropped as it is said
        # People rarely mistype a word's first letter: 'table' is not 'stable', 'saying' not 'paying'.
        choices = [c for n in range(len(word) - edits, len(word) + edits + 1)
                   for c in self._targets_by_len.get(n, ()) if c[0] == word[0]]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits, limit=8)
        if not found:
            return self._job_missing_a_letter(word) or self._by_ear(word)
        # Equally few edits: prefer the word that shares most ('statistican' -> 'statistician', not 'statistical').
        return min(found, key=lambda f: (f[1], -fuzz.ratio(word, f[0]), f[0]))[0]

    def _job_missing_a_letter(self, word: str) -> str | None:
        """'lawer', 'plumer', 'acountant', 'plummer': the job name (a head noun of O*NET titles) with one letter
        dropped or doubled, or one vowel written for another ('curater'). Another changed letter is no such typo
        ('laker' is not 'lacer'), nor is an English word ('bother' is not 'brother')."""
        if word in self.language.near_jobs:
            return None
        # ('curater', 'docter': the vowel of the ending written as it sounds, before a letter dropped; not in a
        # short word, 'biker' is no baker)
        swapped = [c for c in self._jobs_by_shape.get((len(word), word[0]), ())
                   if _ending_vowel_swapped(word, c)] if len(word) >= 6 else []
        if len(swapped) == 1:
            return swapped[0]
        # ('gaurd', 'nusre', 'pliot': two letters typed the wrong way round, the commonest slip on a phone)
        turned = [c for c in self._jobs_by_shape.get((len(word), word[0]), ()) if _two_letters_turned(word, c)]
        if len(turned) == 1:
            return turned[0]
        choices = [c for n in (len(word) - 1, len(word) + 1) for c in self._jobs_by_shape.get((n, word[0]), ())]
        found = process.extract(word, choices, scorer=Indel.distance, score_cutoff=1, limit=2)
        return found[0][0] if len(found) == 1 else None

    def _inflected(self, word: str) -> bool:
        """'hating', 'putting', 'messed': a known word with an ending, not a word spelt by ear."""
        for ending in ("ing", "ed", "er", "est", "ly"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                base = word[:-len(ending)]
                forms = (base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base)
                if any(form in self.known for form in forms):
                    return True
        return False

    def _sound_indexes(self) -> tuple[dict[str, list[str]], dict[int, dict[str, list[str]]]]:
        """Words spelt by ear are found by how they sound (Metaphone key): the words of the curated roles and the
        intents, and of the names of O*NET occupations ('electrician', 'hairdresser'), not of every title
        ('winder', 'cracker' would swallow 'wonder' and 'cricket'). Built on the first unknown word: most
        messages have none. The keys one sound off are searched among the roles' and intents' own words only,
        by key length."""
        if self._sounds is None:
            lang, official = self.language, self._official
            named = {singular(w) for name in (official.names.values() if official is not None else ())
                     for w in words(name)}
            by_sound = self._sound_index(set(self.targets) | {w for w in named if len(w) >= MIN_NAME_SOUNDED}
                                         | set(lang.field_words))
            near: dict[int, dict[str, list[str]]] = {}
            for key, found in self._sound_index(set(self.targets) | set(lang.field_words)).items():
                near.setdefault(len(key), {})[key] = found
            self._sounds = by_sound, near
        return self._sounds

    @staticmethod
    def _sound_index(vocabulary: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for word in sorted(vocabulary):
            if len(word) >= MIN_SOUNDED and word.isalpha():
                out.setdefault(metaphone(word), []).append(word)
        return out

    def _by_ear(self, word: str) -> str:
        """A word spelt as it sounds replaced by the known word that sounds the same: 'electrishun' ->
        'electrician', 'hairdreser' -> 'hairdresser', 'qualafacations' -> 'qualifications'. Only when one known
        word (or one nearest in letters) has its sound, and it is not too many letters away."""
        if len(word) < MIN_SOUNDED or word in EVERYDAY_SOUNDS or self._inflected(word):
            return word
        key = metaphone(word)
        most = max(1, len(word) // LETTERS_PER_EDIT)  # 'sequel' is not a misspelt 'skill'
        by_sound, near_by_length = self._sound_indexes()
        same = [c for c in by_sound.get(key, ()) if OSA.distance(word, c) <= most]
        if not same and len(key) >= 4:  # one sound off: 'injineer' (INJNR) is 'engineer' (ENJNR)
            keys = {k: v for n in (len(key) - 1, len(key), len(key) + 1) for k, v in near_by_length.get(n, {}).items()}
            near = process.extract(key, keys.keys(), scorer=Levenshtein.distance, score_cutoff=1, limit=8)
            same = [c for k, _, _ in near for c in keys[k] if OSA.distance(word, c) <= min(most, NEAR_SOUND_EDITS)]
        # People rarely mishear a word's first sound: 'version' is no 'vision' typed by ear, but 'injineer' is.
        same = [c for c in same if c[0] == word[0] or (c[0] in VOWELS and word[0] in VOWELS)]
        if not same:
            return word
        letters = {c: OSA.distance(word, c) for c in same}
        best = min(letters.values())
        nearest = [c for c, n in letters.items() if n == best]
        return nearest[0] if len(nearest) == 1 else word

    def tokens(self, text: str) -> tuple[list[str], list[str]]:
        """The message's words as typed (spellings expanded) and as matched (singular, corrected)."""
        if ">" in text or "→" in text or "⇒" in text:  # (every arrow holds one: most messages are not scanned)
            text = ARROW.sub(" to ", text)  # 'accountant -> analytics engineer': a move
        if "/" in text:
            text = WITHOUT.sub(" without ", text)  # 'w/o experience'
        if "-k" in text or "-K" in text or " k " in text:
            text = PRE_K.sub("prek", text)  # 'a pre-k teacher': not 'pre okay'
        if REPEATED.search(text):  # (a search costs half a substitution, which builds its template each time)
            text = REPEATED.sub(r"\1", text)  # 'tyyy', 'hiii'
        if CAPITALS_PLURAL.search(text):
            text = CAPITALS_PLURAL.sub(self._capitals_plural, text)
        raw = self._spelled_out(words(text, self.language.spellings))
        if "4" in raw or "2" in raw:
            raw = [SAID_AS_WORDS[w] if w in SAID_AS_WORDS and 0 < i < len(raw) - 1
                   and raw[i - 1].isalpha() and raw[i - 1] not in BEFORE_A_COUNT
                   and raw[i + 1].isalpha() and raw[i + 1] not in COUNTED and singular(raw[i + 1]) == raw[i + 1]
                   else w for i, w in enumerate(raw)]  # (a plural after it is counted: '8 staff, 2 closers')
        raw = self._heard_as_two(raw)
        raw = self._field_people(raw)
        raw = _heads_of_a_field(raw)
        tokens = [self._match_form(w) for w in raw]
        matched = []
        for i, w in enumerate(tokens):
            prev, nxt = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
            if w == "ml" and prev in ("to", "into") and (
                    not nxt or nxt in self.language.stopwords or nxt in QUESTION_WORDS) \
                    and not {"learning", "mle", "engineer"} & set(tokens):
                w = "mle"  # 'want go to ML. how to start?': the field's job, where 'ML engineer' would stand
            # the idiom's first word names it; a swallowed second word too ('exchange rate' pays nothing)
            matched.append(IDIOMS[(w, nxt)] if (w, nxt) in IDIOMS else IDIOMS[(prev, w)] if (prev, w) in SWALLOWED
                           else w)
        return raw, matched

    def _without_or(self, m: RoleMention, tokens: list[str]) -> RoleMention:
        """A title read from an 'or' typed in small letters, read again without it: 'a data scientist or analyst'
        weighs an analyst, not an OR (operations research) analyst."""
        rest = tokens[m.start + 1:m.end]
        found = self.index.find(rest)
        again = found[0] if len(found) == 1 and found[0].end - found[0].start == len(rest) else None
        return replace(again, start=m.start + 1, end=m.end) if again is not None \
            else replace(m, start=m.start + 1, words=m.words.partition(" ")[2])

    def glossed(self, text: str) -> str:
        """'数据科学家在深圳一个月多少钱' -> 'data scientist shenzhen per month how much': the phrases the glosses know
        in English; the other characters dropped once one is known (they are the grammar between them)."""
        if self.glosses is None or not SPACELESS.search(text):
            return text
        glossed = self.glosses.sub(lambda m: f" {self.language.glosses[m.group(0)]} ", text)
        return SPACELESS.sub(" ", glossed) if glossed != text else text

    def _capitals_plural(self, match: re.Match[str]) -> str:
        """'what do GPs earn': the short form a capitals plural is, where the plural spelt lower case names a tool
        ('gps'); other plurals stay as typed ('what do OTs do' is read as a plural)."""
        short = match.group(1).lower()
        named = short in self.short_forms or short in self.language.title_aliases
        plural = match.group(0).lower()
        return match.group(1) if named and (plural,) in self.tool_index.get(plural, ()) else match.group(0)

    def _heard_as_two(self, raw: list[str]) -> list[str]:
        """A word that speech to text wrote as two: 'para medic', 'sono grapher' (joined, a job's or a tool's word,
        one half no word of its own), 'pie thon', 'pie torch' (joined, it sounds like a tool's name)."""
        if len(raw) < 2:
            return raw
        exact, by_sound = self._heard
        out: list[str] = []
        i = 0
        while i < len(raw):
            pair = raw[i] + raw[i + 1] if i + 1 < len(raw) and raw[i].isalpha() and raw[i + 1].isalpha() else ""
            if pair in exact and not ({raw[i], raw[i + 1]} & JOINING_WORDS) \
                    and self.index.official_ids(f"{raw[i]} {raw[i + 1]}") is None:
                out.append(pair)  # (not 'cruise ship per month', no shipper; 'sys admin' is a name as it is)
                i += 2
                continue
            # (the sound is taken only of a pair whose second half is no word: 'pay then' is no 'python')
            if len(pair) >= 6 and raw[i + 1] not in self.known and raw[i] not in self.language.stopwords:
                sounds = by_sound.get((metaphone(pair), pair[0]), ())
                if len(sounds) == 1:
                    out.append(sounds[0])
                    i += 2
                    continue
            out.append(raw[i])
            i += 1
        return out

    @property
    def _heard(self) -> tuple[frozenset[str], dict[tuple[str, str], tuple[str, ...]]]:
        """The words a pair may be joined into (one-word job names of seven letters or more, tools of six), and the
        tools by sound and first letter; built on first use."""
        if self._heard_words is None:
            lang = self.language
            tools = {t[0] for t in lang.tool_names if len(t) == 1 and len(t[0]) >= 6 and t[0].isalpha()}
            vocabulary = {w for w in lang.occupations if len(w) >= 7 and w.isalpha()} | tools
            sounds: dict[tuple[str, str], list[str]] = {}
            for w in sorted(tools):  # by sound only a tool: a job's sound is too near everyday pairs ('dear sir')
                sounds.setdefault((metaphone(w), w[0]), []).append(w)
            self._heard_words = (frozenset(vocabulary), {k: tuple(v) for k, v in sounds.items()})
        return self._heard_words

    def _field_people(self, raw: list[str]) -> list[str]:
        """'the ML guy' -> 'the ml engineer', 'a data bod' -> 'a data analyst': someone doing a field's job."""
        fields, people = self.language.field_people, self.language.person_words
        return [fields[raw[i - 1]] if i and w in people and raw[i - 1] in fields else w for i, w in enumerate(raw)]

    def _spelled_out(self, raw: list[str]) -> list[str]:
        """Letters dictated one by one are one word: 'a i engineer' -> 'ai engineer', 'an l p n' -> 'an lpn',
        'a p h d' -> 'a phd' (an article stays when the letters after it make a known word)."""
        out: list[str] = []
        i = 0
        while i < len(raw):
            j = i
            while j < len(raw) and len(raw[j]) == 1 and raw[j].isalpha():
                j += 1
            if j - i >= 2:
                letters = "".join(raw[i:j])
                if raw[i] == "a" and letters[1:] in self.known and j - i >= 3:
                    out += ["a", letters[1:]]
                else:
                    out.append(letters)
                i = j
            else:
                out.append(raw[i])
                i += 1
        return out

    def _match_form(self, word: str) -> str:
        single = singular(word)
        if single == word and word.endswith("s") and word[:-1] in self.index.vocabulary \
                and word not in self.short_forms:  # (an 'mls' is a medical laboratory scientist)
            return word[:-1]  # short plurals the general rule leaves alone: 'vps', 'pms', 'bis
        fixed = self.correct(single)
        if fixed == single and single not in self.known and single != word:
            fixed = singular(self.correct(word))  # 'skils' -> 'skills' -> 'skill', not 'skil'
        return fixed

    def _items(self, text: str) -> list[range]:
        """Word positions of numbered or bulleted questions ('1) what does X do 2) pay?', '- tools
        - pay in Berlin'), in order; [] when the message lists none."""
        marks = list(ITEM_MARK.finditer(text))
        if len(marks) < 2 or "?" in text[:marks[0].start()]:
            return []  # 'how would a teacher get into data science? 1) courses 2) ...': the question comes first
        items = []
        for mark, after in zip(marks, [*marks[1:], None], strict=True):
            start = len(words(text[:mark.end()], self.language.spellings))
            item = words(text[mark.end():after.start() if after else len(text)], self.language.spellings)
            items.append(range(start, start + len(item)))
        return items if items[0] else []

    def _asked_in(self, items: list[range], tokens: list[str], covered: set[int]) -> tuple[str, ...]:
        """The question each listed item asks ('' when none the bot knows), for 'and point 2?' later."""
        asked = []
        for item in items:
            scores = score_intents(self.intents, [tokens[i] for i in item if i < len(tokens) and i not in covered])
            top = max(scores, key=lambda n: scores[n], default="")
            asked.append(top if top and scores[top] >= ITEM_QUESTION else "")
        return tuple(asked)

    def sentences(self, text: str) -> tuple[list[str], list[str], list[int]]:
        """The message's sentences, the marks ending each ('' for the last) and each one's number of words: read
        once for ``focus`` and ``echoed``."""
        pieces = SENTENCE_END.split(text)
        return pieces, SENTENCE_END.findall(text) + [""], [len(words(p, self.language.spellings)) for p in pieces]

    @staticmethod
    def echoed(sentences: tuple[list[str], list[str], list[int]]) -> set[int]:
        """Word positions of the short questions a disbelief ends ('Sailors? Bookkeepers? That's ridiculous.')."""
        pieces, ends, counts = sentences
        out: set[int] = set()
        for i, n in enumerate(counts):
            if n and n <= 3 and "?" in ends[i] and _echoes_before_disbelief(pieces, ends, counts, i):
                out.update(range(sum(counts[:i]), sum(counts[:i]) + n))
        return out

    def focus(self, read: tuple[list[str], list[str], list[int]]) -> range | None:
        """Word positions of the sentence that asks the question, when there are several sentences (``read``: the
        message's ``sentences``).

        'My cousin is a BI analyst and works at a bank. What is it?': the question counts double; of several, the
        first ('What actually is an analytics engineer? Is it just ...? TL;DR ...'), as the first intent is the
        one reported.
        """
        pieces, ends, counts = read
        if len(pieces) < 2:
            return None
        sentences = [i for i, n in enumerate(counts) if n]
        if len(sentences) < 2:
            return None
        # ('tools?? i asked plumbing vs tech': a topic echoed back before a complaint asks nothing)
        # ('Quicker to do a BI analyst? Pull the other one.': a question the next sentence disbelieves is rhetorical)
        asked = [i for i in sentences if "?" in ends[i] and not (
            i + 1 < len(pieces) and counts[i] <= 2 and COMPLAINT.match(ends[i] + " " + pieces[i + 1].lstrip()))
            and not (i + 1 < len(pieces) and DISBELIEF.match(pieces[i + 1]))
            # ('Sailors? CNC programmers? That is absurd.': each name of the run before the disbelief is an echo)
            and not (counts[i] <= 3 and _echoes_before_disbelief(pieces, ends, counts, i))
            # ('Statistician?? Machine learning?? Im a builder. What does X do': names echoed back in disbelief)
            and not (ends[i].count("?") >= 2 and counts[i] <= 3 and i < sentences[-1])
            # ('statistician? i got no degree. data manager what does that pay': a job echoed, another asked)
            and not (counts[i] <= 3 and self._bare_name(words(pieces[i], self.language.spellings))
                     and self._another_job_asked(pieces, i, sentences))]
        # none with '?': the one opening with a question word, not a statement after it ('Kindly explain me the AI
        # research scientist post. I have a doubt whether it is only for PhD people', 'What is X. Thank you.')
        opening = [i for i in sentences if set(words(pieces[i], self.language.spellings)[:1]) & ASKING_OPENERS]
        # the last, unless it only sets something aside ('... salary and outlook. no physician assistant')
        kept = [i for i in sentences if words(pieces[i], self.language.spellings)[:1] not in (["no"], ["not"])]
        chosen = asked[0] if asked else opening[-1] if opening else (kept or sentences)[-1]
        # '... what she does all day. Could you explain it in plain English?': the sentence before asks with it
        pointer = chosen - 1 in sentences and set(words(pieces[chosen], self.language.spellings)) <= POINTER_REQUEST
        # 'Estimator vs BIM coordinator vs project controls. Which suits a site manager?': the choice is before
        said = words(pieces[chosen], self.language.spellings)
        pointer = pointer or (chosen - 1 in sentences and said[:1] == ["which"] and bool(
            {singular(w) for w in said} & (FITTING_WORDS | WEIGHING_WORDS)) and bool(
            {"vs", "versus", "or"} & set(words(pieces[chosen - 1], self.language.spellings))))
        start = sum(counts[:chosen - 1 if pointer else chosen])
        last = chosen
        after = [i for i in sentences if i > chosen]
        if after and ("?" in ends[after[0]] or after[0] == sentences[-1]):
            said = words(pieces[after[0]], self.language.spellings)
            # 'What should we pay a data analyst? And a data engineer?', 'can X work remote for a US company? same
            # salary?': the question after it asks with it (not a list of examples: 'Legal tech? Publishing?');
            # so does a question after a bare name ('and warehouse manager? what's it do and ...')
            if said[:1] in (["and"], ["also"], ["plus"], ["same"]) and "?" in ends[after[0]] or (
                    set(said[:1]) & ASKING_OPENERS and self._bare_name(words(pieces[chosen], self.language.spellings))):
                last = after[0]
        return range(start, sum(counts[:last]) + counts[last])

    def _another_job_asked(self, pieces: list[str], i: int, sentences: list[int]) -> bool:
        """A later sentence asks about a job other than the one sentence ``i`` only names."""
        named = {r for m in self.index.find([singular(w) for w in words(pieces[i], self.language.spellings)])
                 for r in m.roles}
        for j in sentences:
            said = words(pieces[j], self.language.spellings) if j > i else []
            if said and said[0] not in ("and", "also", "plus", "or", "vs", "versus") \
                    and set(said) & self.question_words and any(
                    not set(m.roles) & named for m in self.index.find([singular(w) for w in said])):
                return True
        return False

    def _bare_name(self, said: list[str]) -> bool:
        """'and warehouse manager?', 'AD?': a sentence that only names a job (its question follows it)."""
        said = [w for w in said if w not in ("and", "what", "about", "how", "the", "a", "an", "ok", "okay")]
        if not said or len(said) > 3 or set(said) & self.topic_words:
            return False
        found = self.index.find([singular(w) for w in said])
        return len(found) == 1 and found[0].end - found[0].start == len(said)

    def parse(self, text: str) -> Parse:
        truncated = len(text) > MAX_MATCH_CHARS
        text = clip(text)
        text = self.glossed(text)
        raw, tokens = self.tokens(text)
        if not OF_WORDS.isdisjoint(tokens):
            raw, tokens = self._of_reordered(raw, tokens)
        tools = self._tool_spans(tokens)
        in_tool = {i for a, b in tools for i in range(a, b)}
        sentence_starts = self._sentence_starts(text, tokens)
        found = self.index.find(tokens, sentence_starts)
        found = sorted(found + self._short_titles(text, tokens, found), key=lambda m: m.start)
        found = self._qualified(tokens, found)
        starts = frozenset(m.start for m in found)
        mentions = [m for m in found if (not m.official or self._as_job(m, tokens, raw, starts))
                    and not set(range(m.start, m.end)) <= in_tool and not _a_metaphor(m, tokens, in_tool)]
        mentions = [m for m in mentions
                    if not _an_employer(m, tokens, mentions) and not self._qualified_field(m, tokens)
                    and not _kind_of_employers(m, tokens, raw)]
        if len(mentions) > 1:
            mentions = [m for m in mentions if not self._describing(m, tokens, mentions)]
        if len(mentions) > 1 and "(" in text:
            mentions = self._without_glosses(text, mentions)
        typed_lower = frozenset(w.strip(".,;:!?()\"'") for w in text.split() if w.islower())
        if "or" in typed_lower:  # 'dental hygienist or nurse': 'or', not an OR (operating room) nurse
            mentions = [self._without_or(m, tokens) if tokens[m.start] == "or" and m.end - m.start > 1 else m
                        for m in mentions]
        # 'on the job training' is how a job is learnt, not the job training specialist
        # 'an AI research engineer intern': an internship in that job, not a medical intern
        mentions = [m for m in mentions if not (m.words in ("intern", "interns") and any(
            o.end == m.start for o in mentions))]
        # ('train the new starters', 'a starter salary': people new to a job, British, not a race's starter)
        mentions = [m for m in mentions if not (m.words in ("starter", "starters") and (
            tokens[m.start - 1:m.start] == ["new"] or tokens[m.start - 1:m.start] == ["a"] and m.end == len(tokens)
            or tokens[m.end:m.end + 1] in (["salary"], ["salaries"], ["pay"], ["wage"], ["wages"])))]
        mentions = [m for m in mentions if m.words not in STAGE_WORDS  # 'paid as apprentices': a stage, no job
                    and not (m.start and tokens[m.start - 1] in METHODS)  # 'predictive maintenance work': a method
                    and tokens[m.end:m.end + 1] not in (["bot"], ["chatbot"])  # 'is this a careers advisor bot?'
                    and not (tokens[m.start] == "job" and tokens[max(0, m.start - 2):m.start] == ["on", "the"])
                    and not (m.end - m.start == 1 and _slang(tokens, m.start, typed_lower))]
        # a job echoed back to reject it ends where the '??' of a complaint starts
        rejected = {len(words(text[:c.start()], self.language.spellings)) for c in COMPLAINT.finditer(text)} \
            | {len(words(text[:c.end()], self.language.spellings)) for c in ECHO_DENIED.finditer(text)} \
            if "??" in text else set()
        # '... salary and outlook. no physician assistant': a later sentence that only sets a job aside
        set_aside = {len(words(text[:s.start(1)], self.language.spellings))
                     for s in SETTING_ASIDE_SENTENCE.finditer(text)}
        breaks = {len(words(text[:s.end()], self.language.spellings)) for s in SENTENCE_END.finditer(text)} \
            if set_aside else set()
        fields = [o for o in mentions if o.end - o.start == 1 and tokens[o.start] in self.ologies]
        # 'sports medicine doctor', 'radiology doctor': the specialty names the doctor; 'doctor' is no second job
        mentions = [m for m in mentions if not (m.words in DOCTOR_WORDS and any(
            o.end == m.start and o.roles and all(r.startswith(PHYSICIANS) for r in o.roles) for o in mentions))]
        negated = [m for m in mentions if _negated(m, tokens) or _not_after(m, tokens, mentions, fields)
                   or m.end in rejected or _only_set_aside(
            m, tokens, set_aside, breaks)]
        mentions = [self._by_short_form(m, tokens) for m in mentions
                    if not self._a_place_not_a_field(m, tokens, mentions) and m not in negated]
        singles = [k.roles[0] for k in mentions if len(k.roles) == 1]  # (never the ambiguous 'architect' itself)
        mentions = [building_architect(m, tokens, singles, self.architects) for m in mentions]
        if sum(1 for m in mentions if m.ambiguous) == 1 and all(m.ambiguous for m in mentions):
            # not by what the person leaves: in 'I'm done with nursing. how do I become a teacher?' nursing is
            # where they come from, not the kind of teacher
            left = {i for i in range(len(tokens))
                    if LEAVING & set(zip(tokens[max(0, i - 4):i], tokens[max(0, i - 4) + 1:i], strict=False))
                    or set(tokens[max(0, i - 3):i]) & SOURCE_WORDS}
            # nor by a job set aside ('physical therapist?? im a teacher' is no physics teacher)
            left |= {i for m in negated for i in range(m.start, m.end)}
            mentions = [self.index.settle(mentions[0], [w if i not in left else "" for i, w in enumerate(tokens)],
                                          self.plain)]
        elif len(mentions) == 1 and mentions[0].official and not mentions[0].ambiguous:
            mentions = [self.index.resettled(mentions[0], tokens, self.plain)]
        # 'whether we need a data analyst, a data engineer or a BI analyst': a choice between jobs, not a service
        choice = len(mentions) > 1 and bool({"or", "vs", "versus"} & set(tokens))
        persons = [m for m in mentions if self._a_person(m, tokens, choice)
                   or (tokens[m.end:m.end + 1] == ["office"] or tokens[m.end:m.end + 2] == ["s", "office"])
                   and tokens[max(0, m.start - 2):m.start] in (["in", "a"], ["in", "the"], ["at", "a"], ["at", "the"])
                   and len(mentions) > 1]  # "legal secretary in a prosecutor's office": where, not a second job
        mentions = [m for m in mentions if m not in persons]
        covered = {i for m in mentions for i in range(m.start, m.end)} | in_tool
        # 'des' as typed, not 'DEs'
        mentions = sorted(mentions + self._abbreviations(tokens, covered, bool(mentions), typed_lower)
                          + self._field_as_job(tokens, covered) + self._work_as_job(tokens, covered)
                          + _sport_analytics(tokens, covered)
                          + self._managed_as_job(tokens, covered) + self._manager_at_place(tokens, covered)
                          + (self._credential_as_job(tokens, covered) if not mentions else []),
                          key=lambda m: m.start)
        # 'could i move into HR? what do HR managers do', 'HR manager here. staying in HR': the field of the HR job
        # named beside it, that job
        hr_jobs = [m for m in mentions if m.words.startswith(("hr ", "human resource")) and len(m.roles) == 1]
        if hr_jobs:
            mentions = [replace(m, roles=hr_jobs[0].roles) if m.words in ("hr", "hrs") else m for m in mentions]
        # 'consultant anaesthetist', 'a psychiatrist, consultant grade': in medicine a consultant is a doctor's grade
        mentions = [m for m in mentions if not (m.words == "consultant" and any(
            o is not m and (o.end == m.start or o.start == m.end) and all(r.startswith(DOCTORS) for r in o.roles)
            for o in mentions))]
        # (words denied say nothing of the company: 'the childcare kind not plants')
        said = undenied(tokens, 2)
        mentions = [self._in_company(m, said) for m in mentions]
        mentions = self._sharing_a_qualifier(tokens, mentions)
        shared = self._sharing_a_head(tokens, mentions, covered)
        mentions = sorted(mentions + shared, key=lambda m: m.start) if shared else mentions
        covered |= {i for m in mentions for i in range(m.start, m.end)}
        if len(mentions) > 1:  # 'what's a biostatistician? is it just a statistician in a lab coat': likened
            # (not to their own job: 'I'm a DBA; is it like a data architect's job?' weighs the two)
            likened_to = not states_own_job(tokens, mentions[0])
            mentions = [m for i, m in enumerate(mentions) if not (i and ((likened_to and _likened(m, tokens))
                                                                         or _explained_as(m, tokens)
                                                                         or _required_of(m, tokens)))]
        covered |= {i for m in persons + negated for i in range(m.start, m.end)}
        # 'my husband drives trucks'; beside other jobs only their own: 'I've taught secondary maths, could I ...'
        # (cleaning said beside another job is a story, 'I clean offices at night', not the job asked about)
        done = [m for m in self._by_what_they_do(tokens, covered)
                if not mentions or (_doer_is_i(tokens, m.start) and DOERS.get(tokens[m.start]) != "cleaner")]
        if done:
            mentions = sorted(mentions + done, key=lambda m: m.start)
            covered |= {i for m in done for i in range(m.start, m.end)}
        unknown = self._unknown_role(tokens, raw, covered)
        unknown_role = None
        if unknown and unknown[0] and tokens[unknown[0] - 1] in SOURCE_WORDS and mentions == [] \
                and {"jump", "switch", "move", "transition", "get", "pivot"} & set(tokens[:unknown[0]]):
            unknown = None  # 'how would I make the jump from operations?': where they come from, not what is asked
        if unknown:
            start, end = unknown
            unknown_role = " ".join(raw[start:end])
            family = self.index.family(tokens[start]) if end - start == 1 else ()
            slip = self.index.misspelt_job(tokens[start]) if end - start == 1 and not family \
                and tokens[start] not in self.known else []  # (not 'bigger', a word of its own)
            if len(family) > 1:  # 'engineer' alone: which kind? ask, like for 'architect'
                mentions = sorted(mentions + [RoleMention(start, end, family, tokens[start])], key=lambda m: m.start)
                unknown_role = None
            elif slip:  # 'chaplian salary': the one job a typing slip away
                mentions = sorted(mentions + [replace(slip[0], start=start, end=end, words=tokens[start])],
                                  key=lambda m: m.start)
                unknown_role = None
            elif (guess := self.index.guessed(tokens[start:end])) \
                    and not _an_employer(guess := replace(guess, start=start, end=end), tokens, mentions):
                mentions = sorted(mentions + [guess], key=lambda m: m.start)  # 'tyre fitter': Tire Changers
                unknown_role = None
            covered |= set(range(start, end))  # 'software engineer' asks nothing about software tools
        covered |= self._disclaimed(tokens, sentence_starts, rejected) \
            | self._majors_told(text, tokens) | _degree_held(tokens) \
            | _thanks_in_advance(tokens) | self._moving_to_a_place(raw, tokens) | {
            j for i, w in enumerate(tokens[:-1]) if w in self.language.credentials and tokens[i + 1] in HELD
            for j in (i, i + 1)}  # 'PMP certified, 10 yrs': a credential the person has, not one asked about
        covered |= self._describing_clause(text, mentions)
        covered |= _a_tool_in_the_story(tokens, raw) | _an_institution_worked_at(tokens, mentions) \
            | _the_persons_business(tokens, mentions)
        rest = [t for i, t in enumerate(tokens) if i not in covered]
        fired: list[tuple[str, str, float]] = []
        first: dict[str, int] = {}
        scores = score_intents(self.intents, rest, fired, first)
        if scores.get("similar") and _job_like_asked(tokens):
            # 'stevedore what is job like daily', "whats a projectionist's job like": the job described, no kin
            scores["responsibilities"] = scores.get("responsibilities", 0.0) + scores.pop("similar")
            fired.append(("responsibilities", "what the job is like", 0.0))
        asks_what_it_is = self._what_it_is_first(tokens, mentions)
        if asks_what_it_is and scores and max(scores, key=scores.__getitem__) != "overview":
            # 'what is deep learning engineer and how much they earn': what it is, asked first, is a question too
            scores["overview"] = scores.get("overview", 0.0) + WHAT_IT_IS_WEIGHT
            fired.append(("overview", "what the job is, asked first", WHAT_IT_IS_WEIGHT))
            first["overview"] = 0
        elif asks_what_it_is is None and all(r.startswith('"what is') for i, r, _ in fired if i == "overview"):
            scores.pop("overview", None)  # 'whats a QS earn and do i need a degree': 'what is' opens the pay question
        # 'AWS cert vs Databricks cert': certifications named after tools, not the tools
        tools = [(a, b) for a, b in tools if b >= len(tokens) or tokens[b] not in CERT_WORDS]
        # a tool in a job's name names the job ('SAP consultant', 'Salesforce admin'), not a question about tools
        named = {i for m in mentions for i in range(m.start, m.end)}
        tools = [(a, b) for a, b in tools if not named & set(range(a, b))]
        for a, b in tools[:MAX_TOOL_NAMES] if mentions else ():  # 'tableau or power bi for BI analysts?'
            scores["tools"] = scores.get("tools", 0.0) + TOOL_NAME_WEIGHT
            fired.append(("tools", "tool name '" + " ".join(tokens[a:b]) + "'", TOOL_NAME_WEIGHT))
        if len(tools) >= 2 and len({r for m in mentions for r in m.roles}) < 2 and scores.get("compare"):
            # 'tableau vs power bi for BI analysts': the tools are compared, not roles
            scores["tools"] = scores.get("tools", 0.0) + scores.pop("compare")
            fired.append(("tools", "tools compared", 0.0))
        if self._credential_needed(text, tokens, mentions):  # 'do u need ARRT to be a CT tech', 'NABCEP needed?'
            scores["education"] = scores.get("education", 0.0) + CREDENTIAL_NEEDED_WEIGHT
            fired.append(("education", "a credential needed", CREDENTIAL_NEEDED_WEIGHT))
        if ("worth", "it") in set(zip(tokens, tokens[1:], strict=False)) \
                and self.language.credentials & set(tokens) - {"course", "degree", "ba", "ma", "ms", "bs"}:
            # 'is the CompTIA Security+ worth it', 'is CISSP worth it': whether a credential pays off for the job
            scores["education"] = scores.get("education", 0.0) + CREDENTIAL_WORTH_WEIGHT
            fired.append(("education", "a credential weighed", CREDENTIAL_WORTH_WEIGHT))
        credentials = self._credentials_compared(tokens)
        if credentials:  # 'CPA or CMA?', 'bsn vs adn', 'AWS cert vs Databricks cert': two ways to qualify
            scores["education"] = scores.get("education", 0.0) + CREDENTIALS_WEIGHT
            fired.append(("education", "credentials compared", CREDENTIALS_WEIGHT))
        if MONEY.search(text):  # 'is 90k realistic for a data engineer in Dallas?'
            scores["salary"] = scores.get("salary", 0.0) + MONEY_WEIGHT
            fired.append(("salary", MONEY_REASON, MONEY_WEIGHT))
            if EARNED.search(text):
                scores["salary"] += EARNED_WEIGHT
                fired.append(("salary", EARNED_REASON, EARNED_WEIGHT))
        elif PERCENT.search(text) and scores.get("salary") and fired_only_by(fired, "salary", PERIOD_WORDS):
            # 'is that 4.5% per year?': the period of a projected change, not pay
            scores["outlook"] = scores.get("outlook", 0.0) + scores.pop("salary")
            fired.append(("outlook", "a percentage over a period", 0.0))
        items = self._items(text)
        first_item = items[0] if items else None
        sentences = self.sentences(text)
        focus = first_item or self.focus(sentences)
        in_focus: dict[str, float] | None = None
        if focus is not None:
            asked = [tokens[i] for i in focus if i < len(tokens) and i not in covered]
            asked_at: dict[str, int] = {}
            in_focus = score_intents(self.intents, asked, fired, asked_at)
            if not first_item:
                # where the question's sentence asks it: 'My cousin says learn Excel and Power BI. What's the
                # outlook for data analysts?' asks the outlook, not 'about' of the story before it first
                before = sum(1 for i in range(min(focus.start, len(tokens))) if i not in covered)
                first.update({name: before + at for name, at in asked_at.items()})
            if not first_item and "?" in text and any(v > 0 for v in in_focus.values()) \
                    and any(m.start in focus for m in mentions) and text.count("?") == 1 \
                    and not set(tokens[focus.stop:focus.stop + 2]) & (ASKING_OPENERS | QUESTION_JOINS) \
                    and not 0 < len(tokens) - focus.stop <= 3:
                # (not when another question follows: 'would graphic designer be a better gig? whats the pay', nor
                # a few words adding to it: '... data scientist? skills wise')
                # the story around a question that asks something of a job it names is its context: 'my cousin ...
                # now earns more than my whole crew. What is a data engineer exactly?' asks what it is, not its pay
                for name in scores:
                    scores[name] = in_focus.get(name, 0.0) + STORY_WEIGHT * (scores[name] - in_focus.get(name, 0.0))
            for name, score in in_focus.items():
                scores[name] = scores.get(name, 0.0) + score
            if first_item and in_focus:  # '1) what does X do 2) pay 3) degree?': the question put first is first
                top = max(in_focus, key=lambda n: in_focus[n])
                lead = max(scores.values()) + FIRST_ITEM_WEIGHT - scores[top]
                scores[top] += lead
                fired.append((top, "the first of the questions listed", lead))
        if scores.get("industries") and (scores.get("overview") or scores.get("responsibilities")) and \
                fired_only_by(fired, "industries", self._settings):
            # 'what does a data scientist do in a pharma company?': the sector is where the job is asked about,
            # not the question ('which industries', 'who hires', 'where do they work' still ask it)
            fired.append(("industries", "the setting of a question about the job", -scores.pop("industries")))
        meant = next((i for i in range(len(tokens) - 1) if tokens[i] == "i" and tokens[i + 1] in ("mean", "meant")),
                     None)
        if meant is not None and any(m.start > meant for m in mentions) and any(m.start < meant for m in mentions):
            mentions = [m for m in mentions if m.start > meant]  # 'lead ML?? i mean DS or MLE': what they meant
        echoed = self.echoed(sentences) if "?" in text else set()
        if echoed and any(m.start not in echoed for m in mentions):
            # 'Sailors? Bookkeepers? That's ridiculous. ... financial analyst or data analyst. Which one?': the names
            # echoed back in disbelief are no choice
            mentions = [m for m in mentions if m.start not in echoed]
        kept = self._without_own_role(tokens, mentions, focus)
        if any(m not in kept and tokens[m.end:m.end + 1] in (["count"], ["counts"]) for m in mentions):
            # 'does bank teller count', 'would my nursing count': whether their job counts towards the one asked
            scores["getting_started"] = scores.get("getting_started", 0.0) + COUNTS_WEIGHT
            fired.append(("getting_started", COUNTS_REASON, COUNTS_WEIGHT))
        if unknown_role and unknown is not None and len(kept) == 1 and kept[0].end < unknown[0] \
                and unknown[1] - unknown[0] >= 2 and tokens[unknown[1] - 1] not in ("one", "lead", "side") \
                and {"become", "becoming", "into"} & set(tokens[max(kept[0].end, unknown[0] - 3):unknown[0]]):
            kept = []  # 'can an HR manager become a people analytics specialist?': from their job to one unknown
        lang = self.language
        places = self._places(raw)
        return Parse(
            raw=tuple(raw), tokens=tuple(tokens), mentions=tuple(kept),
            # (a degree is no job; nor a job judged: 'Bookkeeping clerk is hardly a step up. What do ... earn?')
            own=tuple(m for m in mentions if m not in kept and not _studied(m, tokens) and not _judged(m, tokens)),
            resolved=_unique(r for m in kept if not m.ambiguous for r in m.roles),
            ambiguous=next((m for m in kept if m.ambiguous), None),
            unknown_role=unknown_role, rest=tuple(rest), persons=len(persons),
            content=tuple(t for t in rest if t not in lang.stopwords),
            scores=scores, fired=tuple(fired), first=first, places=places, tools_named=len(tools),
            # a numbered list asks every item: its first counts double, the others are asked too
            focused=None if in_focus is None or first_item else frozenset(in_focus),
            joined=tuple(i for i, w in enumerate(rest) if w in CLAUSE_JOINS),
            strange=sum(1 for w in rest if w not in self.known and w not in lang.stopwords and w.isalpha()),
            question="?" in text,
            # (not a word of a job named: 'weather forecasters', 'weather presenter')
            # (nor a word of the story before a question about a job: '... her work on sign language translation
            # models ... What does an AI research scientist do?')
            off_topic=self._off_topic(tokens, kept, focus),
            follow_up=self._follows_up(tokens, focus),
            truncated=truncated, detail=bool(DETAIL_WORDS & set(tokens)),
            to_someone_else=bool((handle := HANDLE.match(text)) and not handle.group(1).lower().endswith("bot")),
            task=any(TASK.match(sentence) or HOW_TO_TASK.match(sentence) for sentence in SENTENCE_END.split(text))
            or bool(OWN_MATTER_WORDS & set(tokens) and OWN_MATTER.search(text))
            or bool(not kept and "visa" in tokens and VISA_MATTER.search(text))
            or any(rx.search(text) for rx in NOT_CAREER_REQUESTS),
            negated_roles=_unique(r for m in negated for r in m.roles),
            items=self._asked_in(items, tokens, covered) if items else (),
            service=_not_a_career_question(tokens, kept, persons, bool(tools), bool(places or "near" in tokens),
                                           bool(self.topic_words & set(tokens))),
            tools=tuple(" ".join(raw[a:b]) for a, b in tools), credentials=credentials,
        )

    def _in_company(self, m: RoleMention, said: set[str]) -> RoleMention:
        """'captain salary emirates', 'A320 captain': a title that names another job among the words of its field."""
        sense = next((s for s in senses_of(m) if s[1] & said), None)
        if sense is None or self._official is None or sense[0][len("onet:"):] not in self._official.names:
            return m
        return replace(m, roles=(sense[0],), official=True)

    def _sharing_a_head(self, tokens: list[str], mentions: list[RoleMention], covered: set[int]) -> list[RoleMention]:
        """'mechanical vs electrical engineer', 'civil or structural engineering': a word joined to a title names
        a job with the title's last word too, when that makes a title of one occupation."""
        out: list[RoleMention] = []
        for m in mentions:
            if m.end - m.start < 2 or m.ambiguous or not m.official:
                continue
            head, j = tokens[m.end - 1], m.start - 1
            while j >= 1 and tokens[j] in HEAD_SHARING_JOINS and j - 1 not in covered \
                    and tokens[j - 1] not in self.language.stopwords:
                found = self.index.find([tokens[j - 1], head])
                if len(found) != 1 or (found[0].start, found[0].end) != (0, 2) or found[0].ambiguous \
                        or found[0].roles == m.roles or found[0].roles[0][:9] != m.roles[0][:9]:
                    break  # (of one family of jobs: not 'at a bank vs a data governance manager')
                out.append(RoleMention(j - 1, j, found[0].roles, tokens[j - 1], found[0].official))
                j -= 2
        return out

    def _sharing_a_qualifier(self, tokens: list[str], mentions: list[RoleMention]) -> list[RoleMention]:
        """'real estate broker vs agent': a bare job noun right after a title
        and 'vs'/'or' is the same kind of job, when the title's words before its noun and that noun make a title of
        one occupation (a real estate agent, not an artists' agent)."""
        out = list(mentions)
        for k, (m, n) in enumerate(zip(mentions, mentions[1:], strict=False), 1):
            if m.end - m.start < 2 or n.end - n.start != 1 or n.start != m.end + 1 or not (m.official and n.official) \
                    or tokens[m.end] not in HEAD_SHARING_JOINS or m.ambiguous:
                continue
            found = self.index.find(tokens[m.start:m.end - 1] + [tokens[n.start]])
            # only a qualifier of two words or more that moves the noun from another family of jobs into the
            # title's ('real estate': from artists' agents to the sales agents beside the brokers), not 'dental
            # hygienist or nurse', where a nurse is a nurse
            family = m.roles[0].removeprefix(ONET_PREFIX)[:2]
            if len(found) == 1 and (found[0].start, found[0].end) == (0, m.end - m.start) and not found[0].ambiguous \
                    and found[0].roles != m.roles and m.end - m.start > 2 \
                    and found[0].roles[0].removeprefix(ONET_PREFIX)[:2] == family \
                    and n.roles[0].removeprefix(ONET_PREFIX)[:2] != family:
                out[k] = replace(n, roles=found[0].roles)
        return out

    def _by_what_they_do(self, tokens: list[str], covered: set[int]) -> list[RoleMention]:
        """'he drives trucks', 'she operates a crane', 'I repair elevators': a job said by its work, the O*NET
        title made of the thing and the one who does it ('truck driver', 'crane operator')."""
        for i, word in enumerate(tokens[:-1]):
            agent = DOERS.get(word)
            if agent is None or i in covered:
                continue
            at = i + 1 + (tokens[i + 1] in ("a", "an", "the"))
            for end in (at + 1, at + 2):
                if end <= len(tokens) and not covered & set(range(at, end)):
                    if agent == "teacher" and not (set(tokens[at:end]) & TEACHING_LEVELS
                                                   or set(tokens[end:end + 4]) & {"university", "college", "uni"}):
                        continue  # 'I teach maths': a subject taught at every level names no one kind of teacher
                    found = self.index.official_ids(" ".join(tokens[at:end]) + " " + agent)
                    # (cleaners' titles are all alternate ones: 'window cleaner', 'office cleaner')
                    weakest = KIND_RANK["a" if agent == "cleaner" else "r"]
                    if found is not None and KIND_RANK[found[1]] <= weakest and len(found[0]) == 1:
                        return [RoleMention(i, end, found[0], " ".join(tokens[i:end]), official=True)]
        return []

    def _credentials_compared(self, tokens: list[str]) -> bool:
        """'bsn vs adn', 'CPA or CMA', 'AWS cert vs Databricks cert': a credential either side of 'or'/'vs'."""
        creds = self.language.credentials

        def credential(at: int, step: int) -> bool:
            near = tokens[at:at + 2] if step > 0 else tokens[max(0, at - 1):at + 1]
            return 0 <= at < len(tokens) and (tokens[at] in creds or bool(CERT_WORDS & set(near)))
        return any(w in ("vs", "versus", "or") and credential(i - 1, -1) and credential(i + 1, 1)
                   for i, w in enumerate(tokens) if 0 < i < len(tokens) - 1)

    def _without_glosses(self, text: str, mentions: list[RoleMention]) -> list[RoleMention]:
        """'I am Erzieherin (kindergarten educator)', 'kinésithérapeute (physical therapist)': a job named again in
        brackets right after it is the same job, not a second one."""
        glosses = set()
        for bracket in GLOSS.finditer(text):
            start = len(self.tokens(text[:bracket.start()])[1])
            if any(m.end == start for m in mentions):
                glosses.add(start)
        return [m for m in mentions if m.start not in glosses]

    def _follows_up(self, tokens: list[str], focus: range | None) -> bool:
        """Opens like a follow-up ('and', 'what about', 'same for'), after any chatter ('lol fair. and NLP?')."""
        starts = {0}
        if focus is not None:
            starts.add(focus.start)
        for start in list(starts):
            i = start
            while i < len(tokens) and tokens[i] in CHATTER_OPENERS:
                i += 1
            starts.add(i)
        ends = {tuple(tokens[-2:]), tuple(tokens[-1:])}
        return any(tuple(tokens[i:i + len(s)]) == s for i in starts for s in self.language.follow_up_starts) \
            or bool(ends & FOLLOW_UP_ENDS)

    def _places(self, raw: list[str]) -> tuple[str, ...]:
        return tuple(" ".join(raw[a:b]) for a, b in _phrases_in(raw, self.place_index))

    def _tool_spans(self, tokens: list[str]) -> list[tuple[int, int]]:
        """Where the message names tools ('power bi', 'tableau'), longest first, not overlapping."""
        return _phrases_in(tokens, self.tool_index)

    def _describing_clause(self, text: str, mentions: list[RoleMention]) -> set[int]:
        """'i mean the revenue manager who sets room rates, forecasts occupancy etc.': what the job does, said to
        name it, asks nothing (not '... a nurse who wants to move into data, what should I learn')."""
        out: set[int] = set()
        said: list[str] | None = None
        for c in DESCRIBING_CLAUSE.finditer(text):
            clause = words(c.group(0), self.language.spellings)
            if set(clause[1:]) & ASKING_OPENERS \
                    or not words(text[c.end():], self.language.spellings) or text[c.end():c.end() + 1] == "?":
                continue  # (the clause that is the question: 'brickie or chippy who earns more')
            start = len(words(text[:c.start()], self.language.spellings))
            said = said or words(text, self.language.spellings)
            # (a job named as a definite one: 'the revenue manager who sets ...', not 'a sysadmin who loves Docker')
            if any(m.end == start and m.start and said[m.start - 1:m.start] in (["the"], ["that"], ["this"])
                   for m in mentions):
                out |= set(range(start, start + len(clause)))
        return out

    def _what_it_is_first(self, tokens: list[str], mentions: list[RoleMention]) -> bool | None:
        """'what is deep learning engineer and how much they earn', 'wetin be data analyst? ...': the message opens
        by asking what a job is (not 'what is a data analyst salary', 'what is a nurse paid'). None: it opens with
        'what is' and the job, then a verb that asks something else of it ('whats a QS earn')."""
        lead = 0  # ('abeg wetin be data governance manager?', 'jokes. What does ...': a filler before it)
        while lead < 2 and tokens[lead:lead + 1] and tokens[lead] in OPENING_FILLERS:
            lead += 1
        opener = next((o for o in WHAT_IS_OPENERS if tuple(tokens[lead:lead + len(o)]) == o), None)
        if opener is None:
            return False
        at = lead + len(opener)
        at += tokens[at:at + 1] in (["a"], ["an"], ["the"])
        m = next((m for m in mentions if m.start == at), None)
        after = tokens[m.end] if m is not None and m.end < len(tokens) else None
        if m is not None and after in ASKING_VERBS:
            return None
        return m is not None and not m.ambiguous and (
            after is None or (after not in self.topic_words and after not in ASKED_OF_IT))

    def _a_place_not_a_field(self, m: RoleMention, tokens: list[str], mentions: list[RoleMention]) -> bool:
        """'what time does the pharmacy close': a field word ('pharmacy', 'nursing', 'farming') names its job
        only where a field is talked about ('jobs like nursing', 'get into welding', 'nursing school', 'nursing
        or X'). Beside a job title it is where that job works ('can a CV engineer work in farming') or one of
        its tasks ('building models or plumbing'), not a second job."""
        # 'urban planning': two words naming a field's work, a setting only beside another job
        if not self._field_like(m, tokens) and not (
                m.official and m.end - m.start == 2 and tokens[m.end - 1].endswith("ing")
                and any(not o.ambiguous and not set(o.roles) & set(m.roles) and not self._field_like(o, tokens)
                        for o in mentions)):
            return False
        before = tokens[m.start - 1] if m.start else None
        after = tokens[m.end] if m.end < len(tokens) else None
        if before == "in" and any(not self._field_like(o, tokens) for o in mentions if o is not m) \
                and tokens[max(0, m.start - 2)] not in ("stay", "staying", "remain", "remaining"):
            return True  # 'what does a data scientist do in farming?'; not 'stay in actuarial or switch to X'
        if before == "for" and any(o.end <= m.start and not self._field_like(o, tokens) for o in mentions):
            return True  # 'do clubs hire data scientists for recruitment': what the job is for
        if before == "into" and m.start >= 2 and tokens[m.start - 2] in LIKING_LEADS:
            return True  # 'she is really into biology': what she likes, not a job asked about
        if before == "in" and {"my", "her", "his"} & set(tokens[max(0, m.start - 5):m.start - 1]) \
                and self.language.credentials & set(tokens[max(0, m.start - 4):m.start - 1]):
            return True  # 'my PhD is in biology', 'her degree in pharmacy': a subject studied, not a job asked
        if before in ("do", "does") and m.start >= 2 and tokens[m.start - 2] in ("can", "could", "will", "would") \
                and any(o is not m and not self._field_like(o, tokens) for o in mentions):
            return True  # 'the outlook for accountants now that AI can do bookkeeping': a task, beside the job asked
        if before in LIKING_VERBS and (any(o is not m and not self._field_like(o, tokens) for o in mentions)
                                       or FITTING_WORDS & set(tokens)):
            # 'kinda like cooking, whats a chef make', 'loves baking. what job would fit?': what they like, beside
            # the job asked about or as what a job should fit
            return True
        if before in ("or", "and") and m.start >= 2 and not any(o.end == m.start - 1 for o in mentions) \
                and tokens[m.start - 2] not in ("that", "it", "this", "one"):
            return True  # 'or' joins it to no job: 'building models or plumbing' (not 'that or trucking')
        if after in ("advice", "tips", "questions", "problems", "news") \
                and before in ("for", "about", "some", "any", "on", "need", "give", "want"):
            return True  # 'is this bot for farming advice?': what advice is about, not a job asked about
        if before in ("use", "uses", "using", "used") or after in ("software", "tool", "program", "map", "data"):
            return True  # 'do urban planners use GIS', 'GIS software for planners': a tool, not the GIS trade
        as_career = ROLE_NOUNS & set(tokens[m.end:m.end + 3])  # 'journalism as a career'
        return not (before in FIELD_LEADS or as_career or after in PREPARATION_WORDS
                    or after in ("or", "vs", "and", "experience", "background", "one",  # 'the bookkeeping one'
                                 "gig", "field", "industry",  # 'are transcription gigs finished'
                                 "shortage", "shortages")  # 'is there still a nursing shortage'
                    or (before in LIST_OPENERS and any(o.start == m.end for o in mentions))  # 'options are
                    # estimating, BIM, project controls' (not 'roofing estimator': a describing field)
                    or (before is None and not _a_service(tokens)  # 'tutoring online, how much an hour?'
                        and not any(o.start == m.end or (o.start == m.end + 1 and after not in LIST_JOINS)
                                    for o in mentions)))  # 'retail banking analyst' (not 'nursing not data science')


    def _field_like(self, m: RoleMention, tokens: list[str]) -> bool:
        """One word naming a field of work ('nursing', 'welding') or an O*NET title that reads as one ('farming')."""
        word = tokens[m.start]
        return m.end - m.start == 1 and (word in self.language.field_words or word in self.ologies
                                         or (m.official and word.endswith(("ing", "ment"))))

    def _by_short_form(self, m: RoleMention, tokens: list[str]) -> RoleMention:
        """'QA tester' (inspectors or software testers): the one its short form 'QA' names."""
        if len(m.roles) < 2:
            return m
        named = {self.short_forms.get(t, "") for t in tokens[m.start:m.end]} & set(m.roles)
        return replace(m, roles=(named.pop(),)) if len(named) == 1 else m

    def _a_person(self, m: RoleMention, tokens: list[str], choice: bool = False) -> bool:
        """'my plumber', 'book me a nurse', 'the CEO of OpenAI': a person, not a job asked about."""
        before = tokens[m.start - 1] if m.start else None
        after = tokens[m.end] if m.end < len(tokens) else None
        said = tokens[m.end + 1] if after in SAYING_AUX and m.end + 1 < len(tokens) else after
        # ('what does a consultant say', 'my son the AI research manager says ...': the job asked about)
        asked = m.start >= 2 and (tokens[m.start - 2] in ("doe", "does", "do", "did", "would", "will", "should", "can")
                                  or tokens[m.start - 2] in FAMILY)
        if said in SAYING and before in ("the", "our", "a", "an", "their", "this", "that") and not asked:
            return True  # 'the consultant says we need an architect', 'a consultancy is pitching us': who speaks
        window = tokens[max(0, m.start - 4):m.start]
        pairs = list(zip(window, window[1:], strict=False))
        if ("are", "you") in pairs and set(window[window.index("you", pairs.index(("are", "you"))) + 1:]) <= BOT_IS:
            return True  # 'are you a real careers adviser or a chatbot?': what the bot is, not a job asked about
            # (not 'what are u talking about. dispatcher or bookkeeper')
        if after in ROLE_NOUNS or after in ("or", "vs", "versus") or after in FACT_NOUNS:
            return False  # 'I need a plumber job', 'a DA or a BI analyst', 'your paralegal salary figure'
        if tokens[m.start] in self.language.field_words:  # 'my nursing background': a field is nobody
            return False
        if before in POSSESSIVES or (before in SERVICE_BRANCHES and m.words in ("vet", "vets")):
            return True
        if before in ("call", "calling", "called", "ring", "phone") or (
                m.start >= 2 and before in ("a", "an", "the") and tokens[m.start - 2] in ("call", "calling", "ring")):
            return True  # 'unblock a toilet without calling a plumber': a person to ring, not a job
        if m.start <= 2 and tokens[:1] == ["need"]:  # 'need an electrician to fix my lights'
            return True
        if before == "the" and after == "of":
            return True
        if m.words in FAMILY and before in POSSESSIVES | {"little", "big", "older", "younger", "baby", "twin"}:
            return True  # 'my little brother can't decide': family, not a lay brother
        if _explained_as(m, tokens):
            return True
        if m.start >= 3 and tokens[m.start - 2] == "to" and tokens[m.start - 3] in ASSISTING:
            return True  # 'an exec assistant to a CTO', 'reporting to the CFO': whom they work for
        told = tokens[m.end + 1] if m.end + 1 < len(tokens) else ""  # whom or what: 'pinged me', 'offered 7,500'
        if after is not None and after.endswith("ed") and not after.endswith("eed") \
                and after not in DESCRIBING_PARTICIPLES \
                and (told in OBJECTS or (told[:1].isdigit() and not YEAR.match(told))) \
                and (before is None or before in ("a", "the", "my", "our", "one", "some")):
            return True  # 'a recruiter pinged me', 'the recruiter ghosted me': a person in the story
        # 'I need a lawyer', 'we need an electrician', but not 'which companies need an NLP engineer'
        needed = tuple(tokens[max(0, m.start - 3):m.start]) in {(who, "need", a) for who in ("i", "we")
                                                                for a in ("a", "an")}
        # ... but a data role needed is a hire: 'do I need a data engineer first, before the MLOps person?'
        service = _a_service(tokens) or (needed and not choice and m.official)
        asked_as_job = self.job_question_words & set(tokens) or ROLE_NOUNS & set(tokens) or "become" in tokens \
            or asked or before in ("do", "does") \
            or (not m.official and tokens[max(0, m.start - 4):m.start - 1] in (["do", "i", "need"],
                                                                               ["do", "we", "need"]))
        # ('what schooling does a dental hygienist need? the CC near me ...'; 'do i need an ML engineer for quotes
        # and invoices': whether a business needs the job, a hire)
        return service and not asked_as_job  # 'we need an AI manager: what does such a role do?' is a job

    @staticmethod
    def _majors_told(text: str, tokens: list[str]) -> set[int]:
        """'supply chain major here', 'psych + marketing double major', 'econ major, zero coding': the person's
        subject, told as background; it asks nothing about education ('which major?', 'is a cs major worth it'
        do)."""
        told = [m.group(1) is not None or m.group(2) is not None for m in MAJOR.finditer(text)]
        if not any(told):
            return set()
        at = [i for i, t in enumerate(tokens) if t == "major"]
        return {i for i, said in zip(at, told, strict=False)
                if said and (i == 0 or tokens[i - 1] not in MAJOR_ASKED)}

    def _moving_to_a_place(self, raw: list[str], tokens: list[str]) -> set[int]:
        """'planning to move to Ireland', 'relocating to Dubai': a move of country, not of career ('move to data',
        'move to new roles'). Places are found as ``_places`` finds them, whole and as typed ('Leeds')."""
        starts = {a for a, _ in _phrases_in(raw, self.place_index)}
        return {j for i, w in enumerate(tokens[:-2]) if w in RELOCATING and tokens[i + 1] == "to"
                and i + 2 in starts for j in (i, i + 1)}

    def _disclaimed(self, tokens: list[str], breaks: frozenset[int] = frozenset(),
                    complaints: set[int] | frozenset[int] = frozenset()) -> set[int]:
        """Topic words the person says they are not asking about: 'I did not ask about salary', 'not about
        the money', 'i no ask for salary', 'hindi sahod' (Tagalog 'not'), 'stop with industries', 'forget money'.
        They ask nothing. 'didnt ask what industries hire them.': the rest of that sentence asks nothing either;
        'tools?? i asked plumbing vs tech': the topic echoed back before a complaint (``complaints``, the word
        positions where one starts) is the answer rejected."""
        out = set()
        for i, word in enumerate(tokens):
            if word not in DISCLAIMING and word not in SETTING_ASIDE:
                continue
            j = i + 1
            # ('never said I'm avoiding a degree', 'i didnt say tools': what they deny having said is not asked)
            denied_saying = j < len(tokens) and tokens[j] in ("said", "say", "mentioned") and (
                word == "never" or (i and tokens[i - 1] == "i"))
            if denied_saying:  # (to the sentence's end, or to what they did say: 'i didnt say pay, i said skills')
                k = j + 1
                while k < min((b for b in breaks if b > j), default=len(tokens)) and tokens[k] not in SAID_INSTEAD:
                    out.add(k)
                    k += 1
                continue
            asked = (j < len(tokens) and tokens[j] in ASKING) or word in SETTING_ASIDE
            while j < len(tokens) and (tokens[j] in DISCLAIMED_FILLERS or (asked and tokens[j] in QUESTION_WORDS)):
                j += 1
            if j < len(tokens) and (tokens[j] in self.topic_words or tokens[j] in COMPARISON_NOUNS) \
                    and (asked or word in ("not", "hindi")):
                out.add(j)  # 'I did not ask a comparison'
                end = min((b for b in breaks if b > j), default=j + 1) if asked and word != "not" else j + 1
                out |= set(range(j + 1, end))
        for c in complaints:
            out |= {k for k in range(max(0, c - 2), c) if tokens[k] in self.topic_words}
        return out

    def _abbreviations(self, tokens: list[str], covered: set[int], other_roles: bool,
                       typed_lower: frozenset[str] = frozenset()) -> list[RoleMention]:
        """'DA vs DS', 'DE job', 'skills for a DE': short forms that name a job in such company only."""
        short = self.short_forms

        def key(token: str) -> str | None:  # 'DAs' is the plural of 'DA'
            return token if token in short else token[:-1] if token.endswith("s") and token[:-1] in short else None
        found = [i for i, t in enumerate(tokens) if key(t) and i not in covered and not _slang(tokens, i, typed_lower)]
        if not found:
            return []
        content = [t for t in tokens if t not in self.language.stopwords]
        asking = bool(self.topic_words & set(tokens)) or bool(COMPARING_WORDS & set(tokens))
        out = []
        for i in found:
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if before in POSSESSIVES:
                continue
            if before in NEEDING and tokens[i] in self.language.credentials | CREDENTIAL_SHORT_FORMS:
                continue  # 'bookkeeper need CPA?': the credential, not the accountant
            alone = content == [tokens[i]] or (content[1:] == [tokens[i]] and content[0] in ("and", "or"))
            # Beside a word of another language, a short form is one too: 'may shortage pa rin po ba',
            # 'qué necesito pa ser electrician' (Tagalog and Spanish 'pa' are no physician assistants).
            foreign = any(w is not None and w.isalpha() and w not in self.known and set(w) & set("aeiou")
                          for w in (before, after))  # chat shorthand has no vowels: 'btw DS and MLE'
            # 'liste des métiers de la data': French 'des' and 'de' as typed (not 'DEs'), or beside 'la'
            typed_so = tokens[i] in typed_lower
            if (typed_so and tokens[i] in ROMANCE_LITTLE_WORDS) or {before, after} & ROMANCE_LITTLE_WORDS:
                continue
            if typed_so and before is not None and after is not None and after.isalpha() \
                    and after not in self.language.stopwords and after not in self.topic_words \
                    and after not in COMPARE_JOINS and after not in ROLE_NOUNS:
                continue  # 'chef de cuisine', 'trabajo de mesero': a preposition between two nouns
            if tokens[i] == "pt" and before is None and (after or "")[:1].isdigit():
                continue  # 'pt 67M SOB and ankle swelling': a patient's case, as clinicians write it
            if tokens[i] in ("hr", "hrs") and (before in ("per", "an", "a", "/", "hour", "hourly")
                                               or (before == "in" and tokens[i - 2:i - 1] in (
                                                   ["work"], ["works"], ["working"], ["worked"]))
                                               or (before or "")[:1].isdigit() or after in HR_NOT_A_JOB
                                               or (typed_so and not asking)):
                continue  # '12 hr shifts', 'pay per hr', 'HR told us', an HR licence: hours, a department, a truck
            if after in SYSTEM_WORDS:
                continue  # 'like the PMS companies', 'our HR system': a thing or a firm, not the job
            if tokens[i] == "pa" and before == "in":
                continue  # 'how do i become one in PA': Pennsylvania
            if tokens[i] == "mls" and set(tokens) & PROPERTY_CONTEXT:
                continue  # 'CRM, MLS, what else do realtors use': the multiple listing service
            if tokens[i] == "ot" and (after in OPERATIONAL_TECHNOLOGY or before in OPERATIONAL_TECHNOLOGY):
                continue  # 'OT security', 'OT cyber', 'IT/OT networks': operational technology, no therapist
            if tokens[i] in PER_PERIOD and ((before or "")[:1].isdigit() or before in MONEY_WORDS):
                continue  # 'in KES pm', '45k pa': per month, per annum
            if tokens[i] in WORD_TOO and before not in ("a", "an", "the") and before not in COMPARE_JOINS \
                    and (typed_so or not asking or (after is not None and after not in self.topic_words
                                                    and after not in ROLE_NOUNS)):
                continue  # 'ta' alone is thanks; 'a TA', 'TA salary' or 'skills for TA job' is a teaching assistant
            # 'what do OTs do on a shift?': a short form's plural typed in capitals names the job
            plural_typed = tokens[i] != key(tokens[i]) and tokens[i] not in typed_lower
            if ((other_roles or len(found) > 1 or asking) and not foreign) or alone or before in ABBREVIATION_LEADS \
                    or after in ROLE_NOUNS or plural_typed or before in WORKING_TERMS | {"travel"} \
                    or (before in ("do", "does", "did") and after in DOING_VERBS):  # 'what do CNAs make'
                role_id = short[key(tokens[i]) or ""]
                out.append(RoleMention(i, i + 1, (role_id,), tokens[i], role_id.startswith("onet:")))
        return out

    def _short_titles(self, text: str, tokens: list[str], found: list[RoleMention]) -> list[RoleMention]:
        """'what does a CVT make an hour', 'RDH vs dental assistant': a short form typed in capitals that O*NET
        gives as an occupation's short title, where the sentence has a job's place (after 'a', 'as', 'become',
        opening a comparison, before 'role'); not 'a CPT code', 'did the SQE', 'is that CLT or PJ', nor the
        initials of a job named beside it ('the MSL role, medical science liaison')."""
        typed: dict[str, bool] = {}  # short form -> typed before a stop ('a CVT? saw it')
        plural = set()
        for w in text.split():
            word = w.strip(".,;:!?()\"'")
            if word.endswith("s") and word[:-1].isupper():  # 'RDAs'
                word = word[:-1]
                plural.add(word.lower())
            if len(word) >= MIN_SHORT_TITLE and word.isupper():
                typed[word.lower()] = w.rstrip("\"')")[-1:] in ".,;:!?"
        if not typed or self._official is None:
            return []
        covered = {i for m in found for i in range(m.start, m.end)}
        # (a run of words whose initials it is: 'a DPO ... a data protection officer')
        initials = {"".join(w[0] for w in tokens[i:i + n]) for n in range(MIN_SHORT_TITLE, 6)
                    for i in range(len(tokens) - n + 1)}
        out = []
        for i, token in enumerate(tokens):
            if token not in typed or i in covered or token in self.short_forms or token in initials \
                    or token in self.language.credentials or (token,) in self.language.tool_names:
                continue
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) and not typed[token] else None  # 'a CVT? saw it ...'
            if not (before in SHORT_TITLE_LEADS or after in ROLE_NOUNS
                    or (before is None and after in COMPARE_JOINS | self.job_question_words)  # 'RDH pay in ontario'
                    or (token in plural and before in PLURAL_LEADS)):  # 'how much do RDAs make'
                continue
            if after is not None and after not in self.language.stopwords | self.topic_words | COMPARE_JOINS \
                    | ROLE_NOUNS | DOING_VERBS:
                continue  # 'a CPT code', 'an SEO audit': a short form describing a thing
            if before in ("a", "an", "the", "our") and i >= 2 and tokens[i - 2] in USING_WORDS | SYSTEM_PLACES:
                continue  # 'we use a TMS', 'our data is in a TMS': a system, not a maintenance specialist
            titled = self.index.official_ids(token)
            if titled is not None and titled[1] == "s":
                out.append(RoleMention(i, i + 1, titled[0], token, True))
        return out

    def _off_topic(self, tokens: list[str], kept: list[RoleMention], focus: range | None) -> bool:
        """Words of requests no career question makes ('weather', 'recipe'), not in a job named ('weather
        forecasters'), nor in the story before a question about a job ('... her work on sign language translation
        models ... What does an AI research scientist do?'), nor what a job named works on: 'my daughter loves
        weather, what does a meteorologist do?' (O*NET's description of the meteorologist's work says weather)."""
        found = self.language.off_topic_words & {
            t for i, t in enumerate(tokens) if not any(m.start <= i < m.end for m in kept)
            and (focus is None or i in focus or not any(m.start in focus for m in kept))}
        for m in kept if found else ():
            if states_own_job(tokens, m):
                continue  # 'whats the weather in Houston tomorrow, meteorologist here'
            for role_id in m.roles[:1]:
                found -= self.index.description_words(role_id)
        return bool(found)

    def _qualified_field(self, m: RoleMention, tokens: list[str]) -> bool:
        """'computational design', 'parametric design': a field word after an adjective that makes it another
        field (one the data has no title for) names no one; 'graphic design' is a title of its own."""
        return m.end - m.start == 1 and m.start > 0 and tokens[m.start] in self.language.field_words \
            and tokens[m.start - 1].endswith(("al", "ic", "ive")) and tokens[m.start - 1] not in self.language.stopwords

    def _field_as_job(self, tokens: list[str], covered: set[int]) -> list[RoleMention]:
        """'could i get into HR', 'data analysis, HR or operations': a department named as where the person would
        go, or weighed against jobs, is its everyday job (HR: Human Resources Specialists). 'I work in HR', 'head
        of HR' and '$15/hr or more' name none."""
        out: list[RoleMention] = []
        for i, t in enumerate(tokens[1:], 1):  # 'primary teaching, social work or speech therapy': a primary teacher
            if t == "teaching" and tokens[i - 1] in TEACHING_LEVELS and not covered & {i - 1, i}:
                level = self.index.official_ids(f"{tokens[i - 1]} teacher")
                if level is not None and len(level[0]) == 1:
                    out.append(RoleMention(i - 1, i + 1, level[0], f"{tokens[i - 1]} teaching", official=True))
        if any(tokens[j] in ("hr", "human") for j in covered if j < len(tokens)):
            return out  # 'HR manager here. staying in HR vs ...': the HR job already named
        for i, t in enumerate(tokens):
            n = 2 if tuple(tokens[i:i + 2]) == ("human", "resource") else 1 if t in FIELD_JOBS else 0
            if not n or i in covered:
                continue
            before, after = tokens[i - 1] if i else "", tokens[i + n] if i + n < len(tokens) else ""
            moving = before == "into" or (before == "to" and i > 1 and tokens[i - 2] in MOVING_VERBS) \
                or before in ("meant", "mean")  # 'no I meant MRI'
            weighed = (after in ("or", "vs", "versus") or before in ("or", "vs", "versus")
                       or (before == "between" and after == "and")) and not (
                before.isdigit() or before in ("an", "a", "per", "half"))  # not '$15/hr or more', 'an hr or two'
            if moving or weighed:
                found = self.index.find(FIELD_JOBS.get(t, FIELD_JOBS["hr"]).split())
                if found:
                    out.append(replace(found[0], start=i, end=i + n, words=" ".join(tokens[i:i + n])))
        return out

    def _work_as_job(self, tokens: list[str], covered: set[int]) -> list[RoleMention]:
        """'translating jobs', 'get into proofreading', 'is proofreading still a viable career': a kind of work
        said as a field names the one occupation whose O*NET title is its doer ('translator', 'proofreader'), only
        where the words around make it a line of work ('building models', 'checking my pay' name nobody)."""
        out: list[RoleMention] = []
        for i, t in enumerate(tokens):
            # ('growing', 'coding' are what the questions ask about: 'a growing field', 'coding jobs')
            if i in covered or not t.endswith("ing") or t in self.language.stopwords or t in self.question_words \
                    or (doer := self.index.activities.get(t)) is None:
                continue
            before, after = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
            two = tuple(tokens[max(0, i - 2):i])
            later = set(tokens[i + 1:i + 5])
            field = after in WORK_FIELD_NOUNS or before == "into" or (before == "than" and two[0] != "other") \
                or two in (("similar", "to"), ("close", "to"), ("career", "in"), ("job", "like"), ("work", "like"),
                           ("something", "like")) \
                or (before in ("", "is") and bool(later & ROLE_NOUNS) and bool(later & {"dying", "viable",
                                                                                         "still", "worth", "future"}))
            if covered and two == ("in", "the") and after in ("industry", "sector"):
                continue  # 'do BI analysts work in the cleaning industry': where the job named works
            if after in VERB_OBJECTS or before == "data":
                continue  # 'close to burning out', 'than building them': a verb, not a line of work; 'data
                # cleaning jobs' are data work, not a cleaner's
            found = self.index.official_ids(doer) if field else None
            if found is not None and len(found[0]) == 1 and found[1] in ("t", "r"):
                out.append(RoleMention(i, i + 1, found[0], t, official=True))
        return out

    def _credential_needed(self, text: str, tokens: list[str], mentions: list[RoleMention]) -> bool:
        """A word typed in capitals that names nothing the bot knows, next to 'need' or 'required': a licence,
        registration or exam ('do appliance repairers need EPA 608', 'is NABCEP needed', 'HCPC registration')."""
        needing = [i for i, t in enumerate(tokens) if t in NEEDING]
        if not needing:
            return False
        capitals = {w.lower() for w in CAPITALS.findall(text)} - self.plain_capitals
        named = {i for m in mentions for i in range(m.start, m.end)}  # (not 'NOC techs', 'an ESG manager')
        return any(t in capitals and i not in named and any(abs(i - j) <= CREDENTIAL_REACH for j in needing)
                   for i, t in enumerate(tokens))

    def _sentence_starts(self, text: str, tokens: list[str]) -> frozenset[int]:
        """Where the message's later sentences start, as word positions: a title is never read across them
        ('... want an office job. Estimator, dispatcher or data analyst?' names no 'job estimator')."""
        ends = [s.end() for s in SENTENCE_END.finditer(text) if s.end() < len(text.rstrip())]
        if not ends:
            return frozenset()
        spelled = self.language.spellings
        if len(words(text, spelled)) != len(tokens):
            return frozenset()  # (words split or joined on the way: the positions would not be these words')
        return frozenset(len(words(text[:end], spelled)) for end in ends)

    def _qualified(self, tokens: list[str], found: list[RoleMention]) -> list[RoleMention]:
        """A one-word title after a word that, with it, names one O*NET occupation is that occupation: 'power
        dispatcher' (Power Distributors and Dispatchers, not Dispatchers, Except Police), 'airline pilot'."""
        taken = {i for m in found for i in range(m.start, m.end)}
        stop = self.language.stopwords
        out = []
        for m in found:
            title = " ".join(tokens[m.start:m.end])
            # one word back, or two past a word the kinds share ('secondary school math teacher')
            for back in (1, 2) if m.official and m.end - m.start <= 3 else ():
                before = tokens[m.start - back] if m.start >= back else ""
                if not before.isalpha() or m.start - back in taken or before in stop \
                        or len(before) <= 2 or any(t in stop for t in tokens[m.start - back:m.start]):
                    break
                if back == 2 and not self.index.names_shared(tokens[m.start - 1], title):
                    break  # 'chief vibes officer': only past a word the kinds' names share ('school')
                role = (self.index.named_with(before, title) if m.end - m.start == 1 else None) \
                    or self.index.titled_with(before, title)
                if role is not None:
                    m = RoleMention(m.start - back, m.end, (role,), " ".join(tokens[m.start - back:m.end]),
                                    official=True)
                    break
            out.append(self._at_school_level(tokens, m, taken))
        return out

    def _at_school_level(self, tokens: list[str], m: RoleMention, taken: set[int]) -> RoleMention:
        """A teacher title with the level of school it is taught at is that level's teachers: 'chemistry teacher at
        a secondary school' (Secondary School Teachers, not the postsecondary chemistry teachers), 'high school
        music teacher'."""
        if not m.official or tokens[m.end - 1] != "teacher":
            return m
        before = tokens[max(0, m.start - 2):m.start]
        if before[-1:] == ["school"] and len(before) == 2 and before[0] in TEACHING_LEVELS \
                and not taken & {m.start - 1, m.start - 2}:  # 'high school music teacher'
            found = self.index.find(before + ["teacher"])
            if len(found) == 1 and len(found[0].roles) == 1 and found[0].roles[0].startswith("onet:25-2"):
                return RoleMention(m.start - 2, m.end, found[0].roles, " ".join(tokens[m.start - 2:m.end]),
                                   official=True)
        if tokens[m.end:m.end + 1] not in (["at"], ["in"]):
            return m
        j = m.end + 1 + (tokens[m.end + 1:m.end + 2] in (["a"], ["an"], ["the"], ["my"], ["our"]))
        if "school" not in tokens[j:j + 3]:
            return m
        end = tokens.index("school", j) + 1
        if not taken.isdisjoint(range(j, end)):
            return m
        level = [w for w in tokens[j:end] if w in TEACHING_LEVELS]
        if len(level) != end - j:
            return m
        found = self.index.find(level + ["teacher"])
        if len(found) != 1 or len(found[0].roles) != 1 or not found[0].roles[0].startswith("onet:25-2"):
            return m  # (a 'special school' names no one level)
        return RoleMention(m.start, end, found[0].roles, " ".join(tokens[m.start:end]), official=True)

    def _credential_as_job(self, tokens: list[str], covered: set[int]) -> list[RoleMention]:
        """'psia level 2 worth it?', 'IFMGA how many years': in a message naming no job, a certification only
        one occupation holds names it (the credential's words are its mention)."""
        for i, t in enumerate(tokens):
            job = self.language.credential_jobs.get(t)
            if job is not None and i not in covered:
                found = self.index.find(job.split())
                if len(found) == 1 and len(found[0].roles) == 1:
                    return [replace(found[0], start=i, end=i + 1, words=t)]
        return []

    def _managed_as_job(self, tokens: list[str], covered: set[int]) -> list[RoleMention]:
        """'I manage a coffee shop', 'we run a bakery': the person's job is the place's manager, when that is an
        O*NET title or one reported by its workers (not 'I manage a team', 'I run a budget')."""
        out: list[RoleMention] = []
        for i, t in enumerate(tokens):
            if t not in MANAGING or not (tokens[i - 1:i] in (["i"], ["we"]) or (
                    i >= 2 and tokens[i - 2] in ("i", "we") and tokens[i - 1] in MANAGING_ADVERBS)):
                continue
            j = i + 1
            while j < len(tokens) and tokens[j] in MANAGED_DETERMINERS:
                j += 1
            if j == i + 1:
                continue  # 'I manage vendors, roadmaps': things managed, no place
            for n in (3, 2, 1):
                words = tokens[j:j + n]
                if len(words) < n or covered & set(range(j, j + n)) or words[-1] in self.language.stopwords:
                    continue
                if tokens[j + n:j + n + 1] and tokens[j + n] in RUN_NOT_A_PLACE:
                    continue  # 'i run the night shift': a shift, not a night manager's hotel
                found = self.index.official_ids(" ".join(words) + " manager")
                if found is not None and len(found[0]) == 1 and found[1] in ("t", "r"):
                    out.append(RoleMention(j, j + n, found[0], " ".join(words) + " manager", official=True))
                    break
        return out

    def _manager_at_place(self, tokens: list[str], covered: set[int]) -> list[RoleMention]:
        """'assistant manager at a supermarket', 'deputy manager of the hotel': a manager named by the place they
        manage, the place's manager when O*NET titles one so (the rank before it is their grade in that job)."""
        out: list[RoleMention] = []
        for i, t in enumerate(tokens):
            if t != "manager" or i in covered or tokens[i + 1:i + 2] not in (["at"], ["of"], ["in"]):
                continue
            start = i - 1 if i and tokens[i - 1] in MANAGER_RANKS else i
            j = i + 2 + (tokens[i + 2:i + 3] in (["a"], ["an"], ["the"], ["our"], ["my"], ["this"]))
            for n in (2, 1):
                words = tokens[j:j + n]
                if len(words) < n or covered & set(range(j, j + n)) or words[-1] in self.language.stopwords:
                    continue
                found = self.index.official_ids(" ".join(words) + " manager")
                if found is not None and len(found[0]) == 1:
                    out.append(RoleMention(start, j + n, found[0], " ".join(tokens[start:j + n]), official=True))
                    break
        return out

    def _as_job(self, m: RoleMention, tokens: list[str], raw: list[str], starts: frozenset[int]) -> bool:
        """Whether a one-word O*NET title names a job here: 'a pilot', 'pilot salary', not 'a pilot study'."""
        if m.end - m.start > 1:
            return True
        word = tokens[m.start]
        if word in self.language.stopwords:
            return False  # 'do' is an alternate title (Doctor of Osteopathy), 'do' is not a job
        before = tokens[m.start - 1] if m.start else None
        after = tokens[m.end] if m.end < len(tokens) else None
        if word in INSTITUTIONS:  # 'police pay', 'join the police'; not 'police station', 'besides the police'
            return not (after is not None and after not in COMPARE_JOINS | INSTITUTION_JOB_WORDS
                        and self._describes(after)) and (
                before != "the" or (m.start >= 2 and tokens[m.start - 2] in ("join", "joining", "into")))
        if before == "to" and word in VERB_TITLES and after in ("with", "as", "for", "on", "at", "online"):
            return False  # 'what do i need to register with the HCPC': a verb after 'to', no registrar
        if word == "register" and before == "the" and m.start >= 2 and tokens[m.start - 2] in ("off", "on", "onto",
                                                                                               "back", "rejoin"):
            return False  # 'off the register since 2012': the professional register, no registrar
        if before in ("a", "an", "the") and m.start >= 2 and tokens[m.start - 2] == "at":
            return False  # 'an editor at a publisher', 'works at the printer': where the job is
        if word == "pilot" and (after == "of" or (before in ("a", "the") and m.start >= 2
                                                   and tokens[m.start - 2] in TRIAL_VERBS)):
            return False  # 'running a pilot of self checkouts': a trial, not a pilot's job
        if word in ("model", "server") and THING_VERBS & set(tokens[max(0, m.start - 4):m.start]):
            return False  # 'deployed a couple of models', 'built models': things, not jobs
        if word in SUBSTANCES and before in ("give", "giving", "take", "taking", "of", "the", "prescribe"):
            return False  # 'is a pharmacist just giving medicine?': the thing, not the career
        if word in VOCATIVES and (before is None or before in OPENING_WORDS):
            return False  # 'mate what does an architect earn', 'cheers mate': whom they talk to, not a ship's mate
        if word in ("brother", "sister") and (m.start == 0 or m.end == len(tokens)) \
                and before not in POSSESSIVES | {"a", "the", "lay", "religious", "christian"}:
            return False  # 'Brother, kindly explain ...', 'Maakye, brother': whom they address, not a lay brother
        if word in VOCATIVES | {"brother", "sister", "sis"} and m.end == len(tokens) and (
                before in OPENING_WORDS or before in ("you", "u", "ya", "ye", "thank") or before in SALUTATIONS):
            return False  # 'peace be with you brother', 'thank you sister': whom they talk to, not a lay brother
        if word == "mate" and (before in POSSESSIVES | {"best", "old", "crew", "work", "school"} or (
                before in ("a", "the") and m.start >= 2 and tokens[m.start - 2] in ("for", "with", "told", "to"))):
            return False  # 'asking for a mate', 'my mate says', 'crew mates': a friend, not a ship's mate
        if word == "carrier" and before in SHIP_KINDS:
            return False  # '9 months on a bulk carrier', 'LNG carrier': a ship, not a mail carrier
        if word == "captain" and before in ("team", "club", "squad"):
            return False  # 'was team captain 6 yrs': a part in a sports team, not a ship's captain
        if word not in self.language.everyday_titles:
            return True
        if before == "like" and ROLE_NOUNS & set(tokens[max(0, m.start - 4):m.start - 1]):
            return True  # 'other jobs like vet', 'what jobs are like vet'
        if before in self.language.field_people:
            return False  # 'an AI trainer', 'data monitor': a job of the field, not the everyday title
        if after is None and before in ("for", "about") and word not in QUALIFYING_TITLES:
            return True  # 'what subjects do i need for vet'
        if before == "to" and m.start >= 2 and tokens[m.start - 2] in LIKENED_TO and after in (None, *COMPARE_JOINS):
            return True  # 'roles related to producer', 'jobs similar to editor'
        if before in ("to", "into") and set(tokens[max(0, m.start - 3):m.start - 1]) & (MOVING_VERBS | {"up"}) \
                and after in (None, *COMPARE_JOINS):
            return True  # 'how do I move up to developer', 'switch to designer or analyst'
        if after in ROLE_NOUNS and word not in QUALIFYING_TITLES and before not in ("the", "this", "that"):
            return True  # 'will AI take over vet jobs'; not 'tech jobs', 'lead role', 'the assistant role'
        next_job = m.end in starts or m.end + 1 in starts or (m.end + 2 in starts
                                                              and tokens[m.end + 1] in ("a", "an", "the"))
        if after in COMPARE_JOINS and raw[m.start] == word and next_job:
            return True  # 'more school, vet or nurse': set against another job
        if (after == "and" or m.end in starts) and raw[m.start] == word and next_job \
                and (before in COMPARING_WORDS or (before is None and set(tokens) & (COMPARE_JOINS | {"which"}))):
            return True  # 'compare vet and data scientist salaries', 'vet, data scientist or ML engineer?'
        if after in ("shortage", "shortages"):
            return True  # 'is there still a pilot shortage': a shortage of the people who do the job
        if after is not None and after not in COMPARE_JOINS | NOT_DESCRIBED and self._describes(after):
            return False  # a describing word: 'pilot study', 'server room', 'model training'; not 'coach vs'
        if after in TRAINING_PLACES and word != "extra":  # (not 'the extra school')
            return True  # 'what A levels for vet school', 'a pilot apprenticeship'
        plural = raw[m.start] != word  # 'pilots earn', but not 'language models'
        back = m.start - 1  # 'a senior vet', 'freelance pilot pay', 'how much do locum vets make'
        while back >= 0 and tokens[back] in WORKING_TERMS:
            back -= 1
        lead = tokens[back] if back >= 0 else None
        # 'pilots earn', 'salary for pilots'; but 'deal with servers', 'servers and storage' are things
        if (plural or after is None) and lead in PEOPLE_VERBS and word not in ("model", "server"):
            return True  # 'will robots replace cleaners', 'do hospitals hire porters'
        if back == m.start - 1 and lead in SPORTS and (after is None or after in NOT_DESCRIBED | COMPARE_JOINS
                                                       or not self._describes(after)):
            return True  # 'a cricket coach', 'rugby coach salary': the job in a sport
        if lead in ("of", "is") and word != "tech" and after not in ROLE_NOUNS | {
                "of", "to", "for", "the", "my", "your", "it", "this", "that"} and tokens[back - 1:back] != ["which"]:
            return True  # 'salary of cook in canada', 'is pilot good career': the article left out, as in many
            # first languages (not 'is guide to the exam', 'is host of the show')
        return lead is None or lead in JOB_LEADS or (plural and lead in self.language.stopwords
                                                     and lead != "with" and after != "and")

    def _describing(self, m: RoleMention, tokens: list[str], mentions: list[RoleMention]) -> bool:
        """Beside a job asked about, a one-word official title that describes the next word is no second job:
        'real or recruiter BS', 'digital pathology people', 'legal tech firms'."""
        if m.official and m.end < len(tokens) and tokens[m.end] in ORGANISATIONS \
                and any(o.end <= m.start or o.start >= m.end for o in mentions if o is not m):
            return True  # 'a legal tech startup hiring an ML engineer': the kind of company
        if m.end - m.start > 1 or not m.official or not any(o.end - o.start > 1 or not o.official
                                                             for o in mentions if o is not m):
            return False
        after = tokens[m.end] if m.end < len(tokens) else None
        before = tokens[m.start - 1] if m.start else None
        if before is None or before in COMPARE_JOINS or before in JOB_LEADS:
            return False  # 'musician + ...', 'vs psychiatrist: length of training?', 'a pharmacist ...'
        if after is None or any(o.start == m.end for o in mentions) or not after.isalpha():
            return False  # 'accountant, data analyst or actuary': a list (the commas are gone from the tokens)
        return self._describes(after) and after not in NOT_DESCRIBED and after not in COMPARE_JOINS \
            and after not in BACKGROUND_WORDS | STUDY_WORDS

    def _describes(self, after: str) -> bool:
        """The word after a one-word title makes it describe a thing ('pilot study'), unless it is a little word,
        a job noun ('pilot job'), a word of a job question ('pilot salary') or of training ('pilot school')."""
        return after not in self.language.stopwords and after not in ROLE_NOUNS \
            and after not in self.job_question_words and after not in PREPARATION_WORDS

    def _without_own_role(self, tokens: list[str], mentions: list[RoleMention],
                          focus: range | None) -> list[RoleMention]:
        """Leave out the person's own job when they ask about another role.

        'I'm a DBA, how do I become a data architect?', 'pharmacist here, what's the path to ML
        engineer?', 'as a mechanical engineer, ...': the job before a target ('become', 'into', 'path
        to') or after 'I am', 'as a', 'ex-' is context; so is a role named outside the sentence that asks
        the question in a long message. Two roles joined by 'vs' or 'or' are compared, and both stay.
        """
        # 'for a forwarder with 250 people', 'a plumber with 5 staff': a business sized by its people, no job
        mentions = [m for m in mentions if not (tokens[m.end:m.end + 1] == ["with"] and m.end + 2 < len(tokens)
                                                and tokens[m.end + 1].isdigit() and tokens[m.end + 2] in STAFF_WORDS)]
        if len(mentions) == 1 and mentions[0].end < len(tokens) and tokens[mentions[0].end] in BACKGROUND_WORDS:
            return []  # 'does nursing experience help': the person's background, the role is in context
        if len(mentions) == 1 and credential_held(tokens, mentions[0]):
            return []  # 'RN diploma + midwifery, no degree. do i have to go back to uni': theirs; asked is in context
        if len(mentions) == 1 and _for_whom(tokens, mentions) is not None:
            return []  # 'which of the two is better for a web dev': the jobs in context, weighed for them
        if len(mentions) == 1 and tuple(tokens[max(0, mentions[0].start - 2):mentions[0].start]) in LEFT_FROM:
            return []  # 'how do I start coming from accounting?': where they are; where they go is in context
        if len(mentions) == 1 and tuple(tokens[max(0, mentions[0].start - 2):mentions[0].start]) in SUBJECT_ASKED \
                and any(a in ("become", "be") and b == "one" for a, b in zip(
                    tokens[mentions[0].end:mentions[0].end + 4], tokens[mentions[0].end + 1:mentions[0].end + 5],
                    strict=False)):
            return []  # 'can a landscape foreman realistically become one?': one of the job in context
        if len(mentions) == 1 and states_own_job(tokens, mentions[0]) and any(
                a in ("the", "this", "that", "my") and b in MOVE_NOUNS
                for a, b in zip(tokens, tokens[1:], strict=False)):
            return []  # "I'm already an RN ... how long would the switch take?": the move is to the job in context
        if len(mentions) == 1 and i_am_before(tokens, mentions[0], 3) and (
                {"start", "begin"} & set(tokens) or STARTING_PAIRS & set(zip(tokens, tokens[1:], strict=False))):
            return []  # 'how do i start, i am cabin crew': how they start in the job in context, from theirs
        if len(mentions) < 2:
            return mentions
        # 'if a fruit packer hires a computer vision engineer ...': the one who hires is the business, not a job
        # asked about; 'for fruit grading ..., which job is it': an activity named as the purpose
        beside = [m for m in mentions if (m.end < len(tokens) and tokens[m.end] in HIRES
                                          and any(o.start > m.end for o in mentions))
                  or (m.official and m.start and tokens[m.start - 1] == "for" and m.end - m.start > 1
                      and tokens[m.end - 1] in self.index.activities)]  # (not 'skills for data engineering')
        if beside and len(beside) < len(mentions):
            mentions = [m for m in mentions if m not in beside]
            if len(mentions) < 2:
                return mentions
        # 'which degree fits which, informatics or statistics?': fields of study weighed, no jobs
        fields = [m for m in mentions if _names_a_field(m)]
        # ('nursing or teaching, which degree pays more' weighs the jobs the degrees lead to)
        if len(fields) > 1 and set(tokens) & DEGREE_TALK and not set(tokens) & JOB_OUTCOMES and any(
                tokens[a.end:a.end + 1] in (["or"], ["vs"], ["versus"]) and b.start == a.end + 1
                for a, b in zip(fields, fields[1:], strict=False)):
            return [m for m in mentions if m not in fields]
        studied = [m for m in mentions if _studied(m, tokens)]
        if studied and len(studied) < len(mentions):  # 'an HR manager ... is a psychology degree useful?'
            mentions = [m for m in mentions if m not in studied]
            if len(mentions) < 2:
                return mentions
        def own(m: RoleMention) -> bool:
            return states_own_job(tokens, m)

        # '... a transport planner or logistics analyst instead. how does that compare with data analyst': the
        # question points back ('that', 'them') and compares, so the roles before it are asked about too.
        asked_words = [tokens[i] for i in focus if i < len(tokens)] if focus is not None else []
        points_back = focus is not None and ({"compare"} <= set(asked_words) and bool(
            set(asked_words) & {"that", "those", "them", "these", "they", "it"}) or bool(
            {("that", "job"), ("that", "role"), ("this", "job"), ("this", "role")}
            & set(zip(asked_words, asked_words[1:], strict=False)) and {"than", "vs", "versus"} & set(asked_words))
            # ('you keep mentioning BI analyst. is that better for us than data analyst?')
            or bool(asked_words[:2] in (["is", "that"], ["is", "it"], ["is", "this"]) and "than" in asked_words))
        # ('X. what's that job called and does it pay better than Y?': that job, weighed against Y)
        # '... data engineer, business analyst or SDET. which one is best fit for QA background?': a choice
        # among the roles named before the question (not when the question names its own choices)
        # ('I am considering financial analyst, data analyst or an AI role. Given my background as a CPA, which
        # suits me best?': the choice is the roles named before; the one in the question is theirs)
        choosing = bool({("which", "one"), ("which", "of")} & set(zip(asked_words, asked_words[1:], strict=False))) \
            or ("which" in asked_words and bool(FITTING_WORDS & set(asked_words)) and focus is not None
                and not any(m.start in focus and not own(m) for m in mentions))
        # 'ml engineer then. pay vs DS in berlin?': one side of the 'vs' is the job named just before
        versus = {"vs", "versus"} & set(asked_words)
        points_back = points_back or (bool(choosing or versus) and focus is not None
                                      and sum(1 for m in mentions if m.start in focus) < 2)
        if focus is not None and not points_back:
            # 'what about data analyst. would she be any good at it coming from nursing': the job the question
            # starts from ('from nursing') is not the one asked about
            asked = [m for m in mentions if m.start in focus and not (
                m.start >= 2 and tokens[m.start - 1] in SOURCE_WORDS and tokens[m.start - 2] not in SET_APART)]
            if asked and len(asked) < len(mentions):
                mentions = asked
                if len(mentions) < 2:
                    return mentions
        compared = {i for i, t in enumerate(tokens) if t in COMPARE_JOINS}

        def joined(a: RoleMention, b: RoleMention) -> bool:
            """'X or Y': a join word between two mentions with no other mention between them."""
            between = range(a.end, b.start)
            if own(a) and tokens[a.start] in DOERS and len(between) > JOIN_REACH:
                return False  # "I've taught maths for years and I'm weighing up data analysis": their story, then where
            if own(b) and len(between) > JOIN_REACH and not {"than", "vs", "versus"} & set(tokens[a.end:b.start]):
                return False  # '... data analyst, or some kind of AI role. Given my background as a CPA': who asks
            return any(i in between for i in compared) and not any(
                o is not a and o is not b and o.start in between for o in mentions)

        taken = {i for m in mentions for i in range(m.start, m.end)}

        def target(m: RoleMention) -> bool:
            if m.end < len(tokens) and tokens[m.end] in BACKGROUND_WORDS:
                return False  # 'MLOps engineer kaise bane, DevOps background hai': the background is no target
            for i in range(m.start - 1, max(-1, m.start - 5), -1):  # the nearest marker, up to 4 words back
                if i in taken or tokens[i] in SOURCE_WORDS:
                    return False
                if (tokens[i] == "as" and i and tokens[i - 1] in STARTING_AS) or tokens[i] in CONSIDERING or (
                        tokens[i] == "as" and i and tokens[i - 1] in ("work", "working")
                        and set(tokens[max(0, i - 4):i - 1]) & WORK_AS_WISHED) or (
                        tokens[i] == "of" and i and tokens[i - 1] in ("thinking", "think")):
                    return True  # 'get started as an AI product manager', 'thinking of nursing'
                if explained_to(tokens, i):
                    return False  # 'explain computer vision engineer to a letting agent': who it is explained to
                if tokens[i] in TARGET_WORDS and not (tokens[i] == "to" and i and tokens[i - 1] in NOT_A_MOVE) \
                        and not (tokens[i] == "be" and i and tokens[i - 1] in ("i", "we", "you")):  # pidgin 'I be'
                    return True  # not 'explain it to a farmer', 'is it close to a nurse'
            return False

        def source(m: RoleMention) -> bool:  # 'pivot into data engineering from web dev', '4 years of paralegal work'
            before = tokens[max(0, m.start - 2):m.start]
            if m.start >= 3 and tokens[m.start - 3] == "from" and before[0] in ("a", "an", "my", "the"):
                return True  # 'from a council IT support job': where they come from, a word describing it between
            if before[-1:] == ["after"] and tokens[m.end:m.end + 1] and tokens[m.end] in TRAINING_DONE:
                return True  # 'become a wind turbine technician after electrician training': what they did
            return bool(set(before) & SOURCE_WORDS) or before in (["year", "of"], ["month", "of"]) or (
                len(before) == 2 and before[1] in ("year", "month") and before[0].isdigit()
                and tokens[m.start - 3:m.start - 2] == ["my"])  # 'my 3 years QA testing'


        for_whom = _for_whom(tokens, mentions)
        if for_whom is not None:  # 'data analyst vs BI analyst vs data scientist for a former chemistry teacher?'
            return [m for m in mentions if m is not for_whom]
        if self._comparing(tokens, mentions):  # 'compare data analyst to data scientist', 'differ from'
            # 'I'm a tech recruiter ... explain the difference between data engineer and analytics engineer':
            # two others compared; their own job is who asks ('I'm a DBA, how does it compare to X' keeps it)
            others = [m for m in mentions if not own(m) and tuple(tokens[max(0, m.start - 2):m.start]) not in FROM_WHOM]
            return others if len(others) >= 2 else mentions
        def opening(m: RoleMention) -> bool:
            """'agency nurse in london, whats a data manager': who they are, then the question about another job."""
            first = m.start <= 1 or all(t.isdigit() or t in OPENING_WORDS for t in tokens[:m.start])  # 'Hi! 47, X'
            if first and m.end < len(tokens) and tokens[m.end] in OPENING_QUESTIONS:
                # 'tug deckhand, what is mlops': the question about another job starts right after who they
                # are (not 'X - what is it, ... im a PA', 'X how do i get there from Y': about the job named first)
                nxt = min((o.start for o in mentions if o.start > m.end), default=len(tokens))
                return nxt - m.end <= OPENING_QUESTION_REACH and not (POINTERS | TARGET_WORDS) & set(tokens[m.end:nxt])
            here = tokens[m.end:m.end + 1] == ["here"] and not _here_then_a_verb(tokens, m.end + 1)
            # ('alarm installer learning python', 'X planning to move'; not 'project controls - planning, P6')
            state = m.end < len(tokens) and tokens[m.end] in OWN_STATE and not _a_plan_of_work(tokens, m.end)
            # ('motorista em SP, ...': Portuguese 'em')
            return first and (tokens[m.end:m.end + 1] in (["in"], ["at"], ["from"], ["based"], ["out"], ["em"])
                              or here
                              or state) \
                and any(o.start > m.end and (set(tokens[m.end:o.start]) & QUESTION_WORDS or (
                            o.start > m.end + 2 and set(tokens[o.end:]) & self.question_words
                            and not states_own_job(tokens, o)))  # 'X at a plant, Y pay?' (not '..., im a Y')
                        and o.words.split()[0][:5] not in m.words for o in mentions)  # not 'boilermaker ... boilers'

        def moved_from(m: RoleMention) -> bool:
            """'CNA to data analyst or CNA to LPN': the job a move starts from, the same in every move named."""
            return tokens[m.end:m.end + 1] == ["to"] and any(
                o.start in (m.end + 1, m.end + 2) and o.roles != m.roles for o in mentions) \
                and sum(1 for o in mentions if o.roles == m.roles) >= 2

        kept = []
        for m in mentions:
            if moved_from(m) and len({o.roles for o in mentions if o.roles != m.roles}) >= 2:
                continue
            later_target = next((t for t in mentions if t.start > m.start and target(t)), None)
            if not target(m) and (own(m) or source(m) or opening(m) or later_target is not None) \
                    and not any(joined(m, o) or joined(o, m) for o in mentions if o is not m):
                continue
            kept.append(m)
        if not kept:  # 'I'm a nurse, what would I do all day as a clinical data manager'
            in_a_role = [m for m in mentions if _in_a_role(tokens, m)]
            if 0 < len(in_a_role) < len(mentions):
                return in_a_role
        return kept or mentions

    @staticmethod
    def _comparing(tokens: list[str], mentions: list[RoleMention]) -> bool:
        """A word that compares roles; 'like' only just before a role ('is it like a data analyst'), not the
        filler of 'I was wondering like how much'."""
        if (COMPARING_WORDS - {"like"}) & set(tokens):
            return True
        starts = {m.start for m in mentions}
        return any(t == "like" and (i + 1 in starts or (i + 2 in starts and tokens[i + 1] in ("a", "an", "the")))
                   for i, t in enumerate(tokens))

    def _of_reordered(self, raw: list[str], tokens: list[str]) -> tuple[list[str], list[str]]:
        """'architect of data', 'mechanic of cars', 'architect of machine learning' (the word order of Spanish,
        Portuguese or French) read as 'data architect', 'car mechanic', 'machine learning architect' when that
        names a job, also with their own 'de' ('editor de vídeo', 'ingeniero de datos'); 'head of data' or
        'bachelor of science' stay as they are."""
        occupations = self.language.occupations
        i = 0
        while i < len(tokens) - 2:
            if tokens[i] in occupations and tokens[i + 1] in OF_WORDS and tokens[i + 2] not in ("a", "an", "the"):
                for k in (2, 1):
                    modifier = tokens[i + 2:i + 2 + k]
                    if len(modifier) < k:
                        continue
                    reordered = modifier + [tokens[i]]
                    found = [m for m in self.index.find(reordered)
                             if m.start == 0 and m.end == len(reordered) and not m.ambiguous]
                    if found:
                        tokens = tokens[:i] + reordered + tokens[i + 2 + k:]
                        raw = raw[:i] + raw[i + 2:i + 2 + k] + [raw[i]] + raw[i + 2 + k:] \
                            if len(raw) == len(tokens) + 1 else raw
                        break
            i += 1
        return raw, tokens

    def _job_by_shape(self, tokens: list[str], covered: set[int]) -> tuple[int, int] | None:
        """A job by the sentence's shape: 'what does a blockchain wizard do', 'become a crypto ninja',
        'blockchain wizard vs data engineer' (the other side of 'vs' is a known role)."""
        stop = self.language.stopwords
        n = len(tokens)

        def words_from(i: int, step: int) -> range:
            j = i
            while 0 <= j < n and j not in covered and tokens[j] not in stop and tokens[j] not in JOB_VERBS \
                    and tokens[j] not in PHRASE_ENDS and abs(j - i) < 3:
                j += step
            return range(i, j) if step > 0 else range(j + 1, i + 1)
        for i in range(n - 2):
            if tokens[i + 1] not in ("a", "an"):
                continue
            if tokens[i] in ("does", "doe", "do"):  # tokens are singular: "does" -> "doe"
                phrase = words_from(i + 2, 1)  # 'what does a blockchain wizard do', '... earn'
                if phrase and phrase.stop < n and tokens[phrase.stop] in JOB_VERBS:
                    return phrase.start, phrase.stop
            elif tokens[i] in ("become", "becoming"):
                phrase = words_from(i + 2, 1)
                if phrase and (phrase.stop == n or tokens[phrase.stop] in stop):
                    return phrase.start, phrase.stop
        def names_a_topic(words: range) -> bool:  # 'pay vs DBA?', 'skills vs a DS': a topic, not a job
            return all(tokens[k] in self.question_words for k in words)
        for i, token in enumerate(tokens):
            if token in ("vs", "versus") and 0 < i < n - 1:
                before, after = words_from(i - 1, -1), words_from(i + 1, 1)
                before = range(0) if names_a_topic(before) else before
                after = range(0) if names_a_topic(after) else after
                if before and (i + 1) in covered and before.start == 0:
                    return before.start, before.stop
                if after and (i - 1) in covered and after.stop == n:
                    return after.start, after.stop
        return None

    def _unknown_role(self, tokens: list[str], raw: list[str], covered: set[int]) -> tuple[int, int] | None:
        """Where the message names an occupation the knowledge base does not have ('a plumber')."""
        stop = self.language.stopwords
        shaped = self._job_by_shape(tokens, covered)
        if shaped is not None:
            return shaped
        content = [t for k, t in enumerate(tokens) if k not in covered and t not in stop]
        for i, word in enumerate(tokens):
            named_as_role = word not in self.language.stopwords and (
                (i + 1 < len(tokens) and tokens[i + 1] in ROLE_NOUNS)
                # 'what is tiktoker as a job?', 'influencer as a career'
                or (tokens[i + 1:i + 3] in (["as", "a"], ["as", "an"]) and tokens[i + 3:i + 4] != []
                    and tokens[i + 3] in ROLE_NOUNS))
            job_like = word in self.language.occupations or named_as_role or (
                len(word) > 6 and word.endswith(JOB_SUFFIXES) and word not in self.known)  # 'physiotherapist'
            if i in covered or not job_like or word in self.question_words or word in FIELD_NOT_JOB \
                    or word in ANY_WORKER:  # 'hire an employee or a contractor': anyone, no job of its own
                continue  # 'a remote ML or AI job': the field of a job, no job of its own
            if word in FAMILY and (raw[i] != word or (i and tokens[i - 1] in POSSESSIVES)):
                continue  # 'my parents want me to ...', 'my brother': family, not the house parent or the monk
            if tokens[i + 1:i + 2] and tokens[i + 1] in DEGREE_WORDS:
                continue  # 'do they need a law degree': the subject of a degree, no job of its own
            while i + 1 < len(tokens) and i + 1 not in covered and tokens[i + 1] in self.language.occupations:
                i += 1  # 'devops engineer': the head noun is the last job word
            j = i  # take up to three describing words before the head noun: 'data entry clerk'
            while (j > 0 and i - j < 3 and j - 1 not in covered and tokens[j - 1] not in stop
                   and tokens[j - 1] not in self.question_words):
                j -= 1
            phrase = tokens[j:i + 1]
            lead = tokens[j - 1] if j > 0 else None
            plural = raw[i] != word  # 'designers', 'nurse's': a noun, not the verb 'cook'
            # 'is AI trainer a real job or a scam', 'is a data labeler even a proper career'
            doubted = any(a in REALNESS and b in ROLE_NOUNS | {"thing"}
                          for a, b in zip(tokens[i + 1:i + 5], tokens[i + 2:i + 6], strict=False))
            # 'anything about prompt engineer jobs', 'jobs like AI trainer': named as a job
            as_job = (lead == "about" and i + 1 < len(tokens) and tokens[i + 1] in ROLE_NOUNS) or (
                tokens[i + 1:i + 3] in (["as", "a"], ["as", "an"]) and tokens[i + 3:i + 4] != []
                and tokens[i + 3] in ROLE_NOUNS and word not in self.known)  # 'tiktoker as a job'
            # 'become a people analytics specialist': a little word between the article and the job's words
            little = lead in stop and j >= 3 and tokens[j - 2] in ARTICLES and tokens[j - 3] in (
                "become", "becoming", "as", "into")  # (not 'the best cleaner for mould')
            if lead is None or lead in ARTICLES or content == phrase or plural or doubted or as_job or little:
                return j, i + 1
        # 'And pharmacovigilance? what do they do?': a field of work the bot has no word for, in a short message
        # naming no job, is asked about as one (not passed over for the job talked about before)
        if not covered and len(content) <= FIELD_ASKED_WORDS:
            for i, word in enumerate(tokens):
                if len(word) >= 10 and word.isalpha() and word.endswith(FIELD_SUFFIXES) and word not in self.known:
                    return i, i + 1
        return None


# The endings of names of fields of work ('pharmacovigilance', 'bioinformatics', 'cheminformatics', 'toxicology').
FIELD_SUFFIXES = ("ance", "ence", "ology", "ics", "graphy", "nomy", "istry")
FIELD_ASKED_WORDS = 8  # content words of a message short enough to ask about one field named


# After a job said first, the person's state: 'alarm installer learning python, can i be a data engineer',
# 'carpet cleaner with bad knees want office job' (not 'X - what is it, im a legal PA': the job asked first)
OWN_STATE = frozenset({"learning", "wanting", "looking", "thinking", "trying", "hoping", "studying", "tired", "sick",
                       "burnt", "burned", "planning", "with"})
NEEDING = frozenset({"need", "needed", "require", "required", "requirement", "mandatory", "compulsory"})
CAPITALS = re.compile(r"\b[A-Z]{3,7}\b")  # 'ARRT', 'NABCEP', 'HCPC' as typed
CREDENTIAL_NEEDED_WEIGHT = 3.0  # below 'get started' (5): 'how do I get started ..., need a DHA license?'
CREDENTIAL_WORTH_WEIGHT = 4.0  # above 'worth it' (+3 outlook): a credential weighed is an education question
CREDENTIAL_REACH = 3  # words between 'need' and the credential: 'need the ARRT', 'ARRT is really needed'
HIRING = frozenset({"hire", "hiring", "employ", "employer", "employing", "recruit", "recruiting"})
STAFF_WORDS = frozenset({"people", "staff", "employee", "worker", "person", "fte", "truck", "vehicle", "location",
                         "site"})  # singular forms, as tokens are
HIRES = frozenset({"hire", "hires", "hired", "employs", "employed", "recruits", "recruited"})
EMPLOYERS_LISTED = frozenset({"besides", "except", "like", "including"})  # and 'apart from', 'other than'
NOT_IN_A_LIST = frozenset({"for", "who", "which", "what", "do", "doe", "does", "is", "are", "a", "an"})
EMPLOYER_REACH = 5  # words back from a job to the word that opens a list of employers
SMALL_CHILD_AGE = 5
SMALL_CHILDREN = frozenset({"toddler", "baby", "infant", "newborn", "preschooler"})
CHILDREN = frozenset({"son", "daughter", "kid", "child", "boy", "girl", "grandson", "granddaughter"})
CAREER_WORDS = frozenset({"job", "career", "work", "become", "salary", "pay", "study", "degree", "profession"})
# Between 'are you' and a job, the words of asking what the bot is: 'are you a real careers adviser'
BOT_IS = frozenset({"a", "an", "the", "real", "really", "just", "actually", "like", "some", "kind", "of", "human",
                    "qualified", "certified", "career", "careers", "for", "good", "another", "even", "mate", "exactly",
                    "basically"})
# Before 'work as', the words that make it a wish or a question: 'can I work as a data analyst', 'want to work as'
WORK_AS_WISHED = frozenset({"can", "could", "would", "should", "will", "to", "might", "want", "wanna"})
OF_WORDS = frozenset({"of", "de", "des", "du"})  # 'of' and its Spanish, Portuguese and French forms (not 'do')
STORY_WEIGHT = 0.5  # the words of a message's other sentences, against those of the sentence that asks
QUESTION_JOINS = frozenset({"and", "or", "also", "compare"})  # after a question: another ('... and what else')
# Departments that name their everyday job when the person would move into one ('get into HR').
FIELD_JOBS = {"hr": "human resource specialist", "recruitment": "human resource specialist",
              "pr": "public relation specialist",  # 'how to get into PR'
              "recruiting": "human resource specialist", "statistic": "statistician",
              "mri": "mri technologist"}  # (imaging: 'go into MRI', 'MRI or nuclear medicine'; not 'an MRI')
# Nouns after a kind of work that make it a line of work: 'translating jobs', 'cleaning work'.
WORK_FIELD_NOUNS = frozenset({"job", "career", "industry", "field", "sector", "profession", "gig"})
VERB_OBJECTS = frozenset({"out", "up", "off", "down", "over", "them", "it", "this", "that", "a", "an", "the", "my",
                          "your", "their", "our", "his", "her", "thing", "stuff"})
# Words of moving before 'into' a department or field ('move into HR', 'get into AI').
MOVING_VERBS = frozenset({"move", "moving", "switch", "switching", "go", "going", "transition", "transitioning",
                          "pivot", "pivoting", "change", "changing", "get", "getting", "career", "break"})
NEGATIONS = frozenset({"not", "never", "nor"})
# Words that make the job words after them a method of analysis: 'predictive maintenance', 'prescriptive analytics'.
METHODS = frozenset({"predictive", "preventive", "preventative", "prescriptive"})
MOVE_NOUNS = frozenset({"switch", "move", "transition", "change", "jump", "pivot"})  # 'the switch', 'my move'
# Before 'a TMS' or 'our TMS', words that make the short title a system in use: 'we use a TMS', 'data is in a TMS'.
SYSTEM_PLACES = frozenset({"in", "into", "from"})
USING_WORDS = frozenset({"use", "using", "used", "got", "have", "buy", "bought", "new", "implement", "implementing",
                         "install", "installed"})
# Verbs whose object is a thing: after them an everyday title ('models', 'servers') is no job.
THING_VERBS = frozenset({"deploy", "deployed", "deploying", "trained", "built", "building", "shipped", "tuned",
                         "fine", "finetuned", "maintained", "maintain", "patched"})
LIKENED_SUBJECTS = frozenset({"it", "that", "this", "they", "those", "he", "she"})
LIKENING = frozenset({"just", "basically", "simply", "really", "like", "only", "essentially", "kinda", "sorta"})
# Words that set a job aside: 'forget social work', 'stop with physician assistant', 'skip the PA'.
SETTING_ASIDE = frozenset({"forget", "stop", "skip", "ignore"})
ANY_WORKER = frozenset({"employee", "contractor", "freelancer", "staff", "hire", "candidate", "applicant", "person",
                        "someone", "colleague"})
FIELD_NOT_JOB = frozenset({"ai", "ml", "data", "tech", "it", "remote", "online", "office", "entry", "junior", "senior"})
# 'major' as the person's subject: before 'here', a comma, the end, or an -ing word; or after 'double'.
MAJOR = re.compile(r"\bmajors?\b(?:(\s*(?:here\b|[,.;:!)]|$|\w+ing\b))|(?<=double major)()|)", re.IGNORECASE)
MAJOR_ASKED = frozenset({"which", "what", "best", "good", "right", "choose", "pick", "a", "the", "your", "any", "this",
                         "that", "my", "useful", "useless", "worth"})
GLOSS = re.compile(r"\(\s*[^()]{2,60}\)")  # a job named again in brackets: 'Steuerberater (tax adviser)'
REALNESS = frozenset({"real", "actual", "legit", "legitimate", "proper", "serious"})
# Little words of French, Spanish, Italian, German and Dutch: beside them 'de' and 'da' are prepositions, not DE/DA.
ROMANCE_LITTLE_WORDS = frozenset({"la", "le", "les", "el", "los", "las", "des", "du", "del", "della", "delle", "dei",
                                  "di", "il", "lo", "una", "une", "uno", "et", "y", "der", "das", "dem", "und", "het",
                                  "een", "van", "mi", "mon", "ma", "mes", "su", "sur", "chez", "dans", "pour", "por"})


NEGATED_BY = frozenset({"a", "an", "the", "really", "even", "sure", "about", "being", "interested", "in", "into",
                        "keen", "on", "fan", "of", "big", "looking", "to", "be", "become", "asking", "wanting",
                        "want", "going", "mentioned", "asked"})


def explained_to(tokens: Sequence[str], i: int) -> bool:
    """'explain computer vision engineer to a letting agent': the 'to' at ``i`` names who it is explained to."""
    return tokens[i] == "to" and "explain" in tokens[max(0, i - 8):i]


def credential_held(tokens: Sequence[str], m: RoleMention) -> bool:
    """'i trained in Nigeria, RN diploma', 'my nursing degree': a job's training the person holds (not 'do I need
    an RN diploma')."""
    return m.end < len(tokens) and tokens[m.end] in HELD_PAPERS \
        and bool(set(tokens[max(0, m.start - 8):m.start]) & CREDENTIAL_HELD)


def years_after(m: RoleMention, tokens: Sequence[str], span: int) -> bool:
    """'Sysadmin, 12 yrs', 'QA lead, 11 yrs': a number of years within ``span`` words after the job."""
    after = tokens[m.end:m.end + span]
    if after[:1] and after[0] in ("next", "in", "within", "over", "by"):
        return False  # 'outlook for data scientists next 5 yrs': a time ahead, not years in the job
    return any(t.isdigit() for t in after[:2]) and bool(YEARS & set(after))


def _a_metaphor(m: RoleMention, tokens: list[str], in_tool: set[int]) -> bool:
    """'is it all airflow babysitting', 'sounds like plumbing for data': a trade's work said of another job."""
    if m.end - m.start != 1 or not tokens[m.start].endswith("ing"):
        return False
    return m.start - 1 in in_tool or tokens[m.end:m.end + 2] in (["for", "data"], ["for", "ai"], ["for", "ml"]) \
        or tokens[max(0, m.start - 2):m.start] == ["sound", "like"] \
        or (m.start >= 2 and tokens[m.start - 1] == "the" and tokens[m.start - 2] in ACTIVITY_WEIGHED)
        # 'lol sounds like plumbing'; 'I enjoy the modelling much more than the plumbing': a part of the work


# Words between two jobs that keep both: 'nursing not data science', 'welding or plumbing'
LIST_JOINS = frozenset({"not", "or", "and", "vs", "versus", "than", "to", "nor"})
# Before 'the <work>ing': the work weighed as part of a job ('more than the plumbing', 'I hate the cleaning')
ACTIVITY_WEIGHED = frozenset({"than", "enjoy", "like", "love", "hate", "prefer", "dislike", "mind"})


# A job echoed back in disbelief, to reject it: 'social workers?? where did that come from', 'physician assistant??
# no', 'video game designers?? hindi po' (not 'mlops engineer?? what even is that').
# A sentence after another opening with a bare 'no'/'not' (no comma: 'no, analytics engineers' corrects to it).
SETTING_ASIDE_SENTENCE = re.compile(r"(?:[.!;?\n]|\blol|\bhaha)\s*(no|not)\b(?![,:])(?![^.!?;\n]*\?)",
                                    re.IGNORECASE)  # not a question: 'what do nurses earn? no data engineers?'
# Words that may follow the job in such a sentence: 'no physician assistant pls'.
AFTER_SET_ASIDE = frozenset({"pls", "please", "plz", "thanks", "thx", "again", "anymore", "this", "time", "lol",
                             "haha", "po", "pa", "ok", "okay"})
COMPLAINT = re.compile(r"\?{2,}[\W_]*(?:no\b|where did|why\b|i said|i asked|i'?m not|hindi|huh|wtf|lmao|lol\b|"
                       r"haha|seriously|come on|bruh|really\b|"
                       r"what are (?:you|u) (?:talking|on) about)", re.IGNORECASE)


# A job echoed back in disbelief before who they are or what they want: 'physical therapist?? im a teacher bro',
# 'database admin?? I'm a loggie', 'machinist?? i want data scientist' (the echo alone, up to three words, at the
# start of a sentence; the match ends at the '??').
ECHO_DENIED = re.compile(r"(?:^|[.!?]\s+)(?:[^\s?]+\s+){0,2}\w+\s*"
                         r"(?=\?{2,}[\W_]*(?:(?:\S+\s+){0,2}\S+?\?{2,}[\W_]*)*"  # ('Statistician?? Machine learning??')
                         r"(?:(?:i'?m|im|i am) an?|i (?:want|wanted|need|asked for))\b)", re.IGNORECASE)


# A sentence that answers the one before with disbelief: that one was rhetorical, not asked.
DISBELIEF = re.compile(r"\s*(?:pull the other one|yeah,? right|as if\b|come off it|get real|give me a break|"
                       r"you'?re (?:having a laugh|joking|kidding)|are you (?:having a laugh|joking|kidding)|"
                       r"(?:what )?nonsense|rubbish|pfft|lol no|(?:that'?s|that is|this is|how) (?:absurd|ridiculous|"
                       r"silly|stupid|crazy|nuts)|absurd|ridiculous|seriously\?)", re.IGNORECASE)


JUDGING = frozenset({"is", "isnt", "was", "seems", "sounds", "looks"})


def _judged(m: RoleMention, tokens: Sequence[str]) -> bool:
    """'bookkeeping clerk is hardly a step up', 'sailor seems absurd': a job named to judge it, not the person's own
    ('data analyst is what i do', 'nurse is my job' say it is theirs)."""
    opens = m.start == 0 or (m.start == 1 and tokens[0] in ("a", "an", "the"))  # (not 'I'm a risk analyst. Is ...')
    return opens and m.end < len(tokens) and tokens[m.end] in JUDGING and list(tokens[m.end + 1:m.end + 2]) not in (
        ["my"], ["what"], ["where"], ["how"], ["me"]) and not (m.start and tokens[m.start - 1] in ("my", "mine"))


BARE_HEADS = frozenset({"analyst", "analysts", "engineer", "engineers", "scientist", "scientists", "architect",
                        "architects"})
LIST_JOINING = frozenset({"or", "and", "vs", "versus"})
FIELD_REACH = 8  # words back from a list of bare job heads to the field that names them ('my first data person')


def _heads_of_a_field(raw: list[str]) -> list[str]:
    """'want to hire my first data person. Analyst, engineer or scientist?' -> 'data analyst, data engineer or data
    scientist': a list of bare job heads after the field that names them (two or more, joined)."""
    heads = [i for i, w in enumerate(raw) if w in BARE_HEADS and (not i or raw[i - 1] in BARE_HEADS
                                                                  or raw[i - 1] in LIST_JOINING)]
    run = [i for i in heads if any(j in heads for j in (i - 1, i + 1, i - 2, i + 2))]
    if len(run) < 2 or raw[run[0] - 1:run[0]] == ["data"]:
        return raw
    first = run[0] - (1 if raw[run[0] - 1:run[0]] and raw[run[0] - 1] in BARE_HEADS else 0)
    if "data" not in raw[max(0, first - FIELD_REACH):first]:
        return raw
    listed = set(run) | ({first} if raw[first] in BARE_HEADS else set())
    out: list[str] = []
    for i, w in enumerate(raw):
        if i in listed and not (i and raw[i - 1] == "data"):
            out.append("data")
        out.append(w)
    return out


def _echoes_before_disbelief(pieces: list[str], ends: list[str], counts: list[int], i: int) -> bool:
    """Sentence ``i`` opens a run of short questions ('Sailors? CNC programmers?') that a disbelief ends."""
    for j in range(i + 1, len(pieces)):
        if DISBELIEF.match(pieces[j]):
            return True
        if counts[j] > 3 or "?" not in ends[j]:
            return False
    return False


BUSINESSES = frozenset({"company", "firm", "business", "shop", "practice", "agency", "startup"})
OWNING = frozenset({"own", "run", "my", "our", "owner"})


HIRING_VERBS = frozenset({"hire", "hiring", "need", "recruit", "employ"})


def hired_by_them(tokens: Sequence[str], m: RoleMention, verbs: frozenset[str] = HIRING_VERBS,
                  reach: int | None = None) -> bool:
    """'should i hire a data analyst', 'do we need an ML engineer': the person (I, we; within ``reach`` words before
    the verb, or anywhere before it) takes on the job named right after '<verb> a/an'."""
    if m.start < 2 or tokens[m.start - 1] not in ("a", "an") or tokens[m.start - 2] not in verbs:
        return False
    before = tokens[:m.start - 2] if reach is None else tokens[max(0, m.start - 2 - reach):m.start - 2]
    return bool({"i", "we"} & set(before))


def _the_persons_business(tokens: list[str], mentions: list[RoleMention]) -> set[int]:
    """'i own a plumbing and heating company ... should i hire a data analyst': the person's own business and
    their hiring are who asks, not which industries hire the job."""
    out = {i for i, w in enumerate(tokens) if w in BUSINESSES and OWNING & set(tokens[max(0, i - 5):i])}
    return out | {m.start - 2 for m in mentions if hired_by_them(tokens, m, frozenset({"hire", "hiring"}), 3)}


def _only_set_aside(m: RoleMention, tokens: list[str], openings: set[int], breaks: set[int]) -> bool:
    """'... salary and outlook. no physician assistant', '. not PA pls': a sentence that only names a job to leave
    out of the answer (up to 'more'/'a'/'the' between; nothing but courtesy after, to the sentence's end)."""
    i = m.start - 1
    while i >= 0 and tokens[i] in ("more", "a", "an", "the", "any"):
        i -= 1
    end = min((b for b in breaks if b >= m.end), default=len(tokens))
    return i in openings and all(t in AFTER_SET_ASIDE for t in tokens[m.end:end])


def _explained_as(m: RoleMention, tokens: list[str]) -> bool:
    """'explain like I'm a truck driver', 'explain it to me like I'm a burned out QA lead': how to say it, not a
    job asked about."""
    window = tokens[max(0, m.start - 7):m.start]
    return "like" in window and "i" in window and bool({"explain", "eli5", "describe"} & set(tokens[:m.start]))


def _required_of(m: RoleMention, tokens: list[str]) -> bool:
    """'do data engineers need to be strong coders': what the job before must be, not a second job."""
    start = max(0, m.start - 4)
    window = tokens[start:m.start]
    for i in range(len(window) - 1):
        must = window[i:i + 3] in (["need", "to", "be"], ["have", "to", "be"], ["has", "to", "be"]) \
            or window[i:i + 2] == ["must", "be"]
        if must and start + i and tokens[start + i - 1] not in ("i", "you", "we", "me"):  # not 'do I need to be a DA'
            return True
    return False


def _likened(m: RoleMention, tokens: list[str]) -> bool:
    """'is it just a SWE who touches pipelines?', 'is it a programmer?', 'is that basically a dentist but cheaper',
    'is it like doctor?': a job the one asked about is likened to, not a second job asked about ('is that an NLP
    engineer job?' asks about one of ours)."""
    before = [t for t in tokens[max(0, m.start - 4):m.start] if t not in ("a", "an", "the")]
    return (len(before) >= 3 and before[-3] in ("is", "are", "isnt") and before[-2] in LIKENED_SUBJECTS
            and before[-1] in LIKENING) or (  # 'software data engineer, what's that, is it a programmer?'
        m.official and len(before) >= 2 and before[-2] in ("is", "isnt") and before[-1] in LIKENED_SUBJECTS)


def _negated(m: RoleMention, tokens: list[str]) -> bool:
    """'I'm not a programmer', 'not sure about being a doctor': a job the person says they are not, or do not
    want, names nothing to answer. Only such words may stand between: 'can't decide between X and Y' and 'not
    sure if I should become a nurse' still ask, and 'nursing not data science' contrasts two jobs."""
    if m.start >= 3 and tokens[m.start - 1] in ("about", "for") and tokens[m.start - 2] in ("ask", "asked", "asking") \
            and tokens[m.start - 3] in ("didnt", "didn't", "not", "never", "dont", "don't"):
        return True  # 'I didnt ask about drafters. PROJECT CONTROLS': the job they did not ask about
    if m.start == 0 and tokens[m.end:m.end + 1] in (["no"], ["nope"]) and len(tokens) > m.end + 2 \
            and tokens[m.end + 1] not in ("doubt", "problem", "matter", "longer", "way", "one", "more", "less"):
        return True  # 'statistician no, i am not strong in maths. what about ...': the suggestion turned down
    i = m.start - 1
    while i >= 0 and tokens[i] in NEGATED_BY and m.start - i <= 4:
        i -= 1
    if i >= 0 and (tokens[i] in SETTING_ASIDE or (tokens[i] == "with" and i and tokens[i - 1] in SETTING_ASIDE)):
        return True  # 'forget social work', 'stop with physician assistant', 'skip the PA': a job set aside
    # ('no, analytics engineers' corrects to the job: 'no' alone sets nothing aside)
    if i > 0 and tokens[i] in NEGATIONS and tokens[i + 1:m.start] in (["a"], ["an"]) \
            and tokens[i - 1] not in QUESTION_WORDS | {"why", "or"}:  # not 'why not a data engineer?'
        return True  # 'i'm a student, not a sociologist': a job said not to be theirs
    # right before the job only after 'said', 'no', 'am': 'I said NOT data architect', 'I am not management analyst'
    if i == 0 and m.start == 1 and tokens[0] in ("not", "no") and len(tokens) > m.end + 2:
        return True  # 'Not baker!! I ask about food safety inspector': the job they rejected, then what they ask
    if i < 0 or tokens[i] not in NEGATIONS or (i == m.start - 1 and not (i and tokens[i - 1] in ("said", "no", "am"))):
        return False
    return i == 0 or tokens[i - 1] in ("i", "am", "m", "is", "she", "he", "they", "was", "definitely", "really",
                                       "said", "and", "no")  # 'I said NOT data architect', 'no, not paralegals'


def _not_after(m: RoleMention, tokens: list[str], mentions: Sequence[RoleMention],
               fields: Sequence[RoleMention] = ()) -> bool:
    """'PACS is ... in radiology, not database admin', 'im rad tech not health informatics': 'not' right before a
    job, after no job (a field said as where: 'radiology') or after the person's own, sets it aside ('nursing not
    data science' still weighs two)."""
    if m.start < 2 or tokens[m.start - 1] != "not" or tokens[m.start - 2] in QUESTION_WORDS | {"why", "or", "if"}:
        return False
    before = next((o for o in mentions if o.end == m.start - 1), None)
    return before is None or before in fields or states_own_job(tokens, before, asking=False)


def _a_tool_in_the_story(tokens: Sequence[str], raw: Sequence[str]) -> set[int]:
    """'the firm just bought an AI contract review tool', 'learn the AI tool the firm bought': one product in the
    person's story, not a question about a job's tools ('what tool do data engineers use', 'and the tools?')."""
    out = set()
    for i, w in enumerate(tokens):
        if w != "tool" or i >= len(raw) or raw[i] != "tool":  # typed in the singular: one tool
            continue
        before = tokens[max(0, i - 4):i]
        if any(b in STORY_ARTICLES for b in before) and not set(tokens[max(0, i - 5):i]) & TOOL_ASKING:
            out.add(i)
    return out


OVERTIME_BEFORE = frozenset({"w", "with", "plus", "incl", "including", "no", "extra", "paid", "unpaid", "mandatory",
                             "without", "lot", "lots", "of", "any"})
OVERTIME_AFTER = frozenset({"pay", "hour", "rate", "shift", "money"})


def _slang(tokens: Sequence[str], i: int, typed_lower: frozenset[str]) -> bool:
    """Chat slang that is also a short form: 'rn' ends a message or a clause as 'right now' ('is SWE saturated
    rn', 'grad ta in stats rn, what's the pay'); typed 'RN', or after 'a', 'as', 'vs', it is the nurse. 'OT'
    beside pay is overtime ('make w OT', 'OT pay'), not the occupational therapist."""
    t = tokens[i]
    if t in PARTICLES:
        return t in typed_lower and i > 0 and tokens[i - 1] not in JOB_BEFORE | QUESTION_WORDS \
            and tokens[i - 1] not in LISTED_SHORT_FORMS and tokens[i - 1] not in ("being", "becoming", "wanna")
    if t == "ot":  # ('compare that with OT': the therapist)
        return bool(i and tokens[i - 1] in OVERTIME_BEFORE and not COMPARING_WORDS & set(tokens[:i])) \
            or (i + 1 < len(tokens) and tokens[i + 1] in OVERTIME_AFTER)
    return t in SLANG_SHORT_FORMS and (i == len(tokens) - 1 or t in typed_lower) and i > 1 \
        and tokens[i - 1] not in JOB_BEFORE and tokens[i - 1] not in LISTED_SHORT_FORMS  # 'cna lpn rn'


def _first_word_index(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first: a message is scanned once, not once per phrase."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return index


def _phrases_in(words: list[str], index: Mapping[str, list[tuple[str, ...]]]) -> list[tuple[int, int]]:
    """(start, end) of each indexed phrase in ``words``, the longest at each place, not overlapping."""
    spans = []
    i = 0
    while i < len(words):
        for phrase in index.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                spans.append((i, i + len(phrase)))
                i += len(phrase) - 1
                break
        i += 1
    return spans


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for role_id in ids:
        if role_id not in out:
            out.append(role_id)
    return tuple(out)


def _doer_is_i(tokens: Sequence[str], at: int) -> bool:
    """'I drive', 'we have taught', "I've been teaching": the person does the work said at ``at``."""
    i = at - 1
    while i >= 0 and tokens[i] in DOER_AUXILIARIES:
        i -= 1
    return i >= 0 and tokens[i] in ("i", "we")


# After 'X here', words that make X the subject of what follows ('a nurse here earns less', '... here does not get
# that'), not who is speaking ('brewer here, is ...': the comma is gone from the tokens, so no question's verb).
HERE_THEN_A_VERB = frozenset({"dont", "doesnt", "get", "gets", "earn", "earns", "make", "makes", "only", "never",
                              "usually", "cant"})


def _here_then_a_verb(tokens: Sequence[str], i: int) -> bool:
    """Whether the words from ``i`` (after 'X here') go on about X: 'earns less', 'does not get'."""
    nxt = tokens[i:i + 2]
    return bool(nxt) and (nxt[0] in HERE_THEN_A_VERB or (nxt[0] in ("doe", "does", "do") and nxt[1:] == ["not"]))


def _a_plan_of_work(tokens: Sequence[str], i: int) -> bool:
    """'project controls - planning, P6, cost reports': planning as the work described, not the person 'planning
    to' move (a state after their job)."""
    return tokens[i] == "planning" and tokens[i + 1:i + 2] not in (["to"], ["on"])


def states_own_job(tokens: tuple[str, ...] | list[str], m: RoleMention, asking: bool = True) -> bool:
    """Words around a mention say it is the person's own job: 'I am a', 'as a', 'been', 'X here', 'X, 11 yrs'.
    ``asking``: for leaving it out of the roles asked about, where '... data engineer or stay?' compares both."""
    if asking and {"stay", "staying", "stick"} & set(tokens):
        return False
    if m.end < len(tokens) and (tokens[m.end] in BACKGROUND_WORDS or tokens[m.end] in STUDY_WORDS
                                or (tokens[m.end] == "here" and not _here_then_a_verb(tokens, m.end + 1))
                                or (m.start <= 1 and tokens[m.end] == "now")):
        # 'would my nursing experience help', 'recruiter here, ...', 'IT support now, want X' (not '... says a
        # registered manager here does not get that': a job where they live)
        return True
    if m.end < len(tokens) and tokens[m.end] in LEAVING_WORDS \
            and not _a_plan_of_work(tokens, m.end) \
            and all(t.isdigit() or t in OPENING_WORDS or t in ("a", "an", "im", "i", "am") for t in tokens[:m.start]):
        return True  # 'colourist thinking of switching - what skills do data analysts need'
    if m.start <= 1 and tokens[m.end:m.end + 1] in (["on"], ["at"], ["in"]) and "here" in tokens[m.end + 1:m.end + 5]:
        return True  # 'station supervisor on the tube here, ...': where they work, then 'here'
    if m.start == 0 and m.end < len(tokens) and tokens[m.end].isdigit() and 16 <= int(tokens[m.end]) <= 80 \
            and not set(tokens[m.end + 1:m.end + 2]) & NOT_AN_AGE:
        return True  # 'Site manager, 52, housing jobs in the Midlands': who they are, by job and age
    if m.start >= 2 and tokens[m.start - 1] in ("a", "an") and tokens[m.start - 2] in ("to", "for") \
            and (explained_to(tokens, m.start - 2)
                 or tuple(tokens[:4]) in (("what", "can", "you", "do"), ("what", "can", "u", "do"))):
        return True  # 'explain computer vision engineer to a letting agent', 'what can you do for a realtor': who asks
    if credential_held(tokens, m):
        return True  # 'i trained in Nigeria, RN diploma + midwifery': the training they hold, not a job asked about
    if tokens[m.end:m.end + 2] in (["like", "me"], ["like", "myself"], ["lang", "ako"], ["ako", "dito"]):
        return True  # 'which is better for a maintenance guy like me': who asks
    if managed_by_i(tokens, m):
        return True  # 'I manage a coffee shop, ...'
    if tokens[m.start] in DOERS and _doer_is_i(tokens, m.start):
        return True  # 'I drive trucks', "I've taught secondary maths"
    if m.start >= 2 and tokens[m.start - 1] in ("a", "an", "the") and tokens[m.start - 2] in DOERS \
            and _doer_is_i(tokens, m.start - 2):
        return True  # 'I drive a haul truck': the vehicle named as the job (an alias of its drivers)
    if m.end < len(tokens) and tokens[m.end] == "work" and m.start >= 2 and tokens[m.start - 1] in ("do", "doing") \
            and tokens[m.start - 2] in ("i", "and", "we", "now", "still", "also"):
        return True  # 'I have a math degree and do DA work now'
    start = m.start - 2 if tuple(tokens[max(0, m.start - 2):m.start]) in TWO_WORD_DESCRIBERS else m.start
    if start >= 3 and tuple(tokens[start - 2:start]) == ("year", "old") and tokens[start - 3].isdigit():
        start -= 3  # 'a 29-year-old cashier': the age describes the person
    # ('a band 3 hca', 'a GS 11 management analyst': a grade describes the person's place in the job)
    before = [t for t in tokens[max(0, start - 6):start] if t not in ("a", "an") and not t.isdigit()
              and t not in GRADE_WORDS and t not in PERSON_DESCRIBERS][-4:]
    if start < m.start:
        before.append(tokens[start])
    if before[-2:] in (["about", "being"], ["of", "being"], ["consider", "being"], ["try", "being"]) \
            or before[-1:] in (["want"], ["wants"], ["wanna"]):
        return False  # 'what about being a transport planner instead', 'IT support now, want X': a wish
    if before[-1:] == ["as"] and before[-2:-1] and before[-2] in STARTING_AS | AS_COMPARING:
        return False  # 'how would a product manager get started as an AI product manager?': where they go; 'the
        # same thing as a nurse informaticist', 'as much as a nurse': a likening
    if before[-2:] == list(PIDGIN_I_AM) and not set(before[-3:-2]) & BEFORE_A_WISH:
        return True
    if before[-1:] and before[-1] in ("already", "still", "currently", "just"):
        before = before[:-1]  # 'when you're already an RN'
    if before[-2:] in (["when", "your"], ["if", "your"], ["when", "you"], ["if", "you"]) \
            or before[-3:] in (["when", "you", "are"], ["if", "you", "are"]):
        return True  # 'how to become an ML engineer when ur an electrician apprentice': you, said of oneself
    if before[-1:] and (before[-1] in CONSIDERING or before[-1] in WEIGHING_VERBS):
        return False  # "I've been thinking data analytics", 'been looking at HR': a job weighed, not theirs
    # One describing word may stand between: 'as a backend dev', 'I am a registered nurse'.
    if any(tuple(before[-n:]) in starts or tuple(before[-n - 1:-1]) in starts
           for n, starts in _OWN_STARTS_BY_LENGTH.items()):
        return True
    # Someone else's job, said the same way: 'my son is a car mechanic', 'my wife has been a nurse for 15
    # years', 'she works as a sysadmin' (one describing word may stand between: 'he is a qualified electrician').
    for tail in (before[-2:], before[-3:-1]):
        if len(tail) == 2 and tail[0] in OTHER_PEOPLE and tail[1] in ("is", "was", "been"):
            return True
    if len(before) >= 3 and before[-3] in OTHER_PEOPLE and before[-2:] in (["work", "as"], ["working", "as"]):
        return True
    if m.start <= 1 and years_after(m, tokens, 4):
        return True  # 'QA lead, 11 yrs. saw a posting for ...'
    if m.end < len(tokens) and all(t.isdigit() or t in OPENING_WORDS for t in tokens[:m.start]) and (
            (tokens[m.end] == "my" and set(tokens[m.end + 1:m.end + 3]) & WORN_BY_THE_JOB)
            or (tokens[m.end] in WORN_BODY and BODY_STATES & set(tokens[m.end + 1:m.end + 3])
                and not set(tokens[m.end + 1:m.end + 3]) & {"a", "an", "the"})):
        return True  # 'warehouse supervisor, my knees are gone', 'bus driver, back is shot': who they are, then
        # what the job did to them
    if m.start >= 1 and tokens[m.start].endswith("ing") and tokens[m.start] in DOERS \
            and tokens[m.start - 1] in ("now", "currently", "still"):
        return True  # '12 yrs army, now driving a school bus': the work they do now
    if m.start >= 2 and tokens[m.start - 1] in ("did", "done") and tokens[m.start - 2] in ("i", "ive") \
            and any(t.isdigit() and tokens[j + 1:j + 2] and tokens[j + 1] in YEARS
                    for j, t in enumerate(tokens[m.end:m.end + 8], m.end)):
        return True  # 'I did sysadmin and IT support for 10 yrs': the work they did, and for how long
    if 0 < m.start <= 2 and tokens[m.start - 1] in OPENING_I_AM and (m.start == 1 or tokens[0] in ("yo", "eu", "ja")):
        return True  # 'soy trailero 15 años, que hace un data analyst'
    if m.start >= 3 and 2 <= len(tokens) - m.end <= 3 and tokens[m.end].isdigit() and tokens[m.end + 1] in YEARS \
            and set(tokens[m.end + 2:]) <= {"exp", "experience"}:
        return True  # 'how to become a data analyst with no experience, nurse 6 yrs': who asks, said last
    if am_opened(tokens, m):
        return True  # 'Hi, am a python/django dev 4 yrs', 'hello please am a bank teller': 'I' dropped, as many type it
    if before[-1:] == ["as"] and len(before) > 1 and before[-2] in YEARS | {"worked", "working", "career"}:
        return True  # 'laid off after 22 years as a retail store manager'
    return before in (["as"], ["ex"], ["former"]) and m.start <= 2  # 'as a nurse, ...'


# The body a job wears out, said right after the job: 'bus driver, back is shot'; with 'my', what else it wears
# out too: 'chef, my feet are wrecked', 'nurse, my shifts are killing me'.
WORN_BODY = frozenset({"back", "knees", "knee", "hips", "hip", "shoulders", "shoulder", "feet", "wrists", "wrist",
                       "neck", "body", "joints"})
WORN_BY_THE_JOB = WORN_BODY | {"hands", "eyes", "lower", "shifts", "hours", "nerves"}
BODY_STATES = frozenset({"bad", "sore", "going", "shot", "gone", "wrecked", "done", "knackered", "busted", "hurts",
                         "hurting", "aches", "aching", "killing", "finished"})


AM_OPENERS = frozenset({"hi", "hello", "hey", "please", "pls", "sir", "madam", "good", "morning", "afternoon",
                        "evening", "dear"})


def am_opened(tokens: Sequence[str], m: RoleMention) -> bool:
    """'hello please am a bank teller': 'am' before the job with only a hello or a courtesy before it."""
    am = list(tokens[:4]).index("am") if "am" in tokens[:4] else -1
    return 0 <= am < m.start and all(t in AM_OPENERS for t in tokens[:am])


# Words between 'for' and the job of the person a question is for: 'for a former chemistry teacher'.
# 'can a landscape foreman become one': the job of someone asked about as the subject of a question
SUBJECT_ASKED = frozenset((verb, article) for verb in ("can", "could", "would", "does", "will", "should")
                          for article in ("a", "an"))
COUNTS_WEIGHT = 5.0
COUNTS_REASON = "their job counts"
FOR_WHOM_WORDS = frozenset({"a", "an", "former", "ex", "retired", "trained", "qualified", "experienced", "current",
                            # their age and what they already are: 'for a 40 year old landscaper', 'for someone
                            # who's already a hospice aide'
                            "year", "yr", "old", "yo", "who", "s", "is", "already", "currently", "been",
                            "someone", "somebody", "person", "like", "coming", "from", "with", "background",
                            "mid", "career", "senior", "junior", "young", "older",  # 'a mid-career Java developer'
                            "doe", "do", "did", "doing", "work", "worked", "working", "in"})  # 'who does dispatch'


def _for_whom(tokens: Sequence[str], mentions: Sequence[RoleMention]) -> RoleMention | None:
    """The last job named, after 'for (a former)': who the question about the jobs before it is for ('roadmap to
    data engineer for a process engineer please'); not 'pay for a data analyst and for a data scientist', nor 'for
    a data analyst job'."""
    first = mentions[0]
    j = first.start - 1
    while j >= 0 and tokens[j] in FOR_WHOM_WORDS:
        j -= 1
    if j >= 1 and tokens[j] == "for" and set(tokens[:j]) & (WEIGHING_WORDS | {"move", "switch", "step"}) \
            and len(mentions) >= 3 and {"or", "vs", "versus"} & set(tokens[first.end:]):
        return first  # 'which is a better move for an accountant: data analyst, BI analyst or financial analyst?'
    last = mentions[-1]
    i = last.start - 1
    while i >= 0 and (tokens[i] in FOR_WHOM_WORDS or tokens[i].isdigit()):
        i -= 1
    if i >= 2 and tokens[i - 2:i + 1] == ["for", "me", "as"] and set(tokens[:i]) & WEIGHING_WORDS:
        return last  # 'which is better for me as geologist': the person, by their job
    if i >= 1 and tokens[i] in FITTING_WORDS and tokens[i - 1] in ("which", "what", "one", "best", "better") \
            and any(set(tokens[a.end:b.start]) & (COMPARE_JOINS | {"vs", "or"})
                    for a, b in zip(mentions[:-1], mentions[1:-1], strict=False)):
        return last  # 'Estimator vs BIM coordinator vs project controls. Which suits a site manager?'
    if i < 1 or tokens[i] != "for" or tokens[i - 1] in COMPARE_JOINS | {"and", "or", "vs"} \
            or (last.end < len(tokens) and tokens[last.end] in ROLE_NOUNS):
        return None
    before = [m for m in mentions[:-1] if m.end <= i]
    # the jobs before are asked about: compared ('X vs Y for a ...') or aimed at ('roadmap to X for a ...')
    compared = any(set(tokens[a.end:b.start]) & (COMPARE_JOINS | {"vs", "or"}) for a, b in zip(before, before[1:],
                                                                                                  strict=False))
    compared = compared or (len(before) > 1 and bool(set(tokens[:i]) & {"compare", "comparing", "difference",
                                                                          "differences", "between"}))
    # ('data engineer, data analyst, data scientist - which one is easiest to get into for a 45 yr old trucker')
    compared = compared or (len(before) > 1 and bool(set(tokens[:i]) & WEIGHING_WORDS))
    aimed = any(set(tokens[max(0, m.start - 2):m.start]) & {"to", "into", "become"} for m in before)
    # 'which of the two is better for a web dev': the jobs just compared, weighed for the person named
    weighed = not before and bool(set(tokens[:i]) & PAIR_WORDS) and bool(set(tokens[:i]) & WEIGHING_WORDS)
    return last if (before and (compared or aimed)) or weighed else None


# A question that only points back ('Could you explain it in plain English?'): the sentence before says what.
POINTER_REQUEST = frozenset({"could", "can", "would", "you", "u", "pls", "please", "explain", "it", "that", "this",
                             "in", "plain", "simple", "english", "terms", "words", "me", "to", "tell", "more", "about",
                             "describe", "clarify", "for", "a", "layman", "beginner", "kindly"})
# 'what is the job like', "how's the work like day to day": what the job is like to do, not jobs like it.
JOB_LIKE = re.compile(r"\b(?:what|whats|how|hows)\b(?: \w+){0,5} (?:job|work|role|life|career) like"
                      r"(?: (?:daily|everyday|day to day|really|actually|there|on board|in practice))?$")


# 'the revenue manager who sets room rates, forecasts occupancy': who does what, to the sentence's end.
DESCRIBING_CLAUSE = re.compile(r"\bwho (?!(?:is|are|was|were|do|does|did|can|could|would|should|will)\b)\w+s\b[^.?!]*",
                               re.IGNORECASE)
WHAT_IS_OPENERS = (("what", "is"), ("what", "be"), ("whats",), ("what", "s"), ("wat", "is"), ("wats",),
                   ("what", "even", "is"), ("what", "exactly", "is"), ("what", "actually", "is"))
OPENING_FILLERS = frozenset({"abeg", "please", "pls", "so", "ok", "okay", "and", "but", "hi", "hello", "jokes",
                             "anyway", "right", "well"})
WHAT_IT_IS_WEIGHT = 6.0  # a little above one plain topic word ('pay'): the two questions are then answered in order
ASKING_VERBS = frozenset({"earn", "earns", "make", "makes", "get", "gets", "need", "needs", "use", "uses"})
ASKED_OF_IT = frozenset({"do", "does", "doe", "make", "makes", "earn", "earns", "need", "use", "get", "pay",
                         "require", "study", "day", "daily", "like", "on", "s", "all", "typical", "normal", "job",
                         "role", "work", "career"})  # ('what's a statistician's day like', 'what's X on in Dublin')


def _job_like_asked(tokens: Sequence[str]) -> bool:
    return bool(JOB_LIKE.search(" ".join(tokens)))


def _thanks_in_advance(tokens: Sequence[str]) -> set[int]:
    """'What is a computer vision engineer? Thank you in advance.': politeness around a question, no thank-you."""
    out: set[int] = set()
    for i in range(len(tokens) - 2):
        if tuple(tokens[i + 1:i + 3]) == ("in", "advance"):
            if tokens[i] == "thank":
                out |= {i, i + 1, i + 2}
            elif tokens[i] in ("you", "u") and i and tokens[i - 1] == "thank":
                out |= {i - 1, i, i + 1, i + 2}
    return out if len(out) < len(tokens) else set()  # said alone, it is a thank-you


# Before the first of a list of fields: 'options are estimating, BIM, ...', 'either welding or plumbing'.
LIST_OPENERS = frozenset({"are", "is", "between", "either", "option", "options", "choices", "choice"})
LIKING_VERBS = frozenset({"like", "likes", "love", "loves", "enjoy", "enjoys", "adore", "adores"})
FITTING_WORDS = frozenset({"fit", "fits", "suit", "suits", "suited", "match", "matches"})
# After a short form, words that make it a thing or a firm: 'the PMS companies', 'a CRM system'.
SYSTEM_WORDS = frozenset({"company", "companies", "software", "system", "systems", "vendor", "vendors", "platform",
                          "platforms", "provider", "providers", "module", "modules"})
# After a number, words that make it something other than an age: '40 hours', '52k', '20 staff'.
NOT_AN_AGE = frozenset({"hour", "hr", "hrs", "k", "grand", "dollar", "pound", "euro", "usd", "per", "an", "a",
                        "position", "people", "staff", "vacancy", "opening", "percent", "minute", "mile", "km"})
# After 'HR', words of the department that speaks or of a heavy rigid truck licence, not a job asked about.
HR_NOT_A_JOB = frozenset({"told", "tell", "tells", "say", "says", "said", "have", "has", "gave", "give", "sent",
                          "want", "wants", "shift", "shifts", "licence", "license", "truck", "department", "dept",
                          "letter", "email", "team", "system", "systems", "software", "platform", "side", "it",
                          "policy", "policies"})
DEGREE_WEIGHED = frozenset({"count", "enough", "recognised", "recognized", "valid", "accepted", "transferable"})


def _degree_held(tokens: Sequence[str]) -> set[int]:
    """'I have a degree in nursing', 'with a BSc in biology': the person's own degree, told as background; it asks
    nothing about education ('do I need a degree in it?' does, and so does 'I have a diploma in theology, does it
    count?': the degree weighed)."""
    if DEGREE_WEIGHED & set(tokens):
        return set()
    return {j for i, word in enumerate(tokens[:-1]) if word in DEGREE_WORDS and tokens[i + 1] == "in"
            and tuple(tokens[max(0, i - 2):i]) in HOLDING for j in (i, i + 1)}


INSTITUTIONS_OF_LEARNING = frozenset({"university", "college", "uni", "school", "polytechnic", "campus"})
WORKING_WORDS = frozenset({"work", "works", "working", "job", "employed", "based"})


def _an_institution_worked_at(tokens: Sequence[str], mentions: Sequence[RoleMention]) -> set[int]:
    """'a grants manager at a university', 'I work in the registry at a college': where the job is, not a
    question about education (not 'study data science at a university')."""
    out: set[int] = set()
    ends = {m.end for m in mentions}
    for i in range(len(tokens) - 2):
        if tokens[i] in ("at", "in", "for") and tokens[i + 1] in ("a", "an", "the", "our", "my") \
                and tokens[i + 2] in INSTITUTIONS_OF_LEARNING \
                and (any(i - 3 <= e <= i for e in ends) or WORKING_WORDS & set(tokens[max(0, i - 6):i])):
            out |= {i, i + 1, i + 2}
    return out


def fired_only_by(fired: Iterable[tuple[str, str, float]], intent: str, reasons: frozenset[str]) -> bool:
    """Whether every reason ``intent`` scored for is among ``reasons`` (a phrase fires with its quotes)."""
    return all(why.strip('"') in reasons for name, why, _ in fired if name == intent)


def _an_employer(m: RoleMention, tokens: Sequence[str], mentions: Sequence[RoleMention]) -> bool:
    """In a question of who hires, a job named after 'besides', 'apart from' or 'like' is an employer listed:
    'who hires locksmiths besides residential, like hospitals, schools, car dealers?', 'who else hires people like
    me besides realtors'."""
    if HIRING.isdisjoint(tokens):
        return False
    before = tokens[max(0, m.start - EMPLOYER_REACH):m.start]
    lead = max((i for i, t in enumerate(before) if t in EMPLOYERS_LISTED
                or (i and (before[i - 1], t) in (("apart", "from"), ("other", "than")))), default=None)
    if lead is None:
        return False
    start = m.start - len(before) + lead
    if set(before[lead + 1:]) & (HIRING | NOT_IN_A_LIST):
        return False  # 'besides banks, who hires loan officers': the list ended; the job is who is hired
    if before[lead] in ("like", "including") and not any(o.end <= start for o in mentions):
        return False  # 'do hospitals hire people like data analysts': the job asked, likened
    return not any(start < o.start < m.start for o in mentions if o is not m)


def _not_a_career_question(tokens: Sequence[str], kept: Sequence[RoleMention], persons: Sequence[RoleMention],
                           tools: bool = False, placed: bool = False, asked: bool = False) -> bool:
    """A service wanted, a price asked, a small child's care or an advert: no career question, though it may
    name a job ('a plumber near me', 'how much do you charge', 'dm me for tutoring'); or the price of software
    ('how much is a solidworks license', 'salesforce per user per month'). ``tools``: a tool is named; ``placed``:
    a place (or 'near'); ``asked``: a word of a question about a job."""
    said = set(tokens)
    pairs = set(zip(tokens, tokens[1:], strict=False))
    if not ADVERT_PAIRS.isdisjoint(pairs):
        return True
    if not asked and not CAREER_WORDS & said and (NEWS & pairs or ("latest", "on") in pairs):
        return True  # 'did you see the news about the surgeon who got sued?', "what's the latest on the strike"
    if placed and not asked and not CAREER_WORDS & said and (
            any(m.start and tokens[m.start - 1] in PRAISED and tuple(tokens[m.end:m.end + 1]) not in DOING_NEXT
                for m in kept)
            or any(w in PROVIDERS and PRAISED & set(tokens[max(0, i - 4):i]) for i, w in enumerate(tokens))):
        return True  # 'a good cardiologist in Lahore, any recommendation?', 'any good pest control companies near'
    if any(w in SURVEYS and tokens[i - 1] in ("my", "our") and SURVEY_ASKS & set(tokens[max(0, i - 5):i - 1])
           for i, w in enumerate(tokens) if i):
        return True  # 'could you share my survey with your users?', 'fill in our questionnaire': a request, no question
    if not CHARGED_THEM.isdisjoint(pairs) and not CAREER_WORDS & said:
        return True  # 'my neighbour's plumber charged her 300 quid for a tap, is that normal?'
    if kept:
        return False
    if tools and ("how", "much") in pairs and (SOFTWARE_PRICES & said or ("per", "user") in pairs):
        return True
    if "compensation" in tokens and TRAVEL_TROUBLE & said:
        return True  # 'my flight is delayed 6 hours, what compensation can I get': a passenger's claim
    if ("how", "much") in pairs and not CAREER_WORDS & said and not (PAY_WORDS | LEARNING_OR_HIRING) & said and (
            PRICE_WORDS & said or any(("my", w) in pairs for w in OWN_THINGS)):
        return True  # 'how much does a crown cost in turkey', 'how much for solar panels on my house'
    # (no job named: 'how much does a dental nurse cost us' names one)
    return (bool(persons) and _a_service(tokens)) or not PRICE_OF_A_SERVICE.isdisjoint(pairs) \
        or _a_small_childs_care(tokens)


def _a_small_childs_care(tokens: Sequence[str]) -> bool:
    """'my son is 2 and has a speech delay', 'my 2 year old only says 10 words': a parent's worry about a small
    child (five or younger, a toddler, a baby) with no word of work or careers is no career question."""
    if CAREER_WORDS & set(tokens):
        return False
    if SMALL_CHILDREN & set(tokens):
        return True
    for i, t in enumerate(tokens[:-1]):
        if t.isdigit() and int(t) <= SMALL_CHILD_AGE and i and (
                tokens[i - 1] == "my" and tokens[i + 1] in ("year", "yr", "yo")
                or (tokens[i - 1] in ("is", "turned") and i >= 2 and tokens[i - 2] in CHILDREN)):
            return True
    return False


def _a_service(tokens: Sequence[str]) -> bool:
    """'book', 'near me', 'opening hours': the message asks for a service, not about a job."""
    said = set(tokens)
    if {"hire", "hiring", "recruit"} & said:
        return False  # 'who do you recommend i hire first: analyst, engineer or AI?': an employer's decision
    pairs = set(zip(tokens, tokens[1:], strict=False))
    if "quote" in said and any(a in QUOTING and b in ("the", "all", "our", "quote") for a, b in pairs):
        said = said - {"quote"}  # 'i do the quotes', 'I write all the quotes': work they do, no quote wanted
    return bool(SERVICE_WORDS & said) or any(pair in pairs for pair in SERVICE_PAIRS) or any(
        w in MEDICAL_TESTS and (tokens[i - 1] == "my" or (tokens[i - 1] in ("a", "an") and tokens[i - 2] in GETTING))
        for i, w in enumerate(tokens) if i >= 2)  # 'do i need an MRI', 'can I get a mammogram', 'my scan results'


def _in_a_role(tokens: list[str], m: RoleMention) -> bool:
    """'what would I do all day as a data manager', 'a job as web developer': a role the person would be in,
    unlike the 'as a nurse, ...' that opens a message or 'I work as'."""
    before = [t for t in tokens[max(0, m.start - 3):m.start] if t not in ("a", "an")]
    return m.start > 2 and before[-1:] == ["as"] and before[-2:-1] not in (["work"], ["worked"], ["working"])


def someone_else_before(tokens: Sequence[str], m: RoleMention, span: int) -> bool:
    """A word for another person within ``span`` words before the job ('my dad's a', 'his wife is'); not one the
    person calls the bot by ('alright mate, been a barber 10 yrs', 'hey buddy, nurse here')."""
    start = max(0, m.start - span)
    return any(w in OTHER_PEOPLE and not (w in VOCATIVES and (i == 0 or tokens[i - 1] in OPENING_WORDS))
               for i, w in enumerate(tokens[start:m.start], start))


def the_persons_job(tokens: tuple[str, ...], m: RoleMention, raw: tuple[str, ...] = ()) -> bool:
    """A job left out of the question that is the person's own, to remember: said to be theirs ('I'm a',
    'from'), or opening the message ('teacher, how do I become ...'); not someone else's ('my dad's a'), nor
    a plural that opens a remark about the job ('electricians dont code tho')."""
    if someone_else_before(tokens, m, 4):
        return False
    plural = bool(raw) and m.end <= len(raw) and raw[m.end - 1] != tokens[m.end - 1]
    return (m.start == 0 and not plural) or states_own_job(tokens, m, asking=False) \
        or bool(SOURCE_WORDS & set(tokens[max(0, m.start - 2):m.start]))
