/** Launches Debian's Chromium through playwright-core; never a downloaded browser. */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: run scripts/ensure-chromium.mjs`)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export function baseUrl(): string {
  return inject('baseUrl')
}

/** A fresh profile (empty IndexedDB and localStorage) at the given viewport. */
export async function freshPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'nb-NO', baseURL: baseUrl() })
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
