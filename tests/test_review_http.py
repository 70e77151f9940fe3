"""The editor flow over HTTP through Datasette's own client: login, review pages, decisions, refusals."""

from __future__ import annotations

import re

import pytest
from review_helpers import EDITOR, PASSWORD, build_review_desk, market, query

from reconcile.serve import make_datasette
from reconcile.store import open_db


@pytest.fixture
def desk(tmp_path):
    path = build_review_desk(tmp_path)
    return path, market(path)


@pytest.fixture
def ds(desk):
    return make_datasette(desk[0])


async def csrf(ds, cookies=None) -> str:
    r = await ds.client.get("/-/login", cookies=cookies or {})
    return r.cookies.get("ds_csrftoken") or (cookies or {}).get("ds_csrftoken")


async def login(ds, name=EDITOR, password=PASSWORD) -> dict:
    token = await csrf(ds)
    r = await ds.client.post("/-/login", data={"username": name, "password": password, "csrftoken": token},
                             cookies={"ds_csrftoken": token})
    assert r.status_code == 302, r.text
    return {"ds_csrftoken": token, "ds_actor": r.cookies["ds_actor"]}


def n_decisions(path) -> int:
    return query(path, "select count(*) as n from decisions")[0]["n"]


def prefer_form(m, cookies, **extra):
    return {"target": f"event:{m['event']}", "action": "prefer", "kind": "killed", "victims": "people",
            "preferred_claim_id": m["official"], "rationale": "health officials counted the dead",
            "return_to": f"/desk/-/event/{m['event']}", "csrftoken": cookies.get("ds_csrftoken", ""), **extra}


@pytest.mark.asyncio
async def test_anonymous_reads_event_page_without_forms(ds, desk):
    path, m = desk
    r = await ds.client.get(f"/desk/-/event/{m['event']}")
    assert r.status_code == 200
    html = r.text
    assert "Provincial health officials" in html and "official" in html
    assert "Eastern Gazette" in html and "2022-03-15" in html
    # the evidence, exactly sources.text[span], is highlighted inside its paragraph
    claim = query(path, "select c.span_start, c.span_end, s.text from claims c join sources s on s.id = c.source_id "
                        "where c.id = ?", [m["official"]])[0]
    evidence = claim["text"][claim["span_start"]:claim["span_end"]]
    assert f'<mark class="desk-evidence">{evidence}</mark>' in html
    assert "Shopkeepers said the market had been busy" in html  # the rest of the paragraph
    assert "Conflicts" in html and "perpetrator" in html
    assert "<svg" in html and "Competing figures" in html
    assert "Log in as an editor" in html
    assert "/desk/-/decide" not in html


@pytest.mark.asyncio
async def test_wrong_password_and_unknown_editor_refused(ds):
    token = await csrf(ds)
    for name, password in [(EDITOR, "not the password"), ("nobody", PASSWORD), (EDITOR, "")]:
        r = await ds.client.post("/-/login", data={"username": name, "password": password, "csrftoken": token},
                                 cookies={"ds_csrftoken": token})
        assert r.status_code == 403
        assert "ds_actor" not in r.cookies
        assert "Wrong name or password" in r.text


@pytest.mark.asyncio
async def test_editor_marks_preferred_value_and_sees_it_reconciled(ds, desk):
    path, m = desk
    cookies = await login(ds)
    page = await ds.client.get(f"/desk/-/event/{m['event']}", cookies=cookies)
    assert "/desk/-/decide" in page.text and 'name="csrftoken"' in page.text
    r = await ds.client.post("/desk/-/decide", data=prefer_form(m, cookies, actor="mallory", decided_at="1999-01-01"),
                             cookies=cookies)
    assert r.status_code == 302 and r.headers["location"] == f"/desk/-/event/{m['event']}"
    rows = query(path, "select * from decisions")
    assert len(rows) == 1
    assert rows[0]["actor"] == EDITOR  # the posted actor and time are ignored
    assert rows[0]["decided_at"] > "2020"
    rec = (await ds.client.get(f"/desk/reconciled.json?_shape=array&event_id={m['event']}&kind=killed")).json()
    assert [(x["decided_by"], x["value_low"], x["value_high"], x["editor"]) for x in rec] == [("editor", 9, 9, EDITOR)]
    page = await ds.client.get(f"/desk/-/event/{m['event']}", cookies={**cookies, **r.cookies})
    assert "Editor&#39;s value: 9" in page.text or "Editor's value: 9" in page.text
    assert "health officials counted the dead" in page.text  # in the history
    assert "Recorded decision 1" in page.text  # the flash message


