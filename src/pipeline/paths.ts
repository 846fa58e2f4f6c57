/** Locates files shipped in the repository (lexicons, models, samples) from both src/ and dist/src/. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lexicons'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the Parallax repository root (package.json with lexicons/) above ' + fileURLToPath(import.meta.url));
}

export const REPO_ROOT = findRoot();

export function repoPath(rel: string): string {
  return resolve(REPO_ROOT, rel);
}

/** Where the third-party data sits: ../shared beside the repository, or $PARALLAX_SHARED. */
export function sharedPath(rel = ''): string {
  return resolve(process.env['PARALLAX_SHARED'] ?? resolve(REPO_ROOT, '..', 'shared'), rel);
}
