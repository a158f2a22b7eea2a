"""``python -m tpstrain.cli`` runs the tpstrain command."""

import sys

from . import main

sys.exit(main())
