"""Replay persona scripts (eval/personas/*.txt, one message a line) as one conversation each and write what the
person would read, turn by turn, for a judge who reads no code:

    python scripts/persona_transcript.py eval/personas/lorry-driver-stoke.txt --out /tmp/replay
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answers.render import to_text  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.understanding.session import Session  # noqa: E402


def transcript(engine: Engine, messages: list[str]) -> str:
    session = Session()
    turns = []
    for number, message in enumerate(messages, 1):
        reply, session = engine.reply(message, session)
        turns.append(f"### {number}. > {message}\n\n{to_text(reply)}\n")
    return "\n".join(turns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scripts", nargs="+", type=Path, help="persona scripts, one message a line")
    parser.add_argument("--out", type=Path, required=True, help="folder for the transcripts (<script name>.md)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    engine = Engine.load()
    for script in args.scripts:
        messages = [line.strip() for line in script.read_text(encoding="utf-8").splitlines() if line.strip()]
        target = args.out / f"{script.stem}.md"
        target.write_text(transcript(engine, messages), encoding="utf-8")
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
