#!/usr/bin/env python3
"""Deterministic benchmark corpus made from the sample notice.

    make_corpus.py OUT [-n 600] [--seed 8] [--sample PATH]
        writes OUT/text/NNNN.txt and OUT/html/NNNN.html: N variants of the
        sample as plain text and the same N as CMS pages (even numbers UTF-8,
        odd numbers GB18030 declared as gb2312).
    make_corpus.py OUT --big 20
        writes OUT/big/big.txt and OUT/big/big.html: one notice of about
        20 MB, its items repeated and renumbered, to check that cost is linear.

Standard library only. The same arguments always give the same bytes.
"""
import argparse
import html
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SAMPLE = os.path.join(HERE, "..", "..", "data", "samples", "whdi-fgw-2024.txt")

NUMERALS = "零一二三四五六七八九十"


def chinese_numeral(n):
    """1..99 as Chinese numerals: 1 一, 10 十, 12 十二, 23 二十三."""
    if n < 10:
        return NUMERALS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else NUMERALS[tens]
    return head + "十" + (NUMERALS[ones] if ones else "")


SECTION_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUBSECTION_RE = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
ITEM_RE = re.compile(r"^\d+[.．、]")

# Half-width punctuation and its full-width form, for the full-width variants.
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


class Notice:
    """The sample cut into its parts: page lines, title, preamble, sections, closing."""

    def __init__(self, text):
        lines = [l.strip() for l in text.replace("\r\n", "\n").split("\n")]
        lines = [l for l in lines if l]
        self.site, crumb_line, self.title, info_line = lines[0:4]
        self.breadcrumb = [c.strip() for c in crumb_line.split(":", 1)[1].split(">") if c.strip()]
        m = re.search(r"发布时间:(\S+ \S+)\s+来源:(\S+)", info_line)
        self.published, self.origin = m.group(1), m.group(2)
        rest = lines[4:]
        first_section = next(i for i, l in enumerate(rest) if SECTION_RE.match(l))
        self.preamble = rest[:first_section]
        closing_at = next(i for i, l in enumerate(rest) if l.startswith("欢迎"))
        footer_at = next(i for i, l in enumerate(rest) if l.startswith("版权所有"))
        self.closing = rest[closing_at:footer_at]
        self.footer = rest[footer_at:]
        # sections: [heading, intro paragraphs, units]; a unit is a list of
        # paragraphs whose first one starts with a subsection or item marker.
        self.sections = []
        for line in rest[first_section:closing_at]:
            if SECTION_RE.match(line):
                self.sections.append({"heading": SECTION_RE.sub("", line), "intro": [], "units": []})
            elif SUBSECTION_RE.match(line) or ITEM_RE.match(line):
                self.sections[-1]["units"].append([line])
            elif self.sections[-1]["units"]:
                self.sections[-1]["units"][-1].append(line)
            else:
                self.sections[-1]["intro"].append(line)


def renumber_unit(unit, n):
    """The unit with its marker replaced by number n of the same family."""
    first = unit[0]
    if SUBSECTION_RE.match(first):
        first = SUBSECTION_RE.sub("(" + chinese_numeral(n) + ")", first)
    else:
        first = ITEM_RE.sub(str(n) + ".", first)
    return [first] + unit[1:]


def variant_paragraphs(notice, rng):
    """One varied notice as (page facts, body paragraphs)."""
    sections = []
    for s in notice.sections:
        units = list(s["units"])
        if len(units) > 10:  # the items: a shuffled or ordered subset
            k = rng.randint(6, len(units))
            units = rng.sample(units, k) if rng.random() < 0.5 else units[:k]
        elif len(units) > 1 and rng.random() < 0.3:
            units = units[: len(units) - 1]
        sections.append((s["heading"], s["intro"], units))
    if rng.random() < 0.25:  # some notices have no plans section
        sections = sections[:-1]
    body = list(notice.preamble)
    for si, (heading, intro, units) in enumerate(sections, 1):
        body.append(chinese_numeral(si) + "、" + heading)
        body.extend(intro)
        for ui, unit in enumerate(units, 1):
            body.extend(renumber_unit(unit, ui))
    body.extend(notice.closing)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(8, 18), rng.randint(0, 59)
    facts = {
        "site": notice.site,
        "breadcrumb": notice.breadcrumb,
        "title": notice.title,
        "published": "2024-%02d-%02d %02d:%02d" % (month, day, hour, minute),
        "origin": notice.origin,
        "footer": notice.footer,
    }
    return facts, body