@pytest.mark.asyncio
async def test_every_decision_kind_over_http(ds, desk):
    path, m = desk
    cookies = await login(ds)
    token = cookies["ds_csrftoken"]
    back = f"/desk/-/event/{m['event']}"
    forms = [
        {"target": f"claim:{m['perpetrator']}", "action": "deprecate", "rationale": "boast"},
        {"target": f"conflict:{m['conflicts'][0]}", "action": "resolve", "rationale": "a boast, not a count"},
        {"target": f"event:{m['event']}", "action": "value", "kind": "killed", "victims": "people",
         "value_low": "9", "value_high": "12", "rationale": "hospital and police lists"},
    ]
    for form in forms:
        r = await ds.client.post("/desk/-/decide", data={**form, "csrftoken": token, "return_to": back}, cookies=cookies)
        assert r.status_code == 302
    assert query(path, "select status from claims where id = ?", [m["perpetrator"]])[0]["status"] == "deprecated"
    assert query(path, "select review from conflict_review where id = ?", [m["conflicts"][0]])[0]["review"] == "resolved"
    rec = query(path, "select * from reconciled where event_id = ? and kind = 'killed'", [m["event"]])[0]
    assert (rec["value_low"], rec["value_high"]) == (9, 12)
    page = (await ds.client.get(back, cookies=cookies)).text
    assert page.count("<tr><td>") >= 3  # the history lists the three decisions
    assert "resolved" in page and "deprecated" in page


@pytest.mark.asyncio
async def test_invalid_decision_is_reported_and_not_written(ds, desk):
    path, m = desk
    cookies = await login(ds)
    r = await ds.client.post("/desk/-/decide", data=prefer_form(m, cookies, rationale=""), cookies=cookies)
    assert r.status_code == 302
    assert n_decisions(path) == 0
    page = await ds.client.get(r.headers["location"], cookies={**cookies, **r.cookies})
    assert "Decision not recorded" in page.text and "rationale" in page.text
    r = await ds.client.post("/desk/-/decide", data={**prefer_form(m, cookies), "action": "value",
                                                     "value_low": "nine"}, cookies=cookies)
    assert n_decisions(path) == 0


@pytest.mark.asyncio
async def test_anonymous_write_refused(ds, desk):
    path, m = desk
    r = await ds.client.post("/desk/-/decide", data=prefer_form(m, {}))
    assert r.status_code == 403
    token = await csrf(ds)
    r = await ds.client.post("/desk/-/decide", data=prefer_form(m, {"ds_csrftoken": token}),
                             cookies={"ds_csrftoken": token})
    assert r.status_code == 403
    assert n_decisions(path) == 0


@pytest.mark.asyncio
async def test_non_editor_and_forged_actors_refused(ds, desk):
    path, m = desk
    token = await csrf(ds)
    other = make_datasette(path)
    other._secret = "a different secret"
    forged = [
        ds.sign({"a": {"id": "mallory", "editor": True}}, "actor"),   # signed, but not an editor
        ds.sign({"a": {"id": "root"}}, "actor"),                       # Datasette's root is no editor
        other.sign({"a": {"id": EDITOR}}, "actor"),                    # an editor's name, wrong signature
        "eyJhIjp7ImlkIjoiYW5hIn19.forged",                             # not signed at all
    ]
    for cookie in forged:
        cookies = {"ds_csrftoken": token, "ds_actor": cookie}
        r = await ds.client.post("/desk/-/decide", data=prefer_form(m, cookies), cookies=cookies)
        assert r.status_code == 403, cookie
    assert n_decisions(path) == 0


