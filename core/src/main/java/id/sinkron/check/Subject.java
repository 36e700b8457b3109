package id.sinkron.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.identifier.Masking;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.Sekolah;
import org.immutables.value.Value;

/**
 * What a finding points at: kind, Dapodik id and display name. A person's name is personal data: it
 * is redacted in {@code toString()} and masked in reports unless the caller asks otherwise.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubject.class)
@JsonDeserialize(as = ImmutableSubject.class)
public interface Subject {
  /**
   * @return what kind of thing the subject is
   */
  @Value.Parameter
  SubjectKind kind();

  /**
   * @return the Dapodik id (UUID) of the school, person, rombel or pembelajaran
   */
  @Value.Parameter
  String id();

  /**
   * @return the display name (a person's name for PTK and PD)
   */
  @Value.Parameter
  @Value.Redacted
  String name();

  /**
   * @return the name as reports show it: masked for persons
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String maskedName() {
    return kind().isPerson() ? Masking.maskName(name()) : name();
  }

  /**
   * @param kind the kind
   * @param id the Dapodik id
   * @param name the display name
   * @return the subject
   */
  static Subject of(SubjectKind kind, String id, String name) {
    return ImmutableSubject.of(kind, id, name);
  }

  /**
   * @param s the school
   * @return the school as a subject
   */
  static Subject sekolah(Sekolah s) {
    return of(SubjectKind.SEKOLAH, s.sekolahId(), s.nama());
  }

  /**
   * @param p a PTK
   * @return the PTK as a subject
   */
  static Subject ptk(Ptk p) {
    return of(SubjectKind.PTK, p.ptkId(), p.nama());
  }

  /**
   * @param pd a student
   * @return the student as a subject
   */
  static Subject pd(PesertaDidik pd) {
    return of(SubjectKind.PD, pd.pesertaDidikId(), pd.nama());
  }

  /**
   * @param r a rombel
   * @return the rombel as a subject
   */
  static Subject rombel(Rombel r) {
    return of(SubjectKind.ROMBEL, r.rombonganBelajarId(), r.nama());
  }

  /**
   * @param p a pembelajaran
   * @param r its rombel
   * @return the pembelajaran, named {@code "<mapel> — <rombel>"}
   */
  static Subject pembelajaran(Pembelajaran p, Rombel r) {
    String mapel = p.namaMataPelajaran().or(p::mataPelajaranId).orElse("?");
    return of(SubjectKind.PEMBELAJARAN, p.pembelajaranId(), mapel + " — " + r.nama());
  }
}
