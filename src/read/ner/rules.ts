/**
 * Document-level rules applied after tagging and name propagation. They encode conventions of news NER that the
 * sentence tagger cannot see (all general, none keyed to particular names):
 *  - national teams: in a sports report, a country named as an actor ("Sweden defeated Korea") is a team, an
 *    organization; "the Belgians" likewise; a tournament "Group F" is an organization;
 *  - facility and organisation head nouns: a capitalised run ending in `Stadium`, `Arena`, `Station`... is a place,
 *    one ending in `Foundation`, `Society`, `Department`... (or `X of Y` with such a head) an organization;
 *  - nested places: a known place inside a longer name ("University of Texas") is also a place mention;
 *  - one person, one type: a mention equal to the surname of a person found in the document is that person;
 *  - bare titles ("the President", "the Home Secretary", ", Director of the Institute") refer to a person;
 *  - the name an organisation is "of" ("Church of Scientology"), when it is no known place and no ordinary word,
 *    names that organisation when it stands alone elsewhere in the document;
 *  - people and places are not named with words mixing letters and digits ("IE6"; "G20" is a group, organization);
 *  - "from Irving, Texas": the name before a comma and a known place is a place;
 *  - an acronym in brackets after a name takes the name's type, there and elsewhere in the document;
 *  - followers of a religion or members of a party named as a group ("Muslims", "Senate Democrats") are person
 *    mentions, like plural nationality nouns;
 *  - "non-Muslim" is no name; a listed organisation ("U.N.") is no place; "Team Estonia" is an organization;
 *  - a place the tagger left out of an organisation's name ("the Irving Police Department") joins it and stays a place;
 *  - event, award and law names ("Lantern Festival", "Clean Air Act") are no names;
 *  - names listed together ("Stan Lee, Mark Hamill, and Margaret Atwood") share a type.
 */
import { GAZ_CLASSES, entryClassesAt, type Gazetteer } from './gazetteer.js';
import type { EntityType } from './model.js';
import type { DocMention, SentenceTokens } from './propagate.js';

const isCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0].toLowerCase() !== s[0]);
};

const SPORTS = new Set(['cup', 'olympics', 'olympic', 'goal', 'goals', 'scored', 'scorer', 'striker', 'midfielder', 'goalkeeper',
  'defender', 'penalty', 'referee', 'semi-final', 'semi-finals', 'semifinal', 'semifinals', 'quarter-final', 'quarter-finals',
  'quarterfinal', 'quarterfinals', 'kick-off', 'kickoff', 'half-time', 'halftime', 'innings', 'wicket', 'wickets', 'touchdown',
  'touchdowns', 'medal', 'medals', 'matches', 'fixture', 'fixtures', 'squad', 'coach']);
const LOCATIVE = new Set(['in', 'at', 'from', 'across', 'throughout', 'near', 'inside', 'around', 'within', 'into', 'of', 'visit', 'visited', 'visiting', 'toward', 'towards', 'outside']);

const PLACE_HEADS = new Set(['stadium', 'arena', 'airport', 'station', 'centre', 'center', 'bridge', 'square', 'street', 'avenue',
  'road', 'boulevard', 'memorial', 'palace', 'tower', 'plaza', 'park', 'mountains', 'mountain', 'river', 'lake', 'island', 'islands',
  'valley', 'county', 'province', 'district', 'city', 'village', 'harbour', 'harbor', 'port', 'beach', 'canal', 'highway', 'stadion',
  'hotel', 'museum', 'mosque', 'cathedral', 'theatre', 'theater', 'terminal', 'turnpike', 'gardens', 'sea', 'ocean', 'gulf', 'desert',
  'peninsula', 'strait', 'coast', 'hills', 'falls', 'canyon']);
/** Place heads whose modifier is most often no place of its own ("Shah Mosque", "Cherokee Turnpike", "Red Sea"). */
const UNNESTED_PLACE_HEADS = new Set(['hotel', 'museum', 'mosque', 'cathedral', 'theatre', 'theater', 'terminal', 'turnpike', 'gardens',
  'sea', 'ocean', 'gulf', 'desert', 'peninsula', 'strait', 'coast', 'hills', 'falls', 'canyon']);
