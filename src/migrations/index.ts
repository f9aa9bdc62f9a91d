import * as migration_20261129_064549_initial from './20261129_064549_initial';

export const migrations = [
  {
    up: migration_20261129_064549_initial.up,
    down: migration_20261129_064549_initial.down,
    name: '20261129_064549_initial'
  },
];
