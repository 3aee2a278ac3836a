"""Court IT pins certificate issuers in the site file (`trusted_issuers`), as publisher keys."""
from __future__ import annotations

from sync.certificates import did_key
from sync.signing import PrivateKey, public_key_of
from sync.site_config import load_site_config


def test_trusted_issuers_as_did_key_or_key_line(tmp_path):
    a, b = PrivateKey.generate(), PrivateKey.generate()
    site = tmp_path / "lectern.toml"
    site.write_text(f'trusted_issuers = ["{did_key(a.public_raw)}", "{public_key_of(b).to_text().strip()}",\n'
                    '  "did:key:z6MkNOTAKEY", 7]\nlocked = ["trusted_issuers"]\n', encoding="utf-8")
    config = load_site_config(site)
    assert config.trusted_issuers == (did_key(a.public_raw), did_key(b.public_raw))
    assert config.values["trusted_issuers"] == list(config.trusted_issuers)
    assert "trusted_issuers" in config.locked
    assert len(config.problems) == 2 and all("this issuer is not trusted" in p for p in config.problems)
    assert "trusted issuer 3" in config.problems[0] and "line 2" in config.problems[0]
