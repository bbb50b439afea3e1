import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { usePageTitle } from '@/composables/usePageTitle'
import type { Dataset } from '@/domain/types'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { item } from '../../unit/factories'
import { withSetup } from './host'

describe('usePageTitle', () => {
  it('names the page, the goals filtered on and the app', async () => {
    const { router } = await withSetup('/tidslinje?mal=2,3', usePageTitle)
    expect(document.title).toBe('Tidslinje · Mål 2, Mål 3 · Veikart')
    await router.push('/mal/4')
    await flushPromises()
    expect(document.title).toBe('Mål · Mål 4 · Veikart')
  })

  it('names an actor once the items are read, not by the link’s id while they load', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const datasets = useDatasetsStore()
    datasets.datasets = [
      { id: 'ds', kind: 'tiltak', title: 'Tiltak 2024', checksum: 'ab'.repeat(32) } as Dataset,
    ]
    datasets.activeId = 'ds'
    const { router } = await withSetup('/aktorer/helse-nord-rhf', usePageTitle, { pinia })
    expect(document.title).toBe('Aktører · Tiltak 2024 · Veikart')
    const roadmap = useRoadmapStore()
    roadmap.items = [item('ds/1', { actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'] })]
    roadmap.loadedId = 'ds'
    await flushPromises()
    expect(document.title).toBe('Aktører · Helse Nord RHF · Tiltak 2024 · Veikart')
    // No actor with that id: the link's id says what was asked for.
    await router.push('/aktorer/finnes-ikke')
    await flushPromises()
    expect(document.title).toBe('Aktører · finnes-ikke · Tiltak 2024 · Veikart')
  })

  it('speaks the UI’s language and says so when a page does not exist', async () => {
    const { router } = await withSetup('/tidslinje', usePageTitle, { locale: 'en' })
    expect(document.title).toBe('Timeline · Veikart')
    await router.push('/finnes-ikke')
    await flushPromises()
    expect(document.title).toBe('Page not found · Veikart')
  })
})
