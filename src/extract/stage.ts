/**
 * The extract stage: events (who did what with whom, where, when, did it happen) and attributions
 * (who said what, through whom), each a span with its evidence, speakers and participants as the
 * article's canonical entities.
 */
import type { Doc, Span } from '../model/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { extractEvents } from './events/index.js';
import { findAttributions } from './quotes/index.js';
import { entityIn, resolveSpeaker, speakerIndex } from './quotes/speaker.js';

const STAGE = 'extract';

function eventLayer(doc: Doc): Span[] {
  return extractEvents(doc).map((e) => ({
    start: e.trigger.start,
    end: e.trigger.end,
    label: e.kind,
    data: { kind: e.kind, cameo: e.cameo, plover: e.plover, participants: e.participants, place: e.place, date: e.date, status: e.status, evidence: e.evidence, ...(e.virtual ? { virtual: true } : {}) },
    prov: { stage: STAGE, rule: 'event-triggers', confidence: e.confidence, ...(e.date.implied ? { implied: ['date'] } : { stated: ['date'] }) },
  }));
}

function quoteLayer(doc: Doc): Span[] {
  const found = findAttributions(doc.text);
  const out: Span[] = [];
  if (found.length === 0) return out;
  const ix = speakerIndex(doc, found.filter((a) => a.direct).flatMap((a) => a.content));
  const slice = (s: { start: number; end: number } | null): string | null => (s ? doc.text.slice(s.start, s.end) : null);
  for (const a of found) {
    if (a.content.length === 0) continue;
    const speaker = resolveSpeaker(ix, a);
    const via = a.via ? (entityIn(ix, a.via)?.name ?? slice(a.via)) : null;
    out.push({
      start: a.content[0]!.start,
      end: a.content[a.content.length - 1]!.end,
      label: a.direct ? 'direct' : 'reported',
      data: {
        direct: a.direct,
        content: a.content,
        text: a.content.map((c) => doc.text.slice(c.start, c.end)).join(' … '),
        speaker,
        source: a.source,
        cue: slice(a.cue),
        addressee: a.addressee ? (entityIn(ix, a.addressee)?.name ?? slice(a.addressee)) : null,
        via,
        stance: a.stance,
      },
      prov: { stage: STAGE, rule: a.direct ? 'direct-quote' : 'reported-speech', confidence: a.confidence },
    });
  }
  return out;
}

export const extractStage: Stage = {
  name: STAGE,
  requires: ['sentence', 'entity', 'time'],
  assigns: ['event', 'quote'],
  run(doc: Doc): void {
    doc.layers['event'] = eventLayer(doc);
    doc.layers['quote'] = quoteLayer(doc);
  },
};
