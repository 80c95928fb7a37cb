//! Korean money mentions: `1조1913억원`, `5조 3,800억 원`, `1.3조` (KRW
//! inferred), `삼조 원`, `42억 달러`, `3조~5조원`, `약 980억원`, `5조원 이상`,
//! `300여억 원`, `시간당 9,860원`, `160조원(약 1,300억 달러)` (conversion).
//!
//! Every number of the sentence is read by [`crate::numeral::parse_ko`]; a
//! number becomes money when a currency word follows it (`원`, `달러`, `엔`,
//! `위안`, `유로`, …) or, for 조/억 amounts written in digits, when no counter
//! follows (`1.3조` is KRW, `1억 명` is people). Cues around it set `approx`
//! and join the surface (`약`, `가량`, `이상`, `미만`, …; see
//! docs/DECISIONS-money.md). Exchange rates (`원·달러 환율은 1,320.5원`,
//! `달러당 1,300원`, `유로화 가치는 1.08달러`, `킹달러 1,400원`) are not money.
//!
//! Real-news forms: Hangul numerals (`삼천오백만 원`, `일억 이천만 원`,
//! `만 오천 원`, bare `백억` as inferred KRW), `원대` ranges (over),
//! conversions led by `한화`/`우리 돈` (`42억 달러(우리 돈 약 5조5000억 원)`),
//! currency signs (`$1억`, `₩50,000`), `베트남 … 5만 동` (VND), comparison
//! verbs (`1조원에 육박` about, `1조원을 밑돌았다` under). Vague amounts
//! (`수천억원`, `몇 만 원`, `억대`) and counts (`조회수 1억`, `근로기준법
//! 23조`, `2인 1조`) are not money.

use newsfacts_local::PerWorker;
use newsfacts_record::{Approx, MentionValue};
use regex::Regex;

use crate::decimal::Decimal;
use crate::numeral::{next_digit, parse_ko, scan_ko, Numeral};
use crate::{Context, Mention};

/// Currency words after a number, longest first within a shared prefix:
/// (word, ISO 4217 code, power of ten of the unit: `-2` for cents).
const CURRENCIES: &[(&str, &str, i32)] = &[
    ("캐나다 달러", "CAD", 0),
    ("캐나다달러", "CAD", 0),
    ("호주 달러", "AUD", 0),
    ("호주달러", "AUD", 0),
    ("홍콩 달러", "HKD", 0),
    ("홍콩달러", "HKD", 0),
    ("싱가포르 달러", "SGD", 0),
    ("싱가포르달러", "SGD", 0),
    ("대만 달러", "TWD", 0),
    ("대만달러", "TWD", 0),
    ("뉴질랜드 달러", "NZD", 0),
    ("뉴질랜드달러", "NZD", 0),
    ("미국 달러", "USD", 0),
    ("미 달러", "USD", 0),
    ("미달러", "USD", 0),
    ("달러", "USD", 0),
    ("불", "USD", 0),
    ("원", "KRW", 0),
    ("엔", "JPY", 0),
    ("위안", "CNY", 0),
    ("유로", "EUR", 0),
    ("파운드", "GBP", 0),
    ("스위스 프랑", "CHF", 0),
    ("스위스프랑", "CHF", 0),
    ("프랑", "CHF", 0),
    ("루피아", "IDR", 0),
    ("루피", "INR", 0),
    ("루블", "RUB", 0),
    ("바트", "THB", 0),
    ("링깃", "MYR", 0),
    ("헤알", "BRL", 0),
    ("리라", "TRY", 0),
    ("디르함", "AED", 0),
    ("리얄", "SAR", 0),
    ("베트남 동", "VND", 0),
    ("센트", "USD", -2),
    ("펜스", "GBP", -2),
];

/// The first syllable of some word of [`CURRENCIES`] (a fast pre-check).
fn currency_initial(c: char) -> bool {
    matches!(
        c,
        '캐' | '호'
            | '홍'
            | '싱'
            | '대'
            | '뉴'
            | '미'
            | '달'
            | '불'
            | '원'
            | '엔'
            | '위'
            | '유'
            | '파'
            | '스'
            | '프'
            | '루'
            | '바'
            | '링'
            | '헤'
            | '리'
            | '디'
            | '베'
            | '센'
            | '펜'
    )
}

