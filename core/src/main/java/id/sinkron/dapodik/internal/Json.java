package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the Dapodik reader and writer. DTO fields are plain fields
 * (package-private), every scalar is bound as a {@code String} (numbers and booleans are coerced to
 * their text), unknown fields are ignored. Readers are built once and shared: they are thread-safe.
 */
final class Json {
  private Json() {}

  /** Source text is never put into parser locations or messages (it may be personal data). */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  static final ObjectReader SEKOLAH = MAPPER.readerFor(Dto.Sekolah.class);
  static final ObjectReader GTK = MAPPER.readerFor(Dto.Gtk.class);
  static final ObjectReader PESERTA_DIDIK = MAPPER.readerFor(Dto.PesertaDidik.class);
  static final ObjectReader ROMBEL = MAPPER.readerFor(Dto.Rombel.class);
  static final ObjectReader PENGGUNA = MAPPER.readerFor(Dto.Pengguna.class);
  static final ObjectReader SUPPLEMENT_PTK = MAPPER.readerFor(Dto.SupplementPtk.class);
  static final ObjectReader KELUAR = MAPPER.readerFor(Dto.Keluar.class);
  static final ObjectReader ARKAS = MAPPER.readerFor(Dto.Arkas.class);
  static final ObjectReader VERSI = MAPPER.readerFor(Dto.Versi.class);

  static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
}
