-- identity/drop_identity: an identity column becomes a plain NOT NULL column, rows kept
create table t (id integer not null primary key, name text);
