//! Korean jobs mentions: `일자리 14만5094개`, `658개의 일자리`,
//! `26만명의 일자리`, `신규 채용 500명` (surface `500명`), `1만6천여명을 고용`
//! (`1만6천여명`, over), `일자리 3만~5만 개` (a range), `일자리 1만 개가량`
//! (about), `일자리 5천 개 이상` (over), and lists that carry the kind
//! forward (`2024년 1만2천개, 2025년 1만5천개`).
//!
//! A count is a number read by [`crate::numeral::parse_ko`] followed by the
//! counter `개` or `명`. It is a jobs count when a job word stands next to it:
//! `일자리` just before (with only filler words such as `목표는` or a year in
//! between) or just after (`의 일자리`); for people (`명`), a hiring word
//! before (`채용`, `고용`, `고용 인원은`) or after (`을 채용`, `의 고용유발`).
//! Trainees, students, job seekers, visitors and residents (`교육생`,
//! `구직자`, `285명을 교육`, `1162명의 전문인력 양성`) and things counted
//! with `개` (`9개 사업`, `200개 기업`) are not jobs. Hiring words are left
//! out of the surface; an adjacent `일자리` is kept.
//!
//! Real-news forms: bounds (`최대 1만 명` under, `최소 500명` over), staff
//! recruited (`경력직 200명을 모집`, `공채 선발 인원은 4천749명`; not
//! `참여자 500명을 모집`), people placed or working (`300명에게 일자리를
//! 제공`, `500명이 근무하는`), employee headcounts (`직원 수는 12만명`,
//! `임직원 3만명 규모`, `종업원 6천명을 두고`; not residents, visitors or
//! people laid off), growth of the employed (`취업자가 17만2천명
//! 늘었다`; not the stock `취업자는 2천878만명`), and lists whose hiring word
//! ends the list (`2024년 1천명, 2025년 2천명을 채용`). A hiring word in
//! another phrase (`채용 비리로 10명이 기소`) does not count.

use std::cell::Cell;

use newsfacts_local::PerWorker;
use newsfacts_record::{Approx, MentionValue};
use regex::Regex;

use crate::numeral::{count_range, scan_ko, Numeral};
use crate::{Context, Mention};

/// The counters after a number (after at most one joining space).
const COUNTERS: &[&str] = &["개", "명"];

/// Words that start with the counter but are another counter: `3개월`, `2개국`.
const NOT_COUNTERS: &[&str] = &[
    "개월",
    "개국",
    "개사",
    "개소",
    "개교",
    "개동",
    "개년",
    "개층",
    "개월간",
    "명단",
    "명절",
    "명소",
    "명품",
    "명예",
    "명령",
    "명칭",
];

/// Approximation cues after the counter (after at most one space), first
/// listed wins, and the approximation each gives.
const APPROX_AFTER: &[(&str, Approx)] = &[
    ("가량", Approx::About),
    ("안팎", Approx::About),
    ("내외", Approx::About),
    ("정도", Approx::About),
    ("쯤", Approx::About),
    ("가까이", Approx::About),
    ("가까운", Approx::About),
    ("이상", Approx::Over),
    ("넘게", Approx::Over),
    ("넘는", Approx::Over),
    ("초과", Approx::Over),
    ("남짓", Approx::Over),
    ("미만", Approx::Under),
    ("이하", Approx::Under),
    ("이내", Approx::Under),
    ("여", Approx::Over),
];

/// The characters that join the two ends of a range.
const RANGE_JOINERS: &[char] = &['~', '∼', '～', '〜', '-', '–'];

