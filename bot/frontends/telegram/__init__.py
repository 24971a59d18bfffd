"""The Telegram front end (python-telegram-bot v22, long polling). The only package that imports ``telegram``.

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
