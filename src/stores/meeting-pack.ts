/**
 * Meeting packs: one JSON bundle with the saved views in their order and the datasets they
 * show (src/formats/bundle/bundle.ts). Writing one here; opening one (a dropped or chosen file, or
 * `?pakke=<url>`) in the import worker, which stores only what this device lacks.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef, toRaw, watch } from 'vue'
import type { PackResult } from '@/db'
import type { IssueMessage } from '@/domain/import-issue'
import type { SavedView } from '@/domain/saved-view'
import type { Dataset, DatasetContent } from '@/domain/types'
import { findDatasetByRef, parseDatasetRef, withContentRef } from '@/domain/view-link'
import { createImportClient, type ImportClient } from '@/workers/import-client'
import { useDatasetsStore } from './datasets'
import { useSavedViewsStore } from './saved-views'

/** A message for the page, as an i18n key with its parameters (so a language switch applies). */
export interface PackMessage {
  key: string
  params: Record<string, string | number>
  /** A validation message (an import issue's), shown after the key's text. */
  detail?: IssueMessage
}

export type PackStatus = 'idle' | 'opening' | 'opened' | 'failed'

/** What a caller learns from opening a file: opened (present it), failed, or not a pack at all. */
export type OpenOutcome = 'opened' | 'failed' | 'not-pack'

/** Files worth asking the worker about: JSON by name or type, or text that starts with `{`. */
async function mayBePack(file: Blob & { name?: string }): Promise<boolean> {
  if (/\.json$/i.test(file.name ?? '') || /json/.test(file.type)) return true
  const head = new TextDecoder().decode(await file.slice(0, 64).arrayBuffer())
  return /^[\s\uFEFF]*\{/.test(head)
}

/** What restoring a backup did: every dataset by title, restored or skipped (already here). */
function restoredMessage(file: string, result: PackResult): PackMessage {
  const titles = (added: boolean) =>
    result.datasets
      .filter((d) => d.added === added)
      .map((d) => `«${d.title}»`)
      .join(', ') || '–'
  return {
    key: 'pack.restored',
    params: {
      file,
      added: result.datasets.filter((d) => d.added).length,
      addedTitles: titles(true),
      kept: result.datasets.filter((d) => !d.added).length,
      keptTitles: titles(false),
    },
  }
}

/** What opening a pack did: datasets and views added, and those already here. */
function openedMessage(file: string, result: PackResult): PackMessage {
  const added = result.datasets.filter((d) => d.added).length
  return {
    key: 'pack.opened',
    params: {
      file,
      added,
      kept: result.datasets.length - added,
      views: result.viewsAdded,
      keptViews: result.viewsKept,
    },
  }
}

/** A pack's bytes from a web server, or the message to show when they cannot be had. */
async function fetchPack(url: URL): Promise<Uint8Array | Omit<PackMessage, 'detail'>> {
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store' })
    if (!response.ok) return { key: 'pack.fetchStatus', params: { url: url.href, status: response.status } }
    return new Uint8Array(await response.arrayBuffer())
  } catch (error) {
    return {
      key: 'pack.fetchFailed',
      params: { url: url.href, reason: error instanceof Error ? error.message : String(error) },
    }
  }
}

/**
 * The datasets a pack of these views takes: each view's own (the active one for a view that
 * names none) and the strategy dataset; `missing` names the views whose dataset is not here.
 */
function datasetsOfViews(
  views: readonly SavedView[],
  all: readonly Dataset[],
  known: { active: Dataset | undefined; strategy: Dataset | undefined },
): { used: Map<string, Dataset>; missing: string[] } {
  const used = new Map<string, Dataset>()
  const missing: string[] = []
  if (known.strategy) used.set(known.strategy.id, known.strategy)
  for (const view of views) {
    const linked = parseDatasetRef(view.query)
    // A view without a dataset of its own shows the active one.
    const dataset = linked ? findDatasetByRef(all, linked) : known.active
    if (dataset) used.set(dataset.id, dataset)
    else if (linked) missing.push(view.title)
  }
  return { used, missing }
}

type DatasetsStore = ReturnType<typeof useDatasetsStore>

/** A meeting pack ready to download. */
export interface PackFile {
  name: string
  blob: Blob
  views: number
  datasets: number
  missing: string[]
}

/** The datasets are seeded and listed: only then can a pack be checked against them. */
async function whenDatasetsReady(datasets: DatasetsStore): Promise<void> {
  if (datasets.status === 'idle') void datasets.init()
  if (datasets.status === 'ready' || datasets.status === 'error') return
  await new Promise<void>((resolve) => {
    const stop = watch(
      () => datasets.status,
      (s) => {
        if (s !== 'ready' && s !== 'error') return
        stop()
        resolve()
      },
    )
  })
}

