"""Buttons build an Understanding (intent, roles, aspect) for ``Engine.answer`` (project issue #9).

End to end against the fake Bot API, and the encoding on its own: curated roles and O*NET occupations,
callback data of at most 64 bytes, forged data refused.
"""
from __future__ import annotations

import pytest

from bot.answers.compose import ASPECT_PHRASES
from bot.frontends.telegram.buttons import Button, Buttons
from bot.frontends.telegram.config import EXPIRED
from bot.understanding.dialogue import Understanding
from bot.understanding.session import Pending, Session

from .test_telegram_e2e import WrappedEngine, buttons_of, plain

CHAT = 3003
PLUMBER = "onet:47-2152.00"
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


class Spy(WrappedEngine):
    """The real engine, recording whether it was asked with text or with an Understanding."""

    def __init__(self, real):
        super().__init__(real)
        self.official = real.official
        self.texts: list[str] = []
        self.understood: list[Understanding] = []

    def reply(self, text, session=None):
        self.texts.append(text)
        return self.real.reply(text, session)

    def answer(self, understanding, session=None, text=""):
        self.understood.append(understanding)
        return self.real.answer(understanding, session, text)


# --- end to end ----------------------------------------------------------------------------------

def test_buttons_call_engine_answer_with_an_understanding(fake_api, start_bot, engine):
    spy = Spy(engine)
    start_bot(engine_override=spy, limits=None)
    fake_api.send_text(CHAT, "what does a data scientist do")
    [overview] = fake_api.wait_for_messages(1)
    fake_api.press(CHAT, buttons_of(overview)["Skills"], message=overview.result)
    fake_api.press(CHAT, buttons_of(overview)["Compare with Machine Learning Engineer"], message=overview.result)
    _, skills, compared = fake_api.wait_for_messages(3)
    assert plain(skills).startswith("Data Scientist: skills")
    assert plain(compared).startswith("Data Scientist vs Machine Learning Engineer")
    assert spy.texts == ["what does a data scientist do"]          # nothing typed for the buttons
    assert spy.understood == [Understanding("skills", ("data-scientist",)),
                              Understanding("compare", ("data-scientist", "machine-learning-engineer"))]
    fake_api.press(CHAT, buttons_of(compared)["Salary compared"], message=compared.result)
    salary = fake_api.wait_for_messages(4)[3]
    assert plain(salary).startswith("Data Scientist vs Machine Learning Engineer")
    assert spy.understood[-1] == Understanding("compare", ("data-scientist", "machine-learning-engineer"), "salary")


def test_example_buttons_stay_typed_text(fake_api, start_bot, engine):
    spy = Spy(engine)
    start_bot(engine_override=spy)
    fake_api.send_command(CHAT, "/start")
    [greeting] = fake_api.wait_for_messages(1)
    fake_api.press(CHAT, buttons_of(greeting)["what does a data architect do"], message=greeting.result)
    answer = fake_api.wait_for_messages(2)[1]
    assert plain(answer).startswith("Data Architect")
    assert spy.texts[-1] == "what does a data architect do" and not spy.understood


def test_buttons_under_an_occupation_answer_work(fake_api, start_bot):
    start_bot(limits=None)
    fake_api.send_text(CHAT, "how much does a plumber earn")
    [answer] = fake_api.wait_for_messages(1)
    assert plain(answer).startswith("Plumbers, Pipefitters, and Steamfitters: salary")
    choices = buttons_of(answer)
    assert {"Skills", "Education", "Outlook"} <= set(choices)
    compare = next(label for label in choices if label.startswith("Compare with "))
    assert choices["Skills"] == "a:skills:o47215200"
    assert all(len(data.encode()) <= 64 for data in choices.values())
    fake_api.press(CHAT, choices["Skills"], message=answer.result)
    fake_api.press(CHAT, choices[compare], message=answer.result)
    _, skills, compared = fake_api.wait_for_messages(3)
    assert plain(skills).startswith("Plumbers, Pipefitters, and Steamfitters: skills")
    assert plain(compared).startswith("Plumbers, Pipefitters, and Steamfitters vs Helpers--Pipelayers")


