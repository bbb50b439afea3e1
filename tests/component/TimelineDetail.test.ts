import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import TimelineDetail from '@/components/timeline/TimelineDetail.vue'
import type { Dataset, RoadmapItem } from '@/domain/types'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { plugins } from './helpers'

const dataset = { id: 'import-1', kind: 'veikart', title: 'Veikart', checksum: 'cd'.repeat(32) } as Dataset
const item = {
  id: 'import-1/20240000000000001',
  key: '20240000000000001',
  datasetId: 'import-1',
  title: 'Pasientens legemiddelliste, Helse Vest',
  goal: 2,
  actors: [],
  actorIds: [],
  period: { openEnded: false },
  uncertain: false,
  flags: [],
  source: { datasetId: 'import-1', row: 2 },
} as RoadmapItem

function mountDetail() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDatasetsStore().datasets = [dataset]
  useRoadmapStore().items = [item]
  return mount(TimelineDetail, {
    props: { itemId: item.id },
    global: { plugins: [...plugins('nb'), pinia] },
  })
}

describe('TimelineDetail', () => {
  it('names a goal with no strategy loaded by its number alone, with no dangling colon', () => {
    const goalLink = mountDetail().get('a[href="/mal/2"]')
    expect(goalLink.text()).toBe('Mål 2')
  })

  it('links «Åpne tiltaket» to the item page by its key, naming the dataset by content', () => {
    const link = mountDetail().get('[data-testid="detail-open-item"]')
    expect(link.text()).toBe('Åpne tiltaket')
    expect(link.attributes('href')).toMatch(/^\/tiltak\/20240000000000001\?ds=veikart\.cdcdcdcdcdcdcdcd&/)
  })
})
