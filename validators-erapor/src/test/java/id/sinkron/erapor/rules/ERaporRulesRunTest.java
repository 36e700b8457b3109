package id.sinkron.erapor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.erapor.DapodikVersionTable;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.ERaporValidator;
import id.sinkron.erapor.Membership;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.erapor.fixture.SmpContoh;
import id.sinkron.model.PesertaDidik;
import id.sinkron.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules sharing one context (students placed once, through {@code RuleContext.derived}) give
 * exactly what each rule gives alone in a fresh context.
 */
class ERaporRulesRunTest {
  @Test
  void sharedPlacementsGiveTheFindingsOfRulesRunAlone() {
    RuleHarness h = RuleHarness.of(ERaporValidator.MESSAGES).asOf(SmpContoh.asOf());
    List<Rule> rules = ERaporRules.all(DapodikVersionTable.bundled());

    FindingSink alone = h.sink();
    for (Rule r : rules) {
      r.check(h.context(SmpContoh.school()), alone);
    }
    RuleContext ctx = h.context(SmpContoh.school());
    FindingSink shared = h.sink();
    for (Rule r : rules) {
      r.check(ctx, shared);
    }
    List<StudentPlacement> placements = ERaporRules.placements(ctx);
    assertThat(PlacedStudent.of(ctx)).as("placed once per context").isSameAs(PlacedStudent.of(ctx));

    assertThat(shared.findings()).isEqualTo(alone.findings());
    assertThat(shared.notEvaluated()).isEqualTo(alone.notEvaluated());
    List<StudentPlacement> expected =
        Membership.activeStudents(ctx.snapshot().pesertaDidik(), ctx.referenceDate()).stream()
            .map(
                (PesertaDidik pd) ->
                    Membership.placementOf(
                        pd, ctx.index(), r -> ERaporRules.notPulled(ctx, r).isEmpty()))
            .toList();
    assertThat(placements).isEqualTo(expected);
    // the fixture exercises the rules that read the placements
    assertThat(alone.findings())
        .extracting(f -> f.code())
        .contains(ERaporCode.PD_NO_ROMBEL.code(), ERaporCode.PD_MULTI_ROMBEL.code());
    assertThat(rules).filteredOn(r -> r instanceof PlacementRule).hasSize(2);
  }
}
