/**
 * Reports a person reads: a mapped chip as a PNG picture ({@link
 * org.rewire.runtime.report.ChipPicture}) and as JSON ({@link
 * org.rewire.runtime.report.MappingReportJson}). They work from the api's {@code MappingReport}
 * alone, so they draw any hardware target whose elements carry grid positions.
 */
package org.rewire.runtime.report;
