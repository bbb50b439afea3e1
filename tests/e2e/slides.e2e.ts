/**
 * Presentation mode and the deck exports, as a presenter uses them: three saved views (an
 * overview chart on the bundled 2024 table, the timeline and the year plan of a 260-row veikart
 * export), shown as slides on a projector-sized window, then downloaded as PDF and HTML and
 * looked at as a reader would (rendered PDF pages, PDF text, the HTML file opened offline).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateVeikartCsv } from '../../bench/generate-veikart'
import { freshPage, launchBrowser } from './browser'
import { openOverview, saveView, axeViolations as axe } from './helpers'

const ROWS = 260
const START_YEAR_TITLE = 'Tiltak per startår og mål'
let browser: Browser
let dir: string
let veikartFile: string
beforeAll(async () => {
  browser = await launchBrowser()
  dir = mkdtempSync(join(tmpdir(), 'veikart-slides-'))
  veikartFile = join(dir, 'veikart-260.csv')
  writeFileSync(veikartFile, generateVeikartCsv(ROWS, 7))
})
afterAll(async () => {
  await browser?.close()
})

async function importFile(page: Page, file: string, title: string): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', file)
  await page.waitForSelector('[data-testid="import-summary"]')
  await page.fill('[data-testid="import-title"]', title)
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-committed"]')
}

/** Bundled 2024 table: overview chart; imported veikart: timeline and year plan. */
async function prepareViews(page: Page): Promise<void> {
  await openOverview(page)
  await saveView(page, '/?graf=goal-stage', 'Tiltak per mål', 'Si noe om mål 1 først')
  await importFile(page, veikartFile, 'Veikart 260')
  await saveView(page, '/tidslinje', 'Hele veikartet', 'Alle leveranser')
  await saveView(page, '/ar/2024', 'Årsplan 2024', '')
}

async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.textContent('[data-testid="slide-counter"]')) ?? ''
  const [, n, total] = /(\d+) av (\d+)/.exec(text) ?? []
  return [Number(n), Number(total)]
}

/** The slide's title as drawn, and the rows of its table alternative. */
async function slideContent(page: Page): Promise<{ title: string; rows: string[] }> {
  await page.waitForSelector('[data-testid="slide"] svg')
  return page.evaluate(() => ({
    title: document.querySelector('[data-testid="slide"] svg title')?.textContent ?? '',
    rows: [...document.querySelectorAll('[data-testid="slide-stage"] table tbody tr')].map(
      (tr) => tr.querySelector('td')?.textContent?.trim() ?? '',
    ),
  }))
}

/** Page 1 of a PDF as a small RGB picture (pdftoppm), its text and every page's text (pdftotext). */
function readPdf(file: string): {
  pages: number
  text: string
  allText: string
  mean: number
  corner: number[]
} {
  const info = execFileSync('pdfinfo', [file]).toString()
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString()
  const allText = execFileSync('pdftotext', [file, '-']).toString()
  const ppm = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '24', file])
  // P6 header: magic, width, height, max value, then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString('latin1', 0, 40))
  if (!header) throw new Error('pdftoppm did not write a PPM')
  const pixels = ppm.subarray(header[0].length)
  let sum = 0
  for (let i = 0; i < pixels.length; i += 3)
    sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!
  return {
    pages,
    text,
    allText,
    mean: sum / (pixels.length / 3),
    corner: [pixels[0]!, pixels[1]!, pixels[2]!],
  }
}

