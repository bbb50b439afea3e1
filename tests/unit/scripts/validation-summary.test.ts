import { describe, expect, it } from 'vitest'
import { issue, msg } from '@/domain/import-issue'
import type { RoadmapItem, SubGoal } from '@/domain/types'
import {
  buildValidationItems,
  countDefinitions,
  countValidationItems,
  toValidationIssues,
} from '../../../scripts/validation-summary'
import { item as baseItem } from '../factories'

/** An item of dataset `ds` whose id is `ds/<key>`, as an importer makes it. */
function item(partial: Partial<RoadmapItem> & Pick<RoadmapItem, 'key' | 'goal'>): RoadmapItem {
  return baseItem(`ds/${partial.key}`, { title: partial.key, ...partial })
}

const subGoals: SubGoal[] = [
  { id: 'ds/sg2d', datasetId: 'ds', goal: 2, code: '2D', title: 'Legemiddelliste', conditions: [] },
  { id: 'ds/sg3', datasetId: 'ds', goal: 3, title: 'Helseregistre', conditions: [] },
  { id: 'ds/sg5', datasetId: 'ds', goal: 5, title: 'Uten elementer', conditions: [] },
]

const items: RoadmapItem[] = [
  item({
    key: '20240000000000001',
    goal: 2,
    subGoalId: 'ds/sg2d',
    grouping: 'Legemidler',
    actors: ['Norsk helsenett SF', 'Helse Vest RHF'],
    phase: { from: 'utvikling', to: 'innforing' },
    period: {
      start: { date: '2025-07-01', precision: 'quarter' },
      end: { date: '2026-01-01', precision: 'year' },
      openEnded: false,
    },
    status: 'planned',
    source: { datasetId: 'ds', row: 2 },
  }),
  item({
    key: '20240000000000002',
    goal: 2,
    subGoalId: 'ds/sg2d',
    grouping: 'Legemidler',
    // Hand-made content may repeat an actor; it still counts once for the item.
    actors: ['Norsk helsenett SF', 'Norsk helsenett SF'],
    phase: { from: 'innforing', to: 'innforing' },
    period: { start: { date: '2024-01-01', precision: 'year' }, openEnded: true },
    status: 'tentative',
    source: { datasetId: 'ds', row: 3 },
  }),
  item({
    key: '3-abc12345',
    goal: 3,
    subGoalId: 'ds/sg3',
    grouping: 'Legemidler',
    actors: ['Folkehelseinstituttet'],
    uncertain: true,
    period: { end: { date: '2026-02-01', precision: 'month' }, openEnded: false },
    source: { datasetId: 'ds', row: 5 },
  }),
  item({ key: '1-def67890', goal: 1, subGoalId: 'ds/missing', source: { datasetId: 'ds', row: 7 } }),
]

describe('buildValidationItems', () => {
  it('flattens items: key as id, coded sub-goal label, phase span, start and last day of the end', () => {
    expect(buildValidationItems({ items, subGoals })).toEqual([
      {
        id: '20240000000000001',
        title: '20240000000000001',
        goal: 2,
        subGoal: '2D - Legemiddelliste',
        grouping: 'Legemidler',
        actors: ['Norsk helsenett SF', 'Helse Vest RHF'],
        phase: 'utvikling–innforing',
        start: '2025-07-01',
        end: '2026-12-31',
        openEnded: false,
        status: 'planned',
        row: 2,
      },
      {
        id: '20240000000000002',
        title: '20240000000000002',
        goal: 2,
        subGoal: '2D - Legemiddelliste',
        grouping: 'Legemidler',
        actors: ['Norsk helsenett SF', 'Norsk helsenett SF'],
        phase: 'innforing',
        start: '2024-01-01',
        end: null,
        openEnded: true,
        status: 'tentative',
        row: 3,
      },
      {
        id: '3-abc12345',
        title: '3-abc12345',
        goal: 3,
        subGoal: 'Helseregistre',
        grouping: 'Legemidler',
        actors: ['Folkehelseinstituttet'],
        phase: null,
        start: null,
        end: '2026-02-28',
        openEnded: false,
        status: null,
        row: 5,
      },
      {
        id: '1-def67890',
        title: '1-def67890',
        goal: 1,
        subGoal: null,
        grouping: null,
        actors: [],
        phase: null,
        start: null,
        end: null,
        openEnded: false,
        status: null,
        row: 7,
      },
    ])
  })

  it('gives a day-precision end as that day', () => {
    const [flat] = buildValidationItems({
      items: [
        item({
          key: 'k',
          goal: 4,
          period: { end: { date: '2026-07-01', precision: 'day' }, openEnded: false },
        }),
      ],
      subGoals: [],
    })
    expect(flat?.end).toBe('2026-07-01')
  })
})

