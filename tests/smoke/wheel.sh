#!/usr/bin/env bash
# The installed-wheel smoke test: a wheel built from this checkout, installed into a fresh virtual environment of
# the given Python, used as a new user would in an empty folder outside the repository.
#   tests/smoke/wheel.sh [PYTHON]    (default: python3.13 from pyenv)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
python="${1:-$(ls -d "$HOME"/.pyenv/versions/3.13*/bin/python 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$python" ] || { echo "smoke: no Python at '$python'" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/venv"
pip=("$work/venv/bin/pip" --quiet --disable-pip-version-check)
"${pip[@]}" wheel --no-deps --wheel-dir "$work/dist" "$repo"
"${pip[@]}" install "$work"/dist/newscorpus-*.whl datasets
export PATH="$work/venv/bin:$PATH"
cd "$work" && mkdir empty && cd empty
echo "smoke: $("$work/venv/bin/python" --version), $(newscorpus --version)"

# the packaged copies are the repository's
for pair in "article.schema.json:schema/article.schema.json" "card_template.md:DATASET_CARD.md"; do
  installed="$("$work/venv/bin/python" -c "from importlib.resources import files; print(files('newscorpus.dataset') / '${pair%%:*}')")"
  cmp "$installed" "$repo/${pair#*:}"
done

newscorpus init news
cp "$repo/corpus/raw/000_31b2d9bdfaee5fb9.txt" news/raw/
newscorpus build news
newscorpus validate news

cp -r news broken
shard="$(ls broken/data/articles/*.parquet | head -n 1)"
head -c 200 "$shard" > "$shard.part" && mv "$shard.part" "$shard"
status=0; newscorpus validate broken > /dev/null 2>&1 || status=$?
[ "$status" = 1 ] || { echo "smoke: validate of a truncated shard exited $status, not 1" >&2; exit 1; }

echo "Talks resumed on Tuesday in Ankara." | newscorpus annotate --published 2019-05-03 > annotated.json
grep -q '"value": "2019-04-30"' annotated.json || { cat annotated.json; echo "smoke: no 2019-04-30" >&2; exit 1; }

"$work/venv/bin/python" -c '
from datasets import load_dataset
rows = load_dataset("news", split="train")
assert rows.num_rows == 1, rows
print("smoke: load_dataset read", rows.num_rows, "record:", rows[0]["title"])'
echo "smoke: passed"
