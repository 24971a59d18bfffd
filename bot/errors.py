"""The errors the library raises; front ends turn them into messages that say what to do."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file: where it is and what to do about it."""

    file: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class DataError(Exception):
    """The knowledge base or the intent definitions are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem], what: str = "knowledge base") -> None:
        self.problems = list(problems)
        self.what = what
        super().__init__(self.report())

    def report(self) -> str:
        lines = [f"The {self.what} is invalid ({len(self.problems)} problem"
                 f"{'s' if len(self.problems) != 1 else ''}):"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)
