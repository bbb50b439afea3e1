/**
 * The HTML deck: one self-contained file (inline SVG slides, inline CSS) that opens offline on
 * any laptop and prints one slide per page. It needs no script: slides snap as the page
 * scrolls (arrow keys, Page Down, space); a few lines of inline script add ←/→ for those who
 * allow it. It links to nothing: no fonts, images or scripts from anywhere.
 */
import { escapeHtml } from '../escape-html'

export interface DeckHtmlSlide {
  title: string
  /** A standalone SVG document from src/charts/slides. */
  svg: string
}

export interface DeckHtmlInput {
  title: string
  lang: 'nb' | 'en'
  background: string
  slides: readonly DeckHtmlSlide[]
}

const SCRIPT = `document.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||e.metaKey)return;var s=[].slice.call(document.querySelectorAll('.slide'));var y=window.scrollY+2;var i=s.findIndex(function(x){return x.offsetTop+x.offsetHeight>y});var d=e.key==='ArrowRight'?1:e.key==='ArrowLeft'?-1:0;if(!d)return;e.preventDefault();var t=s[Math.max(0,Math.min(s.length-1,i+d))];if(t)t.scrollIntoView()})`

export function buildDeckHtml(input: DeckHtmlInput): string {
  const bg = /^#[0-9a-f]{6}$/i.test(input.background) ? input.background : '#ffffff'
  const sections = input.slides.map(
    (slide, i) =>
      `<section class="slide" id="s${i + 1}" aria-label="${escapeHtml(slide.title)}">\n${slide.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '')}\n</section>`,
  )
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
html{scroll-snap-type:y mandatory;background:${bg}}
body{margin:0}
.slide{height:100vh;scroll-snap-align:start;display:flex;align-items:center;justify-content:center;overflow:hidden}
.slide>svg{width:100%;height:100%;display:block}
@page{size:A4 landscape;margin:0}
@media print{html{scroll-snap-type:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}.slide{height:auto;break-after:page}.slide>svg{height:auto}}
</style>
</head>
<body>
${sections.join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`
}
