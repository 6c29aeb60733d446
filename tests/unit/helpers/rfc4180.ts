// A strict RFC 4180 reader for tests: it accepts only what the RFC allows
// (CRLF between records, fields quoted when they hold a comma, quote, CR or
// LF, quotes doubled inside) and throws on anything else, so a test that
// parses an export also proves the export is well-formed.
export function parseCsvStrict(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const fail = (why: string): never => {
    throw new Error(`invalid CSV: ${why} at offset ${i}`)
  }
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field')
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2)
        else if (text[i] === '"') break
        else field += text[i++]
      }
      i++
    } else {
      while (i < text.length && !',\r\n'.includes(text[i])) {
        if (text[i] === '"') fail('quote in an unquoted field')
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ',') {
      i++
      if (i === text.length) row.push('')
    } else if (text.startsWith('\r\n', i) || i === text.length) {
      rows.push(row)
      row = []
      i += 2
    } else fail('expected a comma or CRLF after a field')
  }
  if (row.length) rows.push(row)
  const width = rows[0]?.length
  rows.forEach((r, n) => r.length === width || fail(`record ${n + 1} has ${r.length} fields, the header ${width}`))
  return rows
}
