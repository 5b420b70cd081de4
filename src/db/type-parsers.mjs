// The one place where result types are normalised, shared by the pg pool and the PGlite
// worker (plain JS so that the worker thread can load it without a TypeScript loader).
// pg returns int8/numeric as strings and intervals as objects; PGlite returns numbers and
// strings. Both are made to return what is written here.

/** PostgreSQL type OIDs whose text form we parse ourselves. */
export const OID = { int8: 20, numeric: 1700, date: 1082, interval: 1186, int8Array: 1016, numericArray: 1231 };

const toNumber = (/** @type {string} */ text) => Number(text);
const keepText = (/** @type {string} */ text) => text;
/** Postgres array literal of numbers, e.g. {1,2,NULL}. */
const toNumberArray = (/** @type {string} */ text) =>
  text === '{}' ? [] : text.slice(1, -1).split(',').map((item) => (item === 'NULL' ? null : Number(item)));

/** @type {Record<number, (text: string) => unknown>} */
export const typeParsers = {
  [OID.int8]: toNumber, // counts: never above 2^53 here
  [OID.numeric]: toNumber, // averages and scores
  [OID.date]: keepText, // 'YYYY-MM-DD': a calendar day, never shifted by a time zone
  [OID.interval]: keepText, // PostgreSQL's text form, e.g. '01:30:00' or '2 days 03:00:00'
  [OID.int8Array]: toNumberArray,
  [OID.numericArray]: toNumberArray,
};
