/** Closed-class English words the phrase heuristics need. Grammar, not vocabulary: kept in code, read-only. */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Pronouns that can be a speaker on their own ("he said", "officials who said"). */
export const SUBJECT_PRONOUNS = set('he she they i we it you who which one someone somebody everyone nobody');
export const DETERMINERS = set(
  'the a an this that these those his her its their our my your some many most several few all both each every any no ' +
    'another other such two three four five six seven eight nine ten dozens hundreds thousands',
);
export const POSSESSIVES = set('his her its their our my your whose');
export const BE = set('is are was were be been being am');
export const PREPOSITIONS = set(
  'in on at by with from into onto during about over under to against without within among between through after ' +
    'before since until toward towards across upon via per amid despite like than as around behind beyond near off out',
);
/** Prepositions allowed inside a speaker phrase: "a spokesman for the campaign", "the head of Russia’s council". */
export const NP_PREPOSITIONS = set('of for at from');
/** Words that end a phrase when walking over it: conjunctions, complementisers, auxiliaries, negation. */
export const CLAUSE_WORDS = set(
  'that and or but nor so yet because while when whenever if unless although though whereas where whether then ' +
    'also not never has have had will would could should can may might must do does did is are was were be been ' +
    "being am to n't not just even still only now already again however meanwhile instead indeed moreover " +
    'further furthermore thus therefore hence later earlier previously recently today yesterday tomorrow tonight here there ' +
    'what how why whom',
);
/** Time nouns that often sit before a subject without a comma: "Last week Trump said". */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon evening night ' +
    'day days weeks months years ago last this next',
);
/** Common verbs whose past form has no "-ed": they end a speaker phrase ("Wang Yi met …"). */
export const IRREGULAR_PAST = set(
  'met went made took gave held began came left got put ran sent set won lost led paid spent stood sat brought bought ' +
    'caught fought sought built kept let meant heard hit cut became grew drew flew threw broke chose spoke stole wore ' +
    'rose fell beat bit hid shut sang sank swam struck stuck hung dug fed fled forgot forgave lent lay laid rode shook ' +
    'shot slept slid split spread sprang stung swept swung taught tore understood woke wound withdrew overtook oversaw',
);
/** Adverbs without "-ly" that sit between a subject and its verb ("The Post first reported", "who have long said"). */
export const SHORT_ADVERBS = set('twice always long first often ever once soon');
/** Nouns and adjectives ending in "-ly" (the suffix otherwise marks an adverb): "early results", "a weekly poll". */
export const LY_NOUNS = set(
  'family ally supply assembly rally monopoly anomaly bully belly jelly lily folly homily melancholy early daily weekly monthly yearly quarterly elderly',
);
export const PLURAL_NOUNS = set('people men women children police staff media public crowd majority minority percent half third quarter plurality');
export const TERMINAL = set('. ! ? ... …');
export const OPEN_PUNCT = set('( [ {');
export const DASHES = set('— – -- ―');
/** Where speech happened, which belongs to the cue: "said in a statement", "wrote during an online chat". */
export const SETTINGS = set('statement interview email letter tweet post speech release memo op-ed editorial column video conference call appearance chat');
/** Prepositions whose gerund shares the clause's subject ("by citing", "after saying", "without naming"). */
export const GERUND_PREPS = set('by before after without while when since upon');
