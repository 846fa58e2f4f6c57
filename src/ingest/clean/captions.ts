/** Photo captions: recognised by their credit line, which news sites print in a few fixed shapes. */

// "(Xinhua/Cao Yang)", "(AP Photo/Jane Doe)", "(Photo: Getty Images)", "(Reuters/Name)", "(Credit: …)".
const CREDIT_PAREN = /\((?:(?:photo|image|picture|credit|file photo|video grab)s?\s*(?:by|:)\s*[^)]{2,60}|[\p{Lu}][\p{L}\p{N} .&'’-]{0,30}\s?(?:photo|pool)?\s?\/\s?[\p{Lu}][\p{L} .'’-]{1,50})\)\s*$/iu;
// "… REUTERS/Jane Doe", "… AFP via Getty Images", "Photo: Jane Doe/AP".
const CREDIT_TAIL = /(?:\b(?:REUTERS|AFP|AP|EPA|XINHUA|GETTY IMAGES|SPUTNIK|TASS|ANADOLU)\/[\p{Lu}][\p{L} .'’-]{1,50}|\bvia getty images|\b(?:photo|photograph|image|picture)\s*(?:credit)?\s*:\s*[^.]{2,60})\s*$/iu;
const CREDIT_LEAD = /^(?:photo|photograph|image|file photo|caption)\s*:\s*\S/iu;

export function isCaption(line: string): boolean {
  const t = line.trim();
  if (t.length < 12 || t.length > 600) return false;
  // Credits sit at the end: test only the tail so the unanchored patterns stay linear.
  const tail = t.slice(-120);
  if (tail.endsWith(')') && CREDIT_PAREN.test(tail)) return true;
  if (/[/:]|getty/i.test(tail) && CREDIT_TAIL.test(tail)) return true;
  return CREDIT_LEAD.test(t);
}

/** The credit inside a caption, e.g. "Xinhua/Cao Yang" (its agency part names an outlet). */
export function captionCredit(line: string): { agency: string | null; photographer: string | null } | null {
  const m = /\(([^()/]{2,40})\/([^()]{2,60})\)\s*$/u.exec(line.trim());
  if (!m) return null;
  const agency = m[1]!.replace(/\s*photo$/i, '').trim();
  return { agency: agency || null, photographer: m[2]!.trim() };
}
