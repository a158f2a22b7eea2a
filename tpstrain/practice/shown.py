"""How a practice object shows itself: as a widget in JupyterLab (when a front end can show widgets and
:mod:`tpstrain.widgets`, which the lessons import, has registered one for its kind), else as plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_VIEWS: dict[type, Callable[[Any], Any]] = {}  # a kind of practice -> the widget that shows it


def show_with(kind: type, view: Callable[[Any], Any]) -> None:
    """Show every ``kind`` of practice with ``view(obj)`` (:mod:`tpstrain.widgets` registers its widgets)."""
    _VIEWS[kind] = view


def widgets_shown() -> bool:
    """True in a Jupyter kernel that can show widgets (ipywidgets installed, a front end attached)."""
    import sys

    ip = sys.modules.get("IPython")
    shell = ip.get_ipython() if ip is not None and hasattr(ip, "get_ipython") else None
    if shell is None or not hasattr(shell, "kernel"):
        return False
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


class Shown:
    """Shows ``widget()`` in JupyterLab (with ``text()`` as its plain-text form) and ``text()`` elsewhere."""

    def text(self) -> str:  # pragma: no cover - every subclass says what it is
        raise NotImplementedError

    def widget(self) -> Any:
        """The widget that shows this (registered by :mod:`tpstrain.widgets`)."""
        return _VIEWS[type(self)](self)

    def __repr__(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if not widgets_shown() or type(self) not in _VIEWS:
            print(self.text())
            return
        w = self.widget()
        bundle = w._repr_mimebundle_()
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data = dict(data or {})
        data["text/plain"] = self.text()  # what nbconvert, nbval and a console show, not a widget repr
        display(data, raw=True)
