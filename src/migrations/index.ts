import * as migration_20261129_081300_initial from './20261129_081300_initial';

export const migrations = [
  {
    up: migration_20261129_081300_initial.up,
    down: migration_20261129_081300_initial.down,
    name: '20261129_081300_initial'
  },
];
