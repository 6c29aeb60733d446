// Names and aliases of known actors, underlined faintly where the text
// mentions them (decorations, never marks: they are a reading aid, not part
// of the saved document). Clicking one, or pressing M on it, offers to link
// the actor to the active claim.
//
// Matching is by words: "Biden" matches in "Biden’s", "U.S." in "the U.S.
// sanctions". Case is ignored except for names written in capitals ("US"
// must not match "us").
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { onlyMarkSteps } from './readOnlyText'

export type MentionActor = { id: string; name: string; aliases: string[] }

type Pattern = { words: string[]; exact: boolean[]; actorIds: string[] }
/** Patterns by their first word (lower case), longest first. */
export type MentionMatcher = Map<string, Pattern[]>

const WORD = /[\p{L}\p{N}]+/gu
/** What may stand between two words of one name: spaces, a hyphen, a dot,
 * an apostrophe ("President-elect Joe Biden", "U.S.", "Biden's"). */
const GAP = /^[\s\u00a0.'’-]{0,2}$/

const isCapitals = (word: string) => word.length > 0 && word === word.toUpperCase() && word !== word.toLowerCase()

export function buildMentionMatcher(actors: readonly MentionActor[]): MentionMatcher {
  const byKey = new Map<string, Pattern>()
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const words = name.match(WORD) ?? []
      // A one-letter name would underline half the text.
      if (words.join('').length < 2) continue
      const key = words.map((w) => (isCapitals(w) ? w : w.toLowerCase())).join(' ')
      const pattern = byKey.get(key) ?? { words: words.map((w) => w.toLowerCase()), exact: words.map(isCapitals), actorIds: [] }
      if (!pattern.actorIds.includes(actor.id)) pattern.actorIds.push(actor.id)
      byKey.set(key, pattern)
    }
  }
  const matcher: MentionMatcher = new Map()
  for (const pattern of byKey.values()) {
    const list = matcher.get(pattern.words[0]) ?? []
    list.push(pattern)
    matcher.set(pattern.words[0], list)
  }
  for (const list of matcher.values()) list.sort((a, b) => b.words.length - a.words.length)
  return matcher
}

export type Mention = { from: number; to: number; actorIds: string[] }

type Word = { text: string; lower: string; start: number; end: number }

function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const m of text.matchAll(WORD)) words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length })
  return words
}

function matchesAt(words: Word[], i: number, text: string, pattern: Pattern): boolean {
  if (i + pattern.words.length > words.length) return false
  for (let k = 0; k < pattern.words.length; k++) {
    const word = words[i + k]
    if (pattern.exact[k] ? word.text !== word.text.toUpperCase() || word.lower !== pattern.words[k] : word.lower !== pattern.words[k]) return false
    if (k > 0 && !GAP.test(text.slice(words[i + k - 1].end, word.start))) return false
  }
  return true
}

/** Every mention in the document, longest match first at each word. */
export function findMentions(doc: PMNode, matcher: MentionMatcher): Mention[] {
  const mentions: Mention[] = []
  if (matcher.size === 0) return mentions
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const text = node.textContent
    const words = wordsOf(text)
    for (let i = 0; i < words.length; i++) {
      const pattern = matcher.get(words[i].lower)?.find((p) => matchesAt(words, i, text, p))
      if (!pattern) continue
      const last = words[i + pattern.words.length - 1]
      mentions.push({ from: pos + 1 + words[i].start, to: pos + 1 + last.end, actorIds: pattern.actorIds })
      i += pattern.words.length - 1
    }
    return false
  })
  return mentions
}

type MentionState = { matcher: MentionMatcher; decorations: DecorationSet }
export const mentionsKey = new PluginKey<MentionState>('actorMentions')
const SET_ACTORS = 'setMentionActors'

function decorate(doc: PMNode, matcher: MentionMatcher): DecorationSet {
  return DecorationSet.create(
    doc,
    findMentions(doc, matcher).map((m) => Decoration.inline(m.from, m.to, { class: 'actor-mention', 'data-actor-ids': m.actorIds.join(' ') }, { actorIds: m.actorIds })),
  )
}

/** Gives the plugin a new list of actors (after one is created or renamed). */
export function setMentionActors(tr: Transaction, actors: readonly MentionActor[]): Transaction {
  return tr.setMeta(SET_ACTORS, buildMentionMatcher(actors))
}

/** The actors mentioned at a position (the caret), if any. */
export function mentionAt(state: EditorState, pos: number): { from: number; to: number; actorIds: string[] } | null {
  const found = mentionsKey.getState(state)?.decorations.find(pos, pos) ?? []
  const hit = found[0]
  return hit ? { from: hit.from, to: hit.to, actorIds: (hit.spec as { actorIds: string[] }).actorIds } : null
}

export const ActorMentions = Extension.create<{ actors: readonly MentionActor[] }>({
  name: 'actorMentions',
  addOptions() {
    return { actors: [] }
  },
  addProseMirrorPlugins() {
    const initial = buildMentionMatcher(this.options.actors)
    return [
      new Plugin<MentionState>({
        key: mentionsKey,
        state: {
          init: (_config, state) => ({ matcher: initial, decorations: decorate(state.doc, initial) }),
          apply: (tr, value) => {
            const matcher = (tr.getMeta(SET_ACTORS) as MentionMatcher | undefined) ?? value.matcher
            if (matcher !== value.matcher) return { matcher, decorations: decorate(tr.doc, matcher) }
            if (!tr.docChanged) return value
            // Coding changes only marks, which move nothing: the mentions
            // stay as they are. A text edit may make or break a name, so
            // they are found again.
            return onlyMarkSteps(tr) ? value : { matcher, decorations: decorate(tr.doc, matcher) }
          },
        },
        props: { decorations: (state) => mentionsKey.getState(state)?.decorations },
      }),
    ]
  },
})
