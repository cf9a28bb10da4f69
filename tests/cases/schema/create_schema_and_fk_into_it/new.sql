-- schema/create_schema_and_fk_into_it: a new schema with a referenced table, and an existing public table gains a foreign key into it
create schema ref;
create table ref.countries (code char(2) primary key);
create table public.addresses (id integer primary key, country char(2),
    constraint addresses_country_fkey foreign key (country) references ref.countries (code));
