package id.sinkron.gtk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Rule;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.InfoGtk;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.testing.RuleHarness;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;

/**
 * Running one rule and asserting (code, subject kind, subject id, severity) — never message text.
 */
final class RuleTesting {
  private RuleTesting() {}

  static FindingSink run(Rule rule, SchoolSnapshot school) {
    FindingSink out =
        RuleHarness.of(InfoGtk.MESSAGES).asOf(TestSchool.AS_OF_2025).run(rule, school);
    // Render in English too: every key and pattern must work in both bundles.
    RuleHarness.of(InfoGtk.MESSAGES)
        .asOf(TestSchool.AS_OF_2025)
        .locale(Locale.ENGLISH)
        .run(rule, school);
    return out;
  }

  static FindingSink run(
      Rule rule, SchoolSnapshot school, RegulationProfile profile, java.time.LocalDate asOf) {
    return RuleHarness.of(InfoGtk.MESSAGES).profile(profile).asOf(asOf).run(rule, school);
  }

  static Tuple f(GtkCode code, SubjectKind kind, String id, Severity severity) {
    return Tuple.tuple(code.code(), kind, id, severity);
  }

  static Tuple ptk(GtkCode code, String id, Severity severity) {
    return f(code, SubjectKind.PTK, id, severity);
  }

  static ListAssert<Tuple> assertFindings(FindingSink out) {
    List<Tuple> l =
        out.findings().stream()
            .map(x -> Tuple.tuple(x.code(), x.subject().kind(), x.subject().id(), x.severity()))
            .toList();
    return assertThat(l);
  }

  static ListAssert<Tuple> assertNotEvaluated(FindingSink out) {
    List<Tuple> l =
        out.notEvaluated().stream()
            .map(
                n ->
                    Tuple.tuple(n.code(), n.subject().map(s -> s.id()).orElse(null), n.reasonKey()))
            .toList();
    return assertThat(l);
  }

  static Finding only(FindingSink out) {
    assertThat(out.findings()).hasSize(1);
    return out.findings().get(0);
  }

  static List<NotEvaluated> notEvaluated(FindingSink out) {
    return out.notEvaluated();
  }
}
