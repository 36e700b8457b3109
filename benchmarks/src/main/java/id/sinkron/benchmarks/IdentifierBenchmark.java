package id.sinkron.benchmarks;

import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nip;
import id.sinkron.identifier.Nisn;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Identifier parsing throughput (operations per second, one thread = one core): {@code Nik.parse},
 * {@code Nik.isValid}, {@code Nik.check}, {@code Nisn.parse}, {@code Nip.parse} over 1,024 distinct
 * valid values taken from generated schools (so branch prediction does not see one value).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdentifierBenchmark {
  static final int N = 1024;

  String[] nik = new String[N];
  String[] nisn = new String[N];
  String[] nip = new String[N];

  @Setup
  public void setUp() {
    SchoolSnapshot s = SchoolGenerator.sma().seed(2026).students(1200).build();
    List<String> niks = new ArrayList<>();
    List<String> nisns = new ArrayList<>();
    for (PesertaDidik p : s.pesertaDidik()) {
      niks.add(p.nik().orElseThrow());
      nisns.add(p.nisn().orElseThrow());
    }
    List<String> nips = new ArrayList<>();
    for (int seed = 1; nips.size() < N; seed++) {
      for (Ptk p : SchoolGenerator.smk().seed(seed).students(600).build().ptk()) {
        p.nip().ifPresent(nips::add);
      }
    }
    for (int i = 0; i < N; i++) {
      nik[i] = niks.get(i % niks.size());
      nisn[i] = nisns.get(i % nisns.size());
      nip[i] = nips.get(i);
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void nikParse(Blackhole bh) {
    for (String s : nik) {
      bh.consume(Nik.parse(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void nikIsValid(Blackhole bh) {
    for (String s : nik) {
      bh.consume(Nik.isValid(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void nikCheck(Blackhole bh) {
    for (String s : nik) {
      bh.consume(Nik.check(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void nisnParse(Blackhole bh) {
    for (String s : nisn) {
      bh.consume(Nisn.parse(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void nipParse(Blackhole bh) {
    for (String s : nip) {
      bh.consume(Nip.parse(s));
    }
  }
}
