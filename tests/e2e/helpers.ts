import { AxeBuilder } from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/**
 * Waits until the app runs the page: mounted, and on a first visit done hydrating index.html's
 * picture of the overview (src/prerender.ts, src/components/base/hydrate-later.ts).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-started]:not([data-hydrating])', { state: 'attached' })
}

/**
 * Waits until the goal cards are drawn with their counts: from the stored data, or on a first
 * visit from the bundled data read at build time, before it is stored (see waitForGoalCards).
 */
export async function waitForGoalCardsDrawn(page: Page): Promise<void> {
  await waitForApp(page)
  await page.waitForSelector('[data-testid="goal-cards"] article >> nth=4')
  await page.waitForFunction(() =>
    /^\d+ (tiltak|measures?)$/.test(
      document.querySelector('[data-goal="1"] [data-count="items"]')?.textContent?.trim() ?? '',
    ),
  )
}

/**
 * Waits until the goal cards show the loaded dataset and its items are read from the database
 * (on a first visit: once the bundled data is stored; the actor plans wait for the items).
 */
export async function waitForGoalCards(page: Page): Promise<void> {
  await waitForGoalCardsDrawn(page)
  await page.waitForSelector('[data-testid="actor-plans-loading"]', { state: 'detached' })
}

/** Opens the overview and waits until the app has loaded its data. */
export async function openOverview(page: Page): Promise<void> {
  await page.goto('/')
  await waitForGoalCards(page)
}

/** Number of rows in an IndexedDB object store of the app's database. */
export function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('veikart')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const count = req.result.transaction(name, 'readonly').objectStore(name).count()
          count.onsuccess = () => {
            resolve(count.result)
            req.result.close()
          }
          count.onerror = () => reject(count.error)
        }
      }),
    store,
  )
}

/**
 * Number of items stored in the app's database: those in chunk records (`itemChunks`, version 5,
 * db/item-store.ts) and any still in the `items` table of before, not yet read since the upgrade.
 */
export function countItems(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('veikart')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const stores = ['itemChunks', 'items'].filter((name) => db.objectStoreNames.contains(name))
          const tx = db.transaction(stores, 'readonly')
          let count = 0
          if (stores.includes('items'))
            tx.objectStore('items').count().onsuccess = (e) => {
              count += (e.target as IDBRequest<number>).result
            }
          if (stores.includes('itemChunks'))
            tx.objectStore('itemChunks').getAll().onsuccess = (e) => {
              // Record format 2 packs the items (db/item-pack.ts); format 1 holds them as they are.
              type Chunk = { packed?: { count: number }; items?: unknown[] }
              for (const chunk of (e.target as IDBRequest<Chunk[]>).result)
                count += chunk.packed ? chunk.packed.count : (chunk.items?.length ?? 0)
            }
          tx.oncomplete = () => {
            db.close()
            resolve(count)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

/** Titles of the datasets listed on the Datasett page. */
export async function datasetTitles(page: Page): Promise<string[]> {
  await page.goto('/datasett')
  await page.waitForSelector('[data-testid="datasets-table"] tbody tr')
  return page.$$eval('[data-testid="datasets-table"] tbody th', (ths) =>
    ths.map((th) => th.childNodes[0]?.textContent?.trim() ?? ''),
  )
}

/** Imports a file through the import page with the default choices and waits until it is stored. */
export async function importFile(page: Page, path: string): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', path)
  await page.waitForSelector('[data-testid="import-summary"]')
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-committed"]')
}

/**
 * Drags a file from disk over the page and drops it on `selector`, as a person dragging it from
 * the file manager would. With `expectTarget`, checks that the page showed its drop target.
 */
export async function dropFile(
  page: Page,
  selector: string,
  path: string,
  options: { name?: string; type?: string; expectTarget?: boolean } = {},
): Promise<void> {
  const name = options.name ?? path.split('/').pop() ?? 'file'
  const type = options.type ?? (name.endsWith('.json') ? 'application/json' : 'text/csv')
  const base64 = readFileSync(path).toString('base64')
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], name, { type }))
      return transfer
    },
    { base64, name, type },
  )
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer })
  await page.dispatchEvent(selector, 'dragover', { dataTransfer })
  if (options.expectTarget) await page.waitForSelector('[data-testid="file-drop-target"]')
  await page.dispatchEvent(selector, 'drop', { dataTransfer })
  await page.waitForSelector('[data-testid="file-drop-target"]', { state: 'detached' })
}

/** WCAG 2.1 A/AA violations axe finds on the page (contrast included), as `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The app's page, not index.html's picture of it that the app takes over (src/prerender.ts).
  await waitForApp(page)
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Every page of the app's navigation, for the tests that visit them all (axe, English). */
export const APP_ROUTES = [
  '/',
  '/tiltak',
  '/mal',
  '/mal/2',
  '/aktorer',
  '/ar/2024',
  '/tidslinje',
  '/endringer',
  '/portefolje',
  '/vedtak',
  '/visninger',
  '/import',
  '/datasett',
]

/**
 * Words drawn broken over two lines inside the elements `selector` matches (a label squeezed into
 * a box too narrow for it), as «element text: «word»»; empty when every word is whole.
 */
export function wordsBrokenOverLines(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.flatMap((element) => {
      const broken: string[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, word.index)
          range.setEnd(node, word.index + word[0].length)
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          if (lines.size > 1) broken.push(`${element.textContent?.trim()}: «${word[0]}»`)
        }
      }
      return broken
    }),
  )
}

/**
 * Saves the view at `path` as a user does: «Lagre visning», a title and (when given) a speaker
 * note, then waits for the confirmation.
 */
export async function saveView(page: Page, path: string, title: string, note = ''): Promise<void> {
  await page.goto(path)
  await page.waitForSelector('main h1')
  await page.click('[data-testid="save-view"]')
  await page.fill('[data-testid="save-view-title"]', title)
  if (note) await page.fill('[data-testid="save-view-note"]', note)
  await page.click('[data-testid="save-view-submit"]')
  await page.waitForSelector(`text=«${title}» er lagret.`)
}
