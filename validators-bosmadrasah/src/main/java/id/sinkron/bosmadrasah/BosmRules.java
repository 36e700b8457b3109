package id.sinkron.bosmadrasah;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.NikMismatch;
import id.sinkron.identifier.Nisn;
import id.sinkron.identifier.Nsm;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Sekolah;
import id.sinkron.profile.KemenagProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The {@code BOSM-*} rules: plain {@link Rule}s reading one per-school {@link Counter.Analysis}
 * through {@link RuleContext#derived}. Every number (caps, data window) comes from the {@link
 * KemenagProfile}: the {@code KemenagProfile} extra of the options, else the bundled one.
 * Package-private; stateless and thread-safe.
 */
final class BosmRules {
  private static final DerivedKey<Counter.Analysis> ANALYSIS =
      DerivedKey.of("bosmadrasah.analysis");

  private BosmRules() {}

  /**
   * @return every rule, in catalogue order
   */
  static List<Rule> all() {
    return List.of(
        BosmRules::noRombel,
        BosmRules::overCap,
        BosmRules::nisn,
        BosmRules::nik,
        BosmRules::duplicate,
        BosmRules::tingkatLevel,
        BosmRules::dataWindow,
        BosmRules::nsmFormat);
  }

  static KemenagProfile profile(RuleContext ctx) {
    return ctx.options().extra(KemenagProfile.class).orElseGet(KemenagProfile::bundled);
  }

  static Counter.Analysis analysis(RuleContext ctx) {
    return ctx.derived(ANALYSIS, c -> Counter.analyse(c.snapshot(), profile(c), c.referenceDate()));
  }

  private static Subject school(SchoolSnapshot s) {
    return s.sekolah()
        .map(Subject::sekolah)
        .orElseGet(() -> Subject.of(id.sinkron.check.SubjectKind.SEKOLAH, "emis", "Madrasah"));
  }

  static String label(JenisMadrasah j) {
    return j == JenisMadrasah.MTS ? "MTs" : j.name();
  }

  static void noRombel(RuleContext ctx, FindingSink out) {
    Counter.Analysis a = analysis(ctx);
    for (PesertaDidik pd : a.active()) {
      if (a.noRombel().contains(pd.pesertaDidikId())) {
        String tingkat =
            pd.tingkatPendidikanId()
                .map(t -> "Kelas " + t)
                .orElseGet(() -> out.messages().format("bosm.tingkat.none"));
        out.finding(BosMadrasahCode.PD_NO_ROMBEL, Severity.BLOCKER, Subject.pd(pd))
            .field("Tingkat - Rombel")
            .args(pd.statusEmis().orElseThrow().label(), tingkat)
            .report();
      }
    }
  }

  static void overCap(RuleContext ctx, FindingSink out) {
    Counter.Analysis a = analysis(ctx);
    KemenagProfile p = profile(ctx);
    if (a.nsm().isEmpty()) {
      out.notEvaluated(BosMadrasahCode.ROMBEL_OVER_CAP, null, "bosm.reason.nsm.invalid");
      return;
    }
    JenisMadrasah jenis = a.nsm().get().jenis();
    Optional<Integer> cap = p.rombelCap(jenis);
    if (cap.isEmpty()) {
      return;
    }
    Severity severity = p.uncertainCaps().contains(jenis) ? Severity.WARNING : Severity.BLOCKER;
    Map<String, Rombel> rombel = Counter.rombelById(ctx.snapshot());
    for (Map.Entry<String, List<PesertaDidik>> e : a.activeByRombel().entrySet()) {
      int n = e.getValue().size();
      if (n > cap.get()) {
        Rombel r = rombel.get(e.getKey());
        Subject subject =
            r != null
                ? Subject.rombel(r)
                : Subject.of(id.sinkron.check.SubjectKind.ROMBEL, e.getKey(), e.getKey());
        out.finding(BosMadrasahCode.ROMBEL_OVER_CAP, severity, subject)
            .args(n, cap.get(), label(jenis), n - cap.get())
            .report();
      }
    }
  }

