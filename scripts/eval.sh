#!/usr/bin/env bash
# Scores the enrichment engine on the gold evaluation sets (they live outside this repository and
# are never copied into it). Reproduces the figures in docs/QUALITY.md.
#
#   scripts/eval.sh [EVAL_DIR] [SET...]
#
# EVAL_DIR defaults to ../shared/eval (beside the checkout); SET is any of
# conll2003 ieer tempeval3 agnews bbcnews (default: all). Outputs go to target/eval/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="${1:-$here/../shared/eval}"
shift || true
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(conll2003 ieer tempeval3 agnews bbcnews)
[ -f "$eval_dir/score.py" ] || { echo "eval.sh: no score.py in $eval_dir" >&2; exit 2; }
out="$here/target/eval"
mkdir -p "$out"
for s in "${sets[@]}"; do
  gold="$eval_dir/dev/$s.jsonl"
  "$here/wirestream" enrich --no-progress "$gold" --output "$out/$s.out.jsonl" 2>"$out/$s.enrich.log" \
    || { echo "eval.sh: enrich failed on $s, see $out/$s.enrich.log" >&2; tail -5 "$out/$s.enrich.log" >&2; exit 1; }
  printf '%-10s ' "$s"
  python3 "$eval_dir/score.py" "$gold" "$out/$s.out.jsonl" > "$out/$s.score.txt"
  tail -n 1 "$out/$s.score.txt"
done
