#!/usr/bin/env bash
# make bench: throughput and peak memory of `newsfacts extract --sentences`
# on generated corpora (100 MB and 1 GB of JSONL, a folder of 20,000 files)
# at --jobs 1 and 2; each stage alone from the criterion benches; the plain
# Unicode sentence split for comparison; a short profile. Writes
# docs/PERFORMANCE.md. Nothing here is a test: no timing is ever asserted.
#
# Knobs: BENCH_SIZES="100 1000" (MB of JSONL), BENCH_FILES=20000,
# BENCH_JOBS="1 2", BENCH_SEED=42, BENCH_RUNS=3 (runs per corpus below 500 MB;
# the median is reported), BENCH_DIR=target/bench (where corpora are
# generated, e.g. a folder outside the repository), BENCH_OUT=docs/PERFORMANCE.md.
# Corpora are generated at run time (never committed) and reused while they exist.
# Needs: cargo, /usr/bin/time, jq; perf for the profile section (optional).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${BENCH_SIZES:-100 1000}
FILES=${BENCH_FILES:-20000}
JOBS=${BENCH_JOBS:-1 2}
SEED=${BENCH_SEED:-42}
RUNS=${BENCH_RUNS:-3}
BIN=target/release/newsfacts
GEN=target/release/examples/gencorpus
DIR=${BENCH_DIR:-target/bench}
REPORT=${BENCH_OUT:-docs/PERFORMANCE.md}
mkdir -p "$DIR" "$(dirname "$REPORT")"

cargo build --release --bin newsfacts --example gencorpus

# --- corpora -----------------------------------------------------------------
corpora=()
for mb in $SIZES; do
  c=$DIR/corpus-${mb}mb-s$SEED.jsonl
  if [ ! -f "$c" ]; then
    "$GEN" --mb "$mb" --jsonl "$c.tmp" --seed "$SEED" --stats 2> "$c.stats"
    mv "$c.tmp" "$c"
  fi
  corpora+=("$c")
done
folder=$DIR/files-${FILES}-s$SEED
if [ "$FILES" -gt 0 ]; then
  if [ ! -d "$folder" ]; then
    rm -rf "$folder.tmp"
    "$GEN" --files "$FILES" --dir "$folder.tmp" --seed "$SEED" --stats 2> "$folder.stats"
    mv "$folder.tmp" "$folder"
  fi
  corpora+=("$folder")
fi
first=${corpora[0]}
mix=$(grep -h 'gencorpus mix' "$first.stats" | sed 's/^gencorpus mix: //' || true)

