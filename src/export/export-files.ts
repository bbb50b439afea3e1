/** A dataset (or a filtered part of it) as downloadable files in the chosen format. */
import { slugify } from '@/domain/text'
import type { DatasetContent } from '@/domain/types'
import { toBundleJson } from './bundle-json'
import { toCsv } from './csv'
import { datasetToTables } from './dataset-tables'
import { toXlsx, XLSX_MIME_TYPE } from './xlsx'

export type ExportFormat = 'csv-excel' | 'csv' | 'xlsx' | 'json'

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv-excel', 'csv', 'xlsx', 'json']

export interface ExportFile {
  name: string
  blob: Blob
}

/** CSV gives one file per table (a strategy plan has up to four); the others one file. */
export async function buildExportFiles(content: DatasetContent, format: ExportFormat): Promise<ExportFile[]> {
  const base = slugify(content.dataset.title) || 'veikart'
  if (format === 'json') {
    return [{ name: `${base}.json`, blob: new Blob([toBundleJson([content])], { type: 'application/json' }) }]
  }
  const tables = datasetToTables(content)
  if (format === 'xlsx')
    return [{ name: `${base}.xlsx`, blob: await toXlsx(tables) }].map((f) => ({
      ...f,
      blob: new Blob([f.blob], { type: XLSX_MIME_TYPE }),
    }))
  const variant = format === 'csv-excel' ? 'excel' : 'plain'
  return tables.map((table) => ({
    name: tables.length === 1 ? `${base}.csv` : `${base}-${slugify(table.name)}.csv`,
    blob: new Blob([toCsv(table, variant)], { type: 'text/csv;charset=utf-8' }),
  }))
}
