"""Downloading courses from a real hub process, through a fault-injecting proxy (loopback only)."""
from __future__ import annotations

import errno
import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fault_proxy import FaultProxy, Faults
from hub_queries import hub_port

from sync.bundle import TrustPolicy
from sync.download_queue import DownloadChoice, DownloadQueue, DownloadState, choice_files
from sync.downloader import CourseDownload, DownloadLimits, begin_download
from sync.errors import DiskFullError, DownloadError, HubError
from sync.hub_client import HubClient, HubSettings
from sync.manifest import parse_manifest
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]
FAST = DownloadLimits(backoff_base=0.05, backoff_cap=0.5, give_up_after=60)



def course_files_on_hub(hub, course_id: str, version: int = 1) -> dict[str, int]:
    import sqlite3
    db = sqlite3.connect(hub.data_dir / "hub.sqlite3")
    try:
        raw = db.execute("SELECT manifest FROM courses WHERE course_id = ? AND version = ?",
                         [course_id, version]).fetchone()[0]
    finally:
        db.close()
    return {sha: f.size for sha, f in parse_manifest(bytes(raw)).files.items()}


def verify_installed(paths: DataPaths, course_id: str) -> int:
    with LearnerStore.open(paths.db) as store:
        files = [f for f in store.course_files(course_id) if f.present]
    for f in files:
        blob = paths.blobs / f.sha256[:2] / f.sha256
        assert hashlib.sha256(blob.read_bytes()).hexdigest() == f.sha256
    assert not list(paths.blobs.rglob("*.dl")) and not list(paths.blobs.rglob("*.part"))
    return sum(f.size for f in files)


@pytest.fixture
def learner_paths(tmp_path, publisher):
    paths = DataPaths(tmp_path / "learner").ensure()
    return paths


def policy_for(publisher) -> TrustPolicy:
    return TrustPolicy((load_public_key(publisher.public_key),))


def download(paths, url, token, course_id, publisher, choice=DownloadChoice.ALL,
             limits=FAST, read_timeout=30.0, progress=None, cancel=None):
    client = HubClient(HubSettings(url, read_timeout=read_timeout), token)
    version = next(c.version for c in client.catalog() if c.id == course_id)
    begin_download(paths, course_id, version, url, choice)
    try:
        return CourseDownload(paths, client, course_id, policy=policy_for(publisher), limits=limits,
                              progress=progress, cancel=cancel).run()
    finally:
        client.close()


def test_flaky_throttled_link_completes_without_refetching(hub, new_course, make_learner, publisher,
                                                           learner_paths):
    course = new_course(video_bytes=6_700_000)  # ~20 MB in all
    learner = make_learner(course.course_id)
    course_bytes = sum(course_files_on_hub(hub, course.course_id).values())
    assert course_bytes > 19_000_000
    faults = Faults(rate=8_000_000, reset_probability=0.6, reset_after=(200_000, 2_500_000),
                    stall_probability=0.15, stall_after=(50_000, 1_000_000), stall_seconds=5)
    with FaultProxy("127.0.0.1", hub_port(hub), faults, seed=7) as proxy:
        result = download(learner_paths, proxy.url, learner.token, course.course_id, publisher,
                          read_timeout=1.0)
    assert result.state is DownloadState.COMPLETE
    assert verify_installed(learner_paths, course.course_id) == course_bytes
    assert proxy.counters.resets >= 3 and proxy.counters.stalls >= 1
    ratio = proxy.counters.bytes_down / course_bytes
    print(f"fetched {result.fetched_bytes}, proxy sent {proxy.counters.bytes_down}, course {course_bytes}")
    print(f"bytes received / course bytes = {ratio:.4f} ({proxy.counters.resets} resets, "
          f"{proxy.counters.stalls} stalls)")
    assert ratio <= 1.01


