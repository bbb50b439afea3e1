/** Search inside one facet's options: case and diacritics ignored, so `sor-ost` finds «Sør-Øst». */
import { foldText } from './text'

export interface FacetOption {
  value: string
  label: string
}

/** Facets with more options than this get a search box. */
export const FACET_SEARCH_THRESHOLD = 8

/** The options whose label contains every word of the query, in their order. */
export function optionsMatching<O extends FacetOption>(options: readonly O[], query: string): O[] {
  const words = foldText(query)
    .split(/\s+/)
    .filter((w) => w !== '')
  if (words.length === 0) return [...options]
  return options.filter((option) => {
    const label = foldText(option.label)
    return words.every((w) => label.includes(w))
  })
}
