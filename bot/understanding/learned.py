"""A second opinion on the intent: a linear model learned from labelled messages (``intents/_learned.json``).

The hand-set keywords and phrases know the words someone thought of; the learned weights know the words
people used in about 10,000 labelled messages ('is 150k realistic', 'what comes after', 'hands-on or all
meetings'). Measured by training without one labelled set and scoring it (when it was added, with 5,300
messages): on the set no rule was tuned on (set 8) single messages went from 84.6% to 89.8% understood and
dialogue turns from 80.3% to 81.4%; on the sets the rules were tuned on, from -0.6 to +1.7 points.
The weights are data, made by ``scripts/learn_intents.py``: multinomial logistic regression over the words
and word pairs of a message that are not part of a role name, plus a few flags (how many roles, a question
mark, a tool or a place named, the person's own job).
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..errors import DataError, Problem

if TYPE_CHECKING:
    from .parse import Parse

MODEL_FILE = "_learned.json"
FORMAT = 2   # 2: with the conversation's context as features


@dataclass(frozen=True)
class Context:
    """What the model knows of the conversation: the last question's intent, how many roles it was about,
    and whether a clarifying question is waiting. A first message has none of them."""

    last_intent: str = ""
    focus: int = 0
    pending: bool = False


FIRST = Context()


def features(p: Parse, context: Context = FIRST) -> frozenset[str]:
    """What the model looks at: the words and word pairs outside role names, a few flags, and the context
    ('and for nurses?' after a pay question is about pay; 'pays better, which?' after two roles compares)."""
    rest = p.rest
    out = set(rest)
    out.update(f"{a} {b}" for a, b in zip(rest, rest[1:], strict=False))
    roles = len(p.resolved) + bool(p.ambiguous) + bool(p.unknown_role)
    out.add(f"#roles{min(roles, 2)}")
    flags = {"#q": p.question, "#tool": p.tools_named, "#place": p.places, "#own": p.own}
    out.update(flag for flag, present in flags.items() if present)
    out.add("#bias")
    last = context.last_intent or "none"
    out.add(f"@last={last}")
    out.add(f"@focus={min(context.focus, 2)}")
    if context.pending:
        out.add("@pending")
    if context.focus:  # the same words ask differently with a role in context and a role named, or not
        out.add(f"@last={last}&roles{min(roles, 2)}")
    return frozenset(out)


@dataclass(frozen=True)
class IntentModel:
    intents: tuple[str, ...]
    weights: Mapping[str, Sequence[Sequence[float]]]   # feature -> [index into intents, weight] pairs

    def scores(self, found: Iterable[str]) -> list[float]:
        """Each intent's score (in ``intents`` order): the sum of the found features' weights."""
        scores = [0.0] * len(self.intents)
        get = self.weights.get
        for feature in found:
            row = get(feature)
            if row:  # the indexes were checked as ints on loading
                for i, weight in row:
                    scores[i] += weight  # type: ignore[call-overload]  # i is an int (checked on loading)
        return scores

    def probabilities(self, found: Iterable[str]) -> dict[str, float]:
        scores = self.scores(found)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.intents, exps, strict=True)}

    def predict(self, p: Parse, context: Context = FIRST) -> tuple[str, float]:
        """The intent the model finds likeliest for the message in its context, and its probability (on every
        message, so without building the whole distribution)."""
        scores = self.scores(features(p, context))
        best = max(range(len(scores)), key=lambda i: (scores[i], self.intents[i]))
        top = scores[best]
        return self.intents[best], 1.0 / sum(math.exp(s - top) for s in scores)


def load_model(path: Path, known_intents: Iterable[str]) -> IntentModel | None:
    """The model at ``path``; None when the intent set has none. A broken file is a DataError naming it."""
    if not path.is_file():
        return None
    problems: list[Problem] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DataError([Problem(path.name, "", f"cannot be read as JSON: {error}")], "intent model") from None
    known = set(known_intents) | {"unknown"}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        problems.append(Problem(path.name, "format", f"expected a JSON object with format {FORMAT}; "
                                                     "rebuild it with scripts/learn_intents.py"))
    else:
        intents: list[str] = data.get("intents") or []
        if not isinstance(intents, list) or not intents or not all(isinstance(i, str) for i in intents):
            problems.append(Problem(path.name, "intents", "expected a list of intent names"))
        elif set(intents) - known:
            problems.append(Problem(path.name, "intents", f"names intents the bot does not have: "
                                                          f"{', '.join(sorted(set(intents) - known))}"))
        weights = data.get("weights")
        if not isinstance(weights, dict):
            problems.append(Problem(path.name, "weights", "expected a mapping of feature -> [[intent, weight], ...]"))
        elif not problems:
            n = len(intents)
            # Checked as read (not copied into tuples): loading stays a few milliseconds.
            for feature, row in weights.items():
                if not isinstance(row, list) or not row or not all(
                        isinstance(pair, list) and len(pair) == 2 and type(pair[0]) is int and 0 <= pair[0] < n
                        and type(pair[1]) in (int, float) and math.isfinite(pair[1]) for pair in row):
                    problems.append(Problem(path.name, f"weights.{feature}",
                                            "expected [intent index, finite weight] pairs"))
            if not problems:
                return IntentModel(tuple(intents), MappingProxyType(weights))
    raise DataError(problems, "intent model")
