/** Seed scores for the read stage: entities, published dates (stated and inferred). */
import type { Doc } from '../model/doc.js';
import type { ExportJson } from '../query/export.js';
import { entityKey } from '../query/entities.js';
import { whoHeldOn } from '../query/roles.js';
import { normaliseOffice } from '../read/roles/index.js';
import { timeline } from '../query/timeline.js';

type GoldEntities = Record<string, Record<string, { aliases?: string[]; docs: string[] }>>;

/** F1 over canonical name and type: a prediction matches a gold entity by name or by any alias of either. */
export function scoreEntities(gold: GoldEntities, exported: ExportJson, details: string[]): number {
  const goldByKey = new Map<string, string>();
  const goldNames: string[] = [];
  for (const [type, ents] of Object.entries(gold)) {
    for (const [name, g] of Object.entries(ents)) {
      const id = `${type}:${name}`;
      goldNames.push(id);
      for (const n of [name, ...(g.aliases ?? [])]) goldByKey.set(entityKey(type, n), id);
    }
  }
  const found = new Set<string>();
  let fp = 0;
  for (const e of exported.entities) {
    const hit = [e.name, ...e.aliases].map((n) => goldByKey.get(entityKey(e.type, n))).find(Boolean);
    if (hit && !found.has(hit)) found.add(hit);
    else if (!hit) {
      fp++;
      details.push(`entity not in gold: ${e.type} ${e.name}`);
    }
  }
  for (const g of goldNames) if (!found.has(g)) details.push(`entity missed: ${g}`);
  const tp = found.size;
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = goldNames.length === 0 ? 1 : tp / goldNames.length;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Stated dates exact and not marked inferred; inferred ones marked inferred, with evidence, right to the month. */
export function publishedOk(gold: { value: string | null; inferred?: string }, pred: ExportJson['articles'][number]['published']): boolean {
  if (gold.value) return pred.value === gold.value && !pred.inferred;
  if (!gold.inferred) return pred.value === null;
  if (!pred.inferred || !pred.value || !(pred.evidence ?? []).length) return false;
  const month = gold.inferred.slice(0, 7);
  return pred.value.slice(0, 7) === month;
}

export interface GoldRole {
  person: string;
  role: string;
  docs: string[];
  as_of?: string[];
}

/** Each (person, office, article) of the gold found in the export, with the right time where the gold gives one. */
export function scoreRoles(gold: GoldRole[], exported: ExportJson, docIds: Map<string, string>, details: string[]): number {
  let total = 0;
  let ok = 0;
  for (const g of gold) {
    const office = normaliseOffice(g.role) ?? g.role;
    g.docs.forEach((d, i) => {
      total++;
      const id = docIds.get(d);
      const hit = exported.roles.find((r) => r.article === id && entityKey('person', r.person) === entityKey('person', g.person) && r.office === office);
      const want = g.as_of?.[i];
      if (!hit) details.push(`role missed: ${g.person} — ${g.role} in ${d}`);
      else if (want && !(hit.as_of ?? '').startsWith(want)) details.push(`role time: ${g.person} — ${g.role} in ${d} as of ${hit.as_of} ≠ ${want}`);
      else ok++;
    });
  }
  return total === 0 ? 1 : ok / total;
}

export function scoreTimeQuestions(questions: Array<{ office: string; on: string; answer: string }>, docs: Doc[], details: string[]): number {
  let ok = 0;
  for (const q of questions) {
    const a = whoHeldOn(docs, q.office, q.on);
    if (a.person && entityKey('person', a.person) === entityKey('person', q.answer)) ok++;
    else details.push(`who held ${q.office} on ${q.on}: ${a.person ?? 'unknown'} ≠ ${q.answer}`);
  }
  return questions.length === 0 ? 1 : ok / questions.length;
}

interface GoldQuote {
  doc: string;
  speaker: string;
  starts: string;
  direct: boolean;
  via?: string;
  framed_by_outlet_as?: string;
}

const fold = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** A gold quote is found when a quote of its article contains its first words, with the right speaker, relay and stance. */
export function scoreQuotes(gold: GoldQuote[], exported: ExportJson, docIds: Map<string, string>, details: string[]): number {
  let ok = 0;
  for (const g of gold) {
    const id = docIds.get(g.doc);
    const cands = exported.quotes.filter((q) => q.article === id && fold(q.text).includes(fold(g.starts)));
    const right = cands.find((q) => q.speaker && entityKey('person', q.speaker.name) === entityKey('person', g.speaker));
    const why = !cands.length ? 'not found' : !right ? `speaker ${cands.map((q) => q.speaker?.name ?? 'none').join('/')}` : g.via && right.via?.name !== g.via ? `via ${right.via?.name ?? 'none'}` : g.framed_by_outlet_as && right.stance !== g.framed_by_outlet_as ? `stance ${right.stance}` : null;
    if (why) details.push(`quote ${g.doc} "${g.starts}": ${why}`);
    else ok++;
  }
  return gold.length ? ok / gold.length : 1;
}

interface GoldEvent {
  id: string;
  core?: boolean;
  kind: string;
  participants: string[];
  place: string | null;
  date: string;
  status: string;
  docs: string[];
}

/** Same participants, place, status, and the date at the gold's precision (a range checks both ends). */
function eventMatches(e: ExportJson['events'][number], g: GoldEvent): boolean {
  const ours = new Set(e.participants.map((p) => entityKey('person', p.name)));
  if (ours.size !== g.participants.length || !g.participants.every((n) => ours.has(entityKey('person', n)))) return false;
  if ((e.place ? entityKey('place', e.place.name) : null) !== (g.place ? entityKey('place', g.place) : null)) return false;
  if (e.status !== g.status) return false;
  const [a, b] = g.date.split('/') as [string, string | undefined];
  if (!(e.date.start ?? '').startsWith(a)) return false;
  return b ? (e.date.end ?? '').startsWith(b) : true;
}

export function scoreEvents(gold: GoldEvent[], exported: ExportJson, docIds: Map<string, string>, details: string[]): { events_core: number; events: number } {
  let core = 0;
  let coreN = 0;
  let all = 0;
  for (const g of gold) {
    const ids = new Set(g.docs.map((d) => docIds.get(d)));
    const hit = exported.events.some((e) => e.articles.some((a) => ids.has(a)) && eventMatches(e, g));
    if (g.core) coreN++;
    if (hit) {
      all++;
      if (g.core) core++;
    } else details.push(`event missed: ${g.id} ${g.kind} ${g.participants.join(' + ')} ${g.place ?? '-'} ${g.date} ${g.status}`);
  }
  return { events_core: coreN ? core / coreN : 1, events: gold.length ? all / gold.length : 1 };
}

/**
 * The timeline (linked events in the order `parallax timeline` prints them): the share of gold events found in it —
 * matched as in `events` by the linked event or one of the reports merged into it — times the share of pairs of found events with
 * different gold dates (neither a prefix of the other) that it puts in the gold order.
 */
export function scoreTimeline(gold: GoldEvent[], docs: Doc[], docIds: Map<string, string>, details: string[]): number {
  if (gold.length === 0) return 1;
  const tl = timeline(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));
  type Ev = ExportJson['events'][number];
  // A linked event holds the gold event when it, or one of the reports merged into it, matches.
  const report = (r: { article: string; event: number }): Ev | null => (byId.get(r.article)?.layers['event']?.[r.event]?.data as Ev | undefined) ?? null;
  const at = new Map<GoldEvent, number>();
  for (const g of gold) {
    const ids = new Set(g.docs.map((d) => docIds.get(d)));
    const i = tl.findIndex((le) => {
      const mine = le.reports.filter((r) => ids.has(r.article));
      if (mine.length === 0) return false;
      const whole = { ...le, participants: le.participants.map((name) => ({ name })), place: le.place ? { name: le.place } : null } as unknown as Ev;
      return eventMatches(whole, g) || mine.some((r) => { const e = report(r); return e !== null && eventMatches(e, g); });
    });
    if (i >= 0) at.set(g, i);
    else details.push(`timeline misses ${g.id}`);
  }
  const found = [...at.keys()];
  let pairs = 0;
  let right = 0;
  for (const a of found) {
    for (const b of found) {
      const da = a.date.split('/')[0]!;
      const db = b.date.split('/')[0]!;
      if (!(da < db) || db.startsWith(da)) continue;
      pairs++;
      if (at.get(a)! < at.get(b)!) right++;
      else details.push(`timeline puts ${b.id} (${db}) before ${a.id} (${da})`);
    }
  }
  return (found.length / gold.length) * (pairs ? right / pairs : 1);
}

