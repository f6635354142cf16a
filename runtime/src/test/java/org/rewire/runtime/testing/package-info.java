/** Test-only providers, registered through this module's test resources. */
package org.rewire.runtime.testing;
