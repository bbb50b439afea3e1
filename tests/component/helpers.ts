import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router, type RouteRecordRaw } from 'vue-router'
import type { Dataset } from '@/domain/types'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { createAppI18n, type Locale } from '@/i18n'
import en from '@/i18n/en'
import nbPages from '@/i18n/nb-pages'

/** An in-memory router: `routes` first, then any other path to an empty page. */
function memoryRouter(routes: RouteRecordRaw[] = []): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [...routes, { path: '/:p(.*)*', component: { template: '<div />' } }],
  })
}

/** Plugins a component needs to mount: i18n in the given language and an in-memory router. */
export function plugins(locale: Locale = 'nb') {
  return [createAppI18n(locale, { en, nbPages }), memoryRouter()]
}

/**
 * The plugins of `plugins` with the router already at `path`; `routes` go before the catch-all,
 * for a view that reads its route's params.
 */
export async function pluginsAt(path: string, options: { routes?: RouteRecordRaw[]; locale?: Locale } = {}) {
  const router = memoryRouter(options.routes)
  await router.push(path)
  return [createAppI18n(options.locale ?? 'nb', { en, nbPages }), router]
}

/**
 * A fresh Pinia, made active, with `dataset` as the only and the active dataset; and the
 * roadmap store, whose items a test sets (with `loadedId`) when the page may have them.
 */
export function piniaWithDataset(dataset: Dataset) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const datasets = useDatasetsStore()
  datasets.datasets = [dataset]
  datasets.activeId = dataset.id
  return { pinia, roadmap: useRoadmapStore() }
}
