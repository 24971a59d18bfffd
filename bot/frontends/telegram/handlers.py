"""Handlers: translate a Telegram update into ``Engine.reply`` (typed text) or ``Engine.answer`` (a pressed
button, already understood), and the ``Reply`` into messages."""
from __future__ import annotations

import asyncio
import html as html_escape
import logging
import re
from dataclasses import dataclass
from collections.abc import Callable

from telegram import (BotCommand, Chat, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, InputFile,
                      InputTextMessageContent, Message, MessageEntity, ReplyParameters, Update)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, filters

from ...engine import Engine
from ...answers.charts import chart_png, pay_chart, render_png
from ...answers.render import TELEGRAM_LIMIT, split_message, to_html
from ...understanding.dialogue import Understanding
from ...understanding.session import Session
from ..state import StateStore, get_async, put_async
from .buttons import Buttons
from .config import (ALLOWED_ENV, CAPTION_LIMIT, COMMANDS, COMPARE_USAGE, EXPIRED, NO_CHART, NOT_TEXT,
                     PRIVATE_ONLY, SORRY)
from .inline import inline_cards
from .transport import describe, not_sent

log = logging.getLogger(__name__)


# --- translating between Telegram and the engine --------------------------------------------------

@dataclass
class Services:
    """What the handlers share, kept in ``application.bot_data``."""

    engine: Engine
    store: StateStore
    buttons: Buttons
    allowed: frozenset[int] | None = None
    typing_after: float = 1.0      # seconds an answer may take before "typing…" is shown
    ignored: int = 0               # updates from outside the allow-list, acknowledged and counted


def _chat(update: Update) -> Chat:
    """The update's chat: the handlers here run for messages and button presses, which always have one."""
    chat = update.effective_chat
    if chat is None:
        raise ValueError("an update without a chat reached a chat handler")
    return chat


def _message_text(update: Update) -> str:
    message = update.effective_message
    return (message.text or "") if message is not None else ""


def session_key(update: Update) -> str:
    """Whose conversation this is: a private chat by its id; in groups, per forum topic and per person."""
    chat, user, message = _chat(update), update.effective_user, update.effective_message
    if chat.type == ChatType.PRIVATE:
        return f"chat:{chat.id}"
    topic = message.message_thread_id if message is not None and message.is_topic_message else 0
    return f"chat:{chat.id}:topic:{topic}:user:{user.id if user else 0}"


def answer_key(chat_id: int, message_id: int) -> str:
    """Where the context that produced one of the bot's messages is kept (for replies and buttons to it)."""
    return f"msg:{chat_id}:{message_id}"


def _answered_message(update: Update) -> int | None:
    """The id of the bot's message this update responds to: replied to, or the one whose button was pressed."""
    if update.callback_query is not None:
        message = update.callback_query.message
        return message.message_id if message is not None else None
    replied = update.message.reply_to_message if update.message is not None else None
    if replied is not None and replied.from_user is not None and replied.from_user.id == update.get_bot().id:
        return replied.message_id
    return None


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


async def _typing(update: Update, context: ContextTypes.DEFAULT_TYPE, after: float) -> None:
    """Show "typing…" once the answer has taken ``after`` seconds; a failure here must not stop the answer."""
    await asyncio.sleep(after)
    try:
        await context.bot.send_chat_action(_chat(update).id, ChatAction.TYPING,
                                           message_thread_id=_thread(update))
    except TelegramError as exc:
        log.debug("sendChatAction failed: %s", exc)


def _thread(update: Update) -> int | None:
    message = update.effective_message
    return message.message_thread_id if message is not None and message.is_topic_message else None


async def _send_html(update: Update, context: ContextTypes.DEFAULT_TYPE, html: str,
                     markup: InlineKeyboardMarkup | None = None, quote: bool = False) -> list[int]:
    """Send ``html`` in parts of at most 4,096 characters, in order; the buttons go under the last part.

    Returns the ids of the messages sent.
    """
    chat = _chat(update)
    parts = split_message(html, TELEGRAM_LIMIT)
    reply_to = None
    if quote and chat.type != ChatType.PRIVATE and update.message is not None:
        reply_to = ReplyParameters(update.message.message_id, allow_sending_without_reply=True)
    sent = []
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        message = await context.bot.send_message(chat.id, part, parse_mode=ParseMode.HTML,
                                                 reply_markup=markup if last else None,
                                                 reply_parameters=reply_to if number == 0 else None,
                                                 message_thread_id=_thread(update))
        sent.append(message.message_id)
    return sent


