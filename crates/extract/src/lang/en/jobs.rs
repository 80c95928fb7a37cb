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
//! (`will be hired`, `have been added`, `in new jobs`), or a headcount
//! (`has 5,000 employees`, `its 2,000 staff`; not when laid off or on
//! strike). A job noun counts whatever the verb (`cut 1,200 jobs`); people
//! laid off do not. A bare number counts after payroll statistics
//! (`nonfarm payrolls rose by 150,000`, `employment is projected to increase
//! by 120,000`, `…stood at 28.9 million, up 80,000`), a workforce (`a
//! workforce of 3,000`, `cut its workforce by 1,000`, `job growth of
//! 180,000`) or a hiring verb (`will hire 10,000 this year`). Trainees,
//! students, job seekers and residents are never counted. Hiring words stay
//! out of the surface; approximation cues (`up to` and `as many as` are
//! `under`) are kept in it.

use std::sync::LazyLock;

use newsfacts_local::PerWorker;
use newsfacts_record::{Approx, MentionValue};
use regex::Regex;

use super::{EndRegex, LastWords};
use crate::numeral::{count_range, scan_en, Numeral};
use crate::{Context, Mention};

/// Modifiers that may stand between a number and its noun.
const MODIFIERS: &str = r"new|more|additional|extra|public|private|public-sector|private-sector|full-time|part-time|permanent|direct|indirect|quality|high-quality|decent|green|well-paying|well-paid|good|local|regular|temporary|manufacturing|construction|tech|high-tech|digital|social|service|youth|industrial|factory|domestic|net|total|skilled|high-paying|high-wage|stable|paid|new-economy|fresh|related|annual|permanent|white-collar|blue-collar|entry-level|office|research|engineering|production|R&D|IT|AI|senior|elderly|care|caregiving|government|community|startup|export|hydrogen|semiconductor|chip|battery|auto|automotive|tourism|cultural|creative|platform|gig|renewable|energy|clean-energy|healthcare|health|welfare|agricultural|rural|regional|offshore|sector|public\s+sector|private\s+sector|low-wage|low-paying|middle-class|union|software|data|logistics|retail|hospitality|mining|farm|nonfarm|non-farm|[a-z]+(?:-[a-z]+)+";

/// A job noun after the number: the count is jobs by itself.
static JOB_NOUN: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:-jobs?\b|(?:-plus|\s+or\s+more)?(?:[\s-]+(?:{MODIFIERS})){{0,3}}\s+(?:jobs|positions|posts|roles|openings|vacancies|job\s+openings|job\s+opportunities|employment\s+opportunities|work\s+opportunities|jobs?\s+created)\b|-strong\s+(?:work\s*force|staff|labou?r\s+force)\b)"
    ))
    .expect("valid regex")
});

/// What follows a job noun when it is no count of jobs: `jobs report`.
static JOB_NOUN_NOT: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^\s+(?:seekers?|fairs?|reports?|data|figures|numbers|hunters?|applicants?|centers?|centres?|on\s+(?:social|x|twitter|facebook|instagram|threads|weibo|telegram|the\s+platform)|in\s+(?:the|a|this|that|his|her)\s+(?:film|movie|drama|series|play|show|musical))\b").expect("valid regex")
});

/// A people noun after the number: jobs only with a hiring word.
static PEOPLE_NOUN: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:[\s-]+[a-z][a-z&-]*){0,2}?\s+(?:workers|employees|people|persons|staff|staffers|personnel|professionals|engineers|technicians|researchers|hires|recruits|welders|developers|specialists|experts|nurses|teachers|drivers|operators|graduates|young\s+people|individuals|workforce|employees|laborers|labourers|jobholders|crew\s+members|crews?|pilots|flight\s+attendants|officers|officials|civil\s+servants|public\s+servants|doctors|scientists|designers|programmers|analysts|caregivers|assistants|agents|firefighters|guards|clerks|managers|executives|tellers|cashiers|miners|farmhands|manpower|talents?|consultants|advisers|advisors|counselors|counsellors|inspectors|mechanics|accountants|lawyers|salespeople|instructors|coordinators|planners|architects|chemists|physicians|pharmacists|therapists|social\s+workers)\b")
        .expect("valid regex")
});

