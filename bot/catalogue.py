"""The one table of what the bot can be asked: every intent, its kind, label, question, command, tie order.

Every other list (aspect labels and phrases, next steps, Telegram commands, topic tie order, the
intents the YAML must define) is built from this table, and the intent files are checked against it
at load.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IntentSpec:
    name: str
    kind: str                    # topic, compare, similar, recommend, list_roles, help, greeting, thanks, unknown
    label: str = ""              # a button or heading: "Salary"
    question: str = ""           # how a person asks it about one role: "{name} salary", "skills for {a_name}"
    command: str = ""            # a Telegram command's description, when it has one
    next_step: bool = False      # offered as a next step under an answer about one role
    compared: bool = False       # offered as "… compared" under a comparison


# Topic intents in tie order: when two score the same, the more specific question wins; overview is
# what a bare role name asks, so it comes last.
CATALOGUE: tuple[IntentSpec, ...] = (
    IntentSpec("responsibilities", "topic", "Responsibilities", "{name} responsibilities"),
    IntentSpec("skills", "topic", "Skills", "skills for {a_name}", "Skills for a role: /skills data architect",
               next_step=True, compared=True),
    IntentSpec("education", "topic", "Education", "education for {a_name}",
               "Education for a role: /education data architect", next_step=True),
    IntentSpec("tools", "topic", "Tools", "tools {a_name} uses"),
    IntentSpec("salary", "topic", "Salary", "{name} salary", "Salary figures for a role: /salary data architect",
               next_step=True, compared=True),
    IntentSpec("outlook", "topic", "Outlook", "job outlook for {a_name}",
               "Job outlook for a role: /outlook data architect", next_step=True, compared=True),
    IntentSpec("industries", "topic", "Industries", "industries that hire {a_name}"),
    IntentSpec("getting_started", "topic", "Getting started", "how to become {a_name}"),
    IntentSpec("overview", "topic", "Overview", "what {a_name} does"),
    IntentSpec("compare", "compare", "Compare", "", "Compare two roles: /compare data architect vs data engineer"),
    IntentSpec("similar", "similar", "Similar roles", "roles similar to {name}"),
    IntentSpec("recommend", "recommend", "Roles that fit you"),
    IntentSpec("list_roles", "list_roles", "Roles"),
    IntentSpec("help", "help", "Help"),
    IntentSpec("greeting", "greeting"),
    IntentSpec("thanks", "thanks"),
    IntentSpec("unknown", "unknown"),
)

BY_NAME = {spec.name: spec for spec in CATALOGUE}
TOPICS = tuple(spec.name for spec in CATALOGUE if spec.kind == "topic")          # in tie order
ASPECTS = TOPICS + ("similar",)                                                   # what one role can be asked
ASPECT_LABELS = {name: BY_NAME[name].label for name in ASPECTS}
ASPECT_PHRASES = {name: BY_NAME[name].question for name in ASPECTS}
NEXT_ASPECTS = tuple(spec.name for spec in CATALOGUE if spec.next_step)
COMPARED_ASPECTS = tuple(spec.name for spec in CATALOGUE if spec.compared)
ASPECT_COMMANDS = tuple(spec.name for spec in CATALOGUE if spec.command and spec.kind == "topic")
# Every intent but 'unknown' (the answer when nothing matches) is defined by an intents/<name>.yaml file.
DEFINED_INTENTS = tuple(spec.name for spec in CATALOGUE if spec.kind != "unknown")
