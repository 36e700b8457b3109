package id.sinkron.examples;

import id.sinkron.check.CheckOptions;
import id.sinkron.examples.cli.DemoSchool;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkAssessment;
import id.sinkron.gtk.InfoGtk;
import id.sinkron.gtk.TeacherAssessment;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Each teacher's predicted Info GTK status and the teaching load Info GTK will recognise, with the
 * breakdown an operator needs to fix a shortfall.
 */
public final class GtkTeachingLoad {
  private GtkTeachingLoad() {}

  /** Prints every teacher of the demo school below the minimum, with the breakdown. */
  public static void main(String[] args) {
    shortfalls(DemoSchool.read()).forEach(System.out::println);
  }

  /**
   * @return one line per teacher whose recognised load is below the minimum
   */
  public static List<String> shortfalls(SchoolSnapshot school) {
    // tag::gtk[]
    GtkAssessment gtk =
        InfoGtk.assess(school, CheckOptions.builder().referenceDate(DemoSchool.AS_OF).build());
    return gtk.teachers().stream()
        .filter(t -> t.recognisedJtm().isPresent() && t.bebanKerja().shortfallJtm() > 0)
        .map(t -> describe(t, t.bebanKerja()))
        .collect(Collectors.toList());
    // end::gtk[]
  }

  private static String describe(TeacherAssessment t, BebanKerja load) {
    return String.format(
        "%s %s codes=%s JJM %s: %d teaching + %d wali kelas + %d other duties + %d main duty = %d, %d short of %d",
        t.maskedName(),
        t.status(),
        t.codes(),
        load.jjmCategory(),
        load.recognisedTeachingJtm(),
        load.waliKelasJtm(),
        load.otherDutyJtm(),
        load.mainDutyJtm(),
        load.recognisedJtm(),
        load.shortfallJtm(),
        load.minJtm());
  }
}
