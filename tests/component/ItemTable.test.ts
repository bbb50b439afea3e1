import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { Router } from 'vue-router'
import ItemTable from '@/components/items/ItemTable.vue'
import type { Dataset, RoadmapItem, SubGoal } from '@/domain/types'
import { emptyFilter, filterItems } from '@/domain/filter'
import { sortItems } from '@/domain/item-sort'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { plugins } from './helpers'

const dataset = { id: 'import-1', kind: 'veikart', title: 'Veikart', checksum: 'ab'.repeat(32) } as Dataset
const subGoals: SubGoal[] = [
  {
    id: 'import-1/sg2d',
    datasetId: 'import-1',
    goal: 2,
    code: '2D',
    title: 'Tilgang til PLL',
    conditions: [],
  },
]
const row = (key: string, title: string, row: number, extra: Partial<RoadmapItem> = {}): RoadmapItem => ({
  id: `import-1/${key}`,
  key,
  datasetId: 'import-1',
  title,
  goal: 2,
  actors: [],
  actorIds: [],
  period: { openEnded: false },
  uncertain: false,
  flags: [],
  source: { datasetId: 'import-1', row },
  ...extra,
})
const items = [
  row('B/7', 'Bravo', 2, { subGoalId: 'import-1/sg2d', grouping: 'Legemidler', description: 'Om bravo' }),
  row('2-aaaaaaaa', 'Alfa', 3),
]

async function mountTable(path = '/tiltak', list = items, datasetItems: RoadmapItem[] = []) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDatasetsStore().datasets = [dataset]
  // The table takes a list filtered from the dataset's items in the dataset's order (by position).
  useRoadmapStore().items = datasetItems
  useRoadmapStore().subGoals = subGoals
  const all = plugins('nb')
  const router = all[1] as Router
  await router.push(path)
  const wrapper = mount(ItemTable, {
    props: {
      items: list,
      subGoals,
      goals: [{ number: 2, title: 'Enklere arbeidshverdag' }],
      caption: 'Tiltak',
    },
    global: { plugins: [...all, pinia] },
  })
  return { wrapper, router }
}
const titles = (wrapper: Awaited<ReturnType<typeof mountTable>>['wrapper']) =>
  wrapper.findAll('tbody [data-col="title"] a').map((a) => a.text())

describe('ItemTable', () => {
  it('shows a compact code with the full goal › sub-goal › grouping for hover, focus and screen readers', async () => {
    const { wrapper } = await mountTable()
    const code = wrapper.get('tbody tr [data-col="code"] .code')
    expect(code.attributes('tabindex')).toBe('0')
    expect(code.get('[aria-hidden="true"]').text()).toBe('2D')
    expect(code.get('.code__full').text()).toBe(
      'Mål 2: Enklere arbeidshverdag › 2D Tilgang til PLL › Legemidler',
    )
    expect(wrapper.findAll('tbody [data-col="code"] [aria-hidden="true"]')[1]?.text()).toBe('Mål 2')
  })
  it('links each title to the item page by its key, naming the dataset by content', async () => {
    const { wrapper } = await mountTable()
    const hrefs = wrapper.findAll('tbody [data-col="title"] a').map((a) => a.attributes('href'))
    expect(hrefs[0]).toMatch(/^\/tiltak\/B%2F7\?ds=veikart\.abababababababab&/)
    expect(hrefs[1]).toMatch(/^\/tiltak\/2-aaaaaaaa\?ds=veikart\./)
  })
  it('sorts by a clicked column, keeps the sort in the URL and marks it with aria-sort', async () => {
    const { wrapper, router } = await mountTable('/tiltak?mal=2')
    expect(titles(wrapper)).toEqual(['Bravo', 'Alfa'])
    await wrapper.get('[data-sort="title"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ mal: '2', sort: 'title' })
    expect(titles(wrapper)).toEqual(['Alfa', 'Bravo'])
    expect(wrapper.get('th[data-col="title"]').attributes('aria-sort')).toBe('ascending')
    await wrapper.get('[data-sort="title"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.sort).toBe('-title')
    expect(wrapper.get('th[data-col="title"]').attributes('aria-sort')).toBe('descending')
  })
  it('reads the sort and the description column from the URL', async () => {
    const { wrapper, router } = await mountTable('/tiltak?sort=-row&beskrivelse=1')
    expect(titles(wrapper)).toEqual(['Alfa', 'Bravo'])
    expect(wrapper.findAll('tbody [data-col="description"]').map((td) => td.text())).toEqual(['', 'Om bravo'])
    await wrapper.get('[data-testid="toggle-description"]').setValue(false)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: '-row' })
    expect(wrapper.find('[data-col="description"]').exists()).toBe(false)
  })
  it('leaves out the phase and status columns when no item of the dataset has them', async () => {
    const headers = async (list: RoadmapItem[]) =>
      (await mountTable('/tiltak', list)).wrapper.findAll('thead th').map((th) => th.attributes('data-col'))
    expect(await headers(items)).toEqual(['code', 'title', 'actors', 'start', 'row'])
    const phased = [...items, row('c', 'Charlie', 4, { phase: { from: 'konsept', to: 'konsept' } })]
    expect(await headers(phased)).toEqual(['code', 'title', 'actors', 'start', 'phase', 'row'])
  })
  it(
    'shows a list filtered from the dataset in its sort, a page at a time',
    { timeout: 60_000 },
    async () => {
      const many = Array.from({ length: 450 }, (_, n) =>
        row(`k${n}`, `Tittel ${String(n % 97).padStart(2, '0')}`, n + 2, { goal: n % 3 === 0 ? 3 : 2 }),
      )
      const filtered = filterItems(many, { ...emptyFilter(), goals: [2] }, subGoals)
      const expected = sortItems(filtered, { key: 'title', ascending: false })
      const { wrapper } = await mountTable('/tiltak?sort=-title', filtered, many)
      const rowIds = () => wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-item-id'))
      expect(rowIds()).toEqual(expected.slice(0, 200).map((i) => i.id))
      expect(expected).toHaveLength(300)
      expect(wrapper.get('[data-testid="show-more"]').text()).toContain('300')
      await wrapper.get('[data-testid="show-more"]').trigger('click')
      expect(rowIds()).toEqual(expected.map((i) => i.id))
      expect(wrapper.find('[data-testid="show-more"]').exists()).toBe(false)
    },
  )
  it('opens an item in the app on a plain click of its title', async () => {
    const { wrapper, router } = await mountTable()
    const pushed: string[] = []
    router.beforeEach((to) => {
      pushed.push(to.fullPath)
      return false
    })
    await wrapper.get('tbody [data-col="title"] a').trigger('click', { button: 0 })
    await flushPromises()
    expect(pushed).toHaveLength(1)
    expect(pushed[0]).toMatch(/^\/tiltak\/B%2F7\?ds=veikart\.abababababababab&/)
  })
})
