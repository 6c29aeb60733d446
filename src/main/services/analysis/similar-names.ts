// Finding actors that are probably the same one entered twice ("Biden",
// "Joe Biden", "President-elect Joe Biden", "J. Biden"), to offer merging
// them. Names and aliases are normalised (case, accents, punctuation,
// possessives, titles such as "President" or "Secretary of State"), then
// compared: same name, matching initials, one name inside the other,
// spelling (Jaro–Winkler), shared words. Each pair gets its best score and
// a reason a researcher can check.
import type { SimilarActors } from '../../../shared/contract-analysis'
import type { Actor } from '../../../shared/domain'
import { ancestry } from './hierarchy'
import { byName } from './tally'

const TITLE_PHRASES = [
  'secretary of state',
  'attorney general',
  'deputy foreign minister',
  'foreign minister',
  'prime minister',
  'defense secretary',
  'defence secretary',
  'secretary general',
  'press secretary',
  'vice president',
  'president elect',
]
const TITLES = new Set(
  'the mr mrs ms miss dr prof sir dame president presidente senator sen rep representative congressman congresswoman governor gov mayor minister secretary chancellor king queen prince princess pope gen general col lt sgt capt adm judge justice ambassador deputy chairman chairwoman chair ceo premier former acting'.split(' '),
)
/** Words that make a name an organisation's: "Biden administration" is not "Biden". */
const ORG_WORDS = new Set(
  'administration ministry department government campaign party office committee council staff team agency house senate congress court service services police army military forces embassy company corporation inc group foundation university news times post network commission bureau union association movement coalition transition spokesman spokeswoman spokesperson'.split(' '),
)
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** The words of a name without case, accents, punctuation, possessives or titles. */
export function nameTokens(name: string): string[] {
  let text = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
  for (const phrase of TITLE_PHRASES) text = text.replace(new RegExp(`\\b${phrase}\\b`, 'g'), ' ')
  const words = text.split(' ').filter(Boolean)
  const named = words.filter((w) => !TITLES.has(w) && w !== 'of')
  // A name that is nothing but a title ("President") keeps its words.
  return named.length ? named : words
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  if (!a.length || !b.length) return 0
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aHit = new Array<boolean>(a.length).fill(false)
  const bHit = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bHit[j] || a[i] !== b[j]) continue
      aHit[i] = bHit[j] = true
      matches++
      break
    }
  }
  if (!matches) return 0
  let transpositions = 0
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue
    while (!bHit[j]) j++
    if (a[i] !== b[j++]) transpositions++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

type Match = { score: number; why: string }

/** How alike two names are (tokens from nameTokens), or null. */
export function compareNames(a: string[], b: string[]): Match | null {
  // "Donald Trump" / "Donald Trump Jr.": alike, but probably father and son.
  const [suffixA, suffixB] = [a, b].map((n) => n.filter((w) => SUFFIXES.has(w)).join(' '))
  if (suffixA !== suffixB) {
    const core = compareNames(a.filter((w) => !SUFFIXES.has(w)), b.filter((w) => !SUFFIXES.has(w)))
    return core && { score: Math.min(core.score, 0.6), why: `differ only by “${suffixA || suffixB}” (perhaps relatives)` }
  }
  const [ja, jb] = [a.join(' '), b.join(' ')]
  if (ja === jb) return { score: 1, why: 'are the same name once case, accents, punctuation and titles are set aside' }
  // Numbers name different things: "Area 51" is not "Area 52", nor "G7" "G20".
  const numbers = (n: string[]) => n.filter((w) => /\d/.test(w)).join(' ')
  if (numbers(a) !== numbers(b)) return null
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  // "J. Biden" / "Joe Biden": same surname, every other word an initial of the other's.
  if (short.length === long.length && short.length > 1 && short.at(-1) === long.at(-1)) {
    const fits = short.slice(0, -1).every((w, i) => w === long[i] || (w.length === 1 && long[i][0] === w) || (long[i].length === 1 && w[0] === long[i]))
    if (fits) return { score: 0.92, why: 'match with initials' }
  }
  // "Biden" / "Joe Biden": every word of one is in the other, surname included.
  const longSet = new Set(long)
  if (short.every((w) => longSet.has(w)) && short.includes(long.at(-1)!)) {
    const extra = long.filter((w) => !short.includes(w))
    if (extra.some((w) => ORG_WORDS.has(w))) return null
    return { score: 0.85, why: 'one is part of the other' }
  }
  if (ja.length >= 4 && jb.length >= 4) {
    const jw = jaroWinkler(ja, jb)
    if (jw >= 0.9) return { score: Math.round(jw * 0.95 * 100) / 100, why: `are spelled alike (Jaro–Winkler ${jw.toFixed(2)})` }
  }
  const shared = short.filter((w) => longSet.has(w))
  const union = new Set([...a, ...b]).size
  if (shared.length >= 2 && shared.length / union >= 0.5) {
    return { score: Math.round((0.5 + (0.4 * shared.length) / union) * 100) / 100, why: `share the words “${shared.join(' ')}”` }
  }
  return null
}

