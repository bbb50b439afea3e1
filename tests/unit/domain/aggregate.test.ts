import { describe, expect, it } from 'vitest'
import { planByActor, summariseGoals } from '@/domain/aggregate'
import type { RoadmapItem } from '@/domain/types'

function item(
  partial: Partial<RoadmapItem> & Pick<RoadmapItem, 'id' | 'goal' | 'actors' | 'actorIds'>,
): RoadmapItem {
  return {
    key: partial.id,
    datasetId: 'ds',
    title: partial.id,
    period: { openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: 2 },
    ...partial,
  }
}

const items = [
  item({
    id: 'a',
    goal: 1,
    actors: ['Helse Nord RHF', 'KS'],
    actorIds: ['helse-nord-rhf', 'ks'],
    uncertain: true,
    flags: ['uncertain'],
  }),
  item({ id: 'b', goal: 1, actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'], status: 'tentative' }),
  item({
    id: 'c',
    goal: 3,
    actors: ['Folkehelseinstituttet'],
    actorIds: ['folkehelseinstituttet'],
    source: { datasetId: 'ds', row: 9 },
  }),
  item({ id: 'd', goal: 2, actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'], flags: ['no-period'] }),
]

describe('summariseGoals', () => {
  it('counts sub-goals, items, distinct actors, "?" and tentative items per goal, for all five goals', () => {
    const summaries = summariseGoals(
      [{ number: 1, title: 'Aktiv medvirkning' }],
      [{ id: 's1', datasetId: 'ds', goal: 1, title: 'A', conditions: [] }],
      items,
    )
    expect(
      summaries.map((s) => [
        s.goal.number,
        s.goal.title,
        s.goal.placeholder,
        s.subGoalCount,
        s.itemCount,
        s.actorCount,
        s.uncertainCount,
        s.tentativeCount,
        s.flaggedCount,
      ]),
    ).toEqual([
      // Item a is marked "?", item b is tentative: two words, two counts.
      // Goals the strategy does not name are placeholders: no text in domain, the UI names them.
      [1, 'Aktiv medvirkning', undefined, 1, 2, 2, 1, 1, 1],
      [2, '', true, 0, 1, 1, 0, 0, 1],
      [3, '', true, 0, 1, 1, 0, 0, 0],
      [4, '', true, 0, 0, 0, 0, 0, 0],
      [5, '', true, 0, 0, 0, 0, 0, 0],
    ])
  })
})

describe('planByActor', () => {
  it('lists each actor once with all its items in goal order, RHFs first', () => {
    const plans = planByActor(items)
    expect(plans.map((p) => [p.actor.name, p.actor.kind, p.items.map((i) => i.id), p.goals])).toEqual([
      ['Helse Nord RHF', 'rhf', ['a', 'b', 'd'], [1, 2]],
      ['KS', 'kommunal', ['a'], [1]],
      ['Folkehelseinstituttet', 'statlig', ['c'], [3]],
    ])
  })
})
