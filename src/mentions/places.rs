//! A compact gazetteer: countries, US states, capitals and large cities, regions,
//! with demonyms mapped to their country. Places are actors of kind `place`;
//! demonyms ("Russian") are never actors but tie roles to countries.

use crate::util::WordSet;

/// Place names (lower case; dotted forms as written, e.g. "u.s.").
#[rustfmt::skip]
const PLACES: &[&str] = &[
    // countries
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
    "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
    "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon",
    "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia", "cuba",
    "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominican republic",
    "ecuador", "egypt", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji",
    "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
    "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica",
    "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos",
    "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
    "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands", "holland",
    "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway",
    "oman", "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
    "saudi arabia", "senegal", "serbia", "sierra leone", "singapore", "slovakia", "slovenia",
    "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan",
    "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "togo", "tunisia", "turkey", "turkiye", "türkiye", "turkmenistan", "uganda",
    "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "britain",
    "great britain", "england", "scotland", "wales", "northern ireland", "united states",
    "u.s.", "us", "usa", "u.s.a.", "america", "uruguay", "uzbekistan", "venezuela", "vietnam",
    "yemen", "zambia", "zimbabwe", "gaza", "west bank", "crimea", "donbas", "donbass",
    "hong kong", "macau", "tibet", "greenland", "puerto rico", "kashmir", "chechnya",
    "kurdistan",
    // regions and bodies
    "europe", "asia", "africa", "middle east", "latin america", "north america",
    "south america", "arctic", "antarctica", "balkans", "caribbean", "scandinavia", "pacific",
    "atlantic", "mediterranean", "black sea", "baltic", "sahel", "west", "moon", "mars",
    "earth", "jupiter", "venus", "silicon valley", "wall street",
    // US states
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "washington, dc",
    // capitals and large cities
    "kyiv", "kiev", "moscow", "london", "paris", "berlin", "rome", "madrid", "lisbon",
    "brussels", "amsterdam", "vienna", "warsaw", "prague", "budapest", "bucharest", "athens",
    "ankara", "istanbul", "stockholm", "oslo", "copenhagen", "helsinki", "dublin", "edinburgh",
    "geneva", "zurich", "munich", "frankfurt", "hamburg", "milan", "barcelona", "minsk",
    "vilnius", "riga", "tallinn", "belgrade", "zagreb", "sofia", "kharkiv", "odesa", "odessa",
    "lviv", "mariupol", "bakhmut", "kherson", "zaporizhzhia", "donetsk", "luhansk",
    "st. petersburg", "tbilisi", "yerevan", "baku", "beijing", "shanghai", "shenzhen",
    "guangzhou", "wuhan", "taipei", "tokyo", "osaka", "seoul", "pyongyang", "hanoi", "bangkok",
    "manila", "jakarta", "kuala lumpur", "delhi", "new delhi", "mumbai", "kolkata",
    "bangalore", "karachi", "islamabad", "lahore", "kabul", "dhaka", "kathmandu", "colombo",
    "tehran", "baghdad", "damascus", "beirut", "amman", "jerusalem", "tel aviv", "riyadh",
    "jeddah", "doha", "dubai", "abu dhabi", "muscat", "sanaa", "cairo", "tripoli", "tunis",
    "algiers", "rabat", "khartoum", "addis ababa", "nairobi", "lagos", "abuja", "accra",
    "dakar", "kinshasa", "johannesburg", "cape town", "pretoria", "sydney", "melbourne",
    "canberra", "auckland", "wellington", "ottawa", "toronto", "montreal", "vancouver",
    "mexico city", "havana", "caracas", "bogota", "bogotá", "lima", "santiago", "buenos aires",
    "brasilia", "brasília", "rio de janeiro", "sao paulo", "são paulo", "new york city",
    "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio", "san diego",
    "dallas", "san jose", "austin", "jacksonville", "san francisco", "columbus", "fort worth",
    "charlotte", "seattle", "denver", "boston", "el paso", "detroit", "nashville", "memphis",
    "portland", "las vegas", "louisville", "baltimore", "milwaukee", "albuquerque", "tucson",
    "fresno", "sacramento", "atlanta", "miami", "tampa", "orlando", "minneapolis", "cleveland",
    "pittsburgh", "cincinnati", "st. louis", "kansas city", "new orleans", "honolulu",
    "anchorage", "buffalo", "brooklyn", "manhattan", "queens", "bronx", "hollywood", "burbank",
    "oakland", "salt lake city", "raleigh", "richmond", "indianapolis", "columbia",
    "des moines", "hartford", "newark", "birmingham", "manchester", "liverpool", "glasgow",
    "belfast", "cardiff", "bristol", "leeds", "mcallen", "washington dc", "washington d.c.",
    "d.c.", "n.y.", "l.a.", "s.c.", "n.c.", "n.j.", "u.k.", "taiwan strait", "kowloon",
    "marseille", "lyon",
];

/// Last words of place names ("Rose Garden", "Heinz Field", "Tiananmen Square").
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "garden", "gardens", "square", "street", "avenue", "road", "boulevard", "bridge", "river",
    "lake", "mountain", "mountains", "island", "islands", "beach", "park", "hall", "tower",
    "plaza", "field", "stadium", "arena", "airport", "station", "valley", "bay", "county",
    "province", "state", "city", "village", "district", "region", "peninsula", "ocean", "sea",
    "strait", "canal", "desert", "forest", "prison", "jail", "embassy",
];