/// Syllables that, right after a currency word, make it another word:
/// `원칙`, `원전`, `엔진`, `위안부`, `유로존`, `파운드리`, `달러당` (a rate).
fn currency_word_continues(code_word: &str, next: char) -> bool {
    match code_word {
        "원" => matches!(
            next,
            '칙' | '전'
                | '자'
                | '장'
                | '년'
                | '소'
                | '점'
                | '작'
                | '고'
                | '인'
                | '료'
                | '유'
                | '형'
                | '두'
                | '들'
                | '생'
                | '숭'
                | '룸'
                | '앙'
                | '반'
                | '활'
                | '격'
                | '단'
                | '심'
                | '본'
                | '리'
                | '조'
                | '탁'
                | '정'
                | '님'
                | '수'
                | '제'
                | '청'
                | '안'
                | '망'
                | '천'
                | '시'
                | '목'
                | '주'
        ),
        "엔" => matches!(
            next,
            '진' | '지' | '터' | '씨' | '드' | '트' | '비' | '젤' | '솔' | '데' | '딩'
        ),
        "위안" => matches!(next, '부' | '을' | '받' | '이' | '거' | '삼' | '과'),
        "유로" => matches!(next, '존' | '파' | '스' | '비' | '뉴'),
        "파운드" => matches!(next, '리'),
        "프랑" => matches!(next, '스' | '크' | '코' | '켄'),
        "바트" => matches!(next, '당'),
        "리라" => true,
        // `3만 불` (dollars) only before a particle or a break: not `불법`.
        "불" => {
            is_hangul(next)
                && !matches!(
                    next,
                    '을' | '를'
                        | '의'
                        | '에'
                        | '로'
                        | '은'
                        | '는'
                        | '도'
                        | '씩'
                        | '짜'
                        | '대'
                        | '어'
                        | '과'
                        | '와'
                        | '선'
                )
        }
        _ => false,
    }
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|t| t.chars().next_back())
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The first syllable of a particle or of a word that may follow an amount:
/// `을`, `이`, `의`, `에`, `으로`, `과`, `씩`, `까지`, `대`, `짜리`, `어치`.
fn is_particle(c: char) -> bool {
    matches!(
        c,
        '을' | '를'
            | '이'
            | '가'
            | '은'
            | '는'
            | '의'
            | '에'
            | '도'
            | '으'
            | '로'
            | '과'
            | '와'
            | '씩'
            | '까'
            | '만'
            | '대'
            | '짜'
            | '어'
            | '라'
            | '나'
            | '뿐'
            | '보'
            | '밖'
            | '부'
            | '쯤'
    )
}

/// A currency word at `i` (after at most one space): code, unit power, end.
fn currency_after(s: &str, i: usize, n: &Numeral) -> Option<(&'static str, i32, usize)> {
    let mut j = i;
    if s.as_bytes().get(j) == Some(&b' ') {
        j += 1;
    }
    let rest = s.get(j..)?;
    // `5만 동`, `3억동`: the Vietnamese dong, only in a sentence about Vietnam
    // (`아파트 3만 동` counts buildings) and before a particle or a break.
    if let Some(after) = rest.strip_prefix('동') {
        if n.top_scale >= 4
            && after
                .chars()
                .next()
                .is_none_or(|c| !is_hangul(c) || is_particle(c))
            && (s.contains("베트남") || s.contains("동화"))
        {
            return Some(("VND", 0, j + '동'.len_utf8()));
        }
    }
    if !rest.chars().next().is_some_and(currency_initial) {
        return None;
    }
    for &(word, code, unit) in CURRENCIES {
        if let Some(after) = rest.strip_prefix(word) {
            let end = j + word.len();
            if let Some(next) = after.chars().next() {
                // 원 of `구조원이`: a one-digit Hangul numeral glued to 원 is a word.
                let key = if word.ends_with("달러") {
                    "달러"
                } else {
                    word
                };
                // `달러당`, `1유로당`, `100엔당`: a unit of a rate.
                if next == '당' {
                    return None;
                }
                if currency_word_continues(key, next) {
                    return None;
                }
            }
            let numeral = &s[n.start..n.end];
            let word_like = numeral == "만" || (numeral.len() == 6 && numeral.ends_with('조'));
            // `만원 버스` (crowded), but `만원짜리`, `만원권` (a 10,000-won
            // note) and `만원` standing alone.
            let alone = s[end..]
                .chars()
                .next()
                .is_none_or(|c| !is_hangul(c) && c != ' ');
            if n.hangul
                && j == i
                && word_like
                && word == "원"
                && !alone
                && !["짜리", "권", "씩", "어치"]
                    .iter()
                    .any(|w| s[end..].starts_with(w))
            {
                return None;
            }
            return Some((code, unit, end));
        }
    }
    None
}

