/** The table formats Veikart recognises, by their columns. */
import type { GoalColumn } from '@/domain/goals'
import type { TiltakColumn } from '@/domain/tiltak'
import type { DatasetKind } from '@/domain/types'
import { headerKey, type ColumnSynonyms } from './columns'

/** "Hva skal skje i 2024?", "Skal skje i 2024?", "What happens in 2024?" → the year. */
const ACTIVITY_FOR_YEAR = /^(?:hva)?skalskjei(\d{4})$|^whathappensin(\d{4})$/

export const TILTAK_COLUMNS: ColumnSynonyms<TiltakColumn> = {
  goal: ['Mål', 'Goal', 'Strategisk mål', 'Strategic goal'],
  subGoal: [
    'Målsetting',
    'Delmål',
    'Strategisk initiativ',
    'Initiativ',
    'Sub-goal',
    'Objective',
    'Initiative',
  ],
  condition: ['Forutsetning', 'Forutsetninger', 'Betingelse', 'Condition', 'Conditions'],
  note: ['Merknad', 'Kommentar', 'Note', 'Remark'],
  actor: ['Hvem', 'Aktør', 'Eier', 'Actor', 'Owner', 'Who'],
  service: ['Tjeneste', 'Service'],
  activity: [ACTIVITY_FOR_YEAR, 'Aktivitet', 'Tiltak', 'Activity', 'Hva skal skje'],
  period: ['Totalperiode', 'Periode', 'Period', 'Total period'],
}

export const GOAL_COLUMNS: ColumnSynonyms<GoalColumn> = {
  number: ['Nummer', 'Nr', 'Målnummer', 'Number', 'Mål', 'Goal'],
  title: ['Tittel', 'Navn', 'Title', 'Name'],
  description: ['Beskrivelse', 'Description'],
}

/** Table kinds; a strategy plan has several tables, of which goals is read so far. */
export type TableKind = 'tiltak' | 'strategy-goals'

export function datasetKindOf(table: TableKind): DatasetKind {
  return table === 'tiltak' ? 'tiltak' : 'strategy'
}

/** Recognises a table by its header, or `null`. */
export function detectTableKind(header: readonly string[]): TableKind | null {
  const keys = header.map(headerKey)
  const has = (names: (string | RegExp)[]): boolean =>
    keys.some((k) => names.some((n) => (typeof n === 'string' ? headerKey(n) === k : n.test(k))))
  if (has(TILTAK_COLUMNS.actor) && (has(TILTAK_COLUMNS.activity) || has(TILTAK_COLUMNS.service)))
    return 'tiltak'
  if (has(GOAL_COLUMNS.number) && has(GOAL_COLUMNS.title)) return 'strategy-goals'
  return null
}

/** The plan year a tiltak header names ("Hva skal skje i 2024?"), if any. */
export function planYearOf(header: readonly string[]): number | undefined {
  for (const h of header) {
    const m = ACTIVITY_FOR_YEAR.exec(headerKey(h))
    const year = m?.[1] ?? m?.[2]
    if (year) return Number(year)
  }
  return undefined
}