/// The first word of `words` that `text` starts with after at most one
/// space, and the end of that word in `text`. Forward matching on a table:
/// no regex call.
fn word_after_space<'w, T>(text: &str, words: &'w [(&'w str, T)]) -> Option<(&'w T, usize)> {
    let t = text.strip_prefix(' ').unwrap_or(text);
    let skipped = text.len() - t.len();
    words
        .iter()
        .find(|(w, _)| t.starts_with(w))
        .map(|(w, v)| (v, skipped + w.len()))
}

/// True when `gap`, the text between two numbers, joins them as a range:
/// a joiner of [`RANGE_JOINERS`] with at most one space on each side.
fn is_range_join(gap: &str) -> bool {
    let g = gap.strip_prefix(' ').unwrap_or(gap);
    let mut chars = g.chars();
    chars.next().is_some_and(|c| RANGE_JOINERS.contains(&c)) && matches!(chars.as_str(), "" | " ")
}

/// `일자리` right after the count (kept in the surface).
static JOB_NOUN_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^(?:의)? ?(?:(?:신규|새|새로운|양질의|좋은|청년|공공|민간|직접|간접|추가) ?)*일자리",
    )
    .expect("valid regex")
});

/// Nouns that 일자리 may modify: the count is then of these.
static JOB_NOUN_COMPOUND: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^ ?(?:사업|센터|정책|기관|박람회|페어|프로그램|과제|플랫폼|지원사업|사업단|협약|포털|앱|대책|분야|유형|모델|부문|과정|창출 ?사업|창출 ?기업|기업|우수기업)")
        .expect("valid regex")
});

/// A hiring word after a count of people: `을 채용`, `의 고용유발`.
static HIRE_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:을|를|이|가|은|는|의|씩|도|까지)? ?(?:규모(?:의|로)? )?(?:(?:인력|직원|인원|사원|신입사원|근로자|인재|연구원|경력직|정규직)(?:을|를)? )?(?:(?:[0-9]{4}년|올해|내년|연내|연말)(?:까지|부터|에)? )?(?:[가-힣 ]{1,12}(?:을|를) 통해 )?(?:(?:[가-힣]+ )?[가-힣]+(?:으로|로|에서|에) )?(?:신규 ?|새로 ?|추가로? ?|직접 ?|더 ?|추가 ?|공개 ?|수시 ?|상시 ?|특별 ?|현지 ?|현장 ?|우선 ?|별도로 ?|정식 ?)?(?:채용|고용|뽑|충원|증원|취업(?:했|한|하|할|시|에|을|이|으로|연계|알선|성공)|근무(?:하|한|할|중인)|채우|채울|채운|채웠|일하(?:는|고|며|게)|재직(?:하|한|중인)|직고용)|^(?:에게|에) (?:[가-힣]+ )?(?:새 |새로운 |신규 |양질의 )?일자리|^(?:이|가|은|는) (?:새 |새로운 |신규 )?일자리를 (?:얻|찾|구)")
        .expect("valid regex")
});

/// What a count of people is for when it is no job: `을 교육`, `의 전문인력 양성`.
static BLOCK_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:을|를|이|가|의|에게|은|는|도)? ?(?:[가-힣A-Za-z]+ )?(?:[가-힣]*(?:교육|양성|육성|훈련|대상|참가|참여|방문|관람|수강|초청|배출|다녀|몰려|몰렸|이용|가입|거주|사망|확진|입국|출국|응시|수료|졸업|지원자|구직|감원|감축|해고|퇴직|실직|줄어|줄었|감소|기소|입건|구속|적발|징계|부상|다쳤|숨졌|지원했|지원해|응모|탈락|합격|서명|잃었|잃어|잃게))")
        .expect("valid regex")
});

/// Nouns counted with `개` that are no jobs: `9개 사업`, `2개의 분야`.
static THING_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:의)? ?(?:[가-힣]+ )?(?:분야|사업|기업|업체|회사|곳|과제|기관|프로젝트|국가|나라|도시|시군|지역|팀|학교|대학|과정|프로그램|노선|매장|점포|공장|단지|센터|시설|제품|품목|부품|종목|협력사|부처|부서|라인|항목|단체|업종|직종|직무|모델|특허|차종|매장|병원|학과|대회|행사|작품|종류|가지)")
        .expect("valid regex")
});

