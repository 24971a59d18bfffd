"""What the direct answers look up: a role's profile and facts, the official occupation standing for it,
its BLS entry requirements. Shared by the answer modules of each kind of question.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.profiles import Fact, RoleProfile
from ..normalise import LazyPattern
from .occupation import EP, SRC_EP, code_of, is_onet
from .wording import cite, joined

if TYPE_CHECKING:
    from ..knowledge.official import Occupation, Projection
    from .compose import Composer


class Lookup:
    """The knowledge behind the direct answers, with the fact searches cached."""

    def __init__(self, composer: Composer) -> None:
        self.c = composer
        self.kb = composer.kb
        # (role id, pattern) -> the role, and its facts (or other profiles' facts naming it) the pattern finds:
        # the profiles never change, and searching each of their ~100 facts took most of such an answer.
        self._found: dict[tuple[str, str, bool], tuple[RoleProfile, tuple[Fact, ...]]] = {}

    def projection(self, role_id: str) -> tuple[Projection | None, str]:
        """The official entry requirements standing for a role, and the row's title."""
        occ = self.occupation(role_id)
        p = occ.projection if occ else None
        return p, (p.title if p else "")

    def occupation(self, role_id: str) -> Occupation | None:
        if is_onet(role_id):
            official = self.c.official
            return official.occupation(code_of(role_id)) if official is not None and self.c._onet(role_id) else None
        linked = self.c._link(self.kb.role(role_id))
        return linked[1] if linked else None

    def role(self, role_id: str) -> RoleProfile | None:
        return None if is_onet(role_id) else self.kb.roles.get(role_id)

    def facts(self, role: RoleProfile) -> list[Fact]:
        return list(role.education + role.getting_started + role.insights + role.technical_skills
                    + role.soft_skills + role.responsibilities + role.outlook)

    def matching(self, role: RoleProfile, pattern: LazyPattern, naming: bool = False) -> list[Fact]:
        """``[f for f in self.facts(role) if pattern.search(f.text)]`` (``naming``: ``self._naming(role,
        pattern)``), worked out once per role and pattern."""
        key = (role.id, pattern.pattern, naming)
        found = self._found.get(key)
        if found is None or found[0] is not role:
            facts = self._naming(role, pattern) if naming else [f for f in self.facts(role) if pattern.search(f.text)]
            found = self._found[key] = (role, tuple(facts))
        return list(found[1])

    def _naming(self, role: RoleProfile, pattern: LazyPattern) -> list[Fact]:
        """Facts of other profiles that name this role and match ``pattern`` ('... before transitioning to
        a data architect role' in the Machine Learning Data Architect article)."""
        names = {role.name.lower()} | {alias.lower() for alias in role.aliases}
        longer = [r.name.lower() for r in self.kb.roles.values() if r.id != role.id
                  and any(n in r.name.lower() for n in names)]
        out = []
        for other in self.kb.roles.values():
            if other.id == role.id:
                continue
            for fact in other.education + other.getting_started + other.insights:
                text = fact.text.lower()
                for name in longer:
                    text = text.replace(name, " ")
                # named as where the move leads ('to a data architect role'), not as where it starts ('beginning
                # with ... data analysis' names no way to become a data analyst)
                if pattern.search(fact.text) and any(re.search(
                        rf"\b(?:to|become|becoming|into) (?:an? |the )?{re.escape(n)}s?\b|\b{re.escape(n)}s? "
                        rf"(?:role|position)", text) for n in names):
                    out.append(fact)
        return out

    def bls_entry(self, role_id: str, refs) -> str | None:
        p, title = self.projection(role_id)
        if p is None or not p.entry_education:
            return None
        parts = [f"{p.entry_education.lower()} as the typical entry-level education"]
        if p.experience:
            parts.append(f"{'no' if p.experience == 'None' else p.experience.lower()} work experience in a related "
                         "occupation")
        if p.training and p.training != "None":  # 'apprenticeship' is how a plumber gets in
            parts.append(f"{p.training.lower()} as the typical on-the-job training")
        return f"BLS lists {joined(parts)} (for {title}, {EP}) {cite(refs([SRC_EP]))}"


class Part:
    """One kind of direct answer, over the shared ``Lookup``: ``c`` the composer, ``kb`` the profiles."""

    def __init__(self, look: Lookup) -> None:
        self.look = look
        self.c = look.c
        self.kb = look.kb
