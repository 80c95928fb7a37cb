//! Unit tests: a hand-made gold/prediction pair scored by hand, and the
//! loading, threshold and formatting rules.

use super::*;

const GOLD: &str = r#"
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"G1","start":0,"end":10,"amount":"100","currency":"KRW","approx":"exact"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"G2","start":20,"end":30,"amount":"7","currency":"KRW","approx":"exact","optional":true,"note":"either way"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"G3","start":40,"end":50,"amount":"5000","currency":"KRW","approx":"about"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"G4","start":60,"end":70,"amount":"9","currency":"USD","approx":"exact"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"G5","start":0,"end":4,"year":2020,"relation":"in"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"G6","start":4,"end":8,"year":2023,"year_end":2026,"relation":"range"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"G7","start":10,"end":14,"year":2021,"relation":"by"}
{"doc_id":"c","sentence":0,"kind":"jobs","lang":"ko","text":"G8","start":0,"end":5,"count":500,"approx":"exact"}
"#;

const PRED: &str = r#"
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"P1","start":2,"end":8,"amount":"100","currency":"KRW","currency_inferred":false,"approx":"exact"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"P2","start":5,"end":12,"amount":"100","currency":"KRW","approx":"exact"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"P3","start":28,"end":48,"amount":"5000","currency":"KRW","approx":"exact"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"P4","start":26,"end":28,"amount":"7","currency":"KRW","approx":"exact"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"P5","start":2,"end":6,"year":2020,"relation":"in"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"P6","start":3,"end":6,"year":2023,"relation":"range"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"P7","start":8,"end":12,"year":2021,"relation":"in"}
{"doc_id":"b","sentence":0,"kind":"year","lang":"ko","text":"P8","start":12,"end":16,"year":2021,"relation":"by"}
{"doc_id":"c","sentence":0,"kind":"jobs","lang":"ko","text":"P9","start":10,"end":15,"count":500,"approx":"exact"}
{"doc_id":"z","sentence":0,"kind":"money","lang":"en","text":"P10","start":0,"end":10,"amount":"100","currency":"KRW","approx":"exact"}
{"doc_id":"a","sentence":0,"kind":"jobs","lang":"en","text":"P11","start":0,"end":10,"count":100,"approx":"exact"}
"#;

fn hand_made() -> (Vec<Mention>, Vec<Mention>, Evaluation) {
    let gold = parse_gold(GOLD.as_bytes(), Path::new("gold.jsonl")).unwrap();
    let pred = parse_pred(PRED.as_bytes(), Path::new("pred.jsonl")).unwrap();
    let eval = evaluate(&gold, &pred);
    (gold, pred, eval)
}

fn cell(
    eval: &Evaluation,
    kind: KindKey,
    lang: LangKey,
) -> (usize, usize, usize, usize, usize, usize, usize) {
    let c = eval.counts(kind, lang);
    (
        c.gold,
        c.predicted,
        c.tp,
        c.fp,
        c.fn_,
        c.value_ok,
        c.core_ok,
    )
}

const MONEY: KindKey = KindKey::Kind(Kind::Money);
const JOBS: KindKey = KindKey::Kind(Kind::Jobs);
const YEAR: KindKey = KindKey::Kind(Kind::Year);

