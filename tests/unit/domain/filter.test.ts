import { describe, expect, it } from 'vitest'
import {
  countFacets,
  emptyFilter,
  facetPresence,
  filterItems,
  isEmptyFilter,
  type ItemFilter,
} from '@/domain/filter'
import { prepareSearchIndex } from '@/domain/search-index'
import { foldText } from '@/domain/text'
import { filterToQuery, parseFilterQuery } from '@/domain/filter-query'
import { item } from '../factories'

const items = [
  item('a', { title: 'Innføring i Helse Sør-Øst', goal: 1, actors: ['Helse Sør-Øst RHF'], actorIds: ['helse-sor-ost-rhf'], phase: { from: 'utvikling', to: 'innforing' }, status: 'planned', period: { start: { date: '2023-01-01', precision: 'year' }, end: { date: '2025-01-01', precision: 'year' }, openEnded: false } }),
  item('b', { goal: 2, actors: ['KS', 'Helse Vest RHF'], actorIds: ['ks', 'helse-vest-rhf'], phase: { from: 'konsept', to: 'konsept' }, status: 'tentative', grouping: 'Legemidler, PLL', period: { start: { date: '2026-01-01', precision: 'year' }, openEnded: true } }),
  item('c', { goal: 2, actors: ['Helse Vest RHF'], actorIds: ['helse-vest-rhf'], description: 'Pasientens legemiddelliste', flags: ['no-period'] }),
] // prettier-ignore
const f = (partial: Partial<ItemFilter>): ItemFilter => ({ ...emptyFilter(), ...partial })

describe('filterItems', () => {
  it.each<[string, Partial<ItemFilter>, string[]]>([
    ['nothing selected', {}, ['a', 'b', 'c']],
    ['goal', { goals: [2] }, ['b', 'c']],
    ['two goals (or within a facet)', { goals: [1, 2] }, ['a', 'b', 'c']],
    ['actor (any of the item’s actors)', { actors: ['helse-vest-rhf'] }, ['b', 'c']],
    ['actor kind', { actorKinds: ['kommunal'] }, ['b']],
    ['phase inside a span', { phases: ['tilpasning'] }, ['a']],
    ['status, incl. none', { statuses: ['unknown'] }, ['c']],
    ['year overlap, open end runs on', { year: 2030 }, ['b']],
    ['year overlap of a range', { year: 2024 }, ['a']],
    ['text without diacritics', { text: 'sor-ost' }, ['a']],
    ['text in description, any case', { text: 'LEGEMIDDELLISTE' }, ['c']],
    ['facets combine with and', { goals: [2], actors: ['ks'] }, ['b']],
    ['grouping with a comma', { groupings: ['Legemidler, PLL'] }, ['b']],
    ['data-quality flag', { flags: ['no-period'] }, ['c']],
  ])('%s', (_name, filter, ids) => {
    expect(filterItems(items, f(filter)).map((i) => i.id)).toEqual(ids)
  })
})

describe('countFacets', () => {
  it('counts each value as if it were chosen, other facets applying', () => {
    const counts = countFacets(items, f({ goals: [2], actors: ['ks'] }))
    // goals: the actor filter applies, not the goal filter itself
    expect(Object.fromEntries(counts.goals)).toEqual({ '2': 1 })
    // actors: the goal filter applies, not the actor filter
    expect(Object.fromEntries(counts.actors)).toEqual({ ks: 1, 'helse-vest-rhf': 2 })
    // other facets: both apply
    expect(Object.fromEntries(counts.statuses)).toEqual({ tentative: 1 })
  })
})

describe('facetPresence (the facet panel’s options, once per dataset)', () => {
  it('lists every value present per facet and the actors’ names as written', () => {
    const presence = facetPresence(items)
    expect([...presence.values.goals].sort()).toEqual(['1', '2'])
    expect([...presence.values.actorKinds].sort()).toEqual(['kommunal', 'rhf'])
    expect([...presence.values.phases]).toContain('tilpasning')
    expect(presence.actorNames.get('helse-vest-rhf')).toBe('Helse Vest RHF')
    // The same list gives the same answer without another pass.
    expect(facetPresence(items)).toBe(presence)
  })
})

