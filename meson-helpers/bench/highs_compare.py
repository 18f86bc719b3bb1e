#!/usr/bin/env python3
"""For make bench-assign: checks our solution independently (feasible? its objective?) and
solves the same instance with scipy.optimize.milp (HiGHS), lexicographically in two stages:
max placed guests, then max score with the placed guests held at that optimum.

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
    integrality = np.ones(n)
    bounds = (0, 1)
    start = time.monotonic()
    # Stage 1: most guests placed.
    r1 = milp(-sizes[pu], integrality=integrality, bounds=bounds, constraints=base,
              options={"time_limit": limit, "mip_rel_gap": 0, "disp": False})
    t1 = time.monotonic() - start
    if r1.x is None:
        return {"status": f"stage 1: {r1.message}", "time": t1, "proven": False}
    placed = int(round(sizes[pu] @ np.round(r1.x)))
    if r1.status != 0:
        return {"status": f"not proven in {limit:.0f} s (stage 1)", "placed": placed,
                "score": int(round(sc @ np.round(r1.x))), "time": t1, "proven": False}
    # Stage 2: best score with that many guests.
    remaining = max(1.0, limit - t1)
    fix = LinearConstraint(csr_array(sizes[pu].reshape(1, n)), placed - 0.5, np.inf)
    r2 = milp(-sc, integrality=integrality, bounds=bounds, constraints=base + [fix],
              options={"time_limit": remaining, "mip_rel_gap": 0, "disp": False})
    total = time.monotonic() - start
    if r2.x is None:
        return {"status": f"not proven in {limit:.0f} s (stage 2, no solution)", "placed": placed,
                "time": total, "proven": False}
    x = np.round(r2.x)
    result = {"placed": int(round(sizes[pu] @ x)), "score": int(round(sc @ x)), "time": total}
    if r2.status == 0:
        result.update(status="optimal", proven=True)
    else:
        bound = getattr(r2, "mip_dual_bound", None)
        result.update(status=f"not proven in {limit:.0f} s", proven=False,
                      score_bound=None if bound is None else -bound)
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
