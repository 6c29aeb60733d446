// Builds small PDFs for tests: pages of text lines placed where the test
// says (Helvetica, PDF coordinates: y grows upwards), optionally with an
// encryption dictionary that no empty password opens.
export type PdfLineSpec = { text: string; y: number; x?: number; size?: number }

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`)

export function makePdf(pages: PdfLineSpec[][], options: { encrypted?: boolean; title?: string } = {}): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // pages, filled below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const lines of pages) {
    const content = lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x ?? 56} ${l.y} Td (${escape(l.text)}) Tj ET`).join('\n')
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`)
    kids.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  if (options.title) add(`<< /Title (${escape(options.title)}) >>`)
  const info = options.title ? objects.length : 0
  if (options.encrypted) add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
  const encrypt = options.encrypted ? objects.length : 0
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  const id = `<${'0123456789abcdef'.repeat(2)}>`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
