import { shared } from './jest.config.mjs'

/** Browser suite: Debian's chromium driven by playwright-core against the production server. */
export default {
  ...shared,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  maxWorkers: 1,
  testTimeout: 240_000,
}
