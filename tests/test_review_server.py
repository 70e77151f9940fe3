"""A real `reconcile serve` on a free port, driven over HTTP with httpx: the issue's check, end to end."""

from __future__ import annotations

import re
import subprocess

import httpx
import pytest
from review_helpers import EDITOR, PASSWORD, RECONCILE, Server, build_review_desk, market


@pytest.fixture
def served(tmp_path):
    db = build_review_desk(tmp_path)
    server = Server(db)
    yield server, db, market(db)
    server.stop()


def token_of(html: str) -> str:
    return re.search(r'name="csrftoken" value="([^"]+)"', html).group(1)


def test_editor_flow_against_real_server_survives_reingest_and_restart(served, tmp_path):
    server, db, m = served
    event = f"/{db.stem}/-/event/{m['event']}"
    with httpx.Client(base_url=server.url, follow_redirects=False, timeout=10) as client:
        page = client.get("/-/login")
        r = client.post("/-/login", data={"username": EDITOR, "password": "wrong", "csrftoken": token_of(page.text)})
        assert r.status_code == 403
        r = client.post("/-/login", data={"username": EDITOR, "password": PASSWORD, "csrftoken": token_of(page.text),
                                          "next": event})
        assert r.status_code == 302 and r.headers["location"] == event
        page = client.get(event)
        assert "Mark preferred" in page.text
        r = client.post(f"/{db.stem}/-/decide", data={
            "csrftoken": token_of(page.text), "target": f"event:{m['event']}", "action": "prefer", "kind": "killed",
            "victims": "people", "preferred_claim_id": m["official"], "rationale": "officials' count",
            "return_to": event})
        assert r.status_code == 302
        rec = client.get(f"/{db.stem}/reconciled.json", params={"_shape": "array", "event_id": m["event"],
                                                                "kind": "killed"}).json()
        assert rec[0]["decided_by"] == "editor" and rec[0]["value_low"] == 9
        page = client.get(event)
        r = client.post(f"/{db.stem}/-/decide", data={
            "csrftoken": token_of(page.text), "target": f"conflict:{m['conflicts'][0]}", "action": "resolve",
            "rationale": "the group's own figure", "return_to": event})
        assert r.status_code == 302
        actor_cookie = client.cookies["ds_actor"]

    # anonymous write refused by the real server
    anon = httpx.post(server.url + f"/{db.stem}/-/decide", data={"target": f"event:{m['event']}", "action": "clear",
                                                                 "kind": "killed", "rationale": "x"})
    assert anon.status_code == 403

    # re-ingest the same reports plus a new one while the server runs
    fixtures = tmp_path / "review_fixtures"
    out = subprocess.run([*RECONCILE, "ingest", str(fixtures / "reports"), str(fixtures / "later"), "--db", str(db), "-s"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert "1 new" in out.stdout
    rec = httpx.get(server.url + f"/{db.stem}/reconciled.json",
                    params={"_shape": "array", "event_id": m["event"], "kind": "killed"}).json()
    assert rec[0]["decided_by"] == "editor" and rec[0]["value_low"] == 9
    review = httpx.get(server.url + f"/{db.stem}/conflict_review.json",
                       params={"_shape": "array", "id": m["conflicts"][0]}).json()
    assert review[0]["review"] == "resolved" and review[0]["reviewed_by"] == EDITOR
    sources = httpx.get(server.url + f"/{db.stem}/sources.json", params={"_shape": "array"}).json()
    assert any("toll rises" in s["title"] for s in sources)

    # a restart keeps the signing secret beside the desk: the login still holds
    server.stop()
    again = Server(db)
    try:
        with httpx.Client(base_url=again.url, cookies={"ds_actor": actor_cookie}, timeout=10) as client:
            page = client.get(event)
            assert "Mark preferred" in page.text and "officials&#39; count" in page.text
    finally:
        again.stop()
