#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: by thread, by method (self and inclusive), by library.

    jfr_top.py RECORDING.jfr [--java-home H] [--top N] [--thread PREFIX]

Reads `jfr print --events jdk.ExecutionSample` (the JDK's own tool). Thread names lose their digits
(feed-poll-3 -> feed-poll-N). "Inclusive" counts a method once per sample it is anywhere in, so it
says how much of the CPU ran under it (Rome's parse, an H2 commit, a jsoup parse).
"""
import argparse
import collections
import os
import re
import subprocess

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")
THREAD = re.compile(r'sampledThread = "([^"]*)"')
LIBRARIES = [("com.rometools", "Rome"), ("org.jdom2", "JDOM (Rome's tree)"), ("org.jsoup", "jsoup"),
             ("org.h2", "H2"), ("org.postgresql", "PostgreSQL driver"), ("com.zaxxer", "HikariCP"),
             ("org.apache.hc", "HttpClient"), ("com.twitter.twittertext", "twitter-text"),
             ("com.ibm.icu", "ICU"), ("org.springframework", "Spring"), ("ch.qos.logback", "Logback"),
             ("org.apache.xerces", "Xerces (SAX)"), ("com.sun.org.apache.xerces", "JDK XML"),
             ("java.util.regex", "regex"), ("nashir.", "Nashir")]


def samples(recording, java_home):
    text = subprocess.run([os.path.join(java_home, "bin", "jfr"), "print", "--events", "jdk.ExecutionSample",
                           "--stack-depth", "128", recording], capture_output=True, text=True, check=True).stdout
    thread, frames = None, []
    for line in text.splitlines():
        m = THREAD.search(line)
        if m:
            thread = re.sub(r"\d+", "N", m.group(1))
            continue
        m = FRAME.match(line)
        if m:
            frames.append(m.group(1))
        elif line.strip() == "}" and frames:
            yield thread, frames
            thread, frames = None, []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording")
    parser.add_argument("--java-home", default=os.environ.get("JAVA_HOME", "/usr/lib/jvm/default-java"))
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--thread", help="only threads whose name starts with this")
    args = parser.parse_args()
    threads, self_time, inclusive, libraries = (collections.Counter() for _ in range(4))
    total = 0
    for thread, frames in samples(args.recording, args.java_home):
        threads[thread] += 1
        if args.thread and not (thread or "").startswith(args.thread):
            continue
        total += 1
        self_time[frames[0]] += 1
        for method in set(frames):
            inclusive[method] += 1
        seen = {name for prefix, name in LIBRARIES for frame in frames if frame.startswith(prefix)}
        for name in seen:
            libraries[name] += 1

    def table(title, counter, n):
        print(f"\n{title} (of {total} samples)")
        for key, count in counter.most_common(n):
            print(f"{100 * count / max(1, total):6.1f}%  {count:6d}  {key}")
    print("samples by thread:", dict(threads.most_common()))
    table("libraries anywhere in the stack", libraries, len(LIBRARIES))
    table("self", self_time, args.top)
    table("inclusive", inclusive, args.top)


if __name__ == "__main__":
    main()
