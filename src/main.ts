import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n, initialLocale, loadLocale, persistLocale } from './i18n'
import { createAppRouter } from './router'
import './styles/main.css'

const locale = initialLocale()
persistLocale(locale)

const i18n = createAppI18n(locale)
const app = createApp(App).use(createPinia()).use(createAppRouter()).use(i18n)
// A stored English choice: its catalog first, so the page never flashes bokmål.
void (locale === 'nb' ? Promise.resolve() : loadLocale(i18n, locale)).finally(() => app.mount('#app'))
