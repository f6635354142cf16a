/**
 * An example third-party hardware target, {@code type: ring}: cores on a ring, distance the steps
 * around it, a capacity on each core's input port. It is built against {@code rewire-api} alone,
 * checked with {@code rewire-testkit}, and packaged as a PF4J plugin zip that Rewire loads from a
 * plugins folder. Copy this project to start a plugin of your own.
 */
package org.example.ring;
