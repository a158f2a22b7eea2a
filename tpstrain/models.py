"""The people, accounts and posts the policy speaks about (pydantic v2; JSON and JSON Schema round trip)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .passes.tokenize import MAX_TEXT
from .platforms import platform, text_length

UnitKind = Literal["division", "specialized", "corporate"]
AccountKind = Literal["corporate", "unit", "official_individual", "personal"]
MediaKind = Literal["image", "video", "gif", "audio"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


def _platform_name(value: object) -> object:
    return platform(value).name if isinstance(value, str) else value


class Unit(_Model):
    """A division, a specialized unit or corporate communications."""

    id: str = Field(description="Short id, e.g. '52-division' or 'traffic-services'.")
    name: str
    kind: UnitKind = "division"


class TrainingRecord(_Model):
    """One completed training module."""

    module: str = Field(description="Module id, e.g. 'social-media-basics'.")
    completed_on: dt.date
    expires_on: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return self.completed_on <= day and (self.expires_on is None or day <= self.expires_on)


class StaffMember(_Model):
    """A member of the service who may write posts."""

    id: str
    name: str
    rank: str | None = None
    unit: str | None = Field(None, description="Id of the member's unit.")
    training: list[TrainingRecord] = Field(default_factory=list)

    def trained(self, module: str, on: dt.date | None = None) -> bool:
        """True when the member holds a current record for ``module`` on the given day (default today)."""
        day = on or dt.date.today()
        return any(r.module == module and r.valid_on(day) for r in self.training)


class Account(_Model):
    """An account on one platform, owned by a unit or a member."""

    platform: str = "x"
    handle: str
    kind: AccountKind = "unit"
    unit: str | None = Field(None, description="Id of the owning unit.")
    authorized: list[str] = Field(default_factory=list, description="Ids of staff allowed to post.")

    _check_platform = field_validator("platform", mode="before")(_platform_name)


class Media(_Model):
    """An image, GIF, video or audio clip attached to a post."""

    kind: MediaKind = "image"
    alt_text: str | None = None
    captions: bool | None = Field(None, description="Videos: whether captions are provided.")


PersonRole = Literal[
    "accused", "complainant", "victim", "witness", "deceased", "missing", "official", "other"
]


class PersonInPost(_Model):
    """Someone the post names, as its author knows them: the answer to the checker's question "who is this?"."""

    name: str = Field(description="As written in the post, e.g. 'Jordan Lee'.")
    role: PersonRole
    age: int | None = Field(None, ge=0, le=130)


class Post(_Model):
    """A post as written, with what the checker needs to know about it."""

    text: str = Field(max_length=MAX_TEXT)
    platform: str = "x"
    title: str | None = Field(None, description="Video title (YouTube).")
    account: Account | None = None
    author: StaffMember | None = None
    media: list[Media] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)
    reply_to: str | None = None
    created_at: dt.datetime | None = None
    scheduled_at: dt.datetime | None = None
    official: bool = Field(True, description="The post speaks for the service.")
    next_of_kin_notified: bool | None = Field(
        None, description="For a post naming someone who died: the family has been reached."
    )
    people: list[PersonInPost] = Field(
        default_factory=list, description="Who the post names and in what role, when the checker asks."
    )
    official_contacts: list[str] = Field(
        default_factory=list,
        description="Numbers and addresses in the post that are official lines or mailboxes.",
    )

    _check_platform = field_validator("platform", mode="before")(_platform_name)

    @property
    def day(self) -> dt.date:
        """The day the post goes out: scheduled, else created, else today."""
        when = self.scheduled_at or self.created_at
        return when.date() if when else dt.date.today()

    def _tokens(self, kind: str) -> list[str]:
        from .passes.tokenize import Analysis

        return [t.text for t in Analysis.of(self.text).tokens if t.kind == kind]

    @property
    def hashtags(self) -> list[str]:
        return self._tokens("hashtag")

    @property
    def mentions(self) -> list[str]:
        return self._tokens("mention")

    @property
    def urls(self) -> list[str]:
        return self._tokens("url") + [u for u in self.links if u not in self.text]

    @property
    def weighted_length(self) -> int:
        """Length as the platform counts it (X: weighted characters)."""
        return text_length(self.text, self.platform)