/// Words that, after a bare 조/억 number, make it a count, not money.
const COUNTERS: &[&str] = &[
    "명",
    "개",
    "가구",
    "세대",
    "건",
    "곳",
    "주",
    "톤",
    "배럴",
    "마리",
    "권",
    "회",
    "번",
    "년",
    "배",
    "표",
    "장",
    "부",
    "쌍",
    "병",
    "캔",
    "잔",
    "그루",
    "채",
    "평",
    "광년",
    "화소",
    "뷰",
    "도즈",
    "분",
    "초",
    "시간",
    "일",
    "킬로",
    "리터",
    "바이트",
    "비트",
    "자",
    "단어",
    "통",
    "개월",
    "살",
    "세",
    "위",
    "점",
    "회원",
    "가입자",
    "인구",
    "관객",
    "다운로드",
    "필지",
    "종",
    "호",
    "km",
    "kg",
    "t",
    "㎞",
    "㎏",
    "㎡",
    "㎿",
    "ℓ",
    "%",
    "달",
    "인",
    "곡",
    "편",
    "대",
    "kW",
    "MW",
    "GW",
    "TB",
    "GB",
    "만",
    "년치",
    "뷰",
    "회분",
    "km²",
    "제곱",
    "미터",
    "m",
    "g",
    "원어치",
    "명분",
    "톤당",
    "가지",
    "단계",
    "차",
    "층",
    "칸",
    "량",
    "좌석",
    "석",
    "발",
    "알",
    "포기",
    "켤레",
    "벌",
    "모",
    "판",
    "쪽",
    "글자",
    "자리",
    "명이",
    "배럴당",
    "동",
    "파라미터",
    "매개변수",
    "토큰",
    "국민",
    "시민",
    "주민",
    "고객",
    "이용자",
    "사용자",
    "구독자",
    "시청자",
    "관중",
    "유권자",
    "중국인",
    "인도인",
    "마일",
    "헥타르",
    "에이커",
    "픽셀",
    "세포",
    "㎥",
    "㎾",
    "㏊",
    "팔로워",
    "스트리밍",
    "조회",
];

/// [`COUNTERS`] as one anchored alternation (first listed wins), compiled once.
static COUNTER_RE: PerWorker<Regex> = PerWorker::new(|| {
    let words: Vec<String> = COUNTERS.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!("^(?:{})", words.join("|"))).expect("valid regex")
});

fn counter_follows(s: &str, i: usize) -> bool {
    let mut j = i;
    if s.as_bytes().get(j) == Some(&b' ') {
        j += 1;
    }
    let Some(rest) = s.get(j..) else { return false };
    if let Some(m) = COUNTER_RE.find(rest) {
        // `대` glued (`1조대`) is a money range, not vehicles.
        if !(m.as_str() == "대" && j == i) {
            return true;
        }
    }
    // Any other ASCII word (a unit) after the number.
    rest.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic())
}

/// Approximation cue after the surface: (cue, approx).
const SUFFIX_CUES: &[(&str, Approx)] = &[
    ("이상", Approx::Over),
    ("초과", Approx::Over),
    ("남짓", Approx::Over),
    ("넘게", Approx::Over),
    ("넘는", Approx::Over),
    ("가량", Approx::About),
    ("가까이", Approx::About),
    ("가까운", Approx::About),
    ("쯤", Approx::About),
    ("안팎", Approx::About),
    ("내외", Approx::About),
    ("정도", Approx::About),
    ("수준", Approx::Exact),
    ("미만", Approx::Under),
    ("이하", Approx::Under),
    ("이내", Approx::Under),
];

/// Approximation cue before the number: (cue, approx).
const PREFIX_CUES: &[(&str, Approx)] = &[
    ("약", Approx::About),
    ("대략", Approx::About),
    ("어림잡아", Approx::About),
    ("줄잡아", Approx::About),
    ("많게는", Approx::Under),
    ("적게는", Approx::Over),
    ("최소", Approx::Over),
    ("최저", Approx::Over),
    ("최대", Approx::Under),
    ("최고", Approx::Under),
];

