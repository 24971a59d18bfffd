"""Build the prebuilt form of the curated knowledge base and the intents (see bot/prebuilt.py).

    python scripts/build_prebuilt.py [--knowledge DIR] [--intents DIR] [--check]

Loads knowledge/ and intents/ (or the folders given) from their YAML, with every check the loaders make
(any problem stops the build, naming file and field, as `python -m bot validate` does), and writes what
they become as _prebuilt.json into each folder. The bot reads that file at start-up instead of the
YAML, as long as it matches the YAML and the loader code; run this script after changing either.
``--check`` writes nothing and exits 1 when a file is missing or differs from what would be written.

The output is deterministic: the same YAML and code give the same bytes on every run.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bot.errors import DataError  # noqa: E402
from bot.knowledge.load import load_knowledge  # noqa: E402
from bot.prebuilt import FILE, intents_json, knowledge_json  # noqa: E402
from bot.understanding.intents import load_intents  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge", help="the knowledge folder")
    parser.add_argument("--intents", type=Path, default=ROOT / "intents", help="the intents folder")
    parser.add_argument("--check", action="store_true", help="only say whether the files are up to date")
    args = parser.parse_args(argv)
    try:
        outputs = {args.knowledge / FILE: knowledge_json(args.knowledge, load_knowledge(args.knowledge,
                                                                                         prebuilt=False)),
                   args.intents / FILE: intents_json(args.intents, load_intents(args.intents, prebuilt=False))}
    except DataError as exc:
        print(exc.report(), file=sys.stderr)
        return 2
    status = 0
    for path, text in outputs.items():
        data = text.encode("utf-8")  # as bytes: the file's checksum is of its bytes, line ends included
        current = path.read_bytes() if path.is_file() else None
        if args.check:
            if current != data:
                print(f"{path} is {'missing' if current is None else 'out of date'}: run {Path(__file__).name}")
                status = 1
        elif current != data:
            path.write_bytes(data)
            print(f"wrote {path} ({len(data):,} bytes)")
        else:
            print(f"{path} is up to date")
    return status


if __name__ == "__main__":
    sys.exit(main())
