"""Building and running the PTB Application."""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Mapping

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, Defaults,
                          InlineQueryHandler, MessageHandler, TypeHandler, filters)
from telegram.request import HTTPXRequest

from ...engine import Engine
from ..state import STATE_ENV, MemoryStore, StateStore, default_state_file, open_store, state_setting
from .buttons import Buttons
from .config import (ALLOWED_ENV, ALLOWED_UPDATES, API_URL_ENV, ASPECT_COMMANDS, LISTEN_ENV, LOG_LEVEL_ENV,
                     POLL_TIMEOUT, PORT_ENV, SECRET_ENV, WEBHOOK_URL_ENV, ConfigError, api_urls, load_token,
                     parse_allowed_ids, parse_webhook)
from .handlers import (ADDRESSED, NEW_MESSAGE, Services, aspect, button, compare, gate, help_command, inline_query,
                       not_text, on_error, post_init, roles, start, text_message)
from .redact import protect_logs
from .transport import ChatOrderedProcessor, Limits, RetryingLimiter, describe

DEFAULT_LIMITS = Limits()  # Telegram's limits: one value, not built again in each default


log = logging.getLogger(__name__)


# --- building it ----------------------------------------------------------------------------------

def build_application(engine: Engine, token: str, api_base_url: str | None = None, *,
                      allowed_ids: frozenset[int] | None = None, store: StateStore | None = None,
                      limits: Limits | None = DEFAULT_LIMITS, typing_after: float = 1.0,
                      connect_timeout: float = 5.0, read_timeout: float = 10.0, write_timeout: float = 10.0,
                      pool_timeout: float = 5.0, poll_read_timeout: float = 5.0, send_attempts: int = 4,
                      retry_backoff: float = 0.5, max_concurrent_updates: int = 64) -> Application:
    """The PTB Application: HTTP client, throttling and retries, per-chat ordering, handlers.

    Also redacts ``token`` in logs. ``store`` keeps the conversations (default: in memory); ``limits``
    throttles sending (None: not at all).
    """
    protect_logs(token)
    request = HTTPXRequest(connection_pool_size=max(8, max_concurrent_updates + 8), connect_timeout=connect_timeout,
                           read_timeout=read_timeout, write_timeout=write_timeout, pool_timeout=pool_timeout)
    polling = HTTPXRequest(connection_pool_size=2, connect_timeout=connect_timeout, read_timeout=poll_read_timeout,
                           write_timeout=write_timeout, pool_timeout=pool_timeout)
    builder = (ApplicationBuilder().token(token).request(request).get_updates_request(polling)
               .rate_limiter(RetryingLimiter(attempts=send_attempts, backoff=retry_backoff, limits=limits))
               .concurrent_updates(ChatOrderedProcessor(max_concurrent_updates))
               .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True))
               .post_init(post_init))
    if api_base_url:
        base, files = api_urls(api_base_url)
        builder = builder.base_url(base).base_file_url(files)
    application = builder.build()
    store = MemoryStore() if store is None else store
    application.bot_data["services"] = Services(engine, store, Buttons(engine), allowed_ids, typing_after)

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


def run_telegram(engine: Engine, token_file: str | None = None, api_base_url: str | None = None, *,
                 state: str | None = None, webhook_url: str | None = None, listen: str | None = None,
                 port: str | int | None = None, delete_webhook_on_exit: bool = False,
                 environ: Mapping[str, str] = os.environ) -> int:
    """Run the bot until SIGINT/SIGTERM (long polling, or a webhook when a URL is given); the exit code.

    On SIGTERM: no new updates are taken, the ones in hand are answered (throttling and flood-control
    waits are given up rather than waited out), conversations are saved, and the exit code is 0.
    """
    _setup_logging()
    try:
        token = load_token(token_file, environ)
        redactor = protect_logs(token)
        allowed = parse_allowed_ids(environ.get(ALLOWED_ENV))
        base_url = api_base_url or environ.get(API_URL_ENV) or None
        if base_url:
            api_urls(base_url)  # checked before anything else is opened
        webhook = parse_webhook(webhook_url or environ.get(WEBHOOK_URL_ENV), listen or environ.get(LISTEN_ENV),
                                port or environ.get(PORT_ENV), environ.get(SECRET_ENV), token,
                                delete_webhook_on_exit)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if webhook is not None:
        redactor = protect_logs(token, webhook.secret)
    store = open_store(state_setting(state, environ, default=str(default_state_file(environ))))
    log.info("Conversations are kept in %s (--state or %s to change).", store, STATE_ENV)
    application = build_application(engine, token, base_url, allowed_ids=allowed, store=store)
    if allowed is not None:
        log.info("Answering only %d allowed user or chat id(s) from %s.", len(allowed), ALLOWED_ENV)
    application.post_shutdown = _closing(store)
    if webhook is not None and webhook.delete_on_exit:
        application.post_stop = _delete_webhook

    # Our own stop signals: first give up every wait on Telegram, then stop as PTB does (SystemExit).
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    limiter = application.bot.rate_limiter

    def stop() -> None:
        log.info("Stopping: answering the updates in hand, then saving conversations.")
        limiter.stop_waiting()
        raise SystemExit

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    try:
        # startup calls (getMe, deleteWebhook/setWebhook) are already retried by RetryingLimiter
        if webhook is None:
            log.info("Receiving updates by long polling.")
            application.run_polling(allowed_updates=list(ALLOWED_UPDATES), timeout=POLL_TIMEOUT, bootstrap_retries=0,
                                    drop_pending_updates=False, stop_signals=None)
        else:
            log.info("Receiving updates by webhook at %s, listening on %s:%d.", webhook.url, webhook.listen,
                     webhook.port)
            application.run_webhook(listen=webhook.listen, port=webhook.port, url_path=webhook.path,
                                    webhook_url=webhook.url, allowed_updates=list(ALLOWED_UPDATES),
                                    drop_pending_updates=False, secret_token=webhook.secret, bootstrap_retries=0,
                                    stop_signals=None)
    except InvalidToken:
        print("error: Telegram rejected the bot token (401/404). Check it with @BotFather and try again.",
              file=sys.stderr)
        return 2
    except TelegramError as exc:
        where = base_url or "https://api.telegram.org"
        print(f"error: could not reach the Telegram Bot API at {redactor.redact(where)}: "
              f"{redactor.redact(describe(exc))}", file=sys.stderr)
        return 1
    except OSError as exc:  # the webhook's port is taken or not ours to listen on
        where = f" on {webhook.listen}:{webhook.port} for the webhook" if webhook else ""
        print(f"error: cannot listen{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def _closing(store: StateStore):
    async def post_shutdown(application: Application) -> None:
        ignored = application.bot_data["services"].ignored
        if ignored:
            log.info("Ignored %d update(s) from users and chats not in %s.", ignored, ALLOWED_ENV)
        store.close()
        log.info("Conversations saved; stopped.")
    return post_shutdown


async def _delete_webhook(application: Application) -> None:
    """--delete-webhook-on-exit: Telegram keeps pending updates and stops calling until the next start."""
    try:
        await application.bot.delete_webhook(drop_pending_updates=False)
        log.info("Webhook removed.")
    except TelegramError as exc:
        log.warning("Could not remove the webhook: %s", exc)
