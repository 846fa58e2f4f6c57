/** Public shapes of the roles reader. */

export interface Span { start: number; end: number; text: string }
export interface PlaceSpan extends Span { demonymOf?: string }

export interface RoleMention {
  /** The person mention the office is tied to. */
  person: Span;
  /** Normalised office in canonical wording ("Foreign Minister of China"). */
  office: string;
  /** The words as written ("the head of Russia’s Security Council"), spanning start..end. */
  surface: string;
  start: number;
  end: number;
  /** 'premodifier' | 'apposition' | 'copula' | 'possessive' (office of a possessor: "Biden’s adviser X"). */
  rule: string;
  /** "former", "ex-", "then-": not held at the time the article speaks of (then-: held at the time told). */
  former: boolean;
  /** Which marker made it former, when one did. */
  marker?: 'former' | 'then';
  confidence: number;
  /** Country the office belongs to, when it has one. */
  country?: string | null;
  /** A title that needs a country but got none in this text ("President X"); see qualifyOffices. */
  unqualified?: boolean;
}

/** An office or descriptor phrase not tied to a name here ("the Chinese Foreign Minister visited"), or a descriptor
 *  tied to one ("China’s top diplomat Wang Yi"): material for the caller to alias to the nearest named person. */
export interface OfficeDescription {
  surface: string;
  start: number;
  end: number;
  /** Canonical office when the phrase names one; null for descriptors ("top diplomat"). */
  office: string | null;
  /** The descriptor ("top diplomat") when the phrase is one. */
  description: string | null;
  country: string | null;
  former: boolean;
  /** The person the phrase is attached to (descriptors only), or null. */
  person: Span | null;
}

export interface RoleAssertion {
  person: string;
  office: string;
  /** The date the article speaks of, ISO with its precision (YYYY-MM-DD, YYYY-MM or YYYY). */
  asOf: string | null;
  article: string;
  /** Set when the article says the person no longer holds it ("former"): evidence against holding at asOf. */
  former?: boolean;
}

export interface WhoHeldAnswer {
  person: string | null;
  evidence: RoleAssertion[];
  candidates: Array<{ person: string; nearest: string | null }>;
}
