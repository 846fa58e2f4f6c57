/** Whether the event happened, by the modality the text wraps the trigger in. */
import type { EventStatus } from './types.js';

const DENIED = /\b(?:not|never|no|didn['’]t|did not|has not|have not|won['’]t|denied|denies|deny|refused to|declined to|cancel(?:l)?ed|called off)\s+(?:\w+\s+){0,2}$/i;
const REPORT_WOULD = /\b(?:said|says|reported|told|announced|added|stated|expects?|believed|hoped)\b[^.;]{0,60}\bwould\s+(?:\w+\s+){0,1}$/i;
const HYPOTHETICAL = /\b(?:could|might|may|would|if|whether|unless|possible|possibly)\s+(?:\w+\s+){0,3}$/i;
const PLANNED = /\b(?:will|['’]ll|shall|scheduled|expected|expects?|plans?|planned|planning|intends?|intended|set to|due to|to be held|anticipated|upcoming|forthcoming|next|precursor to|ahead of|invited|agreed to|going to|is to|are to|prepar(?:e|es|ing|ations?)(?: for)?|hopes? to|wants? to|seeks? to|proposed)\b(?:[^.;,]{0,40})$/i;
const POST_PLANNED = /^\s*,?\s*(?:(?:is|are|was|were)\s+)?(?:will|scheduled|expected|planned|set|due|slated)\b/i;
const POST_HYPO = /^\s*(?:could|might|may|would)\b/i;
const REPORTED = /\b(?:reportedly|allegedly|according to|was reported|were reported|is said to|are said to|sources said)\b/i;

export interface StatusInput {
  /** Clause text before the trigger. */
  pre: string;
  /** Text right after the trigger. */
  post: string;
  /** Whether the sentence says the event is reported (asked only when nothing nearer decides). */
  reported: () => boolean;
  noun: boolean;
}

export function statusOf(x: StatusInput): EventStatus {
  const pre = x.pre.slice(-90);
  if (DENIED.test(pre)) return 'denied';
  if (REPORT_WOULD.test(pre)) return 'planned';
  if (HYPOTHETICAL.test(pre)) return 'hypothetical';
  if (PLANNED.test(pre)) return 'planned';
  if (x.noun && POST_HYPO.test(x.post)) return 'hypothetical';
  if (x.noun && POST_PLANNED.test(x.post)) return 'planned';
  if (x.reported()) return 'reported';
  return 'occurred';
}

export const isReported = (sentence: string): boolean => REPORTED.test(sentence);

/** Firmness order used when merging mentions of one event. */
export const FIRMNESS: Record<EventStatus, number> = { occurred: 4, reported: 3, planned: 2, hypothetical: 1, denied: 0 };
