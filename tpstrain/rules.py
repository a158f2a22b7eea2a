"""What a rule is, as data: the contract for policy files (one YAML file per rule in the model policy)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .levels import LEVEL_RANK, Level  # noqa: F401  (LEVEL_RANK re-exported: one definition, in levels.py)

Category = Literal[
    "clarity", "sensitivity", "privacy", "legal", "platform", "tone", "accessibility", "authorization"
]
CoreValue = Literal[
    "Honesty", "Respect", "Teamwork", "Integrity", "Reliability", "Fairness", "Positive Attitude"
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
LEVELS: tuple[str, ...] = Level.__args__  # type: ignore[attr-defined]
CORE_VALUES: tuple[str, ...] = CoreValue.__args__  # type: ignore[attr-defined]

Entity = Literal[
    "person_name",
    "youth_age",
    "school",
    "street_address",
    "home_after_name",
    "phone",
    "email",
    "image",
    "image_of_people",
    "video",
    "relationship",
]
Detector = Literal[
    "phone", "email", "street_address", "postal_code", "licence_plate", "date_of_birth", "id_number"
]


class Strict(BaseModel):
    # Validators are built on first use: the CLI's check path never validates a rule (see policy cache).
    model_config = ConfigDict(extra="forbid", defer_build=True)


def _as_list(v: Any) -> Any:
    return [v] if isinstance(v, str) else v


class Term(Strict):
    """A word or phrase to avoid, with what to write instead."""

    match: list[str] = Field(min_length=1, description="One or more ways of writing the term.")
    suggest: list[str] = Field(default_factory=list, description="Replacements, best first.")
    case: Literal["insensitive", "sensitive"] = "insensitive"
    inflect: bool = Field(True, description="Also match -s, -es, -ed, -ing and 's forms of the last word.")
    unless_before: list[str] = Field(default_factory=list, description="Words that, right after, cancel.")
    unless_after: list[str] = Field(default_factory=list, description="Words that, right before, cancel.")
    note: str | None = Field(None, description="Added to the message for this term.")
    unless_listed: bool = Field(
        False,
        description="Not when the term is an item of a list of descriptors ('male, white, 30s, 5'10\"').",
    )

    _lists = field_validator("match", "suggest", "unless_before", "unless_after", mode="before")(_as_list)


class TermsCheck(Strict):
    kind: Literal["terms"]
    terms: list[Term] = Field(default_factory=list)
    skip_quoted: bool = Field(False, description="Leave quoted speech and charges quoted as laid alone.")
    skip_titles: bool = Field(
        False,
        description="Leave names in Title Case alone: charges as laid ('Obtaining "
        "Sexual Services'), laws ('Indian Act'), organizations.",
    )


class AcronymsCheck(TermsCheck):
    """Internal acronyms with what to write (``terms``), and any other word in capitals the public does not know
    (not in ``known`` or the policy's acronyms, and not spelled out in the post)."""

    kind: Literal["acronyms"]  # type: ignore[assignment]
    known: list[str] = Field(default_factory=list, description="Acronyms the public knows (DNA, CCTV, TTC).")
    max_letters: int = Field(7, ge=2, description="Longer words in capitals are shouting, not acronyms.")


class Pattern(Strict):
    regex: str = Field(description="RE2 syntax (linear time): no look-arounds or back-references.")
    when: str | None = Field(
        None,
        description="Only when the post also matches this RE2 pattern somewhere "
        "(laughing emoji in a post about an arrest or a crash).",
    )
    ask: bool = Field(
        False, description="The match only suggests the problem: ask the rule's question (a warning)."
    )
    suggest: list[str] = Field(default_factory=list)
    ignore_case: bool = True
    unless_before: list[str] = Field(default_factory=list)
    unless_after: list[str] = Field(default_factory=list)
    unless_plain: bool = Field(
        False,
        description="Not when the pattern's group 'said' tells only an age, a sex or a home town ('a woman in her "
        "30s', 'an adult man from Brampton'): a description that points at no one.",
    )
    of_private: bool = Field(
        False,
        description="Only when the match's sentence speaks of one private person (a name, 'she', 'the victim') and "
        "no officer or 'we' comes before the match in it: a routine of the service's own points at no one.",
    )
    sentence_has: str | None = Field(
        None,
        description="Only when the match's sentence also matches this RE2 pattern (a place, a clock time).",
    )
    note: str | None = None

    _lists = field_validator("suggest", "unless_before", "unless_after", mode="before")(_as_list)


class PatternCheck(Strict):
    kind: Literal["pattern"]
    patterns: list[Pattern] = Field(min_length=1)
    skip_quoted: bool = False


class DetectorCheck(Strict):
    kind: Literal["detector"]
    detector: Detector
    suggest: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list, description="Values that are fine to publish.")


