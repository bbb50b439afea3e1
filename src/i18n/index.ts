/**
 * vue-i18n set-up: bokmål by default, English on request, the choice remembered. Only the part of
 * bokmål the first page needs is on the start path (nb-start.ts); the rest (nb-pages.ts) is
 * fetched at once, in parallel, and awaited before another page or a notice renders; English is
 * fetched when chosen (or stored). Each whole precompiled catalog is ~11 kB gzip.
 */
import { markRaw, watch } from 'vue'
import { createI18n } from 'vue-i18n'
import { formatLocale } from './format'
import type en from './en'
import type nb from './nb'
import type nbPages from './nb-pages'
import nbStart from './nb-start'

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
 * The app's i18n in `locale`, with bokmål's first-page messages. The rest of bokmål comes from
 * `loadPageMessages`, English from `loadLocale` (or, in tests, both from `preloaded`); until
 * English arrives the UI stays in bokmål.
 */
export function createAppI18n(
  locale: Locale = initialLocale(),
  preloaded: { en?: typeof en; nbPages?: typeof nbPages } = {},
) {
  const nbMessages = catalog(preloaded.nbPages ? { ...nbStart, ...preloaded.nbPages } : nbStart)
  const i18n = createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: preloaded.en || locale === 'nb' ? locale : 'nb',
    fallbackLocale: 'nb',
    messages: preloaded.en
      ? { nb: nbMessages, en: catalog(preloaded.en) }
      : ({ nb: nbMessages } as { nb: MessageSchema; en: MessageSchema }),
  })
  // Dates and numbers follow the UI language (src/i18n/format.ts).
  watch(i18n.global.locale, (value) => (formatLocale.value = value), { immediate: true, flush: 'sync' })
  return i18n
}

/**
 * A catalog as vue-i18n should hold it: raw. In the browser vue-i18n keeps its messages in a deep
 * `ref`, so each `t()` walked the key's path through reactive proxies and tracked every step:
 * about a quarter of the overview's first render. A catalog is only ever replaced whole
 * (`setLocaleMessage`), and that replacement is still tracked, so nothing needs the deep proxies.
 */
export function catalog(messages: object): MessageSchema {
  return markRaw(messages) as MessageSchema
}

let pageMessages: Promise<void> = Promise.resolve()

/** Fetches the rest of bokmål (the pages after the first) into `i18n`; see `pageMessagesLoaded`. */
export function loadPageMessages(i18n: ReturnType<typeof createAppI18n>): Promise<void> {
  pageMessages = import('./nb-pages').then(({ default: pages }) => {
    // One new catalog rather than `mergeLocaleMessage`, which deep-copies every message into the
    // old one; the two parts share no top-level key.
    i18n.global.setLocaleMessage('nb', catalog({ ...i18n.global.getLocaleMessage('nb'), ...pages }))
  })
  return pageMessages
}

/**
 * Settles once the rest of bokmål is in (at once when it was never asked for, as in tests that
 * preload it): a page or notice beyond the first page waits for it. A failed fetch (offline before
 * the app was cached) does not block: the page renders, with the keys of the messages it lacks.
 */
export function pageMessagesLoaded(): Promise<void> {
  return pageMessages.catch(() => undefined)
}

/** Switches the UI to `locale`, fetching its catalog first if it is not there yet. */
export async function loadLocale(i18n: ReturnType<typeof createAppI18n>, locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const { default: messages } = await import('./en')
    i18n.global.setLocaleMessage(locale, catalog(messages))
  }
  i18n.global.locale.value = locale
}

/** Remembers the choice and keeps `<html lang>` right for screen readers. */
export function persistLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  if (typeof document !== 'undefined') document.documentElement.lang = locale === 'nb' ? 'nb' : 'en'
}