describe('slides', () => {
  it('shows each saved view as a projector slide, every timeline lane on one slide or another', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1920, height: 1080 })
    await prepareViews(page)
    await page.goto('/visninger')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="saved-views"] li').length === 3)
    await page.click('[data-testid="start-presentation"]')
    await page.waitForSelector('[data-testid="slide"] svg')
    const [, total] = await counter(page)
    // Overview chart, timeline (260 deliverables need several slides), year plan (several).
    expect(total).toBeGreaterThan(5)

    const first = await slideContent(page)
    expect(first.title).toBe('Tiltak per mål')
    // The working page's controls are not on the slide.
    for (const selector of ['form[role="search"]', '.facets', '.app-header', '[data-testid="chart-figure"]'])
      expect(await page.locator(selector).count(), selector).toBe(0)
    // Type for the back of the room: title ≥ 24 px, chart labels ≥ 16 px on screen.
    const sizes = await page.evaluate(() => {
      const heights = (sel: string) =>
        [...document.querySelectorAll(sel)].map(
          (t) => (t as SVGGraphicsElement).getBoundingClientRect().height,
        )
      return { title: heights('[data-testid="slide"] svg > text'), chart: heights('.slide-chart text') }
    })
    expect(Math.min(...sizes.title)).toBeGreaterThanOrEqual(24)
    expect(sizes.chart.length).toBeGreaterThan(5)
    expect(Math.min(...sizes.chart.filter((h) => h > 0))).toBeGreaterThanOrEqual(16)
    // The slide fits the window.
    const box = await page.locator('[data-testid="slide"] svg').boundingBox()
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1920 && box.y + box.height <= 1080).toBe(
      true,
    )

    // Speaker notes: for the presenter on request, never drawn on the slide.
    expect(await page.locator('[data-testid="speaker-notes"]').count()).toBe(0)
    await page.click('[data-testid="toggle-notes"]')
    expect(await page.textContent('[data-testid="speaker-notes"]')).toContain('Si noe om mål 1 først')
    expect(await page.textContent('[data-testid="slide"] svg')).not.toContain('Si noe om mål 1')
    await page.click('[data-testid="toggle-notes"]')

    // Walk the timeline's slides: together they hold every deliverable, each once.
    await page.keyboard.press('ArrowRight')
    const lanes: string[] = []
    let n = 2
    for (;;) {
      await page.waitForFunction(
        (k) => document.querySelector('[data-testid="slide-counter"]')?.textContent?.includes(`${k} av`),
        n,
      )
      const slide = await slideContent(page)
      if (!slide.title.startsWith('Hele veikartet')) break
      if (n === 2) {
        expect(slide.title).toBe('Hele veikartet')
        // The as-of line stands at the dataset's own as-of (Versjon 2026-08), as on the timeline page.
        expect(await page.textContent('[data-testid="slide"] svg')).toContain('Per 1. august 2026')
      } else expect(slide.title).toMatch(/\(forts\.|– uten tidfesting/)
      lanes.push(...slide.rows)
      await page.keyboard.press('ArrowRight')
      n++
    }
    const csvTitles = generateVeikartCsv(ROWS, 7)
      .split('\r\n')
      .slice(1)
      .filter((l) => /^\d{17};/.test(l))
      .map((l) => (l.split(';')[1] ?? '').replace(/\s+/g, ' ').trim())
    expect(csvTitles.length).toBeGreaterThan(200)
    for (const title of new Set(csvTitles))
      expect(
        lanes.some((l) => l.endsWith(title)),
        title,
      ).toBe(true)
    expect((await slideContent(page)).title).toBe('Årsplan 2024')
    expect(errors.join('\n')).toBe('')
    await context.close()
  })

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`is accessible and high-contrast at ${size.width}×${size.height} in every theme`, async () => {
      const { context, page } = await freshPage(browser, size)
      await openOverview(page)
      // «Lagre som lysbilde» on an overview chart saves that very chart as a view.
      await page.click('[data-testid="chart-start-year"] [data-testid="chart-save-slide"]')
      await page.waitForSelector('[data-testid="chart-start-year"] [role="status"]:has-text("er lagret")', {
        state: 'attached',
      })
      await saveView(page, '/tiltak?mal=4', 'Samhandling', '')
      await page.goto('/visninger')
      await page.click('[data-testid="start-presentation"]')
      await page.waitForSelector('[data-testid="slide"] svg')
      expect(await page.textContent('main h1')).toBe(START_YEAR_TITLE)
      expect(await page.textContent('[data-testid="slide"] svg > text')).toBe(START_YEAR_TITLE)
      for (const theme of ['standard', 'dark', 'contrast']) {
        await page.selectOption('[data-testid="theme-select"]', theme)
        await page.waitForFunction(
          (bg) => document.querySelector('.slide-ground')?.getAttribute('fill') === bg,
          { standard: '#ffffff', dark: '#11161c', contrast: '#000000' }[theme],
        )
        expect(await axe(page), theme).toEqual([])
        if (theme === 'contrast') {
          // WCAG AAA for text: every text colour on the slide has 7:1 against its ground.
          const fills = await page.$$eval('[data-testid="slide"] svg text', (els) => [
            ...new Set(els.map((e) => e.getAttribute('fill') ?? getComputedStyle(e).fill)),
          ])
          expect(fills.length).toBeGreaterThan(0)
          for (const fill of fills)
            expect(['#ffffff', '#f0f0f0', 'rgb(255, 255, 255)', 'rgb(240, 240, 240)']).toContain(fill)
        }
        await page.keyboard.press('ArrowRight')
        await page.waitForFunction(() =>
          document.querySelector('[data-testid="slide-counter"]')?.textContent?.startsWith('Lysbilde 2'),
        )
        expect(await axe(page), `${theme} table slide`).toEqual([])
        await page.keyboard.press('ArrowLeft')
      }
      await context.close()
    })

  it('downloads the deck as a PDF with real pages and as an HTML file that opens offline', async () => {
    const { context, page } = await freshPage(browser, { width: 1280, height: 800 })
    await prepareViews(page)
    // A title with an arrow, which the PDF's standard font does not have.
    await saveView(page, '/tidslinje?mal=2', 'Mål 2 → i bruk', '')
    await page.goto('/visninger')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="saved-views"] li').length === 4)
    await page.click('[data-testid="start-presentation"]')
    await page.waitForSelector('[data-testid="slide"] svg')
    const [, total] = await counter(page)
    await page.keyboard.press('Escape')
    await page.goto('/visninger')

    for (const [theme, ground] of [
      ['standard', [255, 255, 255]],
      ['dark', [0x11, 0x16, 0x1c]],
    ] as const) {
      await page.selectOption('[data-testid="export-theme"]', theme)
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid="export-pdf"]'),
      ])
      expect(download.suggestedFilename()).toBe('veikart-presentasjon.pdf')
      const file = join(dir, `${theme}.pdf`)
      await download.saveAs(file)
      const pdf = readPdf(file)
      expect(pdf.pages).toBe(total)
      // Vector text: the first slide's title can be found in the PDF.
      expect(pdf.text).toContain('Tiltak per mål')
      // The arrow spelled as the PDF's standard font can draw it, not as a wrong glyph.
      expect(pdf.allText).toContain('Mål 2 -> i bruk')
      expect(pdf.allText).not.toMatch(/Mål 2 \S i bruk/)
      pdf.corner.forEach((c, i) => expect(Math.abs(c - ground[i]!)).toBeLessThanOrEqual(3))
      const groundLuminance = 0.2126 * ground[0] + 0.7152 * ground[1] + 0.0722 * ground[2]
      expect(Math.abs(pdf.mean - groundLuminance)).toBeLessThan(40)
    }

    await page.selectOption('[data-testid="export-theme"]', 'standard')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="export-html"]'),
    ])
    const htmlFile = join(dir, 'deck.html')
    await download.saveAs(htmlFile)
    const html = readFileSync(htmlFile, 'utf8')
    // No external URL: the SVG namespace is a name, not an address that is fetched.
    const urls = (html.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? []).filter(
      (u) => u !== 'http://www.w3.org/2000/svg',
    )
    expect(urls).toEqual([])
    await context.close()

    const offline = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true })
    const reader = await offline.newPage()
    const requests: string[] = []
    reader.on('request', (r) => requests.push(r.url()))
    await reader.goto(`file://${htmlFile}`)
    const titles = await reader.$$eval('section.slide', (els) => els.map((e) => e.getAttribute('aria-label')))
    expect(titles).toHaveLength(total)
    expect(titles).toEqual(expect.arrayContaining(['Tiltak per mål', 'Hele veikartet', 'Årsplan 2024']))
    // The first slide fills the window: its title is drawn and visible.
    expect(await reader.isVisible('section.slide >> nth=0 >> svg')).toBe(true)
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([])
    await reader.keyboard.press('ArrowRight')
    await reader.waitForFunction(() => window.scrollY > 600)
    await offline.close()
  })

  it('shows the portfolio charts saved from /portefolje as slides', async () => {
    const { context, page, errors } = await freshPage(browser, { width: 1920, height: 1080 })
    await openOverview(page)
    await page.goto('/portefolje')
    for (const chart of ['portfolio-status', 'portfolio-costs']) {
      await page.click(`[data-testid="chart-${chart}"] [data-testid="chart-save-slide"]`)
      await page.waitForSelector(`[data-testid="chart-${chart}"] [role="status"]:has-text("er lagret")`, {
        state: 'attached',
      })
    }
    await page.goto('/visninger')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="saved-views"] li').length === 2)
    await page.click('[data-testid="start-presentation"]')
    await page.waitForSelector('[data-testid="slide"] svg .slide-chart')
    expect(await page.textContent('main h1')).toBe('Status og risiko, forrige rapportering og nå')
    expect(new URL(page.url()).pathname).toBe('/portefolje')
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.startsWith('Økte drift'))
    await page.waitForSelector('[data-testid="slide"] svg .slide-chart')
    const rows = await page.$$eval('[data-testid="slide-stage"] table tbody tr', (trs) =>
      trs.map((tr) => tr.querySelector('td')?.textContent?.trim()),
    )
    expect(rows).toEqual(expect.arrayContaining(['E-resept', 'Kjernejournal', 'Helsenorge']))
    expect(errors.join('\n')).toBe('')
    await context.close()
  })
})