type Name = { actor: number; text: string; tokens: string[] }

/** Pairs of actors whose names or aliases look alike, best first. Actors
 * linked by membership (Kremlin, member of Russia, both called "Moscow")
 * score lower and say so: a shared alias there is more often ambiguity than
 * a duplicate. */
export function similarActors(actors: readonly Actor[], minScore: number, limit = 200): SimilarActors[] {
  const names: Name[] = actors.flatMap((actor, i) => [actor.name, ...actor.aliases].filter((t) => t.trim()).map((text) => ({ actor: i, text, tokens: nameTokens(text) })))
  // Only names that share a word or a word's first three letters are
  // compared: close enough for typos, far fewer pairs than all of them.
  const blocks = new Map<string, number[]>()
  names.forEach((name, n) => {
    for (const key of new Set(name.tokens.flatMap((w) => [w, w.length > 3 ? w.slice(0, 3) + '…' : w]))) {
      const block = blocks.get(key)
      if (block) block.push(n)
      else blocks.set(key, [n])
    }
  })
  const byId = new Map(actors.map((a) => [a.id, a]))
  const lineage = new Map<number, string[]>()
  const ancestorsOf = (i: number) => {
    let chain = lineage.get(i)
    if (!chain) lineage.set(i, (chain = ancestry(actors[i].id, byId, (x) => x.memberOf)))
    return chain
  }
  const best = new Map<number, { a: number; b: number; score: number; reason: string }>()
  const compared = new Set<number>()
  for (const block of blocks.values()) {
    if (block.length > 250) continue // a word in hundreds of names tells nothing
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [p, q] = [names[block[x]], names[block[y]]]
        if (p.actor === q.actor) continue
        const pairKey = Math.min(block[x], block[y]) * names.length + Math.max(block[x], block[y])
        if (compared.has(pairKey)) continue
        compared.add(pairKey)
        const match = compareNames(p.tokens, q.tokens)
        if (!match) continue
        const [a, b] = p.actor < q.actor ? [p, q] : [q, p]
        const related = ancestorsOf(a.actor).includes(actors[b.actor].id) || ancestorsOf(b.actor).includes(actors[a.actor].id)
        const score = related ? Math.round(match.score * 0.8 * 100) / 100 : match.score
        const reason = `“${a.text}” and “${b.text}” ${match.why}.` + (related ? ' They are linked by membership, so this may be an ambiguous alias rather than a duplicate.' : '')
        const key = a.actor * actors.length + b.actor
        const old = best.get(key)
        if (!old || score > old.score) best.set(key, { a: a.actor, b: b.actor, score, reason })
      }
    }
  }
  return [...best.values()]
    .filter((m) => m.score >= minScore)
    .sort((m, n) => n.score - m.score || byName(actors[m.a].name, actors[n.a].name))
    .slice(0, limit)
    .map((m) => ({ a: actors[m.a], b: actors[m.b], score: m.score, reason: m.reason }))
}
