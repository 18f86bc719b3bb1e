#!/usr/bin/env bash
# `make test`: builds, then runs every suite even when an earlier one failed, shows each runner's
# output, and ends with a summary whose last line is "N passed, M failed". Exit 1 on any failure.
#   suites: swift test (XCTest + Swift Testing), Tests/DataTests/run.sh, meson-helpers/run-gui-tests.sh,
#   and Tests/RunnerSelfTest/run.sh (this summary's own counting, over fake suites that must go red).
# Each suite is counted against what it should run: `swift test list` before `swift test`, the GUI
# runner's "Expecting N results"; a test that never reported (a crash) is a failure, so is an XPASS.
# The counting is in meson-helpers/test-summary.sh.
# Logs go to $TEST_OUTPUT (default test-output/): build.log, swift-test-list.log, swift-test.log,
# data-tests.log, gui-tests.log, runner-selftest.log.
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

# shellcheck source=meson-helpers/test-summary.sh
source meson-helpers/test-summary.sh

# record_counts NAME "P F NOTE": one summary row from a *_summary function's answer.
record_counts() {
    local p f note
    read -r p f note <<<"$2"
    record "$1" "$p" "$f" "$note"
}

# --- build ------------------------------------------------------------------------------------
# The tests are built here too, so that `swift test list` can say what should run before it runs.
banner "swift build --build-tests"
if run "$out/build.log" swift build --build-tests && bash meson-helpers/stage-plugins.sh debug \
        && bash meson-helpers/compile-resources.sh .build/visitplanner.gresource; then
    built=true
else
    built=false
    record "swift build" 0 1 "build failed: swift test and GUI tests not run"
fi

# --- swift test ---------------------------------------------------------------------------------
if $built; then
    banner "swift test list"
    # shellcheck disable=SC2086
    if swift test list --skip-build >"$out/swift-test-list.log" 2>"$out/swift-test-list.err"; then
        listed=$(swift_listed "$out/swift-test-list.log" ${SWIFT_TEST_FLAGS:-} | grep -c .)
        echo "$listed tests to run"
        banner "swift test ${SWIFT_TEST_FLAGS:-}"
        # shellcheck disable=SC2086
        run "$out/swift-test.log" swift test --skip-build ${SWIFT_TEST_FLAGS:-}
        rc=$?
        # shellcheck disable=SC2086
        record_counts "swift test" "$(swift_summary "$out/swift-test.log" "$out/swift-test-list.log" "$rc" ${SWIFT_TEST_FLAGS:-})"
    else
        cat "$out/swift-test-list.err"
        record "swift test" 0 1 "swift test list failed: nothing to count against (see swift-test-list.err)"
    fi
else
    record "swift test" 0 0 "not run"
fi

# --- data tests ---------------------------------------------------------------------------------
banner "Tests/DataTests/run.sh"
run "$out/data-tests.log" bash Tests/DataTests/run.sh
rc=$?
record_counts "data tests" "$(script_summary "$out/data-tests.log" "$rc")"

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
    record_counts "GUI tests" "$(script_summary "$out/gui-tests.log" "$rc")"
fi

# --- the runner's self-test ----------------------------------------------------------------------
banner "Tests/RunnerSelfTest/run.sh"
run "$out/runner-selftest.log" bash Tests/RunnerSelfTest/run.sh
rc=$?
record_counts "runner self-test" "$(script_summary "$out/runner-selftest.log" "$rc")"

# --- summary ------------------------------------------------------------------------------------
banner "Summary (logs in $out/)"
total_p=0 total_f=0
for i in "${!names[@]}"; do
    line=$(printf '  %-16s %4d passed, %d failed' "${names[$i]}" "${passes[$i]}" "${fails[$i]}")
    [[ -n "${notes[$i]}" ]] && line="$line  (${notes[$i]})"
    echo "$line"
    total_p=$((total_p + passes[i])); total_f=$((total_f + fails[i]))
done
echo "$total_p passed, $total_f failed"
((total_f == 0))
