"""Role profiles: the knowledge base as frozen dataclasses (no I/O here)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

GROUPS = ("architecture", "engineering", "science", "analytics", "management", "leadership")
GROUP_TITLES = {
    "architecture": "Architecture",
    "engineering": "Engineering",
    "science": "Science & research",
    "analytics": "Analytics",
    "management": "Management",
    "leadership": "Leadership",
}
EDUCATION_KINDS = ("degree", "certification", "training", "experience")
SALARY_WHATS = ("salary", "base_salary", "total_compensation", "additional_cash", "stock", "bonus", "wage")
SALARY_STATS = ("average", "mean", "median", "range", "average_range", "up_to", "top_10_percent",
                "percentile_10", "percentile_90")
RANGE_STATS = ("range", "average_range", "up_to")
# Figures that describe a typical pay level, so two roles can be ranked by them.
CENTRAL_STATS = ("average", "mean", "median")
PAY_WHATS = ("salary", "base_salary", "total_compensation", "wage")  # not a bonus or stock on its own


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    kind: str  # article | statistics | editorial
    file: str | None = None
    superseded_by: str | None = None   # statistics: the current edition of the same statistics


@dataclass(frozen=True)
class Fact:
    """A sentence the knowledge base states, with the sources that state it."""

    text: str
    sources: tuple[str, ...]
    kind: str | None = None   # education: degree/certification/...; insights: the topic


@dataclass(frozen=True)
class ToolGroup:
    category: str
    names: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SalaryFigure:
    what: str
    stat: str
    currency: str
    period: str
    region: str
    year: int | None
    sources: tuple[str, ...]
    amount: int | None = None
    min: int | None = None
    max: int | None = None
    scope: str | None = None
    note: str | None = None
    quotes: tuple[str, ...] = ()  # the cited articles' own words holding the figure, one per article

    @property
    def central(self) -> int | None:
        """A single typical figure for ranking, or None when this is not one."""
        return self.amount if self.stat in CENTRAL_STATS and self.what in PAY_WHATS else None


@dataclass(frozen=True)
class GrowthFigure:
    start: int
    end: int
    sources: tuple[str, ...]
    percent: float | None = None
    percent_min: float | None = None
    percent_max: float | None = None
    scope: str | None = None
    region: str | None = None
    cited: str | None = None
    quotes: tuple[str, ...] = ()  # the cited articles' own words holding the figure, one per article


OFFICIAL_RELATIONS = ("same", "close")


@dataclass(frozen=True)
class OfficialLink:
    """An official occupation (O*NET-SOC code) whose figures stand for a curated role.

    ``same``: the role is that occupation (its titles resolve to the role). ``close``: no official
    statistic measures the role alone; this is the closest category, for the ``reason`` shown to the reader.
    ``chosen_by``: ``onet`` when O*NET itself files one of the role's titles under the code, ``team``
    when the team chose it through a related title.
    """

    code: str
    relation: str
    reason: str
    chosen_by: str = "onet"


@dataclass(frozen=True)
class RoleProfile:
    id: str
    name: str
    group: str
    tagline: str
    aliases: tuple[str, ...]
    summary: Fact
    responsibilities: tuple[Fact, ...]
    technical_skills: tuple[Fact, ...]
    soft_skills: tuple[Fact, ...]
    education: tuple[Fact, ...]
    tools: tuple[ToolGroup, ...]
    industries: tuple[Fact, ...]
    related: tuple[str, ...]
    outlook: tuple[Fact, ...] = ()
    growth: tuple[GrowthFigure, ...] = ()
    salaries: tuple[SalaryFigure, ...] = ()
    getting_started: tuple[Fact, ...] = ()
    insights: tuple[Fact, ...] = ()
    interests: tuple[str, ...] = ()   # what people who fit the role like or know (for recommend)
    official: tuple[OfficialLink, ...] = ()   # official categories, most relevant first
    file: str = ""


@dataclass(frozen=True)
class KnowledgeBase:
    roles: Mapping[str, RoleProfile]
    sources: Mapping[str, Source]
    ambiguous: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    merges: tuple = ()   # bot.knowledge.dedupe.Merge: near-identical list items the loader kept as one

    def role(self, role_id: str) -> RoleProfile:
        return self.roles[role_id]

    def source_title(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return source.title if source else source_id
