"""Build the bot's official tier: all 1,016 O*NET 29.2 occupations with official U.S. figures.

    python scripts/build_official.py [--shared DIR] [--out DIR]

Reads the shared source files (default: ../shared beside the repository) and writes, into
knowledge/official (or --out):

  occupations.jsonl  one JSON object a line, sorted by O*NET-SOC code (read lazily by offset)
  index.json         what the bot needs at start-up: names, title keys, offsets, citations, counts.
                     Title keys map to one string per key, "15-1252.00t 15-1299.08a": each entry is
                     the 10-character code and its kind (t O*NET title, r reported, s alternate short,
                     a alternate), best first. Strings instead of [[code, kind], ...] lists make the
                     index load in about a fifth of the time and half the memory; the keys are stored
                     in buckets by their first three characters, one string each ("key=entries|..."),
                     which cuts the load by as much again (bot/knowledge/official.title_buckets).
  terms.json         for recommendations outside data and AI: the BM25 weights of every word of each
                     occupation's title, description and task statements (bot/knowledge/recommend_official.py),
                     read on the first recommendation that needs it
  moves.json         for moves from a person's own job: per rated occupation its Job Zone, whether a
                     task mentions heavy work and the skills and knowledge rated very important
                     (bot/knowledge/moves.py), read on the first move asked for
  BUILD.md           the same counts for people: what was kept, what was dropped and why

The output is deterministic: the same sources give the same bytes on every run. The bot never
reads ../shared at run time; bot/knowledge/official.py reads these files.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bot.knowledge.official import FORMAT, title_buckets, title_heads  # noqa: E402
from bot.knowledge.moves import MOVES_FILE, build_moves  # noqa: E402
from bot.knowledge.recommend_official import TERMS_FILE, build_terms  # noqa: E402
from bot.normalise import role_key  # noqa: E402

ONET = "onet-29.2"
OEWS = "bls-oews-national-may2024.csv"
PROJECTIONS = "facts/bls-employment-projections.csv"
PERIOD = "2024\u201334"
NOT_AVAILABLE = "\u2014"  # '—' in Table 1.2
CODE = re.compile(r"^\d\d-\d{4}\.\d\d$")

# SOC 2018 merged some detailed occupations that the O*NET-SOC 2019 taxonomy still lists apart;
# OEWS and the projections publish only the merged occupation. Each O*NET code here is measured
# only as that wider occupation (so its figures are marked as a group, named by the BLS title).
SOC_2018_MERGED = {
    "21-1011": "21-1018", "21-1014": "21-1018",  # Substance abuse, behavioral disorder, and mental health counselors
    "25-2055": "25-2052", "25-2056": "25-2052",  # Special education teachers, kindergarten and elementary school
    "25-9042": "25-9045", "25-9043": "25-9045", "25-9049": "25-9045",  # Teaching assistants, except postsecondary
    "51-2022": "51-2028", "51-2023": "51-2028",  # Electrical, electronic, and electromechanical assemblers
    # First-line supervisors of transportation and material moving workers
    "53-1042": "53-1047", "53-1043": "53-1047", "53-1044": "53-1047", "53-1049": "53-1047",
}

TIERS = ("Primary-Short", "Primary-Long", "Supplemental")
KIND_ORDER = {"t": 0, "r": 1, "s": 2, "a": 3}
GENERIC_NOUN_TITLES = 3  # other occupations whose titles use a one-word alternate title as their job noun
# Required Level of Education, Related Work Experience, On-the-Job Training
ETE_SCALES = {"education": "RL", "experience": "RW", "training": "OJ"}

OEWS_FIELDS = (("employment", "tot_emp"), ("mean", "a_mean"), ("p10", "a_pct10"), ("p25", "a_pct25"),
               ("median", "a_median"), ("p75", "a_pct75"), ("p90", "a_pct90"), ("hourly_median", "h_median"))
EP_NUMBERS = (("employment_2024", "employment_2024_thousands"), ("employment_2034", "employment_2034_thousands"),
              ("change_thousands", "employment_change_2024_34_thousands"),
              ("change_pct", "employment_change_2024_34_pct"),
              ("openings_thousands", "annual_openings_2024_34_thousands"))
EP_TEXTS = (("entry_education", "typical_entry_education"), ("experience", "work_experience_in_related_occupation"),
            ("training", "typical_on_the_job_training"))

OEWS_CITATION = ("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, "
                 "national estimates, May 2024")
MODIFIED = ("Modified: selected and reduced (a subset of the files, columns and rows, category labels "
            "shortened to their names; the values are unchanged).")


class BuildError(Exception):
    """The sources are not what this script expects; nothing is written."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- reading the sources ------------------------------------------------------------------------

