"""The catalog's languages (#16) on the real catalog screen, from a saved catalog in a real
store: one card per course family, its languages with their download sizes, what a version
not here would still fetch beside the installed ones (their videos are shared), and the
version chosen is the one downloaded (the interface language's by default)."""
from __future__ import annotations

from sync.demo import DEMO_COURSE_IDS, DEMO_FAMILY
from sync.hub_client import CatalogCourse
from sync.services.catalog import CourseFileSets
from sync.store import LearnerStore
from sync.store.settings import CATALOG_CACHE

from .conftest import LOAD_TIMEOUT
from .test_course_languages import three_paths, three_template  # noqa: F401 - fixtures

EN, FR, AR = DEMO_COURSE_IDS


def _save_catalog(paths) -> dict[str, int]:
    """The three versions offered by a course server; the Arabic one not installed."""
    entries, files, full = [], {}, {}
    with LearnerStore.open(paths.db) as store:
        for course_id in DEMO_COURSE_IDS:
            manifest = store.manifest(course_id)
            sets = CourseFileSets.of(manifest)
            sizes = {c: sets.needed(c, frozenset()) or 0 for c in ("low", "standard", "all")}
            full[course_id] = sizes["standard"]
            entries.append(CatalogCourse(
                course_id, DEMO_FAMILY, manifest.version, manifest.language, manifest.title,
                manifest.summary, manifest.publisher, None, sizes["all"], sizes["low"],
                f"/m/{course_id}", None).with_choices(sizes, {}))
            files[course_id] = sets.to_json()
        store.remove_course(AR)
        store.set_setting(CATALOG_CACHE, {"hub_url": "http://hub.example", "fetched_at": None,
                                          "entries": [e.to_json() for e in entries],
                                          "files": files})
    return full


def test_one_catalog_card_per_family_with_languages_and_sizes(qtbot, open_window,
                                                              three_paths):  # noqa: F811
    full = _save_catalog(three_paths)
    window = open_window(three_paths)
    window.show_catalog()
    catalog = window.catalog
    qtbot.waitUntil(lambda: catalog.load_count > 0 and catalog.local is not None
                    and len(catalog.family_cards) == 1, timeout=LOAD_TIMEOUT)
    card = catalog.family_cards[DEMO_FAMILY]
    assert all(catalog.cards[cid] is card for cid in DEMO_COURSE_IDS)
    qtbot.waitUntil(lambda: "installed" in card.languages_label.text(), timeout=LOAD_TIMEOUT)
    text = card.languages_label.text()
    assert text.startswith("Languages: \u2068English\u2069")
    assert "Français" in text and "العربية" in text
    assert "more with \u2068English\u2069 · \u2068Français\u2069 installed" in text
    more = catalog.local.needed[AR]["standard"]
    assert 0 < more < full[AR] / 2
    # The interface language (English) is offered: the card starts on it, installed.
    assert card.entry.id == EN and card.state == "installed"
    assert not card.language_box.isHidden()
    # The Arabic version chosen: that one is downloaded.
    card.language_box.setCurrentIndex(card.language_box.findData(AR))
    assert card.entry.id == AR and card.state == "available"
    assert card.title_label.text() == card.entry.title
    asked: list = []
    card.download_requested.connect(lambda *a: asked.append(a))
    card.action_button.click()
    assert asked and asked[0][0] == AR and asked[0][2] == "standard"


def test_the_interface_language_is_the_default_version() -> None:
    from player.catalog_card import default_version

    def entry(lang: str) -> CatalogCourse:
        return CatalogCourse(f"c-{lang}", "c", 1, lang, lang, "", "", None, 1, 1, "m", None)

    versions = [entry("en"), entry("fr-CA"), entry("ar")]
    assert default_version(versions, "ar") == 2
    assert default_version(versions, "fr") == 1
    assert default_version(versions, "ru") == 0
