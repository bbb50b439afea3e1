/**
 * Nothing lost, nothing hangs: a write forced to fail (an aborted transaction, a worker that
 * dies, a browser profile on a disk that fills) ends in a message within 10 s with earlier
 * datasets intact; a version-1 database is upgraded on load with nothing lost; a database that
 * cannot be opened gives the recovery page.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import manifest from '../../data/manifest.json'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCHEMA_V1 } from '@/db/database'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { generateVeikartCsv } from '../../bench/generate-veikart'
import { freshPage, launchBrowser, launchProfile } from './browser'
import {
  countItems,
  countRows,
  datasetTitles,
  importFile as importThroughPage,
  openOverview,
} from './helpers'

/** Datasets a fresh profile has: the bundled ones (data/manifest.json). */
const BUNDLED_COUNT = manifest.datasets.length
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function chooseFile(page: Page, fixture: string): Promise<void> {
  await page.goto('/import')
  await page.setInputFiles('[data-testid="import-file"]', `tests/fixtures/${fixture}`)
  await page.waitForSelector('[data-testid="import-summary"]')
}

/** Runs `inject` inside the import worker (it exists once a file has been analysed). */
async function inWorker(page: Page, inject: () => void): Promise<void> {
  const worker = page.workers().find((w) => w.url().includes('import.worker'))
  if (!worker) throw new Error('no import worker')
  await worker.evaluate(inject)
}

/** Commits and returns the failure message and how long it took to appear. */
async function commitExpectingFailure(page: Page): Promise<{ message: string; ms: number }> {
  const started = Date.now()
  await page.click('[data-testid="import-commit"]')
  await page.waitForSelector('[data-testid="import-failed"]', { timeout: 10_000 })
  return {
    message: (await page.textContent('[data-testid="import-failed"]')) ?? '',
    ms: Date.now() - started,
  }
}

/**
 * Imports a small dataset (the one that must survive), then chooses the big file whose commit is
 * made to fail; returns what the device held before that commit.
 */
async function withEarlierDataset(page: Page): Promise<{ items: number; titles: string[] }> {
  await openOverview(page)
  await importThroughPage(page, 'tests/fixtures/utf8-bom.csv')
  const titles = await datasetTitles(page)
  const items = await countItems(page)
  await chooseFile(page, 'veikart-export.csv')
  return { items, titles }
}

/** After a reload: the same datasets listed, and the earlier (active) one opens with its items. */
async function expectEarlierDatasetOpens(page: Page, before: { items: number; titles: string[] }) {
  await page.reload()
  expect(await datasetTitles(page)).toEqual(before.titles)
  expect(await countItems(page)).toBe(before.items)
  await page.goto('/tiltak')
  await page.waitForFunction(
    () => /^2\b/.test(document.querySelector('[data-testid="result-count"]')?.textContent?.trim() ?? ''),
    undefined,
    { timeout: 10_000 },
  )
}

/**
 * A folder on a tmpfs of `size` (a small disk), and a way to fill it up to `leave` bytes. Mounting
 * takes root, as installing Chromium with apt-get (scripts/ensure-chromium.mjs) does: where it is
 * refused the test fails and says why, never passes without having filled a disk.
 */
function smallDisk(size: string): { dir: string; fill: (leave: number) => void; unmount: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'veikart-small-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    throw new Error(
      `This test puts a browser profile on a ${size} tmpfs and could not mount one (run the tests as root): ${String(error)}`,
    )
  }
  return {
    dir,
    fill: (leave) => {
      const { bavail, bsize } = statfsSync(dir)
      writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - leave)))
    },
    unmount: () => execFileSync('umount', ['-l', dir]),
  }
}

