import { buildFormFixtures } from '../support/build-fixtures';

/** Builds the React and Vue form fixtures (git-ignored bundles) before any spec opens them. */
export default async function globalSetup(): Promise<void> {
  await buildFormFixtures();
}
