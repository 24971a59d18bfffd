"""Front ends: the command line, the terminal chat and Telegram; they only translate and store."""
