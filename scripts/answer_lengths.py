"""How long the answers are: p50/p90/max characters and non-blank lines of the plain text (``to_text``) per intent.

Lines are counted as a person reads them: every non-blank line, the sources included, the terminal's
"Next:" line (the buttons under a Telegram answer) left out.

Every curated role and every O*NET occupation for each topic intent (the default answer, without
"all …"), every pair of curated roles for comparisons (without an aspect, and on each compared aspect),
every triple of a fixed sample, and a fixed sample of O*NET pairs.

    .venv/bin/python scripts/answer_lengths.py [--limits]
"""
from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.answers.render import to_text  # noqa: E402
from bot.catalogue import COMPARED_ASPECTS, TOPICS  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.understanding.understand import Understanding  # noqa: E402

ONET_PAIRS = 60
SEED = 11


def cases(engine: Engine):
    """(group, Understanding) for every measured answer."""
    curated = sorted(engine.kb.roles)
    onet = sorted(f"onet:{code}" for code in engine.official.names) if engine.official else []
    for intent in TOPICS:
        for role in curated + onet:
            yield intent, Understanding(intent, (role,))
    for role in curated + onet:
        yield "similar", Understanding("similar", (role,))
    pairs = list(itertools.combinations(curated, 2))
    rng = random.Random(SEED)
    pairs += [tuple(rng.sample(onet, 2)) for _ in range(ONET_PAIRS)]
    pairs += [(rng.choice(curated), rng.choice(onet)) for _ in range(ONET_PAIRS)]
    for pair in pairs:
        yield "compare", Understanding("compare", pair)
        for aspect in COMPARED_ASPECTS:
            yield f"compare:{aspect}", Understanding("compare", pair, aspect=aspect)
    for triple in itertools.islice(itertools.combinations(curated, 3), 0, None, 23):
        yield "compare (3 roles)", Understanding("compare", triple)


def line_count(text: str) -> int:
    """Non-blank lines of an answer's plain text rendered without its next steps (``to_text(reply, False)``)."""
    return sum(1 for line in text.splitlines() if line.strip())


def lengths(engine: Engine) -> dict[str, list[tuple[int, int]]]:
    """group -> (characters, non-blank lines) of each answer."""
    out: dict[str, list[tuple[int, int]]] = {}
    for group, u in cases(engine):
        reply = engine.composer.compose(u)
        out.setdefault(group, []).append((len(to_text(reply)), line_count(to_text(reply, with_actions=False))))
    return out


def percentile(values: list[int], p: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    engine = Engine.load()
    print(f"{'':<30}{'characters':^21}{'lines':^15}")
    print(f"{'intent':<22}{'answers':>8}{'p50':>7}{'p90':>7}{'max':>7}{'p50':>5}{'p90':>5}{'max':>5}")
    for group, pairs in lengths(engine).items():
        chars, lines = [c for c, _ in pairs], [n for _, n in pairs]
        print(f"{group:<22}{len(pairs):>8}{int(statistics.median(chars)):>7}{percentile(chars, 0.9):>7}"
              f"{max(chars):>7}{int(statistics.median(lines)):>5}{percentile(lines, 0.9):>5}{max(lines):>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