def test_clarification_among_occupations_answered_by_its_button(fake_api, start_bot):
    start_bot(limits=None)
    fake_api.send_text(CHAT, "teacher salary")
    [question] = fake_api.wait_for_messages(1)
    assert "occupations" in plain(question)
    choices = buttons_of(question)
    secondary = "Secondary School Teachers, Except Special and Career/Technical Education"
    assert secondary in choices and len(choices) == 6
    assert all(data.startswith("p:salary:o25") for data in choices.values())
    fake_api.send_text(CHAT, "thanks")   # the chat moves on; the button keeps the clarification's context
    fake_api.wait_for_messages(2)
    fake_api.press(CHAT, choices[secondary], message=question.result)
    answer = fake_api.wait_for_messages(3)[2]
    assert plain(answer).startswith(f"{secondary}: salary")
    assert "$" in plain(answer)


def test_clarification_in_a_comparison_keeps_the_other_side(fake_api, start_bot):
    start_bot(limits=None)
    fake_api.send_text(CHAT, "compare data scientist and architect")
    [question] = fake_api.wait_for_messages(1)
    choices = buttons_of(question)
    assert all(data.startswith("p:compare:") for data in choices.values())
    fake_api.press(CHAT, choices["AI Architect"], message=question.result)
    answer = fake_api.wait_for_messages(2)[1]
    assert plain(answer).startswith("Data Scientist vs AI Architect")


@pytest.mark.parametrize("data", ["a:salary:o99999999", "a:salary:o4721520", "a:salary:o472152000",
                                  "a:salary:O47215200", "a:salary:o\u0664\u0667215200", "c::o47215200:o47215200",
                                  "p:salary:onet:47-2152.00", "a:salary:o47-2152.00"])
def test_forged_occupation_buttons_expire(fake_api, start_bot, data):
    start_bot()
    fake_api.press(CHAT, data)
    [ack] = fake_api.wait_for("answerCallbackQuery", 1)
    assert ack.params["text"] == EXPIRED
    fake_api.quiet_for(0.2)
    assert not fake_api.sent()


# --- the encoding on its own ---------------------------------------------------------------------

def test_every_occupation_encodes_compactly_and_round_trips(engine):
    buttons = Buttons(engine)
    codes = set()
    for code in engine.official.names:
        role = f"onet:{code}"
        short = buttons.code(role)
        assert short is not None and len(short) == 9 and short not in codes
        codes.add(short)
        assert buttons.role(short) == role
        for kind, intent in (("ask", "salary"), ("pick", "compare")):
            data = buttons.encode(Button(kind, intent, (role,)))
            assert data and len(data.encode()) <= 64 and buttons.decode(data) == Button(kind, intent, (role,))
    assert buttons.code("onet:99-9999.99") is None and buttons.code("nobody") is None
    assert not codes & set(buttons.role_of)


def test_button_understandings_answer_as_the_typed_questions_would(engine):
    """An Understanding from a button gives the same answer and context as typing its question did."""
    from bot.answers.render import to_html

    buttons = Buttons(engine)
    for role in ("data-architect", "statistician", PLUMBER):
        for intent in ASPECT_PHRASES:
            button = buttons.decode(buttons.encode(Button("ask", intent, (role,))))
            understood = buttons.understanding(button, Session())
            assert understood == Understanding(intent, (role,))
            typed = engine.reply(buttons.message(button, Session()), Session())
            pressed = engine.answer(understood, Session())
            assert to_html(typed[0]) == to_html(pressed[0]) and typed[1] == pressed[1], (role, intent)


def test_pick_answers_the_pending_question_or_asks_as_today(engine):
    buttons = Buttons(engine)
    pending = Pending("compare", ("data-architect", "ai-architect"), "salary", ("data-scientist",), 1)
    session = Session(pending=pending)
    pick = Button("pick", "compare", ("ai-architect",))
    assert buttons.understanding(pick, session) == Understanding(
        "compare", ("data-scientist", "ai-architect"), "salary")
    # no longer pending: a comparison's candidate is typed ("compare X", with the role in focus) ...
    assert buttons.understanding(pick, Session()) is None
    assert buttons.message(pick, Session()) == "compare AI Architect"
    # ... and any other question is asked about the role chosen
    assert buttons.understanding(Button("pick", "salary", (PLUMBER,)), session) == Understanding(
        "salary", (PLUMBER,))
    assert buttons.understanding(Button("question", text="hello"), Session()) is None
