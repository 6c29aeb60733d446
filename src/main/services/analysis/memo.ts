// Analyses are pure functions of a Dataset and their options, and a Dataset
// stands for one state of the workspace (datasetOf hands out the same object
// until a claim, an actor or an event changes). So a result can be kept and
// given again while its dataset lives: opening the comparison of the largest
// event, or the actor network, a second time with the same options costs a
// lookup instead of a pass over every claim. A changed workspace gives a new
// dataset, and the old results go with the old one (a WeakMap).
//
// Results are shared: callers must treat them as read-only (the transports
// only serialise them).

/** Results kept per dataset; enough for the views a researcher moves between. */
const PER_DATASET = 24

const results = new WeakMap<object, Map<string, unknown>>()
/** Every result kept here: never changed once made, so a transport may keep
 * its serialised form too (the web host does). */
const kept = new WeakSet<object>()

export function isKeptResult(value: unknown): value is object {
  return typeof value === 'object' && value !== null && kept.has(value)
}

/** The result of `compute` for this dataset and key, computed once while
 * both stay the same. `key` must name the analysis and every option. */
export function memoised<T>(data: object, key: string, compute: () => T): T {
  let known = results.get(data)
  if (!known) results.set(data, (known = new Map()))
  if (known.has(key)) {
    // Most recently used last, so the oldest goes first when full.
    const value = known.get(key) as T
    known.delete(key)
    known.set(key, value)
    return value
  }
  const value = compute()
  known.set(key, value)
  if (typeof value === 'object' && value !== null) kept.add(value)
  if (known.size > PER_DATASET) known.delete(known.keys().next().value as string)
  return value
}
