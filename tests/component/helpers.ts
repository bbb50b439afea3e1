import { createMemoryHistory, createRouter, type Router, type RouteRecordRaw } from 'vue-router'
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
