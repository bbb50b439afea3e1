// Debian's Chromium and the flags every script and test launches it with (the brief's list:
// nothing the browser does on its own — updates, sync, background fetches — and no sandbox or
// GPU, which the machine does not have). One list, so a measurement and a test run alike.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