/// People who are never jobs, even near a hiring word.
static NOT_PEOPLE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:[\s-]+[a-z][a-z&-]*){0,2}?\s+(?:trainees|students|job\s+seekers|jobseekers|applicants|visitors|residents|attendees|participants|unemployed|interns|apprentices|candidates|beneficiaries|subscribers|users|customers|patients|tourists)\b")
        .expect("valid regex")
});

/// A hiring verb right before the number (after approximation cues).
static HIRE_BEFORE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:hire|hires|hired|hiring|employ|employs|employed|employing|recruit|recruits|recruited|recruiting|add|adds|added|adding|place|places|placed|placing|take\s+on|takes\s+on|taking\s+on|took\s+on|bring\s+on|create|creates|created|creating|generate|generates|generated|generating|jobs\s+for|employment\s+for|work\s+for|recruitment\s+of|(?:job|employment|work)\s+opportunities\s+for|positions\s+for|(?:employment|job)(?:\s+(?:inducement|creation|generation))?\s+effects?\s+(?:of|(?:is|are|was|were|will\s+be)\s+(?:estimated|expected|projected|forecast)\s+(?:at|to\s+be|to\s+reach)|(?:estimated|expected|projected)\s+at)|manpower\s+of|workforce\s+of|headcount\s+of|payroll\s+of|hiring\s+of|employment\s+of)\s+(?:(?:an?|another|additional|extra|more|some|up\s+to|as\s+many\s+as|a\s+total\s+of|total|of)\s+)*$",
    )
});

/// A hiring phrase after the people noun: `will be hired`, `in new jobs`.
static HIRE_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:\s+[a-z]+){0,2}?\s+(?:(?:will|would|could|can|to|have|has|had|were|was|are|is|be|been|being|get|got|already|newly|also|now)\s+)+(?:hired|employed|recruited|added|placed|taken\s+on|given\s+jobs)\b|^\s+(?:in|into)\s+(?:new\s+|full-time\s+|permanent\s+)?jobs\b|^\s+(?:(?:directly|currently|now|newly|already|permanently)\s+)?(?:employed|hired|recruited)\s+(?:by|at|in|on)\b|^\s+(?:(?:were|are|was|is)\s+)?(?:worked|work|works|working)\s+(?:in|at|for)\b|^(?:\s+[a-z]+){0,2}?\s+(?:(?:will|would|could|can|to|have|has|had|already|also|now)\s+)*(?:get|gets|got|find|finds|found|land|landed|secure|secured)\s+(?:new\s+|full-time\s+|permanent\s+|stable\s+|decent\s+)?jobs\b")
        .expect("valid regex")
});

/// `28.4 million employed people`: people counted as employed.
static EMPLOYED_NOUN: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^\s+(?:employed|salaried)\s+(?:people|persons|workers|individuals)\b")
        .expect("valid regex")
});

