"""Building and running the PTB Application."""
from __future__ import annotations

import logging
import os
import sys
from typing import Any, Mapping

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, Defaults,
                          InlineQueryHandler, MessageHandler, TypeHandler, filters)
from telegram.request import HTTPXRequest

from ...understanding.session import SessionStore
from .buttons import Buttons
from .config import (ALLOWED_ENV, API_URL_ENV, ASPECT_COMMANDS, LOG_LEVEL_ENV, POLL_TIMEOUT, ConfigError, api_urls,
                     load_token, parse_allowed_ids)
from .handlers import (ADDRESSED, NEW_MESSAGE, Services, aspect, button, compare, gate, help_command, inline_query,
                       not_text, on_error, post_init, roles, start, text_message)
from .redact import protect_logs
from .transport import ChatOrderedProcessor, RetryingLimiter, describe

log = logging.getLogger(__name__)


# --- building it ----------------------------------------------------------------------------------

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
              f"{redactor.redact(describe(exc))}", file=sys.stderr)
        return 1
    return 0
