//! Korean boilerplate rules, as data: exact phrases and patterns, each with
//! its [`Reason`], in priority order (the first rule that fires wins).
//!
//! Written for how Korean news sites print their chrome (연합뉴스, 뉴시스,
//! 뉴스1, 조선일보, 중앙일보, 한겨레, 머니S, 아시아경제 …): share bars, reporter
//! lines (`경기=김동우`, `홍길동 기자 hong@news.co.kr`), `입력 2023-05-17 14:20`
//! timestamps, `ⓒ … 무단전재 및 재배포 금지`, caption credits
//! (`/ 사진제공=경기도`, `[연합뉴스 자료사진]`, `/뉴시스`), market tickers.

use newsfacts_local::PerWorker;

use regex::Regex;

use super::{phrase_pattern, Pattern, Reason, Scope, Table};

/// Whole-line phrases (case-insensitive; a space matches any whitespace or none).
const PHRASES: &[(Reason, &[&str])] = &[
    (
        Reason::Navigation,
        &[
            "본문 바로 가기",
            "본문으로 바로가기",
            "본문 바로 가기",
            "주메뉴 바로가기",
            "주요메뉴 바로가기",
            "메뉴 바로가기",
            "하단메뉴 바로가기",
            "전체 메뉴",
            "전체메뉴 열기",
            "전체메뉴 닫기",
            "메뉴 열기",
            "메뉴 닫기",
            "메인메뉴",
            "홈",
            "홈으로",
            "로그인",
            "로그아웃",
            "회원가입",
            "마이페이지",
            "검색",
            "검색하기",
            "검색어 입력",
            "통합검색",
            "상세검색",
            "뉴스홈",
            "맨 위로",
            "맨 위로 가기",
            "위로 가기",
            "상단으로",
            "상단으로 이동",
            "처음으로",
            "이전 기사",
            "다음 기사",
            "이전 글",
            "다음 글",
            "목록",
            "목록으로",
            "목록보기",
            "사이트맵",
            "커버스토리",
            "섹션",
            "섹션 메뉴",
            "전체기사",
            "전체기사 보기",
            "최신기사",
            "많이 본 뉴스 더보기",
            "이전 다음",
            "이전글 다음글",
        ],
    ),
    (
        Reason::Share,
        &[
            "기사 공유",
            "기사 공유하기",
            "공유",
            "공유하기",
            "공유 닫기",
            "SNS 공유",
            "SNS 공유하기",
            "카카오톡",
            "카카오톡 공유",
            "카카오톡 공유하기",
            "카카오톡으로 공유",
            "카카오스토리",
            "카카오스토리 공유",
            "페이스북",
            "페이스북 공유",
            "페이스북 공유하기",
            "트위터",
            "트위터 공유",
            "엑스 공유",
            "네이버 블로그",
            "네이버 블로그 공유",
            "네이버 밴드",
            "밴드",
            "밴드 공유",
            "텔레그램",
            "텔레그램 공유",
            "라인 공유",
            "URL 공유",
            "URL 복사",
            "URL 주소 복사",
            "링크 복사",
            "링크 공유",
            "주소 복사",
            "기사 주소 복사",
            "기사 링크 복사",
            "이메일 보내기",
            "메일 보내기",
            "주소가 복사되었습니다",
            "SNS 기사보내기",
            "기사보내기",
            "기사 공유하기",
            "다른 공유 찾기",
            "이 기사를 공유합니다",
            "카카오톡 보내기",
            "바로가기 복사하기",
            "링크가 복사되었습니다",
            "트위터 공유하기",
            "엑스 공유하기",
            "X 공유하기",
            "밴드 공유하기",
            "네이버 블로그 공유하기",
            "텔레그램 공유하기",
            "링크 복사하기",
            "URL 복사하기",
            "기사 공유 닫기",
            "공유 레이어 닫기",
            "공유하기 닫기",
            "이메일로 공유",
            "이메일 공유",
        ],
    ),
    (
        Reason::Widget,
        &[
            "글자 크기",
            "글자크기 설정",
            "글자 크기 변경",
            "글자크기 작게",
            "글자크기 크게",
            "글씨크기",
            "글씨 크기 조절",
            "가 가",
            "가 가 가",
            "가 가 가 가 가",
            "인쇄",
            "인쇄하기",
            "기사 인쇄",
            "프린트",
            "스크랩",
            "스크랩하기",
            "기사 스크랩",
            "기사 저장",
            "북마크",
            "댓글",
            "댓글쓰기",
            "댓글 보기",
            "댓글 닫기",
            "좋아요",
            "구독",
            "구독하기",
            "기자 구독",
            "구독신청",
            "정기구독",
            "정기구독신청",
            "정기 구독 신청 독자 의견",
            "독자의견",
            "닫기",
            "더보기",
            "기사 더보기",
            "많이 본 뉴스",
            "많이 본 기사",
            "가장 많이 본 뉴스",
            "가장 많이 본 기사",
            "실시간 인기기사",
            "인기기사",
            "주요뉴스",
            "오늘의 주요뉴스",
            "이시각 주요뉴스",
            "이 시각 주요뉴스",
            "이 시각 많이 본 뉴스",
            "핫이슈",
            "기사 듣기",
            "음성으로 듣기",
            "광고",
            "번역",
            "원문보기",
            "기사원문",
            "기사원문 보기",
            "기자 프로필",
            "기자 페이지",
            "제보하기",
            "뉴스 제보",
            "기사제보",
            "오탈자 신고",
            "기사 추천",
            "추천해요",
            "바로가기",
            "본문 글씨 키우기",
            "본문 글씨 줄이기",
            "글씨 키우기",
            "글씨 줄이기",
            "메일 보내기",
            "기사 저장하기",
            "다른 기사 보기",
            "기자의 다른 기사",
            "이 기사를 추천합니다",
            "AI 요약",
            "기사 요약",
            "본문 요약봇",
            "요약봇",
            "구독중",
            "구독 중",
            "사진 확대",
            "사진 크게보기",
            "이미지 확대",
            "크게보기",
            "기사 원문 보기",
            "이 기사 어떠셨나요?",
            "가",
            "텍스트 음성 변환 서비스 사용하기",
            "성별 선택",
            "남성 여성",
            "말하기 속도",
            "느림 보통 빠름",
            "이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.",
            "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.",
            "언론사 홈 바로가기",
            "오늘의 핫뉴스",
            "기사 추천하기",
            "기자 구독하기",
            "구독하세요",
            "본문 듣기",
            "본문 듣기 시작",
            "기사 읽어주기",
            "지면보기",
            "지면 보기",
            "오디오 듣기",
            "닫기 버튼",
            "ADVERTISEMENT",
            "AD",
            "Advertisement",
            "광고 닫기",
            "이 기사에 대한 의견",
            "이 기사를 평가해 주세요",
            "내 댓글 보기",
            "뉴스레터 구독",
            "뉴스레터 신청",
            "무료 구독",
        ],
    ),
    (
        Reason::RelatedArticles,
        &[
            "관련 기사",
            "관련 기사 더보기",
            "관련뉴스",
            "관련 뉴스 더보기",
            "함께 보면 좋은 뉴스",
            "함께 보면 좋은 기사",
            "함께 볼만한 뉴스",
            "추천 기사",
            "추천뉴스",
            "이 기사와 함께 많이 본 뉴스",
            "이 시각 관련 기사",
        ],
    ),
];

