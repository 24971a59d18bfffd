"""Regenerate intents/_occupations.txt: the head nouns of occupation titles in O*NET 29.2.

The bot uses them to tell "what does a plumber do" (an occupation it does not know) from
"what is the weather" (not a question about a job). Run from the repository root:

    python scripts/make_occupations.py ../shared/onet-29.2 > intents/_occupations.txt
"""
from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.normalise import singular, words  # noqa: E402

# Head nouns that name things, degrees or data/ML words far more often than jobs in this bot's
# conversations ("train a model", "a master's degree", "a SQL server").
NOT_JOBS = {
    "model", "computer", "monitor", "server", "master", "layer", "tier", "folder", "buffer", "anchor",
    "host", "reader", "marker", "former", "mate", "hand", "member", "tech", "liner", "tender", "feeder",
    "changer", "guide", "expert", "professional", "person", "associate", "player", "keeper", "runner",
    "taker", "closer", "catcher", "printer", "filler", "roller", "blender", "maker", "processor",
    "controller", "collector", "checker", "judge", "lead", "leader", "head", "chief", "boss", "builder",
    "owner", "partner", "staff", "team", "crew", "unit", "hire", "user", "people", "student", "graduate",
    "beginner", "fresher", "junior", "senior", "principal", "cutter", "setter", "sorter", "picker", "spinner",
    "breaker", "burner", "pusher", "puller", "dipper", "blower", "fixer", "dyer", "caster", "scaler",
}


# Job words people use that O*NET titles do not end in.
EXTRA = {"ceo", "cto", "cfo", "coo", "cio", "cmo", "devops", "sre", "founder", "entrepreneur", "influencer",
         "youtuber", "streamer", "freelancer", "barista", "plumber", "astronaut", "footballer", "actor", "actress"}


# Everyday one-word job names that O*NET lists only as alternate titles, in fewer than three titles
# ('landscaper', 'sommelier', 'dj'). Chosen by hand from that list: words that name things or acts more
# often than jobs ('marine', 'curate', 'landlord', 'investor', 'player') stay out.
EVERYDAY = {
    "landscaper", "dj", "deejay", "auctioneer", "babysitter", "bodyguard", "bouncer", "barmaid", "barman", "barkeep",
    "barkeeper", "bookie", "busboy", "caddie", "chocolatier", "clown", "croupier", "farrier", "gamekeeper",
    "ghostwriter", "headhunter", "lumberjack", "mailman", "postman", "masseur", "masseuse", "milliner",
    "newscaster", "sportscaster", "weatherman", "anchorman", "podcaster", "policeman", "policewoman", "puppeteer",
    "rapper", "roughneck", "screenwriter", "shepherd", "sommelier", "soldier", "sailor", "undertaker",
    "preacher", "vicar", "deacon", "reverend", "pollster", "stuntman", "beekeeper", "filmmaker", "remodeler",
    "acrobat", "juggler", "emcee", "cheerleader", "astrologer", "calligrapher", "confectioner", "cheesemaker",
    "brewmaster", "housekeeper", "housecleaner", "housemaid", "nursemaid", "tradesman", "steelworker", "tiler",
    "shingler", "brickmason", "tinsmith", "longshoreman", "skipper", "lobsterman", "shrimper", "sheepherder",
    "cattleman", "dairyman", "milkman", "binman", "pawnbroker", "ombudsman", "congressman", "congresswoman",
    "senator", "councilor", "councilman", "councilwoman", "alderman", "consul", "cryptanalyst", "psychoanalyst",
    "naturopath", "apothecary", "bioengineer", "bioanalyst", "shipwright", "wheelwright", "locksmith", "gasfitter",
    "tuckpointer", "wallpaperer", "derrickhand", "quartermaster", "cadet", "sexton", "verger", "chaperon",
    "carhop", "plongeur", "lapidary", "haberdasher", "saddler", "cordwainer", "coppersmith",
    "stenocaptioner", "keyboarder", "indexer", "cataloger", "shelver", "stockkeeper", "warehouser",
}


PERSON_ENDINGS = ("ist", "ician", "ographer")


def head_nouns(folder: Path) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for name in ("Occupation Data.txt", "Alternate Titles.txt", "Sample of Reported Titles.txt"):
        with open(folder / name, encoding="utf-8") as handle:
            rows = csv.reader(handle, delimiter="\t")
            next(rows)
            for row in rows:
                # 'Director of Education' is a director: the head noun stands before 'of'/'for'.
                title = re.split(r"\b(?:of|for|to|in)\b", re.sub(r"\(.*?\)", "", row[1]).split(",")[0])[0]
                title_words = [singular(w) for w in words(title)]
                if title_words and title_words[-1].isalpha() and len(title_words[-1]) > 2:
                    counts[title_words[-1]] += 1
    # A word seen in fewer titles counts when its ending names a person ('physiotherapist', 'dietician').
    return sorted({w for w, n in counts.items() if (n >= 3 or w.endswith(PERSON_ENDINGS)) and w not in NOT_JOBS}
                  | {singular(w) for w in EXTRA | EVERYDAY})


if __name__ == "__main__":
    print("# Head nouns of occupation titles (one a line), made by scripts/make_occupations.py from")
    print("# the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training")
    print("# Administration (USDOL/ETA), used under the CC BY 4.0 license; modified (reduced to the")
    print("# last word of each title, minus words that mostly name things). O*NET is a trademark of USDOL/ETA.")
    print("\n".join(head_nouns(Path(sys.argv[1]))))
