/** The import page's state: one file at a time, analysed, then committed or cancelled. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { WriteProgress } from '@/db'
import { isOutOfSpace } from '@/db/storage-errors'
import type * as Registry from '@/formats/registry'
import type { TableKind } from '@/formats/registry'
import type { ImportReport } from '@/import/import-report'
import type { ImportOptions } from '@/import/run-import'
import {
  CANCELLED_BY_USER,
  createImportClient,
  ImportFailedError,
  type ImportClient,
} from '@/workers/import-client'
import type { DatasetMeta } from '@/workers/import-session'
import { useDatasetsStore } from './datasets'
import { useRoadmapStore } from './roadmap'
import { useSeriesStore } from './series'
import type { SeriesProposal } from '@/domain/series'

export type ImportStatus =
  'idle' | 'analysing' | 'ready' | 'committing' | 'committed' | 'failed' | 'cancelled'

/** User choices that change how the file is read. */
export type ImportChoices = Omit<ImportOptions, 'fileName' | 'datasetId' | 'goals' | 'now'>

/** How long the steps after a commit may take before the page reports the commit anyway. */
const AFTER_COMMIT_MS = 3000

/** The promise's value once it settles, or `null` (or its rejection) when `ms` pass first. */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Why an import failed, as the page shows it. */
export interface ImportFailure {
  name: string
  message: string
  /** The disk or the browser's store is full (db/storage-errors.ts). */
  outOfSpace?: boolean
  needed?: number
  available?: number
}

/**
 * What an error means for the page: nothing (the user's own cancel), a cancelled write, or a
 * failure with its cause's name and message (and the sizes, when the disk is full).
 */
function failureOf(error: unknown): ImportFailure | 'silent' | 'cancelled' {
  // Only the user's own cancel is silent. An `AbortError` is a transaction the browser
  // aborted (a full disk): ignoring it once left «Lagrer …» on the page for good.
  if (error instanceof ImportFailedError && error.causeName === CANCELLED_BY_USER) return 'silent'
  const name =
    error instanceof ImportFailedError ? error.causeName : error instanceof Error ? error.name : 'Error'
  const inline = error as { needed?: unknown; available?: unknown }
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'WriteCancelledError') return 'cancelled'
  // The inline client (no worker) throws the StorageFullError itself.
  const sizes =
    error instanceof ImportFailedError
      ? error.sizes
      : typeof inline.needed === 'number' && typeof inline.available === 'number'
        ? { needed: inline.needed, available: inline.available }
        : {}
  return { name, message, ...sizes, ...(isOutOfSpace(name, message) ? { outOfSpace: true } : {}) }
}

/** The series proposal for a new dataset; a failed proposal only leaves the dataset alone. */
function proposeSeries(id: string): Promise<SeriesProposal | null> {
  return useSeriesStore()
    .proposeFor(id)
    .catch(() => null)
}

/**
 * The formats' registry, for the column and kind choices: fetched with the first file, so the
 * app shell (which holds this store for drops anywhere) does not carry every format's code.
 */
function useFormatChoices(choices: Ref<ImportChoices>, report: ShallowRef<ImportReport | null>) {
  const registry = shallowRef<typeof Registry | null>(null)
  /** The columns the detected (or chosen) format knows, labelled by their main name. */
  const columnChoices = computed(() => {
    const kind = choices.value.tableKind ?? report.value?.tableKind
    if (!kind || !registry.value) return []
    return Object.entries(registry.value.synonymsOf(kind)).map(([column, names]) => ({
      column,
      label: names.find((n): n is string => typeof n === 'string') ?? column,
    }))
  })
  /** Table kinds the user can force. */
  const tableKinds = computed<readonly TableKind[]>(() => registry.value?.TABLE_KINDS ?? [])
  return { registry, columnChoices, tableKinds }
}