/// Patterns, in priority order. `Scope::Tail` rules are anchored at the end.
const PATTERNS: &[Pattern] = &[
    // --- AI notices: "※ 이 기사는 인공지능(AI)을 활용해 작성됐습니다."
    Pattern {
        reason: Reason::AiNotice,
        scope: Scope::Short,
        pattern: r"^[※*\[(]?\s*(?:이|본)\s?(?:기사|콘텐츠|글)[은는]\s?[^\n]*(?:AI|인공지능)[^\n]*(?:번역|작성|생성|활용|제작|요약)[^\n]*$",
        unless: None,
    },
    // --- copyright
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Tail,
        pattern: r"(?:무단\s?전재|무단\s?복제|무단\s?배포|재배포|전재)[^.。]*금지\s*[.>\])〉】]*\s*$",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Short,
        pattern: r"^[※<\[(〈【]?\s*(?:저작권자\s*[(\[]?\s*)?(?:ⓒ|©|Ⓒ|\([cC]\))",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Short,
        pattern: r"^[※<\[(〈【]?\s*저작권자\s*[:：]?\s*[^\s]+(?:\s|$)[^.]*(?:무단|금지|ⓒ|©)",
        unless: None,
    },
    // --- market tickers: "코스피 : 3135.59상승 3.7118:01 04/12"
    Pattern {
        reason: Reason::Ticker,
        scope: Scope::Short,
        pattern: r"^(?:코스피(?:200)?|코스닥(?:150)?|원\s?/?\s?달러|원·달러|원달러|원/엔|엔/달러|원/위안|두바이유|브렌트유|WTI|금|은|구리|국고채\s?[0-9]{1,2}년|나스닥|다우(?:존스)?|S&P\s?500|니케이(?:225)?|닛케이(?:225)?|상해종합|상하이종합|항셍|비트코인|이더리움)\s*(?:지수)?\s*[:：]?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:원|달러|포인트|p)?\s*(?:상승|하락|보합|▲|▼|△|▽|[+\-])\s*[0-9.,%()+\-\s:/▲▼△▽]*$",
        unless: None,
    },
    // --- datelines: "입력 2023-05-17 14:20", "2021.04.04 09:12", "수정 2023.05.17. 오후 3:00"
    Pattern {
        reason: Reason::Dateline,
        scope: Scope::Short,
        pattern: r"^[\[(]?(?:(?:기사\s?)?(?:입력|수정|등록|승인|업데이트|게재|발행|최종\s?수정|최종\s?업데이트|송고|작성|출고|기사입력|보도)\s*(?:일시|시간|일)?\s*[:：]?\s*)?(?:19|20)[0-9]{2}\s?[.\-/년]\s?[0-9]{1,2}\s?[.\-/월]\s?[0-9]{1,2}\s?[.일]?(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?:오전|오후|AM|PM|am|pm)?\s*[0-9]{1,2}\s?[:시]\s?[0-9]{1,2}(?:\s?[:분]\s?(?:[0-9]{1,2}\s?초?)?)?)?(?:\s*[|ㅣ·,/]?\s*(?:(?:기사\s?)?(?:입력|수정|등록|승인|업데이트|게재|발행|최종\s?수정|최종\s?업데이트|송고|작성|출고|기사입력)\s*(?:일시|시간|일)?\s*[:：]?\s*)?(?:19|20)[0-9]{2}\s?[.\-/년]\s?[0-9]{1,2}\s?[.\-/월]\s?[0-9]{1,2}\s?[.일]?(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?:오전|오후|AM|PM|am|pm)?\s*[0-9]{1,2}\s?[:시]\s?[0-9]{1,2}(?:\s?[:분]\s?(?:[0-9]{1,2}\s?초?)?)?)?)*(?:\s*(?:송고|입력|수정|기사원문|댓글\s*[0-9]+))*\s*[\])]?$",
        unless: None,
    },
    // --- widgets
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:이|[가-힣]{2,4})\s?기자의\s?(?:다른|최신|모든)\s?(?:기사|뉴스)(?:\s?(?:보기|더보기))?\s*[>›»]?$",
        unless: None,
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^[0-9]{1,3}(?:\.[0-9])?\s?%$",
        unless: None,
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:(?:좋아요|훈훈해요|슬퍼요|화나요|후속기사\s?원해요|추천해요|추천|비추천|놀랐어요|응원해요|감동이에요|기뻐요|댓글|공유)\s*[0-9,]+\s*)+$",
        unless: None,
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^[▶▷☞►]\s*[^.]*(?:제보|구독|다운로드|다운받기|바로가기|카톡|카카오톡|앱|이벤트|무료|뉴스레터|채널\s?추가|친구\s?추가)[^.]*$",
        unless: None,
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::End,
        pattern: r"(?:구독|팔로우|추가|후원)\s?(?:하기|하세요|해\s?주세요|해보세요)\s*[!>›~\]】]?$",
        unless: Some(r"[.。]"),
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^[0-9,]+\s?개의\s?댓글$",
        unless: None,
    },
    // tip lines: "기사제보 및 보도자료 press@newsis.com", "제보: 카톡 okjebo"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^[▶▷☞►※]?\s*(?:기사\s?제보|뉴스\s?제보|제보|보도\s?자료|독자\s?제보|구독\s?문의|광고\s?문의)(?:\s?및\s?(?:보도\s?자료|제보|문의))?\s*[:：]?\s*(?:[^\s.]+\s*)*(?:[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|[0-9]{2,4}-[0-9]{3,4}-[0-9]{4}|카톡\s?[A-Za-z0-9_]+|okjebo)[^.]*$",
        unless: None,
    },
    // "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^[▶▷☞►※]?\s*(?:[가-힣A-Za-z0-9]+\s)?(?:기사\s?문의|제보)[^.。:：]*[:：][^.。]*(?:카톡|카카오톡|라인|전화|메일|jebo|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|[0-9]{2,4}-[0-9]{3,4}(?:-[0-9]{4})?)[^.。]*$",
        unless: None,
    },
    // "한경닷컴 바로가기", "뉴스1 바로가기 >"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^[▶▷☞►]?\s*[가-힣A-Za-z0-9·]+\s?바로\s?가기\s*[>›»]?$",
        unless: None,
    },
    // Newsis tagline: "공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다."
    Pattern {
        reason: Reason::Widget,
        scope: Scope::End,
        pattern: r"(?:독자|시청자|구독자)\s?여러분의\s?(?:소중한\s?)?(?:제보|의견)[을를]\s?기다립니다\.?$",
        unless: None,
    },
    // "많이 본 뉴스 1", "인기기사 3"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:가장\s?)?(?:많이\s?본|인기|주요|실시간|핫)\s?(?:뉴스|기사|이슈)\s*[0-9]{0,2}$",
        unless: None,
    },
    // a row of hashtags ("#일자리 #청년 #고용") is in en.rs: every line meets
    // every language's rules.
    // --- navigation: a row of section names, a breadcrumb
    Pattern {
        reason: Reason::Navigation,
        scope: Scope::Short,
        pattern: r"^(?:(?:정치|경제|사회|국제|세계|문화|연예|스포츠|오피니언|IT|IT/과학|과학|생활|라이프|산업|금융|증권|부동산|전국|지역|사람|포토|영상|전체기사|최신기사|사설|칼럼|기업|유통|건강|여행|교육|북한|글로벌)\s*[|·/ㅣ]?\s*){3,}$",
        unless: None,
    },
    Pattern {
        reason: Reason::Navigation,
        scope: Scope::Short,
        pattern: r"^(?:홈|HOME|Home)\s*[>›»]\s*[^.]+$",
        unless: None,
    },
    // Ndsoft CMS share buttons: "페이스북(으)로 기사보내기"
    Pattern {
        reason: Reason::Share,
        scope: Scope::Short,
        pattern: r"^[^\n]+\(으\)로\s?기사\s?보내기$",
        unless: None,
    },
    // --- share: a row of share buttons
    Pattern {
        reason: Reason::Share,
        scope: Scope::Short,
        pattern: r"(?i)^(?:(?:카카오톡|카카오스토리|페이스북|트위터|네이버\s?블로그|밴드|텔레그램|라인|URL\s?복사|링크\s?복사|이메일|facebook|twitter|kakao\s?talk|kakao|band|line|url)\s*(?:공유)?\s*[,|·/]?\s*){2,}$",
        unless: None,
    },
    // --- related articles: "[머니S포토] …", "[관련기사] …", "▶ 관련기사 …"
    Pattern {
        reason: Reason::RelatedArticles,
        scope: Scope::Short,
        pattern: r"^[\[【]\s*(?:관련\s?기사|관련\s?뉴스|[가-힣A-Za-z0-9]{0,10}\s?포토|포토\s?뉴스|화보|추천\s?기사|인기\s?기사|많이\s?본\s?기사|함께\s?보면\s?좋은\s?(?:기사|뉴스)|이\s?시각\s?헤드라인|헤드라인)\s*[\]】]",
        unless: None,
    },
    Pattern {
        reason: Reason::RelatedArticles,
        scope: Scope::Short,
        pattern: r"^[▶▷☞►■◆◇●○□]\s*관련\s?(?:기사|뉴스)",
        unless: None,
    },
    // --- bylines
    // "(서울=연합뉴스)", "(서울=연합뉴스) 홍길동 기자 ="
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[(\[][가-힣]{1,6}\s?=\s?[가-힣A-Za-z0-9]{2,10}[)\]]\s*(?:[가-힣]+(?:\s*[,·ㆍ]?\s*[가-힣]+)*\s?(?:기자|특파원)(?:\s*[,·ㆍ]\s*[가-힣]{2,4}(?:\s?(?:기자|특파원))?)*)?\s*=?$",
        unless: Some(r"^[(\[]\s*(?:사진|자료|그래픽|이미지|영상|일러스트|출처|제공|촬영)"),
    },
    // "경기=김동우", "경기=김동우 bosun1997@mt.co.kr  | twitter facebook"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[가-힣]{1,6}\s?=\s?[가-힣]{2,4}(?:\s?(?:기자|특파원))?(?:\s*[,·]\s*[가-힣]{2,4}(?:\s?(?:기자|특파원))?)*(?:\s*[(<\[]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]?)?(?:\s*\|[A-Za-z\s|]*)?$",
        unless: Some(r"^(?:사진|자료|그래픽|이미지|영상|일러스트|출처|제공)"),
    },
    // "김도현 기자 dohyun.kim@…", "[아시아경제 김동우 기자]", "뉴시스 홍길동 기자", "글·사진 홍길동 기자"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[\[(【]?(?:(?:글|사진|글\s?[·ㆍ]\s?사진|정리|취재|영상|촬영|그래픽|진행)\s*[=:·]?\s*)?(?:[가-힣A-Za-z0-9]{1,12}\s)?(?:[가-힣A-Za-z0-9]{1,8}\s?=\s?)?[가-힣]{2,4}\s?(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|수습기자|논설위원|편집위원|선임연구원|통신원|칼럼니스트|리포터|앵커|기상캐스터|PD)(?:\s*[,·]\s*[가-힣]{2,4}(?:\s?(?:기자|특파원|PD))?)*\s*[\])】]?(?:\s*[=:]?\s*[(<\[]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]?)*(?:\s*\|[A-Za-z\s|]*)?\s*=?$",
        unless: None,
    },
    // "[세종=이데일리 김철수 기자]"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[\[(【]\s*[가-힣]+\s?=\s?[가-힣A-Za-z0-9]+\s+[가-힣]+(?:\s*[,·ㆍ]\s*[가-힣]+)*\s?(?:기자|특파원)\s*[\])】]$",
        unless: None,
    },
    // "홍길동 기자 구독 구독중": a reporter card with its subscribe button
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[가-힣]{2,4}\s?(?:기자|특파원)\s+(?:구독\s?중|구독하기|구독|팔로우)(?:\s+(?:구독\s?중|구독하기|구독|팔로우))*$",
        unless: None,
    },
    // "홍길동·김철수 기자"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[가-힣]{2,4}(?:\s*[,·ㆍ]\s*[가-힣]{2,4})+\s?(?:기자|특파원|PD)(?:\s*[(<\[]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]?)*$",
        unless: None,
    },
    // Ndsoft CMS header: "기자명 홍길동 기자 입력 2023.05.17 14:20 댓글 0"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^기자명\s",
        unless: None,
    },
    // a lone e-mail address
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[(<\[]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]?$",
        unless: None,
    },
    // reporter profile: "머니s 경기인천지역을 담당하고 있는 김동우 기자입니다."
    Pattern {
        reason: Reason::Byline,
        scope: Scope::End,
        pattern: r"[가-힣]{2,4}\s?(?:기자|특파원|PD|앵커)입니다\.?$",
        unless: None,
    },
    // --- photo captions with a credit
    // "… / 사진제공=경기도", "… | 사진=연합뉴스"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"[/|ㅣ]\s*(?:사진|자료|그래픽|영상|이미지|도표|인포그래픽|일러스트)\s*(?:제공|출처)?\s*[=:]\s*[^/=]{1,40}$",
        unless: None,
    },
    // "(사진=연합뉴스)", "[사진 제공=현대차]", "[사진 중앙포토]"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"[(\[<〈]\s*(?:(?:사진|자료|그래픽|이미지|영상|일러스트)\s*(?:(?:제공|출처)\s*[=:]?|[=:])\s*[^()\[\]<>]+|사진\s+[^()\[\]<>]+)\s*[)\]>〉]\s*$",
        unless: None,
    },
    // "[연합뉴스 자료사진]", "[EPA=연합뉴스]", "[현대차 제공]", "[촬영 홍길동]", "[뉴스1]"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"[(\[]\s*(?:[^()\[\]]*(?:연합뉴스|뉴시스|뉴스1|게티이미지(?:뱅크|코리아)?|이미지투데이|셔터스톡|중앙포토|조선DB|동아DB|자료사진|AFP|EPA|AP|로이터|UPI|신화|교도)(?:\s*(?:자료\s?)?(?:사진|제공|=\s*연합뉴스|연합뉴스))?|[^()\[\]]+\s?제공|촬영\s+[^()\[\]]+)\s*[)\]]\s*$",
        unless: Some(r"^[(\[][가-힣]{1,6}\s?=\s?(?:연합뉴스|뉴시스|뉴스1)[)\]]\s*$"),
    },
    // "… /뉴시스", "… /조선DB", "… /김지호 기자", "… /뉴스1 © News1 이광호 기자"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"(?:\s|[.다])/\s?(?:연합뉴스|뉴시스|뉴스1|[가-힣A-Za-z]{1,10}DB|게티이미지(?:코리아|뱅크)?|이미지투데이|셔터스톡|AP|AFP|EPA|로이터|UPI|신화|[가-힣]{2,4}\s?기자|[가-힣A-Za-z0-9]{1,12}\s?제공)(?:\s*(?:연합뉴스|뉴시스|뉴스1))?(?:\s*©\s*News1(?:\s+[가-힣]{2,4}\s?(?:기자|인턴기자|특파원))?)?\s*$",
        unless: None,
    },
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"©\s*News1(?:\s+[가-힣]{2,4}\s?(?:기자|인턴기자|특파원|통신원))?\s*$",
        unless: None,
    },
    // Yonhap / Newsis photo captions end with the shooting date and an e-mail:
    // "… 있다. 2023.5.17 hong@yna.co.kr", "… 2023.05.17. mangusta@newsis.com"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"(?:[.다]\s+|\s)(?:19|20)[0-9]{2}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.?(?:\s*/\s*[^\s/]{1,12})?\s+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*$",
        unless: None,
    },
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"[.다]\s+(?:19|20)[0-9]{2}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.?(?:\s*/\s*[^\s/]{1,12})?\s*$",
        unless: None,
    },
    // Hankyoreh-style credit after the caption text: "… 모습. 연합뉴스"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"(?:\.|다)\s+(?:연합뉴스|(?:AFP|EPA|AP|로이터|UPI|신화)\s?연합뉴스|뉴시스|뉴스1|게티이미지뱅크|게티이미지코리아|이미지투데이|[가-힣A-Za-z0-9]{2,12}\s?제공)\s*$",
        unless: None,
    },
    // a credit alone: "사진=연합뉴스", "자료: 통계청", "게티이미지뱅크"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Short,
        pattern: r"^[(\[]?\s*(?:사진|자료|그래픽|이미지|영상|일러스트)\s*(?:제공|출처)?\s*[=:]\s*[^\n]+$",
        unless: Some(r"[가-힣](?:했다|한다|됐다|된다|이다|있다|없다|습니다)\.$"),
    },
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Short,
        pattern: r"^[(\[]?(?:게티이미지뱅크|게티이미지코리아|게티이미지|이미지투데이|셔터스톡|연합뉴스\s?자료사진|자료사진)[)\]]?$",
        unless: None,
    },
];

/// The Korean table.
pub(super) const TABLE: Table = Table {
    phrases: PHRASES,
    patterns: PATTERNS,
};

/// Headers that announce a list of related headlines.
const RELATED_HEADERS: &[&str] = &[
    "관련 기사",
    "관련 기사 더보기",
    "관련뉴스",
    "관련 뉴스 더보기",
    "함께 보면 좋은 뉴스",
    "함께 보면 좋은 기사",
    "함께 볼만한 뉴스",
    "추천 기사",
    "추천뉴스",
    "이 기사와 함께 많이 본 뉴스",
    "이 시각 관련 기사",
];

static RELATED_HEADER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(&phrase_pattern(RELATED_HEADERS)).expect("related headers compile")
});

/// Whether `line` (trimmed) is a related-articles header.
pub(super) fn is_related_header(line: &str) -> bool {
    line.len() <= 64 && RELATED_HEADER.is_match(line)
}
