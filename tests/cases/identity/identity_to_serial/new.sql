-- identity/identity_to_serial: an identity key becomes a serial (default nextval, owned sequence of the same name)
create table t (id serial primary key, name text);
