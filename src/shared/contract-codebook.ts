// The workspace codebook: the free tags a researcher codes claims with
// (frames such as "security" or "economy"), each with a colour. Kept in
// workspace.json under `settings.codebook`; claims carry the tag names in
// `Claim.tags`, so exports read without a lookup. Spread into `contract`
// in contract.ts.
import { z } from 'zod'
import { def } from './contract-def'
import { Id } from './domain'

/** Colours a new tag gets in turn (Paul Tol's "bright" and "muted" schemes:
 * told apart with common colour-vision deficiencies). Tags are always shown
 * with their name too, so colour is never the only signal. */
export const TAG_COLOURS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#332288', '#999933', '#882255', '#BBBBBB'] as const

/** Claim.tags holds names of at most 100 characters. */
export const TagName = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(100, 'a tag name is at most 100 characters')
  .refine((s) => !/[\u0000-\u001f]/.test(s), 'a tag name cannot contain control characters')
export const TagColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is written like #4477AA')

export const CodebookTag = z
  .object({
    id: Id,
    name: TagName,
    colour: TagColour,
    description: z.string().max(2_000).default(''),
  })
  .strict()
export type CodebookTag = z.infer<typeof CodebookTag>

/** `settings.codebook` in workspace.json. */
export const CodebookSettings = z.object({ tags: z.array(CodebookTag).max(1_000) }).strict()

const TagFields = z.object({ name: TagName, colour: TagColour, description: z.string().max(2_000) })

export const codebookMethods = {
  /** Every tag of the codebook, by name. */
  'codebook.list': def<CodebookTag[]>()(z.object({}).strict()),
  /** Adds a tag; its colour is the next unused one unless given. */
  'codebook.create': def<CodebookTag>()(TagFields.partial({ colour: true, description: true }).strict()),
  /** Renaming a tag renames it on every claim that carries it. */
  'codebook.update': def<{ tag: CodebookTag; renamedOnClaims: number }>()(z.object({ id: Id, patch: TagFields.partial().strict() }).strict()),
  /** Removes the tag from the codebook and from every claim. */
  'codebook.delete': def<{ removedFromClaims: number }>()(z.object({ id: Id }).strict()),
}
