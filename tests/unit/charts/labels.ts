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
    rhf: 'Spesialisthelsetjenesten',
    kommunal: 'Kommunal',
    statlig: 'Statlig',
    nhn: 'Norsk helsenett',
    nasjonal: 'Nasjonal',
    annet: 'Andre',
    mixed: 'Flere typer',
    noActor: 'Uten aktør',
    all: 'Tiltak',
  },
  phase: 'Fase',
  status: 'Status',
  actorKind: 'Aktørtype',
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
    goalStage: (by) =>
      ({
        phase: 'Tiltak per mål og fase',
        status: 'Tiltak per mål og planleggingsstatus',
        actorKind: 'Tiltak per mål og aktørtype',
        total: 'Tiltak per mål',
      })[by],
    startYear: 'Tiltak per startår og mål',
    actorGoal: 'Tiltak per aktør og mål',
    hierarchy: 'Mål, delmål og grupperinger',
  },
}

export const HOSTILE = '<img src=x onerror=alert(1)>'
export const HOSTILE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;'
