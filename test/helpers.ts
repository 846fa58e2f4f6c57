/** Test helpers: a fake CLI io, the shared data folder (tests that need it skip when it is absent), attributions as strings. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../src/cli/io.js';
import { findAttributions } from '../src/extract/quotes/index.js';

export const SHARED = resolve(process.env['PARALLAX_SHARED'] ?? resolve(process.cwd(), '..', 'shared'));
export const sharedDir = (rel: string): string | null => {
  const p = resolve(SHARED, rel);
  return existsSync(p) ? p : null;
};

/** A fresh temporary folder, removed when the test process exits (each test file runs in its own process). */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `parallax-${prefix}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function fakeIO(cwd: string, stdin = ''): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: (async function* () {
      if (stdin) yield Buffer.from(stdin);
    })(),
    cwd,
    env: {},
    out: () => out,
    err: () => err,
  };
}

export function lastJson(s: string): Record<string, unknown> {
  const lines = s.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}

/** Attributions found in `text`, as the strings of their source, cue and content spans (for rule tables). */
export interface Seen { source: string | null; cue: string | null; content: string[] }
export function readAttributions(text: string): Seen[] {
  const s = (x: { start: number; end: number } | null): string | null => (x ? text.slice(x.start, x.end) : null);
  return findAttributions(text).map((a) => ({ source: s(a.source), cue: s(a.cue), content: a.content.map((c) => text.slice(c.start, c.end)) }));
}
