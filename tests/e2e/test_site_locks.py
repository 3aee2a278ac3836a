"""Issue #13: court IT's site file holds. The real `lectern` CLI in subprocesses, with court
IT's file, shows that no environment variable (XDG_CONFIG_DIRS, LECTERN_SITE_CONFIG, proxy and
CA variables) and no flag or command weakens it; real HTTP(S) servers and proxies on
127.0.0.1 show which proxy and which certificates are used.

Court IT's file lives at a fixed system path (/etc/xdg/lectern/lectern.toml). These tests
never write there: each run starts the CLI through `main()` after pointing
`sync.site_config.SYSTEM_SITE_CONFIG` at a file of the test (`lectern(..., system=PATH)`).
"""
from __future__ import annotations

import http.server
import json
import os
import ssl
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest
from course_factory import write_tiny_course

REPO = Path(__file__).resolve().parents[2]
#: the CLI's main() with court IT's system path moved to argv[1] (the test seam).
BOOT = ("import pathlib, sys, sync.site_config as s; "
        "s.SYSTEM_SITE_CONFIG = pathlib.Path(sys.argv.pop(1)); "
        "from sync.cli import main; sys.exit(main(sys.argv[1:]))")
NETWORK_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                "ALL_PROXY", "NO_PROXY", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE",
                "SSL_CERT_DIR", "LECTERN_SITE_CONFIG", "XDG_CONFIG_DIRS")


@pytest.fixture
def lectern(tmp_path: Path):
    """Run `lectern ARGS` with court IT's file at `system` (absent if it does not exist)."""
    data = tmp_path / "cli-data"

    def run(*args: str, system: Path, env: dict[str, str] | None = None,
            input: str | None = None) -> subprocess.CompletedProcess:
        full = {k: v for k, v in os.environ.items() if k not in NETWORK_VARS}
        full.update(LECTERN_READ_TIMEOUT="10", **(env or {}))
        return subprocess.run([sys.executable, "-c", BOOT, str(system), "--data-dir", str(data),
                               *args], capture_output=True, text=True, input=input, env=full,
                              timeout=120, cwd=REPO)
    return run


