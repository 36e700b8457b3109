package id.sinkron.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.identifier.IdentifierKind;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nip;
import id.sinkron.identifier.Nism;
import id.sinkron.identifier.Nisn;
import id.sinkron.identifier.Npsn;
import id.sinkron.identifier.Npwp;
import id.sinkron.identifier.Nrg;
import id.sinkron.identifier.Nsm;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.JenisKelamin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sinkron id KIND VALUE}: checks one identifier (or a file of them, one per line) with the
 * same parsers the rules use, and prints validity, the reason when invalid, and what the number
 * encodes.
 */
@Command(
    name = "id",
    mixinStandardHelpOptions = true,
    description =
        "Check identifiers of every kind the library knows (KIND below). Prints validity, the reason, and what the number encodes.")
final class IdCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  /**
   * The kinds come from the library's {@link IdentifierKind}, case-insensitive on the command line.
   */
  @Parameters(
      index = "0",
      paramLabel = "KIND",
      completionCandidates = Kinds.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  IdentifierKind kind;

  /** The kinds for {@code --help} and shell completion, as typed: lower case. */
  static final class Kinds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(IdentifierKind.values())
          .map(k -> k.name().toLowerCase(Locale.ROOT))
          .iterator();
    }
  }

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VALUE",
      description = "The value (omit with --batch).")
  String value;

  @Option(
      names = "--batch",
      paramLabel = "FILE",
      description = "Read one value per line from FILE.")
  Path batch;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (default) or json (one object per line).")
  Format format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Resolve a NIK's two-digit year not after this date (default today).")
  LocalDate asOf;

  @Mixin LanguageOption language = new LanguageOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one input decodes to; fields that do not apply are null. */
  record Result(
      String input,
      boolean valid,
      String reason,
      LocalDate birthDate,
      JenisKelamin sex,
      String province,
      List<String> extra) {}

  @Override
  public Integer call() throws IOException {
    List<String> inputs = new ArrayList<>();
    if (batch != null) {
      if (value != null) {
        throw new IllegalArgumentException("give either VALUE or --batch FILE, not both");
      }
      if (!Files.isReadable(batch)) {
        throw new IllegalArgumentException(batch + ": cannot read the file");
      }
      for (String line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          inputs.add(line.strip());
        }
      }
    } else if (value != null) {
      inputs.add(value);
    } else {
      throw new IllegalArgumentException("missing VALUE (or --batch FILE)");
    }
    CliText t = new CliText(language.locale());
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    LocalDate notAfter = asOf != null ? asOf : LocalDate.now();
    for (String in : inputs) {
      Result r = decode(kind, in, notAfter);
      allValid &= r.valid();
      out.println(format == Format.json ? json(r) : text(r, t));
    }
    out.flush();
    return allValid ? SinkronCli.READY : SinkronCli.BLOCKERS;
  }

  /**
   * The problems of {@code in} as the library's parser for {@code kind} sees them.
   *
   * <p>Every {@link IdentifierKind} needs its line here; {@code IdCommandTest} fails for a kind
   * without one (the switch is exhaustive, so a new kind does not compile without its line).
   */
  static List<IdentifierProblem> problems(IdentifierKind kind, String in) {
    return switch (kind) {
      case NIK -> Nik.check(in);
      case NISN -> Nisn.check(in);
      case NPSN -> Npsn.check(in);
      case NUPTK -> Nuptk.check(in);
      case NIP -> Nip.check(in);
      case NRG -> Nrg.check(in);
      case NPWP -> Npwp.check(in);
      case NSM -> Nsm.check(in);
      case NISM -> Nism.check(in);
    };
  }

  static Result decode(IdentifierKind kind, String in, LocalDate notAfter) {
    List<IdentifierProblem> problems = problems(kind, in);
    if (!problems.isEmpty()) {
      return new Result(in, false, problems.get(0).name(), null, null, null, List.of());
    }
    List<String> extra = new ArrayList<>();
    switch (kind) {
      case NIK:
        {
          Nik n = Nik.parse(in);
          return new Result(
              in, true, null, n.birthDate(notAfter).orElse(null), n.sex(), n.provinceName(), extra);
        }
      case NIP:
        {
          Nip n = Nip.parse(in);
          extra.add(n.form().name());
          n.tmtCpns()
              .ifPresentOrElse(
                  tmt -> extra.add(tmt.toString()), () -> extra.add(Integer.toString(n.tmtYear())));
          return new Result(in, true, null, n.birthDate(), n.sex(), null, extra);
        }
      case NUPTK:
        {
          if (Nuptk.parse(in).isTemporary()) {
            extra.add("TEMPORARY");
          }
          return new Result(in, true, null, null, null, null, extra);
        }
      case NPWP:
        {
          Npwp n = Npwp.parse(in);
          // what the number is: a citizen's NIK used as NPWP, or a (legacy) 15/16-digit tax number
          extra.add(
              n.isNikBased()
                  ? "NIK_BASED"
                  : Npwp.normalize(in).length() == Npwp.LEGACY_LENGTH
                      ? "LEGACY_15_DIGITS"
                      : "16_DIGITS");
          return new Result(in, true, null, null, null, null, extra);
        }
      default:
        return new Result(in, true, null, null, null, null, extra);
    }
  }

  private String text(Result r, CliText t) {
    StringBuilder b = new StringBuilder();
    b.append(r.input()).append(": ").append(t.t(r.valid() ? "id.valid" : "id.invalid"));
    if (r.reason() != null) {
      b.append(" (").append(t.t("id.reason")).append(": ").append(r.reason()).append(')');
    }
    if (r.birthDate() != null) {
      b.append("; ").append(t.t("id.birthDate")).append(' ').append(r.birthDate());
    }
    if (r.sex() != null) {
      b.append("; ").append(t.t("id.sex")).append(' ').append(r.sex());
    }
    if (r.province() != null) {
      b.append("; ").append(t.t("id.province")).append(' ').append(r.province());
    }
    if (kind == IdentifierKind.NIP && r.valid()) {
      b.append("; ")
          .append(t.t("id.form"))
          .append(' ')
          .append(r.extra().get(0))
          .append("; ")
          .append(t.t("id.tmt"))
          .append(' ')
          .append(r.extra().get(1));
    } else if (!r.extra().isEmpty()) {
      b.append("; ").append(String.join(", ", r.extra()));
    }
    return b.toString();
  }

  private static String json(Result r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("input", r.input());
      g.writeBooleanField("valid", r.valid());
      g.writeStringField("reason", r.reason());
      g.writeStringField("birthDate", r.birthDate() == null ? null : r.birthDate().toString());
      g.writeStringField("sex", r.sex() == null ? null : r.sex().name());
      g.writeStringField("province", r.province());
      g.writeArrayFieldStart("notes");
      for (String e : r.extra()) {
        g.writeString(e);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }
}
