"""Charts in Telegram (project issue #14), and the fake Bot API's photo uploads they need."""
from __future__ import annotations

import asyncio
import logging
import re
import struct
import time
import zlib

import pytest
from telegram import Bot, InputFile
from telegram.error import BadRequest

from bot.frontends.telegram.config import SORRY

from .fake_bot_api import PNG_SIGNATURE, TOKEN, LogCapture, Upload, parse_html, parse_multipart, png_size

CHAT = 4004
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def plain(call) -> str:
    return parse_html(call.params["text"])


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    """A valid PNG of ``width`` x ``height`` white pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"\xff" * 3 * width for _ in range(height))
    return (PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def assert_png(data: bytes, min_width: int = 1, min_height: int = 1) -> tuple[int, int]:
    """``data`` starts with the PNG signature and an IHDR chunk of a plausible size; (width, height)."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= min_width and height >= min_height
    return width, height


# --- the fake Bot API takes photo uploads ---------------------------------------------------------

def _bot_call(fake_api, call):
    async def run():
        async with Bot(TOKEN, base_url=fake_api.base_url) as bot:
            return await call(bot)
    return asyncio.run(run())


def test_fake_api_takes_a_photo_upload_as_telegram_does(fake_api):
    png = tiny_png(1200, 800)
    message = _bot_call(fake_api, lambda bot: bot.send_photo(
        CHAT, InputFile(png, filename="chart.png"), caption="Pay &amp; <b>outlook</b>", parse_mode="HTML",
        message_thread_id=7))
    [call] = fake_api.photos(CHAT)
    assert call.photo == png and call.params["photo"].content_type == "image/png"
    assert call.params["caption"] == "Pay &amp; <b>outlook</b>" and call.params["message_thread_id"] == 7
    assert message.caption == "Pay & outlook" and message.chat.id == CHAT
    assert [(p.width, p.height) for p in message.photo] == [(90, 60), (320, 213), (800, 533), (1200, 800)]
    # a photo sent before can be sent again by its file_id
    again = _bot_call(fake_api, lambda bot: bot.send_photo(CHAT, message.photo[-1].file_id))
    assert again.photo[-1].width == 1200 and not fake_api.photos(CHAT)[1].photo


@pytest.mark.parametrize("photo, caption, error", [
    (b"GIF89a not a png", None, "IMAGE_PROCESS_FAILED"),
    (tiny_png(1, 30), None, "PHOTO_INVALID_DIMENSIONS"),
    (tiny_png(3, 2), "x" * 1025, "caption is too long"),
    (tiny_png(3, 2), "<b>unclosed", "Can't parse entities"),
    ("AgACAgIAAxkNOTSENT", None, "wrong file identifier"),
])
def test_fake_api_refuses_what_telegram_refuses(fake_api, photo, caption, error):
    upload = photo if isinstance(photo, str) else InputFile(photo, filename="chart.png")
    with pytest.raises(BadRequest, match=f"(?i){re.escape(error)}"):
        _bot_call(fake_api, lambda bot: bot.send_photo(CHAT, upload, caption=caption, parse_mode="HTML"))
    assert not fake_api.photos()


def test_multipart_parsing_keeps_binary_parts_intact():
    import httpx

    data = bytes(range(256)) * 40 + b"\r\n--\r\n\r\n"
    request = httpx.Request("POST", "http://127.0.0.1/", files={"photo": ("chart.png", data, "image/png")},
                            data={"chat_id": "-1001", "caption": "Ü & <i>x</i>\nline", "reply_markup": '{"a": 1}'})
    fields = parse_multipart(request.headers["content-type"], request.read())
    assert fields["photo"] == Upload("chart.png", "image/png", data)
    assert fields["chat_id"] == -1001 and fields["reply_markup"] == {"a": 1}
    assert fields["caption"] == "Ü & <i>x</i>\nline"
    assert png_size(tiny_png(5, 4)) == (5, 4) and png_size(data) is None


# --- a chart after the text answer ----------------------------------------------------------------

def test_pay_comparison_is_followed_by_its_chart(fake_api, start_bot):
    start_bot()
    fake_api.send_text(CHAT, "data scientist vs statistician salary")
    [photo] = fake_api.wait_for("sendPhoto", 1, timeout=20)
    [answer] = fake_api.sent(CHAT)
    assert plain(answer).startswith("Data Scientist vs Statistician")
    methods = [c.method for c in fake_api.calls() if c.method in ("sendMessage", "sendPhoto")]
    assert methods == ["sendMessage", "sendPhoto"]                 # right after the text, in order
    assert photo.params["chat_id"] == CHAT
    assert photo.params["photo"].content_type == "image/png"
    width, height = assert_png(photo.photo, min_width=800, min_height=300)
    assert photo.result["photo"][-1]["width"] == min(width, 2560)
    caption = parse_html(photo.params["caption"])
    assert caption.startswith("Annual wages, May 2024") and "Bureau of Labor Statistics" in caption
    assert len(caption) <= 1024 and "reply_markup" not in photo.params


