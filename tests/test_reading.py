"""Bad input gets one clear line naming the file and the reason."""

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.claimfiles import read_claim_file
from reconcile.reading import InputError, read_manifest, read_report

MB = 1024 * 1024


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n\t ", "file is empty"),
    ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary file (a PDF)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (a PNG image)"),
    ("nul.txt", b"seven killed\x00\x00\x01\x02", "binary file (contains NUL bytes)"),
    ("latin1.txt", "Bomb in Kondoz \u2013 caf\u00e9 destroyed".encode("cp1252"), "not valid UTF-8 (byte 0x96 at offset 15)"),
    ("fm.md", "---\ntitle: x\ncolour: red\n---\nBody text.", "unknown key(s) colour"),
    ("fm-date.md", "---\npublished: 27 August 2021\n---\nBody text.", "published must be YYYY-MM-DD"),
    ("fm-yaml.md", "---\ntitle: [unclosed\n---\nBody text.", "front matter is not valid YAML"),
    ("fm-only.md", "---\ntitle: Nothing else\n---\n\n", "no text after the front matter"),
    ("page.html", "<html><body><nav><a>Home</a> <a>Sport</a> <a>Weather</a></nav></body></html>", "no article text found in the HTML page"),
])
def test_bad_report_is_one_line_naming_the_file(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_report(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert reason in message
    assert "\n" not in message


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = write(tmp_path, "huge.txt", b"seven people were killed. " * 50_000)
    with pytest.raises(InputError, match=r"huge.txt: file is 1.3 MB, over the 1 MB limit"):
        read_report(path, max_bytes=1_000_000)
    assert read_report(path, max_bytes=2 * MB).text.startswith("seven")


def test_utf16_with_bom_and_windows_line_ends_are_read(tmp_path):
    path = write(tmp_path, "notepad.txt", codecs.BOM_UTF16_LE + "Line one\r\nLine two\r\n".encode("utf-16-le"))
    assert read_report(path).text == "Line one\nLine two\n"


def test_front_matter_is_metadata_and_the_body_is_the_text(tmp_path):
    path = write(tmp_path, "r.md", "---\ntitle: Blast in Kunduz\npublished: 2021-10-08\n---\nBody here.\n")
    report = read_report(path)
    assert report.meta == {"title": "Blast in Kunduz", "published": "2021-10-08"}
    assert report.text == "Body here.\n"


def test_html_main_text_leaves_navigation_out(tmp_path):
    article = "<p>" + "Officials in Kandahar said the explosion struck the mosque during Friday prayers. " * 4 + "</p>"
    page = (f"<html><head><title>Mosque blast</title></head><body><nav><a href='/'>Home</a> <a>Sport</a></nav>"
            f"<article><h1>Mosque blast</h1>{article}</article><footer>Copyright 2021 Example</footer></body></html>")
    report = read_report(write(tmp_path, "page.html", page))
    assert "Officials in Kandahar" in report.text
    assert "Copyright" not in report.text and "Sport" not in report.text
    assert report.meta["title"] == "Mosque blast"


def test_manifest_header_and_dates_are_checked(tmp_path):
    bad_header = write(tmp_path, "m1.csv", "file,title\na.txt,x\n")
    with pytest.raises(InputError, match="manifest header must be path,title,publisher,author,url,published"):
        read_manifest(bad_header)
    bad_date = write(tmp_path, "m2.csv", "path,title,publisher,author,url,published\na.txt,x,y,,,2021-02-30\n")
    with pytest.raises(InputError, match=r"m2.csv: row 2: published is not a real date"):
        read_manifest(bad_date)


CLAIM = "  - {kind: killed, value_low: 7, value_high: 7, quote: 'Seven died.'}\n"
SOURCE = "source: {origin: tv/bulletin, title: Bulletin, published: 2021-10-08}\nclaims:\n"


@pytest.mark.parametrize("name, text, reason", [
    ("unknown-field.yaml", SOURCE + "  - {kind: killed, value_low: 7, quote: q, colour: red}\n",
     "claim 1: colour: Extra inputs are not permitted"),
    ("unknown-kind.yaml", SOURCE + CLAIM + "  - {kind: kidnapped, value_low: 3, quote: q}\n",
     "claim 2: kind: unknown kind 'kidnapped'"),
    ("negative.yaml", SOURCE + "  - {kind: injured, value_low: -4, quote: q}\n",
     "claim 1: value_low: Input should be greater than or equal to 0"),
    ("inverted.yaml", SOURCE + "  - {kind: killed, value_low: 50, value_high: 7, quote: q}\n",
     "claim 1: inverted interval: low 50 > high 7"),
    ("no-value.yaml", SOURCE + "  - {kind: killed, quote: q}\n", "a killed claim needs value_low or value_high"),
    ("bad-date.yaml", SOURCE + "  - {kind: killed, value_low: 7, quote: q, event_date: 27/08/2021}\n",
     "claim 1: event_date: must be YYYY, YYYY-MM or YYYY-MM-DD, got '27/08/2021'"),
    ("no-source.yaml", "claims:\n" + CLAIM, "missing source"),
    ("bad.yaml", "source: {origin: x\nclaims: [", "not valid YAML"),
    ("bad.json", '{"source": {"origin": "x"}, "claims": [', "not valid JSON"),
    ("no-source.csv", "source_origin,kind,value_low,quote\n,killed,3,Three died.\n", "row 2: missing source"),
    ("inverted.csv", "source_origin,kind,value_low,value_high,quote\ntv/x,killed,9,3,Nine died.\n",
     "row 2: inverted interval"),
    ("extra.csv", "source_origin,kind,value_low,quote,colour\ntv/x,killed,3,Three died.,red\n",
     "row 2: colour: Extra inputs are not permitted"),
])
def test_bad_claim_file_names_file_row_and_reason(tmp_path, name, text, reason):
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as info:
        read_claim_file(path, 20 * MB)
    message = str(info.value)
    assert message.startswith(str(path) + ": ") and "\n" not in message
    assert reason in message


def test_claim_file_in_json_and_csv_reads_like_yaml(tmp_path):
    js = write(tmp_path, "c.json", '{"source": {"origin": "pdf/table"}, "claims": '
                                    '[{"kind": "strength", "value_low": 1500, "value_high": 2200, "quote": "1,500-2,200"}]}')
    (cf,) = read_claim_file(js, MB)
    assert cf.source.is_reference and cf.claims[0][1].value_high == 2200
    csv = write(tmp_path, "c.csv", "source_origin,source_title,kind,value_low,quote\n"
                                   "pdf/a,Table A,killed,3,Three died.\npdf/b,Table B,injured,4,Four hurt.\n")
    files = read_claim_file(csv, MB)
    assert [(f.source.origin, f.claims[0][0]) for f in files] == [("pdf/a", "row 2"), ("pdf/b", "row 3")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".txt", ".md", ".html", ".yaml", ".json", ".csv"]))
def test_any_bytes_are_read_or_refused_with_one_line_never_a_crash(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        if suffix in {".yaml", ".json", ".csv"}:
            read_claim_file(path, MB)
        else:
            read_report(path)
    except InputError as e:
        assert str(e).startswith(str(path) + ": ") and "\n" not in str(e)


scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False) | st.text(max_size=20)
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.sampled_from(["source", "claims", "origin", "kind", "value_low", "value_high", "quote", "victims", "x"]),
    inner, max_size=5), max_leaves=20)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents, suffix=st.sampled_from([".yaml", ".json"]))
def test_any_claim_file_structure_is_taken_or_refused_with_one_line(tmp_path, document, suffix):
    import json

    import yaml

    path = tmp_path / f"structure{suffix}"
    path.write_text(json.dumps(document) if suffix == ".json" else yaml.safe_dump(document), encoding="utf-8")
    try:
        read_claim_file(path, MB)
    except InputError as e:
        assert str(e).startswith(str(path) + ": ") and "\n" not in str(e)
