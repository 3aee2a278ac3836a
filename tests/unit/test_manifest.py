"""Manifest parsing is strict, names the place of a problem, and round-trips."""
from __future__ import annotations

import json

import pytest

from sync.bundle import TrustPolicy, build_bundle, open_bundle
from sync.errors import BundleError, BundleErrorKind
from sync.html_safety import find_unsafe_html, sanitize_html
from sync.manifest import ItemKind, QuizItem, VideoItem, manifest_from_dict, parse_manifest
from sync.quiz import grade
from sync.signing import PublicKey, generate_keypair, load_public_key


@pytest.fixture
def manifest_dict(tiny_bundle):
    with open_bundle(tiny_bundle, TrustPolicy(allow_unsigned=True)) as b:
        return json.loads(b.manifest_bytes)


def test_roundtrip(manifest_dict):
    m = manifest_from_dict(manifest_dict)
    assert parse_manifest(m.to_json_bytes()) == m
    assert [it.kind for it in m.items()] == [ItemKind.VIDEO, ItemKind.READING, ItemKind.QUIZ,
                                             ItemKind.READING, ItemKind.READING, ItemKind.FORUM]
    video = m.item("l1")
    assert isinstance(video, VideoItem) and video.lowest_rendition().label == "240p"
    assert m.module_of("f1").id == "m2" and m.required_item_ids() == ["l1", "r1", "q1", "r2"]
    assert len(m.low_bandwidth_files()) == len(m.files) - 1


@pytest.mark.parametrize("change, needle", [
    (lambda m: m.pop("title"), "lacks the field 'title'"),
    (lambda m: m.update(version="2"), "'version' has the wrong type"),
    (lambda m: m.update(version=True), "'version' has the wrong type"),
    (lambda m: m.update(language="english!"), "language"),
    (lambda m: m.update(id="../etc"), "not a valid id"),
    (lambda m: m["modules"][0]["items"][0].update(kind="game"), "unknown kind"),
    (lambda m: m["modules"][0]["items"][2].update(pass_mark=1.5), "out of range"),
    (lambda m: m["modules"][0]["items"][2]["questions"][0].update(correct=["zz"]), "'correct'"),
    (lambda m: m["modules"][0]["items"][1].update(sha256="0" * 64), "does not describe it"),
    (lambda m: m["files"].update({"1" * 64: {"size": 1, "media_type": "text/html"}}), "no item uses"),
    (lambda m: m.update(requirements={"rule": "vibes"}), "Unknown completion rule"),
    (lambda m: m["modules"][1].update(id="m1"), "Two modules"),
])
def test_invalid_manifests_say_where(manifest_dict, change, needle):
    change(manifest_dict)
    with pytest.raises(BundleError) as info:
        manifest_from_dict(manifest_dict)
    assert needle in info.value.message


def test_duplicate_json_keys_refused(manifest_dict):
    raw = json.dumps(manifest_dict)
    raw = raw.replace('"title": "A tiny course"', '"title": "A tiny course", "title": "Evil"', 1)
    with pytest.raises(BundleError, match="repeats the field"):
        parse_manifest(raw.encode())


def test_grading_no_partial_credit(manifest_dict):
    quiz = manifest_from_dict(manifest_dict).item("q1")
    assert isinstance(quiz, QuizItem)
    r = grade(quiz, {"q1a": ["a"], "q1b": ["a"], "q1c": ["a"]})
    assert (r.correct_count, r.passed, r.per_question["q1c"]) == (2, True, False)
    assert not grade(quiz, {}).passed


def test_source_paths_may_not_escape(tmp_path, tiny_source):
    toml = tiny_source / "course.toml"
    toml.write_text(toml.read_text().replace('file = "reading.html"', 'file = "../outside.html"'))
    (tmp_path / "outside.html").write_text("<p>x</p>")
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "x.lectern")
    assert info.value.kind is BundleErrorKind.UNSAFE_PATH


def test_source_symlinks_refused(tmp_path, tiny_source):
    (tiny_source / "reading.html").unlink()
    (tiny_source / "reading.html").symlink_to("/etc/hostname")
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "x.lectern")
    assert info.value.kind is BundleErrorKind.UNSAFE_PATH
    assert not (tmp_path / "x.lectern").exists()


def test_source_errors_name_the_file(tmp_path, tiny_source):
    (tiny_source / "course.toml").write_text("id = \n")
    with pytest.raises(BundleError, match="course.toml"):
        build_bundle(tiny_source, tmp_path / "x.lectern")


def test_keys_roundtrip(tmp_path):
    public = generate_keypair(tmp_path / "k", comment="ministry")
    loaded = load_public_key(tmp_path / "k.pub")
    assert loaded == public and loaded.comment == "ministry"
    assert PublicKey.parse(public.to_text()).key_id == public.key_id


