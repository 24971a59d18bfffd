"""Configuration: the token, the Bot API address, the allow-list; texts and limits the bot uses."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Mapping


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


