/**
 * Formula (CSV) injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@`
 * (and, in some programs, tab or CR followed by one of them) as a formula. Export prefixes such
 * cells with `'`, which Excel and LibreOffice read as "this is text"; import strips that prefix
 * again, so export → import gives back the same text.
 *
 * Two deliberate extensions of the bare rule, both needed for an exact round trip:
 * - A plain number (`-3`, `+47`, `-0,5`, `-1 234,5`, `-12.5`, `-12,5 %`) is not a formula and
 *   stays as it is, so numbers stay numbers in the spreadsheet.
 * - A cell that already starts with `'` before a trigger (`'=1`) gets one more `'` (`''=1`);
 *   otherwise import could not tell it from a neutralised `=1`.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

/** Signed numbers as Norwegian and English spreadsheets write them, with optional thousands groups. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,]\d+)?(?:[ \u00a0]?%)?$/

/** True when a spreadsheet could run the cell as a formula (after any `'` prefixes). */
function needsPrefix(cell: string): boolean {
  const body = cell.replace(/^'+/, '')
  const first = body[0]
  return first !== undefined && TRIGGERS.has(first) && !PLAIN_NUMBER.test(body)
}

/** The cell made safe to open in a spreadsheet: `=SUM(A1)` → `'=SUM(A1)`; numbers and other text unchanged. */
export function neutraliseFormula(cell: string): string {
  return needsPrefix(cell) ? `'${cell}` : cell
}

/**
 * The inverse the importer applies: strips the `'` that `neutraliseFormula` added
 * (`'=SUM(A1)` → `=SUM(A1)`, `''=1` → `'=1`). A `'` before anything else (`'-3`, `'abc`) is kept.
 */
export function restoreNeutralisedCell(cell: string): string {
  return cell.startsWith("'") && needsPrefix(cell.slice(1)) ? cell.slice(1) : cell
}
