"""Property-based: whatever arrives, the engine answers, never raises, and its HTML is valid for Telegram."""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.render import TELEGRAM_LIMIT, split_message, to_html, to_text
from bot.understanding.session import Session

# A bounded number of examples in CI; HYPOTHESIS_EXAMPLES=5000 for a deeper run on demand.
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "150"))
ALLOWED_TAGS = {"b", "i"}
ROLE_WORDS = ["data architect", "MLE", "architect", "AI researcher", "vs", "salary", "and the ML one?", "compare them",
              "<b>", "&amp;", "&", "</i>", "*bold*", "_x_", "`code`", "[link](http://x)", "2", "the first one"]

texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000),
    st.lists(st.sampled_from(ROLE_WORDS), max_size=30).map(" ".join),
    st.sampled_from(["", " ", "\n\t", "😀" * 100, "مهندس بيانات", "数据架构师是做什么的", "Инженер данных",
                     "' OR 1=1; --", "$(reboot)", "\x00\x07\x1b[31m", "data architect " * 500, "a" * 10_000,
                     "\u202e\u200b\ufeff", "<script>alert(1)</script> data architect"]),
)


class TelegramHTML(HTMLParser):
    """Checks what Telegram checks: known tags only, balanced, every '&' an entity."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS or attrs:
            self.errors.append(f"tag <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")

    def handle_entityref(self, name):
        if name not in ("lt", "gt", "amp", "quot"):
            self.errors.append(f"entity &{name};")


def check_html(part: str) -> None:
    parser = TelegramHTML()
    parser.feed(part)
    parser.close()
    raw = part.replace("&lt;", "").replace("&gt;", "").replace("&amp;", "").replace("&quot;", "")
    assert "&" not in raw, "bare ampersand"
    assert not parser.errors and not parser.stack, (parser.errors, parser.stack)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages=st.lists(texts, min_size=1, max_size=4))
def test_engine_always_answers_with_valid_telegram_html(engine, messages):
    session = Session()
    for message in messages:
        reply, session = engine.reply(message, session)
        assert to_text(reply).strip()
        parts = split_message(to_html(reply))
        assert parts and all(0 < len(p) <= TELEGRAM_LIMIT for p in parts)
        for part in parts:
            check_html(part)


def rejoins(parts: list[str], original: str) -> bool:
    """``original`` is the parts in order with only what split_message documents as dropped between them:
    the line or paragraph break where a part ends, and blank stretches that would make a blank part."""
    return re.fullmatch(r"\s*" + r"\s*".join(re.escape(p) for p in parts) + r"\s*", original) is not None


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=20_000) | st.lists(st.sampled_from(["word ", "&", "<", "\n", "\n\n", "x" * 300]),
                                          max_size=200).map("".join))
def test_splitting_keeps_every_character_and_the_limit(text):
    from bot.answers.render import _esc
    html = _esc(text)
    parts = split_message(html, 500)
    assert all(len(p) <= 500 for p in parts)
    assert all(p.strip() for p in parts) or not html.strip()
    assert rejoins(parts, html)
    for part in parts:
        check_html(part)


def test_a_split_paragraph_keeps_the_blank_line_before_it():
    first, long = "A short paragraph.", "\n".join(["a line of a long paragraph"] * 30)
    html = first + "\n\n" + long
    parts = split_message(html, 500)
    assert len(parts) > 1 and parts[0].startswith(first + "\n\na line")
    assert rejoins(parts, html)


def test_huge_input_is_read_only_up_to_the_matching_limit(engine):
    # Speed is measured by `python -m benchmarks`; here: work cannot grow with the input's size.
    from bot.understanding.understand import MAX_MATCH_CHARS
    huge = "data architect vs machine learning engineer salary? " * 200
    u = engine.understand(huge)
    assert u.truncated and u.intent == "compare" and u.roles == ("data-architect", "machine-learning-engineer")
    assert engine.understand(huge[:MAX_MATCH_CHARS]).roles == u.roles
