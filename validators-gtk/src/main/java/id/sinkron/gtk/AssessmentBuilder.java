package id.sinkron.gtk;

import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.Jenjang;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sekolah;
import id.sinkron.model.Sertifikasi;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the rules' findings and the loads into the per-teacher assessment; stateless. */
final class AssessmentBuilder {
  private AssessmentBuilder() {}

  /** @param loads {@code BebanKerja.forSchool(ctx)} */
  static GtkAssessment build(RuleContext ctx, LinearityTable linearity, Map<String, BebanKerja> loads,
      List<Finding> findings, List<NotEvaluated> notEvaluated) {
    boolean known = ctx.snapshot().ptkSupplementKnown();
    Jenjang jenjang = ctx.snapshot().sekolah().map(Sekolah::jenjang).orElse(Jenjang.OTHER);

    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    Map<String, List<Finding>> byPtk = new HashMap<>();
    Map<String, List<Finding>> byPembelajaran = new HashMap<>();
    for (Finding f : sorted) {
      if (f.subject().kind() == SubjectKind.PTK) {
        byPtk.computeIfAbsent(f.subject().id(), k -> new ArrayList<>()).add(f);
      } else if (f.subject().kind() == SubjectKind.PEMBELAJARAN) {
        byPembelajaran.computeIfAbsent(f.subject().id(), k -> new ArrayList<>()).add(f);
      }
    }

    List<TeacherAssessment> teachers = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Ptk p : ctx.snapshot().ptk()) {
      if (!p.isTeacher() || !seen.add(p.ptkId())) {
        continue;
      }
      BebanKerja load = loads.get(p.ptkId());
      List<Finding> own = new ArrayList<>(byPtk.getOrDefault(p.ptkId(), List.of()));
      Set<String> pembelajaranIds = new LinkedHashSet<>();
      for (TeachingHours t : load.teaching()) {
        pembelajaranIds.add(t.pembelajaranId());
      }
      for (String id : pembelajaranIds) {
        own.addAll(byPembelajaran.getOrDefault(id, List.of()));
      }
      boolean evaluated = load.evaluation() == LoadEvaluation.EVALUATED;

      EnumSet<InfoGtkStatusCode> codes = EnumSet.noneOf(InfoGtkStatusCode.class);
      if (evaluated && load.recognisedJtm() < load.minJtm()) {
        codes.add(InfoGtkStatusCode.LOAD_BELOW_MIN);
      }
      boolean blocker = false;
      for (Finding f : own) {
        if (f.subject().kind() != SubjectKind.PTK) {
          continue;
        }
        blocker |= f.severity() == Severity.BLOCKER;
        GtkCode c = GtkCode.of(f.code());
        if (c == GtkCode.NOT_LINEAR && f.severity() == Severity.BLOCKER) {
          codes.add(InfoGtkStatusCode.NOT_LINEAR);
        } else if (c == GtkCode.CERT_INCOMPLETE || c == GtkCode.CERT_DUPLICATE) {
          codes.add(InfoGtkStatusCode.NOT_CERTIFIED);
        } else if (c == GtkCode.RETIREMENT_AGE) {
          codes.add(InfoGtkStatusCode.RETIREMENT_AGE);
        }
      }
      if (known && p.sertifikasi().isEmpty()) {
        codes.add(InfoGtkStatusCode.NOT_CERTIFIED);
      }

      ImmutableTeacherAssessment.Builder b = ImmutableTeacherAssessment.builder()
          .ptkId(p.ptkId())
          .maskedName(p.maskedNama())
          .jenisPtkId(p.jenisPtk().map(j -> j.id()))
          .induk(p.induk())
          .status(blocker || !codes.isEmpty() ? GtkStatus.NOT_VALID : GtkStatus.VALID)
          .codes(codes)
          .loadEvaluation(load.evaluation())
          .dutiesKnown(load.dutiesKnown())
          .load(load)
          .findings(own);
      if (evaluated) {
        b.recognisedJtm(load.recognisedJtm()).jjmCategory(load.jjmCategory());
      }
      if (known) {
        b.certified(!p.sertifikasi().isEmpty());
      }
      linearJtm(p, load, known, linearity, jenjang).ifPresent(b::linearJtm);
      teachers.add(b.build());
    }
    return ImmutableGtkAssessment.builder()
        .teachers(teachers)
        .referenceDate(ctx.referenceDate())
        .profile(ctx.profile().name())
        .ptkSupplementKnown(known)
        .findings(sorted)
        .notEvaluated(notEvaluated)
        .build();
  }

  private static Optional<Integer> linearJtm(Ptk p, BebanKerja load, boolean known, LinearityTable linearity,
      Jenjang jenjang) {
    if (!known || p.sertifikasi().isEmpty() || load.evaluation() != LoadEvaluation.EVALUATED) {
      return Optional.empty();
    }
    List<String> fields = new ArrayList<>();
    for (Sertifikasi s : p.sertifikasi()) {
      String f = LinearityTable.normalizeField(s.bidangStudiSertifikasi().orElse(""));
      if (f.isEmpty()) {
        return Optional.empty();
      }
      fields.add(f);
    }
    if (!linearity.knowsAll(fields)) {
      return Optional.empty();
    }
    return Optional.of(linearity.linearTeachingJtm(load, fields, jenjang) + load.dutyJtm());
  }
}