# --- end to end ----------------------------------------------------------------
rows=""
declare -A rss
for c in "${corpora[@]}"; do
  if [ -d "$c" ]; then
    bytes=$(find "$c" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END{print s}')
    what="folder, $(find "$c" -name '*.txt' | wc -l) files"
  else
    bytes=$(stat -c %s "$c")
    what="JSONL"
  fi
  for jobs in $JOBS; do
    out=$DIR/out
    # The median wall time of RUNS runs (one run past 500 MB), the highest peak RSS.
    runs=$RUNS
    [ "$bytes" -gt 500000000 ] && runs=1
    times=()
    kb=0
    for ((r = 0; r < runs; r++)); do
      rm -rf "$out"
      /usr/bin/time -f '%e %M' -o "$DIR/time" "$BIN" extract "$c" -o "$out" --sentences --jobs "$jobs" 2> "$DIR/log" || true
      read -r t k < <(tail -n 1 "$DIR/time")
      times+=("$t")
      [ "$k" -gt "$kb" ] && kb=$k
    done
    secs=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
    docs=$(wc -l < "$out/documents.jsonl")
    ments=$(wc -l < "$out/mentions.jsonl")
    sents=$(wc -l < "$out/sentences.jsonl")
    mbs=$(awk -v b="$bytes" -v s="$secs" 'BEGIN{printf "%.1f", b/1e6/s}')
    dps=$(awk -v d="$docs" -v s="$secs" 'BEGIN{printf "%.0f", d/s}')
    mps=$(awk -v m="$ments" -v s="$secs" 'BEGIN{printf "%.0f", m/s}')
    mb_rss=$(awk -v k="$kb" 'BEGIN{printf "%.0f", k/1024}')
    rss[$c/$jobs]=$kb
    name=$(basename "$c")
    rows+="| \`$name\` ($what) | $(awk -v b="$bytes" 'BEGIN{printf "%.0f", b/1e6}') | $docs | $sents | $ments | $jobs | $secs | **$mbs** | $dps | $mps | $mb_rss |"$'\n'
    echo "$name jobs=$jobs: ${secs}s ${mbs} MB/s ${dps} docs/s ${mps} mentions/s peak ${mb_rss} MB"
    if [ "$c" = "$first" ] && [ "$jobs" = "1" ]; then
      base_mbs=$mbs
      density=$(awk -v m="$ments" -v b="$bytes" 'BEGIN{printf "%.0f", m/(b/1e6)}')
    fi
    [ "$c" = "$first" ] && last_mbs=$mbs
  done
done
rm -rf "$DIR/out"

# Streaming: peak RSS of the largest JSONL corpus against the smallest.
memory=""
if [ "${#corpora[@]}" -ge 2 ] && [ -f "${corpora[1]}" ]; then
  for jobs in $JOBS; do
    small=${rss[$first/$jobs]}
    big=${rss[${corpora[1]}/$jobs]}
    ratio=$(awk -v a="$big" -v b="$small" 'BEGIN{printf "%.2f", a/b}')
    ok=$(awk -v a="$big" -v r="$ratio" 'BEGIN{print (r <= 1.5 && a < 300*1024) ? "yes" : "NO"}')
    memory+="| $jobs | $((small / 1024)) | $((big / 1024)) | $ratio | $ok |"$'\n'
  done
fi

# --- each stage alone (criterion, short runs) --------------------------------------
export NEWSFACTS_BENCH_JSONL=$(realpath "$first") NEWSFACTS_BENCH_MB=${BENCH_STAGE_MB:-4}
crit="--warm-up-time 1 --measurement-time 3 --sample-size 10"
rm -rf target/criterion/text target/criterion/extract
cargo bench -p newsfacts-text --bench stages -- $crit > "$DIR/criterion-text.log" 2>&1
cargo bench -p newsfacts-extract --bench kinds -- $crit > "$DIR/criterion-extract.log" 2>&1
# MB/s of one criterion benchmark: its byte throughput over its mean time.
stage_mbs() {
  local d=target/criterion/$1/$2/new
  local ns bytes
  ns=$(jq '.median.point_estimate' "$d/estimates.json")
  bytes=$(jq '.throughput.Bytes' "$d/benchmark.json")
  awk -v b="$bytes" -v n="$ns" 'BEGIN{printf "%.1f", b/1e6/(n/1e9)}'
}
stage_bytes=$(jq '.throughput.Bytes' target/criterion/text/decode/new/benchmark.json)
stages=""
for s in decode clean language sentences analyze; do
  stages+="| text | $s | $(stage_mbs text "$s") |"$'\n'
done
for s in money jobs year all_kinds pipeline; do
  stages+="| extract | $s | $(stage_mbs extract "$s") |"$'\n'
done
plain=$(stage_mbs extract unicode_sentences)
pipeline=$(stage_mbs extract pipeline)
stages+="| comparison | unicode-segmentation \`split_sentence_bounds\` | $plain |"$'\n'
ratio_pipe=$(awk -v a="$pipeline" -v b="$plain" 'BEGIN{printf "%.3f", a/b}')
ratio_cli=$(awk -v a="$base_mbs" -v b="$plain" 'BEGIN{printf "%.3f", a/b}')
scaling=$(awk -v a="$last_mbs" -v b="$base_mbs" 'BEGIN{printf "%.2f", a/b}')

# --- profile (optional) ------------------------------------------------------------
profile="perf is not installed: no profile."
if command -v perf > /dev/null; then
  prof_in=$DIR/profile-20mb.jsonl
  head -c 20000000 "$first" | sed '$d' > "$prof_in"
  if perf record -F 1999 -o "$DIR/perf.data" "$BIN" extract "$prof_in" -o "$DIR/out" --sentences --jobs 1 > /dev/null 2>&1; then
    profile=$(perf report -i "$DIR/perf.data" --no-children --sort sym --percent-limit 1.2 --stdio 2> /dev/null \
      | grep -v '^#' | grep -v '^$' | head -25)
  fi
  rm -rf "$DIR/out"
fi

# What the profile says (hand-written notes, kept here so that the generated page carries them).
NOTES=$(cat <<'TXT'
## Reading the profile: the next bottlenecks

What changed in the round of 2026-12-03 (evening), every step with byte-identical output
(`cmp` of all three files on 20 MB of the mix and 10 MB of `--dense` after each change, the
dev gold gate at 1.0, `cargo test --workspace`):

- **Batches.** The reader hands documents to the workers in batches of at most 32 documents
  or 64 KB (`crates/cli/dispatch.rs`), so reader, workers and writer meet once per batch, not
  once per document; the reordering window counts batches (`4 × jobs + 4`). The JSONL reader
  reuses one line buffer and hands each line out at its exact size.
- **Shared numbers.** English money and jobs read one list of the sentence's numbers
  (`Rules::find_all`); a sentence without a number skips both rules' word searches.
- **Input JSON.** A JSONL line is checked for UTF-8 once with `simdutf8` and parsed as a
  `str`, instead of serde_json checking every string with core's `from_utf8` (3% of a run).
- **Text stages.** The binary-byte check, the script count (16 bytes at a time) and the
  English sentence scan (8 bytes a word) vectorize; a line with one script settles each
  sentence's language from a few letters.
- **Boilerplate gate.** The prefilter reads the rules' patterns with `regex-syntax` instead of
  a hand-written parser.
- **Start-up.** The rules are compiled before the first batch, on the workers in parallel
  (text, Korean, English), and the two boilerplate rule sets on two threads at once; the
  first worker used to compile everything while the others waited.
- **End of the run.** The output files' data goes to disk in the background every 32 MB
  (`newsfacts-sync`), so the fsync before the final rename, 0.15 s of idle CPU on 100 MB,
  has little left to do.
- **Memory.** The duplicate-doc_id set keeps a 64-bit hash and a document number in
  12-byte entries, in 16 shards that grow one at a time, and the first sources as runs of
  JSONL lines: about 20 bytes a document instead of 17 a bucket plus a second copy of the
  whole table while it grew (the 1 GB corpus peaked at 1.5x the 100 MB one; now about 1.25x).

Why two threads give about 1.6x, not 2x, on this machine: `--jobs 1` already uses a second
core for the reader and the writer (the reader's line splitting and copies; the writer's
kernel page-cache copies of about 1.8 bytes of output per input byte), about 9% of all CPU
time. With two workers those threads compete with the workers for the same two cores, and
each worker also pays about 2% more for regex caches owned by the other worker (the regex
crate's pool gives its lock-free cache to the first thread that uses a regex; the others
take a lock on each search). The machine itself scales: two `sha256sum` processes run side
by side in the time of one.

Next steps, by the profile: the reader could hand out raw 64 KB chunks and let the workers
split the lines; per-thread copies of the hot regexes would remove the cache lock; the
English number scan (`ScanEn`, about 6% self) still handles every word of every English
sentence; the boilerplate end-anchored set runs on most Korean lines because rule 42's
optional tail lets every line ending through the gate; SHA-256 of every document is 3%.

Streaming: the extract command keeps at most `4 × jobs + 4` batches of at most 32 documents
or 64 KB (a longer document is a batch of its own) in flight (`crates/cli/dispatch.rs`,
`crates/cli/output.rs`), so peak RSS depends on the document size, not on the corpus size
(see the table above). A single document is held as its JSONL line, its decoded text and its
output rows: a constant number of copies, however large it is. Measured: one 19.8 MB JSONL
line (the 20 MB mix joined into one document) peaks at 95 MB, the same text as one .txt file
at 73 MB, against 26 MB for the same bytes as 4,943 documents.
TXT
)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
mem=$(free -g | awk '/Mem:/{print $2}')
cat > "$REPORT" <<MD
# Performance

Generated by \`make bench\` (scripts/bench.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'), commit
$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates examples || echo ' (with local changes)'); do not edit by hand.

Machine: $(nproc) cores ($cpu), $mem GiB memory; $(uname -sr).
Load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the numbers down).

## Corpora

Generated at run time by \`target/release/examples/gencorpus\` (examples/gencorpus.rs, seed $SEED),
never committed:

$(for c in "${corpora[@]}"; do
  if [ -d "$c" ]; then echo "- \`gencorpus --files $FILES --dir $c --seed $SEED\`";
  else echo "- \`gencorpus --mb $(basename "$c" | sed 's/corpus-\([0-9]*\)mb.*/\1/') --jsonl $c --seed $SEED\`"; fi
done)

Every document is a template from \`corpus/\` (real news) or \`tests/gold/synthetic/\`
(number-dense gold documents) with every digit re-drawn. The mix, as drawn: $mix.
"Thinned news" is a \`corpus/\` article in which each line with a digit is kept with
probability 1/4, so that the text has the prose-to-number ratio of ordinary news rather than
that of the gold documents. Result: ${density:-?} mentions per MB of text on the first corpus
(\`gencorpus --dense\` draws uniformly from all templates, mostly gold: about 6,250 per MB).

## End to end

Command: \`/usr/bin/time -f '%e %M' target/release/newsfacts extract CORPUS -o OUT --sentences --jobs N\`
(release build, all kinds on), the median wall time of $RUNS runs (one run for corpora over
500 MB) and the highest peak RSS. MB is input bytes (the JSONL lines or the files) over wall time.

| corpus | MB | documents | sentences | mentions | jobs | seconds | MB/s | documents/s | mentions/s | peak RSS (MB) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
Scaling from --jobs 1 to --jobs 2 on the first corpus: **${scaling}x**.

## Streaming: bounded memory

Peak RSS of the larger JSONL corpus against the smaller one (goal: at most 1.5x, and under 300 MB).

| jobs | small corpus (MB) | large corpus (MB) | ratio | within goal |
|---:|---:|---:|---:|---|
$memory
## Each stage alone

Criterion micro-benchmarks (\`cargo bench -p newsfacts-text --bench stages\`,
\`cargo bench -p newsfacts-extract --bench kinds\`, with \`$crit\`) over the first
$((stage_bytes / 1000000)) MB of document text of the first corpus (NEWSFACTS_BENCH_JSONL,
NEWSFACTS_BENCH_MB), one thread. MB/s is document text bytes over the median time of one pass,
so stages add up as times, not as rates. \`language\` is the per-sentence language check;
\`money\`, \`jobs\`, \`year\` run one kind's rules over every sentence; \`all_kinds\` is
\`extract_into\` over every sentence; \`pipeline\` is \`analyze\` plus \`extract_into\`
(no JSON, no I/O).

| crate | stage | MB/s |
|---|---|---:|
$stages
## Against a plain sentence split

unicode-segmentation's \`split_sentence_bounds\` over the same text: $plain MB/s.
newsfacts' in-process pipeline (clean, language, sentences, all kinds) runs at **$ratio_pipe** of
that speed; the whole \`extract --sentences --jobs 1\` command (JSON in and out) at **$ratio_cli**.

## Profile

\`perf record -F 1999\` of \`extract --sentences --jobs 1\` on the first 20 MB of the first corpus,
self time per symbol (1.2 % and more):

\`\`\`
$profile
\`\`\`

$NOTES
MD
echo "wrote $REPORT"
