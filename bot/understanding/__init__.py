"""Understanding stage: intents, role mentions, the dialogue rules and the session."""
