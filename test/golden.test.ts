/**
 * Golden files: every sample article's export JSON, kept in test/golden/<input file>.json.
 * Regenerate with `npm run golden:update` and review the diff like code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { processArticle } from '../src/ingest/batch.js';
import { readBuffer } from '../src/ingest/readers/sources.js';
import { repoPath } from '../src/pipeline/paths.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { Runner } from '../src/pipeline/stage.js';
import { articleJson } from '../src/query/export.js';

const SAMPLES = repoPath('samples');
const GOLDEN = repoPath('test/golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

function render(file: string): unknown {
  const runner = new Runner(builtinStages());
  const read = readBuffer(readFileSync(join(SAMPLES, file)), file, file);
  return {
    failures: read.failures,
    articles: read.items.map((item) => {
      const a = articleJson(processArticle(item, runner));
      return { ...a, source: basename(a.source) };
    }),
  };
}

const inputs = readdirSync(SAMPLES).filter((f) => !/^readme/i.test(f)).sort();

for (const file of inputs) {
  test(`golden: samples/${file}`, () => {
    const actual = render(file);
    const path = join(GOLDEN, `${file}.json`);
    if (UPDATE || !existsSync(path)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
      return;
    }
    const expected = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    assert.deepEqual(actual, expected, `samples/${file} differs from ${path}: run npm run golden:update and review the diff`);
  });
}
