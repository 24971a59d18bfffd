"""Small pieces of wording the answers share: a list joined with 'and', a quoted fact, source numbers."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..knowledge.profiles import Fact


def a(name: str) -> str:
    """'a Data Architect', 'an AI Architect', 'an ML engineer', 'an NLP Engineer': by sound, not letter."""
    first = name.split()[0] if name.split() else name
    vowel_sound = (first[0].lower() in "aeio" or (first.isupper() and first[0] in "FHLMNRSX")
                   or first.startswith("MLOps"))
    return f"{'an' if vowel_sound else 'a'} {name}"


def joined(names: Sequence[str], conjunction: str = "and") -> str:
    names = list(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}" if names else ""


def quote(fact: Fact, refs) -> str:
    return f"“{fact.text.rstrip('.')}” {cite(refs(fact.sources))}"


def cite(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


def taken_as(words: str, kind: str = "this kind") -> str:
    """After an own job of several kinds taken as the first ('I'm a teacher'): what was assumed, to correct."""
    return f" (“{words}” read as {kind}: say if yours is another)" if words else ""


def plural(name: str) -> bool:
    """An O*NET title names the workers ('Actuaries', 'Registered Nurses'); a profile names one ('Statistician')."""
    last = name.split(",")[0].split()[-1] if name.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "is", "us"))


def agreeing(name: str, singular: str, plural_form: str) -> str:
    """'Actuaries fit better', 'Statistician fits better'."""
    return f"{name} {plural_form if plural(name) else singular}"


def either_or_any(roles) -> str:
    """'either' of two roles, 'any of them' of more: 'none of my sources sets an age limit for either'."""
    return "either" if len(set(roles)) == 2 else "any of them"
