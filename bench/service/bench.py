#!/usr/bin/env python3
"""The packaged service as a whole process, measured from the outside (bench/service/run.sh runs it).

CPU is the JVM's user+system time from /proc/<pid>/stat, RSS is VmRSS from /proc/<pid>/status,
heap is jvm_memory_used_bytes{area="heap"} from /actuator/prometheus. Polls are counted by the
loopback feed server (GET /stats), never from the service's logs or tables, so the same script
measures any scheduler. Posts made in dry run are counted from the log ("dry run account=... id=").

Scenarios (each starts its own feed server and its own service, and prints one JSON line per result):
  service    N feeds `every: E`, cold JVM: start-up, first round, a warm all-304 window, --bumps bumps
  cold       N feeds, cold JVM: start-up time and CPU, and CPU until every feed had its first poll
  capacity   N feeds with a short `every` so the node is saturated: all-304 polls per second
  feed2toot  feed2toot --dry-run over the same N feeds: a first run and a second run
"""
import argparse
import json
import shutil
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import base64

TICK = os.sysconf("SC_CLK_TCK")
ADMIN_PASSWORD = "bench-admin-password"
DRY_RUN_POST = re.compile(r"dry run account=\S+ id=")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ms(pid):
    """User + system CPU of the process (all its threads) so far, in milliseconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 // TICK


def thread_cpu_ms(pid):
    """CPU so far of the process's threads, in milliseconds, summed by name with digits taken out
    ("feed-poll-3" and "feed-poll-7" count as "feed-poll-N", "GC Thread#1" as "GC Thread#N")."""
    groups = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                text = f.read()
        except OSError:
            continue
        name = re.sub(r"\d+", "N", text[text.index("(") + 1:text.rindex(")")])
        fields = text.rsplit(")", 1)[1].split()
        groups[name] = groups.get(name, 0) + (int(fields[11]) + int(fields[12])) * 1000 // TICK
    return groups


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def http(url, method="GET", auth=False, timeout=10):
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    if auth:
        token = base64.b64encode(f"admin:{ADMIN_PASSWORD}".encode()).decode()
        request.add_header("Authorization", "Basic " + token)
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        return answer.read().decode()


class FeedServer:
    """bench's LoopbackFeedServer in its own JVM (the default java: the same for every service run)."""

    def __init__(self, classes, items, work):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(work, f"feed-server-{self.port}.log"), "w")
        self.process = subprocess.Popen(["java", "-Xmx1g", "-cp", classes, "nashir.feed.bench.LoopbackFeedServer",
                                         str(self.port), str(items)], stdout=self.log, stderr=subprocess.STDOUT)
        wait_for(lambda: self.stats() is not None, 30, "the feed server")

    def stats(self):
        try:
            text = http(self.base + "/stats")
        except OSError:
            return None
        values = dict(pair.split("=") for pair in text.split())
        return {key: int(value) for key, value in values.items()}

    def polls(self):
        s = self.stats()
        return s["full"] + s["not_modified"]

    def bump(self):
        http(self.base + "/bump", method="POST")

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.log.close()