fn suffix_cue(s: &str, i: usize) -> Option<(Approx, usize)> {
    let mut j = i;
    if s.as_bytes().get(j) == Some(&b' ') {
        j += 1;
    }
    let rest = s.get(j..)?;
    for &(cue, approx) in SUFFIX_CUES {
        if rest.starts_with(cue) {
            if approx == Approx::Exact {
                return None;
            }
            return Some((approx, j + cue.len()));
        }
    }
    // `1조원대`: glued 대, in the range of (over the lower bound).
    if j == i && rest.starts_with('대') {
        let next = rest['대'.len_utf8()..].chars().next();
        if !next.is_some_and(|c| {
            matches!(
                c,
                '비' | '출'
                    | '학'
                    | '표'
                    | '통'
                    | '책'
                    | '응'
                    | '상'
                    | '한'
                    | '기'
                    | '규'
                    | '형'
                    | '신'
                    | '체'
                    | '금'
                    | '폭'
            )
        }) {
            return Some((Approx::Over, j + '대'.len_utf8()));
        }
    }
    None
}

/// A particle then a verb of comparison, not in the surface: `1조원을 넘는`
/// (over), `1조원에 육박` (about: nearly), `1조원을 밑도는` (under).
fn particle_cue(s: &str, i: usize) -> Option<Approx> {
    let rest = s.get(i..)?;
    for p in ["에 육박", " 육박", "에 가까", "에 근접"] {
        if rest.starts_with(p) {
            return Some(Approx::About);
        }
    }
    for p in [
        "을 밑",
        "를 밑",
        " 밑돌",
        "을 하회",
        "를 하회",
        "에 못 미",
        "에 못미",
    ] {
        if rest.starts_with(p) {
            return Some(Approx::Under);
        }
    }
    particle_over(rest).then_some(Approx::Over)
}

/// A particle then 넘는/넘게/넘어 (`1조원을 넘는`): over.
fn particle_over(rest: &str) -> bool {
    for p in [
        "을 넘",
        "를 넘",
        "이 넘",
        "가 넘",
        " 넘",
        "을 웃",
        "를 웃",
        "을 상회",
        "를 상회",
        " 상회",
        " 돌파",
        "을 돌파",
        "를 돌파",
        "을 초과",
        "를 초과",
    ] {
        if rest.starts_with(p) {
            return true;
        }
    }
    false
}

fn prefix_cue(s: &str, start: usize) -> Option<(Approx, usize)> {
    let head = s.get(..start)?;
    let trimmed = head.strip_suffix(' ').unwrap_or(head);
    for &(cue, approx) in PREFIX_CUES {
        if let Some(before) = trimmed.strip_suffix(cue) {
            if before.chars().next_back().is_some_and(is_hangul) {
                continue;
            }
            // `사상 최대 5조원`: a record, not a bound.
            if cue == "최대" || cue == "최고" {
                let b = before.trim_end();
                if b.ends_with("사상") || b.ends_with("역대") || b.ends_with("사상 최대") {
                    continue;
                }
            }
            return Some((approx, before.len()));
        }
    }
    None
}

/// Words that make a nearby won or dollar figure an exchange rate.
static RATE_WORD: PerWorker<Regex> =
    PerWorker::new(|| Regex::new("환율|원[/·\\-]?(?:달러|엔|위안)").expect("valid regex"));

/// An exchange rate, not an amount: a 환율 or a "per unit of currency" just before.
fn is_rate(s: &str, start: usize, end: usize, n: &Numeral, code: &str) -> bool {
    // `1달러=1,300원`
    if s[end..].trim_start().starts_with('=') || s[..start].trim_end().ends_with('=') {
        return true;
    }
    if n.top_scale >= 8 {
        return false;
    }
    let mut from = start.saturating_sub(96);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let window = &s[from..start];
    if RATE_WORD.is_match(window) {
        return true;
    }
    // `유로화 가치는 1.08달러`: the price of another currency.
    if n.top_scale == 0 && window.contains('화') {
        for (name, named) in [
            ("유로화", "EUR"),
            ("파운드화", "GBP"),
            ("엔화", "JPY"),
            ("위안화", "CNY"),
            ("달러화", "USD"),
            ("원화", "KRW"),
        ] {
            if named != code && window.contains(name) {
                return true;
            }
        }
    }
    let w = window.trim_end();
    // `킹달러 1,400원 돌파`, `엔화 900원대`: a currency's price in won.
    if code == "KRW" && n.top_scale == 0 {
        for name in ["달러", "달러화", "엔화", "위안화", "유로화", "파운드화"] {
            if w.ends_with(name) {
                return true;
            }
        }
    }
    for unit in [
        "달러당",
        "달러에",
        "엔당",
        "유로당",
        "위안당",
        "파운드당",
        "달러=",
        "달러 =",
        "=",
    ] {
        if w.ends_with(unit) {
            return true;
        }
    }
    // `1,320.5원/달러`
    s.get(start..).is_some_and(|r| {
        let mut cut = r.len().min(40);
        while !r.is_char_boundary(cut) {
            cut -= 1;
        }
        let r = &r[..cut];
        r.contains("원/달러") || r.contains("원/엔")
    })
}

