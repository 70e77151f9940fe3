"""The published desk, through Datasette's own client and through a real server."""

import httpx
import pytest
import pytest_asyncio
from review_helpers import Server

from reconcile.serve import make_datasette
from reconcile.store import open_db


@pytest_asyncio.fixture
async def ds(desk):
    ds = make_datasette(desk)
    await ds.invoke_startup()
    return ds


@pytest.mark.asyncio
async def test_metadata_has_title_licence_and_source(ds):
    response = await ds.client.get("/-/metadata.json")
    assert response.status_code == 200
    meta = response.json()
    assert meta["title"] == "Claims desk"
    assert meta["license"] and meta["source"]
    tables = meta["databases"]["desk"]["tables"]  # re-keyed to the file's stem
    assert tables["claims"]["columns"]["claimant_role"].startswith("reporter, official")


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/desk/claims", "/desk/events", "/desk/conflicts", "/desk/sources", "/desk/decisions"])
async def test_tables_render(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200
    table = path.rsplit("/", 1)[-1]
    assert f"<title>desk: {table}: " in response.text


@pytest.mark.asyncio
async def test_every_visible_table_and_column_is_described(ds):
    meta = (await ds.client.get("/-/metadata.json")).json()["databases"]["desk"]["tables"]
    db = open_db(ds.databases["desk"].path)
    visible = [t for t in db.table_names() + db.view_names()
               if "_fts" not in t and not meta.get(t, {}).get("hidden")]
    assert {"sources", "claims", "events", "conflicts", "decisions", "consensus"} <= set(visible)
    for table in visible:
        assert meta.get(table, {}).get("description"), f"{table} has no description"
        columns = [r[1] for r in db.execute(f"pragma table_info([{table}])")]
        undocumented = set(columns) - set(meta[table].get("columns") or {})
        assert not undocumented, f"{table}: {sorted(undocumented)}"


@pytest.mark.asyncio
async def test_claims_json_and_default_facets(ds):
    response = await ds.client.get("/desk/claims.json?_shape=objects&_extra=facet_results")
    assert response.status_code == 200
    data = response.json()
    assert data["rows"] and {"kind", "value_low", "span_start", "claimant_role"} <= set(data["rows"][0])
    facets = data.get("facet_results", {})
    facets = facets.get("results", facets)
    assert {"kind", "claimant_role", "place", "status"} <= set(facets)


@pytest.mark.asyncio
async def test_canned_queries_render(ds):
    db = open_db(ds.databases["desk"].path)
    event_id = db.execute("select event_id from claims where event_id is not null limit 1").fetchone()[0]
    for path in ("/desk/open_conflicts", f"/desk/event_claims?event_id={event_id}",
                 "/desk/claims_by_claimant_role?role=official"):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
    rows = (await ds.client.get(f"/desk/event_claims.json?event_id={event_id}&_shape=objects")).json()["rows"]
    assert rows and all(r["claim"] for r in rows)
    roles = (await ds.client.get("/desk/claims_by_claimant_role.json?role=official&_shape=objects")).json()["rows"]
    assert roles and {r["claimant_role"] for r in roles} == {"official"}


@pytest.mark.asyncio
async def test_foreign_keys_render_as_readable_links(ds):
    html = (await ds.client.get("/desk/claims?_sort=id&kind=killed")).text
    assert "Airport bombing toll climbs" in html  # claims.source_id shown by its source's title


@pytest.mark.asyncio
async def test_hostile_report_comes_back_escaped(ds):
    for path in ("/desk/sources", "/desk/claims?_search=Herat", "/desk/open_conflicts", "/desk/claims"):
        html = (await ds.client.get(path)).text
        assert "<script>alert(" not in html, path
        assert "<img src=x onerror" not in html, path
    sources = (await ds.client.get("/desk/sources")).text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Herat shooting" in sources


def test_reconcile_serve_answers_over_http(desk):
    server = Server(desk)
    try:
        assert httpx.get(server.url + "/-/metadata.json").json()["title"] == "Claims desk"
        for path in ("/desk/claims.json", "/desk/events", "/desk/conflicts", "/desk/sources"):
            assert httpx.get(server.url + path).status_code == 200, path
    finally:
        server.stop()