const ORG_HEADS = new Set(['foundation', 'society', 'association', 'institute', 'institution', 'department', 'service', 'council', 'party',
  'committee', 'agency', 'ministry', 'commission', 'corporation', 'company', 'inc.', 'inc', 'ltd', 'ltd.', 'bank', 'university',
  'college', 'academy', 'school', 'police', 'force', 'army', 'navy', 'church', 'league', 'federation', 'news', 'times',
  'post', 'weekly', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'magazine', 'network', 'group', 'organization',
  'organisation', 'authority', 'board', 'bureau', 'office', 'court', 'parliament', 'assembly', 'senate', 'congress', 'club',
  'team', 'fund', 'trust', 'coalition', 'alliance', 'movement', 'front', 'conference', 'municipality', 'administration', 'airlines',
  'airways', 'motors', 'studios', 'records', 'press', 'telegraph', 'guardian', 'laboratory', 'labs']);
/** Heads of title-only person mentions ("the President", "the Home Secretary"). */
export const TITLE_HEADS = new Set(['president', 'minister', 'secretary', 'director', 'chairman', 'chairwoman', 'chancellor', 'premier',
  'governor', 'mayor', 'commissioner', 'undersecretary', 'ambassador', 'king', 'queen', 'pope', 'prince', 'princess', 'senator',
  'sheriff', 'chief', 'prosecutor', 'attorney-general', 'speaker', 'secretary-general', 'vice-president', 'ceo']);
/** Organisation heads whose "of" complement names a place ("the University of Sheffield"). */
const OF_PLACE_HEADS = new Set(['municipality', 'university', 'city', 'county', 'province', 'district', 'bank', 'government',
  'society', 'republic', 'state', 'mayor', 'port', 'diocese', 'kingdom']);
const CONNECT = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on']);

/** Followers of a religion, named as a group ("regarding Muslims"): person mentions, as plural nationality nouns are. */
const ADHERENTS = new Set(['muslims', 'christians', 'jews', 'hindus', 'buddhists', 'sikhs', 'catholics', 'protestants', 'mormons',
  'shiites', 'sunnis', 'evangelicals', 'orthodox',
  // members of a party ("Senate Democrats")
  'democrats', 'republicans', 'tories', 'conservatives', 'socialists', 'communists', 'liberals', 'libertarians']);

/** Word flags, computed once per word form (tagger cache) and per token in SentenceTokens.flags. */
export const WORD_CAPITAL = 1;
export const WORD_SPORTS = 2;
export const WORD_TITLE = 4;
export const WORD_CONNECT = 8;
export const WORD_ADHERENTS = 16;
export function wordFlags(raw: string, lower: string): number {
  return (isCapital(raw) ? WORD_CAPITAL : 0) | (SPORTS.has(lower) ? WORD_SPORTS : 0) | (TITLE_HEADS.has(lower) ? WORD_TITLE : 0) |
    (CONNECT.has(lower) ? WORD_CONNECT : 0) | (ADHERENTS.has(lower) ? WORD_ADHERENTS : 0);
}

interface Ctx { text: string; sents: SentenceTokens[]; gaz: Gazetteer; vocab: ReadonlySet<string> }

function mk(s: SentenceTokens, a: number, b: number, type: EntityType, conf: number, text: string): DocMention {
  return { start: s.starts[a], end: s.ends[b], type, text: text.slice(s.starts[a], s.ends[b]), confidence: conf };
}

const isCountry = (g: Gazetteer, text: string): boolean => g.entries.get(text.toLowerCase())?.some((e) => e.cls === 0) ?? false;
const isPlaceName = (g: Gazetteer, text: string): boolean => g.entries.get(text.toLowerCase())?.some((e) => e.cls <= 1) ?? false;

/** Token index of a character offset in sentence s, or -1 (binary search). */
function tokAt(s: SentenceTokens, off: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid] === off) return mid;
    if (s.starts[mid] < off) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

function sentenceOf(sents: SentenceTokens[], off: number): SentenceTokens | null {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sents[mid];
    if (!s.starts.length || s.ends[s.ends.length - 1] <= off) lo = mid + 1;
    else if (s.starts[0] > off) hi = mid - 1;
    else return s;
  }
  return null;
}

// The token loops below ask of every token which mention covers it: plain loops, not `ms.some((m) => …)`, whose
// closure over the loop variables made V8 allocate a context per token (a sixth of the read stage's allocations).

/** Index of the first mention (demonyms included unless `named`) covering [start, end), or -1. */
function coveringAt(ms: readonly DocMention[], start: number, end: number, named = false): number {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.start <= start && m.end >= end && !(named && m.demonymOf)) return k;
  }
  return -1;
}

