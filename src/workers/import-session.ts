/**
 * One import, from analysis to commit. Runs inside the import worker (and, where workers do
 * not exist, e.g. in unit tests, on the calling thread). The full content stays here; the
 * page only ever receives the report.
 */
import {
  addDatasetContent,
  addMeetingPack,
  assertFits,
  findDatasetByChecksum,
  refreshBundledData,
  seedBundledOnFirstStart,
  setBundledDataVersion,
  type PackResult,
  type VeikartDatabase,
  type WriteProgress,
} from '@/db'
import { isMeetingPack, readMeetingPack } from '@/formats/bundle/bundle'
import { isBackupBundle, readBackupBundle } from '@/formats/bundle/backup'
import type { ImportIssue } from '@/domain/import-issue'
import type { DatasetContent, Goal } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { sha256Hex } from '@/import/checksum'
import { decodeBytes } from '@/import/decode'
import { buildImportReport, type ImportReport } from '@/import/import-report'
import { importFile, type ImportOptions } from '@/import/run-import'

export interface AnalyseRequest {
  bytes: Uint8Array
  fileName: string
  /** User choices: kind, delimiter, sheet, column mapping, title, as-of. */
  options: Omit<ImportOptions, 'fileName' | 'datasetId' | 'goals' | 'now'>
  goals: Goal[]
}

/** What the user may still change about the dataset right before storing it. */
export interface DatasetMeta {
  title?: string
  asOf?: string
}

/** A file that may be a meeting pack. */
export interface PackRequest {
  bytes: Uint8Array
  fileName: string
}

/**
 * Opening a file as a meeting pack or a backup («Eksporter alle datasett»): opened (`backup`
 * when it was a backup, restored whole), invalid (nothing written), or neither.
 */
export type PackOutcome =
  | { kind: 'opened'; result: PackResult; backup?: boolean }
  | { kind: 'invalid'; issues: ImportIssue[] }
  | { kind: 'not-pack' }

/** The first character that is not white space or a byte order mark. */
function firstChar(text: string): string {
  return /^[\s\uFEFF]*(.)/.exec(text)?.[1] ?? ''
}

export interface ImportSession {
  analyse(request: AnalyseRequest): Promise<ImportReport>
  /** Stores the analysed dataset (valid rows only) in one transaction. */
  commit(options?: {
    onProgress?: (p: WriteProgress) => void
    isCancelled?: () => boolean
    meta?: DatasetMeta
  }): Promise<string>
  /**
   * Opens a meeting pack: stores the datasets this device lacks and adds its views, all in one
   * transaction. Any other file is left alone (`not-pack`) for the ordinary analyse → commit.
   */
  openPack(request: PackRequest): Promise<PackOutcome>
  /**
   * Writes the bundled datasets: all of them on first start, else a newer reading (`version`)
   * of those the device has. Returns whether it wrote. `importedAt` (ISO): the import time to
   * give them, when the page shows them already (a first visit's bundled start); else now.
   */
  seedBundled(version: string, importedAt?: string): Promise<boolean>
}

function newDatasetId(): string {
  return `import-${crypto.randomUUID()}`
}

export function createImportSession(db: VeikartDatabase): ImportSession {
  let pending: DatasetContent | null = null
  return {
    async analyse({ bytes, fileName, options, goals }) {
      pending = null
      const outcome = await importFile(bytes, { ...options, fileName, datasetId: newDatasetId(), goals })
      const checksum = outcome.content?.dataset.checksum
      const earlier = checksum ? await findDatasetByChecksum(db, checksum) : null
      pending = outcome.content
      return buildImportReport(
        outcome,
        fileName,
        earlier ? { id: earlier.id, title: earlier.title, importedAt: earlier.importedAt } : null,
      )
    },
    async commit(options = {}) {
      if (!pending) throw new Error('Nothing to commit: analyse a file first.')
      const { meta, ...writeOptions } = options
      const dataset = { ...pending.dataset }
      if (meta?.title?.trim()) dataset.title = meta.title.trim()
      if (meta?.asOf?.trim()) dataset.asOf = meta.asOf.trim()
      const content = { ...pending, dataset }
      // Before anything is written: a dataset that will not fit is refused, not half-tried.
      await assertFits(content)
      await addDatasetContent(db, content, writeOptions)
      pending = null
      return content.dataset.id
    },
    async seedBundled(version, importedAt) {
      const load = () => loadBundledDatasets(importedAt ? new Date(importedAt) : new Date())
      if (await seedBundledOnFirstStart(db, load)) {
        await setBundledDataVersion(db, version)
        return true
      }
      return refreshBundledData(db, version, load)
    },
    async openPack({ bytes, fileName }) {
      const { text } = decodeBytes(bytes)
      if (firstChar(text) !== '{') return { kind: 'not-pack' }
      let raw: unknown
      try {
        raw = JSON.parse(text)
      } catch {
        return { kind: 'not-pack' }
      }
      const backup = isBackupBundle(raw)
      if (!backup && !isMeetingPack(raw)) return { kind: 'not-pack' }
      const target = {
        fileName,
        importedAt: new Date().toISOString(),
        checksum: await sha256Hex(bytes),
        newId: newDatasetId,
      }
      const read = backup ? readBackupBundle(raw, target) : readMeetingPack(raw, target)
      if (!read.pack) return { kind: 'invalid', issues: read.issues }
      const result = await addMeetingPack(db, read.pack)
      // A backup is restored, not presented: its views join the list without starting a show.
      return backup
        ? { kind: 'opened', backup, result: { ...result, firstSlide: null } }
        : { kind: 'opened', result }
    },
  }
}
