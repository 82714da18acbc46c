//! Common given names across cultures: a capitalized word from this table followed
//! by another capitalized word is read as a person's name.
//!
//! Lower case; a hyphenated given name ("Eva-Marie") is checked on its first part.
//! Words that are mostly something else in news text ("May", "Will", "Grant", "Ford")
//! are left out on purpose.

use crate::util::{lower_ascii, WordSet};

/// Given names (lower case), grouped loosely by origin; a few hundred entries.
#[rustfmt::skip]
const GIVEN_NAMES: &[&str] = &[
    // English
    "aaron", "adam", "alan", "albert", "alex", "alexander", "alice", "alison", "allison",
    "amanda", "amy", "andrew", "andy", "angela", "ann", "anna", "anne", "anthony", "ashley",
    "barbara", "barry", "ben", "benjamin", "beth", "betty", "bill", "billy", "bob", "bobby",
    "brad", "brandon", "brenda", "brent", "brett", "brian", "bruce", "bryan", "cam", "carl",
    "carol", "caroline", "catherine", "charles", "charlie", "chad", "chris", "christina",
    "christine", "christopher", "chuck", "cindy", "claire", "clark", "cody", "colin", "craig",
    "cynthia", "dan", "daniel", "danny", "dave", "david", "dean", "deb", "debbie", "deborah",
    "dennis", "derek", "diana", "diane", "dick", "donald", "donna", "doug", "douglas", "dylan",
    "ed", "eddie", "edward", "elizabeth", "ellen", "emily", "emma", "eric", "erin", "ethan",
    "eugene", "evan", "frank", "fred", "gary", "george", "gerald", "glenn", "gloria", "greg",
    "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "howard", "ian",
    "jack", "jacob", "jake", "james", "jamie", "jane", "janet", "jason", "jeff", "jeffrey",
    "jennifer", "jenny", "jeremy", "jerry", "jessica", "jill", "jim", "jimmy", "joan", "joe",
    "joel", "john", "johnny", "jon", "jonathan", "josh", "joshua", "joyce", "judy", "julia",
    "julian", "julie", "justin", "karen", "kate", "katherine", "kathleen", "kathy", "katie",
    "keith", "kelly", "ken", "kenneth", "kevin", "kim", "kimberly", "kyle", "larry", "laura",
    "lauren", "lawrence", "lee", "leslie", "lewis", "linda", "lisa", "liz", "lori", "louis",
    "lucy", "luke", "lynn", "margaret", "maria", "marie", "marilyn", "mark", "martha",
    "martin", "mary", "matt", "matthew", "megan", "melissa", "michael", "michelle", "mike",
    "mitch", "nancy", "natalie", "nathan", "neil", "nick", "nicholas", "nicole", "noah",
    "oliver", "pam", "pat", "patricia", "patrick", "paul", "pete", "peter", "phil", "philip",
    "rachel", "ralph", "randy", "ray", "rebecca", "richard", "rick", "rob", "robert", "roger",
    "ron", "ronald", "rose", "roy", "russell", "ruth", "ryan", "sam", "samantha", "samuel",
    "sandra", "sara", "sarah", "scott", "sean", "sharon", "shawn", "sheldon", "shirley",
    "sophie", "stephanie", "stephen", "steve", "steven", "stuart", "sue", "susan", "tammy",
    "taylor", "ted", "teresa", "terry", "thomas", "tim", "timothy", "tina", "todd", "tom",
    "tommy", "tony", "tracy", "trey", "tyler", "valerie", "victoria", "vincent", "virginia",
    "walt", "walter", "wayne", "wendy", "william", "zach", "zachary", "elon", "jared", "keir",
    "kamala", "mitt", "hillary", "bernie", "beto", "alexandria", "rishi", "boris", "theresa",
    "nigel", "liz", "mason", "cory", "jeanine", "nikki", "ron", "pete", "marco", "kristi",
    "tulsi", "gavin", "greta",
    // French, German, Dutch, Scandinavian
    "alain", "andreas", "anders", "benoit", "bernard", "christian", "claude", "dieter",
    "emmanuel", "eva", "francois", "françois", "franz", "friedrich", "gerhard", "hans",
    "heinrich", "helmut", "ingrid", "jacques", "jan", "jean", "jens", "jurgen", "jürgen",
    "karl", "klaus", "lars", "magnus", "marine", "mathieu", "michel", "nicolas", "olaf",
    "olivier", "pierre", "rene", "rené", "sebastian", "stefan", "sven", "thierry", "ursula",
    "wolfgang", "angela", "annalena", "mette", "ulf", "jonas",
    // Spanish, Portuguese, Italian
    "alejandro", "alberto", "ana", "andrés", "andres", "antonio", "carlos", "carmen", "diego",
    "eduardo", "enrique", "felipe", "fernando", "francisco", "gabriel", "giorgia", "giovanni",
    "giuseppe", "guillermo", "gustavo", "javier", "jorge", "jose", "josé", "juan", "luis",
    "luiz", "luz", "manuel", "marcelo", "mario", "matteo", "miguel", "nicolás", "pablo",
    "paolo", "pedro", "rafael", "ricardo", "roberto", "sergio", "silvio", "andrés", "jair",
    "inácio", "claudia", "gustavo", "xiomara", "nayib",
    // Slavic, Baltic, Hungarian
    "aleksandr", "alexei", "alexey", "andrei", "andriy", "anatoly", "boris", "dmitry",
    "dmitri", "dmytro", "igor", "ivan", "maria", "mikhail", "nikolai", "oleg", "olena",
    "oleksandr", "oleksiy", "pavel", "petro", "sergei", "sergey", "svetlana", "vadim",
    "valery", "viktor", "vladimir", "volodymyr", "vitali", "vitaly", "yevgeny", "yulia",
    "yuri", "alexander", "andrzej", "donald", "lech", "mateusz", "viktor", "radek", "kaja",
    "gitanas", "aleksandar", "zoran", "ramzan", "alexei", "yevgeny", "denys", "kyrylo",
    "valerii", "mykhailo", "rustem", "andrii", "iryna", "maria", "anton",
    // Arabic, Persian, Turkish, South Asian
    "abdullah", "ahmad", "ahmed", "ali", "amir", "ayman", "bashar", "benjamin", "ebrahim",
    "fatima", "hassan", "hossein", "hussein", "ibrahim", "imran", "ismail", "jamal", "khaled",
    "mahmoud", "mohammad", "mohammed", "muhammad", "mustafa", "nasser", "omar", "osama",
    "recep", "saad", "salman", "tayyip", "yahya", "yasser", "youssef", "abdel", "narendra",
    "rahul", "amit", "arvind", "sanjay", "priya", "raj", "shehbaz", "nawaz", "benazir",
    "masoud", "abbas", "recep", "hakan", "mevlut", "kemal",
    // Hebrew
    "yair", "naftali", "isaac", "yitzhak", "moshe", "avi", "yoav", "benny", "itamar",
    "bezalel", "gideon",
    // East Asian, African
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "kim", "yoon", "shinzo", "fumio",
    "yoshihide", "shigeru", "lee", "chris", "carrie", "john", "tsai", "lai", "cyril", "jacob",
    "nelson", "uhuru", "william", "paul", "abiy", "bola", "muhammadu", "yoweri", "emmerson",
    "kofi", "ngozi", "akinwumi", "william",
    // more English and American
    "abigail", "adrian", "aidan", "alicia", "allen", "alyssa", "amber", "andrea", "angel",
    "annie", "april", "arthur", "audrey", "austin", "bailey", "becky", "ben", "bernard",
    "beverly", "blake", "bonnie", "brenda", "brittany", "brooke", "caleb", "calvin", "cameron",
    "carla", "carolyn", "carrie", "casey", "cassidy", "chelsea", "cheryl", "chloe", "clara",
    "clarence", "clayton", "clifford", "connor", "courtney", "curtis", "dale", "dana",
    "darren", "darryl", "dawn", "denise", "derrick", "devin", "dominic", "don", "dorothy",
    "drew", "duncan", "dustin", "earl", "edwin", "elaine", "eleanor", "elijah", "ella",
    "ellie", "elliot", "emmett", "erica", "ernest", "esther", "eva", "evelyn", "faith",
    "felicia", "florence", "francis", "frederick", "gabriela", "gail", "gavin", "gene",
    "geoffrey", "gina", "glen", "gordon", "grace", "graham", "hailey", "harvey", "hayden",
    "heidi", "herbert", "holly", "hugh", "hunter", "irene", "isabel", "isabella", "jackie",
    "jacqueline", "jan", "jeanne", "jeremiah", "jesse", "jessie", "joanna", "jodi", "jordan",
    "joseph", "josephine", "juanita", "june", "kara", "kari", "kayla", "kelsey", "kendra",
    "kerry", "kirk", "kristen", "kristin", "krista", "kurt", "lance", "leah", "leonard",
    "leroy", "lillian", "lily", "lindsey", "lloyd", "logan", "lois", "lonnie", "loretta",
    "louise", "lucas", "luther", "lydia", "mackenzie", "madison", "marc", "marcus", "marian",
    "marjorie", "marlene", "marshall", "marvin", "maureen", "max", "maxine", "melanie",
    "melvin", "meredith", "mia", "micah", "miles", "millie", "milton", "miranda", "mitchell",
    "molly", "monica", "morgan", "nadia", "naomi", "ned", "nelson", "norman", "olivia", "owen",
    "paige", "pamela", "parker", "patsy", "paula", "pauline", "peggy", "penny", "perry",
    "phyllis", "preston", "quinn", "regina", "renee", "rhonda", "riley", "rita", "robin",
    "rodney", "roland", "ronnie", "rosa", "rosemary", "ross", "ruby", "rudy", "sabrina",
    "sally", "sandy", "savannah", "seth", "shane", "shannon", "sheila", "shelby", "sherry",
    "sidney", "simon", "sonia", "spencer", "stacy", "stanley", "stella", "sylvia", "tanya",
    "tara", "terrence", "theodore", "tiffany", "toby", "travis", "trevor", "troy", "vanessa",
    "vera", "vernon", "vickie", "violet", "wade", "wallace", "warren", "wesley", "whitney",
    "wilbur", "willie", "wilson", "yolanda", "yvonne", "zoe", "lebron", "kobe", "serena",
    "venus",
    // more international
    "abdul", "adebayo", "akira", "alessandro", "amadou", "amina", "anil", "arjun", "aung",
    "bongani", "chidi", "chinedu", "deepak", "emeka", "fatma", "femi", "giorgio", "hiroshi",
    "hyun", "ikechukwu", "jae", "jin", "joon", "jung", "kenji", "kofi", "kumar", "kwame",
    "lorenzo", "luca", "mehmet", "min", "ming", "mohamed", "mustapha", "nana", "ngozi",
    "nikos", "olu", "oluwaseun", "pradeep", "ravi", "rohit", "sakura", "sanjiv", "seo",
    "shinji", "sipho", "sunil", "takeshi", "thabo", "tomasz", "vijay", "wei", "xavier", "yuki",
    "yusuf", "zainab", "zanele", "ahmet", "emre", "murat", "farid", "karim", "leila", "mariam",
    "rania", "samir", "tariq", "walid", "ziad", "piotr", "krzysztof", "jiri", "tomas",
    "ondrej", "janos", "laszlo", "zoltan", "mihai", "ion", "dimitris", "giannis", "kostas",
    "nikola", "milan", "goran", "dragan", "bojan", "luka", "marko",
    // more European, Latin American and sports-page names
    "andrey", "andrej", "cristian", "cristiano", "denis", "gael", "gerard", "guido", "jo",
    "leonardo", "marcel", "marcelo", "chase", "clint", "denny", "jimmie", "joey", "bubba",
    "ghislaine", "devan", "freddie", "gaston", "koen", "simone", "thibaut", "peyton", "bruno",
    "evo", "adolf", "nellie", "junior", "lionel", "kylian", "erling", "mohamed", "sadio",
    "virgil", "raheem", "harry", "jordan", "kyrie", "giannis", "luka", "nikola", "stephen",
    "klay", "draymond", "zion", "lamar", "patrick", "tom", "aaron", "russell", "dak", "jalen",
    "tua", "joe", "josh", "novak", "roger", "rafael", "dominic", "daniil", "stefanos",
    "carlos", "jannik", "casper", "iga", "aryna", "coco", "naomi", "elena", "petra", "simona",
    "angelique", "garbine", "sloane", "madison", "lewis", "max", "sebastian", "fernando",
    "charles", "lando", "valtteri", "sergio", "esteban", "pierre", "yuki", "kimi", "mick",
    "nico", "daniel", "lance", "george", "tiger", "rory", "jon", "brooks", "dustin", "bryson",
    "phil", "xander", "jordan", "shohei", "mookie", "aaron", "bryce", "mike", "clayton",
    "gerrit", "justin", "fabio", "matteo", "gianluca", "federico", "francesca", "chiara",
    "giulia", "alessandra", "beatriz", "camila", "daniela", "gabriela", "isabela", "juliana",
    "luciana", "mariana", "paula", "valentina", "ximena", "agustin", "facundo", "joaquin",
    "julian", "lautaro", "mateo", "santiago", "sebastian", "thiago", "tomas", "ignacio",
    "rodrigo", "emilio", "hugo", "ines", "joao", "paulo", "rui", "tiago", "vitor", "lars",
    "nils", "henrik", "erik", "johan", "mats", "anna", "ingrid", "sofia", "maja", "emil",
    "oskar", "jakub", "kamil", "lukasz", "marek", "pawel", "tomasz", "wojciech", "agnieszka",
    "katarzyna", "magdalena", "olga", "tatiana", "natalia", "ekaterina", "anastasia", "irina",
    "elena", "dmitri", "maxim", "nikita", "roman", "ruslan", "timur", "arsen", "vasyl",
    "taras", "bohdan", "oleksii", "yevhen", "serhiy", "volodymyr", "yaroslav",
];

/// [`GIVEN_NAMES`] as a set.
static GIVEN_SET: WordSet = WordSet::new(GIVEN_NAMES);

/// Whether `word` (any case) is a common given name.
pub fn is_given_name(word: &str) -> bool {
    let first = word.split('-').next().unwrap_or(word);
    lower_ascii(first.trim_end_matches('.'), |w| GIVEN_SET.contains(w))
}
