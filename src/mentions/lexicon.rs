//! Word tables of the mentions stage: titles, cue words, organization heads.
//!
//! All entries are lower case without a final period; lookups go through
//! [`Token::lower`](super::token::Token::lower). Short tables are scanned, longer ones
//! looked up as sets ([`WordSet`]).

use crate::util::WordSet;

/// Honorifics: the capitalized words after one are a person's name, with no role.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madame", "mme",
    "monsieur", "herr", "frau", "messrs",
];

/// Title and job words: before a name they give its role ("Foreign Minister", "coach");
/// after "the" with no name they describe someone ("the Ukrainian leader").
#[rustfmt::skip]
const TITLES: &[&str] = &[
    // government and politics
    "president", "president-elect", "vice", "premier", "minister", "secretary",
    "secretary-general", "chancellor", "senator", "sen", "sens", "rep", "reps",
    "representative", "congressman", "congresswoman", "lawmaker", "legislator", "gov",
    "governor", "mayor", "ambassador", "envoy", "diplomat", "counterpart", "leader",
    "spokesman", "spokeswoman", "spokesperson", "speaker", "candidate", "hopeful", "nominee",
    "member", "signatory", "adviser", "advisor", "aide", "official", "commissioner",
    "administrator", "king", "queen", "prince", "princess", "emperor", "pope", "emir",
    "sultan", "ayatollah", "dictator", "chairman", "chairwoman", "chairperson", "treasurer",
    "councillor", "councilman", "councilwoman", "mp", "mep", "deputy",
    // law and order
    "judge", "justice", "attorney", "prosecutor", "lawyer", "counsel", "magistrate", "sheriff",
    "officer", "detective", "inspector", "superintendent", "supt", "constable", "commander",
    "general", "gen", "lt", "col", "colonel", "lieutenant", "maj", "capt", "captain", "sgt",
    "sergeant", "adm", "admiral", "cmdr", "marshal", "chief",
    // business, science, media
    "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "executive", "director",
    "manager", "head", "owner", "partner", "analyst", "economist", "professor", "prof",
    "researcher", "scientist", "engineer", "editor", "editor-in-chief", "columnist",
    "correspondent", "reporter", "anchor", "host", "insider", "producer", "vp", "agent",
    "investor", "entrepreneur", "billionaire", "physician", "doctor", "employee", "worker",
    "student", "teacher", "volunteer", "farmer", "resident", "agent", "surgeon", "nurse",
    "activist", "author", "writer",
    // culture and sport
    "singer", "rapper", "actor", "actress", "star", "musician", "comedian", "coach",
    "quarterback", "linebacker", "receiver", "rusher", "lineman", "cornerback", "safety",
    "striker", "midfielder", "defender", "goalkeeper", "pitcher", "outfielder", "shortstop",
    "forward", "dl", "qb", "rb", "wr", "te", "lb", "cb", "ol", "dt",
    // religion
    "cardinal", "bishop", "archbishop", "rabbi", "imam", "pastor", "reverend", "rev",
];

/// Title words that are titles only in lower case: capitalized, they are part of a
/// name ("Lego Star Wars", "Fox Host Awards").
#[rustfmt::skip]
const LOWER_ONLY_TITLES: &[&str] = &[
    "star", "host", "safety", "forward", "member", "signatory", "agent", "head", "owner",
    "partner", "investor", "hopeful", "official", "leader", "writer", "author", "speaker",
    "reporter", "editor", "correspondent", "columnist", "anchor", "center", "guard", "back",
    "resident", "employee", "worker", "student", "teacher", "volunteer", "farmer",
];

/// Titles that are words of two parts written apart ("running back", "Prime Minister"):
/// the second word is the head listed in [`TITLES`] or here.
const TITLE_TAILS: &[&str] = &["back", "center", "end", "tackle", "guard", "secretary"];

