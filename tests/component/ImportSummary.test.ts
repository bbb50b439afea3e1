/**
 * The import summary (ImportSummary.vue) says what a commit will store with each noun in the
 * singular or the plural as its count asks, in the UI's language.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportSummary from '@/components/import/ImportSummary.vue'
import { buildImportReport } from '@/import/import-report'
import { importFile } from '@/import/run-import'
import { plugins } from './helpers'

/** A 2024 tiltak table of one row: one measure, under one sub-goal (the goals come from the strategy). */
const ONE_ROW = [
  'Mål;Målsetting;Forutsetning;Merknad;Hvem;Tjeneste;Hva skal skje i 2024?;Totalperiode',
  'Mål 1;Innbygger skal ha digitale tjenester;;;Helse Vest RHF;Helsenorge;Ny innsynstjeneste;2024 - 2025',
].join('\n')

async function willStore(locale: 'nb' | 'en'): Promise<string> {
  const outcome = await importFile(new TextEncoder().encode(ONE_ROW), {
    fileName: 'en-rad.csv',
    datasetId: 'd1',
  })
  const report = buildImportReport(outcome, 'en-rad.csv')
  expect(report.counts).toMatchObject({ items: 1, subGoals: 1, goals: 0, indicators: 0 })
  const wrapper = mount(ImportSummary, { props: { report }, global: { plugins: plugins(locale) } })
  const text = wrapper.get('[data-testid="import-will-store"]').text()
  wrapper.unmount()
  return text
}

describe('ImportSummary: what will be stored', () => {
  it('says one measure and one sub-goal in the singular, no goals or indicators in the plural', async () => {
    expect(await willStore('nb')).toMatch(/^1 tiltak\/leveranse, 1 delmål, 0 mål, 0 indikatorer$/)
    expect(await willStore('en')).toMatch(/^1 measure\/deliverable, 1 sub-goal, 0 goals, 0 indicators$/)
  })
})
