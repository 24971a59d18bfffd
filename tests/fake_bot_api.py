"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real PTB Application.

It speaks just enough of https://core.telegram.org/bots/api for the bot: ``/bot<TOKEN>/<method>``,
form-encoded, JSON or multipart/form-data parameters (file uploads: sendPhoto), ``{"ok": true,
"result": ...}`` answers. Every call is recorded, and
faults can be injected per method (HTTP errors, 429 with ``retry_after``, 409 Conflict, a hang past
the client's timeout, a dropped connection). Like the real server it rejects malformed HTML and
over-long texts, so every test also checks what the bot sends.
"""
from __future__ import annotations

import contextlib
import email.parser
import email.policy
import html
import itertools
import json
import re
import socket
import struct
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

TOKEN = "123456789:AAHfakeTOKENforTESTSonly_abcdefghijk"
BOT_ID = 123456789
BOT_USERNAME = "CareerAdvisorTestBot"
MAX_POLL_WAIT = 0.2  # an empty getUpdates waits at most this long (the real one waits `timeout`)
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
PHOTO_MAX_BYTES = 10 * 1024 * 1024       # Telegram: a photo of at most 10 MB ...
PHOTO_MAX_SIDES = 10_000                 # ... whose width and height add up to at most 10,000 ...
PHOTO_MAX_RATIO = 20                     # ... and at most 20 times longer than it is wide
PHOTO_SIZES = (90, 320, 800, 1280, 2560)  # the longest side of the sizes Telegram keeps of a photo
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Parameters that arrive JSON-encoded (objects, arrays, numbers, booleans); the rest are strings.
_JSON_PARAMS = {"reply_markup", "results", "commands", "entities", "allowed_updates", "reply_parameters",
                "link_preview_options", "scope", "button"}
_NUMBER_PARAMS = {"chat_id", "offset", "limit", "timeout", "message_id", "cache_time", "message_thread_id",
                  "user_id"}
_BOOL_PARAMS = {"show_alert", "is_personal", "drop_pending_updates", "disable_notification"}
_HTML_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
              "span", "blockquote", "tg-emoji"}
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class HTMLError(ValueError):
    pass


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart/form-data call (``photo`` of sendPhoto)."""

    filename: str | None
    content_type: str
    data: bytes

    def __repr__(self) -> str:  # a test failure shows the file, not 60 KB of bytes
        return f"Upload({self.filename!r}, {self.content_type!r}, {len(self.data)} bytes)"


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR chunk, or None when ``data`` is not a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    """The fields of a multipart/form-data body: text fields as str, file parts as ``Upload``."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    if not message.is_multipart():
        raise BadRequest("multipart body expected")
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            raise BadRequest("a multipart part has no name")
        data = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            fields[name] = Upload(filename, part.get_content_type(), data)
        else:
            fields[name] = _decode(name, data.decode(part.get_content_charset() or "utf-8"))
    return fields


def parse_html(text: str) -> str:
    """Telegram's HTML check: known tags, properly nested; every other <, > and & escaped. Returns plain text."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            tag = _TAG.match(text, i)
            if not tag or tag.group(2).lower() not in _HTML_TAGS:
                raise HTMLError(f"Can't parse entities: unsupported start tag at byte offset {i}")
            name = tag.group(2).lower()
            if tag.group(1):
                if not stack or stack.pop() != name:
                    raise HTMLError(f"Can't parse entities: unmatched end tag at byte offset {i}")
            else:
                stack.append(name)
            i = tag.end()
        elif char == "&":
            entity = _ENTITY.match(text, i)
            if not entity:
                raise HTMLError(f"Can't parse entities: unsupported entity at byte offset {i}")
            out.append(html.unescape(entity.group(0)))
            i = entity.end()
        elif char == ">":
            raise HTMLError(f"Can't parse entities: character '>' is reserved at byte offset {i}")
        else:
            out.append(char)
            i += 1
    if stack:
        raise HTMLError(f"Can't parse entities: can't find end tag corresponding to start tag {stack[-1]}")
    return "".join(out)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    fault: str | None = None          # the injected fault this call got, if any
    result: Any = None

    @property
    def ok(self) -> bool:
        return self.fault is None and self.result is not None

    @property
    def photo(self) -> bytes:
        """The uploaded photo's bytes (sendPhoto)."""
        upload = self.params.get("photo")
        return upload.data if isinstance(upload, Upload) else b""


@dataclass
class Fault:
    kind: str                         # "status", "hang", "drop"
    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    seconds: float = 0.0


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)
    updates: list[dict] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    faults: dict[str, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    commands: list[dict] = field(default_factory=list)
    counts: dict[tuple[str, bool], int] = field(default_factory=lambda: defaultdict(int))  # (method, ok)
    webhook: dict | None = None

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)


class FakeBotAPI:
    """Start with ``with FakeBotAPI() as api:``; point the bot at ``api.base_url``."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.state = _State()
        self.stopping = threading.Event()
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.latency: dict[str, float] = {}   # method -> seconds every call of it takes (a slow network)
        self._file_ids = itertools.count(1)
        self._files: dict[str, tuple[int, int, int]] = {}  # file_id -> (width, height, bytes) of photos sent

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeBotAPI:
        handler = type("Handler", (_Handler,), {"api": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-bot-api", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        with self.state.changed:
            self.state.changed.notify_all()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._thread:
            self._thread.join(5)

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # --- what the bot did ----------------------------------------------------------------------

    def calls(self, method: str | None = None, ok_only: bool = False) -> list[Call]:
        with self.state.lock:
            return [c for c in self.state.calls
                    if (method is None or c.method == method) and (c.ok or not ok_only)]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages delivered (sendMessage calls that succeeded), in order."""
        return [c for c in self.calls("sendMessage", ok_only=True)
                if chat_id is None or c.params.get("chat_id") == chat_id]

    def wait_for(self, method: str, count: int, timeout: float = 10.0, ok_only: bool = True) -> list[Call]:
        """Block until ``count`` calls of ``method`` arrived (successful ones unless ``ok_only`` is False)."""
        deadline = time.monotonic() + timeout
        counts = self.state.counts
        with self.state.changed:
            while counts[method, True] + (0 if ok_only else counts[method, False]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    found = [c for c in self.state.calls if c.method == method and (c.ok or not ok_only)]
                    texts = [str(c.params.get("text", c.params.get("caption", "")))[:60] for c in found]
                    raise AssertionError(f"timed out waiting for {count} {method} call(s); got {len(found)}: {texts}")
                self.state.changed.wait(left)
            return [c for c in self.state.calls if c.method == method and (c.ok or not ok_only)]

    def photos(self, chat_id: int | None = None) -> list[Call]:
        """Photos delivered (sendPhoto calls that succeeded), in order."""
        return [c for c in self.calls("sendPhoto", ok_only=True)
                if chat_id is None or c.params.get("chat_id") == chat_id]

    def wait_for_messages(self, count: int, timeout: float = 10.0) -> list[Call]:
        return self.wait_for("sendMessage", count, timeout)

    def wait_until(self, predicate: Any, timeout: float = 10.0, what: str = "a condition") -> None:
        """Block until ``predicate(api)`` is true (re-checked whenever a call arrives)."""
        deadline = time.monotonic() + timeout
        with self.state.changed:
            while True:
                self.state.lock.release()
                try:
                    if predicate(self):
                        return
                finally:
                    self.state.lock.acquire()
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {what}")
                self.state.changed.wait(min(left, 0.1))

    def quiet_for(self, seconds: float) -> None:
        """Let the bot run a little (for asserting that nothing more is sent)."""
        time.sleep(seconds)

    # --- fault injection ----------------------------------------------------------------------

    def fail(self, method: str, times: int = 1, status: int = 500, description: str | None = None,
             retry_after: int | None = None) -> None:
        """The next ``times`` calls of ``method`` answer with an HTTP error (and ``retry_after`` for 429)."""
        text = description or {429: f"Too Many Requests: retry after {retry_after}",
                               409: "Conflict: terminated by other getUpdates request; make sure that only "
                                    "one bot instance is running",
                               500: "Internal Server Error", 502: "Bad Gateway"}.get(status, "Error")
        self._add(method, times, Fault("status", status=status, description=text, retry_after=retry_after))

    def hang(self, method: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` get no answer for ``seconds``, then the connection closes."""
        self._add(method, times, Fault("hang", seconds=seconds))

    def drop(self, method: str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` have their connection closed without an answer."""
        self._add(method, times, Fault("drop"))

    def _add(self, method: str, times: int, fault: Fault) -> None:
        with self.state.lock:
            self.state.faults[method].extend([fault] * times)

    # --- updates the bot will receive ---------------------------------------------------------

    def user(self, user_id: int, name: str = "Ada") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}

    def chat(self, chat_id: int, chat_type: str = "private") -> dict:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": "Ada"}
        return {"id": chat_id, "type": chat_type, "title": "Data people"}

    def bot_user(self) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Career Advisor", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

    def message(self, chat_id: int, text: str | None = None, user_id: int | None = None,
                chat_type: str = "private", entities: list[dict] | None = None,
                reply_to: dict | None = None, **extra: Any) -> dict:
        msg: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                               "chat": self.chat(chat_id, chat_type),
                               "from": self.user(user_id if user_id is not None else abs(chat_id))}
        if text is not None:
            msg["text"] = text
        if entities:
            msg["entities"] = entities
        if reply_to:
            msg["reply_to_message"] = reply_to
        msg.update(extra)
        return msg

    def update(self, kind: str, payload: dict) -> dict:
        """An update that is not queued: for posting to a webhook, as Telegram would."""
        return {"update_id": next(self._update_ids), kind: payload}

    def enqueue(self, kind: str, payload: dict) -> dict:
        with self.state.changed:
            update = {"update_id": next(self._update_ids), kind: payload}
            self.state.updates.append(update)
            self.state.changed.notify_all()
        return update

    def enqueue_many(self, kind: str, payloads: list[dict]) -> None:
        with self.state.changed:
            for payload in payloads:
                self.state.updates.append({"update_id": next(self._update_ids), kind: payload})
            self.state.changed.notify_all()

    def send_text(self, chat_id: int, text: str, **kw: Any) -> dict:
        return self.enqueue("message", self.message(chat_id, text, **kw))

    def send_command(self, chat_id: int, command: str, args: str = "", **kw: Any) -> dict:
        """``command`` like "/salary" or "/salary@Bot"; gets the bot_command entity Telegram adds."""
        text = f"{command} {args}".strip()
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        return self.enqueue("message", self.message(chat_id, text, entities=[entity], **kw))

    def send_mention(self, chat_id: int, text: str, chat_type: str = "group", **kw: Any) -> dict:
        """A group message that mentions the bot: ``text`` must contain "@<bot username>"."""
        mention = f"@{BOT_USERNAME}"
        offset = text.index(mention)
        entity = {"type": "mention", "offset": len(text[:offset].encode("utf-16-le")) // 2, "length": len(mention)}
        return self.enqueue("message", self.message(chat_id, text, chat_type=chat_type, entities=[entity], **kw))

    def send_sticker(self, chat_id: int, **kw: Any) -> dict:
        sticker = {"file_id": "CAACAgIAAxkBAAIB", "file_unique_id": "AgADAgAD", "type": "regular",
                   "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}
        return self.enqueue("message", self.message(chat_id, sticker=sticker, **kw))

    def press(self, chat_id: int, data: str, message: dict | None = None, user_id: int | None = None) -> dict:
        """A callback query: someone pressed a button with ``data`` under ``message`` (a bot message)."""
        if message is None:
            message = {"message_id": next(self._message_ids), "date": int(time.time()),
                       "chat": self.chat(chat_id), "from": self.bot_user(), "text": "..."}
        query = {"id": str(next(self._callback_ids)), "from": self.user(user_id or abs(chat_id)),
                 "chat_instance": f"ci{chat_id}", "data": data, "message": message}
        return self.enqueue("callback_query", query)

    def inline(self, query: str, user_id: int = 42) -> dict:
        payload = {"id": f"iq{next(self._callback_ids)}", "from": self.user(user_id), "query": query,
                   "offset": "", "chat_type": "sender"}
        return self.enqueue("inline_query", payload)

    # --- the server side ----------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict | None, Fault | None]:
        """Answer one call: (HTTP status, JSON body or None to send nothing, fault applied)."""
        with self.state.changed:
            queue = self.state.faults.get(method)
            fault = queue.popleft() if queue else None
            call = Call(method, params, time.monotonic(), fault=fault.kind if fault else None)
            self.state.calls.append(call)
            if fault:
                self.state.counts[method, False] += 1
            self.state.changed.notify_all()
        if fault:
            if fault.kind == "status":
                body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
                if fault.retry_after is not None:
                    body["parameters"] = {"retry_after": fault.retry_after}
                return fault.status, body, fault
            if fault.kind == "hang":
                self.stopping.wait(fault.seconds)
            return 0, None, fault
        if self.latency.get(method):
            self.stopping.wait(self.latency[method])
        try:
            result = getattr(self, f"_m_{method}", None)
            if result is None:
                raise BadRequest(f"method {method} is not implemented by the fake")
            value = result(params)
        except (HTMLError, BadRequest) as exc:
            with self.state.changed:
                call.fault = "bad request"
                self.state.counts[method, False] += 1
                self.state.changed.notify_all()
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}, None
        with self.state.changed:
            call.result = value
            self.state.counts[method, True] += 1
            self.state.changed.notify_all()
        return 200, {"ok": True, "result": value}, None

    def _m_getMe(self, p: dict) -> dict:
        return self.bot_user()

    def _m_setWebhook(self, p: dict) -> bool:
        url = p.get("url")
        if not isinstance(url, str) or not url.startswith("https://"):
            raise BadRequest("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise BadRequest("bad webhook: secret token contains unallowed characters")
        with self.state.lock:
            self.state.webhook = {"url": url, "secret_token": secret, "allowed_updates": p.get("allowed_updates"),
                                  "drop_pending_updates": p.get("drop_pending_updates")}
        return True

    def _m_deleteWebhook(self, p: dict) -> bool:
        with self.state.lock:
            self.state.webhook = None
        return True

    def _m_getWebhookInfo(self, p: dict) -> dict:
        with self.state.lock:
            url = (self.state.webhook or {}).get("url", "")
        return {"url": url, "has_custom_certificate": False, "pending_update_count": len(self.state.updates)}

    @property
    def webhook(self) -> dict | None:
        """What setWebhook set (url, secret_token, allowed_updates, drop_pending_updates), or None."""
        with self.state.lock:
            return self.state.webhook

    def _m_close(self, p: dict) -> bool:
        return True

    def _m_logOut(self, p: dict) -> bool:
        return True

    def _m_getUpdates(self, p: dict) -> list[dict]:
        if self.webhook is not None:
            raise BadRequest("Conflict: can't use getUpdates method while webhook is active")
        offset = int(p.get("offset") or 0)
        limit = min(int(p.get("limit") or 100), 100)
        wait = min(float(p.get("timeout") or 0), MAX_POLL_WAIT)
        deadline = time.monotonic() + wait
        with self.state.changed:
            if offset:  # confirms (forgets) every update before it, as Telegram does
                self.state.updates = [u for u in self.state.updates if u["update_id"] >= offset]
            while not self.state.updates and not self.stopping.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.state.changed.wait(left)
            return self.state.updates[:limit]

    def _message_result(self, p: dict, message_id: int | None = None, photo: list[dict] | None = None) -> dict:
        key, limit = ("caption", CAPTION_LIMIT) if photo is not None else ("text", TEXT_LIMIT)
        text = p.get(key, "" if photo is not None else None)
        if not isinstance(text, str) or (photo is None and not text.strip()):
            raise BadRequest("message text is empty")
        plain = parse_html(text) if str(p.get("parse_mode", "")).upper() == "HTML" else text
        if len(plain.encode("utf-16-le")) // 2 > limit:
            raise BadRequest("message caption is too long" if photo is not None else "message is too long")
        chat_id = p.get("chat_id")
        if not isinstance(chat_id, int):
            raise BadRequest("chat not found")
        chat_type = "private" if chat_id > 0 else "supergroup"
        result = {"message_id": message_id or next(self._message_ids), "date": int(time.time()),
                  "chat": self.chat(chat_id, chat_type), "from": self.bot_user()}
        if photo is not None:
            result["photo"] = photo
            if plain:
                result["caption"] = plain
        else:
            result["text"] = plain
        if p.get("message_thread_id"):
            result.update(message_thread_id=p["message_thread_id"], is_topic_message=True)
        if isinstance(p.get("reply_markup"), dict):
            markup = p["reply_markup"]
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and len(data.encode()) > 64:
                        raise BadRequest("BUTTON_DATA_INVALID")
            result["reply_markup"] = markup
        return result

    def _m_sendMessage(self, p: dict) -> dict:
        return self._message_result(p)

    def _m_sendPhoto(self, p: dict) -> dict:
        """An uploaded PNG (checked: signature, IHDR, Telegram's size limits) or a file_id sent before."""
        photo = p.get("photo")
        if isinstance(photo, Upload):
            size = png_size(photo.data)
            if size is None:
                raise BadRequest("IMAGE_PROCESS_FAILED")
            width, height = size
            if len(photo.data) > PHOTO_MAX_BYTES:
                raise BadRequest("PHOTO_TOO_BIG")
            if (not width or not height or width + height > PHOTO_MAX_SIDES
                    or max(width, height) > PHOTO_MAX_RATIO * min(width, height)):
                raise BadRequest("PHOTO_INVALID_DIMENSIONS")
            length = len(photo.data)
        elif isinstance(photo, str) and photo in self._files:
            width, height, length = self._files[photo]
        else:
            raise BadRequest("wrong file identifier/HTTP URL specified")
        sizes = []
        for side in PHOTO_SIZES:
            scale = min(1.0, side / max(width, height))
            file_id = f"AgACAgIAAxk{next(self._file_ids):08d}"
            w, h = max(1, round(width * scale)), max(1, round(height * scale))
            self._files[file_id] = (w, h, length)
            sizes.append({"file_id": file_id, "file_unique_id": file_id[-8:], "width": w, "height": h,
                          "file_size": max(1, round(length * scale * scale))})
            if scale == 1.0:
                break
        return self._message_result(p, photo=sizes)

    def _m_editMessageText(self, p: dict) -> dict:
        return self._message_result(p, message_id=p.get("message_id"))

    def _m_editMessageReplyMarkup(self, p: dict) -> bool:
        return True

    def _m_sendChatAction(self, p: dict) -> bool:
        return True

    def _m_answerCallbackQuery(self, p: dict) -> bool:
        return True

    def _m_answerInlineQuery(self, p: dict) -> bool:
        results = p.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise BadRequest("RESULTS_INVALID")
        ids = [r.get("id") for r in results]
        if len(set(ids)) != len(ids):
            raise BadRequest("RESULT_ID_DUPLICATE")
        for r in results:
            content = r.get("input_message_content", {})
            if str(content.get("parse_mode", "")).upper() == "HTML":
                parse_html(content.get("message_text", ""))
        return True

    def _m_setMyCommands(self, p: dict) -> bool:
        with self.state.lock:
            self.state.commands = list(p.get("commands") or [])
        return True

    def _m_getMyCommands(self, p: dict) -> list[dict]:
        with self.state.lock:
            return list(self.state.commands)

    def _m_deleteMyCommands(self, p: dict) -> bool:
        with self.state.lock:
            self.state.commands = []
        return True


class BadRequest(Exception):
    pass


def _decode(key: str, value: str) -> Any:
    if key in _JSON_PARAMS or key in _BOOL_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if key in _NUMBER_PARAMS:
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return value
    return value


class _Handler(BaseHTTPRequestHandler):
    api: FakeBotAPI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # silence the default access log
        pass

    def setup(self) -> None:
        super().setup()
        # one small write per answer, sent at once (no 40 ms Nagle / delayed-ACK stalls on keep-alive)
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        with contextlib.suppress(ConnectionError, OSError):  # the client went away (timeouts, dropped connections)
            super().handle()

    def do_GET(self) -> None:
        self._serve(b"")

    def do_POST(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._serve(self._read_chunked())
        length = int(self.headers.get("Content-Length") or 0)
        self._serve(self.rfile.read(length) if length else b"")

    def _read_chunked(self) -> bytes:
        body = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                    pass
                return body
            body += self.rfile.read(size)
            self.rfile.readline()

    def _serve(self, body: bytes) -> None:
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", self.path.split("?")[0])
        if not match:
            return self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        if match.group(1) != self.api.token:
            return self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        try:
            params = self._params(body)
        except BadRequest as exc:
            return self._reply(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
        status, payload, fault = self.api.handle(match.group(2), params)
        if payload is None:  # hang or drop: close without an answer
            self.close_connection = True
            return
        self._reply(status, payload)

    def _params(self, body: bytes) -> dict[str, Any]:
        kind = self.headers.get("Content-Type", "")
        if "json" in kind:
            return json.loads(body or b"{}")
        if kind.startswith("multipart/form-data"):
            return parse_multipart(kind, body)
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        raw = parse_qs(query + ("&" if query and body else "") + body.decode(), keep_blank_values=True)
        return {key: _decode(key, values[-1]) for key, values in raw.items()}

    def _reply(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


# --- running the real bot against the fake, from synchronous tests -------------------------------

class RunningBot:
    """The real PTB Application from ``build_application`` polling ``api``, on an event loop in a thread.

    Started the way ``Application.run_polling`` starts it (initialize, post_init, start, start_polling
    with errors while polling passed to the application's error handler), without the signal handling.
    """

    def __init__(self, engine: Any, api: FakeBotAPI, poll_timeout: float = 1.0, webhook: Any = None,
                 **options: Any) -> None:
        """``webhook``: a ``config.Webhook`` to receive updates on (as ``run_webhook`` does), not polling."""
        import asyncio

        self.webhook = webhook
        self.engine = engine
        self.api = api
        self.poll_timeout = poll_timeout
        self.options = options
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="bot-loop", daemon=True)
        self.application: Any = None

    def _run(self, coroutine: Any, timeout: float = 15.0) -> Any:
        import asyncio

        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def start(self) -> RunningBot:
        self.thread.start()
        self._run(self._start())
        return self

    async def _start(self) -> None:
        from bot.frontends.telegram.app import build_application
        from bot.frontends.telegram.config import ALLOWED_UPDATES

        app = build_application(self.engine, self.api.token, self.api.base_url, **self.options)
        self.application = app
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        await app.start()
        if self.webhook is not None:
            hook = self.webhook
            await app.updater.start_webhook(
                listen=hook.listen, port=hook.port, url_path=hook.path, webhook_url=hook.url,
                allowed_updates=list(ALLOWED_UPDATES), drop_pending_updates=False, secret_token=hook.secret)
            return
        await app.updater.start_polling(
            poll_interval=0, timeout=self.poll_timeout, allowed_updates=list(ALLOWED_UPDATES),
            error_callback=lambda exc: app.create_task(app.process_error(error=exc, update=None)))

    def stop(self) -> None:
        if self.application is not None:
            self._run(self._stop(), timeout=30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    async def _stop(self) -> None:
        app = self.application
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    @property
    def services(self) -> Any:
        return self.application.bot_data["services"]


class LogCapture:
    """Every log record (from every thread) at ``level`` and above, formatted with tracebacks, as text."""

    def __init__(self, level: int = 10) -> None:
        import io
        import logging

        self.level = level
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setLevel(level)
        self.handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self._old_level: int | None = None

    def __enter__(self) -> LogCapture:
        import logging

        root = logging.getLogger()
        self._old_level = root.level
        root.setLevel(self.level)
        root.addHandler(self.handler)
        return self

    def __exit__(self, *exc: object) -> None:
        import logging

        root = logging.getLogger()
        root.removeHandler(self.handler)
        if self._old_level is not None:
            root.setLevel(self._old_level)

    @property
    def text(self) -> str:
        self.handler.flush()
        return self.stream.getvalue()
