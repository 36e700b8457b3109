package id.sinkron.arkas.rules;

import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.Subject;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Masking;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One active student as the count sees it: every criterion evaluated once. Mutable only while
 * {@link BospCounter} builds it (identity key, duplicate flags, keeper, reasons); read-only
 * afterwards.
 */
final class Student {
  final PesertaDidik pd;

  /** Position in {@code getPesertaDidik} (first row of the id). */
  final int order;

  final boolean entryDateUnknown;
  final boolean afterCutOff;
  final List<IdentifierProblem> nisnProblems;

  /** The normalised NISN when valid, else null. */
  final String nisn;

  final List<IdentifierProblem> nikProblems;

  /** The normalised NIK when valid, else null. */
  final String nik;

  final List<Rombel> classRombels;

  /** Age on the cut-off date; empty without tanggal lahir. */
  final Optional<Period> ageAtCutOff;

  /** True when an age band applies, the birth date is known and the age is outside the band. */
  final boolean outsideBand;

  final Optional<Integer> tingkat;

  /**
   * Normalised nama + tanggal lahir + nama ibu, or null when one of them is missing — or when no
   * other active student has the same birth date (the key could then match no one, so it is not
   * computed).
   */
  String identityKey;

  boolean nisnShared;
  boolean nikShared;
  boolean identityShared;

  /** For a non-kept member of a duplicate group: the member that is counted instead. */
  Student keptInstead;

  final Set<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);

  Student(
      PesertaDidik pd,
      int order,
      boolean entryDateUnknown,
      boolean afterCutOff,
      List<IdentifierProblem> nisnProblems,
      String nisn,
      List<IdentifierProblem> nikProblems,
      String nik,
      List<Rombel> classRombels,
      Optional<Period> ageAtCutOff,
      boolean outsideBand,
      Optional<Integer> tingkat) {
    this.pd = pd;
    this.order = order;
    this.entryDateUnknown = entryDateUnknown;
    this.afterCutOff = afterCutOff;
    this.nisnProblems = nisnProblems;
    this.nisn = nisn;
    this.nikProblems = nikProblems;
    this.nik = nik;
    this.classRombels = classRombels;
    this.ageAtCutOff = ageAtCutOff;
    this.outsideBand = outsideBand;
    this.tingkat = tingkat;
  }

  /** Every criterion except "not a duplicate" is met: the student would count if unique. */
  boolean otherwiseCountable() {
    return !afterCutOff && nisn != null && !classRombels.isEmpty() && !outsideBand;
  }

  boolean countable() {
    return reasons.isEmpty();
  }

  String id() {
    return pd.pesertaDidikId();
  }

  Subject subject() {
    return Subject.pd(pd);
  }

  String maskedName() {
    return Masking.maskName(pd.nama());
  }

  /** The NISN as given, masked; empty when none was given. */
  Optional<String> maskedNisn() {
    return pd.nisn().filter(s -> !s.isBlank()).map(Masking::maskIdentifier);
  }

  /** The NIK as given, masked; empty when none was given. */
  Optional<String> maskedNik() {
    return pd.nik().filter(s -> !s.isBlank()).map(Masking::maskIdentifier);
  }

  /** Sort key of the keeper choice: entry date, unknown last. */
  LocalDate entryOrMax() {
    return pd.tanggalMasukSekolah().orElse(LocalDate.MAX);
  }
}
