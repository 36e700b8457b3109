package id.sinkron.dapodikgate;

import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.BasisTable;
import id.sinkron.check.FindingCode;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;

/**
 * The stable codes of the Dapodik sync gate (RULES.md, "Dapodik sync gate"). Codes are public API:
 * never renamed or reused. Each constant carries its default severity, its subject kind (null: the
 * row's entity), a short reference, and its {@link #basis()} (how we know Dapodik behaves so) from
 * {@code basis.tsv} beside the messages; evidence in {@code docs/evidence/dapodik-sync.md}.
 *
 * @since 0.2
 */
public enum DapodikGateCode implements FindingCode {
  /** Dapodik's own validation marks a row invalid: the sync will be refused. */
  VALIDATION_INVALID(
      "DAPODIK-VALIDATION-INVALID",
      Severity.BLOCKER,
      null,
      "Dapodik FAQ 4.1.0: an invalid (red) validation result blocks the sync; the row comes from Dapodik's own"
          + " vld_* tables or validation endpoint (dapodix/dapodik-2022 Vld*TableMap.php)"),
  /** Dapodik's own validation marks a row as a warning: the sync goes through. */
  VALIDATION_WARNING(
      "DAPODIK-VALIDATION-WARNING",
      Severity.WARNING,
      null,
      "Dapodik FAQ 4.1.0: a warning (yellow) validation result does not block the sync"),
  /** A validation result whose kind (invalid or warning) cannot be told from the data. */
  VALIDATION_UNCLASSIFIED(
      "DAPODIK-VALIDATION-UNCLASSIFIED",
      Severity.WARNING,
      null,
      "ref.errortype's kategori_error values (and the endpoint's tipe) are not public: Sinkron maps them with"
          + " bundled, overridable data and reports what the mapping does not know"),
  /** More parallel class rombel at an entry tingkat than the students need. */
  ROMBEL_RATIO(
      "DAPODIK-ROMBEL-RATIO",
      Severity.WARNING,
      SubjectKind.SEKOLAH,
      "operator-cases.md AR-03 (dapodik.co.id 2018-08 'Dapodik versi 2019 jumlah rombongan'; tribunnews Solo"
          + " 2025-08-14): rombel count at tingkat 1/7/10 above ceil(students / cap) reported invalid"),
  /**
   * No user, or more than one, with the Kepala Sekolah role linked to the active kepala sekolah.
   */
  KS_ROLE(
      "DAPODIK-KS-ROLE",
      Severity.BLOCKER,
      SubjectKind.SEKOLAH,
      "Dapodik changelog 2021.b (only the Kepala Sekolah role syncs), 2026.C (enforced); a duplicated or missing"
          + " KS account stops the sync [operator reports]"),
  /** The latest sync run failed, or a table recorded conflicts. */
  LAST_SYNC_FAILED(
      "DAPODIK-LAST-SYNC-FAILED",
      Severity.WARNING,
      SubjectKind.SEKOLAH,
      "sync_log / table_sync_log columns from dapodix/dapodik-2022 Propel table maps; the values of is_success"
          + " are not documented and are read tolerantly"),
  /** Rows changed locally since the last sync: the other applications do not see them yet. */
  PENDING_CHANGES(
      "DAPODIK-PENDING-CHANGES",
      Severity.INFO,
      SubjectKind.SEKOLAH,
      "last_update / last_sync on every row (dapodix/dapodik-2022 Propel table maps); a change is pending when"
          + " last_update > last_sync (supported by DapoMaster FIX_UPDATER_ID.md); only synced data reaches"
          + " the centre"),
  /** Rows changed without updater_id: edited outside the Dapodik application. */
  EDITED_OUTSIDE_APP(
      "DAPODIK-EDITED-OUTSIDE-APP",
      Severity.WARNING,
      null,
      "DapoMaster FIX_UPDATER_ID.md: database edits without updater_id / last_update did not sync"),
  /** A name holding a tab or line break. */
  NAME_CONTROL_CHARS(
      "DAPODIK-NAME-CONTROL-CHARS",
      Severity.WARNING,
      null,
      "dapodix/dapodik-2022 docs/changelog.md: names with tab or line-break characters are checked since 2022"),
  /** A person's name holding digits. */
  NAME_DIGITS(
      "DAPODIK-NAME-DIGITS",
      Severity.WARNING,
      null,
      "khalidsaifuddin/simdik-backend rekapRaporPD.php / rekapRaporPTK.php: 'Nama mengandung angka'"),
  /** The mother's name empty, holding the word "ibu", or a placeholder. */
  NAMA_IBU_INVALID(
      "DAPODIK-NAMA-IBU-INVALID",
      Severity.WARNING,
      SubjectKind.PD,
      "khalidsaifuddin/simdik-backend rekapRaporPD.php: 'Nama Ibu Kandung mengandung kata ibu'"),
  /** PNS/CPNS without SK CPNS, TMT PNS or pangkat/golongan. */
  PNS_KEPEGAWAIAN_INCOMPLETE(
      "DAPODIK-PNS-KEPEGAWAIAN-INCOMPLETE",
      Severity.WARNING,
      SubjectKind.PTK,
      "khalidsaifuddin/simdik-backend rekapRaporPTK.php: 'SK CPNS kosong', 'TMT PNS kosong', 'Pangkat Golongan"
          + " kosong' for status_kepegawaian_id 1, 2, 3, 10");

  private final String code;
  private final Severity severity;
  private final SubjectKind subject;
  private final String reference;

  DapodikGateCode(String code, Severity severity, SubjectKind subject, String reference) {
    this.code = code;
    this.severity = severity;
    this.subject = subject;
    this.reference = reference;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Application application() {
    return Application.DAPODIK;
  }

  /**
   * @return the default severity RULES.md gives
   */
  public Severity severity() {
    return severity;
  }

  /**
   * @return the subject kind, or null when it is the row's entity
   */
  public SubjectKind subjectKind() {
    return subject;
  }

  @Override
  public String reference() {
    return reference;
  }

  /**
   * @return how we know Dapodik behaves so, from the module's {@code basis.tsv}
   */
  @Override
  public Basis basis() {
    return Bases.TABLE.get(code);
  }

  /** Loaded on first use, so a missing row fails the completeness test, not class loading. */
  private static final class Bases {
    static final BasisTable TABLE =
        BasisTable.load(Bases.class, "/id/sinkron/dapodikgate/basis.tsv");
  }
}
