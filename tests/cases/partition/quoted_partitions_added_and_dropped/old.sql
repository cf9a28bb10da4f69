-- partition/quoted_partitions_added_and_dropped: in a quoted schema, a quoted partition holding rows is dropped and two quoted partitions, one in another schema, are added
create schema "Time Series";
create schema "Cold ""Archive""";
create table "Time Series"."CPU Load" (
    "Host Name" text not null,
    "Sampled At" timestamp not null,
    "Load %" real
) partition by range ("Sampled At");
create table "Time Series"."CPU Load Jan" partition of "Time Series"."CPU Load"
    for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table "Time Series"."CPU Load ""Feb""" partition of "Time Series"."CPU Load"
    for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
insert into "Time Series"."CPU Load" values ('db-1', '2026-01-10 00:00:00', 0.5), ('db-1', '2026-02-10 00:00:00', 0.75);