def site(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "etc" / "xdg" / "lectern" / "lectern.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def refused(r: subprocess.CompletedProcess) -> bool:
    return (r.returncode == 2 and "set by your administrator" in r.stderr
            and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr)


def permissive_files(tmp_path: Path) -> dict[str, str]:
    """What a learner could try: a "site" file of their own, first on XDG_CONFIG_DIRS, and
    the test hook pointing at it."""
    own = tmp_path / "home" / ".mine" / "lectern" / "lectern.toml"
    own.parent.mkdir(parents=True)
    own.write_text('hub_url = "https://rogue.example"\nallow_unsigned_bundles = true\n'
                   'locked = []\n', encoding="utf-8")
    return {"XDG_CONFIG_DIRS": f"{own.parent.parent}:/etc/xdg/xdg-ubuntu:/etc/xdg",
            "LECTERN_SITE_CONFIG": str(own)}


# --------------------------------------------------------------------------- where it is read


def test_the_environment_cannot_move_or_replace_court_it_s_file(lectern, tmp_path):
    system = site(tmp_path, 'hub_url = "https://relay.court.local"\nallow_unsigned_bundles = false\n'
                            'locked = ["hub_url", "allow_unsigned_bundles"]\n')
    r = lectern("config", system=system, env=permissive_files(tmp_path))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == f"# Site configuration: {system}"
    assert "LECTERN_SITE_CONFIG=" in lines[1] and "ignored" in lines[1]
    assert "# Locked by your administrator: allow_unsigned_bundles, hub_url" in lines
    assert 'hub_url = "https://relay.court.local"  (set by your administrator)' in lines
    assert "allow_unsigned_bundles = false  (set by your administrator)" in lines


def test_a_site_file_in_a_user_folder_on_xdg_config_dirs_is_not_read(lectern, tmp_path):
    """A KDE-style XDG_CONFIG_DIRS put a user-writable folder first: its file was read as
    court IT's. With no system file (and no test hook) there is no site file at all."""
    env = permissive_files(tmp_path)
    del env["LECTERN_SITE_CONFIG"]
    r = lectern("config", system=tmp_path / "etc" / "absent.toml", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith("# Site configuration: none")
    assert 'hub_url = ""' in r.stdout and "allow_unsigned_bundles = false" in r.stdout
    assert "rogue" not in r.stdout


# --------------------------------------------------------------------------- trust


@pytest.fixture
def courses(tmp_path: Path):
    """The same tiny course signed by court IT's publisher, by a rogue key, and unsigned."""
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    keys = tmp_path / "keys"
    keys.mkdir()
    ministry = generate_keypair(keys / "ministry.key", "Ministry of Justice training unit")
    generate_keypair(keys / "rogue.key", "Rogue")
    src = write_tiny_course(tmp_path / "src")
    out = {}
    for name, key in (("ministry", keys / "ministry.key"), ("rogue", keys / "rogue.key"),
                      ("unsigned", None)):
        out[name] = tmp_path / f"{name}.lectern"
        build_bundle(src, out[name], sign_key=key)
    out["ministry_key"] = ministry
    out["rogue_pub"] = keys / "rogue.key.pub"
    return out


def test_no_flag_or_command_weakens_locked_trust(lectern, tmp_path, courses):
    ministry = courses["ministry_key"]
    system = site(tmp_path, f'trusted_keys = ["{ministry.to_text().strip()}"]\n'
                            'allow_unsigned_bundles = false\n'
                            'locked = ["trusted_keys", "allow_unsigned_bundles"]\n')
    env = permissive_files(tmp_path)
    for args in (["import", str(courses["unsigned"]), "--allow-unsigned"],
                 ["import", str(courses["rogue"]), "--trust", str(courses["rogue_pub"])],
                 ["import", str(courses["rogue"]), "--allow-unsigned"],
                 ["trust", str(courses["rogue_pub"])],
                 ["trust", "--remove", ministry.key_id],
                 ["config", "allow_unsigned_bundles", "true"]):
        r = lectern(*args, system=system, env=env)
        assert refused(r), (args, r.returncode, r.stdout, r.stderr)
        assert "Now trusting" not in r.stdout and "Installed" not in r.stdout
    r = lectern("courses", "--json", system=system)
    assert "tiny-en" not in r.stdout
    # `lectern trust` lists court IT's key, marked, and nothing of the learner's.
    r = lectern("trust", system=system)
    assert r.returncode == 0 and r.stdout.strip() == (
        f"{ministry.key_id}  Ministry of Justice training unit  (set by your administrator)")
    r = lectern("trust", "--json", system=system)
    assert json.loads(r.stdout) == [{"key_id": ministry.key_id, "comment": ministry.comment,
                                     "set_by_administrator": True}]
    # Court IT's publisher still installs, with nothing extra on the command line.
    r = lectern("import", str(courses["ministry"]), system=system, env=env)
    assert r.returncode == 0 and "Installed tiny-en" in r.stdout, r.stderr


def test_unlocked_the_same_flags_still_work(lectern, tmp_path, courses):
    system = site(tmp_path, f'trusted_keys = ["{courses["ministry_key"].to_text().strip()}"]\n')
    r = lectern("import", str(courses["rogue"]), "--trust", str(courses["rogue_pub"]), system=system)
    assert r.returncode == 0, r.stderr
    r = lectern("trust", str(courses["rogue_pub"]), system=system)
    assert r.returncode == 0 and "Now trusting" in r.stdout
    lines = lectern("trust", system=system).stdout.splitlines()
    assert lines[0].endswith("(set by your administrator)") and "Rogue" in lines[1]
    assert not lines[1].endswith("(set by your administrator)")


# --------------------------------------------------------------------------- the hub address


def test_a_locked_hub_address_cannot_be_left_from_the_command_line(lectern, tmp_path, hub,
                                                                   make_learner):
    learner = make_learner()
    nowhere = tmp_path / "etc" / "none.toml"
    sign_in = ("login", "--hub", hub.url, "--user", learner.username, "--password-stdin")
    r = lectern(*sign_in, system=nowhere, input=learner.password + "\n")
    assert r.returncode == 0 and f"Signed in to {hub.url}" in r.stdout, r.stderr
    assert lectern("catalog", system=nowhere).returncode == 0
    # Court IT now fixes the address to its relay (nothing listens there in this test).
    relay = "http://127.0.0.1:9"
    system = site(tmp_path, f'hub_url = "{relay}"\nlocked = ["hub_url"]\n')
    env = permissive_files(tmp_path)
    r = lectern(*sign_in, system=system, env=env, input=learner.password + "\n")
    assert refused(r), r.stderr
    for args in (["catalog", "--hub", hub.url], ["sync", "--hub", hub.url],
                 ["download", "x", "--hub", hub.url], ["logout", "--hub", hub.url]):
        assert refused(lectern(*args, system=system, env=env)), args
    # The earlier sign-in is not used: catalog, sync and download go to court IT's hub.
    for args in (["catalog"], ["sync"], ["download", "x"]):
        r = lectern(*args, system=system, env=env)
        assert r.returncode == 2 and "cannot be reached" in r.stderr, (args, r.stdout, r.stderr)
    # Locked to the hub it signed in to, it works as before.
    system.write_text(f'hub_url = "{hub.url}"\nlocked = ["hub_url"]\n', encoding="utf-8")
    assert lectern("catalog", system=system, env=env).returncode == 0


# --------------------------------------------------------------------------- proxies


@dataclass
class FakeServer:
    """A tiny HTTP(S) server that answers as a hub (catalog, ping) and as a forward proxy
    (absolute URLs), and remembers every request line."""

    url: str
    seen: list[str] = field(default_factory=list)


def _handler(seen: list[str]) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            seen.append(self.path)
            if self.path.endswith("/api/v1/catalog"):
                body = b'{"courses": []}'
            elif self.path.endswith("/api/v1/ping"):
                body = b'{"service": "lectern-hub"}'
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass
    return Handler


@pytest.fixture
def serve() -> Iterator:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(tls: ssl.SSLContext | None = None) -> FakeServer:
        seen: list[str] = []
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(seen))
        if tls is not None:
            server.socket = tls.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        scheme = "https" if tls else "http"
        return FakeServer(f"{scheme}://127.0.0.1:{server.server_address[1]}", seen)
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_set_proxy_beats_every_proxy_variable(lectern, tmp_path, serve):
    """Issue #13.3: https_proxy/HTTP_PROXY (and no_proxy) won over the site's proxy."""
    court, learners = serve(), serve()
    system = site(tmp_path, f'hub_url = "http://hub.court.invalid"\nproxy = "{court.url}"\n'
                            'locked = ["hub_url", "proxy"]\n')
    env = {name: learners.url for name in ("http_proxy", "https_proxy", "all_proxy",
                                           "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")}
    for no_proxy in ("", "*"):
        r = lectern("catalog", "--json", system=system, env={**env, "no_proxy": no_proxy,
                                                              "NO_PROXY": no_proxy})
        assert r.returncode == 0 and json.loads(r.stdout) == [], r.stderr
    assert court.seen == ["http://hub.court.invalid/api/v1/catalog"] * 2
    assert learners.seen == []


def test_without_a_proxy_setting_the_environment_s_proxy_is_used(lectern, tmp_path, serve):
    system_proxy = serve()
    system = site(tmp_path, 'hub_url = "http://hub.court.invalid"\n')
    r = lectern("catalog", system=system, env={"http_proxy": system_proxy.url})
    assert r.returncode == 0, r.stderr
    assert system_proxy.seen == ["http://hub.court.invalid/api/v1/catalog"]
    r = lectern("catalog", system=system, env={"http_proxy": system_proxy.url,
                                               "no_proxy": "hub.court.invalid"})
    assert r.returncode == 2 and len(system_proxy.seen) == 1  # no_proxy: straight to a name
    # that does not resolve


def test_the_proxy_is_used_in_process_too(serve, monkeypatch):
    from sync.hub_client import HubClient, HubSettings

    court, learners = serve(), serve()
    monkeypatch.setenv("HTTP_PROXY", learners.url)
    with HubClient(HubSettings("http://hub.court.invalid", proxy=court.url)) as client:
        assert client.ping()
    monkeypatch.setenv("NO_PROXY", "*")
    with HubClient(HubSettings("http://hub.court.invalid", proxy=court.url)) as client:
        assert client.ping()
    assert court.seen == ["http://hub.court.invalid/api/v1/ping"] * 2 and learners.seen == []


# --------------------------------------------------------------------------- certificates


@dataclass(frozen=True)
class Authority:
    """A throwaway CA and a server certificate it signed for 127.0.0.1."""

    ca: Path
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_authority(folder: Path, name: str) -> Authority:
    folder.mkdir(parents=True)

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)
    curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    openssl("req", "-x509", *curve, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", *curve, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (folder / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "authorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    return Authority(folder / "ca.pem", folder / "server.pem", folder / "server.key")


@pytest.fixture(scope="module")
def authorities(tmp_path_factory) -> tuple[Authority, Authority]:
    """Court IT's inspecting proxy CA (given in ca_bundle), and one the "OS" trusts."""
    base = tmp_path_factory.mktemp("authorities")
    return make_authority(base / "court", "Court proxy CA"), make_authority(base / "os", "OS CA")


def test_ca_bundle_adds_to_the_system_store_in_process(authorities, serve, monkeypatch):
    """Issue #13.4: certifi replaced the system store and ca_bundle replaced certifi. Now the
    OS store (OpenSSL's default files on Linux; SSL_CERT_FILE names them) and ca_bundle both."""
    import truststore

    from sync.errors import HubError
    from sync.hub_client import HubClient, HubSettings, tls_context

    court, os_ca = authorities
    court_hub, os_hub = serve(court.server_context()), serve(os_ca.server_context())
    monkeypatch.setenv("SSL_CERT_FILE", str(os_ca.ca))  # where Linux's system store is read
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(os_ca.ca))  # never used: cannot replace it
    monkeypatch.setenv("CURL_CA_BUNDLE", str(os_ca.ca))

    context = tls_context(str(court.ca))
    assert isinstance(context, truststore.SSLContext)
    inner = context._ctx  # truststore keeps the added CAs on its inner OpenSSL context
    assert [c["subject"] for c in inner.get_ca_certs()] == [((("commonName", "Court proxy CA"),),)]
    for url in (court_hub.url, os_hub.url):  # ca_bundle and the system store, together
        with HubClient(HubSettings(url, ca_bundle=str(court.ca))) as client:
            assert client.ping(), url
    with HubClient(HubSettings(os_hub.url)) as client:  # the system store alone
        assert client.ping()
    with HubClient(HubSettings(court_hub.url)) as client:  # without ca_bundle: not trusted
        with pytest.raises(HubError, match="certificate is not trusted"):
            client.catalog()
    assert court_hub.seen.count("/api/v1/ping") == 1 and os_hub.seen.count("/api/v1/ping") == 2


