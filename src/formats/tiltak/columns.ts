/** The measures table's columns («Mål», «Målsetting», «Hvem», «Hva skal skje i 2024?» …). */
import { headerKey, type ColumnSynonyms } from '../columns'
import type { TiltakColumn } from './reader'

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

/** Columns a header must have to be read as a measures table (each inner list: any one of them). */
export const TILTAK_REQUIRED: TiltakColumn[][] = [['actor'], ['activity', 'service']]

/** The plan year a tiltak header names ("Hva skal skje i 2024?"), if any. */
export function planYearOf(header: readonly string[]): number | undefined {
  for (const h of header) {
    const m = ACTIVITY_FOR_YEAR.exec(headerKey(h))
    const year = m?.[1] ?? m?.[2]
    if (year) return Number(year)
  }
  return undefined
}
