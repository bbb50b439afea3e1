/**
 * The English UI is English throughout: on every route, the visible text and the labels read out
 * (aria-label, title) — minus what comes from
 * the data (the bundled files are in Norwegian, and stay so) — holds none of a list of words that
 * only the bokmål UI uses. Data text is taken out by value: every cell of the bundled files and
 * every title in data/manifest.json is removed from the page's text before it is scanned.
 */
import { readFileSync, readdirSync } from 'node:fs'
import Papa from 'papaparse'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPage, launchBrowser } from './browser'
import { APP_ROUTES, openOverview } from './helpers'

const ROUTES = [...APP_ROUTES, '/aktorer/helse-nord-rhf']

/** Words of the bokmål UI that English never uses (whole words, case-sensitive where it matters). */
const NB_ONLY = [
  'Tiltak',
  'tiltak',
  'Tidslinje',
  'Lagre',
  'Vis',
  'Ingen',
  'Velg',
  'mål',
  'Mål',
  'Datasett',
  'datasett',
  'Endringer',
  'Aktører',
  'Oversikt',
  'Visninger',
  'Portefølje',
  'Vedtak',
  'Årsplan',
  'Språk',
  'og',
  'eller',
  'av',
  'fra',
  'til',
  'januar',
  'februar',
  'mars',
  'april',
  'juni',
  'juli',
  'august',
  'oktober',
  'desember',
  'elementer',
  'rader',
]

/** Every cell of the bundled data files and the manifest's texts, longest first. */
function dataTexts(): string[] {
  const texts = new Set<string>()
  for (const file of readdirSync('data').filter((f) => f.endsWith('.csv'))) {
    const parsed = Papa.parse<string[]>(readFileSync(`data/${file}`, 'utf8'), { skipEmptyLines: true })
    // Header rows are column names, not data; a cell that is just a listed word would hide it.
    for (const row of parsed.data.slice(1))
      for (const cell of row)
        if (cell.trim().length >= 2 && !NB_ONLY.includes(cell.trim())) texts.add(cell.trim())
  }
  // The title the tiltak reader stores for a row that names no activity (src/domain/tiltak.ts
  // NO_ACTIVITY_TITLE): it is the item's title in the data, shown as such.
  texts.add('Ingen aktivitet oppgitt')
  const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
    datasets: { title: string; source: string; file: string }[]
  }
  for (const d of manifest.datasets) texts.add(d.title).add(d.source).add(d.file)
  return [...texts].sort((a, b) => b.length - a.length)
}

function withoutData(text: string, data: string[]): string {
  let rest = text
  for (const value of data) if (rest.includes(value)) rest = rest.split(value).join(' ¦ ')
  return rest
}

function nbWordsIn(text: string): string[] {
  const found = new Set<string>()
  for (const word of NB_ONLY) {
    const re = new RegExp(`(^|[^\\p{L}])${word}(?=$|[^\\p{L}])`, 'u')
    const m = re.exec(text)
    if (m) found.add(`${word}: …${text.slice(Math.max(0, m.index - 40), m.index + word.length + 40)}…`)
  }
  return [...found]
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the English UI', () => {
  it('shows no bokmål UI words on any route', async () => {
    const data = dataTexts()
    const { context, page, errors } = await freshPage(browser)
    await openOverview(page)
    await page.selectOption('[data-testid="language-select"]', 'en')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    const found: Record<string, string[]> = {}
    for (const route of ROUTES) {
      await page.goto(route)
      await page.waitForSelector('main h1')
      await page.waitForLoadState('networkidle')
      // What is read out counts as well as what is seen: labels and descriptions of elements.
      const text = await page.evaluate(() =>
        [
          document.body.innerText,
          ...[...document.querySelectorAll('[aria-label], [title], [aria-description]')].flatMap((el) =>
            ['aria-label', 'title', 'aria-description'].map((name) => el.getAttribute(name) ?? ''),
          ),
        ].join('\n'),
      )
      const words = nbWordsIn(withoutData(text, data))
      if (words.length > 0) found[route] = words
    }
    expect(found).toEqual({})
    expect(errors).toEqual([])
    await context.close()
  })
})
