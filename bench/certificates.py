#!/usr/bin/env python3
"""Does issuing certificates slow the hub's sync? And how long does verifying one take?

Runs `bench/hub_load.py`'s load (its setup, server and learner sessions, reused as they are)
twice in one invocation, each against a fresh hub:

- **without**: the course's requirements are out of reach (the load never passes its quiz),
  so the hub evaluates them after every push that changes them but never issues;
- **with**: the same course, but its quiz is optional and its optional PDF reading required,
  so a learner whose random completions cover all four readings and videos earns a
  certificate mid-run (about 60% of them): the hub records it in the push, signs its
  credential (eddsa-rdfc-2022) after the commit and sends it with that sync's pull.

Then prints each run's p50/p99, the p99 ratio (with / without), how many certificates were
issued and signed, and the time to verify a credential (JSON) in Python.

    .venv/bin/python bench/certificates.py                  # 1,000 learners, as hub_load's goal
    .venv/bin/python bench/certificates.py --learners 200 --think 5   # a quick look
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import hub_load  # noqa: E402  (bench/hub_load.py: the load itself, reused, not copied)


def publish_version_2(data_dir: Path, certificates_reachable: bool) -> None:
    """Version 2 of the load's course (the hub decides on the newest version)."""
    from course_factory import write_tiny_course

    from hub.context import Hub
    from hub.courses import publish_bundle
    from hub.settings import HubSettings
    from sync.bundle import build_bundle

    work = data_dir / "work"
    src = work / "src-v2"
    write_tiny_course(src, version=2, course_id="bench-en")
    toml = (src / "course.toml").read_text(encoding="utf-8")
    if certificates_reachable:
        toml = toml.replace("pass_mark = 0.67", "pass_mark = 0.67\nrequired = false", 1)
        toml, n = re.subn(r'(file = "paper.pdf"\s*\n\s*)required = false', r"\1required = true", toml)
        assert n == 1, "the tiny course changed: update this bench"
    (src / "course.toml").write_text(toml + '\n[requirements]\nhours = 1\ncriteria = "Everything."\n',
                                     encoding="utf-8")
    build_bundle(src, work / "bench-v2.lectern", sign_key=work / "pub.key")
    hub = Hub.open(HubSettings(data_dir=data_dir))
    try:
        publish_bundle(hub.database, hub.store, work / "bench-v2.lectern")
    finally:
        hub.close()


def certificates_in(data_dir: Path) -> tuple[int, int]:
    """(certificates recorded, credentials signed) in a hub's database."""
    import sqlite3
    with sqlite3.connect(data_dir / "hub.sqlite3") as conn:
        row = conn.execute("SELECT COUNT(*), COUNT(credential) FROM certificates").fetchone()
    conn.close()
    return int(row[0]), int(row[1])


def load_run(args: argparse.Namespace, with_certificates: bool) -> tuple[hub_load.Run, tuple[int, int]]:
    with tempfile.TemporaryDirectory(prefix="hub-certs-") as tmp:
        data = Path(tmp)
        course_id, tokens = hub_load.prepare(data, args.learners)
        publish_version_2(data, with_certificates)
        proc, port = hub_load.start_server(data, args.workers)
        try:
            load, _ping = asyncio.run(hub_load.run(args, proc.pid, port, course_id, tokens))
            time.sleep(1.0)  # a signature begun as the load ended
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        return load, certificates_in(data)


def verify_time(rounds: int = 50) -> tuple[float, float]:
    """Median and worst seconds to read and verify one credential (JSON text) with its
    status list, once the JSON-LD machinery is loaded (the first call is shown apart)."""
    from sync.certificates import CertificateFacts, did_key, issue, issue_status_list, verify
    from sync.signing import PrivateKey

    key = PrivateKey.generate()
    url = "https://hub.example.org/api/v1/certificates/status-list"
    facts = CertificateFacts(
        holder_name="María José Fernández de la Fuente", holder_identity="mjfernandez",
        course_id="foe-intro-es", course_title="Libertad de expresión y seguridad de los periodistas",
        course_language="es", criteria="Vio las dos clases, aprobó los dos cuestionarios y participó en el foro.",
        hours=2.0, issuer_name="Escuela Judicial", status_list_url=url, status_index=41)
    text = json.dumps(issue(facts, key))
    status = issue_status_list(url, [3, 7], key)
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = verify(json.loads(text), [did_key(key.public_raw)], status_list=status)
        times.append(time.perf_counter() - t0)
        assert result.ok, result.message
    return statistics.median(times), max(times)


