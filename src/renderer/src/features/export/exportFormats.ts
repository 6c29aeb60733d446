// What the export dialog offers: every format, grouped as the researcher
// thinks of them (something to read, or data for another tool), each with
// the tools that open it, and which options change its content. Kept apart
// from the dialog so the wording lives in one place.
import type { ExportFormat, NetworkKind } from '../../../../shared/contract-export'

export type ExportOption = 'kinds' | 'notes' | 'tags' | 'fullText' | 'network'

export type FormatEntry = {
  format: ExportFormat
  label: string
  /** One line: what it holds and which tools open it. */
  opensWith: string
  options: readonly ExportOption[]
}

const REPORT_OPTIONS = ['kinds', 'notes', 'tags', 'fullText'] as const
const DATA_OPTIONS = ['kinds', 'notes', 'tags'] as const

export const FORMAT_GROUPS: { title: string; formats: FormatEntry[] }[] = [
  {
    title: 'Reports',
    formats: [
      { format: 'html', label: 'HTML report', opensWith: 'One self-contained page with the highlights: any web browser, which also prints it.', options: REPORT_OPTIONS },
      { format: 'pdf', label: 'PDF report', opensWith: 'Highlights in the kind colours, page numbers and contents: any PDF viewer, ready to print or send.', options: REPORT_OPTIONS },
      { format: 'docx', label: 'Word document (DOCX)', opensWith: 'Highlights, each claim as a comment and a table of claims: Word, LibreOffice Writer, Google Docs.', options: REPORT_OPTIONS },
      { format: 'md', label: 'Markdown', opensWith: 'Plain text with headings: any text editor, Obsidian, pandoc.', options: REPORT_OPTIONS },
    ],
  },
  {
    title: 'Data',
    formats: [
      { format: 'csv', label: 'Claims (CSV)', opensWith: 'One row per claim: Excel, LibreOffice Calc, R, Python (pandas), SPSS.', options: DATA_OPTIONS },
      // Actors carry no notes or tags of their own; the kinds change the claim counts.
      { format: 'actors-csv', label: 'Actors (CSV)', opensWith: 'One row per actor with its type, group and claim counts: spreadsheets, R, Python.', options: ['kinds'] },
      { format: 'json', label: 'Workspace (JSON)', opensWith: 'Everything, to archive or move: imports back into an empty Claimbook workspace.', options: DATA_OPTIONS },
      { format: 'graphml', label: 'Network (GraphML)', opensWith: 'Actor networks with weights and node attributes: Gephi, visone, Cytoscape, networkx, igraph.', options: ['kinds', 'tags', 'network'] },
      { format: 'webanno', label: 'Web Annotation (JSON-LD)', opensWith: 'W3C annotations with quote and position selectors: annotation servers and linked-data tools.', options: DATA_OPTIONS },
      { format: 'qdpx', label: 'REFI-QDA project (.qdpx)', opensWith: 'The coded corpus for ATLAS.ti, MAXQDA, NVivo and QualCoder.', options: DATA_OPTIONS },
      { format: 'brat', label: 'brat standoff (.zip)', opensWith: 'A .txt and an .ann file per article: the brat annotation tool, and Claimbook’s own brat import.', options: DATA_OPTIONS },
    ],
  },
]

export const FORMAT_ENTRIES: FormatEntry[] = FORMAT_GROUPS.flatMap((group) => group.formats)

export function formatEntry(format: ExportFormat): FormatEntry {
  return FORMAT_ENTRIES.find((entry) => entry.format === format) ?? FORMAT_ENTRIES[0]
}

export const NETWORK_CHOICES: { kind: NetworkKind; label: string; hint: string }[] = [
  { kind: 'two-mode-event', label: 'Speakers – events (two-mode)', hint: 'tied by the claims a speaker makes about an event' },
  { kind: 'two-mode-target', label: 'Speakers – targets (two-mode)', hint: 'tied by the claims a speaker aims at a target' },
  { kind: 'congruence', label: 'Congruence (one-mode)', hint: 'actors who make the same kind of claim about the same event or target' },
  { kind: 'conflict', label: 'Conflict (one-mode)', hint: 'actors who affirm and deny the same event or target' },
]
