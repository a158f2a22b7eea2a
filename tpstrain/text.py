"""A post's text as given, made checkable: each lone surrogate replaced, not empty, not too long, and its
platform known. Both paths share it: ``to_post`` (pydantic) and the quick CLI path (plain objects)."""

from __future__ import annotations

import re

from .errors import InputError
from .passes.tokenize import MAX_TEXT
from .plain import Plain
from .platforms import platform as _platform


def has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean_text(text: str) -> str:
    """The text with each lone surrogate (half of a UTF-16 pair, or an undecodable byte smuggled in by
    ``surrogateescape``) replaced by U+FFFD: it cannot be encoded, so no pattern could read it. One code
    point for one, so every span of the review is a span of the text as given."""
    if not has_surrogate(text):
        return text
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def require_text(text: str) -> None:
    """A one-line InputError for a post too long to check, or empty."""
    if len(text) > MAX_TEXT:
        raise InputError(
            f"the post is {len(text):,} characters; the most that can be checked is {MAX_TEXT:,}"
        )
    if not text.strip():
        raise InputError("the post is empty: write some text to check")


def checked_platform(text: str, platform: str | None) -> str:
    """Check a plain-text post (not empty, not too long) and its platform; return the platform's name."""
    require_text(text)
    try:
        return _platform(platform or "x").name
    except ValueError as e:
        raise InputError(f"post field 'platform': {e}") from None


def check_text(text: str, platform: str | None, post: Plain) -> Plain:
    """Fill a plain post (plain.Plain with the Post defaults) with checked text and platform: what
    ``to_post`` does for text, for the quick CLI path."""
    text = clean_text(text)
    post.platform = checked_platform(text, platform)
    post.text = text
    return post