/// Demonyms and adjectives of place, with the country they point to.
#[rustfmt::skip]
const DEMONYMS: &[(&str, &str)] = &[
    ("american", "united states"), ("u.s.", "united states"), ("us", "united states"),
    ("british", "united kingdom"), ("uk", "united kingdom"), ("english", "united kingdom"),
    ("scottish", "united kingdom"), ("welsh", "united kingdom"), ("russian", "russia"),
    ("soviet", "russia"), ("ukrainian", "ukraine"), ("french", "france"),
    ("german", "germany"), ("italian", "italy"), ("spanish", "spain"),
    ("portuguese", "portugal"), ("dutch", "netherlands"), ("belgian", "belgium"),
    ("swiss", "switzerland"), ("austrian", "austria"), ("swedish", "sweden"),
    ("norwegian", "norway"), ("danish", "denmark"), ("finnish", "finland"),
    ("polish", "poland"), ("czech", "czech republic"), ("hungarian", "hungary"),
    ("romanian", "romania"), ("bulgarian", "bulgaria"), ("greek", "greece"),
    ("turkish", "turkey"), ("serbian", "serbia"), ("croatian", "croatia"),
    ("belarusian", "belarus"), ("georgian", "georgia"), ("armenian", "armenia"),
    ("irish", "ireland"), ("european", "europe"), ("chinese", "china"), ("japanese", "japan"),
    ("korean", "south korea"), ("north korean", "north korea"),
    ("south korean", "south korea"), ("indian", "india"), ("pakistani", "pakistan"),
    ("afghan", "afghanistan"), ("iranian", "iran"), ("iraqi", "iraq"), ("syrian", "syria"),
    ("lebanese", "lebanon"), ("israeli", "israel"), ("palestinian", "palestine"),
    ("saudi", "saudi arabia"), ("egyptian", "egypt"), ("jordanian", "jordan"),
    ("qatari", "qatar"), ("emirati", "united arab emirates"), ("yemeni", "yemen"),
    ("libyan", "libya"), ("nigerian", "nigeria"), ("kenyan", "kenya"),
    ("ethiopian", "ethiopia"), ("south african", "south africa"), ("sudanese", "sudan"),
    ("australian", "australia"), ("canadian", "canada"), ("mexican", "mexico"),
    ("brazilian", "brazil"), ("argentine", "argentina"), ("argentinian", "argentina"),
    ("colombian", "colombia"), ("venezuelan", "venezuela"), ("cuban", "cuba"),
    ("chilean", "chile"), ("peruvian", "peru"), ("taiwanese", "taiwan"),
    ("vietnamese", "vietnam"), ("thai", "thailand"), ("filipino", "philippines"),
    ("indonesian", "indonesia"), ("malaysian", "malaysia"), ("kazakh", "kazakhstan"),
    ("ecuadorean", "ecuador"), ("ecuadorian", "ecuador"), ("icelandic", "iceland"),
    ("estonian", "estonia"), ("latvian", "latvia"), ("lithuanian", "lithuania"),
    ("slovak", "slovakia"), ("moldovan", "moldova"), ("kremlin", "russia"), ("democratic", ""),
    ("republican", ""), ("western", ""), ("arab", ""), ("muslim", ""), ("christian", ""),
    ("jewish", ""), ("catholic", ""), ("african", "africa"), ("asian", "asia"), ("latino", ""),
    ("hispanic", ""), ("kurdish", ""), ("sunni", ""), ("shia", ""), ("democrats", ""),
    ("republicans", ""), ("tories", ""), ("shiite", ""), ("conservative", ""), ("liberal", ""),
];

/// Aliases of one country, for comparing roles ("Ukraine's" ~ "Ukrainian").
#[rustfmt::skip]
const PLACE_ALIASES: &[(&str, &str)] = &[
    ("u.s.", "united states"), ("us", "united states"), ("usa", "united states"),
    ("america", "united states"), ("washington", "united states"), ("uk", "united kingdom"),
    ("britain", "united kingdom"), ("great britain", "united kingdom"), ("kyiv", "ukraine"),
    ("kiev", "ukraine"), ("moscow", "russia"), ("beijing", "china"),
    ("london", "united kingdom"), ("paris", "france"), ("berlin", "germany"),
];

/// Whether `lower` (a whole name, lower case) is a place.
pub fn is_place(lower: &str) -> bool {
    PLACE_SET.contains(lower)
}

/// [`PLACES`] as a set.
static PLACE_SET: WordSet = WordSet::new(PLACES);

/// Whether `lower` (one word) ends place names.
pub fn is_place_head(lower: &str) -> bool {
    PLACE_HEADS.contains(&lower)
}

/// Whether `lower` is a demonym or adjective of place ("Russian", "Democratic").
pub fn is_demonym(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower); // "Ukrainians"
    DEMONYMS.iter().any(|(d, _)| *d == lower || *d == singular)
}

/// The country a place name or demonym points to ("ukrainian" → "ukraine").
pub fn country_of(lower: &str) -> Option<&'static str> {
    if let Some((_, c)) = DEMONYMS.iter().find(|(d, _)| *d == lower) {
        return (!c.is_empty()).then_some(*c);
    }
    if let Some((_, c)) = PLACE_ALIASES.iter().find(|(a, _)| *a == lower) {
        return Some(c);
    }
    PLACE_SET
        .contains(lower)
        .then(|| PLACES.iter().find(|p| **p == lower).copied())
        .flatten()
}