def read_tsv(path: Path, columns: Iterable[str], counts: Counter) -> list[dict[str, str]]:
    """O*NET text files: tab-separated, no quoting, 'n/a' for empty. Only ``columns`` are kept."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BuildError(f"cannot read {path}: {error}") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = lines[0].split("\t")
    missing = [c for c in columns if c not in header]
    if missing:
        raise BuildError(f"{path.name}: missing columns {missing}")
    where = [header.index(c) for c in columns]
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise BuildError(f"{path.name}:{number}: {len(cells)} cells, expected {len(header)}")
        rows.append({c: cells[i] for c, i in zip(columns, where, strict=True)})
    counts[path.name] = len(rows)
    return rows


def read_csv(path: Path, counts: Counter) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise BuildError(f"cannot read {path}: {error}") from None
    counts[path.name] = len(rows)
    return rows


def quoted_after(text: str, marker: str, path: Path) -> str:
    """The first double-quoted passage after ``marker`` in an ABOUT file, joined onto one line."""
    start = text.find(marker)
    match = re.search(r'"([^"]+)"', text[start:]) if start >= 0 else None
    if not match:
        raise BuildError(f"{path}: no quoted citation after {marker!r}")
    return " ".join(match.group(1).split())


# --- the pieces of one occupation ---------------------------------------------------------------

def wages_record(code: str, row: dict[str, str] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    record: dict[str, Any] = {"soc": row["occ_code"], "title": row["occ_title"]}
    top_coded, not_published = [], []
    for name, column in OEWS_FIELDS:
        raw = row[column].strip()
        if raw == "#":
            record[name] = None
            top_coded.append(name)
        elif raw == "*":
            record[name] = None
            not_published.append(name)
        else:
            record[name] = float(raw) if name == "hourly_median" else int(raw.replace(",", ""))
    record["top_coded"] = top_coded
    record["not_published"] = not_published
    record["group"] = is_group(code, row["occ_code"])
    return record


def projection_record(code: str, row: dict[str, str] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    record: dict[str, Any] = {"soc": row["soc_code"], "title": row["occupation_title"]}
    for name, column in EP_NUMBERS:
        raw = row[column].strip()
        record[name] = None if raw == NOT_AVAILABLE else float(raw)
    raw = row["median_annual_wage_2024_usd"].strip()
    top_coded = []
    if raw.startswith(">="):
        record["median_wage"] = None
        top_coded.append("median_wage")
    else:
        record["median_wage"] = None if raw == NOT_AVAILABLE else int(raw)
    record["top_coded"] = top_coded
    for name, column in EP_TEXTS:
        raw = row[column].strip()
        record[name] = None if raw == NOT_AVAILABLE else raw
    record["group"] = is_group(code, row["soc_code"])
    return record


def is_group(code: str, soc: str) -> bool:
    """Figures measured for a wider occupation than this O*NET code."""
    return not code.endswith(".00") or soc != code[:7]


def soc_row(code: str, rows: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The detailed BLS row measuring ``code``: its own SOC code, else the broad or merged one."""
    soc = code[:7]
    for candidate in (soc, soc[:6] + "0", SOC_2018_MERGED.get(soc)):
        if candidate and candidate in rows:
            return rows[candidate]
    return None


