//! Sentences: split one content line into trimmed sentence spans.
//!
//! Every line break ends a sentence, so the splitter only ever sees one line.
//! One scanner ([`split_line`]) walks the line once, stopping only at
//! terminal marks (`.` `!` `?` `…` `。`) and, for list items and bare Korean
//! endings, at spaces. At a terminal it gathers the whole cluster (`?!`,
//! `...`, `. . .`, closing quotes and brackets) and decides from what comes
//! before and after it. The language rules are data in the submodules:
//!
//! - [`en`]: abbreviation classes (`Mr.` never ends a sentence, `No.` not
//!   before a digit, `Inc.`/`U.S.`/`etc.` only before a sentence starter,
//!   units like `bn.` before any capital), times of day (`6 P.M. Mr. Smith`
//!   is a boundary, `At 5 a.m. Mr. Smith` and `8 p.m. EST` are not), named
//!   speakers after a quotation (`“Why wait?” Kim asked.`);
//! - [`ko`]: Hangul, final endings (`다.` glued to the next word), quotative
//!   particles after a closing quote (`”라고`, `” 하고`), ellipsis in headlines,
//!   kss-style endings without a period (`맛있었어요 다만`, `확인했음 문제는`,
//!   `때문이다 계절에`) and the emoticons that close them (`답죠?ㅎㅅㅎ`, `ㅠㅠ`).
//!
//! Korean rules fire on Hangul in any document; the document language only
//! turns on bare Korean endings without a period (`…었어요 다만`).

mod en;
mod ko;

use newsfacts_record::Lang;

use en::Abbrev;

/// Appends the byte ranges (within `line`) of the sentences of one line,
/// each trimmed of Unicode whitespace and non-empty. `lang` is the document
/// language, a hint: Korean rules also fire on Hangul in an English document.
///
/// ```
/// use newsfacts_record::Lang;
/// use newsfacts_text::sentence::split_line;
/// let split = |line: &str, lang| {
///     let mut out = Vec::new();
///     split_line(line, lang, &mut out);
///     out.iter().map(|&(a, b)| line[a..b].to_string()).collect::<Vec<_>>()
/// };
/// assert_eq!(
///     split("Mr. Kim of Hanbit Co. said it grew 5.38% in the U.S. Then it fell.", Lang::En),
///     ["Mr. Kim of Hanbit Co. said it grew 5.38% in the U.S.", "Then it fell."]
/// );
/// assert_eq!(
///     split("김 과장은 “최선을 다하겠다.”라고 밝혔다.도는 3.5조원을 쓴다.", Lang::Ko),
///     ["김 과장은 “최선을 다하겠다.”라고 밝혔다.", "도는 3.5조원을 쓴다."]
/// );
/// ```
pub fn split_line(line: &str, lang: Lang, out: &mut Vec<(usize, usize)>) {
    let s = crate::clean::trim(line);
    if s.is_empty() {
        return;
    }
    let base = s.as_ptr() as usize - line.as_ptr() as usize;
    let mut scanner = Scanner {
        s,
        base,
        lang,
        out,
        start: 0,
        list: List::None,
    };
    scanner.run();
}

/// Whitespace as [`crate::clean::trim`] sees it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn is_qe(c: char) -> bool {
    matches!(c, '!' | '?' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉' | '‽')
}

fn is_dot(c: char) -> bool {
    matches!(c, '.' | '。' | '｡')
}

fn is_terminal(c: char) -> bool {
    is_dot(c) || is_qe(c) || c == '…'
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '»'
            | '›'
            | '）'
            | '］'
            | '〕'
            | '】'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
            | '「'
            | '『'
            | '《'
            | '〈'
            | '«'
            | '‹'
            | '（'
            | '［'
            | '〔'
            | '【'
    )
}

fn is_quote_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '」' | '』' | '»')
}

/// The length of a reference mark (`[1]`, `[12]`, `[a]`) at the start of `s`.
fn citation_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let n = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
        .count();
    ((1..=3).contains(&n) && b.get(n + 1) == Some(&b']')).then_some(n + 2)
}

