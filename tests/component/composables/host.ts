import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { createAppI18n, type Locale } from '@/i18n'
import en from '@/i18n/en'
import nbPages from '@/i18n/nb-pages'

/**
 * Runs a composable inside a mounted component with Pinia, vue-i18n and a memory-history router
 * at `url` (route names as the app's, so titles can be looked up), and hands back what it returned.
 */
export async function withSetup<T>(
  url: string,
  use: () => T,
  options: { locale?: Locale; pinia?: Pinia } = {},
): Promise<{ result: T; router: Router; unmount: () => void }> {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  const page = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: page },
      { path: '/tidslinje', name: 'timeline', component: page },
      { path: '/tiltak', name: 'items', component: page },
      { path: '/mal/:n', name: 'goal', component: page },
      { path: '/aktorer/:id', name: 'actor', component: page },
      { path: '/:p(.*)*', name: 'not-found', component: page },
    ],
  })
  await router.push(url)
  await router.isReady()
  let result!: T
  const Host = defineComponent({
    setup() {
      result = use()
      return () => h('div')
    },
  })
  const wrapper = mount(Host, {
    global: { plugins: [pinia, router, createAppI18n(options.locale ?? 'nb', { en, nbPages })] },
  })
  return { result, router, unmount: () => wrapper.unmount() }
}
