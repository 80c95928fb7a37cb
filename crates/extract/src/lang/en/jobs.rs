//! English jobs mentions: `320,000 new jobs`, `24,000 Public Jobs`,
//! `12,000 positions`, `two million jobs`, `1.9 mln jobs`, ranges
//! (`8,000 to 10,000 jobs`), approximations (`more than 5,000 jobs`,
//! `nearly 40,000 people`, `fewer than 10,000 workers`), people hired or
//! employed (`hire 3,000 workers` → `3,000 workers`, `500 people will be
//! hired`, `place 40,000 people in new jobs`) and lists carrying the kind
//! forward (`12,515 jobs this year, 12,703 in 2024` → `12,703`).
//!
//! Numbers come from [`crate::numeral::parse_en`]. A job noun (`jobs`,
//! `positions`, `posts`, `roles`, `openings`, `vacancies`) after the number,
//! with at most three modifiers in between, makes a jobs count by itself; a
//! people noun (`workers`, `employees`, `people`, `staff`, …) needs a hiring
//! verb before (`hire`, `employ`, `recruit`, `add`, `place`) or after
//! (`will be hired`, `have been added`, `in new jobs`). Trainees, students,
//! job seekers and residents are never counted. Hiring words stay out of the
//! surface; approximation cues are kept in it.

use std::sync::LazyLock;

use newsfacts_record::{Approx, MentionValue};
use regex::Regex;

use crate::numeral::{scan_en, Numeral};
use crate::{Context, Mention};

/// Modifiers that may stand between a number and its noun.
const MODIFIERS: &str = r"new|more|additional|extra|public|private|public-sector|private-sector|full-time|part-time|permanent|direct|indirect|quality|high-quality|decent|green|well-paying|well-paid|good|local|regular|temporary|manufacturing|construction|tech|high-tech|digital|social|service|youth|industrial|factory|domestic|net|total|skilled|high-paying|high-wage|stable|paid|new-economy|fresh|related|annual|permanent|white-collar|blue-collar|entry-level|office|research|engineering|production|R&D|IT|AI";

/// A job noun after the number: the count is jobs by itself.
static JOB_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:[\s-]+(?:{MODIFIERS})){{0,3}}\s+(?:jobs|positions|posts|roles|openings|vacancies|job\s+openings|job\s+opportunities|employment\s+opportunities|work\s+opportunities|jobs?\s+created)\b"
    ))
    .expect("valid regex")
});

/// What follows a job noun when it is no count of jobs: `jobs report`.
static JOB_NOUN_NOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:seekers?|fairs?|reports?|data|figures|numbers|hunters?|applicants?|centers?|centres?)\b").expect("valid regex")
});

/// A people noun after the number: jobs only with a hiring word.
static PEOPLE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\s-]+[a-z][a-z&-]*){0,2}?\s+(?:workers|employees|people|persons|staff|staffers|personnel|professionals|engineers|technicians|researchers|hires|recruits|welders|developers|specialists|experts|nurses|teachers|drivers|operators|graduates|young\s+people|individuals|workforce|employees|laborers|labourers|jobholders)\b")
        .expect("valid regex")
});

/// People who are never jobs, even near a hiring word.
static NOT_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\s-]+[a-z][a-z&-]*){0,2}?\s+(?:trainees|students|job\s+seekers|jobseekers|applicants|visitors|residents|attendees|participants|unemployed|interns|apprentices|candidates|beneficiaries|subscribers|users|customers|patients|tourists)\b")
        .expect("valid regex")
});

/// A hiring verb right before the number (after approximation cues).
static HIRE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:hire|hires|hired|hiring|employ|employs|employed|employing|recruit|recruits|recruited|recruiting|add|adds|added|adding|place|places|placed|placing|take\s+on|takes\s+on|taking\s+on|took\s+on|bring\s+on|create|creates|created|creating|generate|generates|generated|generating|jobs\s+for|employment\s+for|work\s+for|workforce\s+of|headcount\s+of|payroll\s+of|hiring\s+of|employment\s+of)\s+(?:(?:an?|another|additional|extra|more|some|up\s+to|as\s+many\s+as|a\s+total\s+of|total|of)\s+)*$")
        .expect("valid regex")
});

/// A hiring phrase after the people noun: `will be hired`, `in new jobs`.
static HIRE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s+[a-z]+){0,2}?\s+(?:(?:will|would|could|can|to|have|has|had|were|was|are|is|be|been|being|get|got|already|newly|also|now)\s+)+(?:hired|employed|recruited|added|placed|taken\s+on|given\s+jobs)\b|^\s+(?:in|into)\s+(?:new\s+|full-time\s+|permanent\s+)?jobs\b")
        .expect("valid regex")
});

/// An approximation cue right before the number.
static APPROX_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|fewer\s+than|less\s+than|under|below|just\s+under|just\s+over)\s+$")
        .expect("valid regex")
});