def full_width(paragraph, digits):
    p = paragraph.translate(FULL_WIDTH)
    if digits:
        m = ITEM_RE.match(p)
        if m:
            p = m.group(0)[:-1].translate(FULL_DIGITS) + "．" + p[m.end():]
    return p


def render_text(facts, body, rng):
    indent = rng.choice(["", "", "\u3000\u3000", "  ", "\t"])
    gap = rng.choice(["\n", "\n\n", "\n\n", "\n \n"])
    trailing = rng.choice(["", "", " ", "\u3000"])
    wide = rng.random() < 0.35
    wide_digits = wide and rng.random() < 0.5
    head = []
    if rng.random() < 0.7:  # text saved from the page keeps its chrome
        head = [facts["site"], " 当前位置:" + " > ".join(facts["breadcrumb"]) + " >"]
    head.append(facts["title"])
    head.append("发布时间:%s  来源:%s   " % (facts["published"], facts["origin"]))
    paragraphs = [indent + (full_width(p, wide_digits) if wide else p) + trailing for p in body]
    tail = facts["footer"] if rng.random() < 0.5 else []
    text = "\n".join(head) + gap + gap.join(paragraphs) + gap + "\n".join(tail) + "\n"
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


NAV = ["首页", "机构概况", "要闻动态", "巡察工作", "审查调查", "党纪法规", "廉政教育", "信息公开", "监督举报", "互动交流"]
RELATED = ["中共武汉市%s党组关于十四届市委第五轮巡察集中整改进展情况的通报" % org
           for org in ["教育局", "财政局", "民政局", "水务局", "城管执法委", "商务局", "文化和旅游局", "统计局"]]


def escape(text, rng, entity_quotes):
    """HTML-escape text; some pages write the curly quotes as entities, as CMSs do."""
    t = html.escape(text, quote=False)
    if entity_quotes:
        t = t.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
    return t


def render_html(facts, body, rng, encoding):
    charset = "gb2312" if encoding == "gb18030" else "utf-8"
    entity_quotes = rng.random() < 0.5
    indent_style = rng.choice(['style="text-indent:2em;"', 'align="justify"', ""])
    title = html.escape(facts["title"])
    if rng.random() < 0.5:
        meta = '<meta charset="%s">' % charset
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    out = []
    out.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    out.append('<html xmlns="http://www.w3.org/1999/xhtml">\n<head>')
    out.append(meta)
    out.append("<title>%s_武汉市纪委监委</title>" % title)
    out.append('<meta name="SiteName" content="武汉市纪委监委">')
    out.append('<meta name="SiteDomain" content="%s">' % html.escape(facts["site"]))
    out.append('<meta name="ColumnName" content="%s">' % facts["breadcrumb"][-1])
    out.append('<meta name="ArticleTitle" content="%s">' % title)
    out.append('<meta name="PubDate" content="%s">' % facts["published"])
    out.append('<meta name="ContentSource" content="%s">' % facts["origin"])
    out.append('<meta name="keywords" content="巡察,整改,通报">')
    out.append('<meta name="description" content="%s">' % title)
    out.append('<link rel="stylesheet" type="text/css" href="/images/style.css" />')
    out.append('<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>')
    out.append('<style type="text/css">.TRS_Editor p{line-height:2em;margin:0 0 1em 0;} .nav li{float:left;}</style>')
    out.append('<script type="text/javascript">var _hmt = _hmt || []; (function() { var hm = '
               'document.createElement("script"); hm.src = "https://hm.example.cn/hm.js?%08x"; '
               'if (1 < 2 && "a" != "<p>") { document.body.appendChild(hm); } })();</script>'
               % rng.getrandbits(32))
    out.append("</head>\n<body>")
    out.append('<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="武汉市纪委监委" /></a></div>')
    out.append('<div class="search"><form action="/search" method="get"><input type="text" name="q" />'
               '<input type="submit" value="搜索" /></form></div></div>')
    out.append('<ul class="nav">' + "".join(
        '<li><a href="/%s/">%s</a></li>' % ("c%02d" % i, name) for i, name in enumerate(NAV)) + "</ul>")
    out.append('<div class="main">')
    crumbs = " &gt; ".join('<a href="/%s/">%s</a>' % ("p%d" % i, c) for i, c in enumerate(facts["breadcrumb"]))
    out.append('<div class="position">当前位置：%s &gt;</div>' % crumbs)
    out.append('<div class="article">')
    out.append('<h1 class="title">%s</h1>' % title)
    out.append('<div class="info"><span>发布时间：%s</span>&nbsp;&nbsp;<span>来源：%s</span>&nbsp;&nbsp;'
               '<span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
               '<a href="javascript:;">小</a></span> <a href="javascript:window.print();">打印</a></div>'
               % (facts["published"], facts["origin"]))
    out.append('<div class="TRS_Editor">')
    for p in body:
        attrs = (" " + indent_style) if indent_style else ""
        out.append("<p%s>%s</p>" % (attrs, escape(p, rng, entity_quotes)))
    out.append("</div>")
    out.append('<div class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a></div>')
    out.append("</div>")
    out.append('<div class="related"><h3>相关文章</h3><ul>')
    for i, t in enumerate(rng.sample(RELATED, 6)):
        out.append('<li><a href="/xcgz/xcfk/202406/t20240620_%d.shtml" target="_blank">%s</a><span>2024-06-%02d</span></li>'
                   % (rng.randint(100000, 999999), t, 10 + i))
    out.append("</ul></div>\n</div>")
    out.append('<div class="footer">' + "".join("<p>%s</p>" % html.escape(l) for l in facts["footer"]) + "</div>")
    out.append('<script type="text/javascript">document.write("<span>" + new Date().getFullYear() + "</span>");</script>')
    out.append("</body>\n</html>\n")
    text = "\n".join(out)
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text.encode(encoding)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def make_batch(notice, out, n, seed):
    for i in range(n):
        facts, body = variant_paragraphs(notice, random.Random("%d:%d" % (seed, i)))
        rng = random.Random("%d:%d:render" % (seed, i))
        write(os.path.join(out, "text", "%04d.txt" % i), render_text(facts, body, rng))
        encoding = "utf-8" if i % 2 == 0 else "gb18030"
        write(os.path.join(out, "html", "%04d.html" % i), render_html(facts, body, rng, encoding))


