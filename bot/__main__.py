"""``python -m bot``: see ``bot.cli``."""
import sys

from .frontends.cli import main

sys.exit(main())
