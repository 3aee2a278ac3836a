"""The listening socket and port file of `lectern-hub serve` and `relay serve`: bound before
the server starts, so that a taken port or an unwritable port file is one line (exit 2)."""
from __future__ import annotations

import os
import socket
from pathlib import Path

from .errors import HubError, HubErrorKind


def listening_socket(host: str, port: int, backlog: int) -> socket.socket:
    """A socket bound and listening on host:port (0 picks a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise HubError(HubErrorKind.BAD_REQUEST, f"Cannot listen on {host}:{port}: {exc.strerror}.") from None
    sock.listen(backlog)
    return sock


def write_port_file(path: Path, port: int) -> None:
    """The port actually listened on (with --port 0), written whole: a test or a script that
    waits for the file never reads half a number."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(str(port), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        reason = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
        raise HubError(HubErrorKind.BAD_REQUEST, f"Cannot write the port file: {reason}.") from None
