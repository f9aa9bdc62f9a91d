import * as migration_20261129_061214_initial from './20261129_061214_initial';

export const migrations = [
  {
    up: migration_20261129_061214_initial.up,
    down: migration_20261129_061214_initial.down,
    name: '20261129_061214_initial'
  },
];
