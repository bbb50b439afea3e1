#!/usr/bin/env node
// Makes sure the end-to-end tests' Debian packages are present: Chromium (Playwright's own
// browser download cannot work here: no network beyond the npm registry and Debian) and
// poppler-utils (pdftoppm/pdftotext, to look at the PDFs the app writes as a reader would).
// Installs them with apt-get when allowed; fails loudly otherwise: the e2e tests must never be
// skipped silently.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CHROMIUM } from './chromium.mjs'
const PDFTOPPM = '/usr/bin/pdftoppm'

const missing = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium']),
  ...(existsSync(PDFTOPPM) ? [] : ['poppler-utils']),
]

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const apt = isRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get']
  console.log(`Missing ${missing.join(', ')}; installing Debian's packages with apt-get …`)
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync(apt[0], [...apt.slice(1), 'update', '-qq'], { stdio: 'inherit', env })
    execFileSync(apt[0], [...apt.slice(1), 'install', '-y', '-qq', ...missing], { stdio: 'inherit', env })
  } catch (error) {
    console.error(
      `Could not install ${missing.join(', ')} (${error.message}).\n` +
        `Install them yourself (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}) or set CHROMIUM_PATH.`,
    )
    process.exit(1)
  }
  for (const [path, name] of [
    [CHROMIUM, 'chromium'],
    [PDFTOPPM, 'poppler-utils'],
  ]) {
    if (!existsSync(path)) {
      console.error(`apt-get finished but ${path} (${name}) is still missing.`)
      process.exit(1)
    }
  }
}
console.log(`Using Chromium at ${CHROMIUM}`)
