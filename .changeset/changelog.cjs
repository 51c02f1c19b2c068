// The changelog format: changesets' own (each entry with its commit), except that a dependency
// that was never published (version 0.0.0) gets no "Updated dependencies" line: a package's first
// release reads as what the package does, not as a list of dependencies that were never out.
const base = require('@changesets/cli/changelog').default;

module.exports = {
  getReleaseLine: base.getReleaseLine,
  async getDependencyReleaseLine(changesets, dependenciesUpdated, options) {
    const published = dependenciesUpdated.filter((dependency) => dependency.oldVersion !== '0.0.0');
    return published.length === 0 ? '' : base.getDependencyReleaseLine(changesets, published, options);
  },
};
