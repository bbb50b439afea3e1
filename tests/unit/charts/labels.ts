import type { ChartLabels } from '@/charts/types'

/** The charts' words as the nb UI has them, for the builder tests. */
export const labels: ChartLabels = {
  goal: (n) => `Mål ${n}`,
  items: (n) => (n === 0 ? 'ingen tiltak' : `${n} tiltak`),
  subGoals: (n) => (n === 0 ? 'ingen delmål' : `${n} delmål`),
  goalColumn: 'Mål',
  stack: {
    konsept: 'Konsept/mandat',
    utvikling: 'Utvikling og begrenset utprøving',
    tilpasning: 'Tilpasning og utvidet utprøving',
    innforing: 'Innføring',
    'i-bruk': 'Ny praksis i bruk',
    none: 'Uten fase',
    planned: 'Planlagt',
    tentative: 'Tentativ',
    unknown: 'Ukjent status',
  },
  phase: 'Fase',
  status: 'Status',
  year: 'Startår',
  noStart: 'Uten start',
  actor: 'Aktør',
  total: 'Totalt',
  itemCount: 'Antall tiltak',
  hierarchyName: 'Mål, delmål og gruppering',
  level: 'Nivå',
  kind: { goal: 'Mål', subGoal: 'Delmål', grouping: 'Gruppering', noSubGoal: 'Uten delmål' },
  noSubGoal: 'Uten delmål',
  titles: {
    goalStage: (by) => (by === 'phase' ? 'Tiltak per mål og fase' : 'Tiltak per mål og planleggingsstatus'),
    startYear: 'Tiltak per startår og mål',
    actorGoal: 'Tiltak per aktør og mål',
    hierarchy: 'Mål, delmål og grupperinger',
  },
}

export const HOSTILE = '<img src=x onerror=alert(1)>'
export const HOSTILE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;'
