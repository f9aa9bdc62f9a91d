import * as migration_20261129_170707_initial from './20261129_170707_initial';

export const migrations = [
  {
    up: migration_20261129_170707_initial.up,
    down: migration_20261129_170707_initial.down,
    name: '20261129_170707_initial'
  },
];
