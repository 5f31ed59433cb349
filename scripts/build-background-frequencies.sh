#!/usr/bin/env bash
# Builds Sources/ParallaxModels/Resources/background-frequencies.tsv.gz: the 50,000 most frequent English
# words and their frequencies (share of running words) from wordfreq 3.1.1's "large" English list
# (PyPI; code Apache-2.0, data CC BY-SA 4.0; built from Wikipedia, news crawls, books, subtitles, web
# text and more: see wordfreq's README). The stories stage turns them into document-frequency priors.
# Deterministic: the same wordfreq version gives the same bytes (gzip without a timestamp).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-data/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q "wordfreq==3.1.1"
PYTHONPATH=scripts "$venv/bin/python" - <<'PY'
import gzip_table
import wordfreq
words = wordfreq.top_n_list("en", 50000, wordlist="large")
lines = ["# wordfreq 3.1.1, English, large list: word<TAB>frequency (share of running words). Data CC BY-SA 4.0."]
for word in words:
    if "\t" in word or "\n" in word:
        continue
    lines.append(f"{word}\t{wordfreq.word_frequency(word, 'en', wordlist='large'):.3g}")
size = gzip_table.write(lines, "Sources/ParallaxModels/Resources/background-frequencies.tsv.gz")
print(f"wrote {len(lines) - 1} words, {size} bytes")
PY
