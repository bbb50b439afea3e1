/**
 * Text for the PDF deck. jsPDF draws slide text in the PDF's standard fonts, whose encoding
 * (WinAnsi, i.e. Windows-1252) has Latin-1 with æøå, « », – — … and a few more, and nothing
 * else: any other character comes out as a wrong glyph (the legend's «Åpen slutt (→)» printed
 * as «(!)»). So such characters are written as their closest WinAnsi spelling, letters with
 * marks WinAnsi lacks lose the mark (č → c), and what has no spelling becomes «?», visibly
 * unknown rather than silently wrong. The slides on screen and in SVG keep the real characters.
 */

/** The characters of Windows-1252 above Latin-1's 0x00–0xFF range. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const SPELLINGS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '↑': '^',
  '↓': 'v',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '―': '—',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  ŋ: 'n',
  Ŋ: 'N',
  đ: 'd',
  Đ: 'D',
  ŧ: 't',
  Ŧ: 'T',
  ı: 'i',
  ł: 'l',
  Ł: 'L',
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code <= 0xff || WIN_ANSI_EXTRA.has(char)
}

function spellingOf(char: string): string {
  const known = SPELLINGS[char]
  if (known !== undefined) return known
  // Spaces of every width (thin, narrow no-break …) are a space.
  if (/\s/u.test(char)) return ' '
  const bare = char.normalize('NFD').replace(/\p{M}/gu, '')
  if (bare !== char && [...bare].every(isWinAnsi)) return bare
  return '?'
}

/** `text` with every character the PDF's standard fonts cannot draw spelled as they can. */
export function pdfSafeText(text: string): string {
  let out = ''
  for (const char of text) out += isWinAnsi(char) ? char : spellingOf(char)
  return out
}

/** Rewrites every text node under `root` with pdfSafeText (the parsed slide, before svg2pdf). */
export function makeTextPdfSafe(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue) node.nodeValue = pdfSafeText(node.nodeValue)
}
