"""The front door: ``check`` a post (text, dict or Post) against a policy, and ``to_post``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import InputError
from .passes.tokenize import MAX_TEXT
from .platforms import platform as _platform

if TYPE_CHECKING:
    from .models import Post
    from .policy import Policy
    from .review import Review


def to_post(post: Post | str | dict, platform: str | None = None, **fields: Any) -> Post:
    """Make a Post from text, a dict or a Post; bad input is a one-line InputError."""
    from pydantic import ValidationError

    from .models import Post

    if isinstance(post, Post):
        data = post.model_dump()
        clean = _clean_strings(data)
        if platform is None and not fields and clean is data:
            _require_text(post.text)
            return post
        clean = {**clean, **fields, **({"platform": platform} if platform is not None else {})}
        post = clean  # validated again below: a changed field, or text with lone surrogates replaced
    if isinstance(post, str):
        post = clean_text(post)
        if not fields:  # plain text: only the platform needs checking, so skip building a validator
            return Post.model_construct(text=post, platform=_checked_platform(post, platform))
        _require_text(post)
        post = {"text": post, **fields, **({"platform": platform} if platform is not None else {})}
    elif isinstance(post, dict):
        post = _clean_strings({**post, **fields, **({"platform": platform} if platform is not None else {})})
    else:
        raise InputError(f"cannot check a {type(post).__name__}: give text, a dict or a Post")
    if isinstance(post.get("text"), str):
        _require_text(post["text"])
    try:
        return Post.model_validate(post)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"]) or "post"
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        msg = msg.removeprefix("Value error, ")
        raise InputError(f"post field '{where}': {msg}") from None


def check_text(text: str, platform: str | None, post):
    """Fill a plain post (plain.Plain with the Post defaults) with checked text and platform: what
    ``to_post`` does for text, for the quick CLI path."""
    text = clean_text(text)
    post.platform = _checked_platform(text, platform)
    post.text = text
    return post


def _has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


MAX_POST_DEPTH = 32  # a post's fields nest 4 deep (author, its training records, one record's fields)


def _clean_strings(value: Any, depth: int = 0) -> Any:
    """``value`` (a post as a dict) with lone surrogates replaced in every string, or ``value`` itself when
    there are none (the usual case: nothing is copied)."""
    if isinstance(value, str):
        return clean_text(value)
    if depth > MAX_POST_DEPTH and isinstance(value, dict | list | tuple):
        raise InputError(f"the post nests more than {MAX_POST_DEPTH} levels deep")
    if isinstance(value, dict):
        items = {k: _clean_strings(v, depth + 1) for k, v in value.items()}
        return value if all(items[k] is v for k, v in value.items()) else items
    if isinstance(value, list | tuple):
        items = [_clean_strings(v, depth + 1) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else type(value)(items)
    return value


def clean_text(text: str) -> str:
    """The text with each lone surrogate (half of a UTF-16 pair, or an undecodable byte smuggled in by
    ``surrogateescape``) replaced by U+FFFD: it cannot be encoded, so no pattern could read it. One code
    point for one, so every span of the review is a span of the text as given."""
    if not _has_surrogate(text):
        return text
    import re

    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def _checked_platform(text: str, platform: str | None) -> str:
    """Check a plain-text post (not empty, not too long) and its platform; return the platform's name."""
    _require_text(text)
    try:
        return _platform(platform or "x").name
    except ValueError as e:
        raise InputError(f"post field 'platform': {e}") from None


def _require_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise InputError(
            f"the post is {len(text):,} characters; the most that can be checked is {MAX_TEXT:,}"
        )
    if not text.strip():
        raise InputError("the post is empty: write some text to check")


def check(
    post: Post | str | dict, *, platform: str | None = None, policy: Policy | None = None, **fields: Any
) -> Review:
    """Check a post (text, dict or Post) against a policy (default: the model policy)."""
    from .policy import _default_policy

    p = to_post(post, platform, **fields)
    return (policy or _default_policy()).compiled().review(p)
