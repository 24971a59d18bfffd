"""``python -m bot.bench``: the speed and memory benchmarks (start-up, per-message latency, charts, RSS).

The measuring code lives in ``benchmarks/bench.py`` beside the package (it is a tool for the repository,
not part of what the bot runs); this entry point runs it from a checkout, as ``python -m benchmarks`` does.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    if not (root / "benchmarks" / "bench.py").is_file():
        print("bot.bench: the benchmarks ship with the repository (benchmarks/bench.py); run this from a checkout",
              file=sys.stderr)
        return 2
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from benchmarks.bench import main as bench

    return bench(argv)


if __name__ == "__main__":
    raise SystemExit(main())
