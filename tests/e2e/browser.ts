/** Launches Debian's Chromium through playwright-core; never a downloaded browser. */
import { existsSync } from 'node:fs'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../scripts/chromium.mjs'

export { CHROMIUM }

function checkChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: run scripts/ensure-chromium.mjs`)
}

export async function launchBrowser(): Promise<Browser> {
  checkChromium()
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/**
 * Chromium with its profile in `dir` (a browser profile where the test chooses, as on a small
 * disk), opened on the app like `freshPage`.
 */
export async function launchProfile(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  checkChromium()
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
    baseURL: baseUrl(),
  })
  return { context, page: context.pages()[0] ?? (await context.newPage()) }
}

export function baseUrl(): string {
  return inject('baseUrl')
}

/** What a test may set of its context besides the viewport: a phone, or no service worker. */
export type PageOptions = Pick<
  BrowserContextOptions,
  'serviceWorkers' | 'isMobile' | 'hasTouch' | 'deviceScaleFactor'
>

/** A fresh profile (empty IndexedDB and localStorage) at the given viewport, with `options`. */
export async function freshPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ ...options, viewport, locale: 'nb-NO', baseURL: baseUrl() })
  const page = await context.newPage()
  const errors: string[] = []
  // Chromium reports a ResizeObserver notification it postpones as an error; it is harmless
  // (charts resize on the next frame) and says nothing about the app, so it is not collected.
  const benign = (text: string) => /ResizeObserver loop/.test(text)
  page.on('pageerror', (e) => {
    if (!benign(e.message)) errors.push(e.message)
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && !benign(m.text())) errors.push(m.text())
  })
  return { context, page, errors }
}