/// Adjectives that may sit inside a title ("former", "deputy", "senior").
#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "former", "acting", "interim", "deputy", "assistant", "associate", "senior", "junior",
    "chief", "executive", "general", "managing", "top", "new", "then", "vice", "prime",
    "foreign", "defense", "defence", "home", "interior", "finance", "health", "state",
    "defensive", "offensive", "special", "running", "tight", "wide", "pass", "research",
    "principal", "lead", "high", "supreme", "first", "press", "real", "estate", "talent",
    "military", "police", "district", "federal", "national", "regional", "party",
    "presidential", "gubernatorial", "mayoral", "congressional", "parliamentary",
    "political", "local", "county", "city", "veteran", "longtime", "fellow", "retired",
    "renowned", "famed", "legendary", "award-winning", "independent", "opposition",
    "ruling", "campaign", "communications", "development", "marketing", "sales",
    "operating", "financial", "technology", "product", "creative", "artistic", "team",
    "head", "assistant", "defensive", "offensive",
];

/// Words that end a sentence-initial run: function words, adverbs, pronouns.
#[rustfmt::skip]
const SENTENCE_STARTERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "its", "their", "our", "my", "your", "if", "but", "and", "or", "so",
    "yet", "as", "at", "in", "on", "of", "for", "from", "by", "with", "to", "into", "after",
    "before", "during", "despite", "since", "until", "while", "when", "where", "why", "how",
    "what", "who", "whom", "whose", "which", "although", "though", "because", "unlike", "like",
    "amid", "among", "about", "over", "under", "without", "within", "against", "earlier",
    "later", "meanwhile", "however", "still", "also", "then", "now", "today", "yesterday",
    "tomorrow", "there", "here", "some", "many", "most", "more", "both", "all", "each",
    "every", "several", "few", "other", "others", "such", "no", "not", "according", "asked",
    "speaking", "writing", "instead", "indeed", "even", "just", "only", "once", "last", "next",
    "first", "second", "third", "another", "former", "officials", "police", "prosecutors",
    "authorities", "experts", "critics", "analysts", "sources", "residents", "witnesses",
    "doctors", "lawyers", "investigators", "but", "yes", "well", "oh", "please", "thanks",
    "dear", "read", "watch", "see", "photo", "related", "update", "breaking", "exclusive",
    "opinion", "analysis", "advertisement",
];

/// Verbs of saying: "X said", "said X" make X a person.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
    "explained", "explains", "noted", "notes", "stated", "states", "argued", "argues",
    "insisted", "insists", "warned", "warns", "claimed", "claims", "declared", "recalled",
    "recalls", "replied", "replies", "responded", "tweeted", "posted", "announced",
    "continued", "concluded", "acknowledged", "admitted", "confirmed", "denied", "suggested",
    "urged", "stressed", "emphasized", "emphasised", "believes", "thinks",
];

/// Last words of organization names ("… Ministry", "… Inc.", "… Times").
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "group", "party", "ministry",
    "department", "university", "college", "school", "academy", "agency", "court", "council",
    "commission", "association", "bank", "committee", "authority", "productions", "studios",
    "studio", "times", "post", "news", "journal", "tribune", "herald", "gazette",
    "post-gazette", "press", "office", "police", "service", "services", "foundation",
    "institute", "network", "airlines", "airways", "motors", "technologies", "systems", "labs",
    "laboratories", "entertainment", "media", "club", "union", "league", "federation", "army",
    "navy", "corps", "guard", "administration", "organization", "organisation", "fund",
    "reserve", "board", "bureau", "company", "corporation", "industries", "holdings",
    "partners", "capital", "ventures", "robotics", "interactive", "protection", "enforcement",
    "affairs", "design", "architects", "games", "records", "pictures", "broadcasting",
    "channel", "magazine", "review", "chronicle", "inquirer", "examiner", "bulletin",
    "courier", "dispatch", "monitor", "securities", "equities", "advisors", "management", "presse",
    "award", "awards", "prize", "brothers", "cup", "trophy", "championship", "championships",
    "bowl", "festival", "series", "olympics", "tournament", "publishing", "property",
    "properties", "realty", "senate", "assembly", "parliament", "congress", "cabinet",
    "government", "forces", "force", "alliance", "coalition", "movement", "front", "brigade",
    "battalion", "regiment", "command", "society", "centre", "center", "hospital", "church",
    "shelter", "museum", "library", "zoo", "trust", "institution", "exchange", "telegraph",
    "mirror", "guardian", "observer", "independent", "express", "daily", "weekly", "radio",
    "television", "tv", "communications", "pharmaceuticals", "energy", "oil", "airline",
    "authority", "nations", "initiative", "program", "programme",
];