def short_label(description: str) -> str:
    """'Post-Secondary Certificate - awarded for ...' -> 'Post-Secondary Certificate'."""
    return description.split(" - ", 1)[0].strip()


# --- the build ----------------------------------------------------------------------------------

ABBREVIATION = re.compile(r"\s*\([^()]*\)")


def both_names(title: str, job_nouns: set[str]) -> list[str]:
    """'Radiologic Technologists and Technicians' -> 'Radiologic Technologists', 'Radiologic Technicians':
    a title joining two job nouns names each (titles with commas are left alone)."""
    parts = title.split()
    if "," in title or len(parts) < 4 or parts[-2] != "and" or not {parts[-3].lower(), parts[-1].lower()} <= job_nouns:
        return []
    return [" ".join(parts[:-3] + [parts[-3]]), " ".join(parts[:-3] + [parts[-1]])]


def build(shared: Path) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """The lines of occupations.jsonl, the index and the build counts (nothing is written here)."""
    onet = shared / ONET
    read: Counter = Counter()
    build_counts: dict[str, Any] = {"rows_read": read}

    occupations = read_tsv(onet / "Occupation Data.txt", ("O*NET-SOC Code", "Title", "Description"), read)
    codes = [r["O*NET-SOC Code"] for r in occupations]
    bad = [c for c in codes if not CODE.match(c)]
    if bad or len(set(codes)) != len(codes):
        raise BuildError(f"Occupation Data: malformed or repeated codes {bad or 'repeated'}")
    known = set(codes)
    unknown_refs: Counter = Counter()

    def of_known(rows: list[dict[str, str]], file: str) -> list[dict[str, str]]:
        kept = [r for r in rows if r["O*NET-SOC Code"] in known]
        if len(kept) != len(rows):
            unknown_refs[file] = len(rows) - len(kept)
        return kept

    # Job zones
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in of_known(
        read_tsv(onet / "Job Zones.txt", ("O*NET-SOC Code", "Job Zone"), read), "Job Zones.txt")}
    zone_rows = read_tsv(onet / "Job Zone Reference.txt",
                         ("Job Zone", "Name", "Experience", "Education", "Job Training", "Examples"), read)
    job_zones = {r["Job Zone"]: {"name": r["Name"], "experience": r["Experience"], "education": r["Education"],
                                 "job_training": r["Job Training"], "examples": r["Examples"]}
                 for r in sorted(zone_rows, key=lambda r: int(r["Job Zone"]))}

    # Tasks: Core first, each group in file order ('n/a' task types are not core)
    tasks: dict[str, list[list[Any]]] = defaultdict(list)
    task_types: Counter = Counter()
    for r in of_known(read_tsv(onet / "Task Statements.txt", ("O*NET-SOC Code", "Task", "Task Type"), read),
                      "Task Statements.txt"):
        tasks[r["O*NET-SOC Code"]].append([r["Task"], r["Task Type"] == "Core"])
        task_types[r["Task Type"]] += 1
    for items in tasks.values():
        items.sort(key=lambda t: not t[1])  # stable: file order within each group

    # Technology: hot first, then in demand, then the rest, each in file order
    tech: dict[str, list[list[Any]]] = defaultdict(list)
    for r in of_known(read_tsv(onet / "Technology Skills.txt",
                               ("O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology", "In Demand"), read),
                      "Technology Skills.txt"):
        tech[r["O*NET-SOC Code"]].append([r["Example"], r["Commodity Title"], r["Hot Technology"] == "Y",
                                          r["In Demand"] == "Y"])
    for items in tech.values():
        items.sort(key=lambda t: 0 if t[2] else 1 if t[3] else 2)

    # Skills and knowledge: importance (IM) and level (LV) of every element
    ratings: dict[str, dict[str, list[list[Any]]]] = {}
    suppressed: Counter = Counter()
    for kind, file in (("skills", "Skills.txt"), ("knowledge", "Knowledge.txt")):
        values: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
        for r in of_known(read_tsv(onet / file, ("O*NET-SOC Code", "Element Name", "Scale ID", "Data Value",
                                                  "Recommend Suppress"), read), file):
            values[r["O*NET-SOC Code"]][r["Element Name"]][r["Scale ID"]] = float(r["Data Value"])
            suppressed[file] += r["Recommend Suppress"] == "Y"
        per_code = {}
        for code, elements in values.items():
            incomplete = [name for name, scales in elements.items() if set(scales) != {"IM", "LV"}]
            if incomplete:
                raise BuildError(f"{file}: {code} lacks IM or LV for {incomplete}")
            per_code[code] = sorted(([name, s["IM"], s["LV"]] for name, s in elements.items()),
                                    key=lambda e: (-e[1], e[0]))
        ratings[kind] = per_code

    # Education, experience, training distributions (percent of respondents per category)
    labels: dict[tuple[str, int], str] = {}
    for r in read_tsv(onet / "Education, Training, and Experience Categories.txt",
                      ("Scale ID", "Category", "Category Description"), read):
        labels[r["Scale ID"], int(r["Category"])] = short_label(r["Category Description"])
    ete: dict[str, dict[str, dict[int, float]]] = {name: defaultdict(dict) for name in ETE_SCALES}
    scale_names = {scale: name for name, scale in ETE_SCALES.items()}
    ete_suppressed = 0
    for r in of_known(read_tsv(onet / "Education, Training, and Experience.txt",
                               ("O*NET-SOC Code", "Scale ID", "Category", "Data Value", "Recommend Suppress"), read),
                      "Education, Training, and Experience.txt"):
        name = scale_names.get(r["Scale ID"])
        if name:
            ete[name][r["O*NET-SOC Code"]][int(r["Category"])] = float(r["Data Value"])
            ete_suppressed += r["Recommend Suppress"] == "Y"

    def distribution(name: str, code: str) -> list[list[Any]]:
        values = ete[name].get(code, {})
        scale = ETE_SCALES[name]
        missing = [c for c in values if (scale, c) not in labels]
        if missing:
            raise BuildError(f"{scale} categories {missing} of {code} have no label")
        return [[labels[scale, c], values[c]] for c in sorted(values)]

    # Related occupations: tier order, then index
    related: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    related_unknown = 0
    for r in of_known(read_tsv(onet / "Related Occupations.txt",
                               ("O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"), read),
                      "Related Occupations.txt"):
        if r["Related O*NET-SOC Code"] not in known or r["Relatedness Tier"] not in TIERS:
            related_unknown += 1
            continue
        related[r["O*NET-SOC Code"]].append((TIERS.index(r["Relatedness Tier"]), int(r["Index"]),
                                             r["Related O*NET-SOC Code"]))

    # BLS: OEWS wages and Table 1.2 projections (detailed occupations only)
    oews = {r["occ_code"]: r for r in read_csv(shared / OEWS, read)}
    ep_rows = read_csv(shared / PROJECTIONS, read)
    ep = {r["soc_code"]: r for r in ep_rows if r["occupation_type"] == "Line item"}
    total = next((r for r in ep_rows if r["soc_code"] == "00-0000"), None)
    if total is None:
        raise BuildError(f"{PROJECTIONS}: no 00-0000 Total row")

    # Occupation records
    lines: list[str] = []
    used_oews, used_ep = set(), set()
    wage_match: Counter = Counter()
    employment: dict[str, int | None] = {}
    titles_by_code = {r["O*NET-SOC Code"]: r["Title"] for r in occupations}
    for r in sorted(occupations, key=lambda r: r["O*NET-SOC Code"]):
        code = r["O*NET-SOC Code"]
        wage_row, ep_row = soc_row(code, oews), soc_row(code, ep)
        wages, projection = wages_record(code, wage_row), projection_record(code, ep_row)
        for record, used, label in ((wages, used_oews, "wages"), (projection, used_ep, "projection")):
            if record is None:
                wage_match[f"{label}_none"] += 1
                continue
            used.add(record["soc"])
            how = ("own_code" if record["soc"] == code[:7] else
                   "broad_code" if record["soc"] == code[:6] + "0" else "soc2018_merged")
            wage_match[f"{label}_{how}"] += 1
            wage_match[f"{label}_group"] += record["group"]
        # Employment is given only where the figure measures exactly this occupation.
        employment[code] = wages["employment"] if wages and not wages["group"] else None
        record = {
            "code": code,
            "title": r["Title"],
            "description": r["Description"],
            "job_zone": zones.get(code),
            "tasks": tasks.get(code, []),
            "tech": tech.get(code, []),
            "skills": ratings["skills"].get(code, []),
            "knowledge": ratings["knowledge"].get(code, []),
            "education": distribution("education", code),
            "experience": distribution("experience", code),
            "training": distribution("training", code),
            "related": [c for _, _, c in sorted(related.get(code, []))],
            "wages": wages,
            "projection": projection,
        }
        lines.append(dumps(record) + "\n")

    offsets: dict[str, int] = {}
    position = 0
    for code, line in zip(sorted(codes), lines, strict=True):
        offsets[code] = position
        position += len(line.encode("utf-8"))

    # Title keys
    title_counts: Counter = Counter()
    candidates: list[tuple[str, str, str]] = []  # (text, code, kind)
    # Words that end a title without a comma ('Teachers', 'Technicians'): a head before a comma ending in one
    # is a job ('Secondary School Teachers'), not a field ('Compensation', 'Life').
    job_nouns = {r["Title"].split()[-1].lower() for r in occupations if "," not in r["Title"]}
    listed_first: list[tuple[str, str]] = []  # ('Farmers', '11-9013.00') of 'Farmers, Ranchers, and Other ...'
    for r in occupations:
        candidates.append((r["Title"], r["O*NET-SOC Code"], "t"))
        # 'Radiologic Technologists and Technicians': people say 'radiologic technologist' (a name in use).
        candidates += [(name, r["O*NET-SOC Code"], "r") for name in both_names(r["Title"], job_nouns)]
        # 'Secondary School Teachers, Except Special and Career/Technical Education': people say the head,
        # 'secondary school teacher'; it counts as a reported title (a name in use, not the full title).
        head = r["Title"].split(",")[0]
        if head != r["Title"] and len(head.split()) >= 2 and head.split()[-1].lower() in job_nouns:
            candidates.append((head, r["O*NET-SOC Code"], "r"))
        elif head != r["Title"] and len(head.split()) == 1 and ", and " in r["Title"]:
            listed_first.append((head, r["O*NET-SOC Code"]))
    for r in of_known(read_tsv(onet / "Sample of Reported Titles.txt",
                               ("O*NET-SOC Code", "Reported Job Title"), read), "Sample of Reported Titles.txt"):
        candidates.append((r["Reported Job Title"], r["O*NET-SOC Code"], "r"))
    for r in of_known(read_tsv(onet / "Alternate Titles.txt", ("O*NET-SOC Code", "Alternate Title", "Short Title"),
                               read), "Alternate Titles.txt"):
        candidates.append((r["Alternate Title"], r["O*NET-SOC Code"], "a"))
        if r["Short Title"] != "n/a":
            candidates.append((r["Short Title"], r["O*NET-SOC Code"], "s"))
    # 'Farmers, Ranchers, and Other Agricultural Managers', 'Umpires, Referees, and Other Sports Officials': the
    # first of the people listed names the occupation as its title does, when O*NET also gives it as a title of
    # the occupation; before the same name reported for another ('Farmer' is also a farmworker's title). Not a
    # field ('Transportation, Storage, and ...', 'Securities, Commodities, and ...').
    titled = {(role_key(text), code) for text, code, kind in candidates if kind in ("r", "a", "s")}
    first_names = [(head, code, "t") for head, code in listed_first if (role_key(head), code) in titled]
    candidates += first_names
    # 'Radiologic Technologist (RT)' and 'GIS Technician (Geographic Information Systems Technician)' are
    # also typed without the parentheses; but a short form alone ('TA', 'IS Tech') is a word, not a title.
    candidates += [(without, code, kind) for text, code, kind in list(candidates)
                   if (without := ABBREVIATION.sub(" ", text).strip()) != text
                   and (len(without) > len(text) - len(without) or all(len(w) > 2 for w in without.split()))]
    best: dict[str, dict[str, str]] = defaultdict(dict)  # key -> code -> best kind
    empty_keys: list[str] = []
    for text, code, kind in candidates:
        title_counts[f"titles_{kind}"] += 1
        key = role_key(text)
        if not key:
            empty_keys.append(text)
            continue
        have = best[key].get(code)
        if have is None or KIND_ORDER[kind] < KIND_ORDER[have]:
            best[key][code] = kind
    # 'Supervisor' is an alternate title of Social Workers, All Other only, yet 26 other occupations are
    # 'Supervisors' of something: a one-word title that only alternate titles give, naming a job noun (plural in
    # O*NET's titles: 'Supervisors', 'Representatives', 'Aides') of at least GENERIC_NOUN_TITLES occupations
    # other than its own, is a word for many jobs, not one ('Marine', 'Police' are no job nouns there: kept).
    plural_nouns: dict[str, set[str]] = defaultdict(set)
    for r in occupations:
        for word in re.findall(r"[A-Za-z]+", r["Title"]):
            if word.endswith("s"):
                plural_nouns[word[:-1].lower()].add(r["O*NET-SOC Code"])
    generic = sorted(key for key, codes in best.items()
                     if " " not in key and all(kind == "a" for kind in codes.values())
                     and len(plural_nouns.get(key, set()) - set(codes)) >= GENERIC_NOUN_TITLES
                     and not plural_nouns.get(key, set()) & set(codes))
    for key in generic:
        del best[key]
    titles = {}
    for key in sorted(best):
        entries = sorted(best[key].items(), key=lambda e: (KIND_ORDER[e[1]], -(employment[e[0]] or -1), e[0]))
        titles[key] = " ".join(code + kind for code, kind in entries)
    multi = sum(len(best[k]) > 1 for k in titles)

    # Citations
    about = (onet / "ABOUT.md").read_text(encoding="utf-8")
    ep_about_path = shared / "facts" / "bls-employment-projections.ABOUT.md"
    ep_about = ep_about_path.read_text(encoding="utf-8")
    sources = {
        "onet": quoted_after(about, "Attribution to show", onet / "ABOUT.md") + " " + MODIFIED,
        "oews": OEWS_CITATION,
        "projections": quoted_after(ep_about, "Citation to show", ep_about_path),
    }
    average_growth = {"soc": total["soc_code"], "title": total["occupation_title"],
                      "employment_2024": float(total["employment_2024_thousands"]),
                      "employment_2034": float(total["employment_2034_thousands"]),
                      "change_pct": float(total["employment_change_2024_34_pct"]), "period": PERIOD}

    unrated = [c for c in sorted(codes) if c not in ratings["skills"]]
    build_counts.update({
        "occupations": len(codes),
        "unknown_code_rows_dropped": dict(sorted(unknown_refs.items())),
        "related_rows_dropped": related_unknown,
        "title_candidates": dict(sorted(title_counts.items())),
        "title_keys": len(titles),
        "titles_first_listed": len(first_names),
        "title_entries": sum(len(v) for v in best.values()),
        "title_duplicates_merged": len(candidates) - len(empty_keys) - sum(len(v) for v in best.values()),
        "titles_dropped_generic": generic,
        "titles_dropped_empty_key": len(empty_keys),
        "titles_dropped_empty_key_texts": sorted(set(empty_keys)),
        "title_keys_with_several_codes": multi,
        "without_job_zone": sum(c not in zones for c in codes),
        "without_tasks": sum(c not in tasks for c in codes),
        "task_types": dict(sorted(task_types.items())),
        "without_tech": sum(c not in tech for c in codes),
        "without_skills": sum(c not in ratings["skills"] for c in codes),
        "without_knowledge": sum(c not in ratings["knowledge"] for c in codes),
        "without_education": sum(c not in ete["education"] for c in codes),
        "without_experience": sum(c not in ete["experience"] for c in codes),
        "without_training": sum(c not in ete["training"] for c in codes),
        "without_related": sum(c not in related for c in codes),
        "recommend_suppress_rows_kept": {**dict(sorted(suppressed.items())),
                                         "Education, Training, and Experience.txt": ete_suppressed},
        "ete_rows_not_used": "scales PT (on-site training) and IM (certification, apprenticeship)",
        "wages_and_projection": dict(sorted(wage_match.items())),
        "oews_rows_unused": sorted(set(oews) - used_oews),
        "projection_line_items_unused": sorted(set(ep) - used_ep),
        "without_wages_codes": [c for c in sorted(codes) if soc_row(c, oews) is None],
        "without_projection_codes": [c for c in sorted(codes) if soc_row(c, ep) is None],
        "unrated_codes": len(unrated),
        "jsonl_bytes": position,
    })
    build_counts["rows_read"] = dict(sorted(read.items()))
    index = {
        "format": FORMAT,
        "occupations": {code: [titles_by_code[code], employment[code], offsets[code]] for code in sorted(codes)},
        "titles": title_buckets(titles),
        # Every word of every title key, so the bot never 'corrects' a real job word as a typo.
        "title_words": " ".join(sorted({word for key in titles for word in key.split()})),
        # For a name O*NET lacks ('goalkeeping coach'): the occupation most titles ending in its last word hold.
        "title_heads": title_heads(titles),
        "average_growth": average_growth,
        "job_zones": job_zones,
        "sources": sources,
        "build": build_counts,
    }
    return lines, index, build_counts


