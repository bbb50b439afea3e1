import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { useTimeline } from '@/composables/useTimeline'
import { parsePeriod } from '@/domain/period'
import type { GoalNumber, RoadmapItem } from '@/domain/types'
import { createAppI18n } from '@/i18n'
import nbPages from '@/i18n/nb-pages'
import { useRoadmapStore } from '@/stores/roadmap'

function item(id: string, when: string, fields: Partial<RoadmapItem> = {}): RoadmapItem {
  const period = parsePeriod(when)
  if (!period.ok) throw new Error(when)
  return {
    id: `ds/${id}`,
    key: id,
    datasetId: 'ds',
    title: `Tiltak ${id}`,
    goal: 2 as GoalNumber,
    actors: [],
    actorIds: [],
    period: period.value,
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: 2 },
    ...fields,
  }
}

const ITEMS = [
  item('a', '2023 - 2025', {
    goal: 1 as GoalNumber,
    actors: ['Helse Vest RHF'],
    actorIds: ['helse-vest-rhf'],
  }),
  item('b', '2024', { goal: 2 as GoalNumber }),
  item('c', '', { goal: 2 as GoalNumber }),
]

async function mountAt(url: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useRoadmapStore().items = ITEMS
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
  })
  await router.push(url)
  await router.isReady()
  let timeline!: ReturnType<typeof useTimeline>
  const Host = defineComponent({
    setup() {
      timeline = useTimeline('2026-01-15')
      return () => h('p', timeline.windowText.value)
    },
  })
  const wrapper = mount(Host, { global: { plugins: [pinia, router, createAppI18n('en', { nbPages })] } })
  return { wrapper, router, timeline: () => timeline }
}

const search = (router: Router) => router.currentRoute.value.fullPath

describe('useTimeline', () => {
  it('opens a year-zoom window around today without a date, and lays out the dated items', async () => {
    const { timeline } = await mountAt('/tidslinje')
    const tl = timeline()
    expect(tl.zoom.value).toBe('year')
    expect(tl.asOf.value).toBe('2026-01-15')
    expect(tl.window.value).toEqual({ start: '2024-01-15', end: '2030-01-15' })
    expect(tl.layout.value.bars.map((b) => b.itemId)).toEqual(['ds/a', 'ds/b'])
    expect(tl.layout.value.undated.map((i) => i.id)).toEqual(['ds/c'])
  })

  it('runs open and unknown ends two years past the latest stated date or the as-of date, whichever is later', async () => {
    // Stated: 2023-01-01 … 2025-12-31 (items a and b).
    const later = (await mountAt('/tidslinje')).timeline()
    expect(later.layout.value.edge).toEqual({ start: '2023-01-01', end: '2028-01-15' })
    const earlier = (await mountAt('/tidslinje?dato=2024-06-30')).timeline()
    expect(earlier.layout.value.edge).toEqual({ start: '2023-01-01', end: '2027-12-31' })
  })

  it('reads zoom, date and grouping from the URL and shows the window in words', async () => {
    const { wrapper, timeline } = await mountAt('/tidslinje?zoom=kvartal&dato=2025-06-30&grupper=aktor')
    const tl = timeline()
    expect(tl.window.value).toEqual({ start: '2024-12-30', end: '2026-06-30' })
    expect(tl.asOf.value).toBe('2025-06-30')
    expect(tl.layout.value.lanes[0]?.label).toBe('Helse Vest RHF')
    expect(wrapper.text()).toContain('2024')
  })

  it('shows everything at zoom "all": from the first stated day to two years past the last', async () => {
    const { timeline } = await mountAt('/tidslinje?zoom=alt&dato=2025-06-30')
    expect(timeline().window.value).toEqual({ start: '2023-01-01', end: '2027-12-31' })
  })

  it('ignores words that are not its own (?zoom=constructor, ?grupper=__proto__)', async () => {
    const { timeline } = await mountAt('/tidslinje?zoom=constructor&grupper=__proto__&dato=9999-99-99')
    expect(timeline().zoom.value).toBe('year')
    expect(timeline().groupBy.value).toBe('goal')
    expect(timeline().asOf.value).toBe('2026-01-15')
  })

  it('writes its state to the URL, keeping the dataset and the filter, defaults left out', async () => {
    const { router, timeline } = await mountAt('/tidslinje?ds=tiltak.abc&mal=1')
    timeline().setZoom('quarter')
    await flushPromises()
    timeline().setGroupWord('fase')
    await flushPromises()
    timeline().setAsOf('2024-03-01')
    await flushPromises()
    expect(search(router)).toBe('/tidslinje?ds=tiltak.abc&mal=1&zoom=kvartal&grupper=fase&dato=2024-03-01')
    timeline().setZoom('year')
    await flushPromises()
    timeline().setGroupWord('toString')
    await flushPromises()
    expect(search(router)).toBe('/tidslinje?ds=tiltak.abc&mal=1&grupper=fase&dato=2024-03-01')
    expect(timeline().layout.value.bars.map((b) => b.itemId)).toEqual(['ds/a'])
  })

  it('opens and closes an item through the URL, and collapses and expands lanes', async () => {
    const { router, timeline } = await mountAt('/tidslinje')
    const tl = timeline()
    tl.openItem('ds/b')
    await flushPromises()
    expect(tl.selectedItem.value).toBe('ds/b')
    expect(tl.openedHere.value).toBe(true)
    expect(tl.closeItem()).toBe('ds/b')
    await flushPromises()
    expect(search(router)).toBe('/tidslinje')
    expect(tl.marks.value).not.toContain('rolled-up')
    tl.setAll(false)
    expect(tl.layout.value.lanes.map((l) => l.kind)).toEqual(['goal', 'goal'])
    // The legend names the rolled-up rows (it reads bars only until it has every mark they can have).
    expect(tl.marks.value).toContain('rolled-up')
    tl.toggleLane(tl.layout.value.lanes[0]!.id)
    expect(tl.layout.value.lanes.map((l) => l.kind)).toEqual(['goal', 'item', 'goal'])
    tl.setAll(true)
    expect(tl.layout.value.lanes).toHaveLength(4)
    expect(tl.marks.value).not.toContain('rolled-up')
    // Only the last lane collapsed: the first bars read are not rolled up, the last one is.
    tl.toggleLane(tl.layout.value.lanes[2]!.id)
    expect(tl.layout.value.bars.map((b) => b.rolledUp)).toEqual([false, true])
    expect(tl.marks.value).toContain('rolled-up')
  })
})
