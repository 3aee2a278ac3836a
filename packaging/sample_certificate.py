"""Sample certificate files for checking a frozen Lectern's `lectern certificate verify`.

Run with the build's Python (the dev venv, which has segno): writes a signed credential as JSON
(`cert.json`), the same credential as a QR code PNG (`qr.png`, segno), a status list that
revokes nothing (`status-list.json`) and the issuer's did:key (`issuer.txt`) into OUT_DIR.
`packaging/build-linux`'s smoke test and tests/packaging's installed-package test verify them
with the frozen `lectern`, which proves the certificate stack made it into the bundle: PyLD
and its JSON-LD contexts (offline), zxing-cpp (reading the QR), PyNaCl (the signature).

    python3 packaging/sample_certificate.py OUT_DIR    # prints the issuer's did:key
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sync.certificates import (  # noqa: E402
    CertificateFacts,
    did_key,
    encode_qr_payload,
    issue,
    issue_status_list,
)
from sync.signing import PrivateKey  # noqa: E402

LIST_URL = "https://hub.example/api/v1/certificates/status-list"
HOLDER = "Nadia Haddad"
# Arabic and Chinese in the credential: the verifier's one line must carry them unchanged.
TITLE = "حرية التعبير 言论自由"


def write_samples(out_dir: Path) -> str:
    """Write the sample files into `out_dir`; the issuer's did:key."""
    import segno

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    key = PrivateKey.generate()
    facts = CertificateFacts(
        holder_name=HOLDER, holder_identity="user-7", course_id="foe-intro-ar",
        course_title=TITLE, course_language="ar", criteria="Watched every lecture.", hours=0.75,
        issuer_name="Lectern packaging check", status_list_url=LIST_URL, status_index=3)
    doc = issue(facts, key)
    (out_dir / "cert.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2),
                                       encoding="utf-8")
    segno.make(encode_qr_payload(doc), error="m", micro=False).save(
        str(out_dir / "qr.png"), scale=4, border=4)
    (out_dir / "status-list.json").write_text(
        json.dumps(issue_status_list(LIST_URL, [], key)), encoding="utf-8")
    issuer = did_key(key.public_raw)
    (out_dir / "issuer.txt").write_text(issuer + "\n", encoding="utf-8")
    return issuer


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: sample_certificate.py OUT_DIR")
    print(write_samples(Path(sys.argv[1])))