/** Applies the document rules in place (ms: all mentions of the document). */
export function applyRules(ms: DocMention[], c: Ctx): void {
  let hits = 0;
  let tokens = 0;
  const kinds = new Set<string>();
  for (const s of c.sents) {
    tokens += s.lower.length;
    const f = s.flags;
    for (let i = 0; i < f.length; i++) if (f[i] & WORD_SPORTS) { hits++; if (kinds.size < 4) kinds.add(s.lower[i].replace(/s$/, '')); }
  }
  if (hits >= 6 && kinds.size >= 4 && hits * 100 >= tokens) sportsTeams(ms, c);
  digitNames(ms);
  prefixedWords(ms);
  genericWords(ms);
  knownOrganizations(ms, c);
  countryTeams(ms, c);
  cityState(ms, c);
  headNouns(ms, c);
  bareTitles(ms, c);
  adherents(ms, c);
  acronyms(ms, c);
  nestedPlaces(ms, c);
  placesBeforeOrganizations(ms, c);
  eventNames(ms, c);
  listTypes(ms, c);
  ofComplements(ms, c);
  personSurnames(ms, c);
  givenNamePlaces(ms, c);
}

/** Last words of place and newspaper names that follow a given name ("Park Ridge", "Wayne State", "Charlotte Observer"). */
const NOT_SURNAMES = new Set(['ridge', 'heights', 'springs', 'creek', 'bay', 'grove', 'woods', 'hill', 'state', 'observer', 'times', 'post',
  'news', 'journal', 'herald', 'tribune', 'gazette', 'star', 'daily', 'sun', 'register', 'courier']);

/**
 * "Ted Cruz", "Marco Rubio" typed as places (a surname that is also a place word): a name of two or three words that
 * opens with a given name is a person, unless the whole is a known place or ends in a place word ("Victoria Island").
 */
function givenNamePlaces(ms: DocMention[], c: Ctx): void {
  for (const m of ms) {
    if (m.type !== 'place' || m.demonymOf) continue;
    const words = m.text.split(' ');
    const last = words[words.length - 1]!.toLowerCase();
    if (words.length < 2 || words.length > 3 || PLACE_HEADS.has(last) || NOT_SURNAMES.has(last) || isPlaceName(c.gaz, m.text)) continue;
    if (c.gaz.entries.get(words[0]!.toLowerCase())?.some((e) => e.cls === 4) && !isPlaceName(c.gaz, words[0]!)) m.type = 'person';
  }
}

/** Heads of names of events, awards and laws ("Lantern Festival", "Clean Air Act"): not people, organisations or places. */
const EVENT_HEADS = new Set(['Festival', 'Carnival', 'Olympics', 'Championship', 'Championships', 'Tournament', 'Marathon',
  'Prize', 'Award', 'Awards', 'Act', 'Treaty', 'War', 'Revolution']);

/** Class bits of gazetteer places (countries and other places). */
const PLACE_CLASSES = (1 << GAZ_CLASSES.indexOf('country')) | (1 << GAZ_CLASSES.indexOf('place'));
const ORG_CLASS = 1 << GAZ_CLASSES.indexOf('org');

/**
 * People and places are not named with a word that mixes letters and digits: such a word is a product or model
 * ("IE6", "501st"), or a group of countries written as a letter and a number ("G20", "P5"), an organization.
 */
function digitNames(ms: DocMention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    // nearly no name holds a digit: look for one before running the expression
    if (m.type === 'organization' || m.demonymOf || !hasDigit(m.text) || !/\p{L}\d|\d\p{L}/u.test(m.text)) continue;
    if (/^[A-Z]\d+$/.test(m.text)) m.type = 'organization'; else ms.splice(k, 1);
  }
}