/// Head words that make an organization even after a given name ("Walt Disney Co.").
#[rustfmt::skip]
const STRONG_ORG_HEADS: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "gmbh", "productions", "studios",
    "entertainment", "industries", "holdings", "corporation", "company", "group", "foundation",
    "university", "institute", "agency", "ministry", "department",
];

/// Nouns that describe organizations in an apposition ("Dräger, a global producer
/// of medical technology, …" is no person when the phrase says "company").
#[rustfmt::skip]
const COMPANY_NOUNS: &[&str] = &[
    "company", "firm", "provider", "maker", "manufacturer", "producer", "developer", "startup",
    "start-up", "group", "chain", "retailer", "brand", "operator", "supplier", "subsidiary",
    "unit", "network", "agency", "organization", "organisation", "nonprofit", "charity",
    "outlet", "publisher", "website", "platform", "app", "service", "team", "club", "party",
    "union", "body", "watchdog", "regulator", "conglomerate", "giant", "carrier", "airline",
    "bank", "lender", "insurer", "broadcaster", "newspaper",
];

/// Head words that start an organization name before "of" ("Department of …").
#[rustfmt::skip]
const ORG_OPENERS: &[&str] = &[
    "department", "ministry", "office", "university", "bank", "council", "commission",
    "committee", "institute", "court", "house", "board", "bureau", "college", "school",
    "federation", "league", "union", "association", "church", "academy", "centers", "centre",
    "center", "society", "organization", "organisation", "museum", "party",
];

/// Lower-case nouns that make an organization of a place before them ("Hong Kong police").
#[rustfmt::skip]
const ORG_NOUNS_AFTER_PLACE: &[&str] = &[
    "police", "government", "military", "army", "navy", "administration", "parliament",
    "legislature",
];

/// Institutions known by one name.
#[rustfmt::skip]
const INSTITUTIONS: &[&str] = &[
    "kremlin", "pentagon", "congress", "parliament", "senate", "white house", "vatican",
    "downing street", "knesset", "duma", "bundestag", "supreme court", "interpol", "hamas",
    "hezbollah", "taliban", "houthis", "wagner", "european commission", "united nations",
    "european union", "state department", "justice department", "federal reserve",
    "scotland yard", "met police", "politburo", "elysee", "élysée",
];

/// Well-known companies and media, which carry no suffix in running text.
#[rustfmt::skip]
const COMPANIES: &[&str] = &[
    "google", "alphabet", "apple", "amazon", "microsoft", "facebook", "meta", "twitter",
    "netflix", "disney", "sony", "tesla", "spacex", "samsung", "nvidia", "intel", "uber",
    "airbnb", "boeing", "airbus", "toyota", "volkswagen", "reuters", "bloomberg", "gazprom",
    "rosneft", "huawei", "tiktok", "youtube", "instagram", "whatsapp", "wikileaks", "openai",
    "anthropic", "ubisoft", "nintendo", "walmart", "pfizer", "moderna", "spotify", "alibaba",
    "tencent", "baidu", "xiaomi", "hyundai", "honda", "nissan", "paramount", "hulu", "pixar",
    "lucasfilm", "marvel", "oracle", "ibm", "starbucks", "mcdonald's", "coca-cola", "pepsico",
    "nike", "adidas", "exxonmobil", "chevron", "aramco", "goldman sachs", "jpmorgan",
    "citigroup", "blackrock", "fox news", "new york times", "washington post",
    "wall street journal", "telegram", "snapchat", "al jazeera", "morgan stanley",
    "charles schwab", "jp morgan", "johnson & johnson", "marks & spencer", "ernst & young",
    "rolls-royce", "harley-davidson", "georgia tech", "virginia tech", "tim hortons",
    "wells fargo", "kaiser permanente", "dow jones", "procter & gamble", "warner bros",
    "pratt & whitney", "smith & wesson", "linkedin", "reddit", "yahoo", "paypal", "visa",
    "mastercard",
];

