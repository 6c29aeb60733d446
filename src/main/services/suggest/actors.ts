// People and organisations named in an article that are not yet in the
// registry, each with its variants folded into one suggestion: "Sergei
// Ryabkov", "Ryabkov" and "Deputy Foreign Minister Sergei Ryabkov" are one
// person. Names are runs of capitalised tokens; a title before a name
// ("Minister", "spokesman", "actress") or a first name from compromise's
// lexicon marks a person, an organisation word ("Ministry", "campaign") an
// organisation; places are left out (they are rarely who speaks).
//
// What is not an actor, whatever its capitals: a title on its own
// ("President", "the Minister"), a photo credit or a wire dateline
// ("(Mikhail Metzel/Tass/Abaca Press/TNS)", "Scott Olson via Getty Images",
// "WASHINGTON (Reuters) -": credits.ts), a heading in title case ("Ted Cruz
// Hints Trump …"), words glued together by a page's markup
// ("FoleyFlagShareLikeReplySara"), and a plural ("Republicans").
import type { ActorSuggestion } from '../../../shared/contract-suggest'
import { nameKey } from '../corpus/actor-match'
import { creditRanges, inCredit } from './credits'
import { isFirstName, isOrganisation, isPlace } from './gazetteer'
import { HUMAN_NOUNS, NOT_NAMES, ORG_WORDS, PERSON_TITLES } from './lexicon'
import type { Analysis, Token } from './nlp'
import { bareName, type RegistryMatcher } from './speakers'

type MentionType = 'person' | 'organisation' | null
type Mention = { surface: string; bare: string; start: number; end: number; type: MentionType }

const CAPITAL = /^\p{Lu}/u
const words = (s: string) => new Set(s.trim().split(/\s+/))
/** Lower-case heads that make "Trump administration" an organisation. */
const ORG_TAILS = words('administration campaign government ministry party team camp')
/** Titles and occupations before a name that the speaker lexicon does not
 * list (it only needs those of people who speak). */
const MORE_TITLES = words(`actress actor singer rapper comedian filmmaker producer musician novelist poet writer artist
  activist lawyer doctor coach businessman businesswoman billionaire philanthropist entrepreneur investor
  chancellor premier sheriff detective officer sergeant sgt sgt. captain capt capt. lieutenant colonel admiral commander
  rabbi pastor reverend rev rev. bishop cardinal imam sir dame lord lady councilman councilwoman assemblyman
  assemblywoman superintendent treasurer comptroller inspector consul diplomat historian scholar scientist researcher
  consultant co-founder cofounder owner publisher anchorman anchorwoman correspondent commentator`)
/** Title words that only qualify the title after them ("National Security
 * Adviser", "Foreign Minister"): a name right after one is not titled by
 * it ("National Review" is no person called Review). */
const TITLE_MODIFIERS = words('national foreign deputy vice prime state defense defence interior finance security press campaign kremlin white house former acting senior top')
const SMALL_WORDS = words('a an the and or of in on at to for by with from as vs vs. via')
/** Capitalised words that begin a sentence or a heading but never a name
 * ("Top Republican Party donor", "Hours later", "All CNN's fault"). */
const NEVER_FIRST = words(`top all every each many some most both several other another few more no only even just also
  then now here there hours days weeks months years minutes today yesterday tomorrow tonight`)
/** Parts of speech a name never contains; a capitalised verb is a heading's
 * ("Donald Trump Booed", "Chris Christie Says"). */
const NEVER_IN_NAMES = new Set(['PUNCT', 'AUX', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'SYM'])
const VERB_FORM = /^\p{L}{2,}(?:s|ed|ing)$/u

const isTitleWord = (word: string): boolean => PERSON_TITLES.has(word.toLowerCase()) || MORE_TITLES.has(word.toLowerCase())
/** "Presidents" too: only to tell that a name is titles and nothing else
 * (before a name, a plural is no title: "Candidates Debate"). */
const isTitleOrPlural = (word: string): boolean => isTitleWord(word) || (/[^s]s$/i.test(word) && isTitleWord(word.slice(0, -1)))

/** Words run together by a page's markup ("FoleyFlagShareLikeReplySara",
 * "BuddiesASSOCIATED", "PMDonald"): two joins of a small letter to a
 * capital, or a run of capitals against small letters; a name has at most
 * one join ("McDonald", "LaGuardia"). */
const GLUED = /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}|\p{Ll}\p{Lu}{2}|\p{Lu}{3}\p{Ll}/u

function isNameToken(t: Token, sentenceStart: boolean): boolean {
  // Auxiliaries and pronouns are never part of a name ("Voters Might Help
  // Trump" is a headline in title case).
  if (!CAPITAL.test(t.text) || NEVER_IN_NAMES.has(t.pos) || t.text === 'I' || GLUED.test(t.text)) return false
  if (t.pos === 'VERB' && VERB_FORM.test(t.text)) return false
  if (sentenceStart && (NOT_NAMES.has(t.lower) || t.pos !== 'PROPN')) return false
  return !NOT_NAMES.has(t.lower) || t.pos === 'PROPN'
}

