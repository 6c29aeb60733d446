// The kind of claim a reporting verb suggests: a denial for "denied",
// "rejects", "dismissing"; an attribution for "accused", "blames",
// "attributed"; an assertion for everything else ("said", "told"). Only a
// proposal: the researcher can change the kind of any claim.
import type { Kind } from '../../../shared/domain'

/** Lemma → kind. Each lemma also matches its inflections (see lemmaOf). */
const KIND_OF_LEMMA: Record<string, Kind> = {
  deny: 'denial',
  denial: 'denial',
  reject: 'denial',
  rejection: 'denial',
  dismiss: 'denial',
  refute: 'denial',
  rebut: 'denial',
  repudiate: 'denial',
  accuse: 'attribution',
  accusation: 'attribution',
  blame: 'attribution',
  attribute: 'attribution',
  fault: 'attribution',
}

/** The dictionary form of an English verb form, for the verbs above and
 * their regular inflections (denies → deny, dismissed → dismiss, faulting →
 * fault, accusing → accuse). */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '')
  if (KIND_OF_LEMMA[w]) return w
  const candidates = [
    w.replace(/ied$/, 'y'),
    w.replace(/ies$/, 'y'),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/(.)\1ing$/, '$1'),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/(.)\1ed$/, '$1'),
    w.replace(/es$/, ''),
    w.replace(/s$/, ''),
  ]
  return candidates.find((c) => c !== w && KIND_OF_LEMMA[c]) ?? w
}

export function kindFromCue(cue: string): Kind {
  for (const word of cue.match(/\p{L}+(?:[’']\p{L}+)?/gu) ?? []) {
    const kind = KIND_OF_LEMMA[lemmaOf(word)]
    if (kind) return kind
  }
  return 'assertion'
}