def test_sanitizer_keeps_content_drops_danger():
    dirty = ('<h1 onclick="x()">Title</h1><script>alert(1)</script><p>Text <a href="https://'
             'example.org/">link</a> <img src="http://t.example/p.gif"></p><iframe></iframe>')
    clean = sanitize_html(dirty)
    assert "Title" in clean and "Text" in clean and 'href="https://example.org/"' in clean
    assert find_unsafe_html(clean) == []
    assert len(find_unsafe_html(dirty)) >= 3
    assert find_unsafe_html("<p>fine <b>bold</b></p><img src='images/local.png'>") == []


def test_broken_html_does_not_crash():
    broken = "<p><b>unclosed <i>tags <table><tr><td>cell</p></div></span><<<>>>&&;"
    assert "cell" in sanitize_html(broken)
    find_unsafe_html(broken)


# --------------------------------------------------------------------------- requirements


def test_requirements_roundtrip_byte_identical(manifest_dict):
    """An older manifest's `{"rule": "all-required"}` keeps its bytes and its meaning."""
    m = manifest_from_dict(manifest_dict)
    assert m.requirements.required_items == tuple(m.required_item_ids())
    assert m.to_dict()["requirements"] == {"rule": "all-required"}
    assert parse_manifest(m.to_json_bytes()).to_json_bytes() == m.to_json_bytes()
    manifest_dict.pop("requirements")
    assert manifest_from_dict(manifest_dict).requirements == m.requirements


def test_declared_requirements_parse_and_roundtrip(manifest_dict):
    manifest_dict["requirements"] = {
        "rule": "all-required", "quizzes_passed": ["q1"],
        "forum": [{"discussions": ["f1"], "min_posts": 2}], "reply_to_colleague": True,
        "hours": 3, "criteria": "Everything, and two posts.", "ends": "2030-01-31T00:00:00Z"}
    m = manifest_from_dict(manifest_dict)
    req = m.requirements
    assert (req.quizzes_passed, req.forum[0].discussions, req.forum[0].min_posts) == (("q1",), ("f1",), 2)
    assert req.reply_to_colleague and req.hours == 3.0 and req.ends is not None
    again = parse_manifest(m.to_json_bytes())
    assert again == m and again.to_json_bytes() == m.to_json_bytes()
    assert m.to_dict()["requirements"] == manifest_dict["requirements"]


@pytest.mark.parametrize("requirements, needle", [
    ({"quizzes_passed": ["nope"]}, "'nope', which is not an item of the course"),
    ({"quizzes_passed": ["l1"]}, "'l1', a video, not a quiz"),
    ({"forum": [{"discussions": ["q1"], "min_posts": 1}]}, "a quiz, not a forum"),
    ({"forum": [{"discussions": ["f1"], "min_posts": 0}]}, "min_posts"),
    ({"reply_to_colleague": "yes"}, "true or false"),
    ({"hours": -1}, "'requirements.hours'"),
    ({"ends": "next tuesday"}, "'requirements.ends'"),
    ({"minimum_posts": 3}, "unknown field(s): minimum_posts"),
    ([], "must be an object"),
])
def test_bad_requirements_refused_at_import(manifest_dict, requirements, needle):
    manifest_dict["requirements"] = requirements
    with pytest.raises(BundleError) as info:
        parse_manifest(json.dumps(manifest_dict).encode())
    assert info.value.kind is BundleErrorKind.INVALID_MANIFEST
    assert needle in info.value.message


def test_bad_requirements_refused_at_build(tmp_path, tiny_source):
    toml = tiny_source / "course.toml"
    toml.write_text(toml.read_text() + '\n[requirements]\nquizzes_passed = ["r1"]\n')
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "x.lectern")
    assert info.value.kind is BundleErrorKind.SOURCE
    assert "course.toml" in info.value.message and "'r1', a reading, not a quiz" in info.value.message


def test_requirements_built_from_toml(tmp_path, tiny_source):
    toml = tiny_source / "course.toml"
    toml.write_text(toml.read_text() + '\n[requirements]\nreply_to_colleague = true\nhours = 1.5\n'
                    'ends = 2031-06-30\n[[requirements.forum]]\ndiscussions = ["f1"]\nmin_posts = 1\n')
    m = build_bundle(tiny_source, tmp_path / "x.lectern")
    with open_bundle(tmp_path / "x.lectern", TrustPolicy(allow_unsigned=True)) as b:
        assert b.manifest.requirements == m.requirements
    assert m.requirements.reply_to_colleague and m.requirements.hours == 1.5
    assert m.requirements.ends is not None and m.requirements.ends.isoformat().startswith("2031-06-30T23:59:59")
