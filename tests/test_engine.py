"""Engine: folding and spans in the original text, the term table, customization, every rule kind."""

import pytest

from tpstrain import PolicyError, Post, build_policy, check, load_policy
from tpstrain.passes.fold import fold
from tpstrain.passes.tokenize import Analysis
from tpstrain.platforms import x_weighted_length


def _span_ok(text, review):
    for f in review.findings:
        if f.field == "text":
            assert 0 <= f.start <= f.end <= len(text)
            assert text[f.start : f.end] == f.text


def _custom(yaml_text, tmp_path):
    p = tmp_path / "policy.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    return load_policy(p)


@pytest.mark.parametrize(
    "text",
    [
        "Officers attended an M\u200bVC at Dufferin/Eglinton.",  # zero-width space
        "Officers attended an ＭＶＣ at Dufferin/Eglinton.",  # fullwidth
        "Officers attended an \u041cVC at Dufferin/Eglinton.",  # Cyrillic M
        "Officers attended an MV\u0421 at Dufferin/Eglinton.",  # Cyrillic S for C
    ],
)
def test_evasion_spans_point_at_original(text):
    review = check(text)
    hits = [f for f in review.findings if f.rule == "clarity.jargon"]
    assert hits, review
    f = hits[0]
    assert text[f.start : f.end] == f.text
    assert fold(f.text)[0].replace("\u200b", "") in ("MVC",)
    _span_ok(text, review)


def test_fold_map_covers_dropped_and_expanded_characters():
    text = "ﬁne \u200d café"
    folded, _ = fold(text)
    assert folded == "fine  cafe"
    a = Analysis.of(text)
    assert a.orig_span(0, 4) == (0, 3)  # the ligature counts as one original character
    assert text[slice(*a.orig_span(6, 10))] == "café"


def test_sentences_and_abbreviations():
    a = Analysis.of("A crash on Queen St. W closed lanes. Use King St W instead!\nUpdates soon")
    assert len(a.sentences) == 3


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("The open house starts at 10 am. Please use the main door.", [7, 5]),  # a time, then a capital
        ("Doors open at 9 a.m. Bring photo ID.", [6, 3]),  # "a.m" is read as two words
        ("At 10 a.m. on Friday, police were called.", [9]),  # a time inside a sentence
        ("He ran 100 m. Then he stopped.", [4, 3]),  # metres are no abbreviation
        ("Meet us at 3 pm. sharp at the gate.", [9]),
    ],
)
def test_a_time_ends_a_sentence_only_before_a_capital(text, lengths):
    assert [len(s) for s in Analysis.of(text).sentences] == lengths


def test_x_weighted_length_matches_twitter_text():
    from twitter_text import parse_tweet

    for t in [
        "plain text",
        "日本語のテキスト",
        "emoji 👨‍👩‍👧 🚓 ok",
        "see https://www.tps.ca/news?id=1 now",
        "tps.ca and torontopolice.on.ca",
        "é" * 300,
        "🇨🇦🇨🇦",
        "a\r\nb",
        "x" * 281,
    ]:
        assert x_weighted_length(t) == parse_tweet(t).weightedLength, t
    # each edge of the ranges X counts once (0-4351, 8192-8205, 8208-8223, 8242-8247), after an "é"
    for cp in (4351, 4352, 8191, 8192, 8205, 8206, 8207, 8208, 8223, 8224, 8241, 8242, 8247, 8248, 0x10FFFF):
        t = "é " + chr(cp)
        assert x_weighted_length(t) == parse_tweet(t).weightedLength, hex(cp)