class Service:
    """The packaged jar, its own JVM, H2 file database, account main in dry run, N schedule files."""

    def __init__(self, args, work, feeds, every, base, jvm_opts):
        self.home = tempfile.mkdtemp(prefix="service-", dir=work)
        schedules = os.path.join(self.home, "schedules")
        os.makedirs(schedules)
        for n in range(feeds):
            with open(os.path.join(schedules, f"feed-{n}.yml"), "w") as f:
                # No image: the composer would look for one on the story's page, on the internet.
                f.write(f'feed: {base}/feed/{n}\nevery: {every}s\ntemplate: "{{title}}\\n{{link}}"\nimage: none\n')
        self.port = free_port()
        self.log_path = os.path.join(self.home, "nashir.log")
        self.log = open(self.log_path, "w")
        command = [os.path.join(args.java_home, "bin", "java"), *jvm_opts, "-jar", args.jar,
                   f"--server.port={self.port}", f"--nashir.admin-password={ADMIN_PASSWORD}",
                   "--nashir.net.allowed-private-hosts=127.0.0.1", f"--nashir.data-dir={self.home}/data",
                   f"--nashir.schedules-dir={schedules}", "--nashir.schedules-min-every=1s",
                   "--nashir.accounts.main.dry-run=true"]
        self.started = time.monotonic()
        self.process = subprocess.Popen(command, cwd=self.home, stdout=self.log, stderr=subprocess.STDOUT,
                                        env={k: v for k, v in os.environ.items() if not k.startswith("X_")})
        self.pid = self.process.pid

    def wait_healthy(self, timeout=600):
        def up():
            if self.process.poll() is not None:
                raise SystemExit(f"the service exited with {self.process.returncode}; see {self.log_path}")
            try:
                return '"status":"UP"' in http(f"http://127.0.0.1:{self.port}/actuator/health", timeout=2)
            except OSError:
                return False
        wait_for(up, timeout, "the service to be healthy", step=0.1)
        return time.monotonic() - self.started

    def cpu(self):
        return cpu_ms(self.pid)

    def posts(self):
        with open(self.log_path, errors="replace") as f:
            return sum(1 for line in f if DRY_RUN_POST.search(line))

    def memory(self):
        """Heap used and committed (MB, from the service's metrics) and RSS (MB, from /proc)."""
        metrics = http(f"http://127.0.0.1:{self.port}/actuator/prometheus", auth=True)

        def heap(name):
            total = sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines()
                        if line.startswith(name + "{") and 'area="heap"' in line)
            return round(total / 2**20, 1)
        return {"heap_used_mb": heap("jvm_memory_used_bytes"), "heap_committed_mb": heap("jvm_memory_committed_bytes"),
                "rss_mb": rss_mb(self.pid)}

    def jcmd(self, java_home, *command):
        subprocess.run([os.path.join(java_home, "bin", "jcmd"), str(self.pid), *command],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)

    def memory_after_gc(self, java_home):
        self.jcmd(java_home, "GC.run")
        time.sleep(1)
        return {key + "_after_gc": value for key, value in self.memory().items()}

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def wait_for(condition, timeout, what, step=0.5):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out after {timeout} s waiting for {what}")
        time.sleep(step)


