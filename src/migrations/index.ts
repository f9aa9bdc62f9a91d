import * as migration_20261129_071727_initial from './20261129_071727_initial';

export const migrations = [
  {
    up: migration_20261129_071727_initial.up,
    down: migration_20261129_071727_initial.down,
    name: '20261129_071727_initial'
  },
];
