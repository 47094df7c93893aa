"""Spread a big archive over a Dask cluster: python3 -m tongbao.dask.

    python3 -m tongbao.dask INPUTS... (--scheduler tcp://HOST:PORT | --local N) -o out.jsonl

The files of INPUTS (folders walked as ``tongbao parse`` walks them) go to
the cluster's workers in batches; each worker parses its batch with the
bindings and sends back the records as JSON Lines text; the records are
written in input order, one per input, as ``tongbao parse --format jsonl``
would write them. A worker that dies mid-run costs nothing: Dask runs its
batches again elsewhere (and recomputes the results it held). The output
goes to a temporary file beside OUT, renamed to OUT at the end.

The workers need tongbao importable (installed, or PYTHONPATH) and the
files at the same paths (a shared file system). docs/distributed.md shows
how to start a scheduler and workers on several machines.

From Python: ``tongbao.dask.run(paths, client, out)``.
"""

import argparse
import os
import sys
import tempfile

import tongbao

DEFAULT_BATCH = 64


def parse_batch(paths, options=None):
    """What a worker runs: the JSON Lines text of the records of `paths`, in order."""
    return "".join(tongbao.parse_files(paths, jobs=1, as_json=True, **(options or {})))


def batches(paths, size):
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def run(paths, client, out, *, batch_size=DEFAULT_BATCH, options=None, on_batch=None):
    """Parses `paths` on the workers of the distributed.Client `client` and
    writes their records, in the order of `paths`, to the text stream `out`.

    options: parse()'s keywords (input_format, encoding, max_bytes, pedantic).
    on_batch(index, count): called after each batch is written (progress).
    Returns the number of records written.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise TypeError(f"batch_size must be an int, not {type(batch_size).__name__}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    work = batches([os.fspath(p) for p in paths], batch_size)
    # pure=False: a batch is a task of its own even when its paths repeat.
    futures = client.map(parse_batch, work, options=options, pure=False)
    written = 0
    for index, future in enumerate(futures):
        text = future.result()
        out.write(text)
        written += text.count("\n")
        futures[index] = None  # the worker may forget it
        future.release()
        if on_batch:
            on_batch(index, len(work))
    if written != sum(len(b) for b in work):
        raise RuntimeError(f"{written} records for {sum(len(b) for b in work)} inputs")
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m tongbao.dask",
        description="Parse notices on a Dask cluster; records in input order as JSON Lines.")
    parser.add_argument("inputs", nargs="+", help="files and folders (folders walked as tongbao parse does)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler, e.g. tcp://10.0.0.1:8786")
    where.add_argument("--local", metavar="N", type=int, help="start N worker processes on this machine")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="where the records go ('-': stdout)")
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, help=f"files per task (default {DEFAULT_BATCH})")
    parser.add_argument("--glob", action="append", default=None, help="take the files of folders matching this")
    parser.add_argument("--input-format", choices=["auto", "text", "html"], default="auto")
    parser.add_argument("--encoding", default=None)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.local is not None and args.local < 1:
        parser.error("--local needs at least 1 worker")
    if args.batch < 1:
        parser.error("--batch needs at least 1 file")

    paths = tongbao.collect(args.inputs, globs=args.glob)
    options = {"input_format": args.input_format, "encoding": args.encoding}

    from distributed import Client, LocalCluster

    cluster = None
    if args.local is not None:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(args.scheduler)

    def progress(index, count):
        if not args.quiet:
            print(f"\rtongbao.dask: {index + 1}/{count} batches", end="", file=sys.stderr, flush=True)

    try:
        if args.output == "-":
            count = run(paths, client, sys.stdout, batch_size=args.batch, options=options, on_batch=progress)
        else:
            directory = os.path.dirname(os.path.abspath(args.output))
            fd, temp = tempfile.mkstemp(prefix="." + os.path.basename(args.output) + ".", dir=directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                    count = run(paths, client, out, batch_size=args.batch, options=options, on_batch=progress)
                os.replace(temp, args.output)
            except BaseException:
                os.unlink(temp)
                raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if not args.quiet:
        print(f"\rtongbao.dask: {count} records to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
