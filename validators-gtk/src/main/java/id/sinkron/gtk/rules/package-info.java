/**
 * The Info GTK rules: one small package-private class per {@code GTK-*} code, listed in {@link
 * id.sinkron.gtk.rules.GtkRules#all}.
 *
 * <p>Tier: internal to the module (only {@link id.sinkron.gtk.rules.GtkRules} is public, for {@link
 * id.sinkron.gtk.InfoGtkValidator}). No nulls: absence is {@code Optional}. Rules are stateless and
 * thread-safe; thresholds come from {@code ctx.profile()}, never from literals.
 */
package id.sinkron.gtk.rules;
