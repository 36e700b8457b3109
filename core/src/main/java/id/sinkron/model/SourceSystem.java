package id.sinkron.model;

/**
 * The mother-data system a {@link SchoolSnapshot} comes from ({@link Provenance#system()}). An
 * application is judged only on the data of the system it reads: Info GTK, E-Rapor, ARKAS and the
 * Dapodik gate on Dapodik, BOS Madrasah on EMIS; the others are not applicable.
 *
 * @since 0.2
 */
public enum SourceSystem {
  /** Dapodik (Kemendikdasmen): Web Service responses, dump folders, the live Web Service. */
  DAPODIK,
  /** EMIS 4.0 (Kemenag): the madrasah student export ({@code id.sinkron.emis.EmisExport}). */
  EMIS
}
