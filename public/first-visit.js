// Shows index.html's picture of the overview (src/prerender.ts, rendered at build time) at once
// on a first visit to the start page, before the app's scripts have run. Only there is the app's
// first render that same page: nothing stored yet in this browser (Veikart stores the language
// on every start, so a missing one means a first visit), bokmål, the standard theme, the bundled
// data, no link state in the address. Anywhere else the picture stays hidden (main.css).
// A classic script, not inline, for the Content-Security-Policy; it runs before the first paint.
try {
  if (
    location.pathname === document.currentScript.dataset.startPath &&
    location.search === '' &&
    localStorage.getItem('veikart.locale') === null
  )
    document.documentElement.setAttribute('data-start-page', '')
} catch {
  // Storage blocked: no picture, the app draws the page.
}
