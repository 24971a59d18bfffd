"""Keeping the bot token out of logs."""
from __future__ import annotations

import logging


# --- keeping the token out of logs -----------------------------------------------------------------

class RedactSecrets(logging.Filter):
    """Replaces the bot token (and its secret half) in a record's message, arguments and traceback."""

    MASK = "[REDACTED]"

    def __init__(self, token: str, *also: str) -> None:
        super().__init__()
        self.token = token
        secret = token.split(":", 1)[-1]
        self.secrets = tuple(s for s in (token, token.replace(":", "%3A"), secret, *also) if s)

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


def protect_logs(token: str, *also: str) -> RedactSecrets:
    """Quiet httpx (its INFO lines carry request URLs) and redact the token (and ``also``) on every root handler."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    redactor = RedactSecrets(token, *also)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactSecrets) and f.secrets == redactor.secrets for f in handler.filters):
            handler.addFilter(redactor)
    return redactor