/** An ASCII digit (`\d`, with or without the `u` flag) anywhere in s. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

/** "from Irving, Texas": a capitalised name after a locative word and before a comma and a known place is a place. */
function cityState(ms: DocMention[], c: Ctx): void {
  for (const s of c.sents) {
    const n = s.raw.length;
    for (let i = 1; i + 2 < n; i++) {
      if (!(s.flags[i + 1] & WORD_CAPITAL) || !(s.flags[i - 1] & WORD_CAPITAL) || s.raw[i] !== ',') continue;
      let known = false;
      for (let len = 1; len <= 3 && !known; len++) known = (entryClassesAt(c.gaz, s.lower, i + 1, len) & PLACE_CLASSES) !== 0;
      if (!known) continue;
      let a = i - 1;
      while (a > 0 && s.flags[a - 1] & WORD_CAPITAL && i - a < 3) a--;
      if (a === 0 || !LOCATIVE.has(s.lower[a - 1])) continue;
      const start = s.starts[a];
      const end = s.ends[i - 1];
      if (ms.some((m) => m.start < end && m.end > start)) continue;
      ms.push(mk(s, a, i - 1, 'place', 0.6, c.text));
    }
  }
}

/** First token of the words ending at token `end` whose initials spell `acr`, function words skipped; or -1. */
function initialsStart(s: SentenceTokens, end: number, acr: string): number {
  let k = acr.length - 1;
  let j = end;
  while (k >= 0 && j >= 0) {
    if (CONNECT.has(s.lower[j])) { j--; continue; }
    if (s.raw[j][0].toUpperCase() !== acr[k]) return -1;
    k--;
    j--;
  }
  return k < 0 ? j + 1 : -1;
}

/**
 * An acronym in brackets after the words it abbreviates ("Movimento 5 Stelle (M5S)", not "WASHINGTON (AP)") names
 * the same thing, there and wherever it stands alone in the document.
 */
function acronyms(ms: DocMention[], c: Ctx): void {
  const found = new Map<string, EntityType>();
  for (const s of c.sents) {
    for (let i = 2; i + 1 < s.raw.length; i++) {
      if (!(s.flags[i] & WORD_CAPITAL) || s.raw[i - 1] !== '(' || s.raw[i + 1] !== ')' || !/^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(s.raw[i]) || !/[A-Z].*[A-Z]/.test(s.raw[i])) continue;
      const first = initialsStart(s, i - 2, s.raw[i]);
      if (first < 0) continue;
      // a name the tagger missed is most often an organisation's
      if (!found.has(s.raw[i])) found.set(s.raw[i], namedBefore(ms, s.starts[first], s.ends[i - 2])?.type ?? 'organization');
    }
  }
  if (found.size === 0) return;
  for (const s of c.sents) {
    for (let i = 0; i < s.raw.length; i++) {
      if (!(s.flags[i] & WORD_CAPITAL)) continue;
      const type = found.get(s.raw[i]);
      if (type === undefined || coveringAt(ms, s.starts[i], s.ends[i]) >= 0) continue;
      ms.push(mk(s, i, i, type, 0.6, c.text));
    }
  }
}

/** The first mention (no demonym) that ends at `end` and starts at or before `start`. */
function namedBefore(ms: readonly DocMention[], start: number, end: number): DocMention | undefined {
  for (const m of ms) if (m.end === end && m.start <= start && !m.demonymOf) return m;
  return undefined;
}

function sportsTeams(ms: DocMention[], c: Ctx): void {
  for (const m of ms) {
    if (m.demonymOf) continue;
    const s = sentenceOf(c.sents, m.start);
    if (!s) continue;
    const i = tokAt(s, m.start);
    const prev = i > 0 ? s.lower[i - 1] : '';
    if (m.type === 'place' && (isCountry(c.gaz, m.text) || isCountry(c.gaz, m.text.split(' ')[0])) && !LOCATIVE.has(prev)) m.type = 'organization';
  }
  // "the Belgians": a plural nationality noun after "the" is the team
  for (const m of ms) {
    if (!(m.demonymOf || (m.type === 'person' && c.gaz.demonyms.has(m.text.toLowerCase()))) || !/s$/.test(m.text)) continue;
    const s = sentenceOf(c.sents, m.start);
    const i = s ? tokAt(s, m.start) : -1;
    if (s && i > 0 && s.lower[i - 1] === 'the') { delete m.demonymOf; m.type = 'organization'; }
  }
  for (const s of c.sents) {
    for (let i = 0; i + 1 < s.raw.length; i++) {
      if (s.raw[i] !== 'Group' || !/^[A-H]$/.test(s.raw[i + 1])) continue;
      for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start < s.ends[i + 1] && ms[k].end > s.starts[i]) ms.splice(k, 1);
      ms.push(mk(s, i, i + 1, 'organization', 0.7, c.text));
    }
  }
}