/// Payroll statistics before a bare number: `nonfarm payrolls rose by`,
/// `employment increased`, `the number of employed people was up`.
static PAYROLL_BEFORE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:(?:non-?farm\s+|private(?:-sector)?\s+|u\.s\.\s+)?payrolls|(?:total\s+|overall\s+|nonfarm\s+)?employment|jobholders|jobs|(?:the\s+)?employed\s+population|(?:the\s+)?number\s+of\s+(?:employed(?:\s+(?:people|persons|workers))?|(?:people|persons|workers)\s+(?:employed|with\s+jobs)|jobholders|(?:new\s+)?jobs|salaried\s+workers|(?:payrolled\s+|paid\s+|salaried\s+)?employees|wage\s+earners))(?:\s+(?:in|at|across)\s+(?:[a-z&-]+\s+){0,3}?[a-z&-]+|\s+(?:held|taken|filled)\s+by\s+(?:[a-z0-9&-]+\s+){0,6}?[a-z0-9&-]+)?\s+(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|should)\s+(?:been\s+)?(?:(?:projected|expected|forecast|forecasted|set|likely|estimated|seen|due)\s+to\s+)?)?(?:rises?|increases?|grows?|expands?|gains?|climbs?|jumps?|falls?|declines?|decreases?|drops?|shrinks?|reach|reaches|totals?|tops?|exceeds?|adds?|rose|risen|rising|increased|increasing|grew|grown|growing|gaining|falling|declining|jumped|climbed|expanded|gained|advanced|surged|soared|added|fell|fallen|declined|decreased|dropped|slipped|shrank|contracted|went\s+up|(?:was|were)\s+(?:up|down)|up|down|stood\s+at|totaled|totalled|reached|hit|came\s+in\s+at)\s+(?:by\s+)?(?:an?\s+(?:estimated|net|seasonally\s+adjusted)\s+|a\s+net\s+|some\s+)?$",
    )
});

/// A bare number after `a workforce of`, `a headcount of`, `its workforce
/// by`, `job growth of`, `direct employment of`, `a hiring target of`,
/// `hire` (`will hire 10,000 this year`).
static WORKFORCE_BEFORE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:(?:workforce|headcount|head\s+count|staff|payroll)\s+(?:of|by)|(?:workforce|headcount|head\s+count|payroll|number\s+of\s+(?:employees|workers|staff))\s+(?:stood\s+at|stands\s+at|totaled|totalled|totals|numbered|numbers|came\s+to|was|is|reached)|job\s+(?:growth|gains?|creation|losses|cuts)\s+of|(?:direct\s+|indirect\s+)?employment\s+of|jobs\s+for|(?:hiring|recruitment)\s+of|(?:hiring|recruitment|job|job-creation|job\s+creation|employment)\s+(?:target|goal)\s+of|manpower\s+of|(?:employment|job)(?:\s+(?:inducement|creation|generation))?\s+effects?\s+(?:of|(?:is|are|was|were|will\s+be)\s+(?:estimated|expected|projected|forecast)\s+(?:at|to\s+be|to\s+reach)|(?:estimated|expected|projected)\s+at)|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|employ|employs|employed|employing|(?:increase|increases|increasing|raise|raises|raising|expand|expands|expanding|boost|boosts|boosting|bring|brings|bringing|lift|lifts|lifting)\s+(?:the\s+)?(?:number|total)\s+of\s+(?:[a-z-]+\s+){0,2}?(?:jobs|positions|employees|workers|staff)\s+(?:[a-z]+\s+){0,3}?to)\s+$",
    )
});

/// What may follow a bare payroll or workforce number: no noun of its own.
static BARE_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:\s*$|\s*[,.;:)]|\s+(?:in|at|across|worldwide|globally|nationwide|and|or|as|by|to|from|last|this|next|on|over|after|while|compared|versus|vs\.?|year|month|a|an|the|during|since|was|were|is|are|will|would|has|have|had|with|for|beat|beats|topped|exceeded|surpassed|missed|outpaced|came|fell|rose|marked|followed)\b)")
        .expect("valid regex")
});

/// A headcount is people employed (SPEC: "people hired or employed"):
/// `has 5,000 employees`, `with 3,000 workers`, `its 12,000 staff`.
static HEADCOUNT_BEFORE: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:has|have|had|having|with|boasts?|boasting|its|their)\s+(?:(?:a\s+total\s+of|a\s+combined|a\s+combined\s+total\s+of|total|now|currently|only|just)\s+)?$",
    )
});

/// Nouns of a headcount: employees, not people at large.
static EMPLOYEE_NOUN: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:[\s-]+(?:full-time|part-time|permanent|regular|contract|local|domestic|overseas|global|direct|new|current|salaried|office|factory|production|unionized)){0,2}\s+(?:employees|workers|staff|staffers|personnel)\b")
        .expect("valid regex")
});

