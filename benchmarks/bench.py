"""``python -m benchmarks``: how fast the bot starts, loads, answers and scales (a report, not a test).

Prints an aligned table (``--json``: one JSON object) with a target and pass/fail per figure. It
always exits 0 unless ``--check`` is given, then 1 when a target is missed.

    python -m benchmarks                       # full run (about a minute at most)
    python -m benchmarks --quick               # fewer rounds, scale 10,100
    python -m benchmarks --scale 10,100,1000 --json
    python -m benchmarks --profile             # also where the time goes per message (cProfile)
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import math
import os
import platform
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bot
from bot.engine import Engine
from bot.understanding.intents import load_intents
from bot.knowledge.load import SOURCES_FILE, default_knowledge_dir, load_knowledge
from bot.knowledge.official import load_official
from bot.normalise import role_key
from bot.understanding.session import Session

REPO = Path(bot.__file__).resolve().parents[1]
DEV_MESSAGES = REPO.parent / "shared" / "eval" / "dev.jsonl"
LONG_CHARS = 10_000
DEFAULT_SCALES = (10, 100, 1000)
QUICK_SCALES = (10, 100)
ALIASES_PER_ROLE = 20
SYNTHETIC_MESSAGES = 100       # synthetic messages per round at each scale (fresh typos each round)

# What the figures should be (see the brief); None: reported without a target.
TARGETS = {
    "startup_s": 0.3,
    "peak_rss_mb": 60.0,
    "p50_ms": 0.3,
    "p99_ms": 1.0,
    "first_occupation_ms": 5.0,  # the first answer about an O*NET occupation not read before
    "long_max_ms": 10.0,
    "scale_p99_ms": 3.0,       # at 1,000 roles (and more)
    "chart_p50_ms": 150.0,     # drawing a chart PNG once matplotlib is loaded (issue #14)
}
SCALE_TARGET_ROLES = 1000
# Start-up is timed on the question issue #10 names: it looks up an O*NET title and reads one occupation.
STARTUP_QUESTION = "what does a plumber earn"
# First answers about occupations in a fresh process (see measure_first_occupation).
OCCUPATION_QUESTIONS = ("what does a plumber earn", "electrician salary", "what does a dental hygienist do",
                        "how do I become a firefighter", "job outlook for pharmacists")

# Used when dev.jsonl is not found: varied questions, typos, chat spellings, compare, recommend.
BUILTIN_MESSAGES = (
    "hi", "hello there!", "thanks a lot", "what can you do?", "which roles do you know",
    "What does a data architect actually do?", "tell me about lead ML engineers", "data manager?",
    "Software Data Engineer", "what is a machine learning data architect", "wat does an mlops engineer do",
    "how much does a data scientist earn", "data enginer salary", "ai architect pay in the US",
    "what skills does a data analyst need", "skils for a computer vision engineer",
    "what degree do I need to become an AI research scientist", "certifications for a database administrator",
    "what tools does an analytics engineer use", "tech stack of a deep learning engineer",
    "is data governance manager a growing field", "job outlook for statisticians",
    "which industries hire nlp engineers", "how do i become a business intelligence analyst",
    "data architect vs data engineer", "what's the difference between an ML engineer and a data scientist",
    "which pays more, ai architect or ml architect", "compare data analyst and statistician skills",
    "roles similar to data scientist", "jobs like machine learning engineer",
    "I love SQL and designing database schemas, what job suits me?",
    "i like training models and deploying them, what should i be",
    "recommend me a role, i enjoy statistics and r", "architect", "what does an analyst do",
    "what does a plumber earn", "software engineer salary", "dataarchitect", "engineer machine learning",
    "...",
)

LONG_PARAGRAPHS = (
    "I have been working as a data analyst in a retail company for about five years. Most of my day is "
    "spent writing SQL queries, cleaning spreadsheets, building dashboards in Tableau and Power BI and "
    "explaining the numbers to managers who want to know why sales went up or down last week. ",
    "Lately I have been learning Python, pandas and a bit of scikit-learn in the evenings, and I trained my "
    "first machine learning models on our sales data to forecast demand for the next quarter. ",
    "I keep reading about data scientists, machine learning engineers, data engineers and analytics "
    "engineers, and honestly the job titles blur together: a data engineer builds pipelines with Airflow "
    "and Spark, an analytics engineer models data with dbt, a data scientist runs experiments and builds "
    "models, and a machine learning engineer puts models into production with Docker and Kubernetes. ",
    "My manager says a business intelligence analyst role would be the natural next step, while a friend "
    "who is a data architect tells me to learn data modelling and cloud platforms like AWS and Azure. ",
    "I enjoy statistics, designing experiments and telling stories with data, but I also like automating "
    "boring work and writing clean code, and I am curious about deep learning and NLP. ",
    "I do not have a master's degree, only a bachelor's in economics, and I wonder whether that matters "
    "for a data scientist or a machine learning engineer, or whether a portfolio of projects is enough. ",
)
# A person describing themselves without naming roles: the recommender reads all 10,000 characters.
LONG_INTERESTS = (
    "I studied economics and for the last few years I have worked in a small online shop, where I ended up "
    "owning everything to do with numbers: sales reports, stock levels, the weekly meeting slides. ",
    "I enjoy statistics, designing experiments and finding out why something happened, and I like writing "
    "SQL queries and automating boring spreadsheet work with Python scripts. ",
    "I am good at explaining results to people who do not like numbers, and I like drawing charts and "
    "building dashboards in Tableau, but I get bored when the work is only about pretty pictures. ",
    "In my free time I play with pandas, scikit-learn and small neural networks, I read about cloud "
    "platforms like AWS and Azure, and I once built a pipeline that pulls prices from a supplier every night. ",
    "I care about data quality and clean, well documented code, and I would like to keep learning modelling, "
    "forecasting and maybe natural language processing. ",
)
LONG_QUESTIONS = {
    "question": (LONG_PARAGRAPHS, "What is the difference between a data scientist and a machine learning "
                                  "engineer, and which skills would I need for each? "),
    "recommend": (LONG_INTERESTS, "Which role would suit me best? "),
}


# --- small helpers --------------------------------------------------------------------------

def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (q in 0..100)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def summarise_ns(samples_ns: Sequence[int]) -> dict[str, float]:
    """p50/p99/max/mean in milliseconds of perf_counter_ns samples."""
    ms = sorted(s / 1e6 for s in samples_ns)
    return {
        "p50_ms": round(percentile(ms, 50), 4),
        "p99_ms": round(percentile(ms, 99), 4),
        "max_ms": round(ms[-1], 4) if ms else float("nan"),
        "mean_ms": round(statistics.fmean(ms), 4) if ms else float("nan"),
        "samples": len(ms),
    }


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
    }


def machine_line(m: dict[str, Any]) -> str:
    return (f"{m['cpu']} ({m['machine']}), {m['cpus']} CPUs, {m['implementation']} {m['python']}, "
            f"{m['system']}")


def load_messages(path: str | os.PathLike[str] | None = None) -> tuple[list[str], str]:
    """Messages from a JSONL file ({"q": ...} per line) or a text file (one per line); else the built-in list."""
    candidate = Path(path) if path else DEV_MESSAGES
    if candidate.is_file():
        out = []
        for line in candidate.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.lstrip().startswith("{"):
                item = json.loads(line)
                text = item.get("q", item.get("text", item.get("message")))
                if isinstance(text, str):
                    out.append(text)
            else:
                out.append(line)
        if out:
            return out, str(candidate)
    if path:
        raise SystemExit(f"bench: no messages in {path}")
    return list(BUILTIN_MESSAGES), "built-in list"


def long_message(kind: str, chars: int = LONG_CHARS) -> str:
    """A realistic long message of exactly ``chars`` characters: background, the question early on."""
    paragraphs, question = LONG_QUESTIONS[kind]
    text = paragraphs[0] + paragraphs[1] + question
    i = 2
    while len(text) < chars:
        text += paragraphs[i % len(paragraphs)]
        i += 1
    return text[:chars]


def gibberish_message(rng: random.Random, chars: int = LONG_CHARS) -> str:
    """Made-up words never seen before: every one misses the typo-correction caches."""
    words_ = []
    total = 0
    while total < chars:
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 12)))
        words_.append(word)
        total += len(word) + 1
    return " ".join(words_)[:chars]


# --- what is measured -----------------------------------------------------------------------

def measure_startup(runs: int = 7, question: str = STARTUP_QUESTION) -> dict[str, Any]:
    """Wall time and peak RSS of ``python -m bot ask QUESTION`` as a whole process (median of ``runs``)."""
    cmd = [sys.executable, "-m", "bot", "ask", question]
    baseline = [sys.executable, "-c", "pass"]
    _run_process(cmd)  # warm the file cache and .pyc files; not counted
    times, rss, errors = [], [], []
    for _ in range(runs):
        seconds, peak_kib, code, err = _run_process(cmd)
        times.append(seconds)
        if peak_kib:
            rss.append(peak_kib)
        if code != 0:
            errors.append(f"exit {code}: {err.strip()[-300:]}")
    base = [_run_process(baseline)[0] for _ in range(max(3, runs // 2))]
    return {
        "command": "python -m bot ask " + json.dumps(question),
        "runs": runs,
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "interpreter_s": round(statistics.median(base), 4),
        "peak_rss_mb": round(max(rss) / 1024, 2) if rss else None,
        "errors": errors,
    }


def _run_process(cmd: list[str]) -> tuple[float, int | None, int, str]:
    """(seconds, peak RSS in KiB or None, exit code, stderr) of one run of ``cmd``."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter_ns()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                cwd=REPO)
        if hasattr(os, "wait4"):
            # wait4 gives this child's own rusage: its peak RSS, not the maximum over all children.
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter_ns() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)  # macOS reports bytes
        else:  # pragma: no cover - Windows
            proc.wait()
            elapsed = time.perf_counter_ns() - start
            peak = None
        err.seek(0)
        return elapsed / 1e9, peak, proc.returncode, err.read().decode("utf-8", "replace")