/** Capitalised runs with a place or organisation head noun. */
function headNouns(ms: DocMention[], c: Ctx): void {
  const docPlaces = new Set(ms.filter((m) => m.type === 'place' && !m.demonymOf).map((m) => m.text));
  for (const s of c.sents) {
    const n = s.raw.length;
    const fl = s.flags;
    for (let i = 0; i < n; i++) {
      if ((fl[i] & (WORD_CAPITAL | WORD_CONNECT)) !== WORD_CAPITAL) continue;
      // a run of capitalised words, joined by connectors
      let e = i;
      for (;;) {
        if (e + 1 < n && fl[e + 1] & WORD_CAPITAL) { e++; continue; }
        let k = e + 1;
        while (k < n && fl[k] & WORD_CONNECT) k++;
        if (k > e + 1 && k < n && fl[k] & WORD_CAPITAL && k - e <= 3) { e = k; continue; }
        break;
      }
      if (e === i) continue; // a single word has no head noun of its own
      // head: the last word, or the word before the first "of"
      let head = e;
      let type: EntityType | null = null;
      for (let k = i; k <= e; k++) if (s.lower[k] === 'of' && k > i) { head = k - 1; break; }
      if (head > i || e > i) {
        if (PLACE_HEADS.has(s.lower[head])) type = 'place';
        else if (ORG_HEADS.has(s.lower[head])) type = 'organization';
      }
      const first = s.lower[i] === 'the' ? i + 1 : i;
      if (type && first <= head && (head > first || e > head)) {
        const start = s.starts[first];
        const end = s.ends[e];
        const hs = s.starts[head];
        const he = s.ends[head];
        // mentions overlapping the run: a same-span or head-covering one of another type is retyped; others nested
        let done = false;
        for (const m of ms) {
          if (m.demonymOf || m.end <= start || m.start >= end) continue;
          if (m.start <= hs && m.end >= he) { m.type = type; done = true; }
        }
        if (!done) ms.push(mk(s, first, e, type, 0.6, c.text));
        // nested names: the place a facility is named after ("Volgograd Arena"), the place after "of"
        const nest = (a: number, b: number): void => {
          while (a <= b && (s.lower[a] === 'the' || !isCapital(s.raw[a]))) a++;
          if (a > b || !isCapital(s.raw[b])) return;
          for (let k = a; k <= b; k++) if (!isCapital(s.raw[k]) && !CONNECT.has(s.lower[k])) return;
          const known = b === a && c.vocab.has(s.lower[a]) && !isPlaceName(c.gaz, s.raw[a]);
          if (known || ms.some((m) => m.start === s.starts[a] && m.end === s.ends[b])) return;
          ms.push(mk(s, a, b, 'place', 0.55, c.text));
        };
        if (type === 'place' && head > first && head === e && !UNNESTED_PLACE_HEADS.has(s.lower[head])) nest(first, head - 1);
        // the complement runs to the next "of" ("the University of Sheffield of the UK")
        let ofEnd = e;
        for (let k = head + 2; k < e; k++) if (s.lower[k] === 'of') { ofEnd = k - 1; break; }
        if (head < ofEnd && ofEnd - head <= 4) {
          const of = c.text.slice(s.starts[head + 2] ?? 0, s.ends[ofEnd]).replace(/^the /i, '');
          if (OF_PLACE_HEADS.has(s.lower[head]) || isPlaceName(c.gaz, of) || docPlaces.has(of)) nest(head + 2, ofEnd);
        }
      }
      i = e;
    }
  }
}

function personSurnames(ms: DocMention[], c: Ctx): void {
  const persons = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'person' || m.demonymOf || !m.text.includes(' ')) continue;
    const t = m.text.split(/\s+/);
    // a full name the rule can trust: capitalised words, opening with a known given name
    const given = c.gaz.entries.get(t[0].toLowerCase())?.some((e) => e.cls === 4) ?? false;
    if (given && t.every(isCapital)) { persons.add(t[t.length - 1]); persons.add(m.text); }
  }
  if (persons.size === 0) return;
  for (const m of ms) {
    if (m.demonymOf || m.type === 'person') continue;
    if (persons.has(m.text)) { m.type = 'person'; continue; }
    // "Lawyers for Okonkwo-Hart": a span of three or more words that runs across a lower-case word into a known
    // surname is that person
    const sp = m.text.lastIndexOf(' ');
    const sp2 = sp > 0 ? m.text.lastIndexOf(' ', sp - 1) : -1;
    if (sp2 < 0) continue;
    const last = m.text.slice(sp + 1);
    if (persons.has(last) && !isCapital(m.text.slice(sp2 + 1, sp))) {
      m.start = m.end - last.length;
      m.text = last;
      m.type = 'person';
    }
  }
}

