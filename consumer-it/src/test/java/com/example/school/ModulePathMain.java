package com.example.school;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Launched by {@link ModulePathTest} in a JVM where Sinkron's jars (and Jackson, Jakarta Validation,
 * Hibernate Validator) are on the module path and this class on the class path. Prints what the
 * test asserts.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    LocalDate asOf = LocalDate.parse(args[1]);
    System.out.println("core-module " + Sinkron.class.getModule().getName());
    System.out.println("caller-named " + ModulePathMain.class.getModule().isNamed());
    for (ApplicationValidator v : Sinkron.discover(Sinkron.class.getClassLoader())) {
      System.out.println("validator " + v.application() + " " + v.getClass().getModule().getName());
    }
    SchoolSnapshot school = WebServiceDump.read(dir);
    Report id = Sinkron.checker().asOf(asOf).check(school);
    Report en = Sinkron.checker().asOf(asOf).locale(Locale.ENGLISH).check(school);
    for (Application app : Application.values()) {
      System.out.println("verdict " + app + " " + id.verdict(app));
    }
    for (int i = 0; i < id.findings().size(); i++) {
      Finding fi = id.findings().get(i);
      Finding fe = en.findings().get(i);
      System.out.println("finding " + fi.code() + " languages-differ " + !fi.message().equals(fe.message()));
    }
    System.out.println("json-bytes " + id.toJson().length());
    for (String p : new StudentForm("3204053213090004", "0094417265", "SISWA CONTOH").problems()) {
      System.out.println("problem " + p);
    }
  }
}