class ReadabilityCheck(Strict):
    kind: Literal["readability"]
    max_grade: float = Field(8.0, gt=0, description="Flesch-Kincaid grade above which to warn.")
    min_words: int = Field(15, ge=1, description="Shorter texts are too short to score.")


class SentenceLengthCheck(Strict):
    kind: Literal["sentence_length"]
    max_words: int = Field(25, ge=5)


class ShoutingCheck(Strict):
    kind: Literal["shouting"]
    min_run: int = Field(3, ge=1, description="Consecutive words in capitals that count as shouting.")
    allow: list[str] = Field(default_factory=list, description="Acronyms that are fine in capitals.")


class EmojiCheck(Strict):
    kind: Literal["emoji"]
    max_run: int = Field(5, ge=1, description="Emoji in a row before a screen reader user gives up.")
    max_total: int = Field(10, ge=1)


class LimitCheck(Strict):
    kind: Literal["limit"]
    field: Literal["text", "hashtags", "title", "alt_text"]
    max: dict[str, int] = Field(default_factory=dict, description="Per platform; default: the platform's.")


class MediaCheck(Strict):
    kind: Literal["media"]
    require: Literal["alt_text", "captions"]
    min_chars: int = Field(5, ge=1, description="Alt text shorter than this counts as missing.")


class HashtagCaseCheck(Strict):
    kind: Literal["hashtag_case"]
    min_letters: int = Field(6, ge=2)


class AuthorizationCheck(Strict):
    kind: Literal["authorization"]
    require: Literal["training", "official_account", "unit_account"]


class Matcher(Strict):
    """Something to find in a post: a built-in entity, a list of terms, or a pattern."""

    entity: Entity | None = None
    terms: list[str] = Field(default_factory=list)
    regex: str | None = Field(
        None,
        description="RE2 syntax, read on the folded text (accents removed; case ignored unless 'sensitive').",
    )
    case: Literal["insensitive", "sensitive"] = "insensitive"
    scope: Literal["sentence", "item", "post", "reply"] | None = Field(
        None,
        description="Where to look; default: the rule's scope. 'post' looks at the whole post, the trigger's "
        "own words included; 'item' at the trigger's entry of a bulleted or numbered list (the whole post when it "
        "is no list); 'reply' at the message the post answers (its reply_to), with a regex.",
    )

    @model_validator(mode="after")
    def _one(self) -> Matcher:
        if (self.entity is not None) + bool(self.terms) + (self.regex is not None) != 1:
            raise ValueError("give one of 'entity', 'terms' or 'regex'")
        if self.scope == "reply" and self.regex is None:
            raise ValueError("scope 'reply' reads the message the post answers: give a 'regex'")
        return self


class ContextCheck(Strict):
    """Fire when a trigger appears together with other things in the same sentence or post."""

    kind: Literal["context"]
    trigger: Matcher
    trigger_patterns: list[str] = Field(
        default_factory=list,
        description="More triggers, as RE2 patterns read on the folded text: what the trigger's term list cannot "
        "spell or has no room for ('told Westminster Magistrates' Court').",
    )
    with_all: list[Matcher] = Field(default_factory=list)
    with_any: list[Matcher] = Field(default_factory=list)
    unless_any: list[Matcher] = Field(default_factory=list)
    unless_field: Literal["next_of_kin_notified"] | None = None
    unless_then_but: bool = Field(
        False,
        description="An 'unless' told before the trigger with 'but', 'except' or 'however' between them does not "
        "count ('under a publication ban, but the Crown said ...').",
    )
    proof: list[Matcher] = Field(
        default_factory=list,
        description="What makes the text prove the problem: every one of these told in this order, at or before "
        "the trigger ('A publication ban covers the bail hearing, but here's what we can share: ...'). With proof the finding "
        "has the rule's level; without it, the rule asks its question (at most a warning). Empty: every finding "
        "has the rule's level.",
    )
    scope: Literal["sentence", "post"] = "post"
    skip_quoted: bool = True
    suggest: list[str] = Field(default_factory=list)


class PeopleCheck(Strict):
    """Find a person by what the post says of them (who is named, and in what role: passes/people.py)."""

    kind: Literal["people"]
    find: Literal[
        "young-person-named",
        "young-person-identified",
        "complainant-named",
        "complainant-identified",
        "deceased-named",
        "guilt-label",
        "health-details",
        "protected-identified",
    ] = Field(description="What to look for.")
    terms: list[str] = Field(
        default_factory=list,
        description="guilt-label: the labels that decide guilt; "
        "health-details: the conditions, treatments and injuries to look for.",
    )
    phrases: list[str] = Field(
        default_factory=list,
        description="guilt-label: wordings that tell the case as decided ('the evidence is overwhelming'), "
        "read as the labels are.",
    )
    suggest: list[str] = Field(default_factory=list)


