/** The strategy plan's four tables: goals, initiatives, indicators and measurements. */
import type { ColumnSynonyms } from '../columns'
import type { GoalColumn } from './goals-reader'
import type { IndicatorColumn, InitiativeColumn, MeasurementColumn } from './reader'

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
