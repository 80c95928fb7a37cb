//! English boilerplate rules, as data: exact phrases and patterns, each with
//! its [`Reason`], in priority order (the first rule that fires wins).
//!
//! Written for how English news sites print their chrome (Yonhap, Korea
//! Herald, Korea Times, Asia Business Daily, Reuters, AP, Bloomberg …):
//! `Skip to main content`, share bars, `By Jane Doe`, `Published : May 17,
//! 2023 - 14:20`, `© … All rights reserved.`, caption credits
//! (`Provided by …`, `[Getty Images]`, `(AP Photo/…)`, `REUTERS/…`), tickers,
//! wire datelines printed alone (`SEOUL, Dec 3 (Reuters) -`; with the story on
//! the same line they are content), newsletter and paywall prompts, credits
//! (`(Reporting by …; Editing by …)`, `… contributed to this report.`).

use newsfacts_local::PerWorker;

use regex::Regex;

use super::{phrase_pattern, Pattern, Reason, Scope, Table};

/// Whole-line phrases (case-insensitive; a space matches any whitespace or none).
const PHRASES: &[(Reason, &[&str])] = &[
    (
        Reason::Navigation,
        &[
            "Skip to main content",
            "Skip to content",
            "Skip to navigation",
            "Skip navigation",
            "Skip to main navigation",
            "Skip to search",
            "Jump to content",
            "Go to main content",
            "Main menu",
            "Menu",
            "Open menu",
            "Close menu",
            "Toggle navigation",
            "Navigation",
            "Home",
            "Homepage",
            "Search",
            "Search form",
            "Log in",
            "Login",
            "Sign in",
            "Sign up",
            "Register",
            "Log out",
            "My page",
            "My account",
            "Top",
            "Back to top",
            "Go to top",
            "To top",
            "Scroll to top",
            "Next",
            "Previous",
            "Prev",
            "Next article",
            "Previous article",
            "Next story",
            "Previous story",
            "Sections",
            "All sections",
            "Site map",
            "Sitemap",
            "Latest news",
            "Latest stories",
            "All news",
            "한국어",
            "中文",
            "日本語",
        ],
    ),
    (
        Reason::Share,
        &[
            "Share",
            "Share this",
            "Share this article",
            "Share this story",
            "Share this page",
            "Share article",
            "Share story",
            "Facebook",
            "Twitter",
            "X",
            "LinkedIn",
            "WhatsApp",
            "Reddit",
            "Pinterest",
            "Email",
            "E-mail",
            "Telegram",
            "KakaoTalk",
            "Kakao Story",
            "Copy link",
            "Copy URL",
            "Copy the link",
            "Link copied",
            "Link copied!",
            "Tweet",
            "Pin it",
            "Join us on social!",
            "Join us on social",
            "Follow us",
            "Follow us on social media",
        ],
    ),
    (
        Reason::Widget,
        &[
            "bar_progress",
            "Text Size",
            "Text size",
            "Font size",
            "Font",
            "A A",
            "A A A",
            "A+ A-",
            "A- A+",
            "Close",
            "Print",
            "Print this article",
            "Print article",
            "Listen",
            "Listen to this article",
            "Listen to article",
            "Comments",
            "Comment",
            "View comments",
            "Show comments",
            "Advertisement",
            "Ad",
            "Sponsored",
            "Sponsored content",
            "Special Coverage",
            "Today’s Briefing",
            "Today's Briefing",
            "Most Popular",
            "Most Viewed",
            "Most read",
            "Most shared",
            "Trending",
            "Trending now",
            "Subscribe",
            "Subscribe now",
            "Newsletter",
            "Newsletters",
            "Sign up for our newsletter",
            "Sign up for newsletters",
            "View original image",
            "Zoom",
            "Enlarge",
            "Expand",
            "Click to enlarge",
            "Loading",
            "Loading...",
            "Translate",
            "Bookmark",
            "Save",
            "Save article",
            "See more",
            "View more",
            "Show more",
            "Load more",
            "Editor's Picks",
            "Editor’s Picks",
            "Top Stories",
            "Top News",
            "Don't miss",
            "Don’t miss",
            "Gift this article",
            "Report an error",
            "Contact us",
            "Feedback",
            "Cookie settings",
            "Accept all cookies",
            "Reprints",
            "Purchase Licensing Rights",
            "Purchase licensing rights, opens new tab",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Opens new tab",
            "Sign up here.",
            "Suggested Topics:",
            "Most Read from Bloomberg",
            "Trending News",
            "More articles by this reporter",
            "Other articles by this reporter",
            "Email this article",
            "Share via",
            "Print this page",
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
            "Register now for FREE unlimited access to Reuters.com",
            "Register now for FREE unlimited access to reuters.com Register",
            "Acquire Licensing Rights, opens new tab",
            "Acquire Licensing Rights",
            "Report This Ad",
            "Report an ad",
            "Log in to continue",
            "Sign in to continue",
            "Log in to read more",
            "Subscribe for unlimited access",
            "Subscribe to continue reading",
            "Subscribe to read",
            "Already have an account? Sign in",
            "Already have an account? Log in",
            "Click here",
            "Click here to subscribe",
            "Click here to read more",
            "Click here to read more.",
            "Continue reading",
            "Continue reading the main story",
            "Continue reading below",
            "Story continues below",
            "Story continues below advertisement",
            "Article continues below",
            "Article continues below advertisement",
            "Advertisement - Scroll to continue",
            "Scroll to continue with content",
            "Get our newsletter",
            "Get the newsletter",
            "Enter your email",
            "Enter your email address",
            "Email address",
            "Your email address",
            "Get the app",
            "Download the app",
            "Download our app",
            "Already a subscriber? Log in",
            "Already a subscriber? Sign in",
            "Support our journalism",
            "Terms of Use",
            "Terms of Service",
            "Privacy Policy",
            "Watch",
            "Watch video",
            "Play video",
            "Photo gallery",
            "View gallery",
            "Hide caption",
            "Toggle caption",
            "Caption",
            "Image",
        ],
    ),
    (
        Reason::RelatedArticles,
        &[
            "Related Articles",
            "Related Article",
            "Related",
            "Related News",
            "Related Stories",
            "Related Content",
            "Related Coverage",
            "Related Topics",
            "Read more",
            "Read More:",
            "More stories",
            "More Stories",
            "Recommended",
            "Recommended Stories",
            "Recommended for you",
            "You may also like",
            "You might also like",
            "See also",
            "Also read",
            "What to read next",
            "More from this section",
            "More on this story",
            "More on this topic",
            "Most read stories",
        ],
    ),
];

