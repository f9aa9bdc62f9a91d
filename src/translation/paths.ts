/** The value at a dotted path (`hero.caption`) of a document. Plain code: the admin's components use it too. */
export const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)
