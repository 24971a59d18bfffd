"""Score understanding in one process, judged like ../shared/eval/score.py (bot/evaluation.py).

    python scripts/understanding_score.py FILE.jsonl|FILE.json ... [--failures N]

Faster than score.py (one process, no rendering, the misses listed in full); score.py through the
contract commands stays the figure that counts.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.evaluation import judged  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--failures", type=int, default=10)
    args = parser.parse_args()
    engine = Engine.load()
    total_ok = total = 0
    for name in args.files:
        path = Path(name)
        results = list(judged(engine, path))
        misses = [f"  MISS {gold['q']!r}: {'; '.join(wrong)}" for _, gold, wrong in results if wrong]
        ok, n = len(results) - len(misses), len(results)
        print(f"{path.name}: {ok}/{n} understood ({100 * ok / max(n, 1):.1f}%)")
        print("\n".join(misses[:args.failures]))
        total_ok += ok
        total += n
    print(f"overall: {total_ok}/{total} = {100 * total_ok / max(total, 1):.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
