"""The demo course in English, French and Arabic (#16): one family whose versions share item
ids, quiz answers and video files, checked by make_demo.py and installed together on a first
start."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from sync.bundle import TrustPolicy, build_bundle, open_bundle
from sync.demo import (
    DEMO_COURSE_ID,
    DEMO_COURSE_IDS,
    DEMO_FAMILY,
    demo_source_file,
    ensure_demo_installed,
    install_demo_courses,
)
from sync.manifest import Manifest, QuizItem, ReadingItem, VideoItem
from sync.paths import DataPaths
from sync.store import LearnerStore

ROOT = Path(__file__).resolve().parents[2]
MAKE_DEMO = ROOT / "resources" / "demo" / "make_demo.py"
POLICY = TrustPolicy(allow_unsigned=True)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three versions built from their sources by the real builder."""
    root = tmp_path_factory.mktemp("demo-languages")
    out = {}
    for course_id in DEMO_COURSE_IDS:
        out[course_id] = root / f"{course_id}.lectern"
        build_bundle(demo_source_file(course_id), out[course_id])
    return out


def _manifests(bundles: dict[str, Path]) -> dict[str, Manifest]:
    result = {}
    for course_id, path in bundles.items():
        with open_bundle(path, POLICY) as b:
            result[course_id] = b.manifest
    return result


def test_make_demo_check_passes_for_the_three_versions() -> None:
    """Every reference, caption file, PDF and HTML reading of the three, and their family key."""
    proc = subprocess.run([sys.executable, str(MAKE_DEMO), "--check"], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "course.fr.toml" in proc.stdout and "course.ar.toml" in proc.stdout


def test_versions_share_ids_answers_and_video_blobs(bundles: dict[str, Path]) -> None:
    manifests = _manifests(bundles)
    en = manifests[DEMO_COURSE_ID]
    assert [m.language for m in manifests.values()] == ["en", "fr", "ar"]
    for course_id, m in manifests.items():
        assert m.id == course_id and m.course_family == DEMO_FAMILY == en.course_family
        assert m.version == en.version
        assert [mod.id for mod in m.modules] == [mod.id for mod in en.modules]
        assert [(it.id, it.kind, it.required) for it in m.items()] == \
            [(it.id, it.kind, it.required) for it in en.items()]
        assert m.title != en.title or m is en  # translated
        for it, en_it in zip(m.items(), en.items()):
            if isinstance(it, QuizItem):
                assert isinstance(en_it, QuizItem) and it.pass_mark == en_it.pass_mark
                assert [(q.id, [c.id for c in q.choices], sorted(q.correct))
                        for q in it.questions] == \
                    [(q.id, [c.id for c in q.choices], sorted(q.correct))
                     for q in en_it.questions]
                if m is not en:
                    assert it.questions[0].text != en_it.questions[0].text
            if isinstance(it, VideoItem):
                assert isinstance(en_it, VideoItem)
                # The same video files (one narration, in English) in every version...
                assert [r.sha256 for r in it.renditions] == [r.sha256 for r in en_it.renditions]
                assert it.duration == en_it.duration
                # ...with captions in the version's own language first.
                assert it.captions[0].language == m.language
            if isinstance(it, ReadingItem) and m is not en:
                assert isinstance(en_it, ReadingItem) and it.format == en_it.format
                assert it.sha256 != en_it.sha256  # translated
        assert m.cover == en.cover
        assert m.requirements == en.requirements or (
            _without_criteria(m) == _without_criteria(en))


def _without_criteria(m: Manifest) -> object:
    req = m.requirements
    return None if req is None else {k: v for k, v in vars(req).items() if k != "criteria"}


def test_translated_summaries_say_the_narration_is_english(bundles: dict[str, Path]) -> None:
    manifests = _manifests(bundles)
    assert "narrés en anglais" in manifests["foe-intro-fr"].summary
    assert "sous-titrés en français" in manifests["foe-intro-fr"].summary
    assert "بالإنجليزية" in manifests["foe-intro-ar"].summary
    assert "باللغة العربية" in manifests["foe-intro-ar"].summary


def test_arabic_html_reading_is_right_to_left(bundles: dict[str, Path]) -> None:
    with open_bundle(bundles["foe-intro-ar"], POLICY) as b:
        reading = next(it for it in b.manifest.items()
                       if isinstance(it, ReadingItem) and it.format == "html")
        with b.open_blob(reading.sha256) as f:
            text = f.read().decode("utf-8")
    tag = re.search(r"<html\b[^>]*>", text)
    assert tag and 'lang="ar"' in tag.group(0) and 'dir="rtl"' in tag.group(0)
    # The reading view shows the sanitized text, which has no <html> or <body>: the article
    # itself says right to left.
    from sync.html_safety import sanitize_html

    assert '<article dir="rtl" lang="ar">' in sanitize_html(text)


def test_first_start_installs_the_three_versions_sharing_blobs(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    assert install_demo_courses(paths) == list(DEMO_COURSE_IDS)
    assert install_demo_courses(paths) == []  # once per profile
    assert ensure_demo_installed(paths) is None
    with LearnerStore.open(paths.db) as store:
        assert {store.get_course_family(c) for c in DEMO_COURSE_IDS} == {DEMO_FAMILY}
        files = {c: store.present_files(c) for c in DEMO_COURSE_IDS}
        # Progress is one record per family and item: made in French, seen in Arabic.
        store.record_progress("foe-intro-fr", "m1-reading", fraction=1.0, completed=True)
        assert store.item_progress("foe-intro-ar", "m1-reading").completed_at is not None
        assert store.item_progress("foe-intro-en", "m1-reading").completed_at is not None
    shared = files["foe-intro-en"] & files["foe-intro-fr"] & files["foe-intro-ar"]
    assert len(shared) >= 5  # four videos and the cover: stored once
    blobs = [f for f in (tmp_path / "data").rglob("*") if f.is_file() and f.name in
             set().union(*files.values())]
    assert len(blobs) == len(set().union(*files.values()))


def test_first_start_keeps_an_installed_version_and_adds_the_others(tmp_path: Path,
                                                                     bundles: dict[str, Path]
                                                                     ) -> None:
    from sync.importer import import_bundle

    paths = DataPaths(tmp_path / "data")
    import_bundle(paths, bundles["foe-intro-fr"], POLICY)
    assert install_demo_courses(paths) == ["foe-intro-en", "foe-intro-ar"]


def test_every_demo_language_is_local_only_until_a_hub_offers_it():
    """The engine names the demo's ids itself (it does not import sync.demo): keep them equal."""
    from sync.sync_engine import LOCAL_ONLY_COURSES

    assert LOCAL_ONLY_COURSES == frozenset(DEMO_COURSE_IDS)
