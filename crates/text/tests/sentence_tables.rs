//! Runs the sentence rule tables `tests/tables/sentence.{ko,en}.toml`: each
//! row is one line and the sentences it must split into.

use newsfacts_record::Lang;
use newsfacts_text::sentence::split_line;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    name: String,
    input: String,
    sentences: Vec<String>,
}

impl newsfacts_tables::Named for Row {
    fn name(&self) -> &str {
        &self.name
    }
}

fn check(row: &Row, lang: Lang) -> Result<(), String> {
    let mut out = Vec::new();
    split_line(&row.input, lang, &mut out);
    let got: Vec<&str> = out.iter().map(|&(a, b)| &row.input[a..b]).collect();
    if got == row.sentences {
        Ok(())
    } else {
        Err(format!(
            "input:    {:?}\nexpected: {:#?}\ngot:      {:#?}",
            row.input, row.sentences, got
        ))
    }
}

#[test]
fn sentence_ko() {
    let ran = newsfacts_tables::run::<Row>("tests/tables/sentence.ko.toml", |r| check(r, Lang::Ko));
    assert!(ran > 0 || std::env::var("NEWSFACTS_ROWS").is_ok());
}

#[test]
fn sentence_en() {
    let ran = newsfacts_tables::run::<Row>("tests/tables/sentence.en.toml", |r| check(r, Lang::En));
    assert!(ran > 0 || std::env::var("NEWSFACTS_ROWS").is_ok());
}

/// Checks the contract of `split_line` on one input: ranges in order,
/// non-empty, trimmed, on char boundaries, covering every non-space char.
fn check_valid(line: &str, lang: Lang) -> Result<(), String> {
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}';
    let mut out = Vec::new();
    split_line(line, lang, &mut out);
    let mut last = 0;
    let mut covered = 0;
    for &(a, b) in &out {
        let ordered = last <= a && a < b && b <= line.len();
        if !ordered || !line.is_char_boundary(a) || !line.is_char_boundary(b) {
            return Err(format!("{line:?} {lang:?}: bad range {a}..{b} in {out:?}"));
        }
        let piece = &line[a..b];
        if newsfacts_text::clean::trim(piece) != piece {
            return Err(format!("{line:?} {lang:?}: untrimmed {piece:?}"));
        }
        covered += piece.chars().filter(|&c| !is_space(c)).count();
        last = b;
    }
    let total = line.chars().filter(|&c| !is_space(c)).count();
    if covered != total {
        return Err(format!(
            "{line:?} {lang:?}: covers {covered} of {total} chars: {out:?}"
        ));
    }
    Ok(())
}

#[test]
fn odd_and_random_inputs_do_not_panic_and_yield_valid_ranges() {
    let odd = [
        "",
        " ",
        "\u{a0}\u{feff}\u{200b}",
        ".",
        "...",
        "…",
        "?!",
        "\"",
        "“",
        "”",
        "'",
        "(",
        ")",
        "1.",
        "1)",
        "1.)",
        "a.",
        "가.",
        "•",
        "• ",
        "- .",
        ". . .",
        ". . . .",
        "😀. 😀!",
        "e\u{301}. E\u{301}.",
        "다.",
        "다.”",
        "”라고",
        "U.S.",
        "Mr.",
        "No. ",
        " . ",
        "1. 2. 3.",
        "•1.•2.",
        "\u{0}.\u{0}",
        "x.\u{a0}\u{a0}Y",
        "Area 4. . .",
        "I. ",
        "니다 ",
        "어요 다만",
        "1.) a 2.) b",
        "a. b. c.",
        "ⅠⅡ. Ⅲ",
        "\u{2028}.\u{2029}",
        "‘’“”.",
        "다.“",
        "?다",
        "。",
    ];
    let alphabet: Vec<char> =
        " .. !?…。\"'“”‘’()[]•▲-1234567890aAIeg다요까니라고U S 가나\u{a0}\u{301}😀 \u{200b}ㅋㅎㅅ음함됨었St.m‽—"
            .chars()
            .collect();
    let mut failures = Vec::new();
    let mut inputs: Vec<String> = odd.iter().map(|s| s.to_string()).collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..5000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 24) as usize;
        let mut s = String::new();
        let mut x = state;
        for _ in 0..len {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push(alphabet[(x >> 33) as usize % alphabet.len()]);
        }
        inputs.push(s);
    }
    for line in &inputs {
        for lang in [Lang::Ko, Lang::En, Lang::Und] {
            let outcome = std::panic::catch_unwind(|| check_valid(line, lang))
                .unwrap_or_else(|_| Err(format!("{line:?} {lang:?}: panicked")));
            if let Err(e) = outcome {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