/// Worked out by hand (indices G1..G8 and P1..P11 as in the `text` fields).
///
/// Doc `a`, money (en). One greedy round over all gold rows, optional G2
/// included. Overlaps: G3–P3 = |[40,48)| = 8, G1–P1 = |[2,8)| = 6,
/// G1–P2 = |[5,10)| = 5, G2–P3 = |[28,30)| = 2, G2–P4 = |[26,28)| = 2;
/// G4 overlaps nothing. Greedy: G3–P3 (8), G1–P1 (6), G1–P2 skipped (G1
/// used), G2–P4 (2; P3 is already used), so P4 is consumed by the optional
/// G2 (neither tp nor fp). P2 is a false alarm, and so is P10 (doc `z`).
/// G4 is a miss. Values: G1/P1 equal (`currency_inferred: false` reads as
/// absent) → value_ok, core_ok; G3/P3 differ in `approx` only → core_ok.
/// money/en: gold 3, predicted 5 (P1 P2 P3 P4 P10), tp 2, fp 2, fn 1,
/// value_ok 1, core_ok 2; P = 2/4, R = 2/3, F1 = 4/(4+2+1) = 4/7.
///
/// Doc `b`, year (ko). Overlaps: G5–P5 = |[2,4)| = 2, G6–P5 = |[4,6)| = 2,
/// G6–P6 = |[4,6)| = 2, G5–P6 = |[3,4)| = 1, G7–P7 = |[10,12)| = 2,
/// G7–P8 = |[12,14)| = 2. Order among the overlap-2 pairs: gold start, then
/// prediction start: G5–P5 (0,2), G6–P5 (4,2), G6–P6 (4,3), G7–P7 (10,8),
/// G7–P8 (10,12). Greedy: G5–P5, G6–P5 skipped, G6–P6, G7–P7 (P7 starts
/// before P8), G7–P8 skipped; G5–P6 (overlap 1) skipped. P8 is a false alarm.
/// Values: G5/P5 equal; G6/P6 lack `year_end` (absent vs 2026: wrong value
/// and wrong core); G7/P7 `relation` by vs in (core right).
/// year/ko: gold 3, predicted 4, tp 3, fp 1, fn 0, value_ok 1, core_ok 2;
/// P = 3/4, R = 1, F1 = 6/7.
///
/// Jobs: G8 (doc `c`, ko) and P9 do not overlap ([0,5) vs [10,15)): a miss
/// and a false alarm in ko. P11 is jobs in doc `a` (en) over G1's span, but
/// the kinds differ: a false alarm in en.
/// jobs/ko: gold 1, predicted 1, tp 0, fp 1, fn 1 → P 0, R 0, F1 0.
/// jobs/en: gold 0, predicted 1, fp 1 → P 0, R 1 (no gold), F1 0.
///
/// all/all: gold 7, predicted 11, tp 5, fp 5 (P2 P10 P8 P9 P11), fn 2
/// (G4 G8), value_ok 2 (G1 G5), core_ok 4 (G1 G3 G5 G7); P = 5/10,
/// R = 5/7, F1 = 10/17. all/en: gold 3, predicted 6, tp 2, fp 3, fn 1,
/// F1 = 4/8. all/ko: gold 4, predicted 5, tp 3, fp 2, fn 1, F1 = 6/9.
/// money/ko and year/en are empty: P = R = F1 = 1.0.
#[test]
fn hand_made_pair_scores_as_worked_out_by_hand() {
    let (gold, pred, eval) = hand_made();
    // (gold, predicted, tp, fp, fn, value_ok, core_ok)
    assert_eq!(cell(&eval, MONEY, LangKey::En), (3, 5, 2, 2, 1, 1, 2));
    assert_eq!(cell(&eval, MONEY, LangKey::All), (3, 5, 2, 2, 1, 1, 2));
    assert_eq!(cell(&eval, MONEY, LangKey::Ko), (0, 0, 0, 0, 0, 0, 0));
    assert_eq!(cell(&eval, YEAR, LangKey::Ko), (3, 4, 3, 1, 0, 1, 2));
    assert_eq!(cell(&eval, YEAR, LangKey::En), (0, 0, 0, 0, 0, 0, 0));
    assert_eq!(cell(&eval, JOBS, LangKey::Ko), (1, 1, 0, 1, 1, 0, 0));
    assert_eq!(cell(&eval, JOBS, LangKey::En), (0, 1, 0, 1, 0, 0, 0));
    assert_eq!(cell(&eval, JOBS, LangKey::All), (1, 2, 0, 2, 1, 0, 0));
    assert_eq!(
        cell(&eval, KindKey::All, LangKey::All),
        (7, 11, 5, 5, 2, 2, 4)
    );
    assert_eq!(
        cell(&eval, KindKey::All, LangKey::En),
        (3, 6, 2, 3, 1, 1, 2)
    );
    assert_eq!(
        cell(&eval, KindKey::All, LangKey::Ko),
        (4, 5, 3, 2, 1, 1, 2)
    );
    assert_eq!(eval.counts(MONEY, LangKey::All).optional_matched, 1);

    let money = eval.counts(MONEY, LangKey::All);
    assert_eq!(money.precision(), 0.5);
    assert_eq!(money.recall(), 2.0 / 3.0);
    assert_eq!(money.f1(), 4.0 / 7.0);
    assert_eq!(money.value_share(), 0.5);
    assert_eq!(money.core_share(), 1.0);
    let year = eval.counts(YEAR, LangKey::Ko);
    assert_eq!(
        (year.precision(), year.recall(), year.f1()),
        (0.75, 1.0, 6.0 / 7.0)
    );
    let jobs_ko = eval.counts(JOBS, LangKey::Ko);
    assert_eq!(
        (jobs_ko.precision(), jobs_ko.recall(), jobs_ko.f1()),
        (0.0, 0.0, 0.0)
    );
    let jobs_en = eval.counts(JOBS, LangKey::En);
    assert_eq!(
        (jobs_en.precision(), jobs_en.recall(), jobs_en.f1()),
        (0.0, 1.0, 0.0)
    );
    let empty = eval.counts(MONEY, LangKey::Ko);
    assert_eq!(
        (empty.precision(), empty.recall(), empty.f1()),
        (1.0, 1.0, 1.0)
    );
    let all = eval.counts(KindKey::All, LangKey::All);
    assert_eq!(
        (all.precision(), all.recall(), all.f1()),
        (0.5, 5.0 / 7.0, 10.0 / 17.0)
    );

    // Who matched whom, by surface.
    let name = |m: &Mention| m.text.clone();
    let pairs: Vec<(String, String)> = eval
        .gold_match
        .iter()
        .enumerate()
        .filter_map(|(g, p)| p.map(|p| (name(&gold[g]), name(&pred[p]))))
        .collect();
    let expected = [
        ("G1", "P1"),
        ("G2", "P4"),
        ("G3", "P3"),
        ("G5", "P5"),
        ("G6", "P6"),
        ("G7", "P7"),
    ];
    assert_eq!(
        pairs,
        expected
            .map(|(g, p)| (g.to_string(), p.to_string()))
            .to_vec()
    );
    let misses: Vec<String> = eval.misses.iter().map(|&g| name(&gold[g])).collect();
    assert_eq!(misses, ["G4", "G8"]);
    let alarms: Vec<String> = eval.false_alarms.iter().map(|&p| name(&pred[p])).collect();
    assert_eq!(alarms, ["P2", "P8", "P9", "P10", "P11"]);
    let wrong: Vec<(String, Vec<&str>)> = eval
        .wrong_values
        .iter()
        .map(|w| (name(&gold[w.gold]), w.fields.clone()))
        .collect();
    assert_eq!(
        wrong,
        [
            ("G3".to_string(), vec!["approx"]),
            ("G6".to_string(), vec!["year_end"]),
            ("G7".to_string(), vec!["relation"]),
        ]
    );
}

