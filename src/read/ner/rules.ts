/**
 * Document-level rules applied after tagging and name propagation. They encode conventions of news NER that the
 * sentence tagger cannot see (all general, none keyed to particular names):
 *  - national teams: in a sports report, a country named as an actor ("Sweden defeated Korea") is a team, an
 *    organization; "the Belgians" likewise; a tournament "Group F" is an organization;
 *  - facility and organisation head nouns: a capitalised run ending in `Stadium`, `Arena`, `Station`... is a place,
 *    one ending in `Foundation`, `Society`, `Department`... (or `X of Y` with such a head) an organization;
 *  - nested places: a known place inside a longer name ("University of Texas") is also a place mention;
 *  - one person, one type: a mention equal to the surname of a person found in the document is that person;
 *  - bare titles ("the President", "the Home Secretary") refer to a person;
 *  - a capitalised word that recurs mid-sentence, is never written in lower case, and is unknown to the training
 *    vocabulary is a name even when the tagger missed it (typed by the tagger's own word-level scores).
 */
import type { Gazetteer } from './gazetteer.js';
import type { EntityType } from './model.js';
import type { DocMention, SentenceTokens } from './propagate.js';

const isCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0].toLowerCase() !== s[0]);
};

const SPORTS = /\b(?:World Cup|Olympics?|Olympic Games|goals?|scored|scorer|striker|midfielder|goalkeeper|defender|penalty|referee|semi-?finals?|quarter-?finals?|group stage|kick-?off|half-?time|innings|wickets?|touchdowns?|grand slam|medals?|matches|fixtures?|squad|coach)\b/gi;
const LOCATIVE = new Set(['in', 'at', 'from', 'across', 'throughout', 'near', 'inside', 'around', 'within', 'into', 'of', 'visit', 'visited', 'visiting', 'toward', 'towards', 'outside']);

const PLACE_HEADS = new Set(['stadium', 'arena', 'airport', 'station', 'centre', 'center', 'bridge', 'square', 'street', 'avenue',
  'road', 'boulevard', 'memorial', 'palace', 'tower', 'plaza', 'park', 'mountains', 'mountain', 'river', 'lake', 'island', 'islands',
  'valley', 'county', 'province', 'district', 'city', 'village', 'harbour', 'harbor', 'port', 'beach', 'canal', 'highway', 'stadion']);
const ORG_HEADS = new Set(['foundation', 'society', 'association', 'institute', 'institution', 'department', 'service', 'council', 'party',
  'committee', 'agency', 'ministry', 'commission', 'corporation', 'company', 'inc.', 'inc', 'ltd', 'ltd.', 'bank', 'university',
  'college', 'academy', 'school', 'police', 'force', 'army', 'navy', 'church', 'league', 'union', 'federation', 'news', 'times',
  'post', 'weekly', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'magazine', 'network', 'group', 'organization',
  'organisation', 'authority', 'board', 'bureau', 'office', 'court', 'parliament', 'assembly', 'senate', 'congress', 'club',
  'team', 'fund', 'trust', 'coalition', 'alliance', 'movement', 'front', 'conference', 'municipality', 'administration', 'airlines',
  'airways', 'motors', 'studios', 'records', 'press', 'telegraph', 'guardian', 'hospital', 'museum', 'library', 'laboratory', 'labs']);
/** Heads of title-only person mentions ("the President", "the Home Secretary"). */
const TITLE_HEADS = new Set(['president', 'minister', 'secretary', 'director', 'chairman', 'chairwoman', 'chancellor', 'premier',
  'governor', 'mayor', 'commissioner', 'undersecretary', 'ambassador', 'king', 'queen', 'pope', 'prince', 'princess', 'senator',
  'sheriff', 'chief', 'prosecutor', 'attorney-general', 'speaker', 'secretary-general', 'vice-president', 'ceo']);
const CONNECT = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on']);

interface Ctx { text: string; sents: SentenceTokens[]; gaz: Gazetteer; vocab: ReadonlySet<string> }

