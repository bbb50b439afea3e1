/**
 * The deck export bench page. Ten slides of a generated 1000-row veikart export (the four
 * overview charts, timeline pages, list pages), built with the app's builders; then:
 * - `runDeckPdf`: what «Last ned som PDF» does: every slide drawn to SVG, then jsPDF +
 *   svg2pdf.js (vector pages).
 * - `runDeckRaster`: the baseline: the same SVGs drawn to 1920×1080 PNGs by the browser and
 *   placed one per page with jsPDF (the usual raster way).
 */
import { buildViewSlides } from '@/charts/slides/build-slides'
import { buildDeckPdf } from '@/charts/slides/deck-pdf'
import { renderSlideSvg } from '@/charts/slides/render-slide'
import { renderSlidePng } from '@/charts/slides/slide-image'
import { SLIDE_THEMES } from '@/charts/slides/slide-theme'
import type { SlideSpec } from '@/charts/slides/slide-types'
import type { SavedView } from '@/domain/saved-view'
import { importFile } from '@/import/run-import'
import type { DeckRun } from './deck-api'
import { WORDS } from './slide-words'

let specs: SlideSpec[] = []

const view = (path: string, query: SavedView['query'] = {}): SavedView => ({
  id: path,
  title: `Lysbilde ${path}`,
  note: '',
  path,
  query,
  order: 0,
  createdAt: '',
})

window.loadDeck = async (url, count) => {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer())
  const content = (await importFile(bytes, { fileName: 'veikart.csv', datasetId: 'bench' })).content
  if (!content) throw new Error('the generated export did not import')
  const data = { items: content.items, subGoals: content.subGoals, goals: content.goals }
  const views = [
    view('/', { graf: 'goal-stage' }),
    view('/', { graf: 'start-year' }),
    view('/', { graf: 'actor-goal' }),
    view('/', { graf: 'hierarchy' }),
    view('/tidslinje'),
    view('/tiltak'),
  ]
  specs = views
    .flatMap((v) => buildViewSlides({ view: v, data, words: WORDS, caption: 'Bench', today: '2026-08-01' }))
    .slice(0, count)
  return specs.length
}

function svgs(): string[] {
  return specs.map((s, i) => renderSlideSvg(s, SLIDE_THEMES.standard, `${i + 1} / ${specs.length}`))
}

window.runDeckPdf = async (): Promise<DeckRun> => {
  const start = performance.now()
  const blob = await buildDeckPdf({
    title: 'Bench',
    lang: 'nb',
    format: '16:9',
    background: SLIDE_THEMES.standard.background,
    slides: svgs(),
  })
  return { ms: performance.now() - start, bytes: blob.size, pages: specs.length }
}

window.runDeckRaster = async (): Promise<DeckRun> => {
  const start = performance.now()
  const { jsPDF } = await import('jspdf')
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [841.89, 473.56], compress: true })
  for (const [i, svg] of svgs().entries()) {
    if (i > 0) doc.addPage([841.89, 473.56], 'landscape')
    const png = new Uint8Array(await (await renderSlidePng(svg)).arrayBuffer())
    doc.addImage(png, 'PNG', 0, 0, 841.89, 473.56)
  }
  const blob = doc.output('blob')
  return { ms: performance.now() - start, bytes: blob.size, pages: specs.length }
}

window.deckReady = true
