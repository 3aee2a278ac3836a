"""The catalog (the newest version of each course the learner is enrolled in), and each
course version's manifest and signature, byte for byte as published (immutable: strong
ETag, cacheable forever)."""
from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy import select

from sync.protocol import API_PREFIX, CatalogEntry, CatalogResponse, DownloadSizes, ErrorBody

from .. import auth, blobs, db
from ..context import Hub
from ..courses import enrolled_families, latest_versions
from ..errors import HubError, HubErrorKind
from .common import ERROR_RESPONSES, Who


def _immutable(data: bytes, media_type: str, request: Request) -> Response:
    etag = f'"{hashlib.sha256(data).hexdigest()}"'
    headers = {"ETag": etag, "Cache-Control": blobs.CACHE_CONTROL}
    if blobs.none_match(request.headers.get("if-none-match"), etag.strip('"')):
        return Response(status_code=304, headers=headers)
    return Response(content=data, media_type=media_type, headers=headers)


def add_routes(api: APIRouter, hub: Hub) -> None:

    @api.get(f"{API_PREFIX}/catalog", response_model=CatalogResponse, tags=["courses"],
             responses=ERROR_RESPONSES)
    def catalog(who: Who) -> CatalogResponse:
        """The newest version of every course (language version) the learner is enrolled in."""
        with hub.database.read() as conn:
            families = enrolled_families(conn, who.user_id)
            rows = latest_versions(hub.index.rows(conn, families=families))
        entries = []
        for r in sorted(rows.values(), key=lambda r: (r.course_family, r.course_id)):
            base = f"{API_PREFIX}/courses/{r.course_id}/{r.version}"
            entries.append(CatalogEntry(
                id=r.course_id, course_family=r.course_family, version=r.version, language=r.language,
                title=r.title, summary=r.summary, publisher=r.publisher, signed_by=r.key_id,
                sizes=DownloadSizes(full=r.full_size, low_bandwidth=r.low_size),
                manifest_url=f"{base}/manifest",
                signature_url=f"{base}/manifest.sig" if r.has_signature else None,
                published_at=datetime.fromisoformat(r.published_at)))
        return CatalogResponse(courses=entries)

    def _course_bytes(who: auth.Principal, course_id: str, version: int, column: Any) -> bytes:
        with hub.database.read() as conn:
            row = hub.index.find(conn, course_id, version)
            if row is None:
                raise HubError(HubErrorKind.NOT_FOUND, f"The hub has no version {version} of '{course_id}'.")
            if row.course_family not in enrolled_families(conn, who.user_id):
                raise HubError(HubErrorKind.NOT_ENROLLED,
                               f"You are not enrolled in '{course_id}'; ask your court's administrator.")
            data = conn.execute(select(column).where(db.courses.c.pk == row.pk)).scalar()
        if data is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"Version {version} of '{course_id}' is not signed.")
        return bytes(data)

    @api.get(f"{API_PREFIX}/courses/{{course_id}}/{{version}}/manifest", tags=["courses"],
             responses={200: {"content": {"application/json": {}}, "description": "The exact signed manifest bytes."},
                        403: {"model": ErrorBody}, 404: {"model": ErrorBody}, **ERROR_RESPONSES})
    def manifest(course_id: str, version: int, who: Who, request: Request) -> Response:
        """The manifest exactly as signed (verify `manifest.sig` over these bytes)."""
        return _immutable(_course_bytes(who, course_id, version, db.courses.c.manifest), "application/json", request)

    @api.get(f"{API_PREFIX}/courses/{{course_id}}/{{version}}/manifest.sig", tags=["courses"],
             responses={200: {"content": {"application/octet-stream": {}}, "description": "The manifest.sig file."},
                        403: {"model": ErrorBody}, 404: {"model": ErrorBody}, **ERROR_RESPONSES})
    def signature(course_id: str, version: int, who: Who, request: Request) -> Response:
        """The publisher's signature file over the manifest bytes."""
        return _immutable(_course_bytes(who, course_id, version, db.courses.c.signature),
                          "application/octet-stream", request)
