import { describe, expect, it } from 'vitest'
import { emptyFilter, filterItems } from '@/domain/filter'
import { countByStage, countByStartYear } from '@/domain/goal-counts'
import { item } from '../charts/fixtures'

const items = [
  item({ id: 'a', goal: 2, phase: { from: 'utvikling', to: 'innforing' }, startYear: 2023 }),
  item({ id: 'b', goal: 2, phase: { from: 'innforing', to: 'innforing' }, startYear: 2025 }),
  item({ id: 'c', goal: 2 }),
]

/** The ids the list shows for a bucket's filter: must be exactly the items the bucket counts. */
const listed = (filter: object) => filterItems(items, { ...emptyFilter(), ...filter }).map((i) => i.id)

describe('goal page counts', () => {
  it('counts by starting phase, non-empty buckets only, each linking to exactly its items', () => {
    const stage = countByStage(items)
    expect(stage?.by).toBe('phase')
    expect(stage?.buckets.map((b) => [b.key, b.count, listed(b.filter)])).toEqual([
      ['utvikling', 1, ['a']],
      ['innforing', 1, ['b']],
      ['none', 1, ['c']],
    ])
  })

  it('counts by status without phases, and gives no chart when there is neither', () => {
    const statuses = [item({ id: 'a', goal: 1, status: 'tentative' }), item({ id: 'b', goal: 1 })]
    expect(countByStage(statuses)?.buckets.map((b) => [b.key, b.count, b.filter])).toEqual([
      ['tentative', 1, { statuses: ['tentative'] }],
      ['unknown', 1, { statuses: ['unknown'] }],
    ])
    expect(countByStage([item({ id: 'x', goal: 1, actors: ['KS'] })])).toBeNull()
  })

  it('counts every year from first to last start, "no start" last, each linking to its items', () => {
    expect(countByStartYear(items).map((b) => [b.key, b.count, listed(b.filter)])).toEqual([
      [2023, 1, ['a']],
      [2024, 0, []],
      [2025, 1, ['b']],
      [null, 1, ['c']],
    ])
  })
})
