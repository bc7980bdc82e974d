#!/usr/bin/env python3
"""readme-examples.py [--write] [README]: runs every `$ sgdsim …` command shown in the README's text blocks and
compares what it prints with the output shown under it (up to the next `$ ` line or the end of the block).

It runs the commands the way the README does, from a scratch folder that sees the repository's `traces/` and
`samples/` and, as `../shared`, the shared measurements when they are present (commands that need them are skipped
otherwise), with `sgdsim` the CLI built from this clone (`dotnet build src/SgdSim.Cli -c Release` first); a file
shown with `$ cat FILE` is written there first. Outputs
shown with a `…` line are excerpts: only the command's exit code is checked for those. With --write, full outputs
that differ are replaced by what the command prints now. Exit code 1 when a command fails or (without --write) an
output differs."""
import os, re, shutil, subprocess, sys, tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
write = '--write' in sys.argv
readme = args[0] if args else os.path.join(repo, 'README.md')
shared = os.path.abspath(os.path.join(repo, '..', 'shared'))
cli = os.path.join(repo, 'src', 'SgdSim.Cli', 'bin', 'Release', 'net10.0', 'SgdSim.Cli.dll')
if not os.path.exists(cli):
    sys.exit(f'readme-examples: {cli} is missing: run dotnet build src/SgdSim.Cli -c Release first')

scratch = tempfile.mkdtemp(prefix='readme-examples-')
work = os.path.join(scratch, 'repo')
os.makedirs(work)
for name in ('traces', 'samples'):
    os.symlink(os.path.join(repo, name), os.path.join(work, name))
if os.path.isdir(shared):
    os.symlink(shared, os.path.join(scratch, 'shared'))
bindir = os.path.join(scratch, 'bin')
os.makedirs(bindir)
with open(os.path.join(bindir, 'sgdsim'), 'w') as f:
    f.write(f'#!/bin/sh\nexec dotnet "{cli}" "$@"\n')
os.chmod(os.path.join(bindir, 'sgdsim'), 0o755)
env = dict(os.environ, PATH=bindir + os.pathsep + os.environ['PATH'], NO_COLOR='1')
env.pop('COLUMNS', None)

lines = open(readme, encoding='utf-8').read().split('\n')
out, i, failed, differ, ran, skipped = [], 0, 0, 0, 0, 0
while i < len(lines):
    out.append(lines[i])
    if lines[i] != '```text':
        i += 1
        continue
    i += 1
    while i < len(lines) and lines[i] != '```':
        line = lines[i]
        if line.startswith('$ cat '):
            # A file the next commands read, shown with cat: write it into the scratch folder.
            j = i + 1
            while j < len(lines) and lines[j] != '```' and not lines[j].startswith('$ '):
                j += 1
            with open(os.path.join(work, line[len('$ cat '):].strip()), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines[i + 1:j]) + '\n')
            out.extend(lines[i:j])
            i = j
            continue
        if not line.startswith('$ sgdsim'):
            out.append(line)
            i += 1
            continue
        command = line[2:]
        j = i + 1
        while j < len(lines) and lines[j] != '```' and not lines[j].startswith('$ '):
            j += 1
        shown = lines[i + 1:j]
        out.append(line)
        if '../shared' in command and not os.path.isdir(shared):
            skipped += 1
            out.extend(shown)
            i = j
            continue
        run = subprocess.run(['bash', '-c', command], cwd=work, env=env, capture_output=True, text=True, timeout=1800)
        ran += 1
        printed = (run.stdout + run.stderr).rstrip('\n').split('\n') if (run.stdout + run.stderr).strip() else []
        # Leave a blank line between the output and the next command, as the README does.
        trailing = [] if j >= len(lines) or lines[j] == '```' else ['']
        excerpt = any(l.strip() == '…' for l in shown)
        expects_error = any(l.startswith('sgdsim: ') for l in shown)
        if run.returncode != 0 and not expects_error:
            failed += 1
            print(f'README line {i + 1}: `{command}` exited {run.returncode}: {(run.stderr or run.stdout).strip().splitlines()[-1:]}')
            out.extend(shown)
        elif excerpt or printed + trailing == shown:
            out.extend(shown)
        else:
            differ += 1
            print(f'README line {i + 1}: `{command}` prints other output than the README shows')
            out.extend(printed + trailing if write else shown)
        i = j
    if i < len(lines):
        out.append(lines[i])
        i += 1

shutil.rmtree(scratch, ignore_errors=True)
if write and differ:
    with open(readme, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
print(f'readme-examples: {ran} commands run, {skipped} skipped (no ../shared), {failed} failed, {differ} with other output{" (rewritten)" if write and differ else ""}')
sys.exit(1 if failed or (differ and not write) else 0)
