import type { Page } from 'playwright-core'

/** Waits until the goal cards show the loaded dataset (they draw at once, with zeros, before it loads). */
export async function waitForGoalCards(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="goal-cards"] article >> nth=4')
  await page.waitForFunction(() =>
    /^\d+ (tiltak|measures?)$/.test(
      document.querySelector('[data-goal="1"] [data-count="items"]')?.textContent?.trim() ?? '',
    ),
  )
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

/** Titles of the datasets listed on the Datasett page. */
export async function datasetTitles(page: Page): Promise<string[]> {
  await page.goto('/datasett')
  await page.waitForSelector('[data-testid="datasets-table"] tbody tr')
  return page.$$eval('[data-testid="datasets-table"] tbody th', (ths) =>
    ths.map((th) => th.childNodes[0]?.textContent?.trim() ?? ''),
  )
}
