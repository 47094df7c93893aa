"""python3 -m tongbao.report: one self-contained page, its figures counted
from the records."""
import html.parser
import json
import pathlib
import subprocess
import sys

import pytest

import tongbao
import tongbao.report

pytest.importorskip("matplotlib")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "data" / "samples" / "whdi-fgw-2024.txt")


def test_figures_of_the_sample_and_an_error():
    records = [tongbao.parse(SAMPLE), tongbao.parse(str(ROOT / "missing.txt"))]
    f = tongbao.report.figures(records)
    assert f["totals"]["inputs"] == 2 and f["totals"]["notices"] == 1 and f["totals"]["errors"] == 1
    assert f["totals"]["problems"] == 40
    assert f["per_year"] == {(2024, "巡察"): 1}
    diagnostics = dict(f["diagnostics"])
    assert diagnostics["(error) unreadable"] == 1
    assert diagnostics["stray-space"] == 2
    # Every leaf unit of the sample but one (2.31, label-missing) has its label.
    assert f["units"]["without a label"] >= 1
    assert f["top"][0]["path"] == SAMPLE and f["top"][0]["problems"] == 40


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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl", "report.html"]


def test_command_line_parses_folders(tmp_path):
    out = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "tongbao.report", str(ROOT / "tests" / "fixtures" / "html"),
                          "-o", str(out), "-j", "2"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    expected = len(tongbao.collect([str(ROOT / "tests" / "fixtures" / "html")]))
    assert f"{expected} inputs" in text