def measure_load(knowledge_dir: str | os.PathLike[str] | None = None, repeats: int = 3) -> dict[str, Any]:
    """Best-of-``repeats`` times of load_knowledge, load_intents, load_official and Engine(kb, intents, official)."""
    best = {"knowledge_s": math.inf, "intents_s": math.inf, "official_s": math.inf, "engine_build_s": math.inf}
    engine: Engine | None = None
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        kb = load_knowledge(knowledge_dir)
        t1 = time.perf_counter_ns()
        intents = load_intents()
        t2 = time.perf_counter_ns()
        official = load_official()
        t3 = time.perf_counter_ns()
        engine = Engine(kb, intents, official)
        t4 = time.perf_counter_ns()
        for key, ns in (("knowledge_s", t1 - t0), ("intents_s", t2 - t1), ("official_s", t3 - t2),
                        ("engine_build_s", t4 - t3)):
            best[key] = min(best[key], ns / 1e9)
    if engine is None:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    out: dict[str, Any] = {key: round(value, 5) for key, value in best.items()}
    out["load_s"] = round(best["knowledge_s"] + best["intents_s"] + best["official_s"], 5)
    out["roles"] = len(engine.kb.roles)
    out["intents"] = len(engine.intents.intents)
    return out


def time_replies(engine: Engine, messages: Iterable[str]) -> tuple[list[int], int]:
    """Per-message perf_counter_ns of ``engine.reply`` with a fresh Session each, and the loop's wall time."""
    samples = []
    perf = time.perf_counter_ns
    start = perf()
    for text in messages:
        t0 = perf()
        engine.reply(text, Session())
        samples.append(perf() - t0)
    return samples, perf() - start


