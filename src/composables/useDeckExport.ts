/**
 * The deck as files: a PDF (A4 landscape or 16:9) and a self-contained HTML file, both drawn
 * from the same slide SVGs as presentation mode, in the chosen theme.
 */
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { SLIDE_THEMES } from '@/charts/slides/slide-theme'
import type { PdfPageFormat } from '@/charts/slides/deck-pdf'
import { useDownload } from './useDownload'
import { usePresentation } from './usePresentation'
import { useTheme } from './useTheme'

export function useDeckExport() {
  const { t, locale } = useI18n()
  const presentation = usePresentation()
  const { theme } = useTheme()
  const { download } = useDownload()
  /** What is being made, for the status line; null when idle. */
  const busy = ref<'pdf' | 'html' | null>(null)
  const error = ref('')

  async function renderAll(): Promise<{ title: string; svg: string }[]> {
    const slides = await presentation.buildDeck()
    const { renderSlideSvg } = await import('@/charts/slides/render-slide')
    const look = SLIDE_THEMES[theme.value]
    return slides.map((s) => ({
      title: s.spec.title,
      svg: renderSlideSvg(s.spec, look, `${s.n} / ${slides.length}`),
    }))
  }

  async function run(kind: 'pdf' | 'html', make: () => Promise<void>): Promise<void> {
    busy.value = kind
    error.value = ''
    try {
      await make()
    } catch (e) {
      error.value = t('slides.exportFailed', { message: e instanceof Error ? e.message : String(e) })
    } finally {
      busy.value = null
    }
  }

  function exportPdf(format: PdfPageFormat): Promise<void> {
    return run('pdf', async () => {
      const slides = await renderAll()
      const { buildDeckPdf } = await import('@/charts/slides/deck-pdf')
      const blob = await buildDeckPdf({
        title: t('slides.deckTitle'),
        lang: locale.value === 'en' ? 'en' : 'nb',
        format,
        background: SLIDE_THEMES[theme.value].background,
        slides: slides.map((s) => s.svg),
      })
      download('veikart-presentasjon.pdf', blob)
    })
  }

  function exportHtml(): Promise<void> {
    return run('html', async () => {
      const slides = await renderAll()
      const { buildDeckHtml } = await import('@/charts/slides/deck-html')
      const html = buildDeckHtml({
        title: t('slides.deckTitle'),
        lang: locale.value === 'en' ? 'en' : 'nb',
        background: SLIDE_THEMES[theme.value].background,
        slides,
      })
      download('veikart-presentasjon.html', new Blob([html], { type: 'text/html' }))
    })
  }

  return { exportPdf, exportHtml, busy, error }
}
