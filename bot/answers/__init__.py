"""Answers stage: replies built as structure, then rendered to plain text or Telegram HTML."""
