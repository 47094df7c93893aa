"""tongbao: Chinese rectification notices as structured ``tongbao/1`` records.

The C++ core of the ``tongbao`` command as a Python module. A record is a
dict equal to ``json.loads`` of what ``tongbao parse`` writes for the same
input (docs/record-format.md describes every field)::

    import tongbao
    record = tongbao.parse("data/samples/whdi-fgw-2024.txt")
    for node in record["outline"]:
        print(node["marker"], node["heading"])

    for record in tongbao.parse_files(paths, jobs=4):   # in input order
        ...
    frames = tongbao.frames(records)                    # pandas DataFrames

Bad input never raises: it gives an error record (``record["error"]`` with
``code`` and ``message``), as in the CLI. Wrong arguments raise TypeError or
ValueError. See docs/python.md.
"""

import gc as _gc
import json as _json
import os as _os

from . import _tongbao

__all__ = ["parse", "parse_files", "check", "frames", "collect", "RECORD_FORMAT", "DEFAULT_MAX_BYTES", "__version__"]

#: The version of tongbao (the library and the command alike).
__version__ = _tongbao.version

#: The record format every record carries in its ``format`` field.
RECORD_FORMAT = _tongbao.record_format

#: Inputs larger than this give a ``too-large`` error record (64 MiB, as the CLI).
DEFAULT_MAX_BYTES = 64 << 20

_INPUT_FORMATS = ("auto", "text", "html", "markdown")


def _loads(record):
    """json.loads of one record with the cyclic garbage collector paused: a
    record is a tree of a thousand or more dicts and lists without a cycle,
    and collections triggered while it is built cost about a third of the
    time (docs/performance.md, "Python")."""
    enabled = _gc.isenabled()
    _gc.disable()
    try:
        return _json.loads(record)
    finally:
        if enabled:
            _gc.enable()


def _options(input_format, encoding, max_bytes, pedantic):
    """Checks the keyword arguments shared by parse, parse_files and check."""
    if not isinstance(input_format, str):
        raise TypeError(f"input_format must be a str, not {type(input_format).__name__}")
    if input_format not in _INPUT_FORMATS:
        raise ValueError(f"input_format must be 'auto', 'text', 'html' or 'markdown', not {input_format!r}")
    if encoding is None:
        encoding = ""
    elif not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str or None, not {type(encoding).__name__}")
    elif not encoding:
        raise ValueError("encoding must not be empty; pass None to detect it")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        raise TypeError(f"max_bytes must be an int, not {type(max_bytes).__name__}")
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")
    if not isinstance(pedantic, bool):
        raise TypeError(f"pedantic must be a bool, not {type(pedantic).__name__}")
    return input_format, encoding, max_bytes, pedantic


def _path(source, what="source"):
    """A str or os.PathLike as the str path the record names; bytes paths are refused."""
    if isinstance(source, _os.PathLike):
        source = _os.fspath(source)
    if isinstance(source, str):
        if not source:
            raise ValueError(f"{what} must not be an empty path")
        if "\0" in source:
            raise ValueError(f"{what} must not contain a NUL character")
        return source
    raise TypeError(f"{what} must be a path (str or os.PathLike), not {type(source).__name__}")


def parse(source=None, *, text=None, name="-", input_format="auto", encoding=None,
          max_bytes=DEFAULT_MAX_BYTES, pedantic=False):
    """Parse one notice into its record, a dict.

    source
        What to parse:

        - a path, ``str`` or ``os.PathLike`` (``pathlib.Path``): the file is
          read and its path recorded as ``source.path``, exactly as given. A
          ``str`` is always a path, never the notice itself;
        - ``bytes``, ``bytearray`` or ``memoryview``: the raw bytes of a notice,
          decoded as a file would be (BOM, ``<meta charset>``, UTF-8,
          detection), recorded as ``name``.
    text
        Instead of ``source``: the notice as a ``str`` (already Unicode, so
        decoded as UTF-8 whatever a ``<meta charset>`` in it says, as the
        CLI's streaming ``content`` field), recorded as ``name``.
    name
        ``source.path`` of a record made from bytes or text (default ``"-"``,
        what the CLI records for standard input).
    input_format
        ``"auto"`` (decide from the content), ``"text"`` or ``"html"``.
    encoding
        An encoding label (``"gb2312"``, ``"big5"``, ``"utf-8"``...) that
        overrides every declaration and detection; None detects.
    max_bytes
        Inputs larger than this give a ``too-large`` error record.
    pedantic
        Also run the opt-in checks (half-width punctuation and the like).

    Returns the record as a dict equal to ``json.loads`` of ``tongbao parse``'s
    JSON: ``format``, ``source``, ``title``, ``outline`` (nodes with
    ``marker``, ``heading``, ``problem``, ``children``...), ``entities``,
    ``diagnostics`` and the rest (docs/record-format.md). An input that is
    no notice (missing, unreadable, not text, too large) gives an error record,
    ``{"format", "source", "error": {"code", "message"}}``, and never raises.

    >>> record = parse("data/samples/whdi-fgw-2024.txt")
    >>> len(record["outline"])
    3
    >>> parse(text="一、问题\\n（一）存在的问题").get("error") is None
    True

    Raises TypeError or ValueError for arguments of the wrong type or value.
    """
    options = _options(input_format, encoding, max_bytes, pedantic)
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    if text is not None:
        if source is not None:
            raise TypeError("parse() takes either source or text=, not both")
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        input_format, encoding, max_bytes, pedantic = options
        content = text.encode("utf-8", "surrogatepass")
        return _loads(_tongbao.parse_bytes_json(content, name, input_format, encoding or "UTF-8",
                                                     max_bytes, pedantic))
    if source is None:
        raise TypeError("parse() needs a source (a path or bytes) or text=")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _loads(_tongbao.parse_bytes_json(bytes(source), name, *options))
    return _loads(_tongbao.parse_file_json(_path(source), *options))