struct Amount {
    value: Decimal,
    code: &'static str,
    inferred: bool,
    end: usize,
}

/// The number `n` and its currency: money or not.
fn amount(s: &str, n: &Numeral) -> Option<Amount> {
    if let Some((code, unit, end)) = currency_after(s, n.end, n) {
        let value = n.value.mul_pow10(unit)?;
        return Some(Amount {
            value,
            code,
            inferred: false,
            end,
        });
    }
    let bare = if n.hangul {
        hangul_bare_amount(s, n)
    } else {
        n.top_scale >= 8
    };
    if bare
        && !counter_follows(s, n.end)
        && !article_or_team(s, n)
        && !count_noun_before(s, n.start)
    {
        return Some(Amount {
            value: n.value.clone(),
            code: "KRW",
            inferred: true,
            end: n.end,
        });
    }
    None
}

/// Nouns before a bare 조/억 number that make it a count: `조회수 1억`,
/// `인구 1억`, `누적 가입자 1억을 돌파`.
const COUNT_NOUNS: &[&str] = &[
    "조회수",
    "조회 수",
    "인구",
    "가입자",
    "이용자",
    "사용자",
    "구독자",
    "관객",
    "관람객",
    "방문객",
    "방문자",
    "회원",
    "다운로드",
    "판매량",
    "생산량",
    "발행량",
    "시청자",
    "팔로워",
    "트래픽",
    "건수",
    "개수",
];

fn count_noun_before(s: &str, start: usize) -> bool {
    let head = s[..start].trim_end_matches(' ');
    let head = ["은", "는", "이", "가", "도", "만"]
        .iter()
        .find_map(|p| head.strip_suffix(p))
        .unwrap_or(head);
    COUNT_NOUNS.iter().any(|w| head.ends_with(w))
}

