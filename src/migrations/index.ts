import * as migration_20261129_053614_initial from './20261129_053614_initial';

export const migrations = [
  {
    up: migration_20261129_053614_initial.up,
    down: migration_20261129_053614_initial.down,
    name: '20261129_053614_initial'
  },
];
