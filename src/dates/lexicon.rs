//! Word tables of the date scanner: month, weekday, season and unit names, number
//! words, and the verb cues that tell a clause's tense. All lookups take the
//! lowercase form of a token.

/// Month names and their usual abbreviations ("sept" is AP style) → month 1–12.
/// The bool says whether the form is an abbreviation, which needs a day or year after it.
static MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, false),
    ("february", 2, false),
    ("march", 3, false),
    ("april", 4, false),
    ("may", 5, false),
    ("june", 6, false),
    ("july", 7, false),
    ("august", 8, false),
    ("september", 9, false),
    ("october", 10, false),
    ("november", 11, false),
    ("december", 12, false),
    ("jan", 1, true),
    ("feb", 2, true),
    ("mar", 3, true),
    ("apr", 4, true),
    ("jun", 6, true),
    ("jul", 7, true),
    ("aug", 8, true),
    ("sep", 9, true),
    ("sept", 9, true),
    ("oct", 10, true),
    ("nov", 11, true),
    ("dec", 12, true),
];

/// Month number and abbreviation flag of a word.
pub fn month(word: &str) -> Option<(u32, bool)> {
    MONTHS
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, m, a)| (m, a))
}

/// Weekday names, Monday first (chrono numbering from Monday).
static WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Days from Monday (0–6) of a weekday name.
pub fn weekday(word: &str) -> Option<u32> {
    WEEKDAYS
        .iter()
        .position(|w| *w == word)
        .and_then(|p| u32::try_from(p).ok())
}

/// Capitalized words that turn a weekday into a named day we do not compute
/// ("Black Friday", "Super Tuesday", "Good Friday").
pub static WEEKDAY_BLOCKERS: &[&str] = &[
    "black", "good", "cyber", "super", "ash", "holy", "maundy", "giving", "palm", "easter", "blue",
    "bloody", "manic", "a", "every", "each", "per", "the",
];

/// Parts of the day that may follow a weekday or "yesterday" and stay in the span.
pub static DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// Seasons → first month (meteorological, northern hemisphere).
static SEASONS: &[(&str, u32)] = &[
    ("spring", 3),
    ("summer", 6),
    ("fall", 9),
    ("autumn", 9),
    ("winter", 12),
];

/// First month of a season name.
pub fn season(word: &str) -> Option<u32> {
    SEASONS.iter().find(|(w, _)| *w == word).map(|&(_, m)| m)
}

/// Calendar units of relative expressions and durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// Unit names, singular and plural.
static UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
];

/// The unit a word names.
pub fn unit(word: &str) -> Option<Unit> {
    UNITS.iter().find(|(w, _)| *w == word).map(|&(_, u)| u)
}

/// Number words up to twenty, and the tens, as used in "three years", "a year ago".
static NUMBERS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// Value of a number word.
pub fn number_word(word: &str) -> Option<u32> {
    NUMBERS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// Ordinal words for quarters and "the first week of".
static ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("final", 4),
    ("last", 4),
];

/// Value of an ordinal word.
pub fn ordinal(word: &str) -> Option<u32> {
    ORDINALS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// Words before a bare year that make it a date ("in 2016", "since 1984").
pub static YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "before",
    "after",
    "during",
    "of",
    "between",
    "circa",
    "early",
    "late",
    "mid",
    "around",
    "to",
    "and",
    "throughout",
    "into",
];

/// Words before a number that make it a quantity, not a year ("about 2000", "$2000").
pub static QUANTITY_BEFORE: &[&str] = &[
    "$",
    "€",
    "£",
    "¥",
    "#",
    "no",
    "number",
    "about",
    "nearly",
    "some",
    "roughly",
    "than",
    "approximately",
    "almost",
    "over",
    "under",
    "least",
    "top",
    "rank",
    "ranked",
    "page",
    "pages",
    "room",
    "route",
    "flight",
    "model",
    "version",
    "interstate",
    "highway",
];

/// Words after a number that make it a quantity or a measure, not a year.
pub static QUANTITY_AFTER: &[&str] = &[
    "%",
    "percent",
    "per",
    "people",
    "persons",
    "points",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "ft",
    "kg",
    "pounds",
    "lbs",
    "tons",
    "tonnes",
    "calories",
    "votes",
    "troops",
    "soldiers",
    "residents",
    "jobs",
    "units",
    "cases",
    "deaths",
    "students",
    "times",
    "more",
    "hp",
    "mph",
    "gmt",
    "utc",
    "hours",
    "bn",
    "m",
    "million",
    "billion",
    "pm",
    "am",
    "cc",
    "mm",
    "x",
];

