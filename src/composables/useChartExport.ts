/**
 * PNG/SVG export of a chart panel, in one place: the buttons' state (busy, transparent, error),
 * saving every file the renderer makes, and the sentence a screen reader hears afterwards.
 * ChartPanel renders one picture, the timeline one per page; both go through here.
 */
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDownload } from './useDownload'

export type ChartExportFormat = 'png' | 'svg'

/** One file to save. */
export interface ChartExportFile {
  name: string
  blob: Blob
}

export interface ChartExportOptions {
  /** The chart's title, for the announcement. */
  title: () => string
  /** Says a sentence to screen readers (the panel's live region). */
  announce: (text: string) => void
}

export function useChartExport(options: ChartExportOptions) {
  const { t } = useI18n()
  const { download } = useDownload()
  /** True while a picture is being drawn: the buttons are disabled. */
  const exporting = ref(false)
  /** PNG on white (default) or transparent, for slides with their own background. */
  const transparent = ref(false)
  /** What went wrong with the last export, or ''. */
  const exportError = ref('')

  /** Draws the files with `render` (told whether the PNG is transparent) and saves each. */
  async function exportChart(
    format: ChartExportFormat,
    render: (transparent: boolean) => Promise<ChartExportFile[]>,
  ): Promise<void> {
    exporting.value = true
    exportError.value = ''
    try {
      const files = await render(transparent.value)
      for (const file of files) download(file.name, file.blob)
      options.announce(t('charts.downloaded', { format: format.toUpperCase(), title: options.title() }))
    } catch (error) {
      exportError.value = t('charts.exportFailed', {
        message: error instanceof Error ? error.message : String(error),
      })
    } finally {
      exporting.value = false
    }
  }

  return { exporting, transparent, exportError, exportChart }
}
