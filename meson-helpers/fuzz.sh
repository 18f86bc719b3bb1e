#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer harness for the spreadsheet reader and runs it.
#   FUZZ_SECONDS=120 (how long), FUZZ_ARGS="…" (more libFuzzer flags, e.g. -jobs=2).
# The reader's sources are compiled into the harness with -sanitize=fuzzer,address (SwiftPM
# cannot give libFuzzer its own main). Corpus and crashes stay in .build/fuzz (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/fuzz
mkdir -p "$out/corpus" "$out/crashes"
core=Sources/PlannerCore
sources=(
    Tests/Fuzz/ReaderFuzz/main.swift
    "$core/Import/SpreadsheetReader.swift" "$core/Import/SpreadsheetTable.swift" "$core/Import/SpreadsheetEncoding.swift"
    "$core/Import/EncodingDetector.swift" "$core/Import/CodePageTables.swift" "$core/Import/ImportError.swift"
    "$core/Storage/PlannerError.swift" "$core/Validation/ValidationIssue.swift" "$core/Support/Localization.swift"
)
echo "Building the reader fuzzer…"
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name ReaderFuzz "${sources[@]}" \
    -o "$out/reader-fuzz" 2> >(grep -v "Cannot export local symbol" >&2)

# Seed: the sample files and the test fixtures (once).
if [ -z "$(ls -A "$out/corpus")" ]; then
    i=0
    for f in Tests/Fixtures/sample-visit/*.csv Tests/Fixtures/import/*.csv; do
        [ -f "$f" ] || continue
        for opt in 0 1 3 4; do printf "\\x$(printf %x $opt)" | cat - "$f" > "$out/corpus/seed-$i-$opt"; done
        i=$((i + 1))
    done
fi

echo "Fuzzing for ${FUZZ_SECONDS:-120} s…"
"$out/reader-fuzz" "$out/corpus" -max_total_time="${FUZZ_SECONDS:-120}" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$out/crashes/" -print_final_stats=1 ${FUZZ_ARGS:-}
