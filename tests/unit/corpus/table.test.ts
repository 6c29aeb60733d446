// Metadata tables: CSV and TSV read with their quoting, a mapping proposed
// from the header names, rows matched to files and read as metadata.
import { describe, expect, it } from 'vitest'
import { MetadataTable, openMetadataTable, parseTableDate } from '../../../src/main/services/corpus/metadata'
import { parseDelimited, proposeMapping, readTable } from '../../../src/main/services/corpus/table'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('reading tables', () => {
  it('reads quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseDelimited('a,b\n"x, y","say ""hi""\nthere"\r\nlast,\n', ',')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['last', ''],
    ])
  })

  it('finds the delimiter from the extension or the header line', () => {
    expect(readTable('m.tsv', bytes('file\ttitle\na.txt\tA, with comma\n')).delimiter).toBe('\t')
    expect(readTable('m.csv', bytes('file;title;outlet\na.txt;A;B\n')).delimiter).toBe(';')
    expect(readTable('m.csv', bytes('file,title\na.txt,A\n')).delimiter).toBe(',')
  })

  it('says what is wrong with a table that cannot be used', () => {
    expect(() => readTable('m.csv', new Uint8Array())).toThrow(/is empty/)
    expect(() => readTable('m.csv', bytes('just one column\nx\n'))).toThrow(/no header row with column names \(or only one column\)/)
    expect(readTable('m.csv', bytes('a,b\n1,2,3\n4\n')).problems[0]).toMatch(/2 rows have a different number of fields than the header \(2\)/)
  })

  it('proposes a mapping from the header names', () => {
    const columns = ['compartment', 'filename', 'level', 'annotators', 'publisher', 'publication_date', 'author', 'title', 'Keywords', 'Link']
    expect(proposeMapping(columns)).toEqual({ file: 'filename', title: 'title', outlet: 'publisher', author: 'author', publishedAt: 'publication_date', url: 'Link', tags: ['Keywords'] })
  })
})

describe('rows as metadata', () => {
  const csv = [
    'path,headline,source,by,date,url,tags,section',
    'train/text/a.txt,First story,The Paper,None,"March 4, 2016",https://x.org/a,"russia; sanctions",World',
    'dev/text/a.txt,Same name elsewhere,Other,Jo,2016-03-05,ftp://bad,,',
    'b,Second,NaN,Ann Lee,04/03/2016,,,',
    'c.txt,Third,X,,2016-13-01,,,',
  ].join('\n')
  const mapping = { file: 'path', title: 'headline', outlet: 'source', author: 'by', publishedAt: 'date', url: 'url', tags: ['tags', 'section'] }

  it('maps each field, treats “None”/“NaN” as empty and says what it could not read', () => {
    const table = openMetadataTable('meta.csv', bytes(csv), mapping)
    expect(table.meta(0)).toEqual({ meta: { title: 'First story', outlet: 'The Paper', publishedAt: '2016-03-04', url: 'https://x.org/a', tags: ['russia', 'sanctions', 'World'] }, problems: [] })
    expect(table.meta(1).problems).toEqual([expect.stringMatching(/the URL “ftp:\/\/bad” in the table is not a web address/)])
    expect(table.meta(2)).toEqual({ meta: { title: 'Second', author: 'Ann Lee' }, problems: [expect.stringMatching(/the date “04\/03\/2016” in the table was not understood \(use YYYY-MM-DD\)/)] })
    expect(table.meta(3).problems[0]).toMatch(/“2016-13-01”/)
  })

  it('matches files by name, with or without extension and folder, and lists the rows no file matched', () => {
    const table = openMetadataTable('meta.csv', bytes(csv), mapping)
    expect(table.match('corpus/dev/text/a.txt')).toBe(1)
    expect(table.match('corpus/train/text/a.txt')).toBe(0)
    expect(table.match('b.txt')).toBe(2)
    expect(table.match('zzz.txt')).toBeNull()
    table.use(0)
    table.use(2)
    expect(table.unmatched()).toEqual(['dev/text/a.txt', 'c.txt'])
  })

  it('refuses a mapping that names a column the table does not have', () => {
    expect(() => openMetadataTable('meta.csv', bytes(csv), { file: 'filename' })).toThrow(/no column “filename”. Its columns are: “path”, “headline”/)
  })

  it('reads dates as tables write them, without time zones', () => {
    expect(['2016-03-11', '2016/3/11', '11.03.2016', '03/25/2016', '25/03/2016', 'March 11, 2016', '11 March 2016', 'Mar. 11 2016', '2016-03', '2016', '2016-03-11T23:30:00-05:00'].map(parseTableDate)).toEqual([
      '2016-03-11',
      '2016-03-11',
      null, // 11.03 — ambiguous day and month
      '2016-03-25',
      '2016-03-25',
      '2016-03-11',
      '2016-03-11',
      '2016-03-11',
      '2016-03',
      '2016',
      '2016-03-11',
    ])
  })

  it('exposes the class for tables read elsewhere', () => {
    expect(new MetadataTable(readTable('m.csv', bytes('file,title\nx,Y\n')), { file: 'file', title: 'title' }, 'm.csv').meta(0).meta).toEqual({ title: 'Y' })
  })
})
