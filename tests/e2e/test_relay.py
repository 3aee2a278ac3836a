"""The court relay (issue #20) end to end, all on 127.0.0.1 with real processes: an upstream
`lectern-hub serve`, a `lectern-hub relay serve` whose link to it runs through a throttling,
resetting proxy that counts bytes, and judges' PCs using the `lectern` CLI and the player's
own sync engine against the relay exactly as against a hub.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from fault_proxy import FaultProxy, Faults
from hub_process import HubProcess, hub_command, start_hub, stop_hub_process

from sync.credentials import load_credentials
from sync.forum import Forum
from sync.hub_client import HubClient, HubSettings
from sync.paths import DataPaths
from sync.signing import generate_keypair, load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass, status
from sync.trust import add_trusted_key

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
COURSE = "foe-intro-en"
# Every connection is cut before it has carried 600 kB: the course's videos (the player takes
# one 770 kB rendition of each) cannot cross on one connection, however the relay spreads its
# fetches over connections (with 900 kB, a busy machine's parallel fetches could all pass).
THIN = Faults(rate=1_500_000, reset_probability=1.0, reset_after=(150_000, 600_000))


# --------------------------------------------------------------------------- processes


@dataclass
class RelayProcess:
    url: str
    port: int
    data_dir: Path
    proc: subprocess.Popen

    def cli(self, *args: str | Path, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
        r = subprocess.run([*hub_command(), "--data", str(self.data_dir), "relay", *map(str, args)],
                           capture_output=True, text=True, input=input, timeout=120, cwd=REPO)
        if check:
            assert r.returncode == 0, r.stderr
        return r

    def status(self) -> dict[str, Any]:
        return json.loads(self.cli("status", "--json").stdout)


def start_relay(data_dir: Path, upstream: str, port: int = 0, *extra: str) -> RelayProcess:
    data_dir.mkdir(parents=True, exist_ok=True)
    port_file = data_dir / "port"
    port_file.unlink(missing_ok=True)
    with open(data_dir / "relay.log", "a", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [*hub_command(), "--data", str(data_dir), "relay", "serve", "--upstream", upstream, "--host", "127.0.0.1",
             "--port", str(port), "--port-file", str(port_file), "--pull-interval", "1",
             "--retry-max", "4", *extra],
            stdout=log, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, (data_dir / "relay.log").read_text()
        if port_file.exists() and port_file.read_text().strip():
            got = int(port_file.read_text())
            try:
                if requests.get(f"http://127.0.0.1:{got}/api/v1/ping", timeout=5).status_code == 200:
                    return RelayProcess(f"http://127.0.0.1:{got}", got, data_dir, proc)
            except requests.RequestException:
                pass
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("the relay did not start:\n" + (data_dir / "relay.log").read_text())


def kill_relay(relay: RelayProcess) -> None:
    """SIGKILL: no shutdown, no last commit; what was acked must be on disk already."""
    try:
        os.killpg(relay.proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    relay.proc.wait(10)


def lectern(paths: DataPaths, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "lectern"
    return subprocess.run([str(script), "--data-dir", str(paths.root), *args], capture_output=True, text=True,
                          input=input, timeout=300, cwd=REPO,
                          env={**os.environ, "LECTERN_GIVE_UP_AFTER": "120"})


def hub_rows(hub: HubProcess, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(f"file:{hub.data_dir / 'hub.sqlite3'}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def wait_for(check: Any, timeout: float = 60.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        time.sleep(0.2)


# --------------------------------------------------------------------------- the court


@dataclass
class Court:
    upstream: HubProcess
    publisher_key: Path
    bundle: Path
    workdir: Path

    def add_judge(self, name: str) -> str:
        self.upstream.cli("user", "add", name, "--password-stdin", "--enrol", COURSE, input=PASSWORD + "\n")
        return name

    def pc(self, name: str) -> DataPaths:
        """A judge's PC that trusts the publisher (as court IT sets one up)."""
        paths = DataPaths(self.workdir / "pcs" / name).ensure()
        with LearnerStore.open(paths.db) as store:
            add_trusted_key(store, load_public_key(self.publisher_key.with_name(self.publisher_key.name + ".pub")))
            store.set_setting("demo_offered", True)
        return paths


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Court]:
    """An upstream hub with the demo course published, signed by a test publisher."""
    from sync.bundle import build_bundle
    from sync.demo import demo_source_file

    work = tmp_path_factory.mktemp("court")
    key = work / "publisher.key"
    generate_keypair(key, comment="Relay test publisher")
    bundle = work / f"{COURSE}.lectern"
    build_bundle(demo_source_file(COURSE), bundle, sign_key=key)
    hub = start_hub(work / "upstream", "--login-address-free-attempts", "1000")
    try:
        hub.cli("trust", key.with_name(key.name + ".pub"))
        hub.cli("publish", bundle)
        hub.cli("user", "add", "courtit", "--password-stdin", "--enrol", COURSE, input=PASSWORD + "\n")
        yield Court(hub, key, bundle, work)
    finally:
        stop_hub_process(hub.proc)