/// Past-tense verbs that do not end in "-ed".
pub static IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "didn't",
    "wasn't",
    "weren't",
    "hadn't",
    "met",
    "spent",
    "made",
    "took",
    "went",
    "came",
    "got",
    "gave",
    "saw",
    "began",
    "won",
    "lost",
    "left",
    "ran",
    "found",
    "held",
    "kept",
    "brought",
    "thought",
    "felt",
    "wrote",
    "spoke",
    "stood",
    "sat",
    "fell",
    "rose",
    "sold",
    "bought",
    "paid",
    "sent",
    "built",
    "led",
    "hit",
    "knew",
    "became",
    "broke",
    "chose",
    "drew",
    "drove",
    "ate",
    "flew",
    "fought",
    "forgot",
    "froze",
    "grew",
    "heard",
    "hung",
    "lay",
    "lit",
    "meant",
    "rang",
    "rode",
    "sang",
    "sank",
    "shot",
    "shook",
    "slept",
    "stole",
    "struck",
    "swore",
    "taught",
    "threw",
    "tore",
    "understood",
    "woke",
    "wore",
    "withdrew",
    "overtook",
    "undertook",
    "sought",
    "sprang",
    "beat",
    "cut",
    "quit",
    "hurt",
    "shut",
    "spread",
    "split",
    "upheld",
    "swept",
];

/// Words ending in "-ed" that are not past verbs.
pub static NOT_PAST_ED: &[&str] = &[
    "need", "speed", "seed", "feed", "red", "bed", "hundred", "shed", "weed", "breed", "greed",
    "steed", "reed", "bleed", "proceed", "exceed", "succeed", "indeed", "deed", "embed", "wed",
    "sled", "fled", "bred", "shred", "naked", "wicked", "sacred", "kindred", "led",
];

/// Modal and future auxiliaries.
pub static FUTURE_AUX: &[&str] = &[
    "will", "shall", "would", "could", "might", "should", "must", "won't", "wouldn't", "gonna",
    "upcoming", "tomorrow",
];

/// Words that schedule an event ahead ("is expected to vote", "plans to …").
pub static FUTURE_LEXICAL: &[&str] = &[
    "expected",
    "scheduled",
    "slated",
    "due",
    "plans",
    "plan",
    "planning",
    "intends",
    "aims",
    "poised",
    "set",
    "upcoming",
    "hopes",
    "preparing",
    "prepares",
    "looking",
];

/// Present-tense auxiliaries and common present verbs.
pub static PRESENT: &[&str] = &[
    "is", "are", "am", "isn't", "aren't", "says", "does", "do", "doesn't", "don't", "tells",
    "remains", "come", "comes",
];

/// Forms of "be"/"have" after which a participle takes its tense from the auxiliary.
pub static AUX_BEFORE_PARTICIPLE: &[&str] = &[
    "be", "been", "being", "is", "are", "am", "was", "were", "get", "gets", "got", "getting",
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your",
];

/// Speech verbs and nouns that attribute a quote to a moment ("said Tuesday", "told
/// reporters Monday", "in a statement Monday").
pub static SPEECH_CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "tweeted",
    "wrote",
    "added",
    "stated",
    "announced",
    "declared",
    "explained",
    "insisted",
    "warned",
    "posted",
    "asked",
    "replied",
    "responded",
    "noted",
    "remarked",
    "argued",
    "testified",
    "acknowledged",
    "claimed",
    "admitted",
    "confirmed",
    "vowed",
    "urged",
    "statement",
    "interview",
    "remarks",
    "speech",
];

/// Verbs whose present "-s" form announces a scheduled event ("the show opens Friday",
/// "the tour kicks off Sunday"): the clause looks ahead.
pub static SCHEDULE_VERBS: &[&str] = &[
    "open", "play", "begin", "start", "arrive", "kick", "launch", "debut", "premiere", "air",
    "resume", "host", "visit", "face", "meet", "travel", "head", "close", "end", "release", "land",
    "depart", "leave", "return", "reopen", "expire", "conclude", "continue", "tip", "wrap",
    "welcome", "unveil", "stream", "drop",
];

/// Words before a "-s" form that make it a plural noun ("the plays", "two starts").
pub static NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "some",
    "many", "several", "two", "three", "four", "five", "of", "and", "or", "in", "on", "for",
    "with", "no", "new", "more", "all", "'s",
];
