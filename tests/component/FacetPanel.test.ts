import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FacetPanel from '@/components/filters/FacetPanel.vue'
import { summariseFacets } from '@/domain/facet-summary'
import { emptyFilter, type ItemFilter } from '@/domain/filter'
import type { RoadmapItem } from '@/domain/types'
import { goals, item } from '../unit/charts/fixtures'
import { period } from '../unit/factories'
import { plugins } from './helpers'

const items: RoadmapItem[] = [
  item({ id: 'a', goal: 1, actors: ['Helse Vest RHF'], actorIds: ['helse-vest'], period: period('2024') }),
  item({ id: 'b', goal: 2, actors: ['KS'], actorIds: ['ks'], period: period('2025 - 2027') }),
  item({ id: 'c', goal: 2, actors: ['KS', 'Helse Vest RHF'], actorIds: ['ks', 'helse-vest'] }),
]

const mountPanel = (props: {
  items: RoadmapItem[]
  filter?: ItemFilter
  summary?: ReturnType<typeof summariseFacets>
}) =>
  mount(FacetPanel, {
    props: { subGoals: [], goals, filter: emptyFilter(), ...props },
    global: { plugins: plugins('nb') },
  })

/** What the user reads in the panel: each option with its count, and the year list. */
const shown = (wrapper: ReturnType<typeof mountPanel>) => ({
  options: wrapper.findAll('li label').map((l) => l.text()),
  years: wrapper.findAll('[data-testid="filter-year"] option').map((o) => o.text()),
})

describe('FacetPanel', () => {
  it('draws from the stored figures with nothing chosen, the same as from the items', () => {
    const fromItems = shown(mountPanel({ items }))
    expect(fromItems.options).toContain('Helse Vest RHF (2)')
    expect(fromItems.years).toEqual(['Alle år', '2024', '2025', '2026', '2027'])
    // No items to read: what it shows can only come from the summary.
    const fromSummary = shown(mountPanel({ items: [], summary: structuredClone(summariseFacets(items)) }))
    expect(fromSummary).toEqual(fromItems)
  })

  it('counts from the items once something is chosen', () => {
    const filter = { ...emptyFilter(), goals: [2] as ItemFilter['goals'] }
    const wrapper = mountPanel({ items, filter, summary: summariseFacets(items) })
    expect(shown(wrapper).options).toContain('Helse Vest RHF (1)')
    expect(shown(wrapper).options).toContain('KS (2)')
  })
})
