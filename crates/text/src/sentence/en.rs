//! English (and Latin-script) sentence rules as data: abbreviation classes
//! and the words that start a sentence after an ambiguous abbreviation.
//!
//! The classes follow the Pragmatic Segmenter / pySBD split of abbreviations
//! into prepositive ones (a title before a name: never a boundary), numeric
//! ones (`No. 3`: no boundary before a digit) and the rest (`Inc.`, `U.S.`,
//! `etc.`: a boundary only when a typical sentence starter follows).

/// How an abbreviation before a period decides the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// A title or prefix before a name (`Mr.`, `Dr.`, `St.`, `e.g.`): never a boundary.
    Prefix,
    /// A prefix of a number (`No. 3`, `p. 55`, `Jan. 15`): no boundary before
    /// a digit; before a word it is an ordinary word (`Jan.` as [`Abbrev::Postfix`]).
    Numeric,
    /// May end a sentence (`Inc.`, `Ltd.`, `etc.`, `U.S.`, `a.m.`): a boundary
    /// only before a sentence starter (`The`, `He`, `How` …).
    Postfix,
    /// A unit after a number (`$632.2 bn.`, `5 km.`): a boundary before a
    /// capital, none before a digit or a lowercase word.
    Unit,
}

/// Titles and prefixes, matched ignoring ASCII case but written with a
/// capital first letter in the text.
const PREFIX_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "drs", "prof", "profs", "st", "mt", "ft", "gov", "govs", "sen",
    "sens", "rep", "reps", "gen", "col", "lt", "capt", "cpt", "sgt", "cpl", "maj", "adm", "cmdr",
    "rev", "hon", "pres", "supt", "messrs", "mmes", "msgr", "fr", "amb", "atty", "insp", "det",
    "lieut", "brig", "pvt", "rt", "pfc", "gens", "mme", "mlle",
];

/// Prefixes written in lower case too.
const PREFIX_ANY_CASE: &[&str] = &[
    "e.g", "i.e", "vs", "v", "cf", "viz", "approx", "ca", "incl", "esp", "a.k.a", "aka",
];

/// Prefixes of a number.
const NUMERIC: &[&str] = &[
    "no", "nos", "nr", "n°", "vol", "vols", "fig", "figs", "art", "arts", "p", "pp", "ch", "chap",
    "sec", "secs", "para", "paras", "ref", "tel", "ext", "ed", "op", "pt", "pts", "rm", "apt",
    "ste", "bldg", "rte", "hwy", "eq", "eqs", "est", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca", "avg", "max", "min", "tbl",
];

/// Abbreviations that may end a sentence.
const POSTFIX: &[&str] = &[
    "inc", "ltd", "corp", "co", "cos", "bros", "plc", "llc", "pty", "esq", "phd", "etc", "al",
    "blvd", "rd", "govt", "assn", "intl", "natl", "mfg", "dept", "univ", "ave", "jr", "sr", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k", "u.n",
    "e.u", "u.s.a", "ph.d", "b.a", "m.a", "b.sc", "m.sc", "d.c", "l.a", "n.y", "s.a", "n.v", "a.g",
    "k.k", "co.,ltd", "dia",
];

/// Units after a number, which end a sentence before any capital.
const UNITS: &[&str] = &[
    "yr", "yrs", "mln", "bln", "tln", "bn", "mn", "hrs", "mins", "secs", "km", "kg", "oz", "lb",
    "lbs", "sq", "gal", "pct", "pts",
];

/// Words that start a new sentence after an ambiguous abbreviation (the
/// Pragmatic Segmenter list, widened with common news openers).
const STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Because",
    "Before",
    "Being",
    "Both",
    "But",
    "By",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Even",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Meanwhile",
    "Millions",
    "More",
    "Most",
    "My",
    "Next",
    "Now",
    "On",
    "Once",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Thus",
    "Today",
    "Under",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
    "Yesterday",
    "According",
    "Despite",
    "Meanwhile",
    "Many",
    "Such",
    "Other",
    "Please",
    "Let",
    "Can",
    "Could",
    "Will",
    "Would",
    "Should",
    "Are",
    "Has",
    "Have",
    "Had",
    "Not",
];

fn contains(list: &[&str], word: &str) -> bool {
    list.iter()
        .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
}