/// SPEC §5 to the letter: one round, largest overlap first, optional rows
/// included. A prediction overlapping an optional row by 8 and a required row
/// by 2 goes to the optional row; the required row is then a miss, and the
/// prediction is neither tp nor fp.
#[test]
fn one_round_largest_overlap_first_even_against_an_optional_row() {
    let gold = parse_gold(
        br#"{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"opt","start":0,"end":10,"amount":"7","currency":"KRW","approx":"exact","optional":true,"note":"x"}
{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"req","start":10,"end":20,"amount":"5","currency":"KRW","approx":"exact"}"#,
        Path::new("g"),
    )
    .unwrap();
    let pred = parse_pred(
        br#"{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"p","start":2,"end":12,"amount":"5","currency":"KRW","approx":"exact"}"#,
        Path::new("p"),
    )
    .unwrap();
    let eval = evaluate(&gold, &pred);
    assert_eq!(cell(&eval, MONEY, LangKey::All), (1, 1, 0, 0, 1, 0, 0));
    assert_eq!(eval.gold_match, [Some(0), None]);
    assert_eq!(eval.misses, [1]);
    assert!(eval.false_alarms.is_empty());
}

#[test]
fn gold_against_itself_is_perfect() {
    let gold = parse_gold(GOLD.as_bytes(), Path::new("gold.jsonl")).unwrap();
    let pred = parse_pred(GOLD.as_bytes(), Path::new("gold.jsonl")).unwrap();
    let eval = evaluate(&gold, &pred);
    for k in KindKey::ALL {
        for l in LangKey::ALL {
            let c = eval.counts(k, l);
            assert_eq!(
                (c.f1(), c.value_share(), c.core_share()),
                (1.0, 1.0, 1.0),
                "{k:?} {l:?}"
            );
            assert_eq!(c.fp, 0);
        }
    }
    assert_eq!(eval.counts(KindKey::All, LangKey::All).optional_matched, 1);
}

