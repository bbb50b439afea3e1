import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import DatasetHeading from '@/components/datasets/DatasetHeading.vue'
import type { RoadmapItem } from '@/domain/types'
import { VIEW_ITEM_LIMIT } from '@/domain/view-limits'
import { useRoadmapStore } from '@/stores/roadmap'
import { plugins } from './helpers'

describe('DatasetHeading', () => {
  it('says so when a dataset is larger than the views are built for, instead of freezing silently', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const roadmap = useRoadmapStore()
    const wrapper = mount(DatasetHeading, {
      props: { heading: 'Tiltak' },
      global: { plugins: [...plugins('nb'), pinia] },
    })
    expect(wrapper.find('[data-testid="too-many-items"]').exists()).toBe(false)
    roadmap.items = Array.from({ length: VIEW_ITEM_LIMIT + 1 }, () => ({}) as RoadmapItem)
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="too-many-items"]').text()).toBe(
      'Datasettet har 100\u00a0001 elementer. Visningene er laget for inntil 100\u00a0000 og kan bli trege; filtrer for å se færre.',
    )
  })
})
