-- A small Dapodik-shaped schema built from the column lists in docs/evidence/dapodik-sync.md
-- (Propel table maps of dapodix/dapodik-2022). Invented rows only. Run as dapodik_user, who owns
-- everything (as on a real installation): read-only must come from the session, not from privileges.
CREATE SCHEMA ref;
CREATE TABLE ref.errortype (
  idtype integer PRIMARY KEY,
  kategori_error integer,
  keterangan varchar(255),
  expired_date date,
  last_update timestamp NOT NULL DEFAULT now(),
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  updater_id uuid
);
CREATE TABLE ptk (
  ptk_id uuid PRIMARY KEY,
  nama varchar(100) NOT NULL,
  status_kepegawaian_id smallint,
  last_update timestamp NOT NULL DEFAULT now(),
  soft_delete numeric(1,0) NOT NULL DEFAULT 0,
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  updater_id uuid
);
CREATE TABLE peserta_didik (
  peserta_didik_id uuid PRIMARY KEY,
  nama varchar(100) NOT NULL,
  nama_ibu_kandung varchar(100),
  last_update timestamp NOT NULL DEFAULT now(),
  soft_delete numeric(1,0) NOT NULL DEFAULT 0,
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  updater_id uuid
);
CREATE TABLE rombongan_belajar (
  rombongan_belajar_id uuid PRIMARY KEY,
  nama varchar(30) NOT NULL,
  last_update timestamp NOT NULL DEFAULT now(),
  soft_delete numeric(1,0) NOT NULL DEFAULT 0,
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  updater_id uuid
);
CREATE TABLE vld_peserta_didik (
  logid uuid PRIMARY KEY,
  peserta_didik_id uuid NOT NULL,
  idtype integer NOT NULL,
  status_validasi numeric(1,0),
  field_error varchar(30),
  error_message varchar(150),
  keterangan varchar(255),
  app_username varchar(50),
  last_update timestamp NOT NULL DEFAULT now(),
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  soft_delete numeric(1,0) NOT NULL DEFAULT 0,
  updater_id uuid
);
CREATE TABLE vld_ptk (
  logid uuid PRIMARY KEY,
  ptk_id uuid NOT NULL,
  idtype integer NOT NULL,
  status_validasi numeric(1,0),
  field_error varchar(30),
  error_message varchar(150),
  keterangan varchar(255),
  app_username varchar(50),
  last_update timestamp NOT NULL DEFAULT now(),
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  soft_delete numeric(1,0) NOT NULL DEFAULT 0,
  updater_id uuid
);
CREATE TABLE vld_rombel (
  logid uuid PRIMARY KEY,
  rombongan_belajar_id uuid NOT NULL,
  idtype integer NOT NULL,
  status_validasi numeric(1,0),
  field_error varchar(30),
  error_message varchar(150),
  keterangan varchar(255),
  app_username varchar(50),
  last_update timestamp NOT NULL DEFAULT now(),
  last_sync timestamp NOT NULL DEFAULT '1901-01-01',
  soft_delete numeric(1,0) NOT NULL DEFAULT 0,
  updater_id uuid
);
CREATE TABLE sync_log (
  id_instalasi uuid,
  begin_sync timestamp NOT NULL,
  end_sync timestamp,
  sync_media char(1),
  is_success numeric(1,0),
  selisih_waktu_server bigint,
  alamat_ip varchar(50),
  pengguna_id uuid
);
CREATE TABLE table_sync_log (
  id_instalasi uuid,
  table_name varchar(30) NOT NULL,
  begin_sync timestamp NOT NULL,
  end_sync timestamp,
  is_success numeric(1,0),
  n_create integer,
  n_update integer,
  n_hapus integer,
  n_konflik integer,
  sync_page integer
);

INSERT INTO ref.errortype (idtype, kategori_error, keterangan) VALUES
  (301, 1, 'Nama peserta didik'),
  (302, 2, 'Nama ibu kandung'),
  (401, 1, 'Kepegawaian PTK'),
  (501, 7, 'Rombel');

