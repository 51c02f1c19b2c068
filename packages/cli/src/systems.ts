// The four catalogs the command knows, with what it needs of each.
import * as blobstore from '@errs/blobstore';
import type { CatalogEntry, CategoryInfo } from '@errs/core';
import * as ges from '@errs/ges';
import * as nebula from '@errs/nebula';
import * as polaris from '@errs/polaris';

export interface SystemInfo {
  readonly id: 'nebula' | 'ges' | 'polaris' | 'blobstore';
  readonly displayName: string;
  readonly catalog: readonly CatalogEntry[];
  readonly categories: readonly CategoryInfo[];
}

export const systems: readonly SystemInfo[] = [
  { id: 'nebula', displayName: 'NebulaGraph', catalog: nebula.catalog, categories: nebula.categoryCatalog },
  { id: 'ges', displayName: 'Huawei Cloud GES', catalog: ges.catalog, categories: ges.categoryCatalog },
  { id: 'polaris', displayName: 'Polaris', catalog: polaris.catalog, categories: polaris.categoryCatalog },
  { id: 'blobstore', displayName: 'CubeFS blobstore', catalog: blobstore.catalog, categories: blobstore.categoryCatalog },
];

export const systemIds = systems.map((s) => s.id);

export function systemById(id: string): SystemInfo | undefined {
  return systems.find((s) => s.id === id);
}
