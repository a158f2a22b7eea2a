"""Models: JSON and JSON Schema round trip, derived facts, validation errors."""

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from tpstrain import Account, Media, Post, Review, StaffMember, TrainingRecord, Unit, check


def _member(expires="2028-01-01"):
    return StaffMember(
        id="s1",
        name="PC Dana Ferreira",
        unit="52-division",
        training=[
            TrainingRecord(module="social-media-basics", completed_on="2026-01-01", expires_on=expires)
        ],
    )


def test_post_json_round_trip():
    post = Post(
        text="Join us at #DayOfPink with @TPS52Div https://www.tps.ca",
        platform="x",
        account=Account(platform="x", handle="TPS52Div", kind="unit", unit="52-division"),
        author=_member(),
        media=[Media(kind="image", alt_text="Officers in pink shirts")],
        created_at=dt.datetime(2026, 4, 8, 9, 30),
    )
    again = Post.model_validate_json(post.model_dump_json())
    assert again == post
    assert again.hashtags == ["#DayOfPink"]
    assert again.mentions == ["@TPS52Div"]
    assert again.urls == ["https://www.tps.ca"]
    assert again.weighted_length == len("Join us at #DayOfPink with @TPS52Div ") + 23


@pytest.mark.parametrize("model", [Post, Account, StaffMember, Unit, TrainingRecord, Media, Review])
def test_json_schema(model):
    schema = model.model_json_schema()
    assert schema["type"] == "object" and schema["properties"]
    json.dumps(schema)


def test_review_round_trip():
    review = check("Officers attended an MVC at Dufferin/Eglinton.")
    again = Review.model_validate_json(review.model_dump_json())
    assert again.verdict == review.verdict
    assert [f.rule for f in again.findings] == [f.rule for f in review.findings]


def test_training_validity():
    m = _member(expires="2026-06-30")
    assert m.trained("social-media-basics", dt.date(2026, 6, 30))
    assert not m.trained("social-media-basics", dt.date(2026, 7, 1))
    assert not m.trained("other-module", dt.date(2026, 3, 1))
    assert not m.trained("social-media-basics", dt.date(2025, 12, 31))  # before it was completed


def test_unknown_fields_and_platforms_are_refused():
    with pytest.raises(ValidationError, match="platform"):
        Post(text="hi", platform="myspace")
    with pytest.raises(ValidationError):
        Post.model_validate({"text": "hi", "colour": "red"})
    with pytest.raises(ValidationError):
        Account(handle="x", kind="secret")


def test_platform_aliases():
    assert Post(text="hi", platform="Twitter").platform == "x"
    assert Post(text="hi", platform="IG").platform == "instagram"


def test_post_day_prefers_schedule():
    p = Post(text="hi", created_at=dt.datetime(2026, 1, 1), scheduled_at=dt.datetime(2026, 2, 1, 8))
    assert p.day == dt.date(2026, 2, 1)
