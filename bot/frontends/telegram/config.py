"""Configuration: the token, the Bot API address, the allow-list; texts and limits the bot uses."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import re
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Mapping
from urllib.parse import urlsplit


TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
API_URL_ENV = "TELEGRAM_API_BASE_URL"
ALLOWED_ENV = "CAREER_BOT_ALLOWED_IDS"
LOG_LEVEL_ENV = "CAREER_BOT_LOG_LEVEL"
WEBHOOK_URL_ENV = "CAREER_BOT_WEBHOOK_URL"
LISTEN_ENV = "CAREER_BOT_LISTEN"
PORT_ENV = "CAREER_BOT_PORT"
SECRET_ENV = "CAREER_BOT_WEBHOOK_SECRET"
DEFAULT_LISTEN = "127.0.0.1"   # behind a reverse proxy on the same machine; --listen 0.0.0.0 to expose it
DEFAULT_PORT = 8443
# The update types the handlers handle: Telegram sends nothing else (edits, reactions, joins...).
ALLOWED_UPDATES = ("message", "callback_query", "inline_query")
TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
POLL_TIMEOUT = 30            # seconds a getUpdates long poll may wait at Telegram
CALLBACK_LIMIT = 64          # bytes of callback_data Telegram accepts
CAPTION_LIMIT = 1024         # characters of a photo's caption Telegram accepts
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
NO_CHART = "There are no official pay figures to chart for {names}."


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
    if url.startswith("http://") and not _loopback(urlsplit(url).hostname or ""):
        raise ConfigError(f"The Bot API address {url!r} is plain http on another machine: the bot token travels "
                          "in the URL, so use https:// (plain http only for 127.0.0.1, ::1 or localhost).")
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




def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Webhook:
    """Webhook mode: Telegram POSTs updates to ``url``; the bot listens on ``listen:port`` at ``path``."""

    url: str
    listen: str
    port: int
    secret: str
    path: str
    delete_on_exit: bool = False


def parse_webhook(url: str | None, listen: str | None, port: str | int | None, secret: str | None, token: str,
                  delete_on_exit: bool = False) -> Webhook | None:
    """Webhook settings from options or environment, checked; None (long polling) when no URL is given."""
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ConfigError(f"The webhook URL must be https://... (Telegram only calls HTTPS); got {url!r}. "
                          "Put a reverse proxy with TLS in front of the bot.")
    try:
        number = int(port) if port not in (None, "") else DEFAULT_PORT
    except ValueError:
        number = -1
    if not 0 < number < 65536:
        raise ConfigError(f"{PORT_ENV} / --port must be a port number (1-65535); got {port!r}.")
    if secret:
        secret = secret.strip()
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ConfigError(f"{SECRET_ENV} must be 1-256 letters, digits, '_' or '-' (Telegram's rule).")
    else:
        secret = derived_secret(token)
    return Webhook(url, (listen or DEFAULT_LISTEN).strip(), number, secret, parts.path.strip("/"), delete_on_exit)


def derived_secret(token: str) -> str:
    """The webhook's secret token when none is given: derived from the bot token, so every instance of the
    bot computes the same one (two instances behind one URL agree) and nobody without the token can."""
    return hmac.new(token.encode(), b"career-advisor webhook secret", hashlib.sha256).hexdigest()
