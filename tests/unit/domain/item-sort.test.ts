import { describe, expect, it } from 'vitest'
import { formatItemSort, nextItemSort, parseItemSort, sortItems } from '@/domain/item-sort'
import type { RoadmapItem } from '@/domain/types'
import { item } from '../charts/fixtures'

describe('parseItemSort', () => {
  it.each([
    ['title', { key: 'title', ascending: true }],
    ['-start', { key: 'start', ascending: false }],
    ['row', { key: 'row', ascending: true }],
    ['-code', { key: 'code', ascending: false }],
  ])('reads %s', (value, expected) => {
    expect(parseItemSort(value)).toEqual(expected)
    expect(formatItemSort(expected as never)).toBe(value)
  })
  it.each([undefined, '', '-', 'tittel', '--title', 'Title', ['title']])('rejects %j', (value) => {
    expect(parseItemSort(value)).toBeNull()
  })
})

describe('nextItemSort', () => {
  it('flips the direction of the same column and starts another column ascending', () => {
    expect(nextItemSort({ key: 'title', ascending: true }, 'title')).toEqual({
      key: 'title',
      ascending: false,
    })
    expect(nextItemSort({ key: 'title', ascending: false }, 'start')).toEqual({
      key: 'start',
      ascending: true,
    })
  })
})

const at = (id: string, row: number, extra: Partial<RoadmapItem> = {}) =>
  item({ id, goal: 1, source: { datasetId: 'ds', row }, ...extra })
const day = (date: string) => ({ start: { date, precision: 'day' as const }, openEnded: false })

describe('sortItems', () => {
  const items = [
    at('c', 4, { title: 'Ørsta', period: day('2025-01-01') }),
    at('a', 2, { title: 'alfa', period: { openEnded: false } }),
    at('b', 3, { title: 'Beta', period: day('2024-06-01') }),
    at('d', 5, { title: 'beta', period: day('2024-06-01') }),
  ]
  const ids = (list: RoadmapItem[]) => list.map((i) => i.id)

  it('sorts titles the Norwegian way (æøå last, case ignored), ties in source order', () => {
    expect(ids(sortItems(items, { key: 'title', ascending: true }))).toEqual(['a', 'b', 'd', 'c'])
    expect(ids(sortItems(items, { key: 'title', ascending: false }))).toEqual(['c', 'b', 'd', 'a'])
  })
  it('puts items without a start last in both directions', () => {
    expect(ids(sortItems(items, { key: 'start', ascending: true }))).toEqual(['b', 'd', 'c', 'a'])
    expect(ids(sortItems(items, { key: 'start', ascending: false }))).toEqual(['c', 'b', 'd', 'a'])
  })
  it('sorts the goal › sub-goal column by goal, then by the sub-goal code', () => {
    const coded = [at('x', 2, { goal: 2 }), at('y', 3, { goal: 1 }), at('z', 4, { goal: 1 })]
    const code = (i: RoadmapItem) => ({ x: '2A', y: '1C', z: '1B' })[i.id] ?? ''
    expect(ids(sortItems(coded, { key: 'code', ascending: true }, code))).toEqual(['z', 'y', 'x'])
  })
  it('does not change the list it was given', () => {
    const before = ids(items)
    sortItems(items, { key: 'title', ascending: false })
    expect(ids(items)).toEqual(before)
  })
})
