"""Regenerate intents/_words.txt: everyday words of work English, from O*NET 29.2's descriptions and tasks.

The typo corrector never 'corrects' a word on this list: 'managed' is a word, not a misspelt 'manager',
and 'converge' is not 'coverage'. Run from the repository root:

    python scripts/make_words.py ../shared/onet-29.2 > intents/_words.txt
"""
from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.normalise import singular, words  # noqa: E402

MIN_COUNT = 2     # a word used once may be a name or a misprint
MIN_LENGTH = 3    # known words are not corrected, nor counted as strange (words the bot knows nothing of)
SOURCES = (("Occupation Data.txt", "Description"), ("Task Statements.txt", "Task"))


def work_words(folder: Path) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for name, column in SOURCES:
        with open(folder / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                counts.update(w for w in words(row[column]) if w.isalpha() and len(w) >= MIN_LENGTH)
    return sorted({singular(w) for w, n in counts.items() if n >= MIN_COUNT})


if __name__ == "__main__":
    print("# Words of work English (one a line), made by scripts/make_words.py from the O*NET 29.2 Database")
    print("# by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under")
    print("# the CC BY 4.0 license; modified (reduced to the words of occupation descriptions and task")
    print("# statements used at least twice). O*NET is a trademark of USDOL/ETA.")
    print("\n".join(work_words(Path(sys.argv[1]))))
