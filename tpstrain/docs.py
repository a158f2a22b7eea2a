"""Print the rule reference of the model policy as Markdown (:mod:`tpstrain.render.markdown`).

``python -m tpstrain.docs > docs/rules.md`` regenerates the reference; a test keeps it in sync.
"""

from __future__ import annotations

import sys

from .policy import model_policy
from .render.markdown import policy_markdown


def main() -> None:
    sys.stdout.write(policy_markdown(model_policy()))


if __name__ == "__main__":
    main()
