/** Messages between the import page and the import worker. */
import type { WriteProgress } from '@/db'
import type { DatasetContent } from '@/domain/types'
import type { ImportReport } from '@/import/import-report'
import type { AnalyseRequest, DatasetMeta, PackOutcome, PackRequest } from './import-session'

export type ToWorker =
  | { type: 'analyse'; id: number; request: AnalyseRequest }
  | { type: 'commit'; id: number; meta: DatasetMeta }
  | { type: 'openPack'; id: number; request: PackRequest }
  /** Reads the datasets shipped in `data/` (first start, a new release, restore). */
  | { type: 'loadBundled'; id: number }
  /** Writes the bundled datasets if this device lacks them or has an older reading. */
  | {
      type: 'seedBundled'
      id: number
      version: string
      /** The import time the page already shows them with (a first visit's bundled start). */
      importedAt?: string
    }
  | { type: 'cancel' }
  /** Liveness check during a commit: the worker answers at once, between its writes. */
  | { type: 'ping' }

export type FromWorker =
  | { type: 'analysed'; id: number; report: ImportReport }
  | { type: 'progress'; id: number; progress: WriteProgress }
  | { type: 'committed'; id: number; datasetId: string }
  | { type: 'packOpened'; id: number; outcome: PackOutcome }
  | { type: 'bundledLoaded'; id: number; contents: DatasetContent[] }
  | { type: 'bundledSeeded'; id: number; wrote: boolean }
  | { type: 'failed'; id: number; error: WorkerError }
  | { type: 'pong' }

/** Why a request failed: the cause's name and message, and for a full disk the sizes. */
export interface WorkerError {
  name: string
  message: string
  /** StorageFullError: bytes the dataset needs and bytes left for the site. */
  needed?: number
  available?: number
}
