package id.sinkron.dapodikgate;

import static id.sinkron.dapodikgate.Gate.check;
import static id.sinkron.dapodikgate.Gate.export;
import static id.sinkron.dapodikgate.Gate.findings;
import static id.sinkron.dapodikgate.Gate.gate;
import static id.sinkron.dapodikgate.Gate.notEvaluated;
import static id.sinkron.dapodikgate.Gate.with;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.DapodikLocal.Part;
import id.sinkron.model.ImmutableDapodikSyncRun;
import id.sinkron.model.ImmutableDapodikTableChanges;
import id.sinkron.model.ImmutableDapodikTableSync;
import id.sinkron.model.ImmutableDapodikValidationRow;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gate's export rules on a generated school with an invented local export. */
class GateRulesTest {
  static final SchoolSnapshot SMP = Gate.smp();
  static final PesertaDidik PD = SMP.pesertaDidik().get(3);
  static final Ptk GURU =
      SMP.ptk().stream().filter(p -> !p.jenisPtk().get().isKepalaSekolah()).findFirst().get();

  static ImmutableDapodikValidationRow.Builder row(String entity, String id, Integer kategori) {
    ImmutableDapodikValidationRow.Builder b =
        ImmutableDapodikValidationRow.builder()
            .entity(entity)
            .table("vld_" + entity)
            .rowId(id)
            .idtype(300)
            .fieldError("nama")
            .message("Nama mengandung angka");
    if (kategori != null) {
      b.kategoriError(kategori);
    }
    return b;
  }

  static List<SchoolSnapshot> cleanSchools() {
    return List.of(
        SchoolGenerator.sd().build(),
        SchoolGenerator.smp().build(),
        SchoolGenerator.sma().build(),
        SchoolGenerator.smk().build());
  }

  @ParameterizedTest
  @MethodSource("cleanSchools")
  void cleanGeneratedSchoolsGetNoGateFindingAndTheGateIsUnknownWithoutAnExport(SchoolSnapshot s) {
    Report r =
        check(
            s,
            SchoolGenerator.of(s.sekolah().get().bentukPendidikan().get()).referenceDate(),
            Gate.MAPPING);
    assertThat(r.findings(Application.DAPODIK)).isEmpty();
    assertThat(r.notEvaluated())
        .filteredOn(n -> n.reasonKey().equals("dapodik.reason.no.export"))
        .extracting(NotEvaluated::code)
        .containsExactlyInAnyOrder(
            "DAPODIK-VALIDATION-INVALID",
            "DAPODIK-VALIDATION-WARNING",
            "DAPODIK-VALIDATION-UNCLASSIFIED",
            "DAPODIK-LAST-SYNC-FAILED",
            "DAPODIK-PENDING-CHANGES",
            "DAPODIK-EDITED-OUTSIDE-APP");
    assertThat(gate(r).status()).isEqualTo(DapodikGate.Status.UNKNOWN);
    assertThat(gate(r).source()).isEmpty();
  }

