/**
 * Dates in news text, resolved against the article's own date (findTimes), and the publication date of an
 * undated article inferred from what it says (inferPublished).
 */
export type { DatePrecision, PublishedInference, TimeMention, TimexType } from './types.js';
export { findTimes, scanTimes } from './find.js';
export type { TimeScan } from './find.js';
export { inferPublished } from './published.js';