#[test]
fn an_unmatched_optional_row_is_no_miss_and_a_prediction_on_it_no_false_alarm() {
    let gold = parse_gold(GOLD.as_bytes(), Path::new("g")).unwrap();
    let only_optional: Vec<Mention> = gold.iter().filter(|m| m.optional).cloned().collect();
    let eval = evaluate(&only_optional, &[]);
    assert_eq!(cell(&eval, MONEY, LangKey::All), (0, 0, 0, 0, 0, 0, 0));
    let pred = parse_pred(
        br#"{"doc_id":"a","kind":"money","lang":"en","start":29,"end":31}"#,
        Path::new("p"),
    )
    .unwrap();
    let eval = evaluate(&only_optional, &pred);
    assert_eq!(cell(&eval, MONEY, LangKey::All), (0, 1, 0, 0, 0, 0, 0));
    assert_eq!(eval.counts(MONEY, LangKey::All).f1(), 1.0);
}

#[test]
fn empty_spans_and_touching_spans_do_not_overlap() {
    let gold = parse_gold(
        br#"{"doc_id":"a","sentence":0,"kind":"jobs","lang":"en","text":"x","start":5,"end":10,"count":1,"approx":"exact"}"#,
        Path::new("g"),
    )
    .unwrap();
    let pred = parse_pred(
        br#"{"doc_id":"a","kind":"jobs","lang":"en","start":10,"end":12}
{"doc_id":"a","kind":"jobs","lang":"en","start":7,"end":7}
{"doc_id":"a","kind":"jobs","lang":"en","start":0,"end":5}"#,
        Path::new("p"),
    )
    .unwrap();
    let eval = evaluate(&gold, &pred);
    assert_eq!(cell(&eval, JOBS, LangKey::En), (1, 3, 0, 3, 1, 0, 0));
}

#[test]
fn malformed_gold_rows_are_named_by_line() {
    let cases: [(&str, &str); 6] = [
        ("{not json", "invalid JSON"),
        ("[1,2]", "not a JSON object"),
        (
            r#"{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"x","start":0,"end":1,"currency":"KRW","approx":"exact"}"#,
            "amount",
        ),
        (
            r#"{"doc_id":"a","sentence":0,"kind":"jobs","lang":"en","text":"x","start":0,"end":1,"count":1,"approx":"exact","optional":"yes"}"#,
            "optional",
        ),
        (
            r#"{"doc_id":"a","sentence":0,"kind":"jobs","lang":"fr","text":"x","start":0,"end":1,"count":1,"approx":"exact"}"#,
            "lang",
        ),
        (
            r#"{"doc_id":"a","sentence":0,"kind":"jobs","lang":"en","text":"x","start":3,"end":1,"count":1,"approx":"exact"}"#,
            "before",
        ),
    ];
    for (row, cause) in cases {
        let text = format!("{}\n\n{row}\n", GOLD.trim());
        let err = parse_gold(text.as_bytes(), Path::new("gold.jsonl")).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Malformed);
        assert_eq!(err.line, Some(10), "{row}");
        let shown = err.to_string();
        assert!(shown.starts_with("gold.jsonl:10: "), "{shown}");
        assert!(shown.contains(cause), "{shown}");
    }
}