/// A job or hiring word before a count of people.
static HIRE_WORD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:신규|신입|경력|정규직)?(?:채용|고용|일자리|취업유발)(?:인원|규모|목표|계획|창출|유발|예정)?(?:은|는|이|가|을|를|도|의|로|으로|만)?$")
        .expect("valid regex")
});

/// `일자리` (with a particle or in a compound) before a count of `개`.
static JOB_WORD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:[가-힣]*일자리|일거리)(?:은|는|이|가|을|를|도|의|만)?$").expect("valid regex")
});

/// Words that may stand between `일자리` and its count: `일자리 목표는 2024년 1만2천개`.
static FILLER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:목표|창출|창출효과|효과|규모|수|총|모두|약|연간|연평균|매년|신규|추가|누적|최대|최소|[0-9]{4}년(?:도)?|올해|내년|금년|작년|지난해|연도별|직접|간접|새|새로|인원|인력|직원|근로자|행원|신입|사원|연구개발|생산|사무|기술|현장|관리|청년|상시|정규직|비정규직|현지|국내|해외|전문|일반)(?:은|는|이|가|을|를|도|만|의|로|으로|에|에서|까지|부터|만|과|와)?$")
        .expect("valid regex")
});

/// People who are not hired: trainees, students, seekers, visitors, residents.
static BLOCK_WORD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("(?:취업준비생|취준생|봉사자|신청자|희망자|수급자|이재민|관중|청중|시위|서명|교육생|훈련생|수강생|연수생|학생|졸업생|구직자|방문객|관람객|관광객|주민|인구|참가자|참여자|수혜자|대상자|지원자|응시자|가입자|이용자|회원|환자|확진자|사망자|실업자|피해자|시민|도민|군민|국민|관객|입장객|선수|아동|노인|어르신|인재|전문인력|교육|양성|훈련|(?:^|[^연])구직|실직|해고|감원|퇴직)")
        .expect("valid regex")
});

/// People just before a count who are not hired staff: `교육생 300명을 뽑는`.
static NOT_STAFF_BEFORE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("(?:교육생|훈련생|수강생|연수생|구직자|참가자|참여자|관람객|방문객|봉사자)(?:은|는|이|가|을|를|도)? $")
        .expect("valid regex")
});

/// Recruiting words after a count of people: jobs only with an employee
/// word before (`경력직 200명을 모집`, not `참여자 500명을 모집`).
static RECRUIT_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^(?:을|를|씩|도)? ?(?:[가-힣]+(?:으로|로) )?(?:신규 ?|추가로? ?)?(?:모집|선발|공채|채용)",
    )
    .expect("valid regex")
});

/// A recruiting quota just before a count: `공채 선발 인원은 4천749명`.
static RECRUIT_BEFORE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("(?:선발|모집) ?(?:예정 ?)?(?:인원|규모)(?:은|는|이|가|도)? ?$")
        .expect("valid regex")
});

/// Employee words: the people recruited are hired staff.
static EMPLOYEE_WORD: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("(?:직원|사원|경력직|신입|정규직|계약직|공무원|행원|연구원|인력|엔지니어|기술자|간호사|교사|교원|소방관|경찰관|경찰|군무원|공채|근로자)")
        .expect("valid regex")
});

/// An increase after a count of the employed: `취업자 수가 30만명 늘었다`,
/// `17만2천명↑`, or after a list (`취업자가 9만4천명, 정보통신업이 9만명 늘었다`).
static INCREASE_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:, ?[가-힣·A-Za-z]+(?:이|가|은|는|도)? [0-9][0-9,만천]*명)*[^,.;0-9]{0,16}?(?:↑|증가|늘었|늘어|늘며|늘고|늘면서|늘린|급증|확대)")
        .expect("valid regex")
});

