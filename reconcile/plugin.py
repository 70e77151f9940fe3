"""Datasette plugin of the claims desk: editor login, event and subject pages, the map, decisions.

URLs (``{db}`` is the desk's name, the stem of its file):

- ``/-/login`` (GET form, POST) — editors log in; ``/-/logout`` is Datasette's own.
- ``/{db}/-/event/{id}`` — an event's claims side by side, evidence in context, conflicts,
  consensus, the editor's choice, decision forms and history.
- ``/{db}/-/subject/{name}`` — the same for a subject (a group's strength, founding, leader),
  with its estimates over time.
- ``/{db}/-/map`` — events where coordinates are known.
- ``/{db}/-/decide`` (POST only) — record a decision; editors only, CSRF-checked by Datasette.

Reading is open to everyone; writing needs an active editor (``editors`` table) in the signed
``ds_actor`` cookie.  Every report-derived string is escaped by Jinja's autoescape.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote

import markupsafe
from datasette import hookimpl
from datasette.utils import baseconv, tilde_encode
from datasette.utils.asgi import Forbidden, NotFound, Response

from . import auth, review

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
DECIDE = "reconcile-decide"
SESSION_SECONDS = 7 * 24 * 3600
#: Failed logins allowed per editor name within the window, before the name is locked for it.
MAX_FAILURES, FAILURE_WINDOW = 10, 15 * 60


def _failures_of(datasette) -> dict[str, list[float]]:
    """Failed login times per name, kept with the running Datasette instance."""
    if not hasattr(datasette, "_reconcile_login_failures"):
        datasette._reconcile_login_failures = {}
    return datasette._reconcile_login_failures


# --- helpers --------------------------------------------------------------------------------------


def desk_names(datasette) -> list[str]:
    return [name for name, db in datasette.databases.items() if name != "_internal" and not db.is_memory]


def desk_db(datasette, name: str):
    name = unquote(name)
    if name not in desk_names(datasette):
        raise NotFound(f"no desk named {name}")
    return datasette.get_database(name)


def event_url(datasette, database: str, event_id: str) -> str:
    return datasette.urls.path(f"/{quote(database)}/-/event/{quote(str(event_id), safe='')}")


def subject_url(datasette, database: str, subject: str) -> str:
    return datasette.urls.path(f"/{quote(database)}/-/subject/{quote(str(subject), safe='')}")


async def is_editor(datasette, actor, database: str | None = None) -> bool:
    if not actor or not isinstance(actor, dict) or not isinstance(actor.get("id"), str):
        return False
    names = [database] if database else desk_names(datasette)
    for name in names:
        db = datasette.get_database(name)
        ok = await db.execute_fn(lambda conn: auth.is_editor(conn, actor["id"]))
        if ok:
            return True
    return False


async def ensure_can_read(datasette, request, database: str) -> None:
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "claims")), ("view-database", database), "view-instance"])


async def render(datasette, request, template: str, context: dict) -> Response:
    database = context.get("database")
    context = {
        **context,
        "is_editor": await is_editor(datasette, request.actor, database),
        "actor_id": (request.actor or {}).get("id") if isinstance(request.actor, dict) else None,
        "static": datasette.urls.path("/-/reconcile-static/"),
        "event_url": (lambda i: event_url(datasette, database, i)) if database else None,
        "subject_url": (lambda s: subject_url(datasette, database, s)) if database else None,
        "table_url": (lambda t: datasette.urls.table(database, t)) if database else None,
        "row_url": (lambda t, pk: datasette.urls.table(database, t) + "/" + tilde_encode(str(pk))) if database else None,
    }
    return Response.html(await datasette.render_template(template, context, request=request))


# --- views ----------------------------------------------------------------------------------------


async def login(datasette, request):
    error = None
    status = 200
    next_url = request.args.get("next") or "/"
    if request.method == "POST":
        form = await request.post_vars()
        name, password = form.get("username", ""), form.get("password", "")
        next_url = form.get("next") or "/"
        now = time.monotonic()
        _failures = _failures_of(datasette)
        recent = [t for t in _failures.get(name, []) if now - t < FAILURE_WINDOW]
        _failures[name] = recent
        if len(recent) >= MAX_FAILURES:
            response = await render(datasette, request, "reconcile_login.html", {
                "error": "Too many failed logins for this name: try again in 15 minutes.",
                "next": _safe_next(next_url), "no_editors": False})
            response.status = 429
            return response
        ok = False
        for db_name in desk_names(datasette):
            path = datasette.get_database(db_name).path
            if path and auth.check_login(path, name, password):
                ok = True
                break
        if ok:
            response = Response.redirect(_safe_next(next_url))
            expires = baseconv.base62.encode(int(time.time()) + SESSION_SECONDS)
            response.set_cookie("ds_actor", datasette.sign({"a": {"id": name, "editor": True}, "e": expires}, "actor"),
                                max_age=SESSION_SECONDS, httponly=True, samesite="lax")
            return response
        _failures.setdefault(name, []).append(now)
        if len(_failures) > 10_000:  # bounded memory under a flood of invented names
            _failures.clear()
        error, status = "Wrong name or password.", 403
    editors = 0
    for db_name in desk_names(datasette):
        db = datasette.get_database(db_name)
        if "editors" in await db.table_names():
            editors += (await db.execute("select count(*) from editors where active = 1")).first()[0]
    response = await render(datasette, request, "reconcile_login.html",
                            {"error": error, "next": _safe_next(next_url), "no_editors": editors == 0})
    response.status = status
    return response


def _safe_next(url: str) -> str:
    """Only local paths: no scheme, no host, no protocol-relative ``//``."""
    if not isinstance(url, str) or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):  # no header splitting
        return "/"
    return url


