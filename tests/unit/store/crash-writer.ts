// Child process for the crash test: opens the workspace (taking over the lock
// the previous, killed writer left) and saves a random stream of articles,
// actors and events, deleting an article now and then. After each save is
// acknowledged by the store it prints one line:
//   ack <article|actor|event> <id> <seq>     the entity now holds seq
//   deleting <id>                            a delete is under way
//   ack deleted <id> <seq>                   the article is gone
// `seq` grows with every save of the whole run (it starts above whatever the
// workspace holds), so a later save of the same entity has a larger seq.
import { bodyFromParagraphs } from '../../../src/shared/body'
import { Actor, Event, type Article } from '../../../src/shared/domain'
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store'

const [dir, seedText, baseSeq] = process.argv.slice(2)
let seed = Number(seedText) >>> 0 || 1
/** A small deterministic generator (mulberry32), so a failing round can be replayed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
const seqOf = (text: string) => Number(/^seq (\d+)/.exec(text)?.[1] ?? 0)

const store = await WorkspaceStore.open(dir)
let seq = Math.max(
  Number(baseSeq) || 0,
  ...store.allArticles().map((a) => seqOf(a.notes)),
  ...store.actors.map((a) => seqOf(a.description)),
  ...store.events.map((e) => seqOf(e.description)),
)
const ack = (what: string, id: string) => process.stdout.write(`ack ${what} ${id} ${seq}\n`)

function newArticle(id: string): Article {
  // Sizes from one paragraph to a long article, so a kill lands in writes of
  // very different lengths.
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * random() * 300) }, (_, i) => `Paragraph ${i} of ${id}: the spokesman said the talks would resume “next week”.`)
  return { id, title: `Article ${id}`, outlet: 'Daily', author: '', publishedAt: '2020-12-24', url: '', language: 'en', tags: [], notes: '', provenance: { format: 'paste', fileName: '', sha256: '', importedAt: new Date().toISOString() }, body: bodyFromParagraphs(paragraphs), claims: [], updatedAt: '' }
}

for (;;) {
  seq++
  const roll = random()
  const run = `${process.pid}-${seq}`
  if (roll < 0.45) {
    const existing = store.allArticles()
    const article = existing.length > 0 && (existing.length >= 12 || random() < 0.6) ? pick(existing) : newArticle(`a${run}`)
    await store.putArticle({ ...article, notes: `seq ${seq}`, updatedAt: new Date().toISOString() })
    ack('article', article.id)
  } else if (roll < 0.5) {
    const existing = store.allArticles()
    if (existing.length === 0) continue
    const { id } = pick(existing)
    // Said before deleting: killed mid-delete, the article may be gone
    // without an acknowledgement.
    process.stdout.write(`deleting ${id}\n`)
    await store.deleteArticle(id)
    ack('deleted', id)
  } else if (roll < 0.75) {
    const existing = store.actors
    const id = existing.length > 0 && (existing.length >= 40 || random() < 0.5) ? pick(existing).id : `p${run}`
    await store.updateActors((actors) => [...actors.filter((a) => a.id !== id), Actor.parse({ id, name: `Actor ${id}`, type: 'person', description: `seq ${seq}` })])
    ack('actor', id)
  } else {
    const existing = store.events
    const id = existing.length > 0 && (existing.length >= 40 || random() < 0.5) ? pick(existing).id : `e${run}`
    await store.updateEvents((events) => [...events.filter((e) => e.id !== id), Event.parse({ id, name: `Event ${id}`, date: '2020-12-24', description: `seq ${seq}` })])
    ack('event', id)
  }
}
