/**
 * Starts the app (main.ts imports this after the first paint): i18n, router, stores, and the
 * mount once the first page is known.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import {
  createAppI18n,
  initialLocale,
  loadLocale,
  loadPageMessages,
  pageMessagesLoaded,
  persistLocale,
} from './i18n'
import { createAppRouter } from './router'
import { useDatasetsStore } from './stores/datasets'

const locale = initialLocale()
persistLocale(locale)

const i18n = createAppI18n(locale)
// The rest of bokmål, fetched alongside the first page; every other page waits for it.
void loadPageMessages(i18n)
const router = createAppRouter()
router.beforeEach((to) => (to.name === 'overview' ? true : pageMessagesLoaded().then(() => true)))
const pinia = createPinia()
const app = createApp(App).use(pinia).use(router).use(i18n)
const datasets = useDatasetsStore(pinia)
void datasets.init()

// The app mounts once its first page is known: the route, the datasets (or, on a first visit,
// the bundled start) and a stored English catalog. Its first render is then that page, never a
// loading line or a flash of bokmål, and on a first visit it is the picture of the overview that
// index.html already shows (src/prerender.ts), replaced in one frame. A storage that does not
// answer holds it back at most a second.
const settled = (promise: Promise<unknown>) => promise.catch(() => undefined)
const atMostASecond = new Promise((resolve) => setTimeout(resolve, 1000))
void Promise.all([
  settled(router.isReady()),
  Promise.race([datasets.startKnown(), atMostASecond]),
  locale === 'nb' ? undefined : settled(loadLocale(i18n, locale)),
]).finally(() => app.mount('#app'))
