package id.sinkron.testkit;

import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.Jenjang;
import id.sinkron.model.StatusKepegawaian;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies {@link Defect}s to a draft. Each defect changes as little as possible so that the school
 * yields exactly the defect's codes, and picks a person or rombel no earlier defect used.
 */
final class DefectInjector {
  private final Base base;
  private final Drafts.School s;
  private final Set<Object> used = new HashSet<>();

  DefectInjector(Base base, Drafts.School school) {
    this.base = base;
    this.s = school;
  }

  // ------------------------------------------------------------------ pickers

  private boolean hasDuties(Drafts.Ptk t) {
    return !t.duties.isEmpty();
  }

  /**
   * An induk teacher (not kepala sekolah) with pembelajaran, preferring no duties and no wali role.
   */
  private Drafts.Ptk teacher(Predicate<Drafts.Ptk> must) {
    List<Drafts.Ptk> c = new ArrayList<>();
    for (boolean reuse : new boolean[] {false, true}) {
      for (Drafts.Ptk t : s.ptk) {
        boolean teacherRole =
            t.role == Drafts.Role.SUBJECT
                || t.role == Drafts.Role.MIXED
                || t.role == Drafts.Role.GURU_KELAS;
        if (teacherRole
            && t.induk
            && (reuse || !used.contains(t))
            && !base.pembOf(t).isEmpty()
            && must.test(t)) {
          c.add(t);
        }
      }
      if (!c.isEmpty()) {
        break;
      }
    }
    Drafts.Ptk pick =
        c.stream()
            .min(
                Comparator.comparingInt(
                    (Drafts.Ptk t) -> (hasDuties(t) ? 2 : 0) + (base.isWali(t) ? 1 : 0)))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no teacher fits this defect in a school this small"));
    used.add(pick);
    return pick;
  }

  private Drafts.Ptk anyTeacher() {
    return teacher(t -> true);
  }

  /** A certified teacher; certifies a single-field teacher when none is certified yet. */
  private Drafts.Ptk certifiedTeacher() {
    if (s.ptk.stream()
            .noneMatch(
                t ->
                    t.certified()
                        && !used.contains(t)
                        && t.role != Drafts.Role.KEPALA_SEKOLAH
                        && t.induk
                        && !base.pembOf(t).isEmpty())
        && s.ptk.stream()
            .anyMatch(
                t ->
                    !used.contains(t)
                        && t.role != Drafts.Role.KEPALA_SEKOLAH
                        && t.induk
                        && !base.pembOf(t).isEmpty()
                        && singleField(t))) {
      Drafts.Ptk t = teacher(this::singleField);
      base.certify(t, base.pembOf(t).get(0).certField);
      return t;
    }
    if (s.ptk.stream()
        .anyMatch(
            t ->
                t.certified()
                    && t.role != Drafts.Role.KEPALA_SEKOLAH
                    && t.induk
                    && !base.pembOf(t).isEmpty())) {
      return teacher(Drafts.Ptk::certified);
    }
    Drafts.Ptk t = anyTeacher();
    String field = base.pembOf(t).get(0).certField;
    base.certify(t, field == null ? "180" : field);
    return t;
  }

  private boolean singleField(Drafts.Ptk t) {
    List<Drafts.Pemb> p = base.pembOf(t);
    String f = p.get(0).certField;
    return f != null && p.stream().allMatch(x -> f.equals(x.certField));
  }

  /** An uncertified teacher; drops a certification when every teacher is certified. */
  private Drafts.Ptk uncertifiedTeacher(Predicate<Drafts.Ptk> must) {
    if (s.ptk.stream()
        .anyMatch(
            t ->
                !t.certified()
                    && must.test(t)
                    && !used.contains(t)
                    && t.role != Drafts.Role.KEPALA_SEKOLAH
                    && t.role != Drafts.Role.OPERATOR
                    && !base.pembOf(t).isEmpty())) {
      return teacher(t -> !t.certified() && must.test(t));
    }
    Drafts.Ptk t = teacher(must);
    t.certField = null;
    t.certNumber = null;
    t.certYear = null;
    t.nrg = null;
    return t;
  }