  @Test
  void validationResultsAreClassifiedAndPointAtTheRowsEntityWithDapodiksText() {
    SchoolSnapshot s =
        with(
            SMP,
            export()
                .addValidation(row("peserta_didik", PD.pesertaDidikId(), 1).build())
                .addValidation(
                    row("ptk", GURU.ptkId(), 2).fieldError("npwp").message("NPWP kosong").build())
                .addValidation(
                    row("rombel", "tidak-ada-di-ws", 9).fieldError("kurikulum_id").build())
                .build());
    Report r = check(s);
    Finding invalid = findings(r, DapodikGateCode.VALIDATION_INVALID).get(0);
    assertThat(invalid.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(invalid.subject().kind()).isEqualTo(SubjectKind.PD);
    assertThat(invalid.subject().id()).isEqualTo(PD.pesertaDidikId());
    assertThat(invalid.field()).contains("nama");
    assertThat(invalid.arguments())
        .containsExactly(
            "peserta_didik",
            "nama",
            "Nama mengandung angka",
            "E-Rapor dan ARKAS",
            "kategori_error 1");
    Finding warning = findings(r, DapodikGateCode.VALIDATION_WARNING).get(0);
    assertThat(warning.subject().id()).isEqualTo(GURU.ptkId());
    assertThat(warning.subject().kind()).isEqualTo(SubjectKind.PTK);
    assertThat(warning.arguments().get(3)).isEqualTo("Info GTK dan E-Rapor");
    Finding unclassified = findings(r, DapodikGateCode.VALIDATION_UNCLASSIFIED).get(0);
    assertThat(unclassified.subject().kind()).isEqualTo(SubjectKind.ROMBEL);
    assertThat(unclassified.subject().id()).isEqualTo("tidak-ada-di-ws");
    assertThat(unclassified.field()).contains("kurikulum_id");
    DapodikGate g = gate(r);
    assertThat(g.status()).isEqualTo(DapodikGate.Status.WILL_REFUSE);
    assertThat(g.invalid()).isEqualTo(1);
    assertThat(g.warnings()).isEqualTo(1);
    assertThat(g.unclassified()).isEqualTo(1);
    assertThat(g.headline()).isEqualTo("Dapodik: sinkronisasi akan ditolak (1 baris invalid)");
  }

  @Test
  void withTheBundledEmptyMappingEveryResultIsUnclassifiedAndTheGateNeverSaysFine() {
    SchoolSnapshot s =
        with(
            SMP,
            export()
                .addValidation(row("peserta_didik", PD.pesertaDidikId(), 1).build())
                .addValidation(
                    ImmutableDapodikValidationRow.builder()
                        .entity("ptk")
                        .tipe(2)
                        .message("NUPTK kosong")
                        .build())
                .build());
    Report r = check(s, Gate.asOf(), KindMapping.bundled());
    assertThat(KindMapping.bundled().kategori()).isEmpty();
    assertThat(findings(r, DapodikGateCode.VALIDATION_INVALID)).isEmpty();
    assertThat(findings(r, DapodikGateCode.VALIDATION_UNCLASSIFIED)).hasSize(2);
    // a row without an id points at the school
    assertThat(findings(r, DapodikGateCode.VALIDATION_UNCLASSIFIED))
        .extracting(f -> f.subject().kind())
        .containsExactlyInAnyOrder(SubjectKind.PD, SubjectKind.SEKOLAH);
    assertThat(gate(r).status()).isEqualTo(DapodikGate.Status.UNKNOWN);
    assertThat(gate(r).unclassified()).isEqualTo(2);
  }

  @Test
  void aCleanValidationIsNoInvalidAndLongDigitRunsInDapodiksTextAreMasked() {
    SchoolSnapshot s =
        with(
            SMP,
            export()
                .addValidation(
                    row("peserta_didik", PD.pesertaDidikId(), 2)
                        .message("NIK 3273014501100004 tidak sesuai")
                        .build())
                .build());
    Report r = check(s);
    assertThat(gate(r).status()).isEqualTo(DapodikGate.Status.NO_INVALID);
    String text = findings(r, DapodikGateCode.VALIDATION_WARNING).get(0).arguments().get(2);
    assertThat(text)
        .doesNotContain("3273014501100004")
        .startsWith("NIK ")
        .endsWith(" tidak sesuai");
    assertThat(findings(r, DapodikGateCode.VALIDATION_WARNING).get(0).message())
        .doesNotContain("3273014501100004");
  }

  @Test
  void anUnreadableValidationPartIsNotEvaluatedAndTheGateIsUnknown() {
    SchoolSnapshot s =
        with(SMP, export().putUnavailable(Part.VALIDATION, "no vld_* validation tables").build());
    Report r = check(s);
    assertThat(notEvaluated(r, DapodikGateCode.VALIDATION_INVALID))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.part.unavailable");
    assertThat(gate(r).status()).isEqualTo(DapodikGate.Status.UNKNOWN);
  }

  @Test
  void skippedOrTruncatedValidationTablesKeepTheGateUnknown() {
    SchoolSnapshot skipped =
        with(
            SMP,
            export()
                .addValidation(row("ptk", GURU.ptkId(), 2).build())
                .putSkippedTables("public.vld_rwy_kerja", "unreadable (SQLState 42703)")
                .build());
    Report r = check(skipped);
    assertThat(findings(r, DapodikGateCode.VALIDATION_WARNING)).hasSize(1);
    assertThat(notEvaluated(r, DapodikGateCode.VALIDATION_INVALID))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.tables.skipped");
    assertThat(gate(r).status()).isEqualTo(DapodikGate.Status.UNKNOWN);

    SchoolSnapshot truncated =
        with(
            SMP,
            export()
                .addValidation(row("ptk", GURU.ptkId(), 2).build())
                .putValidationTruncated("vld_ptk", 40L)
                .build());
    Report t = check(truncated);
    assertThat(gate(t).unclassified()).as("39 results beyond the bound").isEqualTo(39);
    assertThat(gate(t).status()).isEqualTo(DapodikGate.Status.UNKNOWN);
  }

  static ImmutableDapodikSyncRun.Builder run(String begin, String success) {
    ImmutableDapodikSyncRun.Builder b =
        ImmutableDapodikSyncRun.builder().beginSync(LocalDateTime.parse(begin));
    if (success != null) {
      b.isSuccess(success);
    }
    return b;
  }

  @Test
  void theLatestSyncRunFailedOrHadConflicts() {
    Report failed =
        check(
            with(
                SMP,
                export()
                    .addSyncRuns(
                        run("2026-08-02T09:00", "0").build(), run("2026-08-01T09:00", "1").build())
                    .build()));
    assertThat(findings(failed, DapodikGateCode.LAST_SYNC_FAILED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.value()).contains("0");
              assertThat(f.arguments().get(0)).isEqualTo("2026-08-02 09:00");
            });
    Report conflicts =
        check(
            with(
                SMP,
                export()
                    .addSyncRuns(
                        run("2026-08-02T09:00", "t")
                            .addTables(
                                ImmutableDapodikTableSync.builder()
                                    .tableName("ptk")
                                    .nKonflik(0L)
                                    .build(),
                                ImmutableDapodikTableSync.builder()
                                    .tableName("peserta_didik")
                                    .nKonflik(4L)
                                    .build())
                            .build())
                    .build()));
    assertThat(findings(conflicts, DapodikGateCode.LAST_SYNC_FAILED))
        .singleElement()
        .satisfies(f -> assertThat(f.arguments().get(2)).isEqualTo("peserta_didik 4"));
    Report ok =
        check(
            with(
                SMP,
                export()
                    .addSyncRuns(
                        run("2026-08-02T09:00", "true").build(),
                        run("2026-08-01T09:00", "0").build())
                    .build()));
    assertThat(findings(ok, DapodikGateCode.LAST_SYNC_FAILED))
        .as("only the latest run counts")
        .isEmpty();
    assertThat(notEvaluated(ok, DapodikGateCode.LAST_SYNC_FAILED)).isEmpty();
  }

