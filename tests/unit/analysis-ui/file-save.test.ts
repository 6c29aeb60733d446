// Saving images: file.save takes binary content (a PNG) base64-encoded and
// says so, and the platform receives the encoding to decode before writing.
import { describe, expect, it, vi } from 'vitest'
import { createHandlers, dispatch } from '../../../src/main/services/api'
import { openTemp } from '../helpers'

describe('file.save with an encoding', () => {
  it('hands base64 content and its encoding to the platform, and text as before', async () => {
    const { store } = await openTemp()
    const saveFile = vi.fn(async () => ({ saved: true }))
    const handlers = createHandlers(store, { saveFile })
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64')
    expect(await dispatch(handlers, 'file.save', { fileName: 'network.png', mimeType: 'image/png', content: png, encoding: 'base64' })).toEqual({ ok: true, value: { saved: true } })
    expect(saveFile).toHaveBeenLastCalledWith('network.png', png, 'base64')
    await dispatch(handlers, 'file.save', { fileName: 'chart.svg', mimeType: 'image/svg+xml', content: '<svg/>' })
    expect(saveFile).toHaveBeenLastCalledWith('chart.svg', '<svg/>', undefined)
  })

  it('refuses an encoding it does not know, saving nothing', async () => {
    const { store } = await openTemp()
    const saveFile = vi.fn(async () => ({ saved: true }))
    const result = await dispatch(createHandlers(store, { saveFile }), 'file.save', { fileName: 'a.png', mimeType: 'image/png', content: 'AAAA', encoding: 'hex' })
    expect(result.ok).toBe(false)
    expect(saveFile).not.toHaveBeenCalled()
  })
})
