package id.sinkron.testkit;

import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.Jenjang;
import id.sinkron.model.StatusKepegawaian;
import id.sinkron.profile.AgeBand;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Generates the default (defect-free) school and offers the factories defects reuse. */
final class Base {
  /** Dapodik province code, Kemendagri code, province name (DOMAIN.md §3.4). */
  private static final String[][] PROVINCES = {
    {"02", "32", "Prov. Jawa Barat"},
    {"03", "33", "Prov. Jawa Tengah"},
    {"05", "35", "Prov. Jawa Timur"},
    {"19", "73", "Prov. Sulawesi Selatan"},
    {"22", "51", "Prov. Bali"},
    {"06", "11", "Prov. Aceh"},
    {"12", "18", "Prov. Lampung"}
  };

  static final String JABATAN_KEPSEK = "2";
  static final String JABATAN_WAKASEK_KURIKULUM = "46";
  static final String JABATAN_KEPALA_PERPUSTAKAAN = "3";
  static final String JABATAN_BENDAHARA_BOS = "91";
  static final String JABATAN_PIKET = "41";
  static final String JABATAN_PRAMUKA = "42";
  static final String JABATAN_OSIS = "44";
  static final String JABATAN_EKSKUL = "45";
  static final String PERAN_KEPSEK = "Kepala Sekolah";
  static final String PERAN_OPERATOR = "Operator Sekolah";
  static final String PERAN_PTK = "PTK";
  static final String DAPODIK_VERSION = "2026.c";

  final BentukPendidikan bentuk;
  final Jenjang jenjang;
  final int tahunAjaran;
  final RegulationProfile profile;
  final LocalDate asOf;
  final LocalDate cutOff;
  final LocalDate startOfYear;
  final int cap;
  final Identities ids;
  final int students;
  Drafts.School school;

  Base(
      BentukPendidikan bentuk,
      long seed,
      int students,
      int tahunAjaran,
      RegulationProfile profile,
      LocalDate asOf) {
    this.bentuk = bentuk;
    this.jenjang = bentuk.jenjang();
    this.tahunAjaran = tahunAjaran;
    this.profile = profile;
    this.asOf = asOf;
    this.cutOff = profile.cutOffFor(tahunAjaran);
    this.startOfYear = LocalDate.of(tahunAjaran, 7, 14);
    this.cap = profile.rombelCaps().getOrDefault(jenjang, 32);
    this.ids = new Identities(new Random(seed * 31 + jenjang.ordinal()));
    this.students = students;
  }

  int firstTingkat() {
    return jenjang.minTingkat();
  }

  int lastTingkat() {
    return jenjang == Jenjang.SMK ? 12 : jenjang.maxTingkat();
  }

  /** Age in completed years on the cut-off date of a typical student of {@code tingkat}. */
  int typicalAge(int tingkat) {
    return tingkat + 5;
  }

  AgeBand band() {
    return profile.bospAgeBands().get(jenjang);
  }

  Drafts.School generate() {
    Drafts.School s = new Drafts.School();
    this.school = s;
    String[] prov = PROVINCES[ids.random().nextInt(PROVINCES.length)];
    String kab = String.format("%02d", ids.between(1, 30));
    s.provinceKemendagri = prov[1];
    s.regency = kab;
    s.provinsi = prov[2];
    s.kodeWilayah = prov[0] + kab + String.format("%02d", ids.between(1, 20)) + "00";
    s.kabupaten = "Kab. " + capitalise(ids.place());
    s.kecamatan = "Kec. " + capitalise(ids.place());
    s.desa = capitalise(ids.place());
    s.sekolahId = ids.uuid();
    s.npsn = ids.npsn();
    s.bentuk = bentuk.id();
    s.nama =
        jenjang.name()
            + " NEGERI "
            + ids.between(1, 9)
            + " "
            + s.kabupaten.substring(5).toUpperCase(java.util.Locale.ROOT);
    s.semesterId = tahunAjaran + "1";
    s.dapodikVersion = DAPODIK_VERSION;

    buildRombelAndStudents(s);
    buildTeachers(s);
    return s;
  }

