#!/usr/bin/env python3
"""Seeded generator of placement instances (docs/specs/assignment-instance.md) for make bench-assign.

  gen_instance.py UNITS OUT.json [--seed N] [--hosts H] [--pairs-per-unit K] [--groups FRACTION]

About 10 % of the units are groups of 2-4 (siblings, couples, friends); hosts have 1-4 free beds;
scores look like the compiled soft rules: a shared-language level, preferences, distance (can
be negative), now and then hosting history (a returning guest, a large bonus).
"""
import argparse
import json
import random


def generate(units, seed, hosts=None, per_unit=None, groups=0.10):
    rng = random.Random(seed)
    hosts = hosts or max(2, round(units * 0.7))
    per_unit = per_unit or min(300, max(1, round(hosts * 0.6)))
    unit_list = []
    for i in range(units):
        size = rng.choice((2, 2, 2, 3, 3, 4)) if rng.random() < groups else 1
        unit_list.append({"id": f"u{i + 1}", "size": size})
    host_list = [{"id": f"h{j + 1}", "capacity": rng.choice((1, 2, 2, 3, 3, 4))} for j in range(hosts)]
    pairs = []
    for i in range(units):
        k = min(hosts, max(1, int(rng.gauss(per_unit, per_unit * 0.15))))
        for j in sorted(rng.sample(range(hosts), k)):
            score = rng.randint(0, 4) * 15          # shared language: none .. C1
            score += rng.choice((0, 0, 0, 10, 25))  # household preferences, diet
            score -= rng.randint(0, 60)              # distance to the venue
            if rng.random() < 0.004:
                score += 400                         # hosting history: a returning guest
            pairs.append([f"u{i + 1}", f"h{j + 1}", score])
    return {"units": unit_list, "hosts": host_list, "pairs": pairs}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("units", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hosts", type=int)
    parser.add_argument("--pairs-per-unit", type=int)
    parser.add_argument("--groups", type=float, default=0.10)
    args = parser.parse_args()
    instance = generate(args.units, args.seed, args.hosts, args.pairs_per_unit, args.groups)
    with open(args.out, "w") as f:
        f.write('{"units": [\n')
        f.write(",\n".join(json.dumps(u) for u in instance["units"]))
        f.write('\n],\n"hosts": [\n')
        f.write(",\n".join(json.dumps(h) for h in instance["hosts"]))
        f.write('\n],\n"pairs": [\n')
        f.write(",\n".join(json.dumps(p) for p in instance["pairs"]))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
