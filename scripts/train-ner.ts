/**
 * Trains the NER model from the third-party data in ../shared/data and writes models/ner/.
 *   npx tsx scripts/train-ner.ts [--data ../shared/data] [--epochs 12] [--seed 7] [--out models/ner]
 *   npx tsx scripts/train-ner.ts --holdout [--fold 5] [--out DIR]
 * Never reads gum-news (the evaluation set).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readGmb, readGumDir } from '../src/read/ner/corpus.js';
import { buildGazetteer } from '../src/read/ner/gazetteer.js';
import { MODEL_FILE } from '../src/read/ner/index.js';
import { serialize } from '../src/read/ner/model.js';
import { train } from '../src/read/ner/train.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function main(): void {
  const data = resolve(arg('data', '../shared/data'));
  const out = resolve(arg('out', 'models/ner'));
  const epochs = Number(arg('epochs', '12'));
  const minAbs = Number(arg('prune', '0.05'));
  const t0 = Date.now();
  const seed = Number(arg('seed', '7'));
  const g = buildGazetteer();
  const gum = readGumDir(join(data, 'gum-train'), g);
  const gmb = arg('sources', 'gum,gmb').includes('gmb') ? readGmb(join(data, 'gmb-ner', 'dev.jsonl'), g) : [];
  console.log(`gum-train: ${gum.files.length} docs, ${gum.sentences.length} sentences; gmb-ner: ${gmb.length} sentences`);
  const holdout = process.argv.includes('--holdout');
  // --holdout: every 10th GUM document (k % 10 = --fold, default 5) held out, span F1 on it after each epoch (for choosing
  // the epoch count); the model trained without them is written only with --out (to score the document rules on them)
  const fold = Number(arg('fold', '5'));
  const held = new Set(holdout ? gum.files.filter((_, k) => k % 10 === fold).map((f) => join(data, 'gum-train', f)) : []);
  const tr = gum.sentences.filter((s) => !held.has(s.source));
  const dev = gum.sentences.filter((s) => held.has(s.source));
  if (holdout) console.log(`holdout: ${held.size} docs, ${dev.length} sentences`);
  const model = train([...tr, ...gmb], g, { epochs, minCount: 2, seed, dev, log: (m) => console.log(m) });
  if (holdout && !process.argv.includes('--out')) return;
  model.meta = { trainedOn: { 'gum-train': gum.files.filter((f) => !held.has(join(data, 'gum-train', f))).map((f) => basename(f)),
    'gmb-ner': 'dev.jsonl (sentences 1-4150)' }, epochs, seed, minCount: 2, prune: minAbs, createdBy: 'scripts/train-ner.ts' };
  mkdirSync(out, { recursive: true });
  const buf = serialize(model, minAbs);
  writeFileSync(join(out, MODEL_FILE), buf);
  console.log(`wrote ${join(out, MODEL_FILE)}: ${(buf.length / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main();
