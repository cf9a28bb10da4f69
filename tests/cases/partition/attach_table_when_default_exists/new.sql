-- partition/attach_table_when_default_exists: a plain table holding rows is attached as a list partition of a table whose default partition holds other rows
create table parcels (
    id bigint not null,
    carrier text not null,
    weight_g integer
) partition by list (carrier);
create table parcels_dhl partition of parcels for values in ('dhl');
create table parcels_ups partition of parcels for values in ('ups');
create table parcels_misc partition of parcels default;
