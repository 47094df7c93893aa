#!/usr/bin/env python3
"""The comparison for the benchmark: what a researcher would write instead of tongbao.

    baseline.py [--whole-page] PATH... > records.jsonl

Standard library only, one process, files in order (directories walked,
sorted). For each file: read the bytes, decode (UTF-8, or GB18030 when an
HTML page declares a GB charset), strip the tags of HTML pages with `re`
(script and style dropped, entities decoded by html.unescape), split into
paragraphs, recognise sections 一、, subsections （一）, items 1., problems
关于“…”的问题 and measures 一是 at clause starts, find a few kinds of
entities (dates with their ISO value, money, percentages, document titles,
phone numbers, e-mail addresses; one scan for digits per paragraph),
and write one JSON line.

By default it takes a page's body from its TRS_Editor container, knowledge
of one CMS that a general script would not have; --whole-page strips the
tags of the whole page instead, as a script for any site would (on the
benchmark corpus this costs about the same).

It is meant to be reasonable, not slow on purpose: patterns are compiled
once, each paragraph is matched once per pattern family, output is buffered.
"""
import hashlib
import html
import json
import os
import re
import sys

NUM = "一二三四五六七八九十"
SECTION = re.compile(r"^([%s]+、)\s*(.*)" % NUM)
SUBSECTION = re.compile(r"^([（(][%s]+[）)])\s*(.*)" % NUM)
ITEM = re.compile(r"^([0-9０-９]+[.．、])\s*(.*)")
PROBLEM = re.compile(r"关于[“\"](.+?)[”\"]的?问题")
# 一是 at the start of a paragraph or after a clause end: 。；;：:
MEASURE = re.compile(r"(?:^|(?<=[。；;：:]))\s*([%s]+是)" % NUM)
FIRST_SENTENCE = re.compile(r"^(.*?)[。；;：:]")
LABEL = re.compile(r"^(整改情况|整改进展|整改措施|整改结果)[:：]")

# The entities tongbao finds, the common forms only. Every digit-led kind
# (dates, money, percentages, phone numbers) is one pattern, classified by
# its ending, so each paragraph is scanned for digits once; titles and
# e-mail addresses are looked for only where 《 or @ occurs (measured: the
# cheapest of the obvious ways to write this). \d takes full-width digits.
NUMBER_ENTITY = re.compile(  # every branch after one leading digit: 4x faster in re than separate branches
    r"\d(?:(?P<date>\d{3}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d?月\d{1,2}[日号])"
    r"|(?P<phone>\d{2,3}-\d{7,8}(?!\d)|\d{10}(?!\d))"
    r"|\d*(?:\.\d+)?(?:(?P<money>(?:万亿|亿|万|千)?元)|(?P<percent>[%％])))")
