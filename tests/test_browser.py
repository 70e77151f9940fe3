"""A real browser (Debian's Chromium through Playwright) on a real `reconcile serve`.

Log in, open a conflicted event, mark the preferred value, see it on the reconciled view;
an anonymous write refused; a hostile report stays text. Never downloads a browser:
Chromium comes from the system (`apt-get install chromium`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from review_helpers import EDITOR, PASSWORD, Server, build_review_desk, market

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path("/tmp/reconcile-event-page.png")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium)"),
]


@pytest.fixture
def served(tmp_path):
    db = build_review_desk(tmp_path)
    server = Server(db)
    yield server, db, market(db)
    server.stop()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_editor_marks_preferred_value_in_the_browser(served, browser):
    server, db, m = served
    event_path = f"/{db.stem}/-/event/{m['event']}"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # anonymous: reads the conflicted event, the hostile report stays text, no forms
    page.goto(server.url + event_path)
    assert page.locator(".desk-conflicts .badge.review-open").count() >= 1
    assert page.get_by_text('<script>alert("quote")</script>', exact=False).first.is_visible()
    assert page.get_by_text("""<script>alert("title")</script> Market attack <img src=x onerror=alert('title')>""",
                            exact=False).first.is_visible()
    assert page.locator(".desk-claim img, .desk-claim script, .desk-context b").count() == 0
    assert page.locator("button:has-text('Mark preferred')").count() == 0

    # an anonymous write from the page is refused and changes nothing
    status = page.evaluate(
        f"""async (body) => (await fetch('/{db.stem}/-/decide', {{method: 'POST',
               headers: {{'content-type': 'application/x-www-form-urlencoded'}}, body}})).status""",
        f"target=event:{m['event']}&action=value&kind=killed&victims=people&value_low=1&rationale=x")
    assert status == 403

    # log in and come back to the event
    page.goto(server.url + "/-/login?next=" + event_path)
    page.fill("input[name=username]", EDITOR)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server.url + event_path)
    card = page.locator(f"#claim-{m['official']}")
    card.locator("summary").click()
    prefer = card.locator("form:has(input[name=action][value=prefer])")
    prefer.locator("input[name=rationale]").fill("Health officials counted the dead at the hospital")
    prefer.locator("button").click()
    page.wait_for_load_state()
    assert "Recorded decision 1" in page.locator(".message-info").inner_text()
    choice = page.locator(".desk-choice").filter(has_text="Editor's value")
    assert choice.count() == 1 and "Editor's value: 9" in choice.inner_text()
    assert page.locator(f"#claim-{m['official']} .badge.preferred").is_visible()
    assert "Health officials counted the dead" in page.locator("#history").inner_text()
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    # the reconciled view shows the editor's choice above the computed consensus
    page.goto(server.url + f"/{db.stem}/reconciled?event_id={m['event']}&kind=killed")
    row = page.locator("table.rows-and-columns tbody tr").first
    text = row.inner_text()
    assert "editor" in text and EDITOR in text and "Health officials counted the dead" in text

    assert dialogs == []  # no script from a report ever ran
