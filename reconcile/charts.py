"""Geometry for the review pages' charts, drawn as inline SVG by the templates.

Only numbers come out of here; every label is passed through to the template, which
escapes it (Jinja autoescape). No JavaScript, no network: the charts render anywhere.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

ROLE_COLOURS = {
    "reporter": "#1f6fb2",
    "official": "#2e8540",
    "perpetrator": "#c0392b",
    "researcher": "#7d3c98",
    "international_org": "#b9770e",
    "unknown": "#7f8c8d",
}


def nice_step(span: float, ticks: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _ticks(vmax: float, scale, ticks: int = 5) -> list[dict]:
    step = nice_step(vmax, ticks)
    out, v = [], 0.0
    while v <= vmax + 1e-9:
        out.append({"x": round(scale(v), 1), "label": f"{v:,.0f}" if step >= 1 else f"{v:g}"})
        v += step
    return out


def figures_chart(claims: list[dict], band: tuple | None = None, choice: tuple | None = None,
                  width: int = 680, row_h: int = 24) -> dict | None:
    """Horizontal bars, one per claim: its interval (an open interval runs off to the right).

    ``band`` is the consensus (low, high) drawn as a shaded range; ``choice`` the editor's.
    Returns None when no claim carries a number.
    """
    numbers = [v for c in claims for v in (c.get("value_low"), c.get("value_high")) if v is not None]
    for pair in (band, choice):
        numbers += [v for v in (pair or ()) if v is not None]
    if not numbers:
        return None
    left, right, top = 230, 130, 28  # the right margin holds each claim's words
    plot_w = width - left - right
    vmax = max(numbers) * 1.15 or 1

    def x(v: float) -> float:
        return left + plot_w * min(v, vmax) / vmax

    rows = []
    for c in claims:
        lo, hi = c.get("value_low"), c.get("value_high")
        if lo is None and hi is None:
            continue
        y = top + len(rows) * row_h
        x1 = x(lo or 0)
        x2 = x(hi) if hi is not None else left + plot_w
        if x2 - x1 < 4:
            x1, x2 = x1 - 2, x1 + 2
        rows.append({
            "y": y, "x1": round(x1, 1), "x2": round(x2, 1), "w": round(x2 - x1, 1), "open": hi is None,
            "label": c.get("chart_label") or c.get("id"), "value_text": c.get("value_text") or "",
            "colour": ROLE_COLOURS.get(c.get("claimant_role") or "unknown", "#7f8c8d"),
            "role": c.get("claimant_role"), "id": c.get("id"), "status": c.get("status") or "normal",
            "conflicted": bool(c.get("conflicted")),
        })
    if not rows:
        return None
    height = top + len(rows) * row_h + 30

    def span(pair):
        if not pair or (pair[0] is None and pair[1] is None):
            return None
        x1 = x(pair[0] or 0)
        x2 = x(pair[1]) if pair[1] is not None else left + plot_w
        return {"x1": round(x1, 1), "w": round(max(x2 - x1, 3), 1)}

    return {
        "width": width, "height": height, "left": left, "top": top, "plot_w": plot_w,
        "bottom": top + len(rows) * row_h, "rows": rows, "ticks": _ticks(vmax / 1.15, x),
        "value_x": left + plot_w + 14,
        "band": span(band), "choice": span(choice),
    }


def year_fraction(date: str | None) -> float | None:
    """'2021', '2021-10' or '2021-10-08' as a fractional year; None when unparseable."""
    if not date:
        return None
    parts = str(date)[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 7
        d = int(parts[2]) if len(parts) > 2 else 15
    except ValueError:
        return None
    return y + (m - 1) / 12 + (d - 1) / 365


def over_time_chart(claims: Iterable[dict], width: int = 680, height: int = 300) -> dict | None:
    """Estimates of one subject over time: each claim a point (or an interval) at its date."""
    pts = []
    for c in claims:
        t = year_fraction(c.get("event_date") or c.get("published"))
        lo, hi = c.get("value_low"), c.get("value_high")
        if t is None or (lo is None and hi is None):
            continue
        pts.append((t, lo, hi, c))
    if not pts:
        return None
    left, right, top, bottom = 70, 20, 20, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    t0, t1 = math.floor(min(p[0] for p in pts)), math.ceil(max(p[0] for p in pts))
    if t1 - t0 < 1:
        t1 = t0 + 1
    vmax = max(v for p in pts for v in (p[1], p[2]) if v is not None) * 1.15 or 1

    def x(t: float) -> float:
        return left + plot_w * (t - t0) / (t1 - t0)

    def y(v: float) -> float:
        return top + plot_h * (1 - min(v, vmax) / vmax)

    points = []
    for t, lo, hi, c in sorted(pts, key=lambda p: p[0]):
        y_lo = y(lo if lo is not None else 0)
        y_hi = y(hi) if hi is not None else top
        points.append({
            "x": round(x(t), 1), "y_lo": round(y_lo, 1), "y_hi": round(y_hi, 1), "open": hi is None,
            "y_mid": round((y_lo + y_hi) / 2, 1) if hi is not None else round(y_lo, 1),
            "colour": ROLE_COLOURS.get(c.get("claimant_role") or "unknown", "#7f8c8d"),
            "label": c.get("chart_label") or c.get("id"), "value_text": c.get("value_text") or "",
            "id": c.get("id"),
        })
    step = nice_step(vmax / 1.15, 4)
    yticks, v = [], 0.0
    while v <= vmax / 1.15 + 1e-9:
        yticks.append({"y": round(y(v), 1), "label": f"{v:,.0f}"})
        v += step
    xticks = [{"x": round(x(yr), 1), "label": str(yr)} for yr in range(math.ceil(t0), math.floor(t1) + 1)]
    return {"width": width, "height": height, "left": left, "top": top, "plot_w": plot_w, "plot_h": plot_h,
            "bottom": top + plot_h, "points": points, "yticks": yticks, "xticks": xticks}


def map_chart(events: list[dict], width: int = 760, height: int = 460,
              landmarks: list[dict] | None = None) -> dict | None:
    """Events with coordinates on an equirectangular plot fitted to their bounding box.

    No tiles (the desk may run without a network): points, a graticule, labels, and
    ``landmarks`` (``{name, lat, lon}``: major towns from the gazetteer) for orientation.
    """
    pts = [e for e in events if e.get("latitude") is not None and e.get("longitude") is not None]
    if not pts:
        return None
    lat0, lat1 = min(e["latitude"] for e in pts), max(e["latitude"] for e in pts)
    lon0, lon1 = min(e["longitude"] for e in pts), max(e["longitude"] for e in pts)
    # at least 6 degrees across, plus room for labels on the right
    grow_lat, grow_lon = max(0.0, 6 - (lat1 - lat0)) / 2, max(0.0, 6 - (lon1 - lon0)) / 2
    lat0, lat1, lon0, lon1 = lat0 - grow_lat - 0.5, lat1 + grow_lat + 0.5, lon0 - grow_lon - 0.5, lon1 + grow_lon + 2.5
    k = math.cos(math.radians((lat0 + lat1) / 2))
    scale = min((width - 40) / ((lon1 - lon0) * k), (height - 40) / (lat1 - lat0))

    def px(lon: float, lat: float) -> tuple[float, float]:
        return 20 + (lon - lon0) * k * scale, 20 + (lat1 - lat) * scale

    dots = []
    for e in pts:
        cx, cy = px(e["longitude"], e["latitude"])
        dots.append({"x": round(cx, 1), "y": round(cy, 1), "r": round(4 + 2 * math.log1p(e.get("claim_count") or 1), 1),
                     "id": e["id"], "label": e.get("label") or e["id"], "conflicts": e.get("conflicts") or 0})
    step = 1 if max(lat1 - lat0, lon1 - lon0) <= 10 else 2 if max(lat1 - lat0, lon1 - lon0) <= 20 else 5
    towns = []
    for town in landmarks or ():
        if lon0 <= town["lon"] <= lon1 and lat0 <= town["lat"] <= lat1:
            tx, ty = px(town["lon"], town["lat"])
            towns.append({"x": round(tx, 1), "y": round(ty, 1), "label": town["name"]})
    grid = []
    for lon in range(math.ceil(lon0), math.floor(lon1) + 1, step):
        gx, _ = px(lon, lat0)
        grid.append({"x1": round(gx, 1), "y1": 20, "x2": round(gx, 1), "y2": round(20 + (lat1 - lat0) * scale, 1),
                     "label": f"{lon}°E", "lx": round(gx + 2, 1), "ly": 32})
    for lat in range(math.ceil(lat0), math.floor(lat1) + 1, step):
        _, gy = px(lon0, lat)
        grid.append({"x1": 20, "y1": round(gy, 1), "x2": round(20 + (lon1 - lon0) * k * scale, 1), "y2": round(gy, 1),
                     "label": f"{lat}°N", "lx": 22, "ly": round(gy - 2, 1)})
    return {"width": width, "height": round(40 + (lat1 - lat0) * scale), "dots": dots, "grid": grid, "towns": towns}
