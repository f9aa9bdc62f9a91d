import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'
import config from '../payload.config'

/**
 * Every label a person reads in the admin is written in the three admin languages: a field without one would show
 * its camel-cased name in English ("Submitted At") to a French or Arabic editor.
 */
type Named = Field & { name?: string; label?: unknown; admin?: { hidden?: boolean; components?: { Field?: unknown } }; fields?: Field[]; tabs?: Array<{ fields: Field[] }> }

const ADDED_BY_PAYLOAD = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt', 'email', 'password', 'sessions', 'resetPasswordToken', 'resetPasswordExpiration', 'salt', 'hash', 'loginAttempts', 'lockUntil', 'apiKey', 'enableAPIKey', 'apiKeyIndex', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'url', 'thumbnailURL', 'sizes', 'prefix', 'resetPasswordRequestedAt'])

function unlabelled(fields: Field[], trail: string, out: string[]): string[] {
  for (const field of fields as Named[]) {
    const path = field.name ? `${trail}.${field.name}` : trail
    if (ADDED_BY_PAYLOAD.has(field.name ?? '')) continue
    const shown = !field.admin?.hidden && !(field as { hidden?: boolean }).hidden && field.type !== 'ui'
    if (shown && field.name && field.type !== 'row' && field.type !== 'collapsible') {
      const label = field.label as Record<string, string> | false | undefined
      const complete = label === false || (typeof label === 'object' && label !== null && ['fr', 'ar', 'en'].every((language) => typeof label[language] === 'string'))
      if (!complete) out.push(path)
      // An array's rows are named by its singular label ("Correction 01"); without one Payload shows the field's name in English.
      if (field.type === 'array') {
        const singular = (field as { labels?: { singular?: unknown } }).labels?.singular as Record<string, string> | undefined
        if (!singular || !['fr', 'ar', 'en'].every((language) => typeof singular[language] === 'string')) out.push(`${path} (rows)`)
      }
    }
    if (field.fields) unlabelled(field.fields, path, out)
    if (field.tabs) for (const tab of field.tabs) unlabelled(tab.fields, path, out)
    if ('blocks' in field && Array.isArray(field.blocks)) for (const block of field.blocks) unlabelled(block.fields, `${path}.${block.slug}`, out)
  }
  return out
}

describe('the admin’s words', () => {
  it('labels every field people see in French, Arabic and English', async () => {
    const sanitized = await config
    const missing = [
      ...sanitized.collections.filter((collection) => !collection.slug.startsWith('payload-')).flatMap((collection) => unlabelled(collection.fields, collection.slug, [])),
      ...sanitized.globals.flatMap((global) => unlabelled(global.fields, global.slug, [])),
    ]
    expect(missing).toEqual([])
  })
})
