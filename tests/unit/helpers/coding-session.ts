// A reader's coding session on a real temporary workspace: an article made
// from `text`, its Tiptap editor with the reader's extensions, the session
// saving through the API as the renderer does. Torn down after each test.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Editor } from '@tiptap/core'
import { afterEach } from 'vitest'
import type { Article } from '../../../src/shared/domain'
import { CodingSession, type CodingApi } from '../../../src/renderer/src/features/reader/session/CodingSession'
import { SaveQueue } from '../../../src/renderer/src/features/reader/session/saveQueue'
import { readerExtensions } from '../../../src/renderer/src/features/reader/useArticleEditor'
import { openTemp } from '../helpers'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

export async function openCodingSession(text: string, onSaved?: (claimCount: number) => void) {
  const ctx = await openTemp()
  const article = await ctx.call<Article>('articles.create', { meta: { title: 'Relations' }, text })
  // An object the tests may wrap (each call reads it anew).
  const api: CodingApi = {
    saveBody: (input) => ctx.call('articles.saveBody', input),
    saveBlocks: (input) => ctx.call('articles.saveBlocks', input),
    getArticle: (input) => ctx.call('articles.get', input),
    editText: (input) => ctx.call('articles.editText', input),
    updateClaim: (input) => ctx.call('claims.update', input),
    restoreClaims: (input) => ctx.call('claims.restore', input),
    updateMeta: (input) => ctx.call('articles.updateMeta', input),
  }
  const element = document.createElement('div')
  document.body.append(element)
  const editor = new Editor({ element, extensions: readerExtensions(), content: article.body })
  const queue = new SaveQueue()
  const session = new CodingSession(editor, article, api, queue, onSaved)
  cleanups.push(() => {
    session.destroy()
    editor.destroy()
    element.remove()
  })
  /** The article file once every save has landed, without the one field
   * that records when it last changed. */
  const onDisk = async () => {
    await queue.idle()
    const file = JSON.parse(readFileSync(path.join(ctx.dir, 'articles', `${article.id}.json`), 'utf8'))
    delete file.article.updatedAt
    return file
  }
  return { ...ctx, article, editor, session, queue, api, onDisk }
}
