// Values the global setups hand to test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** Integration project, when DATABASE_URL is set: the migrated database each test file copies. */
    integrationTemplateDatabase: string | null;
    /** Integration project: prefix of this run's per-file database names, so teardown can sweep leftovers. */
    integrationRunId: string;
    /** e2e project: where the app under test answers, e.g. http://localhost:41234. */
    e2eBaseUrl: string;
    /** e2e project: the Chromium binary the tests drive. */
    e2eChromePath: string;
    /** e2e project: the database the app under test uses. */
    e2eDatabase: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  }
}

export {};
