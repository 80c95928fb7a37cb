//! Runs the boilerplate rule tables `tests/tables/boilerplate.{ko,en}.toml`.
//!
//! A row is either one line with its expected reason (`content` for a line
//! that must be kept), or a small document (`doc`) with the expected class
//! of every line (`expect`: a reason, `content`, `blank` or `duplicate`).
//! `NEWSFACTS_ROWS=substring` runs only the rows whose name contains it.

use newsfacts_text::clean::{classify_line, clean, LineClass, Reason};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    name: String,
    /// One line, judged by `classify_line` and by `clean` alone.
    line: Option<String>,
    /// The expected reason of `line`, or `content`.
    reason: Option<String>,
    /// A document, judged by `clean`.
    doc: Option<String>,
    /// The expected class of every line of `doc`.
    expect: Option<Vec<String>>,
}

impl newsfacts_tables::Named for Row {
    fn name(&self) -> &str {
        &self.name
    }
}

fn class_name(class: LineClass) -> &'static str {
    match class {
        LineClass::Blank => "blank",
        LineClass::Content => "content",
        LineClass::Duplicate => "duplicate",
        LineClass::Boilerplate(r) => r.as_str(),
    }
}

fn check(row: &Row) -> Result<(), String> {
    match (&row.line, &row.reason, &row.doc, &row.expect) {
        (Some(line), Some(reason), None, None) => {
            if reason != "content" && Reason::from_name(reason).is_none() {
                return Err(format!("unknown reason {reason:?}"));
            }
            let got = classify_line(line).map_or("content", Reason::as_str);
            if got != reason {
                return Err(format!("line {line:?}\n  expected {reason}, got {got}"));
            }
            let lines = clean(line);
            let got = lines.first().map_or("blank", |l| class_name(l.class));
            if got != reason {
                return Err(format!("clean({line:?})\n  expected {reason}, got {got}"));
            }
            Ok(())
        }
        (None, None, Some(doc), Some(expect)) => {
            let got: Vec<&str> = clean(doc).iter().map(|l| class_name(l.class)).collect();
            if got != *expect {
                return Err(format!(
                    "doc {doc:?}\n  expected {expect:?}\n  got      {got:?}"
                ));
            }
            Ok(())
        }
        _ => Err("a row has either `line` + `reason` or `doc` + `expect`".into()),
    }
}

const KINDS: &[&str] = &[
    "navigation",
    "widget",
    "share",
    "copyright",
    "ticker",
    "photo-caption",
    "related-articles",
    "byline",
    "ai-notice",
    "dateline",
];

fn run_table(path: &str) {
    let ran = newsfacts_tables::run::<Row>(path, check);
    if std::env::var("NEWSFACTS_ROWS").is_ok() {
        return;
    }
    // Coverage: enough rows, a third of them negative, every kind present.
    let rows = newsfacts_tables::load::<Row>(path);
    let lines: Vec<&str> = rows.iter().filter_map(|r| r.reason.as_deref()).collect();
    let content = lines.iter().filter(|&&r| r == "content").count();
    assert!(ran >= 120, "{path}: only {ran} rows, want at least 120");
    assert!(
        content * 3 >= rows.len(),
        "{path}: only {content} content rows of {}, want at least a third",
        rows.len()
    );
    let missing: Vec<&&str> = KINDS.iter().filter(|k| !lines.contains(k)).collect();
    assert!(missing.is_empty(), "{path}: no rows for {missing:?}");
}

#[test]
fn boilerplate_ko() {
    run_table("tests/tables/boilerplate.ko.toml");
}

#[test]
fn boilerplate_en() {
    run_table("tests/tables/boilerplate.en.toml");
}

/// Odd input never panics and always yields well-formed line ranges.
#[test]
fn odd_input_never_panics() {
    let long_ko = "경기도는 일자리를 만든다. ".repeat(20_000);
    let long_line = "x".repeat(2_000_000);
    let caption_tail = format!("{} / 사진제공=경기도", "가".repeat(5000));
    let inputs = [
        String::new(),
        "\r".into(),
        "\n".into(),
        "\r\n\r\n".into(),
        "\u{a0}".into(),
        "\u{a0}\u{a0}\n\u{3000}\n\u{feff}".into(),
        "😀".into(),
        "😀🎉👍🏽 공유\n😀🎉👍🏽 공유".into(),
        "•\n-\n*\n• \u{a0}".into(),
        "ⓒ\n©\n(c)".into(),
        long_ko,
        long_line,
        caption_tail,
        "\u{0}\u{1}\u{7f}".into(),
        "By \nBy".into(),
        "가".repeat(107) + "😀",
    ];
    for text in &inputs {
        let lines = clean(text);
        let mut last = 0;
        for l in &lines {
            assert!(l.start >= last && l.start <= l.end && l.end <= text.len());
            assert!(text.is_char_boundary(l.start) && text.is_char_boundary(l.end));
            last = l.end;
        }
        for l in text.split('\n') {
            let _ = classify_line(l);
        }
    }
}