def test_sigkill_of_lectern_download(hub, new_course, make_learner, publisher, tmp_path):
    course = new_course(video_bytes=1_500_000)
    learner = make_learner(course.course_id)
    course_bytes = sum(course_files_on_hub(hub, course.course_id).values())
    data = tmp_path / "killed"
    env = {**os.environ, "LECTERN_READ_TIMEOUT": "2", "LECTERN_GIVE_UP_AFTER": "60"}
    with FaultProxy("127.0.0.1", hub_port(hub), Faults(rate=3_000_000)) as proxy:
        def lectern(*args, **kw):
            return subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args],
                                  capture_output=True, text=True, cwd=REPO, env=env, timeout=120, **kw)
        assert lectern("login", "--hub", proxy.url, "--user", learner.username,
                       "--password-stdin", input=learner.password + "\n").returncode == 0
        creds = data / "profiles" / "default" / "hub-credentials.json"
        assert creds.stat().st_mode & 0o777 == 0o600  # the token is the learner's alone
        assert lectern("trust", str(publisher.public_key)).returncode == 0
        before = proxy.counters.bytes_down
        rng = random.Random(99)
        trials = 10
        for _ in range(trials):
            proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "--data-dir", str(data),
                                     "download", course.course_id, "--profile", "all"],
                                    cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.4, 1.6))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        final = lectern("download", course.course_id, "--profile", "all")
        assert final.returncode == 0, final.stderr
        fetched = proxy.counters.bytes_down - before
    assert verify_installed(DataPaths(data), course.course_id) == course_bytes
    # Each kill may lose what was in flight (socket buffers, one read); never whole files.
    in_flight_allowance = trials * 400_000 + 100_000
    print(f"fetched {fetched} for a {course_bytes}-byte course over {trials} kills")
    assert fetched <= course_bytes + in_flight_allowance


def test_wrong_bytes_are_rejected_then_refetched(hub, new_course, make_learner, publisher, learner_paths):
    course = new_course()
    learner = make_learner(course.course_id)
    files = course_files_on_hub(hub, course.course_id)
    victim = max(files, key=files.get)
    blob = hub.data_dir / "blobs" / victim[:2] / victim
    good = blob.read_bytes()
    blob.write_bytes(bytes([good[0] ^ 0xFF]) + good[1:])
    try:
        with pytest.raises(DownloadError, match="damaged copy"):
            download(learner_paths, hub.url, learner.token, course.course_id, publisher)
        with LearnerStore.open(learner_paths.db) as store:
            assert not store.has_course(course.course_id)
            job = DownloadQueue(store).get(course.course_id)
            assert job and job.state is DownloadState.FAILED and "damaged" in (job.error or "")
        assert not (learner_paths.blobs / victim[:2] / victim).exists()
    finally:
        blob.write_bytes(good)
    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    assert result.state is DownloadState.COMPLETE
    verify_installed(learner_paths, course.course_id)


def test_hub_answering_500_is_waited_out(hub, new_course, make_learner, publisher, learner_paths):
    course = new_course()
    learner = make_learner(course.course_id)
    with FaultProxy("127.0.0.1", hub_port(hub)) as proxy:
        client = HubClient(HubSettings(proxy.url), learner.token)
        version = next(c.version for c in client.catalog() if c.id == course.course_id)
        begin_download(learner_paths, course.course_id, version, proxy.url, DownloadChoice.ALL)
        proxy.set_faults(Faults(http_500=True))
        proxy.drop_connections()  # the kept-alive connection goes too
        time.sleep(0.1)
        threading.Timer(1.5, lambda: proxy.set_faults(Faults())).start()
        t0 = time.monotonic()
        result = CourseDownload(learner_paths, client, course.course_id, policy=policy_for(publisher),
                                limits=FAST).run()
        assert result.state is DownloadState.COMPLETE and time.monotonic() - t0 >= 1.4
        assert proxy.counters.connections >= 3
        client.close()


def test_full_disk_stops_with_clear_message_and_resumes(hub, new_course, make_learner, publisher,
                                                        learner_paths, monkeypatch):
    import builtins

    import sync.downloader as downloader

    course = new_course(video_bytes=400_000)
    learner = make_learner(course.course_id)
    real_open = builtins.open
    budget = {"left": 500_000}

    class Full:
        def __init__(self, f):
            self.f = f

        def write(self, data):
            budget["left"] -= len(data)
            if budget["left"] < 0:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.f.write(data)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    def fake_open(path, mode="r", *a, **kw):
        f = real_open(path, mode, *a, **kw)
        return Full(f) if str(path).endswith(".dl") and "b" in mode and mode[0] in "aw" else f

    monkeypatch.setattr(downloader, "open", fake_open, raising=False)
    with pytest.raises(DiskFullError, match="disk filled up"):
        download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    monkeypatch.undo()
    kept = sum(p.stat().st_size for p in learner_paths.blobs.rglob("*") if p.is_file())
    assert kept > 300_000  # what arrived before the disk filled is kept for the resume
    progress = []
    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher,
                      progress=progress.append)
    total = sum(course_files_on_hub(hub, course.course_id).values())
    assert result.state is DownloadState.COMPLETE and result.fetched_bytes <= total - 300_000
    verify_installed(learner_paths, course.course_id)


