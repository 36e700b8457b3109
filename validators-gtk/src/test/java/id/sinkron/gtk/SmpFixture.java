package id.sinkron.gtk;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.check.Severity.INFO;
import static id.sinkron.check.Severity.WARNING;
import static id.sinkron.gtk.TestSchool.cert;
import static id.sinkron.gtk.TestSchool.duty;
import static id.sinkron.gtk.TestSchool.guru;

import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableRiwayatPendidikan;
import id.sinkron.model.ImmutableSertifikasi;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.StatusKepegawaian;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A realistic SMP negeri (Kurikulum Merdeka, TA 2025/2026 ganjil, 9 class rombel + one empty rombel
 * , an ekstrakurikuler rombel carrying the Web Service's stale pembelajaran) + an empty elective
 * rombel) with 22 teachers and 3 staff, several with deliberate defects. Every person is invented.
 * {@link #EXPECTED} is exactly what the Info GTK rules must report as of {@link
 * TestSchool#AS_OF_2025}.
 */
public final class SmpFixture {
  private SmpFixture() {}

  /** One expected finding. */
  public record Expected(String code, SubjectKind kind, String subjectId, Severity severity) {}

  static final String[] CLASSES = {"7A", "7B", "7C", "8A", "8B", "8C", "9A", "9B", "9C"};
  static final String EMPTY = "7D";
  static final String ELECTIVE = "PIL";
  static final String PRAMUKA = "PRAMUKA";

  /** Wali kelas per class rombel. */
  static final Map<String, String> WALI =
      Map.of(
          "7A", "mat1", "7B", "ing2", "7C", "ipa1", "8A", "prak", "8B", "mat2", "8C", "ips1", "9A",
          "ips2", "9B", "pkn", "9C", "bi2");

  /** The expected findings: (code, subject kind, subject id, severity). */
  public static final Set<Expected> EXPECTED =
      Set.of(
          ptk("GTK-LOAD-BELOW-MIN", "mat2", BLOCKER),
          pembelajaran("GTK-HOURS-EMPTY-ROMBEL", "pb-mat2-7D-mat", WARNING),
          ptk("GTK-LOAD-ABOVE-MAX", "bi1", WARNING),
          ptk("GTK-DUTY-CAP", "bi2", INFO),
          ptk("GTK-NON-INDUK-INCOMPLETE", "bi3", WARNING),
          ptk("GTK-NIP-MISMATCH", "ipa1", WARNING),
          ptk("GTK-NOT-LINEAR", "ipa2", BLOCKER),
          ptk("GTK-NIK-MISMATCH", "ips1", WARNING),
          ptk("GTK-LOAD-BELOW-MIN", "ips2", BLOCKER),
          ptk("GTK-CERT-INCOMPLETE", "ing1", BLOCKER),
          ptk("GTK-NUPTK-MISSING", "ing2", BLOCKER),
          ptk("GTK-QUALIFICATION", "ing2", WARNING),
          ptk("GTK-LOAD-BELOW-MIN", "ing2", WARNING),
          ptk("GTK-NUPTK-FORMAT", "pjok", BLOCKER),
          ptk("GTK-RETIREMENT-AGE", "pai", BLOCKER),
          ptk("GTK-KEPSEK-SETUP", "pai", BLOCKER),
          ptk("GTK-DUTY-INCOMPLETE", "pai", WARNING),
          ptk("GTK-STATUS-GTY-NEGERI", "pkn", BLOCKER),
          ptk("GTK-CERT-DUPLICATE", "seni", BLOCKER),
          ptk("GTK-NUPTK-DUPLICATE", "seni", BLOCKER),
          ptk("GTK-DUTY-INCOMPLETE", "prak", WARNING),
          ptk("GTK-LOAD-BELOW-MIN", "prak", BLOCKER),
          ptk("GTK-NIK-FORMAT", "mulok", BLOCKER),
          ptk("GTK-LOAD-BELOW-MIN", "mulok", WARNING),
          ptk("GTK-LOAD-INDUK-LOW", "mulok", WARNING),
          ptk("GTK-NIP-FORMAT", "baru", BLOCKER),
          ptk("GTK-NUPTK-MISSING", "baru", BLOCKER),
          ptk("GTK-LOAD-BELOW-MIN", "baru", WARNING),
          ptk("GTK-LOAD-INDUK-LOW", "baru", WARNING),
          pembelajaran("GTK-HOURS-CLAIMED-TWICE", "pb-baru-9C-ips", WARNING),
          // 0.2: IPS 9C carries 4 + 4 JTM where Kurikulum Merdeka allocates 4; baru's row comes
          // last and
          // loses its 4 JTM (IG-02/IG-04), so baru's recognised teaching is 0
          pembelajaran("GTK-HOURS-ABOVE-CURRICULUM", "pb-baru-9C-ips", WARNING),
          // 0.2: inf's NUPTK has a temporary prefix (IG-09); a warning, inf stays VALID
          ptk("GTK-NUPTK-TEMPORARY", "inf", WARNING),
          ptk("GTK-NIK-MISSING", "nopb", BLOCKER),
          ptk("GTK-NO-PEMBELAJARAN", "nopb", WARNING),
          ptk("GTK-LOAD-BELOW-MIN", "nopb", WARNING),
          ptk("GTK-NIK-DUPLICATE", "tu1", BLOCKER),
          // the copied NIK also disagrees with tu1's own birth date and sex
          ptk("GTK-NIK-MISMATCH", "tu1", WARNING),
          ptk("GTK-AGE-IMPLAUSIBLE", "tu2", WARNING),
          ptk("GTK-RETIREMENT-AGE", "tu2", BLOCKER),
          // 0.2 (issue 18): under Permendikdasmen 11/2025 fewer than 16 face-to-face JTM (IG-15):
          // ips2 12,
          // ing2 12, mulok 10, baru 0 (its 4 JTM are above the allocation); each already below 24
          // as well
          ptk("GTK-TATAP-MUKA-MIN", "ips2", BLOCKER),
          ptk("GTK-TATAP-MUKA-MIN", "ing2", WARNING),
          ptk("GTK-TATAP-MUKA-MIN", "mulok", WARNING),
          ptk("GTK-TATAP-MUKA-MIN", "baru", WARNING),
          // 0.2 (issue 18): a staff member registered without jenis PTK (DV-12)
          ptk("GTK-JENIS-PTK-MISSING", "tu3", BLOCKER),
          // 0.2 (issue 18): mat1 also holds kepala laboratorium, a second main duty that is not
          // counted (IG-06)
          ptk("GTK-DUTY-NOT-COUNTED", "mat1", WARNING),
          // 0.2 (issue 18): the Informatika elective rombel has no members (IG-04)
          pembelajaran("GTK-HOURS-ELECTIVE-EMPTY", "pb-inf-PIL-inf", WARNING));

  /** Predicted Info GTK status codes per teacher (teachers not listed: none). */
  public static final Map<String, List<String>> EXPECTED_CODES =
      Map.ofEntries(
          Map.entry("mat2", List.of("02")),
          Map.entry("ipa2", List.of("01")),
          Map.entry("ips2", List.of("02")),
          Map.entry("ing1", List.of("04")),
          Map.entry("ing2", List.of("02", "04")),
          Map.entry("pai", List.of("06")),
          Map.entry("seni", List.of("04")),
          Map.entry("prak", List.of("02")),
          Map.entry("mulok", List.of("02", "04")),
          Map.entry("baru", List.of("02", "04")),
          Map.entry("nopb", List.of("02", "04")));

  /** Teachers predicted NOT_VALID. */
  public static final Set<String> EXPECTED_NOT_VALID =
      Set.of(
          "mat2", "ipa2", "ips2", "ing1", "ing2", "pjok", "pai", "pkn", "seni", "prak", "mulok",
          "baru", "nopb");

  private static Expected ptk(String code, String id, Severity s) {
    return new Expected(code, SubjectKind.PTK, id, s);
  }

  private static Expected pembelajaran(String code, String id, Severity s) {
    return new Expected(code, SubjectKind.PEMBELAJARAN, id, s);
  }

  /** Subject ids and weekly hours per rombel (SMP, Kurikulum Merdeka). */
  static final Map<String, String> MAPEL =
      Map.ofEntries(
          Map.entry("mat", TestSchool.MATEMATIKA),
          Map.entry("bi", TestSchool.BAHASA_INDONESIA),
          Map.entry("ing", TestSchool.BAHASA_INGGRIS),
          Map.entry("ipa", TestSchool.IPA),
          Map.entry("ips", TestSchool.IPS),
          Map.entry("pjok", TestSchool.PJOK),
          Map.entry("pai", TestSchool.PAI),
          Map.entry("ppkn", TestSchool.PPKN),
          Map.entry("inf", TestSchool.INFORMATIKA),
          Map.entry("seni", TestSchool.SENI_BUDAYA),
          Map.entry("prak", TestSchool.PRAKARYA),
          Map.entry("bk", TestSchool.BK),
          Map.entry("mulok", "300311900"));

  /** A teacher with a birth date, sex and consistent NIK/NIP. */
  static ImmutablePtk.Builder person(String id, int serial, LocalDate birth, JenisKelamin sex) {
    return guru(id, serial)
        .tanggalLahir(birth)
        .jenisKelamin(sex)
        .nik(TestSchool.nik(birth, sex, serial))
        .nip(TestSchool.nip(birth, sex, serial))
        .nama("GURU " + id.toUpperCase(java.util.Locale.ROOT) + " CONTOH");
  }

  static ImmutablePtk.Builder honorer(ImmutablePtk.Builder b) {
    return b.statusKepegawaian(StatusKepegawaian.GURU_HONOR_SEKOLAH).nip(Optional.empty());
  }

  /** Builds the school. */
  public static SchoolSnapshot build() {
    LocalDate b80 = LocalDate.of(1980, 3, 14);
    List<ImmutablePtk.Builder> people = new ArrayList<>();

    people.add(
        person("ks", 1, LocalDate.of(1972, 8, 17), JenisKelamin.L)
            .jenisPtk(JenisPtk.KEPALA_SEKOLAH)
            .addSertifikasi(cert("180", 1))
            .addTugasTambahan(duty("2")));
    // Wakasek kurikulum and kepala laboratorium: only one main duty counts.
    people.add(
        person("mat1", 2, b80, JenisKelamin.P)
            .addSertifikasi(cert("180", 2))
            .addTugasTambahan(duty("46"), duty("7")));
    people.add(person("mat2", 3, b80.plusYears(2), JenisKelamin.L).addSertifikasi(cert("180", 3)));
    people.add(person("bi1", 4, b80.plusYears(1), JenisKelamin.P).addSertifikasi(cert("156", 4)));
    people.add(
        person("bi2", 5, b80.minusYears(3), JenisKelamin.P)
            .addSertifikasi(cert("156", 5))
            .addTugasTambahan(duty("34"), duty("44"), duty("45"), duty("41")));
    // Non-induk here (induk elsewhere), no surat tugas date.
    people.add(
        person("bi3", 6, b80.plusYears(4), JenisKelamin.L)
            .addSertifikasi(cert("156", 6))
            .induk(false));
    // NIP sex digit says female, the record says male.
    people.add(
        person("ipa1", 7, b80.plusYears(3), JenisKelamin.L)
            .nip(TestSchool.nip(b80.plusYears(3), JenisKelamin.P, 7))
            .addSertifikasi(cert("097", 7)));
    // Biologi certificate teaching IPA at SMP: not linear; kepala laboratorium duty.
    people.add(
        person("ipa2", 8, b80.plusYears(5), JenisKelamin.P)
            .addSertifikasi(cert("190", 8))
            .addTugasTambahan(duty("7")));
    // Woman whose NIK encodes a man (day not +40).
    people.add(
        person("ips1", 9, b80.plusYears(6), JenisKelamin.P)
            .nik(TestSchool.nik(b80.plusYears(6), JenisKelamin.L, 9))
            .addSertifikasi(cert("100", 9)));
    people.add(
        person("ips2", 10, b80.plusYears(7), JenisKelamin.L).addSertifikasi(cert("100", 10)));
    // Certificate without number.
    people.add(
        person("ing1", 11, b80.plusYears(8), JenisKelamin.P)
            .addSertifikasi(
                ImmutableSertifikasi.builder()
                    .from(cert("157", 11))
                    .nomorSertifikat(Optional.empty())
                    .build()));
    // Honorer, D3, no NUPTK, not certified.
    people.add(
        honorer(person("ing2", 12, LocalDate.of(1995, 1, 9), JenisKelamin.P))
            .nuptk(Optional.empty())
            .pendidikanTerakhir("D3")
            .rwyPendFormal(
                List.of(ImmutableRiwayatPendidikan.builder().jenjangPendidikan("D3").build())));
    // NUPTK with 11 digits; pembina Pramuka.
    people.add(
        person("pjok", 13, b80.minusYears(5), JenisKelamin.L)
            .nuptk("35427536542")
            .addSertifikasi(cert("220", 13))
            .addTugasTambahan(duty("42")));
    // Former kepala sekolah, still jenis Kepala Sekolah, duty ended; turns 60 on 1 June 2025.
    people.add(
        person("pai", 14, LocalDate.of(1965, 6, 1), JenisKelamin.L)
            .jenisPtk(JenisPtk.KEPALA_SEKOLAH)
            .addSertifikasi(cert("127", 14))
            .addTugasTambahan(
                ImmutableTugasTambahan.builder()
                    .from(duty("2"))
                    .tmtTambahan(LocalDate.of(2021, 7, 1))
                    .tstTambahan(LocalDate.of(2025, 6, 30))
                    .build()));
    // GTY at a negeri school.
    people.add(
        person("pkn", 15, b80.plusYears(2), JenisKelamin.P)
            .statusKepegawaian(StatusKepegawaian.GTY_PTY)
            .nip(Optional.empty())
            .addSertifikasi(cert("154", 15)));
    // An old temporary NUPTK (prefix 9999).
    people.add(
        person("inf", 16, b80.plusYears(9), JenisKelamin.L)
            .nuptk("9999123456789016")
            .addSertifikasi(cert("224", 16)));
    // Same certificate number as inf, same NUPTK as ing1.
    people.add(
        person("seni", 17, b80.plusYears(1), JenisKelamin.P)
            .nuptk(TestSchool.nuptk(11))
            .addSertifikasi(
                ImmutableSertifikasi.builder()
                    .from(cert("217", 17))
                    .nomorSertifikat(cert("224", 16).nomorSertifikat().orElseThrow())
                    .build()));
    // Kepala perpustakaan from January 2026: not yet counted.
    people.add(
        person("prak", 18, b80.plusYears(4), JenisKelamin.P)
            .addSertifikasi(cert("227", 18))
            .addTugasTambahan(
                ImmutableTugasTambahan.builder()
                    .from(duty("3"))
                    .tmtTambahan(LocalDate.of(2026, 1, 5))
                    .build()));
    people.add(
        person("bk", 19, b80.plusYears(3), JenisKelamin.P)
            .jenisPtk(JenisPtk.GURU_BK)
            .addSertifikasi(cert("810", 19)));
    // Honorer with a placeholder NIK, few hours.
    people.add(
        honorer(person("mulok", 20, LocalDate.of(1992, 4, 2), JenisKelamin.L))
            .nik("1111111111111111"));
    // New CPNS: no NIP yet, no NUPTK yet.
    people.add(
        person("baru", 21, LocalDate.of(1998, 10, 20), JenisKelamin.P)
            .statusKepegawaian(StatusKepegawaian.CPNS)
            .nip(Optional.empty())
            .nuptk(Optional.empty()));
    // Honorer registered without any pembelajaran and without NIK.
    people.add(
        honorer(person("nopb", 22, LocalDate.of(1997, 12, 1), JenisKelamin.L))
            .nik(Optional.empty()));
    // Staff: same NIK as pkn; bendahara BOS with a wrong birth year.
    people.add(
        TestSchool.tendik("tu1", 23).nik(TestSchool.nik(b80.plusYears(2), JenisKelamin.P, 15)));
    people.add(
        TestSchool.tendik("tu2", 24)
            .tanggalLahir(LocalDate.of(1950, 2, 1))
            .nik(TestSchool.nik(LocalDate.of(1950, 2, 1), JenisKelamin.P, 24))
            .jenisKelamin(JenisKelamin.P)
            .addTugasTambahan(duty("91")));
    // Staff registered without jenis PTK.
    people.add(TestSchool.tendik("tu3", 25).jenisPtk(Optional.empty()));

    // Teaching: teacher, subject, hours per rombel, rombel.
    Map<String, List<Pembelajaran>> byRombel = new LinkedHashMap<>();
    teach(byRombel, "ks", "mat", 5, "9C");
    teach(byRombel, "mat1", "mat", 5, "7A", "7B", "7C", "8A");
    teach(byRombel, "mat2", "mat", 5, "8B", "8C", "9A", "9B", EMPTY);
    teach(byRombel, "bi1", "bi", 6, "7A", "7B", "7C", "8A", "8B", "8C", "9A");
    teach(byRombel, "bi2", "bi", 6, "9B", "9C");
    teach(byRombel, "bi3", "mulok", 2, "8C", "9A", "9B", "9C");
    teach(byRombel, "ipa1", "ipa", 5, "7A", "7B", "7C", "8A", "8B");
    teach(byRombel, "ipa2", "ipa", 5, "8C", "9A", "9B", "9C");
    teach(byRombel, "ips1", "ips", 4, "7A", "7B", "7C", "8A", "8B", "8C");
    teach(byRombel, "ips2", "ips", 4, "9A", "9B", "9C");
    teach(byRombel, "ing1", "ing", 4, "7A", "7B", "7C", "8A", "8B", "8C");
    teach(byRombel, "ing2", "ing", 4, "9A", "9B", "9C");
    teach(byRombel, "pjok", "pjok", 3, CLASSES);
    teach(byRombel, "pai", "pai", 3, CLASSES);
    teach(byRombel, "pkn", "ppkn", 3, CLASSES);
    teach(byRombel, "inf", "inf", 3, CLASSES);
    teach(byRombel, "seni", "seni", 3, CLASSES);
    teach(byRombel, "prak", "prak", 2, CLASSES);
    teach(byRombel, "bk", "bk", 1, CLASSES);
    teach(byRombel, "mulok", "mulok", 2, "7A", "7B", "7C", "8A", "8B");
    // The new teacher was given IPS 9C without removing ips2's: claimed twice.
    teach(byRombel, "baru", "ips", 4, "9C");

    TestSchool school = TestSchool.smp();
    for (ImmutablePtk.Builder p : people) {
      school.ptk(p);
    }
    for (String r : CLASSES) {
      school.rombel(
          TestSchool.kelasMerdeka(r, "Kelas " + r, WALI.get(r), 30)
              .tingkatPendidikanId(Integer.parseInt(r.substring(0, 1)))
              .pembelajaran(byRombel.getOrDefault(r, List.of())));
    }
    school.rombel(
        TestSchool.kelasMerdeka(EMPTY, "Kelas " + EMPTY, null, 0)
            .pembelajaran(byRombel.get(EMPTY)));
    // An elective rombel (jenis 16) nobody was mapped into.
    teach(byRombel, "inf", "inf", 2, ELECTIVE);
    school.rombel(
        TestSchool.kelasMerdeka(ELECTIVE, "Pilihan Informatika", null, 0)
            .jenisRombel(id.sinkron.model.JenisRombel.MAPEL_PILIHAN)
            .tingkatPendidikanId(9)
            .pembelajaran(byRombel.get(ELECTIVE)));
    // Ekskul rows come last and carry the previous rombel's (9C) pembelajaran: the server's
    // carry-over.
    school.rombel(
        TestSchool.ekskul(PRAMUKA, "Pramuka", "pjok", 40).pembelajaran(byRombel.get("9C")));
    return school.build();
  }

  private static void teach(
      Map<String, List<Pembelajaran>> byRombel,
      String teacher,
      String mapel,
      int hours,
      String... rombel) {
    for (String r : rombel) {
      byRombel
          .computeIfAbsent(r, k -> new ArrayList<>())
          .add(
              ImmutablePembelajaran.builder()
                  .from(
                      TestSchool.mapel(
                          "pb-" + teacher + "-" + r + "-" + mapel,
                          MAPEL.get(mapel),
                          teacher,
                          hours))
                  .build());
    }
  }
}