def relay_for(court: Court, name: str, faults: Faults | None = None, *extra: str) -> tuple[FaultProxy, RelayProcess]:
    port = int(court.upstream.url.rsplit(":", 1)[1])
    proxy = FaultProxy("127.0.0.1", port, Faults(), seed=7).start()
    data = court.workdir / name
    login = subprocess.run([*hub_command(), "--data", str(data), "relay", "login", "--upstream", proxy.url,
                            "--user", "courtit", "--password-stdin"], input=PASSWORD + "\n", capture_output=True,
                           text=True, timeout=120, cwd=REPO)
    assert login.returncode == 0, login.stderr
    assert "signed in" in login.stdout
    proxy.set_faults(faults or Faults())
    return proxy, start_relay(data, proxy.url, 0, *extra)


def sync_with(paths: DataPaths, url: str) -> Any:
    creds = load_credentials(paths)
    assert creds is not None
    with HubClient(HubSettings(url, read_timeout=30), creds.token) as client:
        return SyncPass(paths, client).run()


def blob_bytes(paths: DataPaths) -> int:
    return sum(p.stat().st_size for p in paths.blobs.rglob("*") if p.is_file())


# --------------------------------------------------------------------------- the tests


def test_a_court_downloads_once_and_keeps_syncing_through_outages(court, tmp_path):
    proxy, relay = relay_for(court, "relay-main", THIN)
    try:
        judges = [court.add_judge(f"judge-{i}") for i in range(3)]
        pcs = [court.pc(j) for j in judges]
        for judge, pc in zip(judges, pcs):
            r = lectern(pc, "login", "--hub", relay.url, "--user", judge, "--password-stdin", input=PASSWORD + "\n")
            assert r.returncode == 0, r.stderr

        # Three judges download the course at once: the thin link carries it once.
        before = proxy.counters.bytes_down
        script = Path(sys.executable).parent / "lectern"
        downloads = [subprocess.Popen([str(script), "--data-dir", str(pc.root), "download", COURSE],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                                      env={**os.environ, "LECTERN_GIVE_UP_AFTER": "120"}) for pc in pcs]
        for d in downloads:
            out, err = d.communicate(timeout=300)
            assert d.returncode == 0, out + err
        one_course = blob_bytes(pcs[0])
        assert one_course > 1_000_000 and all(blob_bytes(pc) == one_course for pc in pcs)
        across = proxy.counters.bytes_down - before
        assert across <= 1.05 * one_course, (across, one_course)
        assert proxy.counters.resets >= 1   # the fetches were cut and resumed, not started over

        # The link is cut. The judges study and post, and sync with the relay: it succeeds.
        proxy.set_faults(Faults(refuse=True))
        proxy.drop_connections()
        expected: dict[str, int] = {}
        for judge, pc in zip(judges, pcs):
            with LearnerStore.open(pc.db) as store:
                store.record_progress(COURSE, "m1-reading", completed=True)
                forum = Forum(store, judge)
                thread = forum.create_thread(COURSE, "m1-forum", f"Question from {judge}", "Offline, via the relay.")
                forum.create_post(thread.id, f"A reply by {judge}.")
                expected[judge] = store.pending_count()
            r = lectern(pc, "sync")
            assert r.returncode == 0, r.stderr
            assert status(pc).pending == 0
        assert relay.status()["pending"] == sum(expected.values())

        # The relay dies (SIGKILL) and comes back; then the link returns (still thin and flaky).
        kill_relay(relay)
        relay = start_relay(relay.data_dir, proxy.url, port=relay.port)
        proxy.set_faults(THIN)
        wait_for(lambda: relay.status()["pending"] == 0, 120, "the relay to forward everything")

        # Upstream: every completion and post exactly once, with the ids the PCs gave them.
        for judge, pc in zip(judges, pcs):
            uid = hub_rows(court.upstream, "SELECT id FROM users WHERE username = ?", judge)[0][0]
            assert hub_rows(court.upstream, "SELECT COUNT(*) FROM client_events WHERE user_id = ?",
                            uid)[0][0] == expected[judge]
            assert hub_rows(court.upstream, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid)[0][0] == 1
            assert hub_rows(court.upstream, "SELECT COUNT(*) FROM posts WHERE author_id = ?", uid)[0][0] == 1
            assert hub_rows(court.upstream, "SELECT COUNT(*) FROM progress WHERE user_id = ? AND item_id = ?"
                            " AND completed", uid, "m1-reading")[0][0] == 1
            with LearnerStore.open(pc.db) as store:
                mine = {t.id for t in Forum(store, judge).threads(COURSE, "m1-forum") if t.author == judge}
            assert hub_rows(court.upstream, "SELECT uuid FROM threads WHERE author_id = ?", uid)[0][0] in mine

        # A judge at another court, syncing with the upstream directly, sees the posts.
        far = court.add_judge("judge-far")
        far_pc = court.pc(far)
        r = lectern(far_pc, "login", "--hub", court.upstream.url, "--user", far, "--password-stdin",
                    input=PASSWORD + "\n")
        assert r.returncode == 0, r.stderr
        r = lectern(far_pc, "download", COURSE)
        assert r.returncode == 0, r.stderr
        assert lectern(far_pc, "sync").returncode == 0
        with LearnerStore.open(far_pc.db) as store:
            forum = Forum(store, far)
            threads = forum.threads(COURSE, "m1-forum")
            assert sorted(t.author for t in threads) == judges
            assert sorted(p.author for t in threads for p in forum.posts(t.id)) == judges

        # And the judges on the relay see each other's posts (the relay pulls for them).
        def sees_all() -> bool:
            assert lectern(pcs[0], "sync").returncode == 0
            with LearnerStore.open(pcs[0].db) as store:
                return len(Forum(store, judges[0]).threads(COURSE, "m1-forum")) == 3
        wait_for(sees_all, 60, "the relay's judges to see each other's threads")
    finally:
        kill_relay(relay)
        proxy.stop()