  @Test
  void anUndocumentedSuccessValueOrAnEmptyLogIsNotEvaluatedNeverFine() {
    Report odd =
        check(with(SMP, export().addSyncRuns(run("2026-08-02T09:00", "2").build()).build()));
    assertThat(findings(odd, DapodikGateCode.LAST_SYNC_FAILED)).isEmpty();
    assertThat(notEvaluated(odd, DapodikGateCode.LAST_SYNC_FAILED))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.sync.success.unknown");
    Report empty = check(with(SMP, export().build()));
    assertThat(notEvaluated(empty, DapodikGateCode.LAST_SYNC_FAILED))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.sync.log.empty");
    Report fromApp =
        check(with(SMP, export().putUnavailable(Part.SYNC_LOG, "application").build()));
    assertThat(notEvaluated(fromApp, DapodikGateCode.LAST_SYNC_FAILED))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.part.unavailable");
  }

  static ImmutableDapodikTableChanges changes(String table, long pending, String oldest) {
    return ImmutableDapodikTableChanges.builder()
        .table(table)
        .pending(pending)
        .oldestPending(LocalDateTime.parse(oldest))
        .build();
  }

  @Test
  void pendingChangesAreInfoFarFromTheCutOffAndAWarningCloseToItOrAfterMissingIt() {
    SchoolSnapshot s =
        with(
            SMP,
            export()
                .addChanges(
                    changes("ptk", 2, "2026-02-01T08:00"),
                    changes("peserta_didik", 10, "2026-02-10T08:00"))
                .build());
    Report far = check(s, LocalDate.of(2026, 3, 1), Gate.MAPPING);
    Finding f = findings(far, DapodikGateCode.PENDING_CHANGES).get(0);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.value()).contains("12");
    assertThat(f.arguments().subList(0, 3))
        .containsExactly("12", "ptk 2, peserta_didik 10", "Info GTK, E-Rapor dan ARKAS");
    assertThat(gate(far).pendingChanges()).isEqualTo(12);
    assertThat(gate(far).pendingLine())
        .contains("12 perubahan belum dikirim: Info GTK, E-Rapor dan ARKAS belum melihatnya");