/// A vague quantifier word just before a number: `몇 만 원`, `수 천억 원`.
fn vague_before(s: &str, start: usize) -> bool {
    let Some(head) = s.get(..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    if !matches!(
        head.chars().next_back(),
        Some('몇' | '수' | '십' | '백' | '천' | '만' | '억' | '조')
    ) {
        return false;
    }
    [
        "몇",
        "수",
        "수십",
        "수백",
        "수천",
        "십수",
        "수만",
        "수억",
        "수조",
        "수십만",
        "수백만",
        "수천만",
    ]
    .iter()
    .any(|w| {
        head.strip_suffix(w)
            .is_some_and(|b| !b.chars().next_back().is_some_and(is_hangul))
    })
}

/// A currency sign just before a number (after at most one space): its
/// code and the byte offset of the sign.
fn sign_before(s: &str, start: usize) -> Option<(&'static str, usize)> {
    let head = s.get(..start)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    if !matches!(head.chars().next_back(), Some('$' | '₩' | '€' | '£' | '¥')) {
        return None;
    }
    for (sign, code) in [
        ("US$", "USD"),
        ("US $", "USD"),
        ("$", "USD"),
        ("₩", "KRW"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
    ] {
        if let Some(b) = head.strip_suffix(sign) {
            if sign == "$" && b.ends_with(|c: char| c.is_ascii_alphabetic()) {
                return None; // `HK$`, `A$`: not the US dollar
            }
            return Some((code, b.len()));
        }
    }
    None
}

/// A Hangul 억 amount standing alone (`백억을 투자`, `십억 원대`, `천억대`,
/// `삼조 오천억`): KRW by context. A lone digit before 조 is a word
/// (`구조`, `일조`, `이조`, `백조`), so 조 needs a lower part; the next
/// syllable must be a particle, not the rest of a word.
fn hangul_bare_amount(s: &str, n: &Numeral) -> bool {
    let ok_scale = match n.top_scale {
        8 => true,
        12 => n.value.mul_pow10(-12).is_some_and(|v| !v.is_integer()),
        _ => false,
    };
    ok_scale
        && s[n.end..]
            .chars()
            .next()
            .is_none_or(|c| !is_hangul(c) || is_particle(c))
}

/// `제3조` and `헌법 1조 2항` are articles of law, `3조 2교대` shifts: not money.
fn article_or_team(s: &str, n: &Numeral) -> bool {
    let head = &s[..n.start];
    if head.ends_with('제') {
        return true;
    }
    if n.top_scale == 12 && n.value.mul_pow10(-12).is_some_and(|v| v.is_integer()) {
        // `2교대 3조`, `2인 1조`, `근로기준법 23조`, `시행령 5조`.
        let word = head.trim_end_matches(' ');
        let word = word.rsplit([' ', '(', '“', '‘']).next().unwrap_or(word);
        if word.ends_with("교대")
            || word
                .strip_suffix('인')
                .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()))
            || [
                "법", "령", "규칙", "조례", "규정", "협정", "헌장", "약관", "규약", "지침", "정관",
            ]
            .iter()
            .any(|w| word.ends_with(w))
        {
            return true;
        }
    }
    let rest = &s[n.end..];
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let digit_next = |r: &str| r.as_bytes().first().is_some_and(|b| b.is_ascii_digit());
    digit_next(rest)
        || rest.starts_with("교대")
        || rest.starts_with('항')
        || rest.strip_prefix('의').is_some_and(digit_next)
        || rest.strip_prefix('제').is_some_and(digit_next)
}

/// Words that may open a parenthesised restatement before its amount.
const CONVERSION_LEADS: &[&str] = &[
    "한화로",
    "한화",
    "우리 돈으로",
    "우리돈으로",
    "우리 돈",
    "우리돈",
    "원화로",
    "원화 환산",
    "원화 기준",
    "원화",
    "미화로",
    "미화",
    "달러화로",
    "달러화",
    "환산",
    "환산 시",
];

fn range_joiner(s: &str, i: usize) -> Option<usize> {
    let rest = s.get(i..)?;
    let t = rest.trim_start_matches(' ');
    let skipped = rest.len() - t.len();
    if skipped > 1 {
        return None;
    }
    for j in ["~", "∼", "～", "〜", "-", "–", "—"] {
        if let Some(after) = t.strip_prefix(j) {
            let a = after.trim_start_matches(' ');
            if after.len() - a.len() > 1 {
                return None;
            }
            return Some(s.len() - a.len());
        }
    }
    None
}

/// A band word after an amount that makes it vague: `20조원 중반대`.
static VAGUE_BAND: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new("^ ?(?:초반|중반|후반|초중반|중후반)(?:대|선|에|의|으로|$|[^가-힣])")
        .expect("valid regex")
});

