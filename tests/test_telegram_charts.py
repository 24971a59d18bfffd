"""Charts in Telegram (project issue #14), and the fake Bot API's photo uploads they need."""
from __future__ import annotations

import asyncio
import re
import struct
import zlib

import pytest
from telegram import Bot, InputFile
from telegram.error import BadRequest

from .fake_bot_api import PNG_SIGNATURE, TOKEN, Upload, parse_multipart, png_size

CHAT = 4004
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


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
