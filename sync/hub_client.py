"""Talking to a hub over HTTP: auth, catalog, manifests, blobs, sync.

One `requests.Session` per client, with the proxy and CA bundle from settings, timeouts that
notice a stalled link, and every failure turned into a `HubError` whose kind says what to do
(retry, sign in again, give up).

Certificates: the operating system's trust store (via `truststore`: Windows and macOS verify
as the OS does; Linux reads the system CA files), because courts deploy an inspecting proxy's
CA through the OS; `ca_bundle` adds its certificates to that store. Never certifi's list.

Proxy, in this order: the `proxy` setting; else the system/environment proxy (`https_proxy`,
`http_proxy`, `no_proxy`; on Windows also the Internet Options proxy); else none. The
session does not read the environment itself (`trust_env` off): with requests' own rules
`https_proxy` beat a configured proxy and `REQUESTS_CA_BUNDLE` replaced the CA bundle.
"""
from __future__ import annotations

import gzip
import json
import logging
import os
import platform
import socket
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator
from urllib.parse import quote, urljoin, urlparse

if TYPE_CHECKING:  # requests (with urllib3, idna, charset_normalizer) and ssl load on first
    import ssl  # use: reading settings or the account must not cost the library ~8 MB

    import requests

from . import __version__
from .errors import HubError, HubErrorKind
from .manifest import SHA256_RE

log = logging.getLogger(__name__)

API = "/api/v1"
USER_AGENT = f"Lectern/{__version__} ({platform.system()})"


@dataclass(frozen=True)
class HubSettings:
    url: str
    proxy: str | None = None          # e.g. http://proxy.court.local:3128; None = system/env
    ca_bundle: str | None = None      # a PEM file court IT provides for an inspecting proxy
    connect_timeout: float = 15.0
    read_timeout: float = 30.0        # no byte for this long = a stalled link: reconnect

    def normalized_url(self) -> str:
        url = self.url.strip().rstrip("/")
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise HubError(HubErrorKind.CONFIG, f"“{self.url}” is not a course server address such as "
                                                "https://courses.example.org.")
        return url