/// A headcount that is being let go is no count of jobs held.
static LET_GO_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:\s+[a-z]+){0,2}?\s+(?:(?:will|would|could|were|was|are|is|to|be|been|being|have|has|had|got|get)\s+)+(?:laid\s+off|cut|fired|dismissed|let\s+go|furloughed|made\s+redundant|on\s+strike)\b|^\s+(?:went|go|going|walked)\s+(?:on\s+strike|out)\b|^\s+(?:rallied|protested|marched|gathered|staged|struck|quit|resigned|died|were\s+killed|were\s+injured)\b")
        .expect("valid regex")
});

/// People described as employed who then lose the job: `500 workers
/// employed by the plant were laid off`.
static LOST_LATER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)\b(?:laid\s+off|lost\s+(?:their\s+)?jobs|fired|dismissed|furloughed|made\s+redundant|on\s+strike|walked\s+out|were\s+killed|were\s+injured|died)\b")
        .expect("valid regex")
});

/// Employees present at or affected by an event are no headcount: `with
/// 300 employees attending`, `40 employees tested positive`.
static PRESENT_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^\s+(?:attending|attended|participating|participated|taking\s+part|took\s+part|present|gathered|gathering|joining|joined|signing|signed|voting|voted|protesting|marching|watching|evacuated|tested|testing|infected|injured|hurt|killed|trapped|missing|on\s+(?:unpaid\s+|paid\s+|sick\s+|parental\s+|maternity\s+)?leave|on\s+furlough|as\s+members|in\s+attendance|at\s+the\s+(?:event|ceremony|meeting|rally))\b")
        .expect("valid regex")
});

/// `a town hall with 1,200 employees`: people at an event, not a headcount.
static EVENT_WITH: PerWorker<EndRegex> = PerWorker::new(|| {
    EndRegex::new(
        r"(?i)\b(?:meeting|meetings|town\s+hall|event|ceremony|session|talks?|dinner|lunch|luncheon|conference|rally|gathering|party|forum|workshop|call|celebration|festival|tour|visit|seminar|briefing)\s+with\s+(?:(?:about|around|some|nearly|more\s+than|over)\s+)?$",
    )
});

/// The approximation cues, as alternatives of a regex.
const APPROX_CUES: &str = r"about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most|an?\s+maximum\s+of|an?\s+minimum\s+of|well\s+over|well\s+above|just\s+above|just\s+below|fewer\s+than|less\s+than|under|below|just\s+under|just\s+over|up\s+to|as\s+many\s+as";

/// An approximation cue right before the number.
static APPROX_BEFORE: PerWorker<EndRegex> =
    PerWorker::new(|| EndRegex::new(&format!(r"(?i)\b({APPROX_CUES})\s+$")));

/// The last words of [`APPROX_CUES`]: the word before the number must be one.
static APPROX_LAST: LazyLock<LastWords> = LazyLock::new(|| LastWords::of(APPROX_CUES));

/// The joiner of a range: `8,000 to 10,000`, `8,000-10,000`.
static RANGE_JOIN: PerWorker<Regex> =
    PerWorker::new(|| Regex::new(r"^(?:\s*[-–—~]\s*|\s+to\s+)$").expect("valid regex"));

/// A year label after a number, or between two list items.
const YEAR_LABEL: &str = r"\s+(?:in|by|for|during|through)\s+(?:(?:fiscal\s+)?[12][0-9]{3}|this\s+year|next\s+year|last\s+year)|\s+(?:this|next|last)\s+year";

/// The gap between a jobs mention and the next item of its list.
static CARRY_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{YEAR_LABEL})?(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
    ))
    .expect("valid regex")
});

/// The change after a jobs count: `28.9 million in May, up 80,000 from a
/// year earlier`, `…, an increase of 80,000`.
static CHANGE_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:\s+(?:in|for|as\s+of|at\s+the\s+end\s+of)\s+[A-Za-z]+\.?(?:\s+[0-9]{4})?)?\s*,\s*(?:(?:up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:on-year\s+|year-on-year\s+|annual\s+)?(?:increase|rise|gain|decrease|drop|decline|fall)\s+of\s+)$")
        .expect("valid regex")
});

