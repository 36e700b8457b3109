package com.example.school;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;

public final class CheckSchool {
  public static Report check(Path dir, LocalDate asOf) {
    SchoolSnapshot school = WebServiceDump.read(dir);             // saved getSekolah.json, getGtk.json, ...
    Report report = Sinkron.checker().asOf(asOf).check(school);   // every validator on the classpath

    for (Application app : Application.values()) {
      System.out.println(app + ": " + report.verdict(app));       // READY / NOT_READY / NOT_EVALUATED
    }
    for (Finding f : report.findings()) {                         // stable order; identifiers masked
      System.out.println(f.severity() + " " + f.code() + " " + f.subject().maskedName() + ": " + f.message());
    }
    System.out.println("ready: " + report.isReady());            // the gate: every requested application READY
    return report;
  }
}