def test_answers_without_a_chart_send_no_photo(fake_api, start_bot):
    start_bot(limits=None)
    for question in ("what does a data scientist do", "skills for a data engineer", "thanks"):
        fake_api.send_text(CHAT, question)
    fake_api.wait_for_messages(3)
    fake_api.quiet_for(0.3)
    assert not fake_api.calls("sendPhoto")


def test_the_next_message_waits_for_the_chart_of_the_one_before(fake_api, start_bot):
    start_bot(limits=None)
    fake_api.send_text(CHAT, "how much does a plumber earn")
    fake_api.send_text(CHAT, "thanks")
    fake_api.wait_for_messages(2, timeout=20)
    methods = [c.method for c in fake_api.calls() if c.method in ("sendMessage", "sendPhoto")]
    assert methods == ["sendMessage", "sendPhoto", "sendMessage"]
    assert "welcome" in plain(fake_api.sent(CHAT)[1]).lower()
    assert parse_html(fake_api.photos(CHAT)[0].params["caption"]).startswith("Annual wages, May 2024")


def test_the_chart_is_throttled_like_any_message(fake_api, start_bot):
    from bot.frontends.telegram.transport import Limits

    start_bot(limits=Limits(chat_rate=2.0, chat_burst=1))        # one message every 0.5 s in a chat
    fake_api.send_text(CHAT, "data scientist vs statistician salary")
    [photo] = fake_api.wait_for("sendPhoto", 1, timeout=20)
    [answer] = fake_api.sent(CHAT)
    assert photo.at - answer.at >= 0.45


def test_drawing_does_not_hold_up_other_chats(fake_api, start_bot, monkeypatch):
    from bot.frontends.telegram import handlers

    real = handlers.chart_png

    def slow(*args):
        time.sleep(1.5)
        return real(*args)

    monkeypatch.setattr(handlers, "chart_png", slow)
    start_bot()
    fake_api.send_text(CHAT, "how much does a data architect earn")
    fake_api.wait_for_messages(1)
    fake_api.send_text(CHAT + 1, "thanks")
    fake_api.wait_until(lambda api: api.sent(CHAT + 1), timeout=5, what="the other chat's answer")
    assert not fake_api.photos()                                  # still drawing the first chat's chart
    fake_api.wait_for("sendPhoto", 1, timeout=20)


def test_a_failing_send_photo_leaves_the_answer_and_the_bot_going(fake_api, start_bot):
    with LogCapture(logging.INFO) as logs:
        start_bot()
        fake_api.fail("sendPhoto", status=500)
        fake_api.send_text(CHAT, "data scientist vs statistician salary")
        fake_api.wait_for("sendPhoto", 1, ok_only=False, timeout=20)
        fake_api.send_text(CHAT, "thanks")
        first, second = fake_api.wait_for_messages(2)
        fake_api.quiet_for(0.2)
    assert plain(first).startswith("Data Scientist vs Statistician")
    assert "welcome" in plain(second).lower()
    assert len(fake_api.calls("sendPhoto")) == 1                  # not repeated: it may have arrived
    assert not any(c.params["text"] == SORRY for c in fake_api.calls("sendMessage"))
    lines = [line for line in logs.text.splitlines() if "chart" in line]
    assert lines == [f"WARNING bot.frontends.telegram.handlers: Could not send a chart to chat {CHAT}: "
                     "Internal Server Error"]
    assert "Traceback" not in logs.text


def test_a_chart_that_cannot_be_drawn_leaves_the_answer(fake_api, start_bot, monkeypatch):
    from bot.frontends.telegram import handlers

    def broken(*args):
        raise RuntimeError("matplotlib broke")

    monkeypatch.setattr(handlers, "chart_png", broken)
    with LogCapture(logging.INFO) as logs:
        start_bot(limits=None)
        fake_api.send_text(CHAT, "how much does a data architect earn")
        fake_api.send_text(CHAT, "thanks")
        first, second = fake_api.wait_for_messages(2)
    assert "$135,980" in plain(first) and "welcome" in plain(second).lower()
    assert not fake_api.calls("sendPhoto")
    assert f"Could not draw a chart for chat {CHAT}." in logs.text and "matplotlib broke" in logs.text
    assert SORRY not in [c.params["text"] for c in fake_api.calls("sendMessage")]


