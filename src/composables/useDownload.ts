/** Saves a Blob as a file through a temporary link; nothing leaves the browser. */
export function useDownload() {
  function download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = name
    document.body.append(link)
    link.click()
    link.remove()
    // Revoke later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return { download }
}
