"""python3 -m tongbao.report: one self-contained page whose tables are the
figures of `tongbao stats`."""
import html.parser
import json
import os
import pathlib
import subprocess
import sys

import pytest

import tongbao
import tongbao.report

pytest.importorskip("matplotlib")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "data" / "samples" / "whdi-fgw-2024.txt")
BINARY = os.environ.get("TONGBAO_BINARY", str(ROOT / "build" / "tongbao"))
FOLDERS = [str(ROOT / "tests" / "fixtures" / "html"), str(ROOT / "tests" / "fixtures" / "cms"), SAMPLE]


def cli_stats(*inputs):
    run = subprocess.run([BINARY, "stats", "--format", "json", "--by", "year", *inputs], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_figures_of_the_sample_and_an_error():
    records = [tongbao.parse(SAMPLE), tongbao.parse(str(ROOT / "missing.txt"))]
    f = tongbao.report.figures(records)
    st = f["stats"]
    assert st["records"] == 2 and st["notices"] == 1
    assert st["by_error"] == {"unreadable": 1}
    assert st["problems"]["total"] == 40 and st["measures"]["total"] == 106
    # The error record has no year: its group is stats' "(unknown)", with no notice in it.
    assert f["per_year"] == {("2024", "巡察"): 1, ("(unknown)", "巡察"): 0}
    assert st["by_diagnostic"]["stray-space"] == 2
    assert f["top"][0]["path"] == SAMPLE and f["top"][0]["problems"] == 40 and f["top"][0]["measures"] == 106


def test_figures_equal_the_command_line_stats_of_records_and_of_an_archive(tmp_path):
    jsonl = tmp_path / "records.jsonl"
    run = subprocess.run([BINARY, "parse", "--format", "jsonl", "-o", str(jsonl), *FOLDERS], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    expected = cli_stats(str(jsonl))
    assert expected["records"] > 20
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert tongbao.report.figures(records)["stats"] == expected

    archive = tmp_path / "a.sqlite"
    run = subprocess.run([BINARY, "parse", "--format", "sqlite", "-o", str(archive), *FOLDERS], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    f = tongbao.report.figures(str(archive))
    assert f["stats"] == cli_stats(str(archive))
    assert f["stats"]["problems"] == expected["problems"]
    by_path = {n["path"]: n for n in f["per_notice"]}
    assert by_path[SAMPLE]["problems"] == 40 and by_path[SAMPLE]["measures"] == 106


def test_stats_refuses_what_is_not_a_record():
    with pytest.raises(ValueError, match="record 2 is not a tongbao record"):
        tongbao.stats([tongbao.parse(SAMPLE), {"title": "x"}])
    with pytest.raises(ValueError, match="by must be one of"):
        tongbao.stats([], by="month")
    with pytest.raises(TypeError):
        tongbao.stats([42])


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.cells = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.cells.append(data.strip())


def test_command_line_writes_one_self_contained_page(tmp_path):
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("".join(tongbao.parse_files([SAMPLE, SAMPLE], as_json=True)), encoding="utf-8")
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "tongbao.report", "--records", str(jsonl), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    tags = [t for t, _ in page.tags]
    assert tags.count("svg") == 5
    assert "script" not in tags and "img" not in tags and "link" not in tags
    assert not [a for _, a in page.tags if "src" in a or "href" in a]
    assert "80" in page.cells  # two copies of the sample: 80 problems in the table
    assert "212" in page.cells  # and 212 measures
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl", "report.html"]


def test_command_line_parses_folders(tmp_path):
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "tongbao.report", str(ROOT / "tests" / "fixtures" / "html"),
                          "-o", str(out), "-j", "2"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    expected = len(tongbao.collect([str(ROOT / "tests" / "fixtures" / "html")]))
    assert f"{expected} inputs" in text


def test_command_line_reads_an_archive(tmp_path):
    archive = tmp_path / "a.sqlite"
    subprocess.run([BINARY, "parse", "--format", "sqlite", "-o", str(archive), SAMPLE], cwd=ROOT, check=True)
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "tongbao.report", str(archive), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert [t for t, _ in page.tags].count("svg") == 5
    assert "106" in page.cells