def test_ca_variables_cannot_replace_the_site_s_ca_bundle(lectern, tmp_path, authorities, serve):
    court, os_ca = authorities
    court_hub = serve(court.server_context())
    system = site(tmp_path, f'hub_url = "{court_hub.url}"\nca_bundle = "{court.ca}"\n'
                            'locked = ["hub_url", "ca_bundle"]\n')
    env = {"REQUESTS_CA_BUNDLE": str(os_ca.ca), "CURL_CA_BUNDLE": str(os_ca.ca),
           "SSL_CERT_FILE": str(os_ca.ca), "SSL_CERT_DIR": str(tmp_path),
           **permissive_files(tmp_path)}
    r = lectern("catalog", "--json", system=system, env=env)
    assert r.returncode == 0 and json.loads(r.stdout) == [], r.stderr
    r = lectern("config", "ca_bundle", "/etc/ssl/certs/ca-certificates.crt", system=system, env=env)
    assert refused(r), r.stderr


# --------------------------------------------------------------------------- lectern config


def test_lectern_config_reports_a_broken_file_and_exits_non_zero(lectern, tmp_path):
    system = site(tmp_path, '# court IT\nhub_url = "https://relay.court.local"\n'
                            'proxy = http://proxy:3128\nlocked = []\n')
    r = lectern("config", system=system)
    assert r.returncode == 2
    assert f"lectern: warning: {system}, line 3: " in r.stderr
    assert "# The file has an error: every setting is locked until it is fixed." in r.stdout
    assert 'hub_url = "https://relay.court.local"  (set by your administrator)' in r.stdout
    assert 'proxy = ""  (set by your administrator)' in r.stdout
    data = json.loads(lectern("config", "--json", system=system).stdout)
    assert data["site_config"]["file"] == str(system) and data["site_config"]["locked_down"]
    assert data["proxy"] == {"value": "", "locked": True}
    # Bad values: named with their lines, the default used, and still a non-zero exit.
    system.write_text('hub_url = "relay.court.local"\ndownload_hours = "22-06"\n'
                      f'ca_bundle = "{tmp_path}/missing.pem"\nbandwidth_cap_kbps = -5\n',
                      encoding="utf-8")
    r = lectern("config", system=system)
    assert r.returncode == 2
    for line, name in ((1, "hub address"), (2, "download hours"), (3, "CA bundle"),
                       (4, "bandwidth cap")):
        assert f"{system}, line {line}: The {name}" in r.stderr, r.stderr
    # Fixed, it exits 0 for the deployment script.
    system.write_text('hub_url = "https://relay.court.local"\n', encoding="utf-8")
    assert lectern("config", system=system).returncode == 0
