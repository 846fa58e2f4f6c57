/**
 * The date rules only run over the stretches of text that hold one of their key words (a speed gate, find.ts KEYS
 * and scan.ts). The gate is only safe if every match of a rule has one of its keys, and if no match runs across a
 * cut: both are checked here over real and sample texts and over sentences written to exercise every rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATE, KEYS, RULES } from '../src/read/dates/find.js';
import { cuts, digitWindows } from '../src/read/dates/scan.js';
import { Chrono, en } from 'chrono-node';
import { CLOSING_FOUND, TRIGGERS, parseStrict } from '../src/read/dates/chrono.js';
import { repoPath } from '../src/pipeline/paths.js';
import { sharedDir } from './helpers.js';

/** Ours: at least one match for every rule, in every form its pattern allows, and cuts next to dates. */
const INVENTED = [
  'In the 1990s and the ’90s, the twenties roared; by the mid-1980s and the early 2000s it was the 21st-century.',
  'In March 2019, in early May, 2020 and between March and June, the talks, set for April or early May, went on.',
  'It ended in Dec. The next round opened on Sept. 10 and in mid-Jan. We met in midMarch, lateMay and earlyJune.',
  'The fiscal 2023 results, late-1990s data and the year 1850 came out in 2019. Prices rose in 2019.5 terms.',
  'Last spring, in midsummer, in the late autumn of 2019, this fall and the winter, 2020 we met.',
  'In the third quarter, Q3 2024, the fourth fiscal quarter and the year-ago quarter, last year’s first quarter.',
  'Tomorrow, he said. Tonight, yesterday morning, this afternoon, last night and later in the day we met.',
  'He left on Monday; on last Tuesday evening, next Friday’s talks and Sunday night they spoke.',
  'Next week, the past month, this year, the coming decade, last century and the previous fiscal year.',
  'Two years ago, a few days earlier, three weeks later, two months from now and a decade hence.',
  'Right now, currently, at present, nowadays, these days, at the moment, the current crisis and the present.',
  'More recently, previously, formerly, in the past, in recent years, past years and years ago.',
  'In the future, soon, at a later date, in the coming months, the next few weeks and the years ahead.',
  'By the end of the year, the beginning of next month, at year-end, the year’s end and the end of year.',
  'At noon, midday Tuesday and midnight tomorrow.',
  'At 10 p.m. Wednesday, at 9 a.m. EST Tuesday, 15:00 GMT Saturday, 6am on Friday and 7:30 p.m. tonight.',
  'On Christmas Eve, New Year’s Day, Valentine’s Day, Halloween, Thanksgiving, Labor Day, Memorial Day, Election Day.',
  'Over the weekend and this weekend.',
  'In nineteen eighty-four and the year two thousand and one.',
  'This quarter, the latest period, the full year, the year ended, earlier in the month.',
  'The year-ago period and the year earlier first quarter.',
  'That day, the same week, the following month and the previous year.',
  'For about three days, the past two years, a decade, 30-day, two to three weeks, a fortnight, six more months.',
  'For years, in months, over decades, within hours, after minutes and took centuries.',
  'Every day, each other week, per month, every January, every Monday, daily, bi-weekly, biweekly and yearly.',
  '"Dec." (May, 2019) said: “last week”! Did it? 3.5 years. Then 5 p.m. The 10:30 a.m. on 9/11/2001; 12/05/2020.',
  'Jan. 5, 2020. The ’90s. The spring, 2019, of the year. The March, of 2020 rally; May, 2019 and Sept.\nThe end.',
];

