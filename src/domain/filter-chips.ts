/**
 * The values a filter selects, as a flat list the facet panel shows on top as removable chips,
 * and the filter that is left when one is removed.
 */
import { FACET_KEYS, type FacetKey, type ItemFilter } from './filter'

export interface FilterChip {
  facet: FacetKey | 'year'
  /** The selected value as the URL writes it (`2`, `helse-vest-rhf`, `2024`). */
  value: string
}

/** A chip as the panel shows it: a key to remove it by, and its label for people. */
export interface LabelledChip {
  key: string
  label: string
}

/** Every selected facet value, facet by facet in panel order, then the year. */
export function filterChips(filter: ItemFilter, order: readonly FacetKey[] = FACET_KEYS): FilterChip[] {
  const chips: FilterChip[] = []
  for (const facet of order)
    for (const value of filter[facet] as readonly (string | number)[])
      chips.push({ facet, value: String(value) })
  if (filter.year !== null) chips.push({ facet: 'year', value: String(filter.year) })
  return chips
}

/** The filter without one chip's value. */
export function withoutChip(filter: ItemFilter, chip: FilterChip): ItemFilter {
  if (chip.facet === 'year') return { ...filter, year: null }
  const values = (filter[chip.facet] as readonly (string | number)[]).filter((v) => String(v) !== chip.value)
  return { ...filter, [chip.facet]: values }
}