/// A threshold after a count: `증가 폭이 10만명 아래로`.
static THRESHOLD_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(
        "^ ?(?:아래|밑|선(?:을|이|에|으로|까지)|대로|대에|대를|대가|초반|중반|후반|초중반|중후반)",
    )
    .expect("valid regex")
});

/// A headcount subject before a count of people: `직원 수는 지난해 말
/// 기준`, `임직원이`, `종업원`, `상시 근로자는 현재`.
static HEADCOUNT_BEFORE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("(?:직원|종업원|상시 ?근로자|상시 ?노동자|고용 ?인원|재직 ?인원|사원|근무 ?인원)(?: ?수)?(?:은|는|이|가|을|를|도|만)? (?:(?:[0-9]{4}년|[0-9]{1,2}년간?|새|사이|동안|만에|[0-9]{1,2}월|[1-4] ?분기|지난|지난해|작년|올해|상반기|하반기|연말|현재|말|기준|모두|총|약|전체|국내|해외|본사|현지|합쳐|통틀어|규모)(?:은|는|이|가|의|에|로)? ){0,4}$")
        .expect("valid regex")
});

/// What may follow a headcount: the end of the statement, `을 두고`,
/// `규모`, `수준`, `으로` (not `이 참여`, `에 대한`).
static HEADCOUNT_AFTER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?: ?$|[,.)]| ?(?:규모|수준|가량|정도|안팎|남짓)|(?:이다|이며|이고|이었|였|입니다|이라|이나|으로|로|에 달|에 이[르른]|에 육박|을 넘|을 웃|을 두|를 두|을 거느|을 보유)| ?(?:더 |추가로 |새로 )?(?:늘리|늘린|늘릴|늘려|늘었|늘어|늘고|증원|증가))")
        .expect("valid regex")
});

/// Workers in general before a count: a headcount only when kept
/// (`근로자 420명을 두고`), not a statistic (`근로자는 301만명`).
static WORKERS_BEFORE: PerWorker<Regex> =
    PerWorker::new(|| Regex::new("(?:근로자|노동자|인력)(?:을|를)? $").expect("valid regex"));

/// Keeping staff after a count: `을 두고`, `을 거느린`.
static KEEP_AFTER: PerWorker<Regex> =
    PerWorker::new(|| Regex::new("^(?:을|를) (?:두|둔|거느|보유)").expect("valid regex"));

/// A job programme's size before a count: `직접일자리 사업 규모는 117만개`.
static PROGRAM_SIZE_BEFORE: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("일자리 ?사업(?:의)? ?(?:규모|인원|물량|목표)(?:은|는|이|가|를|을|도)? (?:(?:약|총|모두|연간)? )?$")
        .expect("valid regex")
});

/// A word that closes its own phrase: an adverbial or linking ending.
static PHRASE_END: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("(?:으로|로|에서|에는|에게|인|며|고|서|면)$").expect("valid regex")
});

/// The gap between two counts of a list carrying the kind forward.
static CARRY_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:에서|으로|로|과|와|및|그리고|또는|,|·| )*(?:(?:[0-9]{4}년(?:도)?|올해|내년|금년|[가-힣A-Za-z&]+) ){0,2}$")
        .expect("valid regex")
});

const CLAUSE_BREAKS: &[char] = &[
    ',', '.', '…', '▲', '■', '•', '·', '(', ')', '[', ']', '“', '”', '‘', '’', '"', '\'', '、',
    ';', ':', '/',
];

/// The numbers of a sentence and its undecided counts: buffers kept per
/// thread and reused from sentence to sentence, so `find` allocates nothing
/// once they have grown.
#[derive(Default)]
struct Buffers {
    nums: Vec<Numeral>,
    pending: Vec<Pending>,
}

thread_local! {
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
}

/// Appends the jobs mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let _ = ctx;
    if !(sentence.contains('개') || sentence.contains('명')) {
        return;
    }
    let mut buffers = BUFFERS.take();
    buffers.nums.clear();
    buffers.nums.extend(scan_ko(sentence));
    buffers.pending.clear();
    find_counts(sentence, &buffers.nums, &mut buffers.pending, out);
    BUFFERS.set(buffers);
}