def report(counts: dict[str, Any], sizes: dict[str, int]) -> str:
    """BUILD.md: the counts in words. A backslash ending a line of the text below joins it to the next."""
    c = counts
    w = c["wages_and_projection"]
    read = "\n".join(f"| {name} | {n:,} |" for name, n in c["rows_read"].items())
    empty = ", ".join(f"'{t}'" for t in c["titles_dropped_empty_key_texts"]) or "none"
    generic = ", ".join(f"'{t}'" for t in c["titles_dropped_generic"]) or "none"
    tc = c["title_candidates"]
    return f"""# Official tier: build report

Generated by `scripts/build_official.py` from the shared sources (O*NET 29.2, BLS OEWS May 2024,
BLS Employment Projections {PERIOD} Table 1.2). Do not edit; run the script again.

## Files

| file | bytes |
|---|---|
| occupations.jsonl | {sizes['occupations.jsonl']:,} |
| index.json | {sizes['index.json']:,} |
| terms.json | {sizes['terms.json']:,} |
| moves.json | {sizes['moves.json']:,} |

## Rows read

| source file | data rows |
|---|---|
{read}

## Kept

- {c['occupations']:,} occupations, one line each in occupations.jsonl.
- Title keys: {c['title_keys']:,} keys ({c['title_entries']:,} key-code entries) \
from {tc.get('titles_t', 0):,} O*NET titles ({c['titles_first_listed']} of them the first name a title lists, \
'Farmers' of 'Farmers, Ranchers, and Other Agricultural Managers'),
  {tc.get('titles_r', 0):,} reported titles, {tc.get('titles_a', 0):,} alternate titles \
and {tc.get('titles_s', 0):,} short titles.
  {c['title_duplicates_merged']:,} repeats of a key for the same code were merged (the best kind kept: t, r, s, a).
  {c['title_keys_with_several_codes']:,} keys lead to more than one occupation.
- Wages (OEWS): {c['occupations'] - w.get('wages_none', 0):,} occupations; \
{w.get('wages_own_code', 0)} by their own SOC code,
  {w.get('wages_broad_code', 0)} by the broad SOC occupation BLS publishes instead (e.g. 13-1020 for 13-1021.00),
  {w.get('wages_soc2018_merged', 0)} by the SOC 2018 occupation that merged them \
(e.g. 21-1018 for 21-1011.00 and 21-1014.00).
  {w.get('wages_group', 0)} of them are marked `group` (measured only as a wider occupation, named by its BLS title).
- Projections (Table 1.2 line items): {c['occupations'] - w.get('projection_none', 0):,} occupations
  ({w.get('projection_own_code', 0)} own code, {w.get('projection_broad_code', 0)} broad, \
{w.get('projection_soc2018_merged', 0)} merged; {w.get('projection_group', 0)} marked `group`).
- Values flagged "Recommend Suppress" by O*NET are kept as published: \
{', '.join(f'{k} {v:,}' for k, v in c['recommend_suppress_rows_kept'].items())} rows.

## Dropped or absent, and why

- Titles whose key is empty after normalisation: {c['titles_dropped_empty_key']} ({empty}).
- One-word alternate titles that are the job noun of {GENERIC_NOUN_TITLES} or more other occupations' titles (a word \
for many jobs, not one): {len(c['titles_dropped_generic'])} ({generic}).
- Rows naming a code not in Occupation Data: {c['unknown_code_rows_dropped'] or 'none'}; \
related-occupation rows with an unknown code or tier: {c['related_rows_dropped']}.
- Education, Training, and Experience rows of scales not used: {c['ete_rows_not_used']}.
- Without wages: {len(c['without_wages_codes'])} ({', '.join(c['without_wages_codes'])}): military occupations
  (55-) and others OEWS does not publish.
- Without a projection: {len(c['without_projection_codes'])} ({', '.join(c['without_projection_codes'])}).
- OEWS rows no occupation uses: {', '.join(c['oews_rows_unused']) or 'none'}; \
Table 1.2 line items no occupation uses: {', '.join(c['projection_line_items_unused']) or 'none'}.
- Without Skills/Knowledge ratings: {c['without_skills']} / {c['without_knowledge']} \
(not rated in O*NET 29.2: "All Other" codes and occupations still being surveyed).
- Without education / experience / training distributions: \
{c['without_education']} / {c['without_experience']} / {c['without_training']}.
- Without a job zone: {c['without_job_zone']}; without tasks: {c['without_tasks']}; \
without technology: {c['without_tech']}; without related occupations: {c['without_related']}.
- Task types: {', '.join(f"{k} {v:,}" for k, v in c['task_types'].items())} ('n/a' counts as not core).
"""


