"""Plain objects: a pydantic model's data as attributes, for the engine's tables and the quick CLI path."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .shapes import Results


class Plain:
    """A pydantic model's data as plain attributes: what the engine reads of rules, terms and settings,
    and of posts and findings on the quick CLI path. Compares by value."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Plain) and self.__dict__ == other.__dict__

    def __repr__(self) -> str:
        return f"Plain({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"

    if TYPE_CHECKING:  # any attribute it was given; the protocols of shapes.py read them

        def __getattr__(self, name: str) -> Any: ...
        def __setattr__(self, name: str, value: Any) -> None: ...


PLAIN_RESULTS: Results = (Plain, Plain, Plain)  # findings, metrics and review as plain objects


def to_plain(obj: Any) -> Any:
    """Copy pydantic models (their fields), lists, tuples and dicts into plain objects, recursively."""
    fields = getattr(type(obj), "model_fields", None)
    if fields is not None:
        return Plain(**{name: to_plain(getattr(obj, name)) for name in fields})
    if isinstance(obj, list):
        return [to_plain(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(to_plain(x) for x in obj)
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj
