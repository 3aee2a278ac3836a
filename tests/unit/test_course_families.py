"""Course languages (#16): the library groups the demo's English, French and Arabic versions in
one family, shows the version in the interface language (else the one chosen on the course
screen, last studied, first installed), and the course screen's switch lists the family."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sync.demo import DEMO_COURSE_IDS, DEMO_FAMILY, install_demo_courses
from sync.paths import DataPaths
from sync.services import courses, study
from sync.services.catalog import CatalogSnapshot, CourseFileSets, local_courses
from sync.store import LearnerStore


@pytest.fixture(scope="module")
def three_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("families")
    assert install_demo_courses(DataPaths(root)) == list(DEMO_COURSE_IDS)
    return root


@pytest.fixture
def three(tmp_path: Path, three_template: Path) -> DataPaths:
    shutil.copytree(three_template, tmp_path / "data")
    return DataPaths(tmp_path / "data")


def test_one_family_for_the_three_versions(three: DataPaths) -> None:
    with LearnerStore.open(three.db) as store:
        lib = courses.library(store, interface_language="fr")
        assert len(lib.courses) == 3 and len(lib.families) == 1
        family = lib.families[0]
        assert family.family == DEMO_FAMILY
        assert family.languages == ("en", "fr", "ar")          # first installed first
        assert family.shown.id == "foe-intro-fr"                # the interface language
        assert courses.library(store, "ru").families[0].shown.id == "foe-intro-en"  # first
        assert lib.family_of("foe-intro-ar") is family
        # Studied in Arabic: with no version in the interface language, the last studied.
        study.save_progress(store, "foe-intro-ar", "m1-reading", completed=True)
        assert courses.library(store, "ru").families[0].shown.id == "foe-intro-ar"
        # One progress record: the same count on every version.
        assert {c.required_done for c in courses.library(store).courses} == {1}
        # The learner's choice on the course screen wins.
        courses.remember_version(store, "foe-intro-en")
        assert courses.library(store, "fr").families[0].shown.id == "foe-intro-en"


def test_language_options_list_the_family_and_the_catalogs_other_versions(
        three: DataPaths) -> None:
    with LearnerStore.open(three.db) as store:
        store.remove_course("foe-intro-ar")
        options = courses.language_options(store, "foe-intro-fr")
        assert [(o.course_id, o.installed) for o in options] == [
            ("foe-intro-en", True), ("foe-intro-fr", True)]


def test_file_sets_count_only_what_is_missing() -> None:
    sets = CourseFileSets({"a": 10, "b": 5, "c": 1}, {"low": frozenset({"a", "c"}),
                                                       "standard": frozenset({"a", "b", "c"})})
    assert sets.needed("standard", frozenset()) == 16
    assert sets.needed("standard", frozenset({"a"})) == 6
    assert sets.needed("all", frozenset()) is None
    assert CourseFileSets.from_json(sets.to_json()) == sets


def test_the_catalog_says_what_another_language_spares(three: DataPaths) -> None:
    """A saved catalog offering the Arabic version, the English and French installed: its
    download weighs only the files not here (the shared videos are)."""
    from sync.hub_client import CatalogCourse
    from sync.store.settings import CATALOG_CACHE

    with LearnerStore.open(three.db) as store:
        manifest = store.manifest("foe-intro-ar")
        sets = CourseFileSets.of(manifest)
        full = sets.needed("standard", frozenset()) or 0
        store.remove_course("foe-intro-ar")
        entry = CatalogCourse("foe-intro-ar", DEMO_FAMILY, manifest.version, "ar", manifest.title,
                              "", "", None, full, full, "m", None)
        snap = CatalogSnapshot([entry.with_choices({"low": full, "standard": full, "all": full})],
                               "http://hub", None, files={"foe-intro-ar": sets})
        store.set_setting(CATALOG_CACHE, {"hub_url": snap.hub_url, "fetched_at": None,
                                          "entries": [e.to_json() for e in snap.entries],
                                          "files": {k: v.to_json() for k, v in snap.files.items()}})
        local = local_courses(store)
        assert local.family_languages[DEMO_FAMILY] == ["en", "fr"]
        assert 0 < local.needed["foe-intro-ar"]["standard"] < full / 2
        options = courses.language_options(store, "foe-intro-en")
        assert [(o.course_id, o.installed) for o in options][-1] == ("foe-intro-ar", False)
        assert options[-1].size == local.needed["foe-intro-ar"]["standard"]


def test_the_demo_order_literal_is_the_demos() -> None:
    assert courses.DEMO_VERSIONS == DEMO_COURSE_IDS
