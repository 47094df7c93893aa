"""The Python module against the command line: the same records, in order,
errors as records, wrong arguments as TypeError/ValueError.

Run by ctest (python_bindings_test) with PYTHONPATH=build/python and
TONGBAO_BINARY=build/tongbao, from the repository root.
"""
import gc
import json
import os
import pathlib
import subprocess

import pytest

import tongbao

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = "data/samples/whdi-fgw-2024.txt"
BINARY = os.environ.get("TONGBAO_BINARY", str(ROOT / "build" / "tongbao"))
# A few notices of the test corpus and HTML pages of the fixtures.
CORPUS = sorted((ROOT / "tests" / "corpus" / "test").glob("*.txt"))[:4] + \
    sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))[:3]


def cli_records(*args):
    out = subprocess.run([BINARY, "parse", "--format", "jsonl", *args], cwd=ROOT, capture_output=True, check=False)
    assert out.returncode in (0, 3), out.stderr
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_sample_has_three_sections_and_equals_the_cli():
    record = tongbao.parse(SAMPLE)
    assert len(record["outline"]) == 3
    assert record["source"]["path"] == SAMPLE
    assert record == cli_records(SAMPLE)[0]


def test_corpus_pages_equal_the_cli():
    assert len(CORPUS) == 7
    paths = [str(p.relative_to(ROOT)) for p in CORPUS]
    assert [tongbao.parse(p) for p in paths] == cli_records(*paths)


def test_path_like_and_bytes():
    by_path = tongbao.parse(pathlib.Path(SAMPLE))
    assert by_path["source"]["path"] == SAMPLE
    content = (ROOT / SAMPLE).read_bytes()
    from_bytes = tongbao.parse(content, name=SAMPLE)
    assert from_bytes == by_path
    assert tongbao.parse(bytearray(content))["source"]["path"] == "-"
    assert tongbao.parse(memoryview(content))["source"]["sha256"] == by_path["source"]["sha256"]


def test_text_is_read_as_unicode():
    record = tongbao.parse(text="一、存在的问题\n（一）关于“会议不规范”的问题\n整改情况：已整改。\n", name="note")
    assert record["source"]["path"] == "note"
    assert record["source"]["encoding"] == "UTF-8"
    section = record["outline"][0]
    assert section["marker"] == "一、"
    assert section["children"][0]["problem"] == "会议不规范"
    assert section["children"][0]["label"] == "整改情况"


def test_bad_input_gives_an_error_record_as_the_cli():
    record = tongbao.parse("no/such/notice.txt")
    assert record["error"]["code"] == "unreadable"
    assert record == cli_records("no/such/notice.txt")[0]
    too_large = tongbao.parse(SAMPLE, max_bytes=100)
    assert too_large["error"]["code"] == "too-large"
    assert too_large == cli_records("--max-bytes", "100", SAMPLE)[0]
    assert tongbao.parse(b"x" * 101, max_bytes=100)["error"]["code"] == "too-large"
    assert tongbao.parse(b"\x00\x01\x02binary\x00" * 50)["error"]["code"] == "not-text"


def test_options_reach_the_parser():
    html = tongbao.parse(SAMPLE, input_format="html")
    assert html["source"]["media_type"] == "text/html"
    gb = "一、问题\n（一）关于“会议”的问题\n".encode("gb18030")
    assert tongbao.parse(gb, encoding="gb18030")["source"]["encoding"] == "GB18030"
    unknown = tongbao.parse(SAMPLE, encoding="no-such-encoding")
    assert "unknown-encoding" in [d["code"] for d in unknown["diagnostics"]]


@pytest.mark.parametrize("call, error", [
    (lambda: tongbao.parse(42), TypeError),
    (lambda: tongbao.parse(), TypeError),
    (lambda: tongbao.parse(SAMPLE, text="x"), TypeError),
    (lambda: tongbao.parse(text=b"x"), TypeError),
    (lambda: tongbao.parse(""), ValueError),
    (lambda: tongbao.parse(SAMPLE, input_format="pdf"), ValueError),
    (lambda: tongbao.parse(SAMPLE, input_format=1), TypeError),
    (lambda: tongbao.parse(SAMPLE, encoding=""), ValueError),
    (lambda: tongbao.parse(SAMPLE, encoding=8), TypeError),
    (lambda: tongbao.parse(SAMPLE, max_bytes=0), ValueError),
    (lambda: tongbao.parse(SAMPLE, max_bytes="1"), TypeError),
    (lambda: tongbao.parse(SAMPLE, pedantic="yes"), TypeError),
    (lambda: tongbao.parse_files(SAMPLE), TypeError),
    (lambda: tongbao.parse_files(7), TypeError),
    (lambda: tongbao.parse_files([SAMPLE, 7]), TypeError),
    (lambda: tongbao.parse_files([SAMPLE], jobs=0), ValueError),
    (lambda: tongbao.parse_files([SAMPLE], jobs=1.5), TypeError),
    (lambda: tongbao.check(SAMPLE, select="numbering-gap"), TypeError),
])
def test_wrong_arguments_raise(call, error):
    with pytest.raises(error):
        call()


