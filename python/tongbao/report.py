"""A report to look at: python3 -m tongbao.report INPUTS -o report.html.

One self-contained HTML page (charts as inline SVG drawn by matplotlib, no
script, nothing fetched) about the notices of INPUTS (files and folders,
walked as ``tongbao parse`` walks them, JSON Lines files of records with
``--records``, or one SQLite archive of ``tongbao parse --format sqlite``):
notices per year by inspection kind, problems and measures per notice,
units with and without a label, diagnostics by code, the notices with the
most findings, each chart with its figures in a table beside it. The tables
are the figures of ``tongbao stats --by year``, computed by the same code
(``tongbao.stats``), so the page and the command line agree.

From Python: ``tongbao.report.figures(records)`` and
``tongbao.report.render(records)``.
"""

import argparse
import html
import io
import json
import os
import sys
import tempfile
import warnings

import tongbao
from tongbao.dataframes import counts

TOP = 10


def figures(records):
    """The report's figures: ``stats``, what ``tongbao stats --format json
    --by year`` gives for the same records (computed by the same code), and
    ``per_notice``, the problems and measures of each notice for the
    histogram and the list of the notices with the most findings.

    records: records (dicts or JSON texts), or the path of a SQLite archive.
    """
    if isinstance(records, (str, os.PathLike)):
        path = os.fspath(records)
        stats = tongbao.stats(path, by="year")
        per_notice = _per_notice_of_archive(path)
    else:
        records = [json.loads(r) if isinstance(r, str) else r for r in records]
        stats = tongbao.stats(records, by="year")
        per_notice = []
        for index, record in enumerate(records):
            if record.get("error"):
                continue
            c = counts(record)
            path = (record.get("source") or {}).get("path") or f"#{index + 1}"
            per_notice.append({"notice": record.get("title") or path, "path": path,
                               "problems": c["problems"], "measures": c["measures"]})
    for n in per_notice:
        n["findings"] = n["problems"] + n["measures"]
    groups = stats.get("groups", [])
    kinds = sorted({k for g in groups for k in g["by_kind"]})
    return {
        "stats": stats,
        "years": [g["group"] for g in groups],
        "kinds": kinds,
        "per_year": {(g["group"], k): g["by_kind"].get(k, 0) for g in groups for k in kinds},
        "per_notice": per_notice,
        "top": sorted(per_notice, key=lambda n: (-n["findings"], str(n["path"])))[:TOP],
    }


def _per_notice_of_archive(path):
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT n.path, n.title, "
            "       (SELECT count(*) FROM nodes WHERE notice = n.id AND problem IS NOT NULL), "
            "       (SELECT count(*) FROM nodes WHERE notice = n.id AND kind = 'measure') "
            "FROM notices n WHERE n.error_code IS NULL ORDER BY n.id").fetchall()
    return [{"notice": title or p, "path": p, "problems": problems, "measures": measures}
            for p, title, problems, measures in rows]


def _svg(fig):
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight")
    text = out.getvalue()
    return text[text.index("<svg"):]  # the XML prologue and DOCTYPE have no place inside HTML


def _charts(f):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # Text stays text in the SVG: the browser draws the Chinese labels with
    # its own fonts, so matplotlib's own font needs no CJK glyphs (its
    # warnings that they are missing say nothing about the page).
    matplotlib.rcParams["svg.fonttype"] = "none"
    warnings.filterwarnings("ignore", message="Glyph .* missing from current font", category=UserWarning)
    charts = {}

    fig, ax = plt.subplots(figsize=(6, 3))
    bottom = [0] * len(f["years"])
    for kind in f["kinds"]:
        values = [f["per_year"][(y, kind)] for y in f["years"]]
        ax.bar([str(y) for y in f["years"]], values, bottom=bottom, label=kind)
        bottom = [a + b for a, b in zip(bottom, values)]
    ax.set_ylabel("notices")
    if f["kinds"]:
        ax.legend()
    charts["years"] = _svg(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3))
    ax.hist([[n["problems"] for n in f["per_notice"]], [n["measures"] for n in f["per_notice"]]],
            label=["problems", "measures"], bins=10)
    ax.set_xlabel("per notice")
    ax.set_ylabel("notices")
    ax.legend()
    charts["per_notice"] = _svg(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 2))
    labels = ["with a label", "without a label"]
    ax.barh(labels, _units(f["stats"]), color=["tab:green", "tab:red"])
    ax.set_xlabel("units")
    charts["units"] = _svg(fig)
    plt.close(fig)

    diagnostics = list(f["stats"]["by_diagnostic"].items())
    fig, ax = plt.subplots(figsize=(6, max(2, 0.3 * len(diagnostics) + 1)))
    ax.barh([c for c, _ in diagnostics][::-1], [n for _, n in diagnostics][::-1])
    ax.set_xlabel("diagnostics")
    charts["diagnostics"] = _svg(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, max(2, 0.3 * len(f["top"]) + 1)))
    names = [str(n["path"]) for n in f["top"]][::-1]
    ax.barh(names, [n["problems"] for n in f["top"]][::-1], label="problems")
    ax.barh(names, [n["measures"] for n in f["top"]][::-1], left=[n["problems"] for n in f["top"]][::-1],
            label="measures")
    ax.set_xlabel("findings")
    ax.legend()
    charts["top"] = _svg(fig)
    plt.close(fig)
    return charts


