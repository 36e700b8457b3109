package id.sinkron.gtk;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.check.SchoolIndex;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.TugasTambahan;
import id.sinkron.profile.DutyCategory;
import id.sinkron.profile.DutyRule;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Computes {@link BebanKerja}; stateless. */
final class LoadCalculator {
  private LoadCalculator() {}

  /** The per-school cache key of {@link #forSchool}. */
  static final DerivedKey<Map<String, BebanKerja>> LOADS = DerivedKey.of("gtk.loads");

  /** Teaching rows and wali rombel of every PTK, from one pass over the rombel. */
  private static final class Collected {
    final Map<String, List<TeachingHours>> teaching = new HashMap<>();
    final Map<String, List<Rombel>> wali = new HashMap<>();
  }

  static BebanKerja of(RuleContext ctx, Ptk ptk) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(ptk, "ptk");
    Collected c = collect(ctx);
    return build(ctx, ptk, c);
  }

  static Map<String, BebanKerja> forSchool(RuleContext ctx) {
    Objects.requireNonNull(ctx, "ctx");
    Collected c = collect(ctx);
    Map<String, BebanKerja> out = new LinkedHashMap<>();
    for (Ptk p : ctx.snapshot().ptk()) {
      if (p.isTeacher() && !out.containsKey(p.ptkId())) {
        out.put(p.ptkId(), build(ctx, p, c));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Collected collect(RuleContext ctx) {
    SchoolIndex index = ctx.index();
    CurriculumAllocation curriculum = CurriculumAllocation.of(ctx);
    Collected c = new Collected();
    for (Rombel r : ctx.snapshot().rombel()) {
      Optional<HoursExclusion> reason = exclusion(r, index);
      for (Pembelajaran p : r.pembelajaran()) {
        Optional<String> ptkId = index.teacherOf(p).map(Ptk::ptkId).or(p::ptkId);
        if (ptkId.isEmpty()) {
          continue;
        }
        c.teaching
            .computeIfAbsent(ptkId.get(), k -> new ArrayList<>())
            .add(
                ImmutableTeachingHours.builder()
                    .pembelajaranId(p.pembelajaranId())
                    .rombonganBelajarId(r.rombonganBelajarId())
                    .rombelNama(r.nama())
                    .mataPelajaranId(p.mataPelajaranId())
                    .namaMataPelajaran(p.namaMataPelajaran())
                    .jtm(Math.max(0, p.jamMengajarPerMinggu().orElse(0)))
                    .subMapel(p.indukPembelajaranId().isPresent())
                    .excluded(reason)
                    .curriculumMaxJtm(optional(curriculum.maxJtm(p.pembelajaranId())))
                    .aboveCurriculumJtm(curriculum.lostJtm(p.pembelajaranId()))
                    .build());
      }
      if (r.isClass() && index.isActiveSemester(r) && r.ptkId().isPresent()) {
        c.wali.computeIfAbsent(r.ptkId().get(), k -> new ArrayList<>()).add(r);
      }
    }
    return c;
  }

  /** Why a rombel's hours do not count, in the order of {@link HoursExclusion}. */
  static Optional<HoursExclusion> exclusion(Rombel r, SchoolIndex index) {
    if (r.jenisRombel().isEkstrakurikuler()) {
      return Optional.of(HoursExclusion.EKSTRAKURIKULER);
    }
    if (!index.isActiveSemester(r)) {
      return Optional.of(HoursExclusion.INACTIVE_SEMESTER);
    }
    if (!r.isClass() && !r.jenisRombel().isElective()) {
      return Optional.of(HoursExclusion.NOT_CLASS_ROMBEL);
    }
    if (r.anggotaRombel().isEmpty()) {
      return Optional.of(HoursExclusion.EMPTY_ROMBEL);
    }
    return Optional.empty();
  }

  private static BebanKerja build(RuleContext ctx, Ptk ptk, Collected c) {
    RegulationProfile profile = ctx.profile();
    LocalDate date = ctx.referenceDate();
    boolean dutiesKnown = ctx.snapshot().ptkSupplementKnown();
    List<TeachingHours> teaching = c.teaching.getOrDefault(ptk.ptkId(), List.of());

    int counted = 0;
    int excluded = 0;
    int aboveCurriculum = 0;
    for (TeachingHours t : teaching) {
      if (t.counted()) {
        counted += t.jtm();
        aboveCurriculum += t.jtm() - t.recognisedJtm();
      } else {
        excluded += t.jtm();
      }
    }
    int withinCurriculum = counted - aboveCurriculum;
    int recognisedTeaching = Math.min(withinCurriculum, profile.maxJtm());

    List<DutyEquivalent> duties = new ArrayList<>();
    int ks = 0;
    int main = 0;
    int mainCount = 0;
    int waliCounted = 0;
    int otherCounted = 0;
    int otherClaimed = 0;
    int cap = profile.otherDutyCap();

    // Wali kelas: an "other" duty derived from the rombel, counted once, first within the cap.
    boolean waliDone = false;
    for (Rombel r : c.wali.getOrDefault(ptk.ptkId(), List.of())) {
      int claimed = profile.waliKelasJtm();
      DutyOutcome outcome;
      int add = 0;
      if (!ptk.induk()) {
        outcome = DutyOutcome.NOT_AT_INDUK;
      } else if (r.anggotaRombel().isEmpty()) {
        outcome = DutyOutcome.EMPTY_ROMBEL;
      } else if (waliDone) {
        outcome = DutyOutcome.ALREADY_COUNTED;
      } else {
        waliDone = true;
        otherClaimed += claimed;
        add = Math.min(claimed, Math.max(0, cap - waliCounted - otherCounted));
        waliCounted += add;
        outcome = add < claimed ? DutyOutcome.CAPPED : DutyOutcome.COUNTED;
      }
      duties.add(
          ImmutableDutyEquivalent.builder()
              .kind(DutyKind.WALI_KELAS)
              .nama(r.nama())
              .category(DutyCategory.OTHER)
              .rombonganBelajarId(r.rombonganBelajarId())
              .claimedJtm(claimed)
              .countedJtm(add)
              .outcome(outcome)
              .build());
    }

    if (!dutiesKnown && kepalaSekolahByJabatan(ptk, profile)) {
      // getGtk's jabatan_ptk_id names the kepala sekolah position; the supplement, when given, wins
      DutyOutcome outcome = ptk.induk() ? DutyOutcome.COUNTED : DutyOutcome.NOT_AT_INDUK;
      ks = ptk.induk() ? profile.minJtm() : 0;
      String id = ptk.jabatanPtkId().get();
      duties.add(
          ImmutableDutyEquivalent.builder()
              .kind(DutyKind.JABATAN_PTK)
              .jabatanPtkId(id)
              .nama(profile.duty(id).map(DutyRule::nama).orElse(id))
              .category(DutyCategory.KEPALA_SEKOLAH)
              .claimedJtm(profile.minJtm())
              .countedJtm(ks)
              .outcome(outcome)
              .build());
    }

    if (dutiesKnown) {
      boolean ksDone = false;
      for (TugasTambahan t : ptk.tugasTambahan()) {
        Optional<DutyRule> rule = profile.duty(t.jabatanPtkId());
        Optional<DutyCategory> category = rule.map(DutyRule::category);
        int claimed =
            rule.map(d -> d.category() == DutyCategory.KEPALA_SEKOLAH ? profile.minJtm() : d.jtm())
                .orElse(0);
        int add = 0;
        DutyOutcome outcome;
        if (!ptk.induk()) {
          outcome = DutyOutcome.NOT_AT_INDUK;
        } else if (t.nomorSk().map(String::isBlank).orElse(true) || t.tmtTambahan().isEmpty()) {
          outcome = DutyOutcome.INCOMPLETE;
        } else if (t.tmtTambahan().get().isAfter(date)) {
          outcome = DutyOutcome.NOT_YET_ACTIVE;
        } else if (!t.isActiveOn(date)) {
          outcome = DutyOutcome.ENDED;
        } else if (category.isEmpty()) {
          outcome = DutyOutcome.UNKNOWN_JABATAN;
        } else {
          switch (category.get()) {
            case KEPALA_SEKOLAH:
              if (ksDone) {
                outcome = DutyOutcome.ALREADY_COUNTED;
              } else {
                ksDone = true;
                add = claimed;
                ks += add;
                outcome = DutyOutcome.COUNTED;
              }
              break;
            case MAIN:
              if (mainCount >= profile.maxMainDuties()) {
                outcome = DutyOutcome.MAIN_DUTY_LIMIT;
              } else {
                mainCount++;
                add = claimed;
                main += add;
                outcome = DutyOutcome.COUNTED;
              }
              break;
            case OTHER:
              otherClaimed += claimed;
              add = Math.min(claimed, Math.max(0, cap - waliCounted - otherCounted));
              otherCounted += add;
              outcome = add < claimed ? DutyOutcome.CAPPED : DutyOutcome.COUNTED;
              break;
            default:
              outcome = DutyOutcome.NO_EQUIVALENT;
              break;
          }
        }
        duties.add(
            ImmutableDutyEquivalent.builder()
                .kind(DutyKind.TUGAS_TAMBAHAN)
                .jabatanPtkId(t.jabatanPtkId())
                .nama(rule.map(DutyRule::nama).orElse(t.jabatanPtkId()))
                .category(category)
                .claimedJtm(claimed)
                .countedJtm(add)
                .outcome(outcome)
                .build());
      }
    }

    int recognised = recognisedTeaching + ks + main + waliCounted + otherCounted;
    return ImmutableBebanKerja.builder()
        .ptkId(ptk.ptkId())
        .induk(ptk.induk())
        .dutiesKnown(dutiesKnown)
        .evaluation(evaluation(ptk, dutiesKnown))
        .teaching(teaching)
        .duties(duties)
        .minJtm(profile.minJtm())
        .maxJtm(profile.maxJtm())
        .teachingJtm(counted)
        .excludedJtm(excluded)
        .aboveCurriculumJtm(aboveCurriculum)
        .recognisedTeachingJtm(recognisedTeaching)
        .excessTeachingJtm(withinCurriculum - recognisedTeaching)
        .kepalaSekolahJtm(ks)
        .mainDutyJtm(main)
        .waliKelasJtm(waliCounted)
        .otherDutyJtm(otherCounted)
        .otherDutyAndWaliClaimedJtm(otherClaimed)
        .otherDutyExcessJtm(otherClaimed - waliCounted - otherCounted)
        .jjmCategory(profile.jjmCategory(recognised))
        .build();
  }

  static LoadEvaluation evaluation(Ptk ptk, boolean dutiesKnown) {
    if (!ptk.induk()) {
      return LoadEvaluation.NOT_INDUK;
    }
    if (ptk.jenisPtk().map(JenisPtk::isGuruBk).orElse(false)) {
      return LoadEvaluation.GURU_BK;
    }
    if (!dutiesKnown
        && ptk.jabatanPtkId().isEmpty()
        && ptk.jenisPtk().map(JenisPtk::isKepalaSekolah).orElse(false)) {
      return LoadEvaluation.KEPALA_SEKOLAH_DUTIES_UNKNOWN;
    }
    return LoadEvaluation.EVALUATED;
  }

  /**
   * @return whether getGtk's {@code jabatan_ptk_id} names a kepala sekolah position in the
   *     profile's table
   */
  static boolean kepalaSekolahByJabatan(Ptk ptk, RegulationProfile profile) {
    return ptk.jabatanPtkId()
        .flatMap(profile::duty)
        .map(DutyRule::category)
        .filter(c -> c == DutyCategory.KEPALA_SEKOLAH)
        .isPresent();
  }

  private static Optional<Integer> optional(java.util.OptionalInt v) {
    return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
  }
}
