/** Every route has its own document title, so tabs, history and screen readers tell pages apart. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('page titles', () => {
  it('names the page, its state and the dataset', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const titles: Record<string, string> = {}
    for (const path of [
      '/',
      '/tiltak',
      '/tiltak?mal=2',
      '/mal',
      '/mal/2',
      '/aktorer',
      '/aktorer/helse-nord-rhf',
      '/ar/2024',
      '/tidslinje',
      '/visninger',
      '/import',
      '/datasett',
      '/finnes-ikke',
    ]) {
      await page.goto(path)
      await page.waitForSelector('main h1')
      await page.waitForFunction(() => document.title.endsWith('· Veikart'))
      titles[path] = await page.title()
    }
    expect(new Set(Object.values(titles)).size).toBe(Object.keys(titles).length)
    expect(titles['/']).toBe('Oversikt · Tiltak for 2024 · Veikart')
    expect(titles['/tiltak?mal=2']).toBe('Tiltak · Mål 2 · Tiltak for 2024 · Veikart')
    expect(titles['/mal/2']).toBe('Mål · Mål 2 · Tiltak for 2024 · Veikart')
    expect(titles['/aktorer/helse-nord-rhf']).toBe('Aktører · Helse Nord RHF · Tiltak for 2024 · Veikart')
    expect(titles['/ar/2024']).toBe('Årsplan · 2024 · Tiltak for 2024 · Veikart')
    await context.close()
  })
})
