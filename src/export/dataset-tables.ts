/**
 * A dataset → the tables of its own import format, so that the importer reads an export back
 * to the same content. Each format's writer (src/formats/<kind>/writer.ts) says how.
 */
import type { DatasetContent } from '@/domain/types'
import type { ExportCell, ExportTable } from '@/formats/format'
import { formatOf } from '@/formats/registry'
import { STRATEGY_TABLE_NAMES } from '@/formats/strategy/writer'
import { TILTAK_TABLE_NAME } from '@/formats/tiltak/writer'
import { VEIKART_TABLE_NAME } from '@/formats/veikart/writer'

export type { ExportCell, ExportTable }

/** Table names; also the XLSX sheet names (at most 31 characters). */
export const TABLE_NAMES = {
  tiltak: TILTAK_TABLE_NAME,
  veikart: VEIKART_TABLE_NAME,
  ...STRATEGY_TABLE_NAMES,
} as const

/**
 * The dataset as tables of its own import format: one table for tiltak and veikart, up to four
 * (goals, initiatives, indicators, measurements) for a strategy plan, one per non-empty table
 * for a portfolio.
 */
export function datasetToTables(content: DatasetContent): ExportTable[] {
  return formatOf(content.dataset.kind).write(content)
}
