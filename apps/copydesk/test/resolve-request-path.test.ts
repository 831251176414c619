import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {negotiateEncoding} from '../src/serve/accept-encoding.js'
import {resolveRequestPath} from '../src/serve/resolve-request-path.js'

const root = path.resolve('/srv/public')

describe('resolveRequestPath', () => {
  it('maps request paths into the folder', () => {
    expect(resolveRequestPath(root, '/feed.xml?x=1')).toEqual({file: path.join(root, 'feed.xml')})
    expect(resolveRequestPath(root, '/articles/a%20b.json')).toEqual({file: path.join(root, 'articles', 'a b.json')})
    expect(resolveRequestPath(root, '/')).toEqual({file: root})
  })

  it.each([
    '/../etc/passwd',
    '/articles/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/%252e%252e/etc/passwd',
    '/..%5c..%5cetc',
    '/a\\..\\..\\etc',
    '/feed.xml%00.json',
    '/.copydesk-manifest.json',
    '/articles/.hidden'
  ])('refuses %s', (target) => {
    expect(resolveRequestPath(root, target)).toHaveProperty('refused')
  })

  it('refuses malformed escapes and targets that are not paths', () => {
    expect(resolveRequestPath(root, '/%E0%A4%A')).toEqual({refused: 'bad-request'})
    expect(resolveRequestPath(root, 'http://example.com/')).toEqual({refused: 'bad-request'})
  })

  it('never resolves outside the folder, whatever the target', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '%2e', '%2e%2e', '%2f', 'a', 'b.json', '%5c', '\\', '%00', '%', '%25'), {maxLength: 8}), (parts) => {
        const result = resolveRequestPath(root, `/${parts.join('/')}`)
        if ('file' in result) {
          const relative = path.relative(root, result.file)
          expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false)
        }
      })
    )
  })
})

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, honouring q-values', () => {
    expect(negotiateEncoding(undefined)).toBe('identity')
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br')
    expect(negotiateEncoding('gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('identity')).toBe('identity')
  })

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (header) => ['br', 'gzip', 'identity'].includes(negotiateEncoding(header))))
  })
})
