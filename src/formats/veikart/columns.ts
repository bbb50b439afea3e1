/** The roadmap export's columns («Leveransenavn i veikartet», «Veikartfase» …) and what they may be called. */
import type { ColumnSynonyms } from '../columns'
import type { VeikartColumn } from './reader'

export const VEIKART_COLUMNS: ColumnSynonyms<VeikartColumn> = {
  title: [
    'Leveransenavn i veikartet',
    'Leveransenavn',
    'Leveranse',
    'Navn',
    'Name',
    'Deliverable',
    'Tittel',
    'Title',
  ],
  description: [
    'Beskrivelse av leveranse gant',
    'Beskrivelse av leveranse gantt',
    'Beskrivelse av leveranse',
    'Beskrivelse',
    'Description',
  ],
  phase: ['Veikartfase', 'Fase', 'Phase', 'Roadmap phase'],
  start: ['Startdato', 'Start', 'Start date', 'Fra'],
  end: ['Sluttdato', 'Slutt', 'End date', 'End', 'Til'],
  subGoal: ['Strategisk delmål', 'Delmål', 'Målsetting', 'Sub-goal', 'Strategic sub-goal'],
  grouping: ['Strategi gruppering', 'Strategigruppering', 'Gruppering', 'Grouping', 'Strategy grouping'],
  status: ['Planleggingsstatus', 'Status', 'Planning status'],
  id: ['Leveranse-ID', 'ID', 'Deliverable ID'],
  version: ['Versjon', 'Version'],
  actor: ['Aktør', 'Hvem', 'Eier', 'Actor', 'Owner'],
  goal: ['Mål', 'Goal'],
}

/** Columns a header must have to be read as a roadmap export (each inner list: any one of them). */
export const VEIKART_REQUIRED: VeikartColumn[][] = [['title'], ['phase', 'subGoal', 'id', 'start', 'status']]