// A setup store's closure is its module, as <script setup> is a component's (which the rule does
// not count); its steps that need no state are the functions above.
// eslint-disable-next-line max-lines-per-function -- the setup closure (#14)
export const useImportStore = defineStore('import', () => {
  let client: ImportClient | null = null
  const datasets = useDatasetsStore()
  const roadmap = useRoadmapStore()

  const status = ref<ImportStatus>('idle')
  /** The file being imported; kept so a changed mapping can be re-read. */
  const file = shallowRef<File | null>(null)
  const choices = ref<ImportChoices>({})
  /** The analysis shown to the user (summary, mapping, issues, preview). */
  const report = shallowRef<ImportReport | null>(null)
  const progress = ref<WriteProgress | null>(null)
  /** Why the last analysis or commit failed: the cause's name and message (and sizes, disk full). */
  const failure = ref<ImportFailure | null>(null)
  /** Id of the dataset the last commit created. */
  const committedId = ref<string | null>(null)
  /** The series the last commit was put in (see series.ts), if any. */
  const seriesProposal = shallowRef<SeriesProposal | null>(null)

  const { registry, columnChoices, tableKinds } = useFormatChoices(choices, report)

  function getClient(): ImportClient {
    client ??= createImportClient()
    return client
  }

  async function analyse(): Promise<void> {
    if (!file.value) return
    if (!registry.value) registry.value = await import('@/formats/registry')
    status.value = 'analysing'
    failure.value = null
    try {
      const bytes = new Uint8Array(await file.value.arrayBuffer())
      report.value = await getClient().analyse({
        bytes,
        fileName: file.value.name,
        options: { ...choices.value },
        goals: [...roadmap.goals],
      })
      status.value = 'ready'
    } catch (error) {
      fail(error)
    }
  }

  /** Starts an import of a newly chosen file, with default choices. */
  async function chooseFile(chosen: File): Promise<void> {
    file.value = chosen
    choices.value = {}
    committedId.value = null
    seriesProposal.value = null
    await analyse()
  }

  /** Re-reads the file with changed choices (kind, delimiter, sheet, column mapping). */
  async function setChoices(next: ImportChoices): Promise<void> {
    choices.value = next
    await analyse()
  }

  /** Stores the valid rows as a new dataset and shows it. All or nothing. */
  async function commit(meta: DatasetMeta = {}): Promise<void> {
    if (status.value !== 'ready') return
    status.value = 'committing'
    progress.value = null
    failure.value = null
    try {
      const id = await getClient().commit(meta, (p) => (progress.value = p))
      committedId.value = id
      // The dataset is stored. Reading the list back goes through the page's own connection,
      // which a strained disk can keep waiting; the page says «lagret» regardless, in time.
      await settledWithin(datasets.reload(), AFTER_COMMIT_MS)
      // Before `committed`, so that leaving the page right then cannot lose the series. The
      // dataset is stored whatever happens here: a failed proposal only leaves it alone.
      seriesProposal.value = await settledWithin(proposeSeries(id), AFTER_COMMIT_MS)
      status.value = 'committed'
      await datasets.setActive(id)
      // The user has data worth keeping now: ask the browser not to evict it under disk pressure.
      await datasets.requestPersistence()
    } catch (error) {
      fail(error)
    }
  }

  function fail(error: unknown): void {
    const outcome = failureOf(error)
    if (outcome === 'silent') return
    if (outcome === 'cancelled') status.value = 'cancelled'
    else {
      failure.value = outcome
      status.value = 'failed'
    }
  }

  /** Cancels the analysis or the write in progress; nothing is stored. */
  function cancel(): void {
    if (status.value === 'analysing' || status.value === 'committing') client?.cancel()
    if (status.value !== 'committing') {
      status.value = 'cancelled'
      report.value = null
      file.value = null
    }
  }

  /** Back to an empty import page. */
  function reset(): void {
    status.value = 'idle'
    report.value = null
    file.value = null
    choices.value = {}
    progress.value = null
    failure.value = null
  }

  return {
    status,
    file,
    choices,
    report,
    columnChoices,
    tableKinds,
    progress,
    failure,
    committedId,
    seriesProposal,
    chooseFile,
    setChoices,
    commit,
    cancel,
    reset,
  }
})
