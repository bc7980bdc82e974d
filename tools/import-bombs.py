#!/usr/bin/env python3
"""Peak memory of importing small files that ask for a great deal.

Writes each input below into a temporary folder, runs `sgdsim inspect` on it in a process of its own and prints
its exit code, its peak resident set size (from the kernel's accounting of that process, os.wait4) and the first
line it wrote to stderr. docs/reference.md's table of limits quotes these figures.

    dotnet build src/SgdSim.Cli -c Release
    python3 tools/import-bombs.py [--cli src/SgdSim.Cli/bin/Release/net10.0/SgdSim.Cli.dll] [--only NAME]
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time

EVENTS = 10_000_000  # the default event limit of one trace file
STEP = b'{"ph": "X", "cat": "user_annotation", "name": "ProfilerStep#1", "pid": 1, "tid": 1, "ts": 1, "dur": 100000000},'


def kineto(path, head, chunks):
    """A gzip-compressed Kineto file: its head events, then every chunk of bytes, then a closing event."""
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b'{"schemaVersion": 1, "traceEvents": [' + head)
        for chunk in chunks:
            f.write(chunk)
        f.write(b'{"ph": "i"}]}')


def repeated(event, count, per_chunk=10_000):
    block = event * per_chunk
    for _ in range(count // per_chunk):
        yield block
    yield event * (count % per_chunk)


def varint(n):
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def chakra_nodes(path, count):
    """A Chakra file of tiny node messages (an id and a name each)."""
    with open(path, "wb") as f:
        f.write(bytes([0x05, 0x0A, 0x03]) + b"0.1")
        buf = bytearray()
        for i in range(1, count + 1):
            body = b"\x08" + varint(i) + b"\x12\x01a"
            buf += varint(len(body)) + body
            if len(buf) > 1 << 20:
                f.write(buf)
                buf.clear()
        f.write(buf)


def sequential_ops(count):
    for start in range(0, count, 10_000):
        yield b"".join(
            b'{"ph": "X", "cat": "cpu_op", "name": "aten::mm", "pid": 1, "tid": 2, "ts": %d, "dur": 1},' % (t + 2)
            for t in range(start, min(start + 10_000, count)))


def nested_ops(count):
    for start in range(0, count, 10_000):
        yield b"".join(
            b'{"ph": "X", "cat": "cpu_op", "name": "aten::mm", "pid": 1, "tid": 2, "ts": %d, "dur": %d},' % (t + 2, 2 * (count - t))
            for t in range(start, min(start + 10_000, count)))


INPUTS = {
    # name: (file name, writer, what it is)
    "tiny-events": ("tiny.json.gz", lambda p: kineto(p, b"", repeated(b'{"ph": "X", "name": "a", "pid": 1, "tid": 1, "ts": 1, "dur": 1},', EVENTS)),
                    "10,000,000 identical one-line events, no step"),
    "one-wide-step": ("wide.json.gz", lambda p: kineto(p, STEP, sequential_ops(EVENTS - 1)),
                      "one ProfilerStep span around 9,999,999 operators one after another"),
    "deep-nesting": ("deep.json.gz", lambda p: kineto(p, STEP, nested_ops(EVENTS - 1)),
                     "one ProfilerStep span around 9,999,999 operators each inside the one before"),
    "many-steps": ("steps.json.gz", lambda p: kineto(p, b"", repeated(STEP, EVENTS)), "10,000,000 ProfilerStep spans"),
    "flow-ends": ("flows.json.gz", lambda p: kineto(p, STEP, repeated(b'{"ph": "s", "id": 1, "cat": "ac2g", "name": "f", "pid": 1, "tid": 2, "ts": 5},', EVENTS - 1)),
                  "one ProfilerStep span and 9,999,999 flow starts"),
    "huge-string": ("string.json.gz", lambda p: kineto(p, b'{"ph": "X", "name": "', [b"a" * (1 << 20)] * 65 + [b'"},']),
                    "an event name of 65 MiB"),
    "chakra-nodes": ("nodes.0.et", lambda p: chakra_nodes(p, EVENTS), "a Chakra file of 10,000,000 tiny nodes (88 MB)"),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default="src/SgdSim.Cli/bin/Release/net10.0/SgdSim.Cli.dll")
    parser.add_argument("--only", action="append", choices=sorted(INPUTS))
    args = parser.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f"import-bombs.py: {args.cli} not found; build it with `dotnet build src/SgdSim.Cli -c Release`")

    print(f"{'input':<14} {'exit':>4} {'peak RSS':>9} {'seconds':>7}  refusal")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.only or INPUTS:
            file_name, write, _ = INPUTS[name]
            path = os.path.join(folder, file_name)
            write(path)
            started = time.monotonic()
            child = subprocess.Popen(["dotnet", args.cli, "inspect", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            stderr = child.stderr.read().decode(errors="replace")
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            seconds = time.monotonic() - started
            first = stderr.strip().splitlines()[0] if stderr.strip() else ""
            first = first.replace(path, file_name)
            print(f"{name:<14} {child.returncode:>4} {usage.ru_maxrss / 1024:>6.0f} MB {seconds:>7.1f}  {first}", flush=True)
            os.remove(path)


if __name__ == "__main__":
    main()
