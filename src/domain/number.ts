/**
 * Numbers as Norwegian spreadsheets write them: `1 234,5`, `1.234,5`, `12,5 %`, `-3`.
 * A plain `1234.5` (from JSON or English exports) is read too. Returns `null` when the text
 * is not a number.
 */
export function parseNorwegianNumber(raw: string | null | undefined): number | null {
  let text = (raw ?? '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace('−', '-')
  if (text === '') return null
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.')
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null
  return Number(text)
}