def verify_command_times(runs: int = 3) -> tuple[float, float]:
    """Seconds for `lectern certificate verify` from a fresh process, as court staff run it:
    on the printed PDF (the page rendered, its QR code read, then verified) and, as the
    baseline, on the same credential's JSON file. Best of `runs` each."""
    import subprocess

    from player.certificates.paper import render_certificate_pdf
    from sync.certificates import CertificateFacts, did_key, issue
    from sync.signing import PrivateKey

    key = PrivateKey.generate()
    facts = CertificateFacts(
        holder_name="Amina El-Sayed", holder_identity="aelsayed", course_id="foe-intro-ar",
        course_title="حرية التعبير وسلامة الصحفيين: مقدمة", course_language="ar",
        criteria="Watched both lectures, passed both quizzes, took part in the discussion.",
        hours=0.75, issuer_name="Judicial Training Institute",
        status_list_url="https://hub.example.org/api/v1/certificates/status-list", status_index=9)
    credential = issue(facts, key)
    with tempfile.TemporaryDirectory() as tmp:
        pdf, js = Path(tmp) / "certificate.pdf", Path(tmp) / "credential.json"
        render_certificate_pdf(credential, pdf, "ar")
        js.write_text(json.dumps(credential), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

        def best(path: Path) -> float:
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "sync.cli", "certificate", "verify",
                                       str(path), "--trust-issuer", did_key(key.public_raw)],
                                      capture_output=True, text=True, env=env, timeout=120)
                times.append(time.perf_counter() - t0)
                assert done.returncode == 0, done.stdout + done.stderr
            return min(times)

        return best(pdf), best(js)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--learners", type=int, default=1000)
    p.add_argument("--events", type=int, default=100, help="events each learner pushes")
    p.add_argument("--batch", type=int, default=25, help="events per sync request")
    p.add_argument("--think", type=float, default=30.0, help="as hub_load.py's --think")
    p.add_argument("--forum-share", type=float, default=0.02)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    p.add_argument("--max-seconds", type=float, default=240.0)
    args = p.parse_args()

    t0 = time.perf_counter()
    import sync.certificates  # noqa: F401  (PyLD and the contexts: loaded once, timed apart)
    print(f"loading the certificate code: {time.perf_counter() - t0:.2f}s (once per process)")
    median, worst = verify_time()
    print(f"verify a credential (JSON, with its status list): median {median * 1000:.1f} ms, "
          f"worst {worst * 1000:.1f} ms")
    pdf_s, json_s = verify_command_times()
    print(f"`lectern certificate verify` from a fresh process: printed PDF {pdf_s:.2f}s "
          f"(goal under 2 s; page rendered and its QR code read), JSON {json_s:.2f}s, "
          f"ratio {pdf_s / json_s:.2f}")

    results = {}
    for label, with_certs in (("without", False), ("with", True)):
        load, (recorded, signed) = load_run(args, with_certs)
        s = load.stats
        results[label] = hub_load.pct(s.latencies, 99)
        print(f"\n{label} certificates: {args.learners} learners, {len(s.latencies)} sync requests in "
              f"{load.wall:.1f}s, server CPU {load.server_cpu:.1f}s, {len(s.errors)} errors")
        print(f"  latency ms    p50 {hub_load.pct(s.latencies, 50) * 1000:.1f}  "
              f"p90 {hub_load.pct(s.latencies, 90) * 1000:.1f}  p99 {results[label] * 1000:.1f}  "
              f"max {max(s.latencies, default=0) * 1000:.1f}")
        print(f"  certificates  {recorded} issued, {signed} credentials signed")
        if s.errors:
            print(f"  e.g. {s.errors[0]}")
    print(f"\np99 with / without certificates = {results['with'] / results['without']:.2f} "
          f"({results['with'] * 1000:.0f} ms / {results['without'] * 1000:.0f} ms; p99 varies "
          "by about ±30% between identical runs on a 2-core machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
