import type { TestProject } from "vitest/node";
import { openPostgresDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { createDatabase, databaseUrlFor, dropDatabase, dropDatabasesWithPrefix, uniqueDatabaseName } from "./postgres-admin";

/**
 * With DATABASE_URL set, migrates one template database for the whole run; each
 * test file then copies it (CREATE DATABASE … TEMPLATE), which takes a fraction
 * of the time migrating would. Without it, files use in-memory PGlite and there
 * is nothing to prepare.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = uniqueDatabaseName("masthead_t");
  project.provide("integrationRunId", runId);
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide("integrationTemplateDatabase", null);
    return async () => {};
  }

  const template = uniqueDatabaseName(`masthead_tpl_${process.pid}`);
  await createDatabase(url, template);
  const handle = openPostgresDatabase(databaseUrlFor(url, template), { max: 1 });
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    await dropDatabase(url, template);
    throw error;
  }
  // No session may stay open on a template, or copying it is refused.
  await handle.close();
  project.provide("integrationTemplateDatabase", template);

  return async () => {
    await dropDatabasesWithPrefix(url, `${runId}_`);
    await dropDatabase(url, template);
  };
}
