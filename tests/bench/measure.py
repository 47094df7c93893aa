#!/usr/bin/env python3
"""Times the benchmark's commands for run.sh: round by round, in turn.

    measure.py RUNS WORKDIR < COMMANDS

COMMANDS is a list of NUL-terminated fields: for each command its name, the
number of records (output lines) it must give, its number of arguments, then
the arguments. Each round runs every command once, in the order given, so
that a drift of the machine's speed during the benchmark falls on all of
them alike and the ratios taken from one run stay fair. Standard output goes
to a file, as a user's would, and its lines are counted.

Prints one line a command: NAME WALL CPU PEAK, the medians over the rounds of
wall seconds, CPU seconds (user + system) and peak resident memory in KB.
Times come from a monotonic clock and from the kernel's accounting of the
finished child (microseconds), not from GNU time's hundredths; GNU time
gives the peak memory. Exits 1 when a command fails or gives the wrong number
of records.
"""
import os
import statistics
import sys
import time


def read_commands(data):
    fields = data.split(b"\0")
    if fields and fields[-1] == b"":
        fields.pop()
    commands, i = [], 0
    while i < len(fields):
        name, expected, argc = fields[i].decode(), int(fields[i + 1]), int(fields[i + 2])
        argv = [os.fsdecode(f) for f in fields[i + 3:i + 3 + argc]]
        commands.append((name, expected, argv))
        i += 3 + argc
    return commands


def run_once(argv, work):
    """Runs argv with stdout and stderr to files; returns (status, wall, cpu, peak KB).

    The command runs under GNU time, for its peak memory only: a process
    started from this one would count this interpreter's memory in its own
    peak (the kernel keeps the larger of the two across exec), one that GNU
    time forks counts only GNU time's megabyte or so. Wall and CPU time come
    from here, to the microsecond; GNU time's share of them is about a
    millisecond a run, the same for every command.
    """
    out_path, err_path, peak_path = (os.path.join(work, name) for name in ("out", "err", "peak"))
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        pid = os.posix_spawn("/usr/bin/time", ["/usr/bin/time", "-f", "%M", "-o", peak_path] + argv, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                                           (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    with open(peak_path) as f:
        lines = f.read().split()
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, peak


def count_lines(path):
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: measure.py RUNS WORKDIR < COMMANDS")
    runs, work = int(sys.argv[1]), sys.argv[2]
    try:
        commands = read_commands(sys.stdin.buffer.read())
    except (IndexError, ValueError):
        sys.exit("measure.py: the command list is not NAME, RECORDS, ARGC and ARGC arguments, each NUL-terminated")
    samples = {name: ([], [], []) for name, _, _ in commands}
    out_path, err_path = os.path.join(work, "out"), os.path.join(work, "err")
    for _ in range(runs):
        for name, expected, argv in commands:
            code, wall, cpu, peak = run_once(argv, work)
            if code != 0:
                with open(err_path, "rb") as err:
                    sys.stderr.buffer.write(err.read())
                sys.exit("measure.py: %s failed (exit %d): %s" % (name, code, " ".join(argv)))
            got = count_lines(out_path)
            if got != expected:
                sys.exit("measure.py: %s gave %d records for %d inputs: %s" % (name, got, expected, " ".join(argv)))
            for series, value in zip(samples[name], (wall, cpu, peak)):
                series.append(value)
    for name, _, _ in commands:
        walls, cpus, peaks = samples[name]
        # median_low: a value one run really had, as with an odd count.
        print("%s %.4f %.4f %d" % (name, statistics.median_low(walls), statistics.median_low(cpus),
                                   statistics.median_low(peaks)))
        print("  %s: wall %.3f s, cpu %.3f s, peak %d KB" % (
            name, statistics.median_low(walls), statistics.median_low(cpus), statistics.median_low(peaks)),
            file=sys.stderr)


if __name__ == "__main__":
    main()
