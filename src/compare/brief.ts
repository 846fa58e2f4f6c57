/**
 * A readable Markdown briefing over the export and the processed Docs: the sources, the storylines, a timeline
 * of linked events, who said what, and where the outlets differ. Every line names its sources (outlet and
 * article id). Deterministic: the same input gives the same text, byte for byte.
 */
import type { Doc } from '../model/doc.js';
import type { ExportJson } from '../query/export.js';
import type { QuoteJson } from '../query/facts.js';
import { linkEvents, type LinkedEvent } from '../link/events.js';
import { compare, eventLabel, outletOf, participantNames, showDate, type Comparison } from './coverage.js';

type Ctx = { docs: Map<string, Doc>; links: LinkedEvent[]; cmp: Comparison };

const clip = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** "Outlet [id]" for each article, in the given order, once. */
function sources(ctx: Ctx, articles: string[]): string {
  return [...new Set(articles)].map((a) => `${ctx.docs.has(a) ? outletOf(ctx.docs.get(a)!) : 'unknown outlet'} [${a}]`).join('; ');
}

/** Dates sort by their known part; a weekday without its week ("2024-WXX-2") by its year; undated last. */
function sortKey(le: LinkedEvent): string {
  const s = le.date.start;
  if (!s || s.startsWith('XXXX')) return '~';
  return s.replace(/-W.*$/, '');
}

function sourcesSection(ex: ExportJson): string[] {
  const out = ['## Sources', '', '| article | outlet | published | file |', '| --- | --- | --- | --- |'];
  for (const a of [...ex.articles].sort((x, y) => x.source.localeCompare(y.source))) {
    const p = a.published;
    const date = p.value ? `${p.value} (${p.precision ?? 'unknown'}${p.inferred ? ', inferred' : ''})` : 'undated';
    const file = a.source.split(/[\\/]/).pop() ?? a.source;
    out.push(`| ${a.id} | ${cell(a.outlet ?? `unknown outlet (${file})`)} | ${date} | ${cell(file)} |`);
  }
  return [...out, ''];
}

/** A storyline's label: its three most reported people and the span of its fully dated events. */
function storylineLabel(ctx: Ctx, articles: Set<string>): string {
  const count = new Map<string, number>();
  const dates: string[] = [];
  for (const le of ctx.links) {
    const n = le.reports.filter((r) => articles.has(r.article)).length;
    if (!n) continue;
    for (const name of new Set(participantNames(ctx.docs, le).values())) if (/\s/.test(name)) count.set(name, (count.get(name) ?? 0) + n);
    for (const d of [le.date.start, le.date.end]) if (d && /^\d{4}(-\d{2}){0,2}$/.test(d)) dates.push(d);
  }
  const people = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([n]) => n);
  dates.sort();
  const span = dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[0]} – ${dates[dates.length - 1]}`) : 'undated';
  return `${people.join(', ') || 'unnamed'} · ${span}`;
}

function storylinesSection(ctx: Ctx, ex: ExportJson): string[] {
  const out = ['## Storylines', ''];
  ex.clusters.storylines.forEach((s, i) => {
    out.push(`### Storyline ${i + 1}: ${storylineLabel(ctx, new Set(s))}`, '');
    const same = ex.clusters.events.filter((g) => g.some((a) => s.includes(a)));
    for (const g of same) out.push(`- ${g.length > 1 ? 'same event' : 'one article'}: ${sources(ctx, g)}`);
    out.push('');
  });
  return out;
}

function timelineSection(ctx: Ctx): string[] {
  const out = ['## Timeline', '', 'Linked events in date order; the date is given at its precision.', ''];
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const order = [...ctx.links].sort((a, b) => cmp(sortKey(a), sortKey(b)) || cmp(eventLabel(ctx.docs, a), eventLabel(ctx.docs, b)));
  for (const le of order) {
    const arts = le.reports.map((r) => r.article);
    const n = new Set(arts.map((a) => outletOf(ctx.docs.get(a)!))).size;
    out.push(`- ${showDate(le.date)} · **${le.status}** · ${eventLabel(ctx.docs, le).replace(/, [^,]*$/, '')} — ${n} source${n === 1 ? '' : 's'}: ${sources(ctx, arts)}`);
  }
  return [...out, ''];
}

function quoteLine(ctx: Ctx, q: QuoteJson): string {
  const bits = [`${q.cue ?? 'no cue'}${q.direct ? ' (direct)' : ' (reported)'}`];
  if (q.via) bits.push(`via ${q.via.name}`);
  if (q.stance) bits.push(`outlet's stance: ${q.stance}`);
  return `- “${cell(clip(q.text.replace(/^[“"]|[”"]$/g, '')))}” — ${bits.join('; ')} — ${sources(ctx, [q.article])}`;
}

function quotesSection(ctx: Ctx, ex: ExportJson): string[] {
  const out = ['## Who said what', ''];
  const by = new Map<string, QuoteJson[]>();
  const src = (a: string): string => ctx.docs.get(a)?.meta.source ?? a;
  const quotes = [...ex.quotes].sort((a, b) => src(a.article).localeCompare(src(b.article)) || a.evidence.start - b.evidence.start);
  for (const q of quotes) {
    const k = q.speaker?.name ?? 'unattributed';
    by.set(k, [...(by.get(k) ?? []), q]);
  }
  const speakers = [...by].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [speaker, qs] of speakers) {
    out.push(`### ${speaker}`, '');
    for (const q of qs) out.push(quoteLine(ctx, q));
    out.push('');
  }
  return out;
}