function bareTitles(ms: DocMention[], c: Ctx): void {
  for (const s of c.sents) {
    const fl = s.flags;
    for (let i = 0; i < s.raw.length; i++) {
      if ((fl[i] & (WORD_TITLE | WORD_CAPITAL)) !== (WORD_TITLE | WORD_CAPITAL) || s.covered[i]) continue;
      const next = i + 1 < s.raw.length ? s.raw[i + 1] : '.';
      if (isCapital(next) && next !== 'of') continue;
      // walk back over capitalised modifiers ("Shadow Home Secretary"); need a determiner or possessive before
      let a = i;
      while (a > 0 && isCapital(s.raw[a - 1]) && !/^(The|A)$/.test(s.raw[a - 1])) a--;
      const before = a > 0 ? s.lower[a - 1] : '';
      const determined = before === 'the' || before === "'s" || before === '’s' || before === 'his' || before === 'her' || before === 'its';
      // an office held "of"/"for" something, opening the sentence or standing in apposition or a list:
      // ", Director of the Institute"
      let office = (next === 'of' || next === 'for') && (a === 0 || before === ',' || before === 'and' || before === '(' || before === 'as');
      // ... unless the name of its holder follows the office ("Minister of Education Stefania Giannini")
      for (let k = i + 2; office && k < s.raw.length && (fl[k] & (WORD_CAPITAL | WORD_CONNECT)) !== 0; k++) {
        if (fl[k] & WORD_CAPITAL && personAt(ms, s.starts[k])) office = false;
      }
      if (!determined && !office) continue;
      if (coveringAt(ms, s.starts[i], s.ends[i]) >= 0) continue;
      ms.push(mk(s, a, i, 'person', 0.55, c.text));
    }
  }
}

/** Whether a person mention starts at `start`. */
function personAt(ms: readonly DocMention[], start: number): boolean {
  for (const m of ms) if (m.type === 'person' && m.start === start) return true;
  return false;
}

function adherents(ms: DocMention[], c: Ctx): void {
  for (const s of c.sents) {
    const fl = s.flags;
    for (let i = 0; i < s.raw.length; i++) {
      if ((fl[i] & (WORD_CAPITAL | WORD_ADHERENTS)) !== (WORD_CAPITAL | WORD_ADHERENTS)) continue;
      const k = coveringAt(ms, s.starts[i], s.ends[i], true);
      if (k < 0) { if (!s.covered[i]) ms.push(mk(s, i, i, 'person', 0.6, c.text)); continue; }
      // a group named by its faith or party ("Senate Democrats") is people; "Republicans and Democrats" is two groups
      const m = ms[k];
      if (m.type !== 'organization' || m.end !== s.ends[i]) continue;
      if (i >= 2 && (s.lower[i - 1] === 'and' || s.lower[i - 1] === '&') && fl[i - 2] & WORD_ADHERENTS && m.start === s.starts[i - 2]) {
        ms.splice(k, 1, mk(s, i - 2, i - 2, 'person', 0.6, c.text), mk(s, i, i, 'person', 0.6, c.text));
      } else m.type = 'person';
    }
  }
}

/** Known places inside longer names become their own place mentions. */
function nestedPlaces(ms: DocMention[], c: Ctx): void {
  const places = new Set<string>();
  for (const m of ms) if (m.type === 'place' && !m.demonymOf) places.add(m.text);
  const add: DocMention[] = [];
  for (const m of ms) {
    if (m.demonymOf || !m.text.includes(' ')) continue;
    const s = sentenceOf(c.sents, m.start);
    if (!s) continue;
    const a = tokAt(s, m.start);
    if (a < 0) continue;
    let b = a;
    while (b + 1 < s.raw.length && s.ends[b + 1] <= m.end) b++;
    // the last token is the head: never nested; a place's first word only when the head is a generic noun
    // ("Mexico City", "Volgograd Arena"), not in "Washington D.C."
    const from = m.type === 'place' && !PLACE_HEADS.has(s.lower[b]) ? a + 1 : a;
    for (let k = from; k < b; k++) {
      if (!isCapital(s.raw[k])) continue;
      for (let len = Math.min(3, b - k); len >= 1; len--) {
        const t = c.text.slice(s.starts[k], s.ends[k + len - 1]);
        if ((isPlaceName(c.gaz, t) || places.has(t)) && !(m.type === 'place' && k === a && len === b - a + 1)) {
          if (!ms.some((x) => x.type === 'place' && x.start === s.starts[k] && x.end === s.ends[k + len - 1])) add.push(mk(s, k, k + len - 1, 'place', 0.6, c.text));
          k += len - 1;
          break;
        }
      }
    }
  }
  ms.push(...add);
}


