/**
 * The overview as a first visit sees it, rendered to HTML at build time (vite.config.ts puts it
 * into index.html): the page shows it at once, before any script has run, and start.ts hydrates
 * it, the same page from the same bundled data, keeping its elements. Only a first visit to the
 * start page in bokmål sees it (public/first-visit.js decides); anything else could differ.
 */
import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { routes } from './router'
import { useDatasetsStore } from './stores/datasets'

export async function renderStartPage(): Promise<string> {
  const pinia = createPinia()
  const router = createRouter({ history: createMemoryHistory(), routes })
  const app = createSSRApp(App).use(pinia).use(router).use(createAppI18n('nb'))
  useDatasetsStore(pinia).showBundledStart()
  await router.push('/')
  return renderToString(app)
}
