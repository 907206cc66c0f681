"""The capitalised words that are not a name, for the rules that find names in news prose.

A capitalised run of words is a name only once the words that merely open it
are gone. Two kinds of such words differ in what they may start:

- ``OPENERS`` open a sentence or a phrase and never a name of anyone or
  anything ("The", "However", "Yet", "Former"): drop them always.
- ``TITLES`` come before a person's name without being part of it (ranks,
  offices, honorifics, nationalities, parties, weekdays), yet may begin an
  organisation's ("State Department", "Labour Party", "American University").

``ORG_WORDS`` end or fill an organisation's name ("Department", "Party").
The speaker rules (``quotations``) strip both kinds before a person's name;
the draft's list of candidate names (``draft``) strips only the openers, so
organisations keep their whole names.
"""

from __future__ import annotations

from nameparser.config import CONSTANTS

OPENERS = frozenset({
    "The", "A", "An", "But", "And", "However", "When", "While", "Read", "Two", "Neither", "As", "If", "In",
    "On", "At", "It", "He", "She", "They", "We", "I", "This", "That", "By", "Saying", "According", "Then",
    "Now", "Later", "Earlier", "After", "Before", "Meanwhile", "Last", "Next", "Both", "Some", "Many",
    "Other", "Those", "These", "There", "Here", "What", "Why", "How", "Who", "Where", "Our", "His", "Her",
    "Their", "Its", "Former", "Also", "Despite", "During", "For", "From", "With", "Without", "Under",
    "Over", "Once", "So", "Yet", "Or", "Even", "Still", "Just", "Only", "Since", "Until", "Though",
    "Although", "Because", "Added", "Wrote", "Of", "To", "Into", "Among", "Between", "About", "Against",
    "Through", "Like", "Unlike", "One", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Each", "Every", "Several", "Most", "Few",
    # counts: 'Thousands of academic staff …, says a report'
    "Dozens", "Hundreds", "Thousands", "Millions", "Billions", "Scores", "Tens",
    # pronouns for someone unnamed: 'Another brandished a bayonet and said'
    "Another", "Others", "Someone", "Somebody", "Everyone", "Everybody", "Nobody", "Anyone", "Anybody",
    # adverbs that open a sentence: 'Sometimes Simon's criticisms …' names Simon, not 'Sometimes Simon'
    "Sometimes", "Often", "Usually", "Perhaps", "Maybe", "Instead", "Indeed", "Occasionally", "Recently",
    "Eventually", "Finally", "Suddenly", "Apparently", "Ultimately", "Already", "Always", "Never", "Today",
    "Yesterday", "Tonight", "Currently", "Initially", "Originally", "Clearly", "Fortunately",
    "Unfortunately", "Again",
    # plural nouns for people, opening a sentence before the names they sum up: 'Politicians Clara Rojas
    # and Consuelo Gonzalez were freed', not a person 'Politicians Clara Rojas'
    "Politicians", "Officials", "Lawmakers", "Legislators", "Residents", "Experts", "Analysts", "Critics",
    "Supporters", "Protesters", "Activists", "Doctors", "Investigators", "Prosecutors", "Scientists",
    "Researchers", "Witnesses", "Neighbors", "Neighbours", "Parents", "Students", "Teachers", "Voters",
    "Villagers", "Hostages", "Survivors", "Victims", "Relatives", "Players", "Fans", "Executives",
})
TITLES = frozenset({
    "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Prof",
    "Prof.", "Gov.", "Sen.", "Rep.", "Lt.", "Col.", "Gen.", "Sgt.", "Capt.", "St.", "Rev.", "Secretary",
    "President", "Whip", "Premier",
    "Minister", "Ambassador", "Governor", "Senator", "Chancellor", "Speaker", "Superintendent", "Director",
    "Deputy", "Chief", "Judge", "Justice", "General", "Coach", "Chairman", "Commissioner", "Mayor", "Prime",
    "Foreign", "Defense", "Defence", "Press", "Vice", "State", "Prince", "Princess", "King", "Queen", "Pope",
    "Officer", "Professor", "Host", "Captain", "Attorney", "CEO", "Lt", "Col", "Gen", "Sgt", "Capt", "Gov",
    "Sen", "Rep", "Administrator", "Dean", "Bishop", "Founder", "Executive", "Republican", "Democratic",
    "Democrat", "Labour", "Conservative", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Australian", "American", "British", "Afghan", "Indian", "French", "Chinese",
    "Russian", "German", "Iranian", "Israeli", "Treasurer", "Comptroller", "Auditor", "Sheriff", "Sheik",
    "Sheikh", "Imam", "Rabbi", "Reverend", "Archbishop", "Cardinal", "Lieutenant", "Colonel", "Sergeant",
    "Admiral", "Congressman", "Congresswoman", "Councilman", "Councilwoman", "Chairwoman", "Editor",
    "Commander", "Cmdr.", "Cmdr", "Major", "Maj.", "Corporal", "Cpl.", "Adm.", "Brig.", "Const.", "Det.",
    "Supt.", "Insp.", "Constable", "Detective", "Inspector", "Adv", "Adv.", "Advocate", "Leader", "Hon",
    "Hon.", "Cllr", "Cllr.", "Chair", "Chairperson", "Supervisor", "Councillor", "Councilor", "Alderman",
    "Alderwoman", "Assemblyman", "Assemblywoman", "Assemblymember", "Councilmember", "Trustee", "Delegate",
})
NOT_NAMES = OPENERS | TITLES  # never the first word of a person's name
ORG_WORDS = frozenset({
    "House", "Department", "Office", "Association", "University", "Prosecution", "Authority", "Council",
    "Ministry", "Party", "Agency", "Commission", "Court", "Times", "News", "Post", "Press", "Inc", "Inc.",
    "Corp", "Corp.", "Company", "Co.", "Group", "Institute", "Foundation", "Productions", "Studios",
    "Police", "Army", "Navy", "Force", "Forces", "Government", "Bank", "Board", "Committee", "Union",
    "Service", "Services", "Center", "Centre", "School", "College", "Club", "League", "Federation",
    "Organization", "Organisation", "Network", "Media", "Records", "Machine", "Robotics", "Systems",
    "Directorate", "Administration", "Embassy", "Senate", "Congress", "Parliament", "Assembly", "Fund",
    "Reserve", "Nations", "States", "Kingdom", "Republic", "Leader", "Gazette", "Movement", "Hospital",
    "Clinic", "Museum", "Society", "Church", "Alliance", "Guild", "Aid", "Coalition",
    # companies: 'Whole Foods', 'General Motors'
    "Foods", "Market", "Markets", "Stores", "Motors", "Industries", "Holdings",
    "Brands", "Technologies", "Pharmaceuticals", "Enterprises", "Ventures", "Securities", "Investments",
    "Finance",
})
# Korean family names, which come first: 'Yoon Suk Yeol' is 'Yoon' later, and 'Yoon' standing alone
# elsewhere does not make it a place before a name ('Ukraine Kurt Volker').
KOREAN_SURNAMES = frozenset({
    "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Han", "Oh",
    "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Chun", "Moon", "Yang", "Bae",
    "Baek", "Nam", "Noh", "Roh", "Kwak", "Sung", "Cha", "Woo", "Min", "Ryu", "Chung", "Ban",
})


