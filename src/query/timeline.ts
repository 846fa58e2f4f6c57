/** The timeline: linked events (reports merged across articles) in date order, with their sources. One place for CLI and API. */
import type { Doc } from '../model/doc.js';
import { outletOf } from '../compare/coverage.js';
import { linkEvents, type LinkedEvent } from '../link/events.js';
import { nameKey } from '../read/entities/names.js';

export interface TimelineFilter {
  entity?: string;
  from?: string;
  to?: string;
}

export type TimelineEvent = LinkedEvent & { sources: string[] };

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

export function timeline(docs: Doc[], f: TimelineFilter = {}): TimelineEvent[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sources = (le: LinkedEvent): string[] => [...new Set(le.reports.map((r) => `${byId.get(r.article) ? outletOf(byId.get(r.article)!) : '?'} [${r.article}]`))];
  return linkEvents(docs)
    .filter((le) => keep(le, f))
    .sort((a, b) => dateKey(a).localeCompare(dateKey(b)))
    .map((le) => ({ ...le, sources: sources(le) }));
}