async def event_page(datasette, request):
    database = unquote(request.url_vars["database"])
    db = desk_db(datasette, database)
    await ensure_can_read(datasette, request, database)
    event_id = unquote(request.url_vars["event_id"])
    data = await db.execute_fn(lambda conn: review.event_page(conn, event_id))
    if data is None:
        merged_into = await db.execute_fn(lambda conn: review.merged_into(conn, event_id))
        if merged_into:
            return Response.redirect(event_url(datasette, database, merged_into))
        raise NotFound(f"no event {event_id}")
    return await render(datasette, request, "reconcile_event.html", {"database": database, **data})


async def subject_page(datasette, request):
    database = unquote(request.url_vars["database"])
    db = desk_db(datasette, database)
    await ensure_can_read(datasette, request, database)
    subject = unquote(request.url_vars["subject"])
    data = await db.execute_fn(lambda conn: review.subject_page(conn, subject))
    if data is None:
        raise NotFound(f"no claims about {subject}")
    return await render(datasette, request, "reconcile_subject.html", {"database": database, **data})


async def map_page(datasette, request):
    database = unquote(request.url_vars["database"])
    db = desk_db(datasette, database)
    await ensure_can_read(datasette, request, database)
    data = await db.execute_fn(review.map_page)
    return await render(datasette, request, "reconcile_map.html", {"database": database, **data})


def decision_from_form(form: dict[str, list[str]], actor_id: str) -> dict:
    """The decision a form posts. Who and when come from the login and the clock, never the form."""
    from .decisions import utc_now

    def one(key):
        values = form.get(key) or [""]
        value = values[-1].strip()
        return value or None

    def number(key):
        value = one(key)
        if value is None:
            return None
        try:
            return int(value.replace(",", ""))
        except ValueError:
            raise ValueError(f"{key.replace('_', ' ')} must be a whole number, not {value!r}") from None

    action = one("action") or ""
    detail = None
    if action == "merge":
        detail = json.dumps({"from": one("merge_from")})
    elif action == "split":
        detail = json.dumps({"claims": sorted(v for v in form.get("split_claims", []) if v)})
    low, high = number("value_low"), number("value_high")
    if action == "value" and one("value_open") is None and low is not None and high is None:
        high = low
    return {
        "target": one("target") or "", "action": action, "kind": one("kind"), "victims": one("victims"),
        "preferred_claim_id": one("preferred_claim_id"), "value_low": low, "value_high": high,
        "detail": detail, "rationale": one("rationale") or "", "actor": actor_id, "decided_at": utc_now(),
    }


async def decide(datasette, request):
    from pydantic import ValidationError
    from sqlite_utils import Database

    from . import decisions
    from .models import Decision

    database = unquote(request.url_vars["database"])
    db = desk_db(datasette, database)
    if request.method != "POST":
        return Response.text("Decisions are recorded by POST from the event page.", status=405)
    if not await is_editor(datasette, request.actor, database):
        raise Forbidden("Only editors may record decisions: log in at /-/login")
    body = (await request.post_body()).decode("utf-8", errors="replace")
    form = parse_qs(body, keep_blank_values=True)
    back = _safe_next((form.get("return_to") or ["/"])[-1])
    try:
        data = decision_from_form(form, request.actor["id"])
        decision = Decision(**data)
        recorded = await db.execute_write_fn(lambda conn: decisions.record(Database(conn), decision))
    except (ValueError, ValidationError, decisions.DecisionError) as e:
        message = str(e).splitlines()[0] if not isinstance(e, ValidationError) else \
            "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        datasette.add_message(request, f"Decision not recorded: {message}", datasette.ERROR)
        return Response.redirect(back)
    datasette.add_message(request, f"Recorded decision {recorded.id}: {recorded.action} {recorded.target}",
                          datasette.INFO)
    return Response.redirect(back)


