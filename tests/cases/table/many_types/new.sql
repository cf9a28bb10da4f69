-- table/many_types: a new table with a column of many built-in types and modifiers
create table everything (
    a uuid, b jsonb, c json, d bytea, e inet, f cidr, g macaddr, h interval,
    i time(3), j timetz, k date, l timestamp(3), m timestamptz(0), n bit(8), o varbit(16),
    p money, q char(3), r numeric, s real, t double precision, u boolean, v int4range,
    w tsvector, x point, y box, z text[], aa integer[][], ab varchar(10)[], ac numeric(6, 3)[],
    ad interval year to month, ae "char", af oid, ag tstzrange, ah xid8
);