def make_big(notice, out, megabytes, seed):
    """One notice whose item section repeats the sample's items, renumbered, up to the size."""
    target = int(megabytes * 1_000_000)
    items_section = max(notice.sections, key=lambda s: len(s["units"]))
    body = list(notice.preamble)
    size = sum(len(p.encode()) for p in body)
    for si, s in enumerate(notice.sections, 1):
        body.append(chinese_numeral(si) + "、" + s["heading"])
        body.extend(s["intro"])
        if s is not items_section:
            for ui, unit in enumerate(s["units"], 1):
                body.extend(renumber_unit(unit, ui))
            continue
        n = 0
        while size < target:
            unit = renumber_unit(s["units"][n % len(s["units"])], n + 1)
            body.extend(unit)
            size += sum(len(p.encode()) + 2 for p in unit)
            n += 1
    body.extend(notice.closing)
    rng = random.Random("%d:big" % seed)
    facts = {"site": notice.site, "breadcrumb": notice.breadcrumb, "title": notice.title,
             "published": notice.published, "origin": notice.origin, "footer": notice.footer}
    text = "\n".join([facts["site"], "当前位置:" + " > ".join(facts["breadcrumb"]), facts["title"],
                      "发布时间:%s  来源:%s" % (facts["published"], facts["origin"])]
                     + ["\n".join(["", p]) for p in body] + [""] + facts["footer"]) + "\n"
    write(os.path.join(out, "big", "big.txt"), text.encode("utf-8"))
    write(os.path.join(out, "big", "big.html"), render_html(facts, body, rng, "utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output directory")
    ap.add_argument("-n", type=int, default=600, help="text files and HTML pages each (default 600)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--sample", default=DEFAULT_SAMPLE)
    ap.add_argument("--big", type=float, metavar="MB", help="write one big document of about MB megabytes instead")
    args = ap.parse_args()
    with open(args.sample, encoding="utf-8") as f:
        notice = Notice(f.read())
    if args.big:
        make_big(notice, args.out, args.big, args.seed)
    else:
        make_batch(notice, args.out, args.n, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
