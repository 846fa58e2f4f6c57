/**
 * The date rules are skipped when none of their key words is in the text (a speed gate). The gate is only safe
 * if every match of a rule comes with one of its key words: checked here over real and sample texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, RULES } from '../src/read/dates/find.js';
import { repoPath } from '../src/pipeline/paths.js';
import { sharedDir } from './helpers.js';

function texts(): string[] {
  const out = readdirSync(repoPath('samples')).filter((f) => /\.(txt|xml|html|jsonl)$/.test(f)).map((f) => readFileSync(join(repoPath('samples'), f), 'utf8'));
  const te = sharedDir('data/tempeval3');
  if (te) for (const line of readFileSync(join(te, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean)) out.push((JSON.parse(line) as { text: string }).text);
  const seeds = sharedDir('seeds');
  if (seeds) for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt'))) out.push(readFileSync(join(seeds, f), 'utf8'));
  return out;
}

test('every date rule that matches a text has one of its key words in that text', () => {
  const all = texts();
  let checked = 0;
  for (const rule of RULES) {
    const keys = KEYS[rule.name];
    if (!keys) continue;
    for (const t of all) {
      rule.re.lastIndex = 0;
      if (![...t.matchAll(rule.re)].length) continue;
      checked++;
      const lower = t.toLowerCase();
      assert.ok(keys.some((k) => lower.includes(k)), `rule ${rule.name} matched a text with none of its keys`);
    }
  }
  assert.ok(checked > 0);
});
