/**
 * The engine's hot loop behind one small interface, {@link
 * org.rewire.runtime.engine.simd.LaneKernels}: a scalar implementation and one on the incubating
 * Vector API, chosen once by {@link org.rewire.runtime.engine.simd.KernelSelection} (capability,
 * overridden by {@code -Drewire.simd=scalar|vector}). Both give bit-identical results (fused
 * multiply-adds in the same order), which the tests check. The Vector API needs {@code
 * --add-modules jdk.incubator.vector} at compile, test and run time; without it at run time the
 * scalar path is used.
 */
package org.rewire.runtime.engine.simd;
