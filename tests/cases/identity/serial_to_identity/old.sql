-- identity/serial_to_identity: a serial key becomes an identity; the serial's sequence must go before the identity takes its name
create table t (id serial primary key, name text);
insert into t (name) values ('a'), ('b');