  private Drafts.Ptk kepsek() {
    return s.ptk.stream()
        .filter(t -> t.role == Drafts.Role.KEPALA_SEKOLAH)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("the kepala sekolah was removed by another defect"));
  }

  private Drafts.Rombel classRombel(Predicate<Drafts.Rombel> must) {
    Drafts.Rombel r =
        s.rombel.stream()
            .filter(
                x ->
                    x.jenis.isClass()
                        && s.semesterId.equals(x.semesterId)
                        && !used.contains(x)
                        && must.test(x))
            .findFirst()
            .or(
                () ->
                    s.rombel.stream()
                        .filter(
                            x ->
                                x.jenis.isClass()
                                    && s.semesterId.equals(x.semesterId)
                                    && must.test(x))
                        .findFirst())
            .orElseThrow(() -> new IllegalStateException("no rombel fits this defect"));
    used.add(r);
    return r;
  }

  private Drafts.Pd student(Predicate<Drafts.Pd> must) {
    Drafts.Pd p =
        s.pd.stream()
            .filter(x -> !used.contains(x) && x.rombel != null && must.test(x))
            .findFirst()
            .or(() -> s.pd.stream().filter(x -> x.rombel != null && must.test(x)).findFirst())
            .orElseThrow(() -> new IllegalStateException("no student fits this defect"));
    used.add(p);
    return p;
  }

  private Drafts.Pd student() {
    return student(x -> true);
  }

  /** A wali kelas who has a user account, other than {@code not}. */
  private String waliWithAccount(String not) {
    return s.rombel.stream()
        .map(r -> r.wali)
        .filter(
            w -> w != null && !w.equals(not) && s.users.stream().anyMatch(u -> w.equals(u.ptkId)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no wali with an account"));
  }

  private boolean hasMapel(Drafts.Rombel r, String mapel) {
    return r.pemb.stream().anyMatch(p -> mapel.equals(p.mapelId));
  }

  /** A local-content subject the rombel does not have yet, or null. */
  private Curriculum.Subject extra(Drafts.Rombel r) {
    return Curriculum.EXTRAS.stream()
        .filter(x -> !hasMapel(r, x.mapelId()))
        .findFirst()
        .orElse(null);
  }

  /**
   * Adds a local-content pembelajaran to the first of {@code candidates} (else any class rombel)
   * that lacks one.
   */
  private Drafts.Pemb addExtra(List<Drafts.Rombel> candidates, Drafts.Ptk teacher, int hours) {
    List<Drafts.Rombel> all = new ArrayList<>(candidates);
    s.rombel.stream()
        .filter(x -> x.jenis.isClass() && s.semesterId.equals(x.semesterId))
        .forEach(all::add);
    Drafts.Rombel r =
        all.stream()
            .filter(x -> extra(x) != null)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no rombel without local-content subjects left"));
    Drafts.Pemb p = base.newPemb(r, extra(r), hours);
    base.teach(teacher, p);
    return p;
  }

  private void removePemb(Drafts.Pemb p) {
    p.rombel.pemb.remove(p);
  }

  private Drafts.Ptk extraTeacher() {
    Drafts.Ptk t =
        base.newPtk(
            Drafts.Role.SUBJECT, JenisPtk.GURU_MAPEL, Curriculum.MULOK.bidangStudi(), 26, 50);
    t.status = StatusKepegawaian.GURU_HONOR_SEKOLAH;
    t.nip = null;
    s.ptk.add(t);
    used.add(t);
    return t;
  }

  private Drafts.Duty duty(String jabatan) {
    return new Drafts.Duty(jabatan, base.sk("TGS"), base.startOfYear);
  }

  /**
   * A new ekskul rombel (jenis 51) with a pembina who is a wali with an account, a room and two
   * members.
   */
  private Drafts.Rombel ekskul() {
    Drafts.Rombel r = base.newRombel(base.jenjang.minTingkat(), " EKSKUL");
    r.jenis = JenisRombel.EKSTRAKURIKULER;
    r.kurikulum = null;
    r.jurusan = null;
    r.wali = waliWithAccount(null);
    r.ruang = base.ids.uuid();
    for (Drafts.Pd p : List.of(student(), student())) {
      r.members.add(new Drafts.Member(base.ids.uuid(), p.id));
    }
    s.rombel.add(r);
    used.add(r);
    return r;
  }

  private Drafts.Rombel newClassRombel(int tingkat, String suffix) {
    Drafts.Rombel r = base.newRombel(tingkat, suffix);
    s.rombel.add(r);
    used.add(r);
    return r;
  }

  private void makePns(Drafts.Ptk t) {
    if (!t.status.isPnsOrCpns()) {
      t.status = StatusKepegawaian.PNS;
      base.renewNip(t);
    }
  }

  private void makeHonorer(Drafts.Ptk t) {
    t.status = StatusKepegawaian.GURU_HONOR_SEKOLAH;
    t.nip = null;
  }

  // ------------------------------------------------------------------ defects

  void apply(Defect d) {
    switch (d) {
      case PTK_WITHOUT_NIK:
        anyTeacher().nik = null;
        break;
      case PTK_NIK_MALFORMED:
        {
          Drafts.Ptk t = teacher(x -> x.nik != null);
          t.nik = t.nik.substring(0, 15);
          break;
        }
      case PTK_NIK_BIRTH_DATE_MISMATCH:
        {
          Drafts.Ptk t = anyTeacher();
          LocalDate other =
              t.lahir.getDayOfMonth() < 28 ? t.lahir.plusDays(1) : t.lahir.minusDays(1);
          t.nik = base.ids.nik(s.provinceKemendagri, s.regency, other, t.sex);
          break;
        }
      case PTK_NIK_DUPLICATE:
        {
          Drafts.Ptk a = teacher(x -> x.nik != null);
          Drafts.Ptk b = anyTeacher();
          b.sex = a.sex;
          b.lahir = a.lahir;
          b.nik = a.nik;
          base.renewNip(b);
          break;
        }
      case TEACHER_WITHOUT_NUPTK:
      case ERAPOR_TEACHER_WITHOUT_NUPTK:
        anyTeacher().nuptk = null;
        break;
      case TEACHER_NUPTK_MALFORMED:
        {
          Drafts.Ptk t = teacher(x -> x.nuptk != null);
          t.nuptk = t.nuptk.substring(0, 15);
          break;
        }
      case TEACHER_NUPTK_DUPLICATE:
        {
          Drafts.Ptk a = teacher(x -> x.nuptk != null);
          anyTeacher().nuptk = a.nuptk;
          break;
        }
      case TEACHER_NUPTK_TEMPORARY:
        {
          Drafts.Ptk t = teacher(x -> x.nuptk != null);
          t.nuptk = "9999" + t.nuptk.substring(4);
          break;
        }
      case HOURS_ABOVE_CURRICULUM:
        {
          String mapel =
              base.jenjang == Jenjang.SD
                  ? Curriculum.GURU_KELAS_SD.mapelId()
                  : Curriculum.INDONESIA_ID;
          Drafts.Pemb p =
              s.rombel.stream()
                  .filter(
                      r ->
                          r.jenis.isClass()
                              && r.tingkat != null
                              && r.tingkat == base.firstTingkat()
                              && s.semesterId.equals(r.semesterId)
                              && !r.members.isEmpty())
                  .flatMap(r -> r.pemb.stream())
                  .filter(x -> mapel.equals(x.mapelId) && x.jam != null)
                  .findFirst()
                  .orElseThrow(() -> new IllegalStateException("no pembelajaran of " + mapel));
          p.jam += 2;
          break;
        }
      case PNS_NIP_MALFORMED:
        {
          Drafts.Ptk t = anyTeacher();
          makePns(t);
          if (t.nip == null || t.nip.length() < 17) {
            base.renewNip(t);
          }
          t.nip = t.nip.substring(0, 17);
          break;
        }
      case NIP_BIRTH_DATE_MISMATCH:
        {
          Drafts.Ptk t = anyTeacher();
          makePns(t);
          LocalDate other =
              t.lahir.getDayOfMonth() < 28 ? t.lahir.plusDays(1) : t.lahir.minusDays(1);
          t.nip = base.ids.nipPns(other, t.sex, t.lahir.getYear() + 25, 3);
          break;
        }
      case TEACHER_BELOW_MINIMUM_LOAD:
        {
          int max = base.profile.minJtm() - 3;
          // at or above the face-to-face minimum where the profile has one, so only the load is
          // short
          int min =
              Math.max(base.profile.minJtmAtInduk(), base.profile.minTatapMukaJtm().orElse(0));
          Drafts.Ptk t = teacher(x -> x.duties.isEmpty() && keepable(x, min, max));
          keepBetween(t, min, max);
          break;
        }
      case TEACHER_BELOW_FACE_TO_FACE_MINIMUM:
        {
          int min = base.profile.minJtmAtInduk();
          int max = base.profile.minTatapMukaJtm().orElse(base.profile.minJtm() - 3) - 1;
          Drafts.Ptk t = teacher(x -> x.duties.isEmpty() && keepable(x, min, max));
          keepBetween(t, min, max);
          break;
        }
      case EMPTY_ELECTIVE_ROMBEL_WITH_HOURS:
        {
          Drafts.Rombel e = base.newRombel(base.firstTingkat(), " PILIHAN KOSONG");
          e.jenis = JenisRombel.MAPEL_PILIHAN;
          s.rombel.add(e);
          used.add(e);
          Drafts.Ptk t = uncertifiedTeacher(x -> base.teaching(x) <= 36);
          base.teach(t, base.newPemb(e, Curriculum.MULOK, 2));
          break;
        }
      case PTK_WITHOUT_JENIS_PTK:
        {
          Drafts.Ptk t =
              s.ptk.stream()
                  .filter(x -> x.role == Drafts.Role.OPERATOR && !used.contains(x))
                  .findFirst()
                  .orElseThrow(() -> new IllegalStateException("no operator"));
          used.add(t);
          t.jenis = null;
          break;
        }
      case SECOND_MAIN_DUTY:
        {
          Drafts.Ptk t =
              s.ptk.stream()
                  .filter(
                      x ->
                          x.duties.stream()
                              .anyMatch(y -> y.jabatan.equals(Base.JABATAN_WAKASEK_KURIKULUM)))
                  .filter(x -> !used.contains(x))
                  .findFirst()
                  .orElse(null);
          if (t == null) {
            t =
                teacher(
                    x ->
                        x.duties.stream()
                            .noneMatch(y -> y.jabatan.equals(Base.JABATAN_KEPALA_PERPUSTAKAAN)));
            t.duties.add(duty(Base.JABATAN_WAKASEK_KURIKULUM));
          }
          used.add(t);
          t.duties.add(duty(Base.JABATAN_KEPALA_PERPUSTAKAAN));
          break;
        }
      case TEACHER_ABOVE_MAXIMUM_LOAD:
        {
          // extra local-content subjects (2 JTM each, within their allocation) in rombel after
          // rombel, so
          // the hours are above the maximum without exceeding any curriculum allocation
          // (when the extras run out, in a school with many defects, hours are added to the
          // teacher's rows)
          Drafts.Ptk t = uncertifiedTeacher(x -> true);
          for (int i = 0; base.teaching(t) <= base.profile.maxJtm() + 1; i++) {
            boolean extraLeft =
                s.rombel.stream()
                    .anyMatch(
                        x ->
                            x.jenis.isClass()
                                && s.semesterId.equals(x.semesterId)
                                && extra(x) != null);
            if (extraLeft) {
              addExtra(List.of(), t, 2);
            } else {
              List<Drafts.Pemb> p = base.pembOf(t);
              p.get(i % p.size()).jam++;
            }
          }
          break;
        }
      case TEACHER_LOW_LOAD_AT_INDUK:
        {
          int max = base.profile.minJtmAtInduk() - 1;
          Drafts.Ptk t =
              s.ptk.stream()
                  .filter(
                      x ->
                          x.duties.stream()
                              .anyMatch(y -> y.jabatan.equals(Base.JABATAN_WAKASEK_KURIKULUM)))
                  .filter(x -> !used.contains(x) && keepable(x, 6, max))
                  .findFirst()
                  .orElse(null);
          if (t == null) {
            t = teacher(x -> x.duties.isEmpty() && keepable(x, 6, max));
            t.duties.add(duty(Base.JABATAN_KEPALA_PERPUSTAKAAN));
          }
          used.add(t);
          keepBetween(t, 6, max);
          int need =
              base.profile.minJtm()
                  - base.profile.duty(Base.JABATAN_WAKASEK_KURIKULUM).get().jtm()
                  - base.teaching(t)
                  - (base.isWali(t) ? base.profile.waliKelasJtm() : 0);
          for (String j : List.of(Base.JABATAN_OSIS, Base.JABATAN_PRAMUKA, Base.JABATAN_PIKET)) {
            if (need > 0) {
              t.duties.add(duty(j));
              need -= base.profile.duty(j).get().jtm();
            }
          }
          break;
        }
      case TEACHER_WITHOUT_PEMBELAJARAN:
        extraTeacher();
        break;
      case HOURS_IN_EMPTY_ROMBEL:
      case EMPTY_ROMBEL:
        {
          Drafts.Rombel r = newClassRombel(base.firstTingkat(), "Z");
          r.wali = waliWithAccount(null);
          Drafts.Ptk t = uncertifiedTeacher(x -> base.teaching(x) <= 36);
          base.teach(t, base.newPemb(r, Curriculum.MULOK, 2));
          break;
        }
      case MAPEL_CLAIMED_TWICE:
      case DUPLICATE_PEMBELAJARAN:
        {
          Drafts.Ptk t = teacher(x -> base.teaching(x) <= 36);
          Drafts.Pemb p =
              base.pembOf(t).stream()
                  .filter(x -> x.jam != null && x.jam > 2)
                  .findFirst()
                  .orElse(base.pembOf(t).get(0));
          Drafts.Pemb dup =
              base.newPemb(
                  p.rombel, new Curriculum.Subject(p.mapelId, p.namaMapel, 2, p.certField, ""), 2);
          // keep the subject's total (and the teacher's load) as it was: within the curriculum
          // allocation
          if (p.jam != null && p.jam > 2) {
            p.jam -= 2;
          }
          base.teach(t, dup);
          break;
        }
      case TEACHER_NOT_LINEAR:
        {
          Drafts.Ptk t = certifiedTeacher();
          t.certField = Curriculum.otherField(t.certField);
          break;
        }
      case TEACHER_PARTLY_NOT_LINEAR:
        {
          Drafts.Ptk t = certifiedTeacher();
          addExtra(base.pembOf(t).stream().map(p -> p.rombel).toList(), t, 2);
          break;
        }
      case CERTIFICATE_WITHOUT_NUMBER:
        certifiedTeacher().certNumber = null;
        break;
      case CERTIFICATE_DUPLICATE:
        {
          Drafts.Ptk a = certifiedTeacher();
          if (a.certNumber == null) {
            a.certNumber =
                base.ids.certificateNumber(a.certYear, s.provinceKemendagri, a.certField);
          }
          certifiedTeacher().certNumber = a.certNumber;
          break;
        }
      case TEACHER_UNQUALIFIED:
        anyTeacher().education = "D3";
        break;
      case PTK_WITHOUT_EDUCATION_RECORD:
        anyTeacher().education = null;
        break;
      case PTK_AT_RETIREMENT_AGE:
        {
          Drafts.Ptk t = anyTeacher();
          base.setBirth(t, base.ids.birthDateForAge(base.asOf, base.profile.retirementAge() + 1));
          break;
        }
      case PTK_AGE_IMPLAUSIBLE:
        {
          Drafts.Ptk t = anyTeacher();
          makeHonorer(t);
          base.setBirth(t, base.ids.birthDateForAge(base.asOf, base.profile.ptkAgeMin() - 1));
          break;
        }
      case GTY_AT_NEGERI_SCHOOL:
        {
          Drafts.Ptk t = anyTeacher();
          t.status = StatusKepegawaian.GTY_PTY;
          t.nip = null;
          break;
        }
      case DUTY_WITHOUT_SK:
        {
          Drafts.Duty duty = duty(Base.JABATAN_PIKET);
          duty.sk = null;
          anyTeacher().duties.add(duty);
          break;
        }
      case OTHER_DUTIES_ABOVE_CAP:
        {
          Drafts.Ptk t = teacher(x -> x.duties.isEmpty());
          int total = base.isWali(t) ? base.profile.waliKelasJtm() : 0;
          for (String j :
              List.of(
                  Base.JABATAN_OSIS,
                  Base.JABATAN_PRAMUKA,
                  Base.JABATAN_EKSKUL,
                  Base.JABATAN_PIKET)) {
            if (total <= base.profile.otherDutyCap()) {
              t.duties.add(duty(j));
              total += base.profile.duty(j).get().jtm();
            }
          }
          break;
        }
      case TWO_KEPALA_SEKOLAH:
        s.ptk.add(base.newKepalaSekolah());
        break;
      case NON_INDUK_WITHOUT_SURAT_TUGAS:
        {
          Drafts.Ptk t = extraTeacher();
          t.induk = false;
          t.tanggalSuratTugas = null;
          addExtra(List.of(), t, 2);
          break;
        }

      case STUDENT_WITHOUT_ROMBEL:
      case STUDENT_OUTSIDE_ROMBEL_AT_CUTOFF:
        {
          Drafts.Pd p = student();
          leave(p);
          break;
        }
      case STUDENT_IN_TWO_ROMBEL:
        {
          Drafts.Pd p = student();
          Drafts.Rombel other = classRombel(r -> r != p.rombel && r.members.size() < base.cap);
          other.members.add(new Drafts.Member(base.ids.uuid(), p.id));
          break;
        }
      case ROMBEL_WITH_ORPHAN_MEMBER:
        classRombel(r -> r.members.size() < base.cap)
            .members
            .add(new Drafts.Member(base.ids.uuid(), base.ids.uuid()));
        break;
      case ROMBEL_WITHOUT_WALI:
        classRombel(r -> true).wali = null;
        break;
      case ROMBEL_WITH_UNKNOWN_WALI:
        classRombel(r -> true).wali = base.ids.uuid();
        break;
      case ROMBEL_WITHOUT_PEMBELAJARAN:
        {
          Drafts.Rombel from = classRombel(r -> r.members.size() >= 4);
          Drafts.Rombel r = newClassRombel(from.tingkat, "Y");
          r.wali = waliWithAccount(null);
          for (Drafts.Member m : new ArrayList<>(from.members.subList(0, 3))) {
            Drafts.Pd p =
                s.pd.stream().filter(x -> x.id.equals(m.pdId())).findFirst().orElseThrow();
            from.members.remove(m);
            base.join(p, r);
            used.add(p);
          }
          break;
        }
      case PEMBELAJARAN_WITHOUT_TEACHER:
        {
          addExtra(List.of(), null, 2);
          break;
        }
      case PEMBELAJARAN_WITH_UNKNOWN_TEACHER:
        {
          Drafts.Pemb p = addExtra(List.of(), null, 2);
          p.ptkId = base.ids.uuid();
          p.ptkTerdaftarId = base.ids.uuid();
          break;
        }
      case ROMBEL_WITH_INVALID_TINGKAT:
        classRombel(r -> true).tingkat = base.jenjang.maxTingkat() + 1;
        break;
      case ROMBEL_WITHOUT_KURIKULUM:
        classRombel(r -> true).kurikulum = null;
        break;
      case ROMBEL_FROM_OTHER_SEMESTER:
        {
          Drafts.Rombel src = classRombel(r -> true);
          Drafts.Rombel copy = new Drafts.Rombel();
          copy.id = base.ids.uuid();
          copy.nama = src.nama;
          copy.tingkat = src.tingkat;
          copy.semesterId = (base.tahunAjaran - 1) + "2";
          copy.kurikulum = src.kurikulum;
          copy.jurusan = src.jurusan;
          copy.wali = src.wali;
          src.members.forEach(m -> copy.members.add(new Drafts.Member(base.ids.uuid(), m.pdId())));
          for (Drafts.Pemb p : src.pemb) {
            Drafts.Pemb c =
                base.newPemb(
                    copy,
                    new Curriculum.Subject(p.mapelId, p.namaMapel, p.jam, p.certField, ""),
                    p.jam);
            c.ptkId = p.ptkId;
            c.ptkTerdaftarId = p.ptkTerdaftarId;
          }
          s.rombel.add(copy);
          break;
        }
      case ELECTIVE_ROMBEL_WITH_OTHER_WALI:
        {
          Drafts.Rombel from = classRombel(r -> r.members.size() >= 3 && r.wali != null);
          Drafts.Rombel e = base.newRombel(from.tingkat, " PILIHAN");
          e.jenis = JenisRombel.MAPEL_PILIHAN;
          e.wali = waliWithAccount(from.wali);
          from.members
              .subList(0, 3)
              .forEach(m -> e.members.add(new Drafts.Member(base.ids.uuid(), m.pdId())));
          s.rombel.add(e);
          s.eraporVersion = "7.0.4";
          break;
        }
      case NAME_WITH_DOUBLE_SPACE:
        {
          Drafts.Pd p = student();
          p.nama = p.nama.replaceFirst(" ", "  ");
          break;
        }
      case NISN_DUPLICATE:
      case STUDENT_NISN_DUPLICATE:
        {
          Drafts.Pd a = student();
          Drafts.Pd b = student(x -> x.lahir.getYear() == a.lahir.getYear());
          b.nisn = a.nisn;
          break;
        }
      case WALI_WITHOUT_ACCOUNT:
        {
          // a wali who is neither kepala sekolah nor bendahara BOS: only E-Rapor needs their
          // account
          Predicate<Drafts.Rombel> plainWali =
              x ->
                  x.wali != null
                      && s.ptk.stream()
                          .anyMatch(
                              t ->
                                  t.ptkId.equals(x.wali)
                                      && t.role != Drafts.Role.KEPALA_SEKOLAH
                                      && t.duties.stream()
                                          .noneMatch(
                                              u -> Base.JABATAN_BENDAHARA_BOS.equals(u.jabatan)));
          Drafts.Rombel r =
              s.rombel.stream().anyMatch(x -> x.jenis.isClass() && plainWali.test(x))
                  ? classRombel(plainWali)
                  : classRombel(x -> x.wali != null);
          String w = r.wali;
          s.users.removeIf(u -> w.equals(u.ptkId));
          break;
        }
      case OLD_DAPODIK_VERSION:
        s.dapodikVersion = "2021.a";
        break;
      case CLASS_ROMBEL_OF_JENIS_10:
        classRombel(r -> r.wali != null).jenis = JenisRombel.of("10");
        break;
      case CLASS_ROMBEL_OF_JENIS_8:
        classRombel(r -> r.wali != null).jenis = JenisRombel.of("8");
        break;
      case EKSKUL_WITHOUT_PEMBINA:
        ekskul().wali = null;
        break;
      case EKSKUL_WITH_UNKNOWN_PEMBINA:
        ekskul().wali = base.ids.uuid();
        break;
      case EKSKUL_WITHOUT_RUANG:
        ekskul().ruang = null;
        break;
      case STUDENT_WITHOUT_NIPD:
        student().nipd = null;
        break;

      case STUDENT_WITHOUT_NISN:
        student().nisn = null;
        break;
      case STUDENT_DUPLICATE:
        {
          Drafts.Pd a = student();
          Drafts.Pd b = student(x -> x.sex == a.sex);
          b.lahir = a.lahir;
          b.nik = a.nik;
          b.nisn = base.ids.nisn(b.lahir.getYear());
          break;
        }
      case STUDENT_OUTSIDE_AGE_BAND:
        {
          Drafts.Pd p = student();
          base.setBirth(p, base.ids.birthDateForAge(base.cutOff, base.band().maxYears() + 1));
          break;
        }
      case STUDENT_NIK_MISMATCH:
        {
          Drafts.Pd p =
              student(
                  x ->
                      x.nik != null
                          && x.lahir.getMonthValue() < 12
                          && x.lahir.getDayOfMonth() < 28);
          p.lahir = p.lahir.plusDays(1);
          break;
        }
      case STUDENT_NEW_IN_LATER_TINGKAT:
        {
          Drafts.Pd p =
              student(
                  x ->
                      x.rombel != null
                          && x.rombel.tingkat != null
                          && base.profile.usualAgeByTingkat().containsKey(x.rombel.tingkat)
                          && !base.profile.entryTingkat().contains(x.rombel.tingkat));
          p.tanggalMasuk = base.profile.tingkatAgeDate().atYear(base.cutOff.getYear()).plusDays(14);
          break;
        }
      case KEPALA_SEKOLAH_WITHOUT_ACCOUNT:
        {
          String k = kepsek().ptkId;
          s.users.removeIf(u -> k.equals(u.ptkId));
          break;
        }
      case STUDENT_ENTERED_AFTER_CUTOFF:
        student().tanggalMasuk = base.cutOff.plusDays(1);
        break;
      case STUDENT_NIK_INVALID:
        {
          Drafts.Pd p = student(x -> x.nik != null && x.nik.length() == 16);
          p.nik = p.nik.substring(0, 15);
          break;
        }
      case ROMBEL_OVER_CAP:
        {
          Drafts.Rombel r = classRombel(x -> true);
          while (r.members.size() <= base.cap) {
            Drafts.Pd p = base.newStudent(r);
            s.pd.add(p);
            used.add(p);
          }
          break;
        }
      case TOO_FEW_STUDENTS:
        break; // applied by the generator before the school is built
      case NO_KEPALA_SEKOLAH:
        {
          Drafts.Ptk k = kepsek();
          s.ptk.remove(k);
          s.users.removeIf(u -> k.ptkId.equals(u.ptkId));
          if (k.duties.stream().anyMatch(x -> x.jabatan.equals(Base.JABATAN_BENDAHARA_BOS))) {
            anyTeacher()
                .duties
                .add(
                    new Drafts.Duty(
                        Base.JABATAN_BENDAHARA_BOS,
                        base.sk("BOS"),
                        LocalDate.of(base.tahunAjaran, 1, 2)));
          }
          break;
        }
      case NO_BENDAHARA:
        s.ptk.forEach(t -> t.duties.removeIf(x -> x.jabatan.equals(Base.JABATAN_BENDAHARA_BOS)));
        break;
      case KEPALA_SEKOLAH_NIP_MALFORMED:
        {
          Drafts.Ptk k = kepsek();
          makePns(k);
          if (k.nip == null || k.nip.length() < 17) {
            base.renewNip(k);
          }
          k.nip = k.nip.substring(0, 17);
          break;
        }
      case NPSN_MALFORMED:
        s.npsn = s.npsn.substring(0, Math.min(7, s.npsn.length()));
        break;
      case DECLARED_COUNT_MISMATCH:
        s.declaredCountMismatch = true;
        break;
      case UNIT_COST_CONFIGURED:
        s.unitCost = 1_100_000L;
        break;
      default:
        throw new IllegalStateException("defect not implemented: " + d);
    }
  }

  /** Takes a student out of every class rombel (getPesertaDidik shows the sentinel). */
  private void leave(Drafts.Pd p) {
    for (Drafts.Rombel r : s.rombel) {
      r.members.removeIf(m -> m.pdId().equals(p.id));
    }
    p.rombel = null;
    p.anggotaId = null;
  }

  /** Whether some of the teacher's pembelajaran add up to between min and max JTM. */
  private boolean keepable(Drafts.Ptk t, int min, int max) {
    int sum = 0;
    for (Drafts.Pemb p : sortedByHours(t)) {
      if (sum + p.jam <= max) {
        sum += p.jam;
      }
    }
    return sum >= min;
  }

  private List<Drafts.Pemb> sortedByHours(Drafts.Ptk t) {
    List<Drafts.Pemb> p = new ArrayList<>(base.pembOf(t));
    p.sort(Comparator.comparingInt(x -> x.jam));
    return p;
  }

  /**
   * Removes pembelajaran of the teacher until the teaching load is between min and max (see
   * keepable).
   */
  private void keepBetween(Drafts.Ptk t, int min, int max) {
    int sum = 0;
    for (Drafts.Pemb p : sortedByHours(t)) {
      if (sum + p.jam <= max) {
        sum += p.jam;
      } else {
        removePemb(p);
      }
    }
    if (sum < min) {
      throw new IllegalStateException("cannot cut the load to " + min + "-" + max);
    }
  }
}
