import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n, initialLocale, persistLocale } from './i18n'
import { createAppRouter } from './router'
import './styles/main.css'

const locale = initialLocale()
persistLocale(locale)

createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n(locale)).mount('#app')
