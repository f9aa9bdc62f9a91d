import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { looksLikeSvg, svgProblems } from '../../uploads/svgSafety'

/** Refuses, before anything is written, an SVG logo that could run code or load from outside. */
export const refuseUnsafeSvg: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const file = req.file
  if (!file || !looksLikeSvg(file.mimetype, file.name)) return args
  const problems = svgProblems(file.data.toString('utf8'))
  if (problems.length > 0) {
    throw new APIError(
      `This SVG logo was refused because it contains ${problems.join('; ')}. Export the logo again as a plain drawing ` +
        '(no scripts, links or external images), or upload it as PNG or WebP.',
      400,
      { errors: [{ path: 'file', message: `Unsafe SVG: ${problems.join('; ')}` }] },
      true,
    )
  }
  return args
}
