/**
 * Starts the app (main.ts imports this after the first paint): i18n, router, stores, and the
 * mount once the first page is known.
 */
import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
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
import { nextTask } from './lib/idle'
import { useDatasetsStore } from './stores/datasets'

// The app's modules are evaluated in the task that fetched them; the i18n, the router (its
// routes and first navigation) and the stores each wait for a task of their own: on a slow phone
// none of these is then a long task.
await nextTask()

const locale = initialLocale()
persistLocale(locale)

const i18n = createAppI18n(locale)
// The rest of bokmål, fetched alongside the first page; every other page waits for it.
void loadPageMessages(i18n)
await nextTask()

const router = createAppRouter()
router.beforeEach((to) => (to.name === 'overview' ? true : pageMessagesLoaded().then(() => true)))
// The app is made at the mount (below), when it is known whether it hydrates; the first
// navigation starts now, as installing the router would start it.
void router.push(router.options.history.location).catch(() => undefined)
await nextTask()

const pinia = createPinia()
const datasets = useDatasetsStore(pinia)
void datasets.init()

/**
 * Mounts the app. On a first visit to the start page index.html already shows the overview
 * (src/prerender.ts, public/first-visit.js) from the same bundled data the store now holds: the
 * app then hydrates that page, taking over its elements rather than drawing them anew. Anywhere
 * else the picture is hidden and the app renders into the emptied root.
 */
function mount(): void {
  const root = document.getElementById('app')
  const hydrate =
    document.documentElement.hasAttribute('data-start-page') &&
    root?.hasAttribute('data-prerendered') === true &&
    datasets.startOverview !== null
  root?.removeAttribute('data-prerendered')
  const app = (hydrate ? createSSRApp : createApp)(App).use(pinia).use(router).use(i18n)
  // Marks for traces and profiles of the start (the mount was its longest task).
  performance.mark('veikart-mount-start')
  app.mount('#app')
  performance.mark('veikart-mount-end')
  // For the tests (and a reader of the page): the app runs it now; parts of a hydrated page may
  // still be taking over (`data-hydrating`, components/base/hydrate-later.ts).
  root?.setAttribute('data-started', '')
}

// The app mounts once its first page is known: the route, the datasets (or, on a first visit,
// the bundled start) and a stored English catalog. Its first render is then that page, never a
// loading line or a flash of bokmål. A storage that does not answer holds it back at most a second.
// The mount is a task of its own: the store's answer came in a task that had work of its own.
const settled = (promise: Promise<unknown>) => promise.catch(() => undefined)
const atMostASecond = new Promise((resolve) => setTimeout(resolve, 1000))
void Promise.all([
  settled(router.isReady()),
  Promise.race([datasets.startKnown(), atMostASecond]),
  locale === 'nb' ? undefined : settled(loadLocale(i18n, locale)),
]).finally(() => nextTask().then(mount))
