/**
 * The built page carries a strict Content-Security-Policy, and every route — also with crafted
 * query values — renders under it without a CSP violation or a page error.
 */
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../vite.config'
import { freshPage, launchBrowser } from './browser'
import { openOverview } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const ROUTES = [
  '/',
  '/?mal=1&aktor=helse-vest-rhf',
  '/tiltak',
  '/tiltak?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&mal=9&aktor=__proto__&fase=constructor&ar=abc',
  '/tiltak?__proto__[x]=1&constructor=1&ds=finnes-ikke',
  '/mal',
  '/mal/3',
  '/mal/999',
  '/mal/constructor',
  '/aktorer',
  '/aktorer/helse-vest-rhf',
  '/aktorer/__proto__',
  '/aktorer/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '/ar',
  '/ar/2024',
  '/ar/0000',
  '/tidslinje',
  '/tidslinje?zoom=constructor',
  '/tidslinje?zoom=__proto__&grupper=constructor&dato=9999-99-99&element=__proto__',
  '/tidslinje?zoom=alt&grupper=aktor&dato=2025-06-30',
  '/visninger',
  '/presenter',
  '/import',
  '/datasett',
  '/finnes-ikke?x=%00',
]

describe('Content-Security-Policy', () => {
  it('is in the built page as a meta tag: no inline script, only the app’s own origin', () => {
    const html = readFileSync('dist/index.html', 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]
    expect(meta?.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/)
    // Every script of the page is a file of its own.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('every route, with crafted query values, renders without a violation or a page error', async () => {
    const { context, page, errors } = await freshPage(browser)
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __csp: string[] }).__csp = seen
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      )
    })
    await openOverview(page)
    const violations: string[] = []
    for (const route of ROUTES) {
      await page.goto(route)
      await page.waitForSelector('main h1', { timeout: 15_000 })
      // Let lazy charts and the timeline draw.
      await page.waitForTimeout(300)
      const title = (await page.textContent('main h1'))?.trim() ?? ''
      expect(title, route).not.toBe('')
      const found = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.splice(0))
      for (const v of found) violations.push(`${route}: ${v}`)
    }
    expect(violations).toEqual([])
    expect(errors).toEqual([])

    // The policy is enforced, and the listener sees what it blocks: an injected inline script.
    const blocked = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__ran = 1'
      document.head.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return {
        ran: (window as unknown as { __ran?: number }).__ran,
        seen: (window as unknown as { __csp: string[] }).__csp.splice(0),
      }
    })
    expect(blocked.ran).toBeUndefined()
    expect(blocked.seen.join()).toContain('script-src')
    await context.close()
  })
})
