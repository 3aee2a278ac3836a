"""A real `lectern-hub serve` in a temporary dir for benchmarks (loopback only)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "bench password"


class LocalHub:
    """Start a hub, publish signed bundles, add enrolled users; stop it on exit."""

    def __init__(self, work: Path) -> None:
        self.data = work / "hub"
        self.data.mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def cli(self, *args: str, input: str | None = None) -> None:
        subprocess.run([sys.executable, "-m", "hub.cli", "--data", str(self.data), *args], check=True,
                       cwd=REPO, input=input, text=True, capture_output=True)

    def publish(self, bundle: Path, public_key: Path) -> None:
        self.cli("trust", str(public_key))
        self.cli("publish", str(bundle))

    def add_user(self, name: str, *courses: str) -> None:
        enrol = [a for c in courses for a in ("--enrol", c)]
        self.cli("user", "add", name, "--password-stdin", *enrol, input=PASSWORD + "\n")

    def token(self, name: str) -> str:
        r = requests.post(f"{self.url}/api/v1/token", json={"username": name, "password": PASSWORD,
                                                           "device_name": "bench"}, timeout=30)
        r.raise_for_status()
        return r.json()["token"]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LocalHub":
        port_file = self.data / "port"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hub.cli", "--data", str(self.data), "serve", "--host", "127.0.0.1",
             "--port", "0", "--port-file", str(port_file)],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                self.port = int(port_file.read_text())
                try:
                    requests.get(f"{self.url}/api/v1/ping", timeout=1)
                    return self
                except requests.RequestException:
                    pass
            time.sleep(0.1)
        self.__exit__()
        raise SystemExit("the hub did not start")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
