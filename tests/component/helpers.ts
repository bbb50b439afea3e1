import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n, type Locale } from '@/i18n'
import en from '@/i18n/en'
import nbPages from '@/i18n/nb-pages'

/** Plugins a component needs to mount: i18n in the given language and an in-memory router. */
export function plugins(locale: Locale = 'nb') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })
  return [createAppI18n(locale, { en, nbPages }), router]
}
