// What kind of name a word is, from compromise's own lexicon (first names,
// countries, cities, regions, organisations): a dictionary look-up, far
// cheaper than running compromise over every name of an article. Loaded on
// first use and kept.
import nlp from 'compromise'

let lexicon: Record<string, string | string[]> | null = null

function tagsOf(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags]
}

const FIRST_NAME = new Set(['MaleName', 'FemaleName', 'FirstName'])
const PLACE = new Set(['Country', 'City', 'Region', 'Place', 'Demonym'])

export const isFirstName = (word: string) => tagsOf(word.toLowerCase()).some((t) => FIRST_NAME.has(t))
export const isPlace = (word: string) => tagsOf(word.toLowerCase()).some((t) => PLACE.has(t))
export const isOrganisation = (word: string) => tagsOf(word.toLowerCase()).includes('Organization')
