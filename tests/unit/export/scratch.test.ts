import { it } from 'vitest'
import readXlsxFile from 'read-excel-file/universal'
import { toXlsx } from '@/export/xlsx'

it('scratch', async () => {
  const blob = await toXlsx([
    {
      name: 'A',
      header: ['h1', 'h2', 'h3'],
      rows: [['a\r\nb', 12.5, ' x '], ['', '', ''], ['\t=1', -3, 'y'], [], ['z', 1, 2]],
    },
    { name: 'A', header: ['q'], rows: [] },
  ])
  const buf = await blob.arrayBuffer()
  const sheets = await readXlsxFile(buf)
  console.log(JSON.stringify(sheets))
  const sheets2 = await readXlsxFile<string>(buf, { parseNumber: (t) => t, trim: false })
  console.log(JSON.stringify(sheets2))
})
