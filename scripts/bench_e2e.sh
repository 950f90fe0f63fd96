#!/usr/bin/env bash
# End-to-end throughput: builds a JSONL corpus of at least SIZE_MB megabytes
# from the project's sample articles (plus ../shared texts when present),
# codes it with `dyad code --emit documents`, and prints sentences/s,
# documents/s and peak RSS.
#   usage: scripts/bench_e2e.sh [SIZE_MB=100] [THREADS=1]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
threads=${2:-1}
corpus=${DYAD_BENCH_CORPUS:-/tmp/dyad_bench_${size_mb}mb.jsonl}
if [ ! -s "$corpus" ]; then
  python3 - "$size_mb" "$corpus" <<'PY'
import glob, json, os, re, sys
size, out = int(sys.argv[1]) * 1024 * 1024, sys.argv[2]
texts = [open(p, encoding='utf-8').read() for p in sorted(glob.glob('samples/*.txt'))]
shared = '../shared'
if os.path.isdir(shared):
    texts += [open(p, encoding='utf-8').read() for p in glob.glob(shared + '/seed/*.txt')]
    for p in glob.glob(shared + '/gold/*.xml') + glob.glob(shared + '/petrarch2/text/*.xml'):
        raw = open(p, encoding='utf-8', errors='replace').read()
        texts += [t.strip() for t in re.findall(r'<text>(.*?)</text>', raw, re.S | re.I) if len(t) > 200]
    try:
        texts += [g['text'] for g in json.load(open(shared + '/gold/plover_gsr_dev.json')) if g.get('text')]
    except Exception:
        pass
written, i = 0, 0
with open(out, 'w', encoding='utf-8') as f:
    while written < size:
        t = texts[i % len(texts)]
        line = json.dumps({'id': f'b{i}', 'date': '2012-02-07', 'text': t}) + '\n'
        f.write(line)
        written += len(line.encode())
        i += 1
print(f'corpus: {out}: {i} documents, {written / 1e6:.1f} MB', file=sys.stderr)
PY
fi
/usr/bin/time -v ${DYAD_BIN:-build/dyad} code --input-format jsonl --emit documents --threads "$threads" --stats "$corpus" \
  >/dev/null 2>/tmp/dyad_bench_err || true
grep -E '^dyad: documents=' /tmp/dyad_bench_err
grep -E 'Maximum resident set size' /tmp/dyad_bench_err | awk '{printf "peak_rss_mb=%.1f\n", $6/1024}'
