// The catalogs the command knows: every system package's own descriptor (generated list).
import type { SystemDescriptor } from '@errs/core';
import { descriptors } from './generated/systems.js';

export type SystemInfo = SystemDescriptor;

export const systems: readonly SystemInfo[] = descriptors;

export const systemIds: readonly string[] = systems.map((s) => s.id);

export function systemById(id: string): SystemInfo | undefined {
  return systems.find((s) => s.id === id);
}
