/**
 * Roles: offices and titles tied to person mentions, normalised so that wordings of one office compare equal,
 * and "who held OFFICE on DATE" answered from the assertions collected across articles.
 */
export type { RoleMention, RoleAssertion, OfficeDescription, WhoHeldAnswer, Span, PlaceSpan } from './types.js';
export { findRoles, samePerson } from './find.js';
export { findDescriptions } from './describe.js';
export { normaliseOffice, parseOffice, type ParsedOffice, type OfficeContext } from './normalise.js';
export { whoHeld, qualifyOffices, dayInterval } from './held.js';