describe('a failed write', () => {
  it('a browser profile on a small disk that fills: a message within 10 s saying so, earlier datasets intact', async () => {
    const disk = smallDisk('64m')
    const { context, page } = await launchProfile(join(disk.dir, 'profile'))
    try {
      await openOverview(page)
      await importThroughPage(page, 'tests/fixtures/utf8-bom.csv')
      const before = { titles: await datasetTitles(page), items: await countItems(page) }
      // 30 000 rows: about 2 MB in IndexedDB; the disk keeps 1 MB free when the commit starts.
      const big = join(mkdtempSync(join(tmpdir(), 'veikart-big-')), 'veikart-30000.csv')
      writeFileSync(big, generateVeikartCsv(30_000))
      await page.goto('/import')
      await page.setInputFiles('[data-testid="import-file"]', big)
      await page.waitForSelector('[data-testid="import-summary"]', { timeout: 60_000 })
      disk.fill(1_000_000)
      const { message, ms } = await commitExpectingFailure(page)
      expect(ms).toBeLessThan(10_000)
      expect(message).toContain('det er ikke plass til datasettet på disken eller i nettleserens lager')
      expect(message).toContain('Ingen data er endret; tidligere datasett er som før.')
      // The disk is still full: the same datasets, and the earlier one opens with its items.
      await expectEarlierDatasetOpens(page, before)
    } finally {
      await context.close()
      disk.unmount()
    }
  }, 120_000)

  it('a transaction the browser aborts, as on a full disk: a message within 10 s (was «Lagrer …» for good)', async () => {
    const { context, page } = await freshPage(browser)
    const before = await withEarlierDataset(page)
    // The browser aborts the whole transaction once the first chunk of items (itemChunks,
    // db/item-store.ts) is written, between requests: the write fails with an AbortError, as
    // Chromium's does when the disk is full.
    await inWorker(page, () => {
      const add = IDBObjectStore.prototype.add
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
        const request = add.apply(this, args)
        const transaction = this.transaction
        if (this.name === 'itemChunks')
          request.addEventListener('success', () => {
            if (!transaction.error) {
              try {
                transaction.abort()
              } catch {
                // already aborted
              }
            }
          })
        return request
      }
    })
    const { message, ms } = await commitExpectingFailure(page)
    expect(ms).toBeLessThan(10_000)
    expect(message).toContain('AbortError')
    expect(message).toContain('Ingen data er endret; tidligere datasett er som før.')
    await expectEarlierDatasetOpens(page, before)
    await context.close()
  })

  it('a write that never completes: a message within 10 s, the earlier dataset opens after reload', async () => {
    const { context, page } = await freshPage(browser)
    const before = await withEarlierDataset(page)
    // The items are written, but the transaction never completes: requests keep it busy for
    // good, as a disk that stops answering would. The worker still answers pings.
    await inWorker(page, () => {
      const add = IDBObjectStore.prototype.add
      let hanging = false
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
        const request = add.apply(this, args)
        if (this.name === 'itemChunks' && !hanging) {
          hanging = true
          const name = this.name
          const transaction = this.transaction
          const busy = () => {
            transaction.objectStore(name).count().onsuccess = busy
          }
          busy()
        }
        return request
      }
    })
    const { message, ms } = await commitExpectingFailure(page)
    expect(ms).toBeLessThan(10_000)
    expect(message).toContain('WriteStalled')
    expect(message).toContain('Ingen data er endret; tidligere datasett er som før.')
    await expectEarlierDatasetOpens(page, before)
    await context.close()
  })

  it('an aborted transaction: a message within 10 s, earlier datasets intact', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const items = await countItems(page)
    await chooseFile(page, 'veikart-export.csv')
    await inWorker(page, () => {
      const add = IDBObjectStore.prototype.add
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
        const request = add.apply(this, args)
        if (this.name === 'itemChunks') this.transaction.abort()
        return request
      }
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        const request = put.apply(this, args)
        if (this.name === 'itemChunks') this.transaction.abort()
        return request
      }
    })
    const { message, ms } = await commitExpectingFailure(page)
    expect(ms).toBeLessThan(10_000)
    expect(message).toContain('Ingen data er endret; tidligere datasett er som før.')
    expect(await countItems(page)).toBe(items)
    expect(await countRows(page, 'datasets')).toBe(BUNDLED_COUNT)
    await context.close()
  })

  it('a worker that dies mid-write: a message within 10 s, earlier datasets intact', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    const items = await countItems(page)
    await chooseFile(page, 'veikart-export.csv')
    await inWorker(page, () => {
      const add = IDBObjectStore.prototype.add
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
        if (this.name === 'itemChunks') (self as unknown as { close(): void }).close()
        return add.apply(this, args)
      }
    })
    const { message, ms } = await commitExpectingFailure(page)
    expect(ms).toBeLessThan(10_000)
    expect(message).toContain('WorkerLost')
    expect(await countItems(page)).toBe(items)
    expect(await countRows(page, 'datasets')).toBe(BUNDLED_COUNT)
    // The page is usable again: the same file commits with a fresh worker.
    await chooseFile(page, 'veikart-export.csv')
    await page.click('[data-testid="import-commit"]')
    await page.waitForSelector('[data-testid="import-committed"]')
    expect(await countItems(page)).toBe(items + 5)
    await context.close()
  })
})

