"""Score understanding in one process, judged exactly like ../shared/eval/score.py.

    python scripts/understanding_score.py FILE.jsonl|FILE.json ... [--failures N]

Faster than score.py (one process, no rendering, the misses listed in full); score.py through the
contract commands stays the figure that counts.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.understanding.session import Session  # noqa: E402


def _judge():
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.judge


def as_answer(engine: Engine, text: str, session: Session) -> tuple[dict, Session]:
    """The contract fields of the engine's answer (what ``ask --json`` prints), and the next session."""
    reply, session = engine.reply(text, session)
    return {"intent": reply.intent, "roles": list(reply.roles), "aspect": reply.aspect,
            "candidates": list(reply.candidates), "text": "(not rendered)"}, session


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--failures", type=int, default=10)
    args = parser.parse_args()
    judge = _judge()
    engine = Engine.load()
    total_ok = total = 0
    for name in args.files:
        path = Path(name)
        misses, ok, n = [], 0, 0
        by_intent: Counter[str] = Counter()
        wrong_intent: Counter[str] = Counter()
        if path.suffix == ".jsonl":
            conversations = [[json.loads(line)] for line in path.read_text().splitlines() if line.strip()]
            fresh = True
        else:
            conversations = json.loads(path.read_text())
            fresh = False
        for turns in conversations:
            session = Session()
            for gold in turns:
                got, session = as_answer(engine, gold["q"], Session() if fresh else session)
                wrong = judge(gold, got)
                n += 1
                by_intent[gold["intent"]] += 1
                if wrong:
                    wrong_intent[gold["intent"]] += 1
                    misses.append(f"  MISS {gold['q']!r}: {'; '.join(wrong)}")
                else:
                    ok += 1
        print(f"{path.name}: {ok}/{n} understood ({100 * ok / max(n, 1):.1f}%)")
        print("\n".join(misses[:args.failures]))
        total_ok += ok
        total += n
    print(f"overall: {total_ok}/{total} = {100 * total_ok / max(total, 1):.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