/// The joiner of a range: `8,000 to 10,000`, `8,000-10,000`.
static RANGE_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*[-–—~]\s*|\s+to\s+)$").expect("valid regex"));

/// A year label after a number, or between two list items.
const YEAR_LABEL: &str = r"\s+(?:in|by|for|during|through)\s+(?:(?:fiscal\s+)?[12][0-9]{3}|this\s+year|next\s+year|last\s+year)|\s+(?:this|next|last)\s+year";

/// The gap between a jobs mention and the next item of its list.
static CARRY_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{YEAR_LABEL})?(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
    ))
    .expect("valid regex")
});

/// A bare list item must carry a year label.
static CARRY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{YEAR_LABEL})\b")).expect("valid regex"));

/// Cues that make a four-digit number a year, not a count.
static YEAR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|by|since|until|through|from|during|for|of|to|before|after)\s+$")
        .expect("valid regex")
});

/// Appends the jobs mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let _ = ctx;
    // One multi-literal search, not one `contains` per word (was 3 % of a run).
    static HINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            &[
                "job", "Job", "JOB", "position", "Position", "post", "role", "opening", "vacanc",
                "hire", "Hire", "employ", "Employ", "recruit", "worker", "Worker", "people",
                "People", "staff", "place", "add",
            ]
            .join("|"),
        )
        .expect("valid regex")
    });
    if !HINT.is_match(sentence) {
        return;
    }
    let nums: Vec<Numeral> = scan_en(sentence).collect();
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    while i < nums.len() {
        let n = &nums[i];
        i += 1;
        if n.spelled && n.value.to_u64().is_none_or(|v| v < 2) {
            continue;
        }
        let mut first = n.value.to_u64();
        let mut second = None;
        let mut num_end = n.end;
        if let Some(m) = nums.get(i) {
            if sentence
                .get(n.end..m.start)
                .is_some_and(|gap| RANGE_JOIN.is_match(gap))
            {
                if let (Some(a), Some(b)) = (first, m.value.to_u64()) {
                    let a = if n.top_scale == 0 && m.top_scale > 0 && !n.spelled {
                        10u64
                            .checked_pow(m.top_scale as u32)
                            .and_then(|p| a.checked_mul(p))
                    } else {
                        Some(a)
                    };
                    if let Some(a) = a.filter(|a| *a < b) {
                        first = Some(a);
                        second = Some(b);
                        num_end = m.end;
                        i += 1;
                    }
                }
            }
        }
        let Some(count) = first.filter(|c| *c > 0) else {
            continue;
        };
        let before = &sentence[..n.start];
        if before.ends_with(['$', '€', '£', '¥', '₩', '#', '-']) || before.ends_with("US$") {
            continue;
        }
        let digits = &sentence[n.start..n.end];
        let year_like = digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (1900..=2100).contains(&count);
        if year_like && YEAR_CUE.is_match(before) {
            continue;
        }
        let rest = &sentence[num_end..];
        if rest.starts_with('%') || rest.starts_with(" percent") {
            continue;
        }
        let mut start = n.start;
        let mut approx = Approx::Exact;
        if let Some(a) = APPROX_BEFORE.captures(before) {
            let word = a.get(1).map_or("", |g| g.as_str()).to_ascii_lowercase();
            approx = match word.split_whitespace().next().unwrap_or("") {
                "more" | "over" | "at" | "upwards" | "in" | "no" => Approx::Over,
                "fewer" | "less" | "under" | "below" => Approx::Under,
                "just" if word.ends_with("over") => Approx::Over,
                "just" => Approx::Under,
                _ => Approx::About,
            };
            start = a.get(1).map_or(start, |g| g.start());
        }
        let mut end = None;
        if let Some(m) = JOB_NOUN.find(rest) {
            if !JOB_NOUN_NOT.is_match(&rest[m.end()..]) {
                end = Some(num_end + m.end());
            }
        }
        if end.is_none() && !NOT_PEOPLE.is_match(rest) {
            if let Some(m) = PEOPLE_NOUN.find(rest) {
                let hired = HIRE_BEFORE.is_match(&sentence[..start])
                    || HIRE_AFTER.is_match(&rest[m.end()..]);
                if hired {
                    end = Some(num_end + m.end());
                }
            }
        }
        if end.is_none() {
            if let Some(le) = last_end {
                let carried = sentence
                    .get(le..start)
                    .is_some_and(|gap| CARRY_GAP.is_match(gap))
                    && CARRY_AFTER.is_match(rest)
                    && !year_like;
                if carried {
                    end = Some(num_end);
                }
            }
        }
        let Some(end) = end else {
            continue;
        };
        out.push(Mention {
            start,
            end,
            value: MentionValue::Jobs {
                count,
                count_max: second,
                approx,
            },
        });
        last_end = Some(end);
        // Skip numbers inside the surface (a year label is outside it).
        while nums.get(i).is_some_and(|m| m.start < end) {
            i += 1;
        }
    }
}
