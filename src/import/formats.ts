/** The table formats Veikart recognises, by their columns. */
import type { GoalColumn } from '@/domain/goals'
import type { IndicatorColumn, InitiativeColumn, MeasurementColumn } from '@/domain/strategy'
import type { TiltakColumn } from '@/domain/tiltak'
import type { DatasetKind } from '@/domain/types'
import type { VeikartColumn } from '@/domain/veikart'
import {
  PORTFOLIO_COST_COLUMNS,
  PORTFOLIO_DECISION_COLUMNS,
  PORTFOLIO_DEPENDENCY_COLUMNS,
  PORTFOLIO_MEASURE_COLUMNS,
  PORTFOLIO_ROUND_COLUMNS,
} from '@/formats/portfolio/columns'
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

export const GOAL_COLUMNS: ColumnSynonyms<GoalColumn> = {
  number: ['Nummer', 'Nr', 'Målnummer', 'Number', 'Mål', 'Goal'],
  title: ['Tittel', 'Navn', 'Title', 'Name'],
  description: ['Beskrivelse', 'Description'],
}

export const INITIATIVE_COLUMNS: ColumnSynonyms<InitiativeColumn> = {
  goal: ['Mål', 'Goal'],
  code: ['Kode', 'Code'],
  title: ['Tittel', 'Navn', 'Strategisk initiativ', 'Initiativ', 'Title', 'Name', 'Initiative'],
  owner: ['Eier', 'Ansvarlig', 'Aktør', 'Owner'],
  period: ['Periode', 'Totalperiode', 'Period'],
  condition: ['Forutsetning', 'Condition'],
}

export const INDICATOR_COLUMNS: ColumnSynonyms<IndicatorColumn> = {
  goal: ['Mål', 'Goal'],
  name: ['Indikator', 'Målindikator', 'Navn', 'Indicator', 'Name'],
  unit: ['Enhet', 'Unit'],
  baseline: ['Utgangsverdi', 'Startverdi', 'Baseline'],
  baselineYear: ['Utgangsår', 'Basisår', 'Baseline year'],
  target: ['Målverdi', 'Target'],
  targetYear: ['Målår', 'Target year'],
  source: ['Kilde', 'Source'],
}

export const MEASUREMENT_COLUMNS: ColumnSynonyms<MeasurementColumn> = {
  indicator: ['Indikator', 'Målindikator', 'Indicator'],
  period: ['Periode', 'År', 'Period', 'Year'],
  value: ['Verdi', 'Måling', 'Value'],
}

export type TableKind =
  | 'tiltak'
  | 'veikart'
  | 'strategy-goals'
  | 'strategy-initiatives'
  | 'strategy-indicators'
  | 'strategy-measurements'
  | PortfolioTableKind

/** The portfolio's tables; one import may hold several (an XLSX sheet or JSON key each). */
export type PortfolioTableKind =
  | 'portfolio-measures'
  | 'portfolio-dependencies'
  | 'portfolio-costs'
  | 'portfolio-rounds'
  | 'portfolio-decisions'

export function isPortfolioTableKind(kind: TableKind): kind is PortfolioTableKind {
  return kind.startsWith('portfolio-')
}

export const TABLE_KINDS: readonly TableKind[] = [
  'veikart',
  'tiltak',
  'strategy-goals',
  'strategy-initiatives',
  'strategy-indicators',
  'strategy-measurements',
  'portfolio-measures',
  'portfolio-dependencies',
  'portfolio-costs',
  'portfolio-rounds',
  'portfolio-decisions',
]

export function datasetKindOf(table: TableKind): DatasetKind {
  if (isPortfolioTableKind(table)) return 'portfolio'
  return table === 'tiltak' || table === 'veikart' ? table : 'strategy'
}

const SYNONYMS: Record<TableKind, ColumnSynonyms<string>> = {
  tiltak: TILTAK_COLUMNS,
  veikart: VEIKART_COLUMNS,
  'strategy-goals': GOAL_COLUMNS,
  'strategy-initiatives': INITIATIVE_COLUMNS,
  'strategy-indicators': INDICATOR_COLUMNS,
  'strategy-measurements': MEASUREMENT_COLUMNS,
  'portfolio-measures': PORTFOLIO_MEASURE_COLUMNS,
  'portfolio-dependencies': PORTFOLIO_DEPENDENCY_COLUMNS,
  'portfolio-costs': PORTFOLIO_COST_COLUMNS,
  'portfolio-rounds': PORTFOLIO_ROUND_COLUMNS,
  'portfolio-decisions': PORTFOLIO_DECISION_COLUMNS,
}

/** Column synonyms of a table kind. */
export function synonymsOf(kind: TableKind): ColumnSynonyms<string> {
  return SYNONYMS[kind]
}

/** Which columns must be present (each inner list: any one of them). */
const REQUIRED: Record<TableKind, string[][]> = {
  veikart: [['title'], ['phase', 'subGoal', 'id', 'start', 'status']],
  tiltak: [['actor'], ['activity', 'service']],
  'strategy-goals': [['number'], ['title']],
  'strategy-initiatives': [['code'], ['title']],
  'strategy-indicators': [['name'], ['baseline', 'target', 'unit']],
  'strategy-measurements': [['indicator'], ['value']],
  'portfolio-measures': [
    ['name'],
    ['risk', 'previousStatus', 'previousRisk', 'segment', 'budget', 'reportedAt', 'mainGoal'],
  ],
  'portfolio-dependencies': [['measure'], ['dependsOn']],
  'portfolio-costs': [['solution'], ['year'], ['mnok']],
  'portfolio-rounds': [['round'], ['measures', 'red', 'yellow', 'green', 'budget', 'redNames']],
  'portfolio-decisions': [['body', 'meetingDate'], ['caseNumber'], ['title']],
}

function matchedColumns(keys: readonly string[], synonyms: ColumnSynonyms<string>): Set<string> {
  const found = new Set<string>()
  for (const key of keys) {
    for (const [column, names] of Object.entries(synonyms)) {
      if (found.has(column)) continue
      if (names.some((n) => (typeof n === 'string' ? headerKey(n) === key : n.test(key)))) {
        found.add(column)
        break
      }
    }
  }
  return found
}

/** Recognises a table by its header: the kind whose required columns are there and which matches most columns. */
export function detectTableKind(header: readonly string[]): TableKind | null {
  const keys = header.map(headerKey)
  let best: { kind: TableKind; score: number } | null = null
  for (const kind of TABLE_KINDS) {
    const found = matchedColumns(keys, SYNONYMS[kind])
    if (!REQUIRED[kind].every((anyOf) => anyOf.some((c) => found.has(c)))) continue
    if (!best || found.size > best.score) best = { kind, score: found.size }
  }
  return best?.kind ?? null
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
