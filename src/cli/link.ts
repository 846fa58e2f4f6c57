/** `parallax clusters`, `parallax lineage`: which articles report the same event, and which retell which. */
import type { Doc } from '../model/doc.js';
import { clusterArticles } from '../link/cluster.js';
import { linkEvents } from '../link/events.js';
import { findLineage } from '../link/lineage.js';
import { allDocs, type Repository } from '../store/repository.js';
import type { CliIO } from './io.js';


const label = (d: Doc | undefined, id: string): string => (d ? `${id}  ${d.meta.published.value ?? '-'}  ${d.meta.outlet ?? '-'}  ${d.meta.title ?? d.meta.source}` : id);

export async function runClusters(store: Repository, io: CliIO, json: boolean): Promise<number> {
  const docs = await allDocs(store);
  const clusters = clusterArticles(docs, linkEvents(docs));
  if (json) {
    io.stdout.write(JSON.stringify({ clusters }) + '\n');
    return 0;
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  clusters.storylines.forEach((story, i) => {
    io.stdout.write(`storyline ${i + 1} (${story.length} articles)\n`);
    for (const group of clusters.events.filter((g) => g.every((id) => story.includes(id)))) {
      io.stdout.write(`  same event:\n${group.map((id) => `    ${label(byId.get(id), id)}`).join('\n')}\n`);
    }
  });
  return 0;
}

export async function runLineage(store: Repository, io: CliIO, json: boolean): Promise<number> {
  const docs = await allDocs(store);
  const lineage = findLineage(docs);
  if (json) {
    io.stdout.write(JSON.stringify({ lineage }) + '\n');
    return 0;
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  if (lineage.length === 0) io.stdout.write('no article retells another\n');
  for (const l of lineage) {
    io.stdout.write(`${label(byId.get(l.article), l.article)}\n  derived from ${label(byId.get(l.derived_from), l.derived_from)}\n`);
    io.stdout.write(`  shares ${l.shared.length} sentences; adds ${l.added.length}:\n${l.added.map((a) => `    + ${a}`).join('\n')}\n`);
  }
  return 0;
}
