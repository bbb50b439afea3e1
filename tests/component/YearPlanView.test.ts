import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { RoadmapItem } from '@/domain/types'
import { YEAR_PLAN_CELL_ITEMS, YEAR_PLAN_FULL_LIMIT } from '@/domain/view-limits'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import YearPlanView from '@/views/YearPlanView.vue'
import { pluginsAt } from './helpers'

function item(n: number): RoadmapItem {
  return {
    id: `ds/${n}`,
    key: String(n),
    datasetId: 'ds',
    title: `Tiltak ${n}`,
    goal: 1,
    actors: ['Helse Vest RHF'],
    actorIds: ['helse-vest-rhf'],
    period: { start: { date: '2026-01-01', precision: 'year' }, openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: n + 2 },
  }
}

async function mountPlan(count: number, planYear?: number) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useRoadmapStore().items = Array.from({ length: count }, (_, n) => item(n))
  if (planYear) {
    const datasets = useDatasetsStore()
    datasets.datasets = [
      {
        id: 'ds',
        kind: 'tiltak',
        title: 'Tiltak',
        importedAt: '',
        fileName: 'x.csv',
        checksum: '',
        rowCount: count,
        bundled: false,
        planYear,
      },
    ]
    datasets.activeId = 'ds'
  }
  const installed = await pluginsAt('/ar/2026', { routes: [{ path: '/ar/:year?', component: YearPlanView }] })
  return mount(YearPlanView, { global: { plugins: [...installed, pinia] } })
}

// Mounting 2 000+ list items in jsdom takes seconds on a loaded 2-core machine: a generous
// timeout keeps this a test of what is listed, never of speed (that is `npm run bench`).
describe('YearPlanView at its size limit', { timeout: 30_000 }, () => {
  it('lists every item while the plan is within the limit', async () => {
    const wrapper = await mountPlan(YEAR_PLAN_FULL_LIMIT)
    expect(wrapper.findAll('[data-goal="1"] li[data-item]')).toHaveLength(YEAR_PLAN_FULL_LIMIT)
    expect(wrapper.find('[data-testid="year-plan-more"]').exists()).toBe(false)
  })

  it('beyond it, lists the first items of each cell and links to the rest in the item list', async () => {
    const count = YEAR_PLAN_FULL_LIMIT + 500
    const wrapper = await mountPlan(count)
    expect(wrapper.findAll('[data-goal="1"] li[data-item]')).toHaveLength(YEAR_PLAN_CELL_ITEMS)
    const more = wrapper.get('[data-testid="year-plan-more"] a')
    expect(more.text()).toBe('… og 2\u00a0480 til i tiltakslisten')
    expect(more.attributes('href')).toBe('/tiltak?ar=2026&mal=1&aktor=helse-vest-rhf')
    expect(wrapper.get('[data-testid="year-plan-summary"]').text()).toContain(
      'Årsplanen har over 2\u00a0000 tiltak; hver celle viser de 20 første',
    )
  })
})

describe('YearPlanView text', () => {
  it('keeps the spaces between the summary and its link, and between a title and its period', async () => {
    // Plan year 2025 with items of 2026: every item is in the plan without touching the year,
    // so the summary ends in the plan-year sentence right before the link.
    const wrapper = await mountPlan(2, 2025)
    await wrapper.vm.$router.push('/ar/2025')
    await flushPromises()
    expect(wrapper.get('[data-testid="year-plan-summary"]').text().replace(/\s+/g, ' ')).toMatch(
      /har ingen slik periode\. Se de 0 med/,
    )
    expect(wrapper.get('li[data-item]').text()).toMatch(/^Tiltak \d \(/)
  })
})
