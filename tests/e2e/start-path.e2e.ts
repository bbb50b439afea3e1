/**
 * The page never loads a parser: the bundled data is read in the import worker, and a repeat
 * visit (data already stored) starts no worker at all. Which page files hold a parser comes from
 * dist/.vite/chunk-modules.json (written by the build, see vite.config.ts); the worker is bundled
 * apart, into its own import.worker-*.js, which holds them all.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import nb from '@/i18n/nb'
import nbStart from '@/i18n/nb-start'
import { freshPage, launchBrowser } from './browser'
import { openOverview } from './helpers'

const PARSERS = /node_modules\/(papaparse|read-excel-file)\/|src\/import\/(run-import|csv|xlsx|zip)\.ts/
const chunkModules = JSON.parse(readFileSync('dist/.vite/chunk-modules.json', 'utf8')) as Record<
  string,
  string[]
>
const parserFiles = Object.entries(chunkModules)
  .filter(([, ids]) => ids.some((id) => PARSERS.test(id)))
  .map(([file]) => file)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Every build file the page asks for, with whether the page loads it as a worker script. */
function recordRequests(page: Page): { file: string; worker: boolean }[] {
  const seen: { file: string; worker: boolean }[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.replace(/^\//, '')
    if (path.startsWith('assets/'))
      seen.push({ file: path, worker: /\/import\.worker-[\w-]+\.js$/.test(path) })
  })
  return seen
}

/**
 * The source modules of the files the entry imports statically, and of the app's chunk, which
 * it imports once the first paint is on screen (src/main.ts): what the first render waits for.
 */
function startPathModules(): string[] {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >
  const seen = new Set<string>()
  const walk = (key: string): void => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const next of manifest[key].imports ?? []) walk(next)
  }
  walk('index.html')
  manifest['index.html']?.dynamicImports?.forEach(walk)
  return [...seen].flatMap((key) => chunkModules[manifest[key]?.file ?? ''] ?? [])
}

describe('a lean start', () => {
  it('leaves what the first page does not show to later: import, presentation, update prompt', () => {
    const modules = startPathModules()
    expect(modules).toContain('src/views/OverviewView.vue')
    const later = [
      'src/stores/import.ts',
      'src/stores/series.ts',
      'src/domain/compare.ts',
      'src/composables/usePresentation.ts',
      'src/composables/useSlideWords.ts',
      'src/components/layout/UpdatePrompt.vue',
    ]
    expect(later.filter((id) => modules.includes(id))).toEqual([])
  })

  it('ships the first page with only its part of bokmål, and every message key it uses is there', () => {
    const modules = startPathModules()
    expect(modules).toContain('src/i18n/nb-start.ts')
    expect(modules).not.toContain('src/i18n/nb-pages.ts')
    // Keys as the code writes them: t('a.b') and t(`a.${x}`) (its section, then).
    const used = modules
      .filter((id) => /^src\/.*\.(ts|vue)$/.test(id))
      .flatMap((id) => [...readFileSync(id, 'utf8').matchAll(/\bte?\(\s*['`]([\w-]+)(\.[\w.-]*)?/g)])
      .map((m) => ({ section: m[1] as string, key: `${m[1]}${m[2] ?? ''}`.replace(/\.$/, '') }))
    expect(used.length).toBeGreaterThan(50)
    const has = (key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], nbStart) !==
      undefined
    expect(used.filter((u) => !has(u.key) && !has(u.section)).map((u) => u.key)).toEqual([])
  })
})

/** Message keys (`itemsPage.heading`) in a page's visible text: a message that was not there. */
async function rawKeysShown(page: Page): Promise<string[]> {
  const keys = new Set<string>()
  const walk = (node: unknown, path: string[]): void => {
    if (typeof node === 'string') keys.add(path.join('.'))
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k])
  }
  walk(nb, [])
  const text = await page.innerText('body')
  return [...keys].filter((key) => text.includes(key))
}

describe('the rest of bokmål', () => {
  it('is there before another page renders, opened directly or from the overview', async () => {
    const { context, page, errors } = await freshPage(browser)
    await page.goto('/tiltak')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await rawKeysShown(page)).toEqual([])
    await openOverview(page)
    expect(await rawKeysShown(page)).toEqual([])
    await page.click('nav a[href="/endringer"]')
    await page.waitForSelector('main h1')
    expect(await rawKeysShown(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('no parser on the page', () => {
  it('knows the build: chunk contents listed, the import worker bundled apart', () => {
    expect(Object.keys(chunkModules).length).toBeGreaterThan(10)
    expect(readdirSync('dist/assets').some((f) => /^import\.worker-[\w-]+\.js$/.test(f))).toBe(true)
  })

  it('ships vue-i18n without its message compiler (the catalogs are precompiled)', () => {
    const i18n = Object.entries(chunkModules).filter(([, ids]) =>
      ids.some((id) => id.includes('node_modules/vue-i18n/')),
    )
    expect(i18n.length).toBeGreaterThan(0)
    for (const [file, ids] of i18n) {
      expect(ids).toContain('node_modules/vue-i18n/dist/vue-i18n.runtime.mjs')
      // The compiler's code generator reads a `sourceMap` option; the runtime-only build has none.
      expect(readFileSync(`dist/${file}`, 'utf8')).not.toContain('sourceMap')
    }
  })

  it('reads the bundled data in the worker on first start; / and /tiltak load no parser file', async () => {
    const { context, page, errors } = await freshPage(browser)
    const requests = recordRequests(page)
    await openOverview(page)
    await page.click('nav a[href="/tiltak"]')
    await page.waitForSelector('main h1')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    const parsersOnPage = requests.filter((r) => parserFiles.includes(r.file) && !r.worker)
    expect(parsersOnPage).toEqual([])
    expect(requests.some((r) => r.worker)).toBe(true) // first start: the worker read the data
    expect(errors).toEqual([])

    // A repeat visit has the data stored: no worker, no parser.
    const again = recordRequests(page)
    await page.goto('/')
    await page.waitForSelector('[data-testid="goal-cards"] article >> nth=4')
    await page.goto('/tiltak')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(again.filter((r) => parserFiles.includes(r.file))).toEqual([])
    await context.close()
  })
})
