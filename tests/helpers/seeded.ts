import type { Payload } from 'payload'
import { article } from '../../src/seed/content'
import { seedMoroccoTechLaunch } from '../../src/seed'
import { newsroomOnFreshDatabase } from './payload'
import { createStaff, type Staff } from './staff'

// Ids are typed as the generated types have them (numbers, from SQLite); on MongoDB they are strings at run
// time, and the tests only pass them back, never compute with them.
export type SeededNewsroom = { payload: Payload; staff: Staff; articleId: number | string; sectionId: number | string }

/** A fresh database with staff accounts and the MoroccoTech launch loaded. */
export async function seededNewsroom(): Promise<SeededNewsroom> {
  const payload = await newsroomOnFreshDatabase()
  const staff = await createStaff(payload)
  await seedMoroccoTechLaunch(payload)
  const found = await payload.find({ collection: 'articles', where: { slug: { equals: article.slug.fr } }, depth: 0, limit: 1 })
  const seeded = found.docs[0]
  if (!seeded) throw new Error('the seed did not create the launch article')
  const sectionId = typeof seeded.section === 'object' ? seeded.section.id : seeded.section
  return { payload, staff, articleId: seeded.id, sectionId }
}

/** The `path` of each field error in a Payload validation error, to assert which rule refused. */
export function failedFields(error: unknown): string[] {
  const data = (error as { data?: { errors?: Array<{ path: string }> } }).data
  return data?.errors?.map((entry) => entry.path) ?? []
}

/** Runs a write that must be refused and returns the error. */
export async function refusal(write: Promise<unknown>): Promise<Error & { status?: number; data?: unknown }> {
  try {
    await write
  } catch (error) {
    return error as Error & { status?: number }
  }
  throw new Error('the write was accepted, but it should have been refused')
}
