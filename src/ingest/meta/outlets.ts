/** The outlet lexicon (lexicons/outlets.json): canonical outlet names by alias and by web host. */
import { readFileSync } from 'node:fs';
import { repoPath } from '../../pipeline/paths.js';
import { foldLine } from '../clean/text-norm.js';

interface OutletEntry {
  name: string;
  aliases: string[];
  hosts: string[];
}

export interface OutletLexicon {
  byAlias: Map<string, string>;
  byHost: Map<string, string>;
}

let cached: OutletLexicon | null = null;

export function loadOutlets(): OutletLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(repoPath('lexicons/outlets.json'), 'utf8')) as { outlets: OutletEntry[] };
  const byAlias = new Map<string, string>();
  const byHost = new Map<string, string>();
  for (const o of raw.outlets) {
    for (const a of [o.name, ...o.aliases]) byAlias.set(foldLine(a), o.name);
    for (const h of o.hosts) byHost.set(h.toLowerCase(), o.name);
  }
  cached = { byAlias, byHost };
  return cached;
}

/** The canonical name for an outlet named in text, or null when it is not a known outlet. */
export function knownOutlet(name: string): string | null {
  return loadOutlets().byAlias.get(foldLine(name)) ?? null;
}

/** The outlet for a URL: a known host (or a parent domain of it), else the bare host name. */
export function outletFromUrl(url: string): { name: string; known: boolean } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const lex = loadOutlets();
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = lex.byHost.get(parts.slice(i).join('.'));
    if (hit) return { name: hit, known: true };
  }
  return { name: host.replace(/^www\d?\./, ''), known: false };
}