def test_a_reply_to_the_chart_keeps_the_answers_context(fake_api, start_bot):
    start_bot(limits=None)
    fake_api.send_text(CHAT, "how much does a data architect earn")
    [photo] = fake_api.wait_for("sendPhoto", 1, timeout=20)
    fake_api.send_text(CHAT, "what does a plumber do")
    fake_api.wait_for_messages(2)
    fake_api.send_text(CHAT, "and the skills?", reply_to=photo.result)
    assert plain(fake_api.wait_for_messages(3)[2]).startswith("Data Architect: skills")


# --- the "📊 Chart" button ----------------------------------------------------------------------

def buttons_of(call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row}


def test_chart_button_under_an_overview_sends_only_the_pay_chart(fake_api, start_bot, engine):
    from bot.frontends.telegram.buttons import Buttons

    start_bot(limits=None)
    fake_api.send_text(CHAT, "what does a data scientist do")
    [overview] = fake_api.wait_for_messages(1)
    data = buttons_of(overview)["📊 Chart"]
    assert data == "g:" + Buttons(engine).code("data-scientist")
    fake_api.press(CHAT, data, message=overview.result)
    [photo] = fake_api.wait_for("sendPhoto", 1, timeout=20)
    fake_api.quiet_for(0.2)
    assert len(fake_api.sent(CHAT)) == 1                           # the photo only, no text
    assert_png(photo.photo, min_width=800, min_height=300)
    assert parse_html(photo.params["caption"]).startswith("Annual wages, May 2024")
    [ack] = fake_api.wait_for("answerCallbackQuery", 1)
    assert "text" not in ack.params


def test_chart_button_for_occupations_and_several_roles(fake_api, start_bot):
    start_bot(limits=None)
    fake_api.send_text(CHAT, "what does a plumber do")
    fake_api.send_text(CHAT, "compare data architect and data engineer skills")
    overview, compared = fake_api.wait_for_messages(2)
    assert buttons_of(overview)["📊 Chart"] == "g:o47215200"
    data = buttons_of(compared)["📊 Chart"]
    assert data.count(":") == 2
    fake_api.press(CHAT, data, message=compared.result)
    [photo] = fake_api.wait_for("sendPhoto", 1, timeout=20)
    assert_png(photo.photo)


def test_no_chart_button_where_the_answer_has_a_chart_or_no_pay_figures(fake_api, start_bot):
    start_bot(limits=None)
    for question in ("how much does a data architect earn", "what does an actor do", "teacher salary", "hello"):
        fake_api.send_text(CHAT, question)
    for message in fake_api.wait_for_messages(4, timeout=20):
        assert "📊 Chart" not in buttons_of(message), plain(message)[:40]


def test_chart_button_without_pay_figures_says_so(fake_api, start_bot):
    start_bot()
    fake_api.press(CHAT, "g:o27201100")                            # Actors: no annual wages published
    [answer] = fake_api.wait_for_messages(1)
    assert plain(answer) == "There are no official pay figures to chart for Actors."
    assert not fake_api.calls("sendPhoto")


@pytest.mark.parametrize("data", ["g:", "g:zzzzzz", "g:o99999999", "g:o47215200:o47215200",
                                  "g:" + ":".join(["o47215200"] * 9), "g:o47215200:"])
def test_forged_chart_buttons_expire(fake_api, start_bot, data):
    from bot.frontends.telegram.config import EXPIRED

    start_bot()
    fake_api.press(CHAT, data)
    [ack] = fake_api.wait_for("answerCallbackQuery", 1)
    assert ack.params["text"] == EXPIRED
    fake_api.quiet_for(0.2)
    assert not fake_api.sent() and not fake_api.calls("sendPhoto")


def test_chart_button_data_fits_for_many_occupations(engine):
    from bot.answers.reply import Reply
    from bot.frontends.telegram.buttons import Buttons

    buttons = Buttons(engine)
    roles = tuple(f"onet:{c}" for c in list(engine.official.names)[:12])
    data = buttons.chart_button(Reply("recommend", roles, None, (), ()))
    assert data is not None and len(data.encode()) <= 64
    decoded = buttons.decode(data)
    assert decoded.kind == "chart" and decoded.roles == roles[:len(decoded.roles)] and len(decoded.roles) == 6
