import * as migration_20261129_065558_initial from './20261129_065558_initial';

export const migrations = [
  {
    up: migration_20261129_065558_initial.up,
    down: migration_20261129_065558_initial.down,
    name: '20261129_065558_initial'
  },
];
