/** Public shapes of the quote extractor. Offsets are UTF-16, end-exclusive, into the text given. */
export interface QuoteSpan { start: number; end: number }

export interface Attribution {
  /** Words inside quotation marks make up the content (wholly, or a quoted stretch of several words). */
  direct: boolean;
  /** One or more pieces: split quotes, quotes running over paragraphs, partial quotes inside reported speech. */
  content: QuoteSpan[];
  /** The speaker mention as written ("he", "Kremlin spokesman Dmitry Peskov"); resolution happens later. */
  source: QuoteSpan | null;
  /** The attribution cue ("said", "according to", "was quoted as saying", "described as"). */
  cue: QuoteSpan | null;
  /** Who was spoken to: "told Lavrov" → "Lavrov". */
  addressee: QuoteSpan | null;
  /** The outlet that relayed the words: "… by news agency Sputnik" → "Sputnik". */
  via: QuoteSpan | null;
  /** The outlet's own stance toward the words when the text states one ('false', 'doubt', 'insist'). */
  stance: string | null;
  confidence: number;
}

/** A word or punctuation token. `lo` is the lower-cased text; `para` counts line breaks before it. */
export interface Tok {
  s: number;
  e: number;
  t: string;
  lo: string;
  cap: boolean;
  word: boolean;
  /** May start a cue: a cue-lexicon word or owner noun (vocab.ts), a colon or a dash. */
  cue: boolean;
  para: number;
  /** Sentence index (sentences never cross a paragraph break). */
  sent: number;
  /** Index of the quotation containing this token, or -1; the marks themselves belong to it. */
  q: number;
}

/** A stretch of text between paired quotation marks, marks included. */
export interface QuoteMark {
  s: number;
  e: number;
  /** First and last token index (marks included). */
  a: number;
  b: number;
  para: number;
  words: number;
  /** Closed only by the end of its paragraph. */
  runsOn: boolean;
  /** Index of the quotation this one continues (previous paragraph left it open), or -1. */
  cont: number;
}

/** A cue found in the text: token range [a, b], the verb's lexical class and stance. */
export interface Cue {
  a: number;
  b: number;
  /** Token index of the reporting verb itself (or of "according"). */
  head: number;
  lemma: string;
  cls: 'speech' | 'belief' | 'evidence' | 'evaluative' | 'according' | 'quoted';
  form: 'base' | 's' | 'past' | 'ing' | 'pp';
  stance: string | null;
  /** "was asked", "is expected": the subject is not the source; "by X", when present, is. */
  passive?: boolean;
  /** A noun with its owner before it ("Trump’s claim that …"): `owner` is the owner's last token. */
  owner?: number;
}
