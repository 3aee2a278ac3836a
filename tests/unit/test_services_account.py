"""sync.services.account, connection, catalog and downloads without a course server: what
they refuse before anything is sent, and the budgets of a hub call."""
from __future__ import annotations

import threading
import time

import pytest

from sync.errors import CancelledError, ConfigError, DownloadError, HubError, HubErrorKind
from sync.services import account, catalog, downloads
from sync.services.connection import NetworkTimings, bounded_call, connect

LOCKED = 'hub_url = "https://courses.example.org"\nlocked = ["hub_url"]\n'


def never_asked() -> str:
    raise AssertionError("the password was asked before the address was checked")


def _store(paths):
    from sync.store import LearnerStore
    return LearnerStore.open(paths.db)


def test_a_call_without_a_budget_runs_here():
    assert bounded_call(threading.current_thread, None) is threading.current_thread()


def test_a_budget_and_a_cancel_end_the_wait():
    started = time.monotonic()
    with pytest.raises(HubError) as slow:
        bounded_call(lambda: time.sleep(5), 0.2)
    assert slow.value.kind is HubErrorKind.NETWORK and time.monotonic() - started < 2
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        bounded_call(lambda: time.sleep(5), None, cancel)


def test_sign_in_checks_the_form_before_asking_the_password(data_paths):
    with pytest.raises(HubError, match="Type the address"):
        account.sign_in(data_paths, "", "ana", never_asked)
    with pytest.raises(HubError, match="Type your user name"):
        account.sign_in(data_paths, "https://courses.example.org", "  ", never_asked)
    with pytest.raises(HubError, match="No hub is set") as none:
        account.sign_in(data_paths, None, "ana", never_asked, insist=True)
    assert none.value.kind is HubErrorKind.CONFIG


def test_a_locked_address_cannot_be_left(data_paths, site):
    site(LOCKED)
    with pytest.raises(ConfigError, match="set by your administrator"):
        account.sign_in(data_paths, "https://rogue.example.org", "ana", never_asked,
                        insist=True)
    with pytest.raises(ConfigError):
        connect(data_paths, NetworkTimings(), "https://rogue.example.org")
    with connect(data_paths, NetworkTimings()) as connection:
        assert connection.hub_url.startswith("https://courses.example.org")
    me = account.current_account(data_paths)
    assert me.url_locked and me.hub_url == "https://courses.example.org" and not me.signed_in


def test_signing_out_when_nobody_is_signed_in(data_paths):
    out = account.sign_out(data_paths)
    assert not out.told and out.hub_url == ""
    with pytest.raises(HubError, match="No hub is set"):
        account.sign_out(data_paths, need_hub=True)


def test_the_catalog_status_words():
    assert catalog.install_status(2, 2) == "installed"
    assert catalog.install_status(1, 2) == "update available"
    assert catalog.install_status(None, 2) == "-"


def test_the_saved_catalog_reads_back(data_paths):
    from sync.hub_client import CatalogCourse

    course = CatalogCourse(id="c1", course_family="c", version=3, language="en", title="C one",
                           summary="", publisher="", signed_by=None, full_size=9_000,
                           low_size=1_000, manifest_url="/m", signature_url=None)
    entry = course.with_choices({"low": 1_000, "standard": 4_000, "all": 9_000},
                                {"low": 240, "standard": 480, "all": 720})
    with _store(data_paths) as store:
        assert catalog.cached_catalog(store) is None
        store.set_setting(catalog.CATALOG_CACHE, {"hub_url": "https://h", "fetched_at": "t",
                                                  "entries": [entry.to_json()]})
        saved = catalog.cached_catalog(store)
    assert saved is not None and saved.hub_url == "https://h"
    assert saved.entries[0].sizes == entry.sizes and saved.entries[0].heights == entry.heights
    assert saved.entries == [entry]  # the hub client's record itself, read back whole
    assert saved.entries[0].title == "C one"


def test_the_download_queue_needs_a_server_and_a_real_choice(data_paths):
    with _store(data_paths) as store:
        with pytest.raises(HubError) as auth:
            downloads.enqueue_download(data_paths, store, "c1", 1, "standard")
        assert auth.value.kind is HubErrorKind.AUTH
        store.set_setting("hub_url", "https://courses.example.org")
        with pytest.raises(DownloadError, match="not a download choice"):
            downloads.enqueue_download(data_paths, store, "c1", 1, "huge")
        job = downloads.enqueue_download(data_paths, store, "c1", 1, "low")
        assert job.hub_url == "https://courses.example.org" and job.choice.value == "low"
        assert downloads.default_choice(store, "c1") == "low"
        assert downloads.pause_download(store, "c1").state.value == "paused"
        assert downloads.resume_download(store, "c1").state.value == "queued"
        assert [r.title for r in downloads.download_rows(data_paths, store)] == ["c1"]
        with pytest.raises(DownloadError, match="not installed"):
            downloads.upgrade_download(data_paths, store, "c1", "all")
    assert downloads.cancel_download(data_paths, "c1").state.value == "cancelled"
