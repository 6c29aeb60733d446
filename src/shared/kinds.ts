// How each kind of claim looks and is reached, shared by the reader, the
// legend and the exported report so they always agree. Colours are from the
// Okabe–Ito palette (told apart with every common colour-vision deficiency);
// each kind also has a letter label and an underline style, so colour is
// never the only signal.
import type { Kind } from './domain'

export type KindStyle = {
  label: string
  letter: string
  /** Keyboard shortcut in the reader (with the selection in the text). */
  key: string
  colour: string
  tint: string
  underline: 'solid' | 'dashed' | 'double'
  description: string
}

export const KIND_STYLES: Record<Kind, KindStyle> = {
  assertion: {
    label: 'Assertion',
    letter: 'A',
    key: '1',
    colour: '#0072B2',
    tint: 'rgba(0, 114, 178, 0.16)',
    underline: 'solid',
    description: 'The speaker states something as so.',
  },
  denial: {
    label: 'Denial',
    letter: 'D',
    key: '2',
    colour: '#D55E00',
    tint: 'rgba(213, 94, 0, 0.16)',
    underline: 'dashed',
    description: 'The speaker rejects a claim or a responsibility.',
  },
  attribution: {
    label: 'Attribution',
    letter: 'T',
    key: '3',
    colour: '#009E73',
    tint: 'rgba(0, 158, 115, 0.18)',
    underline: 'double',
    description: 'The speaker assigns a responsibility, motive or trait to a target.',
  },
}
