-- quoting/ugly_sequence_owned_by: a sequence with an ugly name becomes owned by an ugly column
create sequence "seq; --";
create table "tbl ""q""" ("col 'x'" bigint default nextval('"seq; --"'));
