#!/usr/bin/env node
// Refreshes the README's screenshots from the production build (`npm run screenshot` builds
// first). Kept out of the test run so that `npm test` never changes tracked files.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from './chromium.mjs'

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1280 }, locale: 'nb-NO' })
  const page = await context.newPage()
  await page.goto(`${base}/`)
  await page.waitForSelector('[data-testid="goal-cards"] [data-count="items"]')
  // The charts load lazily: wait until all four are drawn.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="chart-figure"] canvas').length >= 4,
  )
  await page.waitForTimeout(800)
  const notice = page.locator('.update-prompt button')
  if (await notice.isVisible()) await notice.click()
  mkdirSync('docs', { recursive: true })
  await page.screenshot({ path: 'docs/screenshot.png' })
  console.log('Wrote docs/screenshot.png')
} finally {
  await browser.close()
  await server.close()
}