/// The body of [`find`] over the numbers `nums` of `sentence`; `pending`
/// starts empty.
fn find_counts(
    sentence: &str,
    nums: &[Numeral],
    pending: &mut Vec<Pending>,
    out: &mut Vec<Mention>,
) {
    let mut last: Option<(usize, &str)> = None; // end of the last jobs mention, its counter
    let mut i = 0;
    while i < nums.len() {
        let n = &nums[i];
        i += 1;
        let mut first = n.value.to_u64();
        let mut second = None;
        let mut num_end = n.end;
        let mut over = n.over;
        // `1만 5천`: a smaller part written after a space.
        if let (Some(m), Some(a)) = (nums.get(i), first) {
            let below = 10u64
                .checked_pow(n.top_scale.max(0) as u32)
                .unwrap_or(u64::MAX);
            if n.top_scale >= 4
                && !n.over
                && sentence.get(n.end..m.start) == Some(" ")
                && m.top_scale < n.top_scale
                && m.value.to_u64().is_some_and(|b| b < below)
            {
                first = m.value.to_u64().and_then(|b| a.checked_add(b));
                num_end = m.end;
                over = m.over;
                i += 1;
            }
        }
        // A range `3만~5만`, `3~5만`.
        if let Some(m) = nums.get(i) {
            if sentence.get(n.end..m.start).is_some_and(is_range_join) {
                if let Some((a, b)) = first.and_then(|a| count_range(a, n, m, !n.fraction)) {
                    first = Some(a);
                    second = Some(b);
                    num_end = m.end;
                    over |= m.over;
                    i += 1;
                }
            }
        }
        let Some(count) = first.filter(|c| *c > 0) else {
            continue;
        };
        if n.hangul && count < 10 {
            continue;
        }
        let rest = &sentence[num_end..];
        let rest_word = rest.strip_prefix(' ').unwrap_or(rest);
        let Some(&counter) = COUNTERS.iter().find(|c| rest_word.starts_with(*c)) else {
            continue;
        };
        let counter_end = num_end + (rest.len() - rest_word.len()) + counter.len();
        let rest_word = rest.trim_start_matches(' ');
        if NOT_COUNTERS.iter().any(|w| rest_word.starts_with(w)) {
            continue;
        }
        let mut end = counter_end;
        let mut approx = if over { Approx::Over } else { Approx::Exact };
        if let Some((&a, len)) = word_after_space(&sentence[end..], APPROX_AFTER) {
            approx = a;
            end += len;
        }
        let mut start = n.start;
        let before = &sentence[..start];
        if let Some(b) = before
            .strip_suffix("약 ")
            .or_else(|| before.strip_suffix('약'))
        {
            if !b.ends_with(|c: char| ('가'..='힣').contains(&c)) {
                start = b.len();
                if approx == Approx::Exact {
                    approx = Approx::About;
                }
            }
        }
        if let Some((a, p)) = bound_before(&sentence[..start]) {
            start = p;
            if approx == Approx::Exact {
                approx = a;
            }
        }
        let after = &sentence[end..];
        // `100개 일자리 사업`, `30개 일자리센터`: 일자리 modifies another
        // noun, and the count is of that.
        let noun_after = JOB_NOUN_AFTER
            .find(after)
            .map(|m| m.end())
            .filter(|&k| !JOB_NOUN_COMPOUND.is_match(&after[k..]));
        let mut is_job = noun_after.is_some();
        // `교육생 300명을 뽑는`: people right before the count who are
        // not hired staff.
        // The clause before the count, read by several tests below.
        let clause = clause_before(&sentence[..start]);
        let mut blocked = counter == "명" && NOT_STAFF_BEFORE.is_match(clause);
        if blocked {
            is_job = false;
        } else if !is_job {
            if counter == "명" {
                if HIRE_AFTER.is_match(after) {
                    is_job = true;
                } else if BLOCK_AFTER.is_match(after) {
                    blocked = true;
                }
            } else if THING_AFTER.is_match(after) {
                blocked = true;
            }
        }
        if !is_job && !blocked {
            match cue_before(clause, counter) {
                Some(true) => is_job = true,
                Some(false) => blocked = true,
                None => {}
            }
        }
        if !is_job && !blocked && PROGRAM_SIZE_BEFORE.is_match(clause) {
            is_job = true;
        }
        if !is_job && !blocked && counter == "명" {
            if (RECRUIT_AFTER.is_match(after) || RECRUIT_BEFORE.is_match(clause))
                && EMPLOYEE_WORD.is_match(clause)
            {
                is_job = true;
            } else if clause.contains("취업자")
                && !clause.contains("감소")
                && !THRESHOLD_AFTER.is_match(after)
                && (INCREASE_AFTER.is_match(after) || clause.contains("증가"))
            {
                // The employed grew: jobs added (gold README 18).
                is_job = true;
            } else if (HEADCOUNT_BEFORE.is_match(clause) && HEADCOUNT_AFTER.is_match(after))
                || (WORKERS_BEFORE.is_match(clause) && KEEP_AFTER.is_match(after))
            {
                // A company's headcount: people employed (gold README 18).
                is_job = true;
            }
        }
        if !is_job && !blocked {
            if let Some((last_end, last_counter)) = last {
                if last_counter == counter
                    && sentence
                        .get(last_end..start)
                        .is_some_and(|gap| CARRY_GAP.is_match(gap))
                {
                    is_job = true;
                }
            }
        }
        if blocked {
            pending.clear();
            continue;
        }
        if !is_job {
            // Undecided: it may be the head of a list whose hiring word
            // comes at its end (`2024년 1천명, 2025년 2천명을 채용`).
            let chained = pending.last().is_none_or(|p: &Pending| {
                p.counter == counter && chain_gap(sentence.get(p.end..start).unwrap_or(""))
            });
            if !chained {
                pending.clear();
            }
            pending.push(Pending {
                start,
                end,
                count,
                count_max: second,
                approx,
                counter,
            });
            continue;
        }
        if let Some(p) = pending.last() {
            if p.counter == counter && chain_gap(sentence.get(p.end..start).unwrap_or("")) {
                for p in pending.drain(..) {
                    out.push(Mention {
                        start: p.start,
                        end: p.end,
                        value: MentionValue::Jobs {
                            count: p.count,
                            count_max: p.count_max,
                            approx: p.approx,
                        },
                    });
                }
            }
        }
        pending.clear();
        if let Some(k) = noun_after {
            end += k;
        }
        // An adjacent `일자리` before the count belongs to the surface.
        if let Some(b) = sentence[..start].strip_suffix(' ') {
            if b.ends_with("일자리") {
                start = b.len() - "일자리".len();
            }
        }
        out.push(Mention {
            start,
            end,
            value: MentionValue::Jobs {
                count,
                count_max: second,
                approx,
            },
        });
        last = Some((end, counter));
    }
}

