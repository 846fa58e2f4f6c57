/**
 * `parallax eval cameo DIR`: the event extractor on PETRARCH's CAMEO validation records (every *.jsonl in DIR).
 * Actors are the fictional names of DIR/dictionaries/PETR.Validate.actors.txt, found as PETRARCH finds them and
 * handed to the extractor as entities; the validation verb dictionary is a fallback read at run time (never copied).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Span } from '../model/doc.js';
import { extractEvents, type EventMention } from '../extract/events/index.js';

interface Gold { source: string; target: string; code: string }
interface Rec { text: string; gold_events: Gold[]; gold_noevents: boolean; gold_error: string | null }

/** "NAME_WITH_WORDS [CODE]" entries; "+SYNONYM" lines share the code above. Longest names first. */
function loadActors(file: string): Array<{ re: RegExp; code: string }> {
  const out: Array<{ name: string; code: string }> = [];
  let code = '';
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || line.startsWith('<!--') || line.startsWith('-->')) continue;
    const m = /^(\+?)([^[]+?)\s*(?:\[([^\]]+)\])?$/.exec(line);
    if (!m) continue;
    if (m[3]) code = m[3].trim().toUpperCase();
    if (!code || (!m[1] && !m[3])) continue;
    out.push({ name: m[2]!.replace(/_+$/, '').replace(/_/g, ' ').trim(), code });
  }
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return out.filter((a) => a.name.length > 1).sort((a, b) => b.name.length - a.name.length).map((a) => ({ re: new RegExp(`\\b${esc(a.name)}\\w*`, 'gi'), code: a.code }));
}

/** Verb → code from "--- VERB [code] ---" blocks (the first word lines under each header). */
function loadVerbs(file: string): Map<string, string> {
  const out = new Map<string, string>();
  let code: string | null = null;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const h = /^---\s+\S+\s+\[([0-9]{2,4})\]\s+---/.exec(raw);
    if (h) { code = h[1]!; continue; }
    if (raw.startsWith('---')) { code = null; continue; }
    const w = /^([A-Z][A-Z_]+)\s*(?:#|$)/.exec(raw.trim());
    if (code && w) out.set(w[1]!.replace(/_/g, ' ').toLowerCase(), code);
  }
  return out;
}

function docOf(text: string, actors: ReturnType<typeof loadActors>): Doc {
  const taken: Array<[number, number]> = [];
  const entity: Span[] = [];
  for (const a of actors) {
    for (const m of text.matchAll(a.re)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (taken.some(([x, y]) => s < y && e > x)) continue;
      taken.push([s, e]);
      entity.push({ start: s, end: e, label: 'actor', data: { type: 'actor', name: a.code }, prov: { stage: 'eval', rule: 'petrarch-actors' } });
    }
  }
  entity.sort((x, y) => x.start - y.start);
  const meta = { source: 'cameo', format: 'text', url: null, encoding: 'utf-8', title: null, titleSource: null, outlet: null, outletSource: null, dateline: null, published: { value: null, precision: null, source: null } } as Doc['meta'];
  return { id: 'cameo', raw: text, text, offsets: undefined as unknown as Doc['offsets'], meta, layers: { sentence: [{ start: 0, end: text.length, label: 'sentence', prov: { stage: 'eval', rule: 'whole' } }], entity, time: [] }, removed: [] };
}

function topEvent(es: EventMention[]): EventMention | null {
  return es.find((e) => e.kind !== 'statement') ?? es[0] ?? null;
}

function fallbackCode(text: string, verbs: Map<string, string>): string | null {
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const c = verbs.get(w) ?? verbs.get(w.replace(/(?:ed|es|s|ing)$/, '')) ?? verbs.get(w.replace(/d$/, ''));
    if (c && /^\d{3,4}$/.test(c)) return c;
  }
  return null;
}

const agent = (code: string | undefined): string => (code ?? '').slice(0, 3).toUpperCase();

export function evalCameo(dir: string): { task: 'cameo'; n: number; code_accuracy: number; root_accuracy: number; source_accuracy: number; target_accuracy: number } {
  const dict = join(dir, 'dictionaries');
  const actors = existsSync(join(dict, 'PETR.Validate.actors.txt')) ? loadActors(join(dict, 'PETR.Validate.actors.txt')) : [];
  const verbs = existsSync(join(dict, 'PETR.Validate.verbs.txt')) ? loadVerbs(join(dict, 'PETR.Validate.verbs.txt')) : new Map<string, string>();
  let n = 0, code = 0, root = 0, src = 0, tgt = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Rec;
      // Records that test "no event" or an input error have no gold coding to score.
      if (r.gold_error || r.gold_noevents || !r.gold_events.length) continue;
      const top = topEvent(extractEvents(docOf(r.text, actors)));
      const guess = top?.cameo ?? fallbackCode(r.text, verbs);
      const s = top?.participants.find((p) => p.role !== 'target')?.name;
      const t = top?.participants.find((p) => p.role === 'target')?.name ?? top?.participants[1]?.name;
      for (const g of r.gold_events) {
        n++;
        if (guess === g.code) code++;
        if (guess && guess.slice(0, 2) === g.code.slice(0, 2)) root++;
        if (s && agent(s) === agent(g.source)) src++;
        if (t && agent(t) === agent(g.target)) tgt++;
      }
    }
  }
  const r3 = (x: number): number => (n ? Math.round((x / n) * 1000) / 1000 : 0);
  return { task: 'cameo', n, code_accuracy: r3(code), root_accuracy: r3(root), source_accuracy: r3(src), target_accuracy: r3(tgt) };
}
