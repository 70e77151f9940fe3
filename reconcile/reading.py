"""Reading report files: bytes to checked text, front matter, HTML main text, the manifest.

Every failure is an :class:`InputError` whose message names the file and the reason
in one line, so a fact-checker can fix the file and run the ingest again.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
REPORT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
CLAIM_FILE_SUFFIXES = {".yaml", ".yml", ".json", ".csv"}
#: Reference data users keep beside their claims (see reconcile/gazetteer.py, aliases.py): not claim files.
REFERENCE_FILES = {"gazetteer.yaml", "aliases.yaml"}
MANIFEST_COLUMNS = ["path", "title", "publisher", "author", "url", "published"]
METADATA_KEYS = set(MANIFEST_COLUMNS) - {"path"}

_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP or Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
    b"\x1f\x8b": "a gzip archive",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InputError(Exception):
    """A file the desk cannot take, with the reason. ``str()`` is the one-line message."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.path}: {self.reason}")


@dataclass
class Report:
    """A report read from disk: its exact text and what we know about it."""

    origin: str
    text: str
    format: str
    meta: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (--max-size)")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None
    if not data.strip():
        raise InputError(path, "file is empty")
    return data


def decode(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), or UTF-16 with a BOM. Nothing guessed."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}); enter its claims in a claim file instead")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(path, f"not valid UTF-16 at byte {e.start}") from None
    else:
        if b"\x00" in data[:65536]:
            raise InputError(path, "binary file (contains NUL bytes)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(
                path, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); re-save the file as UTF-8"
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(path, "binary file (contains NUL characters)")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(path, f"binary file ({controls} control characters)")
    if not text.strip():
        raise InputError(path, "file is empty")
    return text


def split_front_matter(path: Path, text: str) -> tuple[dict, str]:
    """YAML front matter between ``---`` lines, with the manifest's keys; the body after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as e:
        raise InputError(path, f"front matter is not valid YAML: {_yaml_reason(e)}") from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be a mapping of keys to values")
    unknown = sorted(set(meta) - METADATA_KEYS)
    if unknown:
        raise InputError(path, f"front matter has unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(METADATA_KEYS))})")
    meta = {k: _as_text(v) for k, v in meta.items()}
    body = text[m.end():]
    if not body.strip():
        raise InputError(path, "no text after the front matter")
    return check_metadata(path, meta), body


def html_main_text(path: Path, html: str) -> tuple[dict, str]:
    """The article's main text (trafilatura), and its title and date when the page has them."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except Exception as e:  # lxml and trafilatura raise many kinds of errors on broken pages
        raise InputError(path, f"cannot parse the HTML page: {type(e).__name__}: {e}") from None
    if not text or len(text.split()) < 5:  # a bare menu or a cookie notice is not an article
        raise InputError(path, "no article text found in the HTML page")
    meta: dict = {}
    try:
        doc = trafilatura.extract_metadata(html)
    except Exception:  # metadata is a courtesy; the text is what counts
        doc = None
    if doc is not None:
        if doc.title:
            meta["title"] = doc.title
        if doc.author:
            meta["author"] = doc.author
        if doc.date and _DATE.match(str(doc.date)):
            meta["published"] = str(doc.date)
        if doc.sitename:
            meta["publisher"] = doc.sitename
    return meta, text


def read_report(path: Path, *, origin: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    text = decode(path, read_bytes(path, max_bytes))
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        meta, body = html_main_text(path, text)
        fmt = "html"
    else:
        meta, body = split_front_matter(path, text)
        fmt = "markdown" if suffix in {".md", ".markdown"} else "text"
    return Report(origin=origin or str(path), text=body, format=fmt, meta=meta)


def check_metadata(where: str | Path, meta: dict) -> dict:
    published = meta.get("published")
    if published:
        if not _DATE.match(published):
            raise InputError(where, f"published must be YYYY-MM-DD, got {published!r}")
        from datetime import date

        try:
            date.fromisoformat(published)
        except ValueError:
            raise InputError(where, f"published is not a real date: {published!r}") from None
    return {k: v for k, v in meta.items() if v not in (None, "")}


def is_manifest(path: Path) -> bool:
    """A CSV whose header is the manifest's (so a folder scan does not read it as claims)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return [h.strip().lower() for h in header][:1] == ["path"]


def read_manifest(path: Path, errors: list[InputError] | None = None) -> dict[Path, dict]:
    """The manifest as {resolved report path: metadata}. Paths are relative to the manifest.

    A bad header (or an empty path) makes the whole manifest unreadable: InputError.  A row whose
    metadata is wrong (a date that does not exist) raises too, unless ``errors`` is given: then the
    row's report is left out with one error naming it, and the other rows are read."""
    text = decode(path, read_bytes(path))
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in MANIFEST_COLUMNS if c not in header]
    unknown = [c for c in header if c not in MANIFEST_COLUMNS]
    if missing or unknown:
        raise InputError(
            path,
            f"manifest header must be {','.join(MANIFEST_COLUMNS)}"
            + (f" (missing: {', '.join(missing)})" if missing else "")
            + (f" (unknown: {', '.join(unknown)})" if unknown else ""),
        )
    entries: dict[Path, dict] = {}
    for number, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if not row.get("path"):
            raise InputError(path, f"row {number}: empty path")
        report = (path.parent / row["path"]).resolve()
        meta = {k: row.get(k, "") for k in METADATA_KEYS}
        try:
            entries[report] = check_metadata(f"{path}: row {number}", meta)
        except InputError as e:
            if errors is None:
                raise
            errors.append(InputError(report, f"not ingested: {e}"))
    return entries


def _as_text(v) -> str | None:
    if v is None:
        return None
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def _yaml_reason(e: yaml.YAMLError) -> str:
    mark = getattr(e, "problem_mark", None)
    problem = getattr(e, "problem", None) or str(e)
    return f"{problem} (line {mark.line + 1})" if mark else problem


def validation_reason(e: ValidationError) -> str:
    """pydantic's errors in one line: ``field: message; field: message``."""
    parts = []
    for err in e.errors():
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "__root__")
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)
