/**
 * The deck part of `npm run bench`: «Last ned som PDF» for ten slides, end to end in the
 * page (slides drawn to SVG, then the vector PDF), against a raster baseline (the same slides
 * as PNG pictures in a PDF), interleaved in the same browser. Reports medians, the ratio and
 * the file sizes; the target is the issue's: ≤ 3 MB for ten slides.
 */
import type { Page } from 'playwright-core'
import type { DeckRun } from '../bench/deck-api'

export const DECK_SLIDES = 10
export const DECK_TARGETS = { bytes: 3 * 1024 * 1024 }

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

export interface DeckResult {
  slides: number
  runs: number
  pdfMs: number
  rasterMs: number
  ratio: number
  pdfBytes: number
  rasterBytes: number
  pdfRunsMs: number[]
  rasterRunsMs: number[]
  targets: typeof DECK_TARGETS
  meetsTargets: boolean
}

export async function measureDeck(
  page: Page,
  url: string,
  runs: number,
  log: (m: string) => void,
): Promise<DeckResult> {
  await page.goto(`${url}/deck.html`)
  await page.waitForFunction(() => window.deckReady === true)
  const slides = await page.evaluate(([u, n]) => window.loadDeck(u, n), [
    '/data/veikart-1000.csv',
    DECK_SLIDES,
  ] as const)
  log(`Measuring the deck export (${slides} slides, ${runs} runs each, interleaved) …`)
  await page.evaluate(() => window.runDeckPdf())
  await page.evaluate(() => window.runDeckRaster())
  const pdf: DeckRun[] = []
  const raster: DeckRun[] = []
  for (let i = 0; i < runs; i++) {
    pdf.push(await page.evaluate(() => window.runDeckPdf()))
    raster.push(await page.evaluate(() => window.runDeckRaster()))
  }
  const round = (ms: number) => Math.round(ms * 10) / 10
  const pdfMs = round(median(pdf.map((r) => r.ms)))
  const rasterMs = round(median(raster.map((r) => r.ms)))
  const pdfBytes = pdf[0]?.bytes ?? 0
  return {
    slides,
    runs,
    pdfMs,
    rasterMs,
    ratio: Math.round((pdfMs / rasterMs) * 100) / 100,
    pdfBytes,
    rasterBytes: raster[0]?.bytes ?? 0,
    pdfRunsMs: pdf.map((r) => round(r.ms)),
    rasterRunsMs: raster.map((r) => round(r.ms)),
    targets: DECK_TARGETS,
    meetsTargets: pdfBytes <= DECK_TARGETS.bytes,
  }
}

/** The printed summary. */
export function deckSummary(r: DeckResult): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)
  return (
    `\nDeck export (${r.slides} slides, click → PDF file): vector PDF ${r.pdfMs.toFixed(0)} ms, ${mb(r.pdfBytes)} MB; ` +
    `raster baseline ${r.rasterMs.toFixed(0)} ms, ${mb(r.rasterBytes)} MB; ratio ${r.ratio.toFixed(2)}. ` +
    `Target ≤ ${mb(r.targets.bytes)} MB: ${r.meetsTargets ? 'met' : 'NOT met'}.`
  )
}
