"""The front door: ``check`` a post (text, dict or Post) against a policy, and ``to_post``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .errors import InputError
from .text import checked_platform, clean_text, has_surrogate, require_text

if TYPE_CHECKING:
    from .models import Post
    from .policy import Policy
    from .review import Review


def to_post(post: Post | str | dict[str, Any], platform: str | None = None, **fields: Any) -> Post:
    """Make a Post from text, a dict or a Post; bad input is a one-line InputError."""
    from pydantic import ValidationError

    from .models import Post

    given = {**fields, **({"platform": platform} if platform is not None else {})}
    if isinstance(post, Post):
        if not given and not _dirty(post):  # the usual case: no copy, and nothing to validate again
            require_text(post.text)
            return post
        data = post.model_dump()
        clean = _clean_strings(data)
        if not given and clean is data:
            require_text(post.text)
            return post
        data = {
            **clean,
            **given,
        }  # validated again below: a changed field, or text with lone surrogates replaced
    elif isinstance(post, str):
        text = clean_text(post)
        if not fields:  # plain text: only the platform needs checking, so skip building a validator
            return plain_post(text, checked_platform(text, platform))
        require_text(text)
        data = {"text": text, **given}
    elif isinstance(post, dict):
        data = _clean_strings({**post, **given})
    else:
        raise InputError(f"cannot check a {type(post).__name__}: give text, a dict or a Post")
    if isinstance(data.get("text"), str):
        require_text(data["text"])
    try:
        return Post.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"]) or "post"
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        msg = msg.removeprefix("Value error, ")
        raise InputError(f"post field '{where}': {msg}") from None


# Post's fields with a default factory (each is ``list``), made here for plain_post.
LIST_FIELDS = ("media", "links", "people", "official_contacts")


def plain_post(text: str, platform: str) -> Post:
    """``Post.model_construct(text=text, platform=platform)``: the same model (only text and platform set),
    built from Post's defaults with a new empty list for each list field. model_construct looks up every
    field's default, and each default factory's signature, on every call: half of checking a plain-text
    post. tests/test_engine.py holds the two to the same result."""
    from .models import Post
    from .review import built

    values = {name: [] if name in LIST_FIELDS else f.default for name, f in Post.model_fields.items()}
    values.update(text=text, platform=platform)
    post = built(Post, **values)
    object.__setattr__(post, "__pydantic_fields_set__", {"text", "platform"})  # as model_construct sets it
    return post


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
        cleaned = [_clean_strings(v, depth + 1) for v in value]
        return value if all(a is b for a, b in zip(cleaned, value, strict=True)) else type(value)(cleaned)
    return value


def _dirty(value: Any, depth: int = 0) -> bool:
    """True when a string in ``value`` has a lone surrogate: the walk of ``_clean_strings`` (with its depth
    limit), copying nothing. A model (a Post, its author, ...) is read as its ``model_dump`` would be, a dict
    of its fields, without making that dict."""
    if isinstance(value, str):
        return has_surrogate(value)
    if not isinstance(value, dict | list | tuple):
        if not hasattr(value, "__pydantic_extra__"):  # a pydantic model has it: None, or its extra fields
            return False
        extra = value.__pydantic_extra__
        value = {**value.__dict__, **extra} if extra else value.__dict__
    if depth > MAX_POST_DEPTH:
        raise InputError(f"the post nests more than {MAX_POST_DEPTH} levels deep")
    for v in value.values() if isinstance(value, dict) else value:
        if type(v) is str:
            if not v.isascii() and has_surrogate(v):
                return True
        elif v is not None and type(v) is not bool and _dirty(v, depth + 1):
            return True
    return False


def check(
    post: Post | str | dict[str, Any],
    *,
    platform: str | None = None,
    policy: Policy | None = None,
    **fields: Any,
) -> Review:
    """Check a post (text, dict or Post) against a policy (default: the model policy)."""
    from .policy import shared_policy

    p = to_post(post, platform, **fields)
    review = (policy or shared_policy()).compiled().review(p)
    return cast("Review", review)  # a Policy's compiled form makes the library's models (Policy.compiled)
