package id.sinkron.testing;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Basis;
import id.sinkron.check.DerivedKey;
import id.sinkron.check.FindingCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.model.Endpoint;
import id.sinkron.model.Ptk;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test-only validator (registered in core's test resources only): one blocker per PTK without
 * NIK.
 */
public final class TestGtkValidator implements ApplicationValidator {
  public enum Code implements FindingCode {
    NIK_MISSING("TEST-NIK-MISSING"),
    LINEAR("TEST-LINEAR");

    private final String code;

    Code(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Application application() {
      return Application.INFO_GTK;
    }

    @Override
    public String reference() {
      return this == NIK_MISSING ? "Test reference" : "";
    }

    @Override
    public Basis basis() {
      return Basis.inferred("test", "uji", "core test validator");
    }
  }

  /** Counts how often the shared analysis is computed (per check it must be once). */
  public static final java.util.concurrent.atomic.AtomicInteger COMPUTED =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final DerivedKey<Integer> TEACHERS = DerivedKey.of("test.teachers");

  private static int teachers(RuleContext ctx) {
    return ctx.derived(
        TEACHERS,
        c -> {
          COMPUTED.incrementAndGet();
          return c.snapshot().ptk().size();
        });
  }

  @Override
  public Application application() {
    return Application.INFO_GTK;
  }

  @Override
  public Set<Endpoint> requiredEndpoints() {
    return Set.of(Endpoint.SEKOLAH, Endpoint.GTK);
  }

  @Override
  public List<Code> codes() {
    return List.of(Code.values());
  }

  @Override
  public String messageBundle() {
    return "id.sinkron.testing.testmessages";
  }

  @Override
  public List<Rule> rules() {
    return List.of(
        (ctx, out) -> {
          for (Ptk p : ctx.snapshot().ptk()) {
            if (p.nik().isEmpty()) {
              out.finding(Code.NIK_MISSING, Severity.BLOCKER, Subject.ptk(p))
                  .field("nik")
                  .args(ctx.profile().minJtm())
                  .report();
            }
          }
          teachers(ctx);
        },
        (ctx, out) -> {
          teachers(ctx);
          out.notEvaluated(Code.LINEAR, null, "test.linear.reason");
        });
  }

  @Override
  public Optional<?> details(RuleContext ctx, FindingSink results) {
    return Optional.of(Map.of("teachers", teachers(ctx)));
  }
}