function mk(s: SentenceTokens, a: number, b: number, type: EntityType, conf: number, text: string): DocMention {
  return { start: s.starts[a], end: s.ends[b], type, text: text.slice(s.starts[a], s.ends[b]), confidence: conf };
}

const isCountry = (g: Gazetteer, text: string): boolean => g.entries.get(text.toLowerCase())?.some((e) => e.cls === 0) ?? false;
const isPlaceName = (g: Gazetteer, text: string): boolean => g.entries.get(text.toLowerCase())?.some((e) => e.cls <= 1) ?? false;

/** Token index of a character offset in sentence s, or -1. */
function tokAt(s: SentenceTokens, off: number): number {
  for (let i = 0; i < s.starts.length; i++) if (s.starts[i] === off) return i;
  return -1;
}

function sentenceOf(sents: SentenceTokens[], off: number): SentenceTokens | null {
  for (const s of sents) if (s.starts.length && s.starts[0] <= off && off < s.ends[s.ends.length - 1]) return s;
  return null;
}

/** Applies the document rules in place (ms: all mentions of the document). */
export function applyRules(ms: DocMention[], c: Ctx): void {
  const hits = c.text.match(SPORTS)?.length ?? 0;
  const off = process.env.NER_OFF ?? '';
  if (hits >= 6 && !off.includes('S')) sportsTeams(ms, c);
  if (!off.includes('H')) headNouns(ms, c);
  if (!off.includes('P')) personSurnames(ms);
  if (!off.includes('T')) bareTitles(ms, c);
  if (!off.includes('N')) nestedPlaces(ms, c);
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
    if (!m.demonymOf || !/s$/.test(m.text)) continue;
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
  for (const s of c.sents) {
    const n = s.raw.length;
    for (let i = 0; i < n; i++) {
      if (!isCapital(s.raw[i]) || CONNECT.has(s.lower[i])) continue;
      // a run of capitalised words, joined by connectors
      let e = i;
      for (;;) {
        if (e + 1 < n && isCapital(s.raw[e + 1])) { e++; continue; }
        let k = e + 1;
        while (k < n && CONNECT.has(s.lower[k]) && s.lower[k] !== s.raw[k].toUpperCase()) k++;
        if (k > e + 1 && k < n && isCapital(s.raw[k]) && k - e <= 3) { e = k; continue; }
        break;
      }
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
        if (type === 'place' && head > first && head === e) nest(first, head - 1);
        if (head < e && e - head <= 4) nest(head + 2, e);
      }
      i = e;
    }
  }
}

function personSurnames(ms: DocMention[]): void {
  const persons = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'person' || m.demonymOf || !m.text.includes(' ')) continue;
    const t = m.text.split(/\s+/);
    if (t.every(isCapital)) { persons.add(t[t.length - 1]); persons.add(m.text); }
  }
  for (const m of ms) if (!m.demonymOf && m.type !== 'person' && persons.has(m.text)) m.type = 'person';
}

function bareTitles(ms: DocMention[], c: Ctx): void {
  for (const s of c.sents) {
    for (let i = 1; i < s.raw.length; i++) {
      if (!TITLE_HEADS.has(s.lower[i]) || !isCapital(s.raw[i]) || s.covered[i]) continue;
      const next = i + 1 < s.raw.length ? s.raw[i + 1] : '.';
      if (isCapital(next) && next !== 'of') continue;
      // walk back over capitalised modifiers ("Shadow Home Secretary"); need a determiner or possessive before
      let a = i;
      while (a > 0 && isCapital(s.raw[a - 1]) && !/^(The|A)$/.test(s.raw[a - 1])) a--;
      const before = a > 0 ? s.lower[a - 1] : '';
      if (!(before === 'the' || before === "'s" || before === '’s' || before === 'his' || before === 'her' || before === 'its')) continue;
      if (ms.some((m) => m.start <= s.starts[i] && m.end >= s.ends[i])) continue;
      ms.push(mk(s, a, i, 'person', 0.55, c.text));
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
    for (let k = a; k < b; k++) { // the last token is the head: never nested
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
