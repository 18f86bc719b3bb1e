#!/usr/bin/env bash
# The test runner's self-test: the summary's counting (meson-helpers/test-summary.sh, the very
# functions run-tests.sh and run-gui-tests.sh call) over small fake suites and logs. A failing
# test, a crashing one, an XPASS, a test that never reported, an xfail hiding an app crash: each
# must turn its suite red. The GUI fakes (fake-gui/test_*.py) run through run-gui-tests.sh and
# guitest.main itself, under dbus-run-session + xvfb-run like the real ones (no app is started).
# Prints "Expecting N results", one "PASS  …" / "FAIL  …" line per check, then "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=meson-helpers/test-summary.sh
source meson-helpers/test-summary.sh

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
checks=$(grep -cE '^\s*(expect_counts|expect_outcome|expect_python) ' "$0")
echo "Expecting $checks results"

# expect_counts NAME "P F NOTE" WANT_P WANT_F [NOTE_PART]: the counts a *_summary function gave.
expect_counts() {
    local name=$1 got=$2 want_p=$3 want_f=$4 part=${5:-}
    local p f note
    read -r p f note <<<"$got"
    if [[ "$p" == "$want_p" && "$f" == "$want_f" && ( -z "$part" || "$note" == *"$part"* ) ]]; then
        passed=$((passed + 1)); printf 'PASS  %s\n' "$name"
    else
        failed=$((failed + 1))
        printf 'FAIL  %s: got "%s", wanted %s passed, %s failed%s\n' "$name" "$got" "$want_p" "$want_f" "${part:+, a note with “$part”}"
    fi
}

# expect_outcome NAME GOT WANT.
expect_outcome() {
    if [[ "$2" == "$3" ]]; then passed=$((passed + 1)); printf 'PASS  %s\n' "$1"
    else failed=$((failed + 1)); printf 'FAIL  %s: got %s, wanted %s\n' "$1" "$2" "$3"; fi
}

