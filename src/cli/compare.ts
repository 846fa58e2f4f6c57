/** `parallax brief`, `parallax compare`, `parallax timeline`: the corpus told back, outlet by outlet. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Doc } from '../model/doc.js';
import { briefing } from '../compare/brief.js';
import { compare, outletOf, showDate } from '../compare/coverage.js';
import { linkEvents, type LinkedEvent } from '../link/events.js';
import { exportJson } from '../query/export.js';
import { nameKey } from '../read/entities/names.js';
import type { Repository } from '../store/repository.js';
import { table, type CliIO } from './io.js';

async function allDocs(store: Repository): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const d of store.allArticles()) docs.push(d);
  return docs;
}

export async function runBrief(store: Repository, io: CliIO, out: string | undefined): Promise<number> {
  const md = briefing(await exportJson(store), await allDocs(store));
  if (out) writeFileSync(resolve(io.cwd, out), md);
  else io.stdout.write(md.endsWith('\n') ? md : md + '\n');
  return 0;
}

export async function runCompare(store: Repository, io: CliIO, json: boolean): Promise<number> {
  const ex = await exportJson(store);
  const cmp = compare(await allDocs(store), undefined, ex.clusters.storylines, ex.lineage);
  if (json) {
    io.stdout.write(JSON.stringify(cmp) + '\n');
    return 0;
  }
  for (const e of cmp.events.filter((x) => x.outlets.length > 1)) {
    io.stdout.write(`\n${e.label}\n`);
    io.stdout.write(table(e.rows.map((r) => [r.fact, ...e.outlets.map((o) => (r.byOutlet[o] ? 'yes' : '-'))]), ['fact', ...e.outlets]));
  }
  if (cmp.oneOutlet.length) io.stdout.write(`\nclaims made by one outlet only:\n${cmp.oneOutlet.map((c) => `  ${c.outlet}: ${c.claim}`).join('\n')}\n`);
  for (const [outlet, hits] of Object.entries(cmp.framing)) {
    if (hits.length) io.stdout.write(`\nframing by ${outlet}: ${hits.map((h) => `"${h.text}" (${h.kind}${h.target ? ` → ${h.target}` : ''})`).join(', ')}\n`);
  }
  return 0;
}

export interface TimelineFilter {
  entity?: string;
  from?: string;
  to?: string;
}

function keep(le: LinkedEvent, f: TimelineFilter): boolean {
  const who = f.entity ? nameKey(f.entity) : null;
  if (who && !le.participants.some((p) => nameKey(p) === who || nameKey(p).split(' ').includes(who))) return false;
  const s = le.date.start;
  if ((f.from || f.to) && (!s || s.startsWith('X'))) return false;
  if (f.from && (le.date.end ?? s)! < f.from && !f.from.startsWith((le.date.end ?? s)!)) return false;
  if (f.to && s! > f.to && !s!.startsWith(f.to)) return false;
  return true;
}

/** Sorts by the known part of the date; a weekday without its week by its year; undated last. */
function dateKey(le: LinkedEvent): string {
  const s = le.date.start;
  return !s || !/^\d{4}/.test(s) ? '~' : s.replace(/-W.*$/, '');
}

/** Every linked event in date order, with its precision, planned or occurred, and its sources. */
export async function runTimeline(store: Repository, io: CliIO, f: TimelineFilter, json: boolean): Promise<number> {
  const docs = await allDocs(store);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const events = linkEvents(docs)
    .filter((le) => keep(le, f))
    .sort((a, b) => dateKey(a).localeCompare(dateKey(b)));
  const sources = (le: LinkedEvent): string[] => [...new Set(le.reports.map((r) => `${byId.get(r.article) ? outletOf(byId.get(r.article)!) : '?'} [${r.article}]`))];
  if (json) io.stdout.write(JSON.stringify({ timeline: events.map((le) => ({ ...le, sources: sources(le) })) }) + '\n');
  else io.stdout.write(table(events.map((le) => [showDate(le.date), le.status, le.kind, le.participants.join(' + '), le.place ?? '-', sources(le).join('; ')]), ['date', 'status', 'kind', 'participants', 'place', 'sources']));
  return 0;
}
