"""A report to look at: python3 -m tongbao.report INPUTS -o report.html.

One self-contained HTML page (charts as inline SVG drawn by matplotlib, no
script, nothing fetched) about the notices of INPUTS (files and folders,
walked as ``tongbao parse`` walks them, or JSON Lines files of records with
``--records``): notices per year by inspection kind, problems and measures
per notice, units with and without a label, diagnostics by code, the
notices with the most findings, each chart with its figures in a table
beside it.

From Python: ``tongbao.report.figures(records)`` and
``tongbao.report.render(records)``.
"""

import argparse
import collections
import html
import io
import json
import os
import sys
import tempfile
import warnings

import tongbao
from tongbao.dataframes import counts, notice_year

TOP = 10


def figures(records):
    """The report's figures, as plain Python (dicts and lists of tuples)."""
    per_year = collections.Counter()
    per_notice = []
    units = collections.Counter()
    by_code = collections.Counter()
    totals = collections.Counter()
    for index, record in enumerate(records):
        totals["inputs"] += 1
        if record.get("error"):
            totals["errors"] += 1
            by_code["(error) " + record["error"].get("code", "")] += 1
            continue
        totals["notices"] += 1
        kind = (record.get("inspection") or {}).get("kind") or "(none)"
        year = notice_year(record)
        per_year[(year if year is not None else "(no date)", kind)] += 1
        c = counts(record)
        units["with a label"] += c["labelled"]
        units["without a label"] += c["unlabelled"]
        for key in ("nodes", "problems", "measures"):
            totals[key] += c[key]
        for d in record.get("diagnostics") or []:
            by_code[d.get("code", "")] += 1
        name = record.get("title") or (record.get("source") or {}).get("path") or f"#{index + 1}"
        per_notice.append({"notice": name, "path": (record.get("source") or {}).get("path"),
                           "problems": c["problems"], "measures": c["measures"],
                           "findings": c["problems"] + c["measures"]})
    years = sorted({y for y, _ in per_year}, key=str)
    kinds = sorted({k for _, k in per_year})
    return {
        "totals": dict(totals),
        "years": years,
        "kinds": kinds,
        "per_year": {(y, k): per_year[(y, k)] for y in years for k in kinds},
        "per_notice": per_notice,
        "units": dict(units),
        "diagnostics": by_code.most_common(),
        "top": sorted(per_notice, key=lambda n: (-n["findings"], str(n["path"])))[:TOP],
    }


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
    ax.barh(labels, [f["units"].get(k, 0) for k in labels], color=["tab:green", "tab:red"])
    ax.set_xlabel("units")
    charts["units"] = _svg(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, max(2, 0.3 * len(f["diagnostics"]) + 1)))
    codes = [c for c, _ in f["diagnostics"]][::-1]
    ax.barh(codes, [n for _, n in f["diagnostics"]][::-1])
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


def render(records, title="tongbao report"):
    """The report page of `records` as an HTML string."""
    f = figures(records)
    charts = _charts(f)
    t = f["totals"]
    sections = [
        ("Notices per year by inspection kind", charts["years"],
         _table(["year"] + f["kinds"], [[y] + [f["per_year"][(y, k)] for k in f["kinds"]] for y in f["years"]])),
        ("Problems and measures per notice", charts["per_notice"],
         _table(["", "problems", "measures"],
                [["total", t.get("problems", 0), t.get("measures", 0)],
                 ["per notice", _mean(t.get("problems", 0), t.get("notices", 0)),
                  _mean(t.get("measures", 0), t.get("notices", 0))]])),
        ("Units with and without a label", charts["units"],
         _table(["units", "count"], [[k, f["units"].get(k, 0)] for k in ("with a label", "without a label")])),
        ("Diagnostics by code", charts["diagnostics"], _table(["code", "count"], f["diagnostics"])),
        (f"The {TOP} notices with the most findings", charts["top"],
         _table(["notice", "problems", "measures"], [[n["path"], n["problems"], n["measures"]] for n in f["top"]])),
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
<p>{t.get("inputs", 0)} inputs: {t.get("notices", 0)} notices, {t.get("errors", 0)} error records;
{t.get("nodes", 0)} outline nodes, {t.get("problems", 0)} problems, {t.get("measures", 0)} measures.</p>
"""]
    for heading, chart, table in sections:
        parts.append(f"<section><h2>{e(heading)}</h2><div>{chart}</div><div>{table}</div></section>\n")
    parts.append("</body></html>\n")
    return "".join(parts)


def _mean(total, count):
    return f"{total / count:.1f}" if count else "0"


def read_records(inputs, as_records, jobs=None):
    if as_records:
        for path in inputs:
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        yield json.loads(line)
    else:
        yield from tongbao.parse_files(tongbao.collect(inputs), jobs=jobs)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m tongbao.report",
                                     description="One self-contained HTML page of charts and figures about notices.")
    parser.add_argument("inputs", nargs="+", help="files and folders of notices (or, with --records, JSON Lines)")
    parser.add_argument("-o", "--output", required=True, metavar="report.html")
    parser.add_argument("--records", action="store_true", help="the inputs are JSON Lines of records")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="threads parsing (default: the cores)")
    parser.add_argument("--title", default="tongbao report")
    args = parser.parse_args(argv)
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