/// Appends the money mentions of `sentence` to `out`.
pub fn find(sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
    let _ = ctx;
    let s = sentence;
    let b = s.as_bytes();
    // Cheap prefilter: money needs digits or a currency word.
    if next_digit(b, 0).is_none()
        && !["원", "억", "달러", "엔", "위안", "유로", "파운드"]
            .iter()
            .any(|w| s.contains(w))
    {
        return;
    }
    let mut last_end = 0;
    let mut last: Option<(usize, &'static str)> = None;
    for n in scan_ko(s) {
        if n.start < last_end {
            continue;
        }
        // `1조원`-style amounts need a boundary: not `COVID19원`, not `A380`.
        if n.start > 0 && !n.hangul {
            if let Some(c) = char_before(s, n.start) {
                if c.is_ascii_alphabetic() || c == '.' || c == '/' {
                    continue;
                }
            }
        }
        // `몇 만 원`, `수 십억 원`: vague, no amount.
        if vague_before(s, n.start) {
            last_end = n.end;
            continue;
        }
        let value;
        let mut max = None;
        let mut code;
        let mut inferred;
        let mut end;
        let mut over = n.over;
        // `$100`, `US$1억`, `₩50,000`: a currency sign before the number.
        let sign = if n.hangul {
            None
        } else {
            sign_before(s, n.start)
        };
        let first = match (amount(s, &n), sign) {
            (Some(mut a), Some((c, _))) => {
                if a.inferred {
                    a.code = c;
                    a.inferred = false;
                }
                Some(a)
            }
            (None, Some((c, _))) => Some(Amount {
                value: n.value.clone(),
                code: c,
                inferred: false,
                end: n.end,
            }),
            (a, None) => a,
        };
        match first {
            Some(a) => {
                value = a.value;
                code = a.code;
                inferred = a.inferred;
                end = a.end;
                // `3조원~5조원`
                if let Some(j) = range_joiner(s, end) {
                    if let Some(m) = parse_ko(s, j) {
                        if let Some(a2) = amount(s, &m) {
                            // `3억~5억 달러`: a bare first amount takes the second's currency.
                            let same = a2.code == code || (inferred && !a2.inferred);
                            if same && a2.value > value {
                                code = a2.code;
                                inferred &= a2.inferred;
                                max = Some(a2.value);
                                end = a2.end;
                                over |= m.over;
                            }
                        }
                    }
                }
            }
            None => {
                // `3조~5조원`, `3~5조원`: the first number takes the second's currency.
                let Some(j) = range_joiner(s, n.end) else {
                    continue;
                };
                let Some(m) = parse_ko(s, j) else { continue };
                let Some(a2) = amount(s, &m) else { continue };
                let mut v = n.value.clone();
                if n.top_scale == 0 && m.top_scale > 0 {
                    match v.mul_pow10(m.top_scale) {
                        Some(x) => v = x,
                        None => continue,
                    }
                }
                if n.hangul != m.hangul || v >= a2.value {
                    continue;
                }
                value = v;
                max = Some(a2.value);
                code = a2.code;
                inferred = a2.inferred;
                end = a2.end;
                over |= m.over;
            }
        }
        if is_rate(s, n.start, end, &n, code) {
            last_end = end;
            continue;
        }
        // `20조원 중반대`, `3천억원 후반`: a vague band, no amount.
        if s.get(end..).is_some_and(|r| VAGUE_BAND.is_match(r)) {
            last_end = end;
            continue;
        }
        let mut start = sign.map_or(n.start, |(_, p)| p);
        let mut approx = if over { Approx::Over } else { Approx::Exact };
        if let Some((a, p)) = prefix_cue(s, start) {
            if approx == Approx::Exact {
                approx = a;
            }
            start = p;
        }
        if let Some((a, e)) = suffix_cue(s, end) {
            if approx == Approx::Exact || a == Approx::Over {
                approx = a;
            }
            end = e;
        } else if approx == Approx::Exact {
            if let Some(a) = particle_cue(s, end) {
                approx = a;
            }
        }
        // A parenthesised restatement in another currency.
        let mut conversion = false;
        let mut before = s[..start].trim_end_matches(' ');
        // `(한화 약 5조원)`, `(우리 돈 약 5조원)`, `(원화 환산 시 약 5조원)`:
        // at most two lead words.
        for _ in 0..2 {
            if !before.ends_with(['로', '화', '돈', '산', '시', '준']) {
                break;
            }
            let stripped = CONVERSION_LEADS.iter().find_map(|lead| {
                before
                    .strip_suffix(lead)
                    .filter(|b| b.ends_with(['(', '（', ' ']))
            });
            match stripped {
                Some(b) => before = b.trim_end_matches(' '),
                None => break,
            }
        }
        if let Some(inner) = before
            .strip_suffix('(')
            .or_else(|| before.strip_suffix('（'))
        {
            let inner = inner.trim_end_matches(' ');
            if let Some((prev_end, prev_code)) = last {
                if prev_end == inner.len() && prev_code != code {
                    conversion = true;
                }
            }
        }
        if inferred && max.is_none() && value.is_zero() {
            continue;
        }
        out.push(Mention {
            start,
            end,
            value: MentionValue::Money {
                amount: value.to_string(),
                amount_max: max.map(|m| m.to_string()),
                currency: code.to_string(),
                currency_inferred: inferred,
                approx,
                conversion,
            },
        });
        last_end = end;
        last = Some((end, code));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_currency_word_passes_the_initial_check() {
        for (word, _, _) in CURRENCIES {
            let first = word.chars().next().unwrap_or(' ');
            assert!(currency_initial(first), "{word}");
        }
    }
}
