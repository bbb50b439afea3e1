import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { usePageTitle } from '@/composables/usePageTitle'
import { withSetup } from './host'

describe('usePageTitle', () => {
  it('names the page, the goals filtered on and the app', async () => {
    const { router } = await withSetup('/tidslinje?mal=2,3', usePageTitle)
    expect(document.title).toBe('Tidslinje · Mål 2, Mål 3 · Veikart')
    await router.push('/mal/4')
    await flushPromises()
    expect(document.title).toBe('Mål · Mål 4 · Veikart')
  })

  it('speaks the UI’s language and says so when a page does not exist', async () => {
    const { router } = await withSetup('/tidslinje', usePageTitle, { locale: 'en' })
    expect(document.title).toBe('Timeline · Veikart')
    await router.push('/finnes-ikke')
    await flushPromises()
    expect(document.title).toBe('Page not found · Veikart')
  })
})