class DescriptorsCheck(Strict):
    """Fire when a trigger (race or colour with a person word) has too few other descriptors."""

    kind: Literal["descriptors"]
    trigger: list[str] = Field(min_length=1, description="RE2 patterns for the trigger.")
    groups: dict[str, list[str]] = Field(description="Descriptor groups, each a list of RE2 patterns.")
    min_groups: int = Field(3, ge=1)


Check = Annotated[
    TermsCheck
    | AcronymsCheck
    | PatternCheck
    | DetectorCheck
    | ReadabilityCheck
    | SentenceLengthCheck
    | ShoutingCheck
    | EmojiCheck
    | LimitCheck
    | MediaCheck
    | HashtagCaseCheck
    | AuthorizationCheck
    | ContextCheck
    | DescriptorsCheck
    | PeopleCheck,
    Field(discriminator="kind"),
]
# the kind names, read from the models above (each check's `kind: Literal[...]`)
CHECK_KINDS: tuple[str, ...] = tuple(
    model.model_fields["kind"].annotation.__args__[0]
    for model in Check.__origin__.__args__  # type: ignore[attr-defined]
)


class Example(Strict):
    """An example post: text, and optionally the other fields of a Post."""

    text: str
    platform: str = "x"
    post: dict[str, Any] = Field(default_factory=dict, description="Other Post fields (author, media, ...).")
    note: str | None = None


def _examples(v: Any) -> Any:
    return [{"text": x} if isinstance(x, str) else x for x in (v or [])]


class Examples(Strict):
    bad: list[Example] = Field(min_length=1)
    good: list[Example] = Field(min_length=1)

    _norm = field_validator("bad", "good", mode="before")(_examples)


class Rule(Strict):
    """One rule: what it checks, why, where it comes from, and examples that prove it."""

    id: str = Field(
        pattern=r"^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$", description="Dotted id, e.g. 'clarity.jargon'."
    )
    title: str
    category: Category
    level: Level
    values: list[CoreValue] = Field(min_length=1, description="Core values the rule serves.")
    rationale: str = Field(min_length=10)
    source: str = Field(min_length=3)
    message: str = Field(
        description="Shown with each finding: {match}, {suggestion}, {suggestions}, {limit}, {value}."
    )
    question: str | None = Field(
        None,
        description="When the text cannot show the problem for sure, the finding is a warning with this "
        'message: the question the writer must answer ("Is {match} an official line?").',
    )
    fix: str = Field(min_length=3, description="How to fix it, in words.")
    check: Check
    examples: Examples
    enabled: bool = True

    @property
    def kind(self) -> str:
        return self.check.kind


class Settings(Strict):
    """Agency-wide facts the rules use."""

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, defer_build=True)

    official_phones: list[str] = Field(
        default_factory=list, description="Numbers fine to publish; 'x' is any digit, e.g. '416-808-xxxx'."
    )
    official_emails: list[str] = Field(
        default_factory=list, description="Addresses or '@domain' fine to publish."
    )
    official_addresses: list[str] = Field(
        default_factory=list, description="Street addresses fine to publish."
    )
    required_training: str = Field("social-media-basics", description="Module a member needs to post.")
    acronyms: list[str] = Field(default_factory=list, description="Acronyms readers know (not shouting).")
    sexual_offences: list[str] = Field(
        default_factory=list,
        description="Words that say a post is about a sexual offence (publication bans apply).",
    )


class RuleOverride(Strict):
    """Changes to one rule of the policy being extended."""

    level: Level | None = None
    enabled: bool | None = None
    message: str | None = None
    question: str | None = None
    fix: str | None = None
    add_terms: list[Term] = Field(default_factory=list, description="terms rules: more terms.")
    remove_terms: list[str] = Field(
        default_factory=list, description="terms rules: drop terms by any spelling."
    )
    params: dict[str, Any] = Field(
        default_factory=dict, description="Check parameters to change, e.g. max_grade."
    )


class PolicyFile(Strict):
    """A policy file: a whole policy, or changes to one it extends (`extends: model`)."""

    extends: str | None = Field(
        None,
        description="Required: 'model', a path to another policy file, or 'none' "
        "(a policy of only the rules under 'add').",
    )
    name: str | None = None
    description: str | None = None
    settings: dict[str, Any] = Field(
        default_factory=dict, description="Settings; lists add to the extended policy's, values replace."
    )
    disable: list[str] = Field(default_factory=list, description="Rule ids to turn off.")
    rules: dict[str, RuleOverride] = Field(default_factory=dict, description="Changes to rules by id.")
    add: list[Rule] = Field(default_factory=list, description="New rules.")
    allow_empty: bool = Field(
        False,
        description="This policy has no enabled rules on purpose, so every post "
        "passes (without it, such a policy is an error).",
    )
