package id.sinkron.gtk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.InfoGtk;
import id.sinkron.gtk.LinearityTable;
import id.sinkron.gtk.SmpFixture;
import id.sinkron.gtk.TestSchool;
import id.sinkron.testing.RuleHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules sharing one context (loads computed once, through {@code RuleContext.derived}) give exactly
 * what each rule gives alone in a fresh context.
 */
class GtkRulesRunTest {
  @Test
  void sharedLoadsGiveTheFindingsOfRulesRunAlone() {
    RuleHarness h = RuleHarness.of(InfoGtk.MESSAGES).asOf(TestSchool.AS_OF_2025);
    List<Rule> rules = GtkRules.all(LinearityTable.bundled());

    FindingSink alone = h.sink();
    for (Rule r : rules) {
      r.check(h.context(SmpFixture.build()), alone);
    }
    RuleContext ctx = h.context(SmpFixture.build());
    FindingSink shared = h.sink();
    for (Rule r : rules) {
      r.check(ctx, shared);
    }

    assertThat(shared.findings()).isEqualTo(alone.findings());
    assertThat(shared.notEvaluated()).isEqualTo(alone.notEvaluated());
    Map<String, BebanKerja> loads = BebanKerja.forSchool(ctx);
    assertThat(BebanKerja.forSchool(ctx)).as("computed once per context").isSameAs(loads);
    assertThat(loads).isEqualTo(BebanKerja.forSchool(h.context(SmpFixture.build())));
    // the fixture exercises the rules that read the loads
    assertThat(alone.findings())
        .extracting(f -> f.code())
        .contains(GtkCode.LOAD_BELOW_MIN.code(), GtkCode.NOT_LINEAR.code());
    assertThat(rules).filteredOn(r -> r instanceof LoadRule).hasSize(8);
  }
}
