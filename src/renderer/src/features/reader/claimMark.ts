// The `claim` mark: one highlighted span of evidence with its id and kind.
// `excludes: ''` lets claims overlap and nest (an attribution that contains
// the asserted content); `inclusive: false` keeps a claim from growing when
// the cursor sits at its edge.
import { Mark, mergeAttributes } from '@tiptap/core'
import { KINDS, type Kind } from '../../../../shared/domain'
import { KIND_STYLES } from '../../../../shared/kinds'

export function asKind(value: unknown): Kind {
  return KINDS.includes(value as Kind) ? (value as Kind) : 'assertion'
}

/** Colour, tint and underline come from KIND_STYLES as CSS variables, so the
 * stylesheet never repeats the palette. */
function kindStyle(kind: Kind): string {
  const s = KIND_STYLES[kind]
  return `--kind-colour: ${s.colour}; --kind-tint: ${s.tint}; --kind-underline: ${s.underline};`
}

export const ClaimMark = Mark.create({
  name: 'claim',
  excludes: '',
  inclusive: false,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-claim-id'),
        renderHTML: (attributes) => ({ 'data-claim-id': String(attributes.id ?? '') }),
      },
      kind: {
        default: 'assertion',
        parseHTML: (element) => asKind(element.getAttribute('data-kind')),
        renderHTML: (attributes) => {
          const kind = asKind(attributes.kind)
          return { 'data-kind': kind, style: kindStyle(kind) }
        },
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-claim-id]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'claim' }, HTMLAttributes), 0]
  },
})
