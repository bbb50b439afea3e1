/**
 * The search index (distinct field values folded once, numbers per item) against the search it
 * replaced, kept as the reference: one folded text per item, its fields joined by ` \u0000 `
 * (`basePredicate`). On a generated veikart and on items made to find the edges of folding.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { emptyFilter, filterItems, type ItemFilter } from '@/domain/filter'
import { basePredicate } from '@/domain/item-search'
import { indexedMatches, prepareSearchIndex } from '@/domain/search-index'
import type { DatasetContent, RoadmapItem, SubGoal } from '@/domain/types'
import { item } from '../factories'
import { generatedContent } from '../generated'

let content: DatasetContent

beforeAll(async () => {
  content = await generatedContent(3000, 23)
})

const f = (partial: Partial<ItemFilter>): ItemFilter => ({ ...emptyFilter(), ...partial })
const copies = (items: readonly RoadmapItem[]) => items.map((i) => ({ ...i }))
/** The reference, on fresh item objects so nothing it remembers is shared. */
const reference = (items: readonly RoadmapItem[], filter: ItemFilter, subGoals: readonly SubGoal[]) => {
  const passes = basePredicate(filter, subGoals)
  return copies(items)
    .filter(passes)
    .map((i) => i.id)
}
const search = (items: readonly RoadmapItem[], filter: ItemFilter, subGoals: readonly SubGoal[]) =>
  filterItems(items, filter, subGoals).map((i) => i.id)

const subGoals: SubGoal[] = [{ id: 'sg', goal: 1, code: '2D', title: 'Deling av ΟΔΟΣ' } as SubGoal]
/** Text where folding depends on its neighbours, or changes the length. */
const edgeItems = [
  item('sigma', { title: 'ΟΔΟΣ', description: 'Σ', service: 'ΑΣ\u0027' }),
  item('dotted', { title: 'İstanbul', actors: ['Ærlig Øst', 'Straße'] }),
  item('marks', { title: 'Cafe\u0301', description: '\u0301start med merke', grouping: 'naïve' }),
  item('joint', { title: 'helse', description: 'vest', periodText: '2024 - 2026' }),
  item('nul', { title: 'a\u0000b', description: '' }),
  item('sub', { subGoalId: 'sg', title: 'x' }),
  item('empty', { title: '', actors: ['', 'KS'] }),
] // prettier-ignore

describe('search index against the per-item text it replaced', () => {
  it('finds the same items on a generated veikart, word after word', () => {
    const { items, subGoals: goals } = content
    const texts = [
      'h',
      'he',
      'hel',
      'helse',
      'helse v',
      'helse vest',
      'sør',
      'sor-ost',
      'rhf 2025',
      'utprøving bergen',
      'q3',
      'xyzzy',
      '',
    ]
    let found = 0
    for (const text of texts) {
      for (const extra of [{}, { year: 2026 }, { startPhases: ['konsept' as const] }]) {
        const filter = f({ text, ...extra })
        const expected = reference(items, filter, goals)
        expect(search(items, filter, goals), JSON.stringify({ text, ...extra })).toEqual(expected)
        found += expected.length
      }
    }
    expect(found).toBeGreaterThan(0)
    expect(reference(items, f({ text: 'helse vest' }), goals).length).toBeLessThan(items.length)
  })

  it.each([
    'οδος', 'σ', 'ος', 'ας', 'istanbul', 'i̇stanbul', 'aerlig', 'ost', 'strasse', 'cafe', 'café', 'start', 'naive',
    'helse vest', 'se \u0000', 'helse\u0000', '\u0000', 'a\u0000b', 'b', '2d deling', 'οδος 2d', 'ks', '2024', '-',
  ])('on folding’s edges: %j', (text) => {
    const filter = f({ text })
    expect(search(copies(edgeItems), filter, subGoals)).toEqual(reference(edgeItems, filter, subGoals))
  }) // prettier-ignore

  it('answers alike with the index made ahead in part, whole, or not at all', () => {
    const items = copies(content.items)
    const filter = f({ text: 'helse sør' })
    const expected = reference(items, filter, content.subGoals)
    prepareSearchIndex(items, content.subGoals, 1234)
    expect(search(items, filter, content.subGoals)).toEqual(expected)
    const whole = copies(content.items)
    prepareSearchIndex(whole, content.subGoals, whole.length)
    expect(search(whole, filter, content.subGoals)).toEqual(expected)
  })

  it('takes more words than fit one pass, and a sub-goal list equal but not the same', () => {
    const items = content.items
    const words = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'e' : 'h'))
    const many = f({ text: [...words, 'helse'].join(' ') })
    expect(search(items, many, [...content.subGoals])).toEqual(reference(items, many, content.subGoals))
    const index = (goals: readonly SubGoal[]) => Array.from(indexedMatches(items, goals, ['2d'], null, null))
    expect(index(content.subGoals)).toEqual(index(content.subGoals.map((s) => ({ ...s }))))
  })

  it('searches the sub-goal titles it is given, not those of an earlier call', () => {
    const items = copies(edgeItems)
    const renamed = [{ ...subGoals[0]!, title: 'Annen tittel' }]
    expect(search(items, f({ text: 'deling' }), subGoals)).toEqual(['sub'])
    expect(search(items, f({ text: 'deling' }), renamed)).toEqual([])
    expect(search(items, f({ text: 'annen' }), renamed)).toEqual(['sub'])
  })
})