#[test]
fn predictions_are_read_leniently_but_need_their_place() {
    // A missing or odd value is a wrong value, not a malformed row.
    let pred = parse_pred(
        br#"{"doc_id":"a","kind":"money","start":0,"end":10,"amount":100}"#,
        Path::new("p"),
    )
    .unwrap();
    assert_eq!(pred[0].lang, None);
    assert_eq!(pred[0].field("amount"), Some(&Value::from(100)));
    assert_eq!(pred[0].field("currency"), None);
    for (row, cause) in [
        (r#"{"kind":"money","start":0,"end":1}"#, "doc_id"),
        (r#"{"doc_id":"a","kind":"euro","start":0,"end":1}"#, "kind"),
        (
            r#"{"doc_id":"a","kind":"money","start":-1,"end":1}"#,
            "start",
        ),
        (r#"{"doc_id":"a","kind":"money","start":0}"#, "end"),
        (
            r#"{"doc_id":"a","kind":"money","start":0,"end":1,"lang":"de"}"#,
            "lang",
        ),
        ("\u{1}", "invalid JSON"),
    ] {
        let err = parse_pred(row.as_bytes(), Path::new("pred.jsonl")).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.to_string().contains(cause), "{err}");
    }
    let err = parse_pred(b"\n\xff\xfe\n", Path::new("pred.jsonl")).unwrap_err();
    assert_eq!(err.to_string().split(": ").next(), Some("pred.jsonl:2"));
}

#[test]
fn value_fields_compare_as_json_with_absent_null_and_false_flags_alike() {
    let gold = parse_gold(
        br#"{"doc_id":"a","sentence":0,"kind":"money","lang":"ko","text":"x","start":0,"end":4,"amount":"1300000000000","currency":"KRW","currency_inferred":true,"approx":"exact"}"#,
        Path::new("g"),
    )
    .unwrap();
    let score = |row: &str| {
        let pred = parse_pred(row.as_bytes(), Path::new("p")).unwrap();
        let c = evaluate(&gold, &pred).counts(MONEY, LangKey::Ko);
        (c.tp, c.value_ok, c.core_ok)
    };
    let base = r#""doc_id":"a","kind":"money","lang":"ko","start":0,"end":4,"currency":"KRW","approx":"exact""#;
    assert_eq!(
        score(&format!(
            r#"{{{base},"amount":"1300000000000","currency_inferred":true}}"#
        )),
        (1, 1, 1)
    );
    // The flag is missing, or false: a wrong value, the core is right.
    assert_eq!(
        score(&format!(r#"{{{base},"amount":"1300000000000"}}"#)),
        (1, 0, 1)
    );
    assert_eq!(
        score(&format!(
            r#"{{{base},"amount":"1300000000000","currency_inferred":false}}"#
        )),
        (1, 0, 1)
    );
    // An amount_max the gold row lacks, even null-free, is wrong (core too).
    assert_eq!(
        score(&format!(
            r#"{{{base},"amount":"1300000000000","currency_inferred":true,"amount_max":"2"}}"#
        )),
        (1, 0, 0)
    );
    // null reads as absent.
    assert_eq!(
        score(&format!(
            r#"{{{base},"amount":"1300000000000","currency_inferred":true,"amount_max":null,"conversion":false}}"#
        )),
        (1, 1, 1)
    );
    // Strings are compared as written: no decimal arithmetic, no number-for-string.
    assert_eq!(
        score(&format!(
            r#"{{{base},"amount":"1.3e12","currency_inferred":true}}"#
        )),
        (1, 0, 0)
    );
    assert_eq!(
        score(&format!(
            r#"{{{base},"amount":1300000000000,"currency_inferred":true}}"#
        )),
        (1, 0, 0)
    );
}

#[test]
fn a_null_year_matches_a_null_year() {
    let gold = parse_gold(
        r#"{"doc_id":"a","sentence":0,"kind":"year","lang":"ko","text":"올해","start":1,"end":3,"year":null,"relation":"in","relative":0}"#.as_bytes(),
        Path::new("g"),
    )
    .unwrap();
    let pred = parse_pred(
        r#"{"doc_id":"a","kind":"year","lang":"ko","start":1,"end":3,"year":null,"relation":"in","relative":0}
{"doc_id":"a","kind":"year","lang":"ko","start":0,"end":2,"year":2024,"relation":"in","relative":0}"#
            .as_bytes(),
        Path::new("p"),
    )
    .unwrap();
    let eval = evaluate(&gold, &pred);
    assert_eq!(cell(&eval, YEAR, LangKey::Ko), (1, 2, 1, 1, 0, 1, 1));
}

#[test]
fn missing_languages_come_from_the_documents() {
    let mut gold = parse_gold(
        br#"{"doc_id":"a","sentence":0,"kind":"jobs","text":"x","start":0,"end":1,"count":1,"approx":"exact"}
{"doc_id":"b","sentence":0,"kind":"jobs","text":"x","start":0,"end":1,"count":1,"approx":"exact"}
{"doc_id":"c","sentence":0,"kind":"jobs","text":"x","start":0,"end":1,"count":1,"approx":"exact"}"#,
        Path::new("g"),
    )
    .unwrap();
    let langs: HashMap<String, Lang> =
        [("a".to_string(), Lang::Ko), ("b".to_string(), Lang::En)].into();
    fill_langs(&mut gold, &langs);
    assert_eq!(
        gold.iter().map(Mention::lang).collect::<Vec<_>>(),
        [Lang::Ko, Lang::En, Lang::Und]
    );
    let eval = evaluate(&gold, &[]);
    assert_eq!(eval.counts(JOBS, LangKey::Ko).fn_, 1);
    assert_eq!(eval.counts(JOBS, LangKey::En).fn_, 1);
    // `und` counts in the all column only.
    assert_eq!(eval.counts(JOBS, LangKey::All).fn_, 3);
}

#[test]
fn thresholds_parse_and_gate_per_kind() {
    let t = |s: &str| s.parse::<Threshold>();
    assert_eq!(
        t("0.9"),
        Ok(Threshold {
            kind: None,
            min: 0.9
        })
    );
    assert_eq!(
        t("money=1.0"),
        Ok(Threshold {
            kind: Some(Kind::Money),
            min: 1.0
        })
    );
    assert_eq!(
        t(" year = 0.5 "),
        Ok(Threshold {
            kind: Some(Kind::Year),
            min: 0.5
        })
    );
    for bad in ["", "x", "euro=1", "1.5", "-0.1", "NaN", "money="] {
        assert!(t(bad).is_err(), "{bad}");
    }
    let (_, _, eval) = hand_made();
    // F1: money 4/7 ≈ 0.571, jobs 0, year 6/7 ≈ 0.857.
    let kinds = |ts: &[&str]| {
        let ts: Vec<Threshold> = ts.iter().map(|s| s.parse().unwrap()).collect();
        below_bar(&eval, &ts)
            .iter()
            .map(|f| f.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&[]), []);
    assert_eq!(kinds(&["0"]), []);
    assert_eq!(kinds(&["0.5"]), [Kind::Jobs]);
    assert_eq!(kinds(&["0.8"]), [Kind::Money, Kind::Jobs]);
    assert_eq!(kinds(&["0.9"]), [Kind::Money, Kind::Jobs, Kind::Year]);
    assert_eq!(kinds(&["money=0.9"]), [Kind::Money]);
    // A per-kind bar overrides the plain one, in either order.
    assert_eq!(kinds(&["jobs=0", "0.8"]), [Kind::Money]);
    assert_eq!(kinds(&["0.8", "jobs=0", "money=0.5"]), []);
    // A kind without required gold rows is never below the bar.
    let gold = parse_gold(GOLD.as_bytes(), Path::new("g")).unwrap();
    let no_jobs: Vec<Mention> = gold.into_iter().filter(|m| m.kind != Kind::Jobs).collect();
    let eval = evaluate(&no_jobs, &[]);
    let ts = [Threshold {
        kind: None,
        min: 1.0,
    }];
    assert_eq!(
        below_bar(&eval, &ts)
            .iter()
            .map(|f| f.kind)
            .collect::<Vec<_>>(),
        [Kind::Money, Kind::Year]
    );
}

#[test]
fn reports_show_every_cell() {
    let (gold, pred, eval) = hand_made();
    let table = format_table(&eval);
    assert_eq!(table.lines().count(), 13);
    assert!(table.contains("money  en        3      5      2      2      1     0.500   0.667   0.571   0.500   1.000"), "{table}");
    let json: Value = serde_json::from_str(&format_json(&eval)).unwrap();
    let obj = json.as_object().unwrap();
    assert_eq!(obj.len(), 12);
    let all = &obj["all/all"];
    assert_eq!(
        (all["tp"].as_u64(), all["fp"].as_u64(), all["fn"].as_u64()),
        (Some(5), Some(5), Some(2))
    );
    assert_eq!(all["value_ok"].as_u64(), Some(2));
    assert_eq!(all["f1"].as_f64(), Some(10.0 / 17.0));
    assert_eq!(obj["money/ko"]["f1"].as_f64(), Some(1.0));
    let errors = format_errors(&eval, &gold, &pred, 1);
    assert!(errors.contains("misses (2):\n  a money [60..70) \"G4\" en\nfalse alarms (5):\n  a money [5..12) \"P2\" en\n"), "{errors}");
    assert!(
        errors.contains("approx: gold \"about\" pred \"exact\""),
        "{errors}"
    );
    assert!(!errors.contains("G6"), "{errors}");
}

#[test]
fn no_panic_on_odd_input() {
    let inputs: [&[u8]; 8] = [
        b"",
        b"\n\n\n",
        b"\xEF\xBB\xBF",
        b"null",
        b"{}",
        b"{\"doc_id\":\"a\",\"kind\":\"year\",\"start\":18446744073709551615,\"end\":18446744073709551615}",
        b"{\"doc_id\":\"a\",\"kind\":\"year\",\"start\":1e3,\"end\":2}",
        "{\"doc_id\":\"\u{0}\",\"kind\":\"jobs\",\"start\":0,\"end\":0}\r\n".as_bytes(),
    ];
    for input in inputs {
        let gold = parse_gold(input, Path::new("g")).unwrap_or_default();
        let pred = parse_pred(input, Path::new("p")).unwrap_or_default();
        let eval = evaluate(&gold, &pred);
        let _ = (
            format_table(&eval),
            format_json(&eval),
            format_errors(&eval, &gold, &pred, 5),
        );
    }
}