def test_not_enough_free_space_is_said_before_starting(hub, new_course, make_learner, publisher,
                                                       learner_paths, monkeypatch):
    import shutil

    import sync.downloader as downloader
    course = new_course()
    learner = make_learner(course.course_id)
    monkeypatch.setattr(downloader.shutil, "disk_usage",
                        lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))  # type: ignore[attr-defined]
    with pytest.raises(DiskFullError, match="needs .* MB free"):
        download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    assert not [p for p in learner_paths.blobs.rglob("*") if p.is_file()]


def test_pause_resume_cancel(hub, new_course, make_learner, publisher, learner_paths):
    course = new_course(video_bytes=600_000)
    learner = make_learner(course.course_id)
    slow = DownloadLimits(max_rate=400_000, backoff_base=0.05, backoff_cap=0.5)
    paused = {}

    def pause_once(p):
        if p.done > 200_000 and not paused:
            paused["at"] = p.done
            with LearnerStore.open(learner_paths.db) as store:
                # Asked of a running download: a request its run honours at its next chunk.
                paused["job"] = DownloadQueue(store).pause(course.course_id)

    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher,
                      limits=slow, progress=pause_once)
    assert paused["job"].state is DownloadState.PAUSE_REQUESTED
    assert result.state is DownloadState.PAUSED
    with LearnerStore.open(learner_paths.db) as store:
        assert not store.has_course(course.course_id)
        DownloadQueue(store).resume(course.course_id)
    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    assert result.state is DownloadState.COMPLETE
    total = sum(course_files_on_hub(hub, course.course_id).values())
    assert result.fetched_bytes <= total - paused["at"] + 100_000

    # Cancel a fresh download: its partial files go away.
    other = new_course(video_bytes=600_000)
    learner2 = make_learner(other.course_id)
    paths2 = DataPaths(learner_paths.root.parent / "second").ensure()

    def cancel_once(p):
        if p.done > 200_000:
            with LearnerStore.open(paths2.db) as store:
                job = DownloadQueue(store).get(other.course_id)
                if job and job.state is DownloadState.DOWNLOADING:
                    asked = DownloadQueue(store).cancel(other.course_id)
                    assert asked.state is DownloadState.CANCEL_REQUESTED

    result = download(paths2, hub.url, learner2.token, other.course_id, publisher, limits=slow,
                      progress=cancel_once)
    assert result.state is DownloadState.CANCELLED
    assert not list(paths2.blobs.rglob("*.dl"))


def test_bandwidth_cap(hub, new_course, make_learner, publisher, learner_paths):
    course = new_course(video_bytes=200_000)  # ~600 kB
    learner = make_learner(course.course_id)
    t0 = time.monotonic()
    download(learner_paths, hub.url, learner.token, course.course_id, publisher,
             limits=DownloadLimits(max_rate=200_000))
    assert time.monotonic() - t0 >= 2.0  # 600 kB at 200 kB/s, less the first burst


def test_choices_and_shared_blobs(hub, new_course, make_learner, publisher, learner_paths):
    import shutil

    from sync.bundle import build_bundle
    course = new_course(video_bytes=300_000)
    learner = make_learner(course.course_id)
    low = download(learner_paths, hub.url, learner.token, course.course_id, publisher,
                   choice=DownloadChoice.LOW)
    with LearnerStore.open(learner_paths.db) as store:
        manifest = store.manifest(course.course_id)
        assert store.present_files(course.course_id) == choice_files(manifest, DownloadChoice.LOW)
    assert low.fetched_bytes < 400_000
    # Asking for everything later fetches only what is missing: the 600 kB rendition.
    full = download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    assert full.fetched_bytes == 600_000
    # A French version made from the same media shares the videos: stored once, fetched once.
    src = course.bundle.with_suffix("")
    fr_src = src.with_name(src.name + "-fr")
    shutil.copytree(src, fr_src)
    toml = (fr_src / "course.toml").read_text()
    toml = toml.replace(f'id = "{course.course_id}"', f'id = "{course.family}-fr"')
    toml = toml.replace('\nlanguage = "en"', '\nlanguage = "fr"').replace("A tiny course", "Un petit cours")
    (fr_src / "course.toml").write_text(toml)
    (fr_src / "notes.md").write_text("# Notes\n\nEn français.\n")
    fr_bundle = fr_src.with_suffix(".lectern")
    build_bundle(fr_src, fr_bundle, sign_key=publisher.key)
    hub.cli("publish", fr_bundle)
    hub.cli("enrol", learner.username, f"{course.family}-fr")
    fr = download(learner_paths, hub.url, learner.token, f"{course.family}-fr", publisher)
    assert fr.state is DownloadState.COMPLETE
    assert fr.fetched_bytes == len("# Notes\n\nEn français.\n".encode())
    verify_installed(learner_paths, course.course_id)
    verify_installed(learner_paths, f"{course.family}-fr")