class _InCallingThread:
    """parse_files' engine for jobs=1: each file parsed when its record is
    asked for, in the calling thread (the GIL released while it parses), as
    the CLI does with one job; no thread is started."""

    def __init__(self, paths, options):
        self._paths = paths
        self._options = options
        self._next = 0

    def next(self):
        if self._next == len(self._paths):
            return None
        path = self._paths[self._next]
        self._next += 1
        return _tongbao.parse_file_json(path, *self._options)

    def close(self):
        self._next = len(self._paths)

    def __len__(self):
        return len(self._paths)


class _Records:
    """The iterator parse_files returns: records in input order."""

    def __init__(self, batch, as_json=False):
        self._batch = batch
        self._as_json = as_json

    def __iter__(self):
        return self

    def __next__(self):
        if self._batch is None:
            raise StopIteration
        record = self._batch.next()
        if record is None:
            self.close()
            raise StopIteration
        return record if self._as_json else _loads(record)

    def __len__(self):
        return len(self._batch) if self._batch is not None else 0

    def close(self):
        """Stops the worker threads; records not yet taken are dropped."""
        if self._batch is not None:
            self._batch.close()
            self._batch = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        self.close()


def parse_files(paths, *, jobs=None, input_format="auto", encoding=None, max_bytes=DEFAULT_MAX_BYTES,
                pedantic=False, as_json=False):
    """Parse many files on ``jobs`` threads; an iterator of records in input order.

    paths
        An iterable of paths (``str`` or ``os.PathLike``), taken as named:
        folders are not walked (use ``pathlib.Path.rglob``, or the CLI).
        A single ``str`` is refused (it would be a sequence of characters).
    jobs
        Files parsed at once (default: ``os.cpu_count()``): ``jobs - 1``
        C++ worker threads and the calling thread, all with the GIL released
        while they parse. The calling thread turns the finished records into
        dicts, and parses the next file itself whenever the record it needs
        is not ready, so ``jobs`` threads are busy, never more; at most
        ``jobs * 4`` records wait ahead of the reader. With ``jobs=1`` no
        thread is started: each file is parsed when its record is asked for.

    as_json
        Give each record as its compact JSON text (a line of ``tongbao parse
        --format jsonl``, its newline included) instead of a dict: for
        writing records out, it skips building Python objects, which costs
        the calling thread about as much as the parse itself.

    The other keywords are parse()'s. Every path gives exactly one record,
    an error record when it cannot be read, in the order of ``paths``
    whatever ``jobs`` is. The iterator has ``len()`` and ``close()`` (also a
    context manager) to stop the workers early.

    >>> records = list(parse_files(["data/samples/whdi-fgw-2024.txt", "missing.txt"], jobs=2))
    >>> [r.get("error", {}).get("code") for r in records]
    [None, 'unreadable']
    """
    options = _options(input_format, encoding, max_bytes, pedantic)
    if isinstance(paths, (str, bytes, _os.PathLike)):
        raise TypeError("paths must be an iterable of paths, not a single path; use parse() or [path]")
    try:
        items = iter(paths)
    except TypeError:
        raise TypeError(f"paths must be an iterable of paths, not {type(paths).__name__}") from None
    path_list = [_path(p, "each of paths") for p in items]
    if jobs is None:
        jobs = _os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs < 1 or jobs > 1024:
        raise ValueError(f"jobs must be between 1 and 1024, not {jobs}")
    if not isinstance(as_json, bool):
        raise TypeError(f"as_json must be a bool, not {type(as_json).__name__}")
    if jobs == 1:
        return _Records(_InCallingThread(path_list, options), as_json)
    return _Records(_tongbao.Batch(path_list, jobs, *options), as_json)


