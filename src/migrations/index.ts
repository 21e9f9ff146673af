import * as migration_20261129_044941_initial from './20261129_044941_initial';

export const migrations = [
  {
    up: migration_20261129_044941_initial.up,
    down: migration_20261129_044941_initial.down,
    name: '20261129_044941_initial'
  },
];
