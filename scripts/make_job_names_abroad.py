"""Regenerate intents/_job_names_abroad.txt: everyday job names in eleven other languages, each with the O*NET
title it means, as title aliases ('pielęgniarka' -> registered nurse, 'caminhoneiro' -> truck driver).

The source is eval/prompts/job-names-abroad.tsv, written by a helper from the prompt in
eval/prompts/job-names-abroad.md (every English side checked against O*NET 29.2 titles). Kept: names that reach
one O*NET occupation the bot has (not a curated role's: the helper mapped 'data analyst' to BI analysts) and that
the bot does not already read as a job; a one-word name only when it is no English word ('professor', 'operator'
are English first). What was dropped is counted in the file's header. Run from the repository root:

    python scripts/make_job_names_abroad.py > intents/_job_names_abroad.txt
"""
from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from rapidfuzz import process  # noqa: E402
from rapidfuzz.distance import DamerauLevenshtein  # noqa: E402

from bot.engine import Engine  # noqa: E402
from bot.knowledge.load import load_knowledge  # noqa: E402
from bot.knowledge.official import load_official  # noqa: E402
from bot.normalise import role_key  # noqa: E402
from bot.understanding.intents import JOB_NAMES_ABROAD_FILE, default_intents_dir, load_intents  # noqa: E402

SOURCE = ROOT / "eval" / "prompts" / "job-names-abroad.tsv"
SHORT = 3          # a word this short in a name must already be known ('de' is; Swahili 'ya' is not)
MIN_ONE_WORD = 5   # shorter one-word names are too often words of another kind ('chef', 'guia')


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:  # the intents without the names this makes
        for item in default_intents_dir().iterdir():
            if item.is_file() and item.name != JOB_NAMES_ABROAD_FILE:
                shutil.copy(item, tmp)
        intents = load_intents(tmp, prebuilt=False, with_model=False)
    language = intents.language
    parser = Engine(load_knowledge(), intents, load_official()).understander.parser
    index = parser.index
    english = language.words | language.occupations
    english_list = sorted(english)
    kept: dict[str, str] = {}
    dropped: Counter[str] = Counter()
    with SOURCE.open(encoding="utf-8") as source:
        for row in csv.DictReader(source, delimiter="\t"):
            name, title = role_key(row["name"]), role_key(row["english"])
            said = name.split()
            if not said or name == title:
                dropped["the English title itself"] += 1
                continue
            if name in language.title_aliases or name in kept:
                dropped["already an alias"] += 1
                continue
            if (len(said) == 1 and (len(name) < MIN_ONE_WORD or name in english)) or all(w in english for w in said):
                dropped["English words"] += 1
                continue
            if any(w not in english and len(w) >= MIN_ONE_WORD and process.extractOne(
                    w, english_list, scorer=DamerauLevenshtein.distance, score_cutoff=1) for w in said):
                # 'analist', 'assistent': a word one letter from an English one would stop that typo's correction
                dropped["a word one letter from an English word"] += 1
                continue
            if any(len(w) <= SHORT and w not in parser.known for w in said):
                # 'ya', 'wa', 'na': small words of another language would become words the bot knows, read as
                # interests, dislikes or typo corrections in English messages
                dropped["a short word the bot does not know"] += 1
                continue
            found = index.find(said)
            if found and found[0].end - found[0].start == len(said):
                dropped["already read as a job"] += 1
                continue
            target = index.find(title.split())
            if len(target) != 1 or target[0].end - target[0].start != len(title.split()) \
                    or len(target[0].roles) != 1 or not target[0].official:
                dropped["title not one O*NET occupation of the bot's"] += 1
                continue
            kept[name] = title
    print("# Everyday job names in other languages (name<TAB>O*NET title as the index keys it), made by")
    print("# scripts/make_job_names_abroad.py from eval/prompts/job-names-abroad.tsv; titles from the O*NET 29.2")
    print("# Database by USDOL/ETA, used under the CC BY 4.0 license. Do not edit by hand.")
    print(f"# kept {len(kept)}; dropped: " + ", ".join(f"{why} {n}" for why, n in sorted(dropped.items())))
    for name in sorted(kept):
        print(f"{name}\t{kept[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
