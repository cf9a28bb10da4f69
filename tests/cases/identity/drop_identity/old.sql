-- identity/drop_identity: an identity column becomes a plain NOT NULL column, rows kept
create table t (id integer generated always as identity primary key, name text);
insert into t (name) values ('a'), ('b');