/** A heading in title case ("Ted Cruz Hints Trump Is Not Ready For It"):
 * its common words are capitalised too, so its runs of capitals are not
 * names. A caption full of names has a small word of its own ("left"). */
function headingSentences(a: Analysis): Set<number> {
  const out = new Set<number>()
  a.sentences.forEach((s, index) => {
    let all = 0
    let capitalised = 0
    for (let i = s.first; i <= s.last; i++) {
      const t = a.tokens[i]
      if (!/\p{L}/u.test(t.text) || SMALL_WORDS.has(t.lower)) continue
      if (!CAPITAL.test(t.text) && t.text.length >= 4) return
      all++
      if (CAPITAL.test(t.text)) capitalised++
    }
    // A sentence that ends with a full stop is prose (a list of names).
    if (all >= 5 && capitalised >= 0.8 * all && a.tokens[s.last].text !== '.') out.add(index)
  })
  return out
}

/** The name without the titles before it, and whether a title stood there:
 * what stands before the last title only qualifies it ("U.S. President
 * Donald Trump", "Senate Majority Leader Mitch McConnell"). A name after a
 * mere qualifier ("National Review") keeps it; a name that starts with a
 * first name has no title inside ("Martin Luther King Jr."). */
function personForm(surface: string): { bare: string; titled: boolean } {
  const all = surface.replace(/[’']s$/, '').trim().split(/\s+/)
  let parts = bareName(surface).split(' ')
  if (!isFirstName(parts[0])) {
    let last = -1
    for (let k = 0; k < parts.length - 1; k++) if (isTitleWord(parts[k])) last = k
    parts = parts.slice(last + 1)
  }
  while (parts.length > 1 && SMALL_WORDS.has(parts[0].toLowerCase())) parts = parts.slice(1)
  const stripped = all.slice(0, Math.max(0, all.length - parts.length))
  if (stripped.length === 0) return { bare: parts.join(' '), titled: false }
  // Only qualifiers ("National", "Top"): no title at all.
  if (stripped.every((w) => TITLE_MODIFIERS.has(w.toLowerCase()) || SMALL_WORDS.has(w.toLowerCase()) || !isTitleWord(w))) return { bare: all.join(' '), titled: false }
  return { bare: parts.join(' '), titled: true }
}

/** "President", "the Minister", "Deputy Foreign Minister": titles only. */
const onlyTitles = (name: string) => name.split(/\s+/).every((w) => isTitleOrPlural(w) || SMALL_WORDS.has(w.toLowerCase()))

/** "Republicans", "Muslims", "Americans": a group, not one person; "Poll"
 * (a headline's "Poll: …"): a common noun that speaks, not a name. */
function isGroupOrNoun(name: string): boolean {
  const w = name.toLowerCase()
  if (name.includes(' ')) return false
  if (HUMAN_NOUNS.has(w)) return true
  if (!w.endsWith('s') || w.endsWith('ss')) return false
  const singular = w.slice(0, -1)
  return HUMAN_NOUNS.has(singular) || isPlace(singular) || /(?:ians|cans|ists|ites|ims|ics)$/.test(w)
}

function mentionsOf(a: Analysis, speakers: ReadonlySet<string>): Mention[] {
  const { tokens, sentences, text } = a
  const credits = creditRanges(text)
  const headings = headingSentences(a)
  const out: Mention[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (!isNameToken(t, sentences[t.sentence].first === i) || NEVER_FIRST.has(t.lower)) {
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
    const next = j + 1
    let end = tokens[j].end
    let type: MentionType = null
    const tail = tokens[j + 1]
    if (tail && ORG_TAILS.has(tail.lower)) {
      end = tail.end
      type = 'organisation'
    }
    if (!headings.has(t.sentence) && !inCredit(credits, t.start, end)) {
      const surface = text.slice(t.start, end).replace(/[’']s$/, '')
      const before = tokens[i - 1]
      const form = personForm(surface)
      const titled = (before && before.sentence === t.sentence && isTitleWord(before.lower)) || form.titled
      const kind = type ?? classify(form.bare, titled || speakers.has(nameKey(form.bare)))
      const person = kind === 'person'
      // A title alone names no one; "Republicans" are many; "Poll" is no one.
      if (!(person && (onlyTitles(form.bare) || isGroupOrNoun(form.bare)))) {
        // Titles belong to people: "Foreign Ministry" keeps its "Foreign".
        out.push({ surface, bare: person ? form.bare : surface, start: t.start, end, type: kind })
      }
    }
    i = next
  }
  return out
}

/** `titled`: a title stands before the name, or it speaks in the article. */
function classify(bare: string, titled: boolean): MentionType {
  const words = bare.split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => ORG_WORDS.has(w))) return 'organisation'
  // "Michael Dell" is a person even though "Dell" is a company.
  if (words.length >= 2 && words.length <= 4 && isFirstName(words[0])) return 'person'
  if (words.some((w) => isOrganisation(w))) return 'organisation'
  if (words.every((w) => isPlace(w) || /^(of|the)$/i.test(w))) return null
  if (titled && !words.some((w) => isPlace(w))) return 'person'
  return null
}

type Group = { type: 'person' | 'organisation'; names: Map<string, number>; forms: Set<string>; mentions: number; first: Mention }

/** Groups mentions by name, then folds the groups that are one actor. */
function groupsOf(mentions: readonly Mention[]): Group[] {
  const byKey = new Map<string, Group>()
  for (const m of mentions) {
    if (!m.type) continue
    // "Hillary Rodham Clinton" and "Hillary Clinton", "Donald J. Trump" and
    // "Donald Trump": a person is keyed by first and last name.
    const key = m.type === 'person' ? personKey(m.bare) : `org:${nameKey(m.bare)}`
    let g = byKey.get(key)
    if (!g) byKey.set(key, (g = { type: m.type, names: new Map(), forms: new Set(), mentions: 0, first: m }))
    add(g, m)
  }
  const groups = [...byKey.values()]
  // A one-word name ("Ryabkov", or "Minister Ryabkov"), even one not typed
  // on its own, joins the only person whose surname it is; one that could
  // be two people is left out.
  const bySurname = new Map<string, (Group | string)[]>()
  const own = (surname: string, owner: Group | string) => bySurname.set(surname, [...new Set([...(bySurname.get(surname) ?? []), owner])])
  for (const g of groups) if (g.type === 'person' && nameOf(g).includes(' ')) own(lastWord(nameKey(nameOf(g))), g)
  // A full name not known as a person ("Bill Clinton": "Bill" is no first
  // name in the lexicon) still makes its surname ambiguous.
  for (const m of mentions) if (!m.type && m.bare.includes(' ')) own(lastWord(nameKey(m.bare)), byKey.get(personKey(m.bare)) ?? personKey(m.bare))
  const folded = new Set<Group>()
  for (const m of mentions) {
    if (m.type === 'organisation' || m.bare.includes(' ')) continue
    const owners = bySurname.get(nameKey(m.bare))
    if (!owners) continue
    const alone = byKey.get(personKey(m.bare))
    if (alone) folded.add(alone)
    const [owner] = owners
    if (owners.length === 1 && typeof owner !== 'string') add(owner, m, false)
  }
  // "Foreign Ministry" is the "Russian Foreign Ministry" named before or
  // after it, when there is only one such.
  const orgs = groups.filter((g) => g.type === 'organisation')
  for (const g of orgs) {
    const key = nameKey(nameOf(g))
    // A one-word name folds only behind places ("U.S. Senate"), never
    // into another name ("House" is not the "White House").
    const longer = orgs.filter((o) => {
      const other = nameKey(nameOf(o))
      if (o === g || folded.has(o) || !other.endsWith(' ' + key)) return false
      return key.includes(' ') || other.slice(0, -key.length).trim().split(' ').every((w) => isPlace(w) || /\./.test(w))
    })
    if (longer.length !== 1) continue
    folded.add(g)
    for (const f of g.forms) longer[0].forms.add(f)
    longer[0].mentions += g.mentions
    if (g.first.start < longer[0].first.start) longer[0].first = g.first
  }
  return groups.filter((g) => !folded.has(g))
}

/** Counts a mention in a group; `asName`: its name may be the group's. */
function add(g: Group, m: Mention, asName = true): void {
  if (asName) g.names.set(m.bare, (g.names.get(m.bare) ?? 0) + 1)
  g.forms.add(m.surface)
  g.mentions++
  if (m.start < g.first.start) g.first = m
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1)

function personKey(bare: string): string {
  const parts = nameKey(bare).split(' ')
  return `person:${parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : parts[0]}`
}

/** The full form most often written, the longer on a tie ("Sergei
 * Ryabkov" over "Ryabkov"). */
function nameOf(g: Group): string {
  const names = [...g.names]
  const full = names.filter(([name]) => name.includes(' '))
  const better = (a: [string, number], b: [string, number]) => (b[1] > a[1] || (b[1] === a[1] && b[0].length > a[0].length) ? b : a)
  return (full.length ? full : names).reduce(better)[0]
}

/** Actor suggestions for an article, most mentioned first. */
export function suggestActors(a: Analysis, registry: RegistryMatcher, speakers: ReadonlySet<string> = new Set()): ActorSuggestion[] {
  const out: ActorSuggestion[] = []
  for (const g of groupsOf(mentionsOf(a, speakers))) {
    const name = nameOf(g)
    const variants = [...new Set([...g.forms, ...g.names.keys()])].filter((f) => f !== name)
    // Already in the registry under any of its full forms.
    if ([name, ...variants.filter((v) => v.includes(' '))].some((n) => registry.match(n).length)) continue
    out.push({
      name,
      variants,
      type: g.type,
      mentions: g.mentions,
      first: { start: g.first.start, end: g.first.end, text: a.text.slice(g.first.start, g.first.end) },
    })
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.first.start - y.first.start)
}