/// Team nicknames (NFL, NBA, MLB, NHL and a few football clubs): one word is a team.
#[rustfmt::skip]
const TEAMS: &[&str] = &[
    "cardinals", "falcons", "ravens", "bills", "panthers", "bears", "bengals", "browns",
    "cowboys", "broncos", "lions", "packers", "texans", "colts", "jaguars", "chiefs",
    "raiders", "chargers", "rams", "dolphins", "vikings", "patriots", "saints", "giants",
    "jets", "eagles", "steelers", "49ers", "seahawks", "buccaneers", "titans", "commanders",
    "redskins", "celtics", "nets", "knicks", "76ers", "raptors", "bulls", "cavaliers",
    "pistons", "pacers", "bucks", "hawks", "hornets", "heat", "magic", "wizards", "nuggets",
    "timberwolves", "thunder", "blazers", "jazz", "warriors", "clippers", "lakers", "suns",
    "kings", "mavericks", "rockets", "grizzlies", "pelicans", "spurs", "yankees", "red sox",
    "dodgers", "mets", "cubs", "astros", "braves", "phillies", "orioles", "mariners", "padres",
    "brewers", "nationals", "blue jays", "white sox", "twins", "tigers", "royals", "guardians",
    "athletics", "reds", "pirates", "rockies", "marlins", "diamondbacks", "rangers", "angels",
    "bruins", "canadiens", "maple leafs", "blackhawks", "penguins", "flyers", "arsenal",
    "chelsea", "liverpool", "juventus", "bayern",
];

/// All-caps words that are not organizations.
#[rustfmt::skip]
const NOT_ACRONYMS: &[&str] = &[
    "us", "uk", "usa", "uae", "tv", "ceo", "cfo", "coo", "cto", "ok", "am", "pm", "gmt", "utc",
    "est", "pst", "id", "pc", "dj", "mp", "mps", "mep", "vp", "dl", "qb", "rb", "wr", "te",
    "lb", "cb", "ol", "dt", "covid", "aids", "hiv", "dna", "gdp", "vr", "ar", "asap", "faq",
    "phd", "lgbt", "lgbtq", "ai", "it", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi",
    "i", "a", "rip", "omg", "lol", "usd", "eur", "gbp", "km", "mph", "nb", "ps", "pr", "hq",
    "ad", "bc", "ce", "bce", "diy", "suv", "atm", "ufo", "ev", "evs", "gop", "lng", "icu",
    "er", "iq", "iphone", "ipad", "pdf", "url", "sms", "gps", "led", "nft", "nfts", "crispr",
    "mri", "ct", "std", "ptsd", "adhd", "ivf", "hd", "mlb", "dc",
];

/// Calendar words and holidays: capitalized, never names.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "christmas", "easter", "thanksgiving", "ramadan", "hanukkah", "halloween", "eid",
    "passover", "diwali",
];

/// Lower-case ends of hyphenated modifiers ("Australian-born", "Washington-led").
#[rustfmt::skip]
const MODIFIER_ENDS: &[&str] = &[
    "born", "based", "led", "backed", "owned", "run", "funded", "made", "linked", "allied",
    "affiliated", "controlled", "held", "occupied", "style", "bound", "leading", "american",
    "era",
];

/// Lower-case connectors allowed inside a person's name ("Ludwig van Beethoven").
#[rustfmt::skip]
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "bin",
    "ibn", "al", "el", "la", "le", "ter", "ten", "y",
];

