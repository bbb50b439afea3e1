/**
 * How the app holds its catalogs (src/i18n/index.ts): raw, so `t()` does not walk reactive
 * proxies, and the rest of bokmål swapped in whole rather than deep-copied into the first part.
 * In a browser-like environment, where vue-i18n keeps its messages in a deep `ref`.
 */
import { isReactive } from 'vue'
import { describe, expect, it } from 'vitest'
import { createAppI18n, loadPageMessages } from '@/i18n'
import nbPages from '@/i18n/nb-pages'
import nbStart from '@/i18n/nb-start'

describe('the catalogs', () => {
  it('are held raw, before and after the rest of bokmål arrives, and both parts translate', async () => {
    const i18n = createAppI18n('nb')
    expect(isReactive(i18n.global.messages.value.nb)).toBe(false)
    expect(i18n.global.te('goals.heading')).toBe(false)
    await loadPageMessages(i18n)
    expect(isReactive(i18n.global.messages.value.nb)).toBe(false)
    expect(i18n.global.t('nav.overview')).toBe('Oversikt')
    expect(i18n.global.t('goals.heading')).toBe('Mål og målsettinger')
  })

  it('split bokmål into parts that share no top-level key (the second replaces none of the first)', () => {
    const shared = Object.keys(nbStart).filter((key) => key in nbPages)
    expect(shared).toEqual([])
  })
})
