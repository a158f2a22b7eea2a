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
        if platform is not None or fields:
            data = post.model_dump()
            data.update(fields)
            if platform is not None:
                data["platform"] = platform
            post = data
        else:
            _require_text(post.text)
            return post
    if isinstance(post, str):
        if not fields:  # plain text: only the platform needs checking, so skip building a validator
            return Post.model_construct(text=post, platform=_checked_platform(post, platform))
        _require_text(post)
        post = {"text": post, **fields, **({"platform": platform} if platform is not None else {})}
    elif isinstance(post, dict):
        post = {**post, **fields, **({"platform": platform} if platform is not None else {})}
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
    post.platform = _checked_platform(text, platform)
    post.text = text
    return post


def _checked_platform(text: str, platform: str | None) -> str:
    """Check a plain-text post (not empty, not too long) and its platform; return the platform's name."""
    _require_text(text)
    try:
        return _platform(platform or "x").name
    except ValueError as e:
        raise InputError(f"post field 'platform': {e}") from None


def _require_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise InputError(f"the post is {len(text):,} characters; the most that can be checked is {MAX_TEXT:,}")
    if not text.strip():
        raise InputError("the post is empty: write some text to check")


def check(post: Post | str | dict, *, platform: str | None = None, policy: Policy | None = None, **fields: Any) -> Review:
    """Check a post (text, dict or Post) against a policy (default: the model policy)."""
    from .policy import _default_policy

    p = to_post(post, platform, **fields)
    return (policy or _default_policy()).compiled().review(p)
