import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ItemView from '@/views/ItemView.vue'
import type { Dataset, RoadmapItem } from '@/domain/types'
import { piniaWithDataset, pluginsAt } from './helpers'

const dataset = {
  id: 'import-1',
  kind: 'veikart',
  title: 'Veikart',
  fileName: 'veikart.csv',
  checksum: 'ab'.repeat(32),
} as Dataset
const item: RoadmapItem = {
  id: 'import-1/A/17',
  key: 'A/17',
  datasetId: 'import-1',
  title: 'Pasientens legemiddelliste, Helse Vest',
  description: 'Utprøving i Bergen.\nDeretter innføring i regionen.',
  goal: 2,
  actors: ['Helse Vest RHF'],
  actorIds: ['helse-vest-rhf'],
  actorsDerived: true,
  period: { start: { date: '2024-03-01', precision: 'day' }, openEnded: false },
  phase: { from: 'tilpasning', to: 'innforing' },
  status: 'planned',
  uncertain: false,
  flags: [],
  source: { datasetId: 'import-1', row: 7 },
}

async function open(path: string) {
  const { pinia, roadmap } = piniaWithDataset(dataset)
  roadmap.items = [item]
  roadmap.loadedId = 'import-1'
  const routed = await pluginsAt(path, { routes: [{ path: '/tiltak/:id', component: ItemView }] })
  const wrapper = mount(ItemView, { global: { plugins: [...routed, pinia] } })
  await flushPromises()
  return wrapper
}

describe('ItemView', () => {
  it('shows the item a key names: description, period ends, actors marked derived, source row', async () => {
    const wrapper = await open('/tiltak/A%2F17')
    expect(wrapper.get('h1').text()).toBe('Pasientens legemiddelliste, Helse Vest')
    expect(wrapper.get('[data-testid="item-description"]').text()).toBe(
      'Utprøving i Bergen.\nDeretter innføring i regionen.',
    )
    const ends = wrapper.get('[data-testid="item-period-ends"]').text()
    expect(ends).toContain('01.03.2024 (oppgitt i kilden, presisjon: dag)')
    expect(ends).toContain('ikke oppgitt i kilden – tidslinjen utleder den')
    expect(wrapper.text()).toContain('Tilpasning og utvidet utprøving → Innføring')
    expect(wrapper.get('[data-testid="item-actors"] a').attributes('href')).toBe('/aktorer/helse-vest-rhf')
    expect(wrapper.text()).toContain('Aktørene er utledet av navnet')
    expect(wrapper.get('[data-testid="item-source"]').text()).toContain('veikart.csv, rad 7')
    expect(wrapper.get('[data-testid="item-hierarchy"] a').attributes('href')).toBe('/mal/2')
    const timeline = new URL(
      wrapper.get('[data-testid="item-timeline-link"]').attributes('href') ?? '',
      'http://x',
    )
    expect(timeline.pathname).toBe('/tidslinje')
    expect(timeline.searchParams.get('element')).toBe('import-1/A/17')
    expect(timeline.searchParams.get('ds')).toBe('veikart.abababababababab')
  })
  it('says clearly when no item has the key, with a link back to the list', async () => {
    const wrapper = await open('/tiltak/finnes-ikke')
    expect(wrapper.get('h1').text()).toBe('Fant ikke tiltaket')
    expect(wrapper.get('[data-testid="item-not-found"]').text()).toContain('«finnes-ikke»')
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toContain('/tiltak')
  })
})
