"""Every source number in an answer points at the source that says it.

Long answers are trimmed to fit a phone and their sources numbered again; the first line of a direct
answer writes its numbers into the text, so they must be renumbered with the rest. Conversations written
for this suite: a person asks between the topics (how long, is it realistic, what carries over), where
the direct line comes first and the trimmed sections follow.
"""
from __future__ import annotations

import re

import pytest

from bot.answers.render import to_text

CONVERSATIONS = [
    ["i know some R and regression, no python. how long until i'm ready for an entry level data scientist job",
     "you didn't answer. how long? 6 months? a year?"],
    ["how long would it take me to become a data analyst", "is it realistic for me at 45"],
    ["I'm a nurse, how do I become a health informatics specialist?", "how long does that take?"],
    ["what does a plumber earn", "is that before tax?", "where is that figure from?"],
    ["data analyst vs data engineer", "which has the lower entry bar?"],
    ["how many years of experience before becoming a data architect?"],
    ["what are the entry requirements for an electrician", "how long is the apprenticeship"],
]


def _numbers(text: str) -> tuple[set[int], list[str]]:
    body, _, sources = text.partition("Sources: ")
    listed = re.findall(r"\[\d+\] ([^·\n]+)", sources)
    return {int(n) for n in re.findall(r"\[(\d+)\]", body)}, [title.strip() for title in listed]


@pytest.mark.parametrize("messages", CONVERSATIONS, ids=lambda m: m[0][:40])
def test_every_cited_number_is_listed_and_bls_lines_cite_bls(chat, messages):
    for message in messages:
        text = to_text(chat.say(message))
        cited, listed = _numbers(text)
        assert cited <= set(range(1, len(listed) + 1)), (message, text)
        for line in text.split("\n"):
            for claim in re.finditer(r"BLS lists[^\[]*\[(\d+)\]", line):
                assert "Bureau of Labor Statistics" in listed[int(claim.group(1)) - 1], (message, line)


@pytest.mark.parametrize("conversation", [
    ["fibre splicer 20 yrs, should i go supervisor or team leader",
     "i asked supervisor or team leader, the difference"],
    ["compare them"],
])
def test_an_answer_that_cites_nothing_lists_no_sources(chat, conversation):
    for message in conversation:
        reply = chat.say(message)
    text = to_text(reply)
    if not re.search(r"\[\d+\]", text.split("Sources:")[0]):
        assert not reply.sources and "Sources:" not in text
