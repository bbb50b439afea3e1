/** Imported text is untrusted: everything from data that ECharts may render as HTML goes through here. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** The text with `& < > " '` replaced by entities: safe in HTML text and quoted attributes, and in SVG/XML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}
