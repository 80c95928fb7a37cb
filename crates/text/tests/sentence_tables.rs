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
