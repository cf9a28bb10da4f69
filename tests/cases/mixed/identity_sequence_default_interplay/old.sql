-- mixed/identity_sequence_default_interplay: a serial becomes an identity, a sequence changes owner, a default switches to a shared sequence
create table a (id serial primary key, n bigint);
create sequence shared;
create table b (id integer primary key, n bigint default nextval('shared'));
insert into a (n) values (1);
