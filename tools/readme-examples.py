#!/usr/bin/env python3
"""readme-examples.py [--write] [FILE.md ...]: runs every `$ sgdsim …` command shown in the text blocks of README.md
and docs/*.md (or of the files named) and compares what it prints with the output shown under it (up to the next `$ `
line or the end of the block); and checks that every relative link of those pages names a file of the repository,
and every `#anchor` a heading of its page.

It runs each page's commands in order the way the page does, from a scratch folder of the page's own that sees the
repository's `traces/` and `samples/` and, as `../shared`, the shared measurements when they are present (commands
that need them are skipped otherwise), with `sgdsim` the CLI built from this clone (`dotnet build src/SgdSim.Cli -c
Release` first; a Debug build is used when there is no Release one); a file shown with `$ cat FILE` is written there
first. Outputs shown with a `…` line are excerpts: only the command's exit code is checked for those. A command of
README.md may not read `../shared` (a clone from GitHub lacks it), and only docs/accuracy.md, which is about them, may
read the ground-truth sets of `../shared/groundtruth`. With --write, full outputs that differ are replaced by what the
command prints now. Exit code 1 when a command fails, a link is broken, a command reads what its page may not, or
(without --write) an output differs."""
import glob, os, re, shutil, subprocess, sys, tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
write = '--write' in sys.argv
pages = [os.path.abspath(a) for a in args] or [os.path.join(repo, 'README.md')] + sorted(glob.glob(os.path.join(repo, 'docs', '*.md')))
shared = os.path.abspath(os.path.join(repo, '..', 'shared'))
builds = [os.path.join(repo, 'src', 'SgdSim.Cli', 'bin', c, 'net10.0', 'SgdSim.Cli.dll') for c in ('Release', 'Debug')]
cli = next((b for b in builds if os.path.exists(b)), None)
if cli is None:
    sys.exit(f'readme-examples: {builds[0]} is missing: run dotnet build src/SgdSim.Cli -c Release first')


def slug(heading):
    """The anchor GitHub gives a heading: lower case, punctuation but hyphens dropped, spaces as hyphens."""
    text = heading.lstrip('#').strip().lower()
    return re.sub(r'[^\w\- ]', '', text).replace(' ', '-')


def anchors(path):
    found, fence = set(), False
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('```'):
            fence = not fence
        elif not fence and line.startswith('#'):
            found.add(slug(line))
    return found


def check_links(page):
    """The broken relative links of page, as messages."""
    problems, fence = [], False
    for number, line in enumerate(open(page, encoding='utf-8').read().split('\n'), 1):
        if line.startswith('```'):
            fence = not fence
        if fence:
            continue
        for target in re.findall(r'\]\(([^)\s]+)\)', re.sub(r'`[^`]*`', '', line)):
            if re.match(r'[a-z]+:', target):
                continue
            path, _, anchor = target.partition('#')
            file = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
            if not os.path.exists(file):
                problems.append(f'{name(page)} line {number}: the link {target} names no file')
            elif anchor and file.endswith('.md') and anchor not in anchors(file):
                problems.append(f'{name(page)} line {number}: the link {target} names no heading of {name(file)}')
    return problems


def name(path):
    return os.path.relpath(path, repo)


def run_page(page):
    """Runs the commands of page; returns (ran, skipped, failed, differ)."""
    scratch = tempfile.mkdtemp(prefix='readme-examples-')
    work = os.path.join(scratch, 'repo')
    os.makedirs(work)
    for folder in ('traces', 'samples'):
        os.symlink(os.path.join(repo, folder), os.path.join(work, folder))
    if os.path.isdir(shared):
        os.symlink(shared, os.path.join(scratch, 'shared'))
    bindir = os.path.join(scratch, 'bin')
    os.makedirs(bindir)
    with open(os.path.join(bindir, 'sgdsim'), 'w') as f:
        f.write(f'#!/bin/sh\nexec dotnet "{cli}" "$@"\n')
    os.chmod(os.path.join(bindir, 'sgdsim'), 0o755)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ['PATH'], NO_COLOR='1')
    env.pop('COLUMNS', None)
    where = name(page)

    lines = open(page, encoding='utf-8').read().split('\n')
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
            if '../shared' in command and (where == 'README.md' or ('../shared/groundtruth' in command and where != os.path.join('docs', 'accuracy.md'))):
                failed += 1
                print(f'{where} line {i + 1}: `{command}` reads ../shared, which a clone lacks: only docs/accuracy.md shows the ground-truth sets')
                out.extend(shown)
                i = j
                continue
            if '../shared' in command and not os.path.isdir(shared):
                skipped += 1
                out.extend(shown)
                i = j
                continue
            run = subprocess.run(['bash', '-c', command], cwd=work, env=env, capture_output=True, text=True, timeout=1800)
            ran += 1
            printed = (run.stdout + run.stderr).rstrip('\n').split('\n') if (run.stdout + run.stderr).strip() else []
            # Leave a blank line between the output and the next command, as the pages do.
            trailing = [] if j >= len(lines) or lines[j] == '```' else ['']
            excerpt = any(l.strip() == '…' for l in shown)
            expects_error = any(l.startswith('sgdsim: ') for l in shown)
            if run.returncode != 0 and not expects_error:
                failed += 1
                print(f'{where} line {i + 1}: `{command}` exited {run.returncode}: {(run.stderr or run.stdout).strip().splitlines()[-1:]}')
                out.extend(shown)
            elif excerpt or printed + trailing == shown:
                out.extend(shown)
            else:
                differ += 1
                print(f'{where} line {i + 1}: `{command}` prints other output than the page shows')
                out.extend(printed + trailing if write else shown)
            i = j
        if i < len(lines):
            out.append(lines[i])
            i += 1

    shutil.rmtree(scratch, ignore_errors=True)
    if write and differ:
        with open(page, 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    print(f'{where}: {ran} commands run, {skipped} skipped (no ../shared), {failed} failed, {differ} with other output{" (rewritten)" if write and differ else ""}')
    return ran, skipped, failed, differ


totals = [0, 0, 0, 0]
broken = []
for page in pages:
    broken += check_links(page)
    totals = [t + n for t, n in zip(totals, run_page(page))]
for problem in broken:
    print(problem)
ran, skipped, failed, differ = totals
print(f'readme-examples: {len(pages)} pages, {ran} commands run, {skipped} skipped (no ../shared), {failed} failed, '
      f'{differ} with other output{" (rewritten)" if write and differ else ""}, {len(broken)} broken links')
sys.exit(1 if failed or broken or (differ and not write) else 0)
