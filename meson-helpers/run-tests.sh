#!/usr/bin/env bash
# `make test`: builds, then runs every suite even when an earlier one failed, shows each runner's
# output, and ends with a summary whose last line is "N passed, M failed". Exit 1 on any failure.
#   suites: swift test (XCTest + Swift Testing), Tests/DataTests/run.sh, meson-helpers/run-gui-tests.sh
# Logs go to $TEST_OUTPUT (default test-output/): build.log, swift-test.log, data-tests.log, gui-tests.log.
# SWIFT_TEST_FLAGS adds flags to `swift test` (e.g. --filter PlannerCoreTests).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${TEST_OUTPUT:-test-output}
mkdir -p "$out"

names=() passes=() fails=() notes=()
record() { names+=("$1"); passes+=("$2"); fails+=("$3"); notes+=("${4:-}"); }

# run LOG COMMAND…: shows the output while logging it; returns the command's status.
run() {
    local log=$1; shift
    "$@" 2>&1 | tee "$log"
    return "${PIPESTATUS[0]}"
}
banner() { printf '\n==> %s\n' "$*"; }

# Last "N passed, M failed"-style counts on a line of LOG (the data and GUI test convention; also
# matches pytest's "3 passed, 1 failed in 2.1s").
counts_from() {
    local line
    line=$(grep -E '[0-9]+ passed' "$1" | tail -n 1)
    [[ -n "$line" ]] || return 1
    local p f
    p=$(sed -nE 's/(^|.*[^0-9])([0-9]+) passed.*/\2/p' <<<"$line")
    f=$(sed -nE 's/(^|.*[^0-9])([0-9]+) failed.*/\2/p' <<<"$line")
    echo "${p:-0} ${f:-0}"
}

# --- build ------------------------------------------------------------------------------------
banner "swift build"
if run "$out/build.log" swift build && bash meson-helpers/stage-plugins.sh debug; then
    built=true
else
    built=false
    record "swift build" 0 1 "build failed: swift test and GUI tests not run"
fi

# --- swift test ---------------------------------------------------------------------------------
if $built; then
    banner "swift test ${SWIFT_TEST_FLAGS:-}"
    # shellcheck disable=SC2086
    run "$out/swift-test.log" swift test ${SWIFT_TEST_FLAGS:-}
    rc=$?
    log=$out/swift-test.log
    # Count test results line by line (XCTest's "with N failures" counts assertions, not tests,
    # and a crash cuts off its totals): XCTest "Test Case '…' passed/failed", Swift Testing
    # "✔ Test … passed" / "✘ Test … failed". A crash shows as a non-zero exit (one more failure).
    xc_pass=$(grep -cE "^Test Case '.*' passed" "$log"); xc_fail=$(grep -cE "^Test Case '.*' failed" "$log")
    st_pass=$(grep -cE '^✔ Test .* passed' "$log"); st_fail=$(grep -cE '^✘ Test .* failed' "$log")
    # A test case that started but never finished crashed the run: it failed too.
    xc_started=$(grep -cE "^Test Case '.*' started" "$log")
    ((xc_started > xc_pass + xc_fail)) && xc_fail=$((xc_started - xc_pass))
    xc_total=$((xc_pass + xc_fail)); st_total=$((st_pass + st_fail))
    p=$((xc_total - xc_fail + st_total - st_fail)); f=$((xc_fail + st_fail))
    note="XCTest $((xc_total - xc_fail))/$xc_total, Swift Testing $((st_total - st_fail))/$st_total"
    if ((rc != 0 && f == 0)); then f=1; note="$note; swift test exited $rc (build error or crash)"; fi
    ((p < 0)) && p=0
    record "swift test" "$p" "$f" "$note"
else
    record "swift test" 0 0 "not run"
fi

# --- data tests ---------------------------------------------------------------------------------
banner "Tests/DataTests/run.sh"
run "$out/data-tests.log" bash Tests/DataTests/run.sh
rc=$?
if c=$(counts_from "$out/data-tests.log"); then
    read -r p f <<<"$c"
    ((rc != 0 && f == 0)) && f=1
    record "data tests" "$p" "$f"
else
    if ((rc == 0)); then record "data tests" 1 0 "no counts in output"; else record "data tests" 0 1 "exited $rc"; fi
fi

# --- GUI tests ----------------------------------------------------------------------------------
gui=meson-helpers/run-gui-tests.sh
if [[ ! -e "$gui" && ! -d Tests/GUITests ]]; then
    record "GUI tests" 0 0 "skipped: no Tests/GUITests yet"
elif [[ ! -e "$gui" ]]; then
    banner "$gui"
    echo "$gui is missing, but Tests/GUITests exists"
    record "GUI tests" 0 1 "$gui is missing"
elif ! $built; then
    record "GUI tests" 0 0 "not run (build failed)"
else
    banner "$gui"
    TEST_OUTPUT=$out run "$out/gui-tests.log" bash "$gui"
    rc=$?
    if c=$(counts_from "$out/gui-tests.log"); then
        read -r p f <<<"$c"
        ((rc != 0 && f == 0)) && f=1
        record "GUI tests" "$p" "$f"
    else
        if ((rc == 0)); then record "GUI tests" 1 0 "no counts in output: counted as one"; else record "GUI tests" 0 1 "exited $rc"; fi
    fi
fi

# --- summary ------------------------------------------------------------------------------------
banner "Summary (logs in $out/)"
total_p=0 total_f=0
for i in "${!names[@]}"; do
    line=$(printf '  %-12s %4d passed, %d failed' "${names[$i]}" "${passes[$i]}" "${fails[$i]}")
    [[ -n "${notes[$i]}" ]] && line="$line  (${notes[$i]})"
    echo "$line"
    total_p=$((total_p + passes[i])); total_f=$((total_f + fails[i]))
done
echo "$total_p passed, $total_f failed"
((total_f == 0))
