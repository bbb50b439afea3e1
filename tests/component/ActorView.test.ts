/**
 * ActorView: an actor's page opened straight from a link waits for the dataset's items, so it
 * never says «unknown actor» (nor has the tab named by the link's slug) while they are read.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ActorView from '@/views/ActorView.vue'
import type { Dataset } from '@/domain/types'
import { item } from '../unit/factories'
import { piniaWithDataset, pluginsAt } from './helpers'

const dataset = {
  id: 'ds',
  kind: 'tiltak',
  title: 'Tiltak 2024',
  fileName: 't.csv',
  checksum: 'ab'.repeat(32),
} as Dataset

async function open(path: string) {
  const { pinia, roadmap } = piniaWithDataset(dataset)
  const routed = await pluginsAt(path, { routes: [{ path: '/aktorer/:id', component: ActorView }] })
  const wrapper = mount(ActorView, { global: { plugins: [...routed, pinia] } })
  await flushPromises()
  return { wrapper, roadmap }
}

describe('ActorView', () => {
  it('says it is loading, not «unknown actor», until the items are read; then names the actor', async () => {
    const { wrapper, roadmap } = await open('/aktorer/helse-nord-rhf')
    expect(wrapper.find('[role="status"]').text()).toBe('Laster data …')
    expect(wrapper.find('h1').exists()).toBe(false)
    roadmap.items = [
      item('ds/1', { title: 'Kjernejournal', actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'] }),
    ]
    roadmap.loadedId = 'ds'
    await flushPromises()
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
    expect(wrapper.get('h1').text()).toContain('Helse Nord RHF')
  })

  it('says it found no such actor once the items are read and none has the id', async () => {
    const { wrapper, roadmap } = await open('/aktorer/finnes-ikke')
    roadmap.loadedId = 'ds'
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Fant ikke aktøren i datasettet')
  })
})
