"""Records as pandas DataFrames: tongbao.frames(records).

Imported only when tongbao.frames() is called, so that ``import tongbao``
does not need pandas.
"""

from typing import NamedTuple

import pandas as pd

NOTICE_COLUMNS = ["notice", "path", "media_type", "encoding", "bytes", "title", "issuer", "published", "signed",
                  "inspection_kind", "inspection_round", "inspection_team", "year", "nodes", "problems",
                  "measures", "labelled", "unlabelled", "entities", "diagnostics", "error"]
NODE_COLUMNS = ["notice", "id", "parent", "depth", "kind", "marker", "number", "heading", "problem", "label",
                "text", "line"]
ENTITY_COLUMNS = ["notice", "type", "text", "value", "node", "line"]
DIAGNOSTIC_COLUMNS = ["notice", "severity", "code", "message", "line", "column", "node"]


class Frames(NamedTuple):
    notices: pd.DataFrame
    nodes: pd.DataFrame
    entities: pd.DataFrame
    diagnostics: pd.DataFrame


def walk(nodes, parent=None, depth=1):
    """(node, parent id, depth) for every node in document order, parents first."""
    for node in nodes:
        yield node, parent, depth
        yield from walk(node.get("children", []), node.get("id"), depth + 1)


def notice_year(record):
    """The year a notice belongs to: its signing date, else its publication date."""
    for key in ("signed", "published"):
        value = record.get(key)
        if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
            return int(value[:4])
    return None


def counts(record):
    """Figures of one record: nodes, problems (nodes naming a problem), measures
    (一是 clauses), units with and without a label (leaf nodes, measures aside)."""
    nodes = problems = measures = labelled = unlabelled = 0
    for node, _parent, _depth in walk(record.get("outline") or []):
        nodes += 1
        if node.get("problem"):
            problems += 1
        if node.get("kind") == "measure":
            measures += 1
        elif not node.get("children"):
            if node.get("label"):
                labelled += 1
            else:
                unlabelled += 1
    return {"nodes": nodes, "problems": problems, "measures": measures, "labelled": labelled,
            "unlabelled": unlabelled}


def frames(records):
    notices, nodes, entities, diagnostics = [], [], [], []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise TypeError(f"records must hold dicts (records), not {type(record).__name__} at {index}")
        source = record.get("source") or {}
        inspection = record.get("inspection") or {}
        error = record.get("error")
        row = {"notice": index, "path": source.get("path"), "media_type": source.get("media_type"),
               "encoding": source.get("encoding"), "bytes": source.get("bytes"), "title": record.get("title"),
               "issuer": record.get("issuer"), "published": record.get("published"), "signed": record.get("signed"),
               "inspection_kind": inspection.get("kind"), "inspection_round": inspection.get("round"),
               "inspection_team": inspection.get("team"), "year": notice_year(record)}
        row.update(counts(record))
        row["entities"] = len(record.get("entities") or [])
        row["diagnostics"] = len(record.get("diagnostics") or [])
        row["error"] = error.get("code") if error else None
        notices.append(row)
        for node, parent, depth in walk(record.get("outline") or []):
            nodes.append({"notice": index, "id": node.get("id"), "parent": parent, "depth": depth,
                          "kind": node.get("kind"), "marker": node.get("marker"), "number": node.get("number"),
                          "heading": node.get("heading"), "problem": node.get("problem"),
                          "label": node.get("label"), "text": node.get("text"), "line": node.get("line")})
        for entity in record.get("entities") or []:
            entities.append({"notice": index, **{key: entity.get(key) for key in ENTITY_COLUMNS[1:]}})
        for diagnostic in record.get("diagnostics") or []:
            diagnostics.append({"notice": index, **{key: diagnostic.get(key) for key in DIAGNOSTIC_COLUMNS[1:]}})
    notices_frame = pd.DataFrame(notices, columns=NOTICE_COLUMNS)
    # Years and sizes are whole numbers that may be missing: pandas' nullable integers.
    for column in ("year", "bytes"):
        notices_frame[column] = notices_frame[column].astype("Int64")
    return Frames(notices_frame, pd.DataFrame(nodes, columns=NODE_COLUMNS),
                  pd.DataFrame(entities, columns=ENTITY_COLUMNS),
                  pd.DataFrame(diagnostics, columns=DIAGNOSTIC_COLUMNS))
