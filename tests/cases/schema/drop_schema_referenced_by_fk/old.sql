-- schema/drop_schema_referenced_by_fk: a schema is dropped while a public table that stays had a foreign key into it
create schema ref;
create table ref.countries (code char(2) primary key);
create table public.addresses (id integer primary key, country char(2) references ref.countries (code));
insert into ref.countries values ('FR'), ('DE');
insert into public.addresses values (1, 'FR');