/// The longest entry (bytes) of the abbreviation lists: a longer token is
/// in none of them, so [`abbrev`] skips the lookups.
const ABBREV_MAX_LEN: usize = max_len(&[PREFIX_TITLES, PREFIX_ANY_CASE, UNITS, POSTFIX, NUMERIC]);

const fn max_len(lists: &[&[&str]]) -> usize {
    let mut max = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            if lists[l][w].len() > max {
                max = lists[l][w].len();
            }
            w += 1;
        }
        l += 1;
    }
    max
}

/// The class of `token` (the word before a period, without the period and
/// leading opening punctuation), if it is an abbreviation.
pub(crate) fn abbrev(token: &str) -> Option<Abbrev> {
    if token.len() > 12 {
        return None;
    }
    if token.len() > ABBREV_MAX_LEN {
        return is_multi_period(token).then_some(Abbrev::Postfix);
    }
    let capital = token.chars().next().is_some_and(char::is_uppercase);
    if capital && contains(PREFIX_TITLES, token) {
        return Some(Abbrev::Prefix);
    }
    if contains(PREFIX_ANY_CASE, token) {
        return Some(Abbrev::Prefix);
    }
    if contains(UNITS, token) {
        return Some(Abbrev::Unit);
    }
    if contains(POSTFIX, token) {
        return Some(if contains(NUMERIC, token) {
            Abbrev::Numeric
        } else {
            Abbrev::Postfix
        });
    }
    if contains(NUMERIC, token) {
        return Some(Abbrev::Numeric);
    }
    if is_multi_period(token) {
        return Some(Abbrev::Postfix);
    }
    None
}

/// Whether a numeric-class abbreviation also may end a sentence before a
/// starter (`Jan.`, `Sept.`): the months and the units.
pub(crate) fn numeric_may_end(token: &str) -> bool {
    contains(POSTFIX, token)
}

/// `U.S`, `e.g`, `Ph.D`, `U.S.A`: letters in runs of at most two, joined by
/// periods.
fn is_multi_period(token: &str) -> bool {
    let mut parts = 0;
    for part in token.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Whether `word` (the next word, openers stripped) typically starts a sentence.
pub(crate) fn is_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

/// Label words that name a numbered heading (`Area 1.`, `Project 8.`), when
/// they open the sentence.
pub(crate) fn is_label_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.len() <= 14
        && chars.all(|c| c.is_alphabetic() || c == '-')
}

/// Whether `token` (the word before a period) is a time of day: `a.m`, `p.m`.
pub(crate) fn is_time(token: &str) -> bool {
    token.eq_ignore_ascii_case("a.m") || token.eq_ignore_ascii_case("p.m")
}

/// Words that carry a time of day on (`8 p.m. EST`, `6 a.m. Tuesday`):
/// zones, weekdays and zone names.
const TIME_FOLLOWERS: &[&str] = &[
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "KST",
    "JST",
    "HKT",
    "SGT",
    "IST",
    "AEST",
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
];

/// Whether `word` after a time of day continues the sentence.
pub(crate) fn is_time_follower(word: &str) -> bool {
    TIME_FOLLOWERS.contains(&word)
}

/// Verbs of saying that attribute a quotation: `“Why wait?” Kim asked.`
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "replied",
    "replies",
    "explained",
    "noted",
    "notes",
    "continued",
    "recalled",
    "insisted",
    "stressed",
    "warned",
    "declared",
    "exclaimed",
    "shouted",
    "whispered",
    "argued",
    "argues",
    "stated",
    "states",
    "remarked",
    "answered",
    "responded",
    "emphasized",
    "emphasised",
];

/// Pronouns, which open a new sentence after a quotation rather than
/// attribute it (`… great." She held the book`).
const PRONOUNS: &[&str] = &[
    "Nobody",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "No",
    "None",
    "Nothing",
    "All",
];

/// Whether `rest` (after a closing quote and a space) attributes the quote
/// to a named speaker: one to four capitalized words, then a verb of saying
/// (`Kim asked`, `Finance Minister Choi Sang-mok said`).
pub(crate) fn speaker_follows(rest: &str) -> bool {
    for (names, word) in rest.split(' ').take(5).enumerate() {
        let word = word.trim_end_matches([',', '.', ';', ':']);
        if names > 0 && SPEECH_VERBS.contains(&word) {
            return true;
        }
        let capital = word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if !capital || (names == 0 && (PRONOUNS.contains(&word) || is_starter(word))) {
            return false;
        }
    }
    false
}