def _table(header, rows):
    e = html.escape
    head = "".join(f"<th>{e(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _units(stats):
    labelled = stats["labelled_units"]
    return [labelled, int(stats["units"]["total"]) - labelled]


def _number(value):
    return int(value) if float(value).is_integer() else value


def render(records, title="tongbao report"):
    """The report page of `records` (or of a SQLite archive's path) as an HTML string."""
    f = figures(records)
    charts = _charts(f)
    st = f["stats"]
    spreads = [[name] + [_number(st[name][k]) for k in ("min", "median", "max", "total")]
               for name in ("problems", "measures", "units")]
    sections = [
        ("Notices per year by inspection kind", charts["years"],
         _table(["year"] + f["kinds"], [[y] + [f["per_year"][(y, k)] for k in f["kinds"]] for y in f["years"]])),
        ("Problems, measures and units per notice", charts["per_notice"],
         _table(["per notice", "min", "median", "max", "total"], spreads)),
        ("Units with and without a label", charts["units"],
         _table(["units", "count"], list(zip(["with a label", "without a label"], _units(st))))),
        ("Diagnostics by code", charts["diagnostics"], _table(["code", "count"], st["by_diagnostic"].items())),
        (f"The {TOP} notices with the most findings", charts["top"],
         _table(["notice", "problems", "measures"], [[n["path"], n["problems"], n["measures"]] for n in f["top"]])),
    ]
    more = [
        ("Notices by inspection kind", _table(["kind", "notices"], st["by_kind"].items())),
        ("Notices by issuer", _table(["issuer", "notices"], st["by_issuer"].items())),
        ("Error records by cause", _table(["cause", "records"], st["by_error"].items())),
    ]
    e = html.escape
    parts = [f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
section {{ display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; margin-bottom: 2em; }}
h2 {{ width: 100%; margin-bottom: 0; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 2px 8px; text-align: right; }}
td:first-child, th:first-child {{ text-align: left; }}
svg {{ max-width: 100%; height: auto; }}
</style></head><body>
<h1>{e(title)}</h1>
<p>{st["records"]} inputs: {st["notices"]} notices, {st["records"] - st["notices"]} error records;
{_number(st["units"]["total"])} outline units, {_number(st["problems"]["total"])} problems,
{_number(st["measures"]["total"])} measures. The tables hold the figures of <code>tongbao stats --by year</code>.</p>
"""]
    for heading, chart, table in sections:
        parts.append(f"<section><h2>{e(heading)}</h2><div>{chart}</div><div>{table}</div></section>\n")
    for heading, table in more:
        parts.append(f"<section><h2>{e(heading)}</h2><div>{table}</div></section>\n")
    parts.append("</body></html>\n")
    return "".join(parts)


def read_records(inputs, as_records, jobs=None):
    if as_records:
        for path in inputs:
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        yield json.loads(line)
    else:
        yield from tongbao.parse_files(tongbao.collect(inputs), jobs=jobs)


def _is_archive(path):
    """A SQLite database, known by its header, whatever its name."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m tongbao.report",
                                     description="One self-contained HTML page of charts and figures about notices.")
    parser.add_argument("inputs", nargs="+", help="files and folders of notices (or, with --records, JSON Lines; or one archive.sqlite)")
    parser.add_argument("-o", "--output", required=True, metavar="report.html")
    parser.add_argument("--records", action="store_true", help="the inputs are JSON Lines of records")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="threads parsing (default: the cores)")
    parser.add_argument("--title", default="tongbao report")
    args = parser.parse_args(argv)
    archives = [p for p in args.inputs if _is_archive(p)]
    if archives:
        if len(args.inputs) != 1:
            parser.error("an archive (.sqlite) is read alone, not with other inputs")
        page = render(archives[0], args.title)
    else:
        page = render(list(read_records(args.inputs, args.records, args.jobs)), args.title)
    directory = os.path.dirname(os.path.abspath(args.output))
    fd, temp = tempfile.mkstemp(prefix="." + os.path.basename(args.output) + ".", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(page)
        os.replace(temp, args.output)
    except BaseException:
        os.unlink(temp)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
