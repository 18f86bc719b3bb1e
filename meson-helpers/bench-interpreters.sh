#!/usr/bin/env bash
# Interpreter assignment, part of `make bench` (also runs alone): the sample visit, then generated
# visits of 400 programme items x 240 interpreters over 10 days (seeded, built in memory by
# PlannerCore's GeneratedInterpretingInstance), planned by `visitplanner bench-interpreters` on the
# release build. One line per visit: needs, how many are covered / half covered / open (and how
# many no plan could cover), the method (exact = proven optimal) and ms = the assigner alone,
# best of BENCH_INTERP_RUNS runs (default 3). BENCH_INTERP_SEEDS="1 2 3" picks the visits.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_INTERP_RUNS:-3}
seeds=${BENCH_INTERP_SEEDS:-1 2 3}
bin=$(swift build -c release --show-bin-path)/visitplanner
[ -x "$bin" ] || { echo "bench-interpreters: no release build at $bin (make bench builds it)" >&2; exit 1; }
echo "interpreter assignment (best of $runs runs; ms = the assigner alone; rule_problems = clashes, availability, daily maximum in the plan):"
"$bin" bench-interpreters --sample --runs "$runs"
for seed in $seeds; do
  "$bin" bench-interpreters --items 400 --interpreters 240 --days 10 --seed "$seed" --runs "$runs"
done
