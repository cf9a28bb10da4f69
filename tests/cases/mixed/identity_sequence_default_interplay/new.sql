-- mixed/identity_sequence_default_interplay: a serial becomes an identity, a sequence changes owner, a default switches to a shared sequence
create sequence shared;
create table a (id integer generated always as identity primary key, n bigint default nextval('shared'));
create table b (id integer primary key, n bigint);
alter sequence shared owned by a.n;