@pytest.mark.asyncio
async def test_editor_write_without_csrf_token_refused(ds, desk):
    path, m = desk
    cookies = await login(ds)
    form = prefer_form(m, cookies)
    del form["csrftoken"]
    r = await ds.client.post("/desk/-/decide", data=form, cookies=cookies)
    assert r.status_code == 403
    r = await ds.client.post("/desk/-/decide", data={**form, "csrftoken": "wrong"}, cookies=cookies)
    assert r.status_code == 403
    assert n_decisions(path) == 0


@pytest.mark.asyncio
async def test_get_never_writes(ds, desk):
    path, m = desk
    cookies = await login(ds)
    r = await ds.client.get("/desk/-/decide?" + "&".join(f"{k}={v}" for k, v in prefer_form(m, cookies).items()),
                            cookies=cookies)
    assert r.status_code == 405
    assert n_decisions(path) == 0


@pytest.mark.asyncio
async def test_removed_editor_cookie_stops_working(ds, desk):
    path, m = desk
    cookies = await login(ds)
    db = open_db(path)
    from reconcile.auth import remove_editor

    remove_editor(db, EDITOR)
    db.close()
    r = await ds.client.post("/desk/-/decide", data=prefer_form(m, cookies), cookies=cookies)
    assert r.status_code == 403
    assert n_decisions(path) == 0


@pytest.mark.asyncio
async def test_redirects_stay_on_the_desk(ds, desk):
    _path, m = desk
    cookies = await login(ds)
    r = await ds.client.post("/desk/-/decide", data=prefer_form(m, cookies, return_to="//evil.example/x"),
                             cookies=cookies)
    assert r.headers["location"] == "/"
    for bad in ["/x\r\nSet-Cookie: a=b", "/\\evil.example", "javascript:alert(1)", "https://evil.example/"]:
        r = await ds.client.post("/desk/-/decide", data=prefer_form(m, cookies, return_to=bad), cookies=cookies)
        assert r.headers["location"] == "/", bad
        assert "a=b" not in r.headers.get("set-cookie", "")
    token = await csrf(ds)
    r = await ds.client.post("/-/login", data={"username": EDITOR, "password": PASSWORD, "csrftoken": token,
                                               "next": "https://evil.example/"}, cookies={"ds_csrftoken": token})
    assert r.headers["location"] == "/"


HOSTILE = re.compile(r"<script>alert|<img src=x onerror|<b>Herald", re.IGNORECASE)


@pytest.mark.asyncio
async def test_hostile_report_text_escaped_on_every_page(ds, desk):
    _path, m = desk
    cookies = await login(ds)
    pages = [f"/desk/-/event/{m['event']}", "/desk/-/map", "/desk/sources", "/desk/claims", "/desk/conflicts",
             "/desk/reconciled", "/desk/conflict_review", f"/desk/claims/{m['hostile']}"]
    for url in pages:
        for who in ({}, cookies):
            r = await ds.client.get(url, cookies=who)
            assert r.status_code == 200, url
            assert not HOSTILE.search(r.text), (url, HOSTILE.search(r.text))
    event = (await ds.client.get(pages[0])).text
    assert "&lt;script&gt;alert(&#34;quote&#34;)&lt;/script&gt;" in event
    assert "&lt;img src=x onerror=alert(&#39;title&#39;)&gt;" in event


@pytest.mark.asyncio
async def test_password_hashes_never_published(ds, desk):
    path, _ = desk
    assert query(path, "select password_hash from editors")[0]["password_hash"].startswith("scrypt$")
    for url in ["/desk/editors.json?_shape=array", "/desk.json?sql=select+*+from+editors&_shape=array",
                "/desk.json?sql=select+group_concat(password_hash)+as+h+from+editors&_shape=array"]:
        r = await ds.client.get(url)
        assert r.status_code == 200
        assert "scrypt$" not in r.text
    assert (await ds.client.get("/desk.db")).status_code == 403


@pytest.mark.asyncio
async def test_table_pages_link_to_event_and_subject_pages(ds, desk):
    _path, m = desk
    link = f'href="/desk/-/event/{m["event"]}"'
    for url in ["/desk/events", "/desk/claims", "/desk/conflicts", "/desk/reconciled", "/desk/conflict_review"]:
        r = await ds.client.get(url)
        assert link in r.text or f'href="/desk/-/event/{m["event"]}#claim-' in r.text, url
    for url in ["/desk/claims?kind=strength", "/desk/subjects"]:
        r = await ds.client.get(url)
        assert 'href="/desk/-/subject/ISKP%2Fstrength"' in r.text, url
    r = await ds.client.get("/desk/open_conflicts")  # a canned query of metadata.yml
    assert r.status_code == 200 and link in r.text


