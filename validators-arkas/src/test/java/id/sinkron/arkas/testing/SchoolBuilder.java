package id.sinkron.arkas.testing;

import id.sinkron.model.ImmutableAnggotaRombel;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Sekolah;
import id.sinkron.model.Supplement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a {@link SchoolSnapshot} the way the Web Service would return it: each student's row
 * carries its class membership, and each rombel lists its members. Mutable; one per test.
 */
public final class SchoolBuilder {
  /** The default class rombel every student joins unless told otherwise. */
  public static final String ROMBEL_7A = "rb-7a";

  private Optional<Sekolah> sekolah = Optional.of(Fixtures.smpNegeri().build());
  private final List<Ptk> ptk = new ArrayList<>(List.of(Fixtures.kepsek().build()));
  private final Map<String, ImmutableRombel.Builder> rombels = new LinkedHashMap<>();
  private final Map<String, Integer> tingkat = new LinkedHashMap<>();
  private final Map<String, Boolean> isClass = new LinkedHashMap<>();
  private final List<PesertaDidik> students = new ArrayList<>();
  private Supplement supplement;

  public SchoolBuilder() {
    rombel(ROMBEL_7A, "7A", 7);
  }

  public static SchoolBuilder smp() {
    return new SchoolBuilder();
  }

  /** Adds a class rombel (jenis 1) of the active semester. */
  public SchoolBuilder rombel(String id, String nama, int tk) {
    return rombel(id, nama, tk, JenisRombel.KELAS);
  }

  public SchoolBuilder rombel(String id, String nama, int tk, JenisRombel jenis) {
    rombels.put(
        id,
        ImmutableRombel.builder()
            .rombonganBelajarId(id)
            .nama(nama)
            .tingkatPendidikanId(tk)
            .semesterId(Fixtures.SEMESTER)
            .jenisRombel(jenis)
            .ptkId("ptk-kepsek"));
    tingkat.put(id, tk);
    isClass.put(id, jenis.isClass());
    return this;
  }

  public SchoolBuilder sekolah(Sekolah s) {
    this.sekolah = Optional.ofNullable(s);
    return this;
  }

  public SchoolBuilder noSekolah() {
    this.sekolah = Optional.empty();
    return this;
  }

  public SchoolBuilder ptk(Ptk... p) {
    ptk.clear();
    ptk.addAll(List.of(p));
    return this;
  }

  public SchoolBuilder addPtk(Ptk p) {
    ptk.add(p);
    return this;
  }

  public SchoolBuilder supplement(Supplement s) {
    this.supplement = s;
    return this;
  }

  /** Adds a student into {@link #ROMBEL_7A}. */
  public SchoolBuilder add(ImmutablePesertaDidik.Builder pd) {
    return add(pd, ROMBEL_7A);
  }

  /** Adds a student into rombel {@code rombelId}; null: in no rombel (the Web Service sentinel). */
  public SchoolBuilder add(ImmutablePesertaDidik.Builder pd, String rombelId) {
    PesertaDidik probe = pd.build();
    if (rombelId != null) {
      String anggota = "ar-" + probe.pesertaDidikId() + "-" + rombelId;
      rombels
          .get(rombelId)
          .addAnggotaRombel(
              ImmutableAnggotaRombel.builder()
                  .anggotaRombelId(anggota)
                  .pesertaDidikId(probe.pesertaDidikId())
                  .build());
      if (isClass.get(rombelId)) {
        pd.anggotaRombelId(anggota)
            .rombonganBelajarId(rombelId)
            .tingkatPendidikanId(tingkat.get(rombelId))
            .namaRombel(rombels.get(rombelId).build().nama());
      }
    }
    students.add(pd.build());
    return this;
  }

  /** Adds {@code pesertaDidikId} as a member of a rombel without a registration row (an orphan). */
  public SchoolBuilder addMemberOnly(String pesertaDidikId, String rombelId) {
    rombels
        .get(rombelId)
        .addAnggotaRombel(
            ImmutableAnggotaRombel.builder()
                .anggotaRombelId("ar-" + pesertaDidikId + "-" + rombelId)
                .pesertaDidikId(pesertaDidikId)
                .build());
    return this;
  }

  public SchoolSnapshot build() {
    List<Rombel> rs = new ArrayList<>();
    rombels.values().forEach(b -> rs.add(b.build()));
    ImmutableSchoolSnapshot.Builder b =
        ImmutableSchoolSnapshot.builder()
            .sekolah(sekolah)
            .semesterId(Fixtures.SEMESTER)
            .ptk(ptk)
            .pesertaDidik(students)
            .rombel(rs);
    if (supplement != null) {
      b.supplement(supplement);
    }
    return b.build();
  }

  /** A supplement without PTK data, for leavers and ARKAS figures only. */
  public static ImmutableSupplement.Builder supplementWithoutDuties() {
    return ImmutableSupplement.builder().ptkDataKnown(false);
  }
}
