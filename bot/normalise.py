"""Text normalisation shared by intent matching and role resolution (pure functions)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

class LazyPattern:
    """A regex compiled on first search: a message needs few of the many patterns of the intents and of the
    answers, and compiling all of them at start-up took tens of milliseconds of every start."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled.search(text)


# Words that carry no meaning inside a role name: "VP of AI and Quality Engineering" and
# "VP AI & quality engineering" must give the same key.
ROLE_FILLERS = frozenset({"a", "an", "the", "of", "and", "for", "in", "on", "to", "at", "with"})
_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc`']")
_NON_WORD = re.compile(r"[^\w+#]+|_")
_LANGUAGE_NAME = re.compile(r"[a-z]\+\+|[a-z]#")
_KEEP_S = ("ss", "us", "is", "ous", "sis")
_ES_PLURALS = ("ches", "shes", "sses", "xes")
_US_PLURALS = frozenset({"buses", "bonuses", "viruses", "campuses", "statuses", "censuses", "syllabuses"})
_E_STEMS = frozenset({"niches", "caches", "cliches", "headaches", "moustaches", "avalanches"})  # 'niche' + s


def fold_accents(text: str) -> str:
    """'infirmière' -> 'infirmiere', 'Lokführer' -> 'Lokfuhrer', 'résumé' -> 'resume': people type the same word
    with and without accents. Only marks on Latin letters go (a Devanagari vowel sign is part of its letter)."""
    if text.isascii():
        return text
    out: list[str] = []
    latin = False
    for ch in unicodedata.normalize("NFD", text):
        if latin and unicodedata.combining(ch):
            continue
        out.append(ch)
        latin = ch.isascii() and ch.isalpha()
    return unicodedata.normalize("NFC", "".join(out))


_ARTISTS_AND_REPERTOIRE = re.compile(r"\ba\s?&\s?r\b")
_M_AND_E = re.compile(r"\bm\s?&\s?e\b")  # monitoring and evaluation (or, in buildings, mechanical and electrical)
_S_AND_C = re.compile(r"\bs\s?&\s?c\b")  # strength and conditioning (an S&C coach)
_A_GRAVE = re.compile(r"(?<!\w)à(?!\w)")
_MONEY_SIGNS = re.compile(r"\${2,}|💰+|💵+|🤑+")


@lru_cache(maxsize=1024)  # one message is cleaned several times (parse, its sentences, the recommender)
def clean(text: str) -> str:
    """Lower-case, compatibility-fold, drop apostrophes and accents, turn every non-word character into a space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if "à" in text:  # French 'boulanger à Bordeaux': 'at', not the article 'a' that accents would leave
        text = _A_GRAVE.sub("at", text)
    text = fold_accents(text)
    text = _APOSTROPHES.sub("", text)
    if "&" in text:  # 'A&R' (artists and repertoire) is one word: 'a and r' would leave only 'r', R the language;
        # 'M&E' likewise
        text = _M_AND_E.sub("mande", _ARTISTS_AND_REPERTOIRE.sub("anr", text))
        text = _S_AND_C.sub("strength conditioning", text).replace("&", " and ")
    text = _MONEY_SIGNS.sub(" money ", text)  # 'which one more $$', 'lineman salary 💰💰': money, said with signs
    # '+' and '#' survive inside words (c++, c#) but not on their own (2+2 -> 2 2).
    text = _NON_WORD.sub(" ", text)
    return " ".join(t if ("+" not in t and "#" not in t) or _LANGUAGE_NAME.fullmatch(t) else t.strip("+#")
                    for t in text.split())


@lru_cache(maxsize=65536)
def singular(token: str) -> str:
    """A crude but consistent singular: applied to both sides, consistency is what matters."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 6 and token.endswith("people"):  # 'salespeople' -> 'salesperson', 'tradespeople'
        return token[:-6] + "person"
    if len(token) > 6 and token.endswith("men") and not token.endswith("imen") and " " not in token:
        # 'longshoremen', 'firemen' (not 'specimen'; a phrase such as 'bin men' keeps its last word)
        return token[:-3] + "man"
    if token.endswith("wives"):  # 'midwives' -> 'midwife', as people type the one
        return token[:-3] + "fe"
    if token in _US_PLURALS:  # 'buses' -> 'bus' (not 'buse'); 'nurses', 'courses' keep their e
        return token[:-2]
    if len(token) > 4 and token.endswith(_ES_PLURALS) and token not in _E_STEMS:
        return token[:-2]  # 'coaches' -> 'coach' (not 'coache'), 'businesses', 'taxes', 'dishes'
    if len(token) > 3 and token.endswith("s") and not token.endswith(_KEEP_S) and not token.isdigit():
        return token[:-1]
    return token


def words(text: str, spellings: Mapping[str, str] | None = None) -> list[str]:
    """The cleaned words of ``text`` with chat spellings expanded ('wat' -> 'what', 'ppl' -> 'people')."""
    out: list[str] = []
    for word in clean(text).split():
        replacement = spellings.get(word) if spellings else None
        out.extend(replacement.split() if replacement else (word,))
    return out


def role_key(text: str, spellings: Mapping[str, str] | None = None) -> str:
    """The key a role name or alias is indexed under: singular words without fillers."""
    return " ".join(singular(w) for w in words(text, spellings) if w not in ROLE_FILLERS)


# British spellings fold to the American ones of O*NET's titles and task statements, so that 'organising', 'colour'
# and 'harbour pilot' meet 'organizing', 'color' and 'harbor pilot' (the curated profiles are British English too):
# -ise/-yse, -our and -tre/-bre by rule, the words where those endings are no British spelling left alone, and a
# few whole words.
_ISE = re.compile(r"^(\w{4,}?)(is|ys)(e|ed|es|ing|ation|ations|er|ers)$")
_OUR = re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able|ful|er|ers|less|al|ally)?$")
_TRE = re.compile(r"^(\w{2,}[tb])re(s|d)?$")
NOT_BRITISH = frozenset("""
advertise apprise appraise chastise circumcise comprise compromise concise despise disguise enterprise exercise
expertise franchise improvise merchandise otherwise likewise clockwise paradise porpoise precise premise promise
reprise supervise surmise surprise televise tortoise treatise turquoise chemise mortise valise
contour detour devour paramour troubadour velour succour tambour
timbre macabre ombre entre
""".split())
BRITISH_WORDS = {"programme": "program", "programmes": "programs", "licence": "license", "licences": "licenses",
                 "defence": "defense", "offence": "offense", "catalogue": "catalog", "catalogues": "catalogs",
                 "cataloguing": "cataloging", "catalogued": "cataloged",
                 "tyre": "tire", "tyres": "tires", "jewellery": "jewelry", "jeweller": "jeweler",
                 "jewellers": "jewelers", "aluminium": "aluminum", "grey": "gray",
                 "mould": "mold", "moulding": "molding", "plough": "plow", "kerb": "curb", "cheque": "check",
                 "cheques": "checks", "practise": "practice", "practising": "practicing", "sceptical": "skeptical",
                 "paediatric": "pediatric", "paediatrician": "pediatrician", "orthopaedic": "orthopedic",
                 "anaesthetist": "anesthetist", "anaesthesia": "anesthesia", "haematology": "hematology",
                 "counsellor": "counselor", "counsellors": "counselors", "fuelled": "fueled", "fuelling": "fueling",
                 "manoeuvre": "maneuver", "storey": "story", "draught": "draft"}


@lru_cache(maxsize=65536)
def american(word: str) -> str:
    """``word`` in American spelling where it is British ('organising' -> 'organizing'), else unchanged."""
    if word in BRITISH_WORDS:
        return BRITISH_WORDS[word]
    if "is" in word or "ys" in word:
        m = _ISE.match(word)
        if m and m[1] + m[2] + "e" not in NOT_BRITISH:
            return m[1] + m[2][0] + "z" + m[3]
    if "our" in word:
        m = _OUR.match(word)
        if m and m[1] + "our" not in NOT_BRITISH:
            return m[1] + "or" + (m[2] or "")
    if word.endswith(("re", "res", "red")):
        m = _TRE.match(word)
        if m and m[1] + "re" not in NOT_BRITISH:
            return m[1] + "er" + {"d": "ed", None: ""}.get(m[2], m[2] or "")
    return word
