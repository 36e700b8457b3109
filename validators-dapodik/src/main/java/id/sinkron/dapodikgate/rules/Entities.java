package id.sinkron.dapodikgate.rules;

import id.sinkron.check.Application;
import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Subject;
import id.sinkron.check.SubjectKind;
import id.sinkron.identifier.Masking;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Dapodik entity (a {@code vld_*} table's entity, or a data table) is in the snapshot: the
 * subject a finding points at, and the downstream applications its rows feed ({@code
 * downstream.properties}).
 */
final class Entities {
  private static final Properties DOWNSTREAM = load();

  /** Runs of 8+ digits in Dapodik's free text may be identifiers: masked. */
  private static final Pattern DIGITS = Pattern.compile("\\d{8,}");

  private Entities() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        Entities.class.getResourceAsStream("/id/sinkron/dapodikgate/downstream.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * @return the applications rows of {@code entity} feed (exact key, else the longest prefix key)
   */
  static Set<Application> downstream(String entity) {
    String key = entity.toLowerCase(Locale.ROOT);
    String v = DOWNSTREAM.getProperty(key);
    if (v == null) {
      String best = null;
      for (String k : DOWNSTREAM.stringPropertyNames()) {
        if (k.endsWith("_") && key.startsWith(k) && (best == null || k.length() > best.length())) {
          best = k;
        }
      }
      v = best == null ? "" : DOWNSTREAM.getProperty(best);
    }
    Set<Application> apps = EnumSet.noneOf(Application.class);
    for (String a : v.split(",")) {
      if (!a.isBlank()) {
        apps.add(Application.valueOf(a.strip()));
      }
    }
    return apps;
  }

  /**
   * @return the localised list of applications ("Info GTK, E-Rapor dan ARKAS"), or the "unknown"
   *     text
   */
  static String appList(FindingSink out, Set<Application> apps) {
    if (apps.isEmpty()) {
      return out.messages().format("dapodik.apps.none");
    }
    List<String> names = new ArrayList<>();
    for (Application a : apps) {
      names.add(out.messages().format("dapodik.app." + a.name()));
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    StringJoiner j = new StringJoiner(", ");
    names.subList(0, names.size() - 1).forEach(j::add);
    return out.messages().format("dapodik.apps.list", j.toString(), names.get(names.size() - 1));
  }

  /**
   * @return the subject kind of an entity's rows
   */
  static SubjectKind kindOf(String entity) {
    String e = entity.toLowerCase(Locale.ROOT);
    if (e.equals("ptk")
        || e.startsWith("ptk_")
        || e.startsWith("rwy_")
        || e.equals("tugas_tambahan")) {
      return SubjectKind.PTK;
    }
    if (e.equals("peserta_didik")
        || e.startsWith("pd_")
        || e.equals("reg_pd")
        || e.startsWith("registrasi_")
        || e.equals("peserta_didik_longitudinal")
        || e.equals("anggota_rombel")) {
      return SubjectKind.PD;
    }
    if (e.equals("rombel") || e.equals("rombongan_belajar")) {
      return SubjectKind.ROMBEL;
    }
    if (e.equals("pembelajaran")) {
      return SubjectKind.PEMBELAJARAN;
    }
    return SubjectKind.SEKOLAH;
  }

  /**
   * @return the subject for a row of {@code entity} with id {@code rowId}: the person or rombel
   *     from the snapshot when the id is theirs; else the entity's kind with the id (name "?"); the
   *     school when the row has no id or the entity is a school-level one
   */
  static Subject subject(RuleContext ctx, String entity, Optional<String> rowId) {
    SubjectKind kind = kindOf(entity);
    if (rowId.isEmpty() || kind == SubjectKind.SEKOLAH) {
      return school(ctx);
    }
    String id = rowId.get();
    switch (kind) {
      case PTK -> {
        Optional<Ptk> p = ctx.index().ptk(id).or(() -> ctx.index().ptkByTerdaftarId(id));
        if (p.isPresent()) {
          return Subject.ptk(p.get());
        }
      }
      case PD -> {
        Optional<PesertaDidik> p = ctx.index().pesertaDidik(id);
        if (p.isEmpty()) {
          p =
              ctx.snapshot().pesertaDidik().stream()
                  .filter(x -> x.registrasiId().map(id::equals).orElse(false))
                  .findFirst();
        }
        if (p.isPresent()) {
          return Subject.pd(p.get());
        }
      }
      case ROMBEL -> {
        if (ctx.index().rombel(id).isPresent()) {
          return Subject.rombel(ctx.index().rombel(id).get());
        }
      }
      default -> {
        // no lookup
      }
    }
    return Subject.of(kind, id, "?");
  }

  static Subject school(RuleContext ctx) {
    return ctx.snapshot()
        .sekolah()
        .map(Subject::sekolah)
        .orElseGet(() -> Subject.of(SubjectKind.SEKOLAH, "?", "?"));
  }

  /**
   * @return Dapodik's text with digit runs that may be identifiers masked; never null
   */
  static String dapodikText(Optional<String> text) {
    if (text.isEmpty()) {
      return "";
    }
    Matcher m = DIGITS.matcher(text.get());
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(Masking.maskIdentifier(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }
}
