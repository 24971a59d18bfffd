"""Handlers: translate a Telegram update into ``Engine.reply`` and the ``Reply`` into messages."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from telegram import (BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle,
                      InputTextMessageContent, Message, MessageEntity, ReplyParameters, Update)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, NetworkError, TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, filters

from ...answers.render import TELEGRAM_LIMIT, split_message, to_html
from ...understanding.session import Session, SessionStore
from .buttons import Buttons
from .config import ALLOWED_ENV, COMMANDS, COMPARE_USAGE, EXPIRED, NOT_TEXT, PRIVATE_ONLY, SORRY
from .inline import inline_cards
from .transport import describe

log = logging.getLogger(__name__)


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


async def _typing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show "typing…"; a failure here must not stop the answer."""
    try:
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING,
                                           message_thread_id=_thread(update))
    except TelegramError as exc:
        log.debug("sendChatAction failed: %s", exc)


def _thread(update: Update) -> int | None:
    message = update.effective_message
    return message.message_thread_id if message is not None and message.is_topic_message else None


async def _send_html(update: Update, context: ContextTypes.DEFAULT_TYPE, html: str,
                     markup: InlineKeyboardMarkup | None = None, quote: bool = False) -> None:
    """Send ``html`` in parts of at most 4,096 characters, in order; the buttons go under the last part."""
    chat = update.effective_chat
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
    chat_id = update.effective_chat.id
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
    await _answer(update, context, " ".join(["compare", *context.args]), if_unknown=COMPARE_USAGE)


async def aspect(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/skills, /salary, /education, /outlook about a role (no role: the one being discussed)."""
    command = update.effective_message.text.split()[0].lstrip("/").split("@")[0].lower()
    await _answer(update, context, " ".join([command, *context.args]))


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question typed in a private chat, or addressed to the bot in a group."""
    await _answer(update, context, strip_mention(update.effective_message.text, context.bot.username))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell a private chat that only text can be read."""
    await _send_html(update, context, NOT_TEXT)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a pressed button as a new message, as if its question had been typed."""
    query = update.callback_query
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
    cards = inline_cards(services.engine, services.buttons, update.inline_query.query)
    await update.inline_query.answer([
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
        log.warning("Polling Telegram failed (%s); retrying.", describe(error))
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
