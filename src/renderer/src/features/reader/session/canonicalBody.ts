// The body as the store keeps it. ProseMirror orders two claim marks on the
// same words by when they were added, so a retag and its undo would leave
// the same claims in a different order in the file. Sorting the claim marks
// of each text by their claim's place in the text (outer claims first) makes
// the saved body depend only on what is coded: undo and redo bring back the
// very file there was, and nested claims always render outer-first.
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Body } from '../../../../../shared/domain'
import { claimSpansOf } from '../editorClaims'

type Block = Body['content'][number]
type TextNode = NonNullable<Block['content']>[number]
type MarkJson = NonNullable<TextNode['marks']>[number]

const marksKey = (node: TextNode) => JSON.stringify(node.marks ?? [])

/** The whole body, or (with `only`) the listed blocks, the others left out
 * of the returned content's places as they are not needed. */
export function canonicalBody(doc: PMNode, only?: number[]): Body {
  const rank = new Map(claimSpansOf(doc).map((span, i) => [span.id, i]))
  const order = (m: MarkJson) => (m.type === 'claim' ? (rank.get(String(m.attrs?.id)) ?? Number.MAX_SAFE_INTEGER) : -1)
  const blockJson = (i: number) => canonicalBlock(doc.child(i).toJSON() as Block, order)
  const content: Block[] = []
  if (only) for (const i of only) content[i] = blockJson(i)
  else for (let i = 0; i < doc.childCount; i++) content.push(blockJson(i))
  return { type: 'doc', content }
}

function canonicalBlock(block: Block, order: (m: MarkJson) => number): Block {
  if (!block.content) return block
  const nodes: TextNode[] = []
  for (const node of block.content) {
    const sorted = node.marks && node.marks.length > 1 ? { ...node, marks: [...node.marks].sort((a, b) => order(a) - order(b)) } : node
    const last = nodes[nodes.length - 1]
    // Two neighbours that differed only in mark order are one text now.
    if (last && marksKey(last) === marksKey(sorted)) nodes[nodes.length - 1] = { ...last, text: last.text + sorted.text }
    else nodes.push(sorted)
  }
  return { ...block, content: nodes }
}
