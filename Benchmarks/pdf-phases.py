#!/usr/bin/env python3
# Times one headless Chromium over --remote-debugging-pipe as `shopsite pdf` drives it: start, page load, printToPDF.
# Usage: PP='{"generateTaggedPDF": false}' N=3 python3 Benchmarks/pdf-phases.py file:///…/quotes/Q-2025-0104.html [chromium flags]
import os, sys, json, time, subprocess, base64
flags = sys.argv[2:] if len(sys.argv) > 2 else []
url = sys.argv[1]
r1, w1 = os.pipe(); r2, w2 = os.pipe()
t0 = time.time()
def pre():
    a = os.dup(r1); b = os.dup(w2)
    os.dup2(a, 3); os.dup2(b, 4)
    os.set_inheritable(3, True); os.set_inheritable(4, True)
prof = "/tmp/pdf-phases-%d" % os.getpid()
p = subprocess.Popen(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe",
                      "--user-data-dir=" + prof] + flags, preexec_fn=pre, pass_fds=(3, 4) if False else (), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False)
os.close(r1); os.close(w2)
buf = b""; nid = 0
def send(method, params={}, session=None):
    global nid, buf
    nid += 1
    m = {"id": nid, "method": method, "params": params}
    if session: m["sessionId"] = session
    os.write(w1, json.dumps(m).encode() + b"\0")
    return wait(lambda o: o.get("id") == nid)
def wait(pred):
    global buf
    while True:
        while b"\0" in buf:
            i = buf.index(b"\0"); o = json.loads(buf[:i]); buf = buf[i+1:]
            if pred(o): return o
        buf += os.read(r2, 1 << 16)
t = send("Target.createTarget", {"url": "about:blank"})["result"]["targetId"]
s = send("Target.attachToTarget", {"targetId": t, "flatten": True})["result"]["sessionId"]
send("Page.enable", session=s)
t1 = time.time()
for i in range(int(os.environ.get("N", "1"))):
    a = time.time()
    send("Page.navigate", {"url": url}, session=s)
    wait(lambda o: o.get("method") == "Page.loadEventFired")
    b = time.time()
    d = send("Page.printToPDF", dict({"printBackground": True, "preferCSSPageSize": True}, **json.loads(os.environ.get("PP", "{}"))), session=s)
    c = time.time()
    print("run %d: load %.0f ms, printToPDF %.0f ms, %d bytes" % (i, (b-a)*1000, (c-b)*1000, len(d["result"]["data"])))
print("browser start to ready: %.0f ms" % ((t1-t0)*1000))
send("Browser.close")
p.wait()
subprocess.run(["rm", "-rf", prof])
