"""The Telegram front end (python-telegram-bot v22). The only package that imports ``telegram``.

Handlers only translate: a Telegram update becomes a message for ``Engine.reply``, or a pressed button an
``Understanding`` for ``Engine.answer`` (with the conversation's ``Session`` from a state store,
``bot.frontends.state``), and the ``Reply`` becomes HTML messages with buttons, and its chart a photo.

* ``config``: the token (``TELEGRAM_BOT_TOKEN`` or ``--token-file``, never an argument), the Bot API address
  (``TELEGRAM_API_BASE_URL``), the allow-list (``CAREER_BOT_ALLOWED_IDS``), webhook settings;
* ``redact``: the token (and the webhook secret) never reach a log (httpx logs request URLs, which contain it);
* ``buttons``: next steps (and "📊 Chart") as callback data of at most 64 bytes, checked when pressed;
* ``inline``: role cards for inline mode;
* ``transport``: throttling under Telegram's limits, flood control per chat, retries that never send a
  message twice, and per-chat ordering that lets no chat stall the others;
* ``handlers``: the handlers, conversation keys (per chat; per topic and person in groups) and errors;
* ``app``: building the Application and running it (long polling or webhook, clean stop on SIGTERM).
"""
