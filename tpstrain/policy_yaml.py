"""Policy files as plain data: a regular UTF-8 file under the size limit, read with the safe YAML loader, no key
given twice, no alias floods or deep nesting; every problem one line that names the file (PolicyError)."""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import PolicyError

MAX_POLICY_BYTES = 2_000_000
MAX_YAML_VALUES = 1_000_000  # values after aliases are followed: "billion laughs" files stop here
MAX_YAML_DEPTH = 64  # nesting; real policy files are under 10 deep


def read_yaml(path: Path) -> Any:
    """A policy file's data (PolicyError, one line naming the file, for anything wrong with it)."""
    try:
        # a regular file only, and never more than the limit: not /dev/zero, and not a FIFO, which opening
        # without O_NONBLOCK would wait on for a writer, forever
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise PolicyError(f"{path}: not a regular file")
        with open(fd, "rb") as f:
            data = f.read(MAX_POLICY_BYTES + 1)
    except OSError as e:
        raise PolicyError(f"{path}: cannot read policy file ({e.strerror or e})") from None
    if len(data) > MAX_POLICY_BYTES:
        size = os.path.getsize(path)
        raise PolicyError(f"{path}: policy file is {size:,} bytes; the limit is {MAX_POLICY_BYTES:,}")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PolicyError(f"{path}: not UTF-8 text (byte {e.start})") from None
    import yaml

    try:
        return load_yaml_text(raw, path)
    except yaml.YAMLError as e:
        raise yaml_error(e, path) from None


def yaml_place(e: Exception) -> tuple[tuple[int, int] | None, str]:
    """Where (line and column, from 1) and what of a YAML syntax error, in one line: the one wording of it for
    the CLI, the course's policy questions and the lessons' policy form."""
    mark = getattr(e, "problem_mark", None)
    problem = getattr(e, "problem", None) or (str(e).splitlines() or [type(e).__name__])[0]
    return ((mark.line + 1, mark.column + 1) if mark else None), str(problem)


def yaml_error(e: Exception, source: object) -> PolicyError:
    """A YAML syntax error as the one-line :class:`PolicyError` of a policy file or text."""
    at, problem = yaml_place(e)
    where = f" line {at[0]}, column {at[1]}:" if at else ""
    return PolicyError(f"{source}:{where} invalid YAML: {problem}")


@lru_cache(maxsize=1)
def _loader() -> Any:
    """The safe loader (C where built), refusing a key given twice in one mapping: YAML would keep only the
    last, and a rule's first list of guards would vanish without a word."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[str] = set()
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    if key.value in seen:
                        raise yaml.MarkedYAMLError(
                            None, None, f"the key '{key.value}' is given twice in one mapping", key.start_mark
                        )
                    seen.add(key.value)
            return super().construct_mapping(node, deep)

    return Loader


def load_yaml_text(raw: str, source: object) -> Any:
    """Policy YAML as plain data: the safe loader (no objects), no key given twice, and no alias floods or deep
    nesting (PolicyError naming ``source``). Syntax errors stay ``yaml.YAMLError`` for the caller to word."""
    import yaml

    try:
        data = yaml.load(raw, Loader=_loader())
    except RecursionError:
        raise PolicyError(f"{source}: YAML nested too deeply") from None
    _bounded(data, source)
    return data


def _bounded(data: Any, path: object) -> None:
    """Refuse YAML whose aliases expand to a flood of values ("billion laughs": nine lists of nine aliases of
    ...), that refers to itself, or that nests deeper than any policy needs: what validation, copies and
    JSON output would walk, counted with a budget before anything walks it."""
    budget = MAX_YAML_VALUES
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        budget -= 1
        if budget < 0:
            raise PolicyError(
                f"{path}: YAML expands to more than {MAX_YAML_VALUES:,} values "
                "(aliases of aliases, or an alias of itself)"
            )
        if depth > MAX_YAML_DEPTH:
            raise PolicyError(f"{path}: YAML nested more than {MAX_YAML_DEPTH} levels deep")
        if isinstance(node, dict):
            stack.extend((x, depth + 1) for kv in node.items() for x in kv)
        elif isinstance(node, list):
            stack.extend((x, depth + 1) for x in node)
