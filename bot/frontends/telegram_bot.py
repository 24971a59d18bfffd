"""The Telegram front end (python-telegram-bot v22, long polling). The only module that imports ``telegram``.

Handlers only translate: a Telegram update becomes a message for ``Engine.reply`` (with the chat's
``Session`` from a bounded ``SessionStore``), and the ``Reply`` becomes HTML messages with buttons.
Around them:

* configuration: the token (``TELEGRAM_BOT_TOKEN`` or ``--token-file``, never an argument), the Bot API
  address (``TELEGRAM_API_BASE_URL``), an optional allow-list (``CAREER_BOT_ALLOWED_IDS``);
* ``RedactSecrets``: the token never reaches a log (httpx logs request URLs, which contain it);
* ``Buttons``: next steps as callback data of at most 64 bytes, checked when pressed;
* ``RetryingLimiter``: every Bot API call waits out 429 flood control and retries transient network
  failures, but a message is re-sent only when the failure proves it was not delivered;
* ``ChatOrderedProcessor``: updates are handled concurrently across chats and in order within a chat.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import sys
import warnings
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from telegram import (BotCommand, Chat, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle,
                      InputTextMessageContent, Message, MessageEntity, ReplyParameters, Update)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import (BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError,
                            TimedOut)
from telegram.ext import (Application, ApplicationBuilder, ApplicationHandlerStop, BaseRateLimiter,
                          BaseUpdateProcessor, CallbackQueryHandler, CommandHandler, ContextTypes, Defaults,
                          InlineQueryHandler, MessageHandler, TypeHandler, filters)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from ..answers.compose import ASPECT_LABELS, ASPECT_PHRASES, aspect_message
from ..knowledge.profiles import GROUPS
from ..answers.render import TELEGRAM_LIMIT, split_message, to_html
from ..answers.reply import Action, Reply
from ..understanding.session import Session, SessionStore

log = logging.getLogger(__name__)

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
API_URL_ENV = "TELEGRAM_API_BASE_URL"
ALLOWED_ENV = "CAREER_BOT_ALLOWED_IDS"
LOG_LEVEL_ENV = "CAREER_BOT_LOG_LEVEL"
TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
POLL_TIMEOUT = 30            # seconds a getUpdates long poll may wait at Telegram
CALLBACK_LIMIT = 64          # bytes of callback_data Telegram accepts
INLINE_RESULTS = 5
POPULAR_ROLES = ("data-scientist", "data-engineer", "data-analyst", "machine-learning-engineer", "data-architect")
ASPECT_COMMANDS = ("skills", "salary", "education", "outlook")
COMMANDS = (
    ("start", "Welcome and example questions"),
    ("help", "What I can answer"),
    ("roles", "Every role I know, as buttons"),
    ("compare", "Compare two roles: /compare data architect vs data engineer"),
    ("skills", "Skills for a role: /skills data architect"),
    ("salary", "Salary figures for a role: /salary data architect"),
    ("education", "Education for a role: /education data architect"),
    ("outlook", "Job outlook for a role: /outlook data architect"),
)
EXPIRED = "This button has expired."
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
NOT_TEXT = ("I can only read text messages. Ask me about a data or AI role, for example: "
            "<i>what does a data architect do?</i>")
COMPARE_USAGE = ("Which roles should I compare? For example:\n"
                 "/compare data architect vs data engineer")
PRIVATE_ONLY = "Open a chat with me to ask more."


# --- configuration ---------------------------------------------------------------------------------

class ConfigError(Exception):
    """A setting the bot cannot start with; the message says what to do (and never shows the token)."""


def load_token(token_file: str | os.PathLike[str] | None = None,
               environ: Mapping[str, str] = os.environ) -> str:
    """The bot token from ``token_file`` or ``TELEGRAM_BOT_TOKEN``; ConfigError when missing or malformed."""
    if token_file:
        where = f"the token file {token_file}"
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a text file"
            raise ConfigError(f"Cannot read {where}: {reason}.") from None
    else:
        where = TOKEN_ENV
        token = environ.get(TOKEN_ENV, "").strip()
        if not token:
            raise ConfigError(f"No Telegram bot token. Set {TOKEN_ENV}, or pass --token-file FILE "
                              "(a file holding the token @BotFather gave you).")
    if not TOKEN_PATTERN.match(token):
        raise ConfigError(f"The bot token in {where} is malformed: expected digits, a colon and at least 30 "
                          "letters, digits, '_' or '-' (like 123456789:AAH...). Copy it again from @BotFather.")
    return token


def api_urls(base_url: str) -> tuple[str, str]:
    """The Bot API base URL (PTB appends the token unless it has ``{token}``) and the file base URL."""
    url = base_url.strip().rstrip("/")
    if not re.match(r"^https?://[^/\s]+", url):
        raise ConfigError(f"The Bot API address must start with http:// or https:// (like "
                          f"http://127.0.0.1:8081/bot); got {url!r}.")
    if "{token}" not in url and not url.endswith("/bot"):
        url += "/bot"
    cut = url.rfind("/bot")
    return url, url[:cut] + "/file" + url[cut:]


def parse_allowed_ids(value: str | None) -> frozenset[int] | None:
    """``CAREER_BOT_ALLOWED_IDS``: comma-separated user or chat ids; None (everyone) when unset or empty."""
    if value is None or not value.strip():
        return None
    ids = set()
    for part in re.split(r"[,\s]+", value.strip()):
        if not re.fullmatch(r"-?\d+", part):
            raise ConfigError(f"{ALLOWED_ENV} must list user or chat ids (numbers) separated by commas; "
                              f"{part!r} is not one.")
        ids.add(int(part))
    return frozenset(ids)


# --- keeping the token out of logs -----------------------------------------------------------------

class RedactSecrets(logging.Filter):
    """Replaces the bot token (and its secret half) in a record's message, arguments and traceback."""

    MASK = "[REDACTED]"

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        secret = token.split(":", 1)[-1]
        self.secrets = tuple(s for s in (token, token.replace(":", "%3A"), secret) if s)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, self.MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let the handler report it
            message = None
        if message is not None and self.redact(message) != message:
            record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def protect_logs(token: str) -> RedactSecrets:
    """Quiet httpx (its INFO lines carry request URLs) and redact the token on every root handler."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    redactor = RedactSecrets(token)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactSecrets) and f.token == token for f in handler.filters):
            handler.addFilter(redactor)
    return redactor


# --- buttons: callback data of at most 64 bytes, checked on the way back ---------------------------

@dataclass(frozen=True)
class Button:
    """What a pressed button asks.

    kind "ask": ``intent`` (an aspect) of one role; "compare": two roles, optionally on ``aspect``;
    "pick": a candidate chosen in a clarification (``intent`` is the question waiting for it);
    "question": ``text`` to send as typed (the greeting's examples).
    """

    kind: str
    intent: str = ""
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    text: str = ""


class Buttons:
    """Encodes next steps compactly (a 6-hex-digit code per role) and validates pressed buttons."""

    KINDS = {"a": "ask", "c": "compare", "p": "pick", "q": "question"}

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.code_of: dict[str, str] = {}
        self.role_of: dict[str, str] = {}
        for role_id in sorted(engine.kb.roles):
            digest = hashlib.sha1(role_id.encode()).hexdigest()
            size = 6
            while digest[:size] in self.role_of:  # never in practice; stay unique anyway
                size += 1
            self.code_of[role_id] = digest[:size]
            self.role_of[digest[:size]] = role_id

    def name(self, role_id: str) -> str:
        return self.engine.kb.role(role_id).name

    # encoding ----------------------------------------------------------------------------------

    def from_action(self, action: Action, reply: Reply) -> Button | None:
        """The button for one of the reply's next steps, or None when it cannot be offered."""
        roles = tuple(action.roles)
        if any(r not in self.code_of for r in roles):
            return None
        if action.intent == "example":
            return Button("question", text=action.message or action.label)
        if action.intent == "compare" and len(roles) == 1:
            return Button("pick", "compare", roles)
        if action.intent == "compare" and len(roles) == 2:
            aspect = self.engine.understand(action.message).aspect if action.message else None
            return Button("compare", "compare", roles, aspect if aspect in ASPECT_PHRASES else None)
        if action.intent in ASPECT_PHRASES and len(roles) == 1:
            kind = "pick" if roles[0] in reply.candidates else "ask"
            return Button(kind, action.intent, roles)
        return None

    def encode(self, button: Button) -> str | None:
        codes = [self.code_of[r] for r in button.roles]
        if button.kind == "ask":
            data = f"a:{button.intent}:{codes[0]}"
        elif button.kind == "pick":
            data = f"p:{button.intent}:{codes[0]}"
        elif button.kind == "compare":
            data = f"c:{button.aspect or ''}:{codes[0]}:{codes[1]}"
        else:
            data = f"q:{button.text}"
        return data if len(data.encode()) <= CALLBACK_LIMIT else None

    # decoding ----------------------------------------------------------------------------------

    def decode(self, data: str | None) -> Button | None:
        """The button ``data`` encodes, or None when it is malformed, forged or refers to unknown roles."""
        if not data or len(data.encode()) > CALLBACK_LIMIT or ":" not in data:
            return None
        kind = self.KINDS.get(data.split(":", 1)[0])
        if kind == "question":
            text = data[2:].strip()
            return Button("question", text=text) if text and text.isprintable() else None
        fields = data.split(":")[1:]
        if kind in ("ask", "pick") and len(fields) == 2:
            intent, code = fields
            role = self.role_of.get(code)
            allowed = set(ASPECT_PHRASES) | ({"compare"} if kind == "pick" else set())
            return Button(kind, intent, (role,)) if role and intent in allowed else None
        if kind == "compare" and len(fields) == 3:
            aspect, *codes = fields
            roles = tuple(self.role_of.get(c) for c in codes)
            if all(roles) and roles[0] != roles[1] and (not aspect or aspect in ASPECT_PHRASES):
                return Button("compare", "compare", roles, aspect or None)  # type: ignore[arg-type]
        return None

    def message(self, button: Button, session: Session) -> str:
        """What typing the button's question looks like, in the chat's current context."""
        if button.kind == "question":
            return button.text
        names = [self.name(r) for r in button.roles]
        if button.kind == "compare":
            aspect = f" {button.aspect.replace('_', ' ')}" if button.aspect else ""
            return f"compare {names[0]} and {names[1]}{aspect}"
        pending = session.pending
        if (button.kind == "pick" and pending and pending.intent == button.intent
                and button.roles[0] in pending.candidates):
            return str(pending.candidates.index(button.roles[0]) + 1)  # the clarification keeps its context
        if button.intent == "compare":
            return f"compare {names[0]}"
        return aspect_message(button.intent, names[0])

    # keyboards ---------------------------------------------------------------------------------

    def rows(self, reply: Reply) -> list[list[tuple[str, str]]]:
        """Rows of (label, callback data) to show under ``reply``."""
        if reply.intent == "list_roles" and not reply.roles:
            return self.role_rows()
        buttons = []
        for action in reply.actions:
            button = self.from_action(action, reply)
            data = self.encode(button) if button else None
            if data:
                buttons.append((action.label, data))
        return _pack(buttons)

    def role_rows(self) -> list[list[tuple[str, str]]]:
        """Every role as a button (asking for its overview), grouped, two to a row."""
        rows: list[list[tuple[str, str]]] = []
        for group in GROUPS:
            roles = sorted((r for r in self.engine.kb.roles.values() if r.group == group), key=lambda r: r.name)
            buttons = [(r.name, f"a:overview:{self.code_of[r.id]}") for r in roles]
            rows += [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
        return rows


def _pack(buttons: list[tuple[str, str]], short: int = 14, per_row: int = 4) -> list[list[tuple[str, str]]]:
    """Short labels share a row (up to ``per_row``); a long label gets a row of its own."""
    rows: list[list[tuple[str, str]]] = []
    row: list[tuple[str, str]] = []
    for label, data in buttons:
        if len(label) > short:
            if row:
                rows.append(row)
                row = []
            rows.append([(label, data)])
            continue
        row.append((label, data))
        if len(row) == per_row:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


# --- inline mode --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Card:
    """One inline result: a role card or a comparison, as Telegram HTML."""

    id: str
    title: str
    description: str
    html: str


def inline_cards(engine: Any, buttons: Buttons, query: str, limit: int = INLINE_RESULTS) -> list[Card]:
    """Role cards for what was typed after @bot: the roles it names or resembles; ``x vs y``: a comparison."""
    query = " ".join(query.split())[:256]
    intent = "overview"
    if not query:
        role_ids = [r for r in POPULAR_ROLES if r in engine.kb.roles] or sorted(engine.kb.roles)
    else:
        understood = engine.understand(query)
        if understood.intent == "compare" and len(understood.roles) >= 2:
            return [_compare_card(engine, buttons, understood.roles[:2], understood.aspect)]
        if understood.intent in ASPECT_PHRASES and understood.intent != "similar":
            intent = understood.intent
        role_ids = list(understood.roles) + list(understood.candidates)
        role_ids += _prefix_matches(engine, query)
        role_ids += engine.understander.index.closest(query, limit=limit, cutoff=70.0)
    cards = []
    for role_id in dict.fromkeys(role_ids):
        role = engine.kb.role(role_id)
        reply, _ = engine.reply(aspect_message(intent, role.name), Session())
        title = role.name if intent == "overview" else f"{role.name}: {ASPECT_LABELS.get(intent, intent).lower()}"
        cards.append(Card(f"{intent}:{buttons.code_of[role_id]}", title, role.tagline, _first_part(reply)))
        if len(cards) == limit:
            break
    return cards


def _compare_card(engine: Any, buttons: Buttons, roles: Sequence[str], aspect: str | None) -> Card:
    names = [engine.kb.role(r).name for r in roles]
    text = f"compare {names[0]} and {names[1]}" + (f" {aspect.replace('_', ' ')}" if aspect else "")
    reply, _ = engine.reply(text, Session())
    codes = ":".join(buttons.code_of[r] for r in roles)
    return Card(f"compare:{aspect or ''}:{codes}", " vs ".join(names),
                f"Side by side: {ASPECT_LABELS.get(aspect, 'overview, skills, education, salary, outlook').lower()}"
                if aspect else "Side by side: overview, skills, education, salary and outlook", _first_part(reply))


def _prefix_matches(engine: Any, query: str) -> list[str]:
    """Roles whose name has a word starting with each word typed so far ('data arch')."""
    typed = re.findall(r"\w+", query.lower())
    if not typed:
        return []
    found = []
    for role in sorted(engine.kb.roles.values(), key=lambda r: r.name):
        words = re.findall(r"\w+", role.name.lower())
        if all(any(w.startswith(t) for w in words) for t in typed):
            found.append(role.id)
    return found


def _first_part(reply: Reply) -> str:
    return split_message(to_html(reply), TELEGRAM_LIMIT)[0]


# --- network resilience and ordering ------------------------------------------------------------

# Failures raised before the request left this machine: repeating it cannot deliver a message twice.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Calls that are harmless to repeat whatever happened to the first attempt.
_REPEATABLE = frozenset({"getMe", "deleteWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands",
                         "deleteMyCommands", "sendChatAction", "answerCallbackQuery", "answerInlineQuery",
                         "editMessageText", "editMessageReplyMarkup", "getChat"})


def _not_sent(exc: BaseException) -> bool:
    cause = exc.__cause__
    while cause is not None:
        if isinstance(cause, _NOT_SENT):
            return True
        cause = cause.__cause__
    return False


def _retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


class RetryingLimiter(BaseRateLimiter[None]):
    """Every Bot API call except getUpdates passes here (PTB's rate-limiter hook).

    * 429 RetryAfter: Telegram did not take the request; every call waits ``retry_after`` (flood control
      is per bot), then this one is repeated.
    * NetworkError/TimedOut: repeated with exponential backoff for calls that are safe to repeat; a
      sendMessage (or any other call that creates something) only when the connection failed before
      the request was sent, so nobody gets an answer twice.
    Attempts are bounded; the last failure propagates to the error handler.
    """

    def __init__(self, attempts: int = 4, backoff: float = 0.5, max_backoff: float = 8.0,
                 max_retry_after: float = 120.0) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self._resume_at = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> Any:
        loop = asyncio.get_running_loop()
        for attempt in range(1, self.attempts + 1):
            pause = self._resume_at - loop.time()
            if pause > 0:
                await asyncio.sleep(pause)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                delay = _retry_seconds(exc)
                if attempt == self.attempts or delay > self.max_retry_after:
                    raise
                self._resume_at = max(self._resume_at, loop.time() + delay)
                log.warning("Telegram flood control (429) on %s: waiting %.0f s, then attempt %d of %d.",
                            endpoint, delay, attempt + 1, self.attempts)
            except BadRequest:
                raise
            except NetworkError as exc:  # TimedOut included
                if attempt == self.attempts or not (endpoint in _REPEATABLE or _not_sent(exc)):
                    raise
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
                log.warning("%s failed (%s); retrying in %.1f s (attempt %d of %d).",
                            endpoint, _describe(exc), delay, attempt + 1, self.attempts)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, TimedOut) and exc.__cause__ is not None:
        text = f"timed out: {type(exc.__cause__).__name__}"
    return text


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Handles updates concurrently across chats, but one at a time and in arrival order within a chat.

    Updates start in arrival order and the semaphore and locks of asyncio wake waiters first in, first
    out, so a chat's lock is queued for in the order its updates came.
    """

    def __init__(self, max_concurrent_updates: int = 32) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.get(chat.id, (None, 0))
        lock = lock or asyncio.Lock()
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users <= 1:
                del self._locks[chat.id]  # no unbounded growth: only chats with work in flight
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    @property
    def chats_in_flight(self) -> int:
        return len(self._locks)


# --- translating between Telegram and the engine --------------------------------------------------

@dataclass
class Services:
    """What the handlers share, kept in ``application.bot_data``."""

    engine: Any
    sessions: SessionStore
    buttons: Buttons
    allowed: frozenset[int] | None = None


def _services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.bot_data["services"]


def _markup(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                 for row in rows])


def strip_mention(text: str, username: str | None) -> str:
    """The message without "@botname" (anywhere, any case)."""
    if not username:
        return text.strip()
    return " ".join(re.sub(rf"(?i)@{re.escape(username)}\b", " ", text).split())


def commands_html() -> str:
    return "<b>Commands</b>\n" + "\n".join(f"/{name} — {desc}" for name, desc in COMMANDS)


def _chat(update: Update) -> Chat:
    """The chat to answer in: every handler that answers is registered for updates that have one."""
    chat = update.effective_chat
    if chat is None:  # pragma: no cover - ruled out by the handlers' filters
        raise ValueError(f"update {update.update_id} has no chat to answer in")
    return chat


async def _typing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show "typing…"; a failure here must not stop the answer."""
    try:
        await context.bot.send_chat_action(_chat(update).id, ChatAction.TYPING,
                                           message_thread_id=_thread(update))
    except TelegramError as exc:
        log.debug("sendChatAction failed: %s", exc)


def _thread(update: Update) -> int | None:
    message = update.effective_message
    return message.message_thread_id if message is not None and message.is_topic_message else None


async def _send_html(update: Update, context: ContextTypes.DEFAULT_TYPE, html: str,
                     markup: InlineKeyboardMarkup | None = None, quote: bool = False) -> None:
    """Send ``html`` in parts of at most 4,096 characters, in order; the buttons go under the last part."""
    chat = _chat(update)
    parts = split_message(html, TELEGRAM_LIMIT)
    reply_to = None
    if quote and chat.type != ChatType.PRIVATE and update.message is not None:
        reply_to = ReplyParameters(update.message.message_id, allow_sending_without_reply=True)
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        await context.bot.send_message(chat.id, part, parse_mode=ParseMode.HTML,
                                       reply_markup=markup if last else None,
                                       reply_parameters=reply_to if number == 0 else None,
                                       message_thread_id=_thread(update))


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, *, fresh: bool = False,
                  extra_html: str = "", if_unknown: str | None = None) -> None:
    """Ask the engine in the chat's context, remember the new context, send the reply with its buttons."""
    services = _services(context)
    chat_id = _chat(update).id
    await _typing(update, context)
    session = Session() if fresh else services.sessions.get(chat_id)
    reply, session = services.engine.reply(text, session)
    services.sessions.put(chat_id, session)
    if if_unknown and reply.intent == "unknown":
        await _send_html(update, context, if_unknown, quote=True)
        return
    html = to_html(reply) + (f"\n\n{extra_html}" if extra_html else "")
    await _send_html(update, context, html, _markup(services.buttons.rows(reply)), quote=True)
    log.debug("Answered chat %s: intent %s, roles %s.", chat_id, reply.intent, ",".join(reply.roles) or "-")