  static void nisn(RuleContext ctx, FindingSink out) {
    for (PesertaDidik pd : analysis(ctx).active()) {
      Optional<String> nisn = pd.nisn();
      String why;
      if (nisn.isEmpty() || nisn.get().isBlank()) {
        why = out.messages().format("bosm.nisn.empty");
      } else {
        List<IdentifierProblem> problems = Nisn.check(nisn.get());
        if (problems.isEmpty()) {
          continue;
        }
        why = IdentifierProblem.describe(problems, out.messages().locale());
      }
      FindingSink.Draft d =
          out.finding(BosMadrasahCode.PD_NISN, Severity.WARNING, Subject.pd(pd))
              .field("NISN")
              .args(why);
      nisn.ifPresent(v -> d.value(Masking.maskIdentifier(v)));
      d.report();
    }
  }

  static void nik(RuleContext ctx, FindingSink out) {
    for (PesertaDidik pd : analysis(ctx).active()) {
      Optional<String> nik = pd.nik();
      String why;
      if (nik.isEmpty() || nik.get().isBlank()) {
        why = out.messages().format("bosm.nik.empty");
      } else {
        List<IdentifierProblem> problems = Nik.check(nik.get());
        if (!problems.isEmpty()) {
          why = IdentifierProblem.describe(problems, out.messages().locale());
        } else {
          List<NikMismatch> mismatches =
              Nik.parse(nik.get())
                  .crossCheck(pd.tanggalLahir().orElse(null), pd.jenisKelamin().orElse(null));
          if (mismatches.isEmpty()) {
            continue;
          }
          StringJoiner j = new StringJoiner(", ");
          mismatches.forEach(m -> j.add(out.messages().format("bosm.nik.mismatch." + m.name())));
          why = j.toString();
        }
      }
      FindingSink.Draft d =
          out.finding(BosMadrasahCode.PD_NIK, Severity.WARNING, Subject.pd(pd))
              .field("NIK")
              .args(why);
      nik.ifPresent(v -> d.value(Masking.maskIdentifier(v)));
      d.report();
    }
  }

  static void duplicate(RuleContext ctx, FindingSink out) {
    for (Map.Entry<String, List<PesertaDidik>> e : analysis(ctx).duplicates().entrySet()) {
      String kind = e.getKey().substring(0, e.getKey().indexOf(':'));
      String masked = Masking.maskIdentifier(e.getKey().substring(kind.length() + 1));
      for (PesertaDidik pd : e.getValue()) {
        out.finding(BosMadrasahCode.PD_DUPLICATE, Severity.BLOCKER, Subject.pd(pd))
            .field(kind)
            .value(masked)
            .args(kind, masked, e.getValue().size())
            .report();
      }
    }
  }

  static void tingkatLevel(RuleContext ctx, FindingSink out) {
    Counter.Analysis a = analysis(ctx);
    if (a.nsm().isEmpty()) {
      out.notEvaluated(BosMadrasahCode.TINGKAT_LEVEL, null, "bosm.reason.nsm.invalid");
      return;
    }
    JenisMadrasah jenis = a.nsm().get().jenis();
    if (jenis == JenisMadrasah.RA) {
      out.notEvaluated(BosMadrasahCode.TINGKAT_LEVEL, null, "bosm.reason.ra.level");
      return;
    }
    for (Rombel r : ctx.snapshot().rombel()) {
      Optional<Integer> t = r.tingkatPendidikanId();
      if (t.isPresent() && !jenis.allowsTingkat(t.get())) {
        out.finding(BosMadrasahCode.TINGKAT_LEVEL, Severity.WARNING, Subject.rombel(r))
            .args(t.get(), label(jenis), jenis.minTingkat(), jenis.maxTingkat())
            .report();
      }
    }
  }

  static void dataWindow(RuleContext ctx, FindingSink out) {
    BosMadrasahCount c = analysis(ctx).count();
    out.finding(BosMadrasahCode.DATA_WINDOW, Severity.INFO, school(ctx.snapshot()))
        .args(
            c.countable(),
            c.dataWindowStart().toString(),
            c.dataWindowEnd().toString(),
            c.daysToWindowEnd(),
            c.bapDeadline().toString(),
            c.daysToBapDeadline())
        .report();
  }

  static void nsmFormat(RuleContext ctx, FindingSink out) {
    String nsm = ctx.snapshot().sekolah().flatMap(Sekolah::nsm).orElse("");
    List<IdentifierProblem> problems = Nsm.check(nsm);
    if (!problems.isEmpty()) {
      out.finding(BosMadrasahCode.NSM_FORMAT, Severity.BLOCKER, school(ctx.snapshot()))
          .field("NSM")
          .value(nsm)
          .args(
              nsm.isEmpty() ? "-" : nsm,
              IdentifierProblem.describe(problems, out.messages().locale()))
          .report();
    }
  }
}