    Report soon = check(s, LocalDate.of(2026, 8, 15), Gate.MAPPING);
    assertThat(findings(soon, DapodikGateCode.PENDING_CHANGES).get(0).severity())
        .isEqualTo(Severity.WARNING);

    SchoolSnapshot old =
        with(SMP, export().addChanges(changes("ptk", 1, "2025-08-20T08:00")).build());
    Report missed = check(old, LocalDate.of(2026, 3, 1), Gate.MAPPING);
    assertThat(findings(missed, DapodikGateCode.PENDING_CHANGES).get(0).severity())
        .isEqualTo(Severity.WARNING);

    Report none = check(with(SMP, export().build()), LocalDate.of(2026, 8, 15), Gate.MAPPING);
    assertThat(findings(none, DapodikGateCode.PENDING_CHANGES)).isEmpty();
    assertThat(gate(none).pendingLine()).isEmpty();
  }

  @Test
  void rowsEditedOutsideTheApplicationPointAtTheirEntityAndTheRestIsCounted() {
    SchoolSnapshot s =
        with(
            SMP,
            export()
                .addChanges(
                    ImmutableDapodikTableChanges.builder()
                        .table("ptk")
                        .pending(5)
                        .withoutUpdater(3)
                        .idColumn("ptk_id")
                        .addWithoutUpdaterIds(GURU.ptkId())
                        .build(),
                    ImmutableDapodikTableChanges.builder()
                        .table("peserta_didik")
                        .pending(4)
                        .withoutUpdater(0)
                        .build())
                .build());
    Report r = check(s);
    List<Finding> f = findings(r, DapodikGateCode.EDITED_OUTSIDE_APP);
    assertThat(f).hasSize(2);
    assertThat(f)
        .extracting(x -> x.subject().kind(), x -> x.subject().id())
        .contains(org.assertj.core.groups.Tuple.tuple(SubjectKind.PTK, GURU.ptkId()));
    assertThat(f)
        .filteredOn(x -> x.subject().kind() == SubjectKind.SEKOLAH)
        .singleElement()
        .satisfies(x -> assertThat(x.value()).contains("2"));
  }

  @Test
  void anExportWhoseValidationCannotBeJudgedIsNeverReady() {
    Report noExport = check(SMP);
    assertThat(noExport.verdict(Application.DAPODIK)).isEqualTo(id.sinkron.check.Verdict.READY);
    Report unreadable =
        check(with(SMP, export().putUnavailable(Part.VALIDATION, "no vld_* tables").build()));
    assertThat(unreadable.verdict(Application.DAPODIK))
        .isEqualTo(id.sinkron.check.Verdict.NOT_EVALUATED);
    Report unclassified =
        check(
            with(SMP, export().addValidation(row("ptk", GURU.ptkId(), 7).build()).build()),
            Gate.asOf(),
            KindMapping.bundled());
    assertThat(unclassified.verdict(Application.DAPODIK))
        .isEqualTo(id.sinkron.check.Verdict.NOT_EVALUATED);
    assertThat(unclassified.summary(Application.DAPODIK).reason()).isPresent();
    Report refused =
        check(
            with(
                SMP,
                export()
                    .addValidation(row("ptk", GURU.ptkId(), 1).build())
                    .addValidation(row("ptk", GURU.ptkId(), 7).build())
                    .build()));
    assertThat(refused.verdict(Application.DAPODIK)).isEqualTo(id.sinkron.check.Verdict.NOT_READY);
    Report fine =
        check(with(SMP, export().addValidation(row("ptk", GURU.ptkId(), 2).build()).build()));
    assertThat(fine.verdict(Application.DAPODIK)).isEqualTo(id.sinkron.check.Verdict.READY);
  }
}
