/** `parallax ingest PATH…|-`: a progress bar on a terminal, a summary, and exit 1 when anything failed. */
import { resolve } from 'node:path';
import { ingestBytes, ingestPaths, type IngestSummary } from '../ingest/batch.js';
import { DEFAULT_MAX_BYTES } from '../ingest/readers/sources.js';
import type { Repository } from '../store/repository.js';
import { readAll, type CliIO } from './io.js';

export interface IngestFlags {
  json: boolean;
  maxBytes?: number;
  format?: string;
}

export async function runIngest(paths: string[], store: Repository, io: CliIO, flags: IngestFlags): Promise<number> {
  const progress = !flags.json && io.stderr.isTTY === true;
  const onProgress = progress
    ? (done: number, path: string): void => void io.stderr.write(`\r\x1b[2K[${'#'.repeat(Math.min(30, done % 31)).padEnd(30)}] ${done} read · ${path.slice(-50)}`)
    : undefined;
  const opts = { maxBytes: flags.maxBytes ?? DEFAULT_MAX_BYTES, onProgress };
  let summary: IngestSummary;
  if (paths.length === 1 && paths[0] === '-') {
    const bytes = await readAll(io.stdin);
    summary = await ingestBytes(bytes, `stdin.${flags.format ?? 'txt'}`, store, opts);
    if (bytes.length === 0) summary.failed.push({ path: 'stdin', code: 'EMPTY', reason: 'nothing came on standard input' });
  } else {
    summary = await ingestPaths(paths.map((p) => resolve(io.cwd, p)), store, opts);
  }
  if (progress) io.stderr.write('\r\x1b[2K');
  report(summary, io, flags.json);
  return summary.failed.length > 0 ? 1 : 0;
}

function report(s: IngestSummary, io: CliIO, json: boolean): void {
  if (!json) {
    io.stdout.write(`ingested ${s.ingested} · duplicates ${s.duplicates} · failed ${s.failed.length}${s.skipped.length ? ` · skipped ${s.skipped.length}` : ''}\n`);
    for (const f of s.failed) io.stdout.write(`  FAILED ${f.path}: ${f.code}: ${f.reason}\n`);
    for (const k of s.skipped) io.stdout.write(`  skipped ${k.path}: ${k.reason}\n`);
    for (const n of s.notes) io.stdout.write(`  note ${n.path}: ${n.code}: ${n.reason}\n`);
    if (s.redated) io.stdout.write(`  ${s.redated} stored article${s.redated > 1 ? 's' : ''} dated from other articles (see \`parallax show\`)\n`);
    return;
  }
  io.stdout.write(JSON.stringify({ ingested: s.ingested, duplicates: s.duplicates, failed: s.failed, skipped: s.skipped, notes: s.notes, redated: s.redated ?? 0 }) + '\n');
}
