"""Find role mentions in a message: exact, reordered, run-together and misspelt names (rapidfuzz)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..normalise import ROLE_FILLERS, american, role_key, singular

from ..normalise import words as words_of
from ..knowledge.official import OfficialData
from ..knowledge.profiles import KnowledgeBase

ONET_PREFIX = "onet:"
# Words that may open a reply to 'which one?' before the title's first words: 'sorry, I mean kindergarten'.
REPLY_FILLERS = frozenset({"sorry", "i", "mean", "meant", "the", "a", "an", "no", "oh", "actually", "like", "ok",
                           "okay", "um", "uh", "well", "oops", "my", "bad"})
KINDS = ("t", "r", "s", "a")              # O*NET title, reported title, short title, alternate title
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
WEAK_KINDS = ("s", "a")
MAX_TITLE_WORDS = 6                       # longer O*NET titles are rarely typed in full
DOMINANT = 3  # employment this many times the next occupation's decides a shared title
DOMINANT_KIN = 2  # the same, between occupations of one SOC minor group ('53-3': motor vehicle operators)
# A worker named by a body part after the place or animals worked with: 'stable hand', 'deck hand', 'farm hand'
# (alone, 'hand' is no job; it is no job noun of the head-noun list either).
PERSON_TAILS = frozenset({"hand"})
# Last words that mostly name a thing alone ('printer', 'maker', 'setter') but a worker after a describing word that
# makes an O*NET title with them: 'offset printer', 'sign maker', 'tool setter'
THING_HEADS = frozenset({"printer", "maker", "setter", "picker", "controller", "collector", "checker",
                         "cutter", "sorter", "keeper", "tender", "feeder", "runner", "filler", "builder", "processor",
                         "minder", "roller", "spinner", "breaker", "burner", "caster", "dyer", "fixer", "scaler",
                         "puller", "pusher", "blower", "dipper", "marker", "changer", "blender"})
# Likewise a rare last word shaped like a person's ('rehabilitator', 'handicapper'): a title with a describing word
# before it ('wildlife rehabilitator') names a worker though the word heads too few titles to be a head noun.
PERSON_ENDINGS = ("ator", "tor", "er", "ist", "ian", "ant", "ent")
PERSON_WORD_LEN = 6
# An alternate title of at most this many occupations is settled by the words of their descriptions ('cleaning
# supervisor'); one of more ('cloud engineer', four) is asked back.
DESCRIBED_AMONG = 3
# An alternate title this long, typed word for word, is that title whatever its last word: 'lean six sigma black
# belt' (shorter ones must end in a job noun: 'pick up', 'cheers mate' name nobody's job)
WHOLE_TITLE_WORDS = 4
MIN_MISSPELT = 7  # shorter words are one slip from too many others ('nurse' and 'purse', 'rigger', 'bigger')
MAX_CANDIDATES = 6                        # choices offered for a title shared by several occupations
# 'is managing' is not an IS manager: a verb's words before an activity make no title ('medical coding' does).
NOT_BEFORE_ACTIVITY = frozenset({"is", "are", "was", "be", "am", "it", "do", "so", "no", "or", "and", "me", "my", "can",
                                 "could", "will", "would", "should", "may", "might", "must", "to", "not", "does"})
DO_WORDS = frozenset({"do", "does", "did", "doe"})
# Words of a reply that describe nothing: 'the one with ...', 'that kind'.
DESCRIBING_FILLERS = frozenset({"one", "kind", "type", "sort", "with", "that", "this", "like", "more", "about",
                                "which", "what", "their", "they", "them", "does", "doe", "work", "role", "job"})
MIN_FUZZY_LEN = 5  # shorter words are corrected only by exact match: 'date' must not become 'data'
# Everyday head nouns of job names and the O*NET title heads that do the same work: a 'tyre fitter' is titled
# Tire Changer and Tire Repairer, a 'stock controller' Stock Clerk, a 'combine op' Combine Operator.
HEAD_KIN = {"fitter": ("installer", "repairer", "changer"), "controller": ("clerk",), "op": ("operator",),
            "tech": ("technician",), "adviser": ("advisor",), "assistant": ("aide", "helper", "attendant"),
            "aide": ("assistant",), "leader": ("lead", "supervisor"), "lead": ("leader", "supervisor"),
            "officer": ("specialist", "agent"), "person": ("worker",), "guy": ("worker",),
            "picker": ("harvester", "laborer"), "filler": ("stocker",)}
# Words of rank or standing in a job name, which say nothing of the work: 'chief vibes officer'.
RANK_WORDS = frozenset({"chief", "senior", "junior", "head", "lead", "principal", "deputy", "assistant", "trainee",
                        "apprentice", "main", "general", "new"})
GUESS_MARGIN = 2  # a guessed occupation is named by this many times the titles of the next one


def title_head(title: str) -> str:
    """The noun an O*NET title ends in, before its qualifiers: 'Architects, Except Landscape and Naval' ->
    'architect'; 'Child, Family, and School Social Workers' -> 'worker' (a list of kinds opens it)."""
    parts = title.split(", ")
    if " " not in parts[0]:
        parts[0] = next((part for part in parts[1:] if part.startswith(("and ", "or "))), parts[0])
    key = role_key(parts[0])
    return key.split()[-1] if key else ""


# A first word typed short in a title: 'tech recruiter', 'tech writer' are O*NET's technical ones.
FIRST_WORD_FORMS = {"tech": "technical"}


def _stem(word: str) -> str:
    """A word cut to its first six letters, so that kindred forms meet: 'organisation' and 'organizational',
    'building' and 'buildings'."""
    return word[:6]


def allowed_edits(word: str) -> int:
    """How many typos a word of this length may carry and still be recognised."""
    if len(word) < MIN_FUZZY_LEN:
        return 0
    return 1 if len(word) < 8 else 2


# A department's short form, spelled out to pick among jobs offered: 'the HR one'.
SHORT_FIELDS = {"hr": ("human", "resource")}


# After "X management", words that make it a thing: 'collections management systems', 'fleet management software'.
MANAGED_THINGS = frozenset({"system", "software", "tool", "platform", "app", "module", "solution"})


# The first-line supervisors of each SOC group (O*NET's 'First-Line Supervisors of ...'), by the code prefix of
# the workers they supervise; the longest prefix decides: a correctional officer's supervisor, a lineworker's.
SUPERVISORS = {
    "33-3011": "33-1011.00", "33-3012": "33-1011.00", "33-3": "33-1012.00", "33-2": "33-1021.00",
    "33-9": "33-1091.00", "35": "35-1012.00", "37-2": "37-1011.00", "37-3": "37-1012.00", "39-3011": "39-1013.00",
    "39-3012": "39-1013.00", "39-3019": "39-1013.00", "39-3": "39-1014.00", "39-9031": "39-1014.00",
    "39-9032": "39-1014.00", "39": "39-1022.00", "41-2": "41-1011.00", "41": "41-1012.00", "43": "43-1011.00",
    "45": "45-1011.00", "47": "47-1011.00", "49": "49-1011.00", "51": "51-1011.00", "53-2031": "53-1044.00",
    "53-7062": "53-1042.00", "53-7064": "53-1042.00", "53-7065": "53-1042.00", "53-7061": "53-1042.00",
    "53-7": "53-1043.00", "53": "53-1049.00",
}


# Short forms of the words that qualify a title, as O*NET's names spell them: 'telecom lineman'.
QUALIFIER_FORMS = {"telecom": "telecommunications", "telco": "telecommunications", "comms": "communications",
                   "sat": "satellite"}


@dataclass(frozen=True)
class RoleMention:
    """Words ``start``..``end`` (indexes into the message's words) name ``roles``.

    One role: resolved. Several: an ambiguous word ('architect') the person must choose from.
    """

    start: int
    end: int
    roles: tuple[str, ...]
    words: str
    official: bool = False   # found through an O*NET title, not a curated name

    @property
    def ambiguous(self) -> bool:
        return len(self.roles) > 1


# Words that read as an abbreviated title and are none: a 'co-op' is a cooperative, a 'photo op' an occasion.
NOT_ABBREVIATED = frozenset({"co op", "photo op"})


# 'the second', and in the languages people mix in: 'la primera', 'el segundo', 'pro primeiro', 'yung una'.
ARTICLES_BEFORE_A_CHOICE = frozenset({"the", "la", "el", "o", "a", "pro", "yung", "ang"})


class RoleIndex:
    """Every name and alias of the knowledge base, normalised once at load."""

    def __init__(self, kb: KnowledgeBase, spellings: Mapping[str, str] | None = None,
                 official: OfficialData | None = None, abbreviations: Mapping[str, str] | None = None,
                 head_nouns: frozenset[str] = frozenset(), title_aliases: Mapping[str, str] | None = None) -> None:
        self.kb = kb
        self.official = official
        self.title_aliases = title_aliases or {}
        self.head_nouns = head_nouns
        self.abbreviations = abbreviations or {}
        self._name_keys: dict[str, str] = {}
        self._alias_keys: dict[str, tuple[str, ...]] = {}
        keys: dict[str, tuple[str, ...]] = {}
        for role in kb.roles.values():
            names = [role_key(name, spellings) for name in (role.name,) + role.aliases]
            self._name_keys[role.id], self._alias_keys[role.id] = names[0], tuple(names[1:])
            for key in names:
                if key and key not in kb.ambiguous:
                    keys[key] = (role.id,)
        # 'getting into deep learning engineering': the field an engineer's name implies.
        for key, ids in list(keys.items()):
            if key.endswith(" engineer"):
                keys.setdefault(key + "ing", ids)
        for word, ids in kb.ambiguous.items():
            keys[role_key(word, spellings)] = tuple(ids)
        self.exact = keys
        # 'dataarchitect', 'machinelearning engineer': the same names without spaces.
        self.joined = {key.replace(" ", ""): ids for key, ids in keys.items()}
        # 'engineer machine learning': the same words in another order.
        self.unordered = {" ".join(sorted(key.split())): ids for key, ids in keys.items() if " " in key}
        self.max_words = max((key.count(" ") + 1 for key in keys), default=1)
        self.vocabulary = frozenset(w for key in keys for w in key.split())
        # Choices for fuzzy run-together words, bucketed by length so a lookup scans few of them.
        self._joined_by_len: dict[int, list[str]] = defaultdict(list)
        for joined in self.joined:
            self._joined_by_len[len(joined)].append(joined)
        self.names = {role.id: role.name for role in kb.roles.values()}
        self.fuzzy_joined = lru_cache(maxsize=4096)(self._fuzzy_joined)  # per index, freed with it
        # The official tier: O*NET titles, alternate and reported titles. Codes a curated role is the
        # same occupation as resolve to that role ('database architect' -> data-architect).
        self.covered = {link.code: role.id for role in kb.roles.values() for link in role.official
                        if link.relation == "same"}
        # Words that head several curated names ('engineer', 'manager') ask which curated kind instead.
        self.curated_heads = frozenset(key.split()[-1] for key in self._name_keys.values())
        self.official_ids = lru_cache(maxsize=8192)(self._official_ids)
        self.curated_words = self.max_words
        self.title_words = official.title_words if official is not None else frozenset()
        self.alias_words = frozenset(w for key in self.title_aliases for w in key.split())
        if official is not None:
            self.max_words = max(self.max_words, MAX_TITLE_WORDS)
        self.activities = self._activities(self.title_words)
        self._kin: dict[str, tuple[str, ...]] | None = None
        self._kind_cache: dict[str, frozenset[str]] = {}
        self._name_codes: dict[str, frozenset[str]] | None = None  # a word of O*NET names -> their codes
        self._titles_by_word: dict[str, tuple[str, ...]] | None = None  # a word -> the O*NET title keys with it
        self._run_together: dict[str, str] | None = None  # 'copyeditor' -> 'copy editor'

    @staticmethod
    def _activities(title_words: frozenset[str]) -> dict[str, str]:
        """'coding' -> 'coder', 'driving' -> 'driver', 'tutoring' -> 'tutor': the work a title's last word
        does, so that 'medical coding' and 'truck driving' name Medical Coders and Truck Drivers. Used only
        after another title word: 'coding' alone is a skill, not a job."""
        out: dict[str, str] = {"work": "worker"} if "worker" in title_words else {}  # 'care work', 'social work'
        if "manager" in title_words:
            out["management"] = "manager"  # 'revenue management', 'facilities management'
        if "therapist" in title_words:
            out["therapy"] = "therapist"  # 'massage therapy', 'occupational therapy'
        if "controller" in title_words:
            out["control"] = "controller"  # 'air traffic control'
        if "repairer" in title_words:
            out["repair"] = "repairer"  # 'watch repair', 'appliance repair'
        for word in sorted(title_words):
            if word.endswith(("er", "or")) and len(word) > 4:
                for form in (word[:-2] + "ing", word + "ing"):
                    out.setdefault(form, word)
        return out

    def _fuzzy_joined(self, word: str) -> tuple[str, ...] | None:
        """A long run-together word close to a name without spaces ('dataarchitcet')."""
        edits = allowed_edits(word)
        if len(word) < 8 or not edits:
            return None
        choices = [c for n in range(len(word) - edits, len(word) + edits + 1) for c in self._joined_by_len.get(n, ())]
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=edits)
        return self.joined[found[0]] if found else None

    def _official_ids(self, key: str) -> tuple[tuple[str, ...], str] | None:
        """The occupations an O*NET title key names, best evidence first, and that evidence's kind.

        A general title that also names its specialties ('nurse': Registered Nurses and Critical Care
        Nurses) is the general occupation; among the rest only the best kind of evidence counts
        (an official or reported title before an alternate one); six at most.
        """
        if self.official is None:
            return None
        key = self._title_key(key)
        words = key.split()
        if key in NOT_ABBREVIATED:
            return None  # (O*NET shortens 'central office operator' to 'co op'; people mean a cooperative)
        longer = self._lengthened(words)
        if key not in self.official.titles:
            # (an everyday name with its last word shortened: 'mech design engg' is the alias 'mech design engineer')
            key = self._title_key(longer) if longer else longer
            if key not in self.official.titles and len(words) > 1 and words[0] in FIRST_WORD_FORMS:
                key = " ".join([FIRST_WORD_FORMS[words[0]]] + words[1:])  # 'tech recruiter': technical recruiter
            if key not in self.official.titles:
                return None
        elif longer in self.official.titles and self._strength(longer) < self._strength(key):
            key = longer  # 'ultrasound tech' (a short title of two) is 'ultrasound technician' (a reported one)
        if " " not in key and key in self.curated_heads and len(self.exact.get(key, ())) != 1:
            return None  # 'engineer' heads several curated names; 'statistician' is one ('statistics' names it)
        entries = self.official.titles[key]
        codes = {code for code, _ in entries}
        folded: dict[str, str] = {}
        for code, kind in entries:
            general = code[:-2] + "00"  # (not into an 'All Other': 'naturopath' is Naturopathic Physicians, .01)
            # (nor a specialty's own name: 'freight forwarder' is Freight Forwarders, .01)
            code = general if general in codes and code[5:7] != "99" and kind != "t" else code
            if code not in folded or KIND_RANK[kind] < KIND_RANK[folded[code]]:
                folded[code] = kind
        best = min(KIND_RANK[kind] for kind in folded.values())
        codes_ = [code for code, kind in folded.items() if KIND_RANK[kind] == best]
        # A sibling of the same broad group that only weaker evidence names still wins when it employs far
        # more people: 'social worker' is reported for three kinds, but Child, Family, and School Social
        # Workers (an alternate title) employ twice as many as the biggest of them.
        groups = {code[:6] for code in codes_}
        siblings = [code for code, kind in folded.items() if KIND_RANK[kind] > best and code[:6] in groups
                    and "All Other" not in self.official.names[code]] \
            if len(groups) == 1 and KINDS[best] != "t" and not (
                len(codes_) == 1 and set(words) <= set(role_key(self.official.names[codes_[0]]).split())) else []
        # (a title in the words of its occupation's name is that occupation: 'calibration technician' is
        # Calibration Technologists and Technicians, not the electronics technicians employing more)
        if siblings:
            employment = self.official.employment
            top = max(siblings, key=lambda c: employment(c) or 0)
            if (employment(top) or 0) >= DOMINANT_KIN * max((employment(c) or 0) for c in codes_):
                codes_ = [top]
        if len(codes_) > 1:  # a title an 'All Other' shares with a named occupation is the named one's: its own
            # kind ('naturopath') or another ('demand planner': Logisticians, not Business Operations Specialists,
            # All Other, however many more people that catch-all counts)
            named_ = [c for c in codes_ if "All Other" not in self.official.names[c]]
            if len(named_) == 1 and len(words) > 1:  # (one word, 'technician', names too many kinds to tell)
                codes_ = named_
            else:
                codes_ = [c for c in codes_ if not ("All Other" in self.official.names[c]
                                                    and any(o != c and o[:7] == c[:7] for o in codes_))]
        if 1 < len(codes_) <= DESCRIBED_AMONG and len(words) > 1 and KINDS[best] == "a":
            # 'cleaning supervisor' (an alternate title of three kinds of supervisor): the one whose description
            # holds the title's other words, Housekeeping and Janitorial, before the one employing most
            described = [c for c in codes_ if set(words[:-1]) <= self.description_words(ONET_PREFIX + c)]
            if len(described) == 1:
                codes_ = described
        if len(codes_) > 1 and len(words) > 2:
            # 'loss prevention officer' (four occupations report it): the one whose name holds the title's
            # qualifying words, Retail Loss Prevention Specialists, before the security guards employing more
            qualified = [c for c in codes_ if set(words[:-1]) <= set(role_key(self.official.names[c]).split())]
            if len(qualified) == 1:
                codes_ = qualified
        if len(codes_) > 1:  # one occupation employing most of the people with the title is the one meant
            jobs = sorted(((self.official.employment(c) or 0, c) for c in codes_), reverse=True)
            kin = jobs[0][1][:4] == jobs[1][1][:4]  # 'truck driver': heavy (2.1M) before light (1.0M) truck drivers
            if jobs[0][0] >= (DOMINANT_KIN if kin else DOMINANT) * max(jobs[1][0], 1):
                codes_ = [jobs[0][1]]
            else:  # 'cnc machinist': of the occupations reporting it, only Machinists has the word in its name
                head = longer.split()[-1] if longer and key == longer else words[-1]
                named = [c for c in codes_ if head in role_key(self.official.names[c]).split()]
                if len(named) > 1:  # 'security supervisor': only Supervisors of Security Workers has every word
                    named = [c for c in named if set(words) <= set(role_key(self.official.names[c]).split())]
                if len(named) == 1:
                    codes_ = named
        if len(words) == 1 and KINDS[best] == "a":
            codes_ = self._named_by_plural(words[0], codes_)
        ids = tuple(dict.fromkeys(self.covered.get(code, ONET_PREFIX + code) for code in codes_))
        return ids[:MAX_CANDIDATES], KINDS[best]

    def _named_by_plural(self, word: str, codes: list[str]) -> list[str]:
        """'scout': an alternate title of Agricultural Workers, All Other (5,000 people), but the people of Coaches
        and Scouts (250,000) by the occupation's own name. A one-word alternate title that another occupation's
        name holds as its people, and that occupation employs far more, is that occupation."""
        assert self.official is not None
        employment = self.official.employment
        named = [c for c in self._names_index().get(singular(word), ()) if c not in codes
                 and any(w != singular(w) and singular(w) == singular(word) for w in words_of(self.official.names[c]))]
        if len(named) != 1:
            return codes
        if (employment(named[0]) or 0) >= DOMINANT * max((employment(c) or 0) for c in codes):
            return named
        return codes

    def _strength(self, key: str) -> int:
        """The best kind of evidence for an O*NET title key: 0 an official title, higher is weaker."""
        assert self.official is not None
        return min(KIND_RANK[kind] for _, kind in self.official.titles[key])

    def _pick_by_title(self, words: list[str], candidates: tuple[str, ...]) -> str | None:
        """'high school' among teachers: 'high school teacher' is an O*NET title of one candidate."""
        if self.official is None or not all(c.startswith(ONET_PREFIX) for c in candidates):
            return None
        # In the candidates' order (a set's order changes from run to run: the choice must not).
        heads = self._heads(candidates)
        reply = [w for w in words if w not in ROLE_FILLERS and w not in ("one", "kind", "type", "like", "the", "and")]
        if not reply:
            return None
        # the whole reply first, then its longest run of words that makes a title with the head noun: 'she
        # teaches in high school, mathematics' holds 'high school (teacher)'
        runs = [reply] + [reply[i:i + n] for n in (3, 2) if n < len(reply) for i in range(len(reply) - n + 1)]
        for run in runs:
            for head in heads:
                for key in (" ".join(run + [head]), " ".join(run) if run is reply else ""):
                    if key and key in self.official.titles:
                        found = [ONET_PREFIX + code for code, _ in self.official.titles[key]
                                 if ONET_PREFIX + code in candidates]
                        if found:
                            return found[0]
        return None

    def named_with(self, qualifier: str, head: str) -> str | None:
        """The one occupation whose O*NET name has both words ('power' + 'dispatcher': Power Distributors and
        Dispatchers; 'airline' + 'pilot'), as a role id; None when none or several have."""
        if self.official is None:
            return None
        names = self._names_index()
        both = names.get(singular(qualifier), frozenset()) & names.get(singular(head), frozenset())
        if len(both) != 1:
            return None
        code = next(iter(both))
        # the head must name the people of the occupation, as O*NET's names do in the plural ('Dispatchers'): not
        # 'Criminal Justice ... Teachers' for 'criminal justice'
        if not any(w != singular(w) and singular(w) == singular(head) for w in words_of(self.official.names[code])):
            return None
        return self.covered.get(code, ONET_PREFIX + code)

    def _names_index(self) -> Mapping[str, frozenset[str]]:
        """A word of O*NET's occupation names -> the codes whose names have it; built on first use (most messages
        never need it)."""
        if self._name_codes is None:
            assert self.official is not None
            found: dict[str, set[str]] = defaultdict(set)
            for code, name in self.official.names.items():
                for word in role_key(name).split():
                    found[word].add(code)
            self._name_codes = {w: frozenset(c) for w, c in found.items()}
        return self._name_codes

    def _lengthened(self, words: Sequence[str]) -> str:
        """The key with its last word said in full: a short form ('mech design engg') or, after another word, an
        activity ('bus driving': 'bus driver'); '' when there is none."""
        full = self.abbreviations.get(words[-1]) or (
            self.activities.get(words[-1]) if len(words) > 1 and words[0] not in NOT_BEFORE_ACTIVITY else None)
        return " ".join([*words[:-1], full]) if full else ""

    def _aliased(self, key: str) -> bool:
        """An everyday name the language file gives, typed whole or by its activity or short form ('pattern
        making' for the alias 'pattern maker')."""
        return key in self.title_aliases or self._lengthened(key.split()) in self.title_aliases

    def _title_key(self, key: str) -> str:
        """The key O*NET's titles are indexed by: an everyday name read as its title ('pen tester' -> 'penetration
        tester'), British spellings the American way ('harbour pilot', 'labourer') when only that is a title."""
        assert self.official is not None
        key = self.title_aliases.get(key, key)
        if key not in self.official.titles:
            spelled = " ".join(american(w) for w in key.split())
            key = spelled if spelled in self.official.titles else key
        return key

    def _titled_and_named(self, title: str, word: str) -> set[str]:
        """The codes of the occupations titled ``title`` whose O*NET names have ``word`` (already normalised)."""
        assert self.official is not None
        return {code for code, _ in self.official.titles[title]} & self._names_index().get(word, frozenset())

    def titled_with(self, qualifier: str, head: str) -> str | None:
        """The one occupation titled ``head`` (any kind of O*NET title) whose name has the qualifier: 'telecom
        lineman' (Telecommunications Line Installers and Repairers, not the power lineworkers). (A qualifier
        found in the occupations' other titles was measured too: it took 'criminal justice associates' for
        judges.)"""
        if self.official is None or head not in self.official.titles:
            return None
        word = singular(QUALIFIER_FORMS.get(qualifier, american(qualifier)))
        both = self._titled_and_named(head, word)
        if len(both) > 1:  # 'secondary math teacher': Secondary School Teachers, not Adult Secondary Education
            both = {code for code in both if role_key(self.official.names[code]).startswith(word + " ")}
        if len(both) != 1:
            return None
        code = next(iter(both))
        return self.covered.get(code, ONET_PREFIX + code)

    def titled_kinds(self, words: str) -> tuple[str, ...]:
        """Every occupation O*NET gives this title, of any kind of title ('social worker': four kinds)."""
        if self.official is None:
            return ()
        key = self._title_key(role_key(words))
        return tuple(self.covered.get(code, ONET_PREFIX + code) for code, _ in self.official.titles.get(key, ()))

    def names_shared(self, word: str, title: str) -> bool:
        """Several occupations titled ``title`` have ``word`` in their O*NET names ('school' for 'math teacher')."""
        if self.official is None or title not in self.official.titles:
            return False
        return len(self._titled_and_named(title, singular(american(word)))) >= 2

    def _heads(self, candidates: tuple[str, ...]) -> dict[str, None]:
        """The head nouns of the candidates' titles ('teacher'), in the candidates' order (a set's order changes
        from run to run: a choice made from them must not)."""
        return dict.fromkeys(head for c in candidates if (head := title_head(self.display_name(c))))

    def completed_title(self, words: Sequence[str], candidates: tuple[str, ...]) -> str | None:
        """A reply to 'which one?' read with the head noun the candidates share: 'primary school' after 'which
        teacher?' is 'primary school teacher', by any name the index knows (titles, everyday names); it may name
        a kindred occupation that was not offered ('sorry, I mean kindergarten')."""
        heads = list(self._heads(candidates))
        if len(heads) != 1 or heads[0] in words or len(words) > 5:
            return None
        tokens = list(words) + heads
        found = [m for m in self.find(tokens) if not m.ambiguous and m.end == len(tokens)]
        # The reply is the title's first words, after nothing but 'sorry, I mean' and the like.
        if not found or set(tokens[:found[-1].start]) - REPLY_FILLERS:
            return None
        return found[-1].roles[0]

    def name_key(self, role_id: str) -> str:
        if role_id in self._name_keys:
            return self._name_keys[role_id]
        if self.official is not None and role_id.startswith(ONET_PREFIX):
            return role_key(self.official.names.get(role_id[len(ONET_PREFIX):], ""))
        return ""

    def display_name(self, role_id: str) -> str:
        if role_id in self.names:
            return self.names[role_id]
        if self.official is not None and role_id.startswith(ONET_PREFIX):
            return self.official.names.get(role_id[len(ONET_PREFIX):], role_id)
        return role_id

    def find(self, words: list[str], sentence_starts: frozenset[int] = frozenset()) -> list[RoleMention]:
        """Role mentions in ``words`` (singular, corrected), longest and most specific first, in order; none
        across the start of a sentence."""
        slots = [(i, w) for i, w in enumerate(words) if w not in ROLE_FILLERS]
        found: list[tuple[int, int, bool, int, tuple[str, ...], str]] = []
        n = len(slots)
        # A span can be an O*NET title only while every word is a title word (or a short form): this
        # keeps 57,000 titles from costing a lookup per span of every message.
        titled = [w in self.title_words or w in self.abbreviations or w in self.alias_words or w in self.activities
                  or american(w) in self.title_words for _, w in slots]  # ('harbour' as O*NET's 'harbor')
        # Likewise a curated name: every word is a word of the curated names (or a short form).
        named = [w in self.vocabulary or w in self.abbreviations for _, w in slots]
        # Curated keys (exact, reordered) are made of curated words only: a span with another word skips them.
        in_curated = [w in self.vocabulary for _, w in slots]
        # 'how does this service work': a verb, not the work of a service worker
        # ('that line of work', 'out of work': work itself, not a line worker's)
        verb = [w == "work" and (bool(DO_WORDS & set(words[max(0, i - 3):i])) or words[i - 1:i] == ["of"])
                for i, w in slots]
        for a in range(n):
            all_titled = all_named = all_curated = True
            span: list[str] = []
            for b in range(a + 1, min(n, a + self.max_words + 1) + 1):
                if b - a > 1 and sentence_starts and any(slots[a][0] < k <= slots[b - 1][0] for k in sentence_starts):
                    break
                all_titled = all_titled and titled[b - 1]
                all_named = all_named and named[b - 1]
                but_last, all_curated = all_curated, all_curated and in_curated[b - 1]
                span.append(slots[b - 1][1])
                joined = "".join(span)
                if b - a > 1 and not (all_named or all_titled or joined in self.joined):
                    break  # no name or title holds this word: no longer span will either
                if b - a > self.curated_words and not all_titled:
                    break
                key = " ".join(span)
                ids = (self.exact.get(key) if all_curated else None) or self.joined.get(joined)
                if ids is None and b - a > 1 and but_last and span[-1] in self.abbreviations:  # 'deep learning eng'
                    ids = self.exact.get(" ".join(span[:-1] + [self.abbreviations[span[-1]]]))
                in_order = ids is not None
                if ids is None and b - a > 1 and all_curated and slots[b - 1][0] - slots[a][0] == b - a - 1:
                    # Reordered words must stand together: 'engineer, machine learning', but not
                    # 'ai architect and ml' (two roles joined by 'and').
                    ids = self.unordered.get(" ".join(sorted(span)))
                if ids is None and b - a == 1 and span[0] not in self.vocabulary:
                    ids = self.fuzzy_joined(span[0])
                if ids is None and b - a == 1 and not titled[a] and (two := self.run_together(span[0])):
                    ids, kind = self.official_ids(two) or (None, "")  # 'copyeditor': a copy editor
                    if ids is not None:
                        found.append((a, b, True, len(two), ids, kind))
                        continue
                if ids is None and b - a > 1 and span[-1] == "management" and all_curated:
                    ids = self.exact.get(" ".join(span[:-1] + ["manager"]))  # 'data management': Data Manager
                kind = "curated"
                # 'collections management systems': a kind of software, not the manager; 'in health tech': an
                # industry, not a technician; 'i work CCTV control room': a place of work, not a controller
                thing = (span[-1] == "management" and b < n and slots[b][1] in MANAGED_THINGS) or (
                    b < n and slots[b][1] == "room") or (
                    span[-1] == "tech" and slots[a][0] > 0 and words[slots[a][0] - 1] == "in")
                # 'deputy manager', 'head gardener': a rank before a job noun is no job of its own (a deputy sheriff)
                rank = b - a == 1 and span[0] in RANK_WORDS and b < n and slots[b][1] in self.head_nouns
                if ids is None and all_titled and not verb[b - 1] and not thing and not rank \
                        and (official := self.official_ids(key)) is not None:
                    ids, kind = official
                    # An alternate title read from loose words must end in a job noun and hold no
                    # filler: 'pick up', 'lot in tech' and 'cheers mate' name nobody's job.
                    if kind in WEAK_KINDS and not self._aliased(key) and b - a < WHOLE_TITLE_WORDS and (
                            slots[b - 1][0] - slots[a][0] != b - a - 1
                            or (self.head_nouns and self.activities.get(span[-1], span[-1]) not in self.head_nouns
                                and american(span[-1]) not in self.head_nouns  # ('organiser': O*NET's 'organizer')
                                and self.title_aliases.get(span[-1]) not in self.head_nouns  # 'large animal vet'
                                and span[-1] not in self.abbreviations
                                and not (b - a > 1 and (span[-1] in (PERSON_TAILS | THING_HEADS) or (
                                    len(span[-1]) > PERSON_WORD_LEN and span[-1].endswith(PERSON_ENDINGS)))))):
                        ids = None
                if ids is not None:
                    found.append((a, b, in_order, len(key), ids, kind))
        # An alternate O*NET title must not swallow a curated name inside it ('senior data analyst').
        curated = [(a, b) for a, b, _, _, ids, kind in found if kind == "curated" and len(ids) == 1]
        found = [m for m in found if m[5] not in WEAK_KINDS
                 or not any(m[0] <= a and b <= m[1] and (a, b) != (m[0], m[1]) for a, b in curated)]
        # A title read across 'and' must not cut a job named after the 'and' in two: 'clinical informatics and
        # nurse educator' is two things, not a Clinical Informatics Nurse and an 'educator'.
        found = [m for m in found if not any(
            m[0] < a < m[1] < b and (in_order or kind != "curated") and "and" in words[slots[m[0]][0]:slots[a][0]]
            for a, b, in_order, _, _, kind in found)]  # (not a curated name read backwards: 'architect ai')
        # Longest match wins ('lead machine learning engineer' is not 'machine learning engineer'),
        # then words in their usual order ('ai architect and data architect' is not 'architect data').
        found.sort(key=lambda m: (-(m[1] - m[0]), not m[2], -m[3], m[0]))
        taken: set[int] = set()
        mentions = []
        for a, b, _, _, ids, kind in found:
            if taken.isdisjoint(range(a, b)):
                taken.update(range(a, b))
                start, end = slots[a][0], slots[b - 1][0] + 1
                mentions.append(RoleMention(start, end, ids, " ".join(words[start:end]), kind != "curated"))
        return sorted(mentions, key=lambda m: m.start)

    def family(self, head: str) -> tuple[str, ...]:
        """Roles whose name ends in ``head`` ('engineer' -> every engineer), in name order."""
        return tuple(sorted((r for r, key in self._name_keys.items() if key.split()[-1] == head),
                            key=lambda r: self.names[r]))

    def aliases_of(self, role_id: str) -> tuple[str, ...]:
        """The other names a curated role is known by, as keys ('ai pm', 'ml product manager')."""
        return self._alias_keys.get(role_id, ())

    def misspelt_job(self, word: str) -> list[RoleMention]:
        """'chaplian', 'plumbr': a word shaped like a job that no title has, one typing slip (a letter missed,
        added, changed or two swapped) from exactly one job noun of O*NET's titles, read as that job."""
        if len(word) < MIN_MISSPELT or word in self.title_words:
            return []
        near = [n for n in self.head_nouns if abs(len(n) - len(word)) <= 1 and n[0] == word[0]
                and OSA.distance(n, word, score_cutoff=1) <= 1]
        if len(near) != 1:
            return []
        found = self.find([near[0]])
        return found if len(found) == 1 else []

    def guessed(self, words: Sequence[str]) -> RoleMention | None:
        """A job name no title has, read by its words: 'tyre fitter' is the occupation most of whose titles
        hold a describing word ('tire') and end in the head noun or one doing the same work ('changer',
        'repairer'), by a clear margin over the next; None when no occupation stands out."""
        if self.official is None or len(words) < 2 or set(words) <= self.vocabulary:
            return None  # ('governance manager', a curated name shortened, is the conversation's to settle)
        head = american(words[-1])
        heads = {head, *HEAD_KIN.get(head, ())}
        if not heads & self.head_nouns and head not in HEAD_KIN:
            return None  # 'pharmacy counter' ends in no job
        describing = {american(w) for w in words[:-1]} - ROLE_FILLERS - RANK_WORDS
        counts: dict[str, int] = defaultdict(int)
        by: dict[str, set[str]] = defaultdict(set)  # the describing words that name each occupation
        for word in describing:
            for key in self.titles_with(word):
                if key.split()[-1] in heads:
                    for code in {code[:-2] + "00" if code[5:7] != "99" else code
                                 for code, _ in self.official.titles[key]}:
                        counts[code] += 1
                        by[code].add(word)
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] < GUESS_MARGIN * ranked[1][1]) \
                or "All Other" in self.official.names.get(ranked[0][0], "All Other") \
                or by[ranked[0][0]] != describing:  # 'reach truck driver' is no truck driver
            return None
        code = ranked[0][0]
        return RoleMention(0, len(words), (self.covered.get(code, ONET_PREFIX + code),), " ".join(words), True)

    def run_together(self, word: str) -> str | None:
        """'copyeditor': the two-word O*NET title ending in a job noun ('copy editor'), typed as one word."""
        if self._run_together is None:
            self._run_together = {key.replace(" ", ""): key for key in (self.official.titles if self.official else ())
                                  if key.count(" ") == 1 and key.split()[1] in self.head_nouns
                                  and len(key.split()[0]) >= 3}
        return self._run_together.get(word) if len(word) >= MIN_MISSPELT else None

    def titles_with(self, word: str) -> tuple[str, ...]:
        """The O*NET title keys holding ``word``."""
        if self._titles_by_word is None:
            found: dict[str, list[str]] = defaultdict(list)
            for key in self.official.titles if self.official is not None else ():
                for w in set(key.split()):
                    found[w].append(key)
            self._titles_by_word = {w: tuple(keys) for w, keys in found.items()}
        return self._titles_by_word.get(word, ())

    def catch_alls_only(self, roles: Sequence[str]) -> bool:
        """Every one of the roles is an O*NET 'All Other' occupation."""
        return self.official is not None and all(
            r.startswith(ONET_PREFIX) and "All Other" in self.official.names.get(r[len(ONET_PREFIX):], "")
            for r in roles)

    def most_employed(self, roles: Sequence[str]) -> str:
        """Of O*NET occupations sharing a title, the one BLS counts most people in (the first when none is
        counted): what a title of several kinds is answered as ('cloud engineer')."""
        employment = self.official.employment if self.official is not None else (lambda code: None)
        # (a curated role among them counts no one: BLS counts occupations, not profiles)
        return max(roles, key=lambda r: (employment(r[len(ONET_PREFIX):]) or 0) if r.startswith(ONET_PREFIX) else 0)

    def supervisor_of(self, role_id: str) -> str | None:
        """The O*NET occupation of the first-line supervisors of a job's workers ('onet:49-9052.00', a telecom
        line installer: First-Line Supervisors of Mechanics, Installers, and Repairers); None for a job whose
        group has none (nurses, analysts) or for a supervisor."""
        code = role_id.removeprefix(ONET_PREFIX)
        if code == role_id or code[3] == "1":
            return None
        prefix = max((k for k in SUPERVISORS if code.startswith(k)), key=len, default=None)
        return ONET_PREFIX + SUPERVISORS[prefix] if prefix else None

    def led_by(self, role_id: str) -> str | None:
        """The lead of a job, where one is its own role: the machine learning engineer's lead ML engineer."""
        wanted = "lead " + self.name_key(role_id)
        return next((r for r, key in self._name_keys.items() if key == wanted), None)

    def closest(self, phrase: str, limit: int = 3, cutoff: float = 80.0) -> list[str]:
        """Known roles whose names are really close to an unknown role phrase ('software engineer')."""
        key = role_key(phrase)
        if not key:
            return []
        found = process.extract(key, self._name_keys, scorer=fuzz.token_sort_ratio, limit=limit,
                                score_cutoff=cutoff)
        return [role_id for _, _, role_id in found]

    def pick(self, words: Iterable[str], candidates: tuple[str, ...], choices: Mapping[str, int]) -> str | None:
        """Which of ``candidates`` a reply like 'the AI one', 'data' or '2' chooses, if any.

        'the engineering side' names the engineer; 'product side, not research' leaves research out."""
        typed = list(words)  # 'the HR one': human resources ('is HR one of them?' asks no choice)
        said = [part for i, w in enumerate(typed) for part in (
            SHORT_FIELDS.get(w, (w,)) if typed[i + 1:i + 2] == ["one"] and typed[i + 2:i + 3] != ["of"] else (w,))]
        words = [self.abbreviations.get(w, w) for i, w in enumerate(said)
                 if not (i and said[i - 1] in ("not", "no")) and w not in ("not", "no")]
        chosen: list[tuple[int, int]] = []  # (how surely it points, index)
        for i, word in enumerate(words):
            index = choices.get(word)
            if index is None and word.isdigit() and 1 <= int(word) <= len(candidates):
                index = int(word)  # '5' of a list of six
            if index is None:
                continue
            # '2' on its own, or an ordinal with 'one'/'the': 'the first one', 'tell me about the second';
            # 'and second?' on its own. Beside 'the' or 'one' it surely points: in 'what should I learn first for
            # the second one' the first 'first' is no choice.
            beside = (i and words[i - 1] in ARTICLES_BEFORE_A_CHOICE) or words[i + 1:i + 2] == ["one"]
            ordinal = not word.isdigit() and ("one" in words or beside or len(words) <= 3)
            # a number after 'about' or 'number': 'tell me more about 2', 'number 3 please'
            named = word.isdigit() and i > 0 and words[i - 1] in ("about", "number", "no", "option")
            if ordinal or (word.isdigit() and len(words) <= 3) or named:
                chosen.append((0 if beside or word.isdigit() else 1, index))
        for _, index in sorted(chosen, key=lambda c: c[0]):
            if index == -1:
                return candidates[-1]
            if 1 <= index <= len(candidates):
                return candidates[index - 1]
        titled = self._pick_by_title(words, candidates)
        if titled:
            return titled
        present = set(words)
        shared = set.intersection(*(set(self.name_key(c).split()) for c in candidates))
        best: tuple[float, str] | None = None
        tie = False
        for role_id in candidates:
            score = 0.0
            for name in (self.name_key(role_id),) + self._alias_keys.get(role_id, ()):
                # 'Secondary School Teachers, Except Special and Career/Technical Education': the words after
                # 'except' name what it is not ('secondary, chemistry' is not special education)
                own = set(name.split(" except ")[0].split()) - shared
                if own and own & present:
                    score = max(score, len(own & present) / len(own))
            if score and (best is None or score > best[0]):
                best, tie = (score, role_id), False
            elif best is not None and score == best[0]:
                tie = True
        return None if best is None or tie else best[1]

    def pick_by_description(self, words: list[str], candidates: tuple[str, ...]) -> str | None:
        """'the hospital one' (healthcare social workers), 'the one with dashboards' (BI analyst): the one
        candidate whose description alone has the reply's words."""
        wanted = {w for w in words if len(w) > 3 and w not in DESCRIBING_FILLERS}
        if not wanted:
            return None
        found = [c for c in candidates if wanted & self.description_words(c)]
        return found[0] if len(found) == 1 else None

    def settle(self, m: RoleMention, tokens: Sequence[str], plain: frozenset[str]) -> RoleMention:
        """'teaching, secondary school, 15 years': an ambiguous job word settled by the message's other words when
        they name one kind of it best: among the candidates and the O*NET occupations whose titles end in the same
        noun, the one whose title has them; a tie goes to the kind employing far more. A curated word's
        clarification stays: against 'analyst' in data, everyday words ('coming from retail management') would
        pick a sense nobody meant. ``plain`` are words that describe no job ('salary', 'the')."""
        heads = list(self._heads(m.roles))
        if self.official is None or not all(o.startswith(ONET_PREFIX) for o in m.roles):
            return m
        outside = [w for i, w in enumerate(tokens) if not m.start <= i < m.end]
        # A whole message holds words about the person ('my family'): only a title's words settle it. Kinds named
        # by different nouns ('sales rep': Retail Salespersons, Sales Representatives, Wholesale ...) are settled
        # among themselves.
        kin = self.kin(heads[0]) if len(heads) == 1 else ()
        found = self._described_kind(m.roles + kin, outside, plain | set(heads), titled=True)
        return replace(m, roles=(found,)) if found else m

    def resettled(self, m: RoleMention, tokens: Sequence[str], plain: frozenset[str]) -> RoleMention:
        """'deckhand on a fishing boat': a title several O*NET occupations report, read as the one employing most
        (Sailors and Marine Oilers), is another of them when the message's other words are in that one's name
        (Fishing and Hunting Workers). Job nouns ('workers') are no evidence."""
        if self.official is None:
            return m
        key = self._title_key(" ".join(w for w in m.words.split() if w not in ROLE_FILLERS))
        options = {self.covered.get(code, ONET_PREFIX + code) for code, _ in self.official.titles.get(key, ())}
        if len(options) < 2 or len(options) > MAX_CANDIDATES or m.roles[0] not in options \
                or not all(o.startswith(ONET_PREFIX) for o in options):
            return m
        # Evidence is a word of the other's name that says nothing of the one read ('medical' is in the paramedics'
        # description as much as in Emergency Medical Technicians), nor is the title's own ('farm' of 'farmer').
        # Only the words next to the title say where it is done: the one before, or a place after 'on', 'at', 'in'.
        said = [_stem(w) for w in m.words.split()]
        if set(said[:-1]) & self._title_words(m.roles[0]):
            return m  # 'continuous miner operator' is in the words of Continuous Mining Machine Operators
        near = list(tokens[max(0, m.start - 1):m.start])
        if tokens[m.end:m.end + 1] in (["on"], ["at"], ["in"], ["aboard"]):
            near += tokens[m.end + 1:m.end + 4]
        evidence = {_stem(w) for w in near if len(w) > 3 and w.isalpha()
                    and w not in self.head_nouns and w not in plain and w not in DESCRIBING_FILLERS} \
            - self._kind_words(m.roles[0])
        evidence = {w for w in evidence if not any(s.startswith(w) or w.startswith(s) for s in said)}
        named = [o for o in sorted(options) if evidence & self._title_words(o)
                 and "All Other" not in self.official.names[o[len(ONET_PREFIX):]]]
        return replace(m, roles=(named[0],)) if len(named) == 1 else m

    def other_kind(self, roles: tuple[str, ...], words: Sequence[str], plain: frozenset[str]) -> str | None:
        """'the mental health one' after Child, Family, and School Social Workers, 'the organisational kind' when
        asked which psychologist: the occupation whose title ends in the same noun as ``roles``' titles,
        described by the reply's words."""
        heads = list(self._heads(roles))
        if len(heads) != 1 or self.official is None or not all(r.startswith(ONET_PREFIX) for r in roles):
            return None
        return self._described_kind(self.kin(heads[0]), words, plain | set(heads))

    def _described_kind(self, options: Iterable[str], words: Iterable[str], plain: Set[str],
                        titled: bool = False) -> str | None:
        """The O*NET occupation among ``options`` the ``words`` describe best: words in its title first, then in
        its description and tools; a tie goes to one employing far more."""
        assert self.official is not None
        evidence = {_stem(w) for w in words
                    if len(w) > 3 and w.isalpha() and w not in plain and w not in DESCRIBING_FILLERS}
        kinds = [o for o in dict.fromkeys(options) if o.startswith(ONET_PREFIX)]
        scores = {o: (len(evidence & self._title_words(o)), len(evidence & self._kind_words(o))) for o in kinds}
        best = max(scores.values(), default=(0, 0))
        if best == (0, 0) or (titled and not best[0]):
            return None
        employment = self.official.employment
        tier = sorted((o for o, score in scores.items() if score == best),
                      key=lambda o: -(employment(o[len(ONET_PREFIX):]) or 0))
        if len(tier) > 1:
            jobs = [employment(o[len(ONET_PREFIX):]) or 0 for o in tier[:2]]
            if jobs[0] < DOMINANT_KIN * max(jobs[1], 1):
                return None
        return tier[0]

    def kin(self, head: str) -> tuple[str, ...]:
        """O*NET occupations whose titles end in ``head`` ('architect': Architects, Landscape Architects, Naval
        Architects...), as role ids."""
        if self._kin is None:
            assert self.official is not None
            kin: dict[str, list[str]] = defaultdict(list)
            for code, name in sorted(self.official.names.items()):
                if noun := title_head(name):
                    kin[noun].append(self.covered.get(code, ONET_PREFIX + code))
            self._kin = {noun: tuple(ids) for noun, ids in kin.items()}
        return self._kin.get(head, ())

    def _title_words(self, role_id: str) -> frozenset[str]:
        assert self.official is not None
        return frozenset(map(_stem, role_key(self.official.names[role_id[len(ONET_PREFIX):]]).split()))

    def _tool_words(self, role_id: str) -> frozenset[str]:
        assert self.official is not None
        return frozenset(_stem(singular(w)) for example, *_ in self.official.occupation(role_id[len(ONET_PREFIX):]).tech
                         for w in words_of(example)) | self._title_words(role_id)

    def _kind_words(self, role_id: str) -> frozenset[str]:
        """The words that describe a kind of job: its names, description and (O*NET) tools."""
        if role_id not in self._kind_cache:
            found = set(map(_stem, self.description_words(role_id)))
            if role_id in self.kb.roles:
                found.update(_stem(w) for key in (self._name_keys[role_id],) + self._alias_keys[role_id]
                             for w in key.split())
            elif self.official is not None and role_id.startswith(ONET_PREFIX):
                found.update(self._tool_words(role_id))
            self._kind_cache[role_id] = frozenset(found)
        return self._kind_cache[role_id]

    def description_words(self, role_id: str) -> frozenset[str]:
        """The singular words of what the role is (a profile's tagline and summary, an occupation's description)."""
        role = self.kb.roles.get(role_id)
        if role is not None:
            text = f"{role.tagline} {role.summary.text}"
        elif self.official is not None and role_id.startswith(ONET_PREFIX):
            occupation = self.official.occupation(role_id[len(ONET_PREFIX):])
            text = f"{occupation.title} {occupation.description}"
        else:
            return frozenset()
        return frozenset(singular(w) for w in words_of(text))
