/** `parallax brief`, `parallax compare`, `parallax timeline`: the corpus told back, outlet by outlet. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { briefing, briefingHtml } from '../compare/brief.js';
import { compare, showDate } from '../compare/coverage.js';
import { timeline, type TimelineFilter } from '../query/timeline.js';
import { exportJson } from '../query/export.js';
import { allDocs, type Repository } from '../store/repository.js';
import { table, type CliIO } from './io.js';


/** The briefing as Markdown, or (`html`) as one standalone web page with every article text escaped. */
export async function runBrief(store: Repository, io: CliIO, out: string | undefined, html = false): Promise<number> {
  const ex = await exportJson(store);
  const docs = await allDocs(store);
  const md = html ? briefingHtml(ex, docs) : briefing(ex, docs);
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

/** Every linked event in date order, with its precision, planned or occurred, and its sources. */
export async function runTimeline(store: Repository, io: CliIO, f: TimelineFilter, json: boolean): Promise<number> {
  const events = timeline(await allDocs(store), f);
  if (json) io.stdout.write(JSON.stringify({ timeline: events }) + '\n');
  else io.stdout.write(table(events.map((le) => [showDate(le.date), le.status, le.kind, le.participants.join(' + '), le.place ?? '-', le.sources.join('; ')]), ['date', 'status', 'kind', 'participants', 'place', 'sources']));
  return 0;
}