/** Standalone occurrences of an organisation's "of" complement ("Church of Scientology" → "Scientology"). */
function ofComplements(ms: DocMention[], c: Ctx): void {
  const names = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'organization' || m.demonymOf) continue;
    const k = m.text.lastIndexOf(' of ');
    if (k < 0) continue;
    const x = m.text.slice(k + 4);
    if (x.includes(' ') || !isCapital(x) || x.length < 3 || c.vocab.has(x.toLowerCase()) || c.gaz.entries.has(x.toLowerCase())) continue;
    names.add(x);
  }
  if (names.size === 0) return;
  const covered = new Uint8Array(c.text.length + 1);
  for (const m of ms) covered.fill(1, m.start, m.end);
  for (const s of c.sents) {
    for (let i = 0; i < s.raw.length; i++) {
      if (!names.has(s.raw[i]) || covered[s.starts[i]]) continue;
      if (i + 1 < s.raw.length && s.flags[i + 1] & WORD_CAPITAL) continue; // part of a longer name
      ms.push(mk(s, i, i, 'organization', 0.55, c.text));
    }
  }
}

/**
 * A word with a lower-case prefix ("non-Muslim", "anti-American") describes, it does not name: a mention of that word
 * alone is dropped, one opening with it ("pre-Columbian America") loses it.
 */
function prefixedWords(ms: DocMention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (m.demonymOf || !/^(?:non|anti|pro|pre|post|ex|neo|pan)-/.test(m.text)) continue;
    const sp = m.text.indexOf(' ');
    if (sp < 0 || !isCapital(m.text.slice(sp + 1))) { ms.splice(k, 1); continue; }
    m.start += sp + 1;
    m.text = m.text.slice(sp + 1);
  }
}

/** One-word mentions that name nothing alone: a bare head left of a longer name ("pro-Islamic State" → "State"), or a
 * religion's adjective ("a Muslim ban", "the Catholic vote"; its plural names the followers, "Muslims"). */
const GENERIC_WORDS = new Set(['State', 'City', 'County', 'Province', 'Republic', 'Kingdom', 'Muslim', 'Christian', 'Jewish', 'Catholic',
  'Islamic', 'Hindu', 'Buddhist', 'Sikh', 'Protestant', 'Evangelical', 'Mormon']);

function genericWords(ms: DocMention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    // "Obamacare", "Bridgegate": a programme or a scandal named after someone or somewhere is neither.
    if (!m.demonymOf && (GENERIC_WORDS.has(m.text) || (m.type !== 'organization' && /^\p{Lu}\p{Ll}+(?:care|gate)$/u.test(m.text)))) ms.splice(k, 1);
  }
}

/** A name listed as an organisation and not as a place ("U.N.") is not typed a place. */
function knownOrganizations(ms: DocMention[], c: Ctx): void {
  for (const m of ms) {
    if (m.type !== 'place' || m.demonymOf) continue;
    const es = c.gaz.entries.get(m.text.toLowerCase());
    if (!es) continue;
    let bits = 0;
    for (const e of es) bits |= 1 << e.cls;
    if (bits & ORG_CLASS && !(bits & PLACE_CLASSES)) m.type = 'organization';
  }
}

/**
 * Event, award and law names ("the Taipei City Lantern Festival", "the Clean Air Act") are dropped; a known place
 * they open with stays a place mention.
 */