DATE_PARTS = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?")
DOCUMENT = re.compile(r"《[^《》\n]*》")
EMAIL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
DROP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
BLOCK_END = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article)\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]*>")
BODY = re.compile(r'<div[^>]+class="TRS_Editor"[^>]*>(.*?)</div>', re.I | re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
META = re.compile(r'<meta\s+name="(PubDate|ContentSource|ArticleTitle)"\s+content="([^"]*)"', re.I)
SPACE = re.compile(r"[ \t\u3000\xa0]+")
PUBLISHED = re.compile(r"发布时间[:：]\s*(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)")
ORIGIN = re.compile(r"来源[:：]\s*(\S+)")
# Page lines a text saved from a site keeps: site, breadcrumb, info line, footer.
CHROME = re.compile(r"^(?:https?://|当前位置|发布时间|版权所有|地址[:：]|All Rights Reserved)")

GB_LABELS = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def decode(data, is_html):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "UTF-8"
    if is_html:
        m = CHARSET.search(data, 0, 4096)
        if m and m.group(1).decode("ascii").lower() in GB_LABELS:
            return data.decode("gb18030", "replace"), "GB18030"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace"), "GB18030"


WHOLE_PAGE = False


def html_paragraphs(text, record):
    for name, value in META.findall(text):
        record[{"PubDate": "published", "ContentSource": "origin", "ArticleTitle": "title"}[name]] = html.unescape(value)
    if record["title"] is None:
        m = TITLE.search(text)
        if m:
            record["title"] = html.unescape(m.group(1)).split("_")[0].strip()
    m = None if WHOLE_PAGE else BODY.search(text)
    body = m.group(1) if m else text
    body = DROP.sub("", body)
    body = BLOCK_END.sub("\n", body)
    body = html.unescape(TAG.sub("", body))
    return body.split("\n")


def text_paragraphs(text, record):
    lines = text.split("\n")
    for line in lines[:8]:
        if record["title"] is None and line.strip().endswith("通报"):
            record["title"] = line.strip()
        m = PUBLISHED.search(line)
        if m:
            record["published"] = m.group(1)
            o = ORIGIN.search(line)
            record["origin"] = o.group(1) if o else None
    return lines


def heading_and_rest(text):
    m = FIRST_SENTENCE.match(text)
    if m:
        return m.group(1), text[m.end():]
    return text, ""


def node(kind, marker, text, line):
    heading, rest = heading_and_rest(text)
    p = PROBLEM.search(heading)
    return {"kind": kind, "marker": marker, "heading": heading, "problem": p.group(1) if p else None,
            "label": None, "text": rest, "line": line, "children": []}


def date_value(text):
    m = DATE_PARTS.match(text)
    if not m:
        return None  # 8月31日: the year is elsewhere; tongbao looks for it, this does not
    return "-".join([str(int(m.group(1)))] + ["%02d" % int(part) for part in m.groups()[1:] if part])


def entities(record, paragraph, line):
    found = record["entities"]
    for m in NUMBER_ENTITY.finditer(paragraph):
        text = m.group(0)
        if m.group("date"):
            found.append({"type": "date", "text": text, "value": date_value(text), "line": line})
        elif m.group("phone"):
            if text[0] == "0" or (text[0] == "1" and text[1] in "3456789"):
                found.append({"type": "phone", "text": text, "line": line})
        else:
            found.append({"type": "money" if m.group("money") else "percent", "text": text, "line": line})
    if "《" in paragraph:
        found.extend({"type": "document", "text": m.group(0), "line": line} for m in DOCUMENT.finditer(paragraph))
    if "@" in paragraph:
        found.extend({"type": "email", "text": m.group(0), "line": line} for m in EMAIL.finditer(paragraph))


def measures(parent, paragraph, line):
    """Split a body paragraph at its 一是/二是 clauses, as children of parent."""
    starts = list(MEASURE.finditer(paragraph))
    if not starts:
        return paragraph
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(paragraph)
        parent["children"].append(node("measure", m.group(1), paragraph[m.end(1):end].strip(), line))
    return paragraph[: starts[0].start()]


def parse(path):
    with open(path, "rb") as f:
        data = f.read()
    is_html = path.lower().endswith((".html", ".htm", ".shtml")) or b"<html" in data[:1024].lower()
    text, encoding = decode(data, is_html)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    record = {"format": "baseline/1",
              "source": {"path": path, "media_type": "text/html" if is_html else "text/plain",
                         "encoding": encoding, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()},
              "title": None, "published": None, "origin": None, "preamble": "", "outline": [], "closing": "",
              "entities": []}
    lines = html_paragraphs(text, record) if is_html else text_paragraphs(text, record)
    preamble, section, parent, last = [], None, None, None
    for number, raw in enumerate(lines, 1):
        p = SPACE.sub(" ", raw).strip()
        if not p or p == record["title"] or CHROME.match(p):
            continue
        entities(record, p, number)
        m = SECTION.match(p)
        if m:
            section = node("section", m.group(1), m.group(2), number)
            record["outline"].append(section)
            parent = last = section
            continue
        m = SUBSECTION.match(p) or ITEM.match(p)
        if m and section is not None:
            kind = "subsection" if p[0] in "（(" else "item"
            last = node(kind, m.group(1), m.group(2), number)
            section["children"].append(last)
            parent = last
            rest = last["text"]
            last["text"] = measures(last, rest, number) if rest else ""
            continue
        if section is None:
            preamble.append(p)
            continue
        if p.startswith("欢迎") or record["closing"]:
            record["closing"] += ("\n" if record["closing"] else "") + p
            continue
        lm = LABEL.match(p)
        if lm and parent is not None:
            parent["label"] = lm.group(1)
            p = p[lm.end():]
        if parent is not None:
            head = measures(parent, p, number)
            if head:
                parent["text"] += ("\n" if parent["text"] else "") + head
    record["preamble"] = "\n".join(preamble)
    return record


def walk(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    yield os.path.join(root, name)
        else:
            yield path


def main(argv):
    global WHOLE_PAGE
    if argv and argv[0] == "--whole-page":
        WHOLE_PAGE = True
        argv = argv[1:]
    if not argv:
        sys.stderr.write("usage: baseline.py [--whole-page] PATH...\n")
        return 2
    out = sys.stdout
    for path in walk(argv):
        out.write(json.dumps(parse(path), ensure_ascii=False))
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
