import * as migration_20261129_181636_initial from './20261129_181636_initial';

export const migrations = [
  {
    up: migration_20261129_181636_initial.up,
    down: migration_20261129_181636_initial.down,
    name: '20261129_181636_initial'
  },
];
