import { describe, expect, it } from 'vitest'
import {
  countByActorAndGoal,
  countByGoalAndStage,
  countByGoalHierarchy,
  countByStartYearAndGoal,
  goalStageDimension,
  type HierarchyNode,
} from '@/domain/chart-data'
import { loadBundledDatasets } from '@/import/bundled-data'
import { goals, item, subGoal } from '../charts/fixtures'

describe('countByGoalAndStage', () => {
  it('counts a phase span under its starting phase, and items without phase as "none"', () => {
    const data = countByGoalAndStage(
      [
        item({ id: 'a', goal: 1, phase: { from: 'konsept', to: 'utvikling' } }),
        item({ id: 'b', goal: 1, phase: { from: 'innforing', to: 'innforing' } }),
        item({ id: 'c', goal: 2 }),
        item({ id: 'd', goal: 2, phase: { from: 'tilpasning', to: 'i-bruk' } }),
        item({ id: 'e', goal: 5, phase: { from: 'konsept', to: 'konsept' }, status: 'planned' }),
      ],
      goals,
    )
    expect(data.by).toBe('phase')
    expect(data.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5])
    expect(data.stacks).toEqual([
      { key: 'konsept', counts: [1, 0, 0, 0, 1] },
      { key: 'utvikling', counts: [0, 0, 0, 0, 0] },
      { key: 'tilpasning', counts: [0, 1, 0, 0, 0] },
      { key: 'innforing', counts: [1, 0, 0, 0, 0] },
      { key: 'i-bruk', counts: [0, 0, 0, 0, 0] },
      { key: 'none', counts: [0, 1, 0, 0, 0] },
    ])
    expect(data.totals).toEqual([2, 2, 0, 0, 1])
  })

  it('counts by planning status when no item has a phase; no status is "unknown"', () => {
    const data = countByGoalAndStage(
      [
        item({ id: 'a', goal: 3, status: 'planned' }),
        item({ id: 'b', goal: 3, status: 'tentative', uncertain: true }),
        item({ id: 'c', goal: 3 }),
        item({ id: 'd', goal: 4, uncertain: true }),
      ],
      goals,
    )
    expect(data.by).toBe('status')
    expect(data.stacks).toEqual([
      { key: 'planned', counts: [0, 0, 1, 0, 0] },
      { key: 'tentative', counts: [0, 0, 1, 0, 0] },
      { key: 'unknown', counts: [0, 0, 1, 1, 0] },
    ])
    expect(data.totals).toEqual([0, 0, 3, 1, 0])
  })

  it('counts by the kind of the actors when no item has a phase or a status, never all "unknown"', () => {
    const data = countByGoalAndStage(
      [
        item({ id: 'a', goal: 1, actors: ['Helse Vest RHF', 'Helse Nord RHF'] }),
        item({ id: 'b', goal: 1, actors: ['Helse Vest RHF', 'KS'] }),
        item({ id: 'c', goal: 2, actors: ['Norsk helsenett'] }),
        item({ id: 'd', goal: 2 }),
      ],
      goals,
    )
    expect(data.by).toBe('actorKind')
    // Only the kinds some item has: a legend of empty kinds would say nothing.
    expect(data.stacks).toEqual([
      { key: 'rhf', counts: [1, 0, 0, 0, 0] },
      { key: 'nhn', counts: [0, 1, 0, 0, 0] },
      { key: 'mixed', counts: [1, 0, 0, 0, 0] },
      { key: 'noActor', counts: [0, 1, 0, 0, 0] },
    ])
    expect(data.totals).toEqual([2, 2, 0, 0, 0])
  })

  it('chooses the first dimension some item has: phase, status, actor kind, else plain totals', () => {
    const withActor = { actors: ['KS'] }
    expect(goalStageDimension([item({ id: 'a', goal: 1, phase: { from: 'konsept', to: 'konsept' } })])).toBe(
      'phase',
    )
    expect(goalStageDimension([item({ id: 'a', goal: 1, status: 'tentative', ...withActor })])).toBe('status')
    expect(goalStageDimension([item({ id: 'a', goal: 1, ...withActor }), item({ id: 'b', goal: 2 })])).toBe(
      'actorKind',
    )
    expect(goalStageDimension([item({ id: 'a', goal: 1, uncertain: true })])).toBe('total')
    const plain = countByGoalAndStage([item({ id: 'a', goal: 4 })], goals)
    expect(plain.stacks).toEqual([{ key: 'all', counts: [0, 0, 0, 1, 0] }])
  })

  it('gives all five goals, placeholders with no title when the strategy is not loaded, for no items', () => {
    const data = countByGoalAndStage([], [])
    expect(data.by).toBe('total')
    expect(data.goals).toEqual(
      ([1, 2, 3, 4, 5] as const).map((number) => ({ number, title: '', placeholder: true })),
    )
    expect(data.totals).toEqual([0, 0, 0, 0, 0])
  })
})

