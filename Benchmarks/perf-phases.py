#!/usr/bin/env python3
"""Sums `perf record -g` samples of shopsite by phase (outermost known frame) and by leaf kind.

Usage: perf script -i perf.data | swift demangle --simplified | python3 Benchmarks/perf-phases.py
A sample belongs to the deepest phase marker found on its stack (so `yaml` inside `decode` counts as yaml).
"""
import re
import sys
from collections import Counter

# (phase, regex on a demangled-or-mangled frame name); later entries are more specific.
PHASES = [
    ("startup/exit", r"^_dl_|exit_mmap|do_exit|^exit |__run_exit_handlers"),
    ("main other", r"^shopsite_main"),
    ("site build", r"SiteBuild|ShopChecks"),
    ("walk", r"ContentWalker"),
    ("decode fields", r"EntityDecoder|FieldReader|ParamValue"),
    ("read file", r"ContentFiles\.contents|FileBuffer\.read"),
    ("split", r"FrontMatterSplitter|UTF8Text"),
    ("yaml tree", r"YAMLTreeBuilder|YAMLReader"),
    ("yaml libyaml", r"^yaml_"),
    ("merge (ContentSet.add)", r"ContentSet|IDRegistry"),
    ("resolve", r"ReferenceResolver|ShopLoader\.assemble|OrderIndex|TrafficDecoder|CSVReader"),
    ("shop init", r"^Shop\.init"),
    ("checks", r"ShopChecks|BannedTerm"),
    ("analytics", r"ShopAnalytics|AnalyticsIndex|ProductTallies"),
    ("report json", r"ShopReport\.json|JSONValue|ShopReport\.(window|product|customer|order|quote)|JSONWriter"),
    ("site data", r"SiteData\.init|SiteData\.globals|PageList"),
    ("render pages", r"PageRenderer|TemplateLibrary\.render"),
    ("page context", r"SiteData\.context|SiteData\.add|DataTable|ChartPanel"),
    ("markdown", r"HTMLText\.markdown|^cmark_|libcmark"),
    ("write files", r"StagingFolder\.write|FileSystem\.(write|overwrite)|prepareDirectory"),
    ("commit (prune, swap, remove)", r"StagingFolder\.(commit|discard)|FileSystem\.(prune|removeTree)"),
    ("search index", r"SearchIndex"),
    ("assets", r"AssetCopier"),
    ("output write", r"CommandOutcome|FileHandle|^fwrite|^write |writeAll"),
]
LEAVES = [
    ("malloc/free", r"malloc|_int_free|free|cfree|consolidate|unlink_chunk|tcache|sysmalloc|realloc"),
    ("retain/release", r"swift_retain|swift_release|swift_bridgeObject|doDecrement|swift_arrayDestroy|_swift_release_dealloc|swift_deallocClassInstance|StorageCfD"),
    ("hashing", r"Hasher|hash|Dictionary|_NativeDictionary|_NativeSet"),
    ("memcpy", r"memmove|memcpy|memset"),
    ("string", r"String|Substring|UTF8|_StringGuts|unicode"),
    ("kernel", r"\[kernel\.kallsyms\]"),
    ("libyaml", r"libyaml"),
]

def main():
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    detail = sys.argv[1] if len(sys.argv) > 1 else None  # a phase name: also list its top stacks
    stacks = Counter()
    timeline = []  # main thread: [start time, phase, samples] per run of samples in one phase
    phase_counts, leaf_counts, total = Counter(), Counter(), 0
    threads = Counter()
    frames, header = [], None
    def flush():
        nonlocal total
        if header is None:
            return
        total += 1
        main_thread = header.startswith("shopsite ")
        threads["main" if main_thread else "worker"] += 1
        # Serial: the main thread outside a parallel loop (the part two cores cannot share).
        if main_thread and not any("concurrentPerform" in f or "dispatch_apply" in f for f in frames):
            threads["main, serial"] += 1
        phase = "unattributed"
        for name, pattern in PHASES:  # deepest-in-list wins when several match: scan list order, keep last match
            if any(re.search(pattern, f) for f in frames):
                phase = name
        phase_counts[phase] += 1
        if main_thread:
            stamp = float(header.split()[2].rstrip(":"))
            shown = "parallel loop" if any("concurrentPerform" in f or "dispatch_apply" in f for f in frames) else phase
            if not timeline or timeline[-1][1] != shown:
                timeline.append([stamp, shown, 0])
            timeline[-1][2] += 1
        if phase == detail:
            stacks[" < ".join(f.split(" [")[0][:60] for f in frames[:6])] += 1
        leaf = frames[0] if frames else ""
        kind = "other (own code)"
        for name, pattern in LEAVES:
            if re.search(pattern, leaf):
                kind = name
                break
        leaf_counts[kind] += 1
    for line in sys.stdin:
        if not line.strip():
            flush(); frames, header = [], None
        elif not line.startswith(("\t", " ")):
            header = line
        else:
            # "addr symbol+0xoff (dso)": keep "symbol (dso basename)" so patterns match names, not paths.
            m = re.match(r"\s*[0-9a-f]+ (.*?)(\+0x[0-9a-f]+)? \((.*)\)$", line)
            frames.append(f"{m.group(1)} [{m.group(3).rsplit('/', 1)[-1]}]" if m else line.strip())
    flush()
    print(f"{total} samples; threads: " + ", ".join(f"{k} {v * 100 / total:.1f}%" for k, v in threads.most_common()))
    if timeline:
        print("\nmain thread timeline (runs of at least 10 samples; ms from the first sample):")
        t0, merged = timeline[0][0], []
        for start, phase, n in timeline:
            if merged and merged[-1][1] == phase:
                merged[-1][2] += n
            elif n >= 10 or not merged:
                merged.append([start, phase, n])
            else:
                merged[-1][2] += n
        for start, phase, n in merged:
            print(f"  {(start - t0) * 1000:7.0f} ms  {phase:28} {n} samples")
    print("\nby phase (deepest marker on the stack):")
    for name, n in phase_counts.most_common():
        print(f"  {name:28} {n * 100 / total:5.1f}%")
    if detail:
        print(f"\ntop stacks of {detail} (leaf first):")
        for stack, n in stacks.most_common(25):
            print(f"  {n * 100 / total:5.1f}%  {stack}")
    print("\nby leaf kind:")
    for name, n in leaf_counts.most_common():
        print(f"  {name:28} {n * 100 / total:5.1f}%")

main()
