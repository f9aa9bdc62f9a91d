import * as migration_20261129_083556_initial from './20261129_083556_initial';

export const migrations = [
  {
    up: migration_20261129_083556_initial.up,
    down: migration_20261129_083556_initial.down,
    name: '20261129_083556_initial'
  },
];
