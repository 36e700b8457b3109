package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nrg;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sertifikasi;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GTK-CERT-DUPLICATE (B, PTK), for teachers: the same certificate number ({0} = 0) or the same NRG
 * ({0} = 1) on two or more PTK (compared without spaces, dots and dashes, case-insensitively);
 * every member after the first (input order) gets the finding, naming the first ({2}, masked) and
 * the group size ({1}). NOT_EVALUATED without the supplement.
 */
final class CertDuplicateRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (Gtk.supplementMissing(ctx, out, GtkCode.CERT_DUPLICATE)) {
      return;
    }
    List<Ptk> teachers = Gtk.teachers(ctx);
    report(
        out,
        Gtk.duplicates(teachers, CertDuplicateRule::certificateNumbers),
        0,
        "rwy_sertifikasi.nomor_sertifikat");
    report(out, Gtk.duplicates(teachers, CertDuplicateRule::nrgs), 1, "nrg");
  }

  private static void report(
      FindingSink out, Map<String, List<Ptk>> groups, int kind, String field) {
    for (Map.Entry<String, List<Ptk>> g : groups.entrySet()) {
      List<Ptk> members = g.getValue();
      for (Ptk p : members.subList(1, members.size())) {
        out.finding(GtkCode.CERT_DUPLICATE, Severity.BLOCKER, Subject.ptk(p))
            .field(field)
            .value(Masking.maskIdentifier(g.getKey()))
            .args(kind, members.size(), members.get(0).maskedNama())
            .report();
      }
    }
  }

  private static Set<String> certificateNumbers(Ptk p) {
    Set<String> s = new LinkedHashSet<>();
    for (Sertifikasi c : p.sertifikasi()) {
      c.nomorSertifikat().map(CertDuplicateRule::key).filter(k -> !k.isEmpty()).ifPresent(s::add);
    }
    return s;
  }

  private static Set<String> nrgs(Ptk p) {
    Set<String> s = new LinkedHashSet<>();
    p.nrg().map(CertDuplicateRule::key).filter(k -> !k.isEmpty()).ifPresent(s::add);
    for (Sertifikasi c : p.sertifikasi()) {
      c.nrg().map(CertDuplicateRule::key).filter(k -> !k.isEmpty()).ifPresent(s::add);
    }
    return s;
  }

  private static String key(String raw) {
    return Nrg.normalize(raw).toUpperCase(Locale.ROOT);
  }
}