/// A part or a comparison of a jobs count: `80,000 new employees by 2026,
/// including 44,000 this year`, `1.17 million jobs for seniors, up from 1.03
/// million`.
static PART_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{YEAR_LABEL}|\s+(?:for|in|at|across|by|through)\s+(?:[a-z0-9-]+\s+){{0,4}}[a-z0-9-]+){{0,2}}(?:\s*,\s*|\s+)(?:including|of\s+which|(?:up|down)\s+from|compared\s+with|compared\s+to|versus|from)\s+(?:(?:about|around|some|nearly|roughly|approximately)\s+)?$"
    ))
    .expect("valid regex")
});

/// A list whose items are labelled by sector: `added 68,000 jobs,
/// governments 43,000 and restaurants and bars 42,000`.
static LABEL_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[a-z][a-z&-]*\s+){1,4}$")
        .expect("valid regex")
});

/// Label words that make the gap no sector label: verbs and linkers.
static LABEL_NOT: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)\b(?:[a-z]+ed|with|to|of|for|from|at|by|than|about|around|some|nearly|over|under|more|less|fewer|up|down|is|are|was|were|be|been|will|would|has|have|had|while|as|the|a|an|its|their|his|her|this|that|these|those|which|who|when|where|rose|fell|grew|hit|cut|set|won|paid|spent|spend|invest|invests|hire|hires|employ|employs|add|adds|create|creates|plus|another|only|just|about|almost|total|totaling|totalling|worth|costing)\s")
        .expect("valid regex")
});

/// The joiner between two items of a list of people hired.
static LIST_JOIN: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus)\s+)$").expect("valid regex")
});

/// Items labelled by a place or sector, one after the other: `15,000 in
/// the public sector and 27,000 in the private sector`.
static PLACE_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^\s+(?:in|at|across|for)\s+(?:[a-z0-9&-]+\s+){0,4}?[a-z0-9&-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
        .expect("valid regex")
});

/// The label of the next item of such a list.
static PLACE_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(r"(?i)^\s+(?:in|at|across|for)\s+(?:the\s+|its\s+|their\s+)?[a-z]")
        .expect("valid regex")
});

/// A bare list item must carry a year label.
static CARRY_AFTER: PerWorker<Regex> =
    PerWorker::new(|| Regex::new(&format!(r"(?i)^(?:{YEAR_LABEL})\b")).expect("valid regex"));

/// Words that make a four-digit number after them a year, not a count.
const YEAR_CUES: &str = r"in|by|since|until|through|from|during|for|of|to|before|after";

/// Cues that make a four-digit number a year, not a count.
static YEAR_CUE: PerWorker<EndRegex> =
    PerWorker::new(|| EndRegex::new(&format!(r"(?i)\b(?:{YEAR_CUES})\s+$")));

/// The last words of [`YEAR_CUES`].
static YEAR_LAST: LazyLock<LastWords> = LazyLock::new(|| LastWords::of(YEAR_CUES));

/// Whether `gap` has only characters a [`RANGE_JOIN`] match can have
/// (white space, dashes, `~`, the letters of `to`): most gaps hold other
/// words and need no regex.
fn joiner_chars(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '~' | 't' | 'o'))
}

fn starts_with_ci(hay: &str, needle: &str) -> bool {
    hay.get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

/// Appends the jobs mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let _ = ctx;
    if has_hint(sentence) {
        find_in(sentence, scan_en(sentence), out);
    }
}

/// Like [`find`], given the numbers of `sentence` ([`scan_en`]'s, in order).
pub(crate) fn find_scanned(sentence: &str, nums: &[Numeral], out: &mut Vec<Mention>) {
    if nums.iter().any(|n| !small_spelled(n)) && has_hint(sentence) {
        find_in(sentence, nums.iter().cloned(), out);
    }
}

/// `one`, `a`: spelled numbers below two are never a count of jobs.
fn small_spelled(n: &Numeral) -> bool {
    n.spelled && n.value.to_u64().is_none_or(|v| v < 2)
}

