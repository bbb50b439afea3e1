import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FacetGroup from '@/components/filters/FacetGroup.vue'
import FilterChips from '@/components/filters/FilterChips.vue'
import { plugins } from './helpers'

const actors = [
  'Helse Vest RHF',
  'Helse Nord RHF',
  'Helse Sør-Øst RHF',
  'Helse Midt-Norge RHF',
  'KS',
  'NHN',
  'FHI',
  'Hdir',
  'DSB',
]
const options = actors.map((label, i) => ({ value: `a${i}`, label }))
const mountGroup = (opts = options) =>
  mount(FacetGroup, {
    props: {
      facet: 'actors',
      legend: 'Aktør',
      options: opts,
      selected: ['a0'],
      counts: new Map([['a0', 3]]),
    },
    global: { plugins: plugins('nb') },
  })
const labels = (wrapper: ReturnType<typeof mountGroup>) =>
  wrapper
    .findAll('li label')
    .filter((l) => l.isVisible())
    .map((l) => l.text().replace(/\s*\(\d+\)$/, ''))

describe('FacetGroup', () => {
  it('starts a long facet collapsed and shows every option, without a scroll box, when expanded', async () => {
    const wrapper = mountGroup()
    const toggle = wrapper.get('[data-testid="facet-toggle"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(toggle.text()).toContain('Aktør')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(wrapper.findAll('li')).toHaveLength(actors.length)
  })
  it('narrows a long facet’s options with its search box (diacritics ignored)', async () => {
    const wrapper = mountGroup()
    await wrapper.get('[data-testid="facet-toggle"]').trigger('click')
    const search = wrapper.get('[data-testid="facet-search"]')
    expect(search.attributes('aria-label')).toBe('Søk i Aktør')
    await search.setValue('sor-ost')
    expect(wrapper.findAll('li label').map((l) => l.text())).toEqual(['Helse Sør-Øst RHF (0)'])
    await search.setValue('zzz')
    expect(wrapper.text()).toContain('Ingen valg passer søket.')
  })
  it('opens a short facet at once, with no search box, and reports a ticked option', async () => {
    const wrapper = mountGroup(options.slice(0, 3))
    expect(wrapper.get('[data-testid="facet-toggle"]').attributes('aria-expanded')).toBe('true')
    expect(wrapper.find('[data-testid="facet-search"]').exists()).toBe(false)
    expect(labels(wrapper)).toEqual(['Helse Vest RHF', 'Helse Nord RHF', 'Helse Sør-Øst RHF'])
    expect((wrapper.get('input[value="a0"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.get('input[value="a1"]').setValue(true)
    expect(wrapper.emitted('toggle')).toEqual([['a1', true]])
  })
})

describe('FilterChips', () => {
  it('shows each selected value as a button named «Fjern filter: …» that removes it', async () => {
    const wrapper = mount(FilterChips, {
      props: {
        chips: [
          { key: '0', label: 'Helse Vest RHF' },
          { key: '1', label: 'År 2024' },
        ],
      },
      global: { plugins: plugins('nb') },
    })
    const buttons = wrapper.findAll('button')
    expect(buttons.map((b) => b.attributes('aria-label'))).toEqual([
      'Fjern filter: Helse Vest RHF',
      'Fjern filter: År 2024',
    ])
    await buttons[0]?.trigger('click')
    expect(wrapper.emitted('remove')).toEqual([['0']])
  })
  it('shows nothing when no filter is set', () => {
    const wrapper = mount(FilterChips, { props: { chips: [] }, global: { plugins: plugins('nb') } })
    expect(wrapper.find('[data-testid="filter-chips"]').exists()).toBe(false)
  })
})
