/**
 * What a first visit draws while the bundled data is still being written in the import worker:
 * the bundled datasets' records and the overview of the one shown first, read from data/ when
 * the data changes (scripts/bundled-start.ts writes bundled-start.json; a unit test keeps it
 * equal to a reading of data/). The stored data takes over once written, the same numbers.
 */
import type { DatasetSummary } from '@/domain/dataset-summary'
import type { Dataset, Goal } from '@/domain/types'
import start from './bundled-start.json'
import { BUNDLED_DATA_VERSION } from './bundled-manifest'

export interface BundledStart {
  /** The BUNDLED_DATA_VERSION it was read for. */
  version: string
  /** The records as listDatasets gives them once stored, without the import time. */
  datasets: Omit<Dataset, 'importedAt'>[]
  /** The dataset the overview shows first: its summary and the goals it shows. */
  overview: { datasetId: string; summary: DatasetSummary; goals: Goal[] }
}

/** The start of this release's bundled data; `null` if the file was read for another version. */
export function bundledStart(): BundledStart | null {
  const read = start as unknown as BundledStart
  return read.version === BUNDLED_DATA_VERSION ? read : null
}
