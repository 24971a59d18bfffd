"""Learn the intent model's weights (intents/_learned.json) from every labelled message we have.

    python scripts/learn_intents.py [--shared ../shared] [--out intents/_learned.json]
    python scripts/learn_intents.py --held-out eval/set8.jsonl ...   # measure: train without these, score them

Training data: the shared dev sets (../shared/eval), our blind sets (eval/set*) with every dialogue turn (the
context of a turn, as the labels of the turns before it give it, is part of its features), and the training
corpus eval/corpus/ (messages and dialogues written for training). The features are those of
bot/understanding/learned.py, computed by the bot's own parser. Plain multinomial logistic regression by
stochastic gradient descent in pure Python: a fixed seed and order make the output byte-identical on every
run, which the regeneration test checks, and the bot needs no numerical library at run time.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.catalogue import CATALOGUE  # noqa: E402
from bot.knowledge.load import load_knowledge  # noqa: E402
from bot.knowledge.official import load_official  # noqa: E402
from bot.understanding.intents import load_intents  # noqa: E402
from bot.understanding.learned import FIRST, FORMAT, Context, features  # noqa: E402
from bot.understanding.parse import Parser  # noqa: E402

EPOCHS = 30
RATE = 0.2          # the step size, shrinking each epoch
L2 = 1e-4           # weight decay: a word seen in few messages keeps a small weight
SEED = 0
DIGITS = 3          # weights are rounded: the file stays small and diffs stay readable
MIN_WEIGHT = 0.2    # smaller weights changed no held-out decision; dropping them keeps the file at ~120 KB
MIN_SEEN = 3        # a feature of fewer messages is noise (held out, 3 did as well as keeping all)
INTENTS = tuple(sorted(spec.name for spec in CATALOGUE))


def labelled_files(shared: Path) -> list[Path]:
    eval_dir = ROOT / "eval"
    files = [shared / "eval" / name for name in ("dev.jsonl", "dialogues_dev.json", "dev2.jsonl",
                                                 "dialogues_dev2.json")]
    files += sorted(eval_dir.glob("set*.jsonl")) + sorted(eval_dir.glob("set*-dialogues.json"))
    return files + sorted((eval_dir / "corpus").glob("*.jsonl")) + sorted((eval_dir / "corpus").glob("*.json"))


CHATTER = frozenset({"greeting", "thanks", "unknown", "help", "list_roles"})  # they leave the context as it was


def messages(path: Path) -> list[tuple[str, str, Context]]:
    """(message, intent, context) triples: every line of a .jsonl file; every turn of each dialogue of a .json
    one, with the context the labels of the turns before it give (as the session keeps it: chatter leaves
    the last question and its roles in place)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
        return [(item["q"], item["intent"], FIRST) for item in items if item["q"].strip()]
    out = []
    for turns in json.loads(text):
        context = FIRST
        for turn in turns:
            if not turn["q"].strip():
                continue
            out.append((turn["q"], turn["intent"], context))
            roles = len(turn.get("roles") or ()) or (1 if turn.get("candidates") else 0)
            if turn["intent"] not in CHATTER:
                context = Context(turn["intent"], roles if turn.get("roles") else context.focus,
                                  bool(turn.get("candidates")))
            else:
                context = Context(context.last_intent, context.focus, False)
    return out


def train(examples: list[tuple[frozenset[str], str]]) -> dict[str, list[float]]:
    weights: dict[str, list[float]] = {}
    order = list(range(len(examples)))
    rng = random.Random(SEED)
    n = len(INTENTS)
    target = {name: i for i, name in enumerate(INTENTS)}
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        step = RATE / (1 + epoch * 0.3)
        decay = 1 - step * L2
        for k in order:
            found, intent = examples[k]
            rows = [weights.setdefault(f, [0.0] * n) for f in sorted(found)]
            scores = [sum(row[i] for row in rows) for i in range(n)]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            gradient = [e / total for e in exps]
            gradient[target[intent]] -= 1.0
            for row in rows:
                for i in range(n):
                    row[i] = row[i] * decay - step * gradient[i]
    return weights


def model_json(weights: dict[str, list[float]], counts: dict[str, int], seen: Counter[str]) -> str:
    table = {}
    for feature in sorted(f for f in weights if seen[f] >= MIN_SEEN):
        pairs = [[i, round(w, DIGITS)] for i, w in enumerate(weights[feature]) if abs(w) >= MIN_WEIGHT]
        if pairs:
            table[feature] = pairs
    head = {"format": FORMAT, "made_by": "scripts/learn_intents.py", "trained_on": counts,
            "intents": list(INTENTS)}
    lines = json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "weights": {\n'
    lines += ",\n".join(f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(p)}" for f, p in table.items())
    return lines + "\n}}\n"


def examples_of(parser: Parser, files: Iterable[Path], counts: dict[str, int]) -> list[tuple[frozenset[str], str]]:
    out = []
    for path in files:
        pairs = messages(path)
        counts[path.name] = len(pairs)
        out += [(features(parser.parse(q), context), intent) for q, intent, context in pairs]
    return out


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args.add_argument("--out", type=Path, default=ROOT / "intents" / "_learned.json")
    args.add_argument("--held-out", type=Path, nargs="*", default=[],
                      help="leave these files out of training and print how the bot understands them "
                           "(with --out, also write that model)")
    opts = args.parse_args(argv)
    files = labelled_files(opts.shared)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print("learn_intents: missing " + ", ".join(missing), file=sys.stderr)
        return 1
    held = {p.resolve() for p in opts.held_out}
    parser = Parser(load_knowledge(), load_intents(with_model=False), load_official())
    counts: dict[str, int] = {}
    examples = examples_of(parser, [f for f in files if f.resolve() not in held], counts)
    seen = Counter(f for found, _ in examples for f in found)
    text = model_json(train(examples), counts, seen)
    if held:
        if opts.out != ROOT / "intents" / "_learned.json":  # a model without them, kept for experiments
            opts.out.write_text(text, encoding="utf-8")
        return measure(text, opts.held_out)
    opts.out.write_text(text, encoding="utf-8")
    print(f"wrote {opts.out}: {len(examples)} messages, {text.count(chr(10)) - 2} features")
    return 0


def measure(text: str, held_out: list[Path]) -> int:
    """Score the held-out files with and without the model trained without them."""
    import tempfile

    from bot.engine import Engine
    from bot.evaluation import judged
    from bot.knowledge.official import load_official as official
    from bot.understanding.intents import load_intents as intents_from

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "intents"
        source = ROOT / "intents"
        folder.mkdir()
        for item in source.iterdir():
            if item.is_file() and item.name != "_learned.json":
                (folder / item.name).write_bytes(item.read_bytes())
        (folder / "_learned.json").write_text(text, encoding="utf-8")
        with_model = Engine(load_knowledge(), intents_from(folder), official())
    without = Engine(load_knowledge(), load_intents(with_model=False), official())
    for path in held_out:
        scores = []
        for engine in (without, with_model):
            results = list(judged(engine, path))
            scores.append(100 * sum(not wrong for _, _, wrong in results) / max(len(results), 1))
        print(f"{path.name}: rules alone {scores[0]:.1f}%, with the learned second opinion {scores[1]:.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
