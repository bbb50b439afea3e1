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
import './styles/main.css'

const locale = initialLocale()
persistLocale(locale)

const i18n = createAppI18n(locale)
// The rest of bokmål, fetched alongside the first page; every other page waits for it.
void loadPageMessages(i18n)
const router = createAppRouter()
router.beforeEach((to) => (to.name === 'overview' ? true : pageMessagesLoaded().then(() => true)))
const app = createApp(App).use(createPinia()).use(router).use(i18n)
// A stored English choice: its catalog first, so the page never flashes bokmål.
void (locale === 'nb' ? Promise.resolve() : loadLocale(i18n, locale)).finally(() => app.mount('#app'))
