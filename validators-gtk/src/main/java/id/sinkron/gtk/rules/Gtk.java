package id.sinkron.gtk.rules;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.Jenjang;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sekolah;
import id.sinkron.model.TugasTambahan;
import id.sinkron.profile.DutyCategory;
import id.sinkron.profile.DutyRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** What several rules share: scope, certification, ages, duplicate groups, message helpers. */
final class Gtk {
  /** Reason key: the supplement (certification, duties) is absent. */
  static final String REASON_NO_SUPPLEMENT = "gtk.reason.no.supplement";

  private static final DerivedKey<List<Ptk>> PTK = DerivedKey.of("gtk.ptk");
  private static final DerivedKey<List<Ptk>> TEACHERS = DerivedKey.of("gtk.teachers");

  private Gtk() {}

  /**
   * @return the school's PTK, first row per {@code ptk_id}, in input order (computed once per
   *     check)
   */
  static List<Ptk> ptk(RuleContext ctx) {
    return ctx.derived(PTK, Gtk::distinctPtk);
  }

  private static List<Ptk> distinctPtk(RuleContext ctx) {
    Set<String> seen = new LinkedHashSet<>();
    List<Ptk> out = new ArrayList<>();
    for (Ptk p : ctx.snapshot().ptk()) {
      if (seen.add(p.ptkId())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * @return the school's teachers ({@link Ptk#isTeacher()}), first row per {@code ptk_id} (computed
   *     once per check)
   */
  static List<Ptk> teachers(RuleContext ctx) {
    return ctx.derived(TEACHERS, Gtk::distinctTeachers);
  }

  private static List<Ptk> distinctTeachers(RuleContext ctx) {
    List<Ptk> out = new ArrayList<>();
    for (Ptk p : ptk(ctx)) {
      if (p.isTeacher()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * @return true (and records school-level NOT_EVALUATED) when certification/duty data is absent
   */
  static boolean supplementMissing(RuleContext ctx, FindingSink out, GtkCode code) {
    if (ctx.snapshot().ptkSupplementKnown()) {
      return false;
    }
    out.notEvaluated(code, null, REASON_NO_SUPPLEMENT);
    return true;
  }

  /**
   * @return whether the PTK has at least one certification record (only meaningful when known)
   */
  static boolean certified(Ptk p) {
    return !p.sertifikasi().isEmpty();
  }

  /**
   * Load rules are B for certified teachers (they lose TPG) and W for others; W too when
   * certification is unknown (no supplement).
   */
  static Severity loadSeverity(RuleContext ctx, Ptk p) {
    return ctx.snapshot().ptkSupplementKnown() && certified(p)
        ? Severity.BLOCKER
        : Severity.WARNING;
  }

  /**
   * @return 1 when duties are known, 0 when not (a message choice argument)
   */
  static int flag(boolean b) {
    return b ? 1 : 0;
  }

  static boolean isKepalaSekolah(Ptk p) {
    return p.jenisPtk().map(JenisPtk::isKepalaSekolah).orElse(false);
  }

  static boolean isGuruBk(Ptk p) {
    return p.jenisPtk().map(JenisPtk::isGuruBk).orElse(false);
  }

  static boolean isGuruTik(Ptk p) {
    return p.jenisPtk().map(JenisPtk::isGuruTik).orElse(false);
  }

  /**
   * @return the school's level, {@link Jenjang#OTHER} when unknown
   */
  static Jenjang jenjang(RuleContext ctx) {
    return ctx.snapshot().sekolah().map(Sekolah::jenjang).orElse(Jenjang.OTHER);
  }

  /**
   * @return completed years on the reference date; empty without {@code tanggal_lahir}
   */
  static OptionalInt age(Ptk p, LocalDate date) {
    if (p.tanggalLahir().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(p.tanggalLahir().get(), date).getYears());
  }

  /**
   * @return whether an optional text is absent or blank
   */
  static boolean blank(Optional<String> s) {
    return s.map(String::isBlank).orElse(true);
  }

  /**
   * @return whether a duty of {@code category} with an SK number is in force on {@code date}
   */
  static boolean hasActiveDuty(RuleContext ctx, Ptk p, DutyCategory category) {
    for (TugasTambahan t : p.tugasTambahan()) {
      Optional<DutyCategory> c = ctx.profile().duty(t.jabatanPtkId()).map(DutyRule::category);
      if (c.isPresent()
          && c.get() == category
          && !blank(t.nomorSk())
          && t.isActiveOn(ctx.referenceDate())) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the profile's category of getGtk's {@code jabatan_ptk_id} (newer Web Service servers);
   *     empty when not sent or not in the profile's duty table
   */
  static Optional<DutyCategory> jabatanCategory(RuleContext ctx, Ptk p) {
    return p.jabatanPtkId().flatMap(ctx.profile()::duty).map(DutyRule::category);
  }

  /**
   * Whether the PTK holds the kepala sekolah position now: with the supplement, an active kepala
   * sekolah duty (the supplement wins); without it, getGtk's {@code jabatan_ptk_id} when sent, else
   * the jenis PTK.
   */
  static boolean isKepalaSekolahNow(RuleContext ctx, Ptk p) {
    if (ctx.snapshot().ptkSupplementKnown()) {
      return hasActiveDuty(ctx, p, DutyCategory.KEPALA_SEKOLAH);
    }
    if (p.jabatanPtkId().isPresent()) {
      return jabatanCategory(ctx, p).filter(c -> c == DutyCategory.KEPALA_SEKOLAH).isPresent();
    }
    return isKepalaSekolah(p);
  }

  /**
   * Groups PTK by a key (e.g. a normalised NIK); a PTK with several keys may be in several groups.
   *
   * @return groups of two or more distinct PTK, each in input order, by key in first-seen order
   */
  static Map<String, List<Ptk>> duplicates(List<Ptk> ptk, Function<Ptk, Set<String>> keys) {
    Map<String, List<Ptk>> groups = new LinkedHashMap<>();
    for (Ptk p : ptk) {
      for (String k : keys.apply(p)) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
      }
    }
    groups.values().removeIf(g -> g.size() < 2);
    return groups;
  }

  /**
   * @return the localised texts of identifier problems, joined
   */
  static String describe(FindingSink out, List<IdentifierProblem> problems) {
    return IdentifierProblem.describe(problems, out.messages().locale());
  }
}
