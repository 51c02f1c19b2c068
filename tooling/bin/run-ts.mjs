// Runs a TypeScript entry of the tooling with tsx, so the tooling needs no build step.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';

register();
export const run = (file) => import(pathToFileURL(file).href);
