/**
 * Comparing two snapshots of one school: what the edits between them will do downstream. {@link
 * id.sinkron.compare.Comparison} holds both reports, the findings fixed, new and unchanged per
 * application (matched by {@link id.sinkron.compare.FindingKey}), the changes to the school itself
 * ({@link id.sinkron.compare.SchoolChanges}: PTK and students added or removed, rombel deleted,
 * re-created, renamed or with another wali, members moved) and each application's own deltas (a
 * teacher's recognised load, the BOSP count) through {@link
 * id.sinkron.check.ApplicationValidator#compare}.
 *
 * @since 0.2
 */
package id.sinkron.compare;
