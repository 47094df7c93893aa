"""tongbao.dask on a LocalCluster of two worker processes over TCP on
127.0.0.1: the records equal the single-process run's, in input order, and a
worker killed mid-run loses none of them.
"""
import io
import os
import pathlib
import signal
import subprocess
import sys

import pytest

import tongbao
import tongbao.dask

distributed = pytest.importorskip("distributed")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "data" / "samples" / "whdi-fgw-2024.txt")


@pytest.fixture(scope="module")
def paths():
    corpus = sorted(str(p) for p in (ROOT / "tests" / "corpus" / "test").glob("*.txt"))[:40]
    html = sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "html").glob("*.html"))
    return corpus + html + [str(ROOT / "missing.txt"), SAMPLE]


@pytest.fixture(scope="module")
def expected(paths):
    return "".join(tongbao.parse_files(paths, jobs=1, as_json=True))


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as local:
        with distributed.Client(local) as client:
            yield local, client


def test_two_workers_over_tcp_give_the_single_run(cluster, paths, expected):
    local, client = cluster
    assert local.scheduler_address.startswith("tcp://127.0.0.1:")
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2 and all(a.startswith("tcp://127.0.0.1:") for a in workers)
    out = io.StringIO()
    assert tongbao.dask.run(paths, client, out, batch_size=5) == len(paths)
    assert out.getvalue() == expected


def test_a_killed_worker_loses_nothing(cluster, paths, expected):
    local, client = cluster
    client.wait_for_workers(2)
    killed = {}

    def kill_one(index, count):
        if index != 0 or killed:
            return
        # The worker holding the most finished batches not yet written: its
        # results are lost with it and must be computed again.
        held = {}
        for _key, holders in client.who_has().items():
            for address in holders:
                held[address] = held.get(address, 0) + 1
        pids = client.run(os.getpid)
        victim = max(pids, key=lambda address: held.get(address, 0))
        killed["held"] = held.get(victim, 0)
        os.kill(pids[victim], signal.SIGKILL)

    # Twenty copies of the inputs in batches of three: the batches outlast
    # the kill and the workers hold results when it comes.
    many = paths * 20
    out = io.StringIO()
    assert tongbao.dask.run(many, client, out, batch_size=3, on_batch=kill_one) == len(many)
    assert killed, "no worker was killed"
    assert killed["held"] > 0, "the killed worker held no result: the test proves nothing"
    assert out.getvalue() == expected * 20


def test_command_line_local(tmp_path, paths, expected):
    out = tmp_path / "out.jsonl"
    env = dict(os.environ)
    run = subprocess.run([sys.executable, "-m", "tongbao.dask", *paths, "--local", "2", "--batch", "7",
                          "-o", str(out), "-q"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8") == expected
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary left


def test_command_line_walks_folders_as_the_cli(tmp_path):
    folder = ROOT / "tests" / "fixtures" / "html"
    out = tmp_path / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "tongbao.dask", str(folder), "--local", "1", "-o", str(out), "-q"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    binary = os.environ.get("TONGBAO_BINARY", str(ROOT / "build" / "tongbao"))
    cli = subprocess.run([binary, "parse", "--format", "jsonl", str(folder)], capture_output=True, check=False)
    assert out.read_bytes() == cli.stdout
