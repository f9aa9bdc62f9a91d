import type { Validate } from 'payload'
import { destinationProblem } from './destination'

/** A subscriber URL must lead to the public internet, checked when it is saved (and again at every delivery). */
export const publicDestination: Validate = async (value, { req }) => {
  if (!value) return req.t('validation:required')
  return (await destinationProblem(String(value))) ?? true
}
