#!/usr/bin/env bash
# The dependency rules of docs/ARCHITECTURE.md, read from the include lines of
# src/: a layer includes no stage; a stage includes only layers, earlier
# stages and itself; nothing in the library includes the command line.
# Unit tests (*_test.cc) may include what they test against, the CLI too.
# And src/scan/ is the only house of SIMD intrinsics and CPU dispatch:
# elsewhere a file says what it looks for and calls a scan.
#   bash tests/architecture_test.sh [ignored]     (from the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import pathlib, re, sys

# The layers below the stages, which may include each other but no stage;
# then the stages in pipeline order: a stage may include the layers, the
# stages before it and itself.
ORDER = ["text", "scan", "decode", "blocks", "outline", "annotate", "check", "emit", "pipeline", "cli"]
LAYERS = {"text", "scan"}
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
# Vector types and intrinsics (x86 SSE/AVX, Arm NEON), their headers, and
# asking the CPU what it has or compiling for it: only src/scan/ does these.
INTRINSICS_HOME = "scan"
intrinsic = re.compile(
    r'\b(_mm\d*_\w+|__m(64|128|256|512)[a-z]*|v\w+q_[a-z]\d+|u?int\d+x\d+_t|__builtin_cpu_\w+|cpu_has_\w+)\b'
    r'|#\s*include\s*<\w*(intrin|neon)\w*\.h>'
    r'|gnu::target\s*\(|__attribute__\s*\(\(\s*target')

src = pathlib.Path("src")
known = {p.name for p in src.iterdir() if p.is_dir()}
unknown = known - set(ORDER)
failures = []
if unknown:
    failures.append(f"src/ has folders the rules do not place: {sorted(unknown)}")
if any(p.is_file() for p in src.iterdir()):
    failures.append("src/ has files outside the folders: " + ", ".join(p.name for p in src.iterdir() if p.is_file()))

checked = 0
for path in sorted(src.rglob("*")):
    if path.suffix not in (".cc", ".h") or path.name.endswith("_test.cc"):
        continue
    folder = path.relative_to(src).parts[0]
    rank = ORDER.index(folder)
    for name in include.findall(path.read_text(encoding="utf-8")):
        checked += 1
        if name.startswith("tongbao/"):
            continue  # the public headers, include/tongbao/
        target = name.split("/")[0]
        if target not in ORDER:
            failures.append(f"{path}: includes \"{name}\", which names no folder of src/")
            continue
        if folder in LAYERS and target not in LAYERS:
            failures.append(f"{path}: the layer {folder}/ includes the stage header \"{name}\"")
        elif target not in LAYERS and ORDER.index(target) > rank:
            failures.append(f"{path}: {folder}/ includes \"{name}\" of the later {target}/")

# Intrinsics outside src/scan/, unit tests included: a test holds a scan to
# its reference through the scan's own functions.
intrinsic_files = 0
for path in sorted(src.rglob("*")):
    if path.suffix not in (".cc", ".h") or path.relative_to(src).parts[0] == INTRINSICS_HOME:
        continue
    intrinsic_files += 1
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = text.split("//", 1)[0]  # what a comment names is no use of it
        if m := intrinsic.search(code):
            failures.append(f"{path}:{number}: \"{m.group(0)}\" outside src/{INTRINSICS_HOME}/, the one place for intrinsics and CPU dispatch")

for line in failures:
    print("architecture: " + line)
print(f"architecture: {checked} include lines checked, {intrinsic_files} files outside src/{INTRINSICS_HOME}/ searched for intrinsics")
print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
PY
