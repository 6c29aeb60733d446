// Reads brat standoff annotations (.ann). Text-bound annotations ("T" lines)
// are spans: `T3<TAB>Content 226 297;300 310<TAB>the text`, possibly in
// several fragments; events ("E" lines) join them into one attribution:
// `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`. A span whose text runs
// over a line break is written over several lines in the file; those extra
// lines belong to the record before them. Offsets count code points of the
// .txt file.

export type BratSpan = { id: string; label: string; fragments: [number, number][]; text: string }

export type BratAttribution = {
  id: string
  /** The event's own trigger span (its first argument). */
  trigger: BratSpan | null
  sources: BratSpan[]
  cues: BratSpan[]
  contents: BratSpan[]
}

export type BratDocument = { spans: Map<string, BratSpan>; attributions: BratAttribution[]; problems: string[] }

const RECORD = /^[TERAMN#*]\d*\t/

/** The role an event argument plays, without brat's numbering (Content2). */
const roleOf = (name: string) => name.replace(/\d+$/, '').toLowerCase()

export function parseAnn(source: string): BratDocument {
  const records: string[] = []
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (RECORD.test(line)) records.push(line)
    else if (records.length) records[records.length - 1] += '\n' + line
  }
  const spans = new Map<string, BratSpan>()
  const events: { id: string; args: { role: string; ref: string }[] }[] = []
  const problems: string[] = []
  for (const record of records) {
    const [id, body = '', ...rest] = record.split('\t')
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body)
      if (!m) {
        problems.push(`${id}: “${body.slice(0, 60)}” is not a span (label and offsets)`)
        continue
      }
      const fragments = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number])
      if (fragments.some(([a, b]) => !(a <= b))) {
        problems.push(`${id}: a fragment ends before it starts`)
        continue
      }
      spans.set(id, { id, label: m[1], fragments, text: rest.join('\t').replace(/\n+$/, '') })
    } else if (id.startsWith('E')) {
      const args = body
        .trim()
        .split(/\s+/)
        .map((a) => a.split(':'))
        .filter((a) => a.length === 2)
        .map(([role, ref]) => ({ role, ref }))
      events.push({ id, args })
    }
  }
  const attributions: BratAttribution[] = []
  for (const event of events) {
    const [trigger, ...args] = event.args
    const attribution: BratAttribution = { id: event.id, trigger: (trigger && spans.get(trigger.ref)) ?? null, sources: [], cues: [], contents: [] }
    for (const { role, ref } of args) {
      const span = spans.get(ref)
      if (!span) {
        problems.push(`${event.id}: it names ${ref}, which is not in the file`)
        continue
      }
      const kind = roleOf(role)
      if (kind === 'source') attribution.sources.push(span)
      else if (kind === 'cue') attribution.cues.push(span)
      else if (kind === 'content') attribution.contents.push(span)
    }
    attributions.push(attribution)
  }
  return { spans, attributions, problems }
}

/** From the first character to the last of one or more spans. */
export function extent(spans: BratSpan[]): [number, number] | null {
  const all = spans.flatMap((s) => s.fragments)
  if (!all.length) return null
  return [Math.min(...all.map((f) => f[0])), Math.max(...all.map((f) => f[1]))]
}

/** The annotator of a file named NAME_ANNOTATOR.ann (PolNeAR's convention),
 * given the name of the text it belongs to. */
export function annotatorOf(annName: string, textStem: string): string {
  const stem = annName.replace(/\.ann$/i, '')
  return stem.length > textStem.length + 1 && stem.startsWith(textStem + '_') ? stem.slice(textStem.length + 1) : ''
}
