import * as migration_20261129_055910_initial from './20261129_055910_initial';

export const migrations = [
  {
    up: migration_20261129_055910_initial.up,
    down: migration_20261129_055910_initial.down,
    name: '20261129_055910_initial'
  },
];
