#!/usr/bin/env python3
"""For make bench-assign: checks our solution independently (feasible? its objective?) and
solves the same instance with scipy.optimize.milp (HiGHS): binary x per pair, at most one host
per unit, beds per host, objective sum of (W*size + score) with W larger than any score
difference (lexicographic: guests first, then score), mip_rel_gap 0.

  highs_compare.py INSTANCE.json OUR_SOLUTION.json TIME_LIMIT_SECONDS
Prints one JSON line.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import LinearConstraint, milp
from scipy.sparse import csr_array


def check(instance, solution):
    size = {u["id"]: u["size"] for u in instance["units"]}
    cap = {h["id"]: h["capacity"] for h in instance["hosts"]}
    score_of = {(p[0], p[1]): p[2] for p in instance["pairs"]}
    used = {}
    seen = set()
    placed = score = 0
    for unit, host in solution["assignments"]:
        if unit in seen:
            return f"unit {unit} assigned twice", None
        seen.add(unit)
        if (unit, host) not in score_of:
            return f"pair ({unit}, {host}) not allowed", None
        used[host] = used.get(host, 0) + size[unit]
        placed += size[unit]
        score += score_of[(unit, host)]
    for host, n in used.items():
        if n > cap[host]:
            return f"host {host} over capacity ({n} > {cap[host]})", None
    if placed != solution["placed_guests"] or score != solution["score"]:
        return "reported objective differs from the assignments", None
    return "ok", (placed, score)


def highs(instance, limit):
    units = {u["id"]: i for i, u in enumerate(instance["units"])}
    hosts = {h["id"]: j for j, h in enumerate(instance["hosts"])}
    sizes = np.array([u["size"] for u in instance["units"]], dtype=float)
    caps = np.array([h["capacity"] for h in instance["hosts"]], dtype=float)
    pairs = instance["pairs"]
    n, nu, nh = len(pairs), len(units), len(hosts)
    if n == 0:
        return {"status": "optimal", "placed": 0, "score": 0, "time": 0.0, "proven": True}
    pu = np.array([units[p[0]] for p in pairs])
    ph = np.array([hosts[p[1]] for p in pairs])
    sc = np.array([p[2] for p in pairs], dtype=float)
    cols = np.arange(n)
    a_unit = csr_array((np.ones(n), (pu, cols)), shape=(nu, n))
    a_host = csr_array((sizes[pu], (ph, cols)), shape=(nh, n))
    base = [LinearConstraint(a_unit, -np.inf, 1), LinearConstraint(a_host, -np.inf, caps)]
    # One stage, lexicographic by weight: W exceeds any difference of total score between two
    # placements, so one more guest always outweighs the scores (the same W as the app's solver).
    spread = {}
    for u, score in zip(pu.tolist(), sc.tolist()):
        hi, lo = spread.get(u, (0, 0))
        spread[u] = (max(hi, score), min(lo, score))
    weight = 1 + sum(hi - lo for hi, lo in spread.values())
    start = time.monotonic()
    res = milp(-(weight * sizes[pu] + sc), integrality=np.ones(n), bounds=(0, 1), constraints=base,
               options={"time_limit": limit, "mip_rel_gap": 0, "disp": False})
    elapsed = time.monotonic() - start
    if res.x is None:
        return {"status": f"no solution in {limit:.0f} s", "time": elapsed, "proven": False}
    x = np.round(res.x)
    result = {"placed": int(round(sizes[pu] @ x)), "score": int(round(sc @ x)), "time": elapsed}
    if res.status == 0:
        result.update(status="optimal", proven=True)
    else:
        bound = getattr(res, "mip_dual_bound", None)
        if bound is not None and np.isfinite(bound):
            # Decode the weighted bound into (placed, score) the same way as the solver.
            b = int(np.floor(-bound + 1e-6))
            result["bound"] = b
        result.update(status=f"not proven in {limit:.0f} s", proven=False)
    return result


def main():
    instance_path, solution_path, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(instance_path) as f:
        instance = json.load(f)
    with open(solution_path) as f:
        solution = json.load(f)
    verdict, ours = check(instance, solution)
    result = {"check": verdict, "ours": ours, "highs": highs(instance, limit)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
