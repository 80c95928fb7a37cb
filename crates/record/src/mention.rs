//! The `mentions.jsonl` row: common fields plus the value of its kind, written
//! flat in the fixed field order of SPEC §4.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Approx, Kind, Lang, Relation};

/// The normalized value of a mention, one variant per kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentionValue {
    /// A monetary amount.
    Money {
        /// Exact decimal string, e.g. `"5380000000000"` or `"4.25"`.
        amount: String,
        /// Upper bound of a range.
        amount_max: Option<String>,
        /// ISO 4217 code.
        currency: String,
        /// True when the currency is not written (a bare `1.3조`).
        currency_inferred: bool,
        /// Approximation cue.
        approx: Approx,
        /// True for a parenthesised restatement in another currency.
        conversion: bool,
    },
    /// A number of jobs.
    Jobs {
        /// The count.
        count: u64,
        /// Upper bound of a range.
        count_max: Option<u64>,
        /// Approximation cue.
        approx: Approx,
    },
    /// A calendar year.
    Year {
        /// The year, or `None` for a relative year without a reference date.
        year: Option<i32>,
        /// The last year of a range.
        year_end: Option<i32>,
        /// How the year relates to the sentence.
        relation: Relation,
        /// For relative years: 0 this year, 1 next year, -1 last year.
        relative: Option<i32>,
    },
}

impl MentionValue {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            MentionValue::Money { .. } => Kind::Money,
            MentionValue::Jobs { .. } => Kind::Jobs,
            MentionValue::Year { .. } => Kind::Year,
        }
    }
}

/// One row of `mentions.jsonl`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionRow {
    /// The document id.
    pub doc_id: String,
    /// Index of the sentence holding the mention.
    pub sentence: usize,
    /// The mention language (the document language).
    pub lang: Lang,
    /// The exact surface, `text[start..end]` of the document.
    pub text: String,
    /// Start offset in code points into the decoded document text.
    pub start: usize,
    /// End offset (exclusive) in code points.
    pub end: usize,
    /// The normalized value.
    pub value: MentionValue,
}

impl MentionRow {
    /// The kind of the mention.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

/// The flat wire form, in output field order.
#[derive(Serialize, Deserialize)]
struct Flat<'a> {
    #[serde(borrow)]
    doc_id: std::borrow::Cow<'a, str>,
    sentence: usize,
    kind: Kind,
    lang: Lang,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
    start: usize,
    end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount_max: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    currency: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "is_false")]
    currency_inferred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    count: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    count_max: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    approx: Option<Approx>,
    #[serde(default, skip_serializing_if = "is_false")]
    conversion: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    year: Option<Option<i32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    year_end: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    relation: Option<Relation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    relative: Option<i32>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Tells a field given as `null` (Some(None)) from a missing one (None).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A mention row that borrows its fields, serialized exactly as
/// [`MentionRow`]: for writers that would otherwise copy every field.
#[derive(Clone, Copy, Debug)]
pub struct MentionRowRef<'a> {
    /// The document id.
    pub doc_id: &'a str,
    /// Index of the sentence holding the mention.
    pub sentence: usize,
    /// The mention language.
    pub lang: Lang,
    /// The exact surface.
    pub text: &'a str,
    /// Start offset in code points.
    pub start: usize,
    /// End offset (exclusive) in code points.
    pub end: usize,
    /// The normalized value.
    pub value: &'a MentionValue,
}

impl Serialize for MentionRow {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        MentionRowRef {
            doc_id: &self.doc_id,
            sentence: self.sentence,
            lang: self.lang,
            text: &self.text,
            start: self.start,
            end: self.end,
            value: &self.value,
        }
        .serialize(s)
    }
}