/**
 * The meeting pack of this device's saved views: the views in order (datasets named by
 * content) and every dataset they show, plus the strategy dataset the goal titles come from.
 * Views whose dataset is not here are listed in `missing`; they go along without it.
 */
async function buildPackFile(
  datasets: DatasetsStore,
  savedViews: ReturnType<typeof useSavedViewsStore>,
  now: Date,
): Promise<PackFile> {
  if (!savedViews.loaded) await savedViews.load()
  const all = datasets.datasets
  const { used, missing } = datasetsOfViews(savedViews.views, all, {
    active: datasets.activeDataset ?? undefined,
    strategy: datasets.strategyDataset ?? undefined,
  })
  const contents = (await Promise.all([...used.keys()].map((id) => datasets.getContent(id)))).filter(
    (c): c is DatasetContent => c !== null,
  )
  const views = savedViews.views.map((v) => {
    const raw = toRaw(v)
    return { ...raw, query: withContentRef({ ...toRaw(raw.query) }, all) }
  })
  // The bundle writer comes with the first pack built, not on the app's start path.
  const { toMeetingPackJson } = await import('@/export/bundle-json')
  const json = toMeetingPackJson(contents, views, now)
  return {
    name: `veikart-motepakke-${now.toISOString().slice(0, 10)}.json`,
    blob: new Blob([json], { type: 'application/json' }),
    views: views.length,
    datasets: contents.length,
    missing,
  }
}

export const useMeetingPackStore = defineStore('meetingPack', () => {
  const datasets = useDatasetsStore()
  const savedViews = useSavedViewsStore()
  let client: ImportClient | null = null

  const status = ref<PackStatus>('idle')
  const message = shallowRef<PackMessage | null>(null)
  const result = shallowRef<PackResult | null>(null)

  const whenReady = () => whenDatasetsReady(datasets)

  function fail(key: string, params: PackMessage['params'], detail?: IssueMessage): 'failed' {
    status.value = 'failed'
    message.value = detail ? { key, params, detail } : { key, params }
    return 'failed'
  }

  /** Opens bytes as a meeting pack; `not-pack` leaves them to the ordinary import. */
  async function openBytes(bytes: Uint8Array, fileName: string): Promise<OpenOutcome> {
    await whenReady()
    status.value = 'opening'
    message.value = { key: 'pack.opening', params: { file: fileName } }
    try {
      client ??= createImportClient()
      const outcome = await client.openPack({ bytes, fileName })
      if (outcome.kind === 'not-pack') {
        status.value = 'idle'
        message.value = null
        return 'not-pack'
      }
      if (outcome.kind === 'invalid')
        return fail('pack.invalid', { file: fileName }, outcome.issues[0]?.message)
      result.value = outcome.result
      await datasets.reload()
      await savedViews.load()
      status.value = 'opened'
      if (outcome.backup) {
        message.value = restoredMessage(fileName, outcome.result)
        return 'opened'
      }
      message.value = openedMessage(fileName, outcome.result)
      return 'opened'
    } catch (error) {
      return fail('pack.failed', {
        file: fileName,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }

  /** A dropped or chosen file: opened when it is a meeting pack. */
  async function openFile(file: File): Promise<OpenOutcome> {
    if (!(await mayBePack(file))) return 'not-pack'
    return openBytes(new Uint8Array(await file.arrayBuffer()), file.name)
  }

  /** `?pakke=<url>`: fetches a pack published on a web server (which must allow it: CORS). */
  async function openUrl(address: string): Promise<OpenOutcome> {
    let url: URL
    try {
      url = new URL(address, window.location.href)
    } catch {
      return fail('pack.badUrl', { url: address })
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('pack.badUrl', { url: address })
    const fileName = decodeURIComponent(url.pathname.split('/').pop() || 'pakke.json')
    status.value = 'opening'
    message.value = { key: 'pack.fetching', params: { url: url.href } }
    const fetched = await fetchPack(url)
    if (!(fetched instanceof Uint8Array)) return fail(fetched.key, fetched.params)
    const bytes = fetched
    const outcome = await openBytes(bytes, fileName)
    return outcome === 'not-pack' ? fail('pack.notPack', { url: url.href }) : outcome
  }

  /** Back to no message. */
  function dismiss(): void {
    status.value = 'idle'
    message.value = null
  }

  /** The meeting pack of this device's saved views (see `buildPackFile`). */
  async function build(now: Date = new Date()): Promise<PackFile> {
    await whenReady()
    return buildPackFile(datasets, savedViews, now)
  }

  return { status, message, result, openBytes, openFile, openUrl, dismiss, build }
})
