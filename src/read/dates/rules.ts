/** The rule interface shared by rule files, and small helpers for writing rules. */
import type { Ctx } from './context.js';
import type { Made } from './resolve.js';

export interface Rule {
  name: string;
  /** Global regex; a match proposes one mention over the whole match (or `start`/`end` from make). */
  re: RegExp;
  make(m: RegExpMatchArray, ctx: Ctx, start: number, end: number): Made | null;
}

/** Lower-cased group or '' (regex groups are optional in most rules). */
export const g = (m: RegExpMatchArray, i: number): string => (m[i] ?? '').toLowerCase();

/** Strip a leading "the/in/…" etc. that a rule matched only for context, returning the new start. */
export function skipLead(m: RegExpMatchArray, start: number, lead: string | undefined): number {
  return lead ? start + m[0].indexOf(lead) + lead.length : start;
}
