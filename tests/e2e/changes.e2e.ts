import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { openOverview, wordsBrokenOverLines, axeViolations as a11yViolations } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const CLASSES = ['new', 'dropped', 'moved', 'rephased', 'redated', 'status', 'renamed', 'unchanged']

/** Imports a comparison fixture through the Import page and stores it. */
async function importFixture(page: Page, name: string): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', `tests/fixtures/compare/${name}`)
  await page.waitForSelector('[data-testid="import-summary"]')
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-committed"]')
}

/** The numbers on the summary cards, by class. */
async function counts(page: Page): Promise<Record<string, number>> {
  await page.waitForSelector('[data-testid="change-counts"]')
  const out: Record<string, number> = {}
  for (const k of CLASSES) {
    const text = await page.textContent(`[data-testid="change-count-${k}"] [data-count]`)
    out[k] = Number(text?.replace(/\s/g, ''))
  }
  return out
}

describe('Endringer: comparing two versions of a series', () => {
  it('imports both veikart versions, proposes a series, and shows the known changes', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await importFixture(page, 'veikart-v1.csv')
    await importFixture(page, 'veikart-v2.csv')
    expect(await page.textContent('[data-testid="import-series"]')).toContain(
      'Lagt i serien «Veikart» sammen med «Veikart 2026-03» (226 felles ID-er',
    )

    await page.click('[data-testid="import-series"] a')
    await page.waitForSelector('[data-testid="change-counts"]')
    // The default pair is the two newest of the active series, and it is written into the URL.
    const url = new URL(page.url())
    expect(url.pathname).toBe('/endringer')
    // The versions are named by content, so the URL opens on any device with the same files.
    expect(url.searchParams.get('fra')).toMatch(/^veikart\.[0-9a-f]{16}$/)
    expect(url.searchParams.get('til')).toMatch(/^veikart\.[0-9a-f]{16}$/)
    expect(await page.textContent('[data-testid="changes-pair"]')).toContain(
      'Sammenligner «Veikart 2026-03 (mars 2026)» med «Veikart 2026-08 (august 2026)»',
    )
    expect(await counts(page)).toEqual({
      new: 12,
      dropped: 8,
      moved: 10,
      rephased: 15,
      redated: 23,
      status: 6,
      renamed: 9,
      unchanged: 172,
    })
    // Each kind's name reads whole on its card at 1280 px.
    expect(await wordsBrokenOverLines(page, '[data-testid="change-counts"] .card__label')).toEqual([])

    // The slip chart's table alternative: largest slip first.
    const slips = page.locator('[data-testid="chart-slips"]')
    // A chart fetches ECharts when it comes near the screen, as the reader scrolls to it.
    await slips.scrollIntoViewIfNeeded()
    await slips.locator('[data-testid="chart-figure"] canvas').waitFor()
    await slips.locator('[data-testid="chart-table-toggle"]').click()
    const rows = await page.$$eval('[data-testid="chart-table-slips"] tbody tr', (trs) =>
      trs
        .slice(0, 5)
        .map((tr) => [
          tr.querySelector('th')?.textContent?.trim(),
          tr.querySelector('td')?.textContent?.trim(),
        ]),
    )
    expect(rows).toEqual([
      ['Samvalgsverktøy, Helse Vest', '+400'],
      ['Samvalgsverktøy, Helse Nord', '+365'],
      ['Pasientens prøvesvar, Helse Midt-Norge', '+300'],
      ['Felles språk (SNOMED CT), Helse Sør-Øst', '+245'],
      ['Helseanalyseplattformen, Norsk helsenett', '+200'],
    ])
    expect(await page.$$eval('[data-testid="chart-table-slips"] tbody tr', (trs) => trs.length)).toBe(20)
    // The phase-flow chart's table is built when the reader asks for it.
    await page.locator('[data-testid="chart-phase-flow"] [data-testid="chart-table-toggle"]').click()
    expect(
      await page.$$eval('[data-testid="chart-table-phase-flow"] tbody tr', (trs) => trs.length),
    ).toBeGreaterThan(0)

    // The change table lists every changed item; a class card filters it, in the URL.
    expect(await page.$$eval('[data-testid="change-table"] tbody tr', (trs) => trs.length)).toBe(80)
    await page.click('[data-testid="change-count-redated"]')
    await page.waitForURL(/klasse=redated/)
    expect(await page.$$eval('[data-testid="change-table"] tbody tr', (trs) => trs.length)).toBe(23)
    expect(await page.getAttribute('[data-testid="change-count-redated"]', 'aria-pressed')).toBe('true')

    // A facet narrows the counts too: goal 1 only.
    await page.goto(`${url.pathname}${url.search}&mal=1`)
    const goalOne = await counts(page)
    expect(goalOne.redated).toBeLessThan(23)
    expect(Object.values(goalOne).reduce((a, b) => a + b, 0)).toBeLessThan(252)

    // A title opens the item in the timeline, whose detail panel shows its history in the series.
    await page.goto(`${url.pathname}${url.search}`)
    await page.click('[data-change="20250000001000444>20250000001000444"] th a')
    await page.waitForSelector('[data-testid="item-history"] tbody tr >> nth=1')
    const history = await page.$$eval('[data-testid="item-history"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())),
    )
    expect(history).toEqual([
      ['Veikart 2026-03 (mars 2026)', 'Tilpasning og utvidet utprøving', '01.01.2024 – 28.01.2025', ''],
      [
        'Veikart 2026-08 (august 2026)',
        'Tilpasning og utvidet utprøving',
        '01.01.2024 – 04.03.2026',
        'Nye datoer',
      ],
    ])
    expect(await a11yViolations(page)).toEqual([])

    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('exports the change list as CSV for Excel, and is axe-clean with tables shown', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await importFixture(page, 'veikart-v1.csv')
    await importFixture(page, 'veikart-v2.csv')
    await page.goto('/endringer')
    await page.waitForSelector('[data-testid="change-counts"]')
    await page.locator('[data-testid="chart-slips"]').scrollIntoViewIfNeeded()
    await page.locator('[data-testid="chart-slips"] [data-testid="chart-figure"] canvas').waitFor()
    expect(await a11yViolations(page)).toEqual([])
    for (const id of ['slips', 'phase-flow'])
      await page.click(`[data-testid="chart-${id}"] [data-testid="chart-table-toggle"]`)
    expect(await a11yViolations(page)).toEqual([])

    // Both charts export with their caption: the Sankey as SVG, the slip chart as PNG.
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="chart-phase-flow"] [data-testid="chart-export-svg"]'),
    ])
    expect(svg.suggestedFilename()).toBe('faseendringer-fra-fase-til-fase.svg')
    const svgText = readFileSync(await svg.path(), 'utf8')
    expect(svgText).toContain('<title>Faseendringer: fra fase → til fase</title>')
    expect(svgText).toContain('Fra «Veikart 2026-03 (mars 2026)» til «Veikart 2026-08 (august 2026)»')
    expect(svgText).toContain('Før: Utvikling og begrenset utprøving')
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="chart-slips"] [data-testid="chart-export-png"]'),
    ])
    expect(png.suggestedFilename()).toBe('forskjovet-sluttdato-storst-forskyvning-forst.png')
    expect(
      [...readFileSync(await png.path()).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''),
    ).toBe('PNG')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="change-export"]'),
    ])
    expect(download.suggestedFilename()).toBe('endringer-veikart-2026-03-veikart-2026-08.csv')
    const text = readFileSync(await download.path(), 'utf8')
    expect(text.startsWith('\uFEFFEndring;ID;Tittel;Mål;Koblet på;')).toBe(true)
    const lines = text.trimEnd().split('\r\n')
    expect(lines).toHaveLength(1 + 80)
    expect(lines.find((l) => l.includes('20250000001000444'))).toContain(
      'Nye datoer;20250000001000444;"Samvalgsverktøy, Helse Vest";4;ID;',
    )
    await context.close()
  })

  it('compares two tiltak tables (no IDs) and lets the user reject a similarity match', async () => {
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await importFixture(page, 'tiltak-v1.csv')
    await importFixture(page, 'tiltak-v2.csv')
    await page.goto('/endringer')
    expect(await counts(page)).toEqual({
      new: 3,
      dropped: 2,
      moved: 1,
      rephased: 0,
      redated: 3,
      status: 0,
      renamed: 2,
      unchanged: 34,
    })
    await page.click('[data-testid="change-count-renamed"]')
    await page.waitForURL(/klasse=renamed/)
    const reject = page.locator('[data-testid="reject-match"]').first()
    await reject.click()
    await page.waitForURL(/avvist=/)
    const after = await counts(page)
    expect([after.new, after.dropped, after.renamed]).toEqual([4, 3, 1])
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  it('a saved view of Endringer works as a slide, and the series can be changed on Datasett', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1920, height: 1080 })
    await openOverview(page)
    await importFixture(page, 'veikart-v1.csv')
    await importFixture(page, 'veikart-v2.csv')
    await page.goto('/endringer?klasse=redated')
    await page.waitForURL(/fra=.*til=/)
    await page.waitForSelector('[data-testid="change-counts"]')
    await page.click('[data-testid="save-view"]')
    await page.fill('[data-testid="save-view-title"]', 'Forsinkelser')
    await page.click('[data-testid="save-view-submit"]')
    await page.waitForSelector('text=«Forsinkelser» er lagret.')
    await page.goto('/visninger')
    await page.waitForSelector('[data-testid="saved-views"] .views__title')
    await page.click('[data-testid="start-presentation"]')
    await page.waitForSelector('[data-testid="slide"] svg')
    expect(new URL(page.url()).pathname).toBe('/endringer')
    // The slide is the slip chart of the two versions (by end date: 20 of the 23 re-dated moved
    // their end), largest slip first, over two slides; each slide's table holds its rows.
    expect(await page.textContent('main h1')).toBe('Forsinkelser')
    const firstRows = await page.$$eval('[data-testid="slide-stage"] table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()).join(' | ')),
    )
    expect(firstRows.length).toBe(16)
    expect(firstRows[0]).toBe(
      'Samvalgsverktøy, Helse Vest | +400 | 28.01.2025 | 04.03.2026 | Mål 4 | Tentativ',
    )
    expect(await page.textContent('[data-testid="slide"] svg')).toContain('1. Samvalgsverktøy, Helse Vest')
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.includes('(forts. 2/2)'))
    expect(await page.$$eval('[data-testid="slide-stage"] table tbody tr', (trs) => trs.length)).toBe(4)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="presenter-bar"]', { state: 'detached' })

    // Take the older version out of the series: no series has two versions any more.
    await page.goto('/datasett')
    const older = page.locator('tr', { hasText: 'Veikart 2026-03' })
    expect(await older.locator('[data-testid="dataset-series"]').inputValue()).toBe('Veikart')
    await older.locator('[data-testid="dataset-series"]').selectOption('')
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLSelectElement>('[data-testid="dataset-series"]')].filter(
          (s) => s.value === 'Veikart',
        ).length === 1,
    )
    // Stored, not only chosen: leaving the page at once could otherwise cut the write short.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('veikart')
          open.onsuccess = () => {
            const all = open.result.transaction('datasets').objectStore('datasets').getAll()
            all.onsuccess = () => {
              const rows = all.result as { title: string; series?: string | null }[]
              resolve(rows.some((d) => d.title === 'Veikart 2026-03' && !d.series))
              open.result.close()
            }
          }
          open.onerror = () => resolve(false)
        }),
    )
    await page.goto('/endringer')
    await page.waitForSelector('[data-testid="changes-no-pair"]')
    // A link naming a version this device does not have says so.
    await page.goto('/endringer?fra=finnes-ikke&til=finnes-heller-ikke')
    expect(await page.textContent('[data-testid="changes-missing"]')).toContain('«finnes-ikke»')
    // Put it back, in the series of the newer one: the pair is found again.
    await page.goto('/datasett')
    await page
      .locator('tr', { hasText: 'Veikart 2026-03' })
      .locator('[data-testid="dataset-series"]')
      .selectOption('Veikart')
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLSelectElement>('[data-testid="dataset-series"]')].filter(
          (s) => s.value === 'Veikart',
        ).length === 2,
    )
    await page.goto('/endringer')
    expect((await counts(page)).new).toBe(12)
    expect(errors.join('\n')).toBe('')
    await context.close()
  })
})