def collect(inputs, *, globs=None):
    """The files ``tongbao parse`` takes for ``inputs``, in its order, as a list of str.

    Files are taken as named; folders are walked recursively as the CLI walks
    them (hidden entries skipped, files in byte order of their path, links
    followed once), taking notice-like names (.txt, .html, .htm, …, or none)
    or, with ``globs``, the names matching those fnmatch patterns (with a
    ``/``, matched against the path under the folder). docs/batch.md has the
    details. A folder that gives no file adds nothing.
    """
    if isinstance(inputs, (str, bytes, _os.PathLike)):
        inputs = [inputs]
    named = [_path(p, "each of inputs") for p in inputs]
    return _tongbao.collect(named, sorted(_strings(globs or [], "globs", "patterns")))


def check(source=None, *, text=None, name="-", input_format="auto", encoding=None,
          max_bytes=DEFAULT_MAX_BYTES, pedantic=False, select=None, ignore=None):
    """What ``tongbao check`` reports for one notice, as a dict.

    Takes what parse() takes, and

    select
        Report only these codes (an iterable of str, e.g. ``["numbering-gap"]``).
    ignore
        Do not report these codes.

    Returns one entry of ``tongbao check --format json``: ``{"path": ...,
    "diagnostics": [{"severity", "code", "message", "line", "column",
    "node"}, ...]}`` in reading order, with ``"error": {"code", "message"}``
    too when the input could not be read (then there are no diagnostics).
    The codes are catalogued in docs/diagnostics.md.

    >>> [d["code"] for d in check("data/samples/whdi-fgw-2024.txt", select=["numbering-gap"])["diagnostics"]]
    ['numbering-gap']
    """
    select = _codes(select, "select")
    ignore = _codes(ignore, "ignore")
    record = parse(source, text=text, name=name, input_format=input_format, encoding=encoding,
                   max_bytes=max_bytes, pedantic=pedantic)
    entry = {"path": record.get("source", {}).get("path", name)}
    if record.get("error"):
        entry["error"] = record["error"]
    diagnostics = []
    for d in record.get("diagnostics", []):
        if select is not None and d["code"] not in select:
            continue
        if d["code"] in ignore:
            continue
        diagnostics.append({key: d.get(key) for key in ("severity", "code", "message", "line", "column", "node")})
    entry["diagnostics"] = diagnostics
    return entry


def _strings(values, what, noun):
    """The strs of an iterable argument (a lone str is refused: it would be
    taken as a sequence of characters)."""
    if isinstance(values, str):
        raise TypeError(f"{what} must be an iterable of {noun}, not a str; use [{values!r}]")
    result = frozenset(values)
    for value in result:
        if not isinstance(value, str):
            raise TypeError(f"{what} must hold str {noun}, not {type(value).__name__}")
    return result


def _codes(codes, what):
    if codes is None:
        return None if what == "select" else frozenset()
    return _strings(codes, what, "codes")


def frames(records):
    """pandas DataFrames of records: ``notices``, ``nodes``, ``entities``, ``diagnostics``.

    records
        An iterable of records (from parse, parse_files or json.loads of JSON
        Lines). Consumed once.

    Returns a ``tongbao.dataframes.Frames`` (a named tuple) of four DataFrames,
    each with a ``notice`` column, the index of the record in ``records``:

    - ``notices``: one row per record: path, title, issuer, published,
      inspection kind and year, node, problem and measure counts, error code;
    - ``nodes``: one row per outline node, in document order: id, depth,
      kind, marker, heading, label, problem, the parent's id;
    - ``entities``: one row per entity: kind, text, value, line, column;
    - ``diagnostics``: one row per diagnostic: severity, code, message, line,
      column, node.

    pandas (Debian's python3-pandas) is imported only when this is called.
    """
    from . import dataframes as _frames

    return _frames.frames(records)


_GROUPS = ("all", "year", "kind", "issuer", "site")


def stats(records, *, by="all"):
    """The figures of ``tongbao stats --format json`` as a dict, by the same code.

    records
        An iterable of records (dicts from parse or parse_files, or JSON
        texts such as the lines of a JSON Lines file), or the path of a
        SQLite archive written by ``tongbao parse --format sqlite``.
    by
        ``"all"`` (one group) or ``"year"``, ``"kind"``, ``"issuer"``,
        ``"site"``: then ``groups`` holds the same figures per group.

    Raises ValueError for an item that is not a tongbao record, or a path
    that is not an archive.

    >>> stats([parse("data/samples/whdi-fgw-2024.txt")])["problems"]["total"]
    40
    """
    if not isinstance(by, str):
        raise TypeError(f"by must be a str, not {type(by).__name__}")
    if by not in _GROUPS:
        raise ValueError(f"by must be one of {', '.join(_GROUPS)}, not {by!r}")
    if isinstance(records, (str, _os.PathLike)):
        return _json.loads(_tongbao.stats_archive_json(_os.fspath(records), by))
    texts = []
    for index, record in enumerate(records):
        if isinstance(record, str):
            texts.append(record)
        elif isinstance(record, dict):
            texts.append(_json.dumps(record, ensure_ascii=False))
        else:
            raise TypeError(f"record {index + 1} must be a dict or a JSON str, not {type(record).__name__}")
    return _json.loads(_tongbao.stats_json(texts, by))
