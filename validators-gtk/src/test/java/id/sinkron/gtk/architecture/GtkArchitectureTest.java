package id.sinkron.gtk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;

@AnalyzeClasses(packages = "id.sinkron.gtk", importOptions = ImportOption.DoNotIncludeTests.class)
class GtkArchitectureTest {
  @ArchTest static final ArchRule ALL = CompositeArchRule.of(SinkronArchitectureRules.all());
}