fn is_quote_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '「' | '『' | '«')
}

/// Bullets that may open a line (they stay inside the sentence span).
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '‧'
            | '∙'
            | '●'
            | '○'
            | '◦'
            | '▪'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '▶'
            | '▷'
            | '►'
            | '▲'
            | '△'
            | '▼'
            | '※'
            | '☞'
            | '-'
            | '–'
            | '—'
            | '*'
            | '⁃'
            | '‣'
            | '➢'
            | '◎'
            | '★'
            | '☆'
    )
}

/// Bullets that, repeated after a space on a line they open, start a new
/// item (`• 9. first • 10. second`). `▲`, `·` and `-` are inline list
/// separators inside one sentence instead.
fn is_item_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '‣' | '●')
}

/// Whether a character with UTF-8 lead byte `b` (not ASCII) may be a
/// terminal mark or a space: only `U+0085`, `U+00A0` (`C2`), `U+1680`
/// (`E1`), the punctuation and spaces of `U+2000..U+2BFF` (`E2`), `。` and
/// the ideographic space (`E3`) and the full-width marks and BOM (`EF`)
/// are (a test checks every character).
const fn may_mark(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
}

/// `STOP[b]`: whether byte `b` may start a terminal mark or a space the
/// scanner stops at: `.` `!` `?`, space, tab, and the lead bytes of
/// [`may_mark`].
static STOP: [bool; 256] = stops(true);

/// [`STOP`] without the ASCII space and tab, for a line where a space can
/// start nothing: an English one outside a list.
static STOP_PAST_SPACES: [bool; 256] = stops(false);

const fn stops(spaces: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        t[b] = matches!(byte, b'.' | b'!' | b'?')
            || (spaces && matches!(byte, b' ' | b'\t'))
            || may_mark(byte);
        b += 1;
    }
    t
}