# --- handlers: short, and nothing but translation ----------------------------------------------------

async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ignore updates from people and chats that are not on the allow-list."""
    allowed = _services(context).allowed
    user, chat = update.effective_user, update.effective_chat
    if allowed is None or (user and user.id in allowed) or (chat and chat.id in allowed):
        return
    log.info("Ignored an update from user %s in chat %s: not in %s.",
             user.id if user else "-", chat.id if chat else "-", ALLOWED_ENV)
    raise ApplicationHandlerStop


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, start a fresh conversation and offer example questions."""
    await _answer(update, context, "hello", fresh=True)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain what can be asked, and the commands."""
    await _answer(update, context, "help", extra_html=commands_html())


async def roles(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every role, grouped, with a button per role."""
    await _answer(update, context, "which roles do you know")


async def compare(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Compare two roles: /compare data architect vs data engineer (no roles: the last two discussed)."""
    await _answer(update, context, " ".join(["compare", *(context.args or ())]), if_unknown=COMPARE_USAGE)


async def aspect(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/skills, /salary, /education, /outlook about a role (no role: the one being discussed)."""
    message = update.effective_message
    assert message is not None and message.text is not None  # a CommandHandler's update: a command in a text
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    await _answer(update, context, " ".join([command, *(context.args or ())]))


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question typed in a private chat, or addressed to the bot in a group."""
    message = update.effective_message
    assert message is not None and message.text is not None  # its handler's filter: filters.TEXT
    await _answer(update, context, strip_mention(message.text, context.bot.username))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell a private chat that only text can be read."""
    await _send_html(update, context, NOT_TEXT)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a pressed button as a new message, as if its question had been typed."""
    query = update.callback_query
    assert query is not None  # a CallbackQueryHandler's update
    services = _services(context)
    pressed = services.buttons.decode(query.data)
    if pressed is None or update.effective_chat is None:
        await query.answer(EXPIRED if pressed is None else PRIVATE_ONLY)
        return
    try:
        await query.answer()
    except BadRequest as exc:  # too old to acknowledge (e.g. pressed while the bot was down): answer anyway
        log.debug("answerCallbackQuery failed: %s", exc)
    session = services.sessions.get(update.effective_chat.id)
    await _answer(update, context, services.buttons.message(pressed, session))


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer role cards (or a comparison) for what is typed after @bot."""
    services = _services(context)
    inline = update.inline_query
    assert inline is not None  # an InlineQueryHandler's update
    cards = inline_cards(services.engine, services.buttons, inline.query)
    await inline.answer([
        InlineQueryResultArticle(card.id, card.title, InputTextMessageContent(card.html, parse_mode=ParseMode.HTML),
                                 description=card.description)
        for card in cards], cache_time=300)


async def post_init(application: Application) -> None:
    """Register the command menu (a failure is logged, not fatal)."""
    try:
        await application.bot.set_my_commands([BotCommand(name, desc) for name, desc in COMMANDS])
    except TelegramError as exc:
        log.warning("Could not register the command menu: %s", exc)
    log.info("Running as @%s; polling Telegram for updates.", application.bot.username)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error; when it happened in a chat, tell the person. The bot keeps running."""
    error = context.error
    if isinstance(error, Conflict):
        log.warning("Telegram reports a conflict (409): another instance of this bot is polling for updates "
                    "(or a webhook is set). Stop the other instance; this one keeps retrying.")
        return
    if update is None and isinstance(error, NetworkError):
        log.warning("Polling Telegram failed (%s); retrying.", _describe(error))
        return
    log.error("Error while handling an update.", exc_info=error)
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is not None:
        try:
            await context.bot.send_message(chat.id, SORRY)
        except TelegramError as exc:
            log.warning("Could not tell chat %s about the error: %s", chat.id, exc)


class _AddressedToBot(filters.MessageFilter):
    """A message that mentions the bot (@username) or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        mention = f"@{bot.username}".lower() if bot.username else None
        for entity, text in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if (entity.user is not None and entity.user.id == bot.id) or (mention and text.lower() == mention):
                return True
        return False


NEW_MESSAGE = filters.UpdateType.MESSAGE
ADDRESSED = filters.ChatType.PRIVATE | _AddressedToBot()


def build_application(engine: Any, token: str, api_base_url: str | None = None, *,
                      allowed_ids: frozenset[int] | None = None, sessions: SessionStore | None = None,
                      connect_timeout: float = 5.0, read_timeout: float = 10.0, write_timeout: float = 10.0,
                      pool_timeout: float = 5.0, poll_read_timeout: float = 5.0, send_attempts: int = 4,
                      retry_backoff: float = 0.5, max_concurrent_updates: int = 32) -> Application:
    """The PTB Application: HTTP client, retries, per-chat ordering, handlers. Also redacts ``token`` in logs."""
    protect_logs(token)
    request = HTTPXRequest(connection_pool_size=max(8, max_concurrent_updates + 8), connect_timeout=connect_timeout,
                           read_timeout=read_timeout, write_timeout=write_timeout, pool_timeout=pool_timeout)
    polling = HTTPXRequest(connection_pool_size=2, connect_timeout=connect_timeout, read_timeout=poll_read_timeout,
                           write_timeout=write_timeout, pool_timeout=pool_timeout)
    builder = (ApplicationBuilder().token(token).request(request).get_updates_request(polling)
               .rate_limiter(RetryingLimiter(attempts=send_attempts, backoff=retry_backoff))
               .concurrent_updates(ChatOrderedProcessor(max_concurrent_updates))
               .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True))
               .post_init(post_init))
    if api_base_url:
        base, files = api_urls(api_base_url)
        builder = builder.base_url(base).base_file_url(files)
    application = builder.build()
    sessions = SessionStore() if sessions is None else sessions  # (an empty store is falsy: no `or`)
    application.bot_data["services"] = Services(engine, sessions, Buttons(engine), allowed_ids)

    if allowed_ids is not None:
        application.add_handler(TypeHandler(Update, gate), group=-1)
    application.add_handlers([
        CommandHandler("start", start, filters=NEW_MESSAGE),
        CommandHandler("help", help_command, filters=NEW_MESSAGE),
        CommandHandler("roles", roles, filters=NEW_MESSAGE),
        CommandHandler("compare", compare, filters=NEW_MESSAGE),
        CommandHandler(ASPECT_COMMANDS, aspect, filters=NEW_MESSAGE),
        MessageHandler(NEW_MESSAGE & filters.TEXT & ~filters.COMMAND & ADDRESSED, text_message),
        MessageHandler(NEW_MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                       not_text),
        CallbackQueryHandler(button),
        InlineQueryHandler(inline_query),
    ])
    application.add_error_handler(on_error)
    return application