def is_person_title(word: str) -> bool:
    """Whether ``word`` is a title or role that can stand before a person's name ('Adv', 'Singer',
    'Editor-in-Chief'), from nameparser's maintained list, less the words that also open bodies or
    are first names."""
    return word.lower().rstrip(".") in _PERSON_TITLES


# Titles in nameparser's list that also begin bodies ('Police Scotland', 'Met Office', 'Royal Navy'),
# work as adjectives of a field ('Supreme Court'), are first names ('Baron Davis', 'Sultan Al Jaber',
# 'Mahdi Hasan') or are kin ('Murder Victim's Mother Assails Huckabee').
_TITLES_THAT_NAME_OTHERWISE = frozenset({
    "police", "army", "navy", "air", "military", "national", "federal", "united", "states", "state",
    "kingdom", "district", "customs", "security", "intelligence", "revenue", "civil", "criminal",
    "judicial", "legal", "law", "tax", "credit", "business", "corporate", "marketing", "software",
    "television", "radio", "film", "theater", "theatre", "opera", "ballet", "blues", "rock", "classical",
    "soccer", "baseball", "information", "strategy", "risk", "analytics", "mathematics", "knowledge",
    "discovery", "mystery", "travel", "computer", "social", "technical", "financial", "municipal",
    "political", "literary", "supreme", "appellate", "bench", "docket", "division", "group", "field",
    "flag", "banner", "biblical", "behavioral", "english", "british", "family", "familie", "excellent",
    "royal", "first", "high", "grand", "her", "his", "most", "met", "foreign", "special", "senior",
    "baron", "sultan", "mahdi", "count", "bard", "knight", "ranger", "award-winning", "flying", "wing",
    "warrant", "rear", "right", "petty", "staff", "presiding", "operating", "designated", "hereditary",
    "voice", "personality", "celebrity", "member", "resident", "player", "model", "saint", "sainte",
    "canon", "prior", "master", "principal", "heir", "heiress", "blessed", "venerable", "mother",
    "father", "sister", "brother", "aunt", "auntie", "uncle", "metropolitan",
})
_PERSON_TITLES = frozenset(t for t in CONSTANTS.titles if len(t) >= 3 and t.replace("-", "").isalpha()) \
    - _TITLES_THAT_NAME_OTHERWISE
