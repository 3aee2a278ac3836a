"""The staff console in a real browser (issue #18): Debian's chromium, headless, driven by
Selenium through chromium-driver, against the shared real hub process. Sign in, import a CSV
of enrolments, open the dashboard, hide a reported post, revoke a certificate, sign out;
a screenshot of each page in test-artifacts/console/."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from console_kit import PASSWORD, default_run, make_user

selenium = pytest.importorskip("selenium", reason="selenium is in the test extra (pyproject)")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "test-artifacts" / "console"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"

pytestmark = pytest.mark.skipif(not CHROMIUM or not Path(DRIVER).exists(),
                                reason="Debian's chromium and chromium-driver (dev.py APT_TEST)")


@pytest.fixture
def browser(tmp_path):
    profile = tempfile.mkdtemp(prefix="console-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                 f"--user-data-dir={profile}", "--lang=en-GB"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def submit(driver, element_id: str) -> None:
    """Click a form's button and wait for the next page (click returns before it loads)."""
    # A mark on the old page's window: gone once the next document has replaced it. Not
    # EC.staleness_of: chromium answers a node of a document being replaced with "Node with
    # given id does not belong to the document", which Selenium raises as a plain
    # WebDriverException, not as the StaleElementReferenceException that condition expects.
    driver.execute_script("window.__lecternOldPage = true")
    driver.find_element(By.ID, element_id).click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.__lecternOldPage === undefined "
                                   "&& document.readyState === 'complete'"))


def shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1280, max(700, min(int(height) + 40, 4000)))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def test_staff_run_a_cohort_in_the_browser(hub, admin, new_course, make_learner, tmp_path, browser):
    from hub import certificates

    course = new_course()
    cid, fam = course.course_id, course.family
    run_id = default_run(admin, fam)
    boss = make_user(admin, role="admin")
    ana, bea = make_learner(cid), make_learner(cid)
    thread = ana.event("thread", cid, item_id="f1", title="Week 1 thoughts", body="Spam spam <b>buy now</b>")
    assert not ana.sync([thread], protocol=2)["rejected"]
    report = bea.event("report", cid, target="thread", target_id=thread["id"], reason="Advertising.")
    assert not bea.sync([report], protocol=2)["rejected"]
    cert = certificates.grant(admin.database, admin.index, admin.settings, admin.writer.run, bea.username, cid,
                              reason="Finished on paper", by="tests")

    d = browser
    d.get(hub.url + "/console/")
    assert "/console/login" in d.current_url  # no session: the sign-in page
    shot(d, "01-sign-in")
    d.find_element(By.ID, "username").send_keys(boss)
    d.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(d, "sign-in")
    assert d.current_url.rstrip("/").endswith("/console")
    assert fam in d.page_source
    shot(d, "02-home")

    # People: a CSV of enrolments, checked, then applied.
    csv_path = tmp_path / "cohort.csv"
    csv_path.write_text("username,full_name,email,country,language,run,role\n"
                        f"br-{fam}-1,Juíza Ana Souza,ana.souza@example.org,BR,pt,{run_id},learner\n"
                        f"br-{fam}-2,Juiz Rui Lima,rui@example.org,BR,pt,{run_id},moderator\n"
                        f"br-{fam}-3,No Mail,not-an-address,BR,pt,{run_id},learner\n"
                        f"br-{fam}-1,Twice,twice@example.org,BR,pt,{run_id},learner\n"
                        f"br-{fam}-4,Nowhere,no@example.org,BR,pt,999999,learner\n", encoding="utf-8")
    d.get(hub.url + "/console/people")
    shot(d, "03-people")
    d.find_element(By.ID, "csv-file").send_keys(str(csv_path))
    submit(d, "preview")
    summary = d.find_element(By.ID, "import-summary").text
    assert "2 rows can be imported, 3 are refused" in summary
    refused = d.find_element(By.ID, "refused").text
    assert "bad e-mail address" in refused and "duplicate of line 2" in refused and "unknown run" in refused
    shot(d, "04-import-check")
    submit(d, "apply")
    assert "2 accounts created" in d.find_element(By.ID, "import-result").text
    links = d.find_element(By.ID, "secrets").text
    assert "/console/password/" in links
    shot(d, "05-import-done")

    # The dashboard of the run: ana, bea and the two imported.
    d.get(f"{hub.url}/console/runs/{run_id}")
    assert d.find_element(By.ID, "enrolled").text == "4"
    assert d.find_element(By.ID, "certified").text == "1"
    assert len(d.page_source.encode()) < 100_000
    assert d.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    shot(d, "06-dashboard")
    d.get(f"{hub.url}/console/runs/{run_id}/learners?sort=username&order=desc")
    assert f"br-{fam}-2" in d.find_element(By.ID, "learners").text
    shot(d, "07-learners")

    # The moderation queue: hide the reported thread with a reason.
    d.get(f"{hub.url}/console/families/{fam}/moderation")
    assert "Advertising." in d.page_source
    d.find_element(By.ID, f"reason-{thread['id']}").send_keys("Advertising, not discussion.")
    submit(d, f"hide-{thread['id']}")
    assert d.find_element(By.ID, f"restore-{thread['id']}")  # now hidden: the form offers restore
    shot(d, "08-moderation")
    later, _ = make_learner(cid).pull_all()  # a learner's next sync carries the hiding
    assert [m for m in later if m["kind"] == "moderation" and m["moderation"]["id"] == thread["id"]
            and m["moderation"]["hidden"]]
    d.get(f"{hub.url}/console/families/{fam}/audit")
    assert "Advertising, not discussion." in d.find_element(By.ID, "audit").text
    shot(d, "09-audit")

    # Certificates: revoke bea's with a reason.
    d.get(f"{hub.url}/console/families/{fam}/certificates")
    d.find_element(By.ID, f"why-{cert.id}").send_keys("Issued by mistake")
    submit(d, f"revoke-{cert.id}")
    assert "Issued by mistake" in d.find_element(By.ID, "revoked").text, d.find_element(By.TAG_NAME, "main").text
    shot(d, "10-certificates")
    with admin.database.read() as conn:
        assert certificates.find_certificate(conn, str(cert.id)).revoked_reason == "Issued by mistake"

    # French, and right to left.
    d.get(f"{hub.url}/console/lang/fr?next=/console/runs/{run_id}")
    assert "Progression" in d.page_source and d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    shot(d, "11-dashboard-fr")
    d.get(f"{hub.url}/console/lang/ar?next=/console/runs/{run_id}")
    assert d.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    shot(d, "12-dashboard-ar")
    d.get(f"{hub.url}/console/lang/en?next=/console/")

    submit(d, "sign-out")
    assert "/console/login" in d.current_url
    d.get(hub.url + "/console/")
    assert "/console/login" in d.current_url
    shot(d, "13-signed-out")
