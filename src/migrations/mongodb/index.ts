import * as migration_20261129_210000_audit_titles from './20261129_210000_audit_titles'

/** MongoDB's migrations (the schema itself needs none): data changes, run once on start in production. */
export const migrations = [
  {
    up: migration_20261129_210000_audit_titles.up,
    down: migration_20261129_210000_audit_titles.down,
    name: '20261129_210000_audit_titles',
  },
]
