package id.sinkron.erapor;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.SchoolIndex;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.erapor.rules.ERaporRules;
import id.sinkron.model.Endpoint;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The E-Rapor {@link ApplicationValidator}, registered in {@code META-INF/services}. It predicts
 * one {@link ERaporVariant} per check (SMK or SP: the options' {@code variants} entry for {@link
 * Application#E_RAPOR}, else from the school's bentuk pendidikan), named in {@code
 * details.E_RAPOR.variant}. Requires getSekolah, getGtk, getPesertaDidik and getRombonganBelajar;
 * getPengguna is optional (without it ERAPOR-WALI-NO-ACCOUNT is not evaluated). Its details ({@code
 * details.E_RAPOR}) are an {@link ERaporAssessment}.
 *
 * <p>The no-argument constructor (used by {@link java.util.ServiceLoader}) uses the bundled {@link
 * DapodikVersionTable}; pass another with {@link #ERaporValidator(DapodikVersionTable)} and {@code
 * Sinkron.checker().validators(...)}, or use {@link ERapor}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ERaporValidator implements ApplicationValidator {
  /** Base name of the module's message bundle. */
  public static final String MESSAGES = "id.sinkron.erapor.messages";

  private final DapodikVersionTable versions;
  private final List<Rule> rules;

  /** A validator with the bundled Dapodik version table. */
  public ERaporValidator() {
    this(DapodikVersionTable.bundled());
  }

  /**
   * @param versions the Dapodik version table to use
   * @throws NullPointerException if versions is null
   */
  public ERaporValidator(DapodikVersionTable versions) {
    this.versions = Objects.requireNonNull(versions, "versions");
    this.rules = ERaporRules.all(versions);
  }

  @Override
  public Application application() {
    return Application.E_RAPOR;
  }

  @Override
  public Set<Endpoint> requiredEndpoints() {
    return EnumSet.of(
        Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);
  }

  @Override
  public List<ERaporCode> codes() {
    return ERaporCode.active();
  }

  @Override
  public String messageBundle() {
    return MESSAGES;
  }

  /**
   * @return the rules this validator runs, in order
   */
  @Override
  public List<Rule> rules() {
    return rules;
  }

  /**
   * @return the Dapodik version table this validator uses
   */
  public DapodikVersionTable dapodikVersions() {
    return versions;
  }

  /**
   * @return the assessment, built from the placement the rules shared and their findings
   */
  @Override
  public Optional<ERaporAssessment> details(RuleContext ctx, FindingSink results) {
    return Optional.of(
        assessment(ctx, ERaporRules.placements(ctx), results.findings(), results.notEvaluated()));
  }

  /**
   * @param placement the placement of every active student, in input order
   */
  private ERaporAssessment assessment(
      RuleContext ctx,
      List<StudentPlacement> placement,
      List<Finding> findings,
      List<id.sinkron.check.NotEvaluated> notEvaluated) {
    SchoolSnapshot s = ctx.snapshot();
    SchoolIndex idx = ctx.index();

    Map<String, String> rombelOfPembelajaran = new HashMap<>();
    for (Rombel r : s.rombel()) {
      if (Membership.isManaged(r, idx) || r.jenisRombel().isEkstrakurikuler()) {
        for (Pembelajaran p : r.pembelajaran()) {
          rombelOfPembelajaran.putIfAbsent(p.pembelajaranId(), r.rombonganBelajarId());
        }
      }
    }
    Map<String, TreeSet<String>> codesByRombel = new HashMap<>();
    Map<String, Boolean> blockedRombel = new HashMap<>();
    for (Finding f : findings) {
      String rombelId =
          f.subject().kind() == SubjectKind.ROMBEL
              ? f.subject().id()
              : f.subject().kind() == SubjectKind.PEMBELAJARAN
                  ? rombelOfPembelajaran.get(f.subject().id())
                  : null;
      if (rombelId != null) {
        codesByRombel.computeIfAbsent(rombelId, k -> new TreeSet<>()).add(f.code());
        if (f.severity() == Severity.BLOCKER) {
          blockedRombel.put(rombelId, true);
        }
      }
    }

    List<RombelReadiness> rombel = new ArrayList<>(s.rombel().size());
    for (Rombel r : s.rombel()) {
      RombelKind kind = RombelKind.of(r.jenisRombel());
      rombel.add(
          ImmutableRombelReadiness.builder()
              .rombonganBelajarId(r.rombonganBelajarId())
              .nama(r.nama())
              .jenisRombel(r.jenisRombel().id())
              .kind(kind)
              .tingkatPendidikanId(r.tingkatPendidikanId())
              .semesterId(r.semesterId().map(SemesterId::value))
              .activeSemester(idx.isActiveSemester(r))
              .waliPtkId(r.ptkId())
              .waliNamaMasked(r.ptkId().flatMap(idx::ptk).map(Ptk::maskedNama))
              .memberCount(r.anggotaRombel().size())
              .pembelajaranCount(kind == RombelKind.EKSTRAKURIKULER ? 0 : r.pembelajaran().size())
              .findings(codesByRombel.getOrDefault(r.rombonganBelajarId(), new TreeSet<>()))
              .ready(!blockedRombel.containsKey(r.rombonganBelajarId()))
              .notPulledReason(ERaporRules.notPulled(ctx, r))
              .build());
    }

    int placed = 0;
    int none = 0;
    int multi = 0;
    int notPulled = 0;
    for (StudentPlacement p : placement) {
      switch (p.status()) {
        case PLACED:
          placed++;
          break;
        case NO_ROMBEL:
          none++;
          break;
        case MULTI_ROMBEL:
          multi++;
          break;
        default:
          notPulled++;
          break;
      }
    }

    DapodikVersionTable table = ctx.options().extra(DapodikVersionTable.class).orElse(versions);
    Optional<String> minimum =
        idx.activeSemester().flatMap(table::minimumFor).map(row -> row.minimum().toString());
    return ImmutableERaporAssessment.builder()
        .rombel(rombel)
        .placement(placement)
        .placementSummary(
            ImmutablePlacementSummary.builder()
                .activeStudents(placement.size())
                .placed(placed)
                .noRombel(none)
                .multiRombel(multi)
                .rombelNotPulled(notPulled)
                .build())
        .variant(ERaporRules.variant(ctx))
        .variantFromOptions(ERaporVariant.setByOptions(ctx.options()))
        .eraporVersion(s.supplement().flatMap(x -> x.eraporVersion()))
        .dapodikVersion(s.provenance().dapodikVersion())
        .minimumDapodikVersion(minimum)
        .findings(findings)
        .notEvaluated(notEvaluated)
        .build();
  }

  @Override
  public String toString() {
    return "ERaporValidator[" + versions + "]";
  }
}
