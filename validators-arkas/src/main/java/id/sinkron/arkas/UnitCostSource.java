package id.sinkron.arkas;

/**
 * Where the BOSP unit cost of an estimate came from.
 *
 * @since 0.1
 */
public enum UnitCostSource {
  /** The supplement's {@code arkas.satuan_biaya}, which wins over the profile. */
  SUPPLEMENT,
  /** The regulation profile's {@code unitCosts} table (kabupaten entry, else jenjang entry). */
  PROFILE
}
