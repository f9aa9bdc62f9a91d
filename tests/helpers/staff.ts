import type { Payload } from 'payload'
import type { User } from '../../src/payload-types'

export const password = 'a long and careful passphrase'

export type Staff = { admin: User; editor: User; author: User; translator: User }

/** One account per role; the first one created becomes the admin. */
export async function createStaff(payload: Payload): Promise<Staff> {
  const make = (role: User['role'], name: string) =>
    payload.create({ collection: 'users', data: { email: `${role}@newsroom.test`, password, name, role } })
  const admin = await make('admin', 'Amina Admin')
  return {
    admin,
    editor: await make('editor', 'Karim Editor'),
    author: await make('author', 'Sara Author'),
    translator: await make('translator', 'Yassine Translator'),
  }
}
