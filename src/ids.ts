/** The id of a reference, whether stored as an id or populated as the document, as text (ids differ by database). */
export const idText = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(typeof value === 'object' ? (value as { id: unknown }).id : value)