def measure_latency(engine: Engine, messages: Sequence[str], rounds: int) -> dict[str, Any]:
    """p50/p99/max over ``rounds`` passes (after one untimed warm-up pass) and messages per second."""
    time_replies(engine, messages)  # warm-up: lazy recommender, typo caches
    gc.collect()
    samples: list[int] = []
    wall = 0
    for _ in range(rounds):
        got, ns = time_replies(engine, messages)
        samples += got
        wall += ns
    out: dict[str, Any] = summarise_ns(samples)
    out["rounds"] = rounds
    out["messages"] = len(messages)
    out["throughput_msg_s"] = round(len(samples) / (wall / 1e9), 1) if wall else None
    return out


def measure_cold(make_engine: Callable[[], Engine], messages: Sequence[str],
                 recommend: str = "I love SQL and designing database schemas, what job suits me?") -> dict[str, Any]:
    """A fresh engine's first pass (per-engine caches empty) and its first recommendation (lazy build)."""
    engine = make_engine()
    t0 = time.perf_counter_ns()
    engine.reply(recommend, Session())
    first_recommend = time.perf_counter_ns() - t0
    t0 = time.perf_counter_ns()
    engine.reply(recommend, Session())
    second_recommend = time.perf_counter_ns() - t0
    engine = make_engine()
    samples, _ = time_replies(engine, messages)
    out = summarise_ns(samples)
    out["first_recommend_ms"] = round(first_recommend / 1e6, 3)
    out["second_recommend_ms"] = round(second_recommend / 1e6, 3)
    return out


_FIRST_ANSWERS = """
import json, sys, time
from bot.engine import Engine
from bot.understanding.session import Session
engine = Engine.load()
out = []
for question in sys.argv[1:]:
    start = time.perf_counter_ns()
    reply, _ = engine.reply(question, Session())
    out.append({"ms": (time.perf_counter_ns() - start) / 1e6, "roles": list(reply.roles)})
print(json.dumps(out))
"""


