/**
 * The bad-input corpus: malformed experiment files ({@code src/test/resources/corpus/experiments},
 * each saying in its first comment what is wrong and what the error must say) and malformed data
 * files ({@code corpus/data}, described in {@code cases.txt}), each refused with exit code 2 and
 * one located line, in bounded time and memory, with nothing written under the output folder.
 */
package org.rewire.it.corpus;
