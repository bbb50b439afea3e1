import { describe, expect, it } from 'vitest'
import { filterItems } from '@/domain/filter'
import { parseFilterQuery } from '@/domain/filter-query'
import { goalCountLinks, itemsLink, timelineLink } from '@/domain/goal-links'
import { item } from '../charts/fixtures'

describe('links behind goal counts', () => {
  it('send each count to the list of exactly the items it counts', () => {
    const items = [
      item({ id: 'a', goal: 2, status: 'tentative' }),
      item({ id: 'b', goal: 2, uncertain: true, flags: ['uncertain'] }),
      item({ id: 'c', goal: 3, status: 'tentative' }),
    ]
    const links = goalCountLinks(2)
    const open = (query: Record<string, string | string[]> | undefined) =>
      filterItems(items, parseFilterQuery(query ?? {}).filter).map((i) => i.id)
    expect(open(links.items.query)).toEqual(['a', 'b'])
    expect(open(links.tentative.query)).toEqual(['a'])
    expect(open(links.uncertain.query)).toEqual(['b'])
    expect(links.subGoals).toEqual({ path: '/mal/2', hash: '#goal-subgoals' })
  })

  it('filter the timeline to the goal, and /tiltak to any filter', () => {
    expect(timelineLink(4)).toEqual({ path: '/tidslinje', query: { mal: '4' } })
    expect(itemsLink({ goals: [1], startYears: [2024] })).toEqual({
      path: '/tiltak',
      query: { mal: '1', startar: '2024' },
    })
  })
})
