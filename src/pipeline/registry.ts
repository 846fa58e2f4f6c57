/**
 * The one list of built-in per-article stages, in order. Ingest (readers, repair, cleaning, metadata)
 * makes the Doc; the stages below annotate it. Later stages (read, extract) are added here, and only here.
 */
import { extractStage } from '../extract/stage.js';
import { readStage } from '../read/stage.js';
import type { Stage } from './stage.js';

export function builtinStages(): Stage[] {
  return [
    readStage, // sentences, entities, roles, time expressions; infers the date of an undated article
    extractStage, // events and quotes
  ];
}