function eventNames(ms: DocMention[], c: Ctx): void {
  let places: Set<string> | null = null;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (m.demonymOf) continue;
    const sp = m.text.lastIndexOf(' ');
    if (sp < 0 || !EVENT_HEADS.has(m.text.slice(sp + 1))) continue;
    if (!places) { places = new Set(); for (const x of ms) if (x.type === 'place' && !x.demonymOf) places.add(x.text); }
    ms.splice(k, 1);
    const s = sentenceOf(c.sents, m.start);
    const a = s ? tokAt(s, m.start) : -1;
    if (!s || a < 0) continue;
    for (let len = 3; len >= 1; len--) {
      if (a + len >= s.raw.length || s.ends[a + len] > m.end) continue;
      const t = c.text.slice(s.starts[a], s.ends[a + len - 1]);
      if (!isPlaceName(c.gaz, t) && !places.has(t)) continue;
      if (!ms.some((x) => x.start === s.starts[a] && x.end === s.ends[a + len - 1])) ms.push(mk(s, a, a + len - 1, 'place', 0.6, c.text));
      break;
    }
  }
}

/**
 * "the Irving Police Department", "the United States National Security Council": the tagger may leave the place that
 * opens an organisation's name (ending in a head noun) out of it. The name is extended over up to three capitalised
 * words to a place found in the document, which stays a place mention of its own.
 */
function placesBeforeOrganizations(ms: DocMention[], c: Ctx): void {
  const places = new Set<string>();
  for (const m of ms) if (m.type === 'place' && !m.demonymOf) places.add(m.text);
  if (places.size === 0) return;
  const add: DocMention[] = [];
  for (const m of ms) {
    if (m.type !== 'organization' || m.demonymOf) continue;
    const head = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
    if (!ORG_HEADS.has(head) && !PLACE_HEADS.has(head)) continue;
    const s = sentenceOf(c.sents, m.start);
    const a = s ? tokAt(s, m.start) : -1;
    if (!s || a < 1) continue;
    for (let j = a - 1; j >= 0 && j >= a - 3 && s.flags[j] & WORD_CAPITAL; j--) {
      const inside = ms.filter((x) => x !== m && !x.demonymOf && x.start <= s.starts[j] && x.end >= s.ends[j]);
      const place = inside.find((x) => x.type === 'place' && x.end === s.ends[j] && x.start >= s.starts[Math.max(0, a - 3)]);
      if (inside.length > (place ? 1 : 0)) break; // part of another name
      if (!place && (!places.has(s.raw[j]) || j === 0)) continue;
      if (!place) add.push(mk(s, j, j, 'place', 0.6, c.text));
      m.start = place ? place.start : s.starts[j];
      m.text = c.text.slice(m.start, m.end);
      break;
    }
  }
  ms.push(...add);
}

/** What may stand between two listed names: a comma, "and"/"or", or both. */
const JOINER = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

/**
 * Names listed together are mostly of one kind ("guests like Stan Lee, Mark Hamill, and Margaret Atwood"): in a list
 * of three or more names joined by commas and "and"/"or", a name of another type than two or more of the others,
 * and not in the gazetteer, takes their type.
 */
function listTypes(ms: DocMention[], c: Ctx): void {
  const sorted = ms.filter((m) => !m.demonymOf).sort((a, b) => a.start - b.start || b.end - a.end);
  const joined = (a: DocMention, b: DocMention): boolean =>
    b.start >= a.end && b.start - a.end <= 6 && JOINER.test(c.text.slice(a.end, b.start));
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && joined(sorted[j - 1], sorted[j])) j++;
    if (j - i >= 3) {
      const count = { person: 0, organization: 0, place: 0 } as Record<EntityType, number>;
      for (let k = i; k < j; k++) count[sorted[k].type]++;
      const major = (Object.keys(count) as EntityType[]).reduce((a, b) => (count[b] > count[a] ? b : a));
      if (count[major] >= 2 && count[major] * 2 > j - i) {
        for (let k = i; k < j; k++) if (sorted[k].type !== major && !c.gaz.entries.has(sorted[k].text.toLowerCase())) sorted[k].type = major;
      }
    }
    i = j;
  }
}

/** "Team Estonia", "Team USA": a country's team is an organization named with "Team". */
function countryTeams(ms: DocMention[], c: Ctx): void {
  for (const m of ms) {
    if (m.type !== 'place' || m.demonymOf || m.start < 5 || c.text.charCodeAt(m.start - 5) !== 84) continue; // 'T'
    if (c.text.slice(m.start - 5, m.start) !== 'Team ' || !isCountry(c.gaz, m.text)) continue;
    m.start -= 5;
    m.text = c.text.slice(m.start, m.end);
    m.type = 'organization';
  }
}