# expect_python NAME CODE: runs CODE with guitest importable; it must exit 0.
expect_python() {
    local out
    if out=$(cd Tests/GUITests && LANGUAGE=en /usr/bin/python3 -c "import guitest as g
$2" 2>&1); then
        passed=$((passed + 1)); printf 'PASS  %s\n' "$1"
    else
        failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"; printf '%s\n' "$out" | sed 's/^/      /'
    fi
}

# --- swift test: fake `swift test list` outputs and logs -------------------------------------------
cat >"$tmp/list" <<'EOF'
AppTests.AlphaTests/testOne
AppTests.AlphaTests/testTwo
AppTests.BetaTests/testThree
EOF
xc_line() { echo "Test Case '$1' started at 2026-12-04 10:00:00.000"; echo "Test Case '$1' $2 (0.001 seconds)"; }
swift_testing_zero='✔ Test run with 0 tests in 0 suites passed after 0.001 seconds.'

{ xc_line AlphaTests.testOne passed; xc_line AlphaTests.testTwo passed; xc_line BetaTests.testThree passed
  echo "$swift_testing_zero"; } >"$tmp/green.log"
expect_counts "swift: all listed tests passed, and Swift Testing's 0-test summary line is no pass" \
    "$(swift_summary "$tmp/green.log" "$tmp/list" 0)" 3 0

{ xc_line AlphaTests.testOne passed
  echo "/src/Tests/AlphaTests.swift:9: error: AlphaTests.testTwo : XCTAssertEqual failed"
  xc_line AlphaTests.testTwo failed; xc_line BetaTests.testThree passed; echo "$swift_testing_zero"; } >"$tmp/failing.log"
expect_counts "swift: a failing test turns it red" "$(swift_summary "$tmp/failing.log" "$tmp/list" 1)" 2 1

{ xc_line AlphaTests.testOne passed
  echo "Test Case 'AlphaTests.testTwo' started at 2026-12-04 10:00:00.000"
  echo "💣 Program crashed: Illegal instruction at 0x0000"; } >"$tmp/crash.log"
expect_counts "swift: a crash fails the test it hit and every listed test that never ran" \
    "$(swift_summary "$tmp/crash.log" "$tmp/list" 132)" 1 2 "AlphaTests.testTwo, BetaTests.testThree"

{ xc_line AlphaTests.testOne passed; xc_line AlphaTests.testTwo passed; xc_line BetaTests.testThree passed
  echo "$swift_testing_zero"; } >"$tmp/late-crash.log"
expect_counts "swift: a non-zero exit after every test passed is still a failure" \
    "$(swift_summary "$tmp/late-crash.log" "$tmp/list" 139)" 3 1 "exited 139"

expect_counts "swift: --filter counts only the tests it selects" \
    "$(swift_summary "$tmp/crash.log" "$tmp/list" 132 --filter BetaTests)" 1 1 "BetaTests.testThree"

cat >"$tmp/st-list" <<'EOF'
AppTests.AlphaTests/testOne
AppTests.Parsing/readsDates()
AppTests.Parsing/readsTimes()
EOF
{ xc_line AlphaTests.testOne passed
  echo "◇ Test readsDates() started."
  echo "✘ Test readsDates() recorded an issue at Parsing.swift:7:5: Expectation failed: 1 == 2"
  echo "✘ Test readsDates() failed after 0.001 seconds with 1 issue."
  echo "✔ Test readsTimes() passed after 0.001 seconds."
  echo "✘ Test run with 2 tests in 1 suite failed after 0.002 seconds with 1 issue."; } >"$tmp/st.log"
expect_counts "swift: a Swift Testing failure counts once (not its issue line, not the run's summary)" \
    "$(swift_summary "$tmp/st.log" "$tmp/st-list" 1)" 2 1

{ xc_line AlphaTests.testOne passed; echo "💣 Program crashed: Segmentation fault"; } >"$tmp/st-crash.log"
expect_counts "swift: Swift Testing tests that never ran after a crash are failures" \
    "$(swift_summary "$tmp/st-crash.log" "$tmp/st-list" 139)" 1 2 "never finished"

# --- script suites (data, GUI): the counts line and the expected total ----------------------------------
printf 'Expecting 5 results\nPASS a\nPASS b\n3 passed, 0 failed\n' >"$tmp/s1.log"
printf 'Expecting 5 results\nPASS a\nPASS b\n' >"$tmp/s2.log"
printf 'PASS a\nsomething\n' >"$tmp/s3.log"
printf 'Expecting 4 results\n1 xfailed: known\n1 skipped: not in German\n2 passed, 0 failed\n' >"$tmp/s4.log"
expect_counts "script: results that never came (of the expected total) are failures" "$(script_summary "$tmp/s1.log" 0)" 3 2 "missing"
expect_counts "script: no counts line after a crash fails every expected result" "$(script_summary "$tmp/s2.log" 139)" 0 5 "no counts"
expect_counts "script: no counts line and exit 0 is a failure, not one pass" "$(script_summary "$tmp/s3.log" 0)" 0 1 "no counts"
expect_counts "script: XFAIL and skipped are neither passed nor missing" "$(script_summary "$tmp/s4.log" 0)" 2 0 "4/4 expected"

# --- one GUI case's outcome ---------------------------------------------------------------------
expect_outcome "gui: PASS with status 0 passes" "$(gui_outcome 0 'PASS t.test_a (1.0 s)')" pass
expect_outcome "gui: XPASS is a failure" "$(gui_outcome 0 'XPASS t.test_a (1.0 s): expected to fail')" fail
expect_outcome "gui: XFAIL with a non-zero status is a failure" "$(gui_outcome 1 'XFAIL t.test_a (1.0 s): known')" fail
expect_outcome "gui: PASS and then a crash is a failure" "$(gui_outcome 139 'PASS t.test_a (1.0 s)')" fail
expect_outcome "gui: no result line is a failure" "$(gui_outcome 0 'Traceback (most recent call last):')" fail
expect_outcome "gui: two result lines are a failure" "$(gui_outcome 0 $'PASS t.test_a\nFAIL t.test_a: late')" fail

# --- the GUI runner itself over fake test files ---------------------------------------------------
# Each deliberately bad fake beside a passing one must make run-gui-tests.sh's summary red.
fakes=Tests/RunnerSelfTest/fake-gui
gui_run() {
    local log=$tmp/gui-$1.log; shift
    TEST_OUTPUT=$tmp/out GUI_LANGUAGES=en VISITPLANNER=/bin/true bash meson-helpers/run-gui-tests.sh "$@" >"$log" 2>&1
    script_summary "$log" $?
}
if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null; then
    expect_counts "gui runner: a passing fake passes" "$(gui_run pass $fakes/test_passes.py)" 1 0
    expect_counts "gui runner: a deliberately failing test turns it red" "$(gui_run fail $fakes/test_passes.py $fakes/test_fails.py)" 1 1
    expect_counts "gui runner: a deliberately crashing test turns it red" "$(gui_run crash $fakes/test_passes.py $fakes/test_crashes.py)" 1 1
    expect_counts "gui runner: an XPASS turns it red" "$(gui_run xpass $fakes/test_passes.py $fakes/test_xpass.py)" 1 1
    expect_counts "gui runner: an xfail mark does not hide an app crash" "$(gui_run xcrash $fakes/test_xfail_app_crash.py)" 0 1
    expect_counts "gui runner: a known gap (XFAIL) is neither passed nor failed" "$(gui_run xfail $fakes/test_xfail.py)" 0 0 "1 known gaps"
    expect_counts "gui runner: an xfail mark does not cover a failure at another step (xfail_when)" \
        "$(gui_run xother $fakes/test_xfail_other_failure.py)" 0 1
else
    for _ in 1 2 3 4 5 6 7; do failed=$((failed + 1)); done
    echo "FAIL  gui runner: xvfb-run or dbus-run-session is missing (run meson-helpers/install-deps.sh)"
fi

# --- guitest.App's verdict on the app's exit and log ------------------------------------------------
expect_python "app: a crash (signal 11) before the test stopped it is a problem" \
    "assert g.app_problems(-11, True, False, '') != []"
expect_python "app: ending on SIGTERM with status -15 is clean" \
    "assert g.app_problems(-15, False, False, 'some ordinary line') == []"
expect_python "app: another status on SIGTERM (an abort while closing) is a problem" \
    "assert g.app_problems(-6, False, False, '') != []"
expect_python "app: not stopping on SIGTERM is a problem" \
    "assert g.app_problems(-9, False, True, '') != []"
expect_python "app: a Gtk-CRITICAL in the log is a problem" \
    "assert g.app_problems(-15, False, False, '(visitplanner:1): Gtk-CRITICAL **: 10:00: gtk_widget_get_parent: assertion failed') != []"
expect_python "app: a Swift fatal error in the log is a problem" \
    "assert g.app_problems(-15, False, False, 'VisitPlanner/Foo.swift:12: Fatal error: Unexpectedly found nil') != []"

echo "$passed passed, $failed failed"
((failed == 0))