const partition = (groups: string[][]): string => groups.map((g) => [...g].sort().join(',')).sort().join(' | ');

/** Article clusters and storylines exactly as the gold groups them (1 each, averaged), with the difference noted. */
export function scoreClusters(gold: { same_event: string[][]; storyline: string[][] }, exported: ExportJson, docIds: Map<string, string>, details: string[]): number {
  const back = new Map([...docIds].map(([k, v]) => [v, k]));
  const name = (groups: string[][]): string[][] => groups.map((g) => g.map((id) => back.get(id) ?? id));
  const ev = partition(name(exported.clusters.events)) === partition(gold.same_event);
  const st = partition(name(exported.clusters.storylines)) === partition(gold.storyline);
  if (!ev) details.push(`clusters ${partition(name(exported.clusters.events))} ≠ ${partition(gold.same_event)}`);
  if (!st) details.push(`storylines ${partition(name(exported.clusters.storylines))} ≠ ${partition(gold.storyline)}`);
  return ((ev ? 1 : 0) + (st ? 1 : 0)) / 2;
}

/** F1 over (derived article, source) pairs. */
export function scoreLineage(gold: Record<string, { derived_from?: string }>, exported: ExportJson, docIds: Map<string, string>, details: string[]): number {
  const want = new Set(Object.entries(gold).filter(([, g]) => g.derived_from).map(([f, g]) => `${docIds.get(f.slice(0, 3))}<${docIds.get(g.derived_from!.slice(0, 3))}`));
  const got = new Set(exported.lineage.map((l) => `${l.article}<${l.derived_from}`));
  let tp = 0;
  for (const x of got) if (want.has(x)) tp++;
  else details.push(`lineage not in gold: ${x}`);
  for (const x of want) if (!got.has(x)) details.push(`lineage missed: ${x}`);
  if (want.size === 0 && got.size === 0) return 1;
  return (2 * tp) / (want.size + got.size);
}

