"""The one catalog record (sync.hub_client.CatalogCourse): read from the hub's wire shape,
completed with the download choices, saved for offline days and read back."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from sync import protocol as p
from sync.download_queue import DownloadChoice
from sync.hub_client import CatalogCourse


def wire(**kw) -> dict:
    """One course of `GET /catalog`, built by the hub's own model."""
    entry = p.CatalogEntry(
        id="law-en", course_family="law", version=3, language="en", title="Freedom of expression",
        summary="Articles 10 and 19", publisher="Judicial academy", signed_by="k1",
        sizes=p.DownloadSizes(full=3_870_000, low_bandwidth=1_210_000),
        manifest_url="/api/v1/courses/law-en/3/manifest",
        signature_url="/api/v1/courses/law-en/3/manifest.sig",
        published_at=datetime(2026, 1, 2, tzinfo=timezone.utc))
    return {**entry.model_dump(mode="json"), **kw}


def test_the_hubs_catalog_entry_reads_into_the_record():
    course = CatalogCourse.from_wire(wire())
    assert (course.id, course.course_family, course.version, course.title) == (
        "law-en", "law", 3, "Freedom of expression")
    assert (course.full_size, course.low_size, course.signed_by) == (3_870_000, 1_210_000, "k1")
    assert course.sizes == {"low": 1_210_000, "all": 3_870_000}  # what the catalog itself says
    assert course.heights == {}


def test_every_field_the_hub_sends_is_kept_but_its_publication_time():
    sent = set(p.CatalogEntry.model_fields) - {"sizes", "published_at"}
    kept = set(CatalogCourse.from_wire(wire()).catalog_fields())
    assert kept == sent | {"full_size", "low_size"}


def test_the_catalog_sizes_are_download_choices():
    assert set(CatalogCourse.from_wire(wire()).sizes) <= {c.value for c in DownloadChoice}


@pytest.mark.parametrize("bad", [{"version": "three"}, {"sizes": {"full": 1}}, {"title": None}])
def test_a_malformed_entry_is_an_error(bad):
    data = {k: v for k, v in wire(**bad).items() if v is not None}
    with pytest.raises((KeyError, TypeError, ValueError)):
        CatalogCourse.from_wire(data)


def test_choices_from_the_manifest_and_the_saved_list_round_trip():
    course = CatalogCourse.from_wire(wire()).with_choices(
        {"low": 1_210_000, "standard": 2_500_000, "all": 3_870_000},
        {"low": 240, "standard": 480, "all": 720})
    saved = course.to_json()
    assert saved["course"] == CatalogCourse.from_wire(wire()).catalog_fields()
    assert set(saved) == {"course", "sizes", "heights"}
    assert CatalogCourse.from_json(saved) == course
    assert not hasattr(course, "course")  # one record: no two-level `entry.course` any more


def test_a_list_saved_before_reads_back():
    """The shape the player saved before the record was one class: {course, sizes, heights},
    the course being the twelve catalog fields; a list without heights too."""
    old = {"course": CatalogCourse.from_wire(wire()).catalog_fields(),
           "sizes": {"low": 1, "all": 3}}
    course = CatalogCourse.from_json(old)
    assert course.sizes == {"low": 1, "all": 3} and course.heights == {}
    both = {**old, "course": {**old["course"], "sizes": {"low": 9}, "heights": {}}}
    assert CatalogCourse.from_json(both).sizes == {"low": 1, "all": 3}


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("course"),
    lambda d: d["course"].pop("title"),
    lambda d: d.__setitem__("course", "law-en"),
    lambda d: d["course"].__setitem__("colour", "red"),
    lambda d: d.__setitem__("sizes", {"huge": 1}),
    lambda d: d.__setitem__("heights", {"low": "tall"}),
])
def test_a_damaged_saved_course_is_an_error(damage):
    data = CatalogCourse.from_wire(wire()).to_json()
    damage(data)
    with pytest.raises((KeyError, TypeError, ValueError)):
        CatalogCourse.from_json(data)


def test_the_record_is_frozen_and_hashable():
    course = CatalogCourse.from_wire(wire())
    with pytest.raises(dataclasses.FrozenInstanceError):
        course.title = "other"  # type: ignore[misc]
    assert len({course, CatalogCourse.from_wire(wire())}) == 1


def test_the_catalog_service_keeps_the_record_itself_not_a_wrapper():
    """Issue #14.3: one record of a catalog course, the hub client's; the service's listing
    holds it as it is (no `CatalogEntry` around it, no `entry.course.title`)."""
    import typing

    from sync.services import catalog

    assert not hasattr(catalog, "CatalogEntry")
    assert typing.get_type_hints(catalog.CatalogSnapshot)["entries"] == list[CatalogCourse]
