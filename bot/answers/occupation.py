"""Answers about any O*NET occupation (role ids ``onet:<code>``), from the official tier only.

Every sentence with a figure says what it measures (which group, year, place) and cites its source:
O*NET 29.2 (CC BY 4.0, modified: selected and reduced), BLS OEWS May 2024 and BLS Employment
Projections 2024–34, Table 1.2. Nothing here is written by hand per occupation, and no number is
derived from another: each figure shown is one the source states.

The same pieces (wages, projections, entry requirements) give curated roles their official figures.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..knowledge.official import OfficialData, Occupation, Projection, Wages
from .fit import more_note
from .reply import Block, Item

PREFIX = "onet:"
SRC_ONET, SRC_OEWS, SRC_EP = "onet-29.2", "bls-oews-2024", "bls-ep-2024-34"
_FOR_EXAMPLE = re.compile(r"\s*For example, [^.]*\.")
ONET_TITLE = ("O*NET 29.2 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), "
              "used under CC BY 4.0; modified: selected and reduced. O*NET® is a trademark of USDOL/ETA")
OEWS = "BLS OEWS May 2024"
EP = "BLS Employment Projections 2024–34"
TOP_CODE = "at or above $239,200"             # OEWS top code for annual figures ('#')
TOP_CODE_HOURLY = "at or above $115.00"
SHORT_LIST = 5                 # task statements a short answer shows
SHORT_RATINGS = (4, 3)         # skills and knowledge a short answer shows (an unrated occupation's neighbour: 4, 2)
SHORT_SHARES = 3               # the most common answers on the education the job requires
SHORT_RELATED = 6              # related occupations a short answer numbers
HOT_MEANS = ("\"Hot technology\" is O*NET's flag for technologies frequently mentioned in employer job postings.")


def is_onet(role_id: str) -> bool:
    return role_id.startswith(PREFIX)


def code_of(role_id: str) -> str:
    return role_id[len(PREFIX):]


def onet_id(code: str) -> str:
    return PREFIX + code


def source_titles(official: OfficialData) -> dict[str, str]:
    """Titles for the source ids official answers cite (used when the knowledge base has no such source)."""
    return {SRC_ONET: ONET_TITLE, SRC_OEWS: official.sources.get("oews", OEWS),
            SRC_EP: official.sources.get("projections", EP)}


def dollars(amount: int) -> str:
    return f"${amount:,}"


def wage_text(w: Wages, field: str) -> str:
    """A wage as BLS publishes it: the amount, the top code, or 'not published'."""
    value = getattr(w, field)
    if value is not None:
        return f"${value:,.2f}" if field == "hourly_median" else dollars(value)
    if field in w.top_coded:
        return TOP_CODE_HOURLY if field == "hourly_median" else TOP_CODE
    return "not published by BLS"


def thousands(value: float) -> str:
    return f"{value:,.1f} thousand"


def signed(value: float, unit: str = "") -> str:
    return f"{value:+,.1f}{unit}"


def measured_as(title: str, soc: str, group: bool) -> str:
    """'Plumbers (SOC 47-2152)' or 'the wider occupation X (SOC 13-1020)'."""
    return f"the wider occupation {title} (SOC {soc})" if group else f"{title} (SOC {soc})"


@dataclass(frozen=True)
class Figure:
    """One official figure that can be compared like with like: what, source, year, place, value."""

    measure: str        # 'median annual wage'
    source: str         # 'BLS OEWS May 2024'
    value: float
    text: str           # '$62,970'
    row: str            # the source row it comes from: SOC code + title
    row_title: str

    @property
    def kind(self) -> tuple[str, str]:
        return self.measure, self.source


def median_wage(occ: Occupation) -> Figure | None:
    w = occ.wages
    if w is None or w.median is None:
        return None
    return Figure("median annual wage", OEWS, w.median, dollars(w.median), w.soc, w.title)


def projected_change(occ: Occupation) -> Figure | None:
    p = occ.projection
    if p is None or p.change_pct is None:
        return None
    return Figure("projected employment change 2024–34", EP, p.change_pct, signed(p.change_pct, "%"), p.soc, p.title)


class OccupationAnswers:
    """One method per topic intent: (code, refs, detail) -> blocks, like the curated renderers."""

    def __init__(self, official: OfficialData, covered: Mapping[str, str],
                 name: Callable[[str], str]) -> None:
        self.official = official
        self.covered = covered      # O*NET code -> curated role id that is the same occupation
        self.name = name            # role id -> display name

    def occupation(self, code: str) -> Occupation:
        return self.official.occupation(code)

    def role_id(self, code: str) -> str:
        """The id to offer for an O*NET code: the curated role that covers it, else onet:<code>."""
        return self.covered.get(code, onet_id(code))

    # --- pieces shared with curated roles --------------------------------------------------------

    def wage_items(self, occ: Occupation, refs, full: bool = True) -> tuple[Item, ...]:
        w = occ.wages
        if w is None:
            return ()
        r = refs([SRC_OEWS])
        items = [Item(wage_text(w, "median"), "Median annual wage", r),
                 Item(wage_text(w, "mean"), "Mean annual wage", r)]
        if full:
            items.append(Item(f"{wage_text(w, 'p25')} to {wage_text(w, 'p75')}", "25th–75th percentile", r))
        items.append(Item(f"{wage_text(w, 'p10')} to {wage_text(w, 'p90')}", "10th–90th percentile", r))
        if full:
            items.append(Item(wage_text(w, "hourly_median"), "Median hourly wage", r))
        if w.employment is not None:
            items.append(Item(f"{w.employment:,}", "Employment", r))
        return tuple(items)

    def wage_scope(self, occ: Occupation) -> str:
        """What the wage figures measure: which group, year, place."""
        w = occ.wages
        assert w is not None
        if w.group:
            return f"{OEWS}, measured by BLS as {measured_as(w.title, w.soc, True)}: all U.S. workers in it"
        return f"{OEWS}: all U.S. workers in the occupation {w.title} (SOC {w.soc})"

    def projection_items(self, occ: Occupation, refs) -> tuple[Item, ...]:
        p = occ.projection
        if p is None:
            return ()
        r = refs([SRC_EP])
        items = []
        if p.employment_2024 is not None and p.employment_2034 is not None:
            items.append(Item(f"{thousands(p.employment_2024)} jobs in 2024, projected {thousands(p.employment_2034)} "
                              "in 2034", "Employment", r))
        if p.change_thousands is not None and p.change_pct is not None:
            items.append(Item(f"{signed(p.change_thousands)} thousand jobs ({signed(p.change_pct, '%')})",
                              "Change 2024–34", r))
        if p.openings_thousands is not None:
            items.append(Item(f"{thousands(p.openings_thousands)} a year on average (new jobs plus replacing workers "
                              "who leave)", "Openings", r))
        return tuple(items)

    def projection_scope(self, p: Projection) -> str:
        if p.group:
            return f"{EP} (Table 1.2), projected by BLS as {measured_as(p.title, p.soc, True)}"
        return f"{EP} (Table 1.2), {p.title} (SOC {p.soc}), United States"

    def against_average(self, occ: Occupation, refs) -> Block | None:
        p = occ.projection
        avg = self.official.average_growth.get("change_pct")
        if p is None or p.change_pct is None or avg is None:
            return None
        if p.change_pct > avg:
            relation = "faster than"
        elif p.change_pct < avg:
            relation = "slower than"
        else:
            relation = "the same as"
        return Block("text", f"That is {relation} the projected change for all occupations, {signed(avg, '%')} over "
                             "the same period.", refs=refs([SRC_EP]))

    def entry_items(self, p: Projection | None, refs) -> tuple[Item, ...]:
        if p is None:
            return ()
        r = refs([SRC_EP])
        pairs = (("Typical entry-level education", p.entry_education),
                 ("Work experience in a related occupation", p.experience),
                 ("Typical on-the-job training", p.training))
        return tuple(Item(value, label, r) for label, value in pairs if value)

    def entry_line(self, p: Projection, refs) -> Block:
        """BLS's entry requirements in one line, each labelled: a short answer's form of ``entry_items``."""
        scope = measured_as(p.title, p.soc, True) if p.group else p.title
        pairs = (("typical entry-level education", p.entry_education),
                 ("work experience in a related occupation", p.experience),
                 ("typical on-the-job training", p.training))
        said = "; ".join(f"{label}: {value.lower()}" for label, value in pairs if value)
        return Block("text", f"What BLS says it typically takes ({EP}, for {scope}): {said}.", refs=refs([SRC_EP]))

    def entry_heading(self, p: Projection) -> str:
        scope = f", for {measured_as(p.title, p.soc, True)}" if p.group else ""
        return f"What BLS says it typically takes ({EP}{scope})"

    # --- the topics -----------------------------------------------------------------------------------

    def overview(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", occ.title), Block("text", occ.description, refs=refs([SRC_ONET]))]
        w = occ.wages
        items = []
        if w is not None and w.employment is not None:
            items.append(Item(f"{w.employment:,}", "Employment", refs([SRC_OEWS])))
        if w is not None:
            items.append(Item(wage_text(w, "median"), "Median annual wage", refs([SRC_OEWS])))
        if items:
            blocks.append(Block("list", f"In figures, {self.wage_scope(occ)}", tuple(items)))
        else:
            blocks.append(Block("note", self._no_wages(occ)))
        if occ.job_zone is not None and occ.job_zone in self.official.job_zones:
            blocks.append(Block("text", f"Preparation: {self.official.job_zones[occ.job_zone]['name']}.",
                                refs=refs([SRC_ONET])))
        return blocks

    def responsibilities(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"{occ.title}: responsibilities")]
        if not occ.tasks:
            return blocks + [Block("text", f"O*NET 29.2 lists no task statements for {occ.title}.",
                                   refs=refs([SRC_ONET]))]
        shown = occ.tasks if detail else occ.tasks[:SHORT_LIST]
        r = refs([SRC_ONET])
        core = tuple(Item(t, refs=r) for t, is_core in shown if is_core)
        other = tuple(Item(t, refs=r) for t, is_core in shown if not is_core)
        if core:
            blocks.append(Block("list", "Core tasks (O*NET task statements rated most relevant to the job)", core))
        if other:
            blocks.append(Block("list", "Other tasks" if core else "Tasks (O*NET task statements)", other))
        return blocks + more_note(len(occ.tasks) - len(shown), f"all responsibilities of {occ.title}")

    def tools(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"{occ.title}: tools and technology")]
        if not occ.tech:
            return blocks + [Block("text", f"O*NET 29.2 lists no technology for {occ.title}.", refs=refs([SRC_ONET]))]
        hot = list(dict.fromkeys(name for name, _, is_hot, _ in occ.tech if is_hot))
        other = list(dict.fromkeys(name for name, _, is_hot, _ in occ.tech if not is_hot and name not in hot))
        r = refs([SRC_ONET])
        limits = (len(hot), len(other)) if detail else (10, SHORT_LIST)
        left = 0
        for heading, names, limit in (("Hot technologies", hot, limits[0]), ("Other technology", other, limits[1])):
            if names:
                blocks.append(Block("list", heading, (Item(", ".join(names[:limit]), refs=r),)))
                left += max(0, len(names) - limit)
        if hot:
            blocks.append(Block("note", HOT_MEANS, key="hot-technology"))
        return blocks + more_note(left, f"all tools of {occ.title}")

    def neighbour(self, occ: Occupation) -> tuple[Occupation, str] | None:
        """A rated occupation to show for an unrated one, never invented: the same SOC occupation first, then
        the same SOC broad group, O*NET's related occupations before others; else the first rated related one."""
        order = list(occ.related) + [c for c in self.official.names if c not in occ.related]
        for size, why in ((7, "which O*NET files under the same SOC occupation"),
                          (6, "in the same SOC group")):
            for code in order:
                if code != occ.code and code[:size] == occ.code[:size] and self.occupation(code).rated:
                    also = ", which O*NET also lists as related" if size == 6 and code in occ.related else ""
                    return self.occupation(code), why + also
        for code in occ.related:
            if self.occupation(code).rated:
                return self.occupation(code), "which O*NET lists as related"
        return None

    def _ratings(self, occ: Occupation, refs, limits: tuple[int, int] | None, whose: str) -> tuple[list[Block], int]:
        """Skills and knowledge, most important first: all of them, or the first ``limits``; and how many are
        left out. A short answer says in its first heading what the two ratings measure."""
        r = refs([SRC_ONET])
        blocks = []
        left = 0
        for n, (heading, rows) in enumerate((("Skills", occ.skills), ("Knowledge", occ.knowledge))):
            ranked = sorted(rows, key=lambda row: -row[1])
            shown = ranked if limits is None else ranked[:limits[n]]
            left += len(ranked) - len(shown)
            items = tuple(Item(f"importance {imp:.2f} of 5, level {level:.2f} of 7", name, r)
                          for name, imp, level in shown)
            means = " (O*NET rates importance to the job 1–5, level needed 0–7)" if limits and not n else ""
            blocks.append(Block("list", f"{heading}{whose}, most important first{means}", items))
        return blocks, left

    def skills(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"{occ.title}: skills")]
        left = 0
        if occ.rated:
            more, left = self._ratings(occ, refs, None if detail else SHORT_RATINGS, "")
            blocks += more
        else:
            near = self.neighbour(occ)
            unrated = f"O*NET 29.2 has not rated the skills and knowledge of {occ.title}"
            if near:
                other, why = near
                blocks.append(Block("text", f"{unrated}. Ratings of a neighbouring occupation, {other.title} "
                                            f"({other.code}), {why}:", refs=refs([SRC_ONET])))
                more, left = self._ratings(other, refs, None if detail else (SHORT_RATINGS[0], SHORT_RATINGS[1] - 1),
                                           f" of {other.title}")
                blocks += more
            else:
                blocks.append(Block("text", f"{unrated}.", refs=refs([SRC_ONET])))
        if detail:
            blocks.append(Block("note", "O*NET rates each skill's importance to the job (1–5) and the level it "
                                        "needs (0–7).", key="onet-ratings"))
        return blocks + more_note(left, f"all skills of {occ.title}")

    def education(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"{occ.title}: education")]
        if occ.projection is not None:
            blocks.append(Block("list", self.entry_heading(occ.projection), self.entry_items(occ.projection, refs)))
        answered = [(category, pct) for category, pct in occ.education if pct > 0]
        common = answered if detail else sorted(answered, key=lambda row: -row[1])[:SHORT_SHARES]
        shares = tuple(Item(f"{pct:g}%", category, refs([SRC_ONET])) for category, pct in common)
        if shares:
            most = "" if detail else ", the most common answers"
            blocks.append(Block("list", "Education the job requires, as O*NET's surveyed workers answered "
                                        f"(share of respondents{most})", shares))
        zone = self.official.job_zones.get(occ.job_zone) if occ.job_zone is not None else None
        if zone:
            blocks.append(Block("text", f"{zone['name']}: {zone['education']}", refs=refs([SRC_ONET])))
        if len(blocks) == 1:
            blocks.append(Block("text", f"The official data has no education figures for {occ.title}.",
                                refs=refs([SRC_ONET])))
        return blocks + more_note(len(answered) - len(common), f"full education for {occ.title}")

    def salary(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"{occ.title}: salary")]
        if occ.wages is None:
            return blocks + [Block("text", self._no_wages(occ), refs=refs([SRC_OEWS]))]
        blocks.append(Block("list", f"Wages, {self.wage_scope(occ)}", self.wage_items(occ, refs)))
        blocks.append(Block("note", "Half of the workers earn more than the median, half less. OEWS counts wage and "
                                    "salary workers, not the self-employed.", key="median-means"))
        return blocks

    def _no_wages(self, occ: Occupation) -> str:
        military = " (OEWS does not cover the armed forces)" if occ.code.startswith("55-") else ""
        return f"BLS OEWS (May 2024) publishes no wage figures for {occ.title}{military}, so I give none."

    def outlook(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"{occ.title}: outlook")]
        p = occ.projection
        if p is None:
            military = " (the projections do not cover the armed forces)" if occ.code.startswith("55-") else ""
            return blocks + [Block("text", f"{EP} has no projection for {occ.title}{military}, so I give none.",
                                   refs=refs([SRC_EP]))]
        blocks.append(Block("list", f"Projections, {self.projection_scope(p)}", self.projection_items(occ, refs)))
        average = self.against_average(occ, refs)
        if average:
            blocks.append(average)
        blocks.append(Block("note", "Projections are BLS's estimates for the whole occupation, not a forecast of any "
                                    "one person's chances.", key="projections-mean"))
        return blocks

    def industries(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        return [Block("title", f"{occ.title}: industries"),
                Block("text", f"The official data I use (O*NET 29.2 and BLS national figures) does not say which "
                              f"industries employ {occ.title}.", refs=refs([SRC_ONET, SRC_OEWS])),
                Block("text", "It can tell you what the work involves, its tools, skills and education, pay "
                              "(May 2024) and the 2024–34 outlook.")]

    def getting_started(self, code: str, refs, detail: bool) -> list[Block]:
        occ = self.occupation(code)
        blocks = [Block("title", f"How to become one of the {occ.title}")]
        if occ.projection is not None:
            blocks.append(Block("list", self.entry_heading(occ.projection), self.entry_items(occ.projection, refs)))
        zone = self.official.job_zones.get(occ.job_zone) if occ.job_zone is not None else None
        if zone:
            r = refs([SRC_ONET])
            # without the zone's example of another job ('For example, surgeons must complete ...'), which read
            # as said of this one
            experience = _FOR_EXAMPLE.sub("", zone["experience"]).strip()
            blocks.append(Block("list", f"O*NET {zone['name']}", (Item(experience, "Experience", r),
                                                                 Item(zone["job_training"], "Training", r))))
        if len(blocks) == 1:
            blocks.append(Block("text", f"The official data has no entry requirements for {occ.title}.",
                                refs=refs([SRC_ONET])))
        return blocks

    def similar(self, code: str, refs, detail: bool = False) -> tuple[list[Block], tuple[str, ...]]:
        """O*NET's related occupations, numbered (the first ``SHORT_RELATED`` unless ``detail``), and the ids
        numbered: the choices offered are the ones shown."""
        occ = self.occupation(code)
        ids = tuple(dict.fromkeys(self.role_id(c) for c in occ.related))
        title = Block("title", f"Occupations related to {occ.title}")
        if not ids:
            return [title, Block("text", f"O*NET 29.2 lists no related occupations for {occ.title}.",
                                 refs=refs([SRC_ONET]))], ()
        shown = ids if detail else ids[:SHORT_RELATED]
        r = refs([SRC_ONET])
        items = tuple(Item(self.name(role_id), label=str(i), refs=r) for i, role_id in enumerate(shown, 1))
        return [title, Block("list", "O*NET's related occupations", items),
                Block("note", "Reply with a number to hear more about one of them.")] + more_note(
                    len(ids) - len(shown), f"all occupations related to {occ.title}"), shown


# A full stop that ends no sentence: 'a U.S. Postal Service post office', 'e.g. lathes', 'St. Louis'.
SENTENCE_END = re.compile(r"(?<!\bU\.S)(?<!\be\.g)(?<!\bi\.e)(?<!\bSt)(?<!\bNo)(?<!\bvs)\.\s+(?=[A-Z(])")


def first_sentence(text: str) -> str:
    end = SENTENCE_END.search(text)
    return text if end is None else text[:end.start() + 1]


def names_of(items: Iterable[tuple[str, float, float]], n: int) -> Sequence[str]:
    return [name for name, _, _ in sorted(items, key=lambda row: -row[1])[:n]]


AGENT_ENDINGS = ("er", "or", "ist")  # 'researcher' does research, 'designer' design, 'planner' plans


def _activities(word: str) -> set[str]:
    """The word and what its doer does: 'researcher' -> research, 'planner' -> plan."""
    out = {word}
    for ending in AGENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[:-len(ending)]
            out |= {base, base[:-1]} if len(base) > 4 and base[-1] == base[-2] else {base}
    return out


def closest_task(occ: Occupation, name: str) -> str | None:
    """The task statement of ``occ`` that names what a job name O*NET files under it does, beyond the
    occupation's own title: 'ux researcher' under Web and Digital Interface Designers -> 'Conduct user research
    ...'. Whole words only ('designer' is design, not 'designed to promote'); None when no task names it."""
    own = set(occ.title.lower().replace(",", " ").split())
    wanted = set().union(*(_activities(w) for w in name.lower().split() if len(w) > 3 and w not in own
                           and w.rstrip("s") not in own))
    if not wanted:
        return None
    best, shared = None, 0
    for task, _core in occ.tasks:  # core tasks first: a tie goes to the more central task
        said = {w.strip(".,;:()").removesuffix("s") for w in task.lower().split()}
        found = len(wanted & said)
        if found > shared:
            best, shared = task, found
    return best
