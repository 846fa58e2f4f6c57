/**
 * Stages and the runner. A stage declares the layers it reads and writes; the runner checks the order
 * before the first article (a layer must be written before it is read) and checks each stage's output
 * (offsets in bounds, only the declared layers). A failing article is recorded, and the batch goes on.
 */
import type { Doc } from '../model/doc.js';
import { ParallaxError } from './errors.js';

export interface Stage {
  name: string;
  /** Layers this stage reads. `text` and `meta` come from ingest and are always there. */
  requires: string[];
  /** Layers this stage writes. */
  assigns: string[];
  run(doc: Doc): void;
}

/** Throws at start-up when a stage reads a layer no earlier stage writes. */
export function checkOrder(stages: Stage[], initial: string[]): void {
  const have = new Set(initial);
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) {
        const writer = stages.find((x) => x.assigns.includes(r));
        const fix = writer ? `put "${writer.name}" before "${s.name}"` : `add a stage that writes "${r}"`;
        throw new ParallaxError('STAGE_ORDER', `stage "${s.name}" reads layer "${r}", which nothing before it writes: ${fix}`);
      }
    }
    for (const a of s.assigns) have.add(a);
  }
}

/** Checks that a stage wrote only what it declared, with offsets inside the text. */
export function checkOutput(stage: Stage, doc: Doc, before: ReadonlySet<string>): void {
  const n = doc.text.length;
  for (const name in doc.layers) {
    if (before.has(name)) continue;
    if (!stage.assigns.includes(name)) throw new ParallaxError('STAGE_FAILED', `stage "${stage.name}" wrote undeclared layer "${name}"`);
    for (const s of doc.layers[name]!) {
      if (!(s.start >= 0 && s.end <= n && s.start <= s.end)) {
        throw new ParallaxError('STAGE_FAILED', `stage "${stage.name}" wrote a span [${s.start}, ${s.end}) outside the text (length ${n})`);
      }
    }
  }
}

export class Runner {
  constructor(
    readonly stages: Stage[],
    initial: string[] = ['paragraph', 'heading', 'caption', 'dateline'],
  ) {
    checkOrder(stages, initial);
  }

  /** Runs every stage on the doc; throws a coded error naming the stage that failed. */
  run(doc: Doc, validate = true): Doc {
    for (const stage of this.stages) {
      const before = validate ? new Set(Object.keys(doc.layers)) : EMPTY;
      try {
        stage.run(doc);
      } catch (e) {
        if (e instanceof ParallaxError) throw e;
        throw new ParallaxError('STAGE_FAILED', `stage "${stage.name}": ${(e as Error).message}`, { stage: stage.name });
      }
      if (validate) checkOutput(stage, doc, before);
    }
    return doc;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