@pytest.mark.asyncio
async def test_subject_page_shows_estimates_over_time(ds, desk):
    r = await ds.client.get("/desk/-/subject/ISKP%2Fstrength")
    assert r.status_code == 200
    assert "Estimates over time" in r.text and "1,500 and 2,200" in r.text and "2023" in r.text
    assert (await ds.client.get("/desk/-/subject/nothing-here")).status_code == 404


@pytest.mark.asyncio
async def test_map_and_missing_pages(ds, desk):
    _path, m = desk
    r = await ds.client.get("/desk/-/map")
    assert r.status_code == 200 and "<circle" in r.text and f"/desk/-/event/{m['event']}" in r.text
    assert (await ds.client.get("/desk/-/event/no-such-event")).status_code == 404
    assert (await ds.client.get("/nodesk/-/event/x")).status_code == 404


@pytest.mark.asyncio
async def test_logout_ends_the_editor_session(ds, desk):
    _path, m = desk
    cookies = await login(ds)
    page = await ds.client.get(f"/desk/-/event/{m['event']}", cookies=cookies)
    assert "Log out" in page.text
    r = await ds.client.post("/-/logout", data={"csrftoken": cookies["ds_csrftoken"]}, cookies=cookies)
    assert r.status_code == 302
    assert r.cookies.get("ds_actor", "") == ""


@pytest.mark.asyncio
async def test_login_page_says_when_the_desk_has_no_editors(tmp_path):
    path = build_review_desk(tmp_path, editor=False)
    r = await make_datasette(path).client.get("/-/login")
    assert "has no editors yet" in r.text and "reconcile editor add" in r.text


@pytest.mark.asyncio
async def test_split_and_merge_through_the_forms(ds, desk):
    path, m = desk
    cookies = await login(ds)
    token = cookies["ds_csrftoken"]
    back = f"/desk/-/event/{m['event']}"
    body = (f"csrftoken={token}&target=event:{m['event']}&action=split&split_claims={m['perpetrator']}"
            f"&rationale=another+attack&return_to={back}")
    r = await ds.client.post("/desk/-/decide", content=body, cookies=cookies,
                             headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 302
    new_event = query(path, "select event_id from claims where id = ?", [m["perpetrator"]])[0]["event_id"]
    assert new_event != m["event"]
    assert "(split)" in (await ds.client.get(f"/desk/-/event/{new_event}")).text
    r = await ds.client.post("/desk/-/decide", data={"csrftoken": token, "target": f"event:{m['event']}",
                                                     "action": "merge", "merge_from": new_event,
                                                     "rationale": "same attack after all", "return_to": back},
                             cookies=cookies)
    assert r.status_code == 302
    assert query(path, "select event_id from claims where id = ?", [m["perpetrator"]])[0]["event_id"] == m["event"]
    old = await ds.client.get(f"/desk/-/event/{new_event}")  # an old link leads to where the claims went
    assert old.status_code == 302 and old.headers["location"] == back


@pytest.mark.asyncio
async def test_repeated_wrong_passwords_lock_the_name(ds):
    from reconcile import plugin

    token = await csrf(ds)
    statuses = []
    for _ in range(plugin.MAX_FAILURES + 1):
        r = await ds.client.post("/-/login", data={"username": EDITOR, "password": "guess", "csrftoken": token},
                                 cookies={"ds_csrftoken": token})
        statuses.append(r.status_code)
    assert statuses == [403] * plugin.MAX_FAILURES + [429]
    r = await ds.client.post("/-/login", data={"username": EDITOR, "password": PASSWORD, "csrftoken": token},
                             cookies={"ds_csrftoken": token})
    assert r.status_code == 429 and "ds_actor" not in r.cookies
    other = await csrf(ds)  # another name is not locked
    r = await ds.client.post("/-/login", data={"username": "someone", "password": "x", "csrftoken": other},
                             cookies={"ds_csrftoken": other})
    assert r.status_code == 403