async def _send_chart(update: Update, context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                      draw: Callable[[], tuple[bytes, str] | None]) -> int | None:
    """Draw a chart in a worker thread (other chats go on meanwhile) and send it as a photo; its message id.

    Sent from the handler, so it keeps the chat's order and goes through the same throttling as any
    message. A failure is logged in one line and goes no further: the text answer it follows stands.
    """
    try:
        drawn = await asyncio.to_thread(draw)
    except Exception:  # a bug in drawing: logged with its traceback, the conversation goes on
        log.exception("Could not draw a chart for chat %s.", chat_id)
        return None
    if drawn is None:
        return None
    png, caption = drawn
    caption = caption if len(caption) <= CAPTION_LIMIT else caption[:CAPTION_LIMIT - 1] + "…"
    try:
        message = await context.bot.send_photo(chat_id, InputFile(png, filename="chart.png"),
                                               caption=html_escape.escape(caption, quote=False),
                                               parse_mode=ParseMode.HTML, message_thread_id=_thread(update))
    except TelegramError as exc:
        log.warning("Could not send a chart to chat %s: %s", chat_id, describe(exc))
        return None
    return message.message_id


Asked = str | Understanding  # typed text for Engine.reply, or what a button asks for Engine.answer


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, asked: Asked | Callable[[Session], Asked],
                  *, fresh: bool = False, extra_html: str = "", if_unknown: str | None = None) -> None:
    """Ask the engine in the conversation's context, remember the new context, send the reply with its buttons.

    ``asked`` is text (``Engine.reply``) or an ``Understanding`` (``Engine.answer``), or a function of the
    context giving either.

    The context is the conversation's (``session_key``), or, for a reply to one of the bot's messages or a
    button under it, the context that message was answered in. "typing…" is shown only for slow answers
    (the engine answers in well under a millisecond: what can be slow is the store and sending).
    """
    services = _services(context)
    chat_id = _chat(update).id
    key = session_key(update)
    typing = asyncio.create_task(_typing(update, context, services.typing_after))
    try:
        session = None
        if not fresh:
            answered = _answered_message(update)
            if answered is not None:
                session = await get_async(services.store, answer_key(chat_id, answered))
            if session is None:
                session = await get_async(services.store, key)
        session = session or Session()
        question = asked(session) if callable(asked) else asked
        if isinstance(question, Understanding):
            reply, session = services.engine.answer(question, session)
        else:
            reply, session = services.engine.reply(question, session)
        await put_async(services.store, key, session)
        if if_unknown and reply.intent == "unknown":
            await _send_html(update, context, if_unknown, quote=True)
            return
        html = to_html(reply) + (f"\n\n{extra_html}" if extra_html else "")
        sent = await _send_html(update, context, html, _markup(services.buttons.rows(reply)), quote=True)
    finally:
        typing.cancel()
    for message_id in sent:
        await put_async(services.store, answer_key(chat_id, message_id), session)
    log.debug("Answered chat %s: intent %s, roles %s.", chat_id, reply.intent, ",".join(reply.roles) or "-")
    if reply.chart is not None:
        engine = services.engine
        photo = await _send_chart(update, context, chat_id, lambda: chart_png(reply, engine.kb, engine.official))
        if photo is not None:  # a reply to the chart keeps the context of the answer it goes with
            await put_async(services.store, answer_key(chat_id, photo), session)


# --- handlers: short, and nothing but translation ----------------------------------------------------