/// The first index from `i` of a byte `stop` flags, or the length.
#[inline]
fn next_stop(bytes: &[u8], mut i: usize, stop: &[bool; 256]) -> usize {
    // Eight bytes at a time, as a mask of the stops among them.
    while let Some(w) = bytes.get(i..i + 8) {
        let mask = w
            .iter()
            .enumerate()
            .fold(0u32, |m, (k, &b)| m | u32::from(stop[usize::from(b)]) << k);
        if mask != 0 {
            return i + mask.trailing_zeros() as usize;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|&b| stop[usize::from(b)])
        .unwrap_or(bytes.len() - i)
}

/// [`next_stop`] with [`STOP_PAST_SPACES`], or an earlier index of a lead
/// byte of no mark (`C0..`, such as `é` or Hangul), which the scanner
/// passes over like any other character: the ASCII marks are found exactly,
/// every lead byte of [`may_mark`] is among the lead bytes.
fn next_stop_past_spaces(bytes: &[u8], mut i: usize) -> usize {
    // Eight bytes in one word (SWAR): the high bit of each byte flags a
    // stop. An equality test may flag a byte above a true match too, never
    // below one, so the lowest flag is exact.
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let eq = |x: u64, b: u8| {
        let v = x ^ (LO * u64::from(b));
        v.wrapping_sub(LO) & !v & HI
    };
    while let Some(w) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(w.try_into().expect("word"));
        let leads = x & (x << 1) & HI;
        let mask = eq(x, b'.') | eq(x, b'!') | eq(x, b'?') | leads;
        if mask != 0 {
            return i + mask.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    next_stop(bytes, i, &STOP_PAST_SPACES)
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// Whether `bytes[i]` is an ASCII space or tab followed by a character that
/// is no space.
fn one_space_at(bytes: &[u8], i: usize) -> bool {
    bytes[i] < 0x80
        && matches!(bytes.get(i + 1), Some(&x) if x > b' ' && (x < 0x80 || !may_mark(x)))
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

fn skip_spaces(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// The list a line opened with, and the marker its next item would carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum List {
    None,
    /// `1.`, `1)`, `1.)`: the next number and the marker shape.
    Num {
        next: u32,
        dot: bool,
        paren: bool,
    },
    /// `a.`, `a)`: the next letter.
    Letter {
        next: u8,
    },
    /// `가.`, `나.`: the index of the next Korean list letter.
    KoLetter {
        next: usize,
    },
    /// A line opened by this bullet.
    Bullet(char),
}

/// A run of terminal marks with its closing quotes and brackets.
struct Cluster {
    start: usize,
    end: usize,
    dots: u32,
    qe: bool,
    ellipsis_char: bool,
    spaced: bool,
    closer: bool,
}

impl Cluster {
    fn ellipsis(&self) -> bool {
        self.ellipsis_char || self.dots >= 2
    }
}

struct Scanner<'a, 'o> {
    s: &'a str,
    base: usize,
    lang: Lang,
    out: &'o mut Vec<(usize, usize)>,
    /// Byte offset of the current sentence.
    start: usize,
    list: List,
}

impl Scanner<'_, '_> {
    fn run(&mut self) {
        let s = self.s;
        let bytes = s.as_bytes();
        let n = bytes.len();
        let mut i = self.open(0, true);
        while i < n {
            // To the next byte a stop may start at: since the lead bytes of
            // `may_mark` never occur inside a character, a plain byte scan
            // lands on character starts only.
            // In English outside a list, a space only ever hands over to
            // the next character (see `space`): no need to stop at one.
            i = if self.lang == Lang::En && self.list == List::None {
                next_stop_past_spaces(bytes, i)
            } else {
                next_stop(bytes, i, &STOP)
            };
            let Some(&b) = bytes.get(i) else {
                break;
            };
            if b < 0x80 {
                i = match b {
                    b'.' | b'!' | b'?' => self.terminal(i),
                    _ if self.plain_space(i) => i + 1,
                    _ => self.space(i),
                };
                continue;
            }
            let Some(c) = char_at(s, i) else {
                i += 1;
                continue;
            };
            i = if is_terminal(c) {
                self.terminal(i)
            } else if is_space(c) {
                self.space(i)
            } else {
                i + c.len_utf8()
            };
        }
        self.push(self.start, n);
    }

    /// Pushes the trimmed span `a..b`, if not empty.
    fn push(&mut self, a: usize, b: usize) {
        let Some(piece) = self.s.get(a..b) else {
            return;
        };
        let t = crate::clean::trim(piece);
        if !t.is_empty() {
            let off = a + (t.as_ptr() as usize - piece.as_ptr() as usize);
            self.out.push((self.base + off, self.base + off + t.len()));
        }
    }

    /// Ends the current sentence at `end` and opens the next one at `next`;
    /// returns where scanning resumes.
    fn cut(&mut self, end: usize, next: usize) -> usize {
        self.push(self.start, end);
        self.start = next;
        self.open(next, false)
    }

    /// Skips the bullets and the list marker that open a sentence at `pos`
    /// (their periods are no boundary); at line start, remembers the list.
    fn open(&mut self, pos: usize, line_start: bool) -> usize {
        let s = self.s;
        let mut i = pos;
        let mut bullet = None;
        while let Some(c) = char_at(s, i) {
            if is_bullet(c) {
                bullet.get_or_insert(c);
            } else if !is_space(c) {
                break;
            }
            i += c.len_utf8();
        }
        if line_start {
            if let Some(b) = bullet.filter(|&b| is_item_bullet(b)) {
                self.list = List::Bullet(b);
            }
        }
        let bytes = s.as_bytes();
        // A number marker: 1-3 digits, then `.`, `)` or `.)`, then a space.
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_digit() && j - i < 4 {
            j += 1;
        }
        if j > i && j - i <= 3 {
            let num: u32 = s[i..j].parse().unwrap_or(0);
            let (dot, paren, after) = match (bytes.get(j), bytes.get(j + 1)) {
                (Some(b'.'), Some(b')')) => (true, true, j + 2),
                (Some(b'.'), _) => (true, false, j + 1),
                (Some(b')'), _) => (false, true, j + 1),
                _ => return i,
            };
            if !char_at(s, after).is_none_or(is_space) {
                return i;
            }
            match self.list {
                List::None if (line_start || num == 1) && bullet.is_none() => {
                    self.list = List::Num {
                        next: num + 1,
                        dot,
                        paren,
                    }
                }
                List::Num { next, .. } if next == num => {
                    self.list = List::Num {
                        next: num + 1,
                        dot,
                        paren,
                    }
                }
                _ => {}
            }
            return after;
        }
        // A letter marker: `a.`, `b)`, `가.`.
        if let Some(c) = char_at(s, i) {
            let letter = c.is_ascii_lowercase() || ko::is_list_letter(c);
            let roman = line_start && matches!(c, 'I' | 'V' | 'X');
            if letter || roman {
                let mut k = i + c.len_utf8();
                if roman {
                    while matches!(bytes.get(k), Some(b'I' | b'V' | b'X')) && k - i < 4 {
                        k += 1;
                    }
                }
                let marked = match bytes.get(k) {
                    Some(b'.') => !roman || bytes.get(k + 1) == Some(&b' '),
                    Some(b')') => !roman,
                    _ => false,
                };
                if marked && char_at(s, k + 1).is_none_or(is_space) {
                    if let Some(idx) = ko::list_letter_index(c) {
                        match self.list {
                            List::None if line_start && bullet.is_none() => {
                                self.list = List::KoLetter { next: idx + 1 }
                            }
                            List::KoLetter { next } if next == idx => {
                                self.list = List::KoLetter { next: idx + 1 }
                            }
                            _ => {}
                        }
                    } else if c.is_ascii_lowercase() {
                        match self.list {
                            List::None if line_start && bullet.is_none() => {
                                self.list = List::Letter { next: c as u8 + 1 }
                            }
                            List::Letter { next } if next == c as u8 => {
                                self.list = List::Letter { next: next + 1 }
                            }
                            _ => {}
                        }
                    }
                    return k + 1;
                }
            }
        }
        i
    }

    /// Whether the text at `k` (after a space) opens the next item of the
    /// list this line opened with.
    fn list_item_at(&self, k: usize) -> bool {
        let s = self.s;
        let bytes = s.as_bytes();
        match self.list {
            List::None => false,
            List::Bullet(b) => char_at(s, k) == Some(b),
            List::Letter { next } => {
                bytes.get(k) == Some(&next)
                    && matches!(bytes.get(k + 1), Some(b'.' | b')'))
                    && char_at(s, k + 2).is_none_or(is_space)
            }
            List::KoLetter { next } => {
                let Some(c) = char_at(s, k).filter(|&c| ko::list_letter_index(c) == Some(next))
                else {
                    return false;
                };
                let m = k + c.len_utf8();
                matches!(bytes.get(m), Some(b'.' | b')')) && char_at(s, m + 1).is_none_or(is_space)
            }
            List::Num { next, dot, paren } => {
                let mut j = k;
                while j < bytes.len() && bytes[j].is_ascii_digit() && j - k < 4 {
                    j += 1;
                }
                if j == k || j - k > 3 || s[k..j].parse::<u32>().ok() != Some(next) {
                    return false;
                }
                let after = match (dot, paren) {
                    (true, true) => (s[j..].starts_with(".)")).then_some(j + 2),
                    (true, false) => (bytes.get(j) == Some(&b'.')).then_some(j + 1),
                    _ => (bytes.get(j) == Some(&b')')).then_some(j + 1),
                };
                after.is_some_and(|a| char_at(s, a).is_none_or(is_space))
            }
        }
    }

    /// Whether the ASCII space or tab at `i` is the common case [`space`]
    /// passes over: one space before a character that is no space, with no
    /// list to watch and nothing before it that may end a bare Korean
    /// sentence.
    ///
    /// [`space`]: Scanner::space
    #[inline]
    fn plain_space(&self, i: usize) -> bool {
        let s = self.s;
        one_space_at(s.as_bytes(), i)
            && self.list == List::None
            && (self.lang == Lang::En || !char_before(s, i).is_some_and(ko::may_end_bare))
    }

    /// At a space: a new list item or a bare Korean ending may start a
    /// sentence after it.
    fn space(&mut self, i: usize) -> usize {
        let s = self.s;
        let k = if one_space_at(s.as_bytes(), i) {
            i + 1
        } else {
            skip_spaces(s, i)
        };
        if k >= s.len() || k == i {
            return k.max(i + 1);
        }
        if self.list != List::None && self.start < i && self.list_item_at(k) {
            return self.cut(i, k);
        }
        if self.lang != Lang::En
            && char_before(s, i).is_some_and(ko::may_end_bare)
            && char_at(s, k).is_some_and(ko::is_hangul)
            && ko::bare_boundary(&s[self.start..i], &s[k..])
        {
            return self.cut(i, k);
        }
        k
    }

    /// Gathers the terminal cluster at `i`.
    fn cluster(&self, i: usize) -> Cluster {
        let s = self.s;
        let mut cl = Cluster {
            start: i,
            end: i,
            dots: 0,
            qe: false,
            ellipsis_char: false,
            spaced: false,
            closer: false,
        };
        while let Some(c) = char_at(s, cl.end) {
            if is_dot(c) {
                cl.dots += 1;
                cl.end += c.len_utf8();
                // A spaced ellipsis `. . .`: only with three dots or more, so
                // that `Area 4. . Digitalization` keeps its stray period apart.
                let mut reps = 0;
                while s[cl.end + 2 * reps..].starts_with(" .") {
                    reps += 1;
                }
                if reps > 0 && cl.dots as usize + reps >= 3 {
                    cl.dots += reps as u32;
                    cl.end += 2 * reps;
                    cl.spaced = true;
                }
            } else if c == '…' {
                cl.ellipsis_char = true;
                cl.end += c.len_utf8();
            } else if is_qe(c) {
                cl.qe = true;
                cl.end += c.len_utf8();
            } else if is_closer(c) {
                cl.closer = true;
                cl.end += c.len_utf8();
            } else if let Some(n) = citation_len(&s[cl.end..]) {
                // A reference mark after the period: `martyr.[1] The`.
                cl.closer = true;
                cl.end += n;
            } else {
                break;
            }
        }
        cl
    }

    /// At a terminal mark: gathers its cluster, decides, and returns where
    /// scanning resumes.
    fn terminal(&mut self, i: usize) -> usize {
        let s = self.s;
        let cl = self.cluster(i);
        let Some(next) = char_at(s, cl.end) else {
            return s.len();
        };
        if is_space(next) {
            let k = skip_spaces(s, cl.end);
            if k >= s.len() {
                return s.len();
            }
            if self.boundary_after_space(&cl, k) {
                return self.cut(cl.end, k);
            }
        } else if self.boundary_glued(&cl, next) {
            return self.cut(cl.end, cl.end);
        }
        cl.end
    }

    /// A cluster glued to the next character: only a Korean ending glued to
    /// Hangul (`밝혔다.도는`, `했을까?그는`) ends a sentence; `3.5`,
    /// `U.S`, `2023?2026`, `다.”라고`, `1.3조…분기` do not.
    fn boundary_glued(&self, cl: &Cluster, next: char) -> bool {
        if cl.closer || cl.ellipsis() || ko::is_jamo(next) {
            // `답죠?ㅎㅅㅎ`, `좋아요.ㅋㅋ`: the emoticon closes the sentence.
            return false;
        }
        let s = self.s;
        if s[cl.start..cl.end].contains(['。', '！', '？', '｡']) {
            // Full-width marks need no space after them (`晴れ。明日`).
            return true;
        }
        let Some(prev) = char_before(s, cl.start) else {
            return false;
        };
        if !ko::is_hangul(prev) {
            return self.english_glued(cl);
        }
        if !cl.qe && ko::glued_ending(prev) && next.is_alphanumeric() {
            // `밝혔다.LG전자는`, `밝혔다.3일`
            return true;
        }
        let next_hangul = ko::is_hangul(next)
            || (is_opener(next) && char_at(s, cl.end + next.len_utf8()).is_some_and(ko::is_hangul));
        if cl.qe && next.is_ascii_digit() {
            // `얼마예요?3만원이요`, but not the lost dash of `서울?3`.
            return ko::qe_ending(prev);
        }
        if !next_hangul {
            return false;
        }
        if cl.qe {
            ko::qe_ending(prev)
        } else {
            true
        }
    }

    /// English sentences glued by a period (`Hello world.Today is`,
    /// `bought 1,000.That is`): a lowercase word or a number, then a capital
    /// and a lowercase letter. Not in e-mail addresses, URLs, `U.S.A` or
    /// `Ph.D`.
    fn english_glued(&self, cl: &Cluster) -> bool {
        let s = self.s;
        let b = s.as_bytes();
        let (i, e) = (cl.start, cl.end);
        let single_qe = cl.qe && cl.dots == 0 && cl.end - cl.start == 1;
        if !(cl.dots == 1 && !cl.qe || single_qe) || i < 2 {
            return false;
        }
        let before_ok = (b[i - 1].is_ascii_lowercase() && b[i - 2].is_ascii_lowercase())
            || (!cl.qe && b[i - 1].is_ascii_digit() && b[i - 2].is_ascii_digit());
        let after_ok = b.get(e).is_some_and(u8::is_ascii_uppercase)
            && b.get(e + 1).is_some_and(u8::is_ascii_lowercase);
        if !before_ok || !after_ok {
            return false;
        }
        let (_, tok) = self.token_before(i);
        let word_end = s[e..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(s.len(), |n| e + n);
        let web = tok.contains(['@', '/', '.', ':'])
            || tok.starts_with("www")
            || s[word_end..].starts_with('@');
        !web
    }

    /// A cluster followed by a space and the character at `k`.
    fn boundary_after_space(&self, cl: &Cluster, k: usize) -> bool {
        let s = self.s;
        let Some(c2) = char_at(s, k) else {
            return false;
        };
        let prev = char_before(s, cl.start);
        if cl.closer {
            if c2.is_lowercase() {
                return false;
            }
            if ko::is_hangul(c2) && ko::quote_continues(&s[k..]) {
                return false;
            }
            if s[cl.start..cl.end].contains(is_quote_closer) && en::speaker_follows(&s[k..]) {
                // `“Why wait?” Kim asked.`
                return false;
            }
            if cl.ellipsis() && !cl.qe {
                return self.ellipsis_boundary(cl, prev, k);
            }
            return true;
        }
        if cl.qe {
            // `voila! -- you have cake`: a dash carries the sentence on.
            return !c2.is_lowercase() && !matches!(c2, '-' | '–' | '—');
        }
        if cl.ellipsis() {
            return self.ellipsis_boundary(cl, prev, k);
        }
        if prev.is_some_and(ko::is_hangul) {
            return true;
        }
        if matches!(c2, '—' | '–') || s[k..].starts_with("--") {
            // `scheduled for 3 p.m. -- was delayed`: a dash carries it on.
            return false;
        }
        self.period_boundary(cl, k, c2)
    }

    /// An ellipsis before a space: in Korean a boundary only after a final
    /// ending; in English before a capital, except the spaced three-dot
    /// `. . .` (an omission inside the sentence).
    fn ellipsis_boundary(&self, cl: &Cluster, prev: Option<char>, k: usize) -> bool {
        let s = self.s;
        let c2 = char_at(s, k).unwrap_or(' ');
        if prev.is_some_and(ko::is_hangul) || ko::is_hangul(c2) {
            return prev.is_some_and(ko::ellipsis_ends);
        }
        let mut j = k;
        while let Some(c) = char_at(s, j).filter(|&c| is_quote_opener(c)) {
            j += c.len_utf8();
        }
        if !char_at(s, j).is_some_and(char::is_uppercase) {
            return false;
        }
        !(cl.spaced && cl.dots == 3)
    }

    /// The word before the period at `end`: its start and text, without
    /// leading opening punctuation.
    fn token_before(&self, end: usize) -> (usize, &str) {
        let s = self.s;
        let mut a = end;
        while let Some(c) = char_before(s, a) {
            if is_space(c) || end - a > 64 || a <= self.start {
                break;
            }
            a -= c.len_utf8();
        }
        while let Some(c) = char_at(s, a).filter(|&c| is_opener(c) && a < end) {
            a += c.len_utf8();
        }
        (a, &s[a..end])
    }

    /// Whether the word at `k` (after opening quotes) starts a sentence.
    fn next_is_starter(&self, k: usize) -> bool {
        let s = self.s;
        let mut j = k;
        while let Some(c) = char_at(s, j).filter(|&c| is_opener(c)) {
            if is_quote_opener(c) {
                return true;
            }
            j += c.len_utf8();
        }
        let rest = &s[j..];
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        en::is_starter(&rest[..end])
    }

    /// Whether the sentence so far, before the number at `tok_start`, is a
    /// single label word (`Area 4.`, `• Project 8.`): a heading, no boundary.
    fn label_before(&self, tok_start: usize) -> bool {
        let head = &self.s[self.start..tok_start];
        let head = head.trim_start_matches(|c: char| is_bullet(c) || is_space(c));
        let head = crate::clean::trim(head);
        en::is_label_word(head)
    }

    /// After `a.m.` / `p.m.` and a space, before a capital at `k`: a boundary
    /// (`at 6 P.M. Mr. Smith then went`), unless the time opens the
    /// sentence (`At 5 a.m. Mr. Smith went`) or a zone, a weekday or
    /// `… time` follows (`8 p.m. EST`, `6 a.m. Tuesday`, `3 p.m. Seoul time`).
    fn time_boundary(&self, tok_start: usize, k: usize) -> bool {
        let head = &self.s[self.start..tok_start];
        if head.split_whitespace().count() <= 2 {
            return false;
        }
        let rest = &self.s[k..];
        let mut words = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        !(en::is_time_follower(first) || second.eq_ignore_ascii_case("time"))
    }

    /// Whether the word before `St.` at `tok_start` names a street: a
    /// capitalized word or an ordinal inside the sentence (`Main St.`,
    /// `5th St.`), not `in St. Louis`.
    fn street_before(&self, tok_start: usize) -> bool {
        let head = self.s[self.start..tok_start].trim_end_matches(is_space);
        if head.is_empty() {
            return false;
        }
        let word = head.rsplit(is_space).next().unwrap_or("");
        let inner = !head[..head.len() - word.len()].trim().is_empty();
        let capital = word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && word.chars().all(|c| c.is_ascii_alphabetic());
        let ordinal = word.starts_with(|c: char| c.is_ascii_digit())
            && (word.ends_with("th")
                || word.ends_with("st")
                || word.ends_with("nd")
                || word.ends_with("rd"));
        (capital && inner) || ordinal
    }

    /// A single period before a space and `c2` (not after Hangul).
    fn period_boundary(&self, cl: &Cluster, k: usize, c2: char) -> bool {
        let s = self.s;
        let (tok_start, tok) = self.token_before(cl.start);
        if tok.is_empty() {
            // A stray period after a space: `Area 4. . Digitalization`.
            let before = s[..cl.start].trim_end_matches(is_space);
            if before.ends_with('.') {
                return false;
            }
            return !c2.is_lowercase();
        }
        if c2.is_lowercase() {
            return false;
        }
        let digit_next = c2.is_ascii_digit();
        let last = tok.chars().next_back().unwrap_or(' ');
        if last.is_ascii_digit() {
            let numeric = tok
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
            // `2024. 3. 15.`, `15. 발표`: a date or a list, not an end;
            // `갤럭시 S24. 가격` is an end.
            if digit_next || (numeric && ko::is_hangul(c2)) {
                return false;
            }
            let short = tok.len() <= 3 && tok.bytes().all(|b| b.is_ascii_digit());
            // `Please read: 1. The first item`: a list marker after a colon.
            let after_colon = s[self.start..tok_start]
                .trim_end_matches(is_space)
                .ends_with(':');
            return !(short && (after_colon || self.label_before(tok_start)));
        }
        let mut chars = tok.chars();
        if let (Some(first), None) = (chars.next(), chars.next()) {
            if first.is_uppercase() {
                // An initial (`J. K. Rowling`), unless a starter follows
                // (`you and I. Did`).
                return !digit_next && self.next_is_starter(k);
            }
            if first.is_lowercase() {
                return !digit_next;
            }
        }
        if en::is_time(tok) {
            return !digit_next && self.time_boundary(tok_start, k);
        }
        let class = if tok == "St" && self.street_before(tok_start) {
            // `Main St. The house`: a street, not a saint.
            Some(Abbrev::Postfix)
        } else {
            en::abbrev(tok)
        };
        match class {
            Some(Abbrev::Prefix) => false,
            Some(Abbrev::Numeric) => {
                if digit_next {
                    false
                } else if en::numeric_may_end(tok) {
                    self.next_is_starter(k)
                } else {
                    true
                }
            }
            Some(Abbrev::Postfix) => !digit_next && self.next_is_starter(k),
            Some(Abbrev::Unit) => !digit_next,
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(line: &str, lang: Lang) -> Vec<&str> {
        let mut out = Vec::new();
        split_line(line, lang, &mut out);
        out.iter().map(|&(a, b)| &line[a..b]).collect()
    }

    #[test]
    fn odd_inputs_do_not_panic_and_yield_valid_ranges() {
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
        ];
        for line in odd {
            for lang in [Lang::Ko, Lang::En, Lang::Und] {
                let mut out = Vec::new();
                split_line(line, lang, &mut out);
                let mut last = 0;
                for &(a, b) in &out {
                    assert!(a < b && a >= last && b <= line.len(), "{line:?}: {out:?}");
                    assert!(line.is_char_boundary(a) && line.is_char_boundary(b));
                    assert_eq!(crate::clean::trim(&line[a..b]), &line[a..b]);
                    last = b;
                }
                let covered: usize = out
                    .iter()
                    .map(|&(a, b)| line[a..b].chars().filter(|&c| !is_space(c)).count())
                    .sum();
                assert_eq!(
                    covered,
                    line.chars().filter(|&c| !is_space(c)).count(),
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn only_the_listed_lead_bytes_start_marks_or_spaces() {
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_terminal(c) || is_space(c) {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_mark(lead), "{c:?}");
            }
        }
    }

    #[test]
    fn word_scan_stops_at_marks_and_lead_bytes() {
        for b in 0..=255u8 {
            for len in 1..20 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let got = next_stop_past_spaces(&bytes, 0);
                    let exact = next_stop(&bytes, 0, &STOP_PAST_SPACES);
                    assert!(
                        got == exact || (got < exact && bytes[got] >= 0xC0),
                        "{b:#x} {len} {at}"
                    );
                }
            }
        }
        // The first of several, with bytes that differ from a mark by one.
        let bytes = b"abc-/>@ x.y!z?";
        assert_eq!(next_stop_past_spaces(bytes, 0), 9);
        assert_eq!(next_stop_past_spaces(bytes, 10), 11);
    }

    #[test]
    fn glued_korean_ending_splits() {
        assert_eq!(
            split("만든다고 밝혔다.도는 추진한다.", Lang::Ko),
            ["만든다고 밝혔다.", "도는 추진한다."]
        );
    }
}
