"""Regenerate intents/_words.txt: everyday words of work English, from O*NET 29.2's descriptions and tasks.

The typo corrector never 'corrects' a word on this list: 'managed' is a word, not a misspelt 'manager',
and 'converge' is not 'coverage'. Run from the repository root:

    python scripts/make_words.py ../shared/onet-29.2 > intents/_words.txt

With an English word list (SCOWL, as Debian's wamerican installs it) instead, it writes the English words one
letter dropped or added from a job name: a job name typed so ('lawer', 'plumer') is corrected, but not these
('bother' is not a misspelt 'brother', nor 'shorter' 'shorer'). They are not 'known' words: 'manger' is still
the curated 'manager' misspelt.

    python scripts/make_words.py --near-jobs /usr/share/dict/american-english > intents/_near_jobs.txt
"""
from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

from rapidfuzz.distance import Indel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.normalise import singular, words  # noqa: E402

MIN_COUNT = 2     # a word used once may be a name or a misprint
MIN_LENGTH = 3    # known words are not corrected, nor counted as strange (words the bot knows nothing of)
SOURCES = (("Occupation Data.txt", "Description"), ("Task Statements.txt", "Task"))
OCCUPATIONS = Path(__file__).resolve().parent.parent / "intents" / "_occupations.txt"
SCOWL_NOTICE = """# English words one letter from a job name (one a line), made by scripts/make_words.py from SCOWL
# (Spell Checker Oriented Word Lists), Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,
# modify, distribute and sell these word lists, the associated scripts, the output created from the scripts,
# and its documentation for any purpose is hereby granted without fee, provided that the above copyright
# notice appears in all copies and that both that copyright notice and this permission notice appear in
# supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for
# any purpose. It is provided "as is" without express or implied warranty."""


def work_words(folder: Path) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for name, column in SOURCES:
        with open(folder / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                counts.update(w for w in words(row[column]) if w.isalpha() and len(w) >= MIN_LENGTH)
    return sorted({singular(w) for w, n in counts.items() if n >= MIN_COUNT})


def near_job_names(english: Path) -> list[str]:
    """English words (lowercase, as the bot reads them) one letter dropped or added from a job name."""
    jobs = {line.strip() for line in OCCUPATIONS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    by_length: dict[int, list[str]] = collections.defaultdict(list)
    for job in jobs:
        by_length[len(job)].append(job)
    found = set()
    for line in english.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word.isalpha() or not word.islower() or not word.isascii():
            continue
        word = singular(word)
        if word in jobs or len(word) < MIN_LENGTH:
            continue
        if any(Indel.distance(word, job) == 1 for n in (len(word) - 1, len(word) + 1) for job in by_length[n]):
            found.add(word)
    return sorted(found)


if __name__ == "__main__":
    if sys.argv[1] == "--near-jobs":
        print(SCOWL_NOTICE)
        print("\n".join(near_job_names(Path(sys.argv[2]))))
        sys.exit()
    print("# Words of work English (one a line), made by scripts/make_words.py from the O*NET 29.2 Database")
    print("# by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under")
    print("# the CC BY 4.0 license; modified (reduced to the words of occupation descriptions and task")
    print("# statements used at least twice). O*NET is a trademark of USDOL/ETA.")
    print("\n".join(work_words(Path(sys.argv[1]))))