def test_update_fetches_only_new_blobs_and_keeps_progress(hub, new_course, make_learner, publisher,
                                                         learner_paths):
    course = new_course(video_bytes=300_000)
    learner = make_learner(course.course_id)
    download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    with LearnerStore.open(learner_paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
        store.record_progress(course.course_id, "l1", position=4.0, fraction=0.4)
    v2 = publisher.bundle(course.course_id, version=2, family=course.family, video_bytes=300_000,
                          tweak=lambda t: t.replace('title = "Notes"', 'title = "Notes, revised"'))
    hub.cli("publish", v2)
    old = course_files_on_hub(hub, course.course_id, 1)
    new = course_files_on_hub(hub, course.course_id, 2)
    lacking = sum(size for sha, size in new.items() if sha not in old)
    assert 0 < lacking < sum(new.values())
    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher)
    assert result.version == 2 and result.fetched_bytes == lacking
    with LearnerStore.open(learner_paths.db) as store:
        assert store.get_course(course.course_id).version == 2
        assert store.manifest(course.course_id).item("r2").title == "Notes, revised"
        progress = store.progress(course.course_id)
        assert progress["r1"].completed and progress["l1"].position == 4.0
    assert verify_installed(learner_paths, course.course_id) == sum(new.values())
    # The old version's videos are gone from the disk.
    assert not any((learner_paths.blobs / sha[:2] / sha).exists() for sha in set(old) - set(new))


def test_cancelling_a_paused_download_drops_its_partial_files(hub, new_course, make_learner,
                                                               publisher, learner_paths):
    from sync.downloader import cancel_download
    course = new_course(video_bytes=600_000)
    learner = make_learner(course.course_id)
    slow = DownloadLimits(max_rate=400_000, backoff_base=0.05, backoff_cap=0.5)

    def pause_once(p):
        if p.done > 200_000:
            with LearnerStore.open(learner_paths.db) as store:
                job = DownloadQueue(store).get(course.course_id)
                if job and job.state is DownloadState.DOWNLOADING:
                    DownloadQueue(store).pause(course.course_id)

    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher,
                      limits=slow, progress=pause_once)
    assert result.state is DownloadState.PAUSED and list(learner_paths.blobs.rglob("*.dl"))
    assert cancel_download(learner_paths, course.course_id).state is DownloadState.CANCELLED
    assert not list(learner_paths.blobs.rglob("*.dl"))


def test_pause_then_resume_before_the_run_notices_keeps_going(hub, new_course, make_learner,
                                                              publisher, learner_paths):
    course = new_course(video_bytes=300_000)
    learner = make_learner(course.course_id)
    flipped = {}

    def pause_and_resume(p):
        if p.done > 100_000 and not flipped:
            flipped["yes"] = True
            with LearnerStore.open(learner_paths.db) as store:
                DownloadQueue(store).pause(course.course_id)
                DownloadQueue(store).resume(course.course_id)

    result = download(learner_paths, hub.url, learner.token, course.course_id, publisher,
                      limits=DownloadLimits(max_rate=600_000), progress=pause_and_resume)
    assert flipped and result.state is DownloadState.COMPLETE
    verify_installed(learner_paths, course.course_id)


def test_proxy_from_settings_is_honoured(hub, new_course, make_learner, publisher, learner_paths):
    """Behind a court proxy: every request goes to the proxy, even for a hub name that this
    PC cannot resolve itself."""
    course = new_course()
    learner = make_learner(course.course_id)
    with FaultProxy("127.0.0.1", hub_port(hub)) as proxy:
        settings = HubSettings("http://lectern-hub.invalid", proxy=proxy.url)
        with HubClient(settings, learner.token) as client:
            assert course.course_id in [c.id for c in client.catalog()]
        assert proxy.counters.connections >= 1
    with HubClient(HubSettings("http://lectern-hub.invalid", read_timeout=2), learner.token) as client:
        with pytest.raises(HubError):
            client.catalog()  # without the proxy the name goes nowhere


