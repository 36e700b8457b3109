package id.sinkron.dapodik.internal;

import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Sertifikasi;
import id.sinkron.model.Supplement;
import id.sinkron.model.TugasTambahan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code sinkron-supplement.json} said, before it is merged into the rows. */
final class SupplementData {
  /** Supplementary data of one PTK ({@code ptk.<ptk_id>}). */
  record PtkExtra(
      Optional<String> nrg, List<Sertifikasi> sertifikasi, List<TugasTambahan> tugasTambahan) {}

  boolean present;

  /**
   * Whether the file has a {@code ptk} section: then a PTK without an entry has no certification or
   * duty.
   */
  boolean ptkKnown;

  final Map<String, PtkExtra> ptk = new HashMap<>();
  final List<PesertaDidikKeluar> keluar = new ArrayList<>();
  final Map<String, PesertaDidikKeluar> keluarByPd = new HashMap<>();
  Optional<Integer> jumlahSiswaDilaporkan = Optional.empty();
  Optional<Long> satuanBiaya = Optional.empty();
  Optional<String> versiDapodik = Optional.empty();
  Optional<String> eraporVersion = Optional.empty();

  Optional<Supplement> toModel() {
    if (!present) {
      return Optional.empty();
    }
    return Optional.of(
        ImmutableSupplement.builder()
            .ptkDataKnown(ptkKnown)
            .pesertaDidikKeluar(keluar)
            .jumlahSiswaDilaporkan(jumlahSiswaDilaporkan)
            .satuanBiaya(satuanBiaya)
            .eraporVersion(eraporVersion)
            .build());
  }
}