type GoldFraming = Record<string, Record<string, string[]>>;

/** Framing markers of the gold found in their article's own voice and attributed to its outlet; none where gold has none. */
export function scoreFraming(gold: GoldFraming, exported: ExportJson, docIds: Map<string, string>, details: string[]): number {
  let total = 0;
  let ok = 0;
  for (const [doc, kinds] of Object.entries(gold)) {
    const id = docIds.get(doc);
    const outlet = exported.articles.find((a) => a.id === id)?.outlet ?? null;
    const found = exported.framing.filter((f) => f.article === id);
    for (const [kind, markers] of Object.entries(kinds)) {
      if (!/markers$/.test(kind)) continue;
      if (markers.length === 0) {
        total++;
        if (found.length === 0) ok++;
        else details.push(`framing in ${doc} where gold has none: ${found.map((f) => f.text).join(', ')}`);
      }
      for (const m of markers) {
        total++;
        const words = fold(m).replace(/["“”]/g, '').split(/\s+/).slice(0, 3).join(' ');
        const hit = found.find((f) => fold(f.text).replace(/["“”]/g, '').includes(words) || fold(m).includes(fold(f.text)));
        if (hit && hit.outlet === outlet) ok++;
        else details.push(`framing ${doc} "${m}": ${hit ? `attributed to ${hit.outlet}` : 'not found'}`);
      }
    }
  }
  return total ? ok / total : 1;
}
