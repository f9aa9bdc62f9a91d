/** Local API and HTTP suites: a real Payload on a real database (embedded SQLite; MongoDB through test:mongodb). */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }]

export const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.js',
  },
  cacheDirectory: '<rootDir>/.jest-cache',
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
  testTimeout: 120_000,
}

export default {
  ...shared,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  maxWorkers: 2,
}