/// Whether `sentence` has a word that a jobs mention needs somewhere.
fn has_hint(sentence: &str) -> bool {
    // One multi-literal search, not one `contains` per word (was 3% of a run).
    // Sorted, the literals share the search's buckets better: a quarter
    // fewer instructions than in this order (callgrind), same answer.
    static HINT: PerWorker<Regex> = PerWorker::new(|| {
        let mut words = [
            "job",
            "Job",
            "JOB",
            "position",
            "Position",
            "post",
            "role",
            "opening",
            "vacanc",
            "hire",
            "Hire",
            "hiring",
            "Hiring",
            "HIRING",
            "employ",
            "Employ",
            "EMPLOY",
            "recruit",
            "Recruit",
            "worker",
            "Worker",
            "people",
            "People",
            "staff",
            "Staff",
            "place",
            "add",
            "payroll",
            "Payroll",
            "workforce",
            "Workforce",
            "headcount",
            "Headcount",
        ];
        words.sort_unstable();
        Regex::new(&words.join("|")).expect("valid regex")
    });
    HINT.is_match(sentence)
}

/// The jobs mentions among the numbers `nums` of `sentence` (left to right).
fn find_in(sentence: &str, nums: impl Iterator<Item = Numeral>, out: &mut Vec<Mention>) {
    // Each number with a look at the next one (no vector to fill).
    let mut nums = nums.peekable();
    let mut last_end: Option<usize> = None;
    while let Some(n) = nums.next() {
        let n = &n;
        if small_spelled(n) {
            continue;
        }
        let mut first = n.value.to_u64();
        let mut second = None;
        let mut num_end = n.end;
        let mut range = None;
        if let Some(m) = nums.peek() {
            let head = sentence[..n.start].trim_end();
            let between = head.len() >= 7
                && head
                    .get(head.len() - 7..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("between"));
            if sentence.get(n.end..m.start).is_some_and(|gap| {
                (joiner_chars(gap) && RANGE_JOIN.is_match(gap))
                    || (between && gap.eq_ignore_ascii_case(" and "))
            }) {
                range = first
                    .and_then(|a| count_range(a, n, m, !n.spelled))
                    .map(|ab| (ab, m.end));
            }
        }
        if let Some(((a, b), end)) = range {
            first = Some(a);
            second = Some(b);
            num_end = end;
            nums.next();
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
        // The regexes that end where the number starts (`…\s+$`) need white
        // space right before it; those that start after the number
        // (`^[\s-]…`) need white space or a hyphen right after it.
        let spaced_before = before.ends_with(char::is_whitespace);
        if year_like && spaced_before && YEAR_LAST.end(before) && YEAR_CUE.is_match(before) {
            continue;
        }
        let rest = &sentence[num_end..];
        if rest.starts_with('%') || rest.starts_with(" percent") {
            continue;
        }
        let mut start = n.start;
        let mut approx = Approx::Exact;
        // The cue is the match without the spaces after it (`find` runs
        // backwards from the end alone; `captures` also runs forwards).
        let cue = if spaced_before && APPROX_LAST.end(before) {
            APPROX_BEFORE.find(before)
        } else {
            None
        };
        if let Some(a) = cue {
            let word = a.as_str().trim_end().to_ascii_lowercase();
            let last = word.split_whitespace().last().unwrap_or("");
            approx = match word.split_whitespace().next().unwrap_or("") {
                "no" | "not" if word.contains("more") => Approx::Under,
                "at" if last == "most" => Approx::Under,
                "a" | "an" if word.contains("maximum") => Approx::Under,
                "a" | "an" if word.contains("minimum") => Approx::Over,
                "more" | "over" | "at" | "upwards" | "in" | "no" | "not" => Approx::Over,
                "fewer" | "less" | "under" | "below" | "up" | "as" => Approx::Under,
                "just" | "well" if matches!(last, "over" | "above") => Approx::Over,
                "just" => Approx::Under,
                _ => Approx::About,
            };
            start = a.start();
        }
        let spaced_after = rest.starts_with(|c: char| c == '-' || c.is_whitespace());
        // What comes before the count and its cue: the hiring, payroll and
        // headcount regexes end with white space (`…\s+$`) too.
        let lead = Some(&sentence[..start]).filter(|l| l.ends_with(char::is_whitespace));
        let mut end = None;
        let job_noun = if spaced_after {
            JOB_NOUN.find(rest)
        } else {
            None
        };
        if let Some(m) = job_noun {
            if !JOB_NOUN_NOT.is_match(&rest[m.end()..]) {
                let mut e = num_end + m.end();
                // `1,000-plus jobs`, `1,000 or more jobs`, `1,000 jobs or more`.
                let head = &rest[..m.end()];
                let plus = head.starts_with("-plus") || starts_with_ci(head, " or more");
                if let Some(tail) = sentence.get(e..).filter(|t| starts_with_ci(t, " or more")) {
                    if !tail[8..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
                        e += 8;
                        if approx == Approx::Exact {
                            approx = Approx::Over;
                        }
                    }
                }
                if plus && approx == Approx::Exact {
                    approx = Approx::Over;
                }
                end = Some(e);
            }
        }
        // Every EMPLOYED_NOUN and EMPLOYEE_NOUN match is a PEOPLE_NOUN match
        // (their words are among its modifiers and nouns): without a people
        // noun, none of the three is tried.
        let people = if end.is_none() && spaced_after {
            PEOPLE_NOUN.find(rest)
        } else {
            None
        };
        if end.is_none() && people.is_some() {
            if let Some(m) = EMPLOYED_NOUN.find(rest) {
                end = Some(num_end + m.end());
            }
        }
        // A bare count needs some size (`employs 3 in 10 workers` is a share).
        if end.is_none()
            && second.is_none()
            && count >= 10
            && !year_like
            && BARE_AFTER.is_match(rest)
            && lead.is_some_and(|l| PAYROLL_BEFORE.is_match(l) || WORKFORCE_BEFORE.is_match(l))
        {
            end = Some(num_end);
        }
        if let Some(m) = people.filter(|_| end.is_none() && !NOT_PEOPLE.is_match(rest)) {
            let tail = &rest[m.end()..];
            // `recruit 1,400 cabin crew members and 400 pilots`.
            let listed = last_end.is_some_and(|le| {
                sentence
                    .get(le..start)
                    .is_some_and(|g| LIST_JOIN.is_match(g))
            });
            let hired = listed
                || lead.is_some_and(|l| HIRE_BEFORE.is_match(l))
                || (HIRE_AFTER.is_match(tail) && !LOST_LATER.is_match(tail));
            if hired {
                end = Some(num_end + m.end());
            }
        }
        if end.is_none()
            && people.is_some()
            && lead.is_some_and(|l| HEADCOUNT_BEFORE.is_match(l) && !EVENT_WITH.is_match(l))
        {
            if let Some(m) = EMPLOYEE_NOUN.find(rest) {
                let tail = &rest[m.end()..];
                if !LET_GO_AFTER.is_match(tail) && !PRESENT_AFTER.is_match(tail) {
                    end = Some(num_end + m.end());
                }
            }
        }
        if end.is_none() {
            if let Some(le) = last_end {
                let gap = sentence.get(le..start).unwrap_or("");
                let carried = ((CARRY_GAP.is_match(gap) && CARRY_AFTER.is_match(rest))
                    || (PLACE_GAP.is_match(gap) && PLACE_AFTER.is_match(rest))
                    || ((CHANGE_GAP.is_match(gap) || PART_GAP.is_match(gap))
                        && BARE_AFTER.is_match(rest))
                    || (LABEL_GAP.is_match(gap)
                        && !LABEL_NOT.is_match(gap)
                        && BARE_AFTER.is_match(rest)
                        && n.top_scale == 0))
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
        while nums.next_if(|m| m.start < end).is_some() {}
    }
}
