#!/usr/bin/env python3
"""Writes the hostile inputs of issue 9 into a folder, with expect.tsv.

    python3 tests/hostile/make_hostile.py OUT_DIR [--mutations N] [--seed S]

Each kind is one or a few files. expect.tsv has one line per file:
NAME<TAB>EXPECT where EXPECT is `record` (an outline, no error), `error:CODE`
(an error record with that code) or `any` (an outline or an error record:
random mutations may or may not still look like text). tests/hostile_test.sh
runs tongbao on each and checks the outcome. Python standard library only;
the same seed gives the same files.
"""
import argparse
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'whdi-fgw-2024.txt')


def page(body_html, charset='utf-8', declare=True):
    meta = f'<meta charset="{charset}">' if declare else ''
    return (f'<!DOCTYPE html><html><head>{meta}<title>整改情况的通报</title></head>'
            f'<body><div class="article">{body_html}</div></body></html>')


def paragraphs(text):
    return ''.join(f'<p>{line}</p>' for line in text.splitlines() if line.strip())


def hostile_kinds(sample):
    """(name, bytes, expect) for each kind of hostile input."""
    head = sample[:2000]
    head_utf8 = head.encode('utf-8')
    rnd = random.Random(9)
    junk = bytes(rnd.randrange(256) for _ in range(4096))
    kinds = [
        ('empty.txt', b'', 'any'),
        ('bom-only.txt', b'\xef\xbb\xbf', 'any'),
        ('png-with-junk.html', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + junk, 'error:not-text'),
        ('jpeg-with-junk.txt', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + junk, 'error:not-text'),
        ('pdf-with-junk.html', b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n' + junk,
         'error:not-text'),
        ('nul-bytes.txt', head_utf8.replace('。'.encode(), '。'.encode() + b'\x00\x00'), 'record'),
        ('nul-every-line.txt', b'\x00'.join(head_utf8.split(b'\n')), 'any'),
        ('truncated-utf8.txt', sample.encode('utf-8')[:10001], 'record'),  # cut inside a character
        ('invalid-utf8.txt', head_utf8[:700] + b'\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xff\xfe' +
         head_utf8[700:], 'record'),
        ('markers-100k-one-line.txt', ('（一）' * 100_000).encode(), 'any'),
        ('mixed-markers-100k-one-line.txt',
         ''.join(m for _ in range(25_000) for m in ('一、', '（二）', '3.', '(4)')).encode(), 'any'),
        ('measures-100k.txt', ('一、整改落实情况\n' + ''.join(
            f'{i}. 建立健全长效机制，完善制度{i}项。\n' for i in range(1, 100_001))).encode(), 'record'),
        ('items-50k.txt', ''.join(f'（{i}）关于问题{i}的整改。\n' for i in range(1, 50_001)).encode(), 'record'),
        ('headings-60k-nested.txt', ''.join(f'一、标题{i}\n（一）小标题\n1.措施\n' for i in range(1, 20_001)).encode(),
         'record'),
        ('line-20mb.txt', ('整改落实情况，' * (20 * 1024 * 1024 // 21)).encode(), 'any'),
        ('nested-div-200k.html', ('<html><body>' + '<div>' * 200_000 + '<p>一、整改情况</p>' +
                                  '</div>' * 200_000 + '</body></html>').encode(), 'any'),
        ('unclosed-tags.html', ('<html><head><title>通报<body><div><p>一、整改<b><i><table><tr><td>' +
                                '<span><a href="x' * 20_000 + paragraphs(head)).encode(), 'any'),
        ('unknown-charset.html', page(paragraphs(head), 'x-klingon-1').encode('utf-8'), 'record'),
        ('lying-charset-utf8-is-gb.html', page(paragraphs(head), 'utf-8').encode('gb18030'), 'record'),
        ('lying-charset-big5-is-utf8.html', page(paragraphs(head), 'big5').encode('utf-8'), 'record'),
        ('utf16le-no-bom.txt', head.encode('utf-16-le'), 'record'),
        ('utf16be-no-bom.txt', head.encode('utf-16-be'), 'record'),
        ('quote-storm.txt', ('“' * 100_000 + '《（「' * 30_000 + '\n' + head).encode(), 'any'),
        ('quote-storm-lines.txt', ''.join(f'{i}. “未闭合的引号《{i}（\n' for i in range(1, 20_001)).encode(), 'any'),
        ('comment-bomb.html', (b'<html><body>' + b'<!--' * 200_000 + b'<p>x</p>' + b'<![CDATA[' * 50_000 +
                               b'<?xml ' * 50_000), 'any'),
        ('digits-5000.txt', ('一、整改资金' + '9' * 5000 + '万元，涉及' + '1' * 5000 + '人。\n'
                             '二、' + '２' * 5000 + '年' + '3' * 5000 + '月\n').encode(), 'record'),
        ('control-chars.txt', bytes(range(1, 32)).replace(b'\n', b'') + head_utf8.replace(
            '，'.encode(), b'\x1b[31m\x07\x08\x0b\x0c\x7f' + '，'.encode()), 'record'),
    ]
    return kinds


def mutate(data, rnd):
    """A few random byte-level edits: flips, inserts, deletes, duplicated or
    moved chunks, truncation, as a damaged download or a bad copy would."""
    b = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        if not b:
            break
        op = rnd.randrange(7)
        i = rnd.randrange(len(b))
        if op == 0:
            b[i] ^= 1 << rnd.randrange(8)
        elif op == 1:
            b[i:i] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 16)))
        elif op == 2:
            del b[i:i + rnd.randint(1, 64)]
        elif op == 3:
            j = rnd.randrange(len(b))
            b[j:j] = b[i:i + rnd.randint(1, 512)]
        elif op == 4:
            del b[i:]
        elif op == 5:
            b[i:i] = rnd.choice([b'\x00', b'\r', b'\n' * 3, '（一）'.encode(), '“'.encode(), b'<div>', b'<!--',
                                b'\xef\xbb\xbf', '一、'.encode('gb18030'), b'\xff\xfe'])
        else:
            b[i:i + 1] = bytes([rnd.randrange(256)]) * rnd.randint(1, 2000)
    return bytes(b)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('out_dir')
    parser.add_argument('--mutations', type=int, default=300, help='mutations of each form (default 300)')
    parser.add_argument('--seed', type=int, default=20240909)
    args = parser.parse_args()
    with open(SAMPLE, encoding='utf-8') as f:
        sample = f.read()
    os.makedirs(args.out_dir, exist_ok=True)
    expect = []

    def write(name, data, outcome):
        with open(os.path.join(args.out_dir, name), 'wb') as f:
            f.write(data)
        expect.append(f'{name}\t{outcome}\n')

    for name, data, outcome in hostile_kinds(sample):
        write(name, data, outcome)
    rnd = random.Random(args.seed)
    text = sample.encode('utf-8')
    gb_page = page(paragraphs(sample), 'gb18030').encode('gb18030')
    for n in range(args.mutations):
        write(f'mutant-text-{n:03d}.txt', mutate(text, rnd), 'any')
        write(f'mutant-gb18030-{n:03d}.html', mutate(gb_page, rnd), 'any')
    with open(os.path.join(args.out_dir, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.writelines(expect)
    return 0


if __name__ == '__main__':
    sys.exit(main())
