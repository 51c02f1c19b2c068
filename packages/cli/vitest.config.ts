export { default } from '../../tooling/configs/vitest.package.js';