function coverageTables(ctx: Ctx): string[] {
  const out = ['### Coverage of events reported by several outlets', ''];
  for (const e of ctx.cmp.events.filter((x) => x.outlets.length > 1)) {
    out.push(`#### ${e.label}`, '', `Sources: ${sources(ctx, e.articles)}`, '');
    out.push(`| fact | ${e.outlets.map(cell).join(' | ')} |`, `| --- |${e.outlets.map(() => ' --- |').join('')}`);
    for (const r of e.rows) out.push(`| ${cell(r.fact)} | ${e.outlets.map((o) => (r.byOutlet[o] ? 'yes' : '—')).join(' | ')} |`);
    out.push('');
  }
  return out;
}

function differencesSection(ctx: Ctx): string[] {
  const out = ['## Where outlets differ', '', ...coverageTables(ctx), '### Claims made by one outlet only', ''];
  for (const c of ctx.cmp.oneOutlet) out.push(`- ${cell(clip(c.claim, 220))} — ${c.basis} — ${sources(ctx, [c.article])}`);
  out.push('', '### Attribution verbs', '');
  for (const [outlet, verbs] of Object.entries(ctx.cmp.verbs)) {
    const list = verbs.map((v) => `${v.cue} ×${v.count}${v.stances.length ? ` (${v.stances.join(', ')})` : ''}`).join(', ');
    out.push(`- ${outlet}: ${list}`);
  }
  out.push('', '### Framing in the outlets’ own voice', '');
  for (const [outlet, hits] of Object.entries(ctx.cmp.framing)) {
    const list = hits.map((h) => `“${cell(h.text)}” (${h.kind}${h.target ? `, on ${h.target}` : ''}) [${h.article}]`).join('; ');
    out.push(`- ${outlet}: ${list}`);
  }
  const silent = [...ctx.docs.values()].filter((d) => !ctx.cmp.framing[outletOf(d)]).map((d) => d.id);
  if (silent.length) out.push(`- no framing phrases: ${sources(ctx, silent)}`);
  return [...out, ''];
}

/** The briefing; `docs` are the processed articles the export was made from. */
export function briefing(ex: ExportJson, docs: Doc[]): string {
  const sorted = [...docs].sort((a, b) => a.meta.source.localeCompare(b.meta.source) || a.id.localeCompare(b.id));
  const links = linkEvents(sorted);
  const ctx: Ctx = { docs: new Map(sorted.map((d) => [d.id, d])), links, cmp: compare(sorted, links, ex.clusters.storylines, ex.lineage) };
  const head = [`# Briefing: ${ex.articles.length} article${ex.articles.length === 1 ? '' : 's'}, ${links.length} linked events`, ''];
  return [...head, ...sourcesSection(ex), ...storylinesSection(ctx, ex), ...timelineSection(ctx), ...quotesSection(ctx, ex),
    ...differencesSection(ctx)].join('\n').replace(/\n{3,}/g, '\n\n');
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Inline Markdown the briefing writes (`**bold**`), applied after escaping, so article text cannot become markup. */
const inline = (s: string): string => escapeHtml(s).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

/** Table cells split on the pipes `cell` left unescaped. */
const cells = (row: string): string[] => row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));

/**
 * The briefing as one standalone HTML page: the same lines as the Markdown, rendered from it (headings,
 * tables, lists, paragraphs). Every piece of text is escaped first, so nothing from an article is markup.
 */
export function briefingHtml(ex: ExportJson, docs: Doc[]): string {
  const lines = briefing(ex, docs).split('\n');
  const body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^(#{1,4}) (.*)$/.exec(line);
    if (h) body.push(`<h${h[1]!.length}>${inline(h[2]!)}</h${h[1]!.length}>`);
    else if (line.startsWith('|') && lines[i + 1]?.startsWith('| ---')) {
      body.push('<table>', `<thead><tr>${cells(line).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`, '<tbody>');
      for (i += 2; lines[i]?.startsWith('|'); i++) body.push(`<tr>${cells(lines[i]!).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      body.push('</tbody>', '</table>');
      i--;
    } else if (line.startsWith('- ')) {
      body.push('<ul>');
      for (; lines[i]?.startsWith('- '); i++) body.push(`<li>${inline(lines[i]!.slice(2))}</li>`);
      body.push('</ul>');
      i--;
    } else if (line.trim()) body.push(`<p>${inline(line)}</p>`);
  }
  const title = /^# (.*)$/m.exec(lines.join('\n'))?.[1] ?? 'Briefing';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1d2430; }
h1, h2, h3, h4 { line-height: 1.25; } h2 { border-bottom: 1px solid #d8dde6; padding-bottom: .25rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; display: block; overflow-x: auto; }
th, td { border: 1px solid #d8dde6; padding: .3rem .5rem; text-align: left; vertical-align: top; } th { background: #f3f5f8; }
li { margin: .2rem 0; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