describe('countValidationItems', () => {
  it('counts items, distinct goals, sub-goals and (sub-goal, grouping) pairs, and only tentative status', () => {
    expect(countValidationItems(items)).toEqual({
      items: 4,
      goals: 3,
      // ds/missing is referred to by an item, so it counts even though it is not defined.
      subGoals: 3,
      // "Legemidler" under 2D (twice) and under goal 3's sub-goal are two groupings.
      groupings: 2,
      tentative: 1,
      openEnded: 1,
      // An end without a start is a period; only the item with neither counts.
      withoutPeriod: 1,
      byGoal: { '1': 1, '2': 2, '3': 1 },
      byActor: { 'Norsk helsenett SF': 2, Folkehelseinstituttet: 1, 'Helse Vest RHF': 1 },
      actorOnly: {},
    })
  })

  it('orders byGoal by goal and byActor by count, then name', () => {
    const counts = countValidationItems(items)
    expect(Object.keys(counts.byGoal)).toEqual(['1', '2', '3'])
    expect(Object.keys(counts.byActor)).toEqual([
      'Norsk helsenett SF',
      'Folkehelseinstituttet',
      'Helse Vest RHF',
    ])
  })

  it('gives zeros and empty maps for no items', () => {
    expect(countValidationItems([])).toEqual({
      items: 0,
      goals: 0,
      subGoals: 0,
      groupings: 0,
      tentative: 0,
      openEnded: 0,
      withoutPeriod: 0,
      byGoal: {},
      byActor: {},
      actorOnly: {},
    })
  })
})

describe('countDefinitions', () => {
  it('counts what the file defines, also sub-goals no item refers to', () => {
    expect(
      countDefinitions({
        goals: [{ number: 1, title: 'Aktiv medvirkning' }],
        subGoals,
        indicators: [],
        measurements: [],
      }),
    ).toEqual({ goals: 1, subGoals: 3, indicators: 0, measurements: 0 })
  })
})

describe('toValidationIssues', () => {
  it('puts errors first, keeps the import order within a severity and nulls what is not located', () => {
    const issues = [
      issue('warning', 'no-period', msg('flag.noPeriod'), { row: 2, column: 'Periode' }),
      issue('error', 'date-invalid', msg('period.dateInvalid', { text: '31.02' }), {
        row: 3,
        detail: '31.02',
      }),
      issue('warning', 'no-phase', msg('flag.noPhase'), { row: 4, table: 'Ark1' }),
      issue('error', 'format-unknown', msg('table.formatUnknown', { name: 'x.csv' })),
    ]
    expect(toValidationIssues(issues)).toEqual([
      {
        severity: 'error',
        row: 3,
        column: null,
        table: null,
        code: 'date-invalid',
        message: 'Datoen «31.02» finnes ikke.',
        messageEn: 'The date "31.02" does not exist.',
        detail: '31.02',
      },
      {
        severity: 'error',
        row: null,
        column: null,
        table: null,
        code: 'format-unknown',
        message: expect.stringMatching(/^Fant ikke kolonnene til et kjent format i «x\.csv»\. Forventet/),
        messageEn: expect.stringMatching(/^Found no known format's columns in "x\.csv"\. Expected/),
        detail: null,
      },
      {
        severity: 'warning',
        row: 2,
        column: 'Periode',
        table: null,
        code: 'no-period',
        message: 'Ingen periode eller dato oppgitt.',
        messageEn: 'No period or date given.',
        detail: null,
      },
      {
        severity: 'warning',
        row: 4,
        column: null,
        table: 'Ark1',
        code: 'no-phase',
        message: 'Ingen veikartfase oppgitt.',
        messageEn: 'No roadmap phase given.',
        detail: null,
      },
    ])
  })
})
