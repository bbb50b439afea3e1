import { describe, expect, it } from 'vitest'
import { optionsMatching } from '@/domain/facet-search'
import { emptyFilter } from '@/domain/filter'
import { filterChips, withoutChip } from '@/domain/filter-chips'

describe('filterChips', () => {
  const filter = { ...emptyFilter(), goals: [2 as const], actors: ['helse-vest-rhf', 'ks'], year: 2024 }

  it('lists every selected value, facet by facet, then the year', () => {
    expect(filterChips(filter)).toEqual([
      { facet: 'goals', value: '2' },
      { facet: 'actors', value: 'helse-vest-rhf' },
      { facet: 'actors', value: 'ks' },
      { facet: 'year', value: '2024' },
    ])
    expect(filterChips(emptyFilter())).toEqual([])
  })
  it('removes exactly the chip’s value and keeps the rest of the filter', () => {
    expect(withoutChip(filter, { facet: 'actors', value: 'helse-vest-rhf' })).toEqual({
      ...filter,
      actors: ['ks'],
    })
    expect(withoutChip(filter, { facet: 'goals', value: '2' })).toEqual({ ...filter, goals: [] })
    expect(withoutChip(filter, { facet: 'year', value: '2024' })).toEqual({ ...filter, year: null })
  })
})

describe('optionsMatching', () => {
  const options = [
    { value: 'helse-sor-ost-rhf', label: 'Helse Sør-Øst RHF' },
    { value: 'helse-vest-rhf', label: 'Helse Vest RHF' },
    { value: 'ks', label: 'KS' },
  ]
  it('matches every word, ignoring case and diacritics', () => {
    expect(optionsMatching(options, 'sor-ost').map((o) => o.value)).toEqual(['helse-sor-ost-rhf'])
    expect(optionsMatching(options, 'RHF vest').map((o) => o.value)).toEqual(['helse-vest-rhf'])
    expect(optionsMatching(options, '  ')).toEqual(options)
    expect(optionsMatching(options, 'nhn')).toEqual([])
  })
})
