import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { openOverview, saveView } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('presentation mode', () => {
  it('steps through the saved views with the keyboard and leaves with Esc', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1920, height: 1080 })
    await openOverview(page)
    await saveView(page, '/mal/2', 'Mål 2 i 2024', 'Sak 12/24: status for mål 2')
    await saveView(page, '/?graf=hierarchy', 'Hierarki', '')
    await saveView(page, '/ar/2024', 'Årsplan', 'Alle aktører')

    await page.goto('/visninger')
    // The list loads from IndexedDB after the page mounts.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="saved-views"] .views__title').length === 3,
    )
    const titles = await page.$$eval('[data-testid="saved-views"] .views__title', (els) =>
      els.map((e) => e.textContent?.trim()),
    )
    expect(titles).toEqual(['Mål 2 i 2024', 'Hierarki', 'Årsplan'])
    await page.click('[data-testid="start-presentation"]')
    await page.waitForSelector('[data-testid="slide"] svg')
    const slideTitle = () => page.textContent('main h1')
    const count = async () =>
      Number(/av (\d+)/.exec((await page.textContent('[data-testid="slide-counter"]')) ?? '')?.[1])
    expect(await page.textContent('[data-testid="slide-counter"]')).toMatch(/^Lysbilde 1 av \d+$/)
    expect(new URL(page.url()).pathname).toBe('/mal/2')
    expect(await slideTitle()).toBe('Mål 2 i 2024')
    expect(await page.isVisible('.app-header')).toBe(false)

    // The goal's items continue on follow-on slides; End jumps to the last (the year plan).
    await page.keyboard.press('ArrowRight')
    await page.waitForSelector('text=/Lysbilde 2 av/')
    expect(await slideTitle()).toMatch(/^Mål 2 i 2024 \(forts\. 2\/\d+\)$|^Hierarki$/)
    await page.keyboard.press('End')
    const total = await count()
    await page.waitForSelector(`text=Lysbilde ${total} av ${total}`)
    expect(new URL(page.url()).pathname).toBe('/ar/2024')
    expect(await slideTitle()).toMatch(/^Årsplan/)
    await page.keyboard.press('Space')
    expect(await page.textContent('[data-testid="slide-counter"]')).toBe(`Lysbilde ${total} av ${total}`)
    await page.keyboard.press('PageUp')
    await page.waitForSelector(`text=Lysbilde ${total - 1} av ${total}`)
    await page.keyboard.press('Home')
    await page.waitForSelector(`text=Lysbilde 1 av ${total}`)

    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="presenter-bar"]', { state: 'detached' })
    expect(new URL(page.url()).searchParams.has('lysbilde')).toBe(false)
    expect(await page.isVisible('.app-header')).toBe(true)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('saved views say what they show, can be reordered, and a deletion can be undone', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await saveView(page, '/mal/1', 'A', '')
    await saveView(page, '/tiltak?mal=3&ar=2024', 'B', '')
    await page.goto('/visninger')
    await page.waitForFunction(() => document.querySelectorAll('.views__title').length === 2)
    const titles = () => page.$$eval('.views__title', (els) => els.map((e) => e.textContent?.trim()))
    expect(
      await page.$$eval('[data-testid="view-description"]', (els) => els.map((e) => e.textContent?.trim())),
    ).toEqual([
      '— Mål · Tiltak for 2024 · Filtre: Mål: 1',
      '— Tiltak · Tiltak for 2024 · Filtre: Mål: 3; År (periode berører året): 2024',
    ])
    await page.click('button:has-text("Flytt ned: A")')
    await page.waitForFunction(() => document.querySelector('.views__title')?.textContent?.trim() === 'B')
    await page.click('button:has-text("Slett: A")')
    await page.waitForFunction(() => document.querySelectorAll('.views__title').length === 1)
    expect(await page.textContent('[data-testid="view-deleted"]')).toContain('«A» er slettet.')
    await page.click('[data-testid="view-undo"]')
    await page.waitForFunction(() => document.querySelectorAll('.views__title').length === 2)
    expect(await titles()).toEqual(['B', 'A'])
    expect(await page.locator('[data-testid="view-deleted"]').count()).toBe(0)
    await page.click('button:has-text("Slett: A")')
    await page.waitForFunction(() => document.querySelectorAll('.views__title').length === 1)
    await page.reload()
    await page.waitForSelector('.views__title')
    expect(await titles()).toEqual(['B'])
    await context.close()
  })
})
