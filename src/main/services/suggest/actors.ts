// People and organisations named in an article that are not yet in the
// registry, each with its variants folded into one suggestion: "Sergei
// Ryabkov", "Ryabkov" and "Deputy Foreign Minister Sergei Ryabkov" are one
// person. Names are runs of capitalised tokens; a title before a name
// ("Minister", "spokesman") or a first name from compromise's lexicon marks
// a person, an organisation word ("Ministry", "campaign") an organisation;
// places are left out (they are rarely who speaks).
import type { ActorSuggestion } from '../../../shared/contract-suggest'
import { nameKey } from '../corpus/actor-match'
import { isFirstName, isOrganisation, isPlace } from './gazetteer'
import { NOT_NAMES, ORG_WORDS, PERSON_TITLES } from './lexicon'
import type { Analysis, Token } from './nlp'
import { bareName, type RegistryMatcher } from './speakers'

type Mention = { surface: string; bare: string; start: number; end: number; type: 'person' | 'organisation' | null }

const CAPITAL = /^\p{Lu}/u
/** Lower-case heads that make "Trump administration" an organisation. */
const ORG_TAILS = new Set(['administration', 'campaign', 'government', 'ministry', 'party', 'team', 'camp'])

function isNameToken(t: Token, sentenceStart: boolean): boolean {
  // Auxiliaries and pronouns are never part of a name ("Voters Might Help
  // Trump" is a headline in title case).
  if (!CAPITAL.test(t.text) || t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'PRON' || t.text === 'I') return false
  if (sentenceStart && (NOT_NAMES.has(t.lower) || t.pos !== 'PROPN')) return false
  return !NOT_NAMES.has(t.lower) || t.pos === 'PROPN'
}

function mentionsOf(a: Analysis, speakers: ReadonlySet<string>): Mention[] {
  const { tokens, sentences, text } = a
  const out: Mention[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (!isNameToken(t, sentences[t.sentence].first === i)) {
      i++
      continue
    }
    let j = i
    for (;;) {
      const n = tokens[j + 1]
      const after = tokens[j + 2]
      if (n && n.sentence === t.sentence && isNameToken(n, false)) j++
      else if (n && (n.lower === 'of' || n.lower === 'for') && after && after.sentence === t.sentence && isNameToken(after, false)) j++
      else break
    }
    let end = tokens[j].end
    let type: Mention['type'] = null
    const tail = tokens[j + 1]
    if (tail && ORG_TAILS.has(tail.lower)) {
      end = tail.end
      type = 'organisation'
    }
    const surface = text.slice(t.start, end).replace(/[’']s$/, '')
    const before = tokens[i - 1]
    const titled = (before && before.sentence === t.sentence && PERSON_TITLES.has(before.lower)) || PERSON_TITLES.has(t.lower)
    const bare = bareName(surface)
    const kind = type ?? classify(bare, titled || speakers.has(nameKey(bare)))
    // Titles belong to people: "Foreign Ministry" keeps its "Foreign".
    out.push({ surface, bare: kind === 'organisation' ? surface : bare, start: t.start, end, type: kind })
    i = j + 1
  }
  return out
}

/** `titled`: a title stands before the name, or it speaks in the article. */
function classify(bare: string, titled: boolean): Mention['type'] {
  const words = bare.split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => ORG_WORDS.has(w))) return 'organisation'
  // "Michael Dell" is a person even though "Dell" is a company.
  if (words.length >= 2 && words.length <= 4 && isFirstName(words[0])) return 'person'
  if (words.some((w) => isOrganisation(w))) return 'organisation'
  if (words.every((w) => isPlace(w) || /^(of|the)$/i.test(w))) return null
  if (titled && !words.some((w) => isPlace(w))) return 'person'
  if (words.length >= 2 && words.length <= 4 && isFirstName(words[0])) return 'person'
  return null
}

/** Actor suggestions for an article, most mentioned first. */
export function suggestActors(a: Analysis, registry: RegistryMatcher, speakers: ReadonlySet<string> = new Set()): ActorSuggestion[] {
  const mentions = mentionsOf(a, speakers)
  type Group = { type: 'person' | 'organisation'; name: string; forms: Set<string>; mentions: number; first: Mention }
  const groups = new Map<string, Group>()
  const bySurname = new Map<string, Group[]>()
  for (const m of mentions) {
    if (!m.type) continue
    const key = nameKey(m.bare)
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { type: m.type, name: m.bare, forms: new Set(), mentions: 0, first: m }))
    g.forms.add(m.surface)
    g.mentions++
    if (m.type === 'person' && key.includes(' ')) {
      const surname = key.slice(key.lastIndexOf(' ') + 1)
      const list = bySurname.get(surname) ?? []
      if (!list.includes(g)) list.push(g)
      bySurname.set(surname, list)
    }
  }
  // A bare surname ("Ryabkov") or a one-word name joins the only person it
  // can be.
  for (const m of mentions) {
    if (m.type === 'organisation' || m.bare.includes(' ')) continue
    const owners = bySurname.get(nameKey(m.bare))
    if (owners?.length !== 1) continue
    owners[0].forms.add(m.surface)
    owners[0].mentions++
  }
  const out: ActorSuggestion[] = []
  for (const g of groups.values()) {
    if (g.type === 'person' && !g.name.includes(' ') && bySurname.get(nameKey(g.name))?.length) continue
    if (registry.match(g.name).length) continue
    out.push({
      name: g.name,
      variants: [...g.forms].filter((f) => f !== g.name),
      type: g.type,
      mentions: g.mentions,
      first: { start: g.first.start, end: g.first.end, text: a.text.slice(g.first.start, g.first.end) },
    })
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.first.start - y.first.start)
}
