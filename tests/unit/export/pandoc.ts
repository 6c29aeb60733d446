// Reads a document with pandoc into its text and its comments. Comments come
// from Word comment ranges (pandoc --track-changes=all turns them into spans
// of class comment-start); superscripts are the claim labels and are left
// out of the text, as a reader skims past them.
import { run } from './tools'

type Node = { t: string; c?: unknown }

export type PandocRead = { text: string; comments: string[] }

export function readWithPandoc(file: string, from: 'docx' | 'markdown'): PandocRead {
  // Without pandoc's "smart" reading, straight quotes stay straight.
  const args = ['-f', from === 'markdown' ? 'markdown-smart' : from, '-t', 'json', file]
  if (from === 'docx') args.unshift('--track-changes=all')
  const ast = JSON.parse(run('pandoc', args)) as { blocks: unknown[] }
  const comments: string[] = []
  const text = walk(ast.blocks, comments)
  return { text, comments }
}

function walk(value: unknown, comments: string[]): string {
  if (Array.isArray(value)) return value.map((v) => walk(v, comments)).join('')
  if (!value || typeof value !== 'object') return ''
  const node = value as Node
  switch (node.t) {
    case 'Str':
      return String(node.c)
    case 'Space':
    case 'SoftBreak':
    case 'LineBreak':
      return ' '
    case 'Superscript':
      return ''
    case 'RawInline':
      // <br> inside a Markdown table cell: a line break.
      return /^<br\s*\/?>$/i.test(String((node.c as [string, string])[1])) ? ' ' : ''
    case 'Quoted': {
      const [type, inlines] = node.c as [{ t: string }, unknown]
      const mark = type.t === 'SingleQuote' ? "'" : '"'
      return `${mark}${walk(inlines, comments)}${mark}`
    }
    case 'Span': {
      const [[, classes], inlines] = node.c as [[string, string[]], unknown]
      if (classes.includes('comment-start')) {
        comments.push(walk(inlines, []))
        return ''
      }
      return walk(inlines, comments)
    }
    case 'Para':
    case 'Plain':
    case 'Header':
      return `${walk(node.c, comments)}\n`
    default:
      return walk(node.c, comments)
  }
}