def test_case_inflection_and_guards(tmp_path):
    pol = _custom(
        """
extends: model
add:
  - id: clarity.test-terms
    title: Test terms
    category: clarity
    level: warning
    values: [Respect]
    rationale: A rule used by the tests only.
    source: tests
    message: "'{match}' -> {suggestions}"
    fix: Use the other word.
    check:
      kind: terms
      terms:
        - {match: [widget], suggest: [gadget]}
        - {match: [ABC], suggest: [the agency], case: sensitive}
        - {match: [Queen], suggest: [monarch], unless_before: [St, Street]}
    examples:
      bad: ["A widget broke."]
      good: ["A gadget broke."]
""",
        tmp_path,
    )

    def rules(text):
        return [f.text for f in check(text, policy=pol).findings if f.rule == "clarity.test-terms"]

    assert rules("Two widgets and a widget's part") == ["widgets", "widget's"]
    assert rules("ABC said; abc did not") == ["ABC"]
    assert rules("Queen St W is closed. The Queen visited.") == ["Queen"]
    fixed = check("Widgets broke.", policy=pol).fixed()
    assert fixed.startswith("Gadget")  # capital kept at the start of a sentence


def test_customize_levels_disable_terms_and_phones(tmp_path):
    text = "Officers attended an MVC. Call Sgt Lee at 416-555-0142."
    base = check(text)
    assert base.verdict == "revise"  # whose line is it? the rule asks
    assert [f.level for f in base.findings if f.rule == "privacy.phone"] == ["warning"]
    pol = _custom(
        """
extends: model
name: 52 Division
settings:
  official_phones: ["416-555-0142"]
rules:
  clarity.jargon:
    level: error
    remove_terms: [MVC]
    add_terms:
      - {match: [attended], suggest: [went to], inflect: false}
""",
        tmp_path,
    )
    review = check(text, policy=pol)
    assert pol.name == "52 Division"
    assert "privacy.phone" not in review.rules()
    jargon = [f for f in review.findings if f.rule == "clarity.jargon"]
    assert [f.text for f in jargon] == ["attended"] and jargon[0].level == "error"
    pol2 = _custom("extends: model\ndisable: [clarity.jargon]\n", tmp_path)
    assert "clarity.jargon" not in check(text, policy=pol2).rules()


def test_extends_a_path_and_params(tmp_path):
    (tmp_path / "base.yaml").write_text("extends: model\ndisable: [privacy.phone]\n", encoding="utf-8")
    child = tmp_path / "child.yaml"
    child.write_text(
        "extends: base.yaml\nrules:\n  platform.length:\n    params: {max: {x: 20}}\n", encoding="utf-8"
    )
    pol = load_policy(child)
    review = check("Call 416-555-0142 for a long enough post", policy=pol)
    assert "privacy.phone" not in review.rules()
    assert "platform.length" in review.rules()