/** What version 1 stored: the bundled datasets as read then, and a user's dataset (twice titled alike). */
async function v1Contents(): Promise<DatasetContent[]> {
  const bundled = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))
  const user = async (id: string, importedAt: string) => {
    const outcome = await importFile(new Uint8Array(readFileSync('tests/fixtures/utf8-bom.csv')), {
      fileName: 'utf8-bom.csv',
      datasetId: id,
      title: 'Mitt datasett',
      now: new Date(importedAt),
    })
    if (!outcome.content) throw new Error('fixture did not import')
    return outcome.content
  }
  return [
    ...bundled,
    await user('import-a', '2026-02-01T00:00:00Z'),
    await user('import-b', '2026-03-01T00:00:00Z'),
  ]
}

describe('schema versions', () => {
  it('a version-1 database created by the previous schema is upgraded on load with nothing lost', async () => {
    const { context, page, errors } = await freshPage(browser)
    const contents = await v1Contents()
    // A page of the app's origin that runs no app code, to write the old database first.
    await page.goto('/manifest.webmanifest')
    await page.evaluate(
      ({ schema, contents: all }) =>
        new Promise<void>((resolve, reject) => {
          // Dexie stores version n as IndexedDB version n × 10.
          const req = indexedDB.open('veikart', 10)
          req.onupgradeneeded = () => {
            const db = req.result
            for (const [name, spec] of Object.entries(schema)) {
              const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim())
              const keyPath = primary.startsWith('[') ? primary.slice(1, -1).split('+') : primary
              const store = db.createObjectStore(name, { keyPath })
              for (const index of indexes) {
                if (index.startsWith('*'))
                  store.createIndex(index.slice(1), index.slice(1), { multiEntry: true })
                else if (index.startsWith('[')) store.createIndex(index, index.slice(1, -1).split('+'))
                else store.createIndex(index, index)
              }
            }
          }
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const db = req.result
            const tx = db.transaction([...db.objectStoreNames], 'readwrite')
            for (const c of all) {
              tx.objectStore('datasets').add(c.dataset)
              for (const g of c.goals) tx.objectStore('goals').add({ ...g, datasetId: c.dataset.id })
              for (const s of c.subGoals) tx.objectStore('subGoals').add(s)
              for (const i of c.items) tx.objectStore('items').add(i)
            }
            tx.objectStore('meta').add({ key: 'bundledSeeded', value: '2026-01-01T00:00:00.000Z' })
            tx.objectStore('meta').add({ key: 'activeDatasetId', value: 'import-a' })
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      { schema: SCHEMA_V1 as Record<string, string>, contents },
    )
    // (The bare manifest page makes Chromium ask for /favicon.ico, a 404 that is not the app's.)
    errors.length = 0
    await page.goto('/datasett')
    await page.waitForSelector('[data-testid="datasets-table"] tbody tr')
    const version = await page.evaluate(
      async () => (await indexedDB.databases()).find((d) => d.name === 'veikart')?.version,
    )
    // Dexie stores version n as n × 10: version 5 (item chunks) after 4 (dataset summaries).
    expect(version).toBe(50)
    expect((await datasetTitles(page)).sort()).toEqual(
      [
        'Mitt datasett',
        'Mitt datasett (2)',
        // The bundled datasets new since version 1 come once, on the upgrade.
        'Nasjonal e-helseportefølje april 2023: tiltak med status og risiko',
        'Nasjonal e-helseportefølje april 2023: avhengigheter med høy kritikalitet og rød status',
        'Økte drift- og forvaltningskostnader 2022–2026 (mai 2023)',
        'Økte drift- og forvaltningskostnader 2022 (TBU 24. mars 2021)',
        'Nasjonal e-helseportefølje: nøkkeltall per rapportering 2020–2023',
        'Saker og vedtak i rådsmodellen 2019–2022',
        'Nasjonal e-helsestrategi 2023–2030: strategiske mål',
        'Planer og milepæler fra NUIT 20. mai 2021',
        'Tiltak for 2024',
      ].sort(),
    )
    expect(await countItems(page)).toBe(contents.reduce((n, c) => n + c.items.length, 0))
    await page.goto('/tiltak')
    await page.waitForSelector('[data-testid="item-table"] tbody tr')
    expect(await page.textContent('[data-testid="active-dataset"]')).toContain('Mitt datasett')
    expect(await page.$$eval('[data-testid="item-table"] tbody tr', (rows) => rows.length)).toBe(2)
    // Stored before summaries: the overview works its summary out from the items, and counts them.
    await page.goto('/')
    await page.waitForSelector('[data-testid="goal-cards"] article >> nth=4')
    // «ingen tiltak» for a goal without any.
    const counted = await page.$$eval('[data-goal] [data-count="items"]', (cells) =>
      cells.reduce((n, cell) => n + Number(/\d+/.exec(cell.textContent ?? '')?.[0] ?? 0), 0),
    )
    expect(counted).toBe(2)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a database that cannot be opened gives the recovery page: download what can be read, then reset', async () => {
    const { context, page } = await freshPage(browser)
    await openOverview(page)
    await chooseFile(page, 'utf8-bom.csv')
    await page.click('[data-testid="import-commit"]')
    await page.waitForSelector('[data-testid="import-committed"]')
    // From now on the app's own open (Dexie passes a version) fails, as on a damaged profile.
    await context.addInitScript(() => {
      if (localStorage.getItem('test-broken-db') !== '1') return
      const open = IDBFactory.prototype.open
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (version !== undefined) throw new DOMException('The database is damaged (test)', 'UnknownError')
        return open.call(this, name)
      }
    })
    await page.evaluate(() => localStorage.setItem('test-broken-db', '1'))
    await page.goto('/')
    await page.waitForSelector('[data-testid="recovery"]', { timeout: 10_000 })
    expect(await page.textContent('[data-testid="recovery-error"]')).toContain('damaged')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="recovery-export"]'),
    ])
    const bundle = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
      format: string
      datasets: DatasetContent[]
    }
    expect(bundle.format).toBe('veikart-bundle')
    expect(bundle.datasets.map((d) => d.dataset.title).sort()).toEqual(
      [
        'Nasjonal e-helseportefølje april 2023: tiltak med status og risiko',
        'Nasjonal e-helseportefølje april 2023: avhengigheter med høy kritikalitet og rød status',
        'Økte drift- og forvaltningskostnader 2022–2026 (mai 2023)',
        'Økte drift- og forvaltningskostnader 2022 (TBU 24. mars 2021)',
        'Nasjonal e-helseportefølje: nøkkeltall per rapportering 2020–2023',
        'Saker og vedtak i rådsmodellen 2019–2022',
        'Nasjonal e-helsestrategi 2023–2030: strategiske mål',
        'Planer og milepæler fra NUIT 20. mai 2021',
        'Tiltak for 2024',
        // The import page names a tiltak table after its header «Hva skal skje i 2024?».
        'Tiltak 2024',
      ].sort(),
    )
    expect(bundle.datasets.find((d) => d.dataset.title === 'Tiltak 2024')?.items).toHaveLength(2)
    expect(await page.textContent('[data-testid="recovery-exported"]')).toContain('Lastet ned 10 datasett')

    await page.click('[data-testid="recovery-reset"]')
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="recovery-reset-confirm"]')])
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
      'veikart',
    )
    await page.evaluate(() => localStorage.removeItem('test-broken-db'))
    await openOverview(page)
    expect((await datasetTitles(page)).length).toBe(BUNDLED_COUNT)
    await context.close()
  })
})
