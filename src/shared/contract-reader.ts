// Methods the reader needs beyond coding marks (articles.saveBody) and links
// (claims.update): mending the source text in an explicit edit mode, and
// putting claim records back exactly as they were when a coding action is
// undone or redone. Spread into `contract` in contract.ts.
import { z } from 'zod'
import { def } from './contract-def'
import { BodyInput, ClaimCoding, Id, type Article, type Claim } from './domain'

/** One paragraph or heading of a body sent to be saved (the body's own block schema). */
const BlockInput = BodyInput.shape.content.element

/** The coding of a claim that its marks do not carry: what undo and redo
 * put back. Kind, quote and offsets always follow the marks. */
export const ClaimRecord = z
  .object({
    id: Id,
    ...ClaimCoding.shape,
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
  })
  .strict()
export type ClaimRecord = z.infer<typeof ClaimRecord>

export type SavedBlocks = { changed: Claim[]; removed: string[]; claimCount: number; updatedAt: string }

export const CLAIM_RECORD_FIELDS = ['speakers', 'targets', 'eventId', 'cue', 'note', 'tags', 'createdAt', 'updatedAt'] as const satisfies readonly (keyof Claim)[]

export const readerMethods = {
  /** Saves a body whose words differ from the stored ones: only for the
   * reader's explicit edit mode (mending import errors). Claims follow their
   * marks, which the editor mapped through the edit; a claim whose words were
   * all deleted goes. articles.saveBody still refuses any text change. */
  'articles.editText': def<Article>()(z.object({ id: Id, body: BodyInput }).strict()),
  /** Saves the coding of the blocks (paragraphs) that changed, not the whole
   * body: what the reader sends for each tag, retag or delete, so a long
   * article saves as fast as a short one. Like saveBody, the words must not
   * change; `blockCount` must match the stored body (else the article was
   * changed elsewhere). Answers with what changed among the claims the store
   * derived (new or changed records, ids that went) and how many there are. */
  'articles.saveBlocks': def<SavedBlocks>()(
    z
      .object({
        id: Id,
        blockCount: z.number().int().min(0).max(100_000),
        blocks: z.array(z.object({ index: z.number().int().min(0).max(99_999), block: BlockInput }).strict()).min(1).max(100_000),
      })
      .strict(),
  ),
  /** Puts back the records of claims whose marks are in the body (undo and
   * redo in the reader): links, note, tags, cue and timestamps. All are
   * checked first; nothing changes when one is refused. */
  'claims.restore': def<Claim[]>()(z.object({ articleId: Id, claims: z.array(ClaimRecord).min(1).max(10_000) }).strict()),
}