def test_missing_ca_bundle_is_a_clear_configuration_error():
    with pytest.raises(HubError) as info:
        HubClient(HubSettings("https://hub.example", ca_bundle="/nonexistent/court-ca.pem"))
    assert info.value.kind.value == "config" and "CA bundle" in info.value.message


def test_a_pause_asked_of_a_killed_download_is_paused_at_the_next_start(
        hub, new_course, make_learner, publisher, tmp_path):
    """`lectern download` is frozen mid-file, the learner's Pause is stored, the process is
    killed before it could honour it: the request survives, the next start makes it PAUSED
    (not downloading again), and Resume finishes it from the part files with every byte
    right."""
    from sync.services.connection import NetworkTimings
    from sync.services.downloads import JobEnded, resume_download, run_downloads

    course = new_course(video_bytes=1_500_000)
    learner = make_learner(course.course_id)
    course_bytes = sum(course_files_on_hub(hub, course.course_id).values())
    data = tmp_path / "paused-then-killed"
    paths = DataPaths(data)
    env = {**os.environ, "LECTERN_READ_TIMEOUT": "5", "LECTERN_GIVE_UP_AFTER": "60"}
    timings = NetworkTimings(read_timeout=5, download_backoff_base=0.05, download_backoff_cap=0.5)

    def part_bytes() -> int:
        return sum(p.stat().st_size for p in paths.blobs.rglob("*.dl"))

    with FaultProxy("127.0.0.1", hub_port(hub), Faults(rate=1_000_000)) as proxy:
        def lectern(*args, **kw):
            return subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data), *args],
                                  capture_output=True, text=True, cwd=REPO, env=env, timeout=120, **kw)
        assert lectern("login", "--hub", proxy.url, "--user", learner.username,
                       "--password-stdin", input=learner.password + "\n").returncode == 0
        assert lectern("trust", str(publisher.public_key)).returncode == 0
        proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "--data-dir", str(data),
                                 "download", course.course_id, "--profile", "all"],
                                cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while part_bytes() < 200_000:
                assert proc.poll() is None and time.monotonic() < deadline, "no bytes came"
                time.sleep(0.05)
            proc.send_signal(signal.SIGSTOP)  # frozen between chunks: it sees nothing more
            with LearnerStore.open(paths.db) as store:
                job = DownloadQueue(store).get(course.course_id)
                assert job.state is DownloadState.DOWNLOADING
                assert DownloadQueue(store).pause(course.course_id).state \
                    is DownloadState.PAUSE_REQUESTED
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        kept = part_bytes()
        assert kept >= 200_000
        with LearnerStore.open(paths.db) as store:  # the request outlived its process
            assert DownloadQueue(store).get(course.course_id).state is DownloadState.PAUSE_REQUESTED

        # The next start: the pause is honoured, nothing is fetched.
        ended: list = []
        time.sleep(0.5)  # the proxy has sent off what the killed process left in flight
        connections, before = proxy.counters.connections, proxy.counters.bytes_down
        assert run_downloads(paths, ended.append, threading.Event(), timings) == []
        assert [(e.course_id, e.state) for e in ended if isinstance(e, JobEnded)] == [
            (course.course_id, DownloadState.PAUSED)]
        assert proxy.counters.connections == connections  # the course server was not asked
        with LearnerStore.open(paths.db) as store:
            assert DownloadQueue(store).get(course.course_id).state is DownloadState.PAUSED
            assert not store.has_course(course.course_id)
            assert resume_download(store, course.course_id, paths).state is DownloadState.QUEUED
        assert part_bytes() == kept  # the part files wait, whole

        (result,) = run_downloads(paths, lambda _r: None, threading.Event(), timings)
        fetched = proxy.counters.bytes_down - before
    assert result.state is DownloadState.COMPLETE
    assert verify_installed(paths, course.course_id) == course_bytes
    assert fetched <= course_bytes - kept + 400_000  # what was kept was not fetched again
    with LearnerStore.open(paths.db) as store:
        assert DownloadQueue(store).get(course.course_id).state is DownloadState.COMPLETE