/// A sector or occupation label inside a jobs list: `제조업 3천개`,
/// `생산직 300명`, `IT 분야`; not `사업` or `기업` (things counted).
fn sector_label(word: &str) -> bool {
    let w = word.trim_end_matches(',');
    (w.ends_with('업') || w.ends_with('직') || w.ends_with("부문") || w.ends_with("분야"))
        && !["기업", "사업", "작업", "수업", "졸업", "창업", "협업"]
            .iter()
            .any(|x| w.ends_with(x))
        && w.chars().count() <= 5
}

/// An undecided count waiting for the end of its list.
struct Pending {
    start: usize,
    end: usize,
    count: u64,
    count_max: Option<u64>,
    approx: Approx,
    counter: &'static str,
}

/// The gap between two counts whose hiring word ends the second: a list
/// item, or an included part (`인력 1만명을 포함해 모두 3만명을 채용`).
fn chain_gap(gap: &str) -> bool {
    list_gap(gap) || INCLUDE_GAP.is_match(gap)
}

/// `을 포함해 모두 `: the count before is part of the count after.
static INCLUDE_GAP: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^(?:을|를) 포함(?:해|하여|해서|한)? (?:모두 |총 |전체 |약 )?$")
        .expect("valid regex")
});

/// The gap between two items of a list: a comma or `·`, then at most two
/// bare labels (`2025년`, `중소기업`, `생산직`), no particle-marked word.
fn list_gap(gap: &str) -> bool {
    let Some(rest) = gap
        .strip_prefix(',')
        .or_else(|| gap.strip_prefix('·'))
        .or_else(|| gap.strip_prefix('，'))
    else {
        return false;
    };
    let mut words = 0;
    for w in rest.split_whitespace() {
        words += 1;
        let bare = w
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ('가'..='힣').contains(&c))
            && !w.ends_with([
                '은', '는', '이', '가', '을', '를', '에', '서', '로', '도', '의',
            ]);
        if words > 2 || !bare {
            return false;
        }
    }
    words > 0 && rest.ends_with(' ')
}

