-- partition/extend_list_partition_values_with_default: a list partition gains a value; the table has a default partition and both hold rows
create table tax_rates (
    country text not null,
    rate numeric(5, 2) not null
) partition by list (country);
create table tax_rates_nordic partition of tax_rates for values in ('se', 'no');
create table tax_rates_other partition of tax_rates default;
insert into tax_rates values ('se', 25), ('no', 25), ('fr', 20), ('de', 19);
