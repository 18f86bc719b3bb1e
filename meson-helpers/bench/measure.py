#!/usr/bin/env python3
"""Runs inside one X/D-Bus session (bench.sh starts it): startup of VisitPlanner with the sample
visit against a bare GTK4 window, alternating runs, then search-as-you-type over 10,000
participants. Times come from the programs themselves (GLib's monotonic clock = CLOCK_MONOTONIC,
the clock time.monotonic() reads), so process start to first painted frame is measured."""
import os, statistics, subprocess, sys, time

app, bare, sample_db, big_db, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
env = dict(os.environ, GSK_RENDERER="cairo")


def first_frame(cmd, extra_env):
    start = time.monotonic()
    out = subprocess.run(cmd, env=dict(env, **extra_env), capture_output=True, text=True, timeout=60).stdout
    for line in out.splitlines():
        if line.startswith("first-frame "):
            return (int(line.split()[1]) / 1e6 - start) * 1000
    raise SystemExit(f"no first-frame line from {cmd}: {out!r}")


# One warm-up each (page cache, fontconfig cache), then alternate so drift hits both alike.
first_frame([bare], {})
first_frame([app, "--database", sample_db], {"VISITPLANNER_BENCH": "first-frame"})
bare_ms, app_ms = [], []
for _ in range(runs):
    bare_ms.append(first_frame([bare], {}))
    app_ms.append(first_frame([app, "--database", sample_db], {"VISITPLANNER_BENCH": "first-frame"}))
b, a = statistics.median(bare_ms), statistics.median(app_ms)
print(f"startup: bare GTK4 window median {b:.0f} ms (min {min(bare_ms):.0f}, max {max(bare_ms):.0f}); "
      f"VisitPlanner with the sample visit median {a:.0f} ms (min {min(app_ms):.0f}, max {max(app_ms):.0f}); "
      f"ratio {a / b:.2f} (target <= 1.30) over {runs} runs each")

out = subprocess.run([app, "--database", big_db], env=dict(env, VISITPLANNER_BENCH="search"),
                     capture_output=True, text=True, timeout=120).stdout
keys = [line.split() for line in out.splitlines() if line.startswith("keystroke ")]
if not keys:
    raise SystemExit(f"no keystroke lines: {out!r}")
total = [float(k[1]) for k in keys]
filt = [float(k[5]) for k in keys]
print(f"search-as-you-type over 10,000 participants, {len(keys)} keystrokes: keystroke to painted frame "
      f"median {statistics.median(total):.1f} ms, p90 {sorted(total)[int(len(total) * 0.9)]:.1f} ms, max {max(total):.1f} ms; "
      f"filtering alone median {statistics.median(filt):.1f} ms, max {max(filt):.1f} ms (target <= 16 ms per keystroke)")
for k in keys:
    print(f"  {k[2]:<12} {k[3]:>6} rows  {float(k[1]):7.1f} ms  (filter {float(k[5]):.1f} ms)")