# --- running it ----------------------------------------------------------------------------------

class _OneLineStartupErrors(logging.Filter):
    """PTB logs a rejected token or an unreachable API with tracebacks; run_telegram explains them in a line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], (InvalidToken, NetworkError)):
            record.exc_info, record.exc_text = None, None
        return True


def _setup_logging() -> None:
    level = os.environ.get(LOG_LEVEL_ENV, "INFO").upper()
    if not logging.getLogger().handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                            level=getattr(logging, level, logging.INFO))
    logging.getLogger("telegram.ext").addFilter(_OneLineStartupErrors())


def run_telegram(engine: Any, token_file: str | None = None, api_base_url: str | None = None,
                 environ: Mapping[str, str] = os.environ) -> int:
    """Run the bot with long polling until SIGINT/SIGTERM; returns the process exit code."""
    _setup_logging()
    try:
        token = load_token(token_file, environ)
        redactor = protect_logs(token)
        allowed = parse_allowed_ids(environ.get(ALLOWED_ENV))
        base_url = api_base_url or environ.get(API_URL_ENV) or None
        application = build_application(engine, token, base_url, allowed_ids=allowed)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if allowed is not None:
        log.info("Answering only %d allowed user or chat id(s) from %s.", len(allowed), ALLOWED_ENV)
    try:
        # startup calls (getMe, deleteWebhook) are already retried by RetryingLimiter
        application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=POLL_TIMEOUT, bootstrap_retries=0)
    except InvalidToken:
        print("error: Telegram rejected the bot token (401/404). Check it with @BotFather and try again.",
              file=sys.stderr)
        return 2
    except TelegramError as exc:
        where = base_url or "https://api.telegram.org"
        print(f"error: could not reach the Telegram Bot API at {redactor.redact(where)}: "
              f"{redactor.redact(_describe(exc))}", file=sys.stderr)
        return 1
    return 0