def test_sign_in_offline_after_one_online_sign_in(court):
    proxy, relay = relay_for(court, "relay-signin")
    try:
        judge = court.add_judge("judge-offline")
        never = court.add_judge("judge-never-here")
        api = relay.url + "/api/v1"
        online = requests.post(api + "/token", json={"username": judge, "password": PASSWORD,
                                                     "device_name": "PC 1"}, timeout=30)
        assert online.status_code == 200, online.text
        assert online.json()["token"].startswith("lrt_")
        auth = {"Authorization": f"Bearer {online.json()['token']}"}
        # Staff routes go to the upstream as they came (it checks the role); the status list too.
        runs = requests.get(api + "/runs/foe-intro", headers=auth, timeout=30)
        assert runs.status_code == 403 and runs.json()["error"]["code"] == "forbidden"
        listed = requests.get(api + "/certificates/status-list", timeout=30)
        assert listed.status_code == 200 and "BitstringStatusListCredential" in listed.text
        proxy.set_faults(Faults(refuse=True))
        proxy.drop_connections()
        offline = requests.post(api + "/token", json={"username": judge.upper(), "password": PASSWORD,
                                                      "device_name": "PC 2"}, timeout=30)
        assert offline.status_code == 200, offline.text
        token = offline.json()["token"]
        assert offline.json()["username"] == judge
        got = requests.get(api + "/catalog", headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert got.status_code == 200 and [c["id"] for c in got.json()["courses"]] == [COURSE]
        assert requests.get(api + "/runs/foe-intro", headers=auth, timeout=30).status_code == 503
        assert requests.get(api + "/certificates/status-list", timeout=30).content == listed.content
        wrong = requests.post(api + "/token", json={"username": judge, "password": "not it"}, timeout=30)
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "bad-credentials"
        stranger = requests.post(api + "/token", json={"username": never, "password": PASSWORD}, timeout=30)
        assert stranger.status_code == 401
        # Nothing secret in the relay's files' modes or its log.
        db_file = relay.data_dir / "relay.sqlite3"
        assert db_file.stat().st_mode & 0o077 == 0
        log_text = (relay.data_dir / "relay.log").read_text()
        assert PASSWORD not in log_text and token not in log_text
    finally:
        kill_relay(relay)
        proxy.stop()


def test_a_refused_quiz_completion_reaches_the_player(court):
    proxy, relay = relay_for(court, "relay-refusal")
    try:
        judge = court.add_judge("judge-quiz")
        pc = court.pc(judge)
        assert lectern(pc, "login", "--hub", relay.url, "--user", judge, "--password-stdin",
                       input=PASSWORD + "\n").returncode == 0
        assert lectern(pc, "download", COURSE).returncode == 0
        with LearnerStore.open(pc.db) as store:
            store.record_progress(COURSE, "m1-quiz", completed=True)   # no passing attempt anywhere
        summary = sync_with(pc, relay.url)
        assert summary.rejected == 0 and status(pc).pending == 0     # acked by the relay, on its disk

        def refused() -> bool:
            sync_with(pc, relay.url)
            return bool(status(pc).rejected)
        wait_for(refused, 60, "the upstream's refusal to reach the player")
        [(kind, message)] = status(pc).rejected
        assert kind == "completed" and "did not mark the quiz" in message
    finally:
        kill_relay(relay)
        proxy.stop()


def test_seed_a_relay_from_a_bundle_without_the_link(court):
    proxy, relay = relay_for(court, "relay-seed", Faults(refuse=True))
    try:
        r = relay.cli("seed", court.bundle, check=False)
        assert r.returncode == 2 and "trust" in r.stderr
        relay.cli("trust", court.publisher_key.with_name(court.publisher_key.name + ".pub"))
        out = relay.cli("seed", court.bundle).stdout
        assert f"Seeded {COURSE} version " in out and "12 new files" in out
        # A tampered bundle is refused.
        bad = court.workdir / "tampered.lectern"
        other = court.workdir / "other.key"
        generate_keypair(other)
        from sync.bundle import build_bundle
        from sync.demo import demo_source_file
        build_bundle(demo_source_file(COURSE), bad, sign_key=other)
        assert relay.cli("seed", bad, check=False).returncode == 2

        # The link comes up (thin): a judge signs in and downloads; the course does not cross it.
        proxy.set_faults(Faults(rate=1_500_000))
        judge = court.add_judge("judge-seeded")
        pc = court.pc(judge)
        before = proxy.counters.bytes_down
        assert lectern(pc, "login", "--hub", relay.url, "--user", judge, "--password-stdin",
                       input=PASSWORD + "\n").returncode == 0
        r = lectern(pc, "download", COURSE)
        assert r.returncode == 0, r.stderr
        assert blob_bytes(pc) > 1_000_000
        assert proxy.counters.bytes_down - before < 50_000
    finally:
        kill_relay(relay)
        proxy.stop()


def test_prefetch_fetches_court_it_courses_once(court):
    from sync.manifest import parse_manifest

    proxy, relay = relay_for(court, "relay-prefetch", Faults(rate=1_500_000), "--prefetch")
    try:
        import zipfile
        with zipfile.ZipFile(court.bundle) as zf:
            manifest = parse_manifest(zf.read("manifest.json"))
        blobs = relay.data_dir / "blobs"
        wait_for(lambda: all((blobs / sha[:2] / sha).is_file() for sha in manifest.files), 120,
                 "the relay to prefetch the course")
        assert proxy.counters.bytes_down <= 1.05 * manifest.total_size() + 50_000
        assert any(COURSE in line for line in relay.status()["courses"])
    finally:
        kill_relay(relay)
        proxy.stop()


def test_a_sign_in_the_upstream_ends_ends_on_the_relay_too(court):
    """The hub revokes the token the relay holds for a judge: the relay's sessions of that judge
    end, offline sign-in stops working, and forwarding resumes after an online sign-in."""
    proxy, relay = relay_for(court, "relay-revoked")
    try:
        judge = court.add_judge("judge-revoked")
        api = relay.url + "/api/v1"
        token = requests.post(api + "/token", json={"username": judge, "password": PASSWORD},
                              timeout=30).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        db = sqlite3.connect(f"file:{relay.data_dir / 'relay.sqlite3'}?mode=ro", uri=True)
        [(upstream_token,)] = db.execute("SELECT upstream_token FROM accounts WHERE username = ?", [judge]).fetchall()
        db.close()
        assert requests.delete(court.upstream.api + "/token", headers={"Authorization": f"Bearer {upstream_token}"},
                               timeout=30).status_code == 204
        event = {"id": "6a0c2c4e-3f1e-4b7e-9a55-0c1f5b2d7e01", "kind": "progress", "course_id": COURSE,
                 "item_id": "m1-reading", "device_seq": 1, "fraction": 0.5}
        body = {"device_id": "0d7f6a3e-5b1c-4c2e-8f7a-2b9d4e6c8a10", "events": [event]}
        assert requests.post(api + "/sync", json=body, headers=auth, timeout=30).status_code == 200
        wait_for(lambda: requests.post(api + "/sync", json={**body, "events": []}, headers=auth,
                                       timeout=30).status_code == 401, 30, "the relay session to end")
        proxy.set_faults(Faults(refuse=True))
        proxy.drop_connections()
        offline = requests.post(api + "/token", json={"username": judge, "password": PASSWORD}, timeout=30)
        assert offline.status_code == 401 and "ended your sign-in" in offline.json()["error"]["message"]
        proxy.set_faults(Faults())
        again = requests.post(api + "/token", json={"username": judge, "password": PASSWORD}, timeout=30)
        assert again.status_code == 200
        wait_for(lambda: relay.status()["pending"] == 0, 60, "forwarding to resume")
        uid = hub_rows(court.upstream, "SELECT id FROM users WHERE username = ?", judge)[0][0]
        assert hub_rows(court.upstream, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid)[0][0] == 1
    finally:
        kill_relay(relay)
        proxy.stop()


def test_a_judge_signed_in_through_the_relay_can_sync_by_usb_stick(court, tmp_path):
    """The upstream's sync-file key reaches the player through the relay's sign-in (its device
    key went upstream with the sign-in body): the judge's file is accepted by the hub."""
    proxy, relay = relay_for(court, "relay-syncfile")
    try:
        judge = court.add_judge("judge-usb")
        pc = court.pc(judge)
        r = lectern(pc, "login", "--hub", relay.url, "--user", judge, "--password-stdin", input=PASSWORD + "\n")
        assert r.returncode == 0, r.stderr
        assert load_credentials(pc).hub_key
        assert lectern(pc, "download", COURSE).returncode == 0
        with LearnerStore.open(pc.db) as store:
            Forum(store, judge).create_thread(COURSE, "m1-forum", "By the LAN", "Today the relay is reachable.")
        assert lectern(pc, "sync").returncode == 0
        with LearnerStore.open(pc.db) as store:
            Forum(store, judge).create_thread(COURSE, "m1-forum", "By USB", "Carried on a stick.")
        out, reply = tmp_path / "judge.lectern-sync", tmp_path / "judge.lectern-reply"
        r = lectern(pc, "sync-file", "export", str(out))
        assert r.returncode == 0, r.stderr
        assert "Saved 1 changes" in r.stdout
        court.upstream.cli("sync-file", "import", out, "--reply", reply)
        r = lectern(pc, "sync-file", "import", str(reply))
        assert r.returncode == 0, r.stderr
        assert "1 changes accepted" in r.stdout
    finally:
        kill_relay(relay)
        proxy.stop()
