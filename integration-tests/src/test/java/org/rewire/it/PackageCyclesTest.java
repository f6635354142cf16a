package org.rewire.it;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 5: no package of the runtime, the api, the test kit or any plugin depends on
 * itself through other packages. Reads the main classes of every module on this module's class path
 * (this is the one module that depends on all of them), so a new plugin module is checked once it
 * is a dependency here.
 */
class PackageCyclesTest {
  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rewire");
  }

  @Test
  void everyModuleIsRead() {
    Set<String> packages =
        classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    assertThat(packages)
        .contains(
            "org.rewire.api",
            "org.rewire.testkit",
            "org.rewire.runtime",
            "org.rewire.runtime.engine",
            "org.rewire.runtime.sweep",
            "org.rewire.mosaic",
            "org.rewire.deepr",
            "org.rewire.shd")
        .as("test classes are left out")
        .doesNotContain("org.rewire.it");
  }

  /** Each package on its own: {@code engine} and {@code engine.simd} are two. */
  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("org.rewire.(**)").should().beFreeOfCycles().check(classes);
  }

  /**
   * Each top-level package of a module with what lies under it ({@code org.rewire.runtime.report}
   * with {@code report.chart} and {@code report.sweep}), so a sub-package cannot close a cycle its
   * parent would not.
   */
  @Test
  void noTopLevelPackageOfAModuleDependsOnItselfThroughOthers() {
    slices().matching("org.rewire.(*).(*)..").should().beFreeOfCycles().check(classes);
  }
}
