#!/usr/bin/env node
// Makes sure Debian's Chromium is present for the end-to-end tests. Playwright's own browser
// download cannot work here (no network beyond the npm registry and Debian), so we use
// /usr/bin/chromium and install it with apt-get when we are allowed to. Fails loudly otherwise:
// the e2e tests must never be skipped silently.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const apt = isRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get']
  console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium with apt-get …`)
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync(apt[0], [...apt.slice(1), 'update', '-qq'], { stdio: 'inherit', env })
    execFileSync(apt[0], [...apt.slice(1), 'install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  } catch (error) {
    console.error(
      `Could not install Chromium (${error.message}).\n` +
        'Install it yourself (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
    )
    process.exit(1)
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing.`)
    process.exit(1)
  }
}
console.log(`Using Chromium at ${CHROMIUM}`)
