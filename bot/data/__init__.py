"""Where the installed package keeps its data folders (knowledge/ and intents/ are copied in at build)."""
