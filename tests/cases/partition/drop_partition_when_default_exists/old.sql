-- partition/drop_partition_when_default_exists: a list partition holding rows is dropped from a table that has a default partition
create table contacts (
    id integer not null,
    lang text not null,
    name text not null
) partition by list (lang);
create table contacts_en partition of contacts for values in ('en');
create table contacts_de partition of contacts for values in ('de');
create table contacts_rest partition of contacts default;
insert into contacts values (1, 'en', 'Ann'), (2, 'de', 'Bernd'), (3, 'fr', 'Claire');
