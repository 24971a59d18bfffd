"""Where the figures apply: 'in Poland', 'what about Berlin?', 'in Canadian dollars'.

The answer keeps the intent and the roles, and says which places its figures cover: global or regional
figures where a source has them; otherwise that they are U.S. figures and none are for the place asked.
U.S. figures are never presented as local ones, and currencies are never converted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .occupation import is_onet

if TYPE_CHECKING:
    from ..understanding.understand import Understanding
    from .compose import Composer

US = frozenset({"us", "usa", "america", "united states", "the us", "u s"})
US_PARTS = frozenset({"texas", "california", "new york", "florida", "ohio", "seattle", "illinois", "pennsylvania",
                      "north carolina", "michigan", "new jersey", "virginia", "arizona", "massachusetts", "tennessee",
                      "indiana", "missouri", "maryland", "wisconsin", "colorado", "minnesota", "oregon", "kentucky",
                      "louisiana", "alabama", "oklahoma", "utah", "nevada", "iowa", "kansas", "chicago", "houston",
                      "dallas", "austin", "atlanta", "boston", "denver", "phoenix", "columbus", "mississippi",
                      "arkansas", "south carolina", "west virginia", "new mexico", "nebraska", "south dakota",
                      "north dakota", "montana", "wyoming", "idaho", "alaska", "maine", "vermont", "new hampshire",
                      "connecticut", "rhode island", "delaware", "hawaii", "puerto rico", "guam"})
NOT_A_PLACE = frozenset({"remote", "abroad", "overseas"})  # asked about, but not a place figures could cover
CITIES = {"london": "the UK", "berlin": "Germany", "paris": "France", "madrid": "Spain", "lisbon": "Portugal",
          "amsterdam": "the Netherlands", "warsaw": "Poland", "toronto": "Canada", "vancouver": "Canada",
          "sydney": "Australia", "melbourne": "Australia", "bangalore": "India", "bengaluru": "India",
          "mumbai": "India", "delhi": "India", "pune": "India", "hyderabad": "India", "chennai": "India",
          "lagos": "Nigeria", "abuja": "Nigeria", "naija": "Nigeria", "nairobi": "Kenya", "sao paulo": "Brazil",
          "rio": "Brazil",
          "dubai": "the UAE", "manchester": "the UK", "birmingham": "the UK", "leeds": "the UK", "liverpool": "the UK",
          "bristol": "the UK", "glasgow": "the UK", "edinburgh": "the UK", "belfast": "the UK", "cardiff": "the UK",
          "dublin": "Ireland", "cork": "Ireland", "johannesburg": "South Africa", "cape town": "South Africa",
          "durban": "South Africa", "manila": "the Philippines", "cebu": "the Philippines",
          "makati": "the Philippines", "karachi": "Pakistan", "lahore": "Pakistan", "islamabad": "Pakistan",
          "accra": "Ghana", "kampala": "Uganda", "mombasa": "Kenya", "kisumu": "Kenya", "auckland": "New Zealand",
          "brisbane": "Australia", "perth": "Australia", "montreal": "Canada", "calgary": "Canada",
          "munich": "Germany", "stuttgart": "Germany", "hamburg": "Germany", "zurich": "Switzerland",
          "stockholm": "Sweden", "montego bay": "Jamaica", "port of spain": "Trinidad and Tobago",
          "nassau": "the Bahamas", "port au prince": "Haiti", "santo domingo": "the Dominican Republic",
          "suva": "Fiji", "apia": "Samoa", "port moresby": "Papua New Guinea", "enugu": "Nigeria", "ibadan": "Nigeria",
          "kano": "Nigeria", "port harcourt": "Nigeria", "kumasi": "Ghana", "kinshasa": "the DR Congo",
          "dar es salaam": "Tanzania", "vienna": "Austria", "prague": "Czechia", "rotterdam": "the Netherlands",
          "brussels": "Belgium", "antwerp": "Belgium", "copenhagen": "Denmark", "oslo": "Norway",
          "helsinki": "Finland", "rome": "Italy", "milan": "Italy", "athens": "Greece", "bucharest": "Romania",
          "krakow": "Poland", "wroclaw": "Poland", "frankfurt": "Germany", "cologne": "Germany",
          "dusseldorf": "Germany", "lyon": "France", "marseille": "France", "geneva": "Switzerland",
          "porto": "Portugal", "barcelona": "Spain", "valencia": "Spain", "gothenburg": "Sweden",
          "tallinn": "Estonia", "riga": "Latvia", "vilnius": "Lithuania", "abu dhabi": "the UAE",
          "sharjah": "the UAE", "jeddah": "Saudi Arabia", "dhaka": "Bangladesh", "chittagong": "Bangladesh",
          "colombo": "Sri Lanka", "kathmandu": "Nepal", "yangon": "Myanmar", "phnom penh": "Cambodia",
          "taipei": "Taiwan", "osaka": "Japan", "busan": "South Korea", "shenzhen": "China", "guangzhou": "China",
          "penang": "Malaysia", "davao": "the Philippines", "surabaya": "Indonesia", "bandung": "Indonesia",
          "bali": "Indonesia", "darwin": "Australia", "canberra": "Australia", "pilbara": "Australia"}
CURRENCIES = (
    # 'CAD' and 'PHP' are also computer-aided design and a programming language: a currency beside a figure
    # or after 'in' ('in CAD', '90k CAD', 'CAD 85,000'), not in 'CAD with CATIA'
    (re.compile(r"\bcanadian dollars?\b|\b(?:in|into|to) cad\b|\d\s?k?\s?cad\b|\bcad\s?\$?\s?\d|\bc\$", re.I),
     "Canadian dollars", "Canada"),
    (re.compile(r"\baustralian dollars?\b|\baud\b", re.I), "Australian dollars", "Australia"),
    (re.compile(r"\beuros?\b|\beur\b|€", re.I), "euros", None),
    (re.compile(r"\b(?:pounds?|sterling|gbp)\b|£", re.I), "pounds", "the UK"),
    (re.compile(r"\b(?:rupees?|inr|lpa|lakhs?|crores?)\b|₹", re.I), "rupees", "India"),
    (re.compile(r"\b(?:reais|real brasileiro|brl)\b|r\$", re.I), "reais", "Brazil"),
    (re.compile(r"\b(?:naira|ngn)\b|₦", re.I), "naira", "Nigeria"),
    (re.compile(r"\b(?:zloty|złoty|pln)\b", re.I), "złoty", "Poland"),
    (re.compile(r"\b(?:yen|jpy)\b|¥", re.I), "yen", "Japan"),
    (re.compile(r"\b(?:pesos?|mxn)\b|₱|\b(?:in|into|to) php\b|\d\s?k?\s?php\b|\bphp\s?\d", re.I), "pesos", None),
    (re.compile(r"\b(?:ksh|kes|(?:kenyan )?shillings?)\b", re.I), "shillings", None),
    (re.compile(r"\b(?:rand|zar)\b", re.I), "rand", "South Africa"),
    (re.compile(r"\b(?:pkr)\b", re.I), "Pakistani rupees", "Pakistan"),
    (re.compile(r"\b(?:sgd)\b", re.I), "Singapore dollars", "Singapore"),
    (re.compile(r"\b(?:aed|dirhams?)\b", re.I), "dirhams", "the UAE"),
)
# The words and signs any of CURRENCIES needs: a look at the message's words rules them all out for most
# questions, which name none (one search of every pattern at once took a tenth of a whole answer's time).
CURRENCY_WORDS = frozenset({"canadian", "cad", "australian", "aud", "euro", "euros", "eur", "pound", "pounds",
                            "sterling", "gbp", "rupee", "rupees", "inr", "lpa", "lakh", "lakhs", "crore", "crores",
                            "reais", "real", "brl", "naira", "ngn", "zloty", "złoty", "pln", "yen", "jpy", "peso",
                            "pesos", "php", "mxn", "ksh", "kes", "shilling", "shillings", "rand", "zar", "pkr", "sgd",
                            "aed", "dirham", "dirhams"})
CURRENCY_SIGNS = ("€", "£", "₹", "r$", "₦", "¥", "₱", "c$")
_WORD = re.compile(r"\w+")
# After a currency, words that reject it: 'Canadian dollars?? CAD means computer aided design'.
REJECTED_AFTER = re.compile(r"\s*(?:\?\?|!\?|\?!|means\b|is not\b|isn't\b)", re.IGNORECASE)


def _names_currency(question: str) -> bool:
    low = question.lower()
    return any(sign in low for sign in CURRENCY_SIGNS) or not CURRENCY_WORDS.isdisjoint(_WORD.findall(low))
FIGURES = ("salary", "outlook", "compare")


def outside_us(place: str) -> bool:
    """Whether a place the person named lies outside the U.S. (their pay is then likely not in U.S. dollars)."""
    low = place.lower()
    return bool(low) and low not in US and low not in US_PARTS and low not in NOT_A_PLACE


def _title(place: str) -> str:
    small = {"uk": "the UK", "uae": "the UAE", "usa": "the USA", "us": "the U.S."}
    low = place.lower()
    if low.startswith("the ") and low[4:] in small:  # 'the UK' from a currency: not 'The Uk'
        return small[low[4:]]
    return small.get(low, " ".join(w.capitalize() for w in place.split()))


def places_asked(u: Understanding, question: str) -> tuple[list[str], str | None]:
    """The places named (cities with their country) and a currency asked for, if any."""
    places = [p for p in u.places if p.lower() not in NOT_A_PLACE]
    currency = None
    for rx, name, country in CURRENCIES if _names_currency(question) else ():
        found = rx.search(question)
        if found and not REJECTED_AFTER.match(question, found.end()):  # not 'Canadian dollars?? CAD means ...'
            currency = name
            if country and not places:
                places = [country]
            break
    return places, currency


def global_figures(c: Composer, role_id: str) -> list[str]:
    """Figures a source gives for somewhere other than the U.S. ('Global')."""
    if is_onet(role_id):
        return []
    from .compose import figure_label, figure_text
    return [f"{figure_text(s)} ({figure_label(s)})" for s in c.kb.role(role_id).salaries
            if s.region.lower() not in ("us", "usa", "united states")]


# Answers without figures that may differ from one country to another: what the job involves there, what it takes
# ('what do nurses do in UK hospitals?'); tools and skills named for Berlin are the same tools.
NOT_SPECIFIC = "My sources are not specific to"
PLACE_BOUND = frozenset({"getting_started", "education", "industries", "responsibilities", "overview"})


@dataclass(frozen=True)
class Placed:
    """Where the figures of an answer apply, for the places and currency asked about."""

    sentence: str = ""    # the places' sentence ('These are U.S. figures; I have none for Poland.'), or ''
    currency: str = ""    # the currency's sentence ('All my pay figures are in U.S. dollars; ...'), or ''
    none_for: str = ""    # the places named when the figures are U.S. ones and none are held for them

    def text(self) -> str | None:
        return " ".join(part for part in (self.sentence, self.currency) if part) or None


def where(c: Composer, u: Understanding, question: str) -> str | None:
    """One sentence saying which places the figures cover, for the places and currency asked about."""
    placed = placed_for(c, u, question)
    return placed.text() if placed is not None else None


def placed_for(c: Composer, u: Understanding, question: str) -> Placed | None:
    """Where the figures apply, in parts (see ``where``); None when no place or currency is asked about."""
    places, currency = places_asked(u, question)
    places = list({p.lower(): p for p in reversed(places)}.values())[::-1]  # 'india ... India': one place
    if not places and not currency:
        return None
    # a country named beside one of its cities is said once, with the city: 'Manchester (the UK) or Zimbabwe'
    with_city = {_title(CITIES[p.lower()]).lower() for p in places if p.lower() in CITIES}
    places = [p for p in places if p.lower() in CITIES or _title(p).lower() not in with_city]
    named = []
    for place in places:
        low = place.lower()
        named.append(f"{_title(place)} ({CITIES[low]})" if low in CITIES else _title(place))
    foreign = [n for p, n in zip(places, named, strict=True) if p.lower() not in US and p.lower() not in US_PARTS]
    sentence, none_for = "", ""
    # Only an answer with figures needs to say where they apply: not a list of tools compared for Berlin.
    # (or a second question asks for one: 'what does it do and what does it pay in texas?')
    figures = (u.intent in FIGURES and not (u.intent == "compare" and u.aspect not in (None, "salary", "outlook"))
               ) or (u.intent == "overview" and any(is_onet(r) for r in u.roles)) or u.also in FIGURES
    if foreign:
        where_ = " or ".join(foreign)
        others = [g for r in u.roles for g in global_figures(c, r)]
        if not figures:
            if u.intent in PLACE_BOUND:  # no figures: a short word is enough
                sentence = f"{NOT_SPECIFIC} {where_}; this is what they say in general, mostly from the U.S."
        elif others:
            sentence = (f"I have no figures for {where_}: the ones here are U.S. figures, and the only non-U.S. "
                        f"ones are global: {others[0]}.")
        else:
            sentence, none_for = f"These are U.S. figures; I have none for {where_}.", where_
    elif figures and any(p.lower() in US_PARTS for p in places):
        state = " or ".join(n for p, n in zip(places, named, strict=True) if p.lower() in US_PARTS)
        sentence = f"These are national U.S. figures; I have none for {state} alone."
    elif places and figures:
        sentence = "These are U.S. figures."
    # (a price said in passing, 'not spending £5,000 on a bootcamp', asks for no pay in pounds)
    pay_asked = u.intent == "salary" or (u.intent == "compare" and u.aspect in (None, "salary"))
    money = (f"All my pay figures are in U.S. dollars; I don't convert them into {currency}, because exchange rates "
             "don't tell you local pay.") if currency and pay_asked else ""
    return Placed(sentence, money, none_for)