describe('countByStartYearAndGoal', () => {
  it('fills the years between the first and last start, and puts "no start" last', () => {
    const data = countByStartYearAndGoal(
      [
        item({ id: 'a', goal: 1, startYear: 2024 }),
        item({ id: 'b', goal: 1, startYear: 2021 }),
        item({ id: 'c', goal: 2, startYear: 2024 }),
        item({ id: 'd', goal: 5 }),
        item({ id: 'e', goal: 1, startYear: 2024 }),
      ],
      goals,
    )
    expect(data.years).toEqual([2021, 2022, 2023, 2024, null])
    expect(data.counts).toEqual([
      [1, 0, 0, 2, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
    ])
    expect(data.totals).toEqual([1, 0, 0, 3, 1])
  })

  it('has no "no start" column when every item starts, and no columns for no items', () => {
    expect(countByStartYearAndGoal([item({ id: 'a', goal: 1, startYear: 2026 })], goals).years).toEqual([
      2026,
    ])
    expect(countByStartYearAndGoal([], goals)).toMatchObject({ years: [], totals: [] })
  })
})

describe('countByActorAndGoal', () => {
  it('counts an item once for each distinct actor, most items first, then by name', () => {
    const data = countByActorAndGoal(
      [
        item({ id: 'a', goal: 1, actors: ['Helse Nord RHF', 'KS'], actorIds: ['helse-nord-rhf', 'ks'] }),
        item({ id: 'b', goal: 2, actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'] }),
        item({
          id: 'c',
          goal: 2,
          actors: ['Norsk helsenett SF', 'Norsk helsenett SF'],
          actorIds: ['norsk-helsenett-sf', 'norsk-helsenett-sf'],
        }),
        item({ id: 'd', goal: 4, actors: ['Øvrige RHF'], actorIds: ['ovrige-rhf'] }),
        item({ id: 'e', goal: 4 }),
      ],
      goals,
    )
    expect(data.actors).toEqual([
      { id: 'helse-nord-rhf', name: 'Helse Nord RHF', counts: [1, 1, 0, 0, 0], total: 2 },
      { id: 'ks', name: 'KS', counts: [1, 0, 0, 0, 0], total: 1 },
      { id: 'norsk-helsenett-sf', name: 'Norsk helsenett SF', counts: [0, 1, 0, 0, 0], total: 1 },
      { id: 'ovrige-rhf', name: 'Øvrige RHF', counts: [0, 0, 0, 1, 0], total: 1 },
    ])
  })
})

describe('countByGoalHierarchy', () => {
  it('nests goal → sub-goal → grouping with counts, keeps empty sub-goals, collects loose items', () => {
    const tree = countByGoalHierarchy(
      [
        item({ id: 'a', goal: 1, subGoalId: 's1', grouping: 'Kjernejournal' }),
        item({ id: 'b', goal: 1, subGoalId: 's1', grouping: 'Kjernejournal' }),
        item({ id: 'c', goal: 1, subGoalId: 's1', grouping: 'Helsenorge' }),
        item({ id: 'd', goal: 1, subGoalId: 's1' }),
        item({ id: 'e', goal: 1 }),
        // Its sub-goal belongs to another goal: counted as without sub-goal.
        item({ id: 'f', goal: 1, subGoalId: 's3' }),
        item({ id: 'g', goal: 3, subGoalId: 's3', grouping: '  ' }),
      ],
      [subGoal('s1', 1, 'Innbyggertjenester'), subGoal('s2', 1, 'Tom'), subGoal('s3', 3, 'Helsedata')],
      goals,
    )
    const shape = (n: HierarchyNode): unknown => [n.kind, n.id, n.name, n.count, n.children.map(shape)]
    expect(tree.map(shape)).toEqual([
      [
        'goal',
        'goal-1',
        'Aktiv medvirkning i egen og næres helse',
        6,
        [
          [
            'subGoal',
            's1',
            'Innbyggertjenester',
            4,
            [
              ['grouping', 's1/Kjernejournal', 'Kjernejournal', 2, []],
              ['grouping', 's1/Helsenorge', 'Helsenorge', 1, []],
            ],
          ],
          ['subGoal', 's2', 'Tom', 0, []],
          ['noSubGoal', 'goal-1/none', '', 2, []],
        ],
      ],
      ['goal', 'goal-2', 'Enklere arbeidshverdag', 0, []],
      ['goal', 'goal-3', 'Helsedata til fornying og forbedring', 1, [['subGoal', 's3', 'Helsedata', 1, []]]],
      ['goal', 'goal-4', 'Tilgjengelig informasjon og styrket samhandling', 0, []],
      ['goal', 'goal-5', 'Samarbeid og virkemidler som styrker gjennomføringskraft', 0, []],
    ])
    expect(tree[0]?.children[0]?.children.every((c) => c.goal === 1)).toBe(true)
  })
})

describe('the bundled 2024 table', async () => {
  const bundled = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))
  const strategy = bundled.find((c) => c.dataset.kind === 'strategy')
  const tiltak = bundled.find((c) => c.dataset.id === 'bundled-tiltak-2024')
  if (!strategy || !tiltak) throw new Error('bundled data missing')
  const { items, subGoals } = tiltak

  it('has no phases and no status, so goals are stacked by actor kind: 30, 20, 22, 19 and 8 items', () => {
    const data = countByGoalAndStage(items, strategy.goals)
    expect(data.by).toBe('actorKind')
    expect(data.totals).toEqual([30, 20, 22, 19, 8])
    expect(data.stacks.length).toBeGreaterThan(1)
    expect(data.stacks.map((s) => [s.key, s.counts])).toEqual([
      ['rhf', [13, 9, 8, 7, 0]],
      ['kommunal', [9, 6, 3, 4, 0]],
      ['statlig', [4, 2, 11, 1, 8]],
      ['nhn', [1, 1, 0, 4, 0]],
      ['nasjonal', [1, 0, 0, 0, 0]],
      ['annet', [1, 2, 0, 1, 0]],
      ['mixed', [1, 0, 0, 2, 0]],
    ])
  })

  it('starts 15 items in 2021, 9 in 2022, 27 in 2023, 19 in 2024; 29 have no start', () => {
    const data = countByStartYearAndGoal(items, strategy.goals)
    expect(data.years).toEqual([2021, 2022, 2023, 2024, null])
    expect(data.totals).toEqual([15, 9, 27, 19, 29])
    expect(data.counts.map((perYear) => perYear.reduce((a, b) => a + b, 0))).toEqual([30, 20, 22, 19, 8])
  })

  it('names 24 actors; Direktoratet for e-helse has the most, in all five goals', () => {
    const data = countByActorAndGoal(items, strategy.goals)
    expect(data.actors).toHaveLength(24)
    expect(data.actors[0]).toEqual({
      id: 'direktoratet-for-e-helse',
      name: 'Direktoratet for e-helse',
      counts: [4, 2, 1, 3, 6],
      total: 16,
    })
    const mentions = items.reduce((n, i) => n + new Set(i.actorIds).size, 0)
    expect(data.actors.reduce((n, a) => n + a.total, 0)).toBe(mentions)
  })

  it('puts goal 3’s 22 items under its three sub-goals (7, 13 and 2)', () => {
    const tree = countByGoalHierarchy(items, subGoals, strategy.goals)
    expect(tree.map((g) => g.count)).toEqual([30, 20, 22, 19, 8])
    expect(tree.map((g) => g.children.length)).toEqual([5, 2, 3, 3, 1])
    expect(tree[2]?.children.map((s) => [s.name, s.count])).toEqual([
      ['Videreutvikling av data- og analyseplattformer', 7],
      ['Videreutvikling av helseregistrene', 13],
      [
        'Raskere og enklere tilgang til helsedata med helsedataservice som nav i tverrsektorielt økosystem',
        2,
      ],
    ])
    for (const goal of tree) expect(goal.children.reduce((n, s) => n + s.count, 0)).toBe(goal.count)
  })
})