/// Suffixes of people's names.
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The longer tables as sets (see [`WordSet`]).
static TITLES_SET: WordSet = WordSet::new(TITLES);
static TITLE_MODIFIERS_SET: WordSet = WordSet::new(TITLE_MODIFIERS);
static SENTENCE_STARTERS_SET: WordSet = WordSet::new(SENTENCE_STARTERS);
static ORG_HEADS_SET: WordSet = WordSet::new(ORG_HEADS);
static COMPANIES_SET: WordSet = WordSet::new(COMPANIES);
static TEAMS_SET: WordSet = WordSet::new(TEAMS);
static NOT_ACRONYMS_SET: WordSet = WordSet::new(NOT_ACRONYMS);
static INSTITUTIONS_SET: WordSet = WordSet::new(INSTITUTIONS);
static HONORIFICS_SET: WordSet = WordSet::new(HONORIFICS);
static COMPANY_NOUNS_SET: WordSet = WordSet::new(COMPANY_NOUNS);
static SPEECH_VERBS_SET: WordSet = WordSet::new(SPEECH_VERBS);

fn has(table: &[&str], word: &str) -> bool {
    table.contains(&word)
}

/// An honorific ("Mr", "Dr.").
pub fn is_honorific(lower: &str) -> bool {
    HONORIFICS_SET.contains(lower)
}

/// A title or job word ("minister", "coach", "DL").
pub fn is_title(lower: &str) -> bool {
    TITLES_SET.contains(lower) || HONORIFICS_SET.contains(lower)
}

/// A title word that is a title only in lower case.
pub fn is_lower_only_title(lower: &str) -> bool {
    has(LOWER_ONLY_TITLES, lower)
}

/// A second word of a two-word title ("running back").
pub fn is_title_tail(lower: &str) -> bool {
    has(TITLE_TAILS, lower)
}

/// An adjective that may sit inside a title.
pub fn is_title_modifier(lower: &str) -> bool {
    TITLE_MODIFIERS_SET.contains(lower)
}

/// A word that cannot start a name at the start of a sentence.
pub fn is_sentence_starter(lower: &str) -> bool {
    SENTENCE_STARTERS_SET.contains(lower)
}

/// A verb of saying.
pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS_SET.contains(lower)
}

/// A last word of organization names.
pub fn is_org_head(lower: &str) -> bool {
    let last = lower.rsplit('-').next().unwrap_or(lower); // "France-Presse"
    ORG_HEADS_SET.contains(lower) || ORG_HEADS_SET.contains(last)
}

/// A head word that makes an organization even after a given name.
pub fn is_strong_org_head(lower: &str) -> bool {
    has(STRONG_ORG_HEADS, lower)
}

/// A noun that describes an organization.
pub fn is_company_noun(lower: &str) -> bool {
    COMPANY_NOUNS_SET.contains(lower)
}

/// A first word of "X of Y" organization names.
pub fn is_org_opener(lower: &str) -> bool {
    has(ORG_OPENERS, lower)
}

/// A lower-case noun that turns a place before it into an organization.
pub fn is_org_noun_after_place(lower: &str) -> bool {
    has(ORG_NOUNS_AFTER_PLACE, lower)
}

/// A known institution, company, medium or team (the whole name, lower case).
pub fn is_known_org(lower: &str) -> bool {
    INSTITUTIONS_SET.contains(lower) || COMPANIES_SET.contains(lower) || TEAMS_SET.contains(lower)
}

/// An all-caps word that is not an organization.
pub fn is_not_acronym(lower: &str) -> bool {
    NOT_ACRONYMS_SET.contains(lower)
}

/// A hyphenated modifier such as "Australian-born".
pub fn is_affixed_modifier(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, end)| has(MODIFIER_ENDS, &end.to_lowercase()))
}

/// A month, weekday or holiday.
pub fn is_calendar(lower: &str) -> bool {
    has(CALENDAR, lower)
}

/// A lower-case particle inside a name.
pub fn is_name_particle(lower: &str) -> bool {
    has(NAME_PARTICLES, lower)
}

/// A lower-case particle joined to a capitalized name: "al-Assad", "bin-Salman".
pub fn is_particle_compound(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| {
        is_name_particle(p) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// "Jr.", "III".
pub fn is_name_suffix(lower: &str) -> bool {
    has(NAME_SUFFIXES, lower)
}
