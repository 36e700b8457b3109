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

  /**
   * @param loads {@code BebanKerja.forSchool(ctx)}
   */
  static GtkAssessment build(
      RuleContext ctx,
      LinearityTable linearity,
      Map<String, BebanKerja> loads,
      List<Finding> findings,
      List<NotEvaluated> notEvaluated) {
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

      ImmutableTeacherAssessment.Builder b =
          ImmutableTeacherAssessment.builder()
              .ptkId(p.ptkId())
              .maskedName(p.maskedNama())
              .jenisPtkId(p.jenisPtk().map(j -> j.id()))
              .induk(p.induk())
              .status(blocker || !codes.isEmpty() ? GtkStatus.NOT_VALID : GtkStatus.VALID)
              .codes(codes)
              .loadEvaluation(load.evaluation())
              .dutiesKnown(load.dutiesKnown())
              .bebanKerja(load)
              .findings(own);
      if (evaluated) {
        b.recognisedJtm(load.recognisedJtm()).jjmCategory(load.jjmCategory());
      }
      if (known) {
        b.certified(!p.sertifikasi().isEmpty());
      }
      linearJtm(p, load, known, linearity, jenjang).ifPresent(b::linearJtm);
      b.blocks(blocks(p, load, known, own, codes, notEvaluated));
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

  /**
   * The seven blocks: NOT_VALID on a blocker or a predicted code, else NOT_EVALUATED when the
   * block's input is missing.
   */
  private static List<BlockVerdict> blocks(
      Ptk p,
      BebanKerja load,
      boolean known,
      List<Finding> own,
      Set<InfoGtkStatusCode> codes,
      List<NotEvaluated> notEvaluated) {
    List<BlockVerdict> out = new ArrayList<>();
    for (VerificationBlock block : VerificationBlock.values()) {
      Set<String> deciding = new LinkedHashSet<>();
      Set<String> other = new LinkedHashSet<>();
      for (Finding f : own) {
        if (VerificationBlock.ofCode(f.code()).orElse(null) != block) {
          continue;
        }
        if (f.severity() == Severity.BLOCKER || decidedByStatusCode(block, f.code(), codes)) {
          deciding.add(f.code());
        } else {
          other.add(f.code());
        }
      }
      other.removeAll(deciding);
      Set<String> unevaluated = new LinkedHashSet<>();
      for (NotEvaluated n : notEvaluated) {
        if (VerificationBlock.ofCode(n.code()).orElse(null) == block
            && n.subject()
                .map(s -> s.kind() == SubjectKind.PTK && s.id().equals(p.ptkId()))
                .orElse(false)) {
          unevaluated.add(n.code());
        }
      }
      if (block == VerificationBlock.BEBAN_MENGAJAR
          && load.evaluation() != LoadEvaluation.EVALUATED) {
        unevaluated.add(GtkCode.LOAD_BELOW_MIN.code());
      }
      if (block == VerificationBlock.KELULUSAN_SERTIFIKASI && !known) {
        unevaluated.add(GtkCode.CERT_INCOMPLETE.code());
      }
      if (block == VerificationBlock.USIA && p.tanggalLahir().isEmpty()) {
        unevaluated.add(GtkCode.RETIREMENT_AGE.code());
      }
      boolean notCertified =
          block == VerificationBlock.KELULUSAN_SERTIFIKASI && known && p.sertifikasi().isEmpty();
      BlockStatus status;
      List<String> decidingCodes;
      if (!deciding.isEmpty() || notCertified) {
        status = BlockStatus.NOT_VALID;
        decidingCodes = List.copyOf(deciding);
      } else if (!unevaluated.isEmpty()) {
        status = BlockStatus.NOT_EVALUATED;
        decidingCodes = List.copyOf(unevaluated);
      } else {
        status = BlockStatus.VALID;
        decidingCodes = List.of();
      }
      out.add(
          ImmutableBlockVerdict.builder()
              .block(block)
              .status(status)
              .codes(decidingCodes)
              .otherCodes(other)
              .build());
    }
    return out;
  }

  /**
   * A warning that still decides a block: the load below the minimum (code 02) for an uncertified
   * teacher.
   */
  private static boolean decidedByStatusCode(
      VerificationBlock block, String code, Set<InfoGtkStatusCode> codes) {
    return block == VerificationBlock.BEBAN_MENGAJAR
        && code.equals(GtkCode.LOAD_BELOW_MIN.code())
        && codes.contains(InfoGtkStatusCode.LOAD_BELOW_MIN);
  }

  private static Optional<Integer> linearJtm(
      Ptk p, BebanKerja load, boolean known, LinearityTable linearity, Jenjang jenjang) {
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
