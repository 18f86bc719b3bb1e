# The counting behind `make test`'s summary, sourced by run-tests.sh, run-gui-tests.sh and the
# runner's self-test (Tests/RunnerSelfTest/run.sh), so the self-test checks the very code that
# counts. Every function prints "PASSED FAILED NOTE" (NOTE may contain spaces) or one word.
#
# The rule everywhere: a suite is green only when every test it should run reported a pass.
# A test that fails, crashes, never reports (a crash cut the run short), or passes while marked
# as an expected failure (XPASS) is a failure.

# swift_listed LIST FLAGS…: the test ids of `swift test list` (one a line, in LIST) that a
# `swift test FLAGS…` run selects: --filter and --skip are regexes on "Module.Class/test".
swift_listed() {
    local list=$1; shift
    local filters=() skips=()
    while (($#)); do
        case $1 in
            --filter) filters+=("$2"); shift ;;
            --filter=*) filters+=("${1#--filter=}") ;;
            --skip) skips+=("$2"); shift ;;
            --skip=*) skips+=("${1#--skip=}") ;;
        esac
        shift
    done
    local selected
    selected=$(grep -E '^[A-Za-z_][A-Za-z0-9_]*\.' "$list")
    if ((${#filters[@]})); then
        selected=$(grep -E "$(IFS='|'; echo "${filters[*]}")" <<<"$selected")
    fi
    if ((${#skips[@]})); then
        selected=$(grep -vE "$(IFS='|'; echo "${skips[*]}")" <<<"$selected")
    fi
    [[ -n "$selected" ]] && printf '%s\n' "$selected"
}

# swift_summary LOG LIST RC [FLAGS…]: counts of a `swift test` run from its LOG, against the
# tests LIST says it should run (see swift_listed), and its exit status RC.
#   XCTest: "Test Case 'Class.test' passed|failed|skipped (…)", by name: a listed test with no
#     result (the run crashed before or while it ran) is a failure, named in the note.
#   Swift Testing: "✔ Test name() passed after …" / "✘ Test name() failed after …", never its
#     summary line "Test run with N tests …" nor "✘ Test … recorded an issue"; listed tests
#     without a result are failures too. Swift Testing's ids end in ")".
#   A non-zero exit with nothing else failed is one failure (a crash after the last test).
swift_summary() {
    local log=$1 list=$2 rc=$3; shift 3
    local listed xc_listed st_listed
    listed=$(swift_listed "$list" "$@")
    xc_listed=$(grep -vE '\)$' <<<"$listed" | grep -c .)
    st_listed=$(grep -E '\)$' <<<"$listed" | grep -c .)

    local xc_pass xc_fail xc_skip seen
    xc_pass=$(grep -cE "^Test Case '[^']+' passed \(" "$log")
    xc_fail=$(grep -cE "^Test Case '[^']+' failed \(" "$log")
    xc_skip=$(grep -cE "^Test Case '[^']+' skipped \(" "$log")
    seen=$(sed -nE "s/^Test Case '([^']+)' (passed|failed|skipped) \(.*/\1/p" "$log" | sed -E 's/^-\[[^.]*\.([^ ]+) ([^]]+)\]$/\1.\2/' | sort -u)
    # "CLITests.VisitsListTests/testEmptyDatabase" is reported as "VisitsListTests.testEmptyDatabase".
    local missing
    missing=$(grep -vE '\)$' <<<"$listed" | grep . | sed -E 's/^[^.]+\.//; s#/#.#' | sort -u | comm -23 - <(printf '%s\n' "$seen"))
    local xc_missing
    xc_missing=$(grep -c . <<<"$missing")

    local st_pass st_fail st_skip st_missing
    st_pass=$(grep -E '^✔ Test .* passed after ' "$log" | grep -cvE '^✔ Test run with ')
    st_fail=$(grep -E '^✘ Test .* failed after ' "$log" | grep -cvE '^✘ Test run with ')
    st_skip=$(grep -E '^➜ Test .* skipped' "$log" | grep -cvE '^➜ Test run with ')
    st_missing=$((st_listed - st_pass - st_fail - st_skip))
    ((st_missing < 0)) && st_missing=0

    local p f note
    p=$((xc_pass + st_pass))
    f=$((xc_fail + xc_missing + st_fail + st_missing))
    note="XCTest $xc_pass/$xc_listed, Swift Testing $st_pass/$st_listed"
    ((xc_skip + st_skip)) && note="$note, $((xc_skip + st_skip)) skipped"
    if ((xc_missing + st_missing)); then
        local names
        names=$(head -n 3 <<<"$missing" | paste -sd, - | sed 's/,/, /g')
        note="$note; $((xc_missing + st_missing)) listed but never finished (crash?)${names:+: $names}"
        ((xc_missing > 3)) && note="$note, …"
    fi
    if ((rc != 0 && f == 0)); then f=1; note="$note; swift test exited $rc (crash or build error)"; fi
    echo "$p $f $note"
}

# script_summary LOG RC: counts of a script suite (data, GUI, self-test) from the last
# "N passed, M failed" line of its LOG; "K xfailed" and "S skipped" lines are counted apart,
# and "Expecting E results" (printed before the first test) makes every result that never came
# a failure. No counts at all, or a non-zero exit with no failure counted, is a failure.
script_summary() {
    local log=$1 rc=$2
    local line expected p f x s note=""
    expected=$(sed -nE 's/^Expecting ([0-9]+) results?.*/\1/p' "$log" | tail -n 1)
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [[ -z "$line" ]]; then
        p=0 f=1 note="no counts in the output (exited $rc)"
        ((${expected:-0} > 1)) && { f=$expected; note="$note: $expected expected results missing"; }
        echo "$p $f $note"
        return
    fi
    p=$(sed -nE 's/^([0-9]+) passed.*/\1/p' <<<"$line")
    f=$(sed -nE 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/p' <<<"$line")
    x=$(sed -nE 's/^([0-9]+) xfailed.*/\1/p' "$log" | tail -n 1)
    s=$(sed -nE 's/^([0-9]+) skipped.*/\1/p' "$log" | tail -n 1)
    x=${x:-0} s=${s:-0}
    ((x)) && note="$x known gaps (XFAIL)"
    ((s)) && note="${note:+$note, }$s skipped"
    if [[ -n "$expected" ]]; then
        local missing=$((expected - p - f - x - s))
        if ((missing > 0)); then
            f=$((f + missing)); note="${note:+$note; }$missing of $expected expected results missing (crash?)"
        fi
        note="${note:+$note; }$((p + f + x + s))/$expected expected"
    fi
    if ((rc != 0 && f == 0)); then f=1; note="${note:+$note; }exited $rc"; fi
    echo "$p $f $note"
}

# gui_outcome RC OUTPUT: pass, xfail or fail for one GUI test case, from its process's exit
# status and output: exactly one result line; PASS only with status 0; XFAIL only with status 0
# (guitest turns an app crash under an xfail mark into FAIL); XPASS is a failure (drop the mark).
gui_outcome() {
    local rc=$1 output=$2 results
    results=$(grep -cE '^(PASS|FAIL|XFAIL|XPASS) ' <<<"$output")
    if ((results != 1)); then echo fail; return; fi
    if ((rc == 0)) && grep -qE '^PASS ' <<<"$output"; then echo pass
    elif ((rc == 0)) && grep -qE '^XFAIL ' <<<"$output"; then echo xfail
    else echo fail
    fi
}
