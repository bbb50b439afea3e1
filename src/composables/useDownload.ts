/**
 * Saves a Blob as a file through a temporary link; nothing leaves the browser. The one download
 * helper: data exports, meeting packs, slides and chart pictures all save through it.
 */
export function useDownload() {
  function download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = name
    link.style.display = 'none'
    document.body.append(link)
    link.click()
    link.remove()
    // Revoke later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return { download }
}
