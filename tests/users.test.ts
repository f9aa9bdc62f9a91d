import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '../src/payload-types'
import { newsroomOnFreshDatabase } from './helpers/payload'

let payload: Payload
let admin: User
let editor: User

const password = 'correct horse battery staple'

beforeAll(async () => {
  payload = await newsroomOnFreshDatabase()
  admin = await payload.create({ collection: 'users', data: { email: 'admin@newsroom.test', password, name: 'Amina Admin', role: 'author' } })
  editor = await payload.create({ collection: 'users', data: { email: 'editor@newsroom.test', password, name: 'Karim Editor', role: 'editor' } })
})

afterAll(async () => {
  await payload.destroy()
})

describe('staff accounts', () => {
  it('makes the very first account an administrator, whatever role was asked', () => {
    expect(admin.role).toBe('admin')
    expect(editor.role).toBe('editor')
  })

  it('refuses anonymous reads of staff accounts', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('lets staff read each other for bylines', async () => {
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(found.docs.map((user) => user.email).sort()).toEqual(['admin@newsroom.test', 'editor@newsroom.test'])
  })

  it('refuses a non-admin changing their own role, and the stored role stays', async () => {
    await expect(
      payload.update({ collection: 'users', id: editor.id, data: { role: 'admin' }, overrideAccess: false, user: editor }),
    ).rejects.toMatchObject({ status: 403, message: 'Only an administrator can change a role.' })
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('lets a non-admin edit their own name without touching the role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Karim E.', role: 'editor' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('Karim E.')
    expect(updated.role).toBe('editor')
  })

  it("refuses a non-admin editing someone else's account", async () => {
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { name: 'Hijacked' }, overrideAccess: false, user: editor }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('lets an admin change a role', async () => {
    const author = await payload.create({
      collection: 'users',
      data: { email: 'author@newsroom.test', password, name: 'Sara Author', role: 'author' },
    })
    const promoted = await payload.update({
      collection: 'users',
      id: author.id,
      data: { role: 'translator' },
      overrideAccess: false,
      user: admin,
    })
    expect(promoted.role).toBe('translator')
  })

  it('never leaves the newsroom without an administrator', async () => {
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { role: 'editor' }, overrideAccess: false, user: admin }),
    ).rejects.toMatchObject({ status: 409 })
    await expect(payload.delete({ collection: 'users', id: admin.id, overrideAccess: false, user: admin })).rejects.toMatchObject({
      status: 409,
    })
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')
  })
})
