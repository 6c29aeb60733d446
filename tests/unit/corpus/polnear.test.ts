// The PolNeAR train and dev parts (924 articles) imported as a corpus: the
// folder, its metadata.tsv mapped by header names, and the brat .ann files
// of train/attributions and dev/attributions. Every article is checked
// against its row of metadata.tsv, its text against its .txt, and every
// gold attribution of its first annotator's .ann (by file name; the other
// annotators' files of the 18 doubly annotated articles are reported as
// skipped) against the characters the .ann names.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../../src/shared/body'
import type { ImportJobStatus } from '../../../src/shared/contract-import'
import { parseAnn } from '../../../src/main/services/corpus/brat'
import { proposeMapping, readTable } from '../../../src/main/services/corpus/table'
import { jobsFor, startImport } from '../../../src/main/services/import/import-jobs'
import { PathSource } from '../../../src/main/services/import/path-source'
import { CORPUS, openTemp } from '../helpers'

const POLNEAR = path.join(CORPUS, 'polnear')
const PARTS = ['train', 'dev']

/** The article text as the import must store it, worked out independently:
 * paragraphs are the file's lines (blank lines between them dropped),
 * joined by a blank line. */
const BREAK = /\n(?:[^\S\n]*\n)*/g
// (PolNeAR files start with their title, never with white space.)
const expectedBody = (text: string) => text.split(BREAK).filter((p) => p.trim()).join('\n\n')

/** Where an offset of the .txt is in the article's plain text: every line
 * break before it counts two characters (a blank line) in the article, and
 * an offset inside a break counts from the next paragraph. */
function bodyOffset(text: string, offset: number, side: 'start' | 'end'): number {
  let shift = 0
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length
    if (end <= offset) shift += m[0].length - 2
    else if (m.index < offset) return side === 'start' ? end - shift - (m[0].length - 2) : m.index - shift
    else break
  }
  return offset - shift
}

describe('the PolNeAR corpus', () => {
  it(
    'imports all 924 train and dev articles with their metadata, their exact text and every gold attribution',
    async () => {
      const { store } = await openTemp()
      const tablePath = path.join(POLNEAR, 'metadata.tsv')
      const tableBytes = readFileSync(tablePath)
      const table = readTable('metadata.tsv', tableBytes)
      const mapping = proposeMapping(table.columns)
      // The mapping proposed from the header names is the right one.
      expect(mapping).toEqual({ file: 'filename', title: 'title', outlet: 'publisher', author: 'author', publishedAt: 'publication_date' })

      const started = await startImport(store, new PathSource([POLNEAR], new Set([tablePath])), {
        // One article of the corpus is in it twice under two names: both kept.
        onDuplicate: 'keep',
        annotators: 'first',
        metadata: { fileName: 'metadata.tsv', bytes: tableBytes, mapping: { file: 'filename', title: 'title', outlet: 'publisher', author: 'author', publishedAt: 'publication_date' } },
      })
      const status = (await jobsFor(store).wait(started.id)) as ImportJobStatus
      const s = status.summary
      expect(status.state).toBe('done')
      expect(s).toMatchObject({ imported: 924, failed: 0, duplicates: 1 })
      expect(s.duplicateFiles[0]).toMatchObject({ file: expect.stringMatching(/wash-post_2015-12-23_as-spotlight-shines-on-trump-and\.txt$/), kept: true })
      expect(s.warnings).toEqual([])
      // Rows for files that are not here (the test part, PARC) and the other
      // annotators' files are skipped, not failed.
      const rowsWithoutFile = table.rows.length - 924
      const extraAnnotations = PARTS.flatMap((p) => readdirSync(path.join(POLNEAR, p, 'attributions'))).length - 924
      expect(s.skips.filter((k) => /listed in the metadata table/.test(k.reason))).toHaveLength(rowsWithoutFile)
      expect(s.skips.filter((k) => /a second annotation of/.test(k.reason))).toHaveLength(extraAnnotations)
      expect(s.skipped).toBe(rowsWithoutFile + extraAnnotations)

      const rows = new Map(table.rows.map((r) => [r[1], r]))
      const articles = new Map(store.allArticles().map((a) => [a.provenance.fileName, a]))
      expect(articles.size).toBe(924)
      let attributions = 0
      for (const part of PARTS) {
        const annFiles = readdirSync(path.join(POLNEAR, part, 'attributions')).sort()
        for (const file of readdirSync(path.join(POLNEAR, part, 'text'))) {
          const stem = file.replace(/\.txt$/, '')
          const article = articles.get(file)!
          const row = rows.get(stem)!
          const [, , , , publisher, date, author, title] = row
          // metadata.tsv writes “None” for no author; titles are compared
          // with their white space collapsed (two have a trailing space).
          expect({ outlet: article.outlet, publishedAt: article.publishedAt, author: article.author, title: article.title }, file).toEqual({
            outlet: publisher,
            publishedAt: date,
            author: author === 'None' ? '' : author,
            title: title.replace(/\s+/g, ' ').trim(),
          })
          const text = readFileSync(path.join(POLNEAR, part, 'text', file), 'utf8')
          const body = plainText(article.body)
          expect(body, file).toBe(expectedBody(text))

          const ann = annFiles.find((a) => a.startsWith(`${stem}_`))!
          const gold = parseAnn(readFileSync(path.join(POLNEAR, part, 'attributions', ann), 'utf8')).attributions
          // A claim covers the content; an attribution that names none (a few
          // dozen in the corpus) is placed on its cue, or else its trigger.
          const placedOn = (a: (typeof gold)[number]) => (a.contents.length ? a.contents : a.cues.length ? a.cues : [a.trigger!])
          const expected = gold
            .map((a) => {
              const frags = placedOn(a).flatMap((sp) => sp.fragments)
              const [from, to] = [Math.min(...frags.map((f) => f[0])), Math.max(...frags.map((f) => f[1]))]
              const start = bodyOffset(text, from, 'start')
              const end = bodyOffset(text, to, 'end')
              return `${start}-${end}|${body.slice(start, end)}`
            })
            .sort()
          const claims = article.claims.map((c) => `${c.start}-${c.end}|${c.quote}`).sort()
          expect(claims, file).toEqual(expected)
          // And each quote is the .txt's own text at the .ann's offsets, its
          // line breaks shown as the article's paragraph breaks.
          for (const a of gold) {
            const frags = placedOn(a).flatMap((sp) => sp.fragments)
            const source = text.slice(Math.min(...frags.map((f) => f[0])), Math.max(...frags.map((f) => f[1])))
            expect(article.claims.map((c) => c.quote), `${file} ${a.id}`).toContain(source.replace(BREAK, '\n\n'))
          }
          attributions += gold.length
        }
      }
      expect(s.claims).toBe(attributions)
      expect(attributions).toBeGreaterThan(22_000)
    },
    600_000,
  )
})