/// The text of the clause before a count (after the last clause break; a
/// `,` or `.` between digits, as in `2,891만`, breaks nothing).
fn clause_before(before: &str) -> &str {
    let clause = match last_break(before) {
        Some(k) => &before[k..],
        None => before,
    };
    clause.trim_start_matches(CLAUSE_BREAKS)
}

/// The byte offset of the last clause break of `text`.
fn last_break(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut end = text.len();
    while let Some(k) = text[..end].rfind(CLAUSE_BREAKS) {
        let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
        let in_number =
            matches!(b.get(k), Some(b',' | b'.')) && digit(k.checked_sub(1)) && digit(Some(k + 1));
        if !in_number {
            return Some(k);
        }
        end = k;
    }
    None
}

/// `최대 1만 명` (up to: under), `최소 500명` (at least: over), with the
/// start of the cue; not `사상 최대` or `역대 최대` (a record).
fn bound_before(before: &str) -> Option<(Approx, usize)> {
    let t = before.strip_suffix(' ').unwrap_or(before);
    for (cue, approx) in [
        ("최대", Approx::Under),
        ("최소", Approx::Over),
        ("많게는", Approx::Under),
        ("적게는", Approx::Over),
        ("대략", Approx::About),
        ("줄잡아", Approx::About),
    ] {
        if let Some(b) = t.strip_suffix(cue) {
            if b.ends_with(|c: char| ('가'..='힣').contains(&c)) {
                continue;
            }
            let w = b.trim_end();
            if w.ends_with("사상") || w.ends_with("역대") {
                continue;
            }
            return Some((approx, b.len()));
        }
    }
    None
}

/// Reads the words of the clause before a count (see [`clause_before`]):
/// `Some(true)` when a job word comes first (only filler in between),
/// `Some(false)` when a word names people who are not hired, `None` when
/// neither.
fn cue_before(clause: &str, counter: &str) -> Option<bool> {
    for (k, word) in clause.split_whitespace().rev().take(4).enumerate() {
        // A job word wins over a block word inside it (`노인일자리가`).
        if counter != "명" && JOB_WORD.is_match(word) {
            return Some(true);
        }
        if BLOCK_WORD.is_match(word) {
            return Some(false);
        }
        if counter == "명" {
            if HIRE_WORD.is_match(word) {
                return Some(true);
            }
            // `채용 비리로 10명`, `채용 과정에서 3천명`: the hiring word
            // belongs to another phrase.
            if k >= 3 || PHRASE_END.is_match(word) {
                return None;
            }
        } else if !FILLER.is_match(word) && !sector_label(word) {
            return None;
        }
    }
    None
}
