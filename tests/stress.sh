#!/usr/bin/env bash
# The whole suite N times in a row beside a CPU hog on every core (`yes` per core, killed on exit), each run logged
# in a temporary folder; at the end, every test that ever failed, with the runs it failed in. Exit 0 only if none did.
#
#   tests/stress.sh N [pytest arguments...]
set -uo pipefail
runs=${1:?usage: tests/stress.sh N [pytest arguments...]}
shift
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
logs=$(mktemp -d -t newscorpus-stress-XXXXXX)

hogs=()
suite=
stop_hogs() { ((${#hogs[@]})) && kill "${hogs[@]}" 2>/dev/null; }
# a run stopped midway gets Ctrl-C, so that its tests' cleanups (finally, fixture teardown) kill what they started
stop_suite() { [[ -n $suite ]] && kill -INT "$suite" 2>/dev/null && wait "$suite"; exit 130; }
trap stop_hogs EXIT
trap stop_suite INT TERM
for _ in $(seq "$(nproc)"); do
  yes > /dev/null &
  hogs+=($!)
done

export HYPOTHESIS_PROFILE=ci
set -m  # each run a job of its own, which (unlike a script's usual background job) does not ignore SIGINT
echo "$runs runs beside ${#hogs[@]} busy cores; logs in $logs"
for n in $(seq "$runs"); do
  start=$SECONDS
  "$python" -m pytest -q -p no:cacheprovider --junitxml="$logs/run-$n.xml" "$@" > "$logs/run-$n.log" 2>&1 &
  suite=$!
  wait "$suite"
  code=$?
  suite=
  echo "run $n: exit $code, $((SECONDS - start)) s: $(tail -n 1 "$logs/run-$n.log")"
done

"$python" - "$logs" "$runs" <<'PY'
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

logs, runs = Path(sys.argv[1]), int(sys.argv[2])
failed, missing = defaultdict(list), []
for n in range(1, runs + 1):
    report = logs / f"run-{n}.xml"
    if not report.exists():
        missing.append(n)
        continue
    for case in ET.parse(report).iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed[f"{case.get('classname')}::{case.get('name')}"].append(n)
for n in missing:
    print(f"run {n} wrote no report: see {logs}/run-{n}.log")
for test, where in sorted(failed.items()):
    print(f"FAILED in {len(where)} of {runs} runs ({', '.join(map(str, where))}): {test}")
if not failed and not missing:
    print(f"every test passed in all {runs} runs")
sys.exit(1 if failed or missing else 0)
PY