@pytest.mark.parametrize("jobs", [1, 2, 5])
def test_parse_files_keeps_input_order(jobs):
    paths = [SAMPLE, "missing-1.txt"] + [str(p.relative_to(ROOT)) for p in CORPUS] + ["missing-2.txt", SAMPLE]
    records = tongbao.parse_files(paths, jobs=jobs)
    assert len(records) == len(paths)
    got = list(records)
    assert [r["source"]["path"] for r in got] == paths
    assert got == cli_records(*paths)


def test_parse_files_as_json_gives_the_cli_lines():
    paths = [SAMPLE, "missing.txt"]
    out = subprocess.run([BINARY, "parse", "--format", "jsonl", *paths], cwd=ROOT, capture_output=True, check=False)
    for jobs in (1, 2):
        lines = list(tongbao.parse_files(paths, jobs=jobs, as_json=True))
        assert "".join(lines) == out.stdout.decode("utf-8")
    with pytest.raises(TypeError):
        tongbao.parse_files(paths, as_json=1)


def test_parse_files_takes_any_iterable_and_stops_early():
    paths = (SAMPLE for _ in range(40))
    with tongbao.parse_files(paths, jobs=2) as records:
        first = next(records)
        assert len(first["outline"]) == 3
    assert list(records) == []  # closed: the rest is dropped, the workers joined
    assert list(tongbao.parse_files([], jobs=3)) == []
    # An iterator dropped half-way stops its threads (no hang at exit).
    records = tongbao.parse_files([SAMPLE] * 30, jobs=2)
    next(records)
    del records
    gc.collect()


def test_check_equals_the_cli_check():
    entry = tongbao.check(SAMPLE)
    out = subprocess.run([BINARY, "check", "--format", "json", SAMPLE], cwd=ROOT, capture_output=True, check=False)
    assert entry == json.loads(out.stdout)[0]
    gaps = tongbao.check(SAMPLE, select=["numbering-gap"])["diagnostics"]
    assert [(d["code"], d["line"], d["node"]) for d in gaps] == [("numbering-gap", 128, "2.28.4")]
    ignored = tongbao.check(SAMPLE, ignore=["stray-space"])["diagnostics"]
    assert "stray-space" not in [d["code"] for d in ignored]
    assert len(ignored) == len(entry["diagnostics"]) - 2
    missing = tongbao.check("missing.txt")
    assert missing["error"]["code"] == "unreadable" and missing["diagnostics"] == []


def test_version_and_format():
    out = subprocess.run([BINARY, "--version"], capture_output=True, text=True, check=True).stdout
    assert tongbao.__version__ in out
    assert tongbao.RECORD_FORMAT == "tongbao/1"
    assert tongbao.parse(SAMPLE)["format"] == tongbao.RECORD_FORMAT


def test_help_teaches():
    doc = tongbao.parse.__doc__
    for word in ("source", "text", "input_format", "encoding", "max_bytes", "error record", "TypeError"):
        assert word in doc
    assert "input order" in tongbao.parse_files.__doc__
    stub = pathlib.Path(tongbao.__file__).with_name("__init__.pyi")
    assert "def parse_files(" in stub.read_text(encoding="utf-8")
    assert pathlib.Path(tongbao.__file__).with_name("py.typed").exists()


def test_frames():
    records = [tongbao.parse(SAMPLE), tongbao.parse("missing.txt")]
    notices, nodes, entities, diagnostics = tongbao.frames(records)
    assert list(notices["notice"]) == [0, 1]
    sample = notices.iloc[0]
    assert sample["inspection_kind"] == "巡察"
    assert sample["year"] == 2024
    assert sample["error"] is None
    assert notices.iloc[1]["error"] == "unreadable"
    assert sample["nodes"] == len(nodes) == sum(1 for _ in walk(records[0]["outline"]))
    assert sample["problems"] == 40  # the sample's 40 problems, as examples/list_problems.cc
    assert nodes.iloc[0]["id"] == "1" and nodes.iloc[0]["depth"] == 1 and nodes.iloc[0]["parent"] is None
    assert nodes[nodes["id"] == "2.1"].iloc[0]["parent"] == "2"
    assert len(entities) == len(records[0]["entities"])
    assert list(diagnostics["code"]) == [d["code"] for d in records[0]["diagnostics"]]
    empty = tongbao.frames([])
    assert len(empty.notices) == 0 and "title" in empty.notices.columns
    with pytest.raises(TypeError):
        tongbao.frames(["not a record"])


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node["children"])


def test_import_does_not_load_pandas():
    code = "import sys, tongbao; tongbao.parse('%s'); print('pandas' in sys.modules)" % SAMPLE
    out = subprocess.run([os.sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_collect_walks_folders_as_the_cli():
    folder = "tests/fixtures/html"
    paths = tongbao.collect([folder])
    assert paths == [r["source"]["path"] for r in cli_records(folder)]
    assert len(paths) >= 8 and all(p.startswith(folder + "/") for p in paths)
    assert tongbao.collect(folder, globs=["hanweb.*"]) == [folder + "/hanweb.html"]
    assert tongbao.collect([SAMPLE, "missing.txt"]) == [SAMPLE, "missing.txt"]
    with pytest.raises(TypeError):
        tongbao.collect([folder], globs="*.html")
