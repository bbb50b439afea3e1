import { describe, expect, it } from 'vitest'
import { emptyFilter, filterItems, positionsIn } from '@/domain/filter'
import {
  firstInOrder,
  formatItemSort,
  inOrderOf,
  ITEM_SORT_KEYS,
  nextItemSort,
  parseItemSort,
  sortedOnce,
  sortIndexesOnce,
  sortItems,
} from '@/domain/item-sort'
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

describe('sortedOnce and inOrderOf: a filtered list in its dataset’s order', () => {
  const all = Array.from({ length: 60 }, (_, n) =>
    item({
      id: `i${n}`,
      goal: ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5,
      title: ['Beta', 'alfa', 'Gamma', 'delta'][n % 4]!,
      actors: n % 3 === 0 ? [] : [`Aktør ${n % 7}`],
      period:
        n % 4 === 0
          ? { openEnded: false }
          : { openEnded: false, start: { date: `202${n % 6}-01-01`, precision: 'year' } },
      source: { datasetId: 'ds', row: 100 - n },
    }),
  )
  const code = (i: RoadmapItem) => `sg${i.source.row % 4}`

  it('gives exactly the order sorting the filtered list gives, for every key and direction', () => {
    const subsets = [all.filter((_, n) => n % 2 === 0), all.filter((i) => i.goal === 3), all.slice(5, 9), []]
    for (const key of ITEM_SORT_KEYS)
      for (const ascending of [true, false]) {
        const sort = { key, ascending }
        const order = sortedOnce(all, sort, code, 'ctx')
        for (const subset of subsets)
          expect(inOrderOf(order, subset), `${key} ${ascending}`).toEqual(sortItems(subset, sort, code))
      }
  })

  it('sorts a list once per sort, again for another context, and refuses items not in the list', () => {
    const sort = { key: 'title' as const, ascending: true }
    expect(sortedOnce(all, sort, code, 'ctx')).toBe(sortedOnce(all, sort, code, 'ctx'))
    expect(sortedOnce(all, sort, code, 'other')).not.toBe(sortedOnce(all, sort, code, 'ctx'))
    expect(inOrderOf(all, [item({ id: 'stranger', goal: 1 })])).toBeNull()
  })

  it('takes a filtered table’s shown rows by position: the first rows sorting the filtered list gives', () => {
    const picks = [
      all.flatMap((_, n) => (n % 2 === 0 ? [n] : [])),
      all.flatMap((i, n) => (i.goal === 3 ? [n] : [])),
      [5, 6, 7, 8],
      [],
      all.map((_, n) => n),
    ]
    for (const key of ITEM_SORT_KEYS)
      for (const ascending of [true, false]) {
        const sort = { key, ascending }
        const order = sortIndexesOnce(all, sort, code, 'ctx')
        for (const positions of picks)
          for (const count of [0, 1, 3, 1000]) {
            const subset = positions.map((p) => all[p]!)
            expect(
              firstInOrder(all, order, Int32Array.from(positions), count),
              `${key} ${ascending}`,
            ).toEqual(sortItems(subset, sort, code).slice(0, count))
          }
      }
  })

  it('knows the positions filterItems picked, for the list it picked them from only', () => {
    for (const filter of [
      emptyFilter(),
      { ...emptyFilter(), goals: [3 as const] },
      { ...emptyFilter(), text: 'alfa' },
    ]) {
      const filtered = filterItems(all, filter)
      const positions = positionsIn(filtered, all)
      expect([...(positions ?? [])].map((p) => all[p])).toEqual(filtered)
      const sort = { key: 'title' as const, ascending: false }
      expect(firstInOrder(all, sortIndexesOnce(all, sort, code, 'ctx'), positions!, 7)).toEqual(
        sortItems(filtered, sort, code).slice(0, 7),
      )
    }
    const filtered = filterItems(all, { ...emptyFilter(), goals: [3] })
    expect(positionsIn(filtered, [...all])).toBeNull()
    expect(positionsIn([...filtered], all)).toBeNull()
  })
})