async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ignore updates from people and chats not on the allow-list: acknowledged (no spinning buttons), counted."""
    services = _services(context)
    allowed = services.allowed
    user, chat = update.effective_user, update.effective_chat
    if allowed is None or (user and user.id in allowed) or (chat and chat.id in allowed):
        return
    services.ignored += 1
    if services.ignored == 1 or services.ignored in (10, 100) or services.ignored % 1000 == 0:
        log.info("Ignored %d update(s) from users and chats not in %s so far (counted, not logged one by one).",
                 services.ignored, ALLOWED_ENV)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=300)
    except TelegramError as exc:
        log.debug("Could not acknowledge an ignored update: %s", exc)
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
    await _answer(update, context, " ".join(["compare", *(context.args or [])]), if_unknown=COMPARE_USAGE)


async def aspect(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/skills, /salary, /education, /outlook about a role (no role: the one being discussed)."""
    command = (_message_text(update).split() or [""])[0].lstrip("/").split("@")[0].lower()
    await _answer(update, context, " ".join([command, *(context.args or [])]))


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question typed in a private chat, or addressed to the bot in a group."""
    await _answer(update, context, strip_mention(_message_text(update), context.bot.username))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell a private chat that only text can be read."""
    await _send_html(update, context, NOT_TEXT)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a pressed button as a new message: what it asks, already understood (examples: as typed)."""
    query = update.callback_query
    if query is None:
        return
    services = _services(context)
    pressed = services.buttons.decode(query.data)
    if pressed is None or update.effective_chat is None:
        await query.answer(EXPIRED if pressed is None else PRIVATE_ONLY)
        return
    try:
        await query.answer()
    except BadRequest as exc:  # too old to acknowledge (e.g. pressed while the bot was down): answer anyway
        log.debug("answerCallbackQuery failed: %s", exc)
    buttons = services.buttons
    if pressed.kind == "chart":
        await _pay_chart(update, context, pressed.roles)
        return
    await _answer(update, context,
                  lambda session: buttons.understanding(pressed, session) or buttons.message(pressed, session))


async def _pay_chart(update: Update, context: ContextTypes.DEFAULT_TYPE, roles: tuple[str, ...]) -> None:
    """The "📊 Chart" button: only the pay chart of ``roles`` as a photo, or a line saying there is none."""
    services = _services(context)
    engine = services.engine
    chat_id = _chat(update).id
    chart = pay_chart(roles, engine.kb, getattr(engine, "official", None))
    if chart is None:
        names = ", ".join(services.buttons.name(r) for r in roles)
        await _send_html(update, context, NO_CHART.format(names=html_escape.escape(names, quote=False)))
        return
    photo = await _send_chart(update, context, chat_id, lambda: (render_png(chart), chart.caption))
    answered = _answered_message(update)
    if photo is not None and answered is not None:  # a reply to the chart: the context of the answer under it
        session = await get_async(services.store, answer_key(chat_id, answered))
        if session is not None:
            await put_async(services.store, answer_key(chat_id, photo), session)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer role cards (or a comparison) for what is typed after @bot."""
    services = _services(context)
    inline = update.inline_query
    if inline is None:
        return
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
    log.info("Running as @%s.", application.bot.username)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error; when it happened in a chat, tell the person. The bot keeps running."""
    error = context.error
    if isinstance(error, Conflict):
        log.warning("Telegram reports a conflict (409): another instance of this bot is polling for updates "
                    "(or a webhook is set). Stop the other instance; this one keeps retrying.")
        return
    if update is None and isinstance(error, NetworkError):
        log.warning("Polling Telegram failed (%s); retrying.", describe(error))
        return
    chat = update.effective_chat if isinstance(update, Update) else None
    where = f"chat {chat.id}" if chat is not None else "an update"
    if isinstance(error, Forbidden):  # blocked by the person, or removed from the group: nothing to tell
        log.info("Not answering %s: %s", where, error.message)
        return
    if isinstance(error, RetryAfter):  # flood control not waited out (too long, or stopping): apology would wait too
        log.warning("Gave up answering %s: Telegram flood control.", where)
        return
    if isinstance(error, NetworkError) and not not_sent(error):
        # the request left: the answer may well have arrived, and an apology after it would be wrong
        log.warning("Sending to %s failed after the request left (%s); it may have been delivered, so it is "
                    "neither repeated nor apologised for.", where, describe(error))
        return
    log.error("Error while handling an update.", exc_info=error)
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
