/**
 * Norsk bokmål: the default UI language, the whole catalog (the shape English is held to, and what
 * the tests read). The app loads it in two parts: nb-start.ts with the first page, nb-pages.ts
 * right after (src/i18n/index.ts).
 */
import pages from './nb-pages'
import start from './nb-start'

export default { ...start, ...pages }
