/** What the deck bench page (bench/deck-main.ts) puts on `window` for scripts/bench-deck.ts. */

export interface DeckRun {
  /** From the click's work starting (slides built) until the PDF blob exists. */
  ms: number
  bytes: number
  pages: number
}

declare global {
  interface Window {
    deckReady?: boolean
    /** Loads a generated veikart export and builds the slides (not timed). */
    loadDeck: (url: string, slides: number) => Promise<number>
    /** The app's export: slide SVGs drawn as vectors into a PDF. */
    runDeckPdf: () => Promise<DeckRun>
    /** Baseline: the same slides as 1920×1080 PNG pictures in a PDF (what a raster export does). */
    runDeckRaster: () => Promise<DeckRun>
  }
}
