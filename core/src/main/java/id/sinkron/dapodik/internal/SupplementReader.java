package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import id.sinkron.dapodik.DapodikFormatException;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutablePesertaDidikKeluar;
import id.sinkron.model.ImmutableSertifikasi;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Sertifikasi;
import id.sinkron.model.TugasTambahan;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Streams {@code sinkron-supplement.json} (DESIGN.md §4) section by section. Each PTK entry,
 * leaver, {@code arkas} and {@code versi} object is bound on its own ({@code erapor_version} is a
 * string or a number, kept as text); a record that cannot be read (a bad date, a value of the wrong
 * type) is reported as {@code INPUT-ROW-UNREADABLE} against the endpoint it supplements (getGtk for
 * {@code ptk}, getPesertaDidik for {@code peserta_didik_keluar}) and dropped, the rest is kept.
 */
final class SupplementReader {
  private final UnaryOperator<JsonParser> decorator;

  SupplementReader(UnaryOperator<JsonParser> decorator) {
    this.decorator = decorator;
  }

  void read(InputStream in, String file, SupplementData out, Problems problems) throws IOException {
    out.present = true;
    try (JsonParser p = decorator.apply(Json.FACTORY.createParser(in))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new DapodikFormatException(
            DapodikFormatException.Reason.WRONG_STRUCTURE,
            file,
            1,
            1,
            "the supplement must be a JSON object");
      }
      int rootDepth = p.getParsingContext().getNestingDepth();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "ptk":
            if (v == JsonToken.START_OBJECT) {
              out.ptkKnown = true;
              readPtk(p, file, out, problems);
            } else {
              expectNull(p, v, file, "ptk", "an object keyed by ptk_id");
            }
            break;
          case "peserta_didik_keluar":
            if (v == JsonToken.START_ARRAY) {
              readKeluar(p, file, out, problems);
            } else {
              expectNull(p, v, file, name, "a list");
            }
            break;
          case "arkas":
            if (v == JsonToken.START_OBJECT) {
              Dto.Arkas a =
                  BodyReader.bind(p, Json.ARKAS, rootDepth, file, null, -1, "arkas.", problems);
              if (a != null) {
                Fields f = new Fields().nested("arkas");
                Optional<Integer> jumlah =
                    f.integer("jumlah_siswa_dilaporkan", a.jumlahSiswaDilaporkan);
                Optional<Long> biaya = f.longValue("satuan_biaya", a.satuanBiaya);
                report(f, file, null, -1, problems);
                out.jumlahSiswaDilaporkan = jumlah;
                out.satuanBiaya = biaya;
              }
            } else {
              expectNull(p, v, file, name, "an object");
            }
            break;
          case "versi":
            if (v == JsonToken.START_OBJECT) {
              Dto.Versi ver =
                  BodyReader.bind(p, Json.VERSI, rootDepth, file, null, -1, "versi.", problems);
              if (ver != null) {
                out.versiDapodik = Fields.id(ver.dapodik);
              }
            } else {
              expectNull(p, v, file, name, "an object");
            }
            break;
          case "erapor_version":
            if (v == JsonToken.VALUE_STRING
                || v == JsonToken.VALUE_NUMBER_INT
                || v == JsonToken.VALUE_NUMBER_FLOAT) {
              out.eraporVersion = Fields.id(p.getText());
            } else {
              expectNull(p, v, file, name, "a version string such as \"7.0.4\"");
            }
            break;
          default:
            p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw BodyReader.formatException(file, e);
    }
  }

  private void readPtk(JsonParser p, String file, SupplementData out, Problems problems)
      throws IOException {
    int depth = p.getParsingContext().getNestingDepth();
    int ordinal = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      int row = ordinal++;
      Optional<String> ptkId = Fields.id(key);
      String prefix = "ptk." + key + ".";
      if (v != JsonToken.START_OBJECT) {
        problems.rowUnreadable(
            Endpoint.GTK,
            file,
            row,
            "ptk." + key,
            BodyReader.describe(v),
            false,
            "a PTK entry must be an object");
        p.skipChildren();
        continue;
      }
      Dto.SupplementPtk d =
          BodyReader.bind(p, Json.SUPPLEMENT_PTK, depth, file, Endpoint.GTK, row, prefix, problems);
      if (d == null || ptkId.isEmpty()) {
        continue;
      }
      List<Sertifikasi> certs = new ArrayList<>();
      if (d.rwySertifikasi != null) {
        for (int i = 0; i < d.rwySertifikasi.size(); i++) {
          Dto.Sertifikasi s = d.rwySertifikasi.get(i);
          Fields f = new Fields().nested("ptk." + key).nested("rwy_sertifikasi", i);
          if (s == null) {
            f.error("", "null", "list element is null");
          } else {
            Sertifikasi c =
                ImmutableSertifikasi.builder()
                    .nomorSertifikat(Fields.id(s.nomorSertifikat))
                    .bidangStudiSertifikasi(Fields.code(s.bidangStudiSertifikasi))
                    .tahunSertifikasi(f.integer("tahun_sertifikasi", s.tahunSertifikasi))
                    .nrg(Fields.id(s.nrg))
                    .build();
            if (f.ok()) {
              certs.add(c);
            }
          }
          report(f, file, Endpoint.GTK, row, problems);
        }
      }
      List<TugasTambahan> duties = new ArrayList<>();
      if (d.tugasTambahan != null) {
        for (int i = 0; i < d.tugasTambahan.size(); i++) {
          Dto.Tugas t = d.tugasTambahan.get(i);
          Fields f = new Fields().nested("ptk." + key).nested("tugas_tambahan", i);
          if (t == null) {
            f.error("", "null", "list element is null");
          } else {
            String jabatan =
                f.requiredId("jabatan_ptk_id", Fields.code(t.jabatanPtkId).orElse(null));
            TugasTambahan duty =
                ImmutableTugasTambahan.builder()
                    .jabatanPtkId(jabatan)
                    .nomorSk(Fields.id(t.nomorSk))
                    .tmtTambahan(f.date("tmt_tambahan", t.tmtTambahan))
                    .tstTambahan(f.date("tst_tambahan", t.tstTambahan))
                    .build();
            if (f.ok()) {
              duties.add(duty);
            }
          }
          report(f, file, Endpoint.GTK, row, problems);
        }
      }
      out.ptk.put(ptkId.get(), new SupplementData.PtkExtra(Fields.id(d.nrg), certs, duties));
    }
  }

  private void readKeluar(JsonParser p, String file, SupplementData out, Problems problems)
      throws IOException {
    int depth = p.getParsingContext().getNestingDepth();
    int index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      int row = index++;
      if (t != JsonToken.START_OBJECT) {
        problems.rowUnreadable(
            Endpoint.PESERTA_DIDIK,
            file,
            row,
            "peserta_didik_keluar",
            BodyReader.describe(t),
            false,
            "a leaver must be an object");
        p.skipChildren();
        continue;
      }
      Dto.Keluar k =
          BodyReader.bind(
              p,
              Json.KELUAR,
              depth,
              file,
              Endpoint.PESERTA_DIDIK,
              row,
              "peserta_didik_keluar.",
              problems);
      if (k == null) {
        continue;
      }
      Fields f = new Fields().nested("peserta_didik_keluar");
      String pdId = f.requiredId("peserta_didik_id", k.pesertaDidikId);
      Optional<LocalDate> date = f.date("tanggal_keluar", k.tanggalKeluar);
      if (f.ok() && date.isEmpty()) {
        f.error(
            "tanggal_keluar",
            k.tanggalKeluar == null ? "" : k.tanggalKeluar,
            "required date is empty");
      }
      if (f.ok()) {
        PesertaDidikKeluar rec =
            ImmutablePesertaDidikKeluar.builder()
                .pesertaDidikId(pdId)
                .tanggalKeluar(date.get())
                .jenisKeluar(Fields.text(k.jenisKeluar))
                .build();
        out.keluar.add(rec);
        out.keluarByPd.put(pdId, rec);
      }
      report(f, file, Endpoint.PESERTA_DIDIK, row, problems);
    }
  }

  private static void expectNull(
      JsonParser p, JsonToken v, String file, String name, String expected) {
    if (v != JsonToken.VALUE_NULL) {
      JsonLocation l = p.currentLocation();
      throw new DapodikFormatException(
          DapodikFormatException.Reason.WRONG_STRUCTURE,
          file,
          l.getLineNr(),
          l.getColumnNr(),
          "'" + name + "' must be " + expected);
    }
  }

  private static void report(Fields f, String file, Endpoint endpoint, int row, Problems problems) {
    for (Fields.Error e : f.errors()) {
      problems.rowUnreadable(endpoint, file, row, e.field(), e.value(), e.detail());
    }
  }
}
