// The importer of each system, by the name `pnpm catalog:import <system>` takes.
import type { SystemImport } from './model.js';
import { importBlobstore } from './blobstore.js';
import { importGes } from './ges.js';
import { importNebula } from './nebula.js';
import { importPolaris } from './polaris.js';

export const importers: Record<string, () => SystemImport> = {
  blobstore: importBlobstore,
  ges: importGes,
  nebula: importNebula,
  polaris: importPolaris,
};
