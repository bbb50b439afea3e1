import { beforeAll, describe, expect, it } from 'vitest'
import { countFacets, emptyFilter, filterItems, type ItemFilter } from '@/domain/filter'
import { baseMatchIndexes } from '@/domain/item-search'
import type { DatasetContent, RoadmapItem } from '@/domain/types'
import { generatedContent } from '../generated'

let content: DatasetContent

beforeAll(async () => {
  content = await generatedContent(4000, 5, 'vk')
})

const f = (partial: Partial<ItemFilter>): ItemFilter => ({ ...emptyFilter(), ...partial })
/** A search with nothing remembered: a fresh list of fresh item objects each time. */
const fullSearch = (filter: ItemFilter) =>
  filterItems(
    content.items.map((i) => ({ ...i })),
    filter,
    content.subGoals,
  ).map((i) => i.id)
const ids = (items: readonly RoadmapItem[]) => items.map((i) => i.id)

describe('search narrowing while typing', () => {
  it('returns the same rows as a full search after every keystroke, backspace and change of year', () => {
    // Typed, corrected and retyped, as a user does; the year and a goal change between.
    const steps: Partial<ItemFilter>[] = [
      ...['h', 'he', 'hel', 'hels', 'helse', 'helse ', 'helse s', 'helse sø', 'helse sør'].map((text) => ({
        text,
      })),
      { text: 'helse s' },
      { text: 'helse sv' },
      { text: 'HELSE' },
      { text: 'helse', year: 2025 },
      { text: 'helse v', year: 2025 },
      { text: 'helse v', year: 2026, goals: [2] },
      { text: 'helse ve', year: 2026, goals: [2] },
      { text: '' },
      { text: 'e' },
      { text: 'e', startPhases: ['konsept'] },
      { text: 'ei', startPhases: ['konsept'] },
    ]
    let counted = 0
    for (const step of steps) {
      const filter = f(step)
      const expected = fullSearch(filter)
      expect(ids(filterItems(content.items, filter, content.subGoals)), JSON.stringify(step)).toEqual(
        expected,
      )
      counted += expected.length
    }
    // Not a vacuous check: most steps find something, and not everything.
    expect(counted).toBeGreaterThan(0)
    expect(fullSearch(f({ text: 'helse sør' })).length).toBeLessThan(content.items.length)
  })

  it('searches only the previous matches when the query grew, and all items when it did not', () => {
    const items = content.items
    const matches = (text: string) => baseMatchIndexes(items, f({ text }), content.subGoals)
    const first = matches('hel')
    // The same query again: the same result, not worked out again.
    expect(matches('hel')).toBe(first)
    const narrower = matches('hels')
    expect(narrower.every((i) => first.includes(i))).toBe(true)
    // A shorter query finds more again, so it searches the whole list.
    expect(ids(Array.from(matches('he'), (i) => items[i]!))).toEqual(fullSearch(f({ text: 'he' })))
  })

  it('counts facets over the narrowed matches as over all items', () => {
    for (const text of ['h', 'he', 'hel', 'help']) {
      const filter = f({ text, goals: [1] })
      const fresh = content.items.map((i) => ({ ...i }))
      expect(countFacets(content.items, filter, content.subGoals)).toEqual(
        countFacets(fresh, filter, content.subGoals),
      )
    }
  })
})
