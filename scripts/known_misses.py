"""Write eval/known-misses.json: every message of our labelled sets the bot does not understand today.

    python scripts/known_misses.py

The regression guard (tests/test_regression_sets.py) then fails when any other message is missed,
and when a listed one is understood (so the list stays exact: run this again and commit the change).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.evaluation import all_misses  # noqa: E402

SETS = sorted((ROOT / "eval").glob("set*.json*"))

if __name__ == "__main__":
    found = all_misses(Engine.load(), SETS)
    (ROOT / "eval" / "known-misses.json").write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")
    print(", ".join(f"{name}: {len(m)}" for name, m in found.items()))