async def static_file(datasette, request):
    name = request.url_vars["path"]
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file():
        raise NotFound("no such file")
    types = {".css": "text/css; charset=utf-8", ".js": "application/javascript", ".svg": "image/svg+xml"}
    return Response(path.read_bytes(), content_type=types.get(path.suffix, "application/octet-stream"),
                    headers={"cache-control": "max-age=300"})


# --- hooks ----------------------------------------------------------------------------------------


@hookimpl
def register_routes():
    return [
        (r"^/-/login$", login),
        (r"^/-/reconcile-static/(?P<path>[A-Za-z0-9_.-]+)$", static_file),
        (r"^/(?P<database>[^/]+)/-/event/(?P<event_id>[^/]+)$", event_page),
        (r"^/(?P<database>[^/]+)/-/subject/(?P<subject>.+)$", subject_page),
        (r"^/(?P<database>[^/]+)/-/map$", map_page),
        (r"^/(?P<database>[^/]+)/-/decide$", decide),
    ]


@hookimpl
def startup(datasette):
    """Bring the review views up to date (their shape follows the tables the desk has)."""

    async def inner():
        from sqlite_utils import Database

        from .decisions import ensure_views

        for name in desk_names(datasette):
            db = datasette.get_database(name)
            if not db.is_mutable:
                continue
            tables = await db.table_names()
            if {"claims", "decisions", "conflicts"} <= set(tables):
                await db.execute_write_fn(lambda conn: ensure_views(Database(conn)))

    return inner


@hookimpl
def prepare_connection(conn):
    auth.hide_hashes(conn)


@hookimpl
def prepare_jinja2_environment(env):
    from jinja2 import ChoiceLoader, FileSystemLoader

    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    if action == DECIDE:
        async def inner():
            return await is_editor(datasette, actor, resource)
        return inner
    if action == "view-database-download":
        # The file holds editors' password hashes: only editors may download it whole.
        async def inner_download():
            return await is_editor(datasette, actor, resource)
        return inner_download
    return None


@hookimpl
def menu_links(datasette, actor, request):
    links = []
    names = desk_names(datasette)
    if names:
        links.append({"href": datasette.urls.path(f"/{quote(names[0])}/-/map"), "label": "Map of events"})
        links.append({"href": datasette.urls.table(names[0], "reconciled"), "label": "Reconciled values"})
    if not actor:
        links.append({"href": datasette.urls.path("/-/login"), "label": "Editor log in"})
    return links


def _link(href: str, text: str, cls: str = "") -> markupsafe.Markup:
    return markupsafe.Markup('<a href="{}"{}>{}</a>').format(
        href, markupsafe.Markup(f' class="{cls}"') if cls else "", text)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Links from events, claims, conflicts and review views to the event and subject pages."""
    if database not in desk_names(datasette):
        return None
    raw = value.get("value") if isinstance(value, dict) else value
    if raw in (None, ""):
        return None
    if table == "events" and column == "label":
        return _link(event_url(datasette, database, row["id"]), str(value), "desk-review")
    if column == "event_id" and table in (None, "claims", "conflicts", "consensus", "reconciled", "conflict_review",
                                          "claim_links", "revisions"):
        review_link = _link(event_url(datasette, database, raw), "event page ›", "desk-review")
        if isinstance(value, dict):
            own = _link(datasette.urls.table(database, "events") + "/" + tilde_encode(str(raw)),
                        str(value.get("label") or raw))
            return markupsafe.Markup("{} · {}").format(own, review_link)
        return markupsafe.Markup("{} · {}").format(str(raw), review_link)
    if column == "subject" and table in (None, "claims", "conflicts", "consensus", "reconciled", "conflict_review",
                                         "revisions"):
        return _link(subject_url(datasette, database, raw), str(raw), "desk-review")
    keys = set(row.keys())  # a sqlite3.Row: `in row` would test its values
    if table == "subjects" and column == "label" and "id" in keys:
        return _link(subject_url(datasette, database, row["id"]), str(raw), "desk-review")
    if table == "conflicts" and column in ("claim_a", "claim_b") and "event_id" in keys and row["event_id"]:
        label = value.get("label") if isinstance(value, dict) else raw
        ev = row["event_id"]["value"] if isinstance(row["event_id"], dict) else row["event_id"]
        return _link(event_url(datasette, database, ev) + "#claim-" + str(raw), str(label or raw), "desk-review")
    return None


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/reconcile-static/desk.css")]
