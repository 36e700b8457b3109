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

/** {@link GtkRules#run} (loads computed once) gives exactly what running every rule alone gives. */
class GtkRulesRunTest {
  @Test
  void sharedLoadsGiveTheFindingsOfRulesRunAlone() {
    RuleHarness h = RuleHarness.of(InfoGtk.MESSAGES).asOf(TestSchool.AS_OF_2025);
    RuleContext ctx = h.context(SmpFixture.build());
    List<Rule> rules = GtkRules.all(LinearityTable.bundled());

    FindingSink alone = h.sink();
    for (Rule r : rules) {
      r.check(ctx, alone);
    }
    FindingSink shared = h.sink();
    Map<String, BebanKerja> loads = GtkRules.run(rules, ctx, shared);

    assertThat(shared.findings()).isEqualTo(alone.findings());
    assertThat(shared.notEvaluated()).isEqualTo(alone.notEvaluated());
    assertThat(loads).isEqualTo(BebanKerja.forSchool(ctx));
    // the fixture exercises the rules that read the loads
    assertThat(alone.findings()).extracting(f -> f.code())
        .contains(GtkCode.LOAD_BELOW_MIN.code(), GtkCode.NOT_LINEAR.code());
    assertThat(rules).filteredOn(r -> r instanceof LoadRule).hasSize(6);
  }
}
