package id.sinkron.dapodikgate;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.ImmutableDapodikLocal;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test helpers: a generated school, an export, and the gate's part of a report. */
public final class Gate {
  /** kategori_error 1 / tipe 1 invalid, 2 warning: an invented mapping for the tests. */
  public static final KindMapping MAPPING =
      KindMapping.bundled()
          .withKategori(1, ValidationKind.INVALID)
          .withKategori(2, ValidationKind.WARNING)
          .withTipe(1, ValidationKind.INVALID)
          .withTipe(2, ValidationKind.WARNING);

  private Gate() {}

  public static SchoolSnapshot smp() {
    return SchoolGenerator.smp().seed(7).students(200).build();
  }

  public static LocalDate asOf() {
    return SchoolGenerator.smp().referenceDate();
  }

  public static ImmutableDapodikLocal.Builder export() {
    return ImmutableDapodikLocal.builder().source(DapodikLocal.Source.DATABASE);
  }

  public static SchoolSnapshot with(SchoolSnapshot s, DapodikLocal local) {
    return ImmutableSchoolSnapshot.copyOf(s).withDapodikLocal(local);
  }

  public static Report check(SchoolSnapshot s, LocalDate asOf, KindMapping mapping) {
    return Sinkron.checker()
        .validators(List.of(new DapodikGateValidator()))
        .options(
            CheckOptions.builder()
                .referenceDate(asOf)
                .putExtras(KindMapping.class, mapping)
                .build())
        .only(Application.DAPODIK)
        .check(s);
  }

  public static Report check(SchoolSnapshot s) {
    return check(s, asOf(), MAPPING);
  }

  public static List<Finding> findings(Report r, DapodikGateCode code) {
    return r.findings(Application.DAPODIK).stream()
        .filter(f -> f.code().equals(code.code()))
        .toList();
  }

  public static List<NotEvaluated> notEvaluated(Report r, DapodikGateCode code) {
    return r.notEvaluated().stream().filter(n -> n.code().equals(code.code())).toList();
  }

  public static DapodikGate gate(Report r) {
    Optional<DapodikGate> g = r.details(Application.DAPODIK, DapodikGate.class);
    return g.orElseThrow();
  }
}