  private static String capitalise(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  // ---------------------------------------------------------------- students and rombel

  private void buildRombelAndStudents(Drafts.School s) {
    int first = firstTingkat();
    int levels = lastTingkat() - first + 1;
    int target = cap - 1;
    for (int i = 0; i < levels; i++) {
      int tingkat = first + i;
      int n = students / levels + (i < students % levels ? 1 : 0);
      if (n == 0) {
        continue;
      }
      int rombelCount = (n + target - 1) / target;
      for (int k = 0; k < rombelCount; k++) {
        Drafts.Rombel r = newRombel(tingkat, String.valueOf((char) ('A' + k)));
        s.rombel.add(r);
        int size = n / rombelCount + (k < n % rombelCount ? 1 : 0);
        for (int m = 0; m < size; m++) {
          s.pd.add(newStudent(r));
        }
      }
    }
  }

  Drafts.Rombel newRombel(int tingkat, String suffix) {
    Drafts.Rombel r = new Drafts.Rombel();
    r.id = ids.uuid();
    r.nama = tingkat + suffix;
    r.tingkat = tingkat;
    r.semesterId = school.semesterId;
    r.kurikulum = Curriculum.kurikulum(jenjang);
    r.jurusan = jenjang == Jenjang.SMK ? Curriculum.JURUSAN_SMK : null;
    return r;
  }

  /** A new student, member of {@code r} (both sides of the membership are set). */
  Drafts.Pd newStudent(Drafts.Rombel r) {
    Drafts.Pd p = new Drafts.Pd();
    p.id = ids.uuid();
    p.registrasiId = ids.uuid();
    p.sex = ids.sex();
    p.nama = ids.name(p.sex);
    p.namaIbu = ids.name(JenisKelamin.P);
    p.namaAyah = ids.name(JenisKelamin.L);
    p.tempatLahir = ids.place();
    int age = typicalAge(r.tingkat) + (ids.chance(0.2) ? 1 : 0);
    setBirth(p, ids.birthDateForAge(cutOff, age));
    int yearsIn = r.tingkat - firstTingkat();
    p.tanggalMasuk = startOfYear.minusYears(yearsIn);
    p.nipd = ids.nipd(p.tanggalMasuk.getYear());
    if (r.tingkat == firstTingkat() && jenjang != Jenjang.SD) {
      p.sekolahAsal =
          (jenjang == Jenjang.SMP ? "SD NEGERI " : "SMP NEGERI ")
              + ids.between(1, 9)
              + " "
              + ids.place();
    }
    join(p, r);
    return p;
  }

  void join(Drafts.Pd p, Drafts.Rombel r) {
    String anggota = ids.uuid();
    r.members.add(new Drafts.Member(anggota, p.id));
    p.rombel = r;
    p.anggotaId = anggota;
  }

  /** Sets a student's birth date and the identifiers that encode it (NIK, NISN). */
  void setBirth(Drafts.Pd p, LocalDate lahir) {
    p.lahir = lahir;
    p.nik = ids.nik(school.provinceKemendagri, school.regency, lahir, p.sex);
    p.nisn = ids.nisn(lahir.getYear());
  }

  // ---------------------------------------------------------------- teachers

  private void buildTeachers(Drafts.School s) {
    List<Drafts.Ptk> teachers = new ArrayList<>();
    Map<String, List<Drafts.Pemb>> bySubject = new LinkedHashMap<>();
    Map<String, Curriculum.Subject> subjects = new LinkedHashMap<>();
    for (Drafts.Rombel r : s.rombel) {
      for (Curriculum.Subject sub : Curriculum.subjects(jenjang)) {
        Drafts.Pemb p = newPemb(r, sub, sub.hours());
        if (sub == Curriculum.GURU_KELAS_SD) {
          Drafts.Ptk gk =
              newTeacher(Drafts.Role.GURU_KELAS, JenisPtk.GURU_KELAS, sub.bidangStudi());
          teach(gk, p);
          r.wali = gk.ptkId;
          teachers.add(gk);
        } else {
          bySubject.computeIfAbsent(sub.mapelId(), k -> new ArrayList<>()).add(p);
          subjects.put(sub.mapelId(), sub);
        }
      }
    }
    List<Drafts.Pemb> pool = new ArrayList<>();
    for (Map.Entry<String, List<Drafts.Pemb>> e : bySubject.entrySet()) {
      List<List<Drafts.Pemb>> groups = new ArrayList<>();
      pool.addAll(Packing.pack(e.getValue(), profile.minJtm(), profile.maxJtm(), groups));
      for (List<Drafts.Pemb> g : groups) {
        Drafts.Ptk t =
            newTeacher(
                Drafts.Role.SUBJECT, JenisPtk.GURU_MAPEL, subjects.get(e.getKey()).bidangStudi());
        g.forEach(p -> teach(t, p));
        teachers.add(t);
      }
    }
    List<List<Drafts.Pemb>> mixed = new ArrayList<>();
    List<Drafts.Pemb> rest = Packing.sequential(pool, profile.minJtm(), mixed);
    for (List<Drafts.Pemb> g : mixed) {
      Drafts.Ptk t =
          newTeacher(
              Drafts.Role.MIXED, JenisPtk.GURU_MAPEL, subjects.get(g.get(0).mapelId).bidangStudi());
      g.forEach(p -> teach(t, p));
      teachers.add(t);
    }
    for (Drafts.Pemb p : rest) {
      Drafts.Ptk host =
          teachers.stream()
              .filter(t -> teaching(t) + p.jam <= profile.maxJtm())
              .min(
                  Comparator.comparingInt(
                          (Drafts.Ptk t) ->
                              t.role == Drafts.Role.MIXED
                                  ? 0
                                  : t.role == Drafts.Role.SUBJECT ? 1 : 2)
                      .thenComparingInt(this::teaching))
              .orElse(null);
      if (host == null) {
        host =
            newTeacher(
                Drafts.Role.MIXED, JenisPtk.GURU_MAPEL, subjects.get(p.mapelId).bidangStudi());
        teachers.add(host);
      }
      teach(host, p);
    }
    for (Drafts.Ptk t : teachers) {
      certifyIfLinear(t);
    }
    s.ptk.addAll(teachers);

    Drafts.Ptk kepsek = newKepalaSekolah();
    s.ptk.add(0, kepsek);

    Drafts.Ptk wakasek = null;
    if (jenjang != Jenjang.SD) {
      wakasek =
          teachers.stream()
              .filter(t -> t.role == Drafts.Role.SUBJECT && minItem(t) <= 6)
              .max(Comparator.comparingInt((Drafts.Ptk t) -> t.status.isPnsOrCpns() ? 1 : 0))
              .orElse(null);
      if (wakasek != null) {
        wakasek.duties.add(new Drafts.Duty(JABATAN_WAKASEK_KURIKULUM, sk("WAKA"), startOfYear));
      }
    }
    Drafts.Ptk w = wakasek;
    Drafts.Ptk bendahara =
        teachers.stream()
            .filter(t -> t != w)
            .max(Comparator.comparingInt((Drafts.Ptk t) -> t.status.isPnsOrCpns() ? 1 : 0))
            .orElse(kepsek);
    bendahara.duties.add(
        new Drafts.Duty(JABATAN_BENDAHARA_BOS, sk("BOS"), LocalDate.of(tahunAjaran, 1, 2)));

    assignWalis(s, teachers, wakasek);

    Drafts.Ptk operator =
        newPtk(Drafts.Role.OPERATOR, JenisPtk.TENAGA_ADMINISTRASI, "Sistem Informasi", 24, 40);
    operator.status = StatusKepegawaian.of("9");
    operator.nip = null;
    operator.nuptk = null;
    s.ptk.add(operator);

    s.users.add(user(kepsek, PERAN_KEPSEK));
    s.users.add(user(operator, PERAN_OPERATOR));
    Set<String> walis = new HashSet<>();
    // ARKAS and SIPLah take the bendahara BOS through their Dapodik account (operator case AR-06)
    for (Drafts.Ptk t : s.ptk) {
      if (t != kepsek
          && t.duties.stream().anyMatch(d -> JABATAN_BENDAHARA_BOS.equals(d.jabatan))
          && walis.add(t.ptkId)) {
        s.users.add(user(t, PERAN_PTK));
      }
    }
    for (Drafts.Rombel r : s.rombel) {
      if (r.wali != null && walis.add(r.wali)) {
        s.users.add(user(ptk(r.wali), PERAN_PTK));
      }
    }
  }

  private void assignWalis(Drafts.School s, List<Drafts.Ptk> teachers, Drafts.Ptk wakasek) {
    List<Drafts.Ptk> eligible =
        teachers.stream().filter(t -> t != wakasek && t.role != Drafts.Role.GURU_KELAS).toList();
    Set<String> taken = new HashSet<>();
    for (Drafts.Rombel r : s.rombel) {
      if (r.wali != null) {
        continue;
      }
      Drafts.Ptk pick = null;
      for (Drafts.Pemb p : r.pemb) {
        Drafts.Ptk t = ptk(p.ptkId);
        if (t != null && eligible.contains(t) && !taken.contains(t.ptkId)) {
          pick = t;
          break;
        }
      }
      if (pick == null) {
        pick =
            eligible.stream()
                .filter(t -> !taken.contains(t.ptkId))
                .findFirst()
                .orElse(
                    eligible.isEmpty()
                        ? teachers.get(0)
                        : eligible.get(taken.size() % eligible.size()));
      }
      taken.add(pick.ptkId);
      r.wali = pick.ptkId;
    }
  }

  Drafts.Pemb newPemb(Drafts.Rombel r, Curriculum.Subject sub, int hours) {
    Drafts.Pemb p = new Drafts.Pemb();
    p.id = ids.uuid();
    p.mapelId = sub.mapelId();
    p.namaMapel = sub.nama();
    p.jam = hours;
    p.certField = sub.certField();
    p.rombel = r;
    r.pemb.add(p);
    return p;
  }

  void teach(Drafts.Ptk t, Drafts.Pemb p) {
    p.ptkId = t == null ? null : t.ptkId;
    p.ptkTerdaftarId = t == null ? null : t.ptkTerdaftarId;
  }

  Drafts.Ptk ptk(String id) {
    for (Drafts.Ptk p : school.ptk) {
      if (p.ptkId.equals(id)) {
        return p;
      }
    }
    return null;
  }

  List<Drafts.Pemb> pembOf(Drafts.Ptk t) {
    List<Drafts.Pemb> out = new ArrayList<>();
    for (Drafts.Rombel r : school.rombel) {
      for (Drafts.Pemb p : r.pemb) {
        if (t.ptkId.equals(p.ptkId)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  int teaching(Drafts.Ptk t) {
    int sum = 0;
    for (Drafts.Pemb p : pembOf(t)) {
      sum += p.jam == null ? 0 : p.jam;
    }
    return sum;
  }

  private int minItem(Drafts.Ptk t) {
    return pembOf(t).stream().mapToInt(p -> p.jam).min().orElse(Integer.MAX_VALUE);
  }

  boolean isWali(Drafts.Ptk t) {
    return school.rombel.stream().anyMatch(r -> t.ptkId.equals(r.wali));
  }

  private void certifyIfLinear(Drafts.Ptk t) {
    List<Drafts.Pemb> pemb = pembOf(t);
    String field = pemb.isEmpty() ? null : pemb.get(0).certField;
    if (field == null || pemb.stream().anyMatch(p -> !field.equals(p.certField))) {
      return;
    }
    double chance = t.status.isPnsOrCpns() ? 0.75 : t.status.isPppk() ? 0.5 : 0.25;
    if (ids.chance(chance)) {
      certify(t, field);
    }
  }

  void certify(Drafts.Ptk t, String field) {
    int year =
        Math.max(t.lahir.getYear() + 26, Math.min(tahunAjaran - 1, 2008 + ids.between(0, 15)));
    t.certField = field;
    t.certYear = Math.min(year, tahunAjaran - 1);
    t.certNumber = ids.certificateNumber(t.certYear, school.provinceKemendagri, field);
    t.nrg = ids.nrg();
  }

  Drafts.Ptk newTeacher(Drafts.Role role, JenisPtk jenis, String bidang) {
    Drafts.Ptk t = newPtk(role, jenis, bidang, 26, 55);
    return t;
  }

  /** A new PTK (not added to the school): identity, status with NIP, NUPTK, S1 record. */
  Drafts.Ptk newPtk(Drafts.Role role, JenisPtk jenis, String bidang, int minAge, int maxAge) {
    Drafts.Ptk t = new Drafts.Ptk();
    t.role = role;
    t.ptkId = ids.uuid();
    t.ptkTerdaftarId = ids.uuid();
    t.jenis = jenis;
    t.sex = ids.sex();
    t.nama = ids.name(t.sex);
    t.tempatLahir = ids.place();
    t.bidangStudi = bidang;
    double r = ids.random().nextDouble();
    t.status =
        r < 0.45
            ? StatusKepegawaian.PNS
            : r < 0.65 ? StatusKepegawaian.PPPK : StatusKepegawaian.GURU_HONOR_SEKOLAH;
    setBirth(t, ids.birthDateForAge(asOf, ids.between(minAge, maxAge)));
    t.nuptk = ids.nuptk();
    return t;
  }

  /** Sets a PTK's birth date and re-derives NIK and (for ASN) NIP from it. */
  void setBirth(Drafts.Ptk t, LocalDate lahir) {
    t.lahir = lahir;
    t.nik = ids.nik(school.provinceKemendagri, school.regency, lahir, t.sex);
    renewNip(t);
  }

  /** Gives an ASN the NIP that matches birth date and sex; clears the NIP of everyone else. */
  void renewNip(Drafts.Ptk t) {
    if (t.status.isPnsOrCpns()) {
      int tmt = Math.min(t.lahir.getYear() + ids.between(24, 30), asOf.getYear() - 1);
      t.nip = ids.nipPns(t.lahir, t.sex, Math.max(tmt, t.lahir.getYear() + 1), ids.between(1, 12));
    } else if (t.status.isPppk()) {
      int tmt =
          Math.max(t.lahir.getYear() + 22, Math.min(asOf.getYear() - 1, 2022 + ids.between(0, 2)));
      t.nip = ids.nipPppk(t.lahir, t.sex, Math.min(tmt, asOf.getYear()));
    } else {
      t.nip = null;
    }
  }

  Drafts.Ptk newKepalaSekolah() {
    Drafts.Ptk k =
        newPtk(
            Drafts.Role.KEPALA_SEKOLAH, JenisPtk.KEPALA_SEKOLAH, "Pendidikan Matematika", 45, 56);
    k.status = StatusKepegawaian.PNS;
    renewNip(k);
    certify(k, "180");
    k.duties.add(new Drafts.Duty(JABATAN_KEPSEK, sk("KEP"), LocalDate.of(tahunAjaran - 2, 1, 3)));
    return k;
  }

  String sk(String kind) {
    return String.format("800/%03d/%s/%d", ids.between(1, 999), kind, tahunAjaran);
  }

  Drafts.User user(Drafts.Ptk p, String peran) {
    Drafts.User u = new Drafts.User();
    u.id = ids.uuid();
    u.nama = p.nama;
    u.username =
        p.nama.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')
            + "@"
            + school.npsn
            + ".sch.example";
    u.peran = peran;
    u.ptkId = p.ptkId;
    return u;
  }
}
