#!/usr/bin/env python3
"""Usage: perf record -a -g -e cpu-clock -F 1000 -e sched:sched_switch -e sched:sched_wakeup -e sched:sched_wakeup_new
-o s.data -- shopsite build SHOP --output OUT; perf script -i s.data -F comm,pid,tid,cpu,time,event,trace,ip,sym,dso |
swift demangle --simplified | python3 Benchmarks/perf-demand.py [BUCKET_SECONDS [x]]

Reads `perf script` of a system-wide record (cpu-clock -g + sched_switch/wakeup) and reports, for the shopsite
process, CPU samples by phase and by how many of its threads wanted a CPU at that moment (running or runnable).
Estimated calm wall = CPU at demand 1 + CPU at demand >= 2 / 2 (two cores). A busy machine loses some scheduler
events: a thread with no event for 150 ms no longer counts as wanting a CPU."""
import re, sys, collections
src = open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), 'perf-phases.py')).read()
PH = eval(src[src.index('PHASES = ['):].split('\n]\n')[0].split('=',1)[1] + '\n]')
PH = [(n, re.compile(p)) for n, p in PH]
hdr = re.compile(r'^\s*(.+?)\s+(\d+)/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(\S+):\s*(.*)$')
state = {}  # tid -> 'run' | 'ready' | 'blocked'
last = {}
NOW = [0.0]
ours = set(); pid0 = None
samples = []  # (time, tid, demand, phase)
cur = None; frames = []
def demand(): return sum(1 for t, s in state.items() if s != 'blocked' and NOW[0] - last.get(t, 0) < 0.15)
def phase_of(frames):
    ph = 'unattr'
    for n, p in PH:
        if any(p.search(f) for f in frames): ph = n
    if ph == 'unattr':
        u = [f for f in frames if 'kallsyms' not in f and '[unknown]' not in f]
        k = [f for f in frames if 'kallsyms' in f]
        if k and u: ph = 'k:' + u[0].split()[1][:24]
        elif k: ph = 'k:' + k[-1].split()[1][:24]
    return ph
def flush():
    global cur
    if cur is None: return
    comm, pid, tid, t, ev, rest = cur
    if ev == 'cpu-clock' and pid == pid0:
        samples.append((t, tid, demand(), phase_of(frames)))
    cur = None
for line in sys.stdin:
    if not line.strip():
        flush(); frames = []; continue
    m = hdr.match(line)
    if m:
        flush(); frames = []
        comm, pid, tid, cpu, t, ev, rest = m.groups(); pid, tid, t = int(pid), int(tid), float(t)
        if pid0 is None and comm.startswith('shopsite'): pid0 = pid
        if pid == pid0: ours.add(tid)
        NOW[0] = t
        if pid == pid0: last[tid] = t
        if ev == 'sched:sched_switch':
            a = dict(kv.split('=', 1) for kv in re.findall(r'(\w+=\S+)', rest))
            p, n = int(a['prev_pid']), int(a['next_pid'])
            if p in ours or pid == pid0:
                ours.add(p); state[p] = 'ready' if a['prev_state'].startswith('R') else 'blocked'
            if n in ours: state[n] = 'run'; last[n] = t
            if p in ours: last[p] = t
        elif ev in ('sched:sched_wakeup', 'sched:sched_wakeup_new'):
            a = dict(kv.split('=', 1) for kv in re.findall(r'(\w+=\S+)', rest))
            w = int(a['pid'])
            if ev.endswith('new') and pid == pid0: ours.add(w)
            if w in ours and state.get(w) != 'run': state[w] = 'ready'; last[w] = t
        cur = (comm, pid, tid, t, ev, rest)
        if pid == pid0 and ev == 'cpu-clock': state[tid] = 'run'
        continue
    frames.append(re.sub(r'^\s*[0-9a-f]+ ', '', line.rstrip()))
flush()
tot = len(samples); by = collections.Counter(); ph = collections.defaultdict(collections.Counter)
for t, tid, d, p in samples:
    k = '1' if d <= 1 else '2+'
    by[k] += 1; ph[k][p] += 1
c1, c2 = by['1'], by['2+']
print(f"samples {tot} (ms of CPU); demand 1: {c1}, demand >=2: {c2}; calm wall estimate {c1 + c2/2:.0f} ms; "
      f"share of the estimate with both cores busy {c2/2/(c1+c2/2)*100:.0f}%")
print("serial (demand 1) by phase:")
for p, n in ph['1'].most_common(14): print(f"   {p:34} {n:6d}")
print("parallel (demand >=2) by phase:")
for p, n in ph['2+'].most_common(14): print(f"   {p:34} {n:6d}")
if len(sys.argv) > 1:
    t0 = samples[0][0]; b = float(sys.argv[1]); rows = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    for t, tid, d, p in samples:
        r = rows[int((t - t0) / b)]; r[0 if d <= 1 else 1] += 1; r[2][p] += 1
    for k in sorted(rows):
        r = rows[k]; print(f"  {k*b:6.1f}s d1 {r[0]:4d} d2 {r[1]:4d} | " + ', '.join(f'{p} {n}' for p, n in r[2].most_common(3)))
if len(sys.argv) > 2:
    dd = collections.Counter(d for _, _, d, _ in samples); print('demand histogram', sorted(dd.items()))
    print('final states', state)
    tidc = collections.Counter(tid for _, tid, _, _ in samples); print('samples per tid', tidc.most_common(10))
