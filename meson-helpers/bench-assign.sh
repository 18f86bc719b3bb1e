#!/usr/bin/env bash
# make bench-assign: placement instances of 50, 500 and 5,000 units (about 10 % groups of 2-4,
# ~300 allowed hosts per unit for the large one; seeded, written to bench-output/, not committed)
# solved by `visitplanner solve-instance` (release build) and, side by side, by
# scipy.optimize.milp (HiGHS) from PyPI in bench-output/venv. Our solutions are checked
# independently (feasible, objective recomputed); objectives must be equal wherever HiGHS proves
# optimality. Results: the terminal and bench-output/assign-results.txt.
#   BENCH_ASSIGN_SIZES="50 500 5000"  BENCH_ASSIGN_HIGHS_LIMIT=120  BENCH_ASSIGN_LIMIT=30 (our
#   --time-limit, seconds)  BENCH_ASSIGN_RUNS=3 (best of; a run over 5 s is not repeated)
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench-output
mkdir -p "$out"
sizes=${BENCH_ASSIGN_SIZES:-50 500 5000}
limit=${BENCH_ASSIGN_HIGHS_LIMIT:-120}
runs=${BENCH_ASSIGN_RUNS:-3}
ours_limit=${BENCH_ASSIGN_LIMIT:-30}
bin=$(swift build -c release --show-bin-path)/visitplanner
[ -x "$bin" ] || { echo "bench-assign: no release build at $bin (make bench-assign builds it)" >&2; exit 1; }

if [ ! -x "$out/venv/bin/python" ] || ! "$out/venv/bin/python" -c 'import scipy, numpy' 2>/dev/null; then
  echo "bench-assign: installing scipy + numpy from PyPI into $out/venv" >&2
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install -q --disable-pip-version-check scipy numpy
fi
py="$out/venv/bin/python"

{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(swift --version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); HiGHS: scipy $("$py" -c 'import scipy; print(scipy.__version__)'), one weighted stage (W*guests + score), mip_rel_gap 0, limit ${limit} s per instance"
  echo "ours: --time-limit ${ours_limit} s, best of $runs runs; total = wall time of the process (read + parse + solve + print), solve = solver alone"
  echo "objectives are (placed guests, score); 'bound' is the best proven upper bound on the score at that guest count"
  printf '%6s %6s %8s | %8s %8s %6s %6s %-18s %-9s | %7s %-22s %-18s | %s\n' units hosts pairs "total_ms" "solve_ms" proven nodes "ours" "bound" "highs_s" "highs status" "highs" "equal?"
  for n in $sizes; do
    inst="$out/assign-$n.json"
    [ -s "$inst" ] || python3 meson-helpers/bench/gen_instance.py "$n" "$inst" --seed "$n"
    best_total="" best_solve="" stats=""
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N)
      "$bin" solve-instance --stats --time-limit "$ours_limit" "$inst" >"$out/assign-$n.solution.json" 2>"$out/assign-$n.stats"
      t1=$(date +%s%N)
      total=$(( (t1 - t0) / 1000000 ))
      solve=$(sed -n 's/.*solve_ms=\([0-9.]*\).*/\1/p' "$out/assign-$n.stats")
      if [ -z "$best_total" ] || [ "$total" -lt "$best_total" ]; then best_total=$total; fi
      if [ -z "$best_solve" ] || awk "BEGIN{exit !($solve < $best_solve)}"; then best_solve=$solve; fi
      stats=$(cat "$out/assign-$n.stats")
      if [ "$total" -gt 5000 ]; then break; fi
    done
    hosts=$(sed -n 's/.* hosts=\([0-9]*\).*/\1/p' <<<"$stats")
    pairs=$(sed -n 's/.* pairs=\([0-9]*\).*/\1/p' <<<"$stats")
    proven=$(sed -n 's/.* proven=\([a-z]*\).*/\1/p' <<<"$stats")
    nodes=$(sed -n 's/.* nodes=\([0-9]*\).*/\1/p' <<<"$stats")
    cmp=$("$py" meson-helpers/bench/highs_compare.py "$inst" "$out/assign-$n.solution.json" "$limit" 2>/dev/null)
    echo "$cmp" >"$out/assign-$n.highs.json"
    "$py" - "$cmp" "$n" "$hosts" "$pairs" "$best_total" "$best_solve" "$proven" "$nodes" "$out/assign-$n.solution.json" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); n, hosts, pairs, total, solve, proven, nodes, path = sys.argv[2:10]
ours = r["ours"]; h = r["highs"]
ours_text = f"({ours[0]}, {ours[1]})" if ours else r["check"]
ub = json.load(open(path))["upper_bound"]
bound_text = str(ub["score"]) if ub["placed_guests"] == (ours[0] if ours else -1) else f"{ub['placed_guests']}g/{ub['score']}"
highs_text = f"({h['placed']}, {h['score']})" if "placed" in h and "score" in h else "-"
if r["check"] != "ok":
    equal = "OUR SOLUTION INVALID: " + r["check"]
elif h.get("proven"):
    equal = "yes" if (h["placed"], h["score"]) == tuple(ours) else f"NO: HiGHS ({h['placed']}, {h['score']})"
elif "placed" in h and "score" in h:
    theirs = (h["placed"], h["score"])
    equal = "n/a: " + ("ours better" if tuple(ours) > theirs else "same" if tuple(ours) == theirs else "HiGHS better")
else:
    equal = "n/a"
print(f"{n:>6} {hosts:>6} {pairs:>8} | {total:>8} {float(solve):>8.1f} {proven:>6} {nodes:>6} {ours_text:<18} {bound_text:<9} | {h['time']:>7.1f} {h['status']:<22} {highs_text:<18} | {equal}")
PY
  done
} | tee "$out/assign-results.txt"
