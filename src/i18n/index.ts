/** vue-i18n set-up: bokmål by default, English on request, the choice remembered. */
import { createI18n } from 'vue-i18n'
import { en } from './en'
import { nb, type MessageSchema } from './nb'

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

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[MessageSchema], Locale>({
    legacy: false,
    locale,
    fallbackLocale: 'nb',
    messages: { nb, en },
  })
}

/** Remembers the choice and keeps `<html lang>` right for screen readers. */
export function persistLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  if (typeof document !== 'undefined') document.documentElement.lang = locale === 'nb' ? 'nb' : 'en'
}
