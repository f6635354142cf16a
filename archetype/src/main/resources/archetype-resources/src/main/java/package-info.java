/**
 * The {@code ${type}} hardware target: a Rewire plugin built against {@code rewire-api} alone,
 * checked with {@code rewire-testkit}, packaged as a PF4J plugin zip.
 */
package ${package};