function texts(): string[] {
  const out = [...INVENTED];
  const samples = repoPath('samples');
  out.push(...readdirSync(samples).filter((f) => /\.(txt|xml|html|jsonl)$/.test(f)).map((f) => readFileSync(join(samples, f), 'utf8')));
  const te = sharedDir('data/tempeval3');
  if (te) for (const line of readFileSync(join(te, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean)) out.push((JSON.parse(line) as { text: string }).text);
  const seeds = sharedDir('seeds');
  if (seeds) for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt'))) out.push(readFileSync(join(seeds, f), 'utf8'));
  return out;
}

const ALL = texts();
const spans = (re: RegExp, text: string, from = 0): string[] =>
  [...text.matchAll(re)].map((m) => `${from + m.index!}:${m[0]}`);

/** Matches of `re` found stretch by stretch (offsets in the whole text). */
function byStretch(re: RegExp, text: string, wins: readonly number[]): string[] {
  const out: string[] = [];
  for (let w = 0; w < wins.length; w += 2) out.push(...spans(re, text.slice(wins[w], wins[w + 1]), wins[w]!));
  return out;
}

test('every match of a date rule has one of its key words', () => {
  let checked = 0;
  for (const rule of RULES) {
    const { words = [], anywhere = [] } = KEYS[rule.name]!;
    let hits = 0;
    for (const t of ALL) {
      for (const m of t.matchAll(rule.re)) {
        hits++;
        const s = m[0];
        // A word starts where the character before it (in the whole text) is no word character.
        const starts = [...s.matchAll(/\w+/g)].filter((w) => !/\w/.test(t[m.index! + w.index! - 1] ?? ' ')).map((w) => s.slice(w.index!).toLowerCase());
        const ok = anywhere.some((k) => s.includes(k)) || starts.some((w) => words.some((k) => w.startsWith(k)));
        assert.ok(ok, `rule ${rule.name} matched ${JSON.stringify(s)} with none of its keys`);
      }
    }
    assert.ok(hits > 0, `rule ${rule.name} never matched the test texts`);
    checked += hits;
  }
  assert.ok(checked > 0);
});

test('the gated stretches give every rule the same matches as the whole text', () => {
  for (const t of ALL) {
    const wins = GATE.windows(t, cuts(t));
    RULES.forEach((rule, i) => {
      assert.deepEqual(byStretch(rule.re, t, wins[i] ?? []), spans(rule.re, t), `rule ${rule.name} in ${JSON.stringify(t.slice(0, 60))}`);
    });
  }
});

test('no match runs across a cut: whole stretches between cuts give the same matches as the whole text', () => {
  for (const t of ALL) {
    const c = cuts(t);
    const every = c.flatMap((x, i) => (i + 1 < c.length ? [x, c[i + 1]!] : []));
    for (const re of [...RULES.map((r) => r.re), TRIGGERS]) assert.deepEqual(byStretch(re, t, every), spans(re, t), `${re.source.slice(0, 40)} in ${JSON.stringify(t.slice(0, 60))}`);
    assert.deepEqual(byStretch(TRIGGERS, t, digitWindows(t, c).flat()), spans(TRIGGERS, t));
  }
});

test('the rules use none of the pattern features the cut argument leaves out', () => {
  // scan.ts argues from what the patterns can consume: no wildcard, no negated or lookbehind context, no anchors,
  // and none of the characters it cuts after (but '.', which it argues for by name).
  for (const re of [...RULES.map((r) => r.re), TRIGGERS]) {
    assert.match(re.flags, /^[gi]+$/, re.source);
    assert.doesNotMatch(re.source, /\[\^|\\[WSDB]|\(\?<|\\[()?!;"]/, re.source);
    const classes = re.source.replace(/\\./g, 'E').match(/\[[^\]]*\]/g) ?? [];
    for (const c of classes) assert.doesNotMatch(c, /[!?;"“”()]/, `${c} in ${re.source}`);
    const rest = re.source.replace(/\\./g, 'E').replace(/\[[^\]]*\]/g, 'C').replace(/\(\?[:=!]/g, '(');
    assert.doesNotMatch(rest, /[.^$!;"“”]/, re.source);
  }
});

test('chrono leaves out only parsers that cannot match: the same results as the whole strict configuration', () => {
  assert.equal(CLOSING_FOUND, 2, 'the "ago" and "later" parsers of chrono-node are no longer recognised');
  const whole = new Chrono(en.configuration.createConfiguration(true, false));
  const ref = new Date(Date.UTC(2024, 8, 10, 12));
  const show = (rs: ReturnType<typeof parseStrict>): string[] => rs.map((r) => `${r.index}:${r.text}:${JSON.stringify(r.start.date())}`);
  for (const t of ALL) assert.deepEqual(show(parseStrict(t, ref)), show(whole.parse(t, { instant: ref, timezone: 0 })), t.slice(0, 60));
});