impl Serialize for MentionRowRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use std::borrow::Cow::Borrowed;
        let mut flat = Flat {
            doc_id: Borrowed(self.doc_id),
            sentence: self.sentence,
            kind: self.value.kind(),
            lang: self.lang,
            text: Borrowed(self.text),
            start: self.start,
            end: self.end,
            amount: None,
            amount_max: None,
            currency: None,
            currency_inferred: false,
            count: None,
            count_max: None,
            approx: None,
            conversion: false,
            year: None,
            year_end: None,
            relation: None,
            relative: None,
        };
        match self.value {
            MentionValue::Money {
                amount,
                amount_max,
                currency,
                currency_inferred,
                approx,
                conversion,
            } => {
                flat.amount = Some(Borrowed(amount));
                flat.amount_max = amount_max.as_deref().map(Borrowed);
                flat.currency = Some(Borrowed(currency));
                flat.currency_inferred = *currency_inferred;
                flat.approx = Some(*approx);
                flat.conversion = *conversion;
            }
            MentionValue::Jobs {
                count,
                count_max,
                approx,
            } => {
                flat.count = Some(*count);
                flat.count_max = *count_max;
                flat.approx = Some(*approx);
            }
            MentionValue::Year {
                year,
                year_end,
                relation,
                relative,
            } => {
                flat.year = Some(*year);
                flat.year_end = *year_end;
                flat.relation = Some(*relation);
                flat.relative = *relative;
            }
        }
        flat.serialize(s)
    }
}

impl<'de> Deserialize<'de> for MentionRow {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let flat = Flat::deserialize(d)?;
        let missing = |field: &str| {
            D::Error::custom(format!("{} mention without `{field}`", flat.kind.as_str()))
        };
        let value = match flat.kind {
            Kind::Money => MentionValue::Money {
                amount: flat
                    .amount
                    .clone()
                    .ok_or_else(|| missing("amount"))?
                    .into_owned(),
                amount_max: flat.amount_max.clone().map(|a| a.into_owned()),
                currency: flat
                    .currency
                    .clone()
                    .ok_or_else(|| missing("currency"))?
                    .into_owned(),
                currency_inferred: flat.currency_inferred,
                approx: flat.approx.ok_or_else(|| missing("approx"))?,
                conversion: flat.conversion,
            },
            Kind::Jobs => MentionValue::Jobs {
                count: flat.count.ok_or_else(|| missing("count"))?,
                count_max: flat.count_max,
                approx: flat.approx.ok_or_else(|| missing("approx"))?,
            },
            Kind::Year => MentionValue::Year {
                year: flat.year.ok_or_else(|| missing("year"))?,
                year_end: flat.year_end,
                relation: flat.relation.ok_or_else(|| missing("relation"))?,
                relative: flat.relative,
            },
        };
        Ok(MentionRow {
            doc_id: flat.doc_id.into_owned(),
            sentence: flat.sentence,
            lang: flat.lang,
            text: flat.text.into_owned(),
            start: flat.start,
            end: flat.end,
            value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_rows_round_trip_in_field_order() {
        for line in [
            r#"{"doc_id":"a","sentence":0,"kind":"money","lang":"en","text":"5.3 Trillion Won","start":22,"end":38,"amount":"5300000000000","currency":"KRW","approx":"exact"}"#,
            r#"{"doc_id":"a","sentence":2,"kind":"year","lang":"en","text":"2022","start":435,"end":439,"year":2022,"relation":"by"}"#,
            r#"{"doc_id":"a","sentence":2,"kind":"year","lang":"ko","text":"올해","start":1,"end":3,"year":null,"relation":"in","relative":0}"#,
            r#"{"doc_id":"a","sentence":0,"kind":"jobs","lang":"en","text":"8,000 to 10,000 jobs","start":0,"end":20,"count":8000,"count_max":10000,"approx":"exact"}"#,
            r#"{"doc_id":"a","sentence":0,"kind":"money","lang":"ko","text":"1.3조","start":0,"end":4,"amount":"1300000000000","currency":"KRW","currency_inferred":true,"approx":"exact"}"#,
        ] {
            let row: MentionRow = serde_json::from_str(line).unwrap();
            assert_eq!(serde_json::to_string(&row).unwrap(), line);
        }
    }

    #[test]
    fn a_year_mention_needs_its_year_field_even_if_null() {
        let line = r#"{"doc_id":"a","sentence":0,"kind":"year","lang":"ko","text":"올해","start":1,"end":3,"relation":"in"}"#;
        assert!(serde_json::from_str::<MentionRow>(line).is_err());
    }
}