@dataclass(frozen=True)
class CatalogCourse:
    """One course (language version) in the hub's catalog: the one record of it in the player
    (the catalog screen and the list saved for offline days) and in `lectern catalog`.

    The fields up to `signature_url` are what `GET /catalog` says of the course (its wire
    shape, the hub's side of this record, is `sync.protocol.CatalogEntry`; `published_at` is
    not kept). `sizes` and `heights` go by download choice, keyed by its value ("low",
    "standard", "all"): plain strings, so widgets need not import `sync.download_queue` (and
    SQLite with it). From the catalog alone `sizes` holds "low" and "all"; "standard" and the
    `heights` (the tallest video picture each choice brings, in lines, e.g. 240; 0 for a
    course without video) need the course's manifest: see `with_choices`.
    """

    id: str
    course_family: str
    version: int
    language: str
    title: str
    summary: str
    publisher: str
    signed_by: str | None
    full_size: int
    low_size: int
    manifest_url: str
    signature_url: str | None
    sizes: dict[str, int] = field(default_factory=dict, hash=False)
    heights: dict[str, int] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not self.sizes:  # what the catalog itself says ("low", "all": DownloadChoice values)
            object.__setattr__(self, "sizes", {"low": self.low_size, "all": self.full_size})

    @classmethod
    def from_wire(cls, c: dict[str, Any]) -> "CatalogCourse":
        """One course of the hub's `GET /catalog` answer (KeyError, TypeError or ValueError
        when it is malformed)."""
        return cls(id=c["id"], course_family=c["course_family"], version=int(c["version"]),
                   language=c["language"], title=c["title"], summary=c.get("summary", ""),
                   publisher=c.get("publisher", ""), signed_by=c.get("signed_by"),
                   full_size=int(c["sizes"]["full"]), low_size=int(c["sizes"]["low_bandwidth"]),
                   manifest_url=c["manifest_url"], signature_url=c.get("signature_url"))

    def with_choices(self, sizes: dict[str, int], heights: dict[str, int] | None = None
                     ) -> "CatalogCourse":
        """The same course with the sizes (and picture heights) of its download choices, as
        read from its manifest or remembered from an earlier look."""
        return replace(self, sizes=dict(sizes), heights=dict(heights or {}))

    def catalog_fields(self) -> dict[str, Any]:
        """What the catalog said of the course, by field name (a `lectern catalog --json`
        row; the "course" part of the saved catalog)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("sizes", "heights")}

    def to_json(self) -> dict[str, Any]:
        """The course as the catalog saved for offline days keeps it (see `from_json`)."""
        return {"course": self.catalog_fields(), "sizes": dict(self.sizes),
                "heights": dict(self.heights)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CatalogCourse":
        """A course from the saved catalog (KeyError, TypeError or ValueError when damaged,
        an unknown download choice included)."""
        from .download_queue import DownloadChoice

        course = dict(data["course"])
        for beside in ("sizes", "heights"):  # kept beside "course"; `asdict` also put them in it
            course.pop(beside, None)
        return cls(**course).with_choices(
            {DownloadChoice(k).value: int(v) for k, v in data["sizes"].items()},
            {DownloadChoice(k).value: int(v) for k, v in (data.get("heights") or {}).items()})


def _message_of(resp: requests.Response) -> str:
    try:
        body = resp.json()
        return str(body["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {resp.status_code}"


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """The operating system's trust store, plus court IT's extra CA certificates if any."""
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle:
        if not Path(ca_bundle).is_file():
            raise HubError(HubErrorKind.CONFIG,
                           f"The CA bundle {ca_bundle} set in the settings does not exist.")
        try:
            context.load_verify_locations(cafile=ca_bundle)
        except (ssl.SSLError, OSError) as exc:
            raise HubError(HubErrorKind.CONFIG, f"The CA bundle {ca_bundle} set in the settings "
                                                "holds no usable PEM certificate.") from exc
    return context


def _tls_adapter(context: ssl.SSLContext) -> Any:
    """An adapter whose connections (direct and through a proxy) verify with `context`
    only: requests would otherwise add certifi's file to it on every connection."""
    from requests.adapters import HTTPAdapter

    class TLSAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["ssl_context"] = context
            super().init_poolmanager(*args, **kwargs)

        def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
            kwargs["ssl_context"] = context
            return super().proxy_manager_for(proxy, **kwargs)

        def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
            super().cert_verify(conn, url, verify, cert)
            if verify is True:
                conn.ca_certs = conn.ca_cert_dir = None  # not certifi: the context decides

    adapter = TLSAdapter()
    adapter.context = context  # type: ignore[attr-defined]
    return adapter


def proxies_for(url: str, proxy: str | None) -> dict[str, str]:
    """The configured proxy; else the system/environment one for this URL (honouring
    no_proxy); else none. See the module docstring for why requests does not decide."""
    if proxy:
        return {"http": proxy, "https": proxy}
    import requests.utils
    return dict(requests.utils.get_environ_proxies(url))


