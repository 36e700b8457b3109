/**
 * The E-Rapor rules, one small package-private class per {@link id.sinkron.erapor.ERaporCode},
 * listed in {@link id.sinkron.erapor.rules.ERaporRules#all}.
 *
 * <p>Tier: internal to the module (only {@code ERaporRules} is public, for the validator). Rules
 * are stateless and thread-safe. No nulls: absence is {@code Optional}.
 */
package id.sinkron.erapor.rules;