def measure_first_occupation(questions: Sequence[str] = OCCUPATION_QUESTIONS) -> dict[str, Any]:
    """First answers about O*NET occupations in a fresh process after Engine.load: the very first (which
    also pays for what any first answer sets up: compiled patterns, indexes built on first use), then one
    about each other occupation, none read before (its line of occupations.jsonl, its title bucket)."""
    run = subprocess.run([sys.executable, "-c", _FIRST_ANSWERS, *questions], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    try:
        found = json.loads(run.stdout)
    except ValueError:
        return {"questions": len(questions), "first_ms": None, "median_ms": None, "max_ms": None,
                "errors": [f"exit {run.returncode}: {run.stderr.strip()[-300:]}"]}
    errors = [f"{q!r} was not answered about an O*NET occupation: {f['roles']}"
              for q, f in zip(questions, found, strict=True) if not any(r.startswith("onet:") for r in f["roles"])]
    later = [f["ms"] for f in found[1:]]
    return {"questions": len(questions), "first_ms": round(found[0]["ms"], 3),
            "median_ms": round(statistics.median(later), 3) if later else None,
            "max_ms": round(max(later), 3) if later else None, "errors": errors}


def measure_long(engine: Engine, runs: int = 20, seed: int = 7) -> dict[str, Any]:
    """Latency of 10,000-character messages: a realistic question, a recommendation, made-up words."""
    out: dict[str, Any] = {"chars": LONG_CHARS, "runs": runs}
    for kind in LONG_QUESTIONS:
        text = long_message(kind)
        reply, _ = engine.reply(text, Session())  # warm-up, and what the engine made of it
        samples, _ = time_replies(engine, [text] * runs)
        stats = summarise_ns(samples)
        out[kind] = {"p50_ms": stats["p50_ms"], "max_ms": stats["max_ms"], "intent": reply.intent}
    rng = random.Random(seed)
    texts = [gibberish_message(rng) for _ in range(max(3, runs // 4))]
    samples, _ = time_replies(engine, texts)
    stats = summarise_ns(samples)
    out["gibberish"] = {"p50_ms": stats["p50_ms"], "max_ms": stats["max_ms"], "runs": len(texts)}
    return out


# --- a synthetic knowledge base -------------------------------------------------------------

SENIORITY = (("junior", "jr"), ("senior", "sr"), ("lead", None), ("principal", "princ"), ("staff", None),
             ("associate", "assoc"), ("chief", None), ("head of", None), ("graduate", "grad"),
             ("mid-level", "mid level"), ("entry-level", "entry level"), ("distinguished", None),
             ("senior staff", "sr staff"), ("apprentice", None))
DOMAINS = (
    ("geospatial", "gis"), ("clinical", None), ("financial", "finance"), ("retail", None),
    ("marketing", None), ("supply chain", None), ("healthcare", "health care"), ("insurance", None),
    ("energy", None), ("telecom", "telecommunications"), ("automotive", None), ("aerospace", None),
    ("pharmaceutical", "pharma"), ("genomics", None), ("biomedical", None), ("agricultural", "agritech"),
    ("climate", None), ("logistics", None), ("manufacturing", None), ("cybersecurity", None),
    ("fraud", None), ("credit risk", None), ("payments", None), ("e-commerce", "online retail"),
    ("advertising", "adtech"), ("media", None), ("gaming", "video game"), ("edtech", None),
    ("public sector", "government"), ("legal", None), ("regulatory compliance", None),
    ("customer", None), ("pricing", None), ("revenue", None), ("sales", None), ("people analytics", None),
    ("workforce", None), ("real estate", "property"), ("mobility", None), ("railway", None),
    ("maritime", "shipping"), ("mining", None), ("oil and gas", "petroleum"), ("utilities", None),
    ("semiconductor", "chip"), ("robotics", None), ("sports", None), ("music", None),
    ("streaming", None), ("social media", None), ("search", None), ("speech", None),
    ("satellite", None), ("weather", "meteorological"), ("ocean", "marine"), ("environmental", None),
    ("sustainability", "esg"), ("carbon", None), ("nutrition", None), ("food", None),
    ("hospitality", None), ("travel", None), ("banking", None), ("trading", None), ("actuarial", None),
    ("tax", None), ("audit", None), ("procurement", None), ("inventory", None), ("warehouse", None),
    ("fleet", None), ("network", None), ("quantum", None), ("blockchain", "crypto"), ("defence", "defense"),
    ("nuclear", None), ("neuroscience", None), ("epidemiology", None), ("census", None),
    ("political", None), ("nonprofit", "charity"), ("museum", None), ("publishing", None),
    ("fashion", None), ("beauty", None), ("veterinary", None), ("dental", None), ("radiology", None),
    ("oncology", None), ("cardiology", None), ("wealth management", None), ("lending", None),
    ("mortgage", None), ("airline", None), ("hotel", None), ("construction", None), ("forestry", None),
    ("fisheries", None), ("water", None), ("smart city", None), ("space", None), ("esports", None),
)
FUNCTIONS = (
    ("data quality", "dq", "data integrity"), ("machine learning", "ml", "statistical learning"),
    ("data platform", None, "data infrastructure"), ("analytics", None, "insights"),
    ("data pipeline", None, "etl"), ("business intelligence", "bi", "reporting"),
    ("deep learning", "dl", "neural network"), ("computer vision", "cv", "image recognition"),
    ("natural language processing", "nlp", "text mining"), ("mlops", None, "ml operations"),
    ("data governance", None, "data stewardship"), ("master data", "mdm", "reference data"),
    ("experimentation", None, "ab testing"), ("forecasting", None, "time series"),
    ("optimisation", "optimization", "operations research"), ("simulation", None, "digital twin"),
    ("decision science", None, "decision analytics"), ("data visualisation", "dataviz", "dashboarding"),
    ("site reliability", "sre", "production reliability"), ("data security", None, "data protection"),
    ("data privacy", None, "privacy compliance"), ("search relevance", None, "ranking"),
    ("recommender systems", "recsys", "personalisation"), ("causal inference", None, "causal modelling"),
    ("data modelling", "data modeling", "schema design"), ("database", "db", "dbms"),
    ("streaming data", None, "real time data"), ("feature engineering", None, "feature store"),
    ("model risk", None, "model validation"), ("ai safety", None, "ai alignment"),
    ("generative ai", "genai", "llm"), ("reinforcement learning", "rl", "sequential decision"),
    ("knowledge graph", "kg", "ontology"), ("data labelling", "data labeling", "annotation"),
    ("cloud data", None, "cloud analytics"), ("data product", None, "data as a product"),
    ("quantitative research", "quant", "quantitative modelling"), ("signal processing", "dsp", "sensor analytics"),
)
NOUNS = (
    ("engineer", "eng", "engineering specialist"), ("scientist", None, "research scientist"),
    ("analyst", None, "analytics specialist"), ("architect", None, "solution designer"),
    ("manager", "mgr", "team manager"), ("developer", "dev", "programmer"), ("specialist", None, "expert"),
    ("consultant", None, "advisor"), ("administrator", "admin", "operator"), ("strategist", None, "planner"),
    ("product manager", "pm", "product owner"), ("researcher", None, "research lead"),
    ("steward", None, "custodian"), ("designer", None, "design lead"), ("statistician", None, "methodologist"),
    ("modeller", "modeler", "model builder"),
)
GROUP_BY_NOUN = {"engineer": "engineering", "developer": "engineering", "administrator": "engineering",
                 "scientist": "science", "researcher": "science", "statistician": "science", "modeller": "science",
                 "analyst": "analytics", "specialist": "analytics", "designer": "analytics",
                 "architect": "architecture", "manager": "management", "product manager": "management",
                 "steward": "management", "consultant": "leadership", "strategist": "leadership"}
TOOLS = ("Python", "SQL", "R", "Spark", "Airflow", "dbt", "Kafka", "PyTorch", "TensorFlow", "Tableau",
         "Power BI", "Snowflake", "BigQuery", "Docker", "Kubernetes", "Terraform", "MLflow", "QGIS",
         "PostGIS", "SAS", "Excel", "Looker", "Databricks", "Great Expectations", "Neo4j")


@dataclass(frozen=True)
class SyntheticRole:
    id: str
    name: str
    aliases: tuple[str, ...]
    domain: str
    function: str
    noun: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _alias_candidates(s: tuple, d: tuple, f: tuple, n: tuple) -> list[str]:
    """Other names for seniority × domain × function × noun: abbreviations, synonyms, reorderings."""
    (sen, sen_abbr), (dom, dom_syn), (fun, fun_abbr, fun_syn), (noun, noun_abbr, noun_syn) = s, d, f, n
    funs = [fun] + [x for x in (fun_abbr, fun_syn) if x]
    doms = [dom] + ([dom_syn] if dom_syn else [])
    nouns = [noun] + [x for x in (noun_abbr, noun_syn) if x]
    sens = [sen] + ([sen_abbr] if sen_abbr else [])
    out = [f"{dom} {fun} {noun}", f"{fun} {noun} for {dom}", f"{fun} {noun} ({dom})",
           f"{sen} {fun} {noun} in {dom}", f"{noun} of {dom} {fun}", f"{sen} {noun}, {dom} {fun}",
           f"{dom} {fun} {noun} ({sen})"]
    for fu in funs:
        for do in doms:
            for no in nouns:
                out.append(f"{do} {fu} {no}")
                for se in sens:
                    out.append(f"{se} {do} {fu} {no}")
    out += [f"{sen} {dom} {fun} {noun} role", f"{sen} {dom} {fun} {noun} position"]
    return out


def synthetic_roles(count: int, seed: int = 1, spellings: dict[str, str] | None = None) -> list[SyntheticRole]:
    """``count`` roles with realistic multi-word names and ALIASES_PER_ROLE aliases, all keys unique."""
    rng = random.Random(seed)
    triples = [(d, f, n) for d in DOMAINS for f in FUNCTIONS for n in NOUNS]
    if count > len(triples):
        raise ValueError(f"at most {len(triples)} synthetic roles")
    rng.shuffle(triples)
    claimed: dict[str, str] = {}   # every way the index keys a name -> the role that owns it

    def keys(text: str) -> set[str]:
        plain, spelt = role_key(text), role_key(text, spellings)
        return {plain, spelt, plain.replace(" ", ""), spelt.replace(" ", ""),
                " ".join(sorted(plain.split())), " ".join(sorted(spelt.split()))}

    def free(text: str, owner: str) -> bool:
        return all(claimed.get(k, owner) == owner for k in keys(text))

    roles: list[SyntheticRole] = []
    for d, f, n in triples:
        if len(roles) == count:
            break
        s = rng.choice(SENIORITY)
        name = f"{s[0]} {d[0]} {f[0]} {n[0]}"
        role_id = _slug(name)
        if not free(name, role_id):
            continue
        aliases: list[str] = []
        seen = {role_key(name)}
        for alias in _alias_candidates(s, d, f, n):
            key = role_key(alias)
            if key in seen or not free(alias, role_id):
                continue
            seen.add(key)
            aliases.append(alias)
            if len(aliases) == ALIASES_PER_ROLE:
                break
        if len(aliases) < ALIASES_PER_ROLE:
            continue
        for text in [name] + aliases:
            for k in keys(text):
                claimed[k] = role_id
        roles.append(SyntheticRole(role_id, name.title(), tuple(aliases), d[0], f[0], n[0]))
    if len(roles) < count:
        raise ValueError(f"could only make {len(roles)} distinct synthetic roles")
    return roles


def write_synthetic_kb(directory: str | os.PathLike[str], count: int, seed: int = 1,
                       knowledge_dir: str | os.PathLike[str] | None = None) -> list[SyntheticRole]:
    """A valid knowledge base of ``count`` synthetic roles in ``directory`` (sources copied from the real one)."""
    import yaml
    try:
        from yaml import CSafeDumper as Dumper
    except ImportError:  # pragma: no cover
        from yaml import SafeDumper as Dumper  # type: ignore[assignment]

    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    source_dir = Path(knowledge_dir) if knowledge_dir else default_knowledge_dir()
    (root / SOURCES_FILE).write_text((source_dir / SOURCES_FILE).read_text(encoding="utf-8"), encoding="utf-8")
    spellings = dict(load_intents().language.spellings)
    roles = synthetic_roles(count, seed, spellings)
    rng = random.Random(seed + 1)
    ids = [r.id for r in roles]
    src = "editorial"
    for role in roles:
        noun = role.noun
        others = [i for i in ids if i != role.id]
        profile = {
            "id": role.id,
            "name": role.name,
            "group": GROUP_BY_NOUN[noun],
            "tagline": f"applies {role.function} to {role.domain} problems as a {noun}",
            "aliases": list(role.aliases),
            "summary": {"text": f"A {role.name} applies {role.function} methods to {role.domain} data and "
                                f"works with {role.domain} teams to turn it into decisions.", "source": src},
            "responsibilities": [
                {"text": f"Design, build and maintain {role.function} work for {role.domain} teams.", "source": src},
                {"text": f"Explain results to {role.domain} stakeholders and agree priorities.", "source": src},
                {"text": f"Monitor the quality and reliability of {role.function} outputs.", "source": src},
            ],
            "skills": {
                "technical": [{"text": f"{role.function.capitalize()} methods and tools.", "source": src},
                              {"text": "SQL and Python for data work.", "source": src}],
                "soft": [{"text": "Clear communication with non-specialists.", "source": src}],
            },
            "education": [{"kind": "degree", "text": f"Bachelor's degree in a quantitative field or {role.domain}.",
                           "source": src}],
            "tools": [{"category": "Core tools", "names": rng.sample(TOOLS, 4), "source": src}],
            "industries": [{"text": role.domain.capitalize(), "source": src}],
            "interests": [f"{role.function} for {role.domain}", f"{role.domain} data", f"working as a {noun}"],
            "related": rng.sample(others, min(2, len(others))),
        }
        with open(root / f"{role.id}.yaml", "w", encoding="utf-8") as fh:
            yaml.dump(profile, fh, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=200)
    return roles


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1:]                               # drop a letter
    if op == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]       # swap two
    if op == 2:
        return word[:i] + rng.choice("aeiourstln") + word[i + 1:]    # replace one
    return word[:i] + rng.choice("aeiourstln") + word[i:]            # add one


def misspell(phrase: str, rng: random.Random) -> str:
    """One typo in one of the phrase's longer words ('geospatial' -> 'geospatail')."""
    words_ = phrase.split()
    long_ = [i for i, w in enumerate(words_) if len(w) >= 6 and w.isalpha()]
    if not long_:
        return phrase
    i = rng.choice(long_)
    words_[i] = _typo(words_[i], rng)
    return " ".join(words_)


def plural(phrase: str) -> str:
    return phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s")


def synthetic_messages(roles: Sequence[SyntheticRole], count: int, rng: random.Random
                       ) -> list[tuple[str, tuple[str, ...]]]:
    """Messages that name synthetic roles (typos, plurals, aliases, two roles to compare), with the ids meant."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for _ in range(count):
        a, b = rng.choice(roles), rng.choice(roles)
        name_a, name_b = a.name.lower(), b.name.lower()
        alias_a, alias_b = rng.choice(a.aliases), rng.choice(b.aliases)
        one = [
            f"what does a {name_a} do",
            f"how much does a {misspell(alias_a, rng)} earn?",
            f"{plural(name_a)} salary",
            f"skills for {misspell(name_a, rng)}",
            f"tell me about {plural(alias_a)}",
            f"what tools do {plural(misspell(name_a, rng))} use",
            f"how do i become a {alias_a}",
            f"is {name_a} a growing field?",
            f"{name_a}",
            f"{' '.join(reversed(name_a.split()))}",
            f"I'm a junior analyst thinking about becoming a {misspell(alias_a, rng)}; what should I learn?",
            f"roles similar to {name_a}",
            f"which industries hire {plural(alias_a)}",
            f"{name_a.replace(' ', '')}",
        ]
        two = [
            f"{name_a} vs {name_b}",
            f"what's the difference between a {misspell(alias_a, rng)} and a {alias_b}",
            f"which pays more, {plural(name_a)} or {plural(misspell(name_b, rng))}?",
            f"compare {alias_a} and {alias_b} skills",
        ]
        if rng.random() < 0.25:
            out.append((rng.choice(two), (a.id, b.id)))
        elif rng.random() < 0.05:
            out.append((f"I like {a.function} and {a.domain} data, which role suits me?", ()))
        else:
            out.append((rng.choice(one), (a.id,)))
    return out


def measure_scale(count: int, rounds: int, dev_messages: Sequence[str], seed: int = 1,
                  profile: cProfile.Profile | None = None) -> dict[str, Any]:
    """Load, build and answer at ``count`` synthetic roles; fresh typos every round."""
    intents = load_intents()
    with tempfile.TemporaryDirectory(prefix=f"bench-kb-{count}-") as tmp:
        t0 = time.perf_counter_ns()
        roles = write_synthetic_kb(tmp, count, seed)
        t1 = time.perf_counter_ns()
        kb = load_knowledge(tmp)
        t2 = time.perf_counter_ns()
        engine = Engine(kb, intents)
        t3 = time.perf_counter_ns()
    rng = random.Random(seed + count)
    recommend = f"I like {roles[0].function} and {roles[0].domain} data, which role suits me?"
    t = time.perf_counter_ns()
    engine.reply(recommend, Session())  # the first recommendation builds the recommender
    first_recommend = time.perf_counter_ns() - t
    # Is the index doing its job? Share of synthetic messages whose roles were all found.
    probe = synthetic_messages(roles, 200, random.Random(seed))
    hits = total = 0
    for text, meant in probe:
        if not meant:
            continue
        reply, _ = engine.reply(text, Session())
        total += 1
        found = set(reply.roles) | set(reply.candidates)
        hits += all(m in found for m in meant)
    time_replies(engine, list(dev_messages))  # warm-up
    gc.collect()
    samples: list[int] = []
    wall = 0
    for _ in range(rounds):
        messages = [text for text, _ in synthetic_messages(roles, SYNTHETIC_MESSAGES, rng)] + list(dev_messages)
        if profile:
            profile.enable()
        got, ns = time_replies(engine, messages)
        if profile:
            profile.disable()
        samples += got
        wall += ns
    out: dict[str, Any] = {"roles": count, "aliases_per_role": ALIASES_PER_ROLE,
                           "index_keys": len(engine.understander.index.exact)}
    out["generate_s"] = round((t1 - t0) / 1e9, 4)
    out["load_s"] = round((t2 - t1) / 1e9, 4)
    out["build_s"] = round((t3 - t2) / 1e9, 4)
    out.update(summarise_ns(samples))
    out["rounds"] = rounds
    out["messages_per_round"] = SYNTHETIC_MESSAGES + len(dev_messages)
    out["throughput_msg_s"] = round(len(samples) / (wall / 1e9), 1) if wall else None
    out["first_recommend_ms"] = round(first_recommend / 1e6, 3)
    out["role_hit_rate"] = round(hits / total, 3) if total else None
    return out


# --- charts ---------------------------------------------------------------------------------

CHART_ROLES = ("data-scientist", "statistician", "data-architect", "database-administrator")
FIRST_CHART = """
import sys, time
from bot.engine import Engine
from bot.answers.charts import pay_chart, render_png
engine = Engine.load()
chart = pay_chart(["data-scientist", "statistician"], engine.kb, engine.official)
t = time.perf_counter()
png = render_png(chart)
print(time.perf_counter() - t, len(png))
"""


def chart_codes(engine: Engine, count: int) -> list[str]:
    """``count`` O*NET codes spread over the list, each with wages and an education distribution."""
    official = engine.official
    assert official is not None  # Engine.load always loads the official tier
    codes = [c for c in official.names if official.occupation(c).wages is not None
             and official.occupation(c).education]
    step = max(1, len(codes) // max(count, 1))
    return [codes[(i * step) % len(codes)] for i in range(count)]


def chart_examples(engine: Engine, codes: Sequence[str]) -> list:
    """One chart per code, in turn pay, growth and education, each pay or growth chart with a second
    occupation and up to three curated roles."""
    from bot.answers.charts import education_chart, growth_chart, pay_chart
    out = []
    for i, code in enumerate(codes):
        roles = (f"onet:{code}", f"onet:{codes[(i + len(codes) // 2) % len(codes)]}") + CHART_ROLES[:i % 4]
        if i % 3 == 0:
            out.append(pay_chart(roles, engine.kb, engine.official))
        elif i % 3 == 1:
            out.append(growth_chart(roles, engine.kb, engine.official))
        else:
            out.append(education_chart(roles[0], engine.kb, engine.official))
    return [c for c in out if c is not None]


def measure_charts(runs: int = 30) -> dict[str, Any]:
    """The first chart in a fresh process (imports matplotlib), then ``runs`` different charts drawn
    one after another (none cached), then a cached one; and the cost of building a chart's data."""
    from bot.answers import charts
    out: dict[str, Any] = {}
    first = subprocess.run([sys.executable, "-c", FIRST_CHART], capture_output=True, text=True,
                           cwd=str(REPO), timeout=120)
    out["first_chart_ms"] = round(float(first.stdout.split()[0]) * 1000, 1) if first.returncode == 0 else None
    engine = Engine.load()
    codes = chart_codes(engine, runs)
    chart_examples(engine, codes)  # reads the occupations once (the engine keeps the last 256 read)
    t = time.perf_counter_ns()
    examples = chart_examples(engine, codes)
    out["data_ms_each"] = round((time.perf_counter_ns() - t) / 1e6 / max(len(examples), 1), 3)
    charts._render_cached.cache_clear()
    warm_up = charts.pay_chart(["statistician"], engine.kb, engine.official)
    assert warm_up is not None  # the statistician's occupation has OEWS wages
    charts.render_png(warm_up)  # matplotlib loaded
    samples: list[int] = []  # nanoseconds per chart
    sizes: list[int] = []  # PNG bytes
    by_kind: dict[str, list[int]] = {}
    for chart in examples:
        gc.collect()
        t = time.perf_counter_ns()
        png = charts.render_png(chart)
        elapsed = time.perf_counter_ns() - t
        samples.append(elapsed)
        sizes.append(len(png))
        by_kind.setdefault(chart.kind, []).append(elapsed)
    out.update(summarise_ns(samples))
    out["charts"] = len(samples)
    out["p50_ms_by_kind"] = {kind: summarise_ns(v)["p50_ms"] for kind, v in by_kind.items()}
    out["png_kb_median"] = round(statistics.median(sizes) / 1024, 1) if sizes else None
    t = time.perf_counter_ns()
    charts.render_png(examples[0])
    out["cached_ms"] = round((time.perf_counter_ns() - t) / 1e6, 4)
    return out


# --- the report -----------------------------------------------------------------------------

def _check(name: str, value: float | None, unit: str, target: float | None) -> dict[str, Any]:
    ok = None if target is None or value is None else value <= target
    return {"name": name, "value": value, "unit": unit, "target": target, "ok": ok}


def checks(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure of the table, in order, with its target (None: informational)."""
    rows = []
    s = results.get("startup")
    if s:
        rows += [_check("startup: python -m bot ask (median)", s["median_s"], "s", TARGETS["startup_s"]),
                 _check("startup: bare interpreter (median)", s["interpreter_s"], "s", None),
                 _check("peak RSS of the ask process", s["peak_rss_mb"], "MB", TARGETS["peak_rss_mb"])]
    ld = results["load"]
    rows += [_check(f"load knowledge ({ld['roles']} roles)", ld["knowledge_s"] * 1000, "ms", None),
             _check(f"load intents ({ld['intents']})", ld["intents_s"] * 1000, "ms", None),
             _check("load official index", ld["official_s"] * 1000, "ms", None),
             _check("engine build", ld["engine_build_s"] * 1000, "ms", None)]
    lat = results["latency"]
    n = f"{lat['messages']} msgs × {lat['rounds']}"
    rows += [_check(f"latency p50 ({n})", lat["p50_ms"], "ms", TARGETS["p50_ms"]),
             _check("latency p99", lat["p99_ms"], "ms", TARGETS["p99_ms"]),
             _check("latency max", lat["max_ms"], "ms", None),
             _check("throughput (one core)", lat["throughput_msg_s"], "msg/s", None)]
    cur = results.get("latency_curated")
    if cur:
        rows += [_check("  without the official tier: p50", cur["p50_ms"], "ms", None),
                 _check("  without the official tier: p99", cur["p99_ms"], "ms", None)]
    first = results.get("first_occupation")
    if first:
        rows += [_check("first answer of a fresh process (an occupation)", first["first_ms"], "ms", None),
                 _check(f"first answer about another occupation (median of {first['questions'] - 1})",
                        first["median_ms"], "ms", None),
                 _check("first answer about another occupation (max)", first["max_ms"], "ms",
                        TARGETS["first_occupation_ms"])]
    cold = results.get("cold")
    if cold:
        rows += [_check("cold engine: first pass p50", cold["p50_ms"], "ms", None),
                 _check("cold engine: first pass p99", cold["p99_ms"], "ms", None),
                 _check("cold engine: first recommend", cold["first_recommend_ms"], "ms", None),
                 _check("  then a second recommend", cold["second_recommend_ms"], "ms", None)]
    lm = results.get("long_message")
    if lm:
        for kind in LONG_QUESTIONS:
            rows += [_check(f"10k-char {kind} ({lm[kind]['intent']}) p50", lm[kind]["p50_ms"], "ms", None),
                     _check(f"10k-char {kind} max", lm[kind]["max_ms"], "ms", TARGETS["long_max_ms"])]
        rows += [_check("10k-char made-up words p50 (uncached)", lm["gibberish"]["p50_ms"], "ms", None),
                 _check("10k-char made-up words max", lm["gibberish"]["max_ms"], "ms", None)]
    for sc in results.get("scale", []):
        target = TARGETS["scale_p99_ms"] if sc["roles"] >= SCALE_TARGET_ROLES else None
        label = f"scale {sc['roles']:,} roles"
        rows += [_check(f"{label}: load knowledge", sc["load_s"] * 1000, "ms", None),
                 _check(f"{label}: engine build", sc["build_s"] * 1000, "ms", None),
                 _check(f"{label}: p50", sc["p50_ms"], "ms", None),
                 _check(f"{label}: p99", sc["p99_ms"], "ms", target),
                 _check(f"{label}: max", sc["max_ms"], "ms", None),
                 _check(f"{label}: throughput", sc["throughput_msg_s"], "msg/s", None),
                 _check(f"{label}: first recommend", sc["first_recommend_ms"], "ms", None),
                 _check(f"{label}: roles found", (sc["role_hit_rate"] or 0) * 100, "%", None)]
    ch = results.get("charts")
    if ch:
        rows += [_check("chart: first, fresh process (imports matplotlib)", ch["first_chart_ms"], "ms", None),
                 _check(f"chart: drawing p50 ({ch['charts']} different charts)", ch["p50_ms"], "ms",
                        TARGETS["chart_p50_ms"]),
                 _check("chart: drawing p99", ch["p99_ms"], "ms", None),
                 _check("chart: the same chart again (cached)", ch["cached_ms"], "ms", None),
                 _check("chart: its data (occupations already read)", ch["data_ms_each"], "ms", None),
                 _check("chart: PNG size (median)", ch["png_kb_median"], "KB", None)]
    return rows


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def format_table(results: dict[str, Any]) -> str:
    rows = [("figure", "value", "unit", "target", "")]
    for c in results["checks"]:
        target = "—" if c["target"] is None else f"≤ {_fmt(c['target'])}"
        status = "" if c["ok"] is None else ("pass" if c["ok"] else "FAIL")
        rows.append((c["name"], _fmt(c["value"]), c["unit"], target, status))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = [f"Machine: {machine_line(results['machine'])}",
             f"Messages: {results['config']['messages']} from {results['config']['messages_source']}", ""]
    for i, r in enumerate(rows):
        lines.append(f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}} {r[2]:<{widths[2]}}  {r[3]:<{widths[3]}}  {r[4]}"
                     .rstrip())
        if i == 0:
            lines.append("-" * (sum(widths) + 8))
    missed = [c["name"] for c in results["checks"] if c["ok"] is False]
    lines.append("")
    lines.append("All targets met." if not missed else f"{len(missed)} target(s) missed: " + "; ".join(missed))
    errors = (results.get("startup") or {}).get("errors")
    if errors:
        lines.append("The ask process failed: " + " | ".join(errors))
    errors = (results.get("first_occupation") or {}).get("errors")
    if errors:
        lines.append("First occupation answers: " + " | ".join(errors))
    return "\n".join(lines)


def _profile_report(profile: cProfile.Profile, title: str, top: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return f"\n=== profile: {title} ===\n" + out.getvalue()


def run(*, messages_file: str | None = None, rounds: int = 20, startup_runs: int = 7,
        scales: Sequence[int] = DEFAULT_SCALES, scale_rounds: int = 5, long_runs: int = 20,
        profile: bool = False, chart_runs: int = 30) -> dict[str, Any]:
    """Every measurement; the JSON object ``--json`` prints."""
    messages, source = load_messages(messages_file)
    results: dict[str, Any] = {
        "machine": machine(),
        "config": {"messages": len(messages), "messages_source": source, "rounds": rounds,
                   "startup_runs": startup_runs, "scales": list(scales), "scale_rounds": scale_rounds,
                   "long_runs": long_runs, "chart_runs": chart_runs, "targets": TARGETS},
    }
    if startup_runs > 0:
        results["startup"] = measure_startup(startup_runs)
    results["load"] = measure_load()
    if startup_runs > 0:
        results["first_occupation"] = measure_first_occupation()
    kb, intents = load_knowledge(), load_intents()
    # As the bot runs (Engine.load): with the official tier, whose titles every message is looked up in.
    engine = Engine(kb, intents, load_official())
    results["latency"] = measure_latency(engine, messages, rounds)
    results["latency_curated"] = measure_latency(Engine(kb, intents), messages, max(1, rounds // 2))
    results["cold"] = measure_cold(lambda: Engine(kb, intents, load_official()), messages)
    results["long_message"] = measure_long(engine, long_runs)
    profiles = []
    if profile:
        prof = cProfile.Profile()
        for _ in range(max(rounds, 1)):
            prof.enable()
            time_replies(engine, messages)
            prof.disable()
        profiles.append(_profile_report(prof, f"real knowledge base, {len(messages)} messages × {max(rounds, 1)}"))
    results["scale"] = []
    for count in scales:
        scale_prof = cProfile.Profile() if profile and count == max(scales) else None
        results["scale"].append(measure_scale(count, scale_rounds, messages, profile=scale_prof))
        if scale_prof:
            profiles.append(_profile_report(scale_prof, f"{count:,} synthetic roles"))
    if chart_runs > 0:
        results["charts"] = measure_charts(chart_runs)
    results["checks"] = checks(results)
    results["ok"] = all(c["ok"] is not False for c in results["checks"])
    if profiles:
        results["profile_text"] = "".join(profiles)
    return results


def _scales(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("expected role counts like 10,100,1000") from None
    if any(v < 2 for v in values):
        raise argparse.ArgumentTypeError("a synthetic knowledge base needs at least 2 roles")
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--messages", metavar="FILE", help="messages to time: JSONL with a 'q' field, or one a "
                        f"line (default: {DEV_MESSAGES}, else a built-in list)")
    parser.add_argument("--scale", type=_scales, metavar="N,N,...", help="synthetic knowledge base sizes "
                        "(default: 10,100,1000; --quick: 10,100; 0 roles: --scale '')")
    parser.add_argument("--rounds", type=int, help="passes over the messages (default 20, --quick 3)")
    parser.add_argument("--scale-rounds", type=int, help="passes at each scale (default 5, --quick 2)")
    parser.add_argument("--startup-runs", type=int, help="runs of the ask process (default 7, --quick 3)")
    parser.add_argument("--long-runs", type=int, help="runs of the 10,000-character message (default 20)")
    parser.add_argument("--chart-runs", type=int, help="different charts drawn (default 30, --quick 9; 0: none)")
    parser.add_argument("--quick", action="store_true", help="a fast run: fewer rounds, scale 10,100")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--profile", action="store_true", help="also print where time goes per message "
                        "(cProfile, real knowledge base and the largest scale)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    quick = args.quick

    def pick(value, full, fast):
        return value if value is not None else (fast if quick else full)

    results = run(messages_file=args.messages,
                  rounds=max(1, pick(args.rounds, 20, 3)),
                  startup_runs=max(0, pick(args.startup_runs, 7, 3)),
                  scales=pick(args.scale, DEFAULT_SCALES, QUICK_SCALES),
                  scale_rounds=max(1, pick(args.scale_rounds, 5, 2)),
                  long_runs=max(1, pick(args.long_runs, 20, 5)),
                  profile=args.profile,
                  chart_runs=max(0, pick(args.chart_runs, 30, 9)))
    profile_text = results.pop("profile_text", "")
    if args.json:
        if profile_text:
            results["profile_text"] = profile_text
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print(format_table(results))
        if profile_text:
            print(profile_text)
    return 1 if args.check and not results["ok"] else 0


if __name__ == "__main__":
    sys.exit(main())
