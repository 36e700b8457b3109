/**
 * Info GTK: predicts, per teacher, what Info GTK will show for the certified-teacher allowance
 * (TPG) — predicted status, Info GTK status codes (01, 02, 04, 06), recognised teaching load (JTM)
 * with its full breakdown, JJM category — and reports every {@code GTK-*} finding of RULES.md.
 *
 * <p>Entry points: {@link id.sinkron.gtk.InfoGtk} (typed assessment), {@link
 * id.sinkron.gtk.BebanKerja} (the teaching-load calculator), {@link id.sinkron.gtk.LinearityTable}
 * (certification field → linear subjects, bundled and overridable), {@link id.sinkron.gtk.GtkCode}
 * (the stable codes) and {@link id.sinkron.gtk.InfoGtkValidator} (the {@code ApplicationValidator}
 * found by the facade).
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}. Every value type is immutable and
 * thread-safe. Every regulation number comes from the check's {@link
 * id.sinkron.profile.RegulationProfile}.
 */
@id.sinkron.model.SinkronStyle
package id.sinkron.gtk;