def test_context_rule_triggered_by_its_patterns(tmp_path):
    """A context rule's trigger_patterns trigger it like its terms, and wake it in a post without them."""
    rule = (
        "extends: model\nadd:\n  - id: tone.told-court\n    title: t\n    category: tone\n    level: warning\n"
        "    values: [Respect]\n    rationale: a rationale here\n    source: src\n    message: \"'{match}'\"\n"
        "    fix: fix it\n    check: {kind: context, trigger: {terms: [zqxj]}, trigger_patterns: ['\\btold (?:\\w+ ){1,3}?court\\b'],"
        " with_any: [{terms: [remanded]}]}\n"
        "    examples: {bad: ['He told Leeds Crown Court he was sorry. He was remanded.'], good: ['He was remanded.']}\n"
    )
    p = tmp_path / "p.yaml"
    p.write_text(rule, encoding="utf-8")
    pol = load_policy(p)
    found = [
        f for f in check("He told Leeds Crown Court he was sorry. He was remanded.", policy=pol).findings
    ]
    assert [(f.rule, f.text) for f in found if f.rule == "tone.told-court"] == [
        ("tone.told-court", "told Leeds Crown Court")
    ]
    assert "tone.told-court" not in check("He told a friend. He was remanded.", policy=pol).rules()
    p.write_text(rule.replace("(?:\\w+ )", "(?=\\w+ )"), encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_policy(p)
    assert "\n" not in str(e.value) and "trigger_patterns" in str(e.value), str(e.value)


@pytest.mark.parametrize(
    ("doc", "needle"),
    [
        ("extends: model\nrules:\n  clarity.jargon:\n    params: {kind: pattern}\n", "params.kind"),
        ("extends: model\nrules:\n  platform.length:\n    params: {max: lots}\n", "params.max"),
        ("extends: model\nrules:\n  platform.length:\n    add_terms: [{match: [x]}]\n", "add_terms"),
        ("extends: model\nrules:\n  clarity.jargon:\n    remove_terms: [nonexistent]\n", "remove_terms"),
        ("extends: model\nadd:\n  - {id: tone.x, title: X}\n", "tone.x"),
        (
            "extends: model\nadd:\n  - id: tone.bad-pattern\n    title: t\n    category: tone\n    level: warning\n"
            "    values: [Respect]\n    rationale: a rationale here\n    source: src\n    message: m\n    fix: fix it\n"
            "    check: {kind: pattern, patterns: [{regex: '(?<=a)b'}]}\n    examples: {bad: [ab], good: [b]}\n",
            "invalid pattern",
        ),
        ("extends: loop.yaml\n", "deep"),
        # a key given twice: YAML would keep the last, and the first list of guards would vanish without a word
        (
            "extends: model\nrules:\n  clarity.jargon:\n    add_terms:\n      - {match: [x], unless_before: [a],"
            " unless_before: [b]}\n",
            "line 5, column 42: invalid YAML: the key 'unless_before' is given twice",
        ),
    ],
)
def test_policy_errors_are_one_line(tmp_path, doc, needle):
    p = tmp_path / "loop.yaml"
    p.write_text(doc, encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_policy(p)
    msg = str(e.value)
    assert "\n" not in msg and needle in msg and str(p) in msg, msg


def test_verdict_levels():
    assert check("Join us Saturday at the 52 Division open house.").verdict == "ok"
    assert check("Officers attended an MVC.").verdict == "revise"
    assert check("Call the owner at 416-555-0142.").verdict == "block"


def test_limits_platforms_and_fields():
    long = "Lake Shore Blvd W is closed. " * 12
    r = check(long.strip(), platform="x")
    f = [f for f in r.findings if f.rule == "platform.length"]
    assert f and f[0].end == len(long.strip()) and r.metrics.limit == 280
    assert x_weighted_length(long.strip()[: f[0].start]) <= 280
    assert "platform.length" not in check(long.strip(), platform="facebook").rules()


def test_policy_compiled_once():
    from tpstrain.policy import shared_policy

    pol = shared_policy()
    assert pol.compiled() is pol.compiled()


def test_post_objects_and_dicts():
    post = Post(text="Officers attended an MVC.", platform="facebook")
    assert check(post).metrics.platform == "facebook"
    assert check({"text": "Officers attended an MVC."}, platform="instagram").metrics.limit == 2200


def test_build_policy_from_data():
    pol = build_policy({"extends": "model", "disable": ["clarity.jargon"]})
    assert not pol.rule("clarity.jargon").enabled


def test_patterns_found_in_long_posts_without_the_prefilter():
    # past the prefilter's text limit every pattern runs on its own: nothing is missed
    from tpstrain.passes.patterns import PatternSet

    text = "The road is open again. " * 1000 + "Lanes reopen at 0300 hrs."
    assert len(text) > PatternSet.MAX_TEXT
    review = check(text, platform="facebook")
    assert any(f.rule == "clarity.24-hour-time" and f.text.startswith("0300") for f in review.findings)


def test_pattern_set_indexes_span_its_shards():
    """PatternSet keeps SHARD patterns to an RE2 Set; the indexes it gives and answers run across them."""
    from tpstrain.passes.patterns import PatternSet

    ps = PatternSet()
    n = 2 * PatternSet.SHARD + 5
    assert [ps.add(rf"\bw{k}\b", k % 2 == 0, "test") for k in range(n)] == list(range(n))
    ps.compile()
    assert ps.matches("w0 W1 w2 w31 W32 w33 w64 w68 w69") == {0, 2, 31, 32, 33, 64, 68}
    assert ps.matches("nothing here") == frozenset()


def test_pattern_set_groups_patterns_by_their_gaps():
    """PatternSet puts narrow patterns and ones with a wide gap in different Sets; indexes given in any order of
    classes come back right, and the Sets answer as each pattern searched on its own does."""
    import re2

    from tpstrain.passes.patterns import PatternSet, gap_of

    assert gap_of(r"\bw\d{1,3}\b") == 3 and gap_of(r"a[^\n]{0,160}?b|c{2,40}") == 160 and gap_of("abc") == 0
    shapes = [r"\bn{k}\b", r"\bw{k}\b[^.\n]{{0,40}}?\bend\b", r"\bx{k}\b[^\n]{{0,160}}?\bstop\b"]
    patterns = [shapes[k % 3].format(k=k) for k in range(3 * PatternSet.SHARD + 7)]
    ps = PatternSet()
    assert [ps.add(p, k % 2 == 0, "test") for k, p in enumerate(patterns)] == list(range(len(patterns)))
    ps.compile()
    assert len(ps._sets) > 3  # every class, and more than one Set of some
    for text in ("n0 w1 end x2 stop", "N3 W4 end X5 ... STOP, n99 x101 stop. w97 w100 end", "nothing here"):
        alone = {k for k, p in enumerate(patterns) if re2.search(("(?i)" if k % 2 == 0 else "") + p, text)}
        assert ps.matches(text) == alone


def test_surrogate_test_reads_a_model_as_its_dump():
    """to_post reads a Post's strings for lone surrogates without dumping it: the same answer as on its dump,
    in every field, nested ones too."""
    from tpstrain.api import _dirty

    bad = "a\udc80b"
    base = {
        "text": "Officers attended.",
        "title": "A title",
        "author": {
            "id": "s1",
            "name": "Amy Zhou",
            "training": [{"module": "m", "completed_on": "2026-01-01"}],
        },
        "media": [{"kind": "image", "alt_text": "A photo"}],
        "people": [{"name": "Jordan Lee", "role": "accused"}],
        "links": ["https://www.tps.ca"],
    }
    posts = [Post.model_validate(base)]
    for path in (
        ("title",),
        ("author", "name"),
        ("media", 0, "alt_text"),
        ("people", 0, "name"),
        ("links", 0),
    ):
        post = Post.model_validate(base)
        obj = post
        for key in path[:-1]:
            obj = obj[key] if isinstance(key, int) else getattr(obj, key)
        if isinstance(path[-1], int):
            obj[path[-1]] = bad
        else:
            object.__setattr__(obj, path[-1], bad)
        posts.append(post)
    answers = [_dirty(p) for p in posts]
    assert answers == [_dirty(p.model_dump()) for p in posts] == [False] + [True] * 5


def test_descriptor_group_sets_the_span():
    review = check("Wanted for a stabbing near Queen St W: a black man in his 20s.")
    (f,) = [f for f in review.findings if f.rule == "sensitivity.race-descriptor"]
    assert f.text == "a black man"


def test_detector_prechecks_never_hide_a_finding(labelled_posts):
    """Each detector's RE2 precheck is a superset: on every dev-set and held-out post, and on tricky
    strings, a detector finds exactly the same with and without its precheck."""

    from tpstrain.checks.base import Ctx
    from tpstrain.passes.entities import DETECTORS
    from tpstrain.policy import shared_policy

    texts = [p["text"] for p in labelled_posts]
    texts += [
        "Plate CBXT 123",
        "AB12 345 and ABC 123",
        "SIN 046 454 286",
        "A1234-56789-01234",
        "born on March 3, 2001",
        "DOB: 2001-03-03",
        "John Doe, 16, of Scarborough",
        "a teenage boy",
        "a student at Example C.I.",
        "her stepfather",
        "M5V 2T6",
        "unit 4 - 123 Example Ave",
        "call (416) 555-0142",
        "1234 567 890 AB health card",
        # digits of other scripts fold to 0-9; Python's \s has separators that RE2's lacks
        "call ٤١٦-٥٥٥-٠١٤٢",
        "SIN ०४६ ४५४ २८६",
        "call 416\x0b555\x0b0142",
        "12\x1cExample Ave",
        "a 1６-year-old",
        "the 100 block",
        "ABcd 123 and AB12345",
        "Ontario plate CBXT123",
        "D1234-56789-01234",
        "aged 15",
        "Sam Roe, 14, of Etobicoke",
        "Sam Roe,\u200b16.",
        "416-808-2222 x1234",
        "2016",
    ]
    compiled = shared_policy().compiled()
    for text in texts:
        gated = Analysis.of(text)
        Ctx(Post(text=text), gated, compiled)  # sets the prechecks' verdicts
        plain = Analysis.of(text)
        for name, detect in DETECTORS.items():
            assert detect(gated) == detect(plain), (name, text)
        if "hidden_runs" in gated.cache["ruled_out"]:
            assert plain.hidden_runs() == [], text


def test_every_check_kind_has_an_implementation():
    from tpstrain.checks import KINDS
    from tpstrain.rules import CHECK_KINDS

    assert set(CHECK_KINDS) == set(KINDS)


def test_built_models_equal_pydantics_own():
    """review.built (the engine's fast constructor) gives what model_construct and validation give."""
    from tpstrain.review import Finding, Metrics, Review, built

    review = check("Officers attended an MVC at Dufferin/Eglinton. CALL US NOW PLEASE!!!")
    assert review.findings
    for model in [*review.findings, review.metrics, review]:
        cls, values = type(model), dict(model.__dict__)
        assert set(values) == set(cls.model_fields), cls  # every field given
        for other in (cls.model_construct(**values), cls.model_validate(model.model_dump())):
            assert model == other
            assert model.model_dump() == other.model_dump()
            assert model.model_fields_set == other.model_fields_set
            assert model.__pydantic_extra__ == other.__pydantic_extra__
    assert (
        built(Metrics, **dict(review.metrics.__dict__)).model_dump_json() == review.metrics.model_dump_json()
    )
    assert Review.model_validate_json(review.model_dump_json()) == review
    assert isinstance(review.findings[0], Finding)


def test_plain_post_equals_pydantics_own():
    """api.plain_post (a plain-text post's fast constructor) gives what model_construct gives."""
    from tpstrain.api import LIST_FIELDS, plain_post
    from tpstrain.models import Post

    assert tuple(n for n, f in Post.model_fields.items() if f.default_factory is not None) == LIST_FIELDS
    assert all(Post.model_fields[n].default_factory is list for n in LIST_FIELDS)
    fast, own = (
        plain_post("Officers attended.", "x"),
        Post.model_construct(text="Officers attended.", platform="x"),
    )
    assert fast == own
    assert fast.__dict__ == own.__dict__ and list(fast.__dict__) == list(own.__dict__)
    assert fast.model_fields_set == own.model_fields_set == {"text", "platform"}
    assert fast.model_dump_json() == own.model_dump_json()
    assert (fast.__pydantic_extra__, fast.__pydantic_private__) == (
        own.__pydantic_extra__,
        own.__pydantic_private__,
    )
    assert fast.links is not plain_post("Officers attended.", "x").links  # a fresh list each time


def test_skipping_rules_changes_no_review(monkeypatch, labelled_posts):
    """CompiledPolicy runs only the rules the shared passes can wake (a term, a detector's precheck, an
    RE2 Set hit); running every rule on every post must give the very same reviews."""

    from tpstrain.checks.base import Ctx
    from tpstrain.engine import CompiledPolicy
    from tpstrain.policy import shared_policy

    posts = list(labelled_posts)
    compiled = shared_policy().compiled()
    gated = [check(p).model_dump() for p in posts]
    ran = sum(
        len(compiled._rules_for(Ctx(Post.model_validate(p), Analysis.of(p["text"]), compiled))) for p in posts
    )
    skipped = len(posts) * len(compiled.rules) - ran
    monkeypatch.setattr(CompiledPolicy, "_rules_for", lambda self, ctx: range(len(self.rules)))
    assert [check(p).model_dump() for p in posts] == gated
    assert skipped > len(posts) * len(compiled.rules) // 2  # the gate does skip most rules


def test_a_compiled_policy_pickles_and_compiles_again():
    """A policy already used for checking can be sent to another process (multiprocessing pickles it):
    its RE2 objects are left behind and rebuilt there."""
    import pickle

    from tpstrain import model_policy

    policy = model_policy()
    before = check("Officers attended an MVC.", policy=policy)
    copy = pickle.loads(pickle.dumps(policy))
    assert policy.compiled() is policy.compiled()
    assert check("Officers attended an MVC.", policy=copy) == before


def test_every_shipped_pattern_compiles_though_the_cold_path_waits():
    """The shipped policy's patterns compile on first use (a cold check compiles only what its post needs);
    a copy of the model policy compiles every one at once, within RE2's limits."""
    from tpstrain import model_policy
    from tpstrain.checks.pattern import PatternRule
    from tpstrain.passes.patterns import OnFirstUse
    from tpstrain.policy import shared_policy

    eager = model_policy().compiled()
    patterns = [c[0] for r in eager.rules if isinstance(r, PatternRule) for c in r.compiled]
    assert patterns and not any(isinstance(rx, OnFirstUse) for rx in patterns)
    shipped = shared_policy().compiled()
    if shipped.shipped:  # (not with TPSTRAIN_NO_CACHE)
        lazy = [(c[0], c[1]) for r in shipped.rules if isinstance(r, PatternRule) for c in r.compiled]
        assert all(isinstance(rx, OnFirstUse) for rx, _ in lazy)
        # compiles there and then; only a pattern that reads its group 'said' (unless_plain) captures
        assert all(rx.groups == (1 if p.unless_plain else 0) for rx, p in lazy)


@pytest.mark.parametrize(
    "text",
    [
        # the street is both where the young person lives (certain) and a detail that narrows them down (asked)
        "Jaxon R., 15, who lives on Ellice Ave, has been charged with break and enter at a corner store.",
        "A 15-year-old who attends Riverside Park Middle School and lives on Elmwood Cres was charged with theft.",
    ],
)
def test_one_finding_of_a_rule_per_span(text):
    """Where a rule's findings overlap, the review keeps one: the strongest."""
    findings = check(text).findings
    for a in findings:
        for b in findings:
            if a is not b and a.rule == b.rule and a.field == b.field:
                assert a.end <= b.start or b.end <= a.start, (a.text, b.text)
    assert any(f.rule == "legal.youth-identity" and f.level == "error" for f in findings)


def test_term_table_reads_digits_in_words_as_letters():
    """Only the words that are not all letters are read again: a digit inside a word is a letter ("k1ller"),
    a number stays a number, and the words around them are untouched."""
    from tpstrain.policy import shared_policy

    table = shared_policy().compiled().table
    a = Analysis.of("The k1ller and the junk1e, 416 of them, in 2026.")
    found = {owner for owner in table.match(a)}
    plain = {owner for owner in table.match(Analysis.of("The killer and the junkie, 416 of them, in 2026."))}
    assert found == plain and found


def test_rules_woken_by_parts_of_the_post(labelled_posts):
    """A rule that needs parts of the post (media, an author and an account, ...) runs when all of them are
    there: each part is read once per post, and the rules it wakes are those of the rule-by-rule reading."""
    from tpstrain.checks.base import Ctx
    from tpstrain.policy import shared_policy

    cp = shared_policy().compiled()
    assert cp.by_post and any(len(parts) > 1 for parts, _ in cp.by_post)
    seen = set()
    for raw in labelled_posts:
        post = Post.model_validate(raw)
        ctx = Ctx(post, Analysis.of(post.text), cp)
        woken = {k for parts, k in cp.by_post if all(getattr(post, p) for p in parts)}
        todo = cp._rules_for(ctx)
        assert {k for k in todo if k in {k for _, k in cp.by_post}} == woken
        assert len(todo) == len(set(todo)) and todo == sorted(todo)
        seen.add(frozenset(woken))
    assert len(seen) > 3  # posts with and without media, an author, an account, a title


def test_pattern_set_answers_the_same_past_its_limits():
    """Past the text limit the RE2 Sets are not asked; each pattern is searched on its own, with the same answer
    (rules read it as a fact, "no young age here", not only as a shortcut)."""
    from tpstrain.passes.patterns import PatternSet

    ps = PatternSet()
    for k in range(10):
        ps.add(rf"\bw{k}\b", k % 2 == 0, "test")
    ps.compile()
    short = "w0 W1 W2 w9"
    long = short + " and more" * (PatternSet.MAX_TEXT // 9)
    assert len(long) > PatternSet.MAX_TEXT
    assert ps.matches(long) == ps.matches(short) == {0, 2, 9}


def test_a_long_post_is_read_as_a_short_one():
    """A post past the prefilter's text limit gets the findings it gets when short: "Mon to Fri" in opening hours
    names no young person, however long the post."""
    from tpstrain.passes.patterns import PatternSet

    hours = (
        "If you have a question about a specific alleged offence:\n\nPlease contact our Central Ticket Office\n\n"
        "Phone 0161 555 0142 (Lines are open Mon to Fri, 9:00am - 1:00pm)\n\n"
    )
    assert "legal.youth-named" not in check(hours, platform="facebook").rules()
    long = hours + "Our front counter can help with many other questions too. " * (PatternSet.MAX_TEXT // 58)
    assert len(long) > PatternSet.MAX_TEXT
    assert "legal.youth-named" not in check(long, platform="facebook").rules()


def test_pattern_reads_its_sentence(tmp_path):
    """``of_private``: only where the sentence speaks of one private person, with no officer before the match;
    ``sentence_has``: only where the sentence also holds a place or an hour."""
    rule = (
        "extends: model\nadd:\n  - id: privacy.routine-test\n    title: t\n    category: privacy\n"
        "    level: warning\n    values: [Respect]\n    rationale: a rationale here\n    source: src\n"
        "    message: \"'{match}' is a routine\"\n    fix: fix it\n"
        "    check: {kind: pattern, patterns: [{regex: 'every morning', of_private: true,"
        " sentence_has: '\\bat \\d', ask: true}]}\n"
        "    examples: {bad: ['Nina walks to the bakery every morning at 6.'], good: ['She calls every morning.']}\n"
    )
    p = tmp_path / "routine.yaml"
    p.write_text(rule, encoding="utf-8")
    pol = load_policy(p)

    def hits(text: str) -> list[str]:
        return [f.text for f in check(text, policy=pol).findings if f.rule == "privacy.routine-test"]

    assert hits("Nina, 81, walks to the bakery every morning at 6.") == ["every morning"]
    assert hits("The victim jogs the trail every morning at 5:30.") == ["every morning"]
    assert hits("Nina, 81, phones her son every morning.") == []  # no place, no hour
    assert hits("Cst. Lee walks the beat every morning at 7.") == []  # staff
    assert hits("Meet PCSO Dana Reyes. You'll see her at the shops every morning at 9.") == []
    assert hits("Info sessions run every morning at 9 at the Police College.") == []  # no one


@pytest.mark.parametrize(
    ("where", "level"),
    [
        (
            "lives in the house with the red door",
            "warning",
        ),  # told by how it looks: it narrows, it does not prove
        ("lives on the 14th floor", "warning"),
        ("lives near the library", "warning"),
        ("lives on The Esplanade", "error"),  # a street whose name starts with "The" is still a street
        ("lives at 55 Example Cres", "error"),
    ],
)
def test_a_complainants_home_is_an_error_unless_only_described(where, level):
    text = f"A 40-year-old man has been charged with sexual assault. The complainant {where}."
    levels = {f.level for f in check(text).findings if f.rule == "legal.complainant-identity"}
    assert max(levels, key=["warning", "error"].index) == level


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Well done to Ava Trent, 11, of Larkspur Road, who handed in a lost wallet.", True),
        ("Pensioner Ray Dunn, 84, from Elm Grove in Leeds, lost £9,000 to courier fraudsters.", True),
        # the one charged or convicted: some services' practice, left to them
        ("Connor Blake, 31, of Ashby Road, Leicester, has been charged with burglary.", False),
        ("Maya Singh, 16, of Northview Heights Secondary School, won the essay contest.", False),  # a school
    ],
)
def test_a_street_after_a_name_and_age_is_asked_unless_charged(text, asked):
    hits = [f for f in check(text).findings if f.rule == "privacy.address"]
    assert bool(hits) == asked, hits
