/**
 * vue-i18n set-up: bokmål by default, English on request, the choice remembered. Only bokmål
 * is on the start path; English is fetched when chosen (or stored) — each precompiled catalog
 * is ~13 kB gzip, a tenth of the start budget.
 */
import { watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { formatLocale } from './format'
import type en from './en'
import nb from './nb'

/** The shape of the catalogs: bokmål's; `createAppI18n` holds English to it. */
export type MessageSchema = typeof nb

export type Locale = 'nb' | 'en'
export const LOCALES: readonly Locale[] = ['nb', 'en']
const STORAGE_KEY = 'veikart.locale'

function isLocale(value: unknown): value is Locale {
  return value === 'nb' || value === 'en'
}

/** The stored choice, else bokmål (the product's language, whatever the browser says). */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Locale {
  const stored = storage?.getItem(STORAGE_KEY)
  return isLocale(stored) ? stored : 'nb'
}

/**
 * The app's i18n in `locale`. English messages come from `loadLocale` (or, in tests, `preloaded`);
 * until they arrive the UI stays in bokmål.
 */
export function createAppI18n(locale: Locale = initialLocale(), preloaded: { en?: typeof en } = {}) {
  const i18n = createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: preloaded.en || locale === 'nb' ? locale : 'nb',
    fallbackLocale: 'nb',
    messages: preloaded.en ? { nb, en: preloaded.en } : ({ nb } as { nb: MessageSchema; en: MessageSchema }),
  })
  // Dates and numbers follow the UI language (src/i18n/format.ts).
  watch(i18n.global.locale, (value) => (formatLocale.value = value), { immediate: true, flush: 'sync' })
  return i18n
}

/** Switches the UI to `locale`, fetching its catalog first if it is not there yet. */
export async function loadLocale(i18n: ReturnType<typeof createAppI18n>, locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const { default: messages } = await import('./en')
    i18n.global.setLocaleMessage(locale, messages)
  }
  i18n.global.locale.value = locale
}

/** Remembers the choice and keeps `<html lang>` right for screen readers. */
export function persistLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  if (typeof document !== 'undefined') document.documentElement.lang = locale === 'nb' ? 'nb' : 'en'
}
