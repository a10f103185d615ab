#!/usr/bin/env bash
# Times Brink's `brink solve` and Gambit's command-line tools on the same games, on this machine, and prints a
# Markdown table for docs/performance.md. Gambit is not part of Brink: point GAMBIT_BIN at a folder holding
# gambit-enumpure, gambit-enummixed, gambit-lcp, gambit-lp and gambit-logit built separately, outside the repo.
# Usage: GAMBIT_BIN=/path/to/gambit bench/scripts/side-by-side.sh [limit-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
limit=${1:-60}
out=$(mktemp -d)
dotnet publish src/Brink.Cli -c Release -o "$out/brink" > /dev/null
brink="$out/brink/brink"
games=data/games

measure() { # command... -> seconds or "timeout"
  local start end
  start=$(date +%s.%N)
  if timeout "$limit" "$@" > /dev/null 2>&1; then
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
  else
    [ $? -eq 124 ] && printf 'timeout' || printf 'n/a'
  fi
}

echo "| game | method | Gambit s | Brink s | speed-up |"
echo "|---|---|---|---|---|"
while read -r game method; do
  [ -z "$game" ] && continue
  flag=""; [ "$method" = logit ] && flag="-e"
  g=$(measure "$GAMBIT_BIN/gambit-$method" -q $flag "$games/$game")
  b=$(measure "$brink" solve "$games/$game" --method "$method")
  ratio="-"
  if [[ $g =~ ^[0-9.]+$ && $b =~ ^[0-9.]+$ ]]; then ratio=$(awk -v g="$g" -v b="$b" 'BEGIN { printf "%.1fx", g / (b > 0 ? b : 0.001) }'); fi
  [[ $g == timeout && $b =~ ^[0-9.]+$ ]] && ratio=$(awk -v l="$limit" -v b="$b" 'BEGIN { printf "> %.0fx", l / (b > 0 ? b : 0.001) }')
  echo "| $game | $method | $g | $b | $ratio |"
done <<'LIST'
8x8.nfg enummixed
rand2p-8x8.nfg enummixed
rand2p-12x12.nfg enummixed
rand2p-12x12.nfg lcp
rand2p-60x60.nfg enumpure
rand2p-60x60.nfg lcp
rand2p-60x60.nfg logit
zerosum-40x40.nfg lcp
zerosum-40x40.nfg lp
zerosum-40x40.nfg logit
kuhn3.efg enumpure
kuhn3.efg logit
kuhn13.efg lcp
kuhn13.efg lp
kuhn13.efg logit
kuhn40.efg lcp
kuhn40.efg lp
cs.efg logit
rand3p-6x6x6.nfg logit
rand4p-4x4x4x4.nfg logit
LIST