/// Patterns, in priority order. `Scope::Tail` rules are anchored at the end.
const PATTERNS: &[Pattern] = &[
    // --- AI notices
    Pattern {
        reason: Reason::AiNotice,
        scope: Scope::Short,
        pattern: r"(?i)^[*\[(]?\s*(?:this|the)\s+(?:content|article|story|text|report|translation)(?-u:\b)[^\n]*(?-u:\b)(?:translated|produced|written|generated|created|edited|prepared)(?-u:\b)[^\n]*(?-u:\b)(?:by|using|with|of|via|through|from)\s+(?:an?\s+|the\s+)?(?:(?:help|assistance|aid)\s+of\s+(?:an?\s+)?)?(?:generative\s+)?(?:AI|artificial\s+intelligence|machine\s+translation)(?-u:\b)[^\n]*$",
        unless: None,
    },
    Pattern {
        reason: Reason::AiNotice,
        scope: Scope::Short,
        pattern: r"(?i)^[*\[(]?\s*(?:AI[- ]translated|translated\s+(?:by|with)\s+(?:AI|artificial\s+intelligence)|(?:written|generated|produced)\s+(?:by|with)\s+(?:the\s+(?:help|assistance)\s+of\s+)?(?:AI|artificial\s+intelligence))(?-u:\b)[^\n]*$",
        unless: None,
    },
    // --- copyright
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Tail,
        pattern: r"(?i)(?-u:\b)all\s+rights\s+reserved\.?\s*[)\]>]?\s*$",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Tail,
        pattern: r"(?i)(?-u:\b)(?:unauthorized|unauthorised)\s+(?:reproduction|redistribution|copying|use)[^.]*(?:prohibited|forbidden|not\s+permitted)\.?\s*$",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Tail,
        pattern: r"(?i)may\s+not\s+be\s+(?:published|reproduced)[^.]*(?:rewritten|redistributed)[^.]{0,60}\.?\s*$",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Short,
        pattern: r"^(?:Copyright|COPYRIGHT|copyright)\s*(?:©|ⓒ|Ⓒ|\([cC]\)|(?:19|20)[0-9]{2}(?-u:\b)|by\s)",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Short,
        pattern: r"^(?:Copyright|COPYRIGHT)\s+(?:The\s+|the\s+)?[A-Z][A-Za-z.&\- ]+$",
        unless: None,
    },
    Pattern {
        reason: Reason::Copyright,
        scope: Scope::Short,
        pattern: r"(?i)^all\s+(?:content|contents|materials?)\s+(?:©|ⓒ|\(c\)|copyright)",
        unless: None,
    },
    // --- market tickers: "KOSPI 2,580.45 ▼12.30 (-0.47%) 15:30 09/14"
    Pattern {
        reason: Reason::Ticker,
        scope: Scope::Short,
        pattern: r"(?i)^(?:KOSPI(?:\s?200)?|KOSDAQ(?:\s?150)?|Dow(?:\s+Jones)?|DJIA|Nasdaq(?:\s+Composite)?|S&P\s?500|Nikkei(?:\s?225)?|Hang\s+Seng|Shanghai(?:\s+Composite)?|FTSE(?:\s?100)?|DAX|CAC\s?40|USD\s?/\s?KRW|KRW\s?/\s?USD|Won\s?/\s?Dollar|EUR\s?/\s?USD|USD\s?/\s?JPY|WTI|Brent(?:\s+crude)?|Gold|Silver|Bitcoin|BTC|ETH)\s*[:：]?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:▲|▼|△|▽|[+\-]|up|down|unch(?:anged)?)\s*[0-9.,%()+\-\s:/▲▼△▽]*$",
        unless: None,
    },
    // --- datelines: "Published 2021-07-14", "Updated : May 17, 2023 - 14:20",
    // "Posted : 2023-05-17 14:20 Updated : 2023-05-17 15:00", "Updated 2 hours ago"
    Pattern {
        reason: Reason::Dateline,
        scope: Scope::Short,
        pattern: r"(?i)^[\[(]?(?:(?:(?:published|updated|posted|last\s+updated|first\s+published|modified|last\s+modified|date|released|issued|created|uploaded|edited|written)\s*(?:on|at)?\s*[:：]?\s*)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?(?:(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}\.?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}|[0-9]{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:19|20)[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:KST|GMT|UTC|ET|EST|EDT|PT|PST|PDT|CST|CET|BST|HKT|JST|SGT)(?:\s*[+\-][0-9]{1,2}(?::?[0-9]{2})?)?)?|(?:[0-9]{1,3}|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago)(?:\s*(?:[-–—|,·/]|at)?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:KST|GMT|UTC|ET|EST|EDT|PT|PST|PDT|CST|CET|BST|HKT|JST|SGT)(?:\s*[+\-][0-9]{1,2}(?::?[0-9]{2})?)?)?)?\s*[|·,]?\s*)+[\])]?$",
        unless: None,
    },
    // Wire datelines printed alone on their line: "SEOUL, Dec 3 (Reuters) -",
    // "WASHINGTON (AP) —". A dateline that carries the story is content.
    Pattern {
        reason: Reason::Dateline,
        scope: Scope::Short,
        pattern: r"^[A-Z][A-Z.'\- ]+(?:,\s+[A-Z][A-Za-z.'\- ]+)?(?:,\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?:,\s*(?:19|20)[0-9]{2})?)?\s*\((?:Reuters|Yonhap|AP|AFP|Bloomberg|UPI|Xinhua|Kyodo|EFE|dpa|ANSA|Dow\s+Jones|Korea\s+Bizwire|KBS|Yonhap\s+Infomax|IANS|PTI|CNA|Bernama|TASS|RIA)\)\s*(?:-{1,2}|–|—)?\s*$",
        unless: None,
    },
    // "This article is more than 1 year old", "Listen (2 min)"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"(?i)^(?:this\s+(?:article|story|content)\s+is\s+more\s+than\s+(?:[0-9]+|an?|one|two|three)\s+(?:years?|months?)\s+old\.?|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?\s*\(?\s*[0-9]{1,2}\s*(?:min|mins|minutes?)\s*\)?)$",
        unless: None,
    },
    // Reuters image carousels: "Item 1 of 2"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:Item|Image|Photo|Slide)\s+[0-9]{1,2}\s+of\s+[0-9]{1,2}$",
        unless: None,
    },
    // --- widgets: newsletter and subscription prompts
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:Sign\s+up|Subscribe|Register|Join)(?:\s+(?:now|today|here|free))?(?:\s+(?:for|to)\s+[A-Za-z0-9’'&\- ]*?(?i:newsletters?|briefings?|alerts?|updates|digest|e-?mails?|podcasts?|channel|edition|bid|subscription|membership))?\s*[.!>›»]?$",
        unless: Some(
            r"(?i)(?-u:\b)(?:said|says|urged|told|must|will|would|can|could|should|by\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?-u:\b)",
        ),
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"(?i)^click\s+here(?:\s+(?:to|for)\s+[^.,;\n]*)?\s*[.!>›»]?$",
        unless: None,
    },
    // a row of hashtags: "#Samsung #chips #exports"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:#[^\s#]+\s*){2,}$",
        unless: None,
    },
    // topic tags: "Tags: Samsung, chips", "Topics: Economy"
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"^(?:Tags|TAGS|Topics|TOPICS|Keywords|KEYWORDS|Filed\s+under|Categories)\s*[:：|]\s*[^.]*$",
        unless: None,
    },
    // --- widgets
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"(?i)^[0-9]{1,2}\s?(?:-\s?)?min(?:ute)?s?\s+read$",
        unless: None,
    },
    Pattern {
        reason: Reason::Widget,
        scope: Scope::Short,
        pattern: r"(?i)^(?:text|font)\s*size\s*[:]?\s*(?:[a-z+\-]\s*){0,5}$",
        unless: None,
    },
    // --- navigation: a row of section names, a breadcrumb
    Pattern {
        reason: Reason::Navigation,
        scope: Scope::Short,
        pattern: r"(?i)^(?:(?:News|National|Politics|Business|Economy|Finance|Markets|World|Opinion|Sports|Entertainment|Life|Lifestyle|Culture|Tech|Technology|Science|Health|Video|Videos|Photos|Travel|Style|Arts|Columns|Editorials|Features|Society|North\s+Korea|Korea|Asia|Companies|Industry|K-pop|Multimedia|Podcasts|Weather)\s*(?:&|and)?\s*[|·/•]?\s*){3,}$",
        unless: None,
    },
    Pattern {
        reason: Reason::Navigation,
        scope: Scope::Short,
        pattern: r"(?i)^home\s*[>›»/]\s*[^.]+$",
        unless: None,
    },
    // --- share
    Pattern {
        reason: Reason::Share,
        scope: Scope::Short,
        pattern: r"(?i)^share\s+(?:(?:on|via|to|with)\s+)?(?:facebook|x|twitter|linkedin|whatsapp|reddit|pinterest|e-?mail|telegram|kakao\s?talk|kakao\s?story|kakao|line|naver|band|threads|bluesky|flipboard|messenger)(?:\s*\([^)]*\))?$",
        unless: None,
    },
    Pattern {
        reason: Reason::Share,
        scope: Scope::Short,
        pattern: r"(?i)^(?:follow|join|like|find)\s+(?:us|[A-Z][A-Za-z.&\- ]*)\s+(?:on|at)\s+(?:facebook|x|twitter|instagram|linkedin|youtube|threads|tiktok|telegram|bluesky|social(?:\s+media)?|kakao\s?talk|naver|google\s+news)(?:\s*(?:,|and|&)\s*(?:facebook|x|twitter|instagram|linkedin|youtube|threads|tiktok|telegram|bluesky|kakao\s?talk|naver|google\s+news))*\s*[.!]?$",
        unless: None,
    },
    Pattern {
        reason: Reason::Share,
        scope: Scope::Short,
        pattern: r"(?i)^(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|telegram|kakao\s?talk|kakao\s?story|line|naver|band|copy\s+link|print|share)\s*[|·/,•]?\s*){2,}$",
        unless: None,
    },
    // --- related articles with a title: "Read more: …", "Related: …"
    Pattern {
        reason: Reason::RelatedArticles,
        scope: Scope::Short,
        pattern: r"(?i)^(?:read\s+more|related(?:\s+articles?|\s+news|\s+stories)?|see\s+also|also\s+read|read\s+also|more|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|latest(?:\s+news)?|top\s+stor(?:y|ies)|recommended|editor'?s\s+picks?)\s*[:：>»]\s*\S[^\n]*$",
        unless: None,
    },
    // AP: "Follow AP's coverage of the economy at https://apnews.com/hub/economy"
    Pattern {
        reason: Reason::RelatedArticles,
        scope: Scope::Short,
        pattern: r"^(?:Follow|Read\s+more\s+of|See\s+more\s+of|More\s+of)\s+(?:AP|the\s+AP|Reuters|Yonhap|Bloomberg)['’]s\s+(?:full\s+)?coverage\s+(?:of|on)\s[^\n]*$",
        unless: None,
    },
    // video and live teasers: "Watch: Korea's exports jump", "LIVE: Updates from Seoul"
    Pattern {
        reason: Reason::RelatedArticles,
        scope: Scope::Short,
        pattern: r"^(?:Watch|WATCH|Video|VIDEO|Live|LIVE|Podcast|PODCAST)\s*[:：|]\s*\S[^\n]*[^.\n]$",
        unless: None,
    },
    Pattern {
        reason: Reason::RelatedArticles,
        scope: Scope::Short,
        pattern: r"^More\s+(?:from|in|on)\s+(?:The\s+)?[A-Z][A-Za-z.&'’\- ]+$",
        unless: None,
    },
    // --- bylines
    // "By Kim So-yeon (soyeon.kim@koreatradewire.com)", "By Jane Doe, Staff Reporter"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^(?:By|BY)\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3}(?:\s*(?:,|and|&|AND)\s*[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3})*(?:\s*[,|/]\s*(?:The\s+)?[A-Z][A-Za-z'’.\-]*(?:\s+(?:of|the|and|[A-Z][A-Za-z'’.\-]*)){0,5})?(?:\s*[(<\[]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]?)?\s*$",
        unless: Some(
            r"(?i)^by\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|then|now|contrast|comparison|the|that|this|these|those|law|far|design|default|definition|year|end|early|late|mid|next|last|noon|midnight|tomorrow|today|tonight|comparison|sector|region|country|age|area)(?-u:\b)",
        ),
    },
    // "Reporter Lee Young-gyu", "Staff Reporter: Jane Doe"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^(?:Reporter|Staff\s+Reporter|Staff\s+Writer|Correspondent|Senior\s+Reporter|Senior\s+Writer|Writer|Columnist|Contributing\s+Writer)\s*[:=]?\s*[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3}(?:\s*[(<\[]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]?)?$",
        unless: None,
    },
    // "[Asia Economy Reporter Park Jong-il]", "[Asia Economy (Suwon) = Reporter Lee Young-gyu]"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^\[(?:[A-Z][A-Za-z.]*\s+){0,4}(?:\([A-Za-z ]+\)\s*)?(?:=\s*)?(?:Reporter|Correspondent|Staff\s+Reporter|Special\s+Correspondent)\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3}\]$",
        unless: None,
    },
    // "Kim Jae-won (jaewon@heraldcorp.com)", "Jane Doe, Staff Reporter"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){1,3}\s*(?:[(<\[]\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[)>\]]|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|,\s*(?:Staff|Senior|Foreign|Business|Political)?\s*(?:Reporter|Writer|Correspondent|Editor))$",
        unless: None,
    },
    // "JOHN DOE, Associated Press", "By HYUNG-JIN KIM Associated Press"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^(?:By\s+)?[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){1,3}(?:,\s*|\s+)(?:The\s+)?(?:Associated\s+Press|Reuters|AFP|Bloomberg(?:\s+News)?|Yonhap(?:\s+News(?:\s+Agency)?)?|Agence\s+France-Presse|CNN|Xinhua|Kyodo(?:\s+News)?)$",
        unless: None,
    },
    // "Posted by Jane Doe on Dec 3, 2024", "Posted on Dec 3, 2024 by Jane Doe"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^(?:Posted|Published|Written|Filed)\s+(?:by|on)\s+[^.!?]*(?:(?:19|20)[0-9]{2}|[A-Z][a-z]+)$",
        unless: Some(r"(?-u:\b)(?:said|says|after|before|because)(?-u:\b)"),
    },
    // "Write to Jane Doe at jane.doe@wsj.com", "Contact Jane Doe at …"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^(?i:write\s+to|contact|e-?mail|reach)\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3}(?:\s+(?:and|&)\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3})?\s+at\s+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}(?:\s+(?:and|or)\s+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})?\.?$",
        unless: None,
    },
    // Bloomberg: "To contact the reporter on this story: …", "--With assistance from …"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^(?:To\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)(?-u:\b)[^\n]*|[-—–]{1,2}\s*With\s+assistance\s+from\s+[A-Z][^\n]*)$",
        unless: None,
    },
    // Reuters / AP credits: "Reporting by Jane Doe; Editing by John Smith"
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"^[(\[]?\s*(?i:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|written\s+by|reported\s+by|edited\s+by|graphics?\s+by|research\s+by)\s+[A-Z][^\n]*$",
        unless: Some(
            r"(?-u:\b)(?:suggested|said|says|showed|shows|found|revealed|indicated|was|were|is|are|has|have|had)(?-u:\b)",
        ),
    },
    // AP: "Associated Press writer Jane Doe in Seoul contributed to this report."
    Pattern {
        reason: Reason::Byline,
        scope: Scope::End,
        pattern: r"(?i)(?:(?-u:\b)(?:writers?|reporters?|correspondents?|journalists?|staff|producers?)(?-u:\b)[^\n]*(?-u:\b)contributed\s+(?:to\s+(?:this|the)\s+report|reporting)|(?-u:\b)contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article))\.?\)?$",
        unless: None,
    },
    Pattern {
        reason: Reason::Byline,
        scope: Scope::Short,
        pattern: r"(?i)^(?:contact|e-?mail|write\s+to)\s+(?:the\s+)?(?:writer|reporter|author|editor)s?\s+(?:at\s+)?[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\.?$",
        unless: None,
    },
    // --- photo captions with a credit
    // "… on the 3rd. Provided by Gyeonggi Province", "Photo by Jane Doe"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"(?:^|[.)\]/|]\s*|\s)(?:Provided\s+by|Courtesy\s+of|Photo\s+courtesy\s+of|Photo\s+provided\s+by|Photos?\s+by|Photograph\s+by|Image\s+by|Images?\s+courtesy\s+of|Photo\s+credit\s*:?|Image\s+credit\s*:?|Graphics?\s*[:=]|Graphics?\s+by|Photo\s*[:=]|Image\s*[:=])\s*[A-Z][^.\n]{0,60}\s*[)\]]?$",
        unless: None,
    },
    // "[Getty Images]", "(AP Photo/Ahn Young-joon)", "[YONHAP]", "(Yonhap)", "[Photo provided by X]"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"[(\[]\s*(?:(?:Photo|Photos|Image|Graphic|Video|File\s+photo)\s*(?:by|courtesy\s+of|provided\s+by|from|=|:)?\s*)?(?:[^()\[\]]*\s)?(?:Yonhap|YONHAP|Yonhap\s+News|Newsis|NEWSIS|News1|NEWS1|Getty\s+Images(?:\s+Bank|\s+Korea)?|GETTY\s+IMAGES|AP|AP\s+Photo|AFP|EPA|EPA-EFE|Reuters|REUTERS|Xinhua|Kyodo|Bloomberg|Shutterstock|SHUTTERSTOCK|JoongAng\s+Photo|JOONGANG\s+PHOTO|JoongAng\s+Ilbo|Korea\s+Times|The\s+Korea\s+Herald|Korea\s+Herald|Imagetoday|Pixabay|Unsplash|Ilgan\s+Sports|123rf|Herald\s+DB|provided\s+by\s+[^()\[\]]+|[A-Z][A-Za-z.&\- ]+\s+(?:photo|Photo|PHOTO))(?:\s*(?:Photo|photo|file\s+photo|File\s+Photo|via\s+Getty\s+Images|photo\s+file))?(?:\s*/\s*[^()\[\]]+)?\s*[)\]]\s*$",
        unless: Some(
            r#"(?i)(?-u:\b)(?:said|says|added|noted|told|according\s+to|announced)(?-u:\b)|[“"]"#,
        ),
    },
    // Korea Times style: "… / Yonhap", "… / Korea Times photo by Shim Hyun-chul", "… / Courtesy of Samsung"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"\s/\s*(?:Yonhap|Newsis|News1|Getty\s+Images(?:\s+Bank)?|AP|AFP|EPA|Reuters|Courtesy\s+of\s+[^/\n]{1,40}|[A-Z][A-Za-z .]{1,30}\s+photo(?:\s+by\s+[A-Z][^/\n]{1,40})?)\s*$",
        unless: None,
    },
    // Reuters: "… REUTERS/Kim Hong-Ji/File Photo"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"(?-u:\b)(?:REUTERS|Reuters)/[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3}(?:/(?:File\s+Photo|Pool|Illustration))?\s*$",
        unless: None,
    },
    // Bloomberg: "… Photographer: SeongJoon Cho/Bloomberg"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"(?:^|\s)Photographer:\s*[A-Z][^\n/]{0,60}/\s*[A-Z][A-Za-z .]{1,30}\s*$",
        unless: None,
    },
    // JoongAng Daily: "… on Monday. [HYUNDAI MOTOR]"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Tail,
        pattern: r"[.!?]\s*\[[A-Z][A-Z0-9 .,&'’/\-]+\]\s*$",
        unless: None,
    },
    // "AP Photo/Lee Jin-man", "Pool Photo via AP", "Reuters Graphics"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Short,
        pattern: r"^[(\[]?(?:(?:AP|AFP|EPA|Reuters|REUTERS|Yonhap|Pool|File|Getty)\s+(?:Photo|Images)(?:\s*/\s*[A-Z][A-Za-z'’.\- ]+(?:/\s*(?:File|Pool))?|\s+via\s+(?:AP|Reuters|Getty\s+Images|Yonhap))?|Reuters\s+Graphics?|Yonhap\s+Graphics?)[)\]]?$",
        unless: None,
    },
    // a credit alone: "Yonhap", "Getty Images Bank", "Photo: Jane Doe"
    Pattern {
        reason: Reason::PhotoCaption,
        scope: Scope::Short,
        pattern: r"^[(\[]?(?:Yonhap|YONHAP|Yonhap\s+Photo|Getty\s+Images(?:\s+Bank)?|Shutterstock|AP\s+Photo|Newsis|News1|Reuters|REUTERS|AFP|AFP\s+via\s+Getty\s+Images|EPA|EPA-EFE|AP|Xinhua|Kyodo|Bloomberg|Pool\s+Photo)[)\]]?$",
        unless: None,
    },
];

/// The English table.
pub(super) const TABLE: Table = Table {
    phrases: PHRASES,
    patterns: PATTERNS,
};

/// Headers that announce a list of related headlines.
const RELATED_HEADERS: &[&str] = &[
    "Related Articles",
    "Related Article",
    "Related",
    "Related News",
    "Related Stories",
    "Related Content",
    "Related Coverage",
    "Read more",
    "Read More:",
    "More stories",
    "Recommended",
    "Recommended Stories",
    "Recommended for you",
    "You may also like",
    "You might also like",
    "What to read next",
    "More from this section",
];

static RELATED_HEADER: PerWorker<Regex> = PerWorker::new(|| {
    Regex::new(&phrase_pattern(RELATED_HEADERS)).expect("related headers compile")
});

/// Whether `line` (trimmed) is a related-articles header.
pub(super) fn is_related_header(line: &str) -> bool {
    line.len() <= 64 && RELATED_HEADER.is_match(line)
}
