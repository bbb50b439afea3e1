/** Text helpers shared by matching, search and validation. */

const FOLDS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ð: 'd', þ: 'th', ß: 'ss' }

/** Any character beyond ASCII. */
const NON_ASCII = /[\u0080-\uffff]/

/**
 * Lower-case, diacritics-free form for comparisons: `Sør-Øst` → `sor-ost`, `Mål` → `mal`.
 * Norwegian letters are folded by hand because NFD does not decompose æ and ø.
 */
export function foldText(text: string): string {
  // Plain ASCII (most text): nothing to fold but the case.
  if (!NON_ASCII.test(text)) return text.toLowerCase()
  const folded = text.toLowerCase().replace(/[æøåðþß]/g, (c) => FOLDS[c] ?? c)
  // Most text is plain ASCII once æøå are folded; NFD is the costly step (search over 100 000
  // items folds every title and description once), so it runs only where it can change something.
  return NON_ASCII.test(folded) ? folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : folded
}

/** Text that squashing changes: white space at an end, in a run, or other than a plain space. */
const UNSQUASHED = /^\s|\s$|[^\S ]| {2}/

/** Collapses runs of white space and trims. */
export function squashSpaces(text: string): string {
  // Most cells are clean already; testing is about twice as fast as rebuilding them.
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}

/** A URL- and key-safe slug: `Helse Sør-Øst RHF` → `helse-sor-ost-rhf`. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The source marks uncertainty with a question mark in the cell. */
export function isUncertainText(text: string | undefined): boolean {
  return text !== undefined && text.includes('?')
}

const PLACEHOLDERS = [/kommer tilbake/i, /^tbd$/i, /^x+$/i, /^-+$/, /^\.+$/]

/** Text that stands in for content not yet given ("Kommer tilbake med innspill"). */
export function isPlaceholderText(text: string | undefined): boolean {
  return text !== undefined && PLACEHOLDERS.some((re) => re.test(text.trim()))
}

/** A short, stable, non-cryptographic hash (FNV-1a, 32 bit) as 8 hex digits. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
