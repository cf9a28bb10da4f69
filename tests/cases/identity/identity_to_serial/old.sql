-- identity/identity_to_serial: an identity key becomes a serial (default nextval, owned sequence of the same name)
create table t (id integer generated always as identity primary key, name text);
insert into t (name) values ('a'), ('b');