describe('counts with a text and a year (the base filter) and facets together', () => {
  it('counts only items the text and year match, each facet as if chosen', () => {
    const counts = countFacets(items, f({ text: 'legemiddel', goals: [1] }))
    expect(Object.fromEntries(counts.goals)).toEqual({ '2': 1 })
    expect(Object.fromEntries(counts.actors)).toEqual({})
  })

  it('search text prepared ahead, in part or whole, gives the same matches', () => {
    const part = items.map((i) => ({ ...i }))
    prepareSearchIndex(part, [], 1)
    expect(filterItems(part, f({ text: 'sor-ost' })).map((i) => i.id)).toEqual(['a'])
    const fresh = items.map((i) => ({ ...i }))
    prepareSearchIndex(fresh, [], fresh.length)
    expect(filterItems(fresh, f({ text: 'sor-ost' })).map((i) => i.id)).toEqual(['a'])
  })
})

describe('foldText', () => {
  it.each([
    ['Helse Sør-Øst', 'helse sor-ost'],
    ['Mål', 'mal'],
    ['Æøå ÆØÅ', 'aeoa aeoa'],
    ['Café naïve', 'cafe naive'],
    ['PLAIN ascii 123', 'plain ascii 123'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded)
  })
})

describe('filter in the URL query', () => {
  it('round-trips', () => {
    const filter = f({ goals: [2, 1], actors: ['ks'], phases: ['innforing'], statuses: ['tentative'], flags: ['uncertain'], year: 2024, text: 'pll', groupings: ['Legemidler, PLL', 'Annet'] })
    const query = filterToQuery(filter)
    expect(query).toEqual({ mal: '1,2', aktor: 'ks', fase: 'innforing', status: 'tentative', merknad: 'uncertain', ar: '2024', q: 'pll', gruppering: ['Annet', 'Legemidler, PLL'] })
    const back = parseFilterQuery(query)
    expect(back.invalid).toEqual([])
    expect(back.filter).toEqual({ ...filter, goals: [1, 2], groupings: ['Annet', 'Legemidler, PLL'] })
  }) // prettier-ignore

  it('drops and reports values it does not know', () => {
    const { filter, invalid } = parseFilterQuery({
      mal: '2,9,x',
      fase: 'drift',
      ar: '20x4',
      type: 'rhf,bank',
      aktor: '<script>',
    })
    expect(filter.goals).toEqual([2])
    expect(filter.actorKinds).toEqual(['rhf'])
    expect(filter.phases).toEqual([])
    expect(filter.year).toBeNull()
    expect(filter.actors).toEqual([])
    expect(invalid).toEqual(['mal=9', 'mal=x', 'aktor=<script>', 'type=bank', 'fase=drift', 'ar=20x4'])
  })

  it('knows an empty filter', () => {
    expect(isEmptyFilter(emptyFilter())).toBe(true)
    expect(isEmptyFilter(f({ text: '  ' }))).toBe(true)
    expect(isEmptyFilter(f({ year: 2024 }))).toBe(false)
  })
})

describe('start phase and start year (the targets of counted links)', () => {
  const spans = [
    item('span', { phase: { from: 'utvikling', to: 'innforing' }, startYear: 2023 }),
    item('late', { phase: { from: 'innforing', to: 'innforing' }, startYear: 2025 }),
    item('bare', {}),
  ]
  const ids = (filter: ItemFilter) => filterItems(spans, filter).map((i) => i.id)

  it('selects by the phase an item starts in, not every phase of its span', () => {
    expect(ids(f({ startPhases: ['innforing'] }))).toEqual(['late'])
    expect(ids(f({ phases: ['innforing'] }))).toEqual(['span', 'late'])
    expect(ids(f({ startPhases: ['none'] }))).toEqual(['bare'])
  })

  it('selects by start year, or items without a start', () => {
    expect(ids(f({ startYears: [2023] }))).toEqual(['span'])
    expect(ids(f({ startYears: ['none', 2025] }))).toEqual(['late', 'bare'])
    expect(isEmptyFilter(f({ startYears: ['none'] }))).toBe(false)
    expect(isEmptyFilter(f({ startPhases: ['konsept'] }))).toBe(false)
  })

  it('round-trips through the URL and drops what it does not know', () => {
    const filter = f({ goals: [2], startPhases: ['none', 'konsept'], startYears: ['none', 2024] })
    const query = filterToQuery(filter)
    expect(query).toEqual({ mal: '2', startfase: 'konsept,none', startar: '2024,none' })
    expect(parseFilterQuery(query).filter).toEqual({
      ...filter,
      startPhases: ['konsept', 'none'],
      startYears: [2024, 'none'],
    })
    const bad = parseFilterQuery({ startfase: 'drift,utvikling', startar: '24,2030' })
    expect(bad.filter.startPhases).toEqual(['utvikling'])
    expect(bad.filter.startYears).toEqual([2030])
    expect(bad.invalid).toEqual(['startfase=drift', 'startar=24'])
  })
})