-- data rows: 'p...' synced, changed since, changed without updater
INSERT INTO ptk (ptk_id, nama, status_kepegawaian_id, last_update, last_sync, updater_id) VALUES
  ('11111111-0000-0000-0000-000000000001', 'Guru Satu', 1, '2026-08-01 08:00', '2026-08-02 09:00', '99999999-0000-0000-0000-000000000001'),
  ('11111111-0000-0000-0000-000000000002', 'Guru Dua', 1, '2026-08-10 08:00', '2026-08-02 09:00', '99999999-0000-0000-0000-000000000001'),
  ('11111111-0000-0000-0000-000000000003', 'Guru Tiga', 4, '2026-08-12 08:00', '1901-01-01', NULL);
INSERT INTO peserta_didik (peserta_didik_id, nama, nama_ibu_kandung, last_update, last_sync, updater_id, soft_delete) VALUES
  ('22222222-0000-0000-0000-000000000001', 'Siswa Satu', 'Ibu Satu', '2026-07-01 08:00', '2026-07-02 08:00', '99999999-0000-0000-0000-000000000001', 0),
  ('22222222-0000-0000-0000-000000000002', 'Siswa 2', 'Sri', '2026-08-05 08:00', '2026-07-02 08:00', '99999999-0000-0000-0000-000000000001', 0),
  ('22222222-0000-0000-0000-000000000003', 'Siswa Tiga', 'Ani', '2026-08-06 08:00', '2026-07-02 08:00', '99999999-0000-0000-0000-000000000001', 1);
INSERT INTO rombongan_belajar (rombongan_belajar_id, nama, last_update, last_sync, updater_id) VALUES
  ('33333333-0000-0000-0000-000000000001', 'VII A', '2026-07-01 08:00', '2026-07-02 08:00', '99999999-0000-0000-0000-000000000001');

INSERT INTO vld_peserta_didik (logid, peserta_didik_id, idtype, status_validasi, field_error, error_message, keterangan, soft_delete) VALUES
  ('44444444-0000-0000-0000-000000000001', '22222222-0000-0000-0000-000000000002', 301, 1, 'nama', 'Nama mengandung angka', 'Siswa 2', 0),
  ('44444444-0000-0000-0000-000000000002', '22222222-0000-0000-0000-000000000002', 302, 1, 'nama_ibu_kandung', 'Nama Ibu Kandung terlalu pendek', NULL, 0),
  ('44444444-0000-0000-0000-000000000003', '22222222-0000-0000-0000-000000000001', 301, 1, 'nama', 'Sudah diperbaiki', NULL, 1);
INSERT INTO vld_ptk (logid, ptk_id, idtype, status_validasi, field_error, error_message) VALUES
  ('55555555-0000-0000-0000-000000000001', '11111111-0000-0000-0000-000000000001', 401, 1, 'sk_cpns', 'SK CPNS kosong'),
  ('55555555-0000-0000-0000-000000000002', '11111111-0000-0000-0000-000000000002', 999, 1, 'npwp', 'NPWP kosong');

INSERT INTO sync_log (begin_sync, end_sync, sync_media, is_success) VALUES
  ('2026-08-01 10:00', '2026-08-01 10:05', '1', 1),
  ('2026-08-02 09:00', '2026-08-02 09:07', '1', 0);
INSERT INTO table_sync_log (table_name, begin_sync, end_sync, is_success, n_create, n_update, n_hapus, n_konflik) VALUES
  ('ptk', '2026-08-01 10:01', '2026-08-01 10:02', 1, 0, 3, 0, 0),
  ('ptk', '2026-08-02 09:01', '2026-08-02 09:02', 1, 0, 1, 0, 0),
  ('peserta_didik', '2026-08-02 09:03', '2026-08-02 09:06', 0, 2, 5, 0, 4);
