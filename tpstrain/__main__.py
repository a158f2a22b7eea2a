"""``python -m tpstrain`` runs the tpstrain command."""

import sys

from .cli import main

sys.exit(main())
