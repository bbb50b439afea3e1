import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { countItems, openOverview, waitForGoalCards } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('offline use', () => {
  it('after the first visit, reload, every route and a CSV import work with the network cut', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    // Wait until the service worker has installed (precached everything) and activated.
    const ready = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active
      if (worker && worker.state !== 'activated') {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        )
      }
      return worker?.state
    })
    expect(ready).toBe('activated')
    // «Virker uten nett» is said once, after the data has loaded, and never again on this device.
    await page.waitForSelector('[data-testid="update-prompt"]:has-text("virker nå også uten nett")')
    await page.reload()
    await waitForGoalCards(page)
    await page.waitForTimeout(1500)
    expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0)
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json())
    expect(manifest).toMatchObject({
      name: 'Veikart – nasjonal e-helsestrategi',
      short_name: 'Veikart',
      lang: 'nb',
    })

    await context.setOffline(true)
    await page.reload()
    await waitForGoalCards(page)
    for (const path of [
      '/tiltak',
      '/mal',
      '/mal/3',
      '/aktorer',
      '/aktorer/helse-vest-rhf',
      '/ar/2024',
      '/tidslinje',
      '/import',
      '/datasett',
    ]) {
      await page.goto(path)
      await page.waitForSelector('main h1')
      expect(await page.textContent('main h1'), path).not.toBe('Fant ikke siden')
    }

    const before = await countItems(page)
    await page.goto('/import')
    await page.setInputFiles('[data-testid="import-file"]', 'tests/fixtures/utf8-bom.csv')
    await page.waitForSelector('[data-testid="import-summary"]')
    await page.click('[data-testid="import-commit"]')
    await page.waitForSelector('[data-testid="import-committed"]')
    expect(await countItems(page)).toBe(before + 2)
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([])
    await context.close()
  })
})
