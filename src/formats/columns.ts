/**
 * Header → column mapping. Headers match case-, whitespace-, punctuation- and
 * diacritics-insensitively, in Norwegian or English, with synonyms.
 */
import { restoreNeutralisedCell } from '@/domain/formula'
import { foldText } from '@/domain/text'

/** What a column may be called; a pattern matches the header's folded, letters-only form. */
export type ColumnSynonyms<K extends string> = Record<K, (string | RegExp)[]>

/** `Hva skal skje i 2024?` → `hvaskalskjei2024`. */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '')
}

export interface ColumnMapping<K extends string> {
  /** Column index per recognised column. */
  indexOf: Partial<Record<K, number>>
  /** Header text per recognised column, for messages. */
  names: Partial<Record<K, string>>
  /** Headers that match no column; kept, and reported. */
  unknown: { index: number; header: string }[]
}

function matches(key: string, synonym: string | RegExp): boolean {
  return typeof synonym === 'string' ? headerKey(synonym) === key : synonym.test(key)
}

/**
 * Maps each header to the first column whose synonyms match it; the first header wins.
 * `overrides` (header index → column, or null for none) is the user's hand-made mapping.
 */
export function mapColumns<K extends string>(
  header: readonly string[],
  synonyms: ColumnSynonyms<K>,
  overrides: Readonly<Record<number, K | null>> = {},
): ColumnMapping<K> {
  const indexOf: Partial<Record<K, number>> = {}
  const names: Partial<Record<K, string>> = {}
  const unknown: { index: number; header: string }[] = []
  header.forEach((text, index) => {
    const key = headerKey(text)
    const column =
      index in overrides
        ? (overrides[index] ?? undefined)
        : (Object.keys(synonyms) as K[]).find((k) => synonyms[k].some((s) => matches(key, s)))
    if (column === undefined || indexOf[column] !== undefined) {
      if (key !== '') unknown.push({ index, header: text })
      return
    }
    indexOf[column] = index
    names[column] = text
  })
  return { indexOf, names, unknown }
}

/**
 * A function that picks the mapped cells of a row, as `pickCells` does; the mapping's entries
 * are listed once instead of once per row (a measurable share of a 100k-row import).
 */
export function createCellPicker<K extends string>(
  mapping: ColumnMapping<K>,
): (cells: readonly string[]) => Partial<Record<K, string>> {
  const entries = Object.entries(mapping.indexOf) as [K, number][]
  return (cells) => {
    const picked: Partial<Record<K, string>> = {}
    for (const [column, index] of entries) picked[column] = restoreNeutralisedCell(cells[index] ?? '')
    return picked
  }
}

/** Picks the mapped cells of one row, undoing export's formula neutralising (`'=…` → `=…`). */
export function pickCells<K extends string>(
  cells: readonly string[],
  mapping: ColumnMapping<K>,
): Partial<Record<K, string>> {
  return createCellPicker(mapping)(cells)
}

/**
 * The cells of unrecognised columns, by header; blank cells are left out. Header and cell are
 * restored from export's formula neutralising, so an extra field named `=x` keeps its name.
 */
export function pickExtra<K extends string>(
  cells: readonly string[],
  mapping: ColumnMapping<K>,
): Record<string, string> | undefined {
  if (mapping.unknown.length === 0) return undefined
  const entries: [string, string][] = []
  for (const { index, header } of mapping.unknown) {
    const value = restoreNeutralisedCell(cells[index]?.trim() ?? '')
    if (value !== '') entries.push([restoreNeutralisedCell(header), value])
  }
  // fromEntries defines own properties: a column named `__proto__` is kept as a field, where an
  // assignment would have set the object's prototype and dropped the value.
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}
