/**
 * findTimes runs every rule (and chrono-node once, for written-out calendar dates and clock times) over the text,
 * drops names and slogans, keeps the longest of overlapping proposals and resolves comparisons.
 */
import { chronoHits } from './chrono.js';
import { makeCtx } from './context.js';
import type { Ctx } from './context.js';
import { isNotADate, keepLongest, resolveComparisons } from './refine.js';
import type { Cand } from './refine.js';
import { ABS_RULES } from './rules-abs.js';
import { DUR_RULES } from './rules-dur.js';
import { CTX_RULES } from './rules-ctx.js';
import { REL_RULES } from './rules-rel.js';
import type { Rule } from './rules.js';
import type { TimeMention } from './types.js';

/** The one list of rules, in priority order (earlier wins a tie in length). */
const RULES: readonly Rule[] = [...ABS_RULES, ...REL_RULES, ...CTX_RULES, ...DUR_RULES];

/** Every time expression in `text`; `anchor` is the article date 'YYYY-MM-DD' or null. */
export function findTimes(text: string, anchor: string | null): TimeMention[] {
  const ctx = makeCtx(text, anchor);
  const cands = propose(ctx).filter((c) => !isNotADate(ctx, c));
  return resolveComparisons(ctx, keepLongest(cands)).map(({ shift: _s, prio: _p, ...m }) => m);
}

function propose(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  RULES.forEach((rule, i) => {
    for (const m of ctx.text.matchAll(rule.re)) {
      const s = m.index!;
      const e = s + m[0].length;
      const r = rule.make(m, ctx, s, e);
      if (!r) continue;
      const start = r.start ?? s;
      const end = r.end ?? e;
      const { start: _s, end: _e, ...rest } = r;
      out.push({ ...rest, start, end, text: ctx.text.slice(start, end), rule: rule.name, prio: 1000 - i });
    }
  });
  for (const h of chronoHits(ctx)) {
    out.push({ ...h.made, start: h.start, end: h.end, text: ctx.text.slice(h.start, h.end), rule: 'chrono', prio: 0 });
  }
  return out;
}
