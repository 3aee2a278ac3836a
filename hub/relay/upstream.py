"""The relay's client for its upstream hub: the player's own HTTP client (sync.hub_client:
proxy, CA bundle, timeouts, one error kind per failure), with the bearer token chosen per
call (court IT's, or the judge's the relay acts for).

Every failure is a `sync.errors.HubError`; `link_down(exc)` says whether it means "the link
(or the upstream) is down, try later" rather than "the upstream refused".
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sync.errors import HubError, HubErrorKind
from sync.hub_client import API, HubClient, HubSettings, iter_body

log = logging.getLogger(__name__)


def link_down(exc: HubError) -> bool:
    """A failure to wait out (network, 5xx, rate limit), not a refusal."""
    return exc.transient


class Upstream:
    """One HTTP session to the upstream hub, shared by the relay's threads (requests'
    Session is safe for that when its settings do not change)."""

    def __init__(self, url: str, *, connect_timeout: float = 10.0, read_timeout: float = 60.0,
                 proxy: str | None = None, ca_bundle: str | None = None) -> None:
        self.settings = HubSettings(url, proxy=proxy, ca_bundle=ca_bundle, connect_timeout=connect_timeout,
                                    read_timeout=read_timeout)
        self.url = self.settings.normalized_url()
        self._client = HubClient(self.settings)

    def close(self) -> None:
        self._client.close()

    @staticmethod
    def _auth(token: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _json(self, method: str, path: str, token: str | None, body: Any = None,
              timeout: tuple[float, float] | None = None, gzip_body: bool = False,
              extra: dict[str, str] | None = None) -> Any:
        resp = self._client.request(method, path, json_body=body, headers={**self._auth(token), **(extra or {})},
                                    timeout=timeout, gzip_body=gzip_body)
        try:
            return resp.json()
        except ValueError:
            raise HubError(HubErrorKind.PROTOCOL, "The upstream's answer is not JSON (is the address right?).",
                           status=resp.status_code) from None

    def ping(self, timeout: float = 5.0) -> dict[str, Any] | None:
        try:
            answer = self._json("GET", f"{API}/ping", None, timeout=(timeout, timeout))
        except HubError:
            return None
        return answer if isinstance(answer, dict) and answer.get("service") == "lectern-hub" else None

    def login(self, body: dict[str, Any], timeout: float = 20.0, client_address: str | None = None) -> dict[str, Any]:
        """POST /token with the player's body as it came (fields the relay does not know,
        e.g. a device key, reach the upstream too). `client_address`, the judge's PC, goes
        as X-Forwarded-For: a hub started with `--behind-proxy RELAY_ADDRESS` then slows
        down wrong passwords per PC, not for the whole court at once."""
        extra = {"X-Forwarded-For": client_address} if client_address else None
        answer = self._json("POST", f"{API}/token", None, body, timeout=(min(timeout, 10.0), timeout), extra=extra)
        if not isinstance(answer, dict) or not isinstance(answer.get("token"), str):
            raise HubError(HubErrorKind.PROTOCOL, "The upstream did not give a sign-in token.")
        return answer

    def catalog(self, token: str, timeout: float = 20.0) -> dict[str, Any]:
        answer = self._json("GET", f"{API}/catalog", token, timeout=(min(timeout, 10.0), timeout))
        if not isinstance(answer, dict) or not isinstance(answer.get("courses"), list):
            raise HubError(HubErrorKind.PROTOCOL, "The upstream's course list is malformed.")
        return answer

    def manifest(self, token: str, course_id: str, version: int) -> tuple[bytes, bytes | None]:
        base = f"{API}/courses/{quote(course_id, safe='')}/{int(version)}"
        manifest = self._client.request("GET", f"{base}/manifest", headers=self._auth(token)).content
        try:
            signature: bytes | None = self._client.request("GET", f"{base}/manifest.sig",
                                                           headers=self._auth(token)).content
        except HubError as exc:
            if exc.kind is not HubErrorKind.NOT_FOUND:
                raise
            signature = None
        return manifest, signature

    def passthrough(self, method: str, path: str, token: str | None, body: bytes | None,
                    content_type: str | None, timeout: float = 30.0) -> tuple[int, str, bytes]:
        """One request forwarded as it came; the upstream's answer (status, type, body) as it
        is, refusals included. A failure to reach it is a `HubError` of kind NETWORK."""
        import requests

        headers = self._auth(token)
        if content_type:
            headers["Content-Type"] = content_type
        try:
            resp = self._client.session.request(method, self._client.url(path), data=body, headers=headers,
                                                timeout=(min(timeout, 10.0), timeout))
        except (requests.RequestException, OSError) as exc:
            raise HubError(HubErrorKind.NETWORK, "The upstream cannot be reached right now.") from exc
        if resp.status_code >= 500:
            raise HubError(HubErrorKind.SERVER, "The upstream is having trouble.", status=resp.status_code)
        return resp.status_code, resp.headers.get("Content-Type", "application/json"), resp.content

    def sync(self, token: str, body: dict[str, Any]) -> dict[str, Any]:
        answer = self._json("POST", f"{API}/sync", token, body, gzip_body=True)
        if not isinstance(answer, dict):
            raise HubError(HubErrorKind.PROTOCOL, "The upstream's sync answer is malformed.")
        return answer

    def sync_file(self, token: str, data: bytes, timeout: float = 300.0) -> tuple[bytes, dict[str, Any]]:
        """POST a judge's sync file to the upstream's `/sync-files`: (the reply the upstream
        signed, its summary). A refusal keeps the upstream's one line as the error's message
        (status 422: the file itself is refused; 413: too large for the upstream)."""
        import json

        import requests

        from ..api.sync_files import MEDIA_TYPE, OUTCOME_HEADER

        headers = {**self._auth(token), "Content-Type": MEDIA_TYPE, "Accept-Encoding": "gzip"}
        try:
            resp = self._client.session.post(self._client.url(f"{API}/sync-files"), data=data, headers=headers,
                                             timeout=(min(timeout, 10.0), timeout))
            body = resp.content
        except (requests.RequestException, OSError) as exc:
            raise HubError(HubErrorKind.NETWORK, "The upstream cannot be reached right now.") from exc
        status = resp.status_code
        if status >= 400:
            try:
                message = str(resp.json()["error"]["message"])
            except (ValueError, KeyError, TypeError):
                message = f"HTTP {status}"
            kind = {401: HubErrorKind.AUTH, 404: HubErrorKind.NOT_FOUND, 429: HubErrorKind.RATE_LIMITED}.get(
                status, HubErrorKind.SERVER if status >= 500 else HubErrorKind.PROTOCOL)
            if status == 404:
                message = "The course server does not take sync files from a relay (update lectern-hub there)."
            retry = resp.headers.get("Retry-After")
            raise HubError(kind, message, status=status,
                           retry_after=float(retry) if retry and retry.isdigit() else None)
        try:
            summary = json.loads(resp.headers.get(OUTCOME_HEADER, "{}"))
        except ValueError:
            summary = {}
        if not isinstance(summary, dict) or not body:
            raise HubError(HubErrorKind.PROTOCOL, "The upstream's answer to a sync file is malformed.")
        return body, summary

    def fetch_blob(self, token: str, sha: str, part: Path, size: int) -> None:
        """Download a blob into `part`, resuming from the bytes already there (Range and
        If-Range, as the player's downloader does); checks the size and sha256 and renames
        it to `part` without its `.part` suffix. A broken connection leaves `part` to
        resume from: call again."""
        have = part.stat().st_size if part.exists() else 0
        if have > size:
            part.unlink()
            have = 0
        headers = {"Accept-Encoding": "identity", **self._auth(token)}
        if 0 < have < size:
            headers["Range"] = f"bytes={have}-"
            headers["If-Range"] = f'"{sha}"'
        if have < size:
            resp = self._client.request("GET", f"{API}/blobs/{sha}", headers=headers, stream=True)
            try:
                if have and resp.status_code != 206:
                    have = 0  # the upstream sent it all again: start over
                with open(part, "r+b" if have else "wb") as f:
                    f.seek(have)
                    for data in iter_body(resp):
                        f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
            finally:
                resp.close()
        digest = hashlib.sha256()
        with open(part, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        got = part.stat().st_size
        if got < size:
            raise HubError(HubErrorKind.NETWORK, "The upstream's answer ended early; resuming.")
        if digest.hexdigest() != sha:
            part.unlink()
            raise HubError(HubErrorKind.PROTOCOL, f"The upstream sent a file {sha[:12]}… whose content does "
                                                  "not match its name; it will be fetched again.")
        os.replace(part, part.with_suffix(""))
