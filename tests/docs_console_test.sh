#!/usr/bin/env bash
# Runs every ```console example of the user guides and compares what the tool
# prints with what the guide shows, line by line: a guide that shows output
# the tool no longer prints is a failing test, not a stale page.
#
# An example runs in a fresh folder holding
#   notice.txt  the bundled sample,
#   ex.txt      the nearest ```text block above the example (the "Bad:" text
#               of a catalogue entry in docs/diagnostics.md),
#   data/       the repository's data/ (for examples that name the sample),
# with the tongbao under test first on PATH. Each "$ " line is a command run
# by bash; the lines below it, up to the next "$ " line or the fence, are its
# standard output (the summary on standard error is not shown in the guides).
# Usage: bash tests/docs_console_test.sh path/to/tongbao   (from the repository root)
set -euo pipefail
tongbao=$(realpath "${1:?usage: docs_console_test.sh path/to/tongbao}")
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$tongbao" "$work/bin/tongbao"

export ROOT="$root" WORK="$work"
python3 - docs/diagnostics.md docs/usage.md README.md docs/archive.md <<'EOF'
import os, subprocess, sys

root, work = os.environ["ROOT"], os.environ["WORK"]
env = dict(os.environ, PATH=os.path.join(work, "bin") + ":" + os.environ["PATH"], NO_COLOR="1")
env.pop("CLICOLOR_FORCE", None)
examples = failures = 0

def run(guide, line_no, command, expected, text):
    global examples, failures
    examples += 1
    folder = os.path.join(work, f"ex{examples}")
    os.makedirs(folder)
    with open(os.path.join(root, "data/samples/whdi-fgw-2024.txt"), "rb") as f:
        sample = f.read()
    with open(os.path.join(folder, "notice.txt"), "wb") as f:
        f.write(sample)
    if text is not None:
        with open(os.path.join(folder, "ex.txt"), "w", encoding="utf-8") as f:
            f.write(text)
    os.symlink(os.path.join(root, "data"), os.path.join(folder, "data"))
    got = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=folder, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode("utf-8", "replace")
    got_lines = got.rstrip("\n").split("\n") if got else []
    if got_lines != expected:
        failures += 1
        print(f"FAIL: {guide}:{line_no}: $ {command}", file=sys.stderr)
        for i in range(max(len(got_lines), len(expected))):
            want = expected[i] if i < len(expected) else "(nothing)"
            have = got_lines[i] if i < len(got_lines) else "(nothing)"
            if want != have:
                print(f"  line {i + 1}: the guide shows: {want}\n  line {i + 1}: the tool prints: {have}", file=sys.stderr)
                break

for guide in sys.argv[1:]:
    lines = open(os.path.join(root, guide), encoding="utf-8").read().split("\n")
    text = None  # the last ```text block seen
    i = 0
    while i < len(lines):
        fence = lines[i]
        if fence.startswith("```text"):
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            text = "\n".join(lines[i + 1:j]) + "\n"
            i = j + 1
            continue
        if fence.startswith("```console"):
            j = i + 1
            command = None
            while not lines[j].startswith("```"):
                if lines[j].startswith("$ "):
                    if command is not None:
                        run(guide, start, command, expected, text)
                    command, expected, start = lines[j][2:], [], j + 1
                elif command is not None:
                    expected.append(lines[j])
                j += 1
            if command is not None:
                run(guide, start, command, expected, text)
            i = j + 1
            continue
        i += 1

print(f"{examples} console examples, {failures} failing")
sys.exit(1 if failures or examples == 0 else 0)
EOF
