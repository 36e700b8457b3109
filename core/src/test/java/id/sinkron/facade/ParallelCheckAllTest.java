package id.sinkron.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.Checker;
import id.sinkron.ReportOrder;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.dapodik.DapodikWebServiceException;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.SchoolSnapshot;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelCheckAllTest {
  private static final Checker CHECKER = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31));
  private ExecutorService pool;

  @BeforeEach
  void start() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** School {@code i}: NPSN encodes i; PTK {@code i % 3} lacks a NIK (so reports differ). */
  static SchoolSnapshot school(int i) {
    ImmutableSchoolSnapshot.Builder b =
        ImmutableSchoolSnapshot.builder()
            .sekolah(
                ImmutableSekolah.builder()
                    .sekolahId("s-" + i)
                    .nama("SEKOLAH " + i)
                    .npsn(String.format("2%07d", i))
                    .build());
    for (int k = 0; k < 3; k++) {
      ImmutablePtk.Builder p =
          ImmutablePtk.builder()
              .ptkId("p-" + i + "-" + k)
              .nama("GURU " + k)
              .jenisPtk(JenisPtk.GURU_MAPEL);
      if (k != i % 3) {
        p.nik("3273011002750004");
      }
      b.addPtk(p.build());
    }
    return b.build();
  }

  static int index(Report r) {
    return Integer.parseInt(r.school().npsn().orElseThrow().substring(1));
  }

  /**
   * Waits for {@code latch} (the test's own synchronisation, never a fixed sleep); the bound only
   * stops a broken implementation from hanging the build and fails the test when reached.
   */
  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released: the checks are stuck");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Test
  void inputOrderIsKeptWhateverTheDurations() {
    // within each group of 4 (the parallelism), school i finishes only after school i + 1 has
    // finished:
    // every group completes in reverse, yet the reports must come in input order
    int n = 40;
    List<CountDownLatch> finished =
        IntStream.range(0, n).mapToObj(i -> new CountDownLatch(1)).toList();
    List<Integer> completion = new CopyOnWriteArrayList<>();
    Stream<Supplier<SchoolSnapshot>> input =
        IntStream.range(0, n)
            .mapToObj(
                i ->
                    () -> {
                      if (i % 4 != 3 && i + 1 < n) {
                        await(finished.get(i + 1));
                      }
                      completion.add(i);
                      finished.get(i).countDown();
                      return school(i);
                    });
    List<Integer> seen =
        CHECKER
            .checkAll(input, pool, 4, ReportOrder.INPUT)
            .map(ParallelCheckAllTest::index)
            .toList();
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, n).boxed().toList());
    assertThat(completion.subList(0, 4))
        .as("the first group really finished in reverse")
        .containsExactly(3, 2, 1, 0);
  }

  @Test
  void completionOrderDeliversEverySchoolOnce() {
    // school 0 cannot finish before the consumer has received another school's report
    CountDownLatch firstDelivered = new CountDownLatch(1);
    Stream<Supplier<SchoolSnapshot>> input =
        IntStream.range(0, 30)
            .mapToObj(
                i ->
                    () -> {
                      if (i == 0) {
                        await(firstDelivered);
                      }
                      return school(i);
                    });
    List<Integer> seen =
        CHECKER
            .checkAll(input, pool, 4, ReportOrder.COMPLETION)
            .map(ParallelCheckAllTest::index)
            .peek(i -> firstDelivered.countDown())
            .toList();
    assertThat(seen).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 30).boxed().toList());
    assertThat(seen.get(0))
        .as("the blocked first school does not hold the others back")
        .isNotZero();
  }

  @Test
  void inFlightSchoolsNeverExceedTheParallelism() {
    for (ReportOrder order : ReportOrder.values()) {
      AtomicInteger started = new AtomicInteger();
      AtomicInteger consumed = new AtomicInteger();
      AtomicInteger maxInFlight = new AtomicInteger();
      Stream<Supplier<SchoolSnapshot>> input =
          IntStream.range(0, 200)
              .mapToObj(
                  i ->
                      () -> {
                        int inFlight = started.incrementAndGet() - consumed.get();
                        maxInFlight.accumulateAndGet(inFlight, Math::max);
                        return school(i);
                      });
      long n =
          CHECKER.checkAll(input, pool, 3, order).peek(r -> consumed.incrementAndGet()).count();
      assertThat(n).isEqualTo(200);
      assertThat(maxInFlight.get()).as(order.name()).isBetween(1, 3);
    }
  }

  @Test
  void nothingRunsBeforeTheStreamIsConsumed() {
    // submissions happen on the consuming thread, so counting them needs no waiting
    AtomicInteger submitted = new AtomicInteger();
    Executor counting =
        r -> {
          submitted.incrementAndGet();
          pool.execute(r);
        };
    AtomicInteger started = new AtomicInteger();
    Stream<Report> reports =
        CHECKER.checkAll(
            IntStream.range(0, 10)
                .mapToObj(
                    i ->
                        () -> {
                          started.incrementAndGet();
                          return school(i);
                        }),
            counting,
            2,
            ReportOrder.INPUT);
    assertThat(submitted.get()).isZero();
    assertThat(started.get()).isZero();
    assertThat(reports.limit(1).count()).isEqualTo(1);
    assertThat(submitted.get()).isBetween(1, 3);
  }

  @Test
  void aBugInASupplierSurfacesInsteadOfBecomingAnUnreadableSchool() {
    for (ReportOrder order : ReportOrder.values()) {
      Stream<Supplier<SchoolSnapshot>> input =
          IntStream.range(0, 5)
              .mapToObj(
                  i ->
                      i == 2
                          ? () -> {
                            throw new IllegalStateException("bug in the reader");
                          }
                          : () -> school(i));
      assertThatThrownBy(() -> CHECKER.checkAll(input, pool, 2, order).toList())
          .as(order.name())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("bug in the reader");
    }
    Stream<Supplier<SchoolSnapshot>> nulls = Stream.of(() -> school(0), () -> null);
    assertThatThrownBy(() -> CHECKER.checkAll(nulls, pool, 2, ReportOrder.INPUT).toList())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyInputFailureKindBecomesAnUnreadableSchool() {
    List<Supplier<SchoolSnapshot>> failures =
        List.of(
            () -> {
              throw new DapodikWebServiceException(
                  DapodikWebServiceException.Reason.CONNECTION,
                  "getGtk",
                  0,
                  null,
                  "connection refused");
            },
            () -> WebServiceDump.read(Path.of("no-such-dump-folder")),
            () -> {
              throw new RuntimeException(new java.io.IOException("disk gone"));
            });
    List<Report> reports = CHECKER.checkAll(failures.stream(), pool, 2, ReportOrder.INPUT).toList();
    assertThat(reports)
        .hasSize(3)
        .allSatisfy(
            r -> {
              assertThat(r.inputProblems())
                  .singleElement()
                  .satisfies(
                      p ->
                          assertThat(p.code().code())
                              .isIn("INPUT-ROW-UNREADABLE", "INPUT-ENDPOINT-MISSING"));
              assertThat(r.findings()).isEmpty();
            });
  }

  @Test
  void aSchoolThatFailsToReadYieldsAReportAndTheRunGoesOn() {
    Stream<Supplier<SchoolSnapshot>> input =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    i == 2
                        ? () -> {
                          throw new UncheckedIOException(
                              new NoSuchFileException("dump-2/getGtk.json"));
                        }
                        : () -> school(i));
    List<Report> reports = CHECKER.checkAll(input, pool, 2, ReportOrder.INPUT).toList();
    assertThat(reports).hasSize(5);
    Report failed = reports.get(2);
    assertThat(failed.inputProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code().code()).isEqualTo("INPUT-ENDPOINT-MISSING");
              assertThat(p.detail()).contains("NoSuchFileException").contains("dump-2/getGtk.json");
            });
    for (Application a : Application.values()) {
      assertThat(failed.verdict(a)).isEqualTo(Verdict.NOT_EVALUATED);
    }
    assertThat(failed.findings()).isEmpty();
    assertThat(reports.get(3).verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
  }

  @Test
  void dumpFoldersAreReadAndCheckedAndBrokenOnesReported(@TempDir Path root) throws Exception {
    WebServiceDump.write(school(1), root.resolve("a"));
    WebServiceDump.write(school(2), root.resolve("b"));
    Files.writeString(root.resolve("b").resolve("getGtk.json"), "this is not JSON");
    WebServiceDump.write(school(3), root.resolve("c"));
    Stream<Path> dirs =
        Stream.of(root.resolve("a"), root.resolve("b"), root.resolve("missing"), root.resolve("c"));
    List<Report> reports = CHECKER.checkDumps(dirs, pool, 2, ReportOrder.INPUT).toList();
    assertThat(reports).hasSize(4);
    assertThat(reports.get(0).school().npsn()).hasValue("20000001");
    assertThat(reports.get(0).inputProblems())
        .extracting(p -> p.code().code())
        .as("only the empty-list notes of a school without students")
        .containsOnly("INPUT-WS-ERROR");
    assertThat(reports.get(1).inputProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code().code()).isEqualTo("INPUT-ROW-UNREADABLE");
              assertThat(p.file()).hasValue(root.resolve("b").toString());
              assertThat(p.detail()).contains("getGtk.json").doesNotContain("this is not");
            });
    assertThat(reports.get(2).inputProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.code().code()).isEqualTo("INPUT-ENDPOINT-MISSING"));
    assertThat(reports.get(3).school().npsn()).hasValue("20000003");
    assertThat(reports.get(3).verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
  }

  @Test
  void parallelReportsEqualSequentialReportsByteForByte() {
    List<String> sequential =
        IntStream.range(0, 60).mapToObj(i -> CHECKER.check(school(i)).toJson(false)).toList();
    List<String> parallel =
        CHECKER
            .checkAll(
                IntStream.range(0, 60).mapToObj(i -> (Supplier<SchoolSnapshot>) () -> school(i)),
                pool,
                4,
                ReportOrder.INPUT)
            .map(r -> r.toJson(false))
            .toList();
    assertThat(parallel).containsExactlyElementsOf(sequential);
  }

  @Test
  void aDirectExecutorRunsSequentially() {
    List<Integer> seen =
        CHECKER
            .checkAll(
                IntStream.range(0, 5).mapToObj(i -> (Supplier<SchoolSnapshot>) () -> school(i)),
                Runnable::run,
                1,
                ReportOrder.INPUT)
            .map(ParallelCheckAllTest::index)
            .toList();
    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void closingTheReportsClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<Supplier<SchoolSnapshot>> input =
        IntStream.range(0, 5)
            .mapToObj(i -> (Supplier<SchoolSnapshot>) () -> school(i))
            .onClose(() -> closed.set(true));
    try (Stream<Report> reports = CHECKER.checkAll(input, pool, 2, ReportOrder.INPUT)) {
      assertThat(reports.findFirst()).isPresent();
    }
    assertThat(closed).isTrue();
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(
            () ->
                CHECKER.checkAll(
                    Stream.<Supplier<SchoolSnapshot>>empty(), pool, 0, ReportOrder.INPUT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CHECKER.checkAll(
                    Stream.<Supplier<SchoolSnapshot>>empty(), null, 1, ReportOrder.INPUT))
        .isInstanceOf(NullPointerException.class);
  }
}
