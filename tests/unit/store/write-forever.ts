// Child process for the crash test: saves one article over and over, printing
// a line after each acknowledged save, until it is killed.
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'
import { bodyFromParagraphs } from '../../../src/shared/body'

const store = await WorkspaceStore.open(process.argv[2])
const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: the spokesman said the talks would resume next week.`)
let article = store.allArticles()[0]
if (!article) {
  article = { id: 'crash1', title: 'Crash test', outlet: '', author: '', publishedAt: '', url: '', language: '', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: new Date().toISOString() }, body: bodyFromParagraphs(paragraphs), claims: [], updatedAt: '' }
}
const start = Number(/^save (\d+)$/.exec(article.notes)?.[1] ?? 0)
for (let i = start + 1; ; i++) {
  article = { ...article, notes: `save ${i}` }
  await store.putArticle(article)
  process.stdout.write(`saved ${i}\n`)
}
