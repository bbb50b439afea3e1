import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
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

async function saveView(page: Page, path: string, title: string, note: string): Promise<void> {
  await page.goto(path)
  await page.waitForSelector('main h1')
  await page.click('[data-testid="save-view"]')
  await page.fill('[data-testid="save-view-title"]', title)
  await page.fill('[data-testid="save-view-note"]', note)
  await page.click('[data-testid="save-view-submit"]')
  await page.waitForSelector(`text=«${title}» er lagret.`)
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('presentation mode', () => {
  it('steps through three saved views with the keyboard and leaves with Esc', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1920, height: 1080 })
    await openOverview(page)
    await saveView(page, '/mal/2', 'Mål 2 i 2024', 'Sak 12/24: status for mål 2')
    await saveView(page, '/tiltak?mal=4', 'Samhandling', '')
    await saveView(page, '/ar/2024', 'Årsplan', 'Alle aktører')

    await page.goto('/visninger')
    // The list loads from IndexedDB after the page mounts.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="saved-views"] .views__title').length === 3,
    )
    const titles = await page.$$eval('[data-testid="saved-views"] .views__title', (els) =>
      els.map((e) => e.textContent?.trim()),
    )
    expect(titles).toEqual(['Mål 2 i 2024', 'Samhandling', 'Årsplan'])
    await page.click('[data-testid="start-presentation"]')
    await page.waitForSelector('[data-testid="presenter-bar"]')
    expect(await page.textContent('[data-testid="slide-counter"]')).toBe('Lysbilde 1 av 3')
    expect(new URL(page.url()).pathname).toBe('/mal/2')
    expect(await page.textContent('main h1')).toBe('Mål 2: Enklere arbeidshverdag')
    expect(await page.textContent('[data-testid="presenter-bar"]')).toContain('Sak 12/24: status for mål 2')
    expect(await page.isVisible('nav')).toBe(false)

    await page.keyboard.press('ArrowRight')
    await page.waitForSelector('text=Lysbilde 2 av 3')
    expect(new URL(page.url()).searchParams.get('mal')).toBe('4')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    await page.keyboard.press('PageDown')
    await page.waitForSelector('text=Lysbilde 3 av 3')
    expect(new URL(page.url()).pathname).toBe('/ar/2024')
    await page.keyboard.press('Space')
    expect(await page.textContent('[data-testid="slide-counter"]')).toBe('Lysbilde 3 av 3')
    await page.keyboard.press('PageUp')
    await page.waitForSelector('text=Lysbilde 2 av 3')

    for (const theme of ['dark', 'contrast']) {
      await page.selectOption('[data-testid="theme-select"]', theme)
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await axe(page), theme).toEqual([])
    }
    await page.selectOption('[data-testid="theme-select"]', 'standard')

    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="presenter-bar"]', { state: 'detached' })
    expect(new URL(page.url()).searchParams.has('lysbilde')).toBe(false)
    expect(await page.isVisible('nav')).toBe(true)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('downloads the presentation as a PDF with one page per slide', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await saveView(page, '/mal/1', 'Første', 'Notat 1')
    await saveView(page, '/tiltak?mal=2', 'Andre', '')
    await saveView(page, '/ar/2024', 'Tredje', '')
    await page.goto('/visninger')
    await page.waitForSelector('[data-testid="export-pdf"]')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="export-pdf"]'),
    ])
    expect(download.suggestedFilename()).toBe('veikart-presentasjon.pdf')
    const pdf = readFileSync(await download.path()).toString('latin1')
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pdf).toContain('/Type /Pages /Count 3')
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(3)
    // Each slide is a real picture of the screen, not an empty image.
    const sizes = [...pdf.matchAll(/\/Filter \/DCTDecode \/Length (\d+)/g)].map((m) => Number(m[1]))
    expect(sizes.every((n) => n > 20_000)).toBe(true)
    expect(new URL(page.url()).pathname).toBe('/visninger')
    await context.close()
  })

  it('saved views can be reordered and deleted', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await saveView(page, '/mal/1', 'A', '')
    await saveView(page, '/mal/3', 'B', '')
    await page.goto('/visninger')
    await page.click('button:has-text("Flytt ned: A")')
    await page.waitForFunction(() => document.querySelector('.views__title')?.textContent?.trim() === 'B')
    await page.click('button:has-text("Slett: A")')
    await page.waitForFunction(() => document.querySelectorAll('.views__title').length === 1)
    await page.reload()
    await page.waitForSelector('.views__title')
    expect(await page.$$eval('.views__title', (els) => els.map((e) => e.textContent?.trim()))).toEqual(['B'])
    await context.close()
  })
})
