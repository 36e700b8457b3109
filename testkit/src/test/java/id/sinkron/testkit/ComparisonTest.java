package id.sinkron.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.arkas.BospChanges;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.compare.ApplicationComparison;
import id.sinkron.compare.Comparison;
import id.sinkron.compare.FindingKey;
import id.sinkron.compare.SchoolChanges;
import id.sinkron.compare.SchoolChanges.RombelChange;
import id.sinkron.compare.SchoolChanges.RombelChangeKind;
import id.sinkron.gtk.DutyOutcome;
import id.sinkron.gtk.GtkChanges;
import id.sinkron.gtk.GtkStatus;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code Checker.compare} on generated before/after pairs: keys, deltas, identity and mirror. */
class ComparisonTest {
  private static SchoolPair pair(Edit edit) {
    return SchoolGenerator.smp().seed(11).students(260).pair(edit);
  }

  private static Comparison compare(SchoolPair p, SchoolSnapshot a, SchoolSnapshot b) {
    return Sinkron.checker().asOf(p.referenceDate()).compare(a, b);
  }

  @ParameterizedTest
  @EnumSource(Jenjang.class)
  void aSnapshotComparedWithItselfHasNoChange(Jenjang j) {
    SchoolGenerator g =
        j.generator()
            .seed(3)
            .students(150)
            .with(Defect.STUDENT_WITHOUT_NISN)
            .with(Defect.TEACHER_BELOW_MINIMUM_LOAD);
    SchoolSnapshot s = g.build();
    Comparison c = Sinkron.checker().asOf(g.referenceDate()).compare(s, s);
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.introducesBlocker()).isFalse();
    assertThat(c.application(Application.ARKAS).unchanged())
        .extracting(Finding::code)
        .contains("ARKAS-PD-NO-NISN");
    assertThat(c.details(Application.INFO_GTK, GtkChanges.class))
        .get()
        .extracting(GtkChanges::teachers)
        .asList()
        .isEmpty();
    assertThat(c.details(Application.ARKAS, BospChanges.class))
        .get()
        .satisfies(b -> assertThat(b.entered()).isEmpty())
        .satisfies(b -> assertThat(b.left()).isEmpty());
  }

  @Test
  void findingKeysDoNotDependOnTheOrderOfRows() {
    SchoolGenerator g =
        SchoolGenerator.sma()
            .seed(5)
            .students(200)
            .with(Defect.STUDENT_WITHOUT_NISN)
            .with(Defect.ROMBEL_WITHOUT_WALI);
    SchoolSnapshot s = g.build();
    SchoolSnapshot shuffled =
        ImmutableSchoolSnapshot.copyOf(s)
            .withPtk(reversed(s.ptk()))
            .withPesertaDidik(reversed(s.pesertaDidik()))
            .withRombel(reversed(s.rombel()));
    Comparison c = Sinkron.checker().asOf(g.referenceDate()).compare(s, shuffled);
    for (ApplicationComparison a : c.applications().values()) {
      assertThat(a.fixed()).as(a.application().name()).isEmpty();
      assertThat(a.introduced()).as(a.application().name()).isEmpty();
    }
    assertThat(c.school().isEmpty()).isTrue();
    assertThat(c.application(Application.ARKAS).unchanged()).isNotEmpty();
  }

  @Test
  void reCreatedRombelLosesTheCertifiedTeachersHoursAndOrphansItsGrades() {
    SchoolPair p = pair(Edit.RECREATE_ROMBEL_WITH_CERTIFIED_HOURS);
    Comparison c = compare(p, p.before(), p.after());

    RombelChange rc =
        c.school().rombel().stream()
            .filter(r -> r.kind() == RombelChangeKind.RECREATED)
            .collect(single());
    Rombel old =
        p.before().rombel().stream()
            .filter(r -> r.rombonganBelajarId().equals(rc.beforeId().orElseThrow()))
            .findFirst()
            .orElseThrow();
    assertThat(rc.afterId()).isPresent().isNotEqualTo(rc.beforeId());
    assertThat(rc.membersBefore())
        .isEqualTo(old.anggotaRombel().size())
        .isEqualTo(rc.membersAfter());
    assertThat(rc.jtmAfter()).isZero();
    assertThat(rc.jtmBefore())
        .isEqualTo(
            old.pembelajaran().stream().mapToInt(x -> x.jamMengajarPerMinggu().orElse(0)).sum());
    assertThat(c.school().moves()).as("members follow the re-creation, they do not move").isEmpty();
    assertThat(c.school().studentsAdded()).isEmpty();

    GtkChanges gtk = c.details(Application.INFO_GTK, GtkChanges.class).orElseThrow();
    Set<String> teachersThere =
        old.pembelajaran().stream().flatMap(x -> x.ptkId().stream()).collect(Collectors.toSet());
    assertThat(gtk.teachers())
        .extracting(GtkChanges.TeacherChange::ptkId)
        .containsAll(teachersThere);
    for (GtkChanges.TeacherChange t : gtk.teachers()) {
      int lost =
          old.pembelajaran().stream()
              .filter(x -> x.ptkId().equals(Optional.of(t.ptkId())))
              .mapToInt(x -> x.jamMengajarPerMinggu().orElse(0))
              .sum();
      assertThat(t.hours())
          .allSatisfy(
              h -> {
                assertThat(h.rombonganBelajarId()).isEqualTo(old.rombonganBelajarId());
                assertThat(h.jtmAfter()).isZero();
              });
      assertThat(t.hours().stream().mapToInt(GtkChanges.HoursChange::jtmBefore).sum())
          .isEqualTo(lost);
      if (t.recognisedJtmBefore().isPresent() && t.recognisedJtmAfter().isPresent()) {
        assertThat(t.jtmDelta())
            .get()
            .matches(d -> d < 0 && d >= -lost, "dropped by at most " + lost);
      }
    }
    assertThat(gtk.teachers())
        .as("a certified teacher's prediction changes")
        .anyMatch(
            t ->
                t.statusBefore().equals(Optional.of(GtkStatus.VALID)) && !t.codesAfter().isEmpty()
                    || t.jtmDelta().orElse(0) < 0);

    assertThat(c.application(Application.E_RAPOR).introduced())
        .extracting(FindingKey::of)
        .contains(
            new FindingKey(
                "ERAPOR-ROMBEL-NO-PEMBELAJARAN",
                id.sinkron.check.SubjectKind.ROMBEL,
                rc.afterId().orElseThrow(),
                "pembelajaran"));
  }

  @Test
  void aMovedStudentIsOneMoveAndChangesNoCount() {
    SchoolPair p = pair(Edit.MOVE_STUDENT);
    Comparison c = compare(p, p.before(), p.after());
    assertThat(c.school().moves())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.from()).isPresent();
              assertThat(m.to()).isPresent();
              assertThat(m.from().get().id()).isNotEqualTo(m.to().get().id());
              assertThat(
                      p.after().rombel().stream()
                          .filter(r -> r.rombonganBelajarId().equals(m.to().get().id()))
                          .flatMap(r -> r.anggotaRombel().stream())
                          .map(AnggotaRombel::pesertaDidikId))
                  .contains(m.student().id());
            });
    assertThat(c.school().rombel()).isEmpty();
    BospChanges bosp = c.details(Application.ARKAS, BospChanges.class).orElseThrow();
    assertThat(bosp.delta()).isZero();
    assertThat(c.introducesBlocker()).isFalse();
  }

  @Test
  void aMergerThatDropsMembersTakesThemOutOfTheBospCount() {
    SchoolPair p = pair(Edit.MERGE_ROMBEL_DROPPING_MEMBERS);
    Comparison c = compare(p, p.before(), p.after());
    RombelChange gone =
        c.school().rombel().stream()
            .filter(r -> r.kind() == RombelChangeKind.DELETED)
            .collect(single());
    Rombel deleted =
        p.before().rombel().stream()
            .filter(r -> r.rombonganBelajarId().equals(gone.beforeId().orElseThrow()))
            .findFirst()
            .orElseThrow();
    Set<String> members =
        deleted.anggotaRombel().stream()
            .map(AnggotaRombel::pesertaDidikId)
            .collect(Collectors.toSet());

    assertThat(c.school().moves())
        .extracting(m -> m.student().id())
        .containsExactlyInAnyOrderElementsOf(members);
    assertThat(c.school().moves()).allSatisfy(m -> assertThat(m.to()).isEmpty());
    BospChanges bosp = c.details(Application.ARKAS, BospChanges.class).orElseThrow();
    assertThat(bosp.left())
        .extracting(BospChanges.StudentChange::pesertaDidikId)
        .containsExactlyInAnyOrderElementsOf(members);
    assertThat(bosp.left())
        .allSatisfy(
            s -> {
              assertThat(s.before()).isEqualTo(BospChanges.Standing.COUNTED);
              assertThat(s.after()).isEqualTo(BospChanges.Standing.EXCLUDED);
              assertThat(s.reasonsAfter()).contains(ExclusionReason.NO_ROMBEL);
            });
    assertThat(bosp.delta()).isEqualTo(-members.size());
    assertThat(c.introducesBlocker()).isTrue();
    assertThat(c.application(Application.ARKAS).introduced())
        .filteredOn(f -> f.code().equals("ARKAS-PD-NO-ROMBEL"))
        .extracting(f -> f.subject().id())
        .containsExactlyInAnyOrderElementsOf(members);
  }

  @Test
  void aNewWaliIsOneChangeAndMovesTheWaliKelasDuty() {
    SchoolPair p = pair(Edit.CHANGE_WALI);
    Comparison c = compare(p, p.before(), p.after());
    RombelChange rc = c.school().rombel().stream().collect(single());
    assertThat(rc.kind()).isEqualTo(RombelChangeKind.WALI_CHANGED);
    assertThat(rc.beforeId()).isEqualTo(rc.afterId());
    assertThat(rc.waliBefore()).isPresent().isNotEqualTo(rc.waliAfter());
    Rombel after =
        p.after().rombel().stream()
            .filter(r -> r.rombonganBelajarId().equals(rc.afterId().orElseThrow()))
            .findFirst()
            .orElseThrow();
    Rombel before =
        p.before().rombel().stream()
            .filter(r -> r.rombonganBelajarId().equals(rc.beforeId().orElseThrow()))
            .findFirst()
            .orElseThrow();
    GtkChanges gtk = c.details(Application.INFO_GTK, GtkChanges.class).orElseThrow();
    assertThat(gtk.teachers())
        .extracting(GtkChanges.TeacherChange::ptkId)
        .contains(after.ptkId().orElseThrow(), before.ptkId().orElseThrow());
    GtkChanges.TeacherChange newWali =
        gtk.teachers().stream()
            .filter(t -> t.ptkId().equals(after.ptkId().orElseThrow()))
            .findFirst()
            .orElseThrow();
    assertThat(newWali.duties())
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(id.sinkron.gtk.DutyKind.WALI_KELAS);
              assertThat(d.jtmBefore()).isZero();
              assertThat(d.jtmAfter()).isPositive();
            });
  }

  @Test
  void anEndedDutyNoLongerCounts() {
    SchoolPair p = pair(Edit.END_DUTY);
    Comparison c = compare(p, p.before(), p.after());
    GtkChanges gtk = c.details(Application.INFO_GTK, GtkChanges.class).orElseThrow();
    GtkChanges.TeacherChange t = gtk.teachers().stream().collect(single());
    assertThat(t.duties())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.jtmBefore()).isPositive();
              assertThat(d.jtmAfter()).isZero();
              assertThat(d.outcomeAfter()).contains(DutyOutcome.ENDED);
            });
    assertThat(t.jtmDelta()).contains(-t.duties().get(0).jtmBefore());
    assertThat(c.school().isEmpty()).as("a supplement edit changes no Web Service data").isTrue();
  }

  @ParameterizedTest
  @EnumSource(Edit.class)
  void comparingBackwardsMirrorsComparingForwards(Edit edit) {
    SchoolPair p = pair(edit);
    Comparison ab = compare(p, p.before(), p.after());
    Comparison ba = compare(p, p.after(), p.before());
    assertThat(ab.isEmpty()).as("the edit changes something").isFalse();
    for (Application app : Application.values()) {
      ApplicationComparison x = ab.application(app);
      ApplicationComparison y = ba.application(app);
      assertThat(keys(x.fixed())).isEqualTo(keys(y.introduced()));
      assertThat(keys(x.introduced())).isEqualTo(keys(y.fixed()));
      assertThat(keys(x.unchanged())).isEqualTo(keys(y.unchanged()));
      assertThat(x.verdictBefore()).isEqualTo(y.verdictAfter());
    }
    SchoolChanges f = ab.school();
    SchoolChanges b = ba.school();
    assertThat(f.ptkAdded()).isEqualTo(b.ptkRemoved());
    assertThat(f.studentsAdded()).isEqualTo(b.studentsRemoved());
    assertThat(f.studentsRemoved()).isEqualTo(b.studentsAdded());
    assertThat(f.rombel()).hasSameSizeAs(b.rombel());
    for (RombelChange rc : f.rombel()) {
      assertThat(b.rombel())
          .anySatisfy(
              o -> {
                assertThat(o.kind())
                    .isEqualTo(
                        switch (rc.kind()) {
                          case DELETED -> RombelChangeKind.CREATED;
                          case CREATED -> RombelChangeKind.DELETED;
                          default -> rc.kind();
                        });
                assertThat(o.beforeId()).isEqualTo(rc.afterId());
                assertThat(o.afterId()).isEqualTo(rc.beforeId());
                assertThat(o.membersBefore()).isEqualTo(rc.membersAfter());
                assertThat(o.jtmBefore()).isEqualTo(rc.jtmAfter());
              });
    }
    assertThat(f.moves()).hasSameSizeAs(b.moves());
    for (SchoolChanges.MemberMove m : f.moves()) {
      assertThat(b.moves())
          .anySatisfy(
              o -> {
                assertThat(o.student().id()).isEqualTo(m.student().id());
                assertThat(o.from()).isEqualTo(m.to());
                assertThat(o.to()).isEqualTo(m.from());
              });
    }
    List<GtkChanges.TeacherChange> tf =
        ab.details(Application.INFO_GTK, GtkChanges.class).orElseThrow().teachers();
    List<GtkChanges.TeacherChange> tb =
        ba.details(Application.INFO_GTK, GtkChanges.class).orElseThrow().teachers();
    assertThat(tf)
        .extracting(GtkChanges.TeacherChange::ptkId)
        .containsExactlyInAnyOrderElementsOf(
            tb.stream().map(GtkChanges.TeacherChange::ptkId).toList());
    for (GtkChanges.TeacherChange t : tf) {
      GtkChanges.TeacherChange o =
          tb.stream().filter(x -> x.ptkId().equals(t.ptkId())).findFirst().orElseThrow();
      assertThat(o.recognisedJtmBefore()).isEqualTo(t.recognisedJtmAfter());
      assertThat(o.statusBefore()).isEqualTo(t.statusAfter());
      assertThat(o.codesBefore()).isEqualTo(t.codesAfter());
    }
    BospChanges bf = ab.details(Application.ARKAS, BospChanges.class).orElseThrow();
    BospChanges bb = ba.details(Application.ARKAS, BospChanges.class).orElseThrow();
    assertThat(bf.delta()).isEqualTo(-bb.delta());
    assertThat(bf.entered())
        .extracting(BospChanges.StudentChange::pesertaDidikId)
        .containsExactlyInAnyOrderElementsOf(
            bb.left().stream().map(BospChanges.StudentChange::pesertaDidikId).toList());
  }

  @Test
  void theJsonNamesKeysAndDeltasWithoutPersonalData() throws Exception {
    SchoolPair p = pair(Edit.MERGE_ROMBEL_DROPPING_MEMBERS);
    Comparison c = compare(p, p.before(), p.after());
    com.fasterxml.jackson.databind.JsonNode j =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.toJson());
    assertThat(j.get("schema").asText()).isEqualTo(Comparison.SCHEMA);
    assertThat(j.get("introducesBlocker").asBoolean()).isTrue();
    assertThat(j.at("/applications/ARKAS/new")).isNotEmpty();
    List<String> newKeys = new ArrayList<>();
    j.at("/applications/ARKAS/new").forEach(n -> newKeys.add(n.get("key").asText()));
    assertThat(newKeys).anyMatch(k -> k.startsWith("ARKAS-PD-NO-ROMBEL|PD|"));
    assertThat(j.at("/changes/rombel/0/kind").asText()).isEqualTo("DELETED");
    assertThat(j.at("/details/ARKAS/countableAfter").asInt())
        .isEqualTo(j.at("/details/ARKAS/countableBefore").asInt() - c.school().moves().size());
    String json = c.toJson();
    for (var pd : p.before().pesertaDidik()) {
      assertThat(json).doesNotContain(pd.nama());
      pd.nisn().ifPresent(n -> assertThat(json).doesNotContain(n));
      pd.nik().ifPresent(n -> assertThat(json).doesNotContain(n));
    }
  }

  private static Set<String> keys(List<Finding> findings) {
    return findings.stream()
        .map(f -> FindingKey.of(f).toString())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static <T> List<T> reversed(List<T> l) {
    List<T> out = new ArrayList<>(l);
    Collections.reverse(out);
    return out;
  }

  private static <T> java.util.stream.Collector<T, ?, T> single() {
    return Collectors.collectingAndThen(
        Collectors.toList(),
        l -> {
          assertThat(l).hasSize(1);
          return l.get(0);
        });
  }

  /** The four generated jenjang. */
  enum Jenjang {
    SD,
    SMP,
    SMA,
    SMK;

    SchoolGenerator generator() {
      return switch (this) {
        case SD -> SchoolGenerator.sd();
        case SMP -> SchoolGenerator.smp();
        case SMA -> SchoolGenerator.sma();
        case SMK -> SchoolGenerator.smk();
      };
    }
  }
}