def report(out, record):
    record = {"at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "load": load_average(), **record}
    line = json.dumps(record, ensure_ascii=False)
    print(line, flush=True)
    with open(out, "a") as f:
        f.write(line + "\n")


def first_round(service, server, feeds, timeout):
    """Start-up, then until the feed server has seen every feed and the service has gone quiet."""
    healthy_s = service.wait_healthy()
    healthy_cpu, healthy_threads = service.cpu(), thread_cpu_ms(service.pid)
    wait_for(lambda: server.stats()["feeds"] >= feeds, timeout, f"the first poll of {feeds} feeds", step=1)
    round_s = time.monotonic() - service.started
    # The last polls' ledger writes finish just after the feed server answered them.
    time.sleep(3)
    # A first round longer than the interval (a loaded machine) also holds 304 polls of feeds done earlier.
    stats = server.stats()
    return {"startup_s": round(healthy_s, 2), "startup_cpu_ms": healthy_cpu,
            "first_round_s": round(round_s, 1), "first_round_cpu_ms": service.cpu(),
            "first_round_full": stats["full"], "first_round_not_modified": stats["not_modified"],
            "first_round_cpu_ms_by_thread": busiest_threads(healthy_threads, thread_cpu_ms(service.pid))}


def busiest_threads(before, after):
    """Where the CPU went between two looks, by thread (the ten busiest): JIT, GC and the sweep are not the polls."""
    spent = {name: ms - before.get(name, 0) for name, ms in after.items()}
    return dict(sorted(((n, ms) for n, ms in spent.items() if ms > 0), key=lambda kv: -kv[1])[:10])


def window(service, server, seconds):
    """CPU of the service and polls the feed server saw over a window."""
    cpu, threads, stats = service.cpu(), thread_cpu_ms(service.pid), server.stats()
    time.sleep(seconds)
    cpu2, threads2, stats2 = service.cpu(), thread_cpu_ms(service.pid), server.stats()
    full, not_modified = stats2["full"] - stats["full"], stats2["not_modified"] - stats["not_modified"]
    busiest = busiest_threads(threads, threads2)
    return {"window_s": seconds, "cpu_ms": cpu2 - cpu, "polls": full + not_modified, "full": full,
            "not_modified": not_modified, "cpu_ms_by_thread": busiest}


def bump_window(args, service, server, profile):
    """One new story on every feed: CPU, polls, posts and the busiest threads until every post is out."""
    posts, cpu, threads, stats, started = (service.posts(), service.cpu(), thread_cpu_ms(service.pid), server.stats(),
                                           time.monotonic())
    if profile:
        service.jcmd(args.java_home, "JFR.start", "name=bump", "settings=profile")
    server.bump()
    time.sleep(args.every + 2)
    # On a loaded machine a round of changed feeds can take several intervals.
    wait_for(lambda: service.posts() - posts >= args.feeds, max(args.every * 5, 900), f"{args.feeds} dry-run posts",
             step=1)
    time.sleep(2)
    if profile:
        service.jcmd(args.java_home, "JFR.stop", "name=bump", f"filename={os.path.abspath(profile)}")
    stats2, threads2 = server.stats(), thread_cpu_ms(service.pid)
    busiest = busiest_threads(threads, threads2)
    return {"window_s": round(time.monotonic() - started, 1), "cpu_ms": service.cpu() - cpu,
            "full": stats2["full"] - stats["full"], "not_modified": stats2["not_modified"] - stats["not_modified"],
            "posts": service.posts() - posts, "cpu_ms_by_thread": busiest}


def scenario_service(args, work, cold_only=False):
    server = FeedServer(args.classes, args.items, work)
    service = Service(args, work, args.feeds, args.every, server.base, args.jvm_opt)
    try:
        result = first_round(service, server, args.feeds, args.every * 3 + 600)
        common = {"label": args.label, "feeds": args.feeds, "every_s": args.every, "jvm_opts": " ".join(args.jvm_opt)}
        report(args.out, {"scenario": "cold", **common, **result})
        if cold_only:
            return
        # A full interval of 304s (or --warmup seconds) warms the JIT up before the measured window.
        time.sleep(args.warmup or args.every)
        steady = window(service, server, args.window)
        steady["cpu_ms_per_poll"] = round(steady["cpu_ms"] / max(1, steady["polls"]), 3)
        report(args.out, {"scenario": "steady-304", **common, **steady, **service.memory()})

        # One new story on every feed, posted in dry run: the window ends when every post is out. The first
        # bump also pays for the JIT compiling the changed path (the warm-up had only 304s); the later ones
        # are the warm steady state.
        for number in range(1, args.bumps + 1):
            profile = args.profile_bump if number == args.bumps else None
            bump = bump_window(args, service, server, profile)
            bump["cpu_ms_per_poll"] = round(bump["cpu_ms"] / max(1, bump["full"] + bump["not_modified"]), 3)
            # The window also holds some 304 polls (after the round): their steady cost comes off.
            bump["cpu_ms_per_changed_poll"] = round(
                (bump["cpu_ms"] - bump["not_modified"] * steady["cpu_ms_per_poll"]) / max(1, bump["full"]), 3)
            report(args.out, {"scenario": "bump", "bump": number, **common, **bump, **service.memory()})
        report(args.out, {"scenario": "memory", **common, **service.memory(), **service.memory_after_gc(args.java_home)})
    finally:
        service.stop()
        server.stop()


def scenario_capacity(args, work):
    server = FeedServer(args.classes, args.items, work)
    service = Service(args, work, args.feeds, args.every, server.base, args.jvm_opt)
    try:
        common = {"label": args.label, "feeds": args.feeds, "every_s": args.every, "items": args.items,
                  "jvm_opts": " ".join(args.jvm_opt)}
        result = first_round(service, server, args.feeds, 3600)
        report(args.out, {"scenario": "capacity-first-round", **common, **result})
        time.sleep(args.every)
        measured = window(service, server, args.window)
        measured["polls_per_s"] = round(measured["polls"] / args.window, 1)
        measured["due_per_s"] = round(args.feeds / args.every, 1)
        measured["cpu_share_of_a_core"] = round(measured["cpu_ms"] / (args.window * 1000), 2)
        measured["cpu_ms_per_poll"] = round(measured["cpu_ms"] / max(1, measured["polls"]), 3)
        report(args.out, {"scenario": "capacity-304", **common, **measured, **service.memory(),
                          **service.memory_after_gc(args.java_home)})
    finally:
        service.stop()
        server.stop()


def scenario_first_start(args, work):
    """A first start with --feeds new schedule files, until healthy: the feeds point at a closed port."""
    service = Service(args, work, args.feeds, args.every, "http://127.0.0.1:9", args.jvm_opt)
    try:
        healthy_s = service.wait_healthy()
        report(args.out, {"scenario": "first-start", "label": args.label, "files": args.feeds,
                          "healthy_s": round(healthy_s, 1), "cpu_ms": service.cpu(), "jvm_opts": " ".join(args.jvm_opt)})
    finally:
        service.stop()


def scenario_feed2toot(args, work):
    server = FeedServer(args.classes, args.items, work)
    try:
        urls = os.path.join(work, f"urls-{args.feeds}.txt")
        with open(urls, "w") as f:
            f.writelines(f"{server.base}/feed/{n}\n" for n in range(args.feeds))
        cred = os.path.join(work, "cred.txt")
        with open(cred, "w") as f:
            f.write("x\n")
        ini = os.path.join(work, f"feed2toot-{args.feeds}.ini")
        with open(ini, "w") as f:
            f.write(f"[mastodon]\ninstance_url=https://mastodon.example.com\nuser_credentials={cred}\n"
                    f"client_credentials={cred}\n[cache]\ncachefile={work}/cache-{args.feeds}.db\n"
                    f"[lock]\nlock_file={work}/feed2toot.lock\n[rss]\nuri_list={urls}\ntoot={{title}} {{link}}\n")
        for run in ("first", "second"):
            before = os.times()
            polls = server.polls()
            started = time.monotonic()
            code = subprocess.run(["feed2toot", "-c", ini, "--dry-run", "--limit", "50"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            after = os.times()
            cpu = (after.children_user + after.children_system - before.children_user - before.children_system) * 1000
            report(args.out, {"scenario": "feed2toot", "run": run, "feeds": args.feeds, "exit": code,
                              "wall_s": round(time.monotonic() - started, 1), "cpu_ms": round(cpu),
                              "polls": server.polls() - polls, "cpu_ms_per_feed": round(cpu / args.feeds, 2)})
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", choices=["service", "cold", "capacity", "first-start", "feed2toot"])
    parser.add_argument("--jar", default="target/nashir.jar")
    parser.add_argument("--java-home", default=os.environ.get("JAVA_HOME", "/usr/lib/jvm/default-java"))
    parser.add_argument("--classes", required=True, help="where LoopbackFeedServer is compiled")
    parser.add_argument("--out", required=True, help="JSON lines are appended here")
    parser.add_argument("--label", default="")
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--every", type=int, default=60, help="seconds")
    parser.add_argument("--warmup", type=int, help="seconds of 304s before the measured window (default: one interval)")
    parser.add_argument("--window", type=int, default=120, help="measured window, seconds")
    parser.add_argument("--items", type=int, default=50, help="items per feed")
    parser.add_argument("--jvm-opt", action="append", default=[], help="a JVM option (repeatable)")
    parser.add_argument("--bumps", type=int, default=3,
                        help="service: bumps one after another (the first also pays for the JIT; default 3)")
    parser.add_argument("--profile-bump", metavar="FILE",
                        help="service: record the last bump's window with JFR (settings=profile) into FILE")
    args = parser.parse_args()
    # A benchmark stopped with SIGTERM still stops the service and the feed server it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args.jar = os.path.abspath(args.jar)
    args.out = os.path.abspath(args.out)
    work = tempfile.mkdtemp(prefix="nashir-service-bench-")
    {"service": scenario_service, "cold": lambda a, w: scenario_service(a, w, cold_only=True),
     "capacity": scenario_capacity, "first-start": scenario_first_start,
     "feed2toot": scenario_feed2toot}[args.scenario](args, work)
    shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
