export { default } from '../../tooling/configs/tsup.package.js';
