/** `parallax events`, `parallax quotes`: who met whom, where and when; who said what, and through whom. */
import { ParallaxError } from '../pipeline/errors.js';
import { corpusEvents, corpusQuotes, type EventJson } from '../query/facts.js';
import { nameKey } from '../read/entities/names.js';
import { allDocs, type Repository } from '../store/repository.js';
import { table, type CliIO } from './io.js';


const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const STATUSES = new Set(['occurred', 'planned', 'reported', 'denied', 'hypothetical']);

export interface EventFilter {
  entity?: string;
  from?: string;
  to?: string;
  status?: string;
  kinds?: string[];
}

/** Whether an event's date interval can overlap [from, to] (compared at the precision each side gives). */
function inRange(e: EventJson, from?: string, to?: string): boolean {
  const start = e.date.start;
  const end = e.date.end ?? start;
  if (!start || /^X/.test(start)) return !from && !to;
  if (from && (end ?? start) < from && !from.startsWith(end ?? start)) return false;
  if (to && start > to && !start.startsWith(to)) return false;
  return true;
}

export function filterEvents(events: EventJson[], f: EventFilter): EventJson[] {
  for (const d of [f.from, f.to]) if (d && !DATE.test(d)) throw new ParallaxError('USAGE', `dates are YYYY, YYYY-MM or YYYY-MM-DD, not "${d}"`);
  if (f.status && !STATUSES.has(f.status)) throw new ParallaxError('USAGE', `--status is one of ${[...STATUSES].join(', ')}`);
  const who = f.entity ? nameKey(f.entity) : null;
  return events
    .filter((e) => !who || e.participants.some((p) => nameKey(p.name) === who || nameKey(p.name).split(' ').includes(who)))
    .filter((e) => !f.status || e.status === f.status)
    .filter((e) => !f.kinds || f.kinds.includes(e.kind))
    .filter((e) => inRange(e, f.from, f.to))
    .sort((a, b) => (a.date.start ?? '9').localeCompare(b.date.start ?? '9'));
}

export async function runEvents(store: Repository, io: CliIO, f: EventFilter, json: boolean): Promise<number> {
  const events = filterEvents(corpusEvents(await allDocs(store)), f);
  if (json) io.stdout.write(JSON.stringify({ events }) + '\n');
  else {
    const when = (e: EventJson): string => (e.date.start === e.date.end || !e.date.end ? (e.date.start ?? '?') : `${e.date.start}/${e.date.end}`);
    io.stdout.write(table(events.map((e) => [when(e), e.status, e.kind, e.participants.map((p) => p.name).join(' + '), e.place?.name ?? '-', e.evidence[0]?.text ?? '']), ['date', 'status', 'kind', 'participants', 'place', 'evidence']));
  }
  return 0;
}

export async function runQuotes(store: Repository, io: CliIO, speaker: string | undefined, json: boolean): Promise<number> {
  const who = speaker ? nameKey(speaker) : null;
  const quotes = corpusQuotes(await allDocs(store)).filter((q) => !who || (q.speaker && (nameKey(q.speaker.name) === who || nameKey(q.speaker.name).split(' ').includes(who))));
  if (json) io.stdout.write(JSON.stringify({ quotes }) + '\n');
  else io.stdout.write(table(quotes.map((q) => [q.speaker?.name ?? '?', q.direct ? 'direct' : 'reported', q.cue, q.via?.name ?? '', q.stance ?? '', q.text]), ['speaker', 'kind', 'cue', 'via', 'stance', 'words']));
  return 0;
}
