import * as migration_20261129_065152_initial from './20261129_065152_initial';

export const migrations = [
  {
    up: migration_20261129_065152_initial.up,
    down: migration_20261129_065152_initial.down,
    name: '20261129_065152_initial'
  },
];
