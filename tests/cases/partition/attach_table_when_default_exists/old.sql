-- partition/attach_table_when_default_exists: a plain table holding rows is attached as a list partition of a table whose default partition holds other rows
create table parcels (
    id bigint not null,
    carrier text not null,
    weight_g integer
) partition by list (carrier);
create table parcels_dhl partition of parcels for values in ('dhl');
create table parcels_misc partition of parcels default;
create table parcels_ups (
    id bigint not null,
    carrier text not null,
    weight_g integer
);
insert into parcels values (1, 'dhl', 100), (2, 'gls', 200);
insert into parcels_ups values (3, 'ups', 300), (4, 'ups', null);
