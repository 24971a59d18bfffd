"""Career Advisor: a conversational guide to data and AI roles.

The core (``bot.engine``) is pure: ``Engine.reply(text, session) -> (Reply, Session)``.
Front ends (terminal, ``ask``, Telegram) only translate and store sessions.
"""

__version__ = "0.1.0"
