#!/usr/bin/env python3
"""Summarises bench/service results (JSON lines written by bench.py): summary.py RESULTS [LABEL-PREFIX]"""
import json
import statistics
import sys
from collections import defaultdict

rows = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
rows = [r for r in rows if r.get("label", "").startswith(prefix) or r["scenario"] == "feed2toot"]


def latest(scenario):
    """The last result of each label and size: a re-run replaces an earlier one."""
    found = {}
    for r in rows:
        if r["scenario"] == scenario:
            found[(r.get("label", ""), r["feeds"], r.get("run", ""))] = r
    return found


def marginal(results, metric):
    """CPU per feed between the smallest and largest run of each label with the same interval."""
    by_label = defaultdict(list)
    for (label, feeds, _), r in results.items():
        by_label[(label, r.get("every_s"))].append(r)
    for (label, every), runs in sorted(by_label.items(), key=str):
        runs.sort(key=lambda r: r["feeds"])
        if len(runs) > 1 and runs[-1]["feeds"] > runs[0]["feeds"]:
            small, big = runs[0], runs[-1]
            per_feed = (big[metric] - small[metric]) / (big["feeds"] - small["feeds"])
            yield label, small["feeds"], big["feeds"], per_feed


print("## feed2toot --dry-run --limit 50 (CPU of the process and its children, per feed per run)")
f2t = latest("feed2toot")
for (_, feeds, run), r in sorted(f2t.items(), key=lambda kv: (kv[0][1], kv[0][2])):
    print(f"  N={feeds:<6} {run:6} run: {r['cpu_ms_per_feed']:6.1f} ms CPU per feed, wall {r['wall_s']} s, "
          f"{r['polls']} fetches, load {r['load']}")
firsts = {k: v for k, v in f2t.items() if k[2] == "first"}
for _, small, big, per_feed in marginal(firsts, "cpu_ms"):
    print(f"  marginal CPU per feed, first run, N={small}..{big}: {per_feed:.1f} ms")

print("## Service, cold JVM: start-up and first round (every feed polled once)")
cold = latest("cold")
for key, r in sorted(cold.items(), key=str):
    after_start = (r['first_round_cpu_ms'] - r['startup_cpu_ms']) / r['feeds']
    print(f"  {r['label']:32} N={r['feeds']:<6} healthy after {r['startup_s']:5.1f} s, {r['startup_cpu_ms'] / 1000:5.1f} s CPU; "
          f"first round done at {r['first_round_s']:5.1f} s, {r['first_round_cpu_ms'] / 1000:6.1f} s CPU "
          f"({after_start:.1f} ms per feed after start-up); load {r['load']}")
steady_cost = {r["label"]: r["cpu_ms_per_poll"] for r in latest("steady-304").values()}
for r in cold.values():
    # The 304 polls a long first round holds, at the label's steady cost, come off.
    if "first_round_not_modified" in r and r["label"] in steady_cost:
        r["first_round_cpu_ms_less_304"] = r["first_round_cpu_ms"] - r["first_round_not_modified"] * steady_cost[r["label"]]
for label, small, big, per_feed in marginal(cold, "first_round_cpu_ms"):
    print(f"  {label:32} marginal CPU per feed of the first round, N={small}..{big}: {per_feed:.1f} ms")
corrected = {k: r for k, r in cold.items() if "first_round_cpu_ms_less_304" in r}
for label, small, big, per_feed in marginal(corrected, "first_round_cpu_ms_less_304"):
    print(f"  {label:32} the same less the 304 polls within the round: {per_feed:.1f} ms")

print("## Start-up variants (median of the repeats)")
variants = defaultdict(list)
for r in rows:
    if r["scenario"] == "cold":
        variants[(r["label"], r["feeds"])].append(r)
for (label, feeds), runs in sorted(variants.items(), key=str):
    if len(runs) > 1:
        median = lambda metric: statistics.median(r[metric] for r in runs)
        print(f"  {label:32} N={feeds:<5} x{len(runs)}: healthy {median('startup_s'):5.1f} s, "
              f"{median('startup_cpu_ms') / 1000:5.1f} s CPU; with the first round {median('first_round_cpu_ms') / 1000:5.1f} s CPU")

print("## Service, warm: all feeds answer 304")
for r in latest("steady-304").values():
    print(f"  {r['label']:32} N={r['feeds']:<6} {r['cpu_ms_per_poll']:6.2f} ms CPU per poll ({r['polls']} polls, "
          f"{r['full']} full, {r['cpu_ms'] / 1000:.1f} s CPU in {r['window_s']} s); heap {r['heap_used_mb']} MB, "
          f"RSS {r['rss_mb']} MB; load {r['load']}")
print("## Service, one new story on every feed, posted in dry run")
bumps = {(r["label"], r["feeds"], r.get("bump", 1)): r for r in rows if r["scenario"] == "bump"}
for (_, _, number), r in bumps.items():
    # The first bump also pays for the JIT compiling the changed path; later ones are the warm steady state.
    print(f"  {r['label']:32} N={r['feeds']:<6} bump {number}: {r['cpu_ms_per_poll']:6.2f} ms CPU per poll of the window, "
          f"{r['cpu_ms_per_changed_poll']:6.2f} ms per changed poll ({r['full']} changed, {r['not_modified']} 304, "
          f"{r['posts']} dry-run posts, {r['window_s']} s); load {r['load']}")
print("## Memory after the rounds")
for r in latest("memory").values():
    print(f"  {r['label']:32} N={r['feeds']:<6} heap used {r['heap_used_mb']} MB ({r['heap_used_mb_after_gc']} MB after a full GC), "
          f"committed {r['heap_committed_mb']} MB, RSS {r['rss_mb']} MB")
print("## Capacity: all-304 polls one node sustains")
for r in latest("capacity-304").values():
    print(f"  {r['label']:32} N={r['feeds']:<6} every {r['every_s']} s ({r['due_per_s']} due/s): {r['polls_per_s']} polls/s, "
          f"{r['cpu_share_of_a_core']} cores busy, {r['cpu_ms_per_poll']} ms CPU per poll, {r['full']} full; heap {r['heap_used_mb']} MB "
          f"({r['heap_used_mb_after_gc']} after GC), RSS {r['rss_mb']} MB; load {r['load']}")
for r in latest("capacity-first-round").values():
    print(f"  {r['label']:32} N={r['feeds']:<6} start-up {r['startup_s']} s; first round done at {r['first_round_s']} s, "
          f"{r['first_round_cpu_ms'] / 1000:.0f} s CPU")