class HubClient:
    def __init__(self, settings: HubSettings, token: str | None = None) -> None:
        self.settings = settings
        self.base = settings.normalized_url()
        self.token = token
        self.sync_file_key = ""
        import requests

        context = tls_context(settings.ca_bundle)
        self.session = requests.Session()
        self.session.trust_env = False  # Lectern's own order: see proxies_for
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.proxies = proxies_for(self.base, settings.proxy)
        self.session.mount("https://", _tls_adapter(context))

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "HubClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    def url(self, path: str) -> str:
        return urljoin(self.base + "/", path.lstrip("/"))

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Accept-Encoding": "gzip"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if extra:
            headers.update(extra)
        return headers

    def request(self, method: str, path: str, *, json_body: Any = None, gzip_body: bool = False,
                headers: dict[str, str] | None = None, stream: bool = False,
                timeout: tuple[float, float] | None = None) -> requests.Response:
        import requests

        data = None
        hdrs = self._headers(headers)
        if json_body is not None:
            data = json.dumps(json_body, separators=(",", ":")).encode()
            hdrs["Content-Type"] = "application/json"
            if gzip_body:
                data = gzip.compress(data, compresslevel=6)
                hdrs["Content-Encoding"] = "gzip"
        try:
            resp = self.session.request(
                method, self.url(path), data=data, headers=hdrs, stream=stream,
                timeout=timeout or (self.settings.connect_timeout, self.settings.read_timeout))
        except requests.exceptions.SSLError as exc:
            raise HubError(HubErrorKind.CONFIG,
                           "The course server's certificate is not trusted. If your court uses an inspecting "
                           "proxy, court IT must set its CA bundle in Lectern's settings.") from exc
        except requests.exceptions.ProxyError as exc:
            raise HubError(HubErrorKind.NETWORK, "The proxy did not let Lectern through; check "
                                                 "the proxy setting or ask court IT.") from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError, socket.timeout, OSError) as exc:
            raise HubError(HubErrorKind.NETWORK, "The course server cannot be reached right now; Lectern "
                                                 "will try again.") from exc
        self._raise_for_status(resp)
        return resp

    def _raise_for_status(self, resp: requests.Response) -> None:
        status = resp.status_code
        if status < 400:
            return
        message = _message_of(resp)
        if status == 401:
            kind, text = HubErrorKind.AUTH, "Please sign in again; nothing you did is lost."
        elif status == 403:
            kind, text = HubErrorKind.FORBIDDEN, message
        elif status in (404, 410):
            kind, text = HubErrorKind.NOT_FOUND, message
        elif status == 429:
            kind, text = HubErrorKind.RATE_LIMITED, "The course server asks Lectern to slow down; it will retry."
        elif status >= 500:
            kind, text = HubErrorKind.SERVER, "The course server is having trouble; Lectern will try again later."
        else:
            kind, text = HubErrorKind.PROTOCOL, f"The course server refused the request: {message}"
        resp.close()
        raise HubError(kind, text, status=status, retry_after=_retry_after(resp))

    def _json(self, resp: requests.Response) -> Any:
        try:
            return resp.json()
        except ValueError:
            raise HubError(HubErrorKind.PROTOCOL, "The answer does not come from a Lectern course server "
                                                  "(is the address right, or is a login page in "
                                                  "the way?).") from None

    # ------------------------------------------------------------------ API

    def ping(self, timeout: float = 5.0) -> bool:
        try:
            resp = self.request("GET", f"{API}/ping", timeout=(timeout, timeout))
        except HubError:
            return False
        try:
            return bool(self._json(resp).get("service") == "lectern-hub")
        except HubError:
            return False

    def login(self, username: str, password: str, device_name: str | None = None,
              device_key: str | None = None) -> str:
        """A token for the user name and password. `device_key` (base64 Ed25519 public key,
        for sync files) goes with it; a hub that predates sync files refuses the field (422),
        and the sign-in is then made without it. `sync_file_key` is afterwards the hub's key
        that signs sync-file replies ('' when the hub gave none)."""
        device = device_name or socket.gethostname()
        body: dict[str, Any] = {"username": username, "password": password, "device_name": device}
        if device_key:
            body["device_key"] = device_key
        self.sync_file_key = ""
        try:
            try:
                resp = self.request("POST", f"{API}/token", json_body=body)
            except HubError as exc:
                if exc.status != 422 or "device_key" not in body:
                    raise
                del body["device_key"]  # an older hub: no sync files, but the sign-in works
                resp = self.request("POST", f"{API}/token", json_body=body)
        except HubError as exc:
            if exc.kind is HubErrorKind.AUTH:
                raise HubError(HubErrorKind.AUTH, "The user name or password is wrong.",
                               status=401) from None
            raise
        answer = self._json(resp)
        token = answer.get("token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise HubError(HubErrorKind.PROTOCOL, "The course server did not give a sign-in token.")
        key = answer.get("sync_file_key")
        self.sync_file_key = key if "device_key" in body and isinstance(key, str) else ""
        self.token = token
        return token

    def logout(self) -> None:
        self.request("DELETE", f"{API}/token")
        self.token = None

    def catalog(self) -> list[CatalogCourse]:
        body = self._json(self.request("GET", f"{API}/catalog"))
        try:
            return [CatalogCourse.from_wire(c) for c in body["courses"]]
        except (KeyError, TypeError, ValueError):
            raise HubError(HubErrorKind.PROTOCOL, "The course server's course list is malformed.") from None

    def manifest(self, course_id: str, version: int) -> tuple[bytes, bytes | None]:
        base = f"{API}/courses/{quote(course_id, safe='')}/{int(version)}"
        manifest = self.request("GET", f"{base}/manifest").content
        try:
            signature: bytes | None = self.request("GET", f"{base}/manifest.sig").content
        except HubError as exc:
            if exc.kind is not HubErrorKind.NOT_FOUND:
                raise
            signature = None
        return manifest, signature

    def open_blob(self, sha: str, start: int = 0) -> requests.Response:
        """A streaming response from byte `start`; 206 when resuming, 200 from the start."""
        if not SHA256_RE.match(sha):
            raise ValueError(sha)
        headers = {"Accept-Encoding": "identity"}
        if start > 0:
            headers["Range"] = f"bytes={start}-"
            headers["If-Range"] = f'"{sha}"'
        resp = self.request("GET", f"{API}/blobs/{sha}", headers=headers, stream=True)
        if start > 0 and resp.status_code != 206:
            if resp.status_code == 200:
                return resp  # the hub ignored the range: the caller starts over
            resp.close()
            raise HubError(HubErrorKind.PROTOCOL, f"Unexpected answer {resp.status_code} for a blob.")
        return resp

    def sync(self, body: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = self._json(self.request("POST", f"{API}/sync", json_body=body, gzip_body=True))
        return answer

    # ------------------------------------------------------------------ staff (version 2)
    # Online only, with the staff member's token; a 403 carries the hub's reason in plain
    # words ("Only an instructor or a moderator of 'ethics' can hide posts."), kept as is.

    def moderate(self, target: str, target_id: str, hidden: bool, reason: str) -> dict[str, Any]:
        """Hide or restore a thread or post (`target`: "thread" or "post"); the hub's
        `ModerationRecord`."""
        if target not in ("thread", "post"):
            raise ValueError(target)
        action = "hide" if hidden else "restore"
        path = f"{API}/moderation/{target}/{quote(target_id, safe='')}/{action}"
        answer: dict[str, Any] = self._json(self.request("POST", path, json_body={"reason": reason}))
        return answer

    def pin(self, thread_id: str, pinned: bool = True) -> dict[str, Any]:
        """Pin (or unpin) a discussion question; the hub's `ForumMetaRecord`."""
        path = f"{API}/forum/threads/{quote(thread_id, safe='')}/pin"
        answer: dict[str, Any] = self._json(self.request("POST", path, json_body={"pinned": pinned}))
        return answer

    def announce(self, run_id: str, title: str, body: str) -> dict[str, Any]:
        """An announcement to everyone in a run; the hub's `AnnouncementRecord`."""
        path = f"{API}/runs/{quote(str(run_id), safe='')}/announcements"
        answer: dict[str, Any] = self._json(self.request("POST", path, json_body={"title": title,
                                                                               "body": body}))
        return answer


def iter_body(resp: requests.Response, chunk: int = 64 * 1024) -> Iterator[bytes]:
    """Yield bytes as soon as they arrive (read1), so a reset loses almost nothing."""
    import requests

    raw = resp.raw
    try:
        while True:
            data = raw.read1(chunk)
            if not data:
                return
            yield data
    except (requests.exceptions.RequestException, OSError, socket.timeout) as exc:
        raise HubError(HubErrorKind.NETWORK, "The connection to the course server broke; Lectern will "
                                             "resume where it stopped.") from exc
    except Exception as exc:  # urllib3's ProtocolError / ReadTimeoutError
        if type(exc).__module__.startswith("urllib3"):
            raise HubError(HubErrorKind.NETWORK, "The connection to the course server broke; Lectern will "
                                                 "resume where it stopped.") from exc
        raise


def default_device_name() -> str:
    return os.environ.get("LECTERN_DEVICE_NAME") or socket.gethostname()
