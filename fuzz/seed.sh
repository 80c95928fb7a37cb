#!/bin/sh
# Seeds the fuzz corpora from the dev gold (make fuzz runs this): the gold and
# corpus documents for `decode` and `pipeline`, with CP949 and UTF-16 copies
# of some, and every gold mention surface and sentence for the numeral readers.
set -eu
cd "$(dirname "$0")"
for t in decode pipeline numeral_ko numeral_en; do mkdir -p "corpus/$t"; done
for f in ../corpus/*.txt ../tests/gold/synthetic/*.txt; do
    name=$(basename "$f" .txt)
    cp "$f" "corpus/decode/$name"
    cp "$f" "corpus/pipeline/$name"
done
for f in ../tests/gold/synthetic/ko-0[1-3].txt; do
    name=$(basename "$f" .txt)
    if iconv -f UTF-8 -t CP949 "$f" > "corpus/decode/$name.cp949" 2>/dev/null; then
        cp "corpus/decode/$name.cp949" "corpus/pipeline/$name.cp949"
    else
        rm -f "corpus/decode/$name.cp949"
    fi
    iconv -f UTF-8 -t UTF-16 "$f" > "corpus/decode/$name.utf16" 2>/dev/null || true
done
# One file per gold mention surface and per gold sentence, by language.
n=0
for lang in ko en; do
    grep -h "\"lang\": \"$lang\"" ../tests/gold/mentions.jsonl ../tests/gold/sentences.jsonl |
        sed -n 's/.*"text": "\(\([^"\\]\|\\.\)*\)".*/\1/p' |
        while IFS= read -r line; do
            n=$((n + 1))
            printf '%s' "$line" > "corpus/numeral_$lang/gold-$n"
        done
done
printf '%s' '999999999999999999999999999조' > corpus/numeral_ko/absurd-jo
printf '%s' '0.000000000001조 원' > corpus/numeral_ko/tiny-jo
printf '%s' '5조 3,800억 원과 2만여 명, 일천오백억, 1조5천억' > corpus/numeral_ko/mixed
printf '%s' '$4.2 billion, 1.9 mln, 160-T, two million, 12 lakh crore' > corpus/numeral_en/mixed
echo "seeded: $(ls corpus/decode | wc -l) decode, $(ls corpus/pipeline | wc -l) pipeline, $(ls corpus/numeral_ko | wc -l) numeral_ko, $(ls corpus/numeral_en | wc -l) numeral_en"