def write(out: Path, lines: list[str], index: dict[str, Any], counts: dict[str, Any]) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    jsonl = "".join(lines).encode("utf-8")
    index_bytes = (dumps(index) + "\n").encode("utf-8")
    terms_bytes = (dumps(build_terms(json.loads(line) for line in lines)) + "\n").encode("utf-8")
    moves_bytes = (dumps(build_moves(json.loads(line) for line in lines)) + "\n").encode("utf-8")
    sizes = {"occupations.jsonl": len(jsonl), "index.json": len(index_bytes), TERMS_FILE: len(terms_bytes),
             MOVES_FILE: len(moves_bytes)}
    for name, data in (("occupations.jsonl", jsonl), ("index.json", index_bytes), (TERMS_FILE, terms_bytes),
                       (MOVES_FILE, moves_bytes),
                       ("BUILD.md", report(counts, sizes).encode("utf-8"))):
        temporary = out / (name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(out / name)
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared sources folder")
    parser.add_argument("--out", type=Path, default=ROOT / "knowledge" / "official", help="where to write")
    args = parser.parse_args(argv)
    try:
        lines, index, counts = build(args.shared)
    except BuildError as error:
        print(f"build_official: {error}", file=sys.stderr)
        return 1
    sizes = write(args.out, lines, index, counts)
    print(f"wrote {args.out}: {counts['occupations']} occupations, "
          + ", ".join(f"{name} {n:,} bytes" for name, n in sizes.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
